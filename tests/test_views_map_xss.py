"""The map shows hostile names, sentences and links as text and runs none of them (with the page's
CSP, and with the browser told to ignore it, so the page's own code is proven safe by itself)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.views import render

from conftest_views import (
    XSS_BREAKOUT,
    XSS_CITY_A,
    XSS_CITY_B,
    XSS_EVENT,
    XSS_EVENT_NAME,
    XSS_IMG,
    XSS_NAME_A,
    XSS_NAME_B,
    XSS_SCRIPT,
    XSS_SENTENCE,
    XSS_SVG,
    assert_inert,
    browser,
    hostile_graph,
    open_view,
)

__all__ = ["browser"]
HOSTILE_TITLE = f"</title>{XSS_SCRIPT}{XSS_IMG}"


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xss-map") / "hostile-map.html"
    render(hostile_graph(), out, view="map", title=HOSTILE_TITLE)
    return out


def test_no_payload_reaches_the_markup(hostile_map: Path) -> None:
    html = hostile_map.read_text(encoding="utf-8")
    for payload in ("<img src=x", "<svg onload", "<script>window.__xss", "\u2028"):
        assert payload not in html
    assert "&lt;/title&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "page-code-alone"])
def test_map_runs_nothing(browser: object, hostile_map: Path, csp: bool) -> None:
    v = open_view(browser, hostile_map, "!!(window.kgraphMap && kgraphMap.drawn)", csp=csp)
    page = v.page
    assert page.title() == HOSTILE_TITLE  # type: ignore[attr-defined]
    a = page.evaluate(f"kgraphMap.idOf('{XSS_CITY_A}')")  # type: ignore[attr-defined]
    pos = page.evaluate(f"kgraphMap.screenPosition('circle[data-city=\"{a}\"]')")  # type: ignore[attr-defined]
    page.mouse.move(pos["x"], pos["y"])  # type: ignore[attr-defined]
    page.mouse.click(pos["x"], pos["y"])  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == XSS_NAME_A  # type: ignore[attr-defined]
    assert XSS_NAME_B in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    b = page.evaluate(f"kgraphMap.idOf('{XSS_CITY_B}')")  # type: ignore[attr-defined]
    page.evaluate(f"kgraphMap.openTie(kgraphMap.tieBetween({a}, {b}))")  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert XSS_SENTENCE in text and XSS_IMG in text and "javascript:window.__xss=1" in text
    page.evaluate(f"kgraphMap.openEvent(kgraphMap.eventIdOf('{XSS_EVENT}'))")  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == XSS_EVENT_NAME  # type: ignore[attr-defined]
    page.fill("#kg-city-filter", "<img")  # type: ignore[attr-defined]
    assert XSS_NAME_B in page.locator("#kg-city-list").text_content()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert XSS_SVG in page.locator("g.labels").text_content()  # type: ignore[attr-defined]  # A's English name
    assert XSS_BREAKOUT not in page.title()  # type: ignore[attr-defined]
    page.evaluate(f"kgraphMap.openTie(kgraphMap.tieBetween({a}, {b}))")  # type: ignore[attr-defined]
    page.locator("#kg-panel span", has_text="javascript:").first.click()  # type: ignore[attr-defined]
    page.wait_for_timeout(150)  # type: ignore[attr-defined]
    assert_inert(v, scripts=8)  # 3 data blocks + d3-array, d3-geo, topojson, common, map
    page.context.close()  # type: ignore[attr-defined]
