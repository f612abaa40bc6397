"""Answers as HTML for notebooks (Jupyter, VS Code, Colab): ``QueryResult._repr_html_``.

Names instead of IRIs (the IRI is the cell's tooltip), sources as links, every value escaped; no
script, no stylesheet from anywhere, so it shows the same offline.

>>> from rdflib import Literal, URIRef
>>> cell(URIRef("https://e.org/a?x=1&y=2"), None, lang="en")
'<a href="https://e.org/a?x=1&amp;y=2" title="https://e.org/a?x=1&amp;y=2">https://e.org/a?x=1&amp;y=2</a>'
>>> cell(Literal("<b>광명</b> ; https://e.org/s"), None, lang="ko")
'&lt;b&gt;광명&lt;/b&gt;<br><a href="https://e.org/s">https://e.org/s</a>'
"""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from rdflib import URIRef
from rdflib.term import Node

from .labels import Labels, display

if TYPE_CHECKING:
    from .result import QueryResult

MAX_ROWS = 200  #: rows shown inline; the rest are counted
_URL = re.compile(r"https?://[^\s<>\"]+")
_STYLE = ("border-collapse:collapse;font-size:13px", "text-align:left;border-bottom:1px solid #adb5bd;padding:3px 8px",
          "vertical-align:top;border-bottom:1px solid #e9ecef;padding:3px 8px")


def _linked(text: str) -> str:
    out, last = [], 0
    for m in _URL.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        url = html.escape(m.group(0), quote=True)
        out.append(f'<a href="{url}">{url}</a>')
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def cell(term: Node | None, names: Labels | None, *, lang: str) -> str:
    """One escaped cell: a link for URLs, a name with its IRI as tooltip, else the text."""
    shown = display(term, names, lang=lang)
    if isinstance(term, URIRef):
        iri = html.escape(str(term), quote=True)
        if _URL.fullmatch(shown):
            url = html.escape(shown, quote=True)
            return f'<a href="{url}" title="{iri}">{url}</a>'
        return f'<span title="{iri}">{html.escape(shown)}</span>'
    return "<br>".join(_linked(part) for part in shown.split(" ; "))


def result_html(result: QueryResult, *, lang: str | None = None, max_rows: int = MAX_ROWS) -> str:
    """The answer as one HTML fragment: a table (SELECT), yes/no (ASK) or Turtle (CONSTRUCT/DESCRIBE)."""
    if result.kind == "ASK":
        return f"<p><strong>{'yes' if result.boolean else 'no'}</strong></p>"
    if result.kind != "SELECT":
        return f"<pre>{html.escape(result.serialize('turtle'))}</pre>"
    language = result.language(lang)
    names = result.names()
    table, th, td = _STYLE
    head = "".join(f'<th style="{th}">{html.escape(v)}</th>' for v in result.variables)
    body = []
    for row in result.rows[:max_rows]:
        body.append("<tr>" + "".join(f'<td style="{td}">{cell(t, names, lang=language)}</td>' for t in row)
                    + "</tr>")
    n = len(result.rows)
    note = f"{n} row{'s' if n != 1 else ''}"
    if n > max_rows:
        note += f", the first {max_rows} shown (to_dataframe() or serialize() give all)"
    if result.truncated:
        note += f"; cut at limit={result.limit}"
    return (f'<table class="kgraph-result" style="{table}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table><p style="font-size:12px;color:#6c757d">{html.escape(note)}</p>')
