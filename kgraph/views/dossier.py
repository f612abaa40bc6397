"""``dossier``: everything the graph knows about one city, as one printable, self-contained page.

The page holds the city's partners table (type, since, registry status, sources), its ego network
(a static SVG drawn here, so it prints crisply), its map and its timeline (the map and timeline
views' scripts, inlined), and every article that speaks of it with the sentences it quotes. Tables,
the network and the articles are plain autoescaped HTML and SVG: they read and print without
JavaScript.
"""
from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..version import __version__
from ..vocab import SCHEMA
from . import select, styles, texts
from .geo import coordinates, country_of
from .index import Edge, Entity, Evidence, GraphIndex, Lit, tie_kind
from .output import check_target
from .payload import display_label
from .view import GraphView

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

_WEB = ("http://", "https://")
#: Kinds of neighbour drawn on the ego network's inner ring (partner cities go on the outer ring).
INNER_KINDS = ("event", "organization", "person", "place")
EGO_MAX_INNER = 40  #: inner-ring nodes drawn at most (the rest are counted)


@dataclass
class Link:
    """A piece of text, with an address when it is an http(s) URL (never anything else)."""

    text: str
    href: str | None = None


@dataclass
class PartnerRow:
    """One row of the partners table."""

    ko: str
    en: str
    country: str
    ties: list[str]  #: the tie's types, strongest first (``unspecified`` when it states none)
    since: list[str]
    registry_years: list[str]
    conflict: bool
    status: list[str]
    sources: list[Link]
    evidence: int


@dataclass
class ArticleEntry:
    """An article that speaks of the city, with the sentences it quotes."""

    headline: str
    publisher: str
    date: str
    url: str | None
    sentences: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)  #: "322–500" where the text is not carried


def _label(index: GraphIndex, node: Entity, lang: str) -> str:
    return display_label(index.labels.get(node, {}), lang, node.rstrip("/").rsplit("/", 1)[-1])


def _link(index: GraphIndex, value: Any) -> Link:
    if isinstance(value, Lit):
        value = value.value
    if value in index.articles:
        art = index.articles[value]
        return Link(art.headline or value, art.url if art.url and art.url.startswith(_WEB) else None)
    return Link(value, value if value.startswith(_WEB) else None)


def partner_rows(index: GraphIndex, center: Entity, lang: str) -> list[PartnerRow]:
    """The city's ties, earliest first (undated last), then by partner name."""
    rows: list[tuple[tuple[str, str], PartnerRow]] = []
    for k in index.adjacency.get(center, ()):
        edge: Edge = index.edges[k]
        if (tie := edge.tie) is None:
            continue
        other = edge.b if edge.a == center else edge.a
        row = PartnerRow(
            ko=_label(index, other, "ko"), en=_label(index, other, "en"), country=country_of(index, other) or "",
            ties=list(tie.types) or ["unspecified"], since=list(tie.since), registry_years=list(tie.registry_years),
            conflict=tie.flagged, status=list(tie.status), sources=[_link(index, s) for s in tie.sources],
            evidence=len(index.evidence_for(edge)))
        first = tie.since[0] if tie.since else "9999"
        rows.append(((first, _label(index, other, lang)), row))
    return [row for _, row in sorted(rows, key=lambda r: r[0])]


def article_entries(index: GraphIndex, center: Entity) -> list[ArticleEntry]:
    """Every article that mentions the city or supports a fact about it, newest first, with its sentences."""
    found: dict[str, list[Evidence]] = {}
    for k in index.adjacency.get(center, ()):
        edge = index.edges[k]
        if edge.kind == "mentions" and edge.b == center:
            found.setdefault(edge.a, [])
        else:
            for ev in index.evidence_for(edge):
                if ev.article:
                    found.setdefault(ev.article, []).append(ev)
    for ev in index.evidence_about.get(center, ()):
        if ev.article:
            found.setdefault(ev.article, []).append(ev)
    for p, o in index.facts.get(center, {}):
        for ev in index.evidence_of_fact(center, p, o):
            if ev.article:
                found.setdefault(ev.article, []).append(ev)
    entries: list[tuple[str, ArticleEntry]] = []
    for iri, evs in found.items():
        art = index.articles.get(iri)
        publisher = art.publisher if art else None
        pub = (publisher.value if isinstance(publisher, Lit) else _label(index, publisher, "ko")) if publisher else ""
        entry = ArticleEntry(headline=(art.headline if art else None) or iri, publisher=pub,
                             date=(art.date if art else None) or "",
                             url=art.url if art and art.url and art.url.startswith(_WEB) else None)
        for ev in sorted(evs, key=lambda e: (e.start if e.start is not None else -1, e.sentence or "")):
            if ev.sentence:
                if ev.sentence not in entry.sentences:
                    entry.sentences.append(ev.sentence)
            elif ev.start is not None:
                where = f"{ev.start}\u2013{ev.end if ev.end is not None else ''}"
                if where not in entry.positions:
                    entry.positions.append(where)
        entries.append((entry.date or "", entry))
    entries.sort(key=lambda e: (e[0], e[1].headline), reverse=True)
    return [e for _, e in entries]


