"""Shared helpers for the graph-view tests: a small article graph, a hostile graph, a real browser.

Imported by the ``test_views_*`` modules (pytest does not load this file by itself).
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kgraph import KnowledgeGraph
from kgraph.vocab import KG, KGR, SCHEMA, Registry, article_iri, city_iri, minted, partnership_iri

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
OUTPUT = Path(__file__).resolve().parent / "output"

Triple = tuple[URIRef, URIRef, object]

# --- a small article graph, written with the vocabulary's terms ------------------------------------
ARTICLE_URL = "https://news.example.org/gm/forum-2024?id=7&lang=ko"
ARTICLE = article_iri(ARTICLE_URL)
GM = city_iri("KR", "Gwangmyeong")
OSNA = city_iri("DE", "Osnabrück")
AUSTIN = city_iri("US", "Austin")
FORUM = minted("event", "test", "carbon-forum-2024")
VENUE = minted("place", "test", "ivex-studio")
MAYOR = minted("person", "test", "park-seungwon")
PUBLISHER = minted("org", "test", "daily-news")
TIE = minted("tie", "test", "gm-osna")
HEADLINE = "광명시, 탄소중립 국제포럼에 해외 자매도시 초청"
SENTENCE_TIE = "광명시는 1997년 독일 오스나브뤼크시와 자매결연을 맺은 뒤 교류를 이어 왔다."
SENTENCE_FORUM = "포럼에는 오스나브뤼크시와 오스틴시 대표단 등 500여 명이 참석했다."


def evidence(key: str, s: URIRef, p: URIRef, o: object, sentence: str, start: int) -> list[Triple]:
    """A kg:Evidence node for one fact, derived from the test article."""
    ev = minted("evidence", "test", key)
    return [(ev, RDF.type, KG.Evidence), (ev, RDF.subject, s), (ev, RDF.predicate, p), (ev, RDF.object, o),  # type: ignore[list-item]
            (ev, KG.sentence, Literal(sentence)), (ev, KG.charStart, Literal(start)),
            (ev, KG.charEnd, Literal(start + len(sentence))), (ev, PROV.wasDerivedFrom, ARTICLE)]


def article_triples() -> list[Triple]:
    """An article about the 2024 forum: a tie, an event with attendees, a person, evidence sentences."""
    t: list[Triple] = [
        (ARTICLE, RDF.type, SCHEMA.NewsArticle), (ARTICLE, SCHEMA.headline, Literal(HEADLINE, lang="ko")),
        (ARTICLE, SCHEMA.url, Literal(ARTICLE_URL)), (ARTICLE, SCHEMA.publisher, PUBLISHER),
        (ARTICLE, SCHEMA.datePublished, Literal("2024-10-30", datatype=XSD.date)),
        (PUBLISHER, RDF.type, SCHEMA.Organization), (PUBLISHER, RDFS.label, Literal("데일리뉴스", lang="ko")),
        (FORUM, RDF.type, SCHEMA.Event), (FORUM, SCHEMA.name, Literal("2024 광명시 탄소중립 국제포럼", lang="ko")),
        (FORUM, SCHEMA.name, Literal("2024 Gwangmyeong Carbon Neutrality Forum", lang="en")),
        (FORUM, SCHEMA.startDate, Literal("2024-10-29", datatype=XSD.date)), (FORUM, SCHEMA.location, VENUE),
        (FORUM, SCHEMA.organizer, GM), (FORUM, SCHEMA.attendee, OSNA), (FORUM, SCHEMA.attendee, AUSTIN),
        (FORUM, SCHEMA.attendee, MAYOR), (FORUM, KG.attendeeCount, Literal(500)),
        (VENUE, RDF.type, SCHEMA.Place), (VENUE, SCHEMA.name, Literal("아이벡스 스튜디오", lang="ko")),
        (VENUE, SCHEMA.containedInPlace, GM),
        (MAYOR, RDF.type, SCHEMA.Person), (MAYOR, SCHEMA.name, Literal("박승원", lang="ko")),
        (MAYOR, SCHEMA.jobTitle, Literal("시장", lang="ko")), (MAYOR, SCHEMA.worksFor, GM),
        (TIE, RDF.type, KG.Partnership), (TIE, KG.partner, GM), (TIE, KG.partner, OSNA),
        (TIE, KG.partnershipType, KG.SisterCity), (TIE, PROV.wasDerivedFrom, ARTICLE),
        (GM, KG.sisterCityOf, OSNA), (OSNA, KG.sisterCityOf, GM), (GM, KG.partnerOf, OSNA), (OSNA, KG.partnerOf, GM),
    ]
    t += [(ARTICLE, SCHEMA.mentions, x) for x in (GM, OSNA, AUSTIN, FORUM, VENUE, MAYOR)]
    t += evidence("tie", GM, KG.sisterCityOf, OSNA, SENTENCE_TIE, 40)
    t += evidence("attend", FORUM, SCHEMA.attendee, OSNA, SENTENCE_FORUM, 120)
    t += evidence("count", FORUM, KG.attendeeCount, Literal(500), SENTENCE_FORUM, 120)
    return t


def shipped_with_article() -> KnowledgeGraph:
    """The shipped graph plus the test article in its own named graph."""
    kg = KnowledgeGraph.memory()
    kg.replace_graph(ARTICLE, article_triples())  # type: ignore[arg-type]
    return kg


# --- a tie with a history: MOU → friendship → sister, then an anniversary (invented cities, articles) --
HANBIT = city_iri("KR", "Hanbit-test")
EASTBROOK = city_iri("DE", "Eastbrook-test")
NORDSTAD = city_iri("SE", "Nordstad-test")
HB_TIE = partnership_iri(HANBIT, EASTBROOK)
HB_ART_2013 = article_iri("https://news.example.org/hanbit/2013-sister")
HB_ART_2023 = article_iri("https://news.example.org/hanbit/2023-anniversary")
HB_HEADLINE_2013 = "한빛시, 이스트브룩과 자매결연으로 격상"
HB_HEADLINE_2023 = "한빛시·이스트브룩 자매결연 10주년 기념식"
HB_SENTENCE_UPGRADE = "한빛시와 이스트브룩은 2005년 MOU를 맺고 2008년 우호결연을 거쳐 2013년 자매결연으로 관계를 격상했다."
HB_SENTENCE_AGAIN = "두 도시는 2013년 자매결연으로 격상한 뒤 청소년 교류를 넓혀 왔다."
HB_SENTENCE_ANNIVERSARY = "한빛시는 이스트브룩과의 자매결연 10주년을 맞아 시청에서 기념식을 열었다."


def step_triples(tie: URIRef, article: URIRef, key: str, kind: str, *, sentence: str, tie_type: URIRef | None = None,
                 date: str | None = None, reported: str | None = None, years: int | None = None) -> list[Triple]:
    """A kg:PartnershipStep as the extractor writes it, with the evidence of its kind."""
    step = URIRef(f"{tie}/step/{key}")
    t: list[Triple] = [(step, RDF.type, KG.PartnershipStep), (step, KG.stepOf, tie), (step, KG.stepKind, KG[kind]),
                       (step, PROV.wasDerivedFrom, article)]
    if tie_type is not None:
        t.append((step, KG.partnershipType, tie_type))
    if date is not None:
        t.append((step, KG.stepDate, Literal(date, datatype=XSD.gYear if len(date) == 4 else XSD.date)))
    if reported is not None:
        t.append((step, KG.reportedOn, Literal(reported, datatype=XSD.date)))
    if years is not None:
        t.append((step, KG.anniversaryYears, Literal(years)))
    ev = minted("evidence", "step", key)
    t += [(ev, RDF.type, KG.Evidence), (ev, RDF.subject, step), (ev, RDF.predicate, KG.stepKind),
          (ev, RDF.object, KG[kind]), (ev, KG.sentence, Literal(sentence, lang="ko")), (ev, KG.charStart, Literal(0)),
          (ev, KG.charEnd, Literal(len(sentence))), (ev, PROV.wasDerivedFrom, article)]
    return t


def history_graphs(*, steps: bool = True) -> dict[URIRef, list[Triple]]:
    """Three invented cities: 한빛시 (KR) with 이스트브룩 (MOU 2005, friendship 2008, sister 2013, a
    10th anniversary reported in 2023, the upgrade reported twice) and 노르드슈타트 (a registry tie
    since 1999, no history); by named graph. ``steps=False``: the same graph without the steps."""
    names = {HANBIT: ("한빛시", "Hanbit"), EASTBROOK: ("이스트브룩", "Eastbrook"), NORDSTAD: ("노르드슈타트", "Nordstad")}
    gaz: list[Triple] = []
    for city, (ko, en) in names.items():
        gaz += [(city, RDF.type, SCHEMA.City), (city, RDFS.label, Literal(ko, lang="ko")),
                (city, RDFS.label, Literal(en, lang="en"))]
    nord = partnership_iri(HANBIT, NORDSTAD)
    registry = [(nord, RDF.type, KG.Partnership), (nord, KG.partner, HANBIT), (nord, KG.partner, NORDSTAD),
                (nord, KG.partnershipType, KG.SisterCity), (nord, KG.since, Literal("1999", datatype=XSD.gYear)),
                (HANBIT, KG.sisterCityOf, NORDSTAD)]
    graphs: dict[URIRef, list[Triple]] = {KGR["graph/test-gazetteer"]: gaz, Registry: registry}
    for art, url, headline, day in ((HB_ART_2013, "https://news.example.org/hanbit/2013-sister", HB_HEADLINE_2013, "2013-06-01"),
                                    (HB_ART_2023, "https://news.example.org/hanbit/2023-anniversary", HB_HEADLINE_2023, "2023-05-02")):
        graphs[art] = [(art, RDF.type, SCHEMA.NewsArticle), (art, SCHEMA.headline, Literal(headline, lang="ko")),
                       (art, SCHEMA.url, Literal(url)), (art, SCHEMA.datePublished, Literal(day, datatype=XSD.date)),
                       (art, SCHEMA.mentions, HANBIT), (art, SCHEMA.mentions, EASTBROOK),
                       (HB_TIE, RDF.type, KG.Partnership), (HB_TIE, KG.partner, HANBIT), (HB_TIE, KG.partner, EASTBROOK),
                       (HB_TIE, KG.partnershipType, KG.SisterCity), (HB_TIE, PROV.wasDerivedFrom, art),
                       (HANBIT, KG.sisterCityOf, EASTBROOK)]
    graphs[HB_ART_2013].append((HB_TIE, KG.since, Literal("2013", datatype=XSD.gYear)))
    if steps:
        up = {"sentence": HB_SENTENCE_UPGRADE, "reported": "2013-06-01"}
        graphs[HB_ART_2013] += (step_triples(HB_TIE, HB_ART_2013, "mou", "Signing", tie_type=KG.OtherTie, date="2005", **up)
                                + step_triples(HB_TIE, HB_ART_2013, "friend", "Signing", tie_type=KG.FriendshipCity,
                                               date="2008", **up)
                                + step_triples(HB_TIE, HB_ART_2013, "up", "Upgrade", tie_type=KG.SisterCity, date="2013", **up))
        graphs[HB_ART_2023] += (step_triples(HB_TIE, HB_ART_2023, "up-again", "Upgrade", tie_type=KG.SisterCity,
                                             date="2013", reported="2023-05-02", sentence=HB_SENTENCE_AGAIN)
                                + step_triples(HB_TIE, HB_ART_2023, "ten", "Anniversary", tie_type=KG.SisterCity,
                                               years=10, reported="2023-05-02", sentence=HB_SENTENCE_ANNIVERSARY))
    return graphs


def history_graph(*, steps: bool = True) -> KnowledgeGraph:
    """An empty store holding only :func:`history_graphs`."""
    kg = KnowledgeGraph.memory(shipped=False)
    for g, triples in history_graphs(steps=steps).items():
        kg.replace_graph(g, triples)  # type: ignore[arg-type]
    return kg


# --- a hostile graph: names, sentences and links that try to run script ------------------------------
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_BREAKOUT = "</script><script>window.__xss=1;alert(1)</script>"
XSS_SVG = '"><svg onload=window.__xss=1>'
XSS_IMG = "<img src=x onerror=window.__xss=1;alert(1)>"
XSS_CITY_A = city_iri("KR", "xss-a")
XSS_CITY_B = city_iri("DE", "xss-b")
XSS_EVENT = minted("event", "xss")
XSS_ARTICLE = article_iri("javascript:window.__xss=1//")
XSS_SENTENCE = f"자매결연 {XSS_SCRIPT} {XSS_SVG} {XSS_IMG}\u2028{XSS_BREAKOUT} 끝"
XSS_NAME_A = f"광명 {XSS_SCRIPT}"
XSS_NAME_B = f"오스나 {XSS_IMG}"
XSS_EVENT_NAME = f"{XSS_BREAKOUT} 포럼"


def xss_triples() -> list[Triple]:
    """Two cities, an event and an article whose every text is an injection attempt."""
    tie = minted("tie", "xss")
    t: list[Triple] = [
        (XSS_CITY_A, RDF.type, SCHEMA.City), (XSS_CITY_A, RDFS.label, Literal(XSS_NAME_A, lang="ko")),
        (XSS_CITY_A, RDFS.label, Literal(XSS_SVG, lang="en")), (XSS_CITY_A, SKOS.altLabel, Literal(XSS_BREAKOUT)),
        (XSS_CITY_B, RDF.type, SCHEMA.City), (XSS_CITY_B, RDFS.label, Literal(XSS_NAME_B, lang="ko")),
        (XSS_CITY_B, RDFS.label, Literal(XSS_IMG, lang="en")),
        (XSS_CITY_B, SCHEMA.url, URIRef("javascript:window.__xss=1")),
        (XSS_EVENT, RDF.type, SCHEMA.Event), (XSS_EVENT, SCHEMA.name, Literal(XSS_EVENT_NAME, lang="ko")),
        (XSS_EVENT, SCHEMA.organizer, XSS_CITY_A), (XSS_EVENT, SCHEMA.attendee, XSS_CITY_B),
        (XSS_EVENT, SCHEMA.startDate, Literal("2024-10-29", datatype=XSD.date)),
        (XSS_ARTICLE, RDF.type, SCHEMA.NewsArticle), (XSS_ARTICLE, SCHEMA.headline, Literal(XSS_IMG)),
        (XSS_ARTICLE, SCHEMA.url, Literal("javascript:window.__xss=1//")),
        (XSS_ARTICLE, SCHEMA.publisher, Literal(XSS_SVG)), (XSS_ARTICLE, SCHEMA.mentions, XSS_CITY_A),
        (tie, RDF.type, KG.Partnership), (tie, KG.partner, XSS_CITY_A), (tie, KG.partner, XSS_CITY_B),
        (tie, KG.partnershipType, KG.SisterCity), (tie, KG.since, Literal("2001", datatype=XSD.gYear)),
        (tie, PROV.wasDerivedFrom, URIRef("javascript:window.__xss=1")),
        (XSS_CITY_A, KG.sisterCityOf, XSS_CITY_B),
    ]
    ev = minted("evidence", "xss")
    t += [(ev, RDF.type, KG.Evidence), (ev, RDF.subject, XSS_CITY_A), (ev, RDF.predicate, KG.sisterCityOf),
          (ev, RDF.object, XSS_CITY_B), (ev, KG.sentence, Literal(XSS_SENTENCE)), (ev, PROV.wasDerivedFrom, XSS_ARTICLE)]
    return t


def hostile_graph() -> KnowledgeGraph:
    """An empty store holding only :func:`xss_triples` (in the hostile article's graph)."""
    kg = KnowledgeGraph.memory(shipped=False)
    kg.replace_graph(XSS_ARTICLE, xss_triples())  # type: ignore[arg-type]
    return kg


# --- a real browser ----------------------------------------------------------------------------------
@dataclass
class Visit:
    """A page opened in Chromium, with everything it asked for and complained about."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (skipped when either is missing; never downloads a browser)."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[test]')")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def wait_until(page: object, expression: str, *, timeout: float = 30.0) -> None:
    """Poll ``expression`` in the page until it is true.

    Not ``page.wait_for_function``: Playwright may compile its predicate with ``new Function`` in the
    page, which the page's Content-Security-Policy rightly forbids (no 'unsafe-eval').
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(50)  # type: ignore[attr-defined]


def visit(browser: object, path: Path, *, width: int = 1280, height: int = 800, wait_frozen: bool = True,
          csp: bool = True) -> Visit:
    """Open ``path`` from file://, record requests, console errors and dialogs, wait for the first draw.

    ``csp=False`` ignores the page's Content-Security-Policy, to test the page's own code without it.
    """
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=not csp)  # type: ignore[attr-defined]
    page = context.new_page()
    v = Visit(page=page, url=path.resolve().as_uri())
    page.on("request", lambda r: v.requests.append(r.url))
    page.on("console", lambda m: v.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: v.errors.append(str(e)))

    def on_dialog(d: object) -> None:
        v.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    page.goto(v.url)
    wait_until(page, "!!(window.kgraphView && kgraphView.drawn" + (" && kgraphView.frozen)" if wait_frozen else ")"))
    return v


