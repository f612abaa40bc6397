"""The contract every store backend fulfils, and the registry of backends by name."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as Lit
from typing import Protocol

from rdflib.term import Identifier, Node

from ..errors import UsageError
from .caps import Capabilities, capabilities

Quad = tuple[Node, Node, Node, Identifier | None]
Triple = tuple[Node, Node, Node]


@dataclass
class RawResult:
    """What a backend answers to a query, in rdflib terms, rows produced lazily."""

    kind: Lit["SELECT", "ASK", "CONSTRUCT"]
    variables: list[str] = field(default_factory=list)
    rows: Iterator[tuple[Node | None, ...]] | None = None
    triples: Iterator[Triple] | None = None
    boolean: bool | None = None


class Backend(Protocol):
    """A quad store kgraph can keep its graph in."""

    name: str
    path: Path | None
    read_only: bool
    capabilities: Capabilities  #: what it can do beyond this contract (kgraph.store.caps)

    def __len__(self) -> int: ...

    def replace_graph(self, graph: Identifier, triples: Iterable[Triple]) -> None:
        """Atomically replace the named graph ``graph`` with ``triples``."""

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Atomically add quads (graph None = default graph)."""

    def remove_graph(self, graph: Identifier) -> None:
        """Atomically remove a named graph."""

    def load_file(self, path: Path, *, format: str, graph: Identifier | None = None) -> None:
        """Atomically load an RDF file (quads keep their graphs; triples go to ``graph``)."""

    def quads(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
              g: Identifier | Lit["any"] | None = "any") -> Iterator[Quad]: ...

    def named_graphs(self) -> list[Identifier]: ...

    def query(self, sparql: str, *, prefixes: Mapping[str, str], bindings: Mapping[str, Node]) -> RawResult:
        """Run a read-only SPARQL query; the default graph is the union of all graphs."""

    def flush(self) -> None: ...

    def close(self) -> None: ...


BackendFactory = Callable[..., Backend]
_REGISTRY: dict[str, BackendFactory] = {}


__all__ = ["Backend", "Capabilities", "RawResult", "backend_names", "capabilities", "open_backend", "register"]


def register(name: str, factory: BackendFactory) -> None:
    """Register a backend factory under ``name`` (``factory(path=..., read_only=..., **options)``)."""
    _REGISTRY[name] = factory


def backend_names() -> list[str]:
    """Names of the registered backends."""
    return sorted(_REGISTRY)


def open_backend(name: str, *, path: Path | None = None, read_only: bool = False, **options: object) -> Backend:
    """Open the backend registered as ``name`` (``options``, such as a remote store's ``url``, go to its factory)."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise UsageError(f"unknown store backend {name!r}; choose one of: {', '.join(backend_names())}") from None
    return factory(path=path, read_only=read_only, **options)
