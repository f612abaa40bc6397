"""The map view: cities at their coordinates (or near their country, flagged), ties, events, the year
slider and the evidence panel, in Python and in a real browser."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kgraph import KnowledgeGraph
from kgraph.errors import RenderError, UsageError
from kgraph.views import render
from kgraph.views.geo import country_points, place_cities
from kgraph.views.index import GraphIndex
from kgraph.views.mapdata import build_map_data, event_city
from kgraph.views.select import ego, whole
from kgraph.vocab import SCHEMA, city_iri

from conftest_views import (
    AUSTIN,
    FORUM,
    GM,
    OSNA,
    SENTENCE_FORUM,
    SENTENCE_TIE,
    browser,
    docs_picture,
    open_view,
    screenshot,
    shipped_with_article,
)

__all__ = ["browser"]
READY = "!!(window.kgraphMap && kgraphMap.drawn)"


def _data(html: str, element: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{element}">(.*?)</script>', html, flags=re.S)
    assert m, element
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def index() -> GraphIndex:
    return GraphIndex.from_quads(shipped_with_article().backend.quads())


def test_cities_keep_their_coordinates_or_are_flagged_approximate(index: GraphIndex) -> None:
    nowhere = city_iri("XX", "Nowhere")
    gm, osna = str(GM), str(OSNA)
    idx = GraphIndex.from_quads([*shipped_with_article().backend.quads(),
                                 (nowhere, RDF.type, SCHEMA.City, None),
                                 (nowhere, RDFS.label, Literal("Nowhere", lang="en"), None)])
    siem_reap = "https://w3id.org/kgraph/id/city/kh/siem-reap"
    points = place_cities(idx, [gm, osna, siem_reap, str(nowhere)])
    assert (points[gm].lon, points[gm].lat, points[gm].approx) == (126.86499, 37.44435, False)
    assert not points[osna].approx and points[osna].country == "DE"
    approx = points[siem_reap]
    assert approx is not None and approx.approx and approx.country == "KH"
    kh = country_points()["KH"]
    assert abs(approx.lon - kh[0]) < 2 and abs(approx.lat - kh[1]) < 2  # near Cambodia's centre
    assert points[str(nowhere)] is None  # no coordinates, no known country: not placed (and listed by the page)


def test_whole_graph_map_lists_every_city_once(index: GraphIndex) -> None:
    data = build_map_data(index, whole(index), title="t", lang="ko")
    iris = [c["u"] for c in data["cities"]]
    assert len(iris) == len(set(iris)) == sum(1 for t in index.entities.values() if t == "city")
    counts = data["meta"]["counts"]
    assert counts["placed"] + counts["approx"] + counts["unplaced"] == counts["cities"]
    assert counts["placed"] >= 150  # the gazetteer's Korean governments have coordinates
    ties = {(data["cities"][t["a"]]["u"], data["cities"][t["b"]]["u"]) for t in data["ties"]}
    assert tuple(sorted((str(GM), str(OSNA)))) in ties


def test_events_are_placed_at_their_venue_city(index: GraphIndex) -> None:
    assert event_city(index, str(FORUM)) == str(GM)  # the venue lies in 광명시
    data = build_map_data(index, ego(index, str(GM), depth=1), title="t", lang="ko")
    forum = next(e for e in data["events"] if e["u"] == str(FORUM))
    cities = data["cities"]
    assert cities[forum["at"]]["u"] == str(GM) and forum["yr"] == 2024
    assert {cities[i]["u"] for i in forum["cities"]} >= {str(GM), str(OSNA), str(AUSTIN)}
    assert SENTENCE_FORUM in {data["evidence"][i][0] for i in forum["ev"]}


def test_render_map_page_is_one_offline_file() -> None:
    view = render(shipped_with_article(), city="광명시", view="map", lang="en")
    assert view.kind == "map" and view.counts and view.counts["ties"] >= 8
    html = view.html
    assert "<script src" not in html and "http-equiv=\"Content-Security-Policy\"" in html
    assert "default-src &#39;none&#39;" in html and "connect-src &#39;none&#39;" in html
    data = _data(html, "kg-map-data")
    assert data["meta"]["title"] == "Gwangmyeong: map of cooperation"
    world = _data(html, "kg-world")
    assert len(world["objects"]["countries"]["geometries"]) > 200  # Natural Earth outlines, inlined
    assert view.summary().startswith("rendered: map, ")


def test_map_options_that_cannot_work() -> None:
    kg = KnowledgeGraph.shipped()
    with pytest.raises(UsageError, match="--city"):
        render(kg, view="timeline")
    with pytest.raises(UsageError, match="view must be one of"):
        render(kg, view="globe")
    with pytest.raises(RenderError, match="no city"):
        render(kg, view="map", query="CONSTRUCT { ?e a schema:Event } WHERE { ?e a schema:Event }")


def test_cli_render_map(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "map.html"
    result = cli("render", "--map", "--city", "광명시", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}: map, ") and " ties" in result.output
    assert "광명시 협력 지도" in out.read_text(encoding="utf-8")
    both = cli("render", "--map", "--timeline", "--city", "광명시", "-o", str(out))
    assert both.exit_code == 2 and "not both" in both.output


# ---------------------------------------------------------------------------------------------- browser
@pytest.fixture(scope="module")
def map_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("map") / "gm-map.html"
    render(shipped_with_article(), out, city="광명시", view="map")
    return out


@pytest.mark.browser
def test_map_draws_offline_and_clicks_open_evidence(browser: object, map_page: Path) -> None:
    v = open_view(browser, map_page, READY)
    page = v.page
    placed = page.evaluate("kgraphMap.placed")  # type: ignore[attr-defined]
    assert page.locator("circle.city").count() == placed > 5  # type: ignore[attr-defined]
    assert page.locator("path.land").count() == 1 and page.locator("path.tie").count() >= 8  # type: ignore[attr-defined]
    # a real click on Osnabrück's dot
    osna = page.evaluate(f"kgraphMap.idOf('{OSNA}')")  # type: ignore[attr-defined]
    pos = page.evaluate(f"kgraphMap.screenPosition('circle[data-city=\"{osna}\"]')")  # type: ignore[attr-defined]
    page.mouse.click(pos["x"], pos["y"])  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == "오스나브뤼크"  # type: ignore[attr-defined]
    assert "자매도시" in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    # a real click on the 광명–Osnabrück arc opens the tie with its evidence sentence
    page.keyboard.press("Escape")  # type: ignore[attr-defined]  # closes the panel
    assert not page.locator("#kg-panel").is_visible()  # type: ignore[attr-defined]
    tie = page.evaluate(f"kgraphMap.tieBetween(kgraphMap.idOf('{GM}'), {osna})")  # type: ignore[attr-defined]
    point = page.evaluate(f"kgraphMap.tiePoint({tie})")  # type: ignore[attr-defined]
    page.mouse.click(point["x"], point["y"])  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert SENTENCE_TIE in text and "데일리뉴스" in text
    # the event marker, reached by keyboard
    forum = page.evaluate(f"kgraphMap.eventIdOf('{FORUM}')")  # type: ignore[attr-defined]
    page.focus(f'g.event[data-event="{forum}"]')  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert SENTENCE_FORUM in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert v.requests == [v.url], "the map must request nothing but itself"
    assert v.errors == []
    page.context.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_year_slider_and_filters_and_language(browser: object, map_page: Path) -> None:
    v = open_view(browser, map_page, READY)
    page = v.page
    ties, events = page.evaluate("[kgraphMap.shownTies, kgraphMap.shownEvents]")  # type: ignore[attr-defined]
    assert events >= 1
    page.focus("#kg-year")  # type: ignore[attr-defined]
    page.keyboard.press("Home")  # type: ignore[attr-defined]  # the slider, by keyboard, to its first year
    first = page.evaluate("+document.getElementById('kg-year').min")  # type: ignore[attr-defined]
    assert page.locator("#kg-year-value").text_content() == str(first)  # type: ignore[attr-defined]
    fewer = page.evaluate("[kgraphMap.shownTies, kgraphMap.shownEvents]")  # type: ignore[attr-defined]
    assert fewer[0] < ties and fewer[1] < events  # the 2024 forum and later ties are gone
    hidden = page.locator("path.tie[style*='none']").count()  # type: ignore[attr-defined]
    assert hidden == ties - fewer[0]
    page.uncheck("#kg-undated")  # type: ignore[attr-defined]
    page.keyboard.press("End")  # type: ignore[attr-defined]
    page.focus("#kg-year")  # type: ignore[attr-defined]
    page.keyboard.press("End")  # type: ignore[attr-defined]
    page.check("#kg-undated")  # type: ignore[attr-defined]
    assert page.evaluate("kgraphMap.shownTies") == ties  # type: ignore[attr-defined]
    page.uncheck('input[data-filter="ties"][value="sister"]')  # type: ignore[attr-defined]
    assert page.evaluate("kgraphMap.shownTies") < ties  # type: ignore[attr-defined]
    page.check('input[data-filter="ties"][value="sister"]')  # type: ignore[attr-defined]
    shot = screenshot(page, "map-ko.png")
    docs_picture(shot, "map-ko.png")
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.title() == "Gwangmyeong: map of cooperation"  # type: ignore[attr-defined]
    assert "Osnabrück" in page.locator("g.labels").text_content()  # type: ignore[attr-defined]
    assert page.locator("#kg-legend h2").first.text_content() == "Tie types"  # type: ignore[attr-defined]
    page.fill("#kg-city-filter", "osnabruck")  # type: ignore[attr-defined]
    page.locator("#kg-city-list button").first.click()  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == "Osnabrück"  # type: ignore[attr-defined]
    page.click("#kg-zoom-fit")  # type: ignore[attr-defined]
    page.evaluate(f"kgraphMap.openTie(kgraphMap.tieBetween(kgraphMap.idOf('{GM}'), kgraphMap.idOf('{OSNA}')))")  # type: ignore[attr-defined]
    assert SENTENCE_TIE in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    shot = screenshot(page, "map-en.png")
    docs_picture(shot, "map-en.png")
    assert v.requests == [v.url] and v.errors == []
    page.context.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_whole_graph_map_lists_cities_without_coordinates(browser: object, tmp_path: Path) -> None:
    view = render(KnowledgeGraph.shipped(), tmp_path / "all.html", view="map")
    v = open_view(browser, tmp_path / "all.html", READY, width=1400, height=900)
    page = v.page
    assert view.counts is not None
    assert page.locator("circle.city").count() == view.counts["placed"] + view.counts["approximate"]  # type: ignore[attr-defined]
    assert page.locator("circle.city.approx").count() == view.counts["approximate"] > 0  # type: ignore[attr-defined]
    assert page.locator("#kg-unplaced li").count() >= view.counts["approximate"] + view.counts["unplaced"]  # type: ignore[attr-defined]
    assert page.evaluate("kgraphMap.firstDrawMs") < 10_000  # type: ignore[attr-defined]
    shot = screenshot(page, "map-world.png")
    docs_picture(shot, "map-world.png")
    assert v.requests == [v.url] and v.errors == []
    page.context.close()  # type: ignore[attr-defined]
