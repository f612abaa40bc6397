"""Query results in rdflib terms, and their serialisations (W3C formats, a table for people, RDF, JSON-LD).

A result carries the labels and source URLs of its IRIs (:mod:`.labels`, filled in by
:class:`~kgraph.graph.KnowledgeGraph`), so that tables, spreadsheets, DataFrames and notebooks show
names beside or instead of IRIs; CSV, TSV, JSON and XML keep the full values.
"""
from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node, Variable

from ..errors import UsageError
from ..formats import RDF_FORMATS
from ..vocab import PREFIXES
from .labels import Labels, answer_language, compact, iris_in  # (compact: also imported from here, as before)
from .table import display_width, pad, people_table

__all__ = ["FILE_FORMATS", "FORMATS", "QueryResult", "compact", "display_width", "pad", "tsv_term"]

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "ntriples", "nquads", "xml", "json", "table", "csv", "tsv")
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld")
FILE_FORMATS = ("xlsx",)  #: written to a file only (QueryResult.to_xlsx)
RDF_NAMES = {f.name: f.rdflib for f in RDF_FORMATS}  #: kgraph format name -> rdflib plugin name


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
    labels: Labels | None = None  #: names and source URLs of the answer's IRIs (see :meth:`names`)
    lang: str | None = None  #: the language of the query's own labels (ko, en), when it has any
    #: looks names up when they are first needed (set by KnowledgeGraph for answers with many IRIs)
    names_from: Callable[[list[str]], Labels] | None = field(default=None, repr=False, compare=False)

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

    def names(self) -> Labels:
        """The labels and source URLs of the answer's IRIs.

        :class:`~kgraph.graph.KnowledgeGraph` looks them up with the answer when it has few IRIs, else
        when first needed; asked for after the store was closed, a big answer has no names (its
        tables then show IRIs).
        """
        if self.labels is None:
            lookup, self.names_from = self.names_from, None
            try:
                self.labels = lookup(iris_in(self.rows)) if lookup is not None else Labels()
            except Exception:  # the store was closed: no names rather than no answer
                self.labels = Labels()
        return self.labels

    def language(self, lang: str | None = None) -> str:
        """The language names are shown in: ``lang``, else the query's own, else the answer's, else ``en``."""
        return lang or self.lang or answer_language(self.rows) or "en"

    def serialize(self, format: str = "table", *, lang: str | None = None, iris: bool = False,
                  width: int | None = None, excel: bool = False) -> str:
        """The result as text in ``format`` (table, csv, tsv, json, xml, turtle, ntriples, jsonld).

        The table shows names in ``lang`` (see :meth:`language`) unless ``iris``, folded to ``width``
        terminal columns (default: the terminal's width, ``$COLUMNS``); other formats ignore these.
        ``excel`` starts CSV with a byte-order mark, so that Excel reads it as UTF-8 (Hangul intact).
        """
        if excel:
            if format != "csv":
                raise UsageError(f"--excel applies to --format csv, not {format}")
            return "\ufeff" + self.serialize("csv")
        if self.kind == "CONSTRUCT":
            if format in ("turtle", "ntriples", "xml", "table"):  # table: Turtle, the most readable
                return self.graph().serialize(format=RDF_NAMES[{"table": "turtle"}.get(format, format)])
            if format == "jsonld":
                from ..jsonld import graph_document

                return graph_document(self.triples)
            raise UsageError("a CONSTRUCT/DESCRIBE answer is a graph: use --format turtle, ntriples, jsonld or xml, "
                             f"not {format}")
        if format in ("turtle", "ntriples", "jsonld"):
            raise UsageError(f"a {self.kind} answer is not a graph: use --format table, csv, tsv, json or xml")
        if format == "table":
            if width is None:
                import shutil

                width = shutil.get_terminal_size().columns
            return people_table(self, lang=self.language(lang), iris=iris, width=width)
        if format == "tsv" and self.kind == "SELECT":
            return self._tsv()
        r = Result(self.kind)
        if self.kind == "ASK":
            if format in ("csv", "tsv"):
                return "true\n" if self.boolean else "false\n"
            r.askAnswer = bool(self.boolean)
        else:
            r.vars = [Variable(v) for v in self.variables]
            r.bindings = [{Variable(k): v for k, v in row.items()}  # type: ignore[misc]  # IRIs, blank nodes, literals
                          for row in self]
        if format not in ("csv", "tsv", "json", "xml"):
            raise UsageError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
        buf = io.BytesIO()
        r.serialize(buf, format=format, encoding="utf-8")
        return buf.getvalue().decode("utf-8")

    def to_xlsx(self, path: str | os.PathLike[str], *, lang: str | None = None, labels: bool = True) -> Path:
        """Write a SELECT answer as an Excel workbook (one sheet, typed cells, a label column beside each
        IRI column, names in ``lang``); returns the path. Needs openpyxl (a dependency of kgraph)."""
        from .. import xlsx
        from .values import table

        if self.kind != "SELECT":
            raise UsageError(f"a {self.kind} answer has no rows for a spreadsheet; use --format xlsx with SELECT")
        columns, _, rows = table(self, lang=lang, labels=labels)
        return xlsx.save(path, [xlsx.Sheet("result", columns, rows)])

    def to_dataframe(self, *, lang: str | None = None, labels: bool = True) -> Any:
        """A SELECT answer as a pandas ``DataFrame`` (``pip install 'kgraph[pandas]'``).

        Columns are typed from the literals' datatypes: dates as ``datetime64``, years and integers as
        nullable ``Int64``, decimals as floats, booleans as ``boolean``; IRIs and text as strings. With
        ``labels``, a ``<var>_label`` column (names in ``lang``) follows each column holding IRIs.
        """
        from .frame import to_dataframe

        return to_dataframe(self, lang=lang, labels=labels)

    def _repr_html_(self) -> str:
        from .html import result_html

        return result_html(self)

    def _tsv(self) -> str:
        """W3C SPARQL 1.1 TSV: ``?var`` headers, terms in Turtle syntax, unbound cells empty."""
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        lines += ["\t".join(tsv_term(t) for t in row) for row in self.rows]
        return "\n".join(lines) + "\n"


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
