"""Graph views in a real browser (Debian's Chromium via Playwright): offline, drawn, searchable, clickable."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph
from kgraph.views import render

from conftest_views import (
    ARTICLE_URL,
    GM,
    HEADLINE,
    OSNA,
    SENTENCE_FORUM,
    SENTENCE_TIE,
    browser,
    screenshot,
    shipped_with_article,
    update_docs_images,
    visit,
    wait_until,
)

pytestmark = pytest.mark.browser
DOCS_IMG = Path(__file__).resolve().parent.parent / "docs" / "img" / "gwangmyeong-ego.png"
__all__ = ["browser"]  # the fixture, imported for this module's tests


@pytest.fixture(scope="module")
def ego_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """광명시's ego network (depth 2) over the shipped graph plus the test article."""
    out = tmp_path_factory.mktemp("views") / "gm.html"
    view = render(shipped_with_article(), out, city="광명시", depth=2)
    return out, view.nodes


def drawn_pixels(page: object) -> float:
    """Share of the canvas's pixels that are not background (0..1)."""
    return page.evaluate("""() => {
        const c = document.querySelector('#kg-canvas canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 0; i < d.length; i += 16) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) ink++;
        return ink / (d.length / 16);
    }""")  # type: ignore[attr-defined]


def test_ego_view_loads_offline_and_draws_every_node(browser: object, ego_page: tuple[Path, int]) -> None:
    path, expected = ego_page
    v = visit(browser, path)
    assert v.requests == [v.url], "the page must request nothing but itself"
    assert v.errors == []
    assert v.page.evaluate("kgraphView.nodeCount()") == expected  # type: ignore[attr-defined]
    ids = v.page.evaluate(f"[kgraphView.idOf('{GM}'), kgraphView.idOf('{OSNA}')]")  # type: ignore[attr-defined]
    assert -1 not in ids
    assert drawn_pixels(v.page) > 0.01
    screenshot(v.page, "gm-ego-with-article.png")
    v.page.context.close()  # type: ignore[attr-defined]


def test_search_finds_osnabrueck_in_korean_and_without_accents(browser: object, ego_page: tuple[Path, int]) -> None:
    v = visit(browser, ego_page[0])
    page = v.page
    page.fill("#kg-search", "오스나브뤼크")  # type: ignore[attr-defined]
    first = page.locator("#kg-results button").first  # type: ignore[attr-defined]
    assert "오스나브뤼크" in first.text_content()
    page.fill("#kg-search", "osnabruck")  # type: ignore[attr-defined]
    assert "오스나브뤼크" in page.locator("#kg-results button").first.text_content()  # type: ignore[attr-defined]
    page.press("#kg-search", "Enter")  # type: ignore[attr-defined]
    panel = page.locator("#kg-panel")  # type: ignore[attr-defined]
    assert panel.is_visible()
    assert page.locator("#kg-panel h2").text_content() == "오스나브뤼크"  # type: ignore[attr-defined]
    page.fill("#kg-search", "없는도시이름")  # type: ignore[attr-defined]
    assert page.locator("#kg-results li").text_content() == "일치하는 항목 없음"  # type: ignore[attr-defined]
    screenshot(page, "gm-search.png")
    page.context.close()  # type: ignore[attr-defined]


def test_clicking_osnabrueck_opens_its_facts_and_evidence(browser: object, ego_page: tuple[Path, int]) -> None:
    v = visit(browser, ego_page[0])
    page = v.page
    node = page.evaluate(f"kgraphView.idOf('{OSNA}')")  # type: ignore[attr-defined]
    pos = page.evaluate(f"kgraphView.domPosition({node})")  # type: ignore[attr-defined]
    page.mouse.click(pos["x"], pos["y"])  # type: ignore[attr-defined]
    panel = page.locator("#kg-panel")  # type: ignore[attr-defined]
    panel.wait_for(state="visible")
    text = panel.text_content()
    assert "오스나브뤼크" in text and "Osnabrück" in text
    assert SENTENCE_TIE in text and SENTENCE_FORUM in text  # the evidence of its tie and of its attendance
    assert HEADLINE in text and "데일리뉴스" in text and "2024-10-30" in text
    link = page.locator(f'#kg-panel a[href="{ARTICLE_URL}"]').first  # type: ignore[attr-defined]
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert "목록과 기사 모두" in text  # the tie is in the registry and in the article
    screenshot(page, "gm-panel-osnabrueck.png")
    page.context.close()  # type: ignore[attr-defined]
    assert v.requests == [v.url]


