"""``kgraph dossier``: one city's printable page, checked as data, as HTML, in Chromium and as a PDF."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from kgraph.views.dossier import article_entries, dossier, ego_svg, partner_rows
from kgraph.views.index import GraphIndex
from kgraph.vocab import KG, KGR

from conftest_views import (
    ARTICLE_URL,
    GM,
    HEADLINE,
    OSNA,
    SENTENCE_TIE,
    TIE,
    browser,
    docs_picture,
    open_view,
    screenshot,
    shipped_with_article,
)

__all__ = ["browser"]
READY = "!!(window.kgraphMap && kgraphMap.drawn && window.kgraphTimeline && kgraphTimeline.drawn)"


@pytest.fixture(scope="module")
def kg():  # type: ignore[no-untyped-def]
    graph = shipped_with_article()
    # a registry check as issue 10 records it: the status sits on the tie
    graph.replace_graph(KGR["graph/check"], [(TIE, KG.registryStatus, KG.Confirmed)])
    return graph


@pytest.fixture(scope="module")
def index(kg) -> GraphIndex:  # type: ignore[no-untyped-def]
    return GraphIndex.from_quads(kg.backend.quads())


def test_partner_rows_carry_type_since_status_and_sources(index: GraphIndex) -> None:
    rows = partner_rows(index, str(GM), "ko")
    osna = next(r for r in rows if r.en == "Osnabrück")
    assert (osna.ko, osna.country, osna.ties, osna.since) == ("오스나브뤼크", "DE", ["sister"], ["1997"])
    assert osna.status == ["confirmed"] and osna.evidence >= 1
    assert HEADLINE in [s.text for s in osna.sources]  # the article that states it, by its headline
    assert all(s.href is None or s.href.startswith(("http://", "https://")) for r in rows for s in r.sources)
    years = [r.since[0] for r in rows if r.since]
    assert years == sorted(years)  # earliest first
    assert len(rows) == sum(1 for e in index.edges.values() if e.kind == "tie" and str(GM) in (e.a, e.b))


def test_every_article_with_its_quoted_sentences(index: GraphIndex) -> None:
    entries = article_entries(index, str(GM))
    ours = next(e for e in entries if e.headline == HEADLINE)
    assert ours.url == ARTICLE_URL and ours.publisher == "데일리뉴스" and ours.date == "2024-10-30"
    assert SENTENCE_TIE in ours.sentences
    third_party = [e for e in entries if e.headline != HEADLINE]
    assert third_party and all(e.positions and not e.sentences for e in third_party)  # text not carried


def test_ego_drawing_puts_partners_on_the_outer_ring(index: GraphIndex) -> None:
    drawing = ego_svg(index, str(GM), "en")
    assert drawing["partners"] == len(partner_rows(index, str(GM), "en"))
    labels = {n["en"] for n in drawing["nodes"]}
    assert {"Gwangmyeong", "Osnabrück", "Austin"} <= labels
    assert len(drawing["lines"]) == len(drawing["nodes"]) - 1


def test_the_page_is_self_contained_and_escaped(kg) -> None:  # type: ignore[no-untyped-def]
    view = dossier(kg, "Gwangmyeong", lang="en")
    html = view.html
    assert view.title == "Gwangmyeong: city dossier" and view.kind == "dossier"
    assert "<script src" not in html and "<link" not in html
    assert html.count("<script>") == 7  # d3-array, d3-geo, topojson, vis-timeline, common, map, timeline
    assert SENTENCE_TIE in html and "confirmed" in html
    assert f'href="{ARTICLE_URL.replace("&", "&amp;")}"' in html  # the URL, escaped in the attribute


def test_cli_dossier(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "gm.html"
    result = cli("dossier", "광명시", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}: dossier, ") and " partners" in result.output
    assert "광명시 도시 자료" in out.read_text(encoding="utf-8")
    ambiguous = cli("dossier", "광주", "-o", str(tmp_path / "g.html"))
    assert ambiguous.exit_code == 2 and "gwangju-gyeonggi" in ambiguous.output
    bad = cli("dossier", "광명시", "-o", str(tmp_path / "gm.pdf"))
    assert bad.exit_code == 1 and ".html" in bad.output


@pytest.mark.browser
def test_dossier_draws_prints_and_switches_language(browser: object, kg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pypdf = pytest.importorskip("pypdf", reason="needs pypdf (pip install -e '.[test]')")
    path = tmp_path / "gm-dossier.html"
    dossier(kg, "광명시", path)
    v = open_view(browser, path, READY, width=1100, height=900)
    page = v.page
    assert page.locator("#partners tbody tr").count() >= 8  # type: ignore[attr-defined]
    assert page.locator("#kg-map circle.city").count() >= 8  # type: ignore[attr-defined]
    assert page.locator("#kg-timeline .vis-item-content").count() >= 8  # type: ignore[attr-defined]
    # the map inside the dossier opens the evidence panel too
    osna = page.evaluate(f"kgraphMap.idOf('{OSNA}')")  # type: ignore[attr-defined]
    page.evaluate(f"kgraphMap.openTie(kgraphMap.tieBetween(kgraphMap.idOf('{GM}'), {osna}))")  # type: ignore[attr-defined]
    assert SENTENCE_TIE in page.locator("#kg-panel").text_content()  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    shot = screenshot(page, "dossier-ko.png")
    docs_picture(shot, "dossier-ko.png")
    pdf = page.pdf(format="A4", print_background=True)  # type: ignore[attr-defined]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    text = "\n".join(p.extract_text() for p in (reader.pages[0], *reader.pages[-2:]))  # the table; the articles
    flat = "".join(text.split())
    for expected in ("광명시도시자료", "오스나브뤼크", "Osnabrück", "".join(SENTENCE_TIE.split()), "".join(HEADLINE.split())):
        assert expected in flat, expected
    assert "닫기" not in flat  # the panel and the controls are not printed
    page.check('input[name="kg-lang"][value="en"]')  # type: ignore[attr-defined]
    assert page.title() == "Gwangmyeong: city dossier"  # type: ignore[attr-defined]
    assert page.locator("#partners th").first.text_content() == "Partner"  # type: ignore[attr-defined]
    assert "Osnabrück" in page.locator("#partners tbody tr").first.text_content()  # type: ignore[attr-defined]
    shot = screenshot(page, "dossier-en.png")
    docs_picture(shot, "dossier-en.png")
    assert v.requests == [v.url], "the dossier must request nothing but itself"
    assert v.errors == []
    page.context.close()  # type: ignore[attr-defined]
