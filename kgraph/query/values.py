"""Answers as typed Python values, with a label column beside each IRI column: for spreadsheets and DataFrames.

>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import XSD
>>> value(Literal("2024-10-30", datatype=XSD.date)), value(Literal("1999", datatype=XSD.gYear))
(datetime.date(2024, 10, 30), 1999)
>>> value(Literal("광명시", lang="ko")), value(URIRef("http://e/x")), value(None)
('광명시', 'http://e/x', None)
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

if TYPE_CHECKING:
    from .result import QueryResult

Value = str | int | float | bool | dt.date | dt.datetime | None

_INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
             XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort,
             XSD.unsignedByte}
_FLOATS = {XSD.decimal, XSD.double, XSD.float}
#: The kind of column each datatype gives (what a DataFrame column's dtype becomes).
KINDS: dict[URIRef, str] = {XSD.date: "date", XSD.dateTime: "datetime", XSD.gYear: "int", XSD.boolean: "bool",
                            **{d: "int" for d in _INTEGERS}, **{d: "float" for d in _FLOATS}}


def value(term: Node | None) -> Value:
    """A term as a Python value: dates as ``date``, years and integers as ``int``, IRIs and text as ``str``.

    A literal that does not parse as its datatype stays text.
    """
    if term is None:
        return None
    if not isinstance(term, Literal):
        return str(term)
    kind = KINDS.get(term.datatype) if term.datatype is not None else None
    text = str(term).strip()
    try:
        if kind == "date":
            return dt.date.fromisoformat(text[:10])
        if kind == "datetime":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(Decimal(text))
        if kind == "bool":
            return text.lower() in ("true", "1")
    except (ValueError, InvalidOperation):
        return str(term)
    return str(term)


def column_kind(terms: list[Node | None]) -> str:
    """``date``, ``datetime``, ``int``, ``float``, ``bool`` when every bound value has that kind, else ``str``.

    >>> column_kind([Literal("1999", datatype=XSD.gYear), None]), column_kind([Literal("x"), Literal(1)])
    ('int', 'str')
    """
    kinds = {KINDS.get(t.datatype, "str") if isinstance(t, Literal) and t.datatype is not None else "str"
             for t in terms if t is not None}
    if kinds == {"int", "float"}:
        return "float"
    return kinds.pop() if len(kinds) == 1 else "str"


def table(result: QueryResult, *, lang: str | None = None,
          labels: bool = True) -> tuple[list[str], list[str], list[list[Any]]]:
    """``(columns, kinds, rows)`` of a SELECT answer with typed values and, when ``labels``, a ``<var>_label``
    column (names in ``lang``) after each column that holds IRIs (unless the query has a variable so named)."""
    names = result.names()
    language = result.language(lang)
    columns: list[str] = []
    kinds: list[str] = []
    cells: list[list[Any]] = []
    for i, var in enumerate(result.variables):
        terms = [row[i] for row in result.rows]
        columns.append(var)
        kinds.append(column_kind(terms))
        cells.append([value(t) for t in terms])
        if labels and f"{var}_label" not in result.variables and any(isinstance(t, URIRef) for t in terms):
            columns.append(f"{var}_label")
            kinds.append("str")
            cells.append([names.label(str(t), language) if isinstance(t, URIRef) else None for t in terms])
    rows = [list(r) for r in zip(*cells)] if cells else []
    return columns, kinds, rows
