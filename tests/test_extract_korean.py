"""Reading Korean: our own short articles (restating real facts), checked fact by fact."""
import datetime as dt
from pathlib import Path

from rdflib import URIRef

from kgraph import vocab as V
from kgraph.read import read_article
from kgraph.read.article import Article

FIX = Path(__file__).parent / "fixtures" / "articles"
KGR = "https://w3id.org/kgraph/id/"


def city(key):
    return URIRef(KGR + "city/" + key)


def facts(reading, p):
    return {(f.s, f.o) for f in reading.facts if f.p == p}


def names(reading, typ):
    return {e.name for e in reading.entities.values() if e.type == typ}


def read_text(ex, text, *, published=None):
    return ex.read(Article(text=text, url="urn:test", published=published))


def test_signing_with_province_qualifier_and_homonym(ex):
    r = ex.read(read_article(FIX / "signing-ko.txt"))
    chuncheon, goseong = city("kr/chuncheon"), city("kr/goseong-gyeongsangnam")
    assert (chuncheon, goseong) in facts(r, V.sisterCityOf) or (goseong, chuncheon) in facts(r, V.sisterCityOf)
    # the province is a qualifier, not an entity; the other 고성군 (강원) is never chosen
    assert "경상남도" not in names(r, "City") and city("kr/goseong-gangwon") not in r.entities
    # people with titles, bodies from the title
    persons = {e.name: e.iri for e in r.entities.values() if e.type == "Person"}
    assert set(persons) == {"육동한", "이상근"}
    assert (persons["이상근"], goseong) in facts(r, V.SCHEMA.worksFor)
    # the event: date resolved against the publication date, venue, count
    ev = next(e for e in r.entities.values() if e.type == "Event")
    assert str(ev.attrs["startDate"]) == "2024-06-12" and ev.attrs["attendeeCount"] == 60
    assert ev.attrs["attendeeCountApproximate"] is True
    # a list of partners with years in parentheses
    ties = {(f.s, str(f.o)) for f in r.facts if f.p == V.since}
    assert any(o == "1998" for _, o in ties) and any(o == "2005" for _, o in ties)


def test_short_names_need_context(ex):
    # 진도 (progress) and 구리 (copper) are also county/city short names: bare, they are words
    r = read_text(ex, "이번 사업은 진도가 빠르다. 구리 가격이 올랐다고 업계는 밝혔다.")
    assert not names(r, "City")
    # with the full name elsewhere in the article, the short name counts
    r = read_text(ex, "전남 진도군은 제주시와 교류를 시작했다. 진도는 섬이 많다고 전했다.")
    assert city("kr/jindo") in r.entities and len(r.entities[city("kr/jindo")].mentions) == 2


def test_name_inside_a_longer_word_is_not_a_city(ex):
    r = read_text(ex, "광명시는 광명시업사이클아트센터에서 전시회를 열었다고 밝혔다.")
    assert len(r.entities[city("kr/gwangmyeong")].mentions) == 1
    assert "광명시업사이클아트센터" in names(r, "Place")


def test_people_patterns(ex):
    text = ("광명시(시장 양기대)가 18일 전라북도 부안군(군수 김종규)과 자매결연 협약식을 가졌다. "
            "이날 협약식에는 양 시장을 비롯해 이병주 광명시의장, 박가상 용인시의회 의장 등 50여명이 참석했다.")
    r = read_text(ex, text, published=dt.date(2016, 7, 18))
    people = {e.name: e for e in r.entities.values() if e.type == "Person"}
    assert set(people) == {"양기대", "김종규", "이병주", "박가상"}
    works = facts(r, V.SCHEMA.worksFor)
    assert (people["양기대"].iri, city("kr/gwangmyeong")) in works
    assert (people["이병주"].iri, city("kr/gwangmyeong")) in works
    assert any(s == people["박가상"].iri and "org/" in str(o) for s, o in works)
    # 양 시장 is 양기대: he attended
    assert (next(iter(ev for ev in r.entities if "event/" in str(ev))), people["양기대"].iri) in facts(r, V.SCHEMA.attendee)


def test_foreign_names_and_countries(ex):
    r = read_text(ex, "박승원 광명시장과 독일 오스나브뤼크시 카타리나 푀터 시장은 협약을 체결했다.")
    assert "카타리나 푀터" in names(r, "Person")
    assert (city("de/osnabrueck"), URIRef(KGR + "country/DE")) in facts(r, V.SCHEMA.containedInPlace)


def test_unknown_city_after_country_becomes_an_entity(ex):
    r = read_text(ex, "보은군은 일본 미야자키시 대표단을 맞았다고 밝혔다. 두 지자체는 1993년 자매결연을 맺었다.")
    new = [e for e in r.entities.values() if e.type == "City" and "/jp/" in str(e.iri)]
    assert new and new[0].name == "미야자키시"
    assert any(f.p == V.sisterCityOf for f in r.facts)


