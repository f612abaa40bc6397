"""The history of a tie on the timeline (kgraph.views.timelinehistory): its kg:PartnershipStep nodes,
one item each, with kind, date, labels in both languages, source article and evidence sentence."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kgraph.views import render
from kgraph.views.dossier import dossier
from kgraph.views.index import GraphIndex
from kgraph.views.timelinedata import build_timeline_data

from conftest_views import (
    EASTBROOK,
    HANBIT,
    HB_HEADLINE_2013,
    HB_HEADLINE_2023,
    HB_SENTENCE_AGAIN,
    HB_SENTENCE_ANNIVERSARY,
    HB_SENTENCE_UPGRADE,
    NORDSTAD,
    browser,
    docs_picture,
    history_graph,
    history_graphs,
    open_view,
    screenshot,
)

__all__ = ["browser"]
READY = "!!(window.kgraphTimeline && kgraphTimeline.drawn)"


def _data(*, steps: bool = True, lang: str = "ko") -> dict:
    quads = [(s, p, o, g) for g, triples in history_graphs(steps=steps).items() for s, p, o in triples]
    return build_timeline_data(GraphIndex.from_quads(quads), str(HANBIT), lang=lang)  # type: ignore[arg-type]


def _history(data: dict, partner: object) -> list[dict]:
    return [i for i in data["items"] if i["step"] == "history" and i["other"] == str(partner)]


def test_each_step_of_the_tie_is_an_item_with_kind_date_and_labels() -> None:
    steps = _history(_data(), EASTBROOK)
    assert [(s["hist"]["kind"], s["hist"]["type"]) for s in steps] == [
        ("Signing", "other"), ("Signing", "friendship"), ("Upgrade", "sister"), ("Anniversary", "sister")]
    assert all(s["g"] == "steps" for s in steps)
    assert [s["start"] for s in steps] == ["2005-01-01", "2008-01-01", "2013-01-01", "2023-05-02"]
    assert [s["text"] for s in steps] == ["2005", "2008", "2013", "2023-05-02"]
    assert [s["hist"]["ko"] for s in steps] == ["MOU 체결", "우호결연 체결", "자매결연으로 격상", "자매결연 10주년"]
    assert [s["hist"]["en"] for s in steps] == ["MOU signed", "friendship tie signed", "upgraded to sister-city tie",
                                               "sister-city tie: 10th anniversary"]
    assert [s["hist"]["short_ko"] for s in steps] == ["MOU", "우호", "자매", "결연 10주년"]
    assert steps[3]["hist"]["n"] == 10
    assert steps[3]["hist"]["date"] is None and steps[3]["hist"]["rep"] == "2023-05-02"  # placed where it was reported


def test_each_step_carries_its_source_and_sentence() -> None:
    data = _data()
    steps = _history(data, EASTBROOK)
    sentences = [{data["evidence"][e][0] for e in s["ev"]} for s in steps]
    headlines = [data["articles"][s["art"]][0] for s in steps]
    assert sentences[0] == sentences[1] == {HB_SENTENCE_UPGRADE}
    assert headlines[:3] == [HB_HEADLINE_2013] * 3 and headlines[3] == HB_HEADLINE_2023
    # the upgrade reported by two articles is one item with both sentences, reported first in 2013
    assert sentences[2] == {HB_SENTENCE_UPGRADE, HB_SENTENCE_AGAIN} and steps[2]["hist"]["rep"] == "2013-06-01"
    assert sentences[3] == {HB_SENTENCE_ANNIVERSARY}
    assert all(s["src"] == "news" for s in steps)
    for e in steps[2]["ev"]:  # each sentence names its article
        assert data["articles"][data["evidence"][e][1]][0] in (HB_HEADLINE_2013, HB_HEADLINE_2023)


def test_the_tie_and_its_steps_share_the_chain_of_its_history() -> None:
    data = _data()
    steps = _history(data, EASTBROOK)
    tie = next(i for i in data["items"] if i["g"] == "ties" and i["other"] == str(EASTBROOK))
    assert tie["chain"] == [s["id"] for s in steps] and all(s["chain"] == tie["chain"] for s in steps)
    assert data["meta"]["counts"]["steps"] == 4 and "steps" in data["groups"]


def test_a_tie_without_steps_shows_none_and_nothing_changes() -> None:
    data, plain = _data(), _data(steps=False)
    nord = [i for i in data["items"] if i["other"] == str(NORDSTAD)]
    assert [i["g"] for i in nord] == ["ties"] and nord[0]["chain"] == [] and nord[0]["hist"] is None
    assert _history(plain, EASTBROOK) == [] and "steps" not in plain["groups"]

    def ties(d: dict) -> dict:
        return {i["other"]: {k: v for k, v in i.items() if k not in ("id", "chain")} for i in d["items"]
                if i["g"] == "ties"}

    assert ties(plain) == ties(data)  # the ties' own items are the same with or without a history


def test_the_dossier_timeline_holds_the_steps() -> None:
    html = dossier(history_graph(), str(HANBIT), lang="en").html
    block = re.search(r'<script type="application/json" id="kg-timeline-data">(.*?)</script>', html, re.DOTALL)
    assert block is not None
    items = json.loads(block.group(1))["items"]
    assert [i["hist"]["en"] for i in items if i["step"] == "history"][2] == "upgraded to sister-city tie"


@pytest.fixture(scope="module")
def history_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tl-history") / "hanbit-timeline.html"
    render(history_graph(), out, city=str(HANBIT), view="timeline")
    return out


@pytest.mark.browser
def test_steps_are_drawn_and_open_their_evidence(browser: object, history_page: Path) -> None:
    v = open_view(browser, history_page, READY, width=1600)
    page = v.page
    drawn = page.locator(".vis-item.vis-point.kg-history")  # type: ignore[attr-defined]  # (a point's dot has the class too)

    def step(label: str) -> object:  # the item whose own label (not its source's headline) says ``label``
        return drawn.filter(has=page.locator(".kg-label", has_text=label)).first  # type: ignore[attr-defined]

    assert drawn.count() == 4
    assert "2005" in step("MOU 체결").text_content()  # type: ignore[attr-defined]
    upgrade = step("자매결연으로 격상")
    assert HB_HEADLINE_2013 in upgrade.text_content()  # type: ignore[attr-defined]  # the item shows its source
    upgrade.click()  # type: ignore[attr-defined]
    panel = page.locator("#kg-panel")  # type: ignore[attr-defined]
    assert "자매결연으로 격상" in page.locator("#kg-panel h2").text_content()  # type: ignore[attr-defined]
    text = panel.text_content()
    assert HB_SENTENCE_UPGRADE in text and HB_SENTENCE_AGAIN in text and HB_HEADLINE_2013 in text
    chain = page.locator("#kg-panel .kg-chain li").all_text_contents()  # type: ignore[attr-defined]
    assert chain == ["MOU 2005", "우호 2008", "자매 2013", "결연 10주년"]
    assert "2023-05-02 보도" in step("10주년").text_content()  # type: ignore[attr-defined]  # no date of its own: where it was reported
    page.evaluate("kgraphTimeline.timeline.setWindow('1996-01-01', '2060-01-01', {animation: false})")  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]  # (the picture: every step left of the open panel)
    shot = screenshot(page, "timeline-history-ko.png")
    docs_picture(shot, "timeline-history-ko.png")
    # the chain's buttons and the list reach every step by keyboard
    page.locator("#kg-panel .kg-chain button", has_text="우호 2008").focus()  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert "우호결연 체결" in page.locator("#kg-panel h2").text_content()  # type: ignore[attr-defined]
    page.locator("#kg-tl-list button", has_text="10주년").first.focus()  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert HB_SENTENCE_ANNIVERSARY in panel.text_content()
    assert HB_HEADLINE_2023 in panel.text_content()
    page.locator("#kg-tl-list button", has_text="이스트브룩 · 자매도시").focus()  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]  # the tie itself lists its history too
    assert page.locator("#kg-panel .kg-chain button").count() == 4  # type: ignore[attr-defined]
    page.locator("#kg-panel .kg-chain button", has_text="10주년").click()  # type: ignore[attr-defined]
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert "sister-city tie: 10th anniversary" in page.locator("#kg-panel h2").text_content()  # type: ignore[attr-defined]
    page.locator(".vis-point.kg-history", has_text="upgraded to sister-city tie").first.wait_for()  # type: ignore[attr-defined]
    screenshot(page, "timeline-history-en.png")
    assert shot.exists()
    assert v.requests == [v.url], "the timeline must request nothing but itself"
    assert v.errors == []
    page.context.close()  # type: ignore[attr-defined]