def test_filters_and_language_switch(browser: object, ego_page: tuple[Path, int]) -> None:
    v = visit(browser, ego_page[0])
    page = v.page
    before = page.evaluate("kgraphView.nodeCount()")  # type: ignore[attr-defined]
    countries = int(page.locator('input[data-filter="types"][value="country"] ~ .count').text_content())  # type: ignore[attr-defined]
    page.uncheck('input[data-filter="types"][value="country"]')  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.nodeCount()") == before - countries  # type: ignore[attr-defined]
    edges = page.evaluate("kgraphView.edgeCount()")  # type: ignore[attr-defined]
    page.uncheck('input[data-filter="ties"][value="sister"]')  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.edgeCount()") < edges  # type: ignore[attr-defined]
    page.fill("#kg-year-from", "2030")  # type: ignore[attr-defined]
    page.dispatch_event("#kg-year-from", "change")  # type: ignore[attr-defined]
    page.uncheck("#kg-undated")  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.edgeCount()") < edges  # type: ignore[attr-defined]
    page.click("#kg-reset")  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.nodeCount()") == before  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.locator("#kg-legend h2").first.text_content() == "Node types"  # type: ignore[attr-defined]
    assert page.evaluate("document.documentElement.lang") == "en"  # type: ignore[attr-defined]
    page.fill("#kg-search", "오스나브뤼크")  # type: ignore[attr-defined]
    assert page.locator("#kg-results button").first.text_content().startswith("Osnabrück")  # type: ignore[attr-defined]
    screenshot(page, "gm-english.png")
    page.context.close()  # type: ignore[attr-defined]
    assert v.errors == []


def test_whole_shipped_graph_draws_with_physics_off(browser: object, tmp_path: Path) -> None:
    view = render(KnowledgeGraph.shipped(), tmp_path / "all.html")
    assert not view.physics and view.layout == "clusters"
    v = visit(browser, tmp_path / "all.html", width=1400, height=900)
    assert v.requests == [v.url] and v.errors == []
    page = v.page
    assert page.evaluate("kgraphView.nodeCount()") == view.nodes  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.firstDrawMs") < 10_000  # type: ignore[attr-defined]
    located = int(page.locator('input[data-filter="links"][value="in"] ~ .count').text_content())  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.edgeCount()") == view.edges - located  # "located in" starts hidden  # type: ignore[attr-defined]
    screenshot(page, "whole-graph.png")
    page.check('input[data-filter="links"][value="in"]')  # type: ignore[attr-defined]
    assert page.evaluate("kgraphView.edgeCount()") == view.edges  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.title() == page.locator("#kg-title").text_content() == "Sister-city cooperation graph"  # type: ignore[attr-defined]
    v.page.context.close()  # type: ignore[attr-defined]


def test_jupyter_iframe_srcdoc_draws(browser: object) -> None:
    view = render(KnowledgeGraph.shipped(), city="광명시", depth=1)
    page = browser.new_page()  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.set_content(f"<!DOCTYPE html><html><body>{view._repr_html_()}</body></html>")
    frame = page.frames[1]
    wait_until(frame, "!!(window.kgraphView && kgraphView.drawn)")
    assert frame.evaluate("kgraphView.nodeCount()") == view.nodes
    assert [u for u in requests if not u.startswith(("about:", "data:"))] == []
    page.close()


def test_readme_picture_of_gwangmyeong(browser: object, tmp_path: Path) -> None:
    """The picture docs/views.md shows: 광명시's ego network, depth 2, from the shipped graph."""
    render(KnowledgeGraph.shipped(), tmp_path / "gm.html", city="광명시", depth=2)
    v = visit(browser, tmp_path / "gm.html", width=1200, height=760)
    shot = screenshot(v.page, "gwangmyeong-ego.png")
    v.page.context.close()  # type: ignore[attr-defined]
    assert shot.stat().st_size < 300_000
    if update_docs_images() or not DOCS_IMG.exists():
        DOCS_IMG.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, DOCS_IMG)