def test_list_counts_must_add_up_with_the_registry(ex):
    text = ("광명시는 지난 4일 포럼 평가회를 열었다. 포럼의 성과로 국내 6개 도시(제천, 부안, 신안, 영암, 은평, 오산) 등 "
            "상호결연 도시 간 협력이 꼽혔다. 포럼에는 국내 상호결연도시 4개 도시, 기후위기대응지방정부협의회 2개 도시가 참석했다.")
    r = read_text(ex, text)
    partners = {o for s, o in facts(r, V.partnerOf) if s == city("kr/gwangmyeong")}
    assert partners == {city("kr/jecheon"), city("kr/buan"), city("kr/sinan"), city("kr/yeongam")}
    members = {s for s, _ in facts(r, V.SCHEMA.memberOf)}
    assert members == {city("kr/eunpyeong"), city("kr/osan")}
    assert any("registry confirms 4" in n for n in r.notes)


def test_relative_dates_without_publication_date_are_not_guessed(ex):
    r = read_text(ex, "수원시는 지난 4일 시청에서 국제교류 간담회를 개최했다.")
    ev = next(e for e in r.entities.values() if e.type == "Event")
    assert "startDate" not in ev.attrs
    r = read_text(ex, "수원시는 지난 4일 시청에서 국제교류 간담회를 개최했다.", published=dt.date(2024, 12, 10))
    ev = next(e for e in r.entities.values() if e.type == "Event")
    assert str(ev.attrs["startDate"]) == "2024-12-04"


def test_evidence_offsets_point_at_the_sentence(ex):
    text = "서론입니다. 광명시는 상호결연도시인 독일 오스나브뤼크시와 협력을 강화하기로 했다."
    r = read_text(ex, text)
    f = next(f for f in r.facts if f.p == V.partnerOf)
    assert text[f.span.start:f.span.end] == f.sentence and "오스나브뤼크시와" in f.sentence


def test_regions_whose_governors_are_the_subject_of_a_tie_are_its_parties(ex):
    """``김가온 전남지사와 존 로 메릴랜드 주지사가 자매결연 20주년을 맞아``: the two regions act through their governors
    and are tied; the governors meeting over dinner (no tie word), or one meeting the other (``주지사를 만나``), tie
    nothing."""
    def tied(text):
        r = read_text(ex, text)
        return {frozenset((r.entities[s].name, r.entities[o].name)) for s, o in facts(r, V.sisterCityOf)}
    assert frozenset(("전남", "메릴랜드주")) in tied(
        "김가온 전남지사와 존 로 메릴랜드 주지사가 자매결연 20주년을 맞아 화상으로 만났다. 두 지역은 교류를 확대하기로 했다.")
    assert not tied("김가온 전남지사와 존 로 메릴랜드 주지사가 만찬을 했다. 두 지역은 교류를 확대하기로 했다.")
    assert not tied("김가온 전남지사는 존 로 메릴랜드 주지사를 만나 협력을 논의했다. 두 지역은 교류를 확대하기로 했다.")


def test_central_asian_republics_written_with_their_republic_word(ex):
    """``키르기즈공화국 나른주 코치코르군과의 자매결연``: the country's other spellings (키르기즈, 키르기스공화국, 카자흐)
    name Kyrgyzstan and Kazakhstan, so the county after them is a town of theirs and the partner."""
    r = read_text(ex, "인제군은 키르기즈공화국 나른주 코치코르군과의 자매결연 협약 체결을 위해 방문단을 보냈다. 군은 교류를 "
                      "확대하기로 했다.")
    countries = {str(e.iri).rsplit("/", 1)[-1].upper() for e in r.entities.values() if e.type == "Country"}
    assert countries == {"KG"} and "코치코르군" in names(r, "City")
    assert any(r.entities[o].name == "코치코르군" for _, o in facts(r, V.sisterCityOf))
    r = read_text(ex, "용인시는 카자흐공화국 알마티시와 우호도시 협약을 맺었다. 시는 교류를 확대하기로 했다.")
    assert {str(e.iri).rsplit("/", 1)[-1].upper() for e in r.entities.values() if e.type == "Country"} == {"KZ"}


def test_utah_written_without_its_state_word_is_the_state(ex):
    """``스펜서 콕스 유타 주지사``: 유타 is Utah (the governor's body), not part of his name."""
    r = read_text(ex, "김가온 경기지사와 스펜서 콕스 유타 주지사는 30일 수원에서 만났다. 두 지역은 자매결연을 맺고 있다.")
    assert "유타주" in names(r, "City") and "스펜서 콕스" in names(r, "Person")


