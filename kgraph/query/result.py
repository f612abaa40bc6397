"""Query results in rdflib terms, and their serialisations (W3C formats, a text table, RDF)."""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node, Variable

from ..errors import UsageError
from ..vocab import PREFIXES

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "ntriples", "nquads", "xml", "json", "table", "csv", "tsv")
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld")


@dataclass
class QueryResult:
    """The answer to a query: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE).

    Iterating a SELECT result yields one ``dict`` per row (variable -> rdflib term, unbound left out).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False
    limit: int | None = None

    def __iter__(self) -> Iterator[dict[str, Node]]:
        for row in self.rows:
            yield {v: t for v, t in zip(self.variables, row) if t is not None}

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "SELECT" else len(self.triples)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ASK" else len(self) > 0

    def graph(self) -> Graph:
        """The triples of a CONSTRUCT/DESCRIBE answer as an rdflib Graph with kgraph's prefixes."""
        g = Graph()
        for p, ns in PREFIXES.items():
            g.bind(p, ns, override=True)
        for t in self.triples:
            g.add(t)
        return g

    def column(self, name: str) -> list[Node | None]:
        """All values of one variable, in row order."""
        i = self.variables.index(name)
        return [row[i] for row in self.rows]

    def serialize(self, format: str = "table") -> str:
        """The result as text in ``format`` (table, csv, tsv, json, xml, turtle, ntriples, jsonld)."""
        if self.kind == "CONSTRUCT":
            if format in ("turtle", "table"):
                return self.graph().serialize(format="turtle")
            if format == "ntriples":
                return self.graph().serialize(format="nt")
            if format == "xml":
                return self.graph().serialize(format="xml")
            if format == "jsonld":
                from ..jsonld import graph_document

                return graph_document(self.triples)
            raise UsageError("a CONSTRUCT/DESCRIBE answer is a graph: use --format turtle, ntriples, jsonld or xml, "
                             f"not {format}")
        if format in ("turtle", "ntriples", "jsonld"):
            raise UsageError(f"a {self.kind} answer is not a graph: use --format table, csv, tsv, json or xml")
        if format == "table":
            return self._table()
        if format == "tsv" and self.kind == "SELECT":
            return self._tsv()
        r = Result(self.kind)
        if self.kind == "ASK":
            if format in ("csv", "tsv"):
                return "true\n" if self.boolean else "false\n"
            r.askAnswer = bool(self.boolean)
        else:
            r.vars = [Variable(v) for v in self.variables]
            r.bindings = [{Variable(k): v for k, v in row.items()} for row in self]
        if format not in ("csv", "tsv", "json", "xml"):
            raise UsageError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
        buf = io.BytesIO()
        r.serialize(buf, format=format, encoding="utf-8")
        return buf.getvalue().decode("utf-8")

    def _tsv(self) -> str:
        """W3C SPARQL 1.1 TSV: ``?var`` headers, terms in Turtle syntax, unbound cells empty."""
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        lines += ["\t".join(tsv_term(t) for t in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def _table(self) -> str:
        if self.kind == "ASK":
            return ("yes" if self.boolean else "no") + "\n"
        cells = [[compact(t) for t in row] for row in self.rows]
        widths = [max([len(v)] + [display_width(r[i]) for r in cells]) for i, v in enumerate(self.variables)]
        lines = ["  ".join(pad(v, w) for v, w in zip(self.variables, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines) + "\n"


def compact(term: Node | None) -> str:
    """A short text form of a term: prefixed names, literals as value@lang.

    >>> compact(URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"))
    'kgr:city/kr/gwangmyeong'
    >>> compact(Literal("광명시", lang="ko"))
    '광명시@ko'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for p, ns in PREFIXES.items():
            if s.startswith(ns):
                return f"{p}:{s[len(ns):]}"
        return f"<{s}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term).replace("\n", " ")
        return f"{text}@{term.language}" if term.language else text
    return str(term)


def tsv_term(term: Node | None) -> str:
    r"""A term as the SPARQL TSV results format writes it (N-Triples syntax, tabs and breaks escaped).

    >>> tsv_term(Literal("광명\t시", lang="ko")), tsv_term(URIRef("http://e/x")), tsv_term(None)
    ('"광명\\t시"@ko', '<http://e/x>', '')
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t"))
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return str(term)


def display_width(s: str) -> int:
    """Columns a string takes in a terminal (East Asian wide characters count two).

    >>> display_width("광명a")
    5
    """
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(0, width - display_width(s))
