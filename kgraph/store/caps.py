"""What a backend can do beyond the :class:`~kgraph.store.base.Backend` contract, declared, not guessed.

Each backend class declares ``capabilities`` (a :class:`Capabilities`); code outside ``kgraph.store``
tests a capability (``capabilities(backend).query_timeout``), never a backend's name or type, and
reaches what a capability offers through the functions here, never through a backend's private
parts. ``tests/test_store_contract.py`` checks that each backend does what it declares, and
``tests/test_architecture.py`` that nothing outside the store layer looks at names or privates.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib.term import Identifier

    from .base import Backend
    from .ntriples import NTriples


@dataclass(frozen=True)
class Capabilities:
    """What one backend can do; every field defaults to False (a backend that declares nothing can do none)."""

    transactions: bool = False  #: a write that fails half-way (a failing SPARQL update) changes nothing
    bulk_load: bool = False  #: ``bulk_load_file(path, format=)``: a fast, non-transactional load into a new store
    query_timeout: bool = False  #: a query run in a forked worker process is really stopped at its time limit
    read_only_open: bool = False  #: opened with ``read_only=True`` it refuses every write (readers share the store)
    graph_store_protocol: bool = False  #: ``replace_graph`` is one Graph Store Protocol ``PUT``
    named_graphs: bool = False  #: it keeps quads in named graphs, and ``GRAPH`` / ``FROM`` reach them
    update: bool = False  #: ``update(text)`` runs SPARQL UPDATE text
    batch: bool = False  #: ``batch()`` lets several writes share one acquisition of the writer's lock
    persistent: bool = False  #: what is written outlives the process
    plain_pairs: bool = False  #: ``plain_pairs(p, o)`` reads quads as plain strings, without rdflib terms
    pyoxigraph_store: bool = False  #: ``pyoxigraph_store()`` gives its pyoxigraph ``Store`` to read in place
    writer_waits: bool = False  #: a writer may wait for another process's writer; ``on_wait`` is called then
    fork_reader: bool = False  #: ``prepare_for_fork()`` gives a worker process its own read view
    ntriples: bool = False  #: ``replace_graph_ntriples(graph, data)`` replaces a graph with N-Triples bytes as they are

    def names(self) -> list[str]:
        """The capabilities declared, by name.

        >>> Capabilities(update=True, named_graphs=True).names()
        ['named_graphs', 'update']
        """
        return [f.name for f in fields(self) if getattr(self, f.name)]


NONE = Capabilities()


def capabilities(backend: object) -> Capabilities:
    """The capabilities ``backend`` declares (none when it declares nothing, as an older third-party backend)."""
    caps = getattr(backend, "capabilities", NONE)
    return caps if isinstance(caps, Capabilities) else NONE


# -- what the capabilities offer, for code outside the store layer ---------------------------------
def batch(backend: Backend) -> AbstractContextManager[Any]:
    """The backend's batch context (several writes, one writer's lock), or a no-op for backends without one."""
    if capabilities(backend).batch:
        ctx: AbstractContextManager[Any] = backend.batch()  # type: ignore[attr-defined]  # declared by `batch`
        return ctx
    return nullcontext()


def update(backend: Backend, text: str) -> None:
    """Run SPARQL UPDATE text on a backend that declares ``update`` (the caller checks first)."""
    if not capabilities(backend).update:
        from ..errors import StoreError

        raise StoreError(f"the {backend.name} store cannot run SPARQL updates")
    backend.update(text)  # type: ignore[attr-defined]  # declared by `update`


def plain_pairs(backend: Backend, p: str, o: str | None = None) -> Iterator[tuple[str, str, str | None]] | None:
    """The backend's fast plain-string reader of quads with predicate ``p`` (None when it has none)."""
    if not capabilities(backend).plain_pairs:
        return None
    pairs: Iterator[tuple[str, str, str | None]] = backend.plain_pairs(p, o)  # type: ignore[attr-defined]  # declared
    return pairs


def replace_graph_ntriples(backend: Backend, graph: Identifier, packed: NTriples) -> None:
    """Replace ``graph`` with the triples ``packed`` holds (:mod:`kgraph.store.ntriples`): the bytes as
    they are where the backend declares ``ntriples``, else the triples in rdflib terms."""
    if capabilities(backend).ntriples:
        backend.replace_graph_ntriples(graph, packed.data)  # type: ignore[attr-defined]  # declared by `ntriples`
    else:
        backend.replace_graph(graph, packed.triples())


def on_writer_wait(backend: Backend, callback: Callable[[], None]) -> None:
    """Call ``callback`` once when the backend's writer has to wait for another process (where it can wait)."""
    if capabilities(backend).writer_waits:
        backend.on_wait = callback  # type: ignore[attr-defined]  # declared by `writer_waits`


def fork_opener(backend: Backend) -> Callable[[], Backend]:
    """Call before forking a worker: what the worker calls to get the backend it reads.

    A backend declaring ``fork_reader`` opens the worker its own read view of what this process
    reads (its locks stay with this process); any other backend is used as the fork copied it.
    """
    if capabilities(backend).fork_reader:
        opener: Callable[[], Backend] = backend.prepare_for_fork()  # type: ignore[attr-defined]  # declared
        return opener
    return lambda: backend


def pyoxigraph_store(backend: Backend) -> ox.Store:
    """A pyoxigraph ``Store`` with the backend's quads: its own, read in place, where it declares
    ``pyoxigraph_store``; else a copy in memory."""
    if capabilities(backend).pyoxigraph_store:
        own: ox.Store = backend.pyoxigraph_store()  # type: ignore[attr-defined]  # declared by `pyoxigraph_store`
        return own
    import pyoxigraph as ox

    from .terms import graph_to_ox, to_ox

    store = ox.Store()
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_to_ox(g))  # type: ignore[arg-type]  # terms read from a store fit
                 for s, p, o, g in backend.quads())
    return store


def location(backend: Backend) -> str:
    """Where the backend's data lives, for people: its folder, its server's URL, or ``memory``."""
    return str(backend.path or getattr(backend, "location", None) or "memory")