def test_a_governor_who_only_attends_makes_no_party(ex):
    """``김가온 경기도지사가 참석한 가운데 수원시와 아사히카와시가 자매결연 협약을 체결했다``: the province is no party."""
    r = read_text(ex, "김가온 경기도지사가 참석한 가운데 수원시와 일본 아사히카와시가 자매결연 협약을 체결했다. 두 도시는 교류를 "
                      "이어간다.")
    assert not any("경기" in r.entities[s].name for s, _ in facts(r, V.sisterCityOf))


def test_a_governor_signing_with_another_region_s_governor_makes_both_regions_parties(ex):
    """``A 경북지사는 13일 도청을 방문한 일본 히로시마현 B 지사와 자매결연협정을 체결했다``: 경북 and 히로시마현 are tied
    (the subject's governor and the partner's); one governor meeting another with no tie word ties nothing."""
    def tied(text):
        r = read_text(ex, text)
        return {frozenset((r.entities[s].name, r.entities[o].name)) for s, o in facts(r, V.sisterCityOf)}
    assert frozenset(("경북", "히로시마현")) in tied(
        "이가온 경북지사는 13일 도청을 방문한 일본 히로시마현 유자키 히데히코 지사와 교류 강화를 위한 자매결연협정을 "
        "체결했다. 양 지역은 교류를 이어간다.")
    assert not tied("이가온 경북지사는 13일 도청을 방문한 일본 히로시마현 유자키 히데히코 지사와 오찬을 했다. 양 지역은 "
                    "교류를 이어간다.")


def test_a_councils_tie_written_with_a_dot_or_as_the_councils_own_ties_no_cities(ex):
    """``고창군의회·은평구의회, 자매결연 협약`` and ``이번 의회 간 자매결연은 …, A 군수, B 구청장이 참석했다``: the
    councils' tie, none between the county and the district."""
    r = read_text(ex, "고창군의회·은평구의회, 자매결연 협약\n\n이번 의회 간 자매결연은 고창군의회 개원 이래 처음 갖는 행사로서 "
                      "이날 협약식은 임정호 고창군의회 의장, 기노만 은평구의회 의장, 심덕섭 고창군수, 김미경 은평구청장이 "
                      "참석했다.")
    assert not facts(r, V.sisterCityOf)


def test_the_cities_tie_stays_beside_their_councils_own(ex):
    """``김해시와 무나카타시는 자매결연을 맺고, 두 의회의 우호교류 협약도 체결하기로 했다``: the cities are tied."""
    r = read_text(ex, "김해시와 일본 무나카타시는 자매결연을 맺고, 두 의회의 우호교류 협약도 체결하기로 했다. 두 도시는 교류를 "
                      "이어간다.")
    assert facts(r, V.sisterCityOf)


def test_the_town_a_visit_is_held_in_is_no_visitor_of_it():
    """A visit held in a town (its location) never counts that town among its visitors: it is the one visited
    (no article of the corpus makes the visited town a guest of its own visit); other events keep their guests."""
    from kgraph.extract.context import drop_visited_from_visits
    from kgraph.extract.model import Entity, Fact, Reading

    visit, dinner = URIRef("urn:ev:visit"), URIRef("urn:ev:dinner")
    host, guest = URIRef("urn:city:host"), URIRef("urn:city:guest")
    r = Reading(Article(text="…"))
    r.entities[visit] = Entity(visit, "Event", "퀴논시 양구군 방문")
    r.entities[dinner] = Entity(dinner, "Event", "환영 만찬")
    r.facts = [Fact(visit, V.SCHEMA.location, host), Fact(visit, V.SCHEMA.attendee, host),
               Fact(visit, V.SCHEMA.attendee, guest), Fact(dinner, V.SCHEMA.location, host),
               Fact(dinner, V.SCHEMA.attendee, host)]
    drop_visited_from_visits(r, lambda name: name.endswith("방문"))
    attendees = {(f.s, f.o) for f in r.facts if f.p == V.SCHEMA.attendee}
    assert attendees == {(visit, guest), (dinner, host)}


def test_a_masthead_line_names_no_organisation(ex):
    """``가상일보 - 아침을 여는 신문``: the page's masthead line names the paper, no body of the story; a paper that takes
    part in the story is kept (``가상일보 사장이 만찬에 참석했다``)."""
    r = ex.read(Article(text="가상일보 - 아침을 여는 신문\n연천군은 필리핀 이무스시와 자매결연 협약을 체결했다고 밝혔다.",
                        language="ko"))
    assert not any(e.name == "가상일보" for e in r.entities.values())
    r = ex.read(Article(text="연천군은 환영 만찬을 열었다. 만찬에는 가상일보 사장이 참석했다.", language="ko"))
    assert any(e.name == "가상일보" for e in r.entities.values())
