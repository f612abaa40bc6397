"""The query page of ``kgraph serve`` in headless Chromium: YASGUI runs a named query, nothing leaves 127.0.0.1."""
from __future__ import annotations

import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from _live import Live, free_port, kgraph_serve
from conftest_views import browser

pytestmark = pytest.mark.browser
__all__ = ["browser"]  # the fixture, imported for this module's tests


@pytest.fixture(scope="module")
def server(shipped_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    live = kgraph_serve(shipped_store, port=free_port(), log=tmp_path_factory.mktemp("serve-page") / "log.txt")
    yield live
    live.stop()


def poll(page: object, expression: str, *, timeout: float = 30.0) -> object:
    """Evaluate ``expression`` until it is truthy (no ``wait_for_function``: the CSP forbids eval)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(expression)  # type: ignore[attr-defined]
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"{expression} stayed false for {timeout:g} s")


def test_the_query_page_runs_a_named_query_and_talks_only_to_the_server(browser: object, server: Live) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    sparql_posts: list[str] = []
    page.on("request", lambda r: sparql_posts.append(r.post_data or "") if r.url.endswith("/sparql") else None)
    try:
        page.goto(server.url + "/")
        poll(page, "document.querySelector('.yasqe .CodeMirror') !== null")
        page.click("button.example[data-name='partners']")
        poll(page, "document.querySelector('.yasr .dataTable tbody tr') !== null")
        table = page.inner_text(".yasr .dataTable")
        assert "Osnabrück" in table and "Austin" in table
        assert any("partnerOf" in urllib.parse.unquote_plus(p) for p in sparql_posts)
        page.click("button.example[data-name='ties-per-country']")
        poll(page, "document.querySelector('.yasr .dataTable') !== null"
                   " && document.querySelector('.yasr .dataTable').innerText.includes('friendship')")
        assert "KR" in page.inner_text(".yasr .dataTable")
    finally:
        context.close()
    assert requests, "the page made no request"
    outside = [u for u in requests if urllib.parse.urlsplit(u).hostname != "127.0.0.1"]
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert errors == [], "\n".join(errors + requests)
