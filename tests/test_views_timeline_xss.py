"""The timeline shows hostile names, sentences and links as text and runs none of them: vis-timeline
gets DOM elements built with textContent, never HTML strings."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kgraph import KnowledgeGraph
from kgraph.views import render
from kgraph.vocab import KG, minted

from conftest_views import (
    XSS_ARTICLE,
    XSS_BREAKOUT,
    XSS_CITY_A,
    XSS_CITY_B,
    XSS_EVENT,
    XSS_EVENT_NAME,
    XSS_IMG,
    XSS_NAME_B,
    XSS_SCRIPT,
    XSS_SENTENCE,
    XSS_SVG,
    assert_inert,
    browser,
    hostile_graph,
    open_view,
    step_triples,
    xss_triples,
)

__all__ = ["browser"]


@pytest.fixture(scope="module")
def hostile_timeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xss-tl") / "hostile-timeline.html"
    render(hostile_graph(), out, view="timeline", city=str(XSS_CITY_A))
    return out


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "page-code-alone"])
def test_timeline_runs_nothing(browser: object, hostile_timeline: Path, csp: bool) -> None:
    v = open_view(browser, hostile_timeline, "!!(window.kgraphTimeline && kgraphTimeline.drawn)", csp=csp)
    page = v.page
    contents = page.locator(".vis-item-content").all_text_contents()  # type: ignore[attr-defined]
    assert any(XSS_NAME_B in c for c in contents) and any(XSS_EVENT_NAME[:20] in c for c in contents)
    page.locator(".vis-item-content", has_text=XSS_NAME_B[:6]).first.click()  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert XSS_SENTENCE in text and XSS_IMG in text and "javascript:window.__xss=1" in text
    page.evaluate(f"kgraphTimeline.open(kgraphTimeline.itemOf('{XSS_EVENT}'))")  # type: ignore[attr-defined]
    assert page.locator("#kg-panel h2").text_content() == XSS_EVENT_NAME  # type: ignore[attr-defined]
    page.locator(".kg-undated button").first.click()  # type: ignore[attr-defined]  # the undated article
    assert page.locator("#kg-panel h2").text_content() == XSS_IMG  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    page.evaluate(f"kgraphTimeline.open(kgraphTimeline.itemOf('{XSS_CITY_B}'))")  # type: ignore[attr-defined]
    assert XSS_IMG in page.locator("#kg-panel h2").text_content()  # type: ignore[attr-defined]  # B's English name
    assert XSS_SVG in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]  # A's, in the tie line
    page.locator("#kg-panel span", has_text="javascript:").first.click()  # type: ignore[attr-defined]
    page.wait_for_timeout(150)  # type: ignore[attr-defined]
    assert_inert(v, scripts=5)  # 2 data blocks + vis-timeline, common, timeline
    page.context.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def hostile_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile graph with a history on its tie: a dated upgrade whose evidence is the hostile
    sentence, and a step whose date, reported date and kind are injection attempts."""
    tie = minted("tie", "xss")
    bad = URIRef(f"{tie}/step/bad")
    steps = step_triples(tie, XSS_ARTICLE, "xss-up", "Upgrade", tie_type=KG.SisterCity, date="2010",
                         reported="2011-01-02", sentence=XSS_SENTENCE)
    steps += step_triples(tie, XSS_ARTICLE, "bad", "Anniversary", sentence=XSS_BREAKOUT)
    steps += [(bad, KG.stepDate, Literal(XSS_SCRIPT)), (bad, KG.reportedOn, Literal(XSS_IMG)),
              (bad, KG.stepKind, URIRef("https://w3id.org/kgraph/ns#%3Cimg%20src=x%3E")),
              (bad, KG.anniversaryYears, Literal(XSS_SVG))]
    kg = KnowledgeGraph.memory(shipped=False)
    kg.replace_graph(XSS_ARTICLE, xss_triples() + steps)  # type: ignore[arg-type]
    out = tmp_path_factory.mktemp("xss-tl-history") / "hostile-history.html"
    render(kg, out, view="timeline", city=str(XSS_CITY_A))
    return out


@pytest.mark.browser
@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "page-code-alone"])
def test_timeline_steps_run_nothing(browser: object, hostile_history: Path, csp: bool) -> None:
    v = open_view(browser, hostile_history, "!!(window.kgraphTimeline && kgraphTimeline.drawn)", csp=csp)
    page = v.page
    page.locator(".vis-point.kg-history").first.click()  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert XSS_SENTENCE in text and XSS_IMG in text  # the sentence and its article's headline, as text
    assert page.locator("#kg-panel .kg-chain li").count() == 2  # type: ignore[attr-defined]
    page.locator(".kg-undated button", has_text=XSS_NAME_B[:6]).first.click()  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert XSS_BREAKOUT in text and XSS_SCRIPT in text  # its hostile date and sentence, as text
    page.locator("#kg-panel .kg-chain button").first.click()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    page.wait_for_timeout(150)  # type: ignore[attr-defined]
    assert_inert(v, scripts=5)
    page.context.close()  # type: ignore[attr-defined]
