"""The ``rdflib`` backend: plain rdflib ``Dataset`` in memory (reference and comparison backend)."""
from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Literal as Lit

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Identifier, Node, Variable

from ..errors import LoadError, QuerySyntaxError, StoreError
from ..formats import by_name
from .base import Quad, RawResult, Triple, register
from .caps import Capabilities


@contextmanager
def _quiet() -> Iterator[None]:
    """rdflib 7 warns about its own deprecated internals on every query row; users cannot act on that."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def _position_of_unknown_prefix(sparql: str, message: str) -> tuple[int | None, int | None]:
    """Line and column of the prefixed name rdflib complains about (it does not say where)."""
    import re

    from ..sparql_text import mask

    m = re.search(r"Unknown namespace prefix : (\S*)", message)
    if not m:
        return None, None
    hit = re.search(r"(?<![\w:?$])" + re.escape(m.group(1)) + ":", mask(sparql))
    if not hit:
        return None, None
    before = sparql[:hit.start()]
    return before.count("\n") + 1, hit.start() - (before.rfind("\n") + 1) + 1


class RdflibBackend:
    """An rdflib ``Dataset`` whose default graph is the union of its graphs."""

    #: no SPARQL UPDATE, no transactions (a write's input is checked whole before anything changes)
    capabilities = Capabilities(query_timeout=True, read_only_open=True, named_graphs=True)

    def __init__(self, *, path: Path | None = None, read_only: bool = False) -> None:
        if path is not None:
            raise StoreError("the rdflib backend lives in memory only; drop --store PATH or use the oxigraph backend")
        self.name = "rdflib"
        self.path: Path | None = None
        self.read_only = read_only
        self._ds = Dataset(default_union=True)

    def __len__(self) -> int:
        return sum(1 for _ in self._ds.quads((None, None, None, None)))

    def _graph_name(self, ctx: Graph | Identifier | None) -> Identifier | None:
        ident = ctx.identifier if isinstance(ctx, Graph) else ctx
        return None if ident == DATASET_DEFAULT_GRAPH_ID else ident

    def quads(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
              g: Identifier | Lit["any"] | None = "any") -> Iterator[Quad]:
        ctx = None if g == "any" else (DATASET_DEFAULT_GRAPH_ID if g is None else g)
        for qs, qp, qo, qg in self._ds.quads((s, p, o, ctx)):  # type: ignore[arg-type]  # rdflib takes an identifier too
            yield (qs, qp, qo, self._graph_name(qg))

    def named_graphs(self) -> list[Identifier]:
        return [c.identifier for c in self._ds.contexts() if c.identifier != DATASET_DEFAULT_GRAPH_ID]

    def query(self, sparql: str, *, prefixes: Mapping[str, str], bindings: Mapping[str, Node]) -> RawResult:
        try:
            prepared = prepareQuery(sparql, initNs=dict(prefixes))
        except Exception as exc:  # pyparsing's ParseException carries line/col
            line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
            if line is None:
                line, col = _position_of_unknown_prefix(sparql, str(exc))
            raise QuerySyntaxError(f"SPARQL syntax error at line {line}, column {col}: {exc}; fix the query text",
                                   line=line, column=col) from exc
        import rdflib.plugins.sparql as rdflib_sparql

        loading = rdflib_sparql.SPARQL_LOAD_GRAPHS
        rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # FROM names a graph of this dataset, never a URL to fetch
        try:
            with _quiet():
                res = self._ds.query(prepared, initBindings={Variable(k): v  # type: ignore[misc]  # IRIs and literals
                                                             for k, v in bindings.items()})
        finally:
            rdflib_sparql.SPARQL_LOAD_GRAPHS = loading
        if res.type == "ASK":
            return RawResult("ASK", boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            names = [str(v) for v in res.vars or []]

            def rows() -> Iterator[tuple[Node | None, ...]]:
                with _quiet():  # rows are computed lazily, here
                    for row in res:
                        yield tuple(row)  # type: ignore[arg-type]  # a SELECT result's rows are ResultRows

            return RawResult("SELECT", variables=names, rows=rows())
        return RawResult("CONSTRUCT", triples=iter(res.graph))  # type: ignore[arg-type]  # a CONSTRUCT result has one

    # -- writing: input is checked whole before anything changes, so bad input changes nothing
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to write")

    @staticmethod
    def _checked(quads: Iterable[Quad]) -> list[Quad]:
        out = []
        for q in quads:
            s, p, o, g = q
            if not (isinstance(s, (URIRef, BNode)) and isinstance(p, URIRef) and isinstance(o, (URIRef, BNode, Literal))
                    and (g is None or isinstance(g, (URIRef, BNode)))):
                raise StoreError(f"could not write to the store: {q!r} is not an RDF quad of rdflib terms; "
                                 "nothing was changed")
            out.append(q)
        return out

    def replace_graph(self, graph: Identifier, triples: Iterable[Triple]) -> None:
        self._writable()
        new = self._checked((s, p, o, graph) for s, p, o in triples)
        self._ds.remove_graph(self._ds.graph(graph))
        g = self._ds.graph(graph)
        for s, p, o, _ in new:
            g.add((s, p, o))

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self._writable()
        new = self._checked(quads)
        self._ds.addN((s, p, o, self._ds.graph(DATASET_DEFAULT_GRAPH_ID if g is None else g)) for s, p, o, g in new)

    def remove_graph(self, graph: Identifier) -> None:
        self._writable()
        self._ds.remove_graph(self._ds.graph(graph))

    def load_file(self, path: Path, *, format: str, graph: Identifier | None = None) -> None:
        self._writable()
        tmp = Dataset()
        try:
            with _quiet():
                tmp.parse(str(path), format=_rdflib_name(format))
        except Exception as exc:
            raise LoadError(f"{path}: not valid {format}: {exc}; fix the file and load it again") from exc
        target = URIRef(graph) if graph is not None else None
        with _quiet():
            self.add_quads([(s, p, o, self._graph_name(c) or target)
                            for s, p, o, c in tmp.quads((None, None, None, None))])

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None


register("rdflib", lambda *, path=None, read_only=False: RdflibBackend(path=path, read_only=read_only))


def _rdflib_name(format: str) -> str:
    """rdflib's plugin name for a kgraph format name (an unknown name is passed on, for rdflib to refuse)."""
    found = by_name(format)
    return found.rdflib if found else format
