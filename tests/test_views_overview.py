"""The overview of big graphs: countries as meta-nodes, expand on click, search to a city's ego view."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph
from kgraph.errors import UsageError
from kgraph.views import overview as overview_module
from kgraph.views import render
from kgraph.views.index import GraphIndex
from kgraph.views.overview import build_overview_data, read_overview

from conftest_views import (
    XSS_CITY_A,
    XSS_IMG,
    XSS_NAME_A,
    XSS_NAME_B,
    assert_inert,
    browser,
    docs_picture,
    hostile_graph,
    open_view,
    screenshot,
)

__all__ = ["browser"]
READY = "!!(window.kgraphOverview && kgraphOverview.drawn)"
JAPAN = "https://w3id.org/kgraph/id/country/JP"
OSNA = "https://w3id.org/kgraph/id/city/de/osnabrueck"


@pytest.fixture(scope="module")
def shipped() -> KnowledgeGraph:
    return KnowledgeGraph.shipped()


def test_pattern_reading_finds_what_the_full_index_finds(shipped: KnowledgeGraph) -> None:
    read = read_overview(shipped)
    index = GraphIndex.from_quads(shipped.backend.quads())
    assert len(read["cities"]) == sum(1 for kind in index.entities.values() if kind == "city")
    assert set(read["ties"]) == {(e.a, e.b) for e in index.edges.values() if e.kind == "tie"}
    assert read["others"]["event"] == sum(1 for kind in index.entities.values() if kind == "event")


def test_groups_sizes_and_meta_edges_add_up(shipped: KnowledgeGraph) -> None:
    data = build_overview_data(read_overview(shipped), title="t", lang="ko")
    groups, cities = data["groups"], data["cities"]
    assert sum(g["n"] for g in groups) == len(cities["u"]) == data["meta"]["counts"]["cities"]
    japan = next(g for g in groups if g["u"] == JAPAN)
    assert (japan["ko"], japan["en"], japan["cc"]) == ("일본", "Japan", "JP")
    assert japan["n"] == sum(1 for g in cities["g"] if groups[g]["u"] == JAPAN)
    ties = data["ties"]
    across = sum(1 for t in range(0, len(ties), 4) if cities["g"][ties[t]] != cities["g"][ties[t + 1]])
    assert sum(n for _, _, n in data["metaEdges"]) == across
    assert sum(cities["d"]) == 2 * len(ties) // 4


def test_the_whole_graph_opens_as_an_overview_above_the_threshold(shipped: KnowledgeGraph,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert render(shipped).kind == "graph"  # 849 entities: the full view
    monkeypatch.setattr(overview_module, "OVERVIEW_THRESHOLD", 500)
    view = render(shipped, lang="en")
    assert view.kind == "overview" and view.title == "Sister-city cooperation graph"
    assert view.counts == {"cities": 769, "ties": view.edges, "groups": view.counts["groups"]}  # type: ignore[index]
    assert render(shipped, overview=False).kind == "graph"
    assert render(shipped, city="광명시").kind == "graph"  # an ego view is never an overview
    with pytest.raises(UsageError, match="whole graph"):
        render(shipped, city="광명시", overview=True)


def test_cli_render_overview(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ov.html"
    result = cli("render", "--overview", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}: overview, 769 cities, ")
    assert re.match(rf"wrote {re.escape(str(out))}: \d{{3,}} nodes, \d+ edges", cli("render", "--full", "-o", str(out)).output)


@pytest.fixture(scope="module")
def overview_page(tmp_path_factory: pytest.TempPathFactory, shipped: KnowledgeGraph) -> Path:
    out = tmp_path_factory.mktemp("ov") / "overview.html"
    render(shipped, out, overview=True)
    return out


@pytest.mark.browser
def test_overview_expands_searches_and_goes_back(browser: object, overview_page: Path) -> None:
    v = open_view(browser, overview_page, READY)
    page = v.page
    groups = page.evaluate("kgraphOverview.nodeCount")  # type: ignore[attr-defined]
    assert groups > 40
    japan = page.evaluate(f"kgraphOverview.groupOf('{JAPAN}')")  # type: ignore[attr-defined]
    pos = page.evaluate(f"kgraphOverview.domPosition(kgraphOverview.META + {japan})")  # type: ignore[attr-defined]
    page.mouse.click(pos["x"], pos["y"])  # type: ignore[attr-defined]  # a real click on Japan expands it
    assert page.locator("#kg-panel h2").text_content() == "일본"  # type: ignore[attr-defined]
    assert page.evaluate("kgraphOverview.nodeCount") == groups - 1 + 113  # type: ignore[attr-defined]
    page.locator("#kg-panel .btn").click()  # type: ignore[attr-defined]  # collapse, from the panel
    assert page.evaluate("kgraphOverview.nodeCount") == groups  # type: ignore[attr-defined]
    page.locator("#kg-group-list button", has_text="중국").focus()  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]  # the keyboard's way to expand
    assert page.evaluate("kgraphOverview.nodeCount") == groups - 1 + 162  # type: ignore[attr-defined]
    page.mouse.move(2, 2)  # type: ignore[attr-defined]
    shot = screenshot(page, "overview-ko.png")
    docs_picture(shot, "overview-ko.png")
    page.fill("#kg-search", "osnabruck")  # type: ignore[attr-defined]
    assert "오스나브뤼크" in page.locator("#kg-results").text_content()  # type: ignore[attr-defined]
    page.press("#kg-search", "Enter")  # type: ignore[attr-defined]
    assert page.evaluate("kgraphOverview.mode") == "ego"  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == "오스나브뤼크"  # type: ignore[attr-defined]
    partners = page.locator("#kg-panel .conn").count()  # type: ignore[attr-defined]
    assert page.evaluate("kgraphOverview.nodeCount") == partners + 1  # type: ignore[attr-defined]
    assert "광명시" in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == "Osnabrück"  # type: ignore[attr-defined]
    page.fill("#kg-search", "gwangmyeong")  # type: ignore[attr-defined]
    page.press("#kg-search", "Enter")  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == "Gwangmyeong"  # type: ignore[attr-defined]
    page.mouse.move(2, 2)  # type: ignore[attr-defined]  # no tooltip in the picture
    shot = screenshot(page, "overview-en.png")
    docs_picture(shot, "overview-en.png")
    page.click("#kg-back")  # type: ignore[attr-defined]
    assert page.evaluate("kgraphOverview.mode") == "overview"  # type: ignore[attr-defined]
    assert v.requests == [v.url], "the overview must request nothing but itself"
    assert v.errors == []
    page.context.close()  # type: ignore[attr-defined]


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "page-code-alone"])
def test_overview_runs_nothing_from_a_hostile_graph(browser: object, tmp_path: Path, csp: bool) -> None:
    out = tmp_path / "hostile-overview.html"
    render(hostile_graph(), out, overview=True, title=XSS_IMG)
    v = open_view(browser, out, READY, csp=csp)
    page = v.page
    assert page.title() == XSS_IMG  # type: ignore[attr-defined]
    page.fill("#kg-search", "<img")  # type: ignore[attr-defined]
    assert XSS_NAME_B in page.locator("#kg-results").text_content()  # type: ignore[attr-defined]
    page.evaluate(f"kgraphOverview.ego(kgraphOverview.cityOf('{XSS_CITY_A}'))")  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == XSS_NAME_A  # type: ignore[attr-defined]
    assert XSS_NAME_B in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    page.wait_for_timeout(100)  # type: ignore[attr-defined]
    assert_inert(v, scripts=5)  # 2 data blocks + vis-network, common, overview
    page.context.close()  # type: ignore[attr-defined]
