"""The dossier shows hostile names, sentences and links as text (autoescaped HTML, SVG text, JSON)
and runs none of them, with the page's CSP and without it."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.views.dossier import dossier

from conftest_views import (
    XSS_CITY_A,
    XSS_IMG,
    XSS_NAME_A,
    XSS_NAME_B,
    XSS_SCRIPT,
    XSS_SENTENCE,
    assert_inert,
    browser,
    hostile_graph,
    open_view,
)

__all__ = ["browser"]
HOSTILE_TITLE = f"</title>{XSS_SCRIPT}{XSS_IMG}"


@pytest.fixture(scope="module")
def hostile_dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xss-dossier") / "hostile-dossier.html"
    dossier(hostile_graph(), str(XSS_CITY_A), out, title=HOSTILE_TITLE)
    return out


def test_no_payload_reaches_the_markup(hostile_dossier: Path) -> None:
    html = hostile_dossier.read_text(encoding="utf-8")
    for payload in ("<img src=x", "<svg onload", "<script>window.__xss", 'href="javascript'):
        assert payload not in html
    assert "&lt;img src=x onerror=window.__xss=1;alert(1)&gt;" in html  # B's name in the table, escaped


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "page-code-alone"])
def test_dossier_runs_nothing(browser: object, hostile_dossier: Path, csp: bool) -> None:
    ready = "!!(window.kgraphMap && kgraphMap.drawn && window.kgraphTimeline && kgraphTimeline.drawn)"
    v = open_view(browser, hostile_dossier, ready, csp=csp)
    page = v.page
    assert page.title() == HOSTILE_TITLE  # type: ignore[attr-defined]
    assert XSS_NAME_B in page.locator("#partners").text_content()  # type: ignore[attr-defined]
    assert XSS_NAME_A in page.locator("#ego").text_content()  # type: ignore[attr-defined]
    assert XSS_SENTENCE in page.locator("#articles").text_content()  # type: ignore[attr-defined]
    assert XSS_IMG in page.locator("#articles h3").first.text_content()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert XSS_IMG in page.locator("#partners tbody").text_content()  # type: ignore[attr-defined]  # B's English name
    page.evaluate("kgraphMap.openCity(0)")  # type: ignore[attr-defined]
    page.wait_for_timeout(150)  # type: ignore[attr-defined]
    assert_inert(v, scripts=11)  # 4 data blocks + d3-array, d3-geo, topojson, vis-timeline, common, map, timeline
    page.context.close()  # type: ignore[attr-defined]
