"""Oxigraph backends: ``oxigraph`` (persistent, on disk) and ``memory`` (in memory)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal as Lit

import pyoxigraph as ox
from rdflib.term import Identifier, Node

from ..errors import LoadError, QuerySyntaxError, StoreError
from .base import Quad, RawResult, Triple, register
from .lock import StoreLock
from .terms import graph_to_ox, graph_to_rdflib, to_ox, to_rdflib

_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "n3": ox.RdfFormat.N3,
}


def syntax_error(exc: SyntaxError, what: str = "query") -> QuerySyntaxError:
    """A QuerySyntaxError naming line and column from an Oxigraph parse error."""
    import re

    msg = str(exc)
    m = re.search(r"error at (\d+):(\d+)", msg)
    line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    where = f" at line {line}, column {col}" if m else ""
    detail = re.sub(r"^error at \d+:\d+:\s*", "", msg)
    return QuerySyntaxError(f"SPARQL syntax error in the {what}{where}: {detail}; fix the {what} text and run it again",
                            line=line, column=col)


class OxigraphBackend:
    """A pyoxigraph ``Store``: on disk when ``path`` is given, else in memory."""

    def __init__(self, *, path: Path | None = None, read_only: bool = False, lock_wait: float = 10.0) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.name = "oxigraph" if path is not None else "memory"
        self._lock: StoreLock | None = None
        if self.path is None:
            self._store = ox.Store()
            return
        if read_only and not (self.path / "CURRENT").exists():
            raise StoreError(f"no store at {self.path}; create it first (any write command, or kgraph query, creates it)")
        self._lock = StoreLock(self.path, exclusive=not read_only, wait=lock_wait)
        self._lock.acquire()
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            self._lock.release()
            raise StoreError(f"cannot open the store at {self.path}: {exc}; check the path, or remove a damaged store "
                             "and let kgraph create a new one") from exc

    @classmethod
    def reader_in_child(cls, path: Path) -> "OxigraphBackend":
        """A read-only view for a worker process whose parent already holds the store's lock."""
        self = cls.__new__(cls)
        self.path, self.read_only, self.name, self._lock = Path(path), True, "oxigraph", None
        self._store = ox.Store.read_only(str(path))
        return self

    # -- size and reading
    def __len__(self) -> int:
        return len(self._store)

    def quads(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
              g: Identifier | None | Lit["any"] = "any") -> Iterator[Quad]:
        gx = None if g == "any" else graph_to_ox(g)  # type: ignore[arg-type]
        for q in self._store.quads_for_pattern(
            None if s is None else to_ox(s), None if p is None else to_ox(p), None if o is None else to_ox(o), gx
        ):
            yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),  # type: ignore[misc]
                   graph_to_rdflib(q.graph_name))

    def named_graphs(self) -> list[Identifier]:
        return [to_rdflib(g) for g in self._store.named_graphs()]  # type: ignore[misc]

    def query(self, sparql: str, *, prefixes: Mapping[str, str], bindings: Mapping[str, Node]) -> RawResult:
        subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            res = self._store.query(sparql, prefixes=dict(prefixes), use_default_graph_as_union=True,
                                    substitutions=subs or None)
        except SyntaxError as exc:
            raise syntax_error(exc) from exc
        except OSError as exc:
            raise StoreError(f"the store could not answer the query: {exc}") from exc
        if isinstance(res, ox.QueryBoolean):
            return RawResult("ASK", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]

            def rows() -> Iterator[tuple[Node | None, ...]]:
                for sol in res:
                    yield tuple(to_rdflib(sol[i]) for i in range(len(names)))

            return RawResult("SELECT", variables=names, rows=rows())

        def triples() -> Iterator[Triple]:
            for t in res:
                yield (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))  # type: ignore[misc]

        return RawResult("CONSTRUCT", triples=triples())

    # -- writing (each call is one transaction)
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to write")

    def replace_graph(self, graph: Identifier, triples: Iterable[Triple]) -> None:
        self._writable()
        g = graph_to_ox(graph)
        body = " .\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in triples)
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not write graph {graph}: {exc}; nothing was changed") from exc

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self._writable()
        try:
            self._store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_to_ox(g)) for s, p, o, g in quads)
        except OSError as exc:
            raise StoreError(f"could not write to the store: {exc}; nothing was changed") from exc

    def remove_graph(self, graph: Identifier) -> None:
        self._writable()
        g = graph_to_ox(graph)
        self._store.update(f"DROP SILENT GRAPH {g}")

    def load_file(self, path: Path, *, format: str, graph: Identifier | None = None) -> None:
        self._writable()
        fmt = _FORMATS.get(format)
        if fmt is None:
            raise LoadError(f"cannot load format {format!r}; use one of {', '.join(_FORMATS)}")
        try:
            parsed = list(ox.parse(path=str(path), format=fmt, rename_blank_nodes=True))
        except (SyntaxError, ValueError, OSError) as exc:
            raise LoadError(f"{path}: not valid {format}: {exc}; fix the file and load it again; nothing was changed") from exc
        gx = graph_to_ox(graph)
        quads = [q if isinstance(q, ox.Quad) and not isinstance(q.graph_name, ox.DefaultGraph)
                 else ox.Quad(q.subject, q.predicate, q.object, gx) for q in parsed]
        try:
            self._store.extend(quads)
        except OSError as exc:
            raise StoreError(f"could not write to the store: {exc}; nothing was changed") from exc

    def bulk_load_file(self, path: Path, *, format: str) -> None:
        """Fast, non-transactional load for a new, empty store."""
        self._writable()
        self._store.bulk_load(path=str(path), format=_FORMATS[format])

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            self.flush()
            del self._store
            self._store = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _disk(*, path: Path | None = None, read_only: bool = False) -> OxigraphBackend:
    if path is None:
        raise StoreError("the oxigraph backend needs a path; pass --store PATH or use the memory backend")
    return OxigraphBackend(path=path, read_only=read_only)


def _memory(*, path: Path | None = None, read_only: bool = False) -> OxigraphBackend:
    return OxigraphBackend(path=None, read_only=False)


register("oxigraph", _disk)
register("memory", _memory)