def screenshot(page: object, name: str) -> Path:
    """Save a screenshot into tests/output/ (git-ignored) and return its path."""
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / name
    page.screenshot(path=str(path))  # type: ignore[attr-defined]
    return path


def update_docs_images() -> bool:
    """Whether tests may (re)write the committed pictures under docs/img (KGRAPH_UPDATE_DOCS_IMG=1)."""
    return os.environ.get("KGRAPH_UPDATE_DOCS_IMG") == "1"


def open_view(browser: object, path: Path, ready: str, *, width: int = 1280, height: int = 800,
              csp: bool = True) -> Visit:
    """Open a map, timeline or dossier page from file:// and wait until ``ready`` (a JS expression) holds."""
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=not csp)  # type: ignore[attr-defined]
    page = context.new_page()
    v = Visit(page=page, url=path.resolve().as_uri())
    page.on("request", lambda r: v.requests.append(r.url))
    page.on("console", lambda m: v.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: v.errors.append(str(e)))

    def on_dialog(d: object) -> None:
        v.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    page.goto(v.url)
    wait_until(page, ready)
    return v


def docs_picture(shot: Path, name: str) -> None:
    """Copy a screenshot to docs/img/NAME when it is missing there, or always with KGRAPH_UPDATE_DOCS_IMG=1."""
    import shutil

    target = Path(__file__).resolve().parent.parent / "docs" / "img" / name
    if update_docs_images() or not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, target)


def assert_inert(v: Visit, *, scripts: int) -> None:
    """Nothing a hostile graph holds ran, loaded or became markup in the page ``v``."""
    page = v.page
    assert page.evaluate("typeof window.__xss") == "undefined"  # type: ignore[attr-defined]
    assert v.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, [onload], [onerror]').length") == 0  # type: ignore[attr-defined]
    assert page.evaluate("document.scripts.length") == scripts  # type: ignore[attr-defined]
    for href in page.evaluate("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))"):  # type: ignore[attr-defined]
        assert href.startswith(("http://", "https://")), href
    assert v.requests == [v.url]  # an injected <img src=x> would have asked for file:///…/x
    assert v.errors == []
