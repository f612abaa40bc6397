"""Text tables for people: names instead of IRIs, long cells folded to fit the terminal.

``kgraph query`` prints an answer with :func:`people_table`: every IRI shows as a source's URL or a
label in the reader's language (``--iris`` keeps the IRIs), a column that only repeats another
column's names is left out, a column holding one value in every row is said once above the table,
several values of a cell (`` ; `` between them) go on lines of their own, and cells too long for
the terminal are folded inside their column. CSV, TSV, JSON and XML keep the full values.

>>> wrap("https://kgnews.co.kr/news/article.html?no=802069", 20)
['https://kgnews.co.kr', '/news/article.html?', 'no=802069']
>>> fit([6, 40, 90], 60)
[6, 27, 27]
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from .labels import Labels, compact, display

if TYPE_CHECKING:
    from .result import QueryResult

GAP = "  "  #: between columns
MIN_WIDTH = 10  #: no column is folded narrower than this (or its header)
_BREAK_BEFORE = "/.-_"  #: a long word (a URL) may break before these (not inside ``//``) …
_BREAK_AFTER = "?&=;,|"  #: … and after these


def display_width(s: str) -> int:
    """Columns a string takes in a terminal (East Asian wide characters count two).

    >>> display_width("광명a")
    5
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    """``s`` padded with spaces to ``width`` terminal columns."""
    return s + " " * max(0, width - display_width(s))


def wrap(text: str, width: int) -> list[str]:
    """``text`` folded into lines of at most ``width`` columns: at a space, else before ``/.-_`` or after
    ``?&=;,|`` (URLs), else anywhere.

    >>> wrap("광명시 탄소중립 국제포럼", 8)
    ['광명시', '탄소중립', '국제포럼']
    """
    width = max(1, width)
    lines: list[str] = []
    rest = text
    while display_width(rest) > width:
        cut, used = 0, 0
        for i, ch in enumerate(rest):
            used += display_width(ch)
            if used > width:
                break
            cut = i + 1
        cut = max(cut, 1)
        head = rest[:cut]
        if rest[cut:cut + 1] == " ":
            lines.append(head.rstrip())
            rest = rest[cut:].lstrip()
            continue
        space = head.rfind(" ")
        if space > 0:
            lines.append(head[:space].rstrip())
            rest = rest[space + 1:].lstrip()
            continue
        soft = max((at for at in range(cut, cut // 3, -1) if _breaks_at(rest, at)), default=0)
        if soft > 0:
            lines.append(rest[:soft])
            rest = rest[soft:]
            continue
        lines.append(head)
        rest = rest[cut:]
    lines.append(rest)
    return lines


def _breaks_at(text: str, at: int) -> bool:
    """Whether ``text`` may be broken between ``text[at - 1]`` and ``text[at]``."""
    if at <= 0 or at >= len(text):
        return False
    before, here = text[at - 1], text[at]
    return (here in _BREAK_BEFORE and before not in _BREAK_BEFORE and before != ":") or before in _BREAK_AFTER


def fit(natural: Sequence[int], available: int, *, minimum: Sequence[int] | None = None) -> list[int]:
    """Column widths that fit ``available`` columns: the widest columns are narrowed first, narrow ones kept.

    No column gets less than its ``minimum`` (default :data:`MIN_WIDTH`, or its natural width when smaller),
    so a table with very many columns may still be wider than ``available``.
    """
    mins = [min(n, MIN_WIDTH) for n in natural] if minimum is None else [min(n, m) for n, m in zip(natural, minimum)]
    widths = list(natural)
    excess = sum(widths) - available
    while excess > 0:
        movable = [i for i, w in enumerate(widths) if w > mins[i]]
        if not movable:
            break
        i = max(movable, key=lambda j: widths[j])
        second = max((w for j, w in enumerate(widths) if j != i), default=0)
        new = max(mins[i], second, widths[i] - excess)
        if new >= widths[i]:
            new = widths[i] - 1
        excess -= widths[i] - new
        widths[i] = new
    return widths


def render(header: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None = None) -> list[str]:
    """Lines of a table; cells may hold line breaks; with ``width``, long cells are folded to fit it."""
    cells = [[c.split("\n") for c in row] for row in rows]
    natural = [max([display_width(h)] + [display_width(line) for r in cells for line in r[i]])
               for i, h in enumerate(header)]
    widths = natural if width is None else fit(natural, width - len(GAP) * (len(header) - 1),
                                               minimum=[max(MIN_WIDTH, display_width(h)) for h in header])
    out = [GAP.join(pad(h, w) for h, w in zip(header, widths)).rstrip(), GAP.join("-" * w for w in widths)]
    folded = [[[piece for line in cell for piece in wrap(line, w)] for cell, w in zip(r, widths)] for r in cells]
    tall = any(len(cell) > 1 for r in folded for cell in r)
    for n, r in enumerate(folded):
        if tall and n:
            out.append("")
        for k in range(max([len(c) for c in r] + [1])):
            out.append(GAP.join(pad(c[k] if k < len(c) else "", w) for c, w in zip(r, widths)).rstrip())
    return out


def people_table(result: QueryResult, *, lang: str, iris: bool = False, width: int | None = None) -> str:
    """A SELECT or ASK answer as a table for people (see the module's description)."""
    if result.kind == "ASK":
        return ("yes" if result.boolean else "no") + "\n"
    names: Labels = result.names()
    header = list(result.variables)
    if iris:
        rows = [[compact(t).replace(" ; ", "\n") for t in row] for row in result.rows]
    else:
        rows = [[display(t, names, lang=lang).replace(" ; ", "\n") for t in row] for row in result.rows]
    above: list[str] = []
    if not iris and header:
        keep = _useful_columns(result, header, rows)
        if len(rows) > 1:
            for i in list(keep):
                values = {r[i] for r in rows}
                if len(values) == 1 and (value := values.pop()) and "\n" not in value and len(keep) > 1:
                    above += wrap(f"{header[i]}: {value}", width) if width else [f"{header[i]}: {value}"]
                    keep.remove(i)
        header = [header[i] for i in keep]
        rows = [[r[i] for i in keep] for r in rows]
    lines = above + render(header, rows, width=width)
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines) + "\n"


def _useful_columns(result: QueryResult, header: list[str], rows: list[list[str]]) -> list[int]:
    """Columns to show: an IRI column whose names repeat another column's in every row is left out."""
    keep = list(range(len(header)))
    if not rows:
        return keep
    for i in range(len(header)):
        if not all(isinstance(row[i], URIRef) for row in result.rows):
            continue
        for j in keep:
            if j != i and all(r[i] == r[j] for r in rows) and not all(isinstance(row[j], URIRef)
                                                                        for row in result.rows):
                keep.remove(i)
                break
    return keep
