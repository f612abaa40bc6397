"""The map and the timeline: the same choices as the graph view (whole graph, a city, an article, a
CONSTRUCT), drawn on a world map or on a time axis."""
from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

from ..errors import RenderError, UsageError
from ..version import __version__
from ..vocab import SCHEMA
from . import select, texts
from .index import GraphIndex
from .output import check_target
from .payload import display_label
from .view import GraphView

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def choose(kg: KnowledgeGraph, index: GraphIndex, *, center: str | None, depth: int | None, article: str | None,
           answer: Any, kind: str) -> tuple[select.Selection, dict[str, str]]:
    """The selection to draw and its default titles in each language (``kind``: map or timeline)."""
    if center is not None:
        steps = 1 if depth is None else depth
        selection = select.ego(index, center, depth=steps)
        name = {code: display_label(index.labels.get(center, {}), code, center) for code in texts.LANGS}
        key = "city_map" if kind == "map" else kind
        return selection, {code: texts.TITLES[code][key].format(name=name[code]) for code in texts.LANGS}
    if article:
        iri = str(kg.resolve_article(article))
        art = index.articles.get(iri)
        headline = art.headline if art and art.headline else article
        return select.article(index, iri), {code: texts.TITLES[code]["article_map"].format(name=headline)
                                            for code in texts.LANGS}
    if answer is not None:
        return select.construct(index, answer), {code: texts.TITLES[code]["query_map"] for code in texts.LANGS}
    return select.whole(index), {code: texts.TITLES[code]["graph_map"] for code in texts.LANGS}


def render_other(kg: KnowledgeGraph, output: str | os.PathLike[str] | None, *, view: str, city: str | None,
                 depth: int | None, article: str | None, query: str | None, lang: str, title: str | None,
                 timeout: float | None) -> GraphView:
    """Build a map or a timeline page (see :func:`kgraph.views.render`)."""
    started = time.perf_counter()
    select.check_options(city=city, depth=depth, article=article, query=query, lang=lang)
    if view == "timeline" and not city:
        raise UsageError("--timeline draws one city's ties and events on a time axis; add --city NAME")
    target = check_target(output) if output is not None else None
    center = str(kg.resolve(city, kind=SCHEMA.City)) if city else None
    answer = select.construct_answer(kg, query, timeout=timeout) if query else None
    index = GraphIndex.from_quads(kg.backend.quads())
    selection, titles = choose(kg, index, center=center, depth=depth, article=article, answer=answer, kind=view)
    shown = title or titles[lang]
    if view == "map":
        html, counts = map_page(index, selection, title=shown, titles={} if title else titles, lang=lang,
                                version=__version__)
    else:
        assert center is not None
        html, counts = timeline_page(index, center, title=shown, titles={} if title else titles, lang=lang,
                                     version=__version__)
    result = GraphView(html=html, title=shown, nodes=counts.get("cities", counts.get("items", 0)),
                       edges=counts.get("ties", 0), layout=view, physics=False,
                       seconds=time.perf_counter() - started, kind=view, counts=counts)
    if target is not None:
        result.save(target)
    return result


def map_page(index: GraphIndex, selection: select.Selection, *, title: str, titles: dict[str, str], lang: str,
             version: str) -> tuple[str, dict[str, int]]:
    """The map page's HTML and what it holds."""
    from .mapdata import build_map_data
    from .shell import assemble

    data = build_map_data(index, selection, title=title, lang=lang)
    if not data["cities"]:
        raise RenderError("nothing to put on a map: the selection holds no city; choose a city (--city NAME) or "
                          "an article or query that names cities")
    counts = data["meta"]["counts"]
    html = assemble("map.html.j2", kind="map", lang=lang, title=title, titles=titles, version=version,
                    blocks={"kg-map-data": data}, subtitles={code: _map_subtitle(counts, code) for code in texts.LANGS},
                    counts=counts, years=data["meta"]["years"])
    return html, {"cities": counts["cities"], "placed": counts["placed"], "approximate": counts["approx"],
                  "unplaced": counts["unplaced"], "ties": len(data["ties"]), "events": counts["events"]}


def _map_subtitle(counts: dict[str, Any], lang: str) -> str:
    if lang == "ko":
        return (f"도시 {counts['cities']}곳 (좌표 {counts['placed']}, 근사 {counts['approx']}, 위치 없음 "
                f"{counts['unplaced']}) · 결연 {sum(counts['ties'].values())}개 · 행사 {counts['events']}개")
    return (f"{counts['cities']} cities ({counts['placed']} with coordinates, {counts['approx']} approximate, "
            f"{counts['unplaced']} not placed) · {sum(counts['ties'].values())} ties · {counts['events']} events")


def timeline_page(index: GraphIndex, center: str, *, title: str, titles: dict[str, str], lang: str,
                  version: str) -> tuple[str, dict[str, int]]:
    """The timeline page's HTML and what it holds."""
    from .shell import assemble
    from .timelinedata import build_timeline_data

    data = build_timeline_data(index, center, lang=lang)
    counts = data["meta"]["counts"]
    html = assemble("timeline.html.j2", kind="timeline", lang=lang, title=title, titles=titles, version=version,
                    blocks={"kg-timeline-data": data}, subtitles={}, counts=counts)
    return html, {"items": counts["items"], "ties": counts["ties"], "events": counts["events"],
                  "articles": counts["articles"], "undated": counts["undated"]}
