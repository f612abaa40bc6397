"""The timeline view: a city's ties, their dated steps, its events and articles, each with its source."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.views import render
from kgraph.views.index import GraphIndex
from kgraph.views.timelinedata import build_timeline_data

from conftest_views import (
    ARTICLE,
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
READY = "!!(window.kgraphTimeline && kgraphTimeline.drawn)"
LIAOCHENG = "https://w3id.org/kgraph/id/city/cn/liaocheng"


@pytest.fixture(scope="module")
def data() -> dict:
    index = GraphIndex.from_quads(shipped_with_article().backend.quads())
    return build_timeline_data(index, str(GM), lang="ko")


def test_ties_events_and_articles_of_the_city(data: dict) -> None:
    items = data["items"]
    tie = next(i for i in items if i["g"] == "ties" and i["other"] == str(OSNA))
    assert tie["start"] == "1997-01-01" and tie["tie"] == "sister" and tie["src"] == "both"
    assert SENTENCE_TIE in {data["evidence"][e][0] for e in tie["ev"]}
    forum = next(i for i in items if i["g"] == "events" and i["other"] == str(FORUM))
    assert forum["start"] == "2024-10-29" and forum["text"] == "2024-10-29"
    assert SENTENCE_FORUM in {data["evidence"][e][0] for e in forum["ev"]}
    article = next(i for i in items if i["g"] == "articles" and i["other"] == str(ARTICLE))
    assert article["start"] == "2024-10-30" and data["articles"][article["art"]][1] == "데일리뉴스"
    partners = {i["other"] for i in items if i["g"] == "ties"}
    assert len(partners) == data["meta"]["counts"]["ties"] >= 8


def test_a_tie_dated_differently_by_its_sources_shows_each_step(data: dict) -> None:
    steps = [i for i in data["items"] if i["g"] == "steps" and i["other"] == LIAOCHENG]
    assert len(steps) >= 2 and len({s["start"] for s in steps}) >= 2  # 2003 and 2005 in the shipped graph
    assert all(s["ev"] == steps[0]["ev"] for s in steps)
    assert all(i["g"] != "steps" for i in data["items"] if i["other"] == str(OSNA))  # one date: no steps


def test_undated_items_are_counted_not_dropped(data: dict) -> None:
    undated = [i for i in data["items"] if i["start"] is None]
    assert data["meta"]["counts"]["undated"] == len(undated)


@pytest.fixture(scope="module")
def timeline_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tl") / "gm-timeline.html"
    render(shipped_with_article(), out, city="광명시", view="timeline")
    return out


@pytest.mark.browser
def test_timeline_draws_offline_and_opens_sources(browser: object, timeline_page: Path) -> None:
    v = open_view(browser, timeline_page, READY)
    page = v.page
    count = page.evaluate("kgraphTimeline.itemCount")  # type: ignore[attr-defined]
    assert page.locator(".vis-item-content").count() == count > 10  # type: ignore[attr-defined]
    tie = page.evaluate(f"kgraphTimeline.itemOf('{OSNA}', 'ties')")  # type: ignore[attr-defined]
    box = page.locator(".vis-item.kg-tie-sister", has_text="오스나브뤼크").first  # type: ignore[attr-defined]
    assert "1997" in box.text_content() and "목록과 기사 모두" in box.text_content()  # the item shows its source
    box.click()  # type: ignore[attr-defined]
    assert page.evaluate("kgraphTimeline.selected") == tie  # type: ignore[attr-defined]
    text = page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    assert SENTENCE_TIE in text and "데일리뉴스" in text
    # keyboard: the list beside the axis reaches every item
    page.locator("#kg-tl-list button", has_text="국제포럼").first.focus()  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert "국제포럼" in page.locator("#kg-panel h2").text_content()  # type: ignore[attr-defined]
    shown = page.evaluate("kgraphTimeline.shownItems")  # type: ignore[attr-defined]
    page.uncheck('input[data-filter="groups"][value="articles"]')  # type: ignore[attr-defined]
    assert page.evaluate("kgraphTimeline.shownItems") < shown  # type: ignore[attr-defined]
    page.check('input[data-filter="groups"][value="articles"]')  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    page.click("#kg-tl-fit")  # type: ignore[attr-defined]  # the list's Enter focused the axis on the forum
    page.wait_for_timeout(600)  # type: ignore[attr-defined]  # the fit animates
    shot = screenshot(page, "timeline-ko.png")
    docs_picture(shot, "timeline-ko.png")
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.title() == "Gwangmyeong: timeline of cooperation"  # type: ignore[attr-defined]
    page.locator(".vis-item-content", has_text="Liaocheng").first.wait_for()  # type: ignore[attr-defined]
    assert page.locator(".vis-label", has_text="Ties").count() == 1  # type: ignore[attr-defined]
    page.locator(".vis-item.kg-step").first.click()  # type: ignore[attr-defined]
    assert "Tie history" in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    shot = screenshot(page, "timeline-en.png")
    docs_picture(shot, "timeline-en.png")
    assert v.requests == [v.url], "the timeline must request nothing but itself"
    assert v.errors == []
    page.context.close()  # type: ignore[attr-defined]


def test_cli_render_timeline(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "tl.html"
    result = cli("render", "--timeline", "--city", "Gwangmyeong", "--lang", "en", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}: timeline, ") and " ties" in result.output
    missing = cli("render", "--timeline", "-o", str(out))
    assert missing.exit_code == 2 and "--city" in missing.output
