"""Reading English: our own short articles."""
import datetime as dt
from pathlib import Path

from rdflib import URIRef

from kgraph import vocab as V
from kgraph.read import read_article
from kgraph.read.article import Article

FIX = Path(__file__).parent / "fixtures" / "articles"
KGR = "https://w3id.org/kgraph/id/"


def test_visit_article(ex):
    r = ex.read(read_article(FIX / "visit-en.txt"))
    suwon, freiburg = URIRef(KGR + "city/kr/suwon"), URIRef(KGR + "city/de/freiburg")
    ties = {(f.s, f.o) for f in r.facts if f.p == V.friendshipCityOf}
    assert (suwon, freiburg) in ties and (freiburg, suwon) in ties
    people = {e.name: e.iri for e in r.entities.values() if e.type == "Person"}
    assert (people["Lee Jae-jun"], suwon) in {(f.s, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor}
    visit = next(e for e in r.entities.values() if e.type == "Event")
    # the dateline's date (Sept. 20) is when the story was filed; the visit was on Sept. 18
    assert str(visit.attrs["startDate"]) == "2024-09-18"
    assert any(f.p == V.since and str(f.o) == "2015" for f in r.facts)


def test_city_of_pattern_with_demonym(ex):
    a = Article(text="The South Korean city of Chuncheon and the Vietnamese city of Da Lat forged a sisterhood on Saturday.",
                url="urn:t", language="en", published=dt.date(2019, 12, 21))
    r = ex.read(a)
    cities = {e.name for e in r.entities.values() if e.type == "City"}
    assert {"Chuncheon", "Da Lat"} <= cities
    assert any(f.p == V.sisterCityOf for f in r.facts)


def _sentences(ex, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from kgraph.extract.explain import explain_article

    a = Article(text=text, url="urn:t:clock", language="en", published=dt.date(2024, 4, 20))
    return [s.text for s in explain_article(a, ex).sentences]


def test_a_clock_time_and_the_day_after_it_stay_one_sentence(ex):
    text = ("The reception will start at 6 p.m. Monday, May 6, in the library. "
            "The talks close at 5 p.m. Mayor Ann Burke of Lagny then hosts a dinner.")
    sents = _sentences(ex, text)
    assert any("6 p.m. Monday, May 6" in s for s in sents)  # the time's stop ends nothing: the day is the reception's
    assert not any("5 p.m. Mayor" in s for s in sents)  # (near miss: a name after the time opens a new sentence)
    sents = _sentences(ex, "The meeting ended at 5 p.m. Monday's signing ceremony will open the visit.")
    assert not any("5 p.m. Monday" in s for s in sents)  # (a weekday with no date opens a sentence of its own)
    r = ex.read(Article(text=text, url="urn:t:clock2", language="en", published=dt.date(2024, 4, 20)))
    assert {str(e.attrs.get("startDate")) for e in r.entities.values() if e.type == "Event"} >= {"2024-05-06"}
