"""Names, sentences and links that try to run script are shown as text and never run.

The hostile graph (tests/conftest_views.py) puts ``<script>``, ``</script><script>``,
``"><svg onload=…>`` and ``<img src=x onerror=…>`` (each setting ``window.__xss`` or calling
``alert``) into city names, an event name, an article headline and publisher, an evidence sentence,
the page title, and ``javascript:`` URLs.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgraph.views import render

from conftest_views import (
    XSS_BREAKOUT,
    XSS_CITY_A,
    XSS_CITY_B,
    XSS_EVENT,
    XSS_IMG,
    XSS_NAME_A,
    XSS_NAME_B,
    XSS_SCRIPT,
    XSS_SENTENCE,
    XSS_SVG,
    browser,
    hostile_graph,
    screenshot,
    visit,
)

__all__ = ["browser"]
HOSTILE_TITLE = f"</title>{XSS_SCRIPT}{XSS_IMG}"


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xss") / "hostile.html"
    render(hostile_graph(), out, title=HOSTILE_TITLE)
    return out


def test_no_payload_reaches_the_markup(hostile_page: Path) -> None:
    html = hostile_page.read_text(encoding="utf-8")
    assert len(re.findall(r"</script", html, flags=re.IGNORECASE)) == 3  # data, vis-network, the page's script
    assert len(re.findall(r"<script", html, flags=re.IGNORECASE)) == 3
    for payload in ("<img src=x", "<svg onload", "<script>window.__xss", "\u2028", "\u2029"):
        assert payload not in html
    assert "&lt;/title&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;" in html  # the title, escaped
    assert "\\u003cimg src=x onerror=window.__xss=1;alert(1)\\u003e" in html  # the data, as JSON escapes


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "page-code-alone"])
def test_nothing_executes_and_text_shows_literally(browser: object, hostile_page: Path, csp: bool) -> None:
    """With the page's CSP, and without it: the page's own code must be safe by itself."""
    v = visit(browser, hostile_page, csp=csp)
    page = v.page
    page.wait_for_timeout(200)  # type: ignore[attr-defined]
    assert page.title() == HOSTILE_TITLE  # type: ignore[attr-defined]
    # the city's panel, opened by a real click
    node = page.evaluate(f"kgraphView.idOf('{XSS_CITY_A}')")  # type: ignore[attr-defined]
    pos = page.evaluate(f"kgraphView.domPosition({node})")  # type: ignore[attr-defined]
    page.mouse.move(pos["x"], pos["y"])  # type: ignore[attr-defined]
    page.wait_for_timeout(400)  # type: ignore[attr-defined]  # the tooltip shows
    page.mouse.click(pos["x"], pos["y"])  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == XSS_NAME_A  # type: ignore[attr-defined]
    for literal in (XSS_SVG, XSS_BREAKOUT, XSS_NAME_B, XSS_SENTENCE):
        assert literal in text
    assert XSS_IMG in text  # the article's headline, as text
    screenshot(page, f"xss-panel-{'csp' if csp else 'no-csp'}.png")
    # the tie's own panel, opened by clicking the middle of the edge
    other = page.evaluate(f"kgraphView.domPosition(kgraphView.idOf('{XSS_CITY_B}'))")  # type: ignore[attr-defined]
    page.mouse.click((pos["x"] + other["x"]) / 2, (pos["y"] + other["y"]) / 2)  # type: ignore[attr-defined]
    heading = page.locator("#kg-panel h2").text_content()  # type: ignore[attr-defined]
    assert heading in (f"{XSS_NAME_A} — {XSS_NAME_B}", f"{XSS_NAME_B} — {XSS_NAME_A}")
    assert XSS_SENTENCE in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    # the other panels: the event, the other city (javascript: URL), and the search results
    for iri in (XSS_EVENT, XSS_CITY_B):
        page.evaluate(f"kgraphView.select(kgraphView.idOf('{iri}'))")  # type: ignore[attr-defined]
    assert "javascript:window.__xss=1" in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    page.fill("#kg-search", "<img")  # type: ignore[attr-defined]
    assert XSS_NAME_B in page.locator("#kg-results").text_content()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == XSS_IMG  # type: ignore[attr-defined]
    for anchor in page.locator("a").all():  # type: ignore[attr-defined]
        assert anchor.get_attribute("href").startswith(("http://", "https://"))
    page.locator("#kg-panel span", has_text="javascript:").first.click()  # type: ignore[attr-defined]
    page.wait_for_timeout(200)  # type: ignore[attr-defined]
    assert page.evaluate("typeof window.__xss") == "undefined"  # type: ignore[attr-defined]
    assert v.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, iframe, [onload], [onerror]').length") == 0  # type: ignore[attr-defined]
    assert page.evaluate("document.scripts.length") == 3  # type: ignore[attr-defined]
    assert v.requests == [v.url]  # an injected <img src=x> would have asked for file:///…/x
    assert v.errors == []
    page.context.close()  # type: ignore[attr-defined]
