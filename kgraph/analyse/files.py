"""Projections as files other tools read: GraphML, GEXF (with a timeline for Gephi) and CSV edge lists.

Each writer takes a projection from :func:`~kgraph.analyse.projections.to_networkx` and a binary
stream; :func:`kgraph.export.export` gives them a temporary file that replaces the target only
once it is complete.
"""
from __future__ import annotations

import csv
import io
import re
from typing import IO

import networkx as nx

from .flat import Flat

#: Edge columns written first in a CSV, in this order; other attributes follow by name.
CSV_FIRST = ("tie_type", "year", "years", "year_conflict", "weight", "sources", "tie", "events", "role")
_NODE_COLUMNS = ("label", "country")


def period_start(text: str) -> str | None:
    """The first day of a date, month or year (``xsd:date``, ``gYearMonth``, ``gYear``), as a GEXF date.

    >>> period_start("2024-10-29"), period_start("2024-10"), period_start("1999"), period_start("---04")
    ('2024-10-29', '2024-10-01', '1999-01-01', None)
    """
    m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", text.strip())
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"


def write_graphml(g: nx.Graph[str], out: IO[bytes]) -> None:
    """``g`` as GraphML (attribute keys named after the attributes)."""
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True, named_key_ids=True)


def timeline(g: nx.Graph[str]) -> nx.Graph[str]:
    """A copy of ``g`` whose edges (and events) carry GEXF ``start`` dates, for Gephi's timeline.

    A tie starts on January 1st of its earliest year; a city–event edge and its event on the event's
    date. Edges without a known date have no ``start`` and are shown at all times.

    >>> g = nx.Graph(); g.add_edge("a", "b", year=1999); g.add_edge("b", "c")
    >>> t = timeline(g)
    >>> t.edges["a", "b"]["start"], "start" in t.edges["b", "c"], t.graph["mode"]
    ('1999-01-01', False, 'dynamic')
    """
    t = g.copy()
    t.graph["mode"] = "dynamic"
    for _, data in t.nodes(data=True):
        start = period_start(str(data.get("date", "")))
        if start:
            data["start"] = start
    for u, v, data in t.edges(data=True):
        if isinstance(data.get("year"), int):
            data["start"] = f"{data['year']:04d}-01-01"
        else:
            event = u if t.nodes[u].get("kind") == "event" else v
            start = t.nodes[event].get("start") if t.nodes[event].get("kind") == "event" else None
            if start:
                data["start"] = start
    return t


def write_gexf(g: nx.Graph[str], out: IO[bytes]) -> None:
    """``g`` as GEXF 1.2 with edge ``start`` dates (see :func:`timeline`)."""
    nx.write_gexf(timeline(g), out, encoding="utf-8", prettyprint=True, version="1.2draft")


def edge_rows(g: nx.Graph[str]) -> tuple[list[str], list[dict[str, Flat]]]:
    """The columns and rows of ``g``'s edge list: both ends with label and country, then edge attributes.

    >>> g = nx.Graph(); g.add_node("a", label="A", country="KR"); g.add_node("b", label="B", country="US")
    >>> g.add_edge("a", "b", tie_type="SisterCity", year=1999, weight=2)
    >>> cols, rows = edge_rows(g)
    >>> cols[:6]
    ['source', 'source_label', 'source_country', 'target', 'target_label', 'target_country']
    >>> cols[6:]
    ['tie_type', 'year', 'weight']
    >>> rows[0]["target_label"], rows[0]["year"]
    ('B', 1999)
    """
    keys = sorted({k for _, _, d in g.edges(data=True) for k in d if k != "kind"})
    attrs = [k for k in CSV_FIRST if k in keys] + [k for k in keys if k not in CSV_FIRST]
    ends = [f"{end}{'_' + c if c else ''}" for end in ("source", "target") for c in ("", *_NODE_COLUMNS)]
    rows = []
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        if g.nodes[u].get("kind") == "event":  # city first in the city–event view
            u, v = v, u
        row: dict[str, Flat] = {"source": u, "target": v}
        for end, node in (("source", u), ("target", v)):
            for c in _NODE_COLUMNS:
                row[f"{end}_{c}"] = g.nodes[node].get(c, "")
        row.update({k: data[k] for k in attrs if k in data})
        rows.append(row)
    return ends + attrs, rows


def write_csv(g: nx.Graph[str], out: IO[bytes]) -> None:
    """``g``'s edges as UTF-8 CSV (with a byte-order mark, so spreadsheets read Hangul), one row per edge."""
    columns, rows = edge_rows(g)
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.DictWriter(text, fieldnames=columns, restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (str(v).lower() if isinstance(v, bool) else v) for k, v in row.items()})
    text.flush()
    text.detach()
