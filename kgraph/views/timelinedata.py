"""The data a timeline draws: one city's ties, their dated steps, its events and the articles about it.

An item is ``{id, g, start, end, text, ko, en, tie, src, ev, f, art, other, step, hist, chain}``:
``g`` is its group (``ties``, ``steps``, ``events``, ``articles``), ``start``/``end`` ISO dates
(``None`` = undated, listed apart), ``text`` the date as the graph states it (``1997``,
``2024-10``, ``2024-10-29``). A tie's *steps* are of two sorts (``step``):

- ``since``/``registry``: its dated statements when there is more than one: every ``kg:since`` and
  every ``kg:registryYear`` with who states it, so that a tie dated 1997 by one source and 1998 by
  another shows both;
- ``history``: its recorded life, one item per ``kg:PartnershipStep`` (see :mod:`.timelinehistory`):
  ``hist`` holds the step's kind, tie type, two times and labels, ``art`` its first source article.

A tie with a history, and each of its history steps, list the history's item ids in ``chain``.

>>> iso_date("1997"), iso_date("2024-10"), iso_date("2024-10-29T10:00:00"), iso_date("spring")
('1997-01-01', '2024-10-01', '2024-10-29', None)
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..analyse.model import Tie
from ..vocab import SCHEMA
from .index import Edge, Entity, GraphIndex, Lit, tie_kind
from .mapdata import event_evidence
from .payload import _Builder
from .select import Selection
from .timelinehistory import step_fields, tie_history

_DATE = re.compile(r"^\s*(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_START, _END = str(SCHEMA.startDate), str(SCHEMA.endDate)
GROUPS = ("ties", "steps", "events", "articles")


def iso_date(text: str | None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD…`` as a full ISO date (first day of the year or month)."""
    if not text:
        return None
    m = _DATE.match(text)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"


def _fact(index: GraphIndex, node: Entity, predicate: str) -> str | None:
    values = sorted(o.value for p, o in index.facts.get(node, {}) if p == predicate and isinstance(o, Lit))
    return values[0] if values else None


def build_timeline_data(index: GraphIndex, center: Entity, *, lang: str) -> dict[str, Any]:
    """The timeline's items for ``center`` (a city IRI)."""
    sel = Selection("city", nodes={center}, center=center)
    b = _Builder(index, sel)
    items: list[dict[str, Any]] = []

    def add(group: str, date_text: str | None, **fields: Any) -> None:
        items.append({"id": len(items), "g": group, "start": iso_date(date_text), "text": date_text or "",
                      "end": None, "tie": None, "src": None, "ev": [], "f": [], "art": -1, "other": None, "step": None,
                      "hist": None, "chain": [], **fields})

    partners: dict[Entity, tuple[Edge, Tie]] = {}
    events: set[Entity] = set()
    articles: set[Entity] = set()
    for k in index.adjacency.get(center, ()):
        edge = index.edges[k]
        other = edge.b if edge.a == center else edge.a
        if edge.tie is not None and other != center:
            partners[other] = (edge, edge.tie)
        elif edge.kind == "event" and index.entities.get(other) == "event":
            events.add(other)
        elif edge.kind == "mentions" and other in index.articles:
            articles.add(other)
    for other in sorted(partners):
        edge, tie = partners[other]
        dates = sorted(tie.since, key=lambda s: (iso_date(s) or "9999", s))
        ev = b.evidence_ids(index.evidence_for(edge))
        chain: list[int] = []  # the ids of the tie's history steps, filled below
        common = {"tie": tie_kind(tie), "src": index.source_of(edge), "ev": ev, "f": b.edge_facts(edge),
                  "other": other, "ko": b.label(other, "ko"), "en": b.label(other, "en"), "chain": chain}
        add("ties", dates[0] if dates else None, **common)
        stated = [("since", s) for s in tie.since] + [("registry", s) for s in tie.registry_years]
        if len({iso_date(s) for _, s in stated}) > 1:  # sources give the tie more than one date: show each step
            for what, s in sorted(stated, key=lambda x: (iso_date(x[1]) or "9999", x[0])):
                add("steps", s, step=what, **{**common, "chain": []})
        for h in tie_history(index, edge):
            chain.append(len(items))
            news = any(a in index.articles or a in index.article_graphs for a in h.articles)
            add("steps", h.date or h.reported, step="history", hist=step_fields(h),
                **{**common, "src": "news" if news else "registry", "ev": b.evidence_ids(h.evidence), "f": [],
                   "art": b.article_id(h.articles[0]) if h.articles else -1})
    for e in sorted(events):
        ev_ids: list[int] = []
        for edge in event_evidence(index, e):
            ev_ids += [i for i in b.evidence_ids(index.evidence_for(edge)) if i not in ev_ids]
        start = _fact(index, e, _START)
        end = _fact(index, e, _END)
        add("events", start, end=iso_date(end) if end and iso_date(end) != iso_date(start) else None,
            ko=b.label(e, "ko"), en=b.label(e, "en"), ev=ev_ids, f=b.node_facts(e), other=e)
    for a in sorted(articles):
        art = index.articles[a]
        add("articles", art.date, art=b.article_id(a), ko=art.headline or a, en=art.headline or a, other=a)
    counts = Counter(item["g"] for item in items)
    dated = [i["start"] for i in items if i["start"]]
    return {
        "meta": {"lang": lang, "center": center, "ko": b.label(center, "ko"), "en": b.label(center, "en"),
                 "range": [min(dated), max(dated)] if dated else None,
                 "counts": {"items": len(items), "ties": counts["ties"], "steps": counts["steps"],
                            "events": counts["events"], "articles": counts["articles"],
                            "undated": sum(1 for i in items if not i["start"])}},
        "groups": [g for g in GROUPS if counts[g]], "items": items, "evidence": b.evidence, "articles": b.articles,
    }