def ego_svg(index: GraphIndex, center: Entity, lang: str) -> dict[str, Any]:
    """A radial drawing of the city's neighbours: partners on the outer ring, events, people,
    organizations and places inside. Returns plain values the template writes as SVG."""
    partners: dict[Entity, str] = {}
    inner: dict[Entity, str] = {}
    for k in index.adjacency.get(center, ()):
        edge = index.edges[k]
        other = edge.b if edge.a == center else edge.a
        if other == center:
            continue
        if edge.tie is not None:
            partners[other] = tie_kind(edge.tie)
        elif edge.kind in ("event", "affiliation", "other") and index.entities.get(other) in INNER_KINDS:
            inner.setdefault(other, edge.kind)
    order = sorted(partners, key=lambda n: (country_of(index, n) or "", _label(index, n, lang)))
    inside = sorted(inner, key=lambda n: (index.entities[n], _label(index, n, lang)))[:EGO_MAX_INNER]
    outer_r = max(150.0, 8.0 * len(order))
    size = 2 * (outer_r + 120)  # room for the labels beside the outer ring
    cx = cy = size / 2
    nodes: list[dict[str, Any]] = [{"x": cx, "y": cy, "r": 12, "ko": _label(index, center, "ko"),
                                    "en": _label(index, center, "en"), "anchor": "middle",
                                    "lx": cx, "ly": cy + 28, "color": styles.TIE_COLORS["sister"], "center": True}]
    lines: list[dict[str, Any]] = []

    def ring(items: list[Entity], radius: float, offset: float) -> None:
        for i, node in enumerate(items):
            angle = offset + 2 * math.pi * i / max(len(items), 1)
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            right = math.cos(angle) >= 0
            kind = index.entities.get(node, "other")
            nodes.append({"x": round(x, 1), "y": round(y, 1), "r": 6, "ko": _label(index, node, "ko")[:32],
                          "en": _label(index, node, "en")[:32],
                          "anchor": "start" if right else "end", "lx": round(x + (10 if right else -10), 1),
                          "ly": round(y + 4, 1), "color": styles.NODE_STYLES[kind].color, "center": False})
            if node in partners:
                lines.append({"x": round(x, 1), "y": round(y, 1), "color": styles.TIE_COLORS[partners[node]],
                              "width": 2.0, "dash": ""})
            else:
                link = styles.LINK_STYLES.get(inner[node], styles.LINK_STYLES["other"])
                lines.append({"x": round(x, 1), "y": round(y, 1), "color": link.color, "width": 1.2,
                              "dash": ",".join(str(d) for d in link.dashes)})

    ring(order, outer_r, -math.pi / 2)
    ring(inside, outer_r * 0.45, -math.pi / 2 + 0.3)
    return {"size": round(size), "cx": cx, "cy": cy, "nodes": nodes, "lines": lines,
            "more": max(0, len(inner) - EGO_MAX_INNER), "partners": len(order), "inner": len(inside)}


def dossier(kg: KnowledgeGraph, city: str, output: str | os.PathLike[str] | None = None, *, lang: str = "ko",
            title: str | None = None) -> GraphView:
    """One city's dossier as a printable, self-contained HTML page (written to ``output`` if given).

    ``city`` is a name in any language, an alias or an IRI. Returns a :class:`GraphView`
    (``kind == "dossier"``, ``counts`` = partners, articles, sentences, events).

    >>> from kgraph import KnowledgeGraph
    >>> view = dossier(KnowledgeGraph.shipped(), "Gwangmyeong", lang="en")
    >>> view.title, view.counts["partners"] > 5
    ('Gwangmyeong: city dossier', True)
    """
    from .index import paused_gc

    if lang not in texts.LANGS:
        raise UsageError(f"--lang must be one of {', '.join(texts.LANGS)}, not {lang!r}")
    started = time.perf_counter()
    target = check_target(output) if output is not None else None
    center = str(kg.resolve(city, kind=SCHEMA.City))
    with paused_gc():
        index = GraphIndex.from_quads(kg.backend.quads())
        html, counts, shown = _page(index, center, lang=lang, title=title, version=__version__)
    view = GraphView(html=html, title=shown, nodes=counts["partners"], edges=counts["sentences"], layout="dossier",
                     physics=False, seconds=time.perf_counter() - started, kind="dossier", counts=counts)
    if target is not None:
        view.save(target)
    return view


def _page(index: GraphIndex, center: Entity, *, lang: str, title: str | None,
          version: str) -> tuple[str, dict[str, int], str]:
    from .mapdata import build_map_data
    from .shell import assemble
    from .timelinedata import build_timeline_data

    names = {code: _label(index, center, code) for code in texts.LANGS}
    titles = {code: texts.TITLES[code]["dossier"].format(name=names[code]) for code in texts.LANGS}
    shown = title or titles[lang]
    selection = select.ego(index, center, depth=1)
    map_data = build_map_data(index, selection, title=shown, lang=lang)
    timeline = build_timeline_data(index, center, lang=lang)
    rows = partner_rows(index, center, lang)
    articles = article_entries(index, center)
    point = coordinates(index, center)
    counts = {"partners": len(rows), "articles": len(articles),
              "sentences": sum(len(a.sentences) for a in articles), "events": timeline["meta"]["counts"]["events"]}
    html = assemble(
        "dossier.html.j2", kind="dossier", lang=lang, title=shown, titles={} if title else titles, version=version,
        blocks={"kg-map-data": map_data, "kg-timeline-data": timeline}, names=names, iri=center,
        country=country_of(index, center) or "", point=point, rows=rows, articles=articles,
        ego=ego_svg(index, center, lang), map_counts=map_data["meta"]["counts"], years=map_data["meta"]["years"],
        counts=counts, tl_counts=timeline["meta"]["counts"], tx_all=texts.bundle())
    return html, counts, shown
