"""``render``: the graph, or part of it, as one HTML page that works offline."""
from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from ..errors import RenderError, UsageError
from ..version import __version__
from ..vocab import SCHEMA
from . import select, texts
from .index import GraphIndex, paused_gc
from .output import check_target
from .page import page
from .payload import build_payload, display_label
from .view import GraphView

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


VIEWS = ("graph", "map", "timeline")


def render(kg: KnowledgeGraph, output: str | os.PathLike[str] | None = None, *, city: str | None = None,
           depth: int | None = None, article: str | None = None, query: str | None = None, lang: str = "ko",
           title: str | None = None, timeout: float | None = 60.0, seed: int = 7, view: str = "graph",
           overview: bool | None = None) -> GraphView:
    """Draw ``kg`` (all of it, a city's ego network, one article, or a CONSTRUCT's answer) as one page.

    ``city`` is a name in any language or an alias (``광명시``, ``Gwangmyeong``, ``광명``) or an IRI;
    ``depth`` (default 1) is how many steps the ego network reaches along ties, events and
    affiliations. ``article`` is an article's URL (or IRI). ``query`` is the text of a SPARQL
    CONSTRUCT (or DESCRIBE) query: its triples choose what to draw. Give at most one of the three.
    ``lang`` (ko or en) chooses the labels first shown; the page can switch. With ``output`` the
    page is written there (UTF-8, atomically). Returns a :class:`GraphView`.

    ``view`` chooses the drawing: ``graph`` (nodes and edges), ``map`` (cities at their coordinates
    on a world map, ties as arcs, events as markers, a year slider; see :mod:`.mapdata`) or
    ``timeline`` (a city's ties, their steps, its events and articles on a time axis; needs ``city``).

    The whole graph (no ``city``, ``article`` or ``query``) opens as an *overview* above
    :data:`~kgraph.views.overview.OVERVIEW_THRESHOLD` entities: countries as meta-nodes, expanded on
    click, with search to any city. ``overview=True`` or ``False`` forces it either way.

    >>> from kgraph import KnowledgeGraph
    >>> view = render(KnowledgeGraph.shipped(), city="광명시", depth=1)
    >>> view.nodes > 5, view.physics, "<script src" in view.html
    (True, True, False)
    """
    with paused_gc():
        if overview and (view != "graph" or city or article or query):
            raise UsageError("the overview draws the whole graph; "
                             "drop --city, --article, --query, --map and --timeline")
        if view == "graph" and not (city or article or query) and overview is not False:
            from .overview import OVERVIEW_THRESHOLD, entity_count

            if overview or entity_count(kg) > OVERVIEW_THRESHOLD:
                return _overview(kg, output, lang=lang, title=title, seed=seed)
        if view == "graph":
            return _render(kg, output, city=city, depth=depth, article=article, query=query, lang=lang, title=title,
                           timeout=timeout, seed=seed)
        if view not in VIEWS:
            raise UsageError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")
        from .other import render_other

        return render_other(kg, output, view=view, city=city, depth=depth, article=article, query=query, lang=lang,
                            title=title, timeout=timeout)


def _render(kg: KnowledgeGraph, output: str | os.PathLike[str] | None, *, city: str | None, depth: int | None,
            article: str | None, query: str | None, lang: str, title: str | None, timeout: float | None,
            seed: int) -> GraphView:
    started = time.perf_counter()
    select.check_options(city=city, depth=depth, article=article, query=query, lang=lang)
    target = check_target(output) if output is not None else None
    # what can fail on the user's input fails before the store is read
    center = str(kg.resolve(city, kind=SCHEMA.City)) if city else None
    answer = select.construct_answer(kg, query, timeout=timeout) if query else None
    index = GraphIndex.from_quads(kg.backend.quads())
    if center is not None:
        steps = 1 if depth is None else depth
        selection = select.ego(index, center, depth=steps)
        titles = {code: texts.TITLES[code]["city"].format(
                      name=display_label(index.labels.get(center, {}), code, center), depth=steps)
                  for code in texts.LANGS}
    elif article:
        iri = str(kg.resolve_article(article))
        selection = select.article(index, iri)
        art = index.articles.get(iri)
        name = art.headline if art and art.headline else article
        titles = {code: texts.TITLES[code]["article"].format(name=name) for code in texts.LANGS}
    else:
        selection = select.construct(index, answer) if answer is not None else select.whole(index)
        titles = {code: texts.TITLES[code]["query" if answer is not None else "graph"] for code in texts.LANGS}
    if not selection.nodes:
        raise RenderError("nothing to draw: the selection holds no city, country, event, organization, person, "
                          "place or article; check the query's CONSTRUCT template or the article URL")
    shown_title = title or titles[lang]
    payload = build_payload(index, selection, title=shown_title, subtitle="", lang=lang, seed=seed)
    meta = payload.data["meta"]
    meta["subtitle"] = texts.TITLES[lang]["subtitle"].format(nodes=payload.node_count, edges=payload.edge_count)
    meta["titles"] = {} if title else titles  # the page switches a default title with its ko/en switch
    html = page(payload.data, version=__version__)
    view = GraphView(html=html, title=shown_title, nodes=payload.node_count, edges=payload.edge_count,
                     layout=payload.layout.method, physics=payload.layout.physics,
                     seconds=time.perf_counter() - started)
    if target is not None:
        view.save(target)
    return view


def _overview(kg: KnowledgeGraph, output: str | os.PathLike[str] | None, *, lang: str, title: str | None,
              seed: int) -> GraphView:
    from .overview import overview_page

    started = time.perf_counter()
    if lang not in texts.LANGS:
        raise UsageError(f"--lang must be one of {', '.join(texts.LANGS)}, not {lang!r}")
    target = check_target(output) if output is not None else None
    titles = {code: texts.TITLES[code]["graph"] for code in texts.LANGS}
    html, counts = overview_page(kg, title=title, titles=titles, lang=lang, version=__version__, seed=seed)
    view = GraphView(html=html, title=title or titles[lang], nodes=counts["cities"], edges=counts["ties"],
                     layout="overview", physics=False, seconds=time.perf_counter() - started, kind="overview",
                     counts=counts)
    if target is not None:
        view.save(target)
    return view
