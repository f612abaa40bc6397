"""The English reader, family by family, on invented sentences: each rule must match its family and
must not match the look-alikes next to it. (No text of the shared corpus is used here.)"""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import URIRef

from kgraph import vocab as V
from kgraph.extract.en_dates import find
from kgraph.extract.en_furniture import furniture_line, masked
from kgraph.extract.patterns_en import tie_kind, title_of
from kgraph.read.article import Article

PUB = dt.date(2024, 3, 9)  # a Saturday


def read(ex, text: str, published: dt.date | None = PUB):  # type: ignore[no-untyped-def]
    return ex.read(Article(text=text, url="urn:test:" + str(abs(hash(text))), language="en", published=published))


def names(r, typ: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in r.entities.values() if e.type == typ}


def label(r, iri: URIRef) -> str:  # type: ignore[no-untyped-def]
    e = r.entities.get(iri)
    return e.name if e is not None else str(iri).rsplit("/", 1)[-1]


def ties(r) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return {frozenset((label(r, f.s), label(r, f.o))) for f in r.facts if f.p == V.partnerOf}


def tie_types(r) -> set[tuple[frozenset[str], str]]:  # type: ignore[no-untyped-def]
    out = set()
    for f in r.facts:
        if f.p in (V.sisterCityOf, V.friendshipCityOf):
            out.add((frozenset((label(r, f.s), label(r, f.o))), str(f.p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]))
    return out


def roles(r) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(label(r, f.s), label(r, f.o)) for f in r.facts if f.p == V.SCHEMA.worksFor}


def attendees(r) -> set[str]:  # type: ignore[no-untyped-def]
    return {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.attendee}


def dates(r) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(f.o) for f in r.facts if f.p == V.SCHEMA.startDate}


# --- tables -------------------------------------------------------------------------------------------------

def test_title_table_binds_titles_to_bodies() -> None:
    assert title_of("Deputy Mayor").body == "city" and title_of("Councillor").role == "councillor"
    assert title_of("Bürgermeister").country == "DE"
    assert title_of("Prime Minister").body == "none"
    assert title_of("Gardener") is None


@pytest.mark.parametrize("text,kind", [
    ("Gimpo and Lyon are sister cities", "sister"), ("the twin town of Lisieux", "sister"),
    ("60 years of twinning", "sister"), ("a friendly exchange agreement with Fukuoka", "friendship"),
    ("a friendly and cooperative city", "friendship"), ("a memorandum of understanding", "other"),
    ("signed an MOU", "other"), ("the sister province to Alberta", "sister"),
    ("signed a memorandum of understanding (MoU) on friendly cooperation", "friendship"),
    ("a memorandum on establishing friendly relations", "friendship"),
    ("Aurora’s near-40-year “twin” relationship with Leksand", "sister"), ("its twin relationship with Ely", "sister"),
])
def test_tie_phrases(text: str, kind: str) -> None:
    assert tie_kind(text) == kind


@pytest.mark.parametrize("text", ["a sisterly hug", "the twins were born", "a friendly match", "the memo was sent",
                                  "they had a friendly chat about cooperation", "his twin brother Tom",
                                  "a twin relationship, experts say, is close"])
def test_tie_look_alikes_are_no_ties(text: str) -> None:
    assert tie_kind(text) is None


# --- furniture ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["HOME > News > Local", "READ MORE: Mayor opens new bridge", "By Jane Doe",
                                  "Source: Example News Agency", "Weather banner", "jane@example.org",
                                  "보도자료", "공지사항 Notice Board", "Share - WeChat", "Share: Facebook"])
def test_furniture_lines(line: str) -> None:
    assert furniture_line(line) is not None


@pytest.mark.parametrize("line", ["Home visits by the mayor were praised by residents.",
                                  "By the end of the visit, the two mayors had signed a pact.",
                                  "Hanam City (하남시) signed a friendship agreement with Arkansas on the 3rd.",
                                  "Share - WeChat users in Nantong praised the new sister city ties."])
def test_prose_is_not_furniture(line: str) -> None:
    assert furniture_line(line) is None


def test_inline_credits_and_doubled_captions_are_blanked() -> None:
    text = "Mayor Jo waves (Image: Town Council)\nThe mayors in ParmaThe mayors in Parma"
    out = masked(text)
    assert "Image" not in out and out.count("The mayors in Parma") == 1 and len(out) == len(text)


def test_furniture_yields_no_facts(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Photo: Kim Min-su of Yongin City Council\nREAD MORE: Yongin Mayor Lee Sang-il visits Austin\n"
                 "The festival drew crowds.")
    assert not names(r, "Person") and not names(r, "Organization")


@pytest.mark.parametrize("heading", ["Related stories", "RELATED", "► More news", "Most read:", "You may also like"])
def test_headlines_under_a_story_list_heading_yield_no_facts(ex, heading) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Jane Okafor of Bundaberg led a delegation to Gumi on Monday to mark the sister city tie.\n"
            f"{heading}\nBusan and Fukuoka sign friendship pact\nSuwon, Freiburg renew twinning ties\n"
            "The delegation will also visit Seoul on Friday.")
    r = read(ex, text)
    assert ties(r) == {frozenset(("Bundaberg", "Gumi"))} and "Seoul" in names(r, "City")
    r = read(ex, text.replace(heading, "The visitors met officials."))  # must: no heading, the lines stay
    assert frozenset(("Busan", "Fukuoka")) in ties(r)


# --- dates --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,published,expected", [
    ("the ceremony on Tuesday", dt.date(2024, 3, 9), "2024-03-05"),
    ("they will sign on Wednesday", dt.date(2023, 3, 20), "2023-03-22"),
    ("signed on the 10th", dt.date(2023, 8, 17), "2023-08-10"),
    ("last May", dt.date(2024, 2, 1), "2023-05-01"),
    ("on Nov. 20", dt.date(2024, 11, 22), "2024-11-20"),
    ("the council votes this Monday (12)", dt.date(2022, 9, 12), "2022-09-12"),
    ("held on 2021/03/26", None, "2021-03-26"),
    ("the May 2023 forum", None, "2023-05-01"),
    ("welcomed earlier this month", dt.date(2024, 8, 29), "2024-08-01"),
    ("was signed last month", dt.date(2024, 1, 15), "2023-12-01"),
    ("visited Kelowna last week", dt.date(2024, 8, 29), "2024-08-01"),  # the whole week in August
    ("the protocol signed on February, 26, 1996", None, "1996-02-26"),  # a comma after the month as well
    ("signed on Feb., 3, 2001 in Moscow", None, "2001-02-03"),
])
def test_english_dates(text: str, published: dt.date | None, expected: str) -> None:
    found = find(text, published=published)
    assert found and found[0].value.isoformat() == expected


@pytest.mark.parametrize("text,published", [
    ("last October", dt.date(2024, 11, 20)),  # this October or the one before: not certain
    ("on Tuesday", None), ("on the 10th", None), ("March 26", None),
    ("the 5th anniversary", dt.date(2024, 3, 9)),
    ("visited Kelowna last week", dt.date(2024, 9, 3)),  # a week across August and September
    ("earlier this month", None),
    ("in February, 26 delegates came", None),  # (a count after the month's comma, no day)
])
def test_uncertain_dates_are_not_resolved(text: str, published: dt.date | None) -> None:
    assert [w for w in find(text, published=published) if w.grain == "day" or "October" in w.text] == []


def test_this_week_and_next_week_give_no_date() -> None:
    """``will meet again next week``, ``was signed 25 years ago next week``: said of what is ahead or of an
    anniversary as often as of the event's own days, they date nothing (a year the sentence gives stays)."""
    text = "Coventry signed a twinning pact with Kiel in 2019 and the mayors will meet again next week, officials said."
    assert [w.value.isoformat() for w in find(text, published=dt.date(2024, 5, 2))] == ["2019-01-01"]
    assert find("are visiting Kelowna this week", published=dt.date(2024, 3, 8)) == []


def test_reported_day_is_not_the_event_date(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Jeonju Mayor Woo Beom-gi visited Bologna on Tuesday, officials said Friday.")
    assert dates(r) == {"2024-03-05"}


# --- places -------------------------------------------------------------------------------------------------

def test_compound_place_names(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Cebu City signed a sister city agreement with Gangnam-gu. Travis County, Texas, and "
                 "Okayama Prefecture also sent delegations.")
    cities = names(r, "City")
    assert {"Cebu City", "Travis County", "Okayama Prefecture"} <= cities
    assert any("Gangnam" in c for c in cities)
    assert not any("Texas" in c for c in cities)  # a state that only locates a county


def test_korean_district_told_apart_by_its_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Jung-gu, Daegu and Lyon's 2nd arrondissement renewed their friendship agreement.")
    jung = [e for e in r.entities.values() if e.type == "City" and "jung" in str(e.iri)]
    assert jung and all("daegu" in str(e.iri) or e.name.startswith("Jung") for e in jung)


def test_locator_province_is_no_entity_but_acting_province_is(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Han of Yongin City in Gyeonggi Province attended the forum.")
    assert not any("Gyeonggi" in n for n in names(r, "City"))
    r2 = read(ex, "Gyeonggi Province signed a sister province agreement with the State of Oregon.")
    assert {frozenset(("Gyeonggi", "Oregon"))} <= {frozenset(n.split()[0] if n.startswith("Gyeonggi") else n
                                                              for n in t) for t in ties(r2)}


def test_small_town_needs_a_cue(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Suwon renewed its sister city ties with Warrnambool in 2020.")
    assert "Warrnambool" in names(r, "City")
    r2 = read(ex, "The weather in the harbour was fine when Warrnambool came up in conversation.")
    assert "Warrnambool" not in names(r2, "City")


# --- people and roles ---------------------------------------------------------------------------------------

def test_titles_before_names_bind_to_the_named_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Gimhae Mayor Hong Tae-yong and Deputy Mayor Ana Luísa Torres of Coimbra met in Gimhae.")
    assert ("Hong Tae-yong", "Gimhae") in roles(r)
    assert any(p == "Ana Luísa Torres" and "Coimbra" in b for p, b in roles(r))


def test_title_after_name_and_title_of_place_then_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The award was given by Oh Se-hoon, Mayor of Seoul. Later the Mayor of Busan, Park Heong-joon, spoke.")
    assert {("Oh Se-hoon", "Seoul"), ("Park Heong-joon", "Busan")} <= roles(r)


def test_initials_and_bracketed_role(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Seo-gu, Busan (Mayor Kong Han-soo) signed a friendship agreement with Songinokhairkhan district, "
                 "Ulaanbaatar (Mayor B. Batbold) on the 4th.")
    people = names(r, "Person")
    assert {"Kong Han-soo", "B. Batbold"} <= people
    assert not {"Kong Han-soo", "B. Batbold"} & attendees(r)  # a role in brackets is not an act


def test_bare_local_title_binds_to_the_other_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Cebu City welcomed Gangnam-gu as its sister city. Mayor Maria Santos and Gangnam-gu Mayor "
                 "Cho Sung-myung signed the agreement.")
    assert ("Maria Santos", "Cebu City") in {(p, b) for p, b in roles(r)}


def test_national_title_binds_to_no_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The policy of Prime Minister Kenji Tanaka worried Busan officials.")
    assert "Kenji Tanaka" in names(r, "Person") and not roles(r)


def test_foreign_title_binds_to_a_city_of_its_country(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Jane Roe of Burbank visited Hamm, Germany, where Bürgermeister Marc Herter welcomed her.")
    assert ("Marc Herter", "Hamm") in roles(r)


def test_councillor_and_council_chair(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Geelong and Izumiotsu renewed their sister city relationship. Cr Sarah Mansfield said the ties "
                 "mattered. Geelong City Council Chair Peter Murrihy also spoke.")
    assert any(p == "Sarah Mansfield" and "Geelong" in b for p, b in roles(r))
    assert ("Peter Murrihy", "Geelong City Council") in roles(r)


def test_chair_binds_to_the_council_named_before(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The delegation met the Busan Metropolitan Council, where Chairman Ahn Seong-min gave a speech.")
    assert ("Ahn Seong-min", "Busan Metropolitan Council") in roles(r)


def test_words_before_a_name_are_not_part_of_it(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "About 50 guests came, including Kim Bo-ra, chairwoman of the Jeonju City Council.")
    assert "Kim Bo-ra" in names(r, "Person") and not any(n.startswith("including") for n in names(r, "Person"))


# --- organisations ------------------------------------------------------------------------------------------

def test_named_organisations(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The delegation from the City of Surrey, the Surrey Board of Trade and Tourism and Sport Surrey met "
                 "representatives of the Daegu Chamber of Commerce and Industry and the Friends of Daegu.")
    assert {"Surrey Board of Trade", "Tourism and Sport Surrey", "Daegu Chamber of Commerce and Industry",
            "Friends of Daegu"} <= names(r, "Organization")


def test_apposition_and_members_of(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The idea came from UrbanLink, a network of port cities. Members of the Kota Samarahan Council "
                 "witnessed the signing.")
    assert {"UrbanLink", "Kota Samarahan Council"} <= names(r, "Organization")


def test_city_government_and_venues_are_no_organisations(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The Harbin Municipal Government will host the talks at the Daejeon Convention Center.")
    assert not names(r, "Organization")


def test_acronyms_only_in_context(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The two cities signed an MOU with help from KOTRA.")
    assert names(r, "Organization") == {"KOTRA"}


# --- ties ---------------------------------------------------------------------------------------------------

def test_possessive_sister_city_and_since(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Students from Gimpo, Lyon's sister city since 1997, arrived on Monday.")
    assert frozenset(("Gimpo", "Lyon")) in ties(r)
    assert any(f.p == V.since and str(f.o) == "1997" for f in r.facts)


def test_list_of_other_partners(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Seattle's other sister cities are Kobe, Japan; Mazatlán, Mexico; and Bergen, Norway.")
    assert {frozenset(("Seattle", c)) for c in ("Kobe", "Mazatlán", "Bergen")} <= ties(r)


def test_list_after_a_colon_line(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Harpenden's twin towns are:\nAlzey, Germany\nLisieux, France\nThe council meets again in May.")
    assert {frozenset(("Harpenden", "Alzey")), frozenset(("Harpenden", "Lisieux"))} <= ties(r)


def test_relative_clause_has_its_own_parties(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Hanam Mayor Lee Hyun-jae said, \"We have a sister city relationship with Little Rock in Arkansas, "
                 "which is also the sister state of Jeollanam-do.\"")
    assert frozenset(("Hanam", "Little Rock")) in ties(r)
    assert not any("Little Rock" in t and "Jeollanam" in " ".join(t) for t in ties(r))


def test_negated_tie_is_no_tie(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Daejeon held a forum with its sister cities. Sejong is not among Daejeon's sister cities.")
    assert not any("Sejong" in t for t in ties(r))


def test_place_of_an_event_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Cebu City and Gangnam-gu agreed on sister city ties at a forum in Seoul.")
    assert not any("Seoul" in t for t in ties(r))


def test_friendly_exchange_and_suspension_still_state_the_tie(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Ulsan said it will suspend its friendly exchange agreement with Kumamoto Prefecture.")
    assert (frozenset(("Ulsan", "Kumamoto Prefecture")), "friendshipCityOf") in tie_types(r)


def test_bodies_that_sign_an_agreement_are_partners(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Governor Sarah Linwood of Arkansas and Mayor Kim Min-su of Gimhae signed an agreement on Friday.")
    assert frozenset(("Arkansas", "Gimhae")) in ties(r)
    r2 = read(ex, "Governor Sarah Linwood of Arkansas and Mayor Kim Min-su of Gimhae discussed trade on Friday.")
    assert not ties(r2)


# --- events and attendees -----------------------------------------------------------------------------------

def test_signing_date_venue_and_signers(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Gimpo Mayor Kim Byung-soo and Lyon Mayor Pierre Durand signed a sister city agreement on Tuesday "
                 "at Gimpo City Hall.")
    assert dates(r) == {"2024-03-05"} and {"Kim Byung-soo", "Pierre Durand"} <= attendees(r)
    assert "Gimpo City Hall" in names(r, "Place")


def test_delegation_sends_its_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "A youth delegation from Linz visited Seongnam on March 4. Seongnam hosted a welcome dinner.")
    assert "Linz" in attendees(r) and "Seongnam" not in attendees(r)
    assert "2024-03-04" in dates(r)


def test_leader_of_a_delegation_sends_his_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Jo Kyu-il of Jinju led a 12-member delegation to Matsue on Monday.")
    assert "Jinju" in attendees(r) and "Jo Kyu-il" in attendees(r)


def test_people_who_only_speak_do_not_attend(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Busan Mayor Park Heong-joon said in a statement that relations should improve.")
    assert not attendees(r)


def test_video_conference_and_festival_dates(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The mayors of Taipei and Daegu held a video conference on March 4. A delegation from Daegu "
                 "joined the 2023 Taipei Lantern Festival in February 2023.")
    assert {"2024-03-04", "2023-02"} <= dates(r)


def test_unknown_publication_date_keeps_only_certain_dates(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Ana Lima of Curitiba signed the agreement on Tuesday. The 2016 Curitiba Games were a success.",
             published=None)
    assert dates(r) == {"2016"}


def test_a_meeting_with_a_council_makes_it_attend(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The Burnaby delegation attended a meeting with Busan Metropolitan Council.")
    assert {"Busan Metropolitan Council"} <= attendees(r)


# --- families added after the first measurements ------------------------------------------------------------

def test_semicolon_list_keeps_only_the_city_of_each_part(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Leeds's twin towns are Dortmund, Germany; Lille, France; Brno, Moravia; and Durban, South Africa.")
    assert {frozenset(("Leeds", c)) for c in ("Dortmund", "Lille", "Brno", "Durban")} <= ties(r)
    assert "Moravia" not in names(r, "City")


def test_list_continuing_a_tie_sentence(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Curitiba now has 16 sister cities. They are Asunción, Paraguay; Himeji, Japan; and Coimbra, Portugal.")
    assert {frozenset(("Curitiba", c)) for c in ("Asunción", "Himeji", "Coimbra")} <= ties(r)
    r2 = read(ex, "Curitiba now has 16 sister cities. They are proud of them, the mayor said.")
    assert not ties(r2)


def test_headline_words_after_a_tie_are_no_place(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "City of Chattanooga Signs Friendship City Agreement with Gwangyang, South Korea")
    assert "Agreement" not in names(r, "City") and not any("Signs" in n for n in names(r, "City"))


def test_abbreviated_titles_do_not_end_the_sentence(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The State of Arkansas signed a trade agreement with Hanam. Gov. Sarah Linwood attended.")
    assert ("Sarah Linwood", "Arkansas") in roles(r)
    r2 = read(ex, "Gov. Sarah Linwood spoke about tourism.")  # no state named: no body guessed
    assert "Sarah Linwood" in names(r2, "Person") and not roles(r2)


def test_county_title_after_a_county(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Williamson County Judge Bill Gravell welcomed the Yongin delegation on Thursday.")
    assert ("Bill Gravell", "Williamson County") in roles(r)


def test_dated_happening_without_an_event_noun(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The two mayors met on Thursday in Cebu.")
    assert dates(r) == {"2024-03-07"}
    r2 = read(ex, "The two mayors are old friends.")
    assert not dates(r2)


def test_sender_of_a_letter_does_not_attend(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Oh Se-hoon met the ambassador on Monday, who handed over a letter from Lima Mayor Rafael Aliaga.")
    assert "Oh Se-hoon" in attendees(r) and "Rafael Aliaga" not in attendees(r)


def test_aid_sent_in_a_year_is_a_dated_event(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Busan sent $100,000 in relief aid to its sister city Kaohsiung in 2016.")
    assert "2016" in dates(r)
    r2 = read(ex, "Busan has been Kaohsiung's sister city since 2016.")
    assert not dates(r2)


def test_teaser_above_the_headline_is_furniture(ex) -> None:  # type: ignore[no-untyped-def]
    text = ("Podcast: Mayor Jane Roe of Springfield tells her story\nGimpo and Lyon renew ties\n"
            "Gimpo Mayor Kim Byung-soo met Lyon officials.")
    r = ex.read(Article(text=text, url="urn:test:teaser", language="en", title="Gimpo and Lyon renew ties"))
    assert "Jane Roe" not in names(r, "Person") and "Kim Byung-soo" in names(r, "Person")


# --- this release: agreement names, Korean special cities, honorifics, the year of one tie --------------

def test_agreement_name_after_a_tie_phrase_is_no_place(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, 'Hanam City signed a "Sister City Cooperation Agreement" with Rotorua City on the 12th.')
    assert "Cooperation Agreement" not in names(r, "City")
    assert any({"Rotorua City", "Rotorua"} & set(t) for t in ties(r))
    # a partner named right after the tie words is still read
    r = read(ex, "Hanam's sister city Rotorua sent a delegation on Monday.")
    assert any("Rotorua" in n for n in names(r, "City"))


def test_korean_special_self_governing_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Sejong Special Self-Governing City and Rotorua City signed a friendship agreement.")
    cities = {str(iri) for iri, e in r.entities.items() if e.type == "City"}
    assert any(i.endswith("/city/kr/sejong") for i in cities)
    assert not any("self-governing" in i.lower() for i in cities)


def test_honorific_before_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Dr Mara Quill, Mayor of Rotorua, signed the letter.")
    assert "Mara Quill" in names(r, "Person") and not any(n.startswith("Dr") for n in names(r, "Person"))
    r = read(ex, "Prof. Mara Quill, Mayor of Rotorua, signed the letter.")
    assert "Mara Quill" in names(r, "Person")
    # a name that merely starts like an honorific stays whole
    r = read(ex, "Drew Quill, Mayor of Rotorua, signed the letter.")
    assert "Drew Quill" in names(r, "Person")


def test_year_between_partners_dates_only_the_ones_before(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Hanam hosted a festival on Monday. Hanam is in Gyeonggi Province. Since signing a sister city "
                 "agreement with Rotorua in 1988, Hanam has added sister cities in Nelson and Timaru.")
    years = {label(r, g.o): str(f.o) for f in r.facts if f.p == V.since
             for g in r.facts if g.s == f.s and g.p == V.partner and label(r, g.o) != "Hanam"}
    assert years.get("Rotorua") == "1988"
    assert "Nelson" not in years and "Timaru" not in years
    # a year after every partner dates them all
    r = read(ex, "Hanam and Rotorua have been sister cities since 1988.")
    assert any(f.p == V.since and str(f.o) == "1988" for f in r.facts)


def test_apposition_names_a_visited_city_a_partner(ex) -> None:  # type: ignore[no-untyped-def]
    # "visited X, Country, Y's other sister city": the apposition makes X a partner despite the verb of place
    r = read(ex, "The choir visited Matsuyama, Japan, Sacramento's other sister city, in 2019.")
    assert frozenset(("Matsuyama", "Sacramento")) in ties(r)
    assert not any(f.p == V.since for f in r.facts)  # 2019 is the year of the visit, not of the tie
    # a visited city with no apposition stays a place where something happened
    r = read(ex, "The choir visited Matsuyama, Japan, in 2019 before Sacramento's sister city festival.")
    assert frozenset(("Matsuyama", "Sacramento")) not in ties(r)


def test_people_in_age_appositions(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Through the exchange, Dana Whitlow, 16-year-old junior at Ridge High School, visited Lodi, "
                 "Kofu's sister city, and Sacramento.")
    assert "Dana Whitlow" in names(r, "Person") and "Dana Whitlow" not in names(r, "City")
    r = read(ex, "\u201cIt feels like home,\u201d said 19-year-old Kofu student, Aiko Mori, of her hosts in Lodi.")
    assert "Aiko Mori" in names(r, "Person")
    # a list of cities with no age or quote beside a name keeps every city
    r = read(ex, "Lodi's sister cities include Kofu, Dana Point, and Sacramento.")
    assert "Dana Point" in names(r, "City") and not names(r, "Person")


def test_lower_case_title_of_a_town_names_the_town_and_binds_the_person(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The mayor of Wexbridge, Cllr Ann Dorley, has visited one of Wexbridge's twin towns. "
                 "Mayor Cllr Dorley went to Lindau-am-See for the 40th anniversary of the town-twinning. "
                 "Bürgermeister Karl Pohl, mayor of Lindau-am-See, welcomed the mayor of Wexbridge.")
    people = {e.name: iri for iri, e in r.entities.items() if e.type == "Person"}
    body = {label(r, f.s): label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor}
    assert body.get("Ann Dorley") == "Wexbridge" and body.get("Karl Pohl") == "Lindau-am-See"
    assert "Karl Pohl" in people and not any(n.startswith("Bürgermeister") for n in people)
    # the town named by a title is the town wherever else it stands alone: the visit states the tie
    assert frozenset(("Wexbridge", "Lindau-am-See")) in ties(r)
    # a lower-case title word with no place after "of" names no town
    r = read(ex, "The mayor of the future will need a team, said Ann Dorley.")
    assert not names(r, "City")


def test_the_owner_of_twin_towns_is_the_articles_own_city(ex) -> None:  # type: ignore[no-untyped-def]
    # the visited town is named more often, yet the tie's owner is the host of every tie in the article
    r = read(ex, "The choir sang in Kyoto. Kyoto hosted a fair and Kyoto welcomed them. "
                 "Kyoto is one of Wexbridge's twin towns. The twinning with Harlow was also celebrated.")
    assert frozenset(("Wexbridge", "Harlow")) in ties(r) and frozenset(("Kyoto", "Harlow")) not in ties(r)
    # with no owner named, the city named most is the article's own
    r = read(ex, "The choir sang in Kyoto. Kyoto hosted a fair and Kyoto welcomed them. "
                 "Wexbridge sent the choir. The twinning with Harlow was also celebrated.")
    assert frozenset(("Kyoto", "Harlow")) in ties(r)


def _event_dates(r) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.name: str(e.attrs.get("startDate")) for e in r.entities.values() if e.type == "Event" and "startDate" in e.attrs}


def test_partial_dates_read_against_the_articles_own_full_date(ex) -> None:  # type: ignore[no-untyped-def]
    text = ("Kofu and Lodi held a video call on March 26, 2021. During the call, Mayor Aki Sato thanked Lodi "
            "for joining the 2021 Green Cities Summit hosted by Kofu on March 23.")
    dates = _event_dates(read(ex, text, published=None))
    assert dates.get("2021 Green Cities Summit") == "2021-03-23"
    # no date written in full and no publication date: a bare month and day stays undated
    text = "Mayor Aki Sato thanked Lodi for joining the Green Cities Summit hosted by Kofu on March 23."
    assert "Green Cities Summit" not in _event_dates(read(ex, text, published=None))


def test_named_events_with_a_year_inside_and_venues_that_look_like_events(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Aki Sato led a delegation to the opening ceremony of the Kofu 2019 Universiade.")
    assert _event_dates(r).get("Kofu 2019 Universiade") == "2019"
    r = read(ex, "The two mayors signed the sister city agreement at the Lodi Expo Center on Monday.")
    assert not any("Expo" in n or n == "expo" for n in names(r, "Event"))


def test_relative_years_and_city_days(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Dan Reed visited Kofu, Lodi's sister city, last year.")
    assert "2023" in _event_dates(r).values()  # published 2024-03-09
    r = read(ex, "Mayor Aki Sato came to Lodi during the Lodi City Day festival last September.")
    assert _event_dates(r).get("Lodi City Day") == "2023-09"
    # a weekday is no named day
    r = read(ex, "Mayor Aki Sato came to Lodi on Monday.")
    assert not any(n.endswith("Day") for n in names(r, "Event"))


def test_the_articles_own_date_never_resolves_relative_dates(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Kofu and Lodi held a video call on March 26, 2021. Mayor Aki Sato visited Lodi last October "
                 "for the Lodi City Day festival.", published=None)
    assert not any(n.startswith("Lodi City Day") for n in _event_dates(r))  # "last October" needs the publication date


def test_a_korean_homonym_settled_by_the_province_the_article_names(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Buyeo County signed a sister city agreement with Gwangju City, Gyeonggi Province, on the 22nd.")
    iris = {str(iri) for iri, e in r.entities.items() if e.type == "City"}
    assert any(i.endswith("/city/kr/gwangju-gyeonggi") for i in iris)
    # with no province named, the homonym with a metropolitan city is that city (광주광역시)
    r = read(ex, "Buyeo County signed a sister city agreement with Gwangju City on the 22nd.")
    iris = {str(iri) for iri, e in r.entities.items() if e.type == "City"}
    assert any(i.endswith("/city/kr/gwangju") for i in iris) and not any(i.endswith("gwangju-gyeonggi") for i in iris)
    # two homonyms of one level (고성군 in 강원 and 경남) are still not guessed
    r = read(ex, "Buyeo County signed a sister city agreement with Goseong County on the 22nd.")
    assert not any("/city/kr/goseong" in str(iri) for iri, e in r.entities.items() if e.type == "City")


def test_the_title_of_a_body_then_the_name_without_a_comma(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Chairwoman of the municipal People's Council Tran Thi Mai Lan said the pact opens a new chapter.")
    assert "Tran Thi Mai Lan" in names(r, "Person")
    # a body's name running on into a lower-case word is no person
    r = read(ex, "Chairwoman of the municipal People's Council said the pact opens a new chapter.")
    assert not names(r, "Person")


def test_an_acronym_after_a_body_is_its_short_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The plenary of the City Council of Lodi (LCC) voted on Monday. The message was analysed by the "
                 "committees of the LCC.")
    orgs = {e.name: e.alt for e in r.entities.values() if e.type == "Organization"}
    assert "LCC" not in orgs and "LCC" in orgs.get("City Council of Lodi", set())
    # an acronym with no body before it is a body of its own
    r = read(ex, "The plan was approved by the LCC on Monday.")
    assert "LCC" in names(r, "Organization")


def test_bodies_named_by_one_known_phrase(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Lodi's other sister cities are Kofu and Matsuyama, a release from Sister Cities International states.")
    assert "Sister Cities International" in names(r, "Organization")
    assert "International" not in names(r, "City")


def test_envoys_posts_and_the_mayor_of_the_city_just_named(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Lodi Mayor Dan Reed met with Japanese Ambassador to Korea Aki Mori at City Hall.")
    assert "Aki Mori" in names(r, "Person") and "Korea Aki Mori" not in names(r, "Person")
    r = read(ex, "Lodi signed the pact with Ann Pike, representative of Marin County, at the fair.")
    body = {label(r, f.s): label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor}
    assert body.get("Ann Pike") == "Marin County"
    # the city already has its mayor: a second mayor named after another city is that city's
    r = read(ex, "Lodi Mayor Dan Reed sent aid. The quake toppled 300 buildings in Kofu, according to Mayor Aki Sato.")
    body = {label(r, f.s): label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor}
    assert body.get("Aki Sato") == "Kofu" and body.get("Dan Reed") == "Lodi"


def test_states_only_locate_and_hyphenated_compound_names(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Yongin signed a sister city agreement with Williamson County, Texas, USA, on Monday.")
    assert "Williamson County" in names(r, "City") and "Texas" not in names(r, "City")
    r = read(ex, "Lodi's other sister cities are Kofu in Japan and Newcastle-upon-Tyne in the United Kingdom.")
    iris = {str(iri) for iri, e in r.entities.items() if e.type == "City"}
    assert any(i.endswith("/city/gb/newcastle-upon-tyne") for i in iris)
    # a hyphenated word that names no place stays unread
    r = read(ex, "Lodi's sister cities include Kofu and Well-upon-Nowhere.")
    assert not any("/city/gb/" in str(i) for i in r.entities)


def test_a_person_in_a_list_of_places_by_photo_position_or_post(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Dan Reed (third from the left), mayor of Lodi, greets guests at the sister city ceremony with "
                 "Kofu, Matsuyama and Williamson County.")
    assert "Dan Reed" not in names(r, "City") and "Dan Reed" in names(r, "Person")


def test_a_city_that_took_part_attends_every_event_named_after(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Kofu City participated in the Lodi Wine Festival and the Lodi Water Forum organized by Lodi.")
    att = {(label(r, f.s), label(r, f.o)) for f in r.facts if f.p == V.SCHEMA.attendee}
    assert {("Lodi Wine Festival", "Kofu City"), ("Lodi Water Forum", "Kofu City")} <= att or \
        {("Lodi Wine Festival", "Kofu"), ("Lodi Water Forum", "Kofu")} <= att
    # the organiser named after the events is no attendee, nor the city inside an event's name
    assert not any(o in ("Lodi",) for _, o in att)
    r = read(ex, "A delegation was invited to the 2023 Lodi Wine Festival and participated in the parade.")
    assert not any(label(r, f.o) == "Lodi" for f in r.facts if f.p == V.SCHEMA.attendee)


def test_a_sentence_glossing_names_in_hangul_is_read(ex) -> None:
    r = read(ex, "Hanam City (하남시) has signed a sister city agreement with Austin (Mayor Steve Adler 스티브 애들러) "
                 "on the 4th.")
    assert frozenset(("Hanam City", "Austin")) in ties(r) or any("Austin" in " ".join(t) for t in ties(r))
    assert ("Steve Adler", "Austin") in roles(r)


@pytest.mark.parametrize("text, person", [
    ("Mayor Kim Meets with the Osaka Friendship Association", None),
    ("Governor Lee Visits Arkansas to Renew Sister State Ties", None),
    ("Mayor Kim Young-soo Meets with Friends of Austin", "Kim Young-soo"),
])
def test_third_person_verbs_in_a_headline_end_a_name(ex, text, person) -> None:
    people = names(read(ex, text), "Person")
    assert not any(w in n for n in people for w in ("Meets", "Visits"))
    if person:
        assert person in people


def test_the_party_named_after_with_is_not_the_tie_owner(ex) -> None:
    r = read(ex, "After it signed a sister city agreement with Bremen, Germany in 1986, Chuncheon went on to form "
                 "friendship ties with Da Lat and Kaohsiung.")
    got = ties(r)
    assert frozenset(("Chuncheon", "Da Lat")) in got and frozenset(("Chuncheon", "Kaohsiung")) in got
    assert frozenset(("Bremen", "Da Lat")) not in got and frozenset(("Bremen", "Chuncheon")) in got
    r = read(ex, "Chuncheon signed sister city agreements with Da Lat and Kaohsiung.")
    assert frozenset(("Da Lat", "Kaohsiung")) not in ties(r)


def test_a_city_written_between_a_title_and_a_name_is_the_body(ex) -> None:
    r = read(ex, "Mayor Austin Jane Maria Roe signed the letter.")
    assert ("Jane Maria Roe", "Austin") in roles(r)
    r = read(ex, "Mayor Jane Roe signed the letter in Austin.")
    assert "Jane Roe" in names(r, "Person")  # a two-word name is never cut


def test_a_lower_case_title_before_a_full_name(ex) -> None:
    r = read(ex, "The delegation included deputy mayor Tom Smith and councillor Jane Roe.")
    assert {"Tom Smith", "Jane Roe"} <= names(r, "Person")
    r = read(ex, "The mayor Hall said the visit went well.")
    assert "Hall" not in names(r, "Person")  # one word after a lower-case title is no name


def test_people_listed_beside_a_tie_are_no_cities(ex) -> None:
    r = read(ex, "With deputy mayor Tom Ash and Crs Ann Lee, Bob Ray and Sue Fox, Jim Bolt flew from Invercargill "
                 "to Japan for the 30th year of the sister city relationship with Kumagaya, in Saitama Prefecture.")
    cities = names(r, "City")
    assert not cities & {"Jim Bolt", "Ann Lee", "Bob Ray", "Sue Fox", "Tom Ash"}
    assert frozenset(("Invercargill", "Kumagaya")) in ties(r)
    r = read(ex, "Its sister cities include Kumagaya, Suzhou, Riverton Falls and Elmsworth.")
    assert {"Riverton Falls", "Elmsworth"} <= names(r, "City")  # beside known cities, unknown names are cities


def test_between_names_the_parties_of_a_tie(ex) -> None:
    r = read(ex, "Consul Lee of San Francisco gave a speech at the MOU signing between Icheon City and the City of "
                 "Austin.")
    assert ties(r) == {frozenset(("Icheon", "Austin"))} or ties(r) == {frozenset(("Icheon City", "Austin"))}
    r = read(ex, "The friendship agreement between Suwon, Austin and Bremen was renewed.")
    assert len(ties(r)) >= 2 and all("San Francisco" not in t for t in ties(r))


def test_a_sentence_adverb_is_no_list_item(ex) -> None:
    r = read(ex, "Presently, Gwangmyeong keeps sister ties with Suzhou, China; Bremen, Germany; and Da Lat, Vietnam.")
    assert "Currently" not in names(r, "City")
    assert {"Suzhou", "Bremen", "Da Lat"} <= names(r, "City")


def test_a_post_for_a_field_of_work_after_a_name(ex) -> None:
    r = read(ex, "The guests called on PARK Min-su, deputy governor for economy, in Gyeongsangbuk-do.")
    assert ("PARK Min-su", "Gyeongsangbuk-do") in roles(r)
    r = read(ex, "The mayor, speaking for everyone, thanked the guests.")
    assert names(r, "Person") == set()


def test_the_two_regions_are_the_article_s_two_parties(ex) -> None:
    r = read(ex, "A delegation from Jiangxi Province visited Gyeongsangbuk-do. The two regions looked back on the "
                 "years since their sisterhood began in 2009.")
    assert frozenset(("Jiangxi Province", "Gyeongsangbuk-do")) in ties(r)


@pytest.mark.parametrize("text, expected", [
    ("On March 12, Suwon will sign a friendship pact with Hue.", "2024-03-12"),
    ("Suwon signed the pact on the 4th, and will widen its exchanges.", "2024-03-04"),
    ("On March 12, the mayor toured Hue.", "2023-03-12"),
])
def test_a_future_after_the_date_in_its_own_clause(text: str, expected: str) -> None:
    found = find(text, published=dt.date(2024, 3, 9))
    assert [w.value.isoformat() for w in found] == [expected]


def test_a_short_name_starting_a_longer_place_name_is_not_that_place(ex) -> None:
    r = read(ex, "Busan signed pacts with Hanoi in 2006 and with Ho Chi Mihn City in 2015.")
    assert "Ho" not in names(r, "City")
    r = read(ex, "The mayor of Ho in Ghana visited Accra.")
    assert "Ho" in names(r, "City")  # alone, the short name is still the place


def test_the_title_of_a_province_of_a_country_then_the_name(ex) -> None:
    r = read(ex, "She welcomed the Governor of Gyeongsangbuk province of the Republic of Korea (RoK), Lee Min Ho, "
                 "on May 8.")
    assert ("Lee Min Ho", "Gyeongsangbuk province") in roles(r) or ("Lee Min Ho", "Gyeongsangbuk") in roles(r)
    r = read(ex, "The Mayor of Seoul, Park Do-yun, met the delegation.")
    assert ("Park Do-yun", "Seoul") in roles(r)


def test_a_long_body_name_between_a_title_and_a_name(ex) -> None:
    r = read(ex, "Chairman of the Da Nang City People's Committee Tran Van Minh greeted the guests.")
    assert "Tran Van Minh" in names(r, "Person")


def test_a_body_the_text_states_later_replaces_a_guessed_one(ex) -> None:
    r = read(ex, "On June 3, Mayor Wang Lei met visiting Mayor Choi Min-ho of Daejeon.\n"
                 "Mr. Wang Lei, mayor of Nanjing, thanked the guests.")
    assert ("Wang Lei", "Nanjing") in roles(r) and ("Wang Lei", "Daejeon") not in roles(r)
    r = read(ex, "Mayor Choi Min-ho of Daejeon visited Nanjing.\nChoi Min-ho, mayor of Daejeon, spoke.")
    assert ("Choi Min-ho", "Daejeon") in roles(r)  # a body stated twice stays


def test_a_party_secretary_is_a_titled_person(ex) -> None:
    r = read(ex, "Party Secretary Zhao Ming and Governor Sun Li met the delegation.")
    assert {"Zhao Ming", "Sun Li"} <= names(r, "Person")


def test_a_people_s_committee_is_one_organisation(ex) -> None:
    r = read(ex, "The Hoa Binh Provincial People's Committee welcomed the delegation.")
    assert "Hoa Binh Provincial People's Committee" in names(r, "Organization")
    r = read(ex, "Austin's Sister Cities Association welcomed the delegation.")
    assert "Austin's Sister Cities Association" not in names(r, "Organization")  # a city's possessive is no part


def test_a_university_of_a_state_at_its_city(ex) -> None:
    r = read(ex, "Seoul National University signed an MOU with the University of Texas at Austin on Monday.")
    assert "University of Texas at Austin" in names(r, "Organization")
    r = read(ex, "The University of Seoul hosted the forum at City Hall.")
    assert "University of Seoul" in names(r, "Organization")


def test_a_list_of_people_names_no_cities(ex) -> None:
    r = read(ex, "Riverton welcomed visitors from its sister city, Tsubame, Japan. The guests were Aiko Mori, "
                 "Kenji Sato, Yumi Ito and Taro Tanabe.")
    assert "Tanabe" not in names(r, "City") and "Tsubame" in names(r, "City")
    r = read(ex, "Its sister cities are Tanabe, Kaohsiung and Suzhou.")
    assert "Tanabe" in names(r, "City")


def test_a_numbered_district_of_a_club_is_no_place(ex) -> None:
    r = read(ex, "Members of Rotary International District 3650 travelled to the sister city Pyeongtaek City.")
    assert not any("District" in c for c in names(r, "City"))
    r = read(ex, "The Khan-Uul district signed a friendship agreement with Nam-gu.")
    assert any("Khan-Uul" in c for c in names(r, "City"))


def test_the_head_of_a_city_s_delegation_is_that_city_s(ex) -> None:
    r = read(ex, "Shandong Province hosted the talks in Jinan. Shandong Province welcomed the Jeollabuk-do delegation "
                 "headed by Governor Kim Min-soo.")
    assert ("Kim Min-soo", "Jeollabuk-do") in roles(r)
    r = read(ex, "Shandong Province hosted the talks in Jinan. Governor Kim Min-soo welcomed the guests.")
    assert ("Kim Min-soo", "Jeollabuk-do") not in roles(r)


def test_a_wire_dateline_is_furniture() -> None:
    assert masked("HANAM, South Korea, Nov. 4 (Yonhap) -- The mayors signed.").split() == ["The", "mayors", "signed."]
    assert masked("SUWON, May 2 (Yonhap) — Two cities met.").split() == ["Two", "cities", "met."]
    assert masked("Austin, Texas, is a sister city of Gwangmyeong.").split()[0] == "Austin,"


def test_teasers_of_other_stories_above_the_article_are_furniture() -> None:
    text = ("- Senate passes a budget bill\n- Team wins the cup final\n- Storm hits the coast\nTwo towns twin\n"
            "The mayors of Hanam and Austin signed a sister city pact at the city hall on Monday morning.\n"
            "- Austin, USA\n- Bremen, Germany\n- Suzhou, China\n")
    kept = masked(text)
    assert "Senate" not in kept and "Storm" not in kept and "Bremen, Germany" in kept


def test_initials_and_month_abbreviations_are_no_places(ex) -> None:
    r = read(ex, "The province has inked sister ties with the U.S. states of Oregon and Missouri.")
    assert "U" not in names(r, "City") and {"Oregon", "Missouri"} <= names(r, "City")
    r = read(ex, "GUMI, South Korea, Oct. 31 -- Gumi and Austin signed a sister city pact.")
    assert "Oct" not in names(r, "City")


def test_a_headline_in_title_case_names_no_place_before_a_country(ex) -> None:
    r = read(ex, "Lahr Signs Friendship City Agreement With Tunis, Tunisia\n\nLahr signed a friendship city "
                 "agreement with Tunis on Friday.")
    assert not any("Agreement" in n for n in names(r, "City")) and "Tunis" in names(r, "City")
    r = read(ex, "The city signed an agreement with Santa Fe de la Vega, Bolivia, a sister city.")
    assert "Santa Fe de la Vega" in names(r, "City")  # in running text the rule still reads new cities


def test_a_name_before_a_common_noun_after_of_the_is_no_place(ex) -> None:
    r = read(ex, "Tunis Mayor Amal Ben Salah, the first female mayor of the Arab world, signed the sister city pact.")
    assert "Arab" not in names(r, "City")
    r = read(ex, "Lynn Hart, the mayor of the Hague, signed the sister city pact.")
    assert "Hague" in names(r, "City")


def test_a_council_or_a_civic_party_names_its_town(ex) -> None:
    r = read(ex, "Coun Hart told Alnbury Town Council that the twinning visit to Germany went well. "
                 "Alnbury's civic party was welcomed in Voerstadt.")
    assert "Alnbury" in names(r, "City") and "Alnbury Town Council" in names(r, "Organization")
    assert not any(n.startswith("Alnbury Town") for n in names(r, "City"))
    r = read(ex, "The City Council met on Friday. Smith's report was read.")
    assert not names(r, "City")


def test_councillor_abbreviations_are_titles() -> None:
    for t in ("Coun", "Coun.", "Cnclr", "Clr"):
        assert title_of(t) is not None, t


def test_a_twinning_visit_to_a_town_and_a_pair_that_have_been_twins(ex) -> None:
    r = read(ex, "Alnbury's mayor made the first twinning visit to Voerstadt since 2009.")
    assert frozenset(("Alnbury", "Voerstadt")) in ties(r)
    assert not any(f.p == V.since for f in r.facts)  # the first visit since 2009: no tie's start
    r = read(ex, "Alnbury and Voerstadt have been twin towns since 1979.")
    assert frozenset(("Alnbury", "Voerstadt")) in ties(r)
    assert {str(f.o) for f in r.facts if f.p == V.since} == {"1979"}
    r = read(ex, "Alnbury and Voerstadt are friends.")
    assert not ties(r)


def test_a_date_inside_a_since_phrase_dates_no_event(ex) -> None:
    r = read(ex, "It was the first visit to Voerstadt since local government reorganisation in 2009.")
    assert not any(f.p == V.SCHEMA.startDate for f in r.facts)
    r = read(ex, "The mayor of Alnbury visited Voerstadt, Germany in 2019.")
    assert any(f.p == V.SCHEMA.startDate and str(f.o) == "2019" for f in r.facts)


def test_untitled_people_a_group_includes(ex) -> None:
    r = read(ex, "Visitors from the USA included Nora B Quill, Kevin J Marsh, and Mary C Lowry.")
    assert {"Nora B Quill", "Kevin J Marsh", "Mary C Lowry"} <= names(r, "Person")
    assert "Mary" not in names(r, "City")  # a first name before an initial, not the city of Mary
    r = read(ex, "Its sister cities include Santa Cruz, San Jose and Salt Lake.")
    assert not names(r, "Person")  # no group of people is spoken of


def test_vice_and_deputy_titles_keep_their_rank() -> None:
    for t, role in (("Executive Vice Governor", "vice governor"), ("Lieutenant Governor", "vice governor"),
                    ("Governor", "governor"), ("Vice Chairman", "vice chair"), ("deputy chairwoman", "vice chair"),
                    ("Chairman", "chair"), ("Vice President", "vice president"), ("President", "president")):
        found = title_of(t)
        assert found is not None and found.role == role, t


def test_a_friendship_exchange_agreement_is_a_friendship_tie() -> None:
    assert tie_kind("agreed to sign a friendship exchange agreement") == "friendship"
    assert tie_kind("a friendship cooperation pact") == "friendship"
    assert tie_kind("a friendship festival") is None


def test_a_quoted_tie_phrase_still_names_its_partner(ex) -> None:
    r = read(ex, 'The council voted to recognise Sakura City, Japan as a "sister city" to Palos Alto Verde.')
    assert frozenset(("Sakura", "Palos Alto Verde")) in ties(r)


def test_a_dateline_without_a_day_is_furniture(ex) -> None:
    r = read(ex, "CEBU, Philippines - Both Lipa City and Mosul City in Iraq signed a sister-city pact on Friday.")
    assert not any("cebu" in x.lower() for t in ties(r) for x in t)  # the place of filing is no party
    assert masked("ILOILO: Lipa City welcomed the delegation.").startswith(" " * 8)
    assert masked("NATO said the pact holds.").startswith("NATO")  # no dash or colon: article text


def test_a_plural_title_before_a_list_of_names_gives_people(ex) -> None:
    r = read(ex, "The signing was witnessed by members of the delegation, councilors Dio Suico, Jim Lumapas, "
                 "and Demi Cortes Jr.")
    assert {"Dio Suico", "Jim Lumapas"} <= names(r, "Person") and any(n.startswith("Demi Cortes") for n in names(r, "Person"))


def test_a_demonym_before_a_common_noun_is_no_organisation(ex) -> None:
    r = read(ex, "The mayor thanked other members of the Iraqi delegation.")
    assert not names(r, "Organization")
    r = read(ex, "The mayor thanked members of the Rotary Club.")
    assert "Rotary Club" in names(r, "Organization")


def test_a_title_before_for_is_no_part_of_an_organisations_name(ex) -> None:
    r = read(ex, "Leo Quill was previously Chairperson for Warbury Board of Supervisors.")
    assert "Warbury Board of Supervisors" in names(r, "Organization")
    assert not any(n.startswith("Chairperson") for n in names(r, "Organization"))
    r = read(ex, "Zewu Lin, Vice President of the Lahr Sister Cities Association, came.")
    assert "Lahr Sister Cities Association" in names(r, "Organization") and "Zewu Lin" in names(r, "Person")


def test_a_town_named_by_the_lower_case_title_after_it(ex) -> None:
    r = read(ex, "Marbury mayor Sally Davis traveled to Lahr last year.")
    assert "Marbury" in names(r, "City")
    assert {(label(r, f.s), label(r, f.o)) for f in r.facts if f.p == V.SCHEMA.worksFor} == {("Sally Davis", "Marbury")}
    r = read(ex, "Former mayor John Smith spoke.")
    assert not names(r, "City")


def test_a_city_ending_a_persons_name_is_the_surname_not_the_body(ex) -> None:
    r = read(ex, "The mayor Sally Davis traveled to Lahr, Germany for the twinning anniversary.")
    assert not any(label(r, f.o) == "Davis" for f in r.facts if f.p == V.SCHEMA.worksFor)


def test_two_places_joined_by_a_slash_before_a_tie_phrase(ex) -> None:
    r = read(ex, "They celebrated the 50th anniversary of the Tachiyama/San Bernardino Sister City program.")
    assert frozenset(("Tachiyama", "San Bernardino")) in ties(r)
    r = read(ex, "They met for the re-signing of the Sister Cities Resolution.")
    assert not names(r, "City")  # a document named after the tie is no partner


def test_beginning_a_partnership_with_a_city_is_a_tie_dated_by_its_day(ex) -> None:
    r = read(ex, "Columbia began a partnership with Matsuo City, Japan, on March 7, 1988, a release said.")
    assert frozenset(("Columbia", "Matsuo City")) in ties(r)
    assert {str(f.o) for f in r.facts if f.p == V.since} == {"1988"}
    r = read(ex, "The city began a partnership with the Chamber of Commerce.")
    assert not ties(r)


def _since(r) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(f.o) for f in r.facts if f.p == V.since}


def test_a_ties_year_after_a_month_or_a_whole_date(ex) -> None:
    assert _since(read(ex, "Gimhae and Kumamoto have kept a sister city relationship since November 3, 1993.")) == {"1993"}
    assert _since(read(ex, "Gimhae and Kumamoto became sister cities in October 1993.")) == {"1993"}
    assert _since(read(ex, "Gimhae and Kumamoto became sister cities on 3 November 1993.")) == {"1993"}
    # must not: the year the partners met or celebrated is no start of the tie
    assert not _since(read(ex, "Gimhae and Kumamoto, sister cities, met in Busan in 2018 to mark the anniversary."))
    assert not _since(read(ex, "Gimhae and Kumamoto, sister cities, celebrated the festival in 2018."))


def test_honorifics_before_a_name_are_no_part_of_it(ex) -> None:
    r = read(ex, "The visitors were received by the Honorable Park Ji-won, Mayor of Gimhae, South Korea.")
    assert names(r, "Person") == {"Park Ji-won"}
    r = read(ex, "The visitors were received by His Excellency Kenji Sato, Mayor of Kumamoto, Japan.")
    assert names(r, "Person") == {"Kenji Sato"}
    r = read(ex, "Honorable Mention went to a student from Gimhae, South Korea, at the sister city fair.")
    assert not names(r, "Person")


def _bodies(r) -> dict[str, str]:  # type: ignore[no-untyped-def]
    body = {f.s: label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor}
    return {e.name: body.get(e.iri, "") for e in r.entities.values() if e.type == "Person"}


def test_a_bare_mayor_is_the_hosts_not_the_visitors(ex) -> None:
    text = ("A delegation from Japan's Sakata visited its sister city Delaware, Ohio, last week. Sakata sent five "
            "people to Delaware. \"The delegation was so gracious,\" said Mayor Carolyn Riggle.")
    assert _bodies(read(ex, text)).get("Carolyn Riggle") == "Delaware"
    # must not: with no visitors named, the article's first and most named city keeps the bare title
    text = "Sakata welcomed Delaware's students. Sakata and Delaware are sister cities. Mayor Carolyn Riggle spoke."
    assert _bodies(read(ex, text)).get("Carolyn Riggle") == "Sakata"


def test_a_title_in_brackets_after_a_name(ex) -> None:
    r = read(ex, "Speeches were given by Mr Kenji Sato (Mayor of Kumamoto, Japan) and Ms Jane Roe (Mayor of Gimhae).")
    assert _bodies(r) == {"Kenji Sato": "Kumamoto", "Jane Roe": "Gimhae"}
    r = read(ex, "The fair (sponsor of Gimhae Sister Cities) opened in Kumamoto on Friday.")
    assert not names(r, "Person")


def test_city_managers_and_deputy_directors(ex) -> None:
    r = read(ex, "\"It went well,\" said Delaware City Manager Tom Homan after the Sakata visit.")
    assert r.entities and any(e.attrs.get("jobTitle") == "city manager" for e in r.entities.values())
    r = read(ex, "Zhu Beihua, vice director of the Haiyan County Trade Bureau, led the delegation to Batesville.")
    assert any(e.name == "Zhu Beihua" and e.attrs.get("jobTitle") == "deputy director" for e in r.entities.values())
    r = read(ex, "The city manager said the budget for the Sakata visit was tight.")
    assert not names(r, "Person")


def test_one_plural_title_for_two_named_officials(ex) -> None:
    r = read(ex, "The pact was signed by Mayors Kim Min-su of Gimhae and Kenji Sato of Kumamoto on Tuesday.")
    assert _bodies(r) == {"Kim Min-su": "Gimhae", "Kenji Sato": "Kumamoto"}
    r = read(ex, "The pact was signed by the mayors of Gimhae and Kumamoto on Tuesday.")
    assert not names(r, "Person")


def test_a_counterpart_takes_the_title_in_the_place_before_it(ex) -> None:
    r = read(ex, "Gimhae Mayor Kim Min-su and his Kumamoto counterpart, Kenji Sato, signed the pact.")
    assert _bodies(r) == {"Kim Min-su": "Gimhae", "Kenji Sato": "Kumamoto"}
    r = read(ex, "Mayor Kim Min-su signed an agreement with his Kumamoto counterpart. Gimhae and Kumamoto are sister cities.")
    assert _bodies(r) == {"Kim Min-su": "Gimhae"}  # the counterpart's city is the other side's


def test_a_known_province_or_prefecture_by_its_english_name(ex) -> None:
    r = read(ex, "Gimhae signed a friendship agreement with Vietnam's Bac Ninh Province in 2005.")
    iris = {str(e.iri).rsplit("/id/", 1)[-1] for e in r.entities.values() if e.type == "City"}
    assert "city/vn/bac-ninh-province" in iris and not any(i.startswith("city/zz/") for i in iris)
    r = read(ex, "Gimhae has friendship ties with Fukuoka Prefecture, Japan.")
    iris = {str(e.iri).rsplit("/id/", 1)[-1] for e in r.entities.values() if e.type == "City"}
    assert "city/jp/fukuoka-prefecture" in iris and "city/jp/fukuoka" not in iris  # the prefecture, not its city
    r = read(ex, "Gimhae and Fukuoka are sister cities.")
    assert "city/jp/fukuoka" in {str(e.iri).rsplit("/id/", 1)[-1] for e in r.entities.values() if e.type == "City"}


def _cities(r) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(e.iri).rsplit("/id/city/", 1)[-1] for e in r.entities.values() if e.type == "City"}


def test_place_names_with_small_words_inside(ex) -> None:
    r = read(ex, "A reception marked 40 years of twinning between Bideford and Landivisiau Sur Elorn in France.")
    assert tie_types(r) and {"zz/landivisiau-sur-elorn", "fr/landivisiau-sur-elorn"} & _cities(r)
    assert not any(c.endswith("/sur") for c in _cities(r))  # Sur alone is no place (the town in Oman)
    r = read(ex, "Bideford welcomed delegates from its twin town, Chateau du Lac in France, last week.")
    assert "fr/chateau-du-lac" in _cities(r) and not any(c.endswith("/lac") for c in _cities(r))


def test_a_ledes_town_in_capitals_and_a_mayor_written_with_cllr(ex) -> None:
    r = read(ex, "BIDEFORD recently welcomed delegates from its twin town, Chateau du Lac in France. "
                 "Bideford mayor cllr Jane Roe said the visit went well.")
    assert any(c.endswith("/bideford") for c in _cities(r))
    assert _bodies(r).get("Jane Roe") == "Bideford"
    assert any(f.sentence and f.sentence.startswith("BIDEFORD") for f in r.facts)  # evidence keeps the page's text
    r = read(ex, "HALF a century of friendship was marked in Bideford.")
    assert not any(c.endswith("/half") for c in _cities(r))


def test_a_place_that_contains_or_lies_near_another_is_no_party(ex) -> None:
    r = read(ex, "Delegates from Chateau du Lac, France, now part of the Lacval commune, arrived in Bideford to mark 20 "
                 "years of twinning. The guests included the deputy mayor Anne Dupont of Lacval.")
    assert not any("Lacval" in pair for pair in ties(r))  # the commune is no partner of the town it contains
    r = read(ex, "Bideford is twinned with Moosdorf, near Munich. Councillor Jane Roe led the visit.")
    assert _bodies(r).get("Jane Roe", "") != "Munich"


def test_our_twin_town_is_the_other_side(ex) -> None:
    r = read(ex, "Members travelled to Lacville-sur-Mer, our French twin town, in May. Our own mayor, Cllr Jane Roe, "
                 "spoke at the dinner.")
    assert any("lacville-sur-mer" in c for c in _cities(r))
    assert _bodies(r).get("Jane Roe", "") != "Lacville-sur-Mer"


def test_a_list_under_headings_belongs_to_the_city_said_to_have_it(ex) -> None:
    text = ("Gimhae signed an MOU with Kumamoto in 2017. Kumamoto currently has two sister cities and one friendship "
            "city:\n\nSister Cities\n\nHeidelberg, Germany (1992)\n\nSan Antonio, United States (1987)\n\n"
            "Friendship City\n\nGuilin, China (1982)\n")
    r = read(ex, text)
    assert {frozenset(("Kumamoto", x)) for x in ("Heidelberg", "San Antonio", "Guilin")} <= ties(r)
    assert not any("Gimhae" in pair and ("Heidelberg" in pair or "Guilin" in pair) for pair in ties(r))


def test_a_short_place_name_inside_a_longer_name_is_no_place(ex) -> None:
    r = read(ex, "Gimhae's mayor met the president at Cheong Wa Dae in Seoul on Monday.")
    assert not any(c.endswith("/wa") for c in _cities(r))
    r = read(ex, "Officials from Gimhae visited Wa, Ghana, a sister city, last week.")  # must: the town named alone
    assert any(c.endswith("/wa") for c in _cities(r))


def test_a_letter_of_intent_on_friendship_between_two_cities(ex) -> None:
    r = read(ex, "The mayors signed a \"Letter of Intent on Friendship and Cooperation\" between Sayamachi City and "
                 "Gimje City.")
    assert (frozenset(("Sayamachi City", "Gimje")), "friendshipCityOf") in tie_types(r)


def test_a_signing_dated_relatively_gives_the_ties_year(ex) -> None:  # type: ignore[no-untyped-def]
    for text in ("Gimpo and Weifang signed a sister city agreement last October.",
                 "Gimpo and Weifang signed a sister city agreement in October last year."):
        r = read(ex, text)
        assert {str(f.o) for f in r.facts if f.p == V.since} == {"2023"}
    r = read(ex, "Gimpo and Weifang have been sister cities, and their mayors met last October.")
    assert not [f for f in r.facts if f.p == V.since]  # must not: a meeting dates no tie
    r = read(ex, "Gimpo and Weifang signed a sister city agreement last October.", published=None)
    assert not [f for f in r.facts if f.p == V.since]  # no date to count from: no year


def test_a_given_name_that_is_a_city_starts_a_persons_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "At the fair the mayor of Hertford, Cllr David Ian Stone, cut the ribbon.")
    assert ("David Ian Stone", "Hertford") in roles(r) and "David" not in names(r, "City")
    r = read(ex, "Florence, Italy, and Austin are sister cities of Gwangmyeong.")  # must: places before a comma
    assert {"Florence", "Austin"} <= names(r, "City")


def test_a_lord_mayor_and_a_mayor_named_after_a_comma_and_cllr(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Wertheim Lord Mayor Markus Roe said the twinning was important.")
    assert ("Markus Roe", "Wertheim") in roles(r) and "Wertheim Lord" not in names(r, "City")
    r = read(ex, "Godmanchester mayor, Cllr Richard Doe, attended the event.")
    p = next(e for e in r.entities.values() if e.type == "Person")
    assert (p.name, p.attrs["jobTitle"]) == ("Richard Doe", "mayor") and ("Richard Doe", "Godmanchester") in roles(r)


def test_an_associations_initials_are_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Members of the Harpenden Twinning Association (HTA) met HTA's twin towns, Alzey in Germany and "
                 "Cosne in France.")
    assert "HTA" not in names(r, "City")
    r = read(ex, "Members met Wertheim's twin towns, Alzey in Germany and Cosne in France.")  # must: a town's
    assert "Wertheim" in names(r, "City")


def test_the_partners_listed_after_a_ties_first_one(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Harpenden has twinning links with both Alzey and Cosne.")
    assert {frozenset({"Harpenden", "Alzey"}), frozenset({"Harpenden", "Cosne"})} <= ties(r)
    r = read(ex, "Harpenden has a twinning partnership with Alzey and Mayor John Roe attended.")
    assert "Mayor John Roe" not in names(r, "City") and "John Roe" not in names(r, "City")
    r = read(ex, "Smith has a sister who lives with Jane.")  # must not: a person's family is no tie
    assert not names(r, "City")


def test_a_country_describing_a_city_is_no_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "So Bremen and the US city now share a formal partnership.")
    assert names(r, "City") == {"Bremen"}
    r = read(ex, "Iloilo City and Quezon City signed a sister city agreement.")  # must: a name and its City
    assert {"Iloilo City", "Quezon City"} <= names(r, "City")


def test_a_state_after_a_city_names_its_country(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The delegation will be visiting Santa Clara, California, in July.")
    assert any(str(e.iri).endswith("/us/santa-clara") for e in r.entities.values())
    r = read(ex, "Students visited Santa Clara, Cuba, last year.")  # must: the country written is the country
    assert any(str(e.iri).endswith("/cu/santa-clara") for e in r.entities.values())


def test_a_mayor_named_with_a_delegation_from_a_city_is_its_mayor(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Park Jin-ho and a Friendship City delegation from Icheon City will tour Fremont, "
                 "California, next month.")
    assert ("Park Jin-ho", "Icheon City") in roles(r)
    r = read(ex, "Mayor Jane Roe welcomed a delegation from Icheon City to Santa Clara, California.")  # must: the host
    assert ("Jane Roe", "Santa Clara") in roles(r)


def test_a_mayor_named_with_officials_from_a_city_is_its_mayor(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Jim Doe gave Mayor Kenji Roe and officials from Saitama a crystal vase in Richmond.")
    assert ("Kenji Roe", "Saitama") in roles(r)
    r = read(ex, "Mayor Jane Roe thanked volunteers and officials from Saitama for their help.")  # must not: a verb between
    assert ("Jane Roe", "Saitama") not in roles(r)


def test_a_foreign_name_written_without_its_diacritics(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Sacheon officials visited Vung Tau, Vietnam, and Can Tho last week.")
    assert any(str(e.iri).endswith("/vn/vung-tau") for e in r.entities.values())
    r = read(ex, "Sacheon officials visited Vũng Tàu, Vietnam, last week.")  # must: as GeoNames writes it too
    assert any(str(e.iri).endswith("/vn/vung-tau") for e in r.entities.values())


def test_a_demonym_and_a_city_word_before_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Bideford marked 30 years of the twinning charter between Bideford and French city Morlaix.")
    assert any(str(e.iri).endswith("/fr/morlaix") for e in r.entities.values()) and "French" not in names(r, "City")
    r = read(ex, "Bideford has also been twinned with German town Boppard since 1990.")
    assert "German" not in names(r, "City") and "Boppard" in names(r, "City")
    r = read(ex, "The host city Seoul welcomed them.")  # must: no demonym, nothing new
    assert names(r, "City") == {"Seoul"}


def test_a_foreign_honorific_and_a_saints_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Beside her stood Monsieur Paul Garnier, mayor of Rambouillet.")
    assert ("Paul Garnier", "Rambouillet") in roles(r)
    r = read(ex, "A choir sang in the church of St Lubin last Sunday.")
    assert not names(r, "City")
    r = read(ex, "Students from Lubin, Poland, visited.")  # must: the town itself
    assert "Lubin" in names(r, "City")


def test_a_participle_opening_the_sentence_is_no_part_of_a_bodys_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Representing Lowestoft Town Council at the fair were mayor Cllr Jane Hollis and two officers.")
    assert "Lowestoft Town Council" in names(r, "Organization")
    r = read(ex, "The Reading Borough Council hosted them.")  # must: a town whose name ends in -ing
    assert "Reading Borough Council" in names(r, "Organization")


def test_older_romanisations_of_korean_places_are_the_same_place(ex):
    def cities(r):  # type: ignore[no-untyped-def]
        return {str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "City"}

    r = read(ex, "Shinan County signed a sister city agreement with Mapo-gu on the 18th. Shinan-gun has 19 sister cities.")
    assert cities(r) == {"sinan", "mapo"}
    assert len(ties(r)) == 1  # one county, not a tie between its two spellings
    r = read(ex, "Kimhae City and Pusan signed a friendship agreement.")  # must: both older spellings
    assert cities(r) == {"gimhae", "busan"}
    r = read(ex, "Chung Min-ho, the chairman, said the office would help.")  # must not: a surname (Jung-gu)
    assert cities(r) == set()


def test_a_landmark_named_after_a_city_names_no_city(ex):
    r = read(ex, "The delegation from Hadong County toured Sendai Port and Osaka Castle on Tuesday.")
    assert names(r, "City") == {"Hadong"}
    r = read(ex, "The delegation from Hadong County toured Sendai and Osaka on Tuesday.")  # must: the cities
    assert names(r, "City") == {"Hadong", "Sendai", "Osaka"}


def test_a_titled_member_of_a_visiting_delegation_belongs_to_its_city(ex):
    r = read(ex, "Hadong County and Kagoshima City are friendship cities. The delegation from Hadong County, "
                 "consisting of County Governor Kim Do-yun and farmers, arrived in Kagoshima on Monday.")
    assert roles(r) == {("Kim Do-yun", "Hadong")}
    r = read(ex, "Hadong County and Kagoshima City are friendship cities. A delegation from Hadong County "
                 "arrived on Monday and Mayor Taro Yamada welcomed them.")  # must not: the host's mayor
    assert ("Taro Yamada", "Hadong") not in roles(r)


def test_a_korean_homonym_with_no_province_named_is_the_metropolitan_city(ex):
    def cities(r):  # type: ignore[no-untyped-def]
        return {str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "City"}

    r = read(ex, "Gwangju City signed a sister city agreement with Qingdao City at Qingdao City Hall, China.")
    assert cities(r) == {"gwangju", "qingdao"}  # and no city called Qingdao City Hall
    r = read(ex, "Zibo signed a sister city agreement with Gwangju in 2003. Gwangju lies in Gyeonggi province.")
    assert "gwangju-gyeonggi" in cities(r) and "gwangju" not in cities(r)  # must: a province named, lower case


def test_places_in_an_opening_located_phrase_only_locate(ex):
    r = read(ex, "Zibo signed a sister city agreement with Gwangju in 2003.\n"
                 "Located in the north of Gyeonggi province near Seoul, Gwangju is a hub city.")
    assert ties(r) == {frozenset(("Zibo", "Gwangju"))}
    r = read(ex, "Zibo has three sister cities.\nThey are Gwangju, Seoul and Osaka.")  # must: a list goes on
    assert frozenset(("Zibo", "Seoul")) in ties(r)


def test_a_past_tense_verb_in_a_title_case_headline_ends_a_name(ex):
    r = read(ex, "Mayor Chen Received the Delegation from Kure\nMayor Chen Mingde welcomed the delegation on Monday.")
    assert "Chen Received" not in names(r, "Person") and "Chen Mingde" in names(r, "Person")
    r = read(ex, "Mayor Chen Mingde welcomed the delegation on Monday.")  # must: a name with no verb in it
    assert names(r, "Person") == {"Chen Mingde"}


def test_a_prefecture_between_a_city_and_its_country_only_locates(ex):
    r = read(ex, "Keelung welcomed a delegation coming from Kure, Hiroshima, Japan. The two cities signed a sister "
                 "city agreement.")
    assert ties(r) == {frozenset(("Keelung", "Kure"))} and "Hiroshima" not in names(r, "City")
    r = read(ex, "Keelung signed a sister city agreement with Hiroshima, Japan.")  # must: the city itself
    assert ties(r) == {frozenset(("Keelung", "Hiroshima"))}


def test_a_member_named_inside_the_delegation_phrase_belongs_to_the_city_it_comes_from(ex):
    r = read(ex, "Keelung and Kure are friendship cities. In Keelung, the mayor Chen Mingde welcomed the delegation "
                 "of 11 officials led by the deputy mayor Kenji Moriyama coming from Kure.")
    assert roles(r) == {("Chen Mingde", "Keelung"), ("Kenji Moriyama", "Kure")}


def test_the_sister_cities_as_the_pair_and_a_newspaper_as_no_place(ex):
    r = read(ex, "Visitors from Hakusan, Japan, came to Columbia City Hall on Monday for the 25th anniversary of the "
                 "bond between the sister cities.")
    assert ties(r) == {frozenset(("Hakusan", "Columbia"))}
    r = read(ex, "Hiroshi Tanabe, editor of the Tsuyama Asahi Shimbun, gave a speech about Tsuyama and Santa Fe, "
                 "which are sister cities.")
    assert "Asahi" not in names(r, "City")


def test_a_mayor_who_visits_alone_attends_and_a_group_of_officials_brings_its_city(ex):
    r = read(ex, "Hadong County and Kagoshima City are sister cities. Hadong Mayor Kim Do-yun visited Kagoshima "
                 "on Monday.")
    assert attendees(r) == {"Kim Do-yun"}
    r = read(ex, "Hadong County and Kagoshima City are sister cities. Ten officials, including Hadong Mayor Kim "
                 "Do-yun, visited Kagoshima on Monday.")  # must: the group is the county's
    assert attendees(r) == {"Hadong", "Kim Do-yun"}


def test_a_bulleted_list_under_a_tie_head_names_the_partners(ex):
    text = ("Alzheim has kept close partnerships with four towns:\n\n"
            "  • With the English town of Hitchin, twinned in 1962. Hitchin lies north of London.\n"
            "  • With Prizrem in Kosovo from 1971 onwards.\n"
            "  • With the French village of Venarey-Les Laumes, not far from Dijon.\n"
            "  • And with the Czech city of Kutna Hora, the newest, from 2015. It lies east of Prague.\n")
    partners = {p for t in ties(read(ex, text)) if "Alzheim" in t for p in t} - {"Alzheim"}
    assert partners == {"Hitchin", "Prizrem", "Venarey-Les Laumes", "Kutna Hora"}  # not Dijon, not London or Prague
    text = ("The mayor thanked the volunteers:\n\n  • the English town of Hitchin sent a choir.\n"
            "  • the Czech city of Kutna Hora sent a band.\n")  # must not: a list under a head with no tie
    assert not ties(read(ex, text))


def test_an_event_after_twin_town_is_no_partner(ex):
    r = read(ex, "Wertheim hosted the Twin Town Business Meeting. Representatives of its twin towns Huntingdon and "
                 "Salon-de-Provence took part.")
    assert "Business Meeting" not in names(r, "City")


def test_a_tie_only_proposed_or_wished_for_is_no_tie(ex):
    r = read(ex, "Mayor Tran received the Governor of Chungcheongbuk-do. He suggested the two localities strengthen "
                 "exchanges, promote trade and sign a friendly cooperation agreement with HCMC.")
    assert not ties(r)
    r = read(ex, "Keelung and Kure look forward to establishing friendship, even becoming sister cities.")
    assert not ties(r)
    r = read(ex, "Chungcheongbuk-do and HCMC signed a friendly cooperation agreement on Monday.")  # must
    assert ties(r) == {frozenset(("HCMC", "Chungcheongbuk-do"))}


def test_a_suffix_written_twice_makes_no_place(ex):
    r = read(ex, "Chungcheongbuk Province-do and Ho Chi Minh City signed a memorandum of understanding on friendship.")
    assert "Province-do" not in names(r, "City")
    assert ties(r) == {frozenset(("Ho Chi Minh City", "Chungcheongbuk Province"))}


def test_a_list_after_the_tie_words_names_the_article_citys_partners(ex):
    r = read(ex, "The mayor of Yeosu opened the festival. The three Sister Cities attending were: Hangzhou, Zhejiang "
                 "Province, Weihai, Shandong Province and Lishui, Zhejiang Province.")
    assert ties(r) == {frozenset(("Yeosu", c)) for c in ("Hangzhou", "Weihai", "Lishui")}
    r = read(ex, "The mayor of Yeosu opened the festival. Hangzhou and Weihai are sister cities.")  # must: a pair
    assert ties(r) == {frozenset(("Hangzhou", "Weihai"))}


def test_review_look_alikes_of_this_rounds_rules_are_still_read(ex):
    r = read(ex, "Icheon aims to boost tourism and signed a sister city agreement with Suzhou in May.")
    assert ties(r) == {frozenset(("Icheon", "Suzhou"))}  # a wish verb before a tie already signed
    r = read(ex, "Busan's sister cities in Japan are Shimonoseki, Fukuoka, Osaka and Nagasaki.")
    assert {p for t in ties(r) for p in t} >= {"Fukuoka", "Osaka"}  # a prefecture's name inside a list is a city
    r = read(ex, "Mayor Kim thanked all the sister cities for coming to Icheon. Osaka sent a choir.")
    assert not ties(r)  # all the sister cities: no pair
    r = read(ex, "Kochang County signed a sister city agreement with Suzhou.")
    assert not any(str(i).endswith(("/geochang", "/gochang")) for i in r.entities)  # two counties spelled so
    r = read(ex, "Qingdao's Shinan District hosted the forum with Suzhou, a sister city.")
    assert not any("/city/kr/" in str(i) for i in r.entities)  # a Chinese district, no Korean county


def test_a_bulleted_list_under_a_short_heading_without_a_colon_is_still_read(ex):
    text = "Harpenden's twin towns\n\n• Alzey, Germany\n• Cosne-Cours-sur-Loire, France\n"
    assert frozenset(("Harpenden", "Alzey")) in ties(read(ex, text))


def test_a_citys_sisters_are_its_sister_cities(ex):
    r = read(ex, "Iloilo City welcomed the delegation on Monday. Its international sisters include the cities of "
                 "Kurashiki in Japan; Incheon, South Korea; and Honolulu, Hawaii.")
    assert ties(r) == {frozenset(("Iloilo City", x)) for x in ("Kurashiki", "Incheon", "Honolulu")}  # Hawaii locates
    r = read(ex, "Iloilo City welcomed the delegation on Monday. The Santos sisters include two teachers from Kurashiki.")
    assert ties(r) == set()  # must not: sisters that are people


def test_the_first_partner_listed_after_the_tie_word_is_no_host(ex):
    r = read(ex, "Iloilo City welcomed the delegation on Monday. Its sister cities include Kurashiki and Incheon.")
    assert ties(r) == {frozenset(("Iloilo City", "Kurashiki")), frozenset(("Iloilo City", "Incheon"))}
    r = read(ex, "In 1990 Iloilo City signed a sister city pact with Kurashiki and Incheon.")  # must: the subject hosts
    assert ties(r) == {frozenset(("Iloilo City", "Kurashiki")), frozenset(("Iloilo City", "Incheon"))}


def test_a_shouted_line_names_no_people_and_no_new_places(ex):
    r = read(ex, "THE MAYOR OF YAMANASHI CITY ARRIVED IN SIOUX CITY WITH TEN STUDENTS.\n"
                 "Mayor Bob Scott welcomed them at City Hall.")
    assert names(r, "Person") == {"Bob Scott"}  # must: the line in lower case is read
    assert not any("ARRIVED" in n or n.startswith("OF") for n in names(r, "City") | names(r, "Person"))


def test_a_titled_member_of_a_citys_own_group_works_for_that_city(ex):
    r = read(ex, "A delegation from Ota will visit Burbank on Nov. 16. Key Ota figures, including Mayor Ken Sato, "
                 "will make the trip.")
    assert roles(r) == {("Ken Sato", "Ōta")}
    r = read(ex, "A delegation from Ota will visit Burbank on Nov. 16. Mayor Jane Roe will welcome the guests.")
    assert roles(r) == {("Jane Roe", "Burbank")}  # must: the bare title is still the hosts'


def test_a_station_in_brackets_in_a_dateline_is_no_organisation(ex):
    r = read(ex, "Burbank, Calif. (KXYZ) — A delegation from Ota arrived in Burbank on Monday.")
    assert "KXYZ" not in names(r, "Organization")
    r = read(ex, "Reporters from Burbank Public Radio (KXYZ) met the delegation from Ota on Monday.")
    assert "KXYZ" in names(r, "Organization")  # must: the same acronym inside a sentence


def test_a_prefecture_after_in_locates_the_town_before_it(ex):
    r = read(ex, "Kumatori Town in Osaka welcomed a delegation from Mildura on Monday.")
    assert "Osaka" not in names(r, "City") and "Osaka" not in attendees(r)
    r = read(ex, "Kumatori Town and Osaka welcomed a delegation from Mildura on Monday.")
    assert "Osaka" in names(r, "City")  # must: named as a party of its own


def test_the_date_a_celebrated_tie_began_is_not_the_celebrations(ex):
    def event_dates(r):  # type: ignore[no-untyped-def]
        return {e.name: str(e.attrs.get("startDate")) for e in r.entities.values() if e.type == "Event"}

    r = read(ex, "They will celebrate the 20th anniversary of the sister city tie, which began on Nov. 6, 2003, "
                 "at City Hall on Nov. 16.", published=dt.date(2023, 11, 7))
    assert event_dates(r) == {"anniversary": "2023-11-16"}
    r = read(ex, "The anniversary dinner of the sister city tie was held on Nov. 6.", published=dt.date(2023, 11, 7))
    assert event_dates(r)["dinner"] == "2023-11-06"  # must: a date of the event itself


def test_a_bond_sealed_by_two_mayors_is_a_dated_signing(ex):
    r = read(ex, "The friendship between Ota and Burbank was sealed by Mayor Ken Sato and Mayor Jane Roe yesterday.",
             published=dt.date(2023, 11, 7))
    assert {e.name: str(e.attrs.get("startDate")) for e in r.entities.values() if e.type == "Event"} == \
        {"signing": "2023-11-06"}
    assert attendees(r) == {"Ken Sato", "Jane Roe"}
    r = read(ex, "The envelope with the letter from Ota was sealed yesterday.")  # must not: no bond
    assert names(r, "Event") == set()


def test_a_compass_part_of_a_country_is_no_place_and_owns_the_place_after_it(ex):
    r = read(ex, "Jing Hai, governor of Northeast China's Jilin province, met the governor of Gangwon-do on June 26.")
    assert "Northeast China" not in names(r, "City") and ("Jing Hai", "Jilin province") in roles(r)
    r = read(ex, "Mayor Jane Roe of North Ferriby welcomed the guests from Ota on Monday.")  # must: a town so named
    assert ("Jane Roe", "North Ferriby") in roles(r)


def test_a_bare_name_whose_province_the_article_names_is_that_province(ex):
    def cities(r):  # type: ignore[no-untyped-def]
        return {str(i).rsplit("/", 1)[-1] for i, e in r.entities.items() if e.type == "City"}

    r = read(ex, "Jilin Province and Gangwon-do marked 25 years of friendly relations. Jilin and Gangwon-do signed a "
                 "joint declaration on friendly relations.")
    assert cities(r) == {"jilin-province", "gangwon"}
    r = read(ex, "Jilin and Gangwon-do signed a joint declaration on friendly relations.")  # must: no province named
    assert "jilin" in cities(r)
    r = read(ex, "Saitama City, Saitama Prefecture, and Pittsburgh are sister cities. A delegation from Saitama toured "
                 "Pittsburgh.")  # must: the city is named too, so the bare name stays the city
    assert cities(r) == {"saitama", "pittsburgh"}


def test_a_year_in_another_clause_split_by_semicolons_is_not_the_ties(ex):
    def since(r):  # type: ignore[no-untyped-def]
        return {str(f.o) for f in r.facts if f.p == V.since}

    r = read(ex, "Whereas, the network was founded on September 11, 1956; and Whereas, the City of Dubuque is proud of "
                 "its Sister Cities of Pyatigorsk, Russia; Handan, China; and Dornbirn, Austria.")
    assert since(r) == set() and "Whereas" not in names(r, "City") | names(r, "Organization")
    assert ties(r) == {frozenset(("Dubuque", x)) for x in ("Pyatigorsk", "Handan", "Dornbirn")}
    r = read(ex, "Dubuque and Handan became sister cities in 1993; the ties stay strong.")  # must: its own clause
    assert since(r) == {"1993"}


def test_a_state_after_a_venue_only_says_where_the_venue_lies(ex):
    r = read(ex, "Tsuyama Mayor Ken Sato and Santa Fe Mayor Jane Roe marked the sister city relationship at the Santa Fe "
                 "City Council Chambers, New Mexico.")
    assert ties(r) == {frozenset(("Tsuyama", "Santa Fe"))}
    r = read(ex, "Tsuyama and New Mexico signed a sister state agreement in 2001.")  # must: a state that acts
    assert ties(r) == {frozenset(("Tsuyama", "New Mexico"))}


def test_a_role_before_an_organisations_name_is_no_part_of_it(ex):
    r = read(ex, "Mr. Kenji Sato, President and Editor of Tsuyama Asahi Shimbun, gave a speech.")
    assert "Tsuyama Asahi Shimbun" in names(r, "Organization")
    r = read(ex, "The Friends of Tsuyama Association gave a speech.")  # must: a name that starts with a noun phrase
    assert "Friends of Tsuyama Association" in names(r, "Organization")


def test_a_tie_between_two_places_with_an_aside_locating_the_first(ex):
    r = read(ex, "The twinning arrangements between Chéreng, near Lille in Northern France and East Peckham have now "
                 "been formalised.")
    assert ties(r) == {frozenset(("Chéreng", "East Peckham"))}
    r = read(ex, "The twinning arrangements between Chéreng and East Peckham have now been formalised.")  # must: no aside
    assert ties(r) == {frozenset(("Chéreng", "East Peckham"))}
    r = read(ex, "The twinning arrangements between Chéreng, which sent a choir, and the council were discussed.")
    assert ties(r) == set()  # must not: a relative clause is no aside, and a council is no place


def test_partners_listed_after_the_first_are_read_anywhere_in_the_article(ex):
    r = read(ex, "The mayor of Harpenden spoke at the dinner. She said they are proud to have maintained such a cordial "
                 "and successful partnership with both Alzey and Cosne over the years.")
    assert ties(r) == {frozenset(("Harpenden", "Alzey")), frozenset(("Harpenden", "Cosne"))}
    r = read(ex, "The mayor of Harpenden spoke at the dinner. Harpenden has maintained a close partnership with Samsung "
                 "Electronics for years.")  # must not: a company is no partner town
    assert ties(r) == set()


def test_a_titled_member_of_a_group_of_a_county_works_for_the_county(ex):
    r = read(ex, "Jeungpyeong signed a friendship agreement with Kwitaihe, Heilongjiang Province. Representatives of "
                 "Jeungpyeong County including Governor Hong Sung-yeol visited China last week.")
    assert ("Hong Sung-yeol", "Jeungpyeong") in roles(r)
    r = read(ex, "Jeungpyeong signed a friendship agreement with Kwitaihe, Heilongjiang Province. Governor Wang Li of "
                 "Heilongjiang Province welcomed the guests.")  # must: the province named after the title
    assert ("Wang Li", "Heilongjiang Province") in roles(r)


def test_a_country_after_city_of_is_the_country_of_the_city_before(ex):
    r = read(ex, "Ho Chi Minh City of Vietnam and Chongqing city of China agreed on August 30 to set up "
                 "friendship-city relations.")
    cities = {str(i).rsplit("/", 1)[-1] for i, e in r.entities.items() if e.type == "City"}
    assert cities == {"ho-chi-minh-city", "chongqing"} and len(ties(r)) == 1
    r = read(ex, "A delegation from the city of Chongqing visited Ho Chi Minh City on August 30.")  # must: a city
    assert "Chongqing" in names(r, "City")


def test_review_look_alikes_of_this_rounds_english_rules(ex):
    assert ties(read(ex, "Mayor Kim visited the city of Lebanon, Ohio, a sister city of Yeoju.")) == \
        {frozenset(("Lebanon", "Yeoju"))}  # a town named like a country after 'the city of'
    assert ties(read(ex, "Daegu signed a sister-city agreement with Hiroshima, the capital of Hiroshima Prefecture, "
                         "in 1997.")) == {frozenset(("Daegu", "Hiroshima"))}
    assert roles(read(ex, "Fresno, California (AP) — Mayor Lee Brand welcomed the Suwon delegation on Monday.")) == \
        {("Lee Brand", "Fresno")}  # the dateline's place stays the story's
    assert names(read(ex, "The friendship garden in Fresno, sealed off for repairs last year, reopened as Suwon "
                          "delegates arrived."), "Event") != {"signing"}
    assert ties(read(ex, "Mayor Kim of Suwon traveled to Fresno with his wife and their sisters, and met Mayor "
                         "Lee Brand.")) == set()


def test_a_state_after_a_us_town_only_locates_it(ex):
    r = read(ex, "Springfield's sister cities are Tottori, Japan, Pittsburg, Kansas, and Hilo, Hawaii.")
    assert ties(r) == {frozenset(("Springfield", x)) for x in ("Tottori", "Pittsburg", "Hilo")}
    r = read(ex, "Tacoma, Washington, is a sister city of Kitakyushu.")  # a state named like a city, before a verb
    assert ties(r) == {frozenset(("Tacoma", "Kitakyushu"))}
    r = read(ex, "Seoul's sister cities include Los Angeles, Washington, and Tokyo.")  # must not: a listed city
    assert frozenset(("Seoul", "Washington")) in ties(r)
    r = read(ex, "Jeju's sister regions are Hainan, Hawaii and Bali.")  # must not: a region after a region
    assert frozenset(("Jeju", "Hawaii")) in ties(r)


def test_an_apposition_saying_where_a_town_lies_only_locates(ex):
    r = read(ex, "Gumi signed a sister city agreement with Bundaberg, a coastal town in Queensland, in 2019.")
    assert ties(r) == {frozenset(("Gumi", "Bundaberg"))}
    r = read(ex, "Gumi signed a sister city agreement with Cairns, a growing port city in northern Queensland.")
    assert ties(r) == {frozenset(("Gumi", "Cairns"))}
    r = read(ex, "Gumi signed a sister city agreement with Cairns and Queensland's capital, Brisbane.")  # must not
    assert frozenset(("Gumi", "Brisbane")) in ties(r)


def test_two_places_that_sign_together_are_both_parties(ex):
    r = read(ex, "Gumi and Bundaberg signed a sister city agreement in 2019.")
    assert ties(r) == {frozenset(("Gumi", "Bundaberg"))} and "Bundaberg" in names(r, "City")
    r = read(ex, "Gumi and Bundaberg inked a friendship city pact in 2019.")
    assert tie_types(r) == {(frozenset(("Gumi", "Bundaberg")), "friendshipCityOf")}
    r = read(ex, "Smith and Jones signed a sister city agreement in 2019.")  # must not: no known place, two people
    assert names(r, "City") == set()


def test_the_place_after_sister_cities_of_owns_the_listed_ties(ex):
    r = read(ex, "Matsue, Tottori and Yonago are sister cities of Gumi.")
    assert ties(r) == {frozenset(("Gumi", x)) for x in ("Matsue", "Tottori", "Yonago")}
    r = read(ex, "Tottori is a sister city of Gumi and Matsue.")  # the subject owns both
    assert ties(r) == {frozenset(("Tottori", x)) for x in ("Gumi", "Matsue")}
    r = read(ex, "Gumi welcomed delegations from its sister cities of Matsue and Yonago.")  # must not: 'of' names them
    assert ties(r) == {frozenset(("Gumi", x)) for x in ("Matsue", "Yonago")}


def test_a_day_after_a_particle_is_no_part_of_a_place_name(ex):
    r = read(ex, "Gangneung hosted a delegation from its Chinese sister city Yantai on Friday.")
    assert ties(r) == {frozenset(("Gangneung", "Yantai"))}
    r = read(ex, "Gumi signed a twinning agreement with Stratford on Avon in 2019.")  # must: a name with 'on' stays
    assert "Stratford on Avon" in names(r, "City")


def test_vice_before_a_title_is_no_part_of_the_place(ex):
    r = read(ex, "The delegation was led by Yantai Vice Mayor Zhang Wei, who met Gangneung Mayor Kim Hong-gyu.")
    assert ("Zhang Wei", "Yantai") in roles(r)
    r = read(ex, "Westbury deputy mayor Jane Roe greeted the Hanam delegation.")  # must: the place before 'deputy'
    assert ("Jane Roe", "Westbury") in roles(r)


def test_a_portfolio_is_part_of_a_deputy_title(ex):
    r = read(ex, "The memorandum was signed by Surabaya Mayor Eri Cahyadi and Busan Deputy Mayor for Economic Affairs "
                 "Kim Kwang-hoe.")
    assert roles(r) == {("Eri Cahyadi", "Surabaya"), ("Kim Kwang-hoe", "Busan")}
    assert ("Lee Jun-seung", "Busan") in roles(read(ex, "Busan First Vice Mayor Lee Jun-seung met the delegation."))
    r = read(ex, "Busan Mayor for Life Kim Kwang-hoe met them.")  # must not: no office reads 'Mayor for Life'
    assert ("Life Kim Kwang-hoe", "Busan") not in roles(r)


def test_an_office_in_the_possessive_of_its_body(ex):
    r = read(ex, "Kim Kwang-hoe, Busan's deputy mayor for economic affairs, attended the ceremony.")
    assert roles(r) == {("Kim Kwang-hoe", "Busan")}
    r = read(ex, "Jane Roe, Seattle's former mayor, attended the ceremony.")  # must not: a post once held
    assert roles(r) == set()


def _since(r) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(f.o) for f in r.facts if f.p == V.since}


def test_a_later_sentence_dates_the_articles_one_tie(ex):
    r = read(ex, "Toowoomba welcomed a delegation from its sister city Gimhae. The mayor said the relationship, "
                 "formalised in 1994, had delivered real benefits.")
    assert _since(r) == {"1994"}
    r = read(ex, "Toowoomba welcomed a delegation from its sister city Gimhae. The city's ties with Brisbane began "
                 "in 1990.")  # must not: the bond with another city
    assert _since(r) == set()
    r = read(ex, "Toowoomba welcomed its sister city Gimhae and its sister city Takatsuki. The relationship began "
                 "in 1994.")  # must not: two ties, which one the year dates is unsaid
    assert _since(r) == set()


def test_each_partner_takes_the_tie_word_nearest_before_it(ex):
    r = read(ex, "Toowoomba welcomed its sister city Gimhae and its friendship city Takatsuki.")
    assert tie_types(r) == {(frozenset(("Toowoomba", "Gimhae")), "sisterCityOf"),
                            (frozenset(("Toowoomba", "Takatsuki")), "friendshipCityOf")}
    r = read(ex, "Toowoomba's sister cities are Gimhae and Takatsuki.")  # must: one tie word for both
    assert {k for _, k in tie_types(r)} == {"sisterCityOf"}


def test_members_of_parliament_are_people_with_no_local_body(ex):
    r = read(ex, "A civic reception was attended by councillors, local MP Sarah Lin and Gimhae Mayor Hong Tae-yong.")
    assert "Sarah Lin" in names(r, "Person") and roles(r) == {("Hong Tae-yong", "Gimhae")}
    assert names(read(ex, "The MP said the visit was useful."), "Person") == set()  # must not: no name after it


def test_an_event_word_before_a_place_or_body_word_names_no_event(ex):
    r = read(ex, "The group spent three days touring local schools, the Carnival of Flowers grounds and farms.")
    assert names(r, "Event") == set()
    assert names(read(ex, "Staff from the festival office greeted the delegation."), "Event") <= {"visit"}
    r = read(ex, "The group attended the Carnival of Flowers on Saturday.")  # must: the event itself
    assert names(r, "Event") == {"carnival"}


def test_either_tier_words_landmarks_and_the_date_of_a_celebrated_signing(ex):
    r = read(ex, "Suwon has 12 sister and friendship cities, including Freiburg and Jinan.")
    assert {k for _, k in tie_types(r)} == {"sisterCityOf"}  # either tier named: sister, as the Korean umbrella
    r = read(ex, "The Hue delegation also visited the Hwaseong Fortress, a UNESCO World Heritage site.")
    assert "Hwaseong" not in names(r, "City")
    r = read(ex, "The two cities marked the 20th anniversary of their friendship agreement, signed in October 2004, "
                 "and discussed tourism.", published=dt.date(2024, 10, 17))
    assert "2004-10" not in dates(r)
    r = read(ex, "The Twinning Agreement was signed on 4 June 2012 in East Peckham.")  # must: the signing's own date
    assert "2012-06-04" in dates(r)


def test_african_countries_the_uk_nations_and_more_demonyms_only_locate(ex):
    assert ties(read(ex, "Durban signed a sister city agreement with Gweru, Zimbabwe, on Friday.")) == \
        {frozenset(("Durban", "Gweru"))}
    assert ties(read(ex, "Perth signed a sister city agreement with Inverness, Scotland, on Friday.")) == \
        {frozenset(("Perth", "Inverness"))}
    assert ties(read(ex, "Durban signed a sister city agreement with the Zambian city of Lusaka.")) == \
        {frozenset(("Durban", "Lusaka"))}
    r = read(ex, "\"Our first sister city agreement is with an African city,\" the mayor of Macon said.")
    assert names(r, "City") == {"Macon"}  # a continent describing a city names none


def test_a_common_korean_word_is_no_country(ex):
    r = ex.read(Article(text="두 도시는 다양한 수단을 통해 교류하기로 했다. 직원들이 고추를 말리는 모습이다.", language="ko"))
    assert not [e for e in r.entities.values() if e.type == "Country"]
    r = ex.read(Article(text="광명시는 한국과 가봉의 교류를 넓힌다.", language="ko"))  # must: 한국 and 가봉 are countries
    assert {e.name for e in r.entities.values() if e.type == "Country"} >= {"한국", "가봉"}


def test_review_look_alikes_of_this_sessions_english_rules(ex):
    r = read(ex, "Gumi signed a friendship agreement with Bundaberg in 1995 and upgraded the tie to a sister city "
                 "relationship in 2001.")
    assert {k for _, k in tie_types(r)} == {"sisterCityOf"}  # an upgrade: the clause's (current) tier
    r = read(ex, "Suwon, which has been a friendship city of Jinan for a decade, became a sister city of Jinan on Tuesday.")
    assert {k for _, k in tie_types(r)} == {"sisterCityOf"}
    r = read(ex, "Gumi Mayor Kim Jang-ho signed a sister city agreement with Bundaberg Mayor Jack Dempsey on Monday. "
                 "The partnership began in 1995 as a student exchange between two high schools.",
             published=dt.date(2024, 5, 20))
    assert not any(f.p == V.since for f in r.facts)  # the article dates the signing; 1995 is another beginning
    r = read(ex, "Latest News\nHwaseong names Portland, Oregon as its newest sister city\nMayor Jung Myung-geun "
                 "signed the agreement on Monday, officials said.")
    assert frozenset(("Hwaseong", "Portland")) in ties(r)  # a page-top heading starts no list of other stories
    r = read(ex, "Gumi Mayor Kim Jang-ho met Bundaberg Mayor Tom Jackson on Monday. Kim and Jackson signed a sister "
                 "city agreement at Gumi City Hall.")
    assert "Kim" not in names(r, "City")  # a person's name part, no town


def test_honorifics_interim_titles_and_an_opening_year(ex):
    r = read(ex, "Dr. Jane Ross attended the festival in Kelowna's sister city Kasugai.")
    assert "Jane Ross" in names(r, "Person")
    assert names(read(ex, "The students toured the Dr. Jose Rizal Memorial School."), "Person") == set()  # must not
    r = read(ex, "The delegation was welcomed by Monterrey Interim Mayor Rosa Elena Vidal, who signed a sister city "
                 "agreement with McAllen.")
    assert ties(r) == {frozenset(("Monterrey", "McAllen"))} and ("Rosa Elena Vidal", "Monterrey") in roles(r)
    r = read(ex, "Former Ballarat City mayor Helen Grant signed the sister city agreement with Inuyama in 1998.")
    assert ties(r) == {frozenset(("Ballarat", "Inuyama"))}
    assert dates(read(ex, "In 2019, Kelowna and Kasugai signed a sister city agreement.")) == {"2019"}


def test_a_titled_person_from_a_place_works_for_it(ex):
    r = read(ex, "The Ithaca City Council and Mayor Ellen Ward will host a signing ceremony with Mayor Petro Bondar "
                 "from Lviv, Ukraine on Wednesday.")
    assert ("Petro Bondar", "Lviv") in roles(r) and ("Ellen Ward", "Ithaca") in roles(r)
    r = read(ex, "Mayor Jane Roe from the delegation spoke.")  # must not: a group, no body
    assert roles(r) == set()


def test_a_surname_with_an_office_after_it_is_no_city(ex):
    r = read(ex, "\"This is a great day for both cities,\" said Rogers, the mayor of Laredo, after signing a sister city "
                 "agreement with Saltillo.")
    assert ties(r) == {frozenset(("Laredo", "Saltillo"))}
    r = read(ex, "Laredo signed a sister city agreement with Saltillo, the capital of Coahuila.")  # must: a city
    assert frozenset(("Laredo", "Saltillo")) in ties(r)
    r = read(ex, "The delegation visited Laredo, the city of Mayor Jane Roe, after a sister city signing with Saltillo.")
    assert "Mayor Jane Roe" not in names(r, "City")


def test_councillors_named_together_after_a_plural_title(ex):
    r = read(ex, "Kelowna Crs Mark Doyle and Sarah Finch joined the Kasugai trip.")
    assert roles(r) == {("Mark Doyle", "Kelowna"), ("Sarah Finch", "Kelowna")}
    r = read(ex, "Councillors Mark Doyle and Sarah Finch joined the trip to sister city Kasugai.")
    assert {"Mark Doyle", "Sarah Finch"} <= names(r, "Person") and roles(r) == set()  # no body guessed from the trip
    assert names(read(ex, "Councillors from Kelowna and Kasugai met."), "Person") == set()  # must not: no names


def test_a_stated_country_outranks_a_homonym_elsewhere(ex):
    def iris(text: str) -> set[str]:
        r = read(ex, text)
        return {str(i).split("/id/city/")[-1] for i, e in r.entities.items() if e.type == "City"}

    assert "in/hyderabad" in iris("Hyderabad, India signed a sister city agreement with Miyoshi in 2006.")
    assert "mx/leon" in iris("León, Mexico, signed a sister city agreement with Kasugai, Japan.")
    assert "ve/valencia" in iris("Valencia, Venezuela, signed a sister city agreement with Kasugai, Japan.")  # known
    assert "vn/ho-chi-minh-city" in iris("HCMC, RoK province beef up cooperation on tourism and trade.")  # must not


def test_a_state_after_a_body_only_locates_it(ex):
    r = read(ex, "The Bolgatanga Municipal Assembly sealed its sister-city relationship with Macon Sister Cities "
                 "International (MSCI) of Georgia State, USA.")
    assert "Georgia State" not in names(r, "City")
    r = read(ex, "Gyeonggi Province signed a friendship agreement with Queensland State.")  # must: the state acts
    assert frozenset(("Gyeonggi Province", "Queensland State")) in ties(r)


def test_a_titled_guest_after_a_hosting_verb_takes_no_hosts_body(ex):
    r = read(ex, "Mayor Ann Reid said it was a privilege for Kelowna City Council to host Mayor Jiro Sato, Chairman "
                 "Ken Ito and Kasugai Council staff.")
    assert roles(r) == {("Ann Reid", "Kelowna")}
    r = read(ex, "The Kelowna Sister City Association hosted a dinner; Chairman Ken Ito spoke.")  # must: its chairman
    assert ("Ken Ito", "Kelowna Sister City Association") in roles(r)


def test_a_list_of_fields_under_a_tie_head_names_no_places(ex):
    r = read(ex, "Kelowna will establish a twinning relationship with Jiangmen next year, to cooperate in the following "
                 "areas:\nTourism\nTransportation\nPulp and paper\n")
    assert names(r, "City") == {"Kelowna", "Jiangmen"}
    r = read(ex, "Kelowna's sister cities are:\nKasugai, Japan\nFuzhou, China\n")  # must: a list of places
    assert ties(r) == {frozenset(("Kelowna", "Kasugai")), frozenset(("Kelowna", "Fuzhou"))}


def test_a_vote_or_an_opinion_of_an_event_is_no_attendance(ex):
    assert attendees(read(ex, "Kelowna Mayor Tom Hale voted against the trip to sister city Kasugai.")) == set()
    assert attendees(read(ex, "Councillor Ann Bell criticised the visit to sister city Kasugai.")) == set()
    assert "Tom Hale" in attendees(read(ex, "Kelowna Mayor Tom Hale joined the trip to sister city Kasugai."))  # must


def test_a_delegation_from_a_place_with_its_country_led_by_a_mayor(ex):
    r = read(ex, "A 20-member delegation from Yongin, South Korea, led by Mayor Lee Sang-il, arrived in Austin on Sunday.")
    assert ("Lee Sang-il", "Yongin") in roles(r)
    r = read(ex, "Austin Mayor Kirk Watson, led by his staff, welcomed the guests.")  # must: his own city
    assert ("Kirk Watson", "Austin") in roles(r)


# --- people: a role noun after its field words; a title with a surname only ------------------------------------

def test_a_role_noun_after_the_words_of_its_field_names_the_person(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Council governance manager Owen Tate joined the delegation to sister city Kasugai.")
    people = {e.name: e.attrs.get("jobTitle") for e in r.entities.values() if e.type == "Person"}
    assert people == {"Owen Tate": "governance manager"}
    r = read(ex, "Kelowna's tourism officer Jane Roe met the visitors from Kasugai on Friday.")
    assert ("Jane Roe", "Kelowna") in roles(r)
    r = read(ex, "Former sister cities co-ordinator Colin Marsh joined the trip to Kasugai, Kelowna's sister city.")
    assert "Colin Marsh" in names(r, "Person") and not any(p == "Colin Marsh" for p, _ in roles(r))
    r = read(ex, "The city's sister city liaison officer, Jane Roe, said the visit to Kasugai went well.")
    assert {e.attrs.get("jobTitle") for e in r.entities.values() if e.name == "Jane Roe"} == {"sister city liaison officer"}
    # look-alikes: a role with no name after it, a role noun before a place or a body
    for text in ("The project officer said the visit to Kasugai went well.",
                 "A manager from Kelowna Tourism met officials of Kasugai.",
                 "The liaison officer, Kelowna City Council and Kasugai staff met on Friday."):
        assert not names(read(ex, text), "Person"), text


def test_a_title_with_a_surname_only_is_a_person_when_no_one_else_has_it(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor Whitcombe welcomed the delegation from sister city Kasugai to Kelowna.")
    assert roles(r) == {("Whitcombe", "Kelowna")}
    r = read(ex, "Alderman Hill-Smith, the Mayor of Cape Town, signed the agreement with Kasugai. "
                 "Mayor Smith said the two cities share a lot.")
    assert names(r, "Person") == {"Hill-Smith"} and roles(r) == {("Hill-Smith", "Cape Town")}
    r = read(ex, "Jiangmen vice-mayor Chen led the delegation to Kelowna, its sister city.")
    assert ("Chen", "Jiangmen") in roles(r)
    # the full name written later is the same person
    r = read(ex, "Mayor Whitcombe greeted the guests from Kasugai. Mayor Tom Whitcombe of Kelowna said it was an honour.")
    assert names(r, "Person") == {"Tom Whitcombe"}
    # look-alikes: a headline in title case, a word that is no name, a surname two people share
    for text in ("Mayor Whitcombe Welcomes Delegation From Kasugai",
                 "Mayor Emeritus of Kelowna spoke about the sister city Kasugai.",
                 "Chairman Planning & Development Board of Kelowna met the Kasugai delegation.",
                 "the mayor Hall was full of guests from Kasugai."):
        assert not names(read(ex, text), "Person"), text
    r = read(ex, "Mayor Kim Ha-neul of Suwon and Governor Kim Do-yun of Gangwon met. Mayor Kim spoke of Kelowna.")
    assert names(r, "Person") == {"Kim Ha-neul", "Kim Do-yun"}


def test_a_guessed_mayor_is_not_of_the_city_whose_mayor_is_named(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Kasugai City Council Mayor Jane Roe and three delegates were welcomed to Kelowna this month. "
                 "Kelowna and Kasugai are sister cities. Mayor Tom Brown said it was a privilege to host them.")
    assert ("Tom Brown", "Kelowna") in roles(r)
    # councillors are many: a named councillor does not move the next one's city
    r = read(ex, "Kelowna Councillor Jane Roe and Councillor Tom Brown travelled to Kasugai, Kelowna's sister city.")
    assert {("Jane Roe", "Kelowna"), ("Tom Brown", "Kelowna")} <= roles(r)


# --- places and people in wire and local-TV English -----------------------------------------------------------

def test_a_title_of_a_place_then_the_name_with_no_comma(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Mayor of Kingston Marla Dunstan and the Mayor of Savannah, Peter Okafor, signed a sister city agreement.")
    assert roles(r) == {("Marla Dunstan", "Kingston"), ("Peter Okafor", "Savannah")}
    assert ties(r) == {frozenset(("Kingston", "Savannah"))}
    # an unknown place: its first word written alone elsewhere in the article is the place
    r = read(ex, "Deputy Mayor of Karasu Kerem Yalcin said the protocol was a precious step. "
                 "Karasu and Kara-Suu are now sister cities.")
    assert names(r, "City") == {"Karasu", "Kara-Suu"} and ("Kerem Yalcin", "Karasu") in roles(r)
    # look-alikes: a place of three words, the name after a comma
    r = read(ex, "The Mayor of San Luis Obispo signed the sister city agreement with Kasugai.")
    assert "San Luis Obispo" in names(r, "City") and not names(r, "Person")
    r = read(ex, "The Mayor of Kelowna, Tom Brown, met the guests from Kasugai.")
    assert roles(r) == {("Tom Brown", "Kelowna")}


def test_a_news_agency_state_after_a_town_only_locates_it(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Council suspends ties with Russian sister city\n"
                 "RIVERTON, Calif. (KXYZ) - The City of Riverton is cutting ties with Irkutsk, its sister city in Russia.")
    assert ties(r) == {frozenset(("Riverton", "Irkutsk"))}
    r = read(ex, "The City of Riverton, Calif., is cutting ties with Irkutsk, its sister city.")
    assert ties(r) == {frozenset(("Riverton", "Irkutsk"))}
    assert any(str(i).endswith("/us/riverton") for i in r.entities)
    # look-alikes: the same short words where they are no state after a town
    r = read(ex, "He moved to Kelowna. Ore was mined there. The Mass was held in Kasugai, Kelowna's sister city.")
    assert ties(r) == {frozenset(("Kelowna", "Kasugai"))}


def test_a_country_whose_name_joins_two_names_with_and(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Months after Trinidad and Tobago and Guyana signed a memorandum, the capitals Port-of-Spain and "
                 "Georgetown signed a sister city MoU.")
    assert ties(r) == {frozenset(("Port-of-Spain", "Georgetown"))} and "Trinidad and Tobago" in names(r, "Country")
    r = read(ex, "Banja Luka in Bosnia and Herzegovina signed a sister city agreement with Kragujevac.")
    assert ties(r) == {frozenset(("Banja Luka", "Kragujevac"))}
    r = read(ex, "Castries signed a sister city agreement with Basseterre, St Kitts and Nevis.")
    assert any(str(i).endswith("/kn/basseterre") for i in r.entities) and "Nevis" not in names(r, "City")
    # look-alike: two towns joined by "and" stay two towns
    assert ties(read(ex, "Kelowna and Kasugai signed a sister city agreement.")) == {frozenset(("Kelowna", "Kasugai"))}


def test_a_capital_standing_for_its_state_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    for text in ("Dayton paused its sister city tie with Kaliningrad as Moscow's invasion went on.",
                 "Dayton kept its sister city ties with Irkutsk despite pressure from Washington."):
        r = read(ex, text)
        assert len(ties(r)) == 1 and not names(r, "City") & {"Moscow", "Washington"}, text
    # look-alikes: the capital as a town of the story
    r = read(ex, "Moscow's mayor visited Kaliningrad. Seoul and Moscow are sister cities.")
    assert frozenset(("Seoul", "Moscow")) in ties(r)


def test_continent_adjectives_are_no_towns(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Bradford has twinning ties with European towns, and links with African and "
                 "Caribbean towns.")
    assert names(r, "City") == {"Bradford"} and not ties(r)
    assert ties(read(ex, "Bradford is twinned with Dresden.")) == {frozenset(("Bradford", "Dresden"))}


def test_companions_of_a_visitor_attend_the_visit(ex) -> None:  # type: ignore[no-untyped-def]
    for text in ("Kelowna Mayor Dan Morrow travels to Kasugai next week. Accompanying the Mayor on the trip are "
                 "Councillor Dana Pruitt and Councillor Omar Reyes.",
                 "Kelowna Mayor Dan Morrow visited Kasugai. Joining the mayor were Councillor Dana Pruitt and "
                 "Councillor Omar Reyes.",
                 "Kelowna Mayor Dan Morrow will visit Kasugai. Councillor Dana Pruitt and Councillor Omar "
                 "Reyes will accompany the Mayor."):
        r = read(ex, text)
        assert {"Dan Morrow", "Dana Pruitt", "Omar Reyes"} <= attendees(r), text
        assert ("Omar Reyes", "Kelowna") in roles(r), text  # a second councillor is not the other city's


def test_a_range_of_days_with_to_or_and_before_the_year(ex) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Mayaro mayor visited Castries, its twin town, from November 7 to 10, 2019.",
                 "The Mayaro mayor visited Castries, its twin town, from November 7-10, 2019.",
                 "The Mayaro mayor visited Castries, its twin town, on 7 and 8 November 2019."):
        assert dates(read(ex, text)) == {"2019-11-07"}, text
    # look-alike: a day and a year that are no range (the year counts something else)
    assert "2019-11-07" not in dates(read(ex, "The mayor visited Castries on November 7 and 2019 was a good year."))


def test_the_document_signed_is_the_agreement_signed(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Busan and Tashkent agreed to become twin cities. The document was signed in Tashkent "
                 "on 8 February.", published=dt.date(2024, 2, 9))
    assert dates(r) == {"2024-02-08"} and "signing" in names(r, "Event")
    # look-alike: a document that is no agreement, signed by no one
    r = read(ex, "Busan and Tashkent are sister cities. The city published a document on 8 February.",
             published=dt.date(2024, 2, 9))
    assert "signing" not in names(r, "Event")


def test_two_towns_joined_by_a_hyphen_before_a_tie_word(ex) -> None:  # type: ignore[no-untyped-def]
    assert ties(read(ex, "The Lyon-Birmingham twinning turns 60 this year.")) == {frozenset(("Lyon", "Birmingham"))}
    assert ties(read(ex, "A committee looks after the Dayton-Kaliningrad sister city relationship.")) == \
        {frozenset(("Dayton", "Kaliningrad"))}
    # look-alikes: a hyphenated name before no tie word, a pair of countries
    assert not names(read(ex, "The Austin-Bergstrom airport is busy."), "City")
    assert names(read(ex, "Kelowna hosted the Japan-Canada friendship event."), "City") == {"Kelowna"}


def test_a_twinning_called_a_link(ex) -> None:  # type: ignore[no-untyped-def]
    for text, pair in (("Back in 1975 Bradford linked with the French town of Crosne.", ("Bradford", "Crosne")),
                       ("A party from Bradford went to seal the official links with Dresden.", ("Bradford", "Dresden")),
                       ("Bradford forged a link with the Belgian community of Beloeil in 2001.", ("Bradford", "Beloeil"))):
        assert tie_types(read(ex, text)) == {(frozenset(pair), "sisterCityOf")}, text
    # look-alikes: a link that is no twinning, a community that is no place
    assert not ties(read(ex, "Bradford is linked with Dresden by rail."))
    assert names(read(ex, "The business community of Kelowna welcomed the guests."), "City") == {"Kelowna"}


def test_a_title_case_headline_makes_no_person_and_no_place_of_its_words(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Kelowna Mayor Concludes Kasugai Visit\nThe Mayor of Kelowna, Glen Okoro, visited Kasugai to discuss "
                 "twinning.")
    assert names(r, "Person") == {"Glen Okoro"}
    r = read(ex, "Minister Hails Twinning Pact Between Punjab And State\nLahore and Chicago are sister cities.")
    assert names(r, "City") == {"Lahore", "Chicago"}
    # look-alikes: a state named with its suffix, a headline person with a real name
    assert "Oyo State" in names(read(ex, "Oyo State signed a sister state agreement with British Columbia."), "City")
    assert "Jane Roe" in names(read(ex, "Mayor Jane Roe Visits Kasugai\nMayor Jane Roe visited Kasugai, Kelowna's sister "
                                        "city."), "Person")


def test_a_known_town_named_in_a_resolution_written_in_capitals(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF TORRANCE ESTABLISHING A SISTER CITY RELATIONSHIP "
                 "WITH KASHIWA, JAPAN")
    assert ties(r) == {frozenset(("Torrance", "Kashiwa"))}
    # look-alikes: a title with a city word is no place; capitals that name no town
    assert not names(read(ex, "ORIGINATED BY: Dana Whitcomb, Deputy City Manager"), "City")
    assert not names(read(ex, "THE CITY OF THE FUTURE IS GREEN AND WE LOVE IT"), "City")


def test_the_members_a_tie_sentence_announces_in_a_semicolon_list(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Makati City added four towns to its twin towns this month. The four towns are: "
                 "Bato, Catanduanes; Bayog, Zamboanga del Sur; Tolosa, Leyte; and Virac, Catanduanes.")
    assert {frozenset(("Makati City", t)) for t in ("Bato", "Bayog", "Tolosa", "Virac")} == ties(r)
    # look-alikes: a city named alone keeps its name; a list that follows no tie is no partner list
    assert ties(read(ex, "Zamboanga signed a sister city agreement with Kelowna.")) == {frozenset(("Zamboanga", "Kelowna"))}
    r = read(ex, "BAYOG, ZAMBOANGA DEL SUR - Bayog signed a twinning agreement with Makati City.")
    assert "Zamboanga" not in names(r, "City")  # (the province in capitals too)
    assert not ties(read(ex, "The museum opened last week. The eleven towns are: Bato, Catanduanes; Tolosa, Leyte."))


def test_a_role_in_the_possessive_of_its_body_after_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Kelowna welcomed the guests. Owen Tate, the council's governance manager, spoke of sister city Kasugai.")
    assert ("Owen Tate", "Kelowna") in roles(r) and "Owen Tate" not in names(r, "Organization")
    r = read(ex, "Jane Roe, Kelowna's tourism officer, met the Kasugai visitors.")
    assert ("Jane Roe", "Kelowna") in roles(r)
    # look-alike: an organisation in apposition is still one
    assert "CityNet" in names(read(ex, "CityNet, an association of local governments, met the Kelowna delegation."),
                              "Organization")


def test_a_citys_acronym_in_brackets_is_the_city_later(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Pokhara and the Kathmandu Metropolitan City (KMC) agreed to become sister "
                 "cities. KMC already has sister city ties with Melamchi Municipality.")
    assert frozenset(("Kathmandu", "Melamchi Municipality")) in ties(r)
    assert frozenset(("Pokhara", "Melamchi Municipality")) not in ties(r)
    # look-alike: a province's initials after a city are not the city
    r = read(ex, "Kelowna (BC) signed a sister city agreement with Kasugai. BC signed a trade pact with Ohio.")
    assert ties(r) == {frozenset(("Kelowna", "Kasugai"))}


def test_given_names_and_photo_credits_are_no_towns(ex) -> None:  # type: ignore[no-untyped-def]
    for text in ("Kelowna signed a sister city agreement with Kasugai. (AP Photo/Mary Sloane)",
                 "Kelowna's twin town Kasugai thanked Mary Keane's family for the gift.",
                 "Kelowna and Kasugai are sister cities. David and Margaret Holloway hosted the students."):
        assert names(read(ex, text), "City") == {"Kelowna", "Kasugai"}, text
    # look-alikes: the towns so named, placed in their countries
    assert "David" in names(read(ex, "Kelowna's sister cities are Kasugai and David, Panama."), "City")
    assert "Mary" in names(read(ex, "Kelowna has sister city ties with Kasugai and Mary, Turkmenistan."), "City")


def test_one_more_partner_fronted_before_a_pronoun_subject(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Port-of-Spain and Georgetown signed a sister city agreement on Monday. In addition to Georgetown, "
                 "it is twinned with Kingston and Kumasi.")
    assert ties(r) == {frozenset(("Port-of-Spain", t)) for t in ("Georgetown", "Kingston", "Kumasi")}
    # look-alike: the subject named
    r = read(ex, "In addition to Georgetown, Port-of-Spain is twinned with Kingston.")
    assert ties(r) == {frozenset(("Port-of-Spain", t)) for t in ("Georgetown", "Kingston")}


def test_titles_between_commas_and_after_a_suffixed_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Hon. Paolo D. Santos, Jr., Municipal Mayor of Bayog, signed the twinning agreement with Makati City.")
    assert roles(r) == {("Paolo D. Santos", "Bayog")}
    r = read(ex, "In Kasugai, the mayor, Karl Heinz Brauer, welcomed the Kelowna twinning group.")
    assert ("Karl Heinz Brauer", "Kasugai") in roles(r)
    r = read(ex, "Ravi Sharan, International Relations Officer, joined the delegation to sister city Sendai.")
    assert {e.attrs.get("jobTitle") for e in r.entities.values() if e.name == "Ravi Sharan"} == \
        {"international relations officer"}
    # look-alikes: an aside after the title, a role with its body (read by the rule for bodies)
    assert not names(read(ex, "The mayor, as always, welcomed the group from Kasugai."), "Person")
    r = read(ex, "Jane Roe, Programme Officer at the Kelowna Sister City Committee, met the guests.")
    assert "Jane Roe" in names(r, "Person")


def test_a_known_name_that_starts_with_a_stop_word_or_ends_with_city_is_read_whole(ex) -> None:  # type: ignore[no-untyped-def]
    def iris(text):  # type: ignore[no-untyped-def]
        return {str(i).split("/id/")[-1] for i, e in read(ex, text).entities.items() if e.type == "City"}
    assert "city/us/new-york-city" in iris("Ashdod signed a sister city agreement with New York City.")
    assert "city/tw/new-taipei-city" in iris("Ashdod signed a sister city agreement with New Taipei City.")
    assert "city/vn/ho-chi-minh-city" in iris("Ashdod signed a sister city agreement with Ho Chi Minh City.")
    r = read(ex, "A twin cities agreement was signed between the coastal town of Ashdod and the Brooklyn borough of "
                 "New York City.")
    assert ties(r) == {frozenset(("Ashdod", "Brooklyn"))}  # (the city a borough is part of only locates it)
    # look-alikes: names that keep their own short forms
    assert {"city/us/salt-lake-city", "city/us/kansas-city"} <= iris(
        "Ashdod signed a sister city agreement with Salt Lake City and Kansas City.")
    assert "city/gb/york" in iris("York signed a twinning agreement with Dijon.")


def test_a_wire_dateline_with_its_date_and_agency_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Ganja, May 4, NEWSWIRE\nShaki and Haifa agreed to become sister cities this week. Mayor Dana "
                 "Levin of Haifa welcomed the step.")
    assert ties(r) == {frozenset(("Shaki", "Haifa"))}
    r = read(ex, "SHARJAH, 9th June, 2024 (WIRE) -- Ajman and Haifa agreed to become sister cities.")
    assert ties(r) == {frozenset(("Ajman", "Haifa"))}
    # look-alike: a city with an apposition opens the sentence as its subject
    assert ties(read(ex, "Dubai, the city of gold, signed a sister city agreement with Haifa.")) == \
        {frozenset(("Dubai", "Haifa"))}


def test_a_citys_own_council_stands_for_it_in_a_tie(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Brisbane City Council and Auckland Council signed a sister city agreement on Monday.")
    assert ties(r) == {frozenset(("Brisbane", "Auckland"))}
    r = read(ex, "Perth welcomed visitors. Wellington City Council signed a sister city agreement with Beijing.")
    assert ties(r) == {frozenset(("Wellington", "Beijing"))}
    # look-alike: a body named after a council is no council
    assert not ties(read(ex, "Brisbane welcomed the Auckland Council Youth Orchestra on Monday."))


def test_titles_after_a_name_with_their_place_or_the_citys(ex) -> None:  # type: ignore[no-untyped-def]
    assert roles(read(ex, "Jiro Sato, Iwakuni mayor, praised the new garden in Everett.")) == \
        {("Jiro Sato", "Iwakuni")}
    r = read(ex, "The agreement was signed on behalf of Dongying by Li Wen, the city’s mayor, on 15 October.")
    assert roles(r) == {("Li Wen", "Dongying")}
    r = read(ex, "Tariq Saleh Al Harbi, General Manager of the Abu Dhabi City Municipality and Dana Hart, Lord Mayor of "
                 "Brisbane, signed the sister city agreement.")
    assert ("Dana Hart", "Brisbane") in roles(r) and "Dana" not in names(r, "City")
    # look-alike: a place and a word that is no title
    r = read(ex, "Jane Roe, Kelowna resident, welcomed them.")  # (a person by her given name, with no office)
    assert not roles(r) and not any("jobTitle" in e.attrs for e in r.entities.values() if e.type == "Person")


def test_gulf_and_dutch_names_with_their_small_words_and_honorifics(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Abu Dhabi Mayor Yousef bin Khalid Al Marzooqi signed the sister city agreement with Perth.")
    assert roles(r) == {("Yousef bin Khalid Al Marzooqi", "Abu Dhabi")}
    r = read(ex, "H.E. Khalid Al Marri, General Manager of the Abu Dhabi City Municipality, and Gary Holt, Lord Mayor of "
                 "Perth, signed a Sister City agreement between Abu Dhabi and Perth.")
    assert {"Khalid Al Marri", "Gary Holt"} <= names(r, "Person")
    r = read(ex, "Mayor Anna van der Berg of Delft visited Kelowna.")
    assert roles(r) == {("Anna van der Berg", "Delft")}
    r = read(ex, "The agreement was signed by Assistant Mayor of Lyon Pierre Marchand and the Dubai delegation.")
    assert {e.attrs.get("jobTitle") for e in r.entities.values() if e.name == "Pierre Marchand"} == {"deputy mayor"}
    # look-alike: a small word between two people is no part of a name
    r = read(ex, "Mayor Jane Roe of Kelowna and Mayor Tom Brown of Kasugai met.")
    assert names(r, "Person") == {"Jane Roe", "Tom Brown"}


def test_review_look_alikes_of_the_second_reading_of_english_rules(ex) -> None:  # type: ignore[no-untyped-def]
    """Sentences a second reading of this round's rules found them too broad for: each must read as it did before."""
    # headline words end names only in headlines; a name cut short is no lone surname
    assert roles(read(ex, "Mayor Jean Tour of Lyon signed the sister city agreement with Kasugai.")) == {("Jean Tour", "Lyon")}
    assert "Robert Meeting" in names(read(ex, "Springfield Mayor Robert Meeting met the Kasugai delegation."), "Person")
    assert names(read(ex, "Mayor Tom Marks of Springfield visited its sister city Kasugai."), "Person") == {"Tom Marks"}
    # a title before a noun is no lone surname; two people of one surname are not merged
    for text in ("The Mayor Cup golf tournament raised money for the sister city exchange with Kasugai.",
                 "The Springfield mayor Also signed the sister city agreement with Kasugai.",
                 "Mayor Kim of Springfield and Mayor Kim of Kasugai signed the agreement.",
                 "Mayor Obata of Kasugai visited Springfield. Governor Obata of Aichi also came."):
        assert not names(read(ex, text), "Person"), text
    r = read(ex, "Mayor Strong said the partnership with Kasugai was important. Mayor Kim of Kasugai agreed.")
    assert ("Strong", "Kasugai") not in roles(r)
    # a city's military band or war memorial is the city; only a capital stands for its state
    assert ties(read(ex, "Pyeongtaek's military community welcomed visitors from its sister city Springfield.")) == \
        {frozenset(("Pyeongtaek", "Springfield"))}
    assert "Springfield" in names(read(ex, "Students from Kasugai laid a wreath at Springfield's war memorial."), "City")
    # one metro area is no pair; a denied link is no tie; a flight is no twinning
    assert not ties(read(ex, "The Dallas-Fort Worth sister city network hosted a summit with Kasugai."))
    assert not ties(read(ex, "Springfield has no official links with Moscow, the mayor said."))
    assert not ties(read(ex, "Springfield Airport sealed a new link with Kasugai through a direct flight."))
    # the role field stops at a title and a name; a fronted body is no partner
    r = read(ex, "Springfield Mayor Jane Roe met Kasugai Mayor Tom Poe and city planner Ken Ito Thursday.")
    assert {e.attrs.get("jobTitle") for e in r.entities.values() if e.name == "Ken Ito"} == {"city planner"}
    assert ties(read(ex, "Along with the Springfield Symphony, the city is twinned with Kasugai.")) == \
        {frozenset(("Springfield", "Kasugai"))}


def test_review_look_alikes_of_this_rounds_ending_words() -> None:
    from kgraph.extract.history import steps_in

    def kinds(text: str) -> list[str]:
        return [st.kind for st in steps_in(text, {V.SisterCity})]
    assert kinds("The sister city ties with Kasugai were severed in 2022 and the city has no plans to restore them "
                 "until a new mayor takes office.") == ["Ending"]
    assert kinds("The river severs the town in two; its sister city Kasugai sent help.") == []
    assert kinds("Talks broke off, but the sister city relationship with Kasugai continues.") == []
    assert kinds("The exchange programme ended the sister city partnership's first decade on a high note.") == []
    assert kinds("Springfield cut its sister city ties with Kasugai.") == ["Ending"]


def test_a_town_after_its_countrys_possessive_in_a_tie(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Azerbaijan's Shaki and Israel's Kiryat Yam signed a twinning agreement.")
    assert ties(r) == {frozenset(("Shaki", "Kiryat Yam"))}
    assert any(str(i).endswith("/il/kiryat-yam") for i in r.entities)
    # look-alikes: an office, a monarch, a ministry after a country's possessive
    for text in ("Japan's Prime Minister visited Kelowna, the sister city of Kasugai.",
                 "Britain's Queen Consort and Kelowna's sister city Kasugai were in the news.",
                 "China's Foreign Ministry welcomed the sister city agreement."):
        assert names(read(ex, text), "City") <= {"Kelowna", "Kasugai"}, text


def test_a_weekday_dates_a_happening_on_a_page_with_no_publication_date(ex) -> None:  # type: ignore[no-untyped-def]
    """An undated page keeps the events a weekday dates (the day stays unresolved), as a dated page does."""
    r = read(ex, "Officials of Pasco and Yachiyo celebrated 30 years as sister cities Saturday by opening a "
                 "friendship garden.", published=None)
    assert {"Pasco", "Yachiyo"} <= attendees(r)
    assert not any(f.p == V.SCHEMA.startDate for f in r.facts)  # no day is guessed
    r = read(ex, "Mayor Tomas Reyes of Yachiyo unveiled a friendship bell in Pasco yesterday.", published=None)
    assert "Tomas Reyes" in attendees(r)
    # look-alikes: a year is no day; a weekday the report was made on dates no happening
    assert not attendees(read(ex, "Mayor Tomas Reyes of Yachiyo unveiled a friendship bell in Pasco last year.",
                              published=None))
    assert not attendees(read(ex, "Mayor Tomas Reyes said on Friday that Yachiyo welcomed the sister city tie "
                                  "with Pasco.", published=None))


def test_two_places_celebrating_their_tie_with_one_known(ex) -> None:  # type: ignore[no-untyped-def]
    """``X and Y celebrated 30 years as sister cities``: with one known place the other is a town (as with signing)."""
    assert ties(read(ex, "Pasco and Yachiyo celebrated 30 years as sister cities on Saturday.")) == \
        {frozenset(("Pasco", "Yachiyo"))}
    assert ties(read(ex, "Officials of Pasco and Yachiyo marked the 30th anniversary of their twinning.")) == \
        {frozenset(("Pasco", "Yachiyo"))}
    # look-alike: two unknown names may be two people
    r = read(ex, "Kim and Lee celebrated their twinning with a dinner.")
    assert not ties(r) and not names(r, "City")


def test_a_town_the_gazetteer_lacks_written_with_its_us_state(ex) -> None:  # type: ignore[no-untyped-def]
    """``Pasco, Washington,`` near a tie: a US town, and the state only locates it (no tie with Washington)."""
    r = read(ex, "Pasco, Washington, and Yachiyo have been sister cities since 1991.")
    assert ties(r) == {frozenset(("Pasco", "Yachiyo"))}
    r = read(ex, "Mayor Tomas Reyes visited Yachiyo, a sister city of Pasco, Washington.")
    assert ties(r) == {frozenset(("Pasco", "Yachiyo"))}
    # look-alikes: a state named like a country says nothing; with no tie near, no town is guessed
    r = read(ex, "Dmanisi, Georgia, and Yachiyo have been sister cities since 1991.")
    assert not any("/us/" in str(f.s) for f in r.facts)
    # a two-word name at a sentence's start before a state is as often a person: only place-like first words
    assert ties(read(ex, "Fort Collins, Colorado, and Yachiyo have been sister cities since 1991.")) == \
        {frozenset(("Fort Collins", "Yachiyo"))}
    assert "Tomas Reyes" not in names(read(ex, "Tomas Reyes, Washington, said the sister city tie with Yachiyo "
                                               "would grow."), "City")
    assert "Pasco" not in names(read(ex, "The band played in Pasco, Washington, last week."), "City")


def test_review_look_alikes_of_the_third_reading_of_english_rules(ex) -> None:  # type: ignore[no-untyped-def]
    """Sentences a third reading found this round's English rules too broad for."""
    # a country's possessive before a person's name or a holiday makes no town
    r = read(ex, "Canada's Ann Holt and Japan's Ben Cole signed the sister city agreement for Kelowna and Kasugai.")
    assert ties(r) == {frozenset(("Kelowna", "Kasugai"))}
    r = read(ex, "Japan's Golden Week and Kelowna's sister city festival with Kasugai were discussed.")
    assert "Golden Week" not in names(r, "City")
    r = read(ex, "Mayor Ann Holt spoke. Canada's Holt and Kasugai's mayor signed the sister city agreement.")
    assert "Holt" not in names(r, "City")
    # a verb that is a surname too ends a name only in a headline
    assert roles(read(ex, "Kelowna Mayor Tom Marks visited Kasugai, its sister city.")) == {("Tom Marks", "Kelowna")}
    assert "Tom Marks" not in names(read(ex, "Kelowna Mayor Tom Marks Sister City Anniversary With Kasugai"), "Person")
    # a city that only starts a body's name is no employer of the title after it
    r = read(ex, "Ann Holt, Kelowna Rotary Club president, said the sister city exchange with Kasugai would continue.")
    assert ("Ann Holt", "Kelowna") not in roles(r)
    # "the city's mayor": not the city of another person's title
    r = read(ex, "In Kasugai, Kelowna Mayor Ann Holt met Ben Cole, the city's mayor, to renew the sister city tie.")
    assert ("Ben Cole", "Kelowna") not in roles(r) and ("Ann Holt", "Kelowna") in roles(r)


def test_titles_of_ministries_and_councils_before_their_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``Undersecretary of the Department of X``, ``Director General of the Y Society Z``, ``Deputy Council leader``:
    a title, then its body; the title is no part of an organisation's name."""
    r = read(ex, "Omar Haddad, Undersecretary of the Department of Municipal Affairs, attended the signing of the sister "
                 "city agreement between Abu Dhabi and Perth.")
    assert ("Omar Haddad", "Department of Municipal Affairs") in roles(r)
    assert names(r, "Organization") == {"Department of Municipal Affairs"}
    r = read(ex, "The delegation also included Director General of the Kelowna Friendship Society Lev Adler.")
    assert ("Lev Adler", "Kelowna Friendship Society") in roles(r)
    r = read(ex, "Deputy Council leader Councillor Jane Pryor welcomed the Wuhan delegation to Manchester.")
    assert "Jane Pryor" in names(r, "Person") and not names(r, "Organization")
    r = read(ex, "Council President Jane Roe of the Kelowna City Council spoke.")
    assert names(r, "Organization") == {"Kelowna City Council"}
    # look-alikes: a council and a body named plainly stay whole
    assert names(read(ex, "The Kelowna City Council approved the sister city tie."), "Organization") == \
        {"Kelowna City Council"}
    assert names(read(ex, "The Department of Municipal Affairs approved the tie."), "Organization") == \
        {"Department of Municipal Affairs"}


@pytest.mark.parametrize("text,pair", [
    ("Melksham is twinned with Avon in France.", ("Melksham", "Avon")),
    ("Corsham celebrated 30 years of twinning with Pontivy.", ("Corsham", "Pontivy")),
    ("Holsworthy is celebrating 50 years of twinning with Aunay Sur Odon in northern France.",
     ("Holsworthy", "Aunay Sur Odon")),
    ("Port Talbot signed a twinning agreement with Pontivy on Friday.", ("Port Talbot", "Pontivy")),
    ("St Neots is twinned with Pontivy.", ("St Neots", "Pontivy")),
    ("Adrian and Moriyama began their sister city agreement in August 1989.", ("Adrian", "Moriyama")),
])
def test_a_town_the_gazetteer_lacks_as_the_subject_of_its_tie(ex, text, pair) -> None:  # type: ignore[no-untyped-def]
    """A sentence that opens with a town and states its tie with a partner: the town is a party."""
    assert frozenset(pair) in ties(read(ex, text))


def test_a_person_who_signs_or_celebrates_a_tie_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    for text in ("Jane Roe signed the twinning agreement with Pontivy.",
                 "Mayor Ann Holt spoke. Holt signed a sister city agreement with Pontivy.",
                 "Councillors celebrated the twinning with Pontivy."):
        assert names(read(ex, text), "City") == {"Pontivy"}, text


def test_a_tie_established_or_become_on_a_day_is_a_dated_signing(ex) -> None:  # type: ignore[no-untyped-def]
    pub = dt.date(2023, 10, 31)  # a Tuesday
    r = read(ex, "Xiangyang established a sister city relationship with Carmel on Tuesday.", published=pub)
    assert {str(f.o) for f in r.facts if f.p == V.SCHEMA.startDate} == {"2023-10-31"}
    r = read(ex, "Xiangyang and Carmel formally became sister cities on Monday.", published=pub)
    assert {str(f.o) for f in r.facts if f.p == V.SCHEMA.startDate} == {"2023-10-30"}
    # look-alikes: a tie's age and a choice are no dated event
    for text in ("Xiangyang and Carmel have been sister cities since 1998.",
                 "Chigasaki chose Honolulu as its first sister city."):
        assert not any(f.p == V.SCHEMA.startDate for f in read(ex, text, published=pub).facts), text


def test_a_tie_proposal_rejected_is_no_tie_and_one_voted_is(ex) -> None:  # type: ignore[no-untyped-def]
    assert not ties(read(ex, "The council voted down a proposal to make Kunming a sister city of Wagga Wagga."))
    r = read(ex, "The council approved the tie, rejecting a move by Councilman Ken Little to also make the Tibetan "
                 "capital, Lhasa, a sister city of Pasadena.")
    assert frozenset(("Lhasa", "Pasadena")) not in ties(r)
    assert ties(read(ex, "The council voted to make Xicheng a sister city of Pasadena.")) == \
        {frozenset(("Xicheng", "Pasadena"))}
    r = read(ex, "The Pasadena City Council voted 4-3 to make Xicheng a sister city, rejecting a move by Councilman "
                 "Ken Little to also make the Tibetan capital, Lhasa, a sister city.")
    assert ties(r) == {frozenset(("Pasadena", "Xicheng"))}  # the rejected one after the accepted one
    # look-alikes: a tie whose ending is rejected stays; a person made an ambassador is no town
    assert "Jane Roe" not in names(read(ex, "The mayor wants to make Jane Roe a sister city ambassador."), "City")


@pytest.mark.parametrize("text,want", [
    ("Accra has signed a sister city agreement with Guadalajara, the capital of the state of Jalisco in western Mexico.",
     {frozenset(("Accra", "Guadalajara"))}),
    ("Dolores Hidalgo, Guanajuato, signed a twinning agreement with Mazatlán.",
     {frozenset(("Dolores Hidalgo", "Mazatlán"))}),
    ("Nagaoka is Honolulu's 28th sister city, joining Funchal, Madeira, Portugal; and Cebu, Philippines.",
     {frozenset(("Honolulu", x)) for x in ("Nagaoka", "Funchal", "Cebu")}),
    ("The council agreed to allow a district of Beijing to become Pasadena's sister city.", set()),
    ("Suqian city in East China's Jiangsu province established a friendship city relationship with Lakeland, "
     "Florida on Tuesday, according to Jiangsu Daily.", {frozenset(("Suqian", "Lakeland"))}),
])
def test_a_region_or_a_parent_city_that_only_locates_a_party_is_none(ex, text, want) -> None:  # type: ignore[no-untyped-def]
    """The capital of a state, a town with its state abroad, a region between a city and its country, the city a
    district is part of, a source's name: places that only locate a party take no part in its tie."""
    assert ties(read(ex, text)) == want


def test_look_alikes_of_regions_that_locate(ex) -> None:  # type: ignore[no-untyped-def]
    """A region that acts, and a district named with its own suffix, stay parties."""
    assert ties(read(ex, "Hubei province signed a sister state agreement with Ohio.")) == \
        {frozenset(("Hubei province", "Ohio"))}
    assert ties(read(ex, "Guadalajara, Mexico, signed a sister city agreement with Accra.")) == \
        {frozenset(("Guadalajara", "Accra"))}
    assert ties(read(ex, "The state of Jalisco signed a sister state agreement with Ohio.")) == \
        {frozenset(("Jalisco", "Ohio"))}
    # the capital of a state named like a city elsewhere: the state locates, no city of that name is read
    r = read(ex, "The council decides whether the capital of Paraná and Miami-Dade County will be sister cities.")
    assert "Paraná" not in names(r, "City")


def test_a_tie_word_naming_a_gathering_or_a_body_makes_no_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``the sister cities summit in Houston``, ``Sister Cities International``: the kind of a gathering or a body,
    no tie between the places of the sentence, and no town called International."""
    r = read(ex, "A delegation from Nagaoka attended the Sister Cities International annual conference in Tucson.")
    assert not ties(r) and "International" not in names(r, "City")
    assert "Tucson" not in attendees(r) and "Nagaoka" in attendees(r)  # (the senders end at the verb)
    assert not ties(read(ex, "Mayor Ken Ito of Nagaoka spoke at the sister cities summit in Houston."))
    r = read(ex, "The letter of intent for the twinning of Mazatlán and Culiacán was signed in the Central Patio of the "
                 "Museum of the Bicentennial of Independence.")
    assert ties(r) == {frozenset(("Mazatlán", "Culiacán"))}
    # look-alikes: a tie said with whom, and a delegation visiting its sister city
    assert ties(read(ex, "Nagaoka held a sister city summit with Honolulu.")) == {frozenset(("Nagaoka", "Honolulu"))}
    assert ties(read(ex, "A delegation from Nagaoka visited its sister city Honolulu.")) == \
        {frozenset(("Nagaoka", "Honolulu"))}


def test_a_title_and_a_town_name_then_a_verb_is_a_surname(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Carlisle signs …``: a surname after a title, though a town bears it."""
    r = read(ex, "Mayor Carlisle signs sister city pact with Nagaoka, Japan")
    assert "Carlisle" not in names(r, "City") and not ties(r)
    # look-alikes: the town acting, and the town after 'of'
    assert ties(read(ex, "Carlisle signs sister city pact with Flensburg")) == {frozenset(("Carlisle", "Flensburg"))}
    assert ("Jane Roe", "Carlisle") in roles(read(ex, "Mayor Jane Roe of Carlisle spoke."))


def test_the_place_a_subject_visits_as_its_partner(ex) -> None:  # type: ignore[no-untyped-def]
    """``… of Carlisle visited Flensburg, its twin town``: the partner of the place the subject stands for."""
    for text in ("Mayor Jane Roe of Carlisle visited Flensburg, its sister city.",
                 "The deputy mayor of Carlisle visited Flensburg, its twin town.",
                 "A delegation from Carlisle visited Flensburg, its twin town."):
        assert ties(read(ex, text)) == {frozenset(("Carlisle", "Flensburg"))}, text
    # look-alike: with no other place, no tie is guessed
    assert not ties(read(ex, "The mayor visited Flensburg, its twin town."))


def test_vietnamese_regions_with_descriptors_and_local_assemblies(ex) -> None:  # type: ignore[no-untyped-def]
    """``the South Central province of Binh Dinh``: the province is after 'of', the descriptor names no place; a
    prefectural assembly and a people's council stand for their places in a tie."""
    r = read(ex, "The Central Highlands province of Gia Lai signed a friendship agreement with Ichinoseki city.")
    assert ties(r) == {frozenset(("Gia Lai", "Ichinoseki"))}
    r = read(ex, "The Mekong Delta province of Vinh Long and Ichinoseki signed a friendship agreement.")
    assert ties(r) == {frozenset(("Vinh Long", "Ichinoseki"))} and "Delta" not in names(r, "City")
    r = read(ex, "Chairman of the Ho Chi Minh City People's Council Vo Van Minh and Mr. Sato Jiro, Chairman of the "
                 "Yamaguchi Prefectural Assembly (Japan), signed a Memorandum of Understanding on friendly cooperation.")
    assert ties(r) == {frozenset(("Ho Chi Minh City", "Yamaguchi"))}
    assert any(str(i).endswith("/jp/yamaguchi-prefecture") for i in r.entities)
    assert "Yamaguchi Prefectural Assembly" not in names(r, "City")
    # look-alikes: a lower-case descriptor, and a province named with its suffix
    assert ties(read(ex, "The northern province of Ninh Binh signed a friendship agreement with Ichinoseki city.")) == \
        {frozenset(("Ninh Binh", "Ichinoseki"))}
    assert "Phu Tho Province" in names(read(ex, "Phu Tho Province signed a friendship agreement with Ichinoseki."), "City")


def test_a_bare_mayor_is_not_the_mayor_of_the_place_dealt_with_or_visited(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor X signed a pact with Nagaoka``, ``visited Nagaoka``, ``welcomed the Nagaoka delegation``: the other side."""
    for text in ("Mayor Marla Dunstan signed a sister city pact with Nagaoka on Friday.",
                 "Mayor Marla Dunstan visited Nagaoka last week.",
                 "Mayor Marla Dunstan welcomed the Nagaoka delegation."):
        assert ("Marla Dunstan", "Nagaoka") not in roles(read(ex, text)), text
    # look-alikes: the article's own city named, and a delegation led
    r = read(ex, "Honolulu hosted the signing. Mayor Marla Dunstan signed a sister city pact with Nagaoka on Friday.")
    assert ("Marla Dunstan", "Honolulu") in roles(r)
    assert ("Marla Dunstan", "Nagaoka") in roles(read(ex, "Mayor Marla Dunstan led the Nagaoka delegation."))


def test_officers_and_places_paired_by_respectively(ex) -> None:  # type: ignore[no-untyped-def]
    """``The mayors of A and B, X and Y, respectively``, ``Mayors X and Y of A and B, respectively``: in rank."""
    r = read(ex, "The mayors of Mazatlán and Dolores Hidalgo, Luis Ortega Ruiz and Miguel Rayas Soto, respectively, "
                 "signed the letter of intent.")
    assert roles(r) == {("Luis Ortega Ruiz", "Mazatlán"), ("Miguel Rayas Soto", "Dolores Hidalgo")}
    r = read(ex, "Mayors Ana Ruiz and Tom Hill of Mazatlán and Culiacán, respectively, signed the agreement.")
    assert roles(r) == {("Ana Ruiz", "Mazatlán"), ("Tom Hill", "Culiacán")}
    # look-alike: plural titles with no names still name both places
    assert {"Mazatlán", "Culiacán"} <= names(read(ex, "The mayors of Mazatlán and Culiacán signed the twinning "
                                                      "agreement."), "City")


def test_a_familys_occasion_and_an_opinion_of_an_event_are_no_event_and_no_attendance(ex) -> None:  # type: ignore[no-untyped-def]
    pub = dt.date(2023, 7, 21)
    r = read(ex, "Friday would have been the couple's 28th wedding anniversary.", published=pub)
    assert not any(e.type == "Event" for e in r.entities.values())
    r = read(ex, "Mayor Terri Welch said the visit by the Avon twinning party was brilliant.", published=pub)
    assert "Terri Welch" not in attendees(r)
    # look-alikes: a twinning's anniversary is an event; a visit she enjoyed she attended
    r = read(ex, "The town celebrated the 40th anniversary of its twinning with Avon on Friday.", published=pub)
    assert any(e.type == "Event" for e in r.entities.values())
    assert "Terri Welch" in attendees(read(ex, "Mayor Terri Welch said she enjoyed the visit to Avon last week.",
                                           published=pub))


def test_people_of_obituaries_and_features_named_with_an_age_or_a_founders_role(ex) -> None:  # type: ignore[no-untyped-def]
    """``Ken Ito, 81, died``, ``X, co-founder of …``, ``X, who was a translator``: people, though a town bears a name."""
    for text, name in (("Ken Ito, 81, died on Tuesday, July 11.", "Ken Ito"),
                       ("Yukio Tanabe, co-founder of the Hot Springs-Hanamaki Sister City Program, passed away.",
                        "Yukio Tanabe"),
                       ("Masahiro Kojiro, who was a translator in Japan, died on Tuesday.", "Masahiro Kojiro")):
        r = read(ex, text)
        assert name in names(r, "Person") and not names(r, "City") & set(name.split()), text
    # look-alike: a town the sentence speaks of stays a town
    assert "Santa Fe" in names(read(ex, "Santa Fe, who was a sister city of Kelowna, grew."), "City")


def test_a_council_memos_header_lines_are_no_list_of_partners(ex) -> None:  # type: ignore[no-untyped-def]
    """A memo's subject naming its partner and its header fields head no list: ``MEMORANDUM``, ``To: X, City
    Manager``, ``Background`` are no towns."""
    text = ("Sister City Relationship with Kumamoto, Japan\n\nMEMORANDUM\n\nTo: Marla Dunstan, City Manager\n\n"
            "Subject: Sister city program update\n\nBackground\n\nThe City of Southlake has three sister cities.\n")
    r = read(ex, text)
    assert names(r, "City") & {"MEMORANDUM", "Marla Dunstan", "Background"} == set()
    # look-alike: a heading ending in ':' heads its list
    r = read(ex, "Kelowna's sister cities:\nKasugai\nYantai\n")
    assert ties(r) == {frozenset(("Kelowna", "Kasugai")), frozenset(("Kelowna", "Yantai"))}


def test_a_given_name_a_town_bears_before_initials_is_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The Mayor of Accra, Elizabeth K. T Sackey, said the tie with Guadalajara would grow.")
    assert roles(r) == {("Elizabeth K. T Sackey", "Accra")} and "Elizabeth" not in names(r, "City")
    # look-alike: the town written with its state
    assert "Elizabeth" in names(read(ex, "Elizabeth, New Jersey, is a sister city of Kasugai."), "City")


def test_two_places_sharing_one_plural_office_word(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Members of the Mandaue and Cauayan City Councils witnessed the signing.")
    assert {"Mandaue"} <= names(r, "City") and any(n.startswith("Cauayan") for n in names(r, "City"))
    # look-alike: one council named is one place
    assert names(read(ex, "Members of the Mandaue City Council witnessed the signing."), "City") <= {"Mandaue"}


def test_a_region_named_by_its_centre_after_a_city_only_locates_it(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "A twinning agreement between Hartford and Bakhmut, Donetsk region, was signed on Monday.")
    assert ties(r) == {frozenset(("Hartford", "Bakhmut"))}
    r = read(ex, "The twinning of Lviv and Lublin, Lublin Voivodeship, was celebrated on Friday.")
    assert ties(r) == {frozenset(("Lviv", "Lublin"))} and "Lublin Voivodeship" not in names(r, "City")
    # look-alike: the region of the same name as its city, and two cities
    r = read(ex, "The cities of Kherson, Kherson region, and Lowell, Massachusetts, became sister cities in May 2023.")
    assert ties(r) == {frozenset(("Kherson", "Lowell"))}


def test_mongolian_names_with_a_glued_initial(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor of Ulaanbaatar S.Batbold``: the initial starts the mayor's name, no town ``Ulaanbaatar S``."""
    r = read(ex, "Mayor of Ulaanbaatar S.Batbold met Moscow Mayor Sergey Sobyanin.")
    assert roles(r) == {("S.Batbold", "Ulaanbaatar"), ("Sergey Sobyanin", "Moscow")}
    assert names(r, "City") == {"Ulaanbaatar", "Moscow"}
    assert ("Ch.Batbayar", "Ulaanbaatar") in roles(read(ex, "Mayor Ch.Batbayar of Ulaanbaatar visited Moscow."))


def test_counterparts_by_nationality_officers_for_places_and_a_title_with_commas(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The mayor of Baku met his Russian counterpart Ivan Petrov in Moscow.")
    assert roles(r) == {("Ivan Petrov", "Moscow")}
    r = read(ex, "Mayor Jane Roe of Kelowna met her Japanese counterpart Ken Ito in Kasugai.")
    assert roles(r) == {("Jane Roe", "Kelowna"), ("Ken Ito", "Kasugai")}  # (not Itō, inside his name)
    r = read(ex, "The Executive Mayors for Cape Town and Nairobi, Mr. Dan Pato and Mr. Mike Onko, respectively, signed.")
    assert roles(r) == {("Dan Pato", "Cape Town"), ("Mike Onko", "Nairobi")}
    r = read(ex, "New York City Mayor, Jane Roe, signed the agreement with Abuja.")
    assert roles(r) == {("Jane Roe", "New York City")}
    # look-alikes: a counterpart of a nationality the sentence names no city of; a title then a clause
    assert not roles(read(ex, "The mayor of Baku met his Russian counterpart Ivan Petrov."))
    assert not names(read(ex, "The Mayor, who came late, spoke at the signing in Kelowna."), "Person")


def test_the_city_of_a_longer_name_than_a_known_one(ex) -> None:  # type: ignore[no-untyped-def]
    """``the City of Brooklyn Center``: a town of its own, not Brooklyn (a headline's verb after a known name stays
    outside: ``City of Chattanooga Signs …``)."""
    r = read(ex, "The City of Brooklyn Center approved a sister city relationship with Voinjama.")
    assert ties(r) == {frozenset(("Brooklyn Center", "Voinjama"))} and "Brooklyn" not in names(r, "City")
    assert names(read(ex, "The City of Chattanooga Signs Sister City Pact"), "City") == {"Chattanooga"}


def test_two_places_after_a_plural_place_word(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The agreement between the cities of Lusaka and Ekurhuleni of South Africa was signed on Thursday.")
    assert {"Lusaka", "Ekurhuleni"} <= names(r, "City")
    assert any(str(i).endswith("/zm/lusaka") for i in r.entities)  # (the country after the pair is the second's)


def test_the_city_of_a_name_a_state_bears_is_the_city(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The City of New York and Abuja signed a sister city agreement.")
    assert any(str(i).endswith("/us/new-york-city") for i in r.entities)
    # look-alike: the State of New York is the state
    r = read(ex, "The State of New York signed an agreement with Gyeonggi Province.")
    assert any(str(i).endswith("/us/new-york-state") for i in r.entities)


def test_places_recognised_as_partners_and_hyphen_pairs_of_cooperation(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The council voted to recognise Brooklyn Center and Voinjama as sister cities.")
    assert ties(r) == {frozenset(("Brooklyn Center", "Voinjama"))}
    r = read(ex, "The Protocol on Ulaanbaatar-Moscow friendly cooperation was signed on Monday.")
    assert {"Ulaanbaatar", "Moscow"} <= names(r, "City")
    # look-alike: one metro area written with a hyphen stays no pair of towns
    assert not names(read(ex, "The Dallas-Fort Worth cooperation grew."), "City") & {"Dallas", "Fort Worth"}


def test_a_country_named_like_a_body_is_no_organisation(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The Ambassador of Mongolia to the Russian Federation attended the signing in Moscow.")
    assert "Russian Federation" not in names(r, "Organization") and "Russian Federation" not in attendees(r)
    # look-alike: a federation that is a body stays one
    r = read(ex, "The Kelowna Chess Federation hosted the Kasugai sister city team.")
    assert "Kelowna Chess Federation" in names(r, "Organization")


def test_the_chair_leading_a_delegation_from_a_place_heads_its_government(ex) -> None:  # type: ignore[no-untyped-def]
    """``a delegation from Hai Duong Province, Vietnam, led by Chairman X``: the chair of that province (its
    people's committee), as a mayor leading it would be that city's."""
    r = read(ex, "Mayor Dan Hollis met a delegation from Hai Duong Province, Vietnam, led by Chairman Tran Van Loc, "
                 "at Suwon City Hall on Monday.")
    assert ("Tran Van Loc", "Hai Duong Province") in roles(r)
    r = read(ex, "A delegation from Hue led by Chairman Tran Van Loc visited Suwon on Monday.")
    assert ("Tran Van Loc", "Hue") in roles(r)
    # look-alikes: the chair of a named body keeps the body; a chair who is no member of a delegation gets no city
    r = read(ex, "A delegation from the Hue Tourism Association led by Chairman Tran Van Loc visited Suwon.")
    assert ("Tran Van Loc", "Hue Tourism Association") in roles(r)
    r = read(ex, "Chairman Tran Van Loc welcomed visitors from Hue on Monday.")
    assert not any(p == "Tran Van Loc" and b == "Hue" for p, b in roles(r))


@pytest.mark.parametrize("text,name,body", [
    ("The twinning was sealed in 1989 when then-mayor Roger Platt of Dover visited Tournai.", "Roger Platt", "Dover"),
    ("The pact was signed by Busan's then-mayor, Roger Platt.", "Roger Platt", "Busan"),
    ("The pact was signed by Roger Platt, Busan's then-mayor, in 1989.", "Roger Platt", "Busan"),
    ("The pact was signed by Busan's mayor, Roger Platt.", "Roger Platt", "Busan"),
])
def test_a_post_held_then_and_a_possessive_title_before_the_name(ex, text, name, body) -> None:  # type: ignore[no-untyped-def]
    """``then-mayor X`` (hyphenated), ``X, Busan's then-mayor,`` and ``Busan's mayor, X.``: the post and its body."""
    assert (name, body) in roles(read(ex, text))


def test_a_post_once_held_names_the_person_without_a_body(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The pact was signed by Roger Platt, Busan's former mayor, in 1989.")
    assert "Roger Platt" in names(r, "Person") and not roles(r)
    # look-alike: a hyphenated title of another kind is no title
    r = read(ex, "The co-mayor Roger Platt spoke.")  # (a person by his given name; no mayor)
    assert not any(e.attrs.get("jobTitle") == "mayor" for e in r.entities.values() if e.type == "Person")


def test_a_body_named_after_its_head_and_a_regional_chamber(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Alabama Department of Commerce`` (words, a head, then ``of`` and its field) is one body, not
    ``Alabama Department``; ``the Dallas Regional Chamber`` is a chamber of commerce."""
    r = read(ex, "Officials of Hyundai Motor Company and the Alabama Department of Commerce attended the signing.")
    assert {"Alabama Department of Commerce", "Hyundai Motor Company"} <= names(r, "Organization")
    r = read(ex, "The Daejeon Metropolitan Office of Education signed an MOU with the Dallas Regional Chamber.")
    assert {"Daejeon Metropolitan Office of Education", "Dallas Regional Chamber"} <= names(r, "Organization")
    # look-alikes: a head before a lower-case word keeps its name; a room called a chamber is no body
    r = read(ex, "The Tourism Department of Cebu and the mayor met in the Council Chamber.")
    assert names(r, "Organization") == {"Tourism Department of Cebu"}


def test_a_delegation_from_a_city_of_a_formally_named_country(ex) -> None:  # type: ignore[no-untyped-def]
    """``a delegation from Daegu, the Republic of Korea, led by Vice Mayor X``: X is Daegu's, not the host's."""
    r = read(ex, "Chairman of the Da Nang People's Committee Le Van Hoa received a delegation from Daegu, the Republic "
                 "of Korea, led by Vice Mayor Seo Ji-ho, on May 13.")
    assert ("Seo Ji-ho", "Daegu") in roles(r) and ("Seo Ji-ho", "Da Nang") not in roles(r)
    # look-alike: the host's own vice mayor, no delegation between
    r = read(ex, "Da Nang Vice Mayor Seo Ji-ho received visitors from Daegu on May 13.")
    assert ("Seo Ji-ho", "Da Nang") in roles(r)


def test_a_governor_whose_surname_spells_a_town_is_the_states(ex) -> None:  # type: ignore[no-untyped-def]
    """``Gov. Wes Moore of Maryland``: Moore is a town too, but the state after the name is the governor's, not
    the locator of that town, and not the other governor's province."""
    r = read(ex, "Gov. Wes Moore of Maryland and Gov. Kim Dong-yeon of Gyeonggi Province signed the pact.")
    assert {("Wes Moore", "Maryland"), ("Kim Dong-yeon", "Gyeonggi Province")} <= roles(r)
    # look-alike: a mayor is no state's officer
    assert ("Tom Austin", "Texas") not in roles(read(ex, "Mayor Tom Austin of Texas spoke."))


@pytest.mark.parametrize("text,body", [
    ("Hwang Ji-won, director of the international relations division at Gyeonggi Province, said the program "
     "would continue.", "Gyeonggi Province"),
    ("Hwang Ji-won, head of the international cooperation team of Suwon, said so.", "Suwon"),
    ("Glasgow Lord Provost Hwang Ji-won welcomed the Busan delegation.", "Glasgow"),
])
def test_an_officer_of_a_unit_of_a_government_and_a_provost(ex, text, body) -> None:  # type: ignore[no-untyped-def]
    """``X, director of the … division at Y``: Y's officer (the unit in lower case is no body); a Lord Provost is a
    Scottish city's mayor."""
    assert ("Hwang Ji-won", body) in roles(read(ex, text))


def test_a_unit_word_alone_binds_no_officer(ex) -> None:  # type: ignore[no-untyped-def]
    # look-alike: a post in a unit no body follows stays without a body
    r = read(ex, "Hwang Ji-won, director of the international relations division, said so.")
    assert not roles(r)


@pytest.mark.parametrize("text", ["Tongyeong and Saint-Malo, France, have been twinned since 2004.",
                                  "Tongyeong and Saint-Malo were officially twinned in 2004."])
def test_two_towns_said_to_be_twinned(ex, text) -> None:  # type: ignore[no-untyped-def]
    """``A and B have been twinned since 2004``, ``were twinned in 2004``: a twinning with no ``with``."""
    assert frozenset({"Tongyeong", "Saint-Malo"}) in ties(read(ex, text))


def test_twinned_as_a_word_of_something_else(ex) -> None:  # type: ignore[no-untyped-def]
    # look-alikes: twinned by a road, a photo of twins: no tie
    assert not ties(read(ex, "Her two sons from Tongyeong were twinned in a photo with fans from Saint-Malo."))
    assert "2004" in dates(read(ex, "Tongyeong and Saint-Malo were twinned in 2004."))


def test_visitors_from_a_citys_partner_come_from_the_partner(ex) -> None:  # type: ignore[no-untyped-def]
    """``students from Daegu's sister city Atlanta``: Atlanta sends them; Daegu only owns the tie."""
    assert attendees(read(ex, "About 30 students from Daegu's sister city Atlanta are visiting the city this week.")) \
        == {"Atlanta"}
    # look-alike: a delegation from a city that visits its partner
    assert attendees(read(ex, "A delegation from Daegu visited its sister city Atlanta on Monday.")) == {"Daegu"}


def test_a_party_secretary_of_a_place_named_before_the_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Hubei Province Party Secretary Jiang Wen``: the province's (as ``party secretary of Hubei Province`` is)."""
    r = read(ex, "Kim Ga-on and Hubei Province Party Secretary Jiang Wen met in Wuhan.")
    assert ("Jiang Wen", "Hubei Province") in roles(r)
    # look-alike: a party secretary with no place named binds to no city of the article
    r = read(ex, "Mayor Kim Ga-on of Gwangmyeong met Party Secretary Jiang Wen in Gwangmyeong.")
    assert not any(p == "Jiang Wen" for p, _ in roles(r))


@pytest.mark.parametrize("text,pub,day", [
    ("The agreement was signed on Thursday, April 6, in Stamford.", dt.date(2024, 5, 16), "2023-04-06"),
    ("The agreement was signed on Thursday, April 6, in Stamford.", dt.date(2023, 4, 10), "2023-04-06"),
    ("The agreement was signed on Thursday, April 6, 2023, in Stamford.", dt.date(2024, 5, 16), "2023-04-06"),
    ("The agreement was signed on Saturday, April 6, in Stamford.", dt.date(2024, 5, 16), "2024-04-06"),
])
def test_a_weekday_with_its_month_and_day(text, pub, day) -> None:
    """``Thursday, April 6``: the day the month and day name, in the year near the publication whose April 6 is a
    Thursday; the weekday alone dates nothing of its own."""
    assert [str(w.value) for w in find(text, published=pub)] == [day]


def test_a_weekday_alone_still_counts_back_from_the_publication() -> None:
    # look-alike: no month and day after the weekday
    assert [str(w.value) for w in find("They met on Thursday.", published=dt.date(2024, 5, 16))] == ["2024-05-16"]


def test_parties_that_sign_in_their_own_name_attend_the_signing(ex) -> None:  # type: ignore[no-untyped-def]
    """``Iloilo City and Dobong-gu signed a sister city agreement``: both parties attend, as long as the article
    names no person who signed."""
    r = read(ex, "Iloilo City and Dobong-gu signed a sister city agreement on Tuesday.")
    assert {"Iloilo City", "Dobong-gu"} <= attendees(r)
    r = read(ex, "Seoul National University and Kyoto University signed an academic exchange agreement on Tuesday.")
    assert {"Seoul National University", "Kyoto University"} <= attendees(r)
    # look-alike: the people who signed are named; the parties are no attendees then
    r = read(ex, "Iloilo City and Dobong-gu signed a sister city agreement on Tuesday. Mayor Jerry Ruiz signed for "
                 "Iloilo City.")
    assert attendees(r) == {"Jerry Ruiz"}


@pytest.mark.parametrize("text,org", [
    ("The trip was organized by Sister Cities Riverside, a nonprofit that supports the partnerships.",
     "Sister Cities Riverside"),
    ("Sister Cities of Fresno president Mary Tom said the exchange would continue.", "Sister Cities of Fresno"),
])
def test_a_citys_association_named_sister_cities_of_the_city(ex, text, org) -> None:  # type: ignore[no-untyped-def]
    """``Sister Cities Riverside``, ``Sister Cities of Fresno``: the association (its officers its own), not the city."""
    r = read(ex, text)
    assert org in names(r, "Organization")
    assert all(b == org for p, b in roles(r))


def test_a_citys_sister_cities_listed_are_cities(ex) -> None:  # type: ignore[no-untyped-def]
    # look-alike: a city's own sister cities, capitalised, are the partners
    r = read(ex, "The City of Dubuque is proud of its Sister Cities of Pyatigorsk, Russia; and Handan, China.")
    assert not names(r, "Organization") and frozenset(("Dubuque", "Handan")) in ties(r)


@pytest.mark.parametrize("text,name", [
    ("The painting was commissioned by local artist Peter Brown and given to the mayor.", "Peter Brown"),
    ("The exchange was arranged by Incheon student Namhee Lee.", "Namhee Lee"),
])
def test_a_person_named_after_an_occupation(ex, text, name) -> None:  # type: ignore[no-untyped-def]
    """``local artist Peter Brown``, ``Incheon student X``: a person; a place in the field is where they come from,
    no body they serve."""
    r = read(ex, text)
    assert name in names(r, "Person") and not roles(r)


@pytest.mark.parametrize("text", ["The student choir sang at the reception.",
                                  "The Student Exchange Program began in 2010 between Suwon and Cleveland.",
                                  "The city hosted the Artist Residency Program with Busan.",
                                  "Student Ambassadors Tom and Ann visited Busan."])
def test_an_occupation_word_before_no_name(ex, text) -> None:  # type: ignore[no-untyped-def]
    # look-alikes: an occupation as an adjective of a group, or the first word of a scheme's name, names nobody
    assert names(read(ex, text), "Person") == set()


def test_the_maker_of_a_gift_is_no_attendee(ex) -> None:  # type: ignore[no-untyped-def]
    """``a painting - commissioned by local artist X - to her counterpart`` at a dinner: X made it, X did not attend."""
    r = read(ex, "At a farewell dinner the mayor presented a painting - commissioned by local artist Peter Brown - "
                 "to her Alzey counterpart.")
    assert "Peter Brown" in names(r, "Person") and "Peter Brown" not in attendees(r)
    r = read(ex, "The Korean delegation presented a painting by artist Kim Min-ji to the mayor during the visit.")
    assert "Kim Min-ji" not in attendees(r)
    # look-alike: a person the sentence says attended still does
    r = read(ex, "Local artist Peter Brown attended the farewell dinner.")
    assert "Peter Brown" in attendees(r)


def test_a_counterpart_from_a_place_named_after_the_word(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Zheng and his counterpart from Changwon, Hong Nam-pyo,``: Hong is Changwon's mayor; Zheng is not."""
    r = read(ex, "Mayor Zheng Wen and his counterpart from Changwon, Hong Nam-pyo, attended the opening ceremony.")
    assert ("Hong Nam-pyo", "Changwon") in roles(r) and ("Zheng Wen", "Changwon") not in roles(r)
    # look-alike: the counterpart's place before the word still reads as before
    r = read(ex, "Mayor Zheng Wen and his Changwon counterpart, Hong Nam-pyo, attended the opening ceremony.")
    assert ("Hong Nam-pyo", "Changwon") in roles(r)


def test_a_delegation_led_by_a_person_named_after_the_host(ex) -> None:  # type: ignore[no-untyped-def]
    """``X of Shandong met a delegation led by Gyeonggi Governor Y``: Gyeonggi sends it, not the host's province;
    ``Mayor X led a delegation to Gimhae``: Gimhae is visited, not X's city."""
    r = read(ex, "Vice Governor of Shandong Province Wang Lin met with a delegation led by Gyeonggi Governor Kim Ga-on "
                 "in Jinan on Tuesday.")
    assert "Gyeonggi" in attendees(r) and "Shandong Province" not in attendees(r)
    r = read(ex, "Mayor Tom Hill led a delegation to Gimhae on Monday.")
    assert ("Tom Hill", "Gimhae") not in roles(r) and "Gimhae" not in attendees(r)
    # look-alike: a mayor of a named city who leads a delegation elsewhere: his city sends it
    r = read(ex, "Gimhae Mayor Tom Hill led a delegation to Dover on Monday.")
    assert ("Tom Hill", "Gimhae") in roles(r) and "Gimhae" in attendees(r)


def test_a_bodys_field_ends_before_its_officers_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Alabama Department of Commerce Secretary Ellen Roe``: the body is the department of commerce, its secretary
    the person after it (no body named ``… Secretary Ellen Roe``)."""
    r = read(ex, "Alabama Department of Commerce Secretary Ellen Roe met the Gimhae delegation.")
    assert names(r, "Organization") == {"Alabama Department of Commerce"}
    assert ("Ellen Roe", "Alabama Department of Commerce") in roles(r)


@pytest.mark.parametrize("text,city,person", [
    ("Busan Mayor Kim Ga-on signed an MOU with Portland Mayor Dana Holt in Busan.", "Portland", "Dana Holt"),
    ("Mayor of Fingal Cllr Aoife Dowd greeted the twinning guests from Rennes.", "Fingal", "Aoife Dowd"),
])
def test_a_place_ends_where_a_title_starts(ex, text, city, person) -> None:  # type: ignore[no-untyped-def]
    """``an MOU with Portland Mayor Dana Holt``, ``Mayor of Fingal Cllr Aoife Dowd``: the place is the words before
    the title, the person after it works for it (no town called ``Portland Mayor Dana Holt``)."""
    r = read(ex, text)
    assert city in names(r, "City") and (person, city) in roles(r)
    assert not any("Mayor" in c or "Cllr" in c for c in names(r, "City"))


def test_a_paper_named_after_its_province_is_no_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``…, Hunan Daily reported``: a newspaper, not Hunan; its province takes no part (and the paper, only the
    story's source, is no body of it either)."""
    r = read(ex, "The friendship tie was agreed on Tuesday, Hunan Daily reported.")
    assert "Hunan" not in names(r, "City") and "Hunan Daily" not in names(r, "Organization")
    # look-alike: a count of times is no paper
    assert not names(read(ex, "The agreement was signed three times in Hunan."), "Organization")


@pytest.mark.parametrize("text", ["Mayor Kim Ga-on signed an agreement with Mayor Dana Holt of Seattle.",
                                  "Mayor Kim Ga-on signed an agreement with Seattle Mayor Dana Holt."])
def test_a_bare_mayor_is_not_the_mayor_of_the_city_another_mayor_holds(ex, text) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Kim signed … with Mayor Dana Holt of Seattle``: Seattle's mayor is Holt; Kim is no Seattle officer."""
    r = read(ex, text)
    assert ("Dana Holt", "Seattle") in roles(r) and ("Kim Ga-on", "Seattle") not in roles(r)


def test_a_name_before_a_body_named_after_its_country_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``…, Harbour Trust manager Lena Ford, New Zealand Trade Board chair Ann Lee``: the country heads a body's name,
    so the name before it is no ``<town>, <country>``."""
    r = read(ex, "Hastings will send a delegation to sister city Guilin. The delegation includes Mayor Tom Hale, Harbour "
                 "Trust manager Lena Ford, New Zealand Trade Board chair Ann Lee and Councillor Rob Vance.")
    assert names(r, "City") == {"Hastings", "Guilin"}
    # look-alike: a town with its country between commas is one
    assert "Hastings" in names(read(ex, "Hastings, New Zealand, signed a sister city agreement with Guilin."), "City")


def test_a_place_of_three_words_before_a_mayor(ex) -> None:  # type: ignore[no-untyped-def]
    """``San Luis Potosí Mayor Carla Ruiz``: the whole name (a town's first word such as San, Puerto, Port), not
    ``Luis Potosí``."""
    r = read(ex, "Laredo and San Luis Potosí renewed their sister city agreement. San Luis Potosí Mayor Carla Ruiz "
                 "welcomed the Laredo delegation.")
    assert ("Carla Ruiz", "San Luis Potosí") in roles(r) and "Luis Potosí" not in names(r, "City")
    # look-alike: a two-word place before a mayor reads as before
    assert ("Ann Hill", "Westbury") in roles(read(ex, "Westbury mayor Cllr Ann Hill welcomed the guests."))


def test_surnames_after_a_plural_title_are_no_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``signed by Cllrs Morrow and Dalton``: two councillors' surnames; Dalton is no partner town here."""
    r = read(ex, "The twinning charter with Lannion was signed by Cllrs Morrow and Dalton and the mayor of Lannion.")
    assert "Dalton" not in names(r, "City")
    assert "Jackson" not in names(read(ex, "Councillors Hill and Jackson welcomed the guests from Lannion."), "City")
    # look-alike: the same name as a partner town with its state
    assert frozenset(("Ballina", "Dalton")) in ties(read(ex, "Ballina is twinned with Dalton, Georgia."))


def test_a_named_persons_possessive_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``added under Sari's tenure`` after ``Governor Rina Sari``: the governor's, not the Iranian city Sari."""
    r = read(ex, "Governor Rina Sari of Jakarta signed a letter of intent with Kuala Lumpur on Monday. Kuala Lumpur is "
                 "the third sister city added under Sari's tenure.")
    assert "Sari" not in names(r, "City")
    # look-alike: a town's possessive where no person bears the name stays a town
    assert "Sari" in names(read(ex, "Sari's mayor welcomed the Gimhae delegation."), "City")


@pytest.mark.parametrize("text,name,body", [
    ("Melaka Mayor Dato' Seri Halimah Yusof welcomed the delegation from Pekanbaru.", "Halimah Yusof", "Melaka"),
    ("Sibu council signed a letter of intent with Pontianak, which was represented by its mayor, Rudi Santoso.",
     "Rudi Santoso", "Pontianak"),
])
def test_malay_honorifics_and_its_officer(ex, text, name, body) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Dato' Seri X``: the honorifics are no name; ``…, represented by its mayor, X``: the place before."""
    assert (name, body) in roles(read(ex, text))


def test_a_given_name_like_an_honorific_stays_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    # look-alike: Sri is a given name after a title
    assert ("Sri Lestari", "Bogor") in roles(read(ex, "Mayor Sri Lestari of Bogor met them."))


def test_officials_who_had_gone_to_a_city_are_not_its_officials(ex) -> None:  # type: ignore[no-untyped-def]
    """``the delegation including mayor X … had gone to Pyatigorsk``: Pyatigorsk is where they went, not their city."""
    r = read(ex, "The city corporation signed a sister city MoU with Pyatigorsk. It was on June 23 that the delegation "
                 "including mayor Tom Reyes and councillor Ravi Das had gone to Pyatigorsk.")
    assert not any(b == "Pyatigorsk" for _, b in roles(r))
    # look-alike: the home city named, its officials are its own
    r = read(ex, "Oakdale signed a sister city MoU with Pyatigorsk last week. It was on June 23 that the delegation "
                 "including mayor Tom Reyes and councillor Ravi Das had gone to Pyatigorsk.")
    assert ("Tom Reyes", "Oakdale") in roles(r)


@pytest.mark.parametrize("text,city", [
    ("A delegation from Suwon visited Cleveland on Monday.", "Cleveland"),
    ("A delegation from Suwon arrived in Cleveland on Monday for a five-day visit.", "Cleveland"),
    ("Students from Gimhae traveled to Portland on Monday for a two-week exchange.", "Portland"),
    ("The forum was held in Daegu on Tuesday.", "Daegu"),
])
def test_an_event_in_a_city_with_no_named_venue_is_held_there(ex, text, city):
    """``visited Cleveland``, ``arrived in``, ``traveled to``, ``was held in``: the city is where the event happens."""
    r = read(ex, text)
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.location} == {city}


def test_a_city_that_only_qualifies_what_is_visited_is_no_venue(ex):
    # look-alikes: a possessive (the partner is visited), a partnership held with a city
    r = read(ex, "The delegation visited Cleveland's sister city Suwon on Monday.")
    assert "Cleveland" not in {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.location}
    r = read(ex, "The forum was held in partnership with Daegu on Tuesday.")
    assert not [f for f in r.facts if f.p == V.SCHEMA.location]


@pytest.mark.parametrize("text", [
    "Mayor Jane Roe will lead a trade mission to Osaka next month.",
    "Mayor Jane Roe leads a delegation to Osaka this week.",
])
def test_a_mayor_leading_a_mission_to_a_city_is_not_its_mayor(ex, text):
    """``Mayor X will lead a trade mission to Osaka``: Osaka is where the mission goes, not X's city nor a guest."""
    r = read(ex, text)
    assert ("Jane Roe", "Osaka") not in roles(r) and "Osaka" not in attendees(r) and "Jane Roe" in attendees(r)
    # look-alike: the mayor's own city named with "of" is still hers
    r = read(ex, "Mayor Jane Roe of Seattle will lead a trade mission to Osaka next month.")
    assert ("Jane Roe", "Seattle") in roles(r)


def test_a_bare_governor_is_not_the_governor_of_a_state_another_holds_later(ex):
    """``Governor Jane Roe and Gangwon Governor Kim Jin-tae``: Gangwon's governor is Kim; Roe is not bound to it."""
    r = read(ex, "Governor Jane Roe and Gangwon Governor Kim Jin-tae signed the agreement on Wednesday.")
    assert ("Jane Roe", "Gangwon") not in roles(r) and ("Kim Jin-tae", "Gangwon") in roles(r)
    # look-alike: the article's own state, named before, is still the bare governor's
    r = read(ex, "The Minnesota delegation arrived on Monday. Governor Jane Roe and Gangwon Governor Kim Jin-tae "
                 "signed the agreement on Wednesday.")
    assert ("Jane Roe", "Minnesota") in roles(r)


@pytest.mark.parametrize("text,city", [
    ("The agreement was signed in St. Paul on Wednesday.", "Saint Paul"),
    ("A delegation from St. Louis visited Bologna.", "St. Louis"),
    ("Officials from Mt. Vernon and Busan met on Monday.", "Mount Vernon"),
])
def test_a_town_opened_by_an_abbreviated_word_with_its_stop(ex, text, city):
    """``St. Paul``, ``Mt. Vernon``: the stop after the short word ends no name."""
    assert city in names(read(ex, text), "City")


@pytest.mark.parametrize("text", [
    "The delegation visited the church of St. Paul in Busan on Monday.",
    "The choir sang at St. Mary's in Busan on Monday.",
    "The delegation climbed Mt. Fuji on Monday.",
    "The mayors toured St. Paul Cathedral in Busan on Monday.",
])
def test_a_saints_or_a_mountains_name_is_no_town(ex, text):
    # look-alikes: a church, a saint's possessive, a mountain, a cathedral: no town (not Saint Paul, Mary, Fuji)
    assert names(read(ex, text), "City") <= {"Busan"}


def test_a_division_is_an_office_not_a_person(ex):
    """``director of the Gyeongju City International Affairs Division``: an office, the person's body."""
    r = read(ex, "Kim Jae-hyun, director of the Gyeongju City International Affairs Division, said the two cities "
                 "would expand youth exchanges.")
    assert names(r, "Person") == {"Kim Jae-hyun"}
    # look-alike: a lowercase division is no name at all
    assert not names(read(ex, "The Tigers won the division title on Monday."), "Organization")


def test_a_club_named_with_its_place_after_of(ex):
    """``the Rotary Club of Kumamoto``: one organisation, its place after ``of`` inside the name."""
    r = read(ex, "Members of the Rotary Club of Kumamoto attended the ceremony on Friday.")
    assert "Rotary Club of Kumamoto" in names(r, "Organization") and "Kumamoto" not in attendees(r)
    # look-alike: a lowercase club is no name
    assert not names(read(ex, "The club of fans met on Friday."), "Organization")


def test_a_range_of_days_before_a_month_with_no_year_takes_its_first_day(ex):
    """``from 3 to 7 May``, ``May 3-7``: the first day; not a time of day (``May 3 at 7 p.m.``)."""
    r = read(ex, "Mayor Jane Roe travelled to Gyeongju from 3 to 7 March to attend the anniversary celebrations.")
    assert "2024-03-03" in dates(r)
    assert "2024-03-03" in dates(read(ex, "The festival in Busan ran March 3-7 with five bands."))
    assert dates(read(ex, "The meeting was held on March 3 at 7 p.m. in Busan.")) == {"2024-03-03"}


def test_trees_planted_together_are_a_tree_planting(ex):
    """``planted a cherry tree at Riverside Park``: a dated tree planting, held in the park (no town Riverside)."""
    r = read(ex, "On the morning of March 2, representatives of both cities planted a cherry tree at Riverside Park.")
    assert "2024-03-02" in dates(r) and "Riverside" not in names(r, "City")
    # look-alikes: a plan to plant trees is no event; the surname Park after a mayor's title is no park
    assert not dates(read(ex, "The city plans to plant 500 trees next year."))
    assert ("Park Hyung-joon", "Busan") in roles(read(ex, "Busan Mayor Park Hyung-joon and Seattle Mayor Jane Roe met "
                                                          "on Monday."))


def test_a_body_a_visit_goes_to_is_no_attendee(ex):
    """``visited the Golf Club of Portland``, ``toured Samsung Electronics``: where the visitors went, not a visitor."""
    r = read(ex, "A delegation from Kumamoto visited the Golf Club of Portland on Friday.")
    assert "Golf Club of Portland" not in attendees(r) and "Kumamoto" in attendees(r)
    # look-alike: a body whose officials the delegation met takes part
    r = read(ex, "The delegation toured Samsung Electronics and met officials of the Busan Chamber of Commerce on Friday.")
    assert attendees(r) >= {"Busan Chamber of Commerce"} and "Samsung Electronics" not in attendees(r)


@pytest.mark.parametrize("text", [
    "Tucson Mayor Ana Ruiz visited Hermosillo to renew their sister city relationship.",
    "Tucson Mayor Ana Ruiz visited Hermosillo on Monday to celebrate their sister city ties.",
])
def test_a_place_visited_for_the_tie_it_shares_is_the_visitor_s_partner(ex, text):
    assert ties(read(ex, text)) == {frozenset({"Tucson", "Hermosillo"})}


def test_a_place_visited_to_sign_with_another_is_no_partner(ex):
    r = read(ex, "Tucson Mayor Ana Ruiz visited Hermosillo to sign a sister city agreement with Guaymas.")
    assert frozenset({"Tucson", "Hermosillo"}) not in ties(r)
    r = read(ex, "Tucson Mayor Ana Ruiz visited Hermosillo to discuss water projects.")
    assert ties(r) == set()


def test_a_byline_with_a_colon_is_furniture_and_no_town():
    assert furniture_line("By: Hector Villa") == "byline"
    assert furniture_line("By: the river") is None


def test_a_byline_under_a_tie_headline_names_no_partner(ex):
    r = read(ex, "Renewal of Sister City Pact\n\nBy: Hector Villa\n\n"
                 "Tucson Mayor Ana Ruiz visited Hermosillo to renew their sister city relationship.")
    assert "Hector Villa" not in names(r, "City")
    assert ties(r) == {frozenset({"Tucson", "Hermosillo"})}


def test_a_document_s_name_is_no_town(ex):
    r = read(ex, "Mayor Lena Frost and Mayor Hiro Sato signed the Renewal of the Sister Cities Covenant between "
                 "the Municipality of Juneau and the City of Otaru.")
    assert names(r, "City") == {"Juneau", "Otaru"}
    assert ties(r) == {frozenset({"Juneau", "Otaru"})}


@pytest.mark.parametrize("text,surname", [
    ("Mayor Lena Frost and Mayor Taro Ito signed the Renewal of the Sister Cities Agreement between the "
     "Municipality of Juneau and the City of Otaru.", "Ito"),
    ("Honorary Consul of Peru in Fresno, Pablo Salinas, and Mayor Jerry Doyle established a sister city "
     "relationship with Cusco.", "Salinas"),
])
def test_a_surname_after_a_given_name_is_no_town(ex, text, surname):
    r = read(ex, text)
    assert surname not in names(r, "City")


def test_a_town_after_the_name_of_a_body_is_still_a_town(ex):
    r = read(ex, "The delegation from Tourism and Sport Burnaby visited Seoul, Burnaby's sister city.")
    assert "Burnaby" in names(r, "City")


def test_a_numbered_district_is_no_town(ex):
    r = read(ex, "Osaka and San Francisco marked 65 years as sister cities on Monday. "
                 "Councilwoman Dana Cole of District 4 also joined the reception.")
    assert "District" not in names(r, "City")
    assert ties(r) == {frozenset({"Osaka", "San Francisco"})}
    # look-alike: a district with a name is a place
    r = read(ex, "Councilwoman Dana Cole of Mapo District met the delegation from Osaka, its sister city.")
    assert "Osaka" in names(r, "City")


def test_a_sentence_opening_with_where_its_people_come_from_gives_their_city(ex):
    r = read(ex, "On May 3, 2024, the 40th anniversary of the Kagoshima-Perth sister-city relationship was celebrated "
                 "in Kagoshima, Japan. From Perth, a twelve-member delegation led by Mayor Rosa Vance took part.")
    assert ("Rosa Vance", "Perth") in roles(r)
    # look-alike: a host's own mayor after a place named as where the guests come from is not theirs
    r = read(ex, "Kagoshima welcomed guests on Monday. From Perth, the guests were hosted by Mayor Rosa Vance.")
    assert ("Rosa Vance", "Perth") not in roles(r)


@pytest.mark.parametrize("text,person,body", [
    ("The event in Darwin was attended by Ruth Okafor, chief minister of the Northern Territory.",
     "Ruth Okafor", "Northern Territory"),
    ("The Mayor of Kanazawa, Mr. Hiro Tanaka, welcomed the delegation from Buffalo.", "Hiro Tanaka", "Kanazawa"),
    ("Tacoma Mayor Dan Kerr welcomed a delegation led by his Fuzhou equivalent Tom Reilly at city hall.",
     "Tom Reilly", "Fuzhou"),
    ("Tacoma Mayor Dan Kerr visited Fuzhou, returning a visit by his counterpart Zhou Ming last May.",
     "Zhou Ming", "Fuzhou"),
    ("Ballarat City mayor, Joan Reed and Inagi mayor, Taro Sato, signed the sister city agreement in 1998.",
     "Joan Reed", "Ballarat"),
])
def test_roles_given_in_apposition_or_by_a_counterpart(ex, text, person, body):
    assert (person, body) in roles(read(ex, text))


def test_a_bare_counterpart_with_two_other_cities_is_no_one_s(ex):
    r = read(ex, "Tacoma Mayor Dan Kerr met Fuzhou and Kitakyushu officials, including his counterpart Zhou Ming.")
    assert not {p for p, _b in roles(r)} & {"Zhou Ming"}


def test_a_partner_in_apposition_after_the_tie_noun(ex):
    for text in ("Ludlow welcomed many guests. Also attending was the twin town in France, Vimoutiers.",
                 "Ludlow welcomed many guests. Also attending was the French twin town, Vimoutiers."):
        assert "Vimoutiers" in names(read(ex, text), "City"), text
    # look-alikes: a company's suffix or a clause after the comma is no town
    assert names(read(ex, "The sister cities, Inc. group met."), "City") == set()
    assert names(read(ex, "Our twin towns, we hope, will visit."), "City") == set()


def test_st_before_a_hyphenated_saint_town(ex):
    assert "Saint-Étienne" in names(read(ex, "Coventry is twinned with St Etienne in France."), "City")


def test_a_pact_signed_between_officers_named_by_their_cities_ties_them(ex):
    r = read(ex, "The pact was signed between the mayor of Pune and his counterpart in Kazan.")
    assert ties(r) == {frozenset({"Pune", "Kazan"})}
    # look-alike: officers meeting sign nothing
    r = read(ex, "The mayor of Pune met his counterpart in Kazan.")
    assert ties(r) == set()


def test_an_agreement_inked_is_a_signing_step():
    from kgraph.extract.history import steps_in
    assert [s.kind for s in steps_in("A sisterhood agreement was inked between Tagum and Ormoc.", {V.SisterCity})] == \
        ["Signing"]
    assert steps_in("The sisterhood of Tagum and Ormoc is written in ink on every street.", {V.SisterCity}) == []


def test_a_county_after_a_town_gives_its_country(ex):
    r = read(ex, "Visitors from the German town of Kleve came to Richmond, North Yorkshire, to mark the 15th "
                 "anniversary of their twinning.")
    assert any(str(i).endswith("/city/gb/richmond") for i in r.entities)
    # look-alike: a state of the known town's own country keeps that town
    r = read(ex, "Visitors from Kleve came to Richmond, Virginia, to mark their twinning.")
    assert any(str(i).endswith("/city/us/richmond") for i in r.entities)


def test_two_towns_of_one_name_in_two_countries_are_two_partners(ex):
    r = read(ex, "Councillors from Newport, Shropshire visited Newport, Rhode Island to celebrate a 10-year "
                 "twinning relationship.")
    cities = {str(i).rsplit("/", 2)[-2] for i, e in r.entities.items() if e.type == "City"}
    assert {"gb", "us"} <= cities
    assert len({frozenset((f.s, f.o)) for f in r.facts if f.p == V.partnerOf}) == 1


@pytest.mark.parametrize("text", [
    "We owe a lot to Ann Bell and Tom Ford of the Leeds Twinning Association, said the mayor.",
    "Thanks go to Tom Ford of the Leeds Twinning Association.",
])
def test_people_named_before_of_the_are_no_part_of_a_body_s_name(ex, text):
    assert names(read(ex, text), "Organization") == {"Leeds Twinning Association"}


def test_a_body_whose_name_holds_of_keeps_it(ex):
    assert names(read(ex, "The Busan Chamber of Commerce and Industry joined."), "Organization") == \
        {"Busan Chamber of Commerce and Industry"}


def test_two_unknown_towns_joined_by_a_hyphen_before_twinning_are_partners(ex):
    r = read(ex, "Councillor Mary Evans said the Harpenden-Alzey twinning had brought the towns together.")
    assert ties(r) == {frozenset({"Harpenden", "Alzey"})}
    # look-alikes: nations' combining forms, and a pair before a word that is no tie
    assert names(read(ex, "The Franco-German twinning movement grew after the war."), "City") == set()
    assert names(read(ex, "The Harpenden-Alzey link is strong."), "City") == set()


@pytest.mark.parametrize("text", ["Mayor Hal Jones will travel to Yamagata next month to attend the anniversary ceremony.",
                                  "Mayor Hal Jones is visiting Yamagata this week."])
def test_a_mayor_going_to_a_city_is_not_its_mayor(ex, text):
    assert ("Hal Jones", "Yamagata") not in roles(read(ex, text))


def test_a_mayor_of_a_named_city_going_elsewhere_keeps_it(ex):
    assert ("Hal Jones", "Dubuque") in roles(read(ex, "Mayor Hal Jones of Dubuque will travel to Yamagata next month."))


@pytest.mark.parametrize("old,new", [("Bangalore", "bengaluru"), ("Mangalore", "mangaluru"), ("Mysore", "mysuru")])
def test_an_indian_city_s_former_name_is_that_city(ex, old, new):
    r = read(ex, f"Officials from {old} signed a sister city agreement with Nagoya on Monday.")
    assert any(str(i).endswith(f"/city/in/{new}") for i in r.entities)


def test_a_town_named_by_its_mayor_acting_in_a_headline(ex):
    r = read(ex, "Ludlow Mayor visits twin town\n\nMayor Owen Pike and Sara Bell (chair of the Ludlow Twinning Club) "
                 "attended celebrations in Vimoutiers in France last weekend.")
    assert "Ludlow" in names(r, "City")
    assert ("Owen Pike", "Ludlow") in roles(r)
    # look-alikes: a title with no town before it, and a word that starts no town's name
    assert names(read(ex, "The Mayor visits the school on Friday."), "City") == set()
    assert "New" not in names(read(ex, "New Mayor Welcomes Guests\n\nThe guests came from Kofu."), "City")


def test_a_place_named_in_a_clause_after_the_host_is_no_host(ex):
    r = read(ex, "The visit was hosted by Mayor Ken Ueda, who thanked the guests from Leeds.")
    assert not [f for f in r.facts if f.p == V.SCHEMA.organizer]
    # look-alike: the body right after 'hosted by' hosts
    r = read(ex, "The reception was hosted by the City of Ballarat.")
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer} == {"Ballarat"}


def test_a_councillor_listed_after_a_city_s_officer_is_that_city_s(ex):
    r = read(ex, "Gwangmyeong and Austin signed a friendship agreement on Monday. Among those attending were Austin "
                 "Mayor Kirk Watson, Council Member Ana Rivera and Gwangmyeong Mayor Park Seung-won.")
    assert ("Ana Rivera", "Austin") in roles(r)
    # look-alike: a second mayor listed after one is no second mayor of the same city
    r = read(ex, "Gwangmyeong and Austin signed a friendship agreement. Present were Austin Mayor Kirk Watson and "
                 "Mayor Park Seung-won.")
    assert ("Park Seung-won", "Austin") not in roles(r)


def test_a_county_that_locates_a_town_is_no_party_when_named_again(ex):
    r = read(ex, "Melton has been twinned with Melton, Pennsylvania since 2013. Councillors from Melton, Wiltshire, "
                 "visited the American town to mark their twinning, and the guests returned with a visit to Wiltshire.")
    assert not any("wiltshire" in str(f.o) or "wiltshire" in str(f.s) for f in r.facts if f.p == V.partnerOf)


def test_an_officer_beside_a_city_s_delegation_is_not_its_officer(ex):
    r = read(ex, "Sacramento hosted guests on Monday. Vice Mayor Ana Lima of District 1 introduced Mexicali's delegation.")
    assert ("Ana Lima", "Mexicali") not in roles(r)
    # look-alike: the visitors' own mayor named with the delegation is theirs
    r = read(ex, "Sacramento hosted Mexicali's delegation, led by Mexicali Mayor Ana Lima.")
    assert ("Ana Lima", "Mexicali") in roles(r)


def test_a_people_s_congress_and_its_standing_committee_are_bodies(ex):
    r = read(ex, "The delegation met Zhang Min, vice chairwoman of the Standing Committee of the Jiangsu Provincial "
                 "People's Congress.")
    body = "Standing Committee of the Jiangsu Provincial People's Congress"
    assert body in names(r, "Organization") and ("Zhang Min", body) in roles(r)
    # look-alike: a participle opening a sentence is no part of a body's name
    assert names(read(ex, "Representing Lowestoft Town Council, Cllr Ann Day spoke."), "Organization") == \
        {"Lowestoft Town Council"}


def test_a_title_and_a_name_set_off_by_commas(ex):
    assert "Joan Hill" in names(read(ex, "Parks director, Joan Hill, will tour the gardens in Kofu next week."), "Person")
    # look-alike: a title before a surname alone and a verb is no name
    assert names(read(ex, "As mayor, Hill signed the agreement with Kofu."), "Person") == set()


@pytest.mark.parametrize("text", [
    "Dayton and Xuzhou signed a sister-city agreement on May 8 in Denver, and Fresno and Baoding signed one as well.",
    "Dayton and Xuzhou, and Fresno and Baoding signed sister-city agreements on May 8.",
    "Dayton, Ohio and Xuzhou, China signed a sister city pact on May 8, and Fresno and Baoding signed one too."])
def test_two_pairs_that_sign_in_one_sentence_are_two_ties(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    """``A and B signed …, and C and D signed one as well``: each pair is one tie, no tie across the pairs."""
    assert ties(read(ex, text)) == {frozenset(("Dayton", "Xuzhou")), frozenset(("Fresno", "Baoding"))}


def test_a_host_with_two_pairs_of_partners_is_no_pairing(ex) -> None:  # type: ignore[no-untyped-def]
    """Look-alike: partners listed after the tie word (``twinned with A and B, and C and D``) are the host's."""
    r = read(ex, "Dayton is twinned with Xuzhou and Baoding, and with Fresno and Hanover.")
    assert frozenset(("Xuzhou", "Baoding")) not in ties(r) and frozenset(("Dayton", "Hanover")) in ties(r)


_TWINNING = "The 40th anniversary of the twinning between Cahors and Soest was celebrated on Saturday. "


@pytest.mark.parametrize("text,expected", [
    ("Greta Lindner, Soest City Manager, made a speech.", {("Greta Lindner", "Soest")}),
    ("Greta Lindner, superintendent of the Cahors School District, spoke.", {("Greta Lindner", "Cahors School District")})])
def test_a_name_then_a_role_of_a_place_or_a_body(ex, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    """``Name, Soest City Manager,``: the city's officer; ``superintendent of the X School District``: its officer."""
    assert roles(read(ex, _TWINNING + text)) == expected


def test_a_name_then_a_role_of_a_body_in_lower_case_is_a_person(ex) -> None:  # type: ignore[no-untyped-def]
    """``Name, president of the twinning committee,``: a person with a title and no named body."""
    r = read(ex, _TWINNING + "Greta Lindner, president of the twinning committee, made a passionate speech.")
    assert "Greta Lindner" in names(r, "Person") and not roles(r)


def test_a_place_and_words_after_a_comma_that_name_no_role_make_no_person(ex) -> None:  # type: ignore[no-untyped-def]
    """Look-alike: ``Cahors, president of …`` is no person (one word)."""
    r = read(ex, _TWINNING + "They met in Cahors, the town of the twinning committee, on Monday.")
    assert not names(r, "Person")


@pytest.mark.parametrize("text", ["Representing Inuyama City were ten students who visited Davis, its sister city.",
                                  "Students of the Davis School District visited Inuyama, the sister city."])
def test_participles_and_people_before_a_name_are_no_part_of_it(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, text)
    assert not any(n.startswith(("Representing", "Students")) for t in ("City", "Organization") for n in names(r, t))


def test_plural_document_words_and_mayor_making_name_nothing(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Guildford is twinned with Freiburg. The Twinning Charters would not be renewed, said the mayor.")
    assert "Charters" not in names(r, "City")
    r = read(ex, 'The round of "Mayor Making" ceremonies in Guildford ended on Friday with a twinning visit.')
    assert not names(r, "Person")


def test_the_writer_s_own_town_hosts_the_ties_of_a_column(ex) -> None:  # type: ignore[no-untyped-def]
    """A mayor's column: ``my week in Guildford`` makes Guildford the host, not the first town named (a gala's)."""
    r = read(ex, "On Saturday I was in Chester for a charity gala. The highlight of my week in Guildford was the first "
                 "twinning meeting. The associations support the Council's twinning charters with Freiburg and Lille.")
    assert ties(r) == {frozenset(("Guildford", "Freiburg")), frozenset(("Guildford", "Lille"))}


def test_a_column_without_a_home_town_keeps_the_first_town(ex) -> None:  # type: ignore[no-untyped-def]
    """Look-alike: no first-person home: the town named most and first hosts, as before."""
    r = read(ex, "Chester is twinned with Lille. The mayor of Chester met visitors from Lille on Monday.")
    assert ties(r) == {frozenset(("Chester", "Lille"))}


@pytest.mark.parametrize("text,body", [
    ("On Saturday Deputy Mayor Carol Fenwick was in Chester representing Guildford at a gala.", "Guildford"),
    ("Deputy Mayor Carol Fenwick, representing Guildford, attended the gala in Chester.", "Guildford"),
    ("Mayor Carol Fenwick of Chester welcomed guests representing Freiburg.", "Chester")])
def test_a_titled_person_representing_a_town_is_its_officer(ex, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    """``X was in Chester representing Guildford``: Guildford's; guests representing a town say nothing of the host."""
    assert roles(read(ex, text + " The twinning with Freiburg was marked.")) == {("Carol Fenwick", body)}


def test_a_speaker_named_after_the_quote_owns_our_sister_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``"… our sister city Napier …," Fresno Mayor Carl Witt said``: Fresno's, not the headline's city."""
    r = read(ex, 'Sister cities mingle in Chicago\n\nFresno and Baoding signed a sister city agreement on Friday. '
                 '"We lost our sister city Napier in New Zealand, so this is welcome," Fresno Mayor Carl Witt said.')
    assert not any("Chicago" in t for t in ties(r))


def test_a_state_paired_with_a_country_by_a_slash_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Fresno and Baoding signed a sister city pact. It was the most recent of 40 California/China sister "
                 "city relationships.")
    assert ties(r) == {frozenset(("Fresno", "Baoding"))}


def test_indonesian_provinces_and_us_territories_act_as_regions(ex) -> None:  # type: ignore[no-untyped-def]
    """Indonesian provinces and US territories are regions of the name tables: parties when their governors sign."""
    r = read(ex, "Governor Rudi Lasut of North Sulawesi and Governor Sam Fale of American Samoa signed a sister province "
                 "agreement on Monday.")
    assert ties(r) == {frozenset(("North Sulawesi", "American Samoa"))}
    assert roles(r) == {("Rudi Lasut", "North Sulawesi"), ("Sam Fale", "American Samoa")}


@pytest.mark.parametrize("text,kind", [("It has established friendship cooperation cities with Fukuoka and Osaka.", "friendship"),
                                       ("a friendship and cooperation city of Busan", "friendship"),
                                       ("a cooperation agreement on ports", "other")])
def test_friendship_cooperation_cities_are_the_friendship_tier(text: str, kind: str) -> None:
    from kgraph.extract.patterns_en import tie_kind
    assert (tie_kind(text) or "other") == kind


def test_a_bare_ceremony_after_a_signing_is_that_signing(ex) -> None:  # type: ignore[no-untyped-def]
    """``A and B signed … The brief ceremony took place …``: one event, dated and attended."""
    r = read(ex, "Tamale and Kumasi signed a twin city agreement. The brief ceremony took place in Tamale on Wednesday "
                 "June 26, 2024. The signing ceremony was also attended by Mr. Kofi Mensah and Ms. Awa Traore.")
    events = [e for e in r.entities.values() if e.type == "Event"]
    assert len(events) == 1 and dates(r) == {"2024-06-26"}
    assert {"Kofi Mensah", "Awa Traore"} <= attendees(r)


def test_a_body_named_like_an_event_after_an_office_is_no_event(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "The signing was attended by Mr. Kofi Mensah, President of the Regional Trade Forum, in Tamale.")
    assert "Regional Trade Forum" not in names(r, "Event")
    # look-alike: the forum held is an event
    r = read(ex, "The mayors spoke at the opening of the Regional Trade Forum in Tamale on Monday.")
    assert "Regional Trade Forum" in names(r, "Event")


@pytest.mark.parametrize("text", ["Montlouis's twin town is Vouvray. The mayor visited in May.",
                                  "Montlouis is twinned with Tours. Its other twin town is Vouvray, in France."])
def test_a_town_named_as_what_the_twin_town_is(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    """``X's twin town is Vouvray``: a town no gazetteer has, named as the twin town, is a place and the partner."""
    assert "Vouvray" in names(read(ex, text), "City")


def test_a_capitalised_word_after_a_tie_program_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    assert not names(read(ex, "The sister city program is Popular with students."), "City")


@pytest.mark.parametrize("text", [
    "Boise signed a sister city agreement with Tacoma Mayor Ellen Jackson on Wednesday. Jackson said it would promote tourism.",
    "Boise signed a sister city agreement with Mayor Paul Madison of Tacoma on Wednesday. Madison added that it would help."])
def test_a_mayor_s_surname_that_speaks_is_no_town(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Ellen Jackson … Jackson said``: the surname of a person named before, speaking, is no town."""
    assert names(read(ex, text), "City") == {"Boise", "Tacoma"}


def test_a_town_of_a_surname_s_spelling_that_is_a_party_stays_a_town(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Jackson and Tacoma signed a sister city agreement on Monday. Mayor Ann Jackson said it was a success.")
    assert frozenset(("Jackson", "Tacoma")) in ties(r)


@pytest.mark.parametrize("text,body", [
    ("Park Min-su, the acting governor of Gyeonggi Province, met the delegation from Oregon on Monday.", "Gyeonggi Province"),
    ("Lee Ji-ho, the interim mayor of Suwon, signed the sister city agreement with Cleveland on Monday.", "Suwon")])
def test_an_acting_or_interim_officer_after_a_name(ex, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert {b for _, b in roles(read(ex, text))} == {body}


@pytest.mark.parametrize("text,hosts", [("Mayors met at the investment forum, organized by Almaty and Kazan, on Monday.",
                                         {"Almaty", "Kazan"}),
                                        ("A trade fair hosted by Busan opened on Monday, and Fukuoka sent a delegation.",
                                         {"Busan"})])
def test_every_host_named_after_by_organises(ex, text: str, hosts: set) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, text)
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer} == hosts


def test_a_homonym_abroad_is_the_one_in_a_country_the_article_names(ex) -> None:  # type: ignore[no-untyped-def]
    """``Santa Rosa`` (Argentina, the US) in an article that names Argentina is the Argentine city."""
    r = read(ex, "Delegates from Santa Rosa signed a sister city pact with Incheon. The visitors later toured Argentina.")
    assert any(str(e.iri).endswith("/city/ar/santa-rosa") for e in r.entities.values())
    # look-alike: no country named: the larger city, as before
    r = read(ex, "Delegates from Santa Rosa signed a sister city pact with Incheon on Monday.")
    assert any(str(e.iri).endswith("/city/us/santa-rosa") for e in r.entities.values())


def test_a_town_with_its_territory_after_a_comma_is_in_that_territory(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "San Juan, Puerto Rico signed a sister city agreement with Orlando on Monday.")
    assert any(str(e.iri).endswith("/city/pr/san-juan") for e in r.entities.values())


def test_a_city_written_with_and_without_city_is_one_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``Fukui City Mayor …`` then ``Fukui``: one city (the registry's partner is the gazetteer's city)."""
    r = read(ex, "Fukui City Mayor Kenji Sato welcomed a delegation from Fresno on Monday. Fukui and Fresno have been "
                 "sister cities since 1984.")
    assert len([e for e in r.entities.values() if e.type == "City" and "/city/jp/" in str(e.iri)]) == 1


@pytest.mark.parametrize("text,party", [("South Gloucestershire has been twinned with Lollar since 1990.", "South Gloucestershire"),
                                        ("North Tyneside has been twinned with Ivry-sur-Seine since 1958.", "North Tyneside")])
def test_a_british_authority_named_with_a_compass_word_acts(ex, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """Unitary authorities whose names open with a compass word are parties when they act (not the county)."""
    assert any(party in t for t in ties(read(ex, text)))


def test_a_british_authority_after_a_town_only_locates_it(ex) -> None:  # type: ignore[no-untyped-def]
    assert ties(read(ex, "Hexham, North Tyneside, is twinned with Noyon.")) == {frozenset(("Hexham", "Noyon"))}


def test_a_titled_person_then_and_then_a_body_is_no_part_of_the_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``Dieppe mayor Paul Girard and Crawley Borough Council leader Tom Webb``: the mayor is a person, the body
    is the council."""
    r = read(ex, "Dieppe mayor Paul Girard and Crawley Borough Council leader Tom Webb exchanged gifts at the twinning.")
    assert "Crawley Borough Council" in names(r, "Organization") and "Paul Girard" in names(r, "Person")
    # look-alike: a firm named by two people is one name
    r = read(ex, "The mayor thanked Smith and Jones Construction Company for the twinning banners.")
    assert "Smith and Jones Construction Company" in names(r, "Organization")


def test_who_tells_of_a_past_signing_is_no_signer(ex) -> None:  # type: ignore[no-untyped-def]
    """``A and B became sister cities in 1986, said Kim Ji-ho, deputy mayor of A``: the speaker tells of it."""
    r = read(ex, "Incheon and Anchorage became sister cities in 1986, said Kim Ji-ho, deputy mayor of Incheon.")
    assert "Kim Ji-ho" not in attendees(r)
    # look-alike: the one who signed
    r = read(ex, "Kim Ji-ho, deputy mayor of Incheon, signed the sister city agreement with Anchorage in 1986.")
    assert "Kim Ji-ho" in attendees(r)


@pytest.mark.parametrize("text,body", [
    ("Mayor of Russia's Kazan City Oleg Petrov paid an official visit to Almaty, its sister city.", "Kazan"),
    ("Mayor of Kazan Oleg Petrov paid an official visit to Almaty, its sister city.", "Kazan")])
def test_a_mayor_of_a_country_s_city_then_the_name(ex, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    """``Mayor of Russia's Kazan City Oleg Petrov``: the country's possessive and the place's own word before the name."""
    assert roles(read(ex, text)) == {("Oleg Petrov", body)}


def test_a_speaker_who_says_we_took_part(ex) -> None:  # type: ignore[no-untyped-def]
    """Look-alike of the teller: ``"We visited Tustin a few days ago," said Zhu Wei``: the speaker was there."""
    r = read(ex, '"We visited Tustin a few days ago," said Zhu Wei, deputy mayor of Heyuan, its new sister city.')
    assert "Zhu Wei" in attendees(r)


def test_our_twin_town_of_a_place_is_no_home(ex) -> None:  # type: ignore[no-untyped-def]
    """``our twin town of Kumamoto`` names a partner, not the writer's own town (unlike ``my week in Guildford``)."""
    from kgraph.extract.en_people import _HOME_BEFORE

    assert _HOME_BEFORE.search("a visit to our twin town of ") is None
    assert _HOME_BEFORE.search("a visit to our sister city of ") is None
    assert _HOME_BEFORE.search("the highlight of my week in ") is not None


# --- round-4 families: a person apposed to an office, states as adjectives, hosts, listed members ---------------

def test_a_name_apposed_to_an_office_after_agreement_with_is_a_person_not_a_town(ex) -> None:
    """``… agreement with Thandi Mokoena, the Executive Mayor of Durban``: the person of the office, no partner."""
    r = read(ex, "Governor Peter Mwangi of Nairobi said he was excited to sign the first Sister City agreement with "
                 "Thandi Mokoena, the Executive Mayor of Durban.")
    assert "Thandi Mokoena" not in names(r, "City")
    assert ("Thandi Mokoena", "Durban") in roles(r) and frozenset(("Nairobi", "Durban")) in ties(r)


def test_an_agreement_with_a_town_followed_by_a_comma_is_still_a_tie(ex) -> None:
    """Look-alike: ``with Durban, the largest city of KwaZulu-Natal``: no office, a town."""
    r = read(ex, "Nairobi signed a sister city agreement with Durban, the largest city of KwaZulu-Natal, on Monday.")
    assert frozenset(("Nairobi", "Durban")) in ties(r)


def test_a_municipal_commissioner_is_no_councillor() -> None:
    assert title_of("Municipal Commissioner").role == "municipal commissioner"
    assert title_of("Executive Mayor").role == "mayor"


@pytest.mark.parametrize("text", [
    "In 1998, Hakusan officials were looking for a Missouri partner and chose Columbia as a sister city.",
    "City officials in Worthington wanted a central Ohio counterpart for their sister city Sayama.",
])
def test_a_state_written_as_an_adjective_is_no_party(ex, text: str) -> None:
    """``a Missouri partner``, ``a central Ohio counterpart``: the state describes the noun; it is tied to nothing."""
    r = read(ex, text)
    assert not [t for t in ties(r) if t & {"Missouri", "Ohio"}]


def test_a_state_that_acts_is_still_a_party(ex) -> None:
    """Look-alike: ``The state of Missouri signed a sister-state agreement``: the state is the party."""
    r = read(ex, "The state of Missouri signed a sister-state agreement with Ishikawa Prefecture in 2018.")
    assert any("Missouri" in t for t in ties(r))


def test_a_state_after_of_only_locates_the_county_before_it(ex) -> None:
    """``Maui County of Hawaii``: the state locates the county, which alone is the partner."""
    r = read(ex, "Mayor Linda Porter of Kalamazoo signed friendship agreements with Numazu City of Japan and Maui "
                 "County of Hawaii on Monday.")
    assert frozenset(("Kalamazoo", "Maui County")) in ties(r)
    assert not [t for t in ties(r) if "Hawaii" in t]


@pytest.mark.parametrize("text,host,guest", [
    ("Brookfield welcomed a delegation from its sister city, Kakegawa, Japan, on Tuesday.", "Brookfield", "Kakegawa"),
    ("The City of Fremont is hosting a delegation from its sister city, Fukaya, Japan, this week.", "Fremont", "Fukaya"),
])
def test_a_place_hosting_visitors_from_its_partner_holds_their_visit(ex, text: str, host: str, guest: str) -> None:
    """``X welcomed a delegation from its sister city, Y``: X is a place (even one no table has), Y's partner, and
    organises the visit, held there."""
    r = read(ex, text)
    assert frozenset((host, guest)) in ties(r)
    visit = next(i for i, e in r.entities.items() if e.type == "Event")
    assert {label(r, f.o) for f in r.facts if f.s == visit and f.p in (V.SCHEMA.organizer, V.SCHEMA.location)} == {host}
    assert guest in attendees(r)


def test_a_person_welcoming_visitors_from_home_is_no_place(ex) -> None:
    """Look-alike: ``Smith welcomed a delegation from his home town``: a person (no ``its``), no place."""
    assert "Smith" not in names(read(ex, "Smith welcomed a delegation from his home town on Tuesday."), "City")


def test_a_venue_named_later_outranks_the_hosting_town(ex) -> None:
    """``Decatur welcomed six delegates from Tokorozawa … They were welcomed at the Decatur Civic Center``: held at
    the venue; the town still organises."""
    r = read(ex, "The City of Decatur welcomed six delegates from Tokorozawa, Japan on Thursday. The delegates were "
                 "welcomed at the Decatur Civic Center.")
    locs = {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.location}
    assert locs == {"Decatur Civic Center"}


@pytest.mark.parametrize("text,people", [
    ("A delegation from Tsubame, Japan, arrived in Sheboygan on Monday. The members of the delegation are Aiko Mori, "
     "Kenji Sato, Yuki Arai and Daichi Ono.", {"Aiko Mori", "Kenji Sato", "Yuki Arai", "Daichi Ono"}),
    ("The Kakegawa delegation toured the city on Tuesday. Also present were board members Maria Cruz, Jose Reyes Jr., "
     "Ana Lim and Pedro Santos.", {"Maria Cruz", "Ana Lim", "Pedro Santos"}),
])
def test_the_members_of_a_delegation_listed_by_name_attend_its_visit(ex, text: str, people: set[str]) -> None:
    """``The members of the delegation are A, B and C``, ``Also present were board members A and B``: each attends."""
    assert people <= attendees(read(ex, text))


def test_members_listed_with_no_event_attend_nothing(ex) -> None:
    """Look-alike: ``The members of the sister city committee are A, B and C``: no event, no attendance."""
    assert not attendees(read(ex, "The members of the sister city committee are Aiko Mori, Kenji Sato and Yuki Arai."))


# --- round-5 families: names that are no towns, plural titles, speakers, region locators, numeric dates -----------

@pytest.mark.parametrize("text,person,town", [
    ("Mr. Hamada is mayor of Iwata, the sister city of Greenwood for the past 22 years, and is here this week.",
     "Hamada", "Hamada"),
    ("The sister city link between Tacoma and Kitakyushu was praised by Kitakyushu official Mr. Kurume, who visited "
     "in May.", "Kurume", "Kurume"),
    ("Director of the city's international office, Aurora Delos Santos, said Quezon City and Daejeon would renew their "
     "sister city pact in June.", "Aurora Delos Santos", "Aurora"),
])
def test_a_name_after_an_honorific_or_one_that_speaks_is_a_person_not_a_town(ex, text: str, person: str, town: str) -> None:
    """``Mr. Hamada``, ``…, Aurora Delos Santos, said``: a person whose name holds a town's; no town, no tie."""
    r = read(ex, text)
    assert person in names(r, "Person") and town not in names(r, "City")
    assert not [t for t in ties(r) if town in t]


def test_a_town_named_with_its_state_after_a_comma_stays_a_town(ex) -> None:
    """Look-alike: ``Visitors from Aurora, Illinois``: the town."""
    assert "Aurora" in names(read(ex, "Visitors from Aurora, Illinois, joined the sister city festival in Greenwood on "
                                      "Friday."), "City")


def test_a_town_before_an_office_and_a_name_that_speaks_stays_a_town(ex) -> None:
    """Look-alike: ``Mayor of Worcester Councillor Ian Imray said``: Worcester is the mayor's town."""
    r = read(ex, "Current Mayor of Worcester Councillor Ian Imray said the twinning with Kleve has helped Worcester.")
    assert ("Ian Imray", "Worcester") in roles(r)


@pytest.mark.parametrize("text,pairs", [
    ("Mayors Helen Varga and Kenji Oda signed the renewed sister city agreement between Wagga Wagga and Kunming on "
     "Friday.", {("Helen Varga", "Wagga Wagga"), ("Kenji Oda", "Kunming")}),
    ("Govs. Dana Whitlock and Ramon Ibarra today signed a sister-state agreement between Oregon and Sonora, Mexico.",
     {("Dana Whitlock", "Oregon"), ("Ramon Ibarra", "Sonora")}),
])
def test_a_plural_title_before_two_names_makes_two_officers(ex, text: str, pairs: set[tuple[str, str]]) -> None:
    """``Mayors A and B signed … between X and Y``: two officers, of X and Y in that order; they sign."""
    r = read(ex, text)
    assert pairs <= roles(r)
    assert {p for p, _ in pairs} <= attendees(r)


def test_a_speaker_named_before_said_takes_no_part_in_what_is_told(ex) -> None:
    """``…, the council's head of economic development Warren Pike said on Monday``: he tells of the visit; Monday is
    when he said it."""
    r = read(ex, "The visit will strengthen the sister city ties between Cairns and Minami, the council's head of "
                 "economic development Warren Pike said on Monday.")
    assert "Warren Pike" not in attendees(r) and not dates(r)


def test_a_person_who_signs_before_said_still_attends(ex) -> None:
    """Look-alike: ``Mayor Irene Stroud signed the agreement on Monday and said …``: she signs."""
    r = read(ex, "Mayor Irene Stroud of Tacoma signed the sister city agreement with Kitakyushu on Monday and said it "
                 "would help trade.")
    assert "Irene Stroud" in attendees(r)


@pytest.mark.parametrize("text,region", [
    ("Officials from Haining county of Zhejiang Province toured the waterworks of Bend, their sister city since 2009.",
     "Zhejiang"),
    ("Kawagoe, in the prefecture of Saitama, is one of Dubuque's three sister cities.", "Saitama"),
])
def test_a_region_said_with_a_common_noun_only_locates_the_town(ex, text: str, region: str) -> None:
    """``Haining county of Zhejiang Province``, ``Kawagoe, in the prefecture of Saitama``: no tie with the region."""
    r = read(ex, text)
    assert ties(r) and not [t for t in ties(r) if any(region in n for n in t)]


@pytest.mark.parametrize("text,expected", [("was signed on 14/11/2023 at City Hall", {"2023-11-14"}),
                                           ("was signed on 14.11.2023 at City Hall", {"2023-11-14"}),
                                           ("was signed on 11/14/2023 at City Hall", {"2023-11-14"}),
                                           ("was signed on 06/05/2018 at City Hall", set())])  # must not: either way
def test_a_numeric_date_is_read_when_its_day_is_certain(text: str, expected: set[str]) -> None:
    assert {w.value.isoformat() for w in find(text, published=PUB)} == expected


def test_a_conference_room_is_no_conference(ex) -> None:
    """``at the Gangseo-gu Office large conference room``: a room, no event; ``held a conference`` is one."""
    r = read(ex, "Hadong County signed a sister city agreement with Gangseo-gu on the 14th at the Gangseo-gu Office large "
                 "conference room.")
    assert "conference" not in {e.name for e in r.entities.values() if e.type == "Event"}
    r = read(ex, "The council held a conference on tourism on Tuesday with its sister city Nantes.")
    assert "conference" in {e.name for e in r.entities.values() if e.type == "Event"}


def test_two_tiers_of_one_pair_keep_their_own_years(ex) -> None:
    """``became friendship cities in 1993 and sister cities in 1999``: both tiers, each its year."""
    r = read(ex, "Worthington and Sayama became friendship cities in 1993 and sister cities in 1999.")
    kinds = {k for _p, k in tie_types(r)}
    assert {"friendshipCityOf", "sisterCityOf"} <= kinds
    r = read(ex, "Worthington and Sayama became sister cities in 1999, and the mayors met in 2004.")  # must not: one tier
    assert {k for _p, k in tie_types(r)} == {"sisterCityOf"}


@pytest.mark.parametrize("text,place", [
    ("Mayor Hwang Jin-soo of Gangjin hosted a reception at the Salish Lodge on Friday for the host families.",
     "Salish Lodge"),
    ("The ceremony was held at the State Capitol on Monday with both governors.", "State Capitol"),
])
def test_a_lodge_or_a_capitol_is_a_venue(ex, text: str, place: str) -> None:
    r = read(ex, text)
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.location} == {place}


def test_a_stay_at_an_inn_with_no_event_places_nothing(ex) -> None:
    """Look-alike: ``stayed in a small inn``: no named venue, no event there."""
    r = read(ex, "The delegation stayed in a small inn near the river, the mayor said on Monday.")
    assert not [f for f in r.facts if f.p == V.SCHEMA.location]


def test_a_city_s_sister_cities_body_is_an_organisation(ex) -> None:
    """``President of Decatur Sister Cities``: the body, whose president she is; not the city's."""
    r = read(ex, '"Our friendship has lasted a long time," said Carol Dunn, President of Decatur Sister Cities.')
    assert ("Carol Dunn", "Decatur Sister Cities") in roles(r)


def test_a_city_opening_a_sentence_with_sister_cities_keeps_its_ties(ex) -> None:
    """Look-alike: ``Chicago Sister Cities is celebrating … with Shanghai and Shenyang``: the city's ties."""
    r = read(ex, "Chicago Sister Cities is celebrating the 30th anniversary of its sister cities relationships with "
                 "Shanghai and Shenyang.")
    assert frozenset(("Chicago", "Shanghai")) in ties(r)


@pytest.mark.parametrize("text,pair", [
    ("Nairobi signed the agreement with Cape Town, represented by Mayor Thandi Mokoena, on Monday.",
     ("Thandi Mokoena", "Cape Town")),
    ("Nairobi, represented by Governor Peter Mwangi, signed the agreement with Durban on Monday.",
     ("Peter Mwangi", "Nairobi")),
])
def test_an_officer_representing_a_place_holds_office_there(ex, text: str, pair: tuple[str, str]) -> None:
    """``X, represented by Mayor Y``: Y is X's mayor."""
    assert pair in roles(read(ex, text))


def test_a_body_and_its_office_in_apposition_after_a_name(ex) -> None:
    """``said Kenji Arai, Tokorozawa International Friendship Committee Chairman``: the committee's chair (not
    ``…, Tokorozawa City Council, and others``: no office)."""
    r = read(ex, '"People matter most," said Kenji Arai, Tokorozawa International Friendship Committee Chairman.')
    assert ("Kenji Arai", "Tokorozawa International Friendship Committee") in roles(r)
    r = read(ex, '"People matter most," said Kenji Arai, Tokorozawa City Council, and others.')
    assert not roles(r)


def test_capitals_beyond_latin_1_open_names(ex) -> None:
    """``Karasu Mayor İlker Şahin``, ``Velmora Mayor Željko Horvat``: Turkish, Croatian … capitals start names."""
    r = read(ex, "Velmora Mayor Anna Berg and Karasu Mayor İlker Şahin signed a twinning agreement on Monday.")
    assert ("İlker Şahin", "Karasu") in roles(r) and frozenset(("Velmora", "Karasu")) in ties(r)
    r = read(ex, "Velmora Mayor Željko Horvat and Ústí Mayor Ivan Novak signed a twinning agreement on Monday.")
    assert ("Željko Horvat", "Velmora") in roles(r)


@pytest.mark.parametrize("text,expected", [("will visit Karasu in February next year", {"2024-02-01"}),
                                           ("visited Karasu in May last year", {"2022-05-01"}),
                                           ("will visit Karasu next February", {"2023-02-01"})])
def test_a_month_of_a_year_counted_from_the_publication(text: str, expected: set[str]) -> None:
    """``in February next year`` (published January 2023): February 2024."""
    assert {w.value.isoformat() for w in find(text, published=dt.date(2023, 1, 27))} == expected


@pytest.mark.parametrize("text", [
    "The city of Daejeon has signed a friendly cooperation city agreement with Porto, the second largest city in Portugal.",
    "Since Gyeongsangbuk-do and Fujian established a friendly provincial relationship 30 years ago, exchanges have grown.",
])
def test_friendly_cooperation_and_provincial_relations_are_the_friendship_tier(ex, text: str) -> None:
    assert {k for _p, k in tie_types(read(ex, text))} == {"friendshipCityOf"}


def test_friendly_cooperation_pledged_is_no_tie(ex) -> None:
    """Look-alike: ``pledged friendly cooperation in tourism``: no tie."""
    assert not ties(read(ex, "Daejeon and Porto pledged friendly cooperation in tourism and culture during the meeting."))


@pytest.mark.parametrize("text,pair", [
    ("Lord Mayor of Port Selwyn Arun Mehta signed the agreement. Port Selwyn and Velmora became sister cities on Monday.",
     ("Arun Mehta", "Port Selwyn")),
    ("Mayor of San Luis Obispo Erica Stanton signed the sister city agreement with Velmora on Monday.",
     ("Erica Stanton", "San Luis Obispo")),
    ("Mayor of Kingston Marla Dunstan signed the sister city agreement with Velmora on Monday.",
     ("Marla Dunstan", "Kingston")),
])
def test_a_place_of_several_words_before_a_name_of_two(ex, text: str, pair: tuple[str, str]) -> None:
    """``Lord Mayor of Port Selwyn Arun Mehta``: the longest place the text knows, then the name."""
    assert pair in roles(read(ex, text))


# --- look-alikes found in review ---------------------------------------------------------------------------------

def test_a_school_hosting_its_sister_school_is_no_town(ex) -> None:
    r = read(ex, "Lincoln Elementary welcomed a group of students from its sister school in Kakegawa for a week-long visit.")
    assert "Lincoln Elementary" not in names(r, "City")


def test_a_name_after_said_stays_a_person_when_a_place_ends_the_clause_before(ex) -> None:
    """``… with South Korea, said Laura Penn, a city spokeswoman``: Laura Penn speaks."""
    assert "Laura Penn" in names(read(ex, "The ties will help trade with South Korea, said Laura Penn, a city "
                                          "spokeswoman."), "Person")


def test_an_honorific_and_a_surname_named_before_is_that_person(ex) -> None:
    """``Tustin Mayor Jane Roe … Ms. Roe said``: one person."""
    r = read(ex, "Tustin Mayor Jane Roe signed the sister city agreement with Gwangmyeong on Monday. Ms. Roe said the "
                 "ties would help trade.")
    assert names(r, "Person") == {"Jane Roe"}


def test_a_speaker_in_the_middle_of_a_sentence_at_an_event_still_attends(ex) -> None:
    """``At the signing ceremony with Gwangmyeong, Tustin Mayor Jane Roe said …``: she was there."""
    assert "Jane Roe" in attendees(read(ex, "At the signing ceremony with Gwangmyeong, Tustin Mayor Jane Roe said the "
                                            "ties would grow."))


def test_a_pair_of_places_in_a_relative_clause_is_no_pair_of_offices(ex) -> None:
    """``Mayors A and B attended the festival, which rotates between X and Y``: no office of X or Y."""
    r = read(ex, "Mayors Jane Roe and Park Seung-won attended the festival, which rotates between Tustin and Irvine "
                 "each year.")
    assert not roles(r)


def test_the_visitors_named_in_a_list_attend(ex) -> None:
    r = read(ex, "A delegation from Gwangmyeong visited Tustin last week. The visitors were Kim Ji-ho, Lee Min-a and "
                 "Park Dong-su.")
    assert {"Kim Ji-ho", "Lee Min-a", "Park Dong-su"} <= attendees(r)


def test_a_numeric_date_that_ends_a_sentence() -> None:
    assert {w.value.isoformat() for w in find("signed at City Hall on 14.11.2023.", published=PUB)} == {"2023-11-14"}


def test_members_of_a_delegation_named_again_are_of_its_city(ex) -> None:
    """``A delegation from Gangneung … The delegation, comprised of Mayor Y …, will attend … in Jingzhou``: Gangneung's
    mayor (not the city the sentence ends in); a mayor who meets the delegation stays the host's."""
    r = read(ex, "A delegation from Gangneung City will visit its sister city Jingzhou on Wednesday, September 25. The "
                 "delegation, comprised of Mayor Seo Jae-won and Councilor Choi Mi-ran, will attend the anniversary "
                 "event in Jingzhou.")
    assert ("Seo Jae-won", "Gangneung City") in roles(r)
    r = read(ex, "Gangneung welcomed a delegation from Jingzhou on Monday. The delegation was met by Mayor Seo Jae-won "
                 "at City Hall.")
    assert ("Seo Jae-won", "Gangneung") in roles(r)


def test_a_name_holding_a_town_s_after_said_and_described_is_a_person(ex) -> None:
    """``said Aurora Santos, who heads the city tourism office``: a person, no town Santos, no tie with it."""
    r = read(ex, "Iloilo signed a sister city agreement with Dobong-gu, said Aurora Santos, who heads the city tourism office.")
    assert "Aurora Santos" in names(r, "Person") and ties(r) == {frozenset(("Iloilo", "Dobong-gu"))}


@pytest.mark.parametrize("text,person,town", [
    ("\"The friendship will last,\" Aurora Santos said. Iloilo signed a sister city agreement with Dobong-gu.",
     "Aurora Santos", "Santos"),
    ("Rosario Leon said Iloilo City and Dobong-gu signed a sister city agreement.", "Rosario Leon", "Leon")])
def test_a_given_name_that_is_also_a_town_before_a_surname_that_is_a_town(ex, text, person, town) -> None:  # type: ignore[no-untyped-def]
    """``Aurora Santos said``: a person (no town Santos, no tie with it); before a region the town stays
    (``Visitors from Orlando Florida``: Florida, not a surname)."""
    r = read(ex, text)
    assert person in names(r, "Person") and town not in names(r, "City")
    assert len(ties(r)) == 1
    assert "Florida" in names(read(ex, "Visitors from Orlando Florida joined the Iloilo sister city festival."), "City")


@pytest.mark.parametrize("text,pair", [
    ("Rochester welcomed a delegation on Monday. The visit marks the sister state relationship between the Shaanxi "
     "Province and the State of Minnesota.", ("Shaanxi Province", "Minnesota")),
    ("Jasper hosted the visitors. The sister province tie between the Province of Alberta and Hokkaido turned 40.",
     ("Alberta", "Hokkaido"))])
def test_a_tie_between_two_governments_named_with_their_kind(ex, text, pair) -> None:  # type: ignore[no-untyped-def]
    """``between the Shaanxi Province and the State of Minnesota``: those two, not the article's town."""
    assert ties(read(ex, text)) == {frozenset(pair)}


@pytest.mark.parametrize("text", [
    "Jasper hosted Hinton officials. It is the longest running community relationship between Alberta and Japan.",
    "Adelanto officials praised the relationships that California has with South Korea.",
    "Fresno hosted the forum. Gyeongsangnam-do has eight sister relationships with American counterparts, said "
    "Hadong County's mayor."])
def test_a_tie_with_a_country_or_a_count_of_ties_ties_no_two_cities(ex, text) -> None:  # type: ignore[no-untyped-def]
    """``between Alberta and Japan``, ``has with South Korea``, ``has eight sister relationships with American
    counterparts``: no city's tie with the article's town (but ``with Kitami, Japan`` and ``eight sister cities,
    including Kitami`` name partners)."""
    assert ties(read(ex, text)) == set()
    assert ties(read(ex, "Gimhae signed a sister city agreement with Kitami, Japan, on Monday.")) == {
        frozenset(("Gimhae", "Kitami"))}
    assert len(ties(read(ex, "Gimhae has eight sister cities, including Kitami and Ome."))) == 2


def test_a_body_that_hosts_organises_not_the_town_in_its_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Riverside Twinning Association hosted the Sendai delegation``: the association organises the visit (not
    Riverside, the town inside its name)."""
    r = read(ex, "The Riverside Twinning Association hosted the Sendai delegation on Friday.")
    organisers = {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer}
    assert organisers == {"Riverside Twinning Association"}
    r = read(ex, "Riverside hosted the Sendai delegation on Friday.")
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer} == {"Riverside"}


def test_a_town_named_as_the_senders_partner_after_them_sends_nobody(ex) -> None:  # type: ignore[no-untyped-def]
    """``the delegation from Jiaxing, Greenfield's sister city``: Jiaxing sends it, Greenfield does not."""
    r = read(ex, "The Greenfield Rotary Club hosted a reception for the delegation from Jiaxing, Greenfield's sister city.")
    assert "Jiaxing" in attendees(r) and "Greenfield" not in attendees(r)


def test_the_speakers_town_in_a_closing_attribution_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    """``…, said Mayor Kim of Busan``: Busan tells of the tie, it is none of its (but ``said Quezon City and Daejeon
    would renew their sister city pact`` reports one)."""
    r = read(ex, "Gimhae signed a sister city agreement with Ome on Monday, said the mayor of Busan.")
    assert ties(r) == {frozenset(("Gimhae", "Ōme"))}
    r = read(ex, "Aurora Delos Santos said Quezon City and Daejeon would renew their sister city pact in June.")
    assert ties(r) == {frozenset(("Quezon City", "Daejeon"))}


@pytest.mark.parametrize("text,wrong", [
    ("In February, a group of city officials from Gimhae visited Kitami, its sister city.", "In February"),
    ("Her province is in need of investment, said the governor of Gyeongsangbuk-do, a sister province of Thai Nguyen.",
     "Her province"),
    ("Recently Takino Town signed a sister city agreement with Kato City.", "Recently Takino Town")])
def test_a_word_opening_a_sentence_is_no_part_of_a_name(ex, text, wrong) -> None:  # type: ignore[no-untyped-def]
    """``In February, a group of …``, ``Her province``, ``Recently Takino Town``: a time phrase, a pronoun or an adverb
    before a name is no body or town (but ``The Riverside Association, a group of volunteers``: a body)."""
    r = read(ex, text)
    assert wrong not in names(r, "Organization") | names(r, "City")
    assert "Riverside Association" in names(read(ex, "The Riverside Association, a group of volunteers, hosted the "
                                                    "Sendai delegation."), "Organization")


def test_two_surnames_after_a_plural_title_are_no_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``Cllrs McGovern and Dalton``: surnames (Mc… too), no town Dalton and no tie with it."""
    r = read(ex, "Cllrs McGovern and Dalton travelled to Rouen for the twinning anniversary.")
    assert "Dalton" not in names(r, "City") and ties(r) == set()


@pytest.mark.parametrize("text,person", [
    ("Secretary of the Ho Chi Minh City Party Committee Nguyen Van Nen received the delegation from Gimhae.",
     "Nguyen Van Nen"),
    ("Le Thi Hoa, vice chair of the Hai Phong People's Committee, met the Incheon delegation.", "Le Thi Hoa")])
def test_vietnamese_names_hold_no_town(ex, text, person) -> None:  # type: ignore[no-untyped-def]
    """``Nguyen Van Nen``, ``Le Thi Hoa``: a family, a middle and a given name, no town Van (but ``Ho Chi Minh City``
    stays a city)."""
    r = read(ex, text)
    assert person in names(r, "Person") and not {"Van", "Thi"} & names(r, "City")
    assert "Ho Chi Minh City" in names(read(ex, "Ho Chi Minh City and Busan signed a sister city agreement."), "City")


@pytest.mark.parametrize("text,role", [
    ("Secretary of the Da Nang Party Committee Tran Quoc Bao received the delegation.", "secretary"),
    ("Kerry County Council Cathaoirleach Cllr Aine Walsh led the group.", "chair")])
def test_a_partys_secretary_and_an_irish_councils_chair_are_titles(ex, text, role) -> None:  # type: ignore[no-untyped-def]
    """``Secretary of the … Party Committee X``, ``Cathaoirleach``: titles of a body."""
    r = read(ex, text)
    assert {e.attrs.get("jobTitle") for e in r.entities.values() if e.type == "Person"} == {role}


def test_an_agreement_renewed_on_a_day_is_a_signing_of_that_day(ex) -> None:  # type: ignore[no-untyped-def]
    """``renewed the sister-state agreement with Hokkaido on Tuesday``: a signing that Tuesday (not ``is renewed every
    five years``, nor ``renews its commitment``)."""
    assert dates(read(ex, "Governor Tom Ross on Tuesday renewed the sister-state agreement with Hokkaido.")) == {"2024-03-05"}
    assert dates(read(ex, "The agreement with Hokkaido is renewed every five years, Governor Tom Ross said.")) == set()


@pytest.mark.parametrize("text", [
    "Satsumasendai Mayor Ryoji Tanaka received a delegation from Changnyeong County on Monday.",
    "Mayor Ryoji Tanaka, of Satsumasendai, welcomed the delegation from Changnyeong County on Monday."])
def test_a_titled_hosts_city_holds_the_visit(ex, text) -> None:  # type: ignore[no-untyped-def]
    """``Satsumasendai Mayor Ryoji Tanaka received a delegation``: the mayor's city organises and holds the visit;
    the guests attend (not the host city)."""
    r = read(ex, text)
    organisers = {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer}
    assert organisers == {"Satsumasendai"} and "Satsumasendai" not in attendees(r)
    assert "Changnyeong County" in attendees(r)


def test_a_delegation_representing_a_city_is_that_citys(ex) -> None:  # type: ignore[no-untyped-def]
    """``a delegation representing the City of Dalian, led by Vice-Mayor Lu Lin``: Dalian sends it, Lu Lin is its
    deputy mayor (not the host's)."""
    r = read(ex, "Derry welcomed a delegation representing the City of Dalian, led by Vice-Mayor Lu Lin, on Monday.")
    assert ("Lu Lin", "Dalian") in roles(r) and "Dalian" in attendees(r)


def test_a_titled_guests_place_set_off_by_commas(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Toshihito Kumagai, of Chiba City, Japan``: Chiba's mayor (not ``Mayor Tom Reid, of course``)."""
    r = read(ex, "Quezon City Mayor Joy Belmonte welcomed Mayor Toshihito Kumagai, of Chiba City, Japan, on Monday.")
    assert ("Toshihito Kumagai", "Chiba") in roles(r)
    r = read(ex, "Mayor Tom Reid, of course, welcomed the guests from Oulu on Monday.")
    assert not [x for x in roles(r) if x[1] == "course"]


@pytest.mark.parametrize("text,person", [
    ('Davao City Mayor Sebastian "Baste" Z. Duterte signed the sister city agreement with Kitami on Monday.',
     "Sebastian Z. Duterte"),
    ('Danao City Mayor Thomas Mark "Mix" Durano welcomed the officials of Kashima City on Monday.', "Thomas Mark Durano")])
def test_a_nickname_in_quotes_inside_a_name(ex, text, person) -> None:  # type: ignore[no-untyped-def]
    """``Sebastian "Baste" Z. Duterte``: one person, the nickname left out (not ``The group stayed at "The Anchor"``)."""
    assert names(read(ex, text), "Person") == {person}
    assert names(read(ex, 'The group stayed at "The Anchor" in Marlow during the twinning visit on Monday.'),
                 "Person") == set()


def test_an_envoys_name_after_a_two_word_country(ex) -> None:  # type: ignore[no-untyped-def]
    """``Ambassador to South Korea Yasumasa Nagamine``: the envoy (as after ``to Korea``)."""
    r = read(ex, "Japanese Ambassador to South Korea Yasumasa Nagamine attended the ceremony in Seoul on Monday.")
    assert names(r, "Person") == {"Yasumasa Nagamine"}


def test_a_groups_leader_named_with_no_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``officials of Kashima City led by Shinichi Taguchi``: a person who attends (not ``led by Kitami City
    officials``: a town's people)."""
    r = read(ex, "Danao welcomed the officials of Kashima City led by Shinichi Taguchi on Monday.")
    assert "Shinichi Taguchi" in names(r, "Person") and "Shinichi Taguchi" in attendees(r)
    assert names(read(ex, "The Gimhae delegation, led by Kitami City officials, toured the port on Monday."), "Person") == set()


def test_a_preposition_opening_a_headline_is_no_part_of_a_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``Beyond Gyeonggi Province and Jiangsu Province``: the province, no town ``Beyond Gyeonggi Province``."""
    r = read(ex, "Governor Visits China: Beyond Gyeonggi Province and Jiangsu Province\nGyeonggi Province and Jiangsu "
                 "Province are sister provinces since 1993.")
    assert names(r, "City") == {"Gyeonggi Province", "Jiangsu Province"}


def test_a_town_clerk_is_a_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Town clerk Bill Batey``, ``our retiring City Clerk, Mary Rae Lehman``: the town's clerk."""
    r = read(ex, "Town clerk Bill Batey travelled to Voerde, Alnwick's twin town, on Monday.")
    assert ("Bill Batey", "Alnwick") in roles(r)


def test_a_list_of_names_and_offices_gives_each_office_to_the_name_before_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``Zhou Li, Mayor of Weihai, Chen Bo, leader of the Foreign Affairs Office``: Zhou Li is the mayor, Chen Bo a
    person of no city office (the office's leader) (but ``The Mayor of Kanazawa, Mr. Hiro Tanaka``: the name after the office holds it)."""
    r = read(ex, "Attending were Zhou Li, Mayor of Weihai, Chen Bo, leader of the Foreign Affairs Office, and Kim Do-hyun, "
                 "Consul General of Korea in Qingdao.")
    assert ("Zhou Li", "Weihai") in roles(r) and "Chen Bo" in names(r, "Person")
    assert roles(r) <= {("Zhou Li", "Weihai"), ("Chen Bo", "Foreign Affairs Office")}  # (a leader of the office)
    r = read(ex, "The Mayor of Kanazawa, Mr. Hiro Tanaka, welcomed the Jeonju delegation on Monday.")
    assert roles(r) == {("Hiro Tanaka", "Kanazawa")}


def test_names_in_a_list_of_offices_are_people_not_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``Wang Lihe, leader of Foreign Affairs Office, and Park Sang Jin, Consulate General of …``: people (no towns
    and no ties with them) in a sentence that states a tie."""
    r = read(ex, "Zhou Zhihong, Mayor of Jingzhou, Wang Lihe, leader of Foreign Affairs Office, and Park Sang Jin, "
                 "Consulate General of the Republic of Korea in Wuhan, will attend the event marking the 20 years of "
                 "the sister city relationship between Gangneung and Jingzhou.")
    assert {"Wang Lihe", "Park Sang Jin"} <= names(r, "Person") and not {"Wang Lihe", "Park Sang Jin"} & names(r, "City")
    assert ties(r) == {frozenset(("Gangneung", "Jingzhou"))}


@pytest.mark.parametrize("text", [
    "Gimhae Mayor Hong Tae-yong arrived in Japan on Monday. Under the sister city agreement with Kitami, 20 students "
    "travel to Japan each summer.",
    "Gimhae Mayor Hong Tae-yong arrived in Kitami on Monday. The sister city exchange with Kitami has deepened ties "
    "with Japan.",
    "Gimhae Mayor Hong Tae-yong arrived in Kitami on Monday. The city has 30 years of sister city history with Kitami.",
    "Gimhae Mayor Hong Tae-yong arrived in Kitami on Monday. The city has five sister cities, the oldest being Kitami."])
def test_a_partner_named_beside_a_country_or_a_count_is_still_a_partner(ex, text) -> None:  # type: ignore[no-untyped-def]
    """Look-alikes of the country and count rules: a town named between the tie word and the country, years of a
    tie, a partner named after the count: the tie stands."""
    assert ties(read(ex, text)) == {frozenset(("Gimhae", "Kitami"))}


def test_a_titled_guest_away_hosts_nothing(ex) -> None:  # type: ignore[no-untyped-def]
    """``Gimhae Mayor Hong Tae-yong received a welcome from officials on his visit to Kitami``: no host Gimhae; but
    ``Mayor Hong Tae-yong, of Gimhae, hosted a reception``: Gimhae holds it."""
    r = read(ex, "Gimhae Mayor Hong Tae-yong received a welcome from officials on his visit to Kitami on Monday.")
    assert "Gimhae" not in {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer}
    r = read(ex, "Mayor Hong Tae-yong, of Gimhae, hosted a reception for officials from Kitami on Monday.")
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer} == {"Gimhae"}


def test_ties_renewed_without_a_document_are_no_signing(ex) -> None:  # type: ignore[no-untyped-def]
    """``renewed ties on Monday after a three-year pause``: no signing that Monday."""
    assert dates(read(ex, "Gimhae and Kitami renewed ties on Monday after a three-year pause caused by the pandemic.")) == set()


def test_a_pronoun_before_a_bracketed_country_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``"They (China) count 10 percent of our sister city partnerships"``: a pronoun, no town They (but ``Shaki
    (Azerbaijan)`` after a tie would be one)."""
    r = read(ex, '"They (China) count 10 percent of all of our sister city partnerships," said Mary Kane of Chicago.')
    assert "They" not in names(r, "City")


@pytest.mark.parametrize("text,person,city", [
    ("On Monday, the Mayor of Kitami, Kenji Tsuji, welcomed the delegation from Gimhae at city hall.", "Kenji Tsuji",
     "Kitami"),
    ("Kitami Mayor Kenji Tsuji welcomed the visiting Gimhae delegation on Tuesday.", "Kenji Tsuji", "Kitami")])
def test_look_alikes_of_the_office_list_and_the_away_host(ex, person, city, text) -> None:  # type: ignore[no-untyped-def]
    """A time phrase before an office is no name (``On Monday, the Mayor of Kitami, Kenji Tsuji``); a visiting
    delegation welcomed keeps its host (``welcomed the visiting Gimhae delegation``: Kitami organises)."""
    r = read(ex, text)
    assert (person, city) in roles(r)
    if "visiting" in text:
        assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.organizer} == {city}


@pytest.mark.parametrize("text,pair,year", [
    ("Iron Mountain and Ascoli Piceno adopted each other as sister cities in 2019.", ("Iron Mountain", "Ascoli Piceno"), "2019"),
    ("Cranston and Gaeta agreed in 2001 to form a sister city relationship.", ("Cranston", "Gaeta"), "2001")])
def test_two_unknown_towns_that_adopt_each_other_or_agree_to_form_a_tie(ex, text: str, pair: tuple[str, str],
                                                                       year: str) -> None:
    """``X and Y adopted each other as sister cities``, ``X and Y agreed in 2001 to form a sister city relationship``:
    two towns the gazetteer lacks; not people (``Jane Cole and Bob Stone agreed …``, surnames named before) nor a
    committee formed."""
    r = read(ex, text)
    assert frozenset(pair) in ties(r)
    assert year in {str(f.o) for f in r.facts if f.p == V.since}
    r = read(ex, "Jane Cole and Bob Stone agreed in 2001 to form a sister city committee.")
    assert not names(r, "City")
    r = read(ex, "Mayor Jane Cole met Mayor Bob Stone last year. Cole and Stone agreed to form a sister city relationship.")
    assert not names(r, "City")


def test_a_small_towns_name_after_a_title_is_a_surname(ex) -> None:
    """``Mayor Murray met …``: a person (Murray is also a small US town), no town and no tie with the sister city's
    owner (but ``visitors from Murray, Kentucky``: the town)."""
    r = read(ex, "Mayor Murray met the delegation from Kobe, Seattle's sister city, on Monday.")
    assert "Murray" in names(r, "Person") and "Murray" not in names(r, "City")
    assert frozenset(("Seattle", "Kobe")) in ties(r) and not any("Murray" in t for t in ties(r))


def test_a_tie_words_event_noun_is_no_partner(ex) -> None:
    """``its 40th Twinning Anniversary with Calais``: the anniversary is no town (Calais is the partner)."""
    r = read(ex, "Dover marks its 40th Twinning Anniversary with Calais this weekend, the council said.")
    assert names(r, "City") == {"Dover", "Calais"} and ties(r) == {frozenset(("Dover", "Calais"))}


@pytest.mark.parametrize("text,pair", [
    ("The group will visit Alzey, the sister town of Harpenden, on May 5.", ("Alzey", "Harpenden")),
    ("They toured Weil am Rhein, one of the twin towns of Bognor Regis, on May 5.", ("Weil am Rhein", "Bognor Regis"))])
def test_a_place_in_apposition_naming_it_anothers_partner(ex, text: str, pair: tuple[str, str]) -> None:
    """``Alzey, the sister town of Harpenden``: both towns and their tie (not ``Jane Cole, the sister city coordinator of
    Harpenden``: a person and her office)."""
    assert frozenset(pair) in ties(read(ex, text))
    r = read(ex, "The group met Jane Cole, the sister city coordinator of Harpenden, on May 5.")
    assert not ties(r) and "Jane Cole" not in names(r, "City")


def test_a_place_name_with_a_small_word_after_a_title(ex) -> None:
    """``the Mayor of Weil am Rhein``, ``the Mayor of Kingston upon Thames, Jane Roe,``: the whole name; ``the Weil am
    Rhein Town Hall``: no town Rhein; ``the Mayor of Southend on Monday``: the day is no part of it."""
    r = read(ex, "The Mayor of Weil am Rhein visited Bognor Regis last week. She spoke at the Weil am Rhein Town Hall.")
    assert "Weil am Rhein" in names(r, "City") and not names(r, "City") & {"Weil", "Rhein"}
    r = read(ex, "The Mayor of Kingston upon Thames, Jane Roe, hosted the delegation.")
    assert ("Jane Roe", "Kingston upon Thames") in roles(r)
    r = read(ex, "The Mayor of Southend on Monday welcomed the visitors from Sopot.")
    assert "Southend" in names(r, "City") and "Southend on Monday" not in names(r, "City")


def test_the_title_of_the_town_then_a_name(ex) -> None:
    """``The Mayor of the town, Jean Moreau,``: a person with the title (not ``The mayor of the town, the council
    said``)."""
    r = read(ex, "The Mayor of the town, Jean Moreau, welcomed the visitors from Ennis, its twin town, on Saturday.")
    assert "Jean Moreau" in names(r, "Person")
    assert not names(read(ex, "The mayor of the town, the council said, will travel to Sopot."), "Person")


def test_towns_of_small_island_states(ex) -> None:
    """``Koror in Palau``, ``Koror, Palau,``: Palau is a country, so its town is a partner (every sovereign state is in
    the country table)."""
    r = read(ex, "Davao's sister cities include Koror, Palau, and Legazpi, Philippines.")
    assert "Palau" in names(r, "Country") and frozenset(("Davao", "Koror")) in ties(r)


def test_a_ties_own_date_is_not_another_events(ex) -> None:
    """``arrived on Monday to mark the 25th anniversary of ties signed in June 1999``: the celebration is Monday's (but
    ``The agreement signed on Monday``: the signing's own day)."""
    r = read(ex, "The Yeosu delegation arrived in Cebu on Monday to mark the 25th anniversary of ties signed in June 1999.")
    assert "1999-06" not in dates(r) and "2024-03-04" in dates(r)
    assert dates(read(ex, "The agreement signed on Monday makes Cebu and Yeosu sister cities.")) == {"2024-03-04"}


def test_an_australian_shire_president_and_the_cr_prefix(ex) -> None:
    """``shire president Cr Tom Hale``, ``Harvey Shire President Tom Hale``: the shire's head (its mayor), the name
    after the councillor's prefix (not ``The club president Tom Hale``: a club's)."""
    r = read(ex, "The delegation was led by shire president Cr Tom Hale, who met the mayor on Monday.")
    assert "Tom Hale" in names(r, "Person") and not any("Cr" in n for n in names(r, "Person"))
    r = read(ex, "Harvey Shire President Tom Hale welcomed the Moka delegation on Monday.")
    assert any(p == "Tom Hale" for p, _ in roles(r))
    r = read(ex, "The club president Tom Hale said the match was close.")
    assert not roles(r)


def test_a_titled_name_before_an_apposition_is_no_body(ex) -> None:
    """``Led by council chairman Tommy Waters, the Honolulu group arrived``: a person, not an organisation (but
    ``Kapiolani Arts, the Honolulu group that performs``: one)."""
    r = read(ex, "Led by council chairman Tommy Waters, the Honolulu group arrived in Manila on Monday.")
    assert "Tommy Waters" in names(r, "Person") and "Tommy Waters" not in names(r, "Organization")
    r = read(ex, "The delegation included Kapiolani Arts, the Honolulu group that performs hula.")
    assert "Kapiolani Arts" in names(r, "Organization")


@pytest.mark.parametrize("text", [
    "Boeing and Airbus agreed in 2019 to form a partnership on sustainable fuels.",
    "Hartley and Lennox named each other as partners in the new law firm in 2019.",
    "The Mayor of Dover on Christmas Eve welcomed visitors from Calais."])
def test_look_alikes_of_pair_ties_and_names_with_small_words(ex, text: str) -> None:
    """Companies and partners in a firm are no towns; ``Dover on Christmas Eve`` is Dover."""
    r = read(ex, text)
    assert not ties(r) and not any(" on " in n or n in ("Boeing", "Hartley") for n in names(r, "City"))


def test_towns_named_park_after_a_tie_word(ex) -> None:
    """``Dover's sister city, Tinley Park,``: the town (event nouns such as Anniversary stay no town)."""
    assert frozenset(("Dover", "Tinley Park")) in ties(read(ex, "Dover's sister city, Tinley Park, sent a youth orchestra last weekend."))


def test_towns_on_a_river_or_the_sea_and_other_tie_kinds(ex) -> None:
    """``the Mayor of Stoke on Trent, Jane Holloway``; ``Harpenden and Alzey became sister counties``."""
    assert ("Jane Holloway", "Stoke on Trent") in roles(read(ex, "The Mayor of Stoke on Trent, Jane Holloway, welcomed "
                                                                 "visitors from Erlangen on Monday."))
    assert frozenset(("Harpenden", "Alzey")) in ties(read(ex, "Harpenden and Alzey became sister counties in 1985."))


def _years(r) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each partner's tie year, by the partner's name (the host left out)."""
    ties_of = {f.s: {label(r, g.o) for g in r.facts if g.s == f.s and g.p == V.partner} for f in r.facts if f.p == V.since}
    return {name: str(f.o) for f in r.facts if f.p == V.since for name in ties_of[f.s]}


def test_partners_and_years_in_turn_each_keep_their_own_year(ex) -> None:  # type: ignore[no-untyped-def]
    """``with A on May 4, 1995, and with B in 2016``, ``of A in 2001, of B in 2010 and of C in 2018``,
    ``A (established in 1991) and B (established in 1995)``: the year after a partner is its own."""
    y = _years(read(ex, "Almaty signed a cooperation agreement with Bukhara on May 4, 1995, and with Tashkent in 2016."))
    assert y.get("Bukhara") == "1995" and y.get("Tashkent") == "2016"
    y = _years(read(ex, "Daegu became a sister city of Almaty in 2001, of Ningbo in 2010 and of Osaka in 2018."))
    assert (y.get("Almaty"), y.get("Ningbo"), y.get("Osaka")) == ("2001", "2010", "2018")
    y = _years(read(ex, "Townsville holds sister city relationships with Iwaki, Japan (established in 1991) and "
                        "Suzhou, China (established in 1995)."))
    assert y.get("Iwaki") == "1991" and y.get("Suzhou") == "1995"
    # one year after both partners dates both
    y = _years(read(ex, "Lawrence signed sister city agreements with Hiratsuka and Eutin in 1990."))
    assert y.get("Hiratsuka") == "1990" and y.get("Eutin") == "1990"


def test_first_signing_told_after_a_renewal_dates_the_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``… renewed their pact on Monday. The agreement was first signed on April 17, 1997.``: since 1997; a sentence
    that names another pair, or a signing not said to be the first, dates nothing."""
    r = read(ex, "Kochi and Surabaya renewed their sister city pact on Monday. The agreement was first signed on "
                 "April 17, 1997.")
    assert set(_years(r).values()) == {"1997"}
    r = read(ex, "Kochi and Surabaya renewed their sister city pact on Monday. The agreement was signed at the city hall.")
    assert "1997" not in _years(r).values() and not _years(r)
    r = read(ex, "Kochi and Surabaya renewed their sister city pact on Monday. Kochi's agreement with Busan was first "
                 "signed in 1990.")
    assert _years(r).get("Surabaya") != "1990"


def test_a_continent_s_adjective_before_city_names_no_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``the first Central Asian city to sign``: no city called Central Asian, no tie with it."""
    r = read(ex, "Tashkent is the first Central Asian city to sign a sister city agreement with Daegu.")
    assert not any("Asian" in n for n in names(r, "City"))
    assert ties(r) == {frozenset(("Tashkent", "Daegu"))}
    r = read(ex, "Quezon City signed a sister city agreement with Daegu.")
    assert "Quezon City" in names(r, "City") or "Quezon" in names(r, "City")


def test_national_officers_of_a_country_and_their_counterparts(ex) -> None:  # type: ignore[no-untyped-def]
    """``The President of Armenia X``, ``his Belarusian counterpart Y``, ``Uzbekistan's Ambassador to Korea, Z,``:
    people in a national office, working for no city."""
    r = read(ex, "The President of Armenia Vahagn Petrosyan and his Belarusian counterpart Ivan Petrov attended "
                 "the signing of the agreement between Yerevan and Brest.")
    assert {"Vahagn Petrosyan", "Ivan Petrov"} <= names(r, "Person")
    assert not any(p in ("Vahagn Petrosyan", "Ivan Petrov") for p, _ in roles(r))
    r = read(ex, "Uzbekistan's Ambassador to Korea, Alisher Umarov, attended the ceremony in Daegu.")
    assert "Alisher Umarov" in names(r, "Person")
    r = read(ex, "The Ambassador to Korea, Seoul and Tokyo sent greetings.")
    assert not names(r, "Person")


def test_towns_the_gazetteer_lacks_in_more_twinning_phrasings(ex) -> None:  # type: ignore[no-untyped-def]
    """``signed a twinning charter with X``, ``voted to twin with the Breton village of X``, ``Kilrush's leaders voted
    to twin with X``: a tie with a town no table has; a region's adjective (``Breton village``) and a sentence's
    opening word (``Besides X``) are no part of a town."""
    assert ties(read(ex, "Wexford signed a twinning charter with Coueron in 1984.")) == {frozenset(("Wexford", "Coueron"))}
    assert frozenset(("Kilrush", "Plouguerneau")) in ties(read(ex, "Kilrush voted to twin with the Breton village of "
                                                                  "Plouguerneau."))
    assert frozenset(("Kilrush", "Plouguerneau")) in ties(read(ex, "Kilrush's leaders voted to twin with Plouguerneau."))
    r = read(ex, "Oranmore twins with Breton village")
    assert "Breton" not in names(r, "City") and not ties(r)
    r = read(ex, "Victoria has four twin cities. Besides Khabarovsk, they are Napier, New Zealand; Suzhou, China; "
                 "and Morioka, Japan.")
    assert not any(n.startswith("Besides") for n in names(r, "City"))
    r = read(ex, "Jane Smith voted to twin with Plouguerneau.")
    assert not ties(r)  # a person, no town


def test_a_bare_mayor_is_not_the_mayor_of_the_partner_a_tie_names(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Ortiz proposed … to dissolve the sister city tie with Tula``: Tula is the other side, not Ortiz's."""
    r = read(ex, "Mayor Ortiz proposed a resolution Monday to dissolve the sister city tie with Tula.")
    assert ("Ortiz", "Tula") not in roles(r)
    r = read(ex, "Santa Fe is twinned with Tula. Mayor Ortiz proposed a resolution Monday to dissolve the sister city "
                 "tie with Tula.")
    assert ("Ortiz", "Santa Fe") in roles(r)


def test_posts_after_a_name_beyond_the_title_table(ex) -> None:  # type: ignore[no-untyped-def]
    """``X, the Irish Ambassador to France,``, ``X, Head of the Ulaanbaatar Governor's Office,``, ``X, chairman of the
    city's Sister Cities Advisory Board,``, ``X, the district leader of Y,``: people with their posts."""
    r = read(ex, "Fiona Walsh, the Irish Ambassador to France, attended the twinning ceremony in Lorient.")
    assert "Fiona Walsh" in names(r, "Person") and not roles(r)
    r = read(ex, "Otgon Bat, Head of the Ulaanbaatar Governor's Office, met the delegation from Irkutsk.")
    assert ("Otgon Bat", "Ulaanbaatar") in roles(r)
    r = read(ex, "Graham Keller, chairman of the city's Sister Cities Advisory Board, met the Hiratsuka delegation.")
    assert "Graham Keller" in names(r, "Person")
    r = read(ex, "Tomas Berg, the district leader of Ostholstein, said the twin towns would meet again.")
    assert "Tomas Berg" in names(r, "Person")
    r = read(ex, "Paris, the French capital, welcomed the Ambassador to France.")
    assert not names(r, "Person")


def test_a_title_before_a_body_and_a_name_is_that_name_s(ex) -> None:  # type: ignore[no-untyped-def]
    """``… led by Governor Kim, Chairman of Thai Binh's People's Committee Tran Van Nam said``: the chairman is Tran,
    and Kim stays the governor of the delegation's province."""
    r = read(ex, "Welcoming the Jeollanam-do delegation led by Governor Kim Young-rok, Chairman of Thai Binh's People's "
                 "Committee Tran Van Nam said the two sides would cooperate.")
    assert ("Kim Young-rok", "Thai Binh") not in roles(r) and ("Kim Young-rok", "Jeollanam-do") in roles(r)
    assert "Tran Van Nam" in names(r, "Person")
    r = read(ex, "Jane Roe, Chairman of the Osaka Sister Cities Committee, met the delegation.")
    assert "Jane Roe" in names(r, "Person")


def test_a_visit_to_another_place_is_another_visit(ex) -> None:  # type: ignore[no-untyped-def]
    """``A Jeju delegation visited Okinawa on May 6. In return, Okinawa Governor X will visit Jeju in October.``: two
    visits, each with its place, date and visitors; a visit to the same place told again stays one."""
    r = read(ex, "A Jeju delegation visited Okinawa on May 6. In return, Okinawa Governor Denny Tamaki will visit Jeju "
                 "in October.", published=dt.date(2024, 5, 10))
    visits = {e.iri: e for e in r.entities.values() if e.type == "Event" and e.name == "visit"}
    assert len(visits) == 2
    where = {label(r, f.o): f.s for f in r.facts if f.p == V.SCHEMA.location and f.s in visits}
    assert set(where) == {"Okinawa", "Jeju"}
    tamaki = {f.s for f in r.facts if f.p == V.SCHEMA.attendee and label(r, f.o) == "Denny Tamaki"}
    assert tamaki == {where["Jeju"]}
    r = read(ex, "A Jeju delegation visited Okinawa on May 6. The delegation visited Okinawa's city hall too.",
             published=dt.date(2024, 5, 10))
    assert len([e for e in r.entities.values() if e.type == "Event" and e.name == "visit"]) == 1


def test_parts_of_the_world_are_no_partner_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``… serving as a sister city to the Far East community``: no town Far East; ``the twinning celebration with
    Chartrettes``: a town the gazetteer lacks."""
    r = read(ex, "Mayor Dana Whitfield will travel to Kanazawa to celebrate 20 years of Bendigo serving as a sister "
                 "city to the Far East community.")
    assert "Far East" not in names(r, "City")
    r = read(ex, "Music came from the dance school during the twinning celebration with Chartrettes.")
    assert "Chartrettes" in names(r, "City")


def test_a_tie_asked_for_or_looked_into_is_no_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``has been asked to form a sister city relationship with X``, ``has asked the city of Y to enter a sister city
    relationship``, ``is exploring a sister city relationship with X``: not yet a tie; a tie in place stays."""
    assert not ties(read(ex, "Whitby city council has been asked to form a sister city relationship with Bucha."))
    assert not ties(read(ex, "The city of Chortkiv has asked the city of Whitehorse to enter a sister city relationship."))
    assert not ties(read(ex, "Oak Ridge is exploring a sister city relationship with Naka."))
    assert ties(read(ex, "Oak Ridge has had a sister city relationship with Naka since 1993.")) == \
        {frozenset(("Oak Ridge", "Naka"))}
    assert ties(read(ex, "Whitehorse residents were asked to celebrate the sister city relationship with Naka."))


def test_the_apposition_of_a_tie_ends_the_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``Alzey, the sister town of Harpenden, sent a choir to Hertfordshire in May 2023``: Alzey–Harpenden only, and the
    year of the choir is not the tie's."""
    r = read(ex, "Alzey, the sister town of Harpenden, sent a choir to Hertfordshire in May 2023.")
    assert ties(r) == {frozenset(("Alzey", "Harpenden"))}
    assert not any(f.p == V.since for f in r.facts)


def test_similar_agreements_with_more_partners(ex) -> None:  # type: ignore[no-untyped-def]
    """``The city has forged similar agreements with A and B``: more partners of the article's city; not ``similar
    ties to the sea``, nor similar agreements only hoped for."""
    r = read(ex, "Valenzuela signed a sister city agreement with Koronadal. The city has forged similar agreements with "
                 "Bucheon City in South Korea.")
    assert frozenset(("Valenzuela", "Bucheon City")) in ties(r) or frozenset(("Valenzuela", "Bucheon")) in ties(r)
    r = read(ex, "The two cities share similar ties to the sea and a long fishing history, Mayor Jane Roe of Hilo said of "
                 "Hilo and Nago.")
    assert not ties(r)
    assert not ties(read(ex, "Valenzuela hopes to sign similar agreements with other Korean cities someday."))


def test_enclosing_areas_locate_and_government_words_name_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``Setagaya-ku, Tokyo``, ``Kurashiki (Okayama Prefecture)``, ``Guangzhou in south China's Guangdong Province``:
    the area only locates the partner; ``People's Government of Hunan``, ``Ganzhou Municipal``, ``the District
    Municipality``: no towns People, Ganzhou Municipal or District."""
    r = read(ex, "Setagaya-ku, Tokyo has signed a sister city agreement with Winnipeg, Canada.")
    assert not any("Tokyo" in t for t in ties(r)) and any("Winnipeg" in t for t in ties(r))
    r = read(ex, "A delegation from Kurashiki (Okayama Prefecture) arrived in Kansas City to sign a sister city agreement.")
    assert not any("Okayama Prefecture" in t or "Okayama" in t for t in ties(r))
    r = read(ex, "Recife celebrated ten years of ties with its twin city Guangzhou in south China's Guangdong Province.")
    assert ties(r) == {frozenset(("Recife", "Guangzhou"))}
    r = read(ex, "The County Government signed an MOU with Mr. Li Wei, the Deputy Mayor of Ganzhou Municipal, and "
                 "Mr. Zhou Bin, Vice Governor of the People's Government of Hunan Province.")
    assert not {"People", "Ganzhou Municipal"} & names(r, "City")
    r = read(ex, "In 2010, the District Municipality entered a friendship city relationship with Luoyang City, "
                 "Peoples Republic of China.")
    assert not {"District", "District Municipality", "Peoples Republic"} & names(r, "City")


def test_a_given_name_that_is_a_town_after_an_office(ex) -> None:  # type: ignore[no-untyped-def]
    """``Guam Governor Lourdes Leon Guerrero``, ``Mayor of Tema, Florence Adjoa Akua Mensah,``: whole names, no towns
    Lourdes, Guerrero or Florence and no ties with them."""
    r = read(ex, "Hsinchu Mayor Kao Hung-an signed a sister city agreement with Guam Governor Lourdes Leon Guerrero on "
                 "Wednesday.")
    assert "Lourdes Leon Guerrero" in names(r, "Person") and not {"Lourdes", "Guerrero"} & names(r, "City")
    r = read(ex, "Mayor of Tema, Florence Adjoa Akua Mensah, signed a sister city agreement with Dangriga on Friday.")
    assert "Florence" not in names(r, "City") and ties(r) == {frozenset(("Tema", "Dangriga"))}


def test_a_town_s_name_inside_a_ground_a_team_or_a_band_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Stratford Road Ground``, ``the Black Forest Rangers``, ``The California Girls``: names of a ground, a team and
    a band; the towns alone are towns."""
    r = read(ex, "Youth teams from Wetzlar played at the Stratford Road Ground against the Black Forest Rangers.")
    assert not {"Stratford", "Forest"} & names(r, "City") and "Wetzlar" in names(r, "City")
    r = read(ex, "Youth teams from Wetzlar played in Stratford against a team from Forest.")
    assert {"Stratford", "Forest"} <= names(r, "City")


def test_a_tie_word_naming_a_body_ties_no_places(ex) -> None:  # type: ignore[no-untyped-def]
    """``Tralee's twinning committee thanked Cork County Council``: the kind of a body, no tie between the places named;
    ``twinned with`` is one."""
    assert not ties(read(ex, "Tralee's twinning committee thanked Cork County Council for a grant."))
    assert ties(read(ex, "Tralee is twinned with Lavelanet, and the twinning committee met on Monday.")) == \
        {frozenset(("Tralee", "Lavelanet"))}


def test_generic_government_words_end_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``the mayor of the Athlone Moate Municipal District, … Cllr Vinny McCormack``: no person Moate Municipal;
    ``Fingal County Council's Interim Chief Executive AnnMarie Farrelly, Director of Housing …``: no person named with
    the title."""
    r = read(ex, "Last weekend, the mayor of the Athlone Moate Municipal District, Cllr Vinny McCormack, met the mayor of "
                 "Chateaubriant to renew the twinning between the two towns.")
    assert not any("Municipal" in n for n in names(r, "Person"))
    r = read(ex, "The delegation was greeted by Fingal County Council's Interim Chief Executive AnnMarie Farrelly, "
                 "Director of Housing and Community Margaret Geraghty.")
    assert not any(n.startswith("Chief") for n in names(r, "Person"))


def test_review_look_alikes_of_this_session_s_english_rules(ex) -> None:  # type: ignore[no-untyped-def]
    """Each rule of the session against a look-alike: a first signing of another agreement dates no fresh tie; a town
    compared with in an opening phrase is no party; a twinning only planned or dropped is none; a club after a
    twinning celebration is no town; the same trip told again is one visit; an envoy's post after a clause that is no
    apposition is not the name's; a tour leader with a firm works for no town."""
    r = read(ex, "Coventry and Kiel signed a sister city agreement on Monday. The youth exchange agreement was first signed "
                 "in 2005.")
    assert not any(f.p == V.since and str(f.o) == "2005" for f in r.facts)
    assert ties(read(ex, "Unlike Kiel, Coventry is twinned with Graz.")) == {frozenset(("Coventry", "Graz"))}
    assert not ties(read(ex, "Cork's officials decided to scrap plans to twin with Lorient after a review."))
    assert not ties(read(ex, "Cork residents will vote on whether to twin with Lorient next year."))
    r = read(ex, "The twinning celebration with St Patrick's Pipe Band drew large crowds in Kilrush.")
    assert not any(n.startswith("St Patrick") for n in names(r, "City"))
    r = read(ex, "Governor Oh Young-hun visited Okinawa on May 6. During the visit, the governor also visited Naha.")
    assert len([e for e in r.entities.values() if e.type == "Event" and e.name == "visit"]) == 1
    r = read(ex, "Speaking after meeting Fiona Walsh, the Ambassador to France said the twinning was a model.")
    assert not any(e.attrs.get("jobTitle") for e in r.entities.values() if e.name == "Fiona Walsh")  # (not the envoy)
    r = read(ex, "Tom Hayes, a tour leader with Lorient Voyages, guided the visitors.")
    assert not roles(r)


def test_an_office_of_the_city_of_a_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``Vice-Mayor of the City of Nanjing, Wu Gang,``: Wu Gang serves Nanjing; ``the Mayor of the town, X`` still
    names no body."""
    r = read(ex, "Nakuru Mayor Ruth Wanjiru and Vice-Mayor of the City of Nanjing, Wu Gang, confirmed the establishment "
                 "of sister city relations.")
    assert ("Wu Gang", "Nanjing") in roles(r)
    r = read(ex, "The Mayor of the town, Jean Moreau, welcomed the visitors from Nanjing.")
    assert not roles(r)


def test_a_nation_s_envoy_posted_in_a_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``Liu Hong, China's consul general in Recife.``: a national office, serving no city (not Recife)."""
    r = read(ex, "The agreement was welcomed by Liu Hong, China's consul general in Recife.")
    assert "Liu Hong" in names(r, "Person") and not roles(r)


def test_second_review_look_alikes_in_english(ex) -> None:  # type: ignore[no-untyped-def]
    """Two trips to two places months apart are two visits; a visit scheduled is placed; an adverb or `is set to`
    before twinning keeps the tie; a first signing dates a tie its own sentence does not; an envoy's apposition may
    end the sentence."""
    r = read(ex, "Mayor Kim Jong-hoon visited Osaka, Japan on March 5. In October, Mayor Kim visited Nara, Japan, "
                 "Gyeongju's sister city.")
    assert len([e for e in r.entities.values() if e.type == "Event" and e.name == "visit"]) == 2
    r = read(ex, "A delegation from Gyeongju visited Nara on May 2. The delegation is scheduled to visit Kyoto on May 4.")
    assert "Kyoto" in {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.location}
    assert ties(read(ex, "Cork City Council voted unanimously to twin with Lorient.")) == {frozenset(("Cork", "Lorient"))}
    assert ties(read(ex, "Kilrush is set to twin with Plouguerneau in Brittany.")) == \
        {frozenset(("Kilrush", "Plouguerneau"))}
    r = read(ex, "Coventry and Kiel are sister cities. The twinning was first signed on April 17, 1947.")
    assert any(f.p == V.since and str(f.o) == "1947" for f in r.facts)
    assert "Fiona Walsh" in names(read(ex, "The delegation was received by Fiona Walsh, the Irish Ambassador to France."),
                                  "Person")


def test_a_council_named_for_its_areas_and_an_outing_s_stop_are_no_parties(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Mayor of Causeway Coast and Glens Borough Council``: one council's name, no tie between its areas; ``a day
    trip to the village of Honfleur``: a stop, no partner; ``Lisburn and Castlereagh are twinned with Vigneux`` is a
    tie."""
    r = read(ex, "The twinning group met on Monday. The Mayor of Causeway Coast and Glens Borough Council, Cllr Ann Smith, "
                 "welcomed the twinning visitors from Vigneux.")
    assert not any("Glens" in "".join(t) for t in ties(r))  # (Vigneux, whose visitors came, may be the partner)
    r = read(ex, "The twinning group met on Monday. During the twinning visit to Bayeux, guests enjoyed a day trip to the "
                 "village of Honfleur.")
    assert not any("Honfleur" in t for t in ties(r))
    r = read(ex, "The twinning group met on Monday. Lisburn and Castlereagh are twinned with Vigneux.")
    assert frozenset(("Lisburn", "Vigneux")) in ties(r)


def test_a_mayor_and_a_council_are_no_council_of_areas(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor McDouall and Whanganui District Council``: a person and a council, not a council named for two areas;
    ``Foshan City in Guangdong and Sambava City in Madagascar`` after ``between`` are the pair."""
    r = read(ex, "Mayor Hamish McDouall of Whanganui thanked Mayor McDouall and Whanganui District Council staff for the "
                 "sister city trip to Nagaizumi-cho.")
    assert "Whanganui" in names(r, "City")
    r = read(ex, "The forum was held in Guangzhou on Tuesday. The premier witnessed the signing of a letter of intent "
                 "between Foshan City in Guangdong and Sambava City in Madagascar.")
    assert frozenset(("Foshan", "Sambava")) in ties(r) or frozenset(("Foshan City", "Sambava City")) in ties(r)
    assert not any("Guangzhou" in t for t in ties(r))


def test_councillors_named_in_a_list_after_a_lower_case_plural_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``councilors A, B and C`` (any case, ``city councillors`` too) are people, each a councillor of the place
    written after the list (``… of Tacloban City``); capitalised words after the title that are no list of names
    (``councillors from both towns``) make nobody."""
    r = read(ex, "Joining the mayor on the trip to Fukuyama were city councilors Eden Pineda, Rachelle Erica Pineda, "
                 "Edward Chua and Aimee Grafil.")
    assert {"Eden Pineda", "Rachelle Erica Pineda", "Edward Chua", "Aimee Grafil"} <= names(r, "Person")
    r = read(ex, "The delegation included councillors Ana Cruz and Ben Diaz of Tacloban City.")
    assert ("Ana Cruz", "Tacloban") in roles(r) and ("Ben Diaz", "Tacloban") in roles(r)
    assert not names(read(ex, "The councillors from both towns and the Aldermen met at Ashford on Friday."), "Person")


def test_a_bare_title_is_not_of_the_place_whose_officer_it_meets(ex) -> None:  # type: ignore[no-untyped-def]
    """``Vice Mayor X met Mayor Y of Fukuyama``: Fukuyama is Y's; X stands for the other side (the article's city),
    but a place written with X's own title stays his (``Vice Mayor X of Fukuyama met …``)."""
    r = read(ex, "Tacloban City sent a delegation to Fukuyama in May. Vice Mayor Jerry Lim met Mayor Hiroshi Eda of "
                 "Fukuyama City on Monday.")
    assert ("Jerry Lim", "Tacloban") in roles(r) and ("Hiroshi Eda", "Fukuyama") in roles(r)
    r = read(ex, "Vice Mayor Jerry Lim met Mayor Hiroshi Eda of Fukuyama City on Monday.")
    assert ("Jerry Lim", "Fukuyama City") not in roles(r) and ("Hiroshi Eda", "Fukuyama City") in roles(r)
    r = read(ex, "Vice Mayor Jerry Lim of Fukuyama City met the students on Monday.")
    assert ("Jerry Lim", "Fukuyama City") in roles(r)


def test_a_counterpart_with_a_title_of_his_own(ex) -> None:  # type: ignore[no-untyped-def]
    """``his Nairobi counterpart, governor X``: the counterpart holds the title the apposition gives, in the place
    before ``counterpart``; without one he holds the title of the person named before (``his Cleveland
    counterpart, Jane Roe``)."""
    r = read(ex, "Cape Town mayor Geordin Hill-Lewis signed an agreement with his Nairobi counterpart, governor Sakaja "
                 "Johnson, to make the two cities sister cities.")
    assert ("Sakaja Johnson", "Nairobi") in roles(r)
    r = read(ex, "Mayor Kim Ga-on of Suwon met his Cleveland counterpart, Jane Roe, on Monday.")
    assert ("Jane Roe", "Cleveland") in roles(r)


def test_places_joined_as_one_subject_are_no_partners_of_each_other(ex) -> None:  # type: ignore[no-untyped-def]
    """``Ashford and Canterbury are twinned with Bayeux``: each of the two with Bayeux, not with each other; a
    relative clause names them back (``…, which is twinned with both towns``); a pair alone is one tie
    (``Ashford and Bayeux signed a twinning charter``)."""
    assert ties(read(ex, "Ashford and Canterbury are twinned with Bayeux.")) == {
        frozenset(("Ashford", "Bayeux")), frozenset(("Canterbury", "Bayeux"))}
    assert ties(read(ex, "Councillors from Ashford and Canterbury travelled to Bayeux, which is twinned with both "
                         "towns.")) == {frozenset(("Ashford", "Bayeux")), frozenset(("Canterbury", "Bayeux"))}
    assert ties(read(ex, "Ashford and Bayeux signed a twinning charter in Paris in 1958.")) == {
        frozenset(("Ashford", "Bayeux"))}
    assert frozenset(("Ashford", "Canterbury")) not in ties(read(
        ex, "Councillors from Ashford and Canterbury travelled to Bayeux, which is twinned with Lisieux."))


def test_places_twinned_as_a_pair_or_after_a_fronted_year(ex) -> None:  # type: ignore[no-untyped-def]
    """``Ashford and Bayeux have been twinned since 1958`` (one known), ``Harpenden and Welwyn have been twinned with
    Alzey`` (none known: the subject of ``twinned with`` is a place), ``Since 2004, Saline has been twinned with
    Lindenberg``; an unknown name beside a known town with no tie verb stays no place."""
    r = read(ex, "Ashford and Bayeux have been twinned since 1958.")
    assert ties(r) == {frozenset(("Ashford", "Bayeux"))}
    r = read(ex, "Harpenden and Welwyn have been twinned with Alzey since 1963.")
    assert {"Harpenden", "Welwyn", "Alzey"} <= names(r, "City")
    r = read(ex, "Since 2004, Saline has been twinned with Lindenberg.")
    assert frozenset(("Saline", "Lindenberg")) in ties(r)
    assert "Bayeux" not in names(read(ex, "Ashford and Bayeux have been friends of the club since 1958."), "City")


def test_a_body_of_two_fields_and_a_council_named_by_its_sitting(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Department of Municipalities and Transport``, ``… of Parks and Recreation``: one body of two fields; but
    ``the Department of Health and the City Council …`` and ``the University of Seoul and Busan officials`` are a
    body and something else. ``last week's Special Council meeting`` is a sitting, no body; a council so named that
    is no sitting stays one (``the Special Council for Twinning met``)."""
    orgs = names(read(ex, "The delegation met officials of the Department of Municipalities and Transport in Abu Dhabi."),
                 "Organization")
    assert "Department of Municipalities and Transport" in orgs
    orgs = names(read(ex, "The Department of Health and the City Council of Sacramento signed the agreement."),
                 "Organization")
    assert "Department of Health" in orgs and not any("Health and" in o for o in orgs)
    orgs = names(read(ex, "Students of the University of Seoul and Busan officials visited Kobe."), "Organization")
    assert orgs == {"University of Seoul"}
    assert not names(read(ex, "The council approved the plan at last week's Special Council meeting in Makana."),
                     "Organization")
    assert "Special Council for Twinning" in names(read(ex, "The Special Council for Twinning met in Makana on Friday."),
                                                   "Organization")


def test_a_role_and_its_body_then_the_holder_between_commas(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Director of Tourism for Cork, Mary Byrne, welcomed …``, ``Chief Executive Officer with Offaly County
    Council, Anna Marie Delaney,``: the person between commas holds the role in the body it names; a plural noun
    before a list (``The officers of both cities, Jane Roe and Tom Poe,``) is no such role."""
    r = read(ex, "The Director of Tourism for Cork, Mary Byrne, welcomed the delegation from Shanghai on Tuesday.")
    assert ("Mary Byrne", "Cork") in roles(r)
    r = read(ex, "Chief Executive Officer with Offaly County Council, Anna Marie Delaney, welcomed the Luzhou delegation.")
    assert ("Anna Marie Delaney", "Offaly County Council") in roles(r)
    r = read(ex, "The project administrator of Raseborg, Börje Mattsson, visited Makana in March.")
    assert "Börje Mattsson" in names(r, "Person")
    assert not roles(read(ex, "The officers of both cities, Jane Roe and Tom Poe, met in Cork on Tuesday."))


def test_an_executive_mayor_s_town_and_a_new_two_word_town_written_again(ex) -> None:  # type: ignore[no-untyped-def]
    """``Makana Executive Mayor, Vumile Lwana``: the town is Makana (the title is Executive Mayor); ``Lismore's sister
    city, Yamato Takada`` … ``the people of Yamato Takada``: one new town each time, not the known Yamato inside it;
    ``the project administrator of Raseborg, Börje Mattsson has confirmed``: the holder before a verb."""
    r = read(ex, "The delegation will consist of three people: Makana Executive Mayor, Vumile Lwana; and the speaker.")
    assert ("Vumile Lwana", "Makana") in roles(r)
    r = read(ex, "Students can live in Lismore's sister city, Yamato Takada. The people of Yamato Takada treat their "
                 "Lismore visitors like family.")
    assert names(r, "City") == {"Lismore", "Yamato Takada"}
    r = read(ex, "He said the project administrator of Raseborg, Börje Mattsson has confirmed an offer to sponsor the trip.")
    assert "Börje Mattsson" in names(r, "Person")


def test_a_year_in_the_past_perfect_dates_no_event_named_before(ex) -> None:  # type: ignore[no-untyped-def]
    """``… signed a pact Monday. The two cities had signed a sister city pact in 2003.`` (no publication date): the
    signing of the story gets no 2003, the year of an earlier one; a plain past sentence still dates the event it
    names again (``The signing was held in Laoag in March 2019``)."""
    r = read(ex, "Tourism officials of Laoag and Bacolod signed a pact Monday to boost tourism. The two cities had signed "
                 "a sister city pact in 2003.", published=None)
    assert "2003" not in dates(r)
    r = read(ex, "Laoag and Bacolod will sign a pact. The signing was held in Laoag in March 2019.", published=None)
    assert "2019-03" in dates(r)


def test_where_a_ranked_town_lies_and_neither_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``Fukuyama is the second largest city in the Hiroshima Prefecture and a sister city of Tacloban``: the
    prefecture only locates Fukuyama (no partner, no entity) while ``sister cities in Kaohsiung`` names a partner;
    ``Neither city`` is no city."""
    r = read(ex, "Fukuyama is the second largest city in the Hiroshima Prefecture and a sister city of Tacloban since 1980.")
    assert ties(r) == {frozenset(("Fukuyama", "Tacloban"))} and "Hiroshima Prefecture" not in names(r, "City")
    assert frozenset(("Busan", "Kaohsiung")) in ties(read(ex, "Busan has sister cities in Kaohsiung and Fukuoka."))
    assert not names(read(ex, "Neither city has held exchanges since 2019, the mayor said."), "City")


def test_years_of_a_tie_marked_are_an_anniversary(ex) -> None:  # type: ignore[no-untyped-def]
    """``… are part of a group in Anjo to mark 30 years of twinning``, ``to celebrate 20 years as sister cities``: an
    anniversary event its subjects attend; years of something else (``30 years of service``) make none."""
    r = read(ex, "Councillors Ray Lim and Jo Park are part of a group in Anjo to mark 30 years of twinning with Ashford.")
    assert {"Ray Lim", "Jo Park"} <= attendees(r)
    r = read(ex, "Saline Mayor Brian Marl and councillor Jo Park are part of a local contingent in Lindenberg, Germany to "
                 "celebrate 20 years since the two towns \"twinned.\"")
    assert {"Brian Marl", "Jo Park"} <= attendees(r)
    assert not attendees(read(ex, "Councillors Ray Lim and Jo Park marked 30 years of service with the twinning "
                                  "association in Anjo."))


def test_a_deputy_chief_minister_serves_the_place_before_the_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Delhi Deputy Chief Minister Manish Sisodia``: the deputy of a state's head of government, of Delhi; a national
    minister stays no officer of a place (``Minister Jane Roe of Delhi`` is no city's)."""
    r = read(ex, "Delhi Deputy Chief Minister Manish Sisodia met the Moscow delegation on Monday to discuss the twin-city "
                 "agreement.")
    assert ("Manish Sisodia", "Delhi") in roles(r)
    r = read(ex, "Foreign Minister Jane Roe met the Moscow delegation in Delhi on Monday.")
    assert not roles(r)


def test_the_state_a_partner_lies_in_is_no_partner(ex) -> None:  # type: ignore[no-untyped-def]
    """``sister cities such as Albuquerque in the U.S. state of New Mexico``: the state only says where Albuquerque
    lies; a state a tie is signed with stays a party (``signed an agreement with the state of Arkansas``)."""
    r = read(ex, "Hualien has sister cities such as Albuquerque in the U.S. state of New Mexico and Ulsan in South Korea.")
    assert frozenset(("Hualien", "Albuquerque")) in ties(r) and not any("New Mexico" in t for t in ties(r))
    r = read(ex, "The mayor of Hanam met the governor; Hanam signed an agreement with the state of Arkansas.")
    assert "Arkansas" in names(r, "City")


def test_words_that_open_a_sentence_and_a_titled_person_are_no_places(ex) -> None:  # type: ignore[no-untyped-def]
    """``Already, the Seoul Metropolitan Government …``, ``the Windy City``: no towns ``Already`` or ``Windy``;
    ``with Morioka Mayor Hiroaki Tanifuji in Taiwan``: a titled person, no town of that name in Taiwan;
    ``Alongside Zhang Jianting, vice chairman …``: the preposition is no part of the name."""
    r = read(ex, "Already, the Seoul Metropolitan Government is promoting tourism discount business with Hokkaido.")
    assert "Already" not in names(r, "City")
    r = read(ex, "Sister cities mingle in the Windy City as mayors of Tustin and Heyuan meet on Friday.")
    assert not any("Windy" in c for c in names(r, "City"))
    r = read(ex, "Hualien Mayor Wei Chia-hsien signed the agreement with Morioka Mayor Hiroaki Tanifuji in Taiwan.")
    assert names(r, "City") == {"Hualien", "Morioka"} and ("Hiroaki Tanifuji", "Morioka") in roles(r)
    r = read(ex, "Alongside Zhang Jianting, vice chairman of the Standing Committee of Hangzhou People's Congress, the "
                 "mayor signed a new memorandum of understanding.")
    assert "Zhang Jianting" in names(r, "Person")


def test_a_generation_after_a_full_name_is_part_of_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``Little Rock Mayor Frank Scott, Jr. unveiled …``: the person ``Frank Scott`` is also labelled ``Frank Scott,
    Jr.``; a word that only starts like it gets none (``Mayor Frank Scott, Jrnl editor …``)."""
    r = read(ex, "Little Rock Mayor Frank Scott, Jr. unveiled the sculpture, a gift from the City of Hanam.")
    assert any(e.name == "Frank Scott" and "Frank Scott, Jr." in e.alt for e in r.entities.values())
    r = read(ex, "Mayor Frank Scott, Jrnl editor Jo Lee and the council attended the ceremony in Hanam.")
    assert any(e.name == "Frank Scott" and not e.alt for e in r.entities.values())


def test_a_consul_between_commas_and_geoparks(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Consul General of Mexico in Sacramento, Carlos Gutierrez,``: a person, no officer of Sacramento;
    ``the Stone Forest Geopark (Shilin Geopark)``: bodies that sign for a site, no towns."""
    r = read(ex, "The Consul General of Mexico in Sacramento, Carlos Gutierrez, attended the sister city ceremony with "
                 "Mexicali officials.")
    assert "Carlos Gutierrez" in names(r, "Person") and not roles(r)
    r = read(ex, "The Burren Geopark signed a cooperation agreement with the Stone Forest Geopark (Shilin Geopark) in Yunnan.")
    assert not names(r, "City") - {"Yunnan"} and "Stone Forest Geopark" in names(r, "Organization")


def test_two_pairs_each_written_with_its_state(ex) -> None:  # type: ignore[no-untyped-def]
    """``Tustin, California and Heyuan, Guangdong province, and Yorba Linda, California, and Tongchuan, Shaanxi
    province signed sister-city agreements``: two pairs (the two countries alternate), no tie across them."""
    r = read(ex, "Tustin, California and Heyuan, Guangdong province, and Yorba Linda, California, and Tongchuan, Shaanxi "
                 "province signed sister-city agreements on Friday.")
    assert ties(r) == {frozenset(("Tustin", "Heyuan")), frozenset(("Yorba Linda", "Tongchuan"))}
    assert {"Tustin", "Heyuan", "Yorba Linda", "Tongchuan"} <= attendees(r)  # (each signed, its state after it)


def test_a_bare_title_is_not_of_the_place_it_is_away_in(ex) -> None:  # type: ignore[no-untyped-def]
    """``Deputy Mayor Hyeok Kim was in Daejeon this week``: where the officer went, not whose officer (the article's
    own city, Seattle, instead); a place spoken of otherwise still binds (``Deputy Mayor Lee said Osaka would host``)."""
    r = read(ex, "Seattle sent a delegation to Daejeon. Deputy Mayor Hyeok Kim was in Daejeon this week.")
    assert roles(r) == {("Hyeok Kim", "Seattle")}
    assert not roles(read(ex, "Deputy Mayor Lee was in Osaka this week for the festival of the sister cities."))
    r = read(ex, "Deputy Mayor Lee said Osaka would host the next summit of sister cities in May.")
    assert ("Lee", "Osaka") in roles(r)


def test_a_scottish_provost_and_a_place_before_for(ex) -> None:  # type: ignore[no-untyped-def]
    """``Provost Liz Grant``, ``Depute Provost Bob Band``: a Scottish council's civic head and deputy; ``flew to Ohio for
    the Sister Cities International summit``: the body is Sister Cities International, the place no part of it."""
    r = read(ex, "Depute Provost Bob Band attended the twinning dinner in Perth with guests from Haikou.")
    assert "Bob Band" in names(r, "Person")
    r = read(ex, "Provost Liz Grant of Perth welcomed the visitors from Haikou on Monday.")
    assert ("Liz Grant", "Perth") in roles(r)
    r = read(ex, "The group, led by Mayor Ann Byrne, flew to Ohio for the Sister Cities International summit.")
    assert names(r, "Organization") == {"Sister Cities International"}


def test_a_body_named_for_ties_states_no_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``flew to Arizona for the 50th anniversary of Sister Cities International``: the body's name holds the tie
    words, the sentence states no tie of Carlow with Arizona; a tie stated beside such a body still counts
    (``Chicago Sister Cities International hosted delegates from Warsaw, Chicago's sister city``)."""
    r = read(ex, "The Carlow group flew to Arizona for the 50th anniversary of Sister Cities International. Carlow is "
                 "twinned with Tempe.")
    assert ties(r) == {frozenset(("Carlow", "Tempe"))}
    r = read(ex, "Chicago Sister Cities International hosted delegates from Warsaw, Chicago's sister city since 1960.")
    assert frozenset(("Chicago", "Warsaw")) in ties(r)


def test_listed_councillors_with_no_place_serve_the_article_s_council(ex) -> None:  # type: ignore[no-untyped-def]
    """``Councillors Bill McNulty and Harold Steves will lead …`` in a Richmond story: Richmond's councillors; never
    the place whose officer they meet (``… who met the mayor of Tacloban``)."""
    r = read(ex, "Richmond will send a delegation to Xiamen in April. Councillors Bill McNulty and Harold Steves will lead "
                 "a smaller four-person delegation that will visit Japan from April 18-24.")
    assert {("Bill McNulty", "Richmond"), ("Harold Steves", "Richmond")} <= roles(r)
    r = read(ex, "The delegation from Fukuyama included councillors Ana Cruz and Ben Diaz, who met the mayor of Tacloban "
                 "on Monday.")
    assert ("Ana Cruz", "Tacloban") not in roles(r)


def test_a_town_visited_in_a_sentence_about_a_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``The mayor of Fürth visited Limerick for the twinning anniversary``: a town the gazetteer lacks, visited in a
    sentence about a tie, is a town; a person or a park visited is none (``visited Tom Hanks``, ``visited Smith
    Park``), nor a town visited in a sentence about no tie."""
    r = read(ex, "The mayor of Fürth visited Limerick on Saturday for the twinning anniversary.")
    assert "Limerick" in names(r, "City")
    assert names(read(ex, "The sister city delegation visited Tom Hanks on Saturday."), "City") == set()
    assert names(read(ex, "The sister city delegation visited Smith Park on Saturday."), "City") == set()
    assert "Limerick" not in names(read(ex, "The choir visited Limerick on Saturday for a concert."), "City")


def test_bodies_of_each_place_a_plural_head_lists(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Universities of Leeds, Bradford and Huddersfield``, ``Kirklees and Bradford councils``: one body of each
    place the article reads as a place (no party itself); ``the Korean Cultural Center of Chicago``: a body;
    the lower-case ``the councils of Leeds and Bradford`` names none."""
    r = read(ex, "The Universities of Leeds, Bradford and Huddersfield signed agreements with Zhejiang University.")
    assert {"University of Leeds", "University of Bradford", "University of Huddersfield"} <= names(r, "Organization")
    r = read(ex, "Busan officials met with the Korean Cultural Center of Chicago on Monday.")
    assert "Korean Cultural Center of Chicago" in names(r, "Organization")
    assert not names(read(ex, "The councils of Leeds and Bradford met on Monday about the twinning."), "Organization")


def test_members_of_a_city_s_delegation_serve_that_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Kochi delegation … included corporation secretary Ravi Menon and health committee chairman Paul Nair``:
    officers listed in a city's delegation are that city's; the hosts who welcome it are not (``The Kochi delegation
    was welcomed by Secretary Jane Roe``)."""
    r = read(ex, "The Kochi delegation led by mayor Tony Chammany included corporation secretary Ravi Menon and health "
                 "committee chairman Paul Nair.")
    assert {("Ravi Menon", "Kochi"), ("Paul Nair", "Kochi")} <= roles(r)
    assert not roles(read(ex, "The Kochi delegation was welcomed by Secretary Jane Roe on Monday."))


def test_a_body_s_name_stops_before_its_nation(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Sacheon City Council of the Republic of Korea``: the council, of a nation (no part of its name); a field
    after a head is still part of it (``Busan University of Foreign Studies``)."""
    r = read(ex, "A delegation from the Sacheon City Council of the Republic of Korea (RoK), led by its Chairman Yun "
                 "Hyeong-keun, visited Vung Tau on October 13.")
    assert "Sacheon City Council" in names(r, "Organization")
    r = read(ex, "The Alabama Department of Commerce signed the pact with Busan University of Foreign Studies.")
    assert "Busan University of Foreign Studies" in names(r, "Organization")


def test_a_company_with_its_legal_form_after_a_comma(ex) -> None:  # type: ignore[no-untyped-def]
    """``Yamaha Music Philippines, Inc.``, ``Hanwha Solutions Co., Ltd.``: the company with its legal form; a
    capitalised word before a comma and a word that starts like a form is none (``the sponsors, Inc. magazine``)."""
    r = read(ex, "Yamaha Music Philippines, Inc. donated pianos to the sister city schools on Monday.")
    assert "Yamaha Music Philippines, Inc." in names(r, "Organization")
    r = read(ex, "The event was sponsored by Hanwha Solutions Co., Ltd. and Samsung Electronics.")
    assert "Hanwha Solutions Co., Ltd." in names(r, "Organization")
    assert not names(read(ex, "Mayor Jane Roe thanked the sponsors, Inc. magazine said on Monday."), "Organization")


def test_a_count_of_ties_with_the_places_it_includes(ex) -> None:  # type: ignore[no-untyped-def]
    """``Burnaby has eight sister cities, which include Kushiro in Japan, Hwaseong in Korea …``: Burnaby's ties with
    each place listed; a relative clause that lists no places makes none (``…, which are spread over three
    continents``)."""
    r = read(ex, "Burnaby has eight sister cities, which include Kushiro in Japan, Hwaseong in Korea and Zhongshan in China.")
    assert ties(r) == {frozenset(("Burnaby", c)) for c in ("Kushiro", "Hwaseong", "Zhongshan")}
    assert not ties(read(ex, "Burnaby has eight sister cities, which are spread over three continents, the mayor said."))
    r = read(ex, "Cincinnati originally signed the sister city agreement with Taipei County back in 1994. Currently, it has "
                 "8 sister cities, which includes Liuzhou in China, Nancy in France and Munich in Germany.")
    assert frozenset(("Cincinnati", "Munich")) in ties(r)  # (``it``: the city that opened a sentence before)


def test_two_names_then_their_plural_title_and_places(ex) -> None:  # type: ignore[no-untyped-def]
    """``Juan Garcia and Maria Lopez, Mayors of Brownsville, Texas and Altamira, Tamaulipas``: each the mayor of the
    place in the same order (the names are no towns); ``Ipswich's honorary ambassador to Taiwan, Samuel Lin``:
    Ipswich's."""
    r = read(ex, "Juan Garcia and Maria Lopez, Mayors of Brownsville, Texas and Altamira, Tamaulipas, signed the sister "
                 "city agreement on Monday.")
    assert {("Juan Garcia", "Brownsville"), ("Maria Lopez", "Altamira")} <= roles(r)
    assert ties(r) == {frozenset(("Brownsville", "Altamira"))}
    r = read(ex, "Ipswich's honorary ambassador to Taiwan, Samuel Lin, welcomed the Nantou delegation on Monday.")
    assert ("Samuel Lin", "Ipswich") in roles(r)


def test_a_body_s_field_of_a_field_and_a_person_before_a_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``the China Council for the Promotion of International Trade``: the whole name; ``Chairwoman Anna Sy Lim and
    Manila Chinatown Development Council members``: the person and the council, not one body; a nation after the
    field stays out (``the Sacheon City Council of the Republic of Korea``)."""
    r = read(ex, "The China Council for the Promotion of International Trade hosted the delegation.")
    assert "China Council for the Promotion of International Trade" in names(r, "Organization")
    r = read(ex, "The delegation met Chairwoman Anna Sy Lim and Manila Chinatown Development Council members on Monday.")
    assert "Manila Chinatown Development Council" in names(r, "Organization") and "Anna Sy Lim" in names(r, "Person")


def test_a_committee_named_with_its_place_after_of(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Energy Committee of Novosibirsk``, ``the People's Committee of Vung Tau city``: the place names the
    body (a name after it is no part: ``… of Novosibirsk M.A.Grekhov``); a people's committee stands for its city in
    a tie, another committee does not."""
    r = read(ex, "The mayor of Tulsa met officials of the Energy Committee of Novosibirsk on Monday.")
    assert "Energy Committee of Novosibirsk" in names(r, "Organization")
    r = read(ex, "The chairman of the Energy Committee of Novosibirsk M.A.Grekhov signed the memorandum.")
    assert "Energy Committee of Novosibirsk" in names(r, "Organization")
    r = read(ex, "The delegation from Gimhae met the People's Committee of Vung Tau city to sign a memorandum on friendship.")
    assert "People's Committee of Vung Tau city" in names(r, "Organization")
    assert frozenset(("Gimhae", "Vung Tau city")) in ties(r)
    r = read(ex, "The delegation from Gimhae met the Energy Committee of Vung Tau city to sign a memorandum on friendship.")
    assert not ties(r)


def test_a_place_s_body_with_a_lower_case_level_word(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Binh Dinh provincial People's Committee``, ``Koronadal city council``: the place's body, named; a bare
    ``the city council`` or ``the council of Leeds`` names none."""
    r = read(ex, "The Binh Dinh provincial People's Committee signed a friendship agreement with Gimhae on Tuesday.")
    assert "Binh Dinh provincial People's Committee" in names(r, "Organization")
    assert frozenset(("Binh Dinh", "Gimhae")) in ties(r)
    r = read(ex, "Koronadal city council approved the sister city agreement with Taebaek, South Korea, on Monday.")
    assert "Koronadal city council" in names(r, "Organization")
    assert frozenset(("Koronadal", "Taebaek")) in ties(r)
    r = read(ex, "The city council approved the sister city agreement with Taebaek, South Korea, on Monday.")
    assert not names(r, "Organization")
    assert not names(read(ex, "Officials in Leeds were pleased; the council of Leeds met on Monday."), "Organization")


def test_board_heads_and_bodies_with_and_after_a_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Richmond School Board``: the whole name; ``Director of the Convention and Tourism Committee``: the body
    keeps its ``and`` (the title goes first); ``Twinning Association Chairman, John Reardon``: a body's name opening
    a sentence is no participle (but ``Representing Lowestoft Town Council`` still drops its verb)."""
    r = read(ex, "The Richmond School Board hosted the students from Okayama on Monday.")
    assert "Richmond School Board" in names(r, "Organization")
    r = read(ex, "Omar Dipp, Director of the Convention and Tourism Committee in Mexicali, visited Fresno last week.")
    assert "Convention and Tourism Committee" in names(r, "Organization")
    assert "Tourism Committee" not in names(r, "Organization")
    r = read(ex, "Twinning Association Chairman, John Reardon, said the visit to Avon was outstanding.")
    assert "Twinning Association" in names(r, "Organization")
    r = read(ex, "Representing Lowestoft Town Council, Jane Roe signed the charter with Plaisir.")
    assert "Lowestoft Town Council" in names(r, "Organization")


def test_no_new_place_opens_with_a_determiner_and_an_adverb_opens_no_subject(ex) -> None:  # type: ignore[no-untyped-def]
    """``A city of 600,000 people, Pohang …``: no place called ``A city``; ``Indeed, Marlow signed a twinning
    agreement with Ostend``: the town after the adverb is the subject of the tie, as without it."""
    r = read(ex, "A city of 600,000 people, Pohang is a steel town with a sister city in Georgia.")
    assert not any(n.startswith("A ") for n in names(r, "City"))
    r = read(ex, "Indeed, Marlow signed a twinning agreement with Ostend on Monday.")
    assert frozenset(("Marlow", "Ostend")) in ties(r)
    assert not ties(read(ex, "Indeed, the council signed a twinning agreement with Ostend on Monday."))


def test_english_honorifics_after_a_title_and_in_a_list_of_members(ex) -> None:  # type: ignore[no-untyped-def]
    """``Itabashi Mayor Mr. Takeshi Sakamoto and Assembly Members Mr. Ken Ito, Ms. Aya Mori and Mr. Jun Oda``: the
    mayor (no body called ``Takeshi Sakamoto and Assembly``) and each member; ``the Covington City Manager, Mr.
    Bolli,``: the name after the comma and its honorific."""
    r = read(ex, "Itabashi Mayor Mr. Takeshi Sakamoto and Assembly Members Mr. Ken Ito, Ms. Aya Mori and Mr. Jun Oda "
                 "arrived in Burlington on Monday.")
    assert ("Takeshi Sakamoto", "Itabashi") in roles(r)
    assert {"Ken Ito", "Aya Mori", "Jun Oda"} <= names(r, "Person")
    assert not names(r, "Organization")
    r = read(ex, "Assembly members of Itabashi met the guests on Monday.")
    assert not names(r, "Person")


def test_post_nominal_letters_are_no_part_of_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``Coun Peter Box CBE``, ``Cllr Jane Roe MBE``: the honours after a name are no part of it."""
    r = read(ex, "Coun Peter Box CBE, leader of Wakefield Council, signed the friendship agreement with Xiangyang.")
    assert "Peter Box" in names(r, "Person") and "Peter Box CBE" not in names(r, "Person")
    r = read(ex, "Council Leader, Cllr Jane Roe MBE, signed the accord with Xiangyang.")
    assert "Jane Roe" in names(r, "Person")


def test_a_new_place_with_and_without_its_level_word_is_one_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``Tullamore Town`` and ``Tullamore`` in one article: one place, named the shorter way, with both ties; a county
    and the town of its name stay two (``Wicklow County`` and ``Wicklow``)."""
    r = read(ex, "Tullamore Town signed a friendship agreement with Hainan in 2015. Tullamore has been twinned with "
                 "Montigny since 1980.")
    assert "Tullamore" in names(r, "City") and "Tullamore Town" not in names(r, "City")
    assert {frozenset(("Tullamore", "Hainan")), frozenset(("Tullamore", "Montigny"))} <= ties(r)
    r = read(ex, "Wicklow County signed a friendship agreement with Hainan in 2015. Wicklow has been twinned with "
                 "Montigny since 1980.")
    assert {"Wicklow County", "Wicklow"} <= names(r, "City")


def test_a_bare_mayor_is_not_of_the_writer_s_partner_nor_of_where_others_went(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor X … guests who traveled to Springfield from our Sister City of Takikawa``: Springfield's mayor (the
    writer's partner is the other side; where the guests went says nothing against Springfield); but ``a delegation
    from its sister city of Dumaguete led by Mayor Y``: Dumaguete's."""
    r = read(ex, "Mayor Domenic Sarno dons a gift given to him by guests who traveled to Springfield from our Sister "
                 "City of Takikawa, Japan.")
    assert ("Domenic Sarno", "Springfield") in roles(r)
    r = read(ex, "Officials of Yeongdong County welcomed the delegation from its sister city of Dumaguete led by Mayor "
                 "Felipe Remollo.")
    assert ("Felipe Remollo", "Dumaguete") in roles(r)


def test_officials_of_one_list_share_the_city_of_its_first(ex) -> None:  # type: ignore[no-untyped-def]
    """``Itabashi Mayor X and Chairman Y, Assembly Members A and B``: the members are Itabashi's (one list); a place
    between two names names the next one's city (``Manila Mayor X and Guangzhou, China Mayor Y``)."""
    r = read(ex, "The delegation from Burlington's sister city will consist of Itabashi Mayor Takeshi Sakamoto and "
                 "Chairman Yoshiyuki Motoyama, Assembly Members Ichiro Yasui and Kayoko Shiba.")
    assert {("Ichiro Yasui", "Itabashi"), ("Kayoko Shiba", "Itabashi")} <= roles(r)
    r = read(ex, "Manila Mayor Honey Lacuna and Guangzhou, China Mayor Guo Yonghang signed a memorandum renewing the "
                 "sister-city relations.")
    assert ("Guo Yonghang", "Guangzhou") in roles(r) and ("Guo Yonghang", "Manila") not in roles(r)


def test_a_surname_like_a_landmark_after_a_title_hides_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``Seattle Mayor Jo Park welcomed …``: Park is the mayor's surname, Seattle the town; ``Seoul Olympic Park``
    stays a landmark (no town Seoul as a party there)."""
    r = read(ex, "Seattle Mayor Jo Park welcomed the guests from Daejeon on Monday.")
    assert ("Jo Park", "Seattle") in roles(r)
    r = read(ex, "The guests visited Seoul Olympic Park on Monday with Tianjin officials.")
    assert "Seoul" not in names(r, "City")


def test_who_stayed_away_attends_nothing_and_coun_after_a_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Councillor Dee Moss, who could not attend the signing``, ``…, the deputy leader, was absent``: no attendee
    (but ``…, who was present at the signing``: one); ``The Mayor of Wakefield, Coun Jane Roe,``: the name after the
    councillor's short title."""
    text = "The mayors signed the agreement in Wakefield on Monday. "
    assert "Dee Moss" not in attendees(read(ex, text + "Councillor Dee Moss, who could not attend the signing, sent a letter."))
    assert "Dee Moss" not in attendees(read(ex, text + "Councillor Dee Moss, the deputy leader, was absent from the signing."))
    assert "Dee Moss" in attendees(read(ex, text + "Councillor Dee Moss, who was present at the signing, praised it."))
    r = read(ex, "The Mayor of Wakefield, Coun Jane Roe, welcomed the Xiangyang delegation on Monday.")
    assert ("Jane Roe", "Wakefield") in roles(r)


def test_a_relative_day_with_its_date_written_out_is_that_date() -> None:
    """``yesterday, Monday 29 June`` (published 2 July): the date written out, not the day before the story; a
    ``yesterday`` with no date after it is the day before."""
    got = {w.value for w in find("They signed it yesterday, Monday 29 June, in Carlow.", published=dt.date(2015, 7, 2))}
    assert got == {dt.date(2015, 6, 29)}
    got = {w.value for w in find("They signed it yesterday, in Carlow.", published=dt.date(2015, 7, 2))}
    assert got == {dt.date(2015, 7, 1)}


def test_a_centre_of_a_field_is_a_body_and_a_mission_keeps_its_nation_and_post(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Japan Local Government Centre``, ``the Hyogo Business and Cultural Center``: bodies (a ``Convention
    Centre`` stays a venue); ``the Consulate General of Japan in Toronto``, ``the Philippine Consulate General in
    Toronto``: a mission named with its nation and its post."""
    r = read(ex, "Noboru Fujishima, Director of the Japan Local Government Centre, welcomed the Aberdeen delegation.")
    assert "Japan Local Government Centre" in names(r, "Organization")
    r = read(ex, "The Hyogo Business and Cultural Center in Seattle organised the visit of the Kobe delegation.")
    assert "Hyogo Business and Cultural Center" in names(r, "Organization")
    r = read(ex, "The reception was held at the Vancouver Convention Centre on Monday for the Guangzhou delegation.")
    assert not names(r, "Organization")
    r = read(ex, "The Consulate General of Japan in Toronto hosted a reception for the Kobe delegation.")
    assert "Consulate General of Japan in Toronto" in names(r, "Organization")
    r = read(ex, "The delegation met officials at the Philippine Consulate General in Toronto on Monday.")
    assert "Philippine Consulate General in Toronto" in names(r, "Organization")


def test_a_county_that_locates_or_describes_and_a_common_noun_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``the City of Pittsburgh, Allegheny County, Pennsylvania``: the county only locates the city; ``a Westchester
    County municipality``: it describes the noun (but ``Allegheny County signed …`` acts); ``a Cultural and Economic
    Mission to Baguio``: no town of Mission (``the City of Mission`` is one); ``the Liverpool Plains``: no Liverpool."""
    r = read(ex, "In the City of Pittsburgh, Allegheny County, Pennsylvania, USA, the mayors signed the sister city "
                 "accord with Saitama.")
    assert "Allegheny County" not in names(r, "City") and "Pittsburgh" in names(r, "City")
    r = read(ex, "It is the first agreement between a Westchester County municipality and a non-European city, Cuenca.")
    assert "Westchester County" not in names(r, "City")
    r = read(ex, "Allegheny County signed a sister county agreement with Saitama Prefecture on Monday.")
    assert "Allegheny County" in names(r, "City")
    r = read(ex, "Councillor Gino Rosati proposed a Cultural and Economic Mission to the City of Baguio in 2023.")
    assert "Mission" not in names(r, "City")
    r = read(ex, "The City of Mission signed a friendship agreement with Baguio on Monday.")
    assert "Mission" in names(r, "City")
    r = read(ex, "Mayor Doug Hawkins invited the Suseong-gu mayor to visit the Liverpool Plains next spring.")
    assert "Liverpool" not in names(r, "City")


def test_a_list_of_attendees_one_per_line_after_its_head(ex) -> None:  # type: ignore[no-untyped-def]
    """``Those attending the ceremony included:`` then ``- Dana Kerr, Mayor of Elmton`` lines: each attended;
    ``Those who could not attend included:`` lists nobody who attended."""
    text = ("Elmton and Hexian signed a sister city agreement on Monday.\nThose attending the ceremony included:\n"
            "- Dana Kerr, Mayor of Elmton\n- Li Wei, Vice Mayor of Hexian\nThose who could not attend included:\n"
            "- Tom Hale, Mayor of Ashby\n")
    r = read(ex, text)
    assert {"Dana Kerr", "Li Wei"} <= attendees(r)
    assert "Tom Hale" not in attendees(r)


def test_capitalised_name_particles_and_a_two_letter_middle_initial(ex) -> None:  # type: ignore[no-untyped-def]
    """``Oscar De las Salas``: the particles belong to the name; ``Meynardo LB. Montealegre,``: a middle initial of
    two letters splits no sentence and cuts no name; ``Mayor Van Johnson``: a given name like a particle stays."""
    r = read(ex, "Councillor Oscar De las Salas of Medellin spoke at the signing ceremony in Phoenix on Monday.")
    assert "Oscar De las Salas" in names(r, "Person")
    r = read(ex, "The mayor of Palawan, Meynardo LB. Montealegre, signed the agreement with Ca Mau on Monday.")
    assert ("Meynardo LB. Montealegre", "Palawan") in roles(r)
    r = read(ex, "Mayor Van Johnson of Savannah welcomed the guests from Kaohsiung on Monday.")
    assert ("Van Johnson", "Savannah") in roles(r)


def test_a_pair_that_signs_with_a_level_word_after_the_known_one(ex) -> None:  # type: ignore[no-untyped-def]
    """``Carlow and Hunan province signed a friendship agreement``: the known province's level word does not hide
    the pair (Carlow is a place beside it); two surnames sign nothing of places (``Smith and Jones signed …``)."""
    r = read(ex, "Carlow and Hunan province signed a friendship agreement yesterday in Changsha.")
    assert any("Carlow" in t and any("Hunan" in x for x in t) for t in ties(r))
    assert not ties(read(ex, "Smith and Jones signed a friendship agreement yesterday in Changsha."))


def test_second_reading_of_the_new_rules_near_misses(ex) -> None:  # type: ignore[no-untyped-def]
    """Near misses of this change's rules: a town named by a common noun after nothing or before a title
    (``Independence Mayor X``); a county in a list of partners (``Novosibirsk, Marin County, and Kaohsiung``); an
    aside that is another person (``Mayor X, Councillor Y, who could not attend last year, …``) and a ``did not join``
    that says nothing of the event; a city a body is ``of`` stays named; a mission's post is a town, not the weekday
    after it; a run of capitals between names ends in time (no list of officials)."""
    r = read(ex, "Independence Mayor Eileen Weir signed a sister city agreement with Higashimurayama on Monday.")
    assert frozenset(("Independence", "Higashimurayama")) in ties(r)
    r = read(ex, "Tulsa has sister city ties with Novosibirsk, Marin County, and Kaohsiung, the council said.")
    assert frozenset(("Tulsa", "Marin County")) in ties(r)
    r = read(ex, "The ceremony was attended by Mayor Jane Roe, Councillor Tom Ford, who could not attend last year, and "
                 "Mayor Ivan Petrov of Novosibirsk.")
    assert {"Jane Roe", "Ivan Petrov"} <= attendees(r)
    r = read(ex, "Mayor Jane Roe, who did not join the council until 2019, signed the sister city agreement with Novosibirsk.")
    assert "Jane Roe" in attendees(r)
    r = read(ex, "A delegation from the Sister City Committee of Novosibirsk visited Tulsa on Monday.")
    assert "Novosibirsk" in names(r, "City")
    r = read(ex, "Officials from the Korean Embassy in Washington Tuesday said the Tulsa delegation would visit Seoul.")
    assert "Korean Embassy in Washington" in names(r, "Organization")
    r = read(ex, "Tulsa Mayor Jane Roe WELCOMED THE NOVOSIBIRSK DELEGATION TO CITY HALL on Monday and Councillor Tom Ford "
                 "gave a speech about the sister city ties.")
    assert "Tom Ford" in names(r, "Person")


def test_a_title_of_a_body_after_and_and_a_mission_of_a_nation_at_its_post(ex) -> None:  # type: ignore[no-untyped-def]
    """``Fukuoka Governor X and Chairman of the Fukuoka Prefectural Assembly Y``: the body is the assembly (its
    title goes after the ``and`` too); ``the Consulate General of Vietnam in Fukuoka``: the mission with its nation
    and post (but ``the Sacheon City Council of the Republic of Korea``: the council, no nation)."""
    r = read(ex, "Welcoming the delegation, Fukuoka Governor Hattori Seitaro and Chairman of the Fukuoka Prefectural "
                 "Assembly Kohara Katsuji spoke highly of the visit.")
    assert "Fukuoka Prefectural Assembly" in names(r, "Organization")
    r = read(ex, "The Hanoi delegation coordinated with the Consulate General of Vietnam in Fukuoka to host a seminar.")
    assert "Consulate General of Vietnam in Fukuoka" in names(r, "Organization")
    r = read(ex, "The Sacheon City Council of the Republic of Korea hosted a reception for the Vung Tau delegation.")
    assert "Sacheon City Council" in names(r, "Organization")


def test_a_sister_city_named_after_its_owner_is_where_they_go(ex) -> None:
    """``… travel to Tarrow's Japanese sister city, Kesa``: the sister city is the destination, so a bare title is
    the owner's (but ``… travel to Tarrow`` makes Tarrow the destination)."""
    r = read(ex, "The delegation will be led by deputy mayor Ann Lee and will include Cr Tom Hale, who are also expected "
                 "to travel to Tarrow's Japanese sister city, Kesa. Tarrow council approved the trip.")
    assert {("Ann Lee", "Tarrow"), ("Tom Hale", "Tarrow")} <= roles(r)
    r = read(ex, "Deputy mayor Ann Lee of Kesa is expected to travel to Tarrow next week. Tarrow council approved it.")
    assert ("Ann Lee", "Tarrow") not in roles(r)


def test_a_province_whose_delegation_is_met_is_not_the_host_s(ex) -> None:
    """``Chief Minister X met a delegation from Fukuoka Prefecture``: not Fukuoka's chief minister (but ``Governor X
    led a delegation from Fukuoka Prefecture``: its governor)."""
    r = read(ex, "Chief Minister Ravi Anand on Monday met a delegation from Fukuoka Prefecture at the Secretariat. "
                 "Delhi and Fukuoka Prefecture extended their twinning agreement.")
    assert not any(p == "Ravi Anand" for p, _ in roles(r))
    r = read(ex, "Governor Hattori Seitaro led a delegation from Fukuoka Prefecture to Delhi on Monday. "
                 "Delhi and Fukuoka Prefecture extended their twinning agreement.")
    assert any(p == "Hattori Seitaro" and "Fukuoka" in b for p, b in roles(r))


def test_a_council_before_its_officer_s_title_is_no_party(ex) -> None:
    """``Kerry County Council Cathaoirleach Cllr X … led a Tralee twinning delegation to Quimper``: the council only
    says whose officer X is (``Kerry County Council signed a twinning charter with Quimper``: it signs)."""
    r = read(ex, "Kerry County Council Cathaoirleach Cllr Tom Lane led a Tralee twinning delegation to Quimper "
                 "recently, the council said.")
    assert not any(any("Kerry" in n for n in t) for t in ties(r)) and frozenset(("Tralee", "Quimper")) in ties(r)
    r = read(ex, "Kerry County Council signed a twinning charter with Quimper on Monday, the council said.")
    assert any(any("Kerry" in n for n in t) for t in ties(r))


def test_a_municipal_district_and_fellow_councillors(ex) -> None:
    """``Cathaoirleach of Arklow Municipal District, Cllr X``: the district is a body; ``the Deputy Mayor of Y, Ms Z,
    and her fellow councillors A and B``: Y's councillors (not the host's)."""
    r = read(ex, "Cathaoirleach of Arklow Municipal District, Cllr Pat Kenny offered a warm welcome to the Deputy Mayor "
                 "of Aberystwyth, Ms Kerry Fenn, and her fellow councillors Mr Steve Dale and Mr Emlyn Jarvis to Arklow.")
    assert {("Pat Kenny", "Arklow Municipal District"), ("Steve Dale", "Aberystwyth"),
            ("Emlyn Jarvis", "Aberystwyth")} <= roles(r)
    r = read(ex, "Mayor Kerry Fenn of Aberystwyth welcomed councillors Mr Steve Dale and Mr Emlyn Jarvis of Arklow.")
    assert ("Steve Dale", "Aberystwyth") not in roles(r)


def test_a_group_made_up_of_those_named_takes_part(ex) -> None:
    """``The full Kilbeg team were A, B and C``, ``The delegation comprised Cllr A, B and C``: the people named went
    on the trip (not ``The delegation was welcomed by …``, nor a team that is said to be something)."""
    r = read(ex, "The Kilbeg delegation travelled to Lorient on Tuesday. The full Kilbeg team were Ann Roe, Tom Hale, "
                 "Mary Dunne and Joe Bloggs.")
    assert {"Ann Roe", "Tom Hale", "Mary Dunne", "Joe Bloggs"} <= attendees(r)
    r = read(ex, "The delegation comprised Cllr Ann Roe, Tom Hale and Mary Dunne. They visited Lorient on Monday.")
    assert {"Ann Roe", "Tom Hale", "Mary Dunne"} <= attendees(r)
    r = read(ex, "The Kilbeg delegation travelled to Lorient on Tuesday. The team was pleased with Tom Hale and "
                 "Mary Dunne.")
    assert not {"Tom Hale", "Mary Dunne"} & attendees(r)


def test_cities_that_sign_at_a_ceremony_attend_it(ex) -> None:
    """``Both A City and B City in Iraq yesterday signed a pact during a simple ceremony``: both cities attend the
    ceremony (with no person named there); a ceremony where nothing is signed keeps no city."""
    r = read(ex, "Both Mandaue City and Mosul City in Iraq yesterday signed a sister-city pact during a simple ceremony "
                 "at the Convention Center.")
    assert {"Mandaue City", "Mosul"} <= attendees(r)
    r = read(ex, "Both Mandaue City and Mosul City in Iraq yesterday praised the choir during a simple ceremony at the "
                 "Convention Center.")
    assert not {"Mandaue City", "Mosul"} & attendees(r)


def test_a_place_named_with_a_small_word_inside(ex) -> None:
    """``Angra dos Reis``, ``Bradford on Avon``: one place with its small word (not Bradford; "on" only before
    waters: ``Seattle on Monday`` is Seattle), and ``Mayor Juan de Leon`` is a person."""
    r = read(ex, "Angra dos Reis signed a sister city agreement with Taishan on Monday, the council said.")
    assert frozenset(("Angra dos Reis", "Taishan")) in ties(r)
    r = read(ex, "The mayor of Bradford on Avon welcomed guests from Sully-sur-Loire, its twin town, on Monday.")
    assert "Bradford on Avon" in names(r, "City") and "Bradford" not in names(r, "City")
    r = read(ex, "The delegation from Seattle on Monday signed a sister city agreement with Taishan.")
    assert "Seattle" in names(r, "City")
    r = read(ex, "Mayor Juan de Leon signed a sister city agreement with Taishan on Monday, the council said.")
    assert "Juan de Leon" not in names(r, "City")
    r = read(ex, "On August 5, Angra dos Reis City Council signed a cooperation agreement with Taishan. The Mayor of "
                 "Angra dos Reis attended.")
    assert "Angra dos Reis City Council" in names(r, "Organization") and "Angra dos Reis" in names(r, "City")
    r = read(ex, "The award went to Luiz da Silva and the team from Porto, the organisers said.")
    assert not names(r, "City") - {"Porto"}


def test_a_councillor_serves_the_council_the_article_names(ex) -> None:
    """``Councilor X`` of Yokohama, when the article names the Yokohama City Council: the council (with no council
    named: the city; a mayor stays the city's)."""
    r = read(ex, "A delegation of the Yokohama City Council visited Cebu City. \"We will work hard,\" said Councilor "
                 "Mitsuru Kaji of Yokohama. Mayor Ken Oda of Yokohama also spoke.")
    assert ("Mitsuru Kaji", "Yokohama City Council") in roles(r) and ("Ken Oda", "Yokohama") in roles(r)
    r = read(ex, "A delegation from Yokohama visited Cebu City. \"We will work hard,\" said Councilor Mitsuru Kaji of "
                 "Yokohama.")
    assert ("Mitsuru Kaji", "Yokohama") in roles(r)


def test_review_near_misses_of_rosters_and_ceremonies(ex) -> None:
    """``The party was organised by Councillor X``: no roster; a signing of 1984 told at a prize ceremony: the towns do
    not attend it; a shouted body name between signers reads at once."""
    r = read(ex, "The festival was a success. The party was organised by Councillor Mary Dunne and Councillor Tom Hale "
                 "of Kerry County Council.")
    assert not {"Mary Dunne", "Tom Hale"} & attendees(r)
    r = read(ex, "At a school prize ceremony in Limerick on Monday, pupils heard how Cork and San Francisco signed their "
                 "twinning pact in 1984.")
    assert not {"Cork", "San Francisco"} & attendees(r)
    r = read(ex, "At a simple ceremony on Monday, Cebu City and the ASEAN MAYORS FORUM SECRETARIAT jointly signed a "
                 "friendship pact in Manila.")
    assert "Cebu City" in names(r, "City")


def test_a_source_credit_in_brackets_ends_a_paragraph(ex) -> None:
    """``… technology. (FREEMAN)``, ``— (PNA)``: the source's credit at a paragraph's end, no organisation (but
    ``the Cebu Chamber of Commerce (CCCI) on Monday``: the body's short name)."""
    r = read(ex, "Both parties agreed to exchange knowledge in culture, education and technology. (FREEMAN)\n"
                 "The mayor thanked the delegation from Mosul. — (PNA)")
    assert not {"FREEMAN", "PNA"} & names(r, "Organization")
    r = read(ex, "The agreement was signed with the Cebu Chamber of Commerce (CCCI) on Monday, the mayor said.")
    assert "Cebu Chamber of Commerce" in names(r, "Organization")


def test_a_province_after_a_town_and_in_only_locates_it(ex) -> None:
    """``Taishan, in Guangdong province, China``: the province only locates the town (no party, no entity); a town
    after ``, in`` is still a party of its own sentence when nothing locates it (``Lorient, in Brittany, and Kobe``)."""
    r = read(ex, "On August 5, Angra dos Reis City Council signed a cooperation agreement with Taishan, in Guangdong "
                 "province, China, to formalize a sister city relationship.")
    assert not any("Guangdong" in n for n in names(r, "City"))
    r = read(ex, "The mayor of Kilbeg signed a twinning charter with Lorient, in Brittany, and with Kobe on Monday.")
    assert {frozenset(("Kilbeg", "Lorient")), frozenset(("Kilbeg", "Kobe"))} <= ties(r)


def test_a_region_said_to_hold_a_town_is_no_party(ex) -> None:
    """``Newark is a major city of the State of New Jersey``, ``800,000 people in Jiangsu Province``: the region only
    says where the town lies (but ``Jiangsu Province signed a friendship agreement with Galway``: a party)."""
    r = read(ex, "The City of Newark is a major city of the State of New Jersey, and it is exciting to forge a sister-city "
                 "tie with the City of Newark, the mayor of Taoyuan said.")
    assert ties(r) == {frozenset(("Newark", "Taoyuan"))}
    r = read(ex, "Jiangsu Province signed a friendship agreement with Galway on Monday, the council said.")
    assert any(any("Jiangsu" in n for n in t) for t in ties(r))


def test_a_park_named_after_a_tie_states_no_tie_and_heads_no_list(ex) -> None:
    """``Dayton Sister Cities Park`` as a heading and ``a bench in the Sister Cities Park``: a named place, no list
    of partners under it and no party; ``signed a sister cities agreement`` still ties."""
    r = read(ex, "Dayton Sister Cities Park\n\nAugsburg, Bavaria Gift Unveiled at Cities Park\n\n"
                 "A bench from Augsburg now stands in the Sister Cities Park, the mayor of Dayton said on Monday.")
    assert not any(frozenset(("Dayton", "Augsburg")) == t for t in ties(r))
    assert "Park" not in names(r, "City") and not any("Bavaria" in n for t in ties(r) for n in t)
    r = read(ex, "Dayton and Augsburg signed a sister cities agreement in 1964, the mayor of Dayton said on Monday.")
    assert frozenset(("Dayton", "Augsburg")) in ties(r)


def test_a_title_case_line_s_phrases_and_plural_titles_are_no_places(ex) -> None:
    """``Mayors Holt and Ruiz Signed …, Fostering Cooperation Between Dayton, Ohio and Augsburg, Bavaria``: the tie is
    Dayton–Augsburg; ``Mayors Jane Holt`` and ``Cooperation Between Dayton`` are no places."""
    r = read(ex, "Mayors Jane Holt and Maria Ruiz Signed Historic Sister Cities Agreement, Fostering a Strong Bond of "
                 "Friendship and Cooperation Between Dayton, Ohio and Augsburg, Bavaria.")
    assert ties(r) == {frozenset(("Dayton", "Augsburg"))}
    assert not any("Mayors" in n or "Between" in n for n in names(r, "City"))


def test_two_bodies_joined_by_and_the_a_bank_of_its_nation_and_a_field_of_two_words(ex) -> None:
    """``Kilbeg Chamber and The Moyle National Institute``: two bodies; ``Acting Chief Executive of the Bank of
    China``: the Bank of China (a bare head keeps its nation, the title is no part); ``the Ministry for Development
    of Communities and Territories``: one body (but ``the Sacheon City Council of the Republic of Korea``: the
    council, and ``the University of Seoul and Busan officials``: the university)."""
    r = read(ex, "The delegation includes representatives from Kilbeg City Council, Kilbeg Chamber and The Moyle "
                 "National Institute. The Lord Mayor will meet with Acting Chief Executive of the Bank of China.")
    assert {"Kilbeg Chamber", "The Moyle National Institute", "Bank of China"} <= names(r, "Organization")
    assert not any(" and " in n or "Executive" in n for n in names(r, "Organization"))
    r = read(ex, "The guide was made by the Ministry for Development of Communities and Territories and the Sacheon "
                 "City Council of the Republic of Korea, with the University of Seoul and Busan officials.")
    assert {"Ministry for Development of Communities and Territories", "Sacheon City Council",
            "University of Seoul"} <= names(r, "Organization")


def test_a_new_town_s_bare_name_written_alone_is_the_town(ex) -> None:
    """``the Kilbeg Town Twinning delegation`` … ``travelled north to Kilbeg``: one town named Kilbeg (not when the
    word is also written in lower case, nor for a ``City`` name: Iloilo City)."""
    r = read(ex, "Cllr Ann Roe led a Kilbeg Town Twinning delegation to Vimoutiers recently. The founder travelled "
                 "north to Kilbeg and built a fort.")
    assert "Kilbeg" in names(r, "City") and "Kilbeg Town" not in names(r, "City")
    r = read(ex, "Cllr Ann Roe led a Kilbeg Town Twinning delegation to Vimoutiers. Its kilbeg pudding is famed; "
                 "Kilbeg is proud.")
    assert "Kilbeg Town" in names(r, "City")


def test_a_count_of_a_place_s_ties_with_a_nation_and_ties_between_two_nations_towns(ex) -> None:
    """``Kilbeg adds to the 25 sister city relationships that California has with South Korea``: no tie of Kilbeg or
    California; ``… sister cities relationships between Chinese and US cities``: no tie of the city of the sentence
    (``Kilbeg signed a sister city agreement with Hadong, one of two ties the town has``: a tie)."""
    r = read(ex, "A new sister city relationship was formed between Adelanto, California and Hadong, South Korea late "
                 "in March. Adelanto adds to the 25 sister city, county, and state relationships that California has "
                 "with South Korea.")
    assert ties(r) == {frozenset(("Adelanto", "Hadong"))}
    r = read(ex, "Kilbeg signed a sister city agreement with Hadong, South Korea, one of two ties the town has.")
    assert ties(r) == {frozenset(("Kilbeg", "Hadong"))}
    r = read(ex, "Tustin welcomed visitors on Monday. Tustin is proud, the mayor of Tustin said.\n\nA buzz filled "
                 "rooms in Chicago on Oct 23, with 200 attendees marking the 30th anniversary of sister cities "
                 "relationships between Chinese and US cities.")
    assert ties(r) == set()


def test_pairs_a_count_announces_after_between(ex) -> None:
    """``two sister cities agreements were signed between Heyuan, Guangdong province and Tustin, California, and
    Tongchuan, Shaanxi province and Yorba Linda, California``: two ties, one per pair (without the count, the first
    place's partners as before)."""
    text = ("At the conference, {n}sister cities agreements were signed between Heyuan, Guangdong province and Tustin, "
            "California, and Tongchuan, Shaanxi province and Yorba Linda, California.")
    assert ties(read(ex, text.format(n="two "))) == {frozenset(("Heyuan", "Tustin")), frozenset(("Tongchuan", "Yorba Linda"))}
    assert frozenset(("Heyuan", "Yorba Linda")) in ties(read(ex, text.format(n="")))


def test_people_after_a_plural_noun_of_people_and_places_glued_to_a_headline(ex) -> None:
    """``students Ann Tucker and Macia Bohman, and Mutsu City student ambassadors Yuki Makata and Mano Shiroyama —
    signed``: four people (Yuki is no town there; ``visited Kobe and Yuki, Japan`` is); ``Development and Exchange
    Changnyeong County``: the known county; ``Australia Queensland City of Ipswich``: Ipswich, the region only
    locating it."""
    r = read(ex, "Four students — Kilbeg students Ann Tucker and Macia Bohman, and Mutsu City student ambassadors Yuki "
                 "Makata and Mano Shiroyama — signed an agreement.")
    assert {"Ann Tucker", "Macia Bohman", "Yuki Makata", "Mano Shiroyama"} <= names(r, "Person")
    assert not any(n.startswith("Y") for n in names(r, "City"))
    assert any(n.startswith("Y") for n in names(read(ex, "The students visited Kobe and Yuki, Japan."), "City"))
    r = read(ex, "Changnyeong County Visits Satsumasendai, Japan for Mutual Development and Exchange Changnyeong County, "
                 "Delegation from Satsumasendai City Visits.")
    assert not any("Exchange" in n for n in names(r, "City"))
    r = read(ex, "Nantou County and Australia Queensland City of Ipswich became the sister cities on September 21.")
    assert ties(r) == {frozenset(("Nantou County", "Ipswich"))}


def test_people_in_attendance_or_present_take_part_and_bodies_abroad_keep_their_post(ex) -> None:
    """``Also in attendance were guests including A, its title; and B, its title``, ``City officials present included
    …``: they attend the signing told before (``present included`` only of people; ``Guests thanked Ann Roe``: no
    one attends); ``Commercial Section Chief of the American Institute in Taiwan``: the American Institute in Taiwan,
    a nation's body named with its post (``the American Chamber of Commerce in Seoul on Friday``: the chamber)."""
    r = read(ex, "The agreement was signed by Taipei Mayor Ko Wen-je and Houston Mayor Sylvester Turner on July 30, 2021. "
                 "Also in attendance were numerous esteemed guests including Brent Omdahl, Director of the American "
                 "Institute in Taiwan; and Mei-Yu Syueh, Secretary General of the Taiwan Council for US Affairs. Taipei "
                 "City officials present included Hsin-Ke Lu, Commissioner of the Department of Information Technology.")
    assert {"Brent Omdahl", "Mei-Yu Syueh", "Hsin-Ke Lu"} <= attendees(r)
    assert "American Institute in Taiwan" in names(r, "Organization")
    r = read(ex, "The agreement was signed by Taipei Mayor Ko Wen-je and Houston Mayor Sylvester Turner on July 30, 2021. "
                 "Guests later thanked Brent Omdahl, Director of the American Institute in Taiwan.")
    assert "Brent Omdahl" not in attendees(r)
    r = read(ex, "Mayor Ann Roe met the Commercial Section Chief of the American Institute in Taiwan.")
    assert "American Institute in Taiwan" in names(r, "Organization")
    assert not any("Chief" in n for n in names(r, "Organization"))
    r = read(ex, "She met the American Chamber of Commerce in Seoul on Friday.")
    assert "American Chamber of Commerce" in names(r, "Organization")


def test_a_range_across_two_months_takes_its_year_from_its_end() -> None:
    """``(June 29 – July 2, 2024)``, ``29 June to 2 July 2024``: the first day in the year written at the end, even
    in the future tense after that day (but ``will come on June 29`` with no year: the next June 29)."""
    pub = dt.date(2024, 7, 2)
    assert [w.value for w in find("will visit Burlington (June 29 – July 2, 2024), and", published=pub)] == [dt.date(2024, 6, 29)]
    assert [w.value for w in find("will visit from 29 June to 2 July 2024.", published=pub)] == [dt.date(2024, 6, 29)]
    assert [w.value for w in find("will come on June 29", published=pub)] == [dt.date(2025, 6, 29)]


def test_the_date_of_an_original_agreement_told_in_passing_is_not_the_event_s(ex) -> None:
    """``signed an agreement that echoes the original sister city agreement signed Aug. 13, 1995``: the signing is
    not of 1995 (``signed an agreement on Aug. 13, 2024, a year after the first visit``: that day)."""
    r = read(ex, "Four students signed an agreement that echoes the original sister city exchange agreement signed "
                 "Aug. 13, 1995.")
    assert dates(r) == set()
    r = read(ex, "Four students signed an agreement on Aug. 13, 2023, a year after the first visit.")
    assert dates(r) == {"2023-08-13"}


def test_places_named_only_as_legs_of_a_journey_are_no_places_of_the_story(ex) -> None:
    """``had flown from London to Munich``: no parties and no places of the story (but ``flew from Dublin to Boston to
    sign a sister city agreement with Boston``: Boston, named again as the partner)."""
    r = read(ex, "After the delegation from Patchway had flown from London to Munich, they were greeted by their hosts "
                 "in Gauting, Patchway's twin town.")
    assert not ({"London", "Munich"} & names(r, "City"))
    r = read(ex, "The Mayor of Kilbeg flew from Dublin to Boston to sign a sister city agreement with Boston.")
    assert frozenset(("Kilbeg", "Boston")) in ties(r)


def test_second_reading_near_misses_of_counts_nations_things_and_lists(ex) -> None:
    """Near misses the rules of counts, nations' towns, things named after ties, attendance and lists must not take:
    a range across New Year starts in the year before its end's; a count of one place's ties leaves the tie it signs;
    two towns before ``communities`` are no nations; a headline's ``Sign`` is a verb; who was not in attendance takes
    no part; artists whose paintings are shown take no part; a bare head's name ends at its nation."""
    assert [w.value for w in find("a joint festival from December 30 – January 2, 2025.",
                                  published=dt.date(2024, 12, 20))] == [dt.date(2024, 12, 30)]
    r = read(ex, "Busan has 25 sister city relationships and on Monday signed another with Seattle.")
    assert frozenset(("Busan", "Seattle")) in ties(r)
    r = read(ex, "Busan and Seattle signed a sister city agreement, one of the 25 sister city relationships between "
                 "Korea and the US.")
    assert frozenset(("Busan", "Seattle")) in ties(r)
    r = read(ex, "The sister city relationship between Busan and Seattle communities has grown over 20 years.")
    assert frozenset(("Busan", "Seattle")) in ties(r)
    assert ("sisterCityOf" in {k for _t, k in tie_types(read(ex, "Busan, Seattle Sister Cities Sign New Pact"))})
    r = read(ex, "Mayor Kim Min-su of Busan visited Seattle for the Busan Week festival. Mayor Bruce Harrell was not in "
                 "attendance.")
    assert "Bruce Harrell" not in attendees(r)
    r = read(ex, "Mayor Kim Min-su of Busan visited Seattle for the Busan Week festival. The festival featured paintings "
                 "by artists Pablo Picasso and Henri Matisse.")
    assert not ({"Pablo Picasso", "Henri Matisse"} & attendees(r))
    r = read(ex, "The Bank of China Seoul branch hosted Mayor Tom Lee.")
    assert "Bank of China" in names(r, "Organization") and "Seoul" in names(r, "City")


def test_a_titled_person_s_party_in_brackets_is_no_organisation(ex):
    """``Council President Ana Reis (PSD)``: a party after a titled person names no body of the story; an acronym after
    a body's name is still that body's (``the Global Social Economy Forum (GSEF)``)."""
    r = read(ex, "The visitors met Council President Ana Reis (PSD) and councillor Mario Cunha (PSB) at the City Hall "
                 "on Monday in Curitiba.")
    assert not {e.name for e in r.entities.values() if e.type == "Organization"} & {"PSD", "PSB"}
    r = read(ex, "The mayor spoke at the Global Social Economy Forum (GSEF) in Seoul on Monday with Curitiba.")
    assert "GSEF" in {n for e in r.entities.values() if e.type == "Organization" for n in {e.name, *e.alt}}


def test_a_city_s_department_heads_are_titled_people(ex):
    """``Tyler Fire Chief David Coble``, ``city engineer Darin Jennings``: a city's officers are people of the city
    named before the title, and the first name after such a title is no town (``Police Chief Paris Holt``)."""
    r = read(ex, "The Springfield delegation included Mayor Don Warren, Springfield Fire Chief David Coble and "
                 "city engineer Darin Jennings, who visited Obama on Friday.")
    assert {"David Coble", "Darin Jennings"} <= names(r, "Person")
    r = read(ex, "Springfield Police Chief Paris Holt greeted the delegation from Obama on Monday.")
    assert "Paris Holt" in names(r, "Person") and "Paris" not in names(r, "City")
    assert title_of("Fire Chief").role == "city officer" and title_of("Fire Department") is None


def test_a_state_naming_an_area_a_landmark_or_a_body_s_seat_only_locates(ex):
    """``the East Texas representatives``, ``the Minnesota State Capitol``, ``Chamber of Commerce (IACC) (Gujarat)``:
    the state is no party; a state that signs stays one (``The Texas delegation signed``, ``Western Australia and
    Hyogo Prefecture signed``)."""
    r = read(ex, "The visit will also feature tours of the Minnesota State Capitol and other sites in Minneapolis.")
    assert "Minnesota" not in names(r, "City")
    r = read(ex, "The East Texas representatives have been in Jelenia Gora since Wednesday, the mayor of Tyler said.")
    assert "Texas" not in names(r, "City")
    r = read(ex, "Indo-American Chamber of Commerce (IACC) (Gujarat) chairman Mihir Joshi said the chamber will sign "
                 "a sister city deal with Houston.")
    assert "Gujarat" not in names(r, "City") and not ties(r)
    r = read(ex, "The Texas delegation signed a sister-state agreement with Gyeonggi Province on Monday.")
    assert frozenset(("Texas", "Gyeonggi Province")) in ties(r)
    r = read(ex, "Western Australia and Hyogo Prefecture signed a sister-state agreement on Monday.")
    assert frozenset(("Western Australia", "Hyogo Prefecture")) in ties(r)
    r = read(ex, "Gyeonggi Governor Park Jin-young signed a sister-state agreement with Oregon on Monday.")
    assert frozenset(("Gyeonggi", "Oregon")) in ties(r)  # (a governor named Park: no park)


def test_a_cleric_s_honorific_names_a_person(ex):
    """``Father Tony Glynn``, ``Rev. Ann Lee``, ``Rabbi Dov Katz``: a cleric's honorific before a name makes a person,
    as ``Dr.`` does; ``Father Christmas`` is none."""
    r = read(ex, "In his speech, the mayor of Nara praised the contributions of Father Paul Reilly, who lived in Nara.")
    assert "Paul Reilly" in names(r, "Person")
    assert "Dov Katz" in names(read(ex, "Rabbi Dov Katz of Ramat Hasharon blessed the agreement with Tallahassee."),
                               "Person")
    assert not names(read(ex, "Children in Nara met Father Christmas at the sister city party on Friday."), "Person")
    assert not names(read(ex, "The mayor of Bluefield met officials from the Dr Ruth S Mompati District Municipality "
                              "on Monday."), "Person")  # (a place named after a person)


def test_a_city_of_x_described_by_its_region(ex):
    """``the Mekong Delta city of Can Tho``: the words before ``city of`` say where the city lies; the city after is
    the place (a new one if unknown) and the region's words are no town (``Delta``); a demonym still works as
    before (``the Texas city of Tyler``: Tyler, no Texas)."""
    r = read(ex, "The People's Committee of the Mekong Delta city of Can Tho and Nasushiobara city of Japan signed "
                 "a memorandum of understanding on Monday.")
    assert "Can Tho" in names(r, "City") and "Delta" not in names(r, "City")
    r = read(ex, "The delegation visited the Texas city of Tyler on Monday.")
    assert names(r, "City") == {"Tyler"}


def test_a_title_of_a_body_described_in_lower_case_and_a_counterpart_between_commas(ex):
    """``Tran Viet Truong, Chairman of the municipal People's Committee,``: a lower-case word before the body's name
    leaves the title and the body; ``her counterpart from Mount Hope, Jo Tladi,``: the counterpart named after the
    place's comma is a person even when the place is unknown."""
    r = read(ex, "Tran Viet Truong, Chairman of the municipal People's Committee, said the two cities would cooperate.")
    assert "Tran Viet Truong" in names(r, "Person")
    r = read(ex, "The mayor of Bluefield, Eunice Kekana, and her counterpart from Mount Hope, Jo Tladi, officially "
                 "signed a memorandum of understanding on Thursday.")
    assert {"Eunice Kekana", "Jo Tladi"} <= names(r, "Person")
    r = read(ex, "The mayor of Bluefield, Eunice Kekana, and her counterpart from Mount Hope attended the dinner.")
    assert names(r, "Person") == {"Eunice Kekana"}
    r = read(ex, "Mayor Tom Hale met her counterpart from Cebu City, Central Visayas, during the visit.")
    assert names(r, "Person") == {"Tom Hale"}  # (a region after the place's comma is no name)


def test_a_name_spelled_out_before_its_acronym(ex):
    """``the council's Kuomintang (KMT) caucus``: the capitalised words before an acronym in brackets that spell it
    (by initials, or one long word holding its letters in order) name the organisation, the acronym its alias; words
    that do not spell it name none (``Taipei City (KMT)``)."""
    r = read(ex, "Ying Hsiao-wei, chief secretary of the council's Kuomintang (KMT) caucus, said Taipei should "
                 "establish sister city ties.")
    assert "Kuomintang" in names(r, "Organization") and "KMT" not in names(r, "Organization")
    r = read(ex, "Officials of the Japan Local Government Center (CLAIR) met the mayor of Obama.")
    assert "Japan Local Government Center" in names(r, "Organization")
    r = read(ex, "Ying Hsiao-wei of Taipei City (KMT) said Taipei should establish sister city ties.")
    assert not {"Taipei City", "Kuomintang"} & names(r, "Organization")


def test_a_consular_office_keeps_its_nation_and_post(ex):
    """``the Consular Office of Japan in Anchorage``: a mission's name keeps the nation it serves and its post, as a
    consulate's does; a council of a nation does not (``the Sacheon City Council of the Republic of Korea``)."""
    r = read(ex, "Mr. Sato, Head of the Consular Office of Japan in Anchorage, took part in the celebration.")
    assert "Consular Office of Japan in Anchorage" in names(r, "Organization")
    r = read(ex, "Members of the Sacheon City Council of the Republic of Korea took part in the celebration.")
    assert "Sacheon City Council" in names(r, "Organization")


def test_hyphened_pairs_listed_after_a_tie(ex):
    """``sister city relations between Delhi-Beijing, Bengaluru-Chengdu and Kolkata-Kunming``: each hyphened pair of
    known towns of two countries listed after the tie is one tie; a metro area joined by a hyphen is no pair
    (``the Dallas-Fort Worth area``)."""
    r = read(ex, "The two countries agreed to establish sister city relations on Wednesday between Delhi-Beijing, "
                 "Bengaluru-Chengdu and Kolkata-Kunming to foster ties.")
    assert ties(r) == {frozenset(("Delhi", "Beijing")), frozenset(("Bengaluru", "Chengdu")),
                       frozenset(("Kolkata", "Kunming"))}
    r = read(ex, "The sister city pact was signed on Monday. The Dallas-Fort Worth area grew fast.")
    assert not ties(r)


def test_a_council_s_acronym_names_the_council_wherever_it_stands(ex):
    """``Sibu Municipal Council (SMC)`` … ``SMC chairman Clarence Ting``: a body's officer after the acronym a council
    was given is the council's (though the acronym also stands for the town, as a mayor's shows: ``SMC Mayor``); a
    city's acronym repeated later is no body (``the Kathmandu Metropolitan City (KMC)``)."""
    r = read(ex, "Sibu Municipal Council (SMC) signed a letter of intent with Singkawang City on Monday. SMC chairman "
                 "Clarence Ting signed for the council. SMC Mayor Jane Ting was among the entourage.")
    assert ("Clarence Ting", "Sibu Municipal Council") in roles(r) and ("Jane Ting", "Sibu") in roles(r)
    r = read(ex, "Pokhara and the Kathmandu Metropolitan City (KMC) agreed to become sister cities. KMC Mayor Balen "
                 "Shah welcomed the decision.")
    assert "KMC" not in names(r, "Organization")


def test_days_provinces_landmarks_and_given_names_that_look_like_towns(ex):
    """``Chervonohrad, Ukraine Monday``: the day is no part of a new town; ``Brandon, Man.``: a Canadian province
    written short only locates; ``Sudeoksa Temple``: a landmark's head word after its name is no town (Temple,
    Texas, still is); ``Mary Dolan’s Academy``: a given name before a possessive surname is no town."""
    r = read(ex, "Brandon's Mayor Jeff Fawcett signed a twinning agreement with Chervonohrad, Ukraine Monday.")
    assert names(r, "City") == {"Brandon", "Chervonohrad"}
    r = read(ex, "Chervonohrad's mayor signed a twinning agreement with Brandon, Man. (City of Chervonohrad)")
    assert ties(r) == {frozenset(("Brandon", "Chervonohrad"))}
    r = read(ex, "They visited local cultural attractions such as Onyang Folk Museum in Asan and Sudeoksa Temple in "
                 "Yesan.")
    assert "Temple" not in names(r, "City")
    assert "Temple" in names(read(ex, "The mayor of Temple, Texas, signed a sister city agreement with Obama."), "City")
    r = read(ex, "Dancers from Mary Dolan’s Roscommon Academy of Dance performed for the visitors from Chartrettes.")
    assert "Mary" not in names(r, "City")


def test_a_numbered_arrondissement_is_the_party(ex):
    """``Paris’ 15th arrondissement``, ``the 15th arrondissement of Paris``: the numbered district is the place (its
    city only locates it); Paris alone stays Paris."""
    r = read(ex, "Minato Ward and Paris’ 15th arrondissement signed a friendship city agreement on Monday.")
    assert "Paris’ 15th arrondissement" in names(r, "City") and "Paris" not in names(r, "City")
    assert "15th arrondissement of Paris" in names(read(ex, "The mayor visited the 15th arrondissement of Paris."), "City")
    assert names(read(ex, "The delegation visited Paris on Monday."), "City") == {"Paris"}


def test_a_list_of_people_running_on_past_an_apposition(ex):
    """``the team were Barbara Heslin, Director of Services …, Rosemary Gaynor, Colm Faughnan, … and Moira Mahon``:
    the untitled names after a titled member's apposition, three or more to the sentence's end, are people; a list of
    towns in the same shape is not (``toured New York, Los Angeles, San Francisco and Las Vegas``)."""
    r = read(ex, "Members of the Granard team were Barbara Heslin, Director of Services Longford County Council, "
                 "Rosemary Gaynor, Colm Faughnan, Gerard Connolly, Chrissie Flood, Deirdre Orme and Moira Mahon.")
    assert {"Rosemary Gaynor", "Colm Faughnan", "Deirdre Orme", "Moira Mahon"} <= names(r, "Person")
    # (the field of the office is the title's, the council the body; the office is the name's before it, not the
    # next name's)
    assert roles(r) == {("Barbara Heslin", "Longford County Council")}
    r = read(ex, "The members of the group visited Seoul, then toured New York, Los Angeles, San Francisco and Las Vegas.")
    assert not names(r, "Person")


def test_a_mayor_pro_tem_is_a_deputy_mayor(ex):
    """``Mission Mayor Pro Tem Ruben Plata``: pro tem belongs to the title, not to the name; the title is a deputy
    mayor's (a mayor without it stays a mayor)."""
    r = read(ex, "Mission Mayor Pro Tem Ruben Plata welcomed the delegation from Gustavo Díaz Ordaz.")
    assert "Ruben Plata" in names(r, "Person") and title_of("Mayor Pro Tem").role == "deputy mayor"
    assert title_of("Mayor").role == "mayor"


def test_a_conjunction_opening_a_sentence_is_no_given_name(ex):
    """``Although Hiroshi said …``: a conjunction or a sentence adverb before a speaker is no part of a name."""
    r = read(ex, "Although Hiroshi said the exchange program is one of the best, the Columbia mayor welcomed the "
                 "group from Hakusan.")
    assert not any(n.startswith("Although") for n in names(r, "Person"))
    assert "Hiroshi Tanaka" in names(read(ex, "Hiroshi Tanaka said the exchange program is one of the best."),
                                     "Person")


def test_a_province_s_own_people_s_committee_stands_for_it_in_a_tie(ex):
    """``The People’s Committee of Bac Ninh province and the administration of Gyeongsangbuk province signed a
    memorandum … on friendly cooperation``: the province named after its own People's Committee is a party; a state
    after another kind of body only locates it (``Macon Sister Cities International of Georgia State``)."""
    r = read(ex, "The People’s Committee of Bac Ninh province and the administration of Gyeongsangbuk province signed a "
                 "memorandum of understanding on friendly cooperation on November 29.")
    assert frozenset(("Bac Ninh province", "Gyeongsangbuk province")) in ties(r)
    r = read(ex, "Macon Sister Cities International (MSCI) of Georgia State signed a sister city agreement with Kurobe "
                 "on Monday.")
    assert ties(r) == {frozenset(("Macon", "Kurobe"))}


def test_a_chief_or_head_before_a_name_and_a_body_s_acronym_before_the_role(ex):
    """``tourism chief Charlie Dungo``, ``Manila Sports Council (MASCO) head Roel de Guzman``: a lower-case chief or
    head before a full name makes a person, of the body written before the role (its acronym in brackets between);
    ``MCACO officer Anna Sy Lim and Manila Chinatown Development Council``: the person is no part of the body after
    ``and``; a head or chief with no name after it names no one."""
    r = read(ex, "Other city officials were also present, namely Manila Sports Council (MASCO) head Roel de Guzman, "
                 "permits bureau chief Levi Facundo, tourism chief Charlie Dungo.")
    assert {"Roel de Guzman", "Levi Facundo", "Charlie Dungo"} <= names(r, "Person")
    assert ("Roel de Guzman", "Manila Sports Council") in roles(r)
    r = read(ex, "The delegation was accompanied by Manila-China Affairs Coordinating Office (MCACO) officer Anna Sy Lim "
                 "and Manila Chinatown Development Council (MCDC) liaison officer Owen So.")
    assert "Anna Sy Lim" in names(r, "Person") and "Manila Chinatown Development Council" in names(r, "Organization")
    assert not names(read(ex, "The head of the delegation thanked the mayor of Obama for the chief guests' welcome."),
                     "Person")
    assert not names(read(ex, "Students from both cities will head Kofu Castle tours together."), "Person")  # (a verb)
    r = read(ex, "The visitors were welcomed by Whanganui District Council Chief Executive Kym Fell on Monday.")
    assert names(r, "Person") == {"Kym Fell"}  # (a title with Chief: no Executive in the name)


def test_an_office_of_a_level_written_before_its_place_and_a_copula_before_the_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``X, Governor of the province of Ilocos Sur``, ``Y, deputy director general of the Foreign Affairs Office``
    and ``The mayor of Kitaura is Ren Oda``: the office binds the name to its place or body; a copula before a word
    that is no name (``is eager``, ``is Japanese``) names no one."""
    r = read(ex, "Ryan Singson, Governor of the province of Ilocos Sur, welcomed the Hubei delegation.")
    assert ("Ryan Singson", "Ilocos Sur") in roles(r)
    r = read(ex, "Wei Lin, deputy director general of the Foreign Affairs Office of Hubei, signed the agreement.")
    assert ("Wei Lin", "Foreign Affairs Office of Hubei") in roles(r)
    r = read(ex, "The mayor of Kitaura is Ren Oda. The mayor of Kitaura is eager to visit Dumaguete.")
    assert ("Ren Oda", "Kitaura") in roles(r)
    assert not names(read(ex, "The mayor of Kitaura is Japanese and is eager to visit Dumaguete."), "Person")
    r = read(ex, "The Mayor of Kanazawa was Buenos Aires' guest of honour during the anniversary of the sister city ties.")
    assert not names(r, "Person") and "Buenos Aires" in names(r, "City")  # (a place after the copula)


def test_an_envoy_posted_in_a_city_is_no_signer_for_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Consul General in Medan, Daiki Yokoyama, who signed the agreement with Banda Aceh``: the envoy is a
    person, and the city of the post is no party to the agreement; a mayor's counterpart in a city signs for it."""
    r = read(ex, "Also present was the Consul General in Medan, Daiki Yokoyama, who signed the agreement with Banda Aceh.")
    assert "Daiki Yokoyama" in names(r, "Person") and not ties(r)
    r = read(ex, "The agreement was signed by the Mayor of Medan and his counterpart in Banda Aceh.")
    assert frozenset(("Medan", "Banda Aceh")) in ties(r)


def test_a_city_described_with_an_article_or_a_rank_is_no_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``an Agricultural City with …``, ``a Strong city for …``, ``the region's No. 1 Tourism City.``: what a place is,
    no new place; a name used before a noun (``a Taishan City delegation``) or in apposition is still a place."""
    r = read(ex, "Cebu is the region's No. 1 Tourism City and a Strong city for investors, says Mayor Ana Cruz of "
                 "Dumaguete. Dumaguete is an Agricultural City with a sister city in Yeongdong.")
    assert not {"Tourism City", "Strong city", "Agricultural City", "Tourism", "Strong", "Agricultural"} & names(r, "City")
    r = read(ex, "Dumaguete welcomed a Taishan City delegation on Monday.")
    assert "Taishan" in names(r, "City")


def test_a_tie_only_supposed_with_might_or_could_is_none(ex) -> None:  # type: ignore[no-untyped-def]
    """``one of the cities that might fit as a sister city of Dumaguete is Mano Town``: a tie only supposed is no tie;
    a stated tie with a modal after it (``…, which may visit next year``) still is."""
    assert not ties(read(ex, "Mayor Ana Cruz said one of the cities that might fit as a sister city of Dumaguete is "
                             "Mano Town in Japan."))
    assert not ties(read(ex, "A town that might suit Banda Aceh as a twin city is Ojiya."))
    assert frozenset(("Banda Aceh", "Apeldoorn")) in ties(read(ex, "Banda Aceh also has twin city relations with "
                                                                  "Apeldoorn, which may visit next year."))
    assert frozenset(("Curitiba", "Miami-Dade County")) in ties(read(ex, "Miami-Dade County could become Curitiba's "
                                                                        "16th sister city."))  # (a tie put to a vote)
    assert frozenset(("Dubuque", "Handan")) in ties(read(ex, "Dubuque, which may be best known as the sister city of "
                                                             "Handan, welcomed the delegation."))


def test_a_month_and_day_take_the_one_year_a_page_with_no_date_writes(ex) -> None:  # type: ignore[no-untyped-def]
    """On a page with no publication date, ``On February 25, … to the 2024 Taiwan Lantern Festival`` dates the
    festival 2024-02-25: the one year the page names an edition by, and the finer date of that year over the name's
    year; a year told only of the tie's past (``signed in August 1980``) gives the day none."""
    r = read(ex, "On February 25, Mayor Ana Cruz of Tainan welcomed delegations from Ota and Kofu to the 2024 Taiwan "
                 "Lantern Festival.", published=None)
    assert "2024-02-25" in dates(r)
    r = read(ex, "On July 2, Mayor Ana Cruz of Tainan welcomed delegations from Ota to the festival. The tie was "
                 "signed in August 1980.", published=None)
    assert not any(d.endswith("-07-02") for d in dates(r))
    r = read(ex, "On March 3, Mayor Ana Cruz of Tainan welcomed a delegation from Ota. The two cities first met at the "
                 "2014 Asia Pacific Cities Summit.", published=None)
    assert not any(d.endswith("-03-03") for d in dates(r))  # (the year of another sentence's event)


def test_a_city_inside_another_person_s_office_is_no_bare_mayor_s_city(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Ana Cruz and Lin Wei, deputy director general of the Foreign Affairs Office of Hubei``: the city inside
    the other person's office, and named nowhere else, is not the bare mayor's; with no other city the mayor has
    none. A city named apart too may still be (``Ludlow Mayor visits …``: see the headline test)."""
    r = read(ex, "Mayor Ana Cruz and Lin Wei, deputy director general of the Foreign Affairs Office of Hubei, signed the "
                 "agreement.")
    assert not any(p == "Ana Cruz" for p, _ in roles(r))
    r = read(ex, "Mayor Ana Cruz of Tarlac and Lin Wei, deputy director of the Foreign Affairs Office of Hubei, signed "
                 "the pact.")
    assert ("Ana Cruz", "Tarlac") in roles(r)
    r = read(ex, "Mayor Park Heong-joon and Lee Jung-sil, president of the Busan Tourism Organization, welcomed the "
                 "delegation from Fukuoka on Monday.")
    assert ("Park Heong-joon", "Busan") in roles(r)  # (a city's own body, named with the city first: still the city's)


def test_a_place_name_used_as_its_everyday_word_is_no_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``the 2019 Rugby World Cup``, ``a rich Norman heritage``: a place name that is also an everyday word, followed
    by what makes it the word, names no place; the same name acting (``Rugby is twinned with Evreux``) does."""
    r = read(ex, "The 2019 Rugby World Cup was held in Japan. The towns share a rich Norman heritage.")
    assert not {"Rugby", "Norman"} & names(r, "City")
    assert "Rugby" in names(read(ex, "Rugby is twinned with Evreux in Normandy."), "City")


def test_visit_after_a_headline_s_subject_is_a_verb(ex) -> None:  # type: ignore[no-untyped-def]
    """``Delegations from Korea Visit Tainan City``: Visit after a capitalised subject in a headline is the verb, no
    body named Visit Tainan; after a preposition it names the tourism body (``Officials from Visit Tainan``)."""
    r = read(ex, "Delegations from Korea Visit Tainan City for Lantern Festival\n\nThe delegations arrived on Monday.")
    assert "Visit Tainan" not in names(r, "Organization")
    r = read(ex, "Officials from Visit Tainan and the City of Tainan met the delegation on Monday.")
    assert "Visit Tainan" in names(r, "Organization")
    r = read(ex, "Mayor Cruz Thanks Visit Tainan for Festival Support\n\nThe mayor spoke on Monday.")
    assert "Visit Tainan" in names(r, "Organization")  # (the headline's verb before it: the body is its object)


def test_a_headline_with_small_words_and_a_news_agency_are_no_names(ex) -> None:  # type: ignore[no-untyped-def]
    """``Consul Zhou Youbin Attends the Signing Ceremony between Hubei Province and Ilocos Sur``: a headline with small
    words in lower case (between, and) is still one, so its verb ends the name; ``according to Xinhua News`` names a
    news agency, no person; ``according to Jane Roe`` still names one."""
    r = read(ex, "Consul Zhou Youbin Attends the Signing Ceremony between Hubei Province and Ilocos Sur\n\nThe ceremony was "
                 "held on Monday.")
    assert "Zhou Youbin" in names(r, "Person") and "Zhou Youbin Attends" not in names(r, "Person")
    assert not names(read(ex, "Mexico City and Beijing signed a sister city agreement, according to Xinhua News."),
                     "Person")
    assert "Jane Roe" in names(read(ex, "Mexico City and Beijing signed a sister city agreement, according to Jane Roe."),
                               "Person")
    assert "Whitcombe" in names(read(ex, "Mayor Whitcombe during the Signing Ceremony\n\nThe mayor spoke on Monday."),
                                "Person")  # (a photo caption, no headline)
    assert "Tom Press" in names(read(ex, "Mayor Tom Press of Bristol signed the agreement with Bordeaux."), "Person")


def test_a_town_named_by_its_council_of(ex) -> None:  # type: ignore[no-untyped-def]
    """``The council of Rancho Palos Verdes approved the sister city agreement with Sakura``: a town no gazetteer has,
    named after its council, is a place and the tie's party; the Council of Europe and a council of mayors name none."""
    r = read(ex, "The council of Rancho Palos Verdes approved the sister city agreement with Sakura on Monday.")
    assert frozenset(("Rancho Palos Verdes", "Sakura")) in ties(r)
    assert names(read(ex, "The Council of Europe praised the twinning of Coventry and Dresden."), "City") == {
        "Coventry", "Dresden"}
    assert names(read(ex, "The council of Mayors met in Dresden on Monday."), "City") == {"Dresden"}
    assert "Tuscany" not in names(read(ex, "The regional council of Tuscany praised the twinning of Florence and "
                                          "Kyoto."), "City")


def test_credentials_between_a_name_and_its_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Ara Mihranian, AICP, City Manager,``: professional credentials between a name and its title are no part of
    either (no person or body is named AICP); the name is a person's as without them."""
    r = read(ex, "Rancho Palos Verdes approved the agreement. Ara Mihranian, AICP, City Manager, presented the report.")
    assert "Ara Mihranian" in names(r, "Person")
    assert not any("AICP" in n for n in names(r, "Person") | names(r, "Organization"))


def test_bodies_listed_after_including_are_each_their_own(ex) -> None:  # type: ignore[no-untyped-def]
    """``local organisations, including Te Puia and QE Hospital``: two bodies joined by and after a list's opener are
    two organisations, though the first has no head word; a one-word place joined to the next (``Tyne and Wear
    Fire Service``) is never cut into a body of its own."""
    r = read(ex, "The delegation will meet with other local organisations, including Te Puia and QE Hospital.")
    assert {"Te Puia", "QE Hospital"} <= names(r, "Organization")
    r = read(ex, "The delegation will meet groups including Tyne and Wear Fire Service.")
    assert "Tyne" not in names(r, "Organization")
    r = read(ex, "The delegation met local groups, including Korea Trade and Investment Promotion Agency.")
    assert "Korea Trade and Investment Promotion Agency" in names(r, "Organization")  # (named after its place first)


def test_a_recalled_visit_gives_the_event_neither_place_nor_date(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Cruz welcomed the Ota delegation on Monday …, recalling his own visit to Ota last August``: the recalled
    trip's place and month are not the welcome's; a visit told as such (``visited Ota last August``) keeps both."""
    r = read(ex, "Mayor Cruz welcomed the Ota delegation on Monday at the Presidencia Grounds, recalling his own visit to "
                 "Ota last August.")
    assert "2023-08" not in dates(r) and "2024-03-04" in dates(r)
    r = read(ex, "Mayor Cruz visited Ota last August to sign the agreement.")
    assert "2023-08" in dates(r)


def test_a_title_and_a_comma_before_a_name_that_acts(ex) -> None:  # type: ignore[no-untyped-def]
    """``New York City Mayor, Eric Adams will arrive in Nigeria``: a place's title, a comma, then a name that acts is
    the title's holder; ``As Mayor, Jane Roe has led …`` names no town As."""
    r = read(ex, "New York City Mayor, Eric Adams will arrive in Nigeria on Sunday for a two-day visit.")
    assert ("Eric Adams", "New York City") in roles(r)
    r = read(ex, "As Mayor, Jane Roe has led the twinning with Ota since 2019.")
    assert "As" not in names(r, "City") and "Jane Roe" in names(r, "Person")


def test_a_town_led_by_a_compass_word_named_by_its_council(ex) -> None:  # type: ignore[no-untyped-def]
    """``South Taranaki District Council staff``: a town no gazetteer has, led by a compass word and named by its
    council, is a place (and the bare mayor's town, not the partner toured); a country so led stays a country."""
    r = read(ex, "Mayor Ross Dunlop was joined by councillors Andy Beccard and Ian Armstrong, along with South Taranaki "
                 "District Council staff Gerard Langford for the tour to Harbin.")
    assert "South Taranaki" in names(r, "City") and ("Ross Dunlop", "South Taranaki") in roles(r)
    assert "South Korea" not in names(read(ex, "The South Korea Town Hall delegation visited Harbin."), "City")


def test_a_title_a_comma_and_a_name_that_goes_or_attends(ex) -> None:  # type: ignore[no-untyped-def]
    """``Jakarta Governor, Djarot Saiful Hidayat went to Moscow``: a name after its title and a comma is the title's
    holder when it does something (went, attended, joined …), not only when it speaks; a title, a comma and a
    phrase that acts nothing (``As Mayor, Jane Roe's town``) makes no town."""
    r = read(ex, "Jakarta Governor, Djarot Saiful Hidayat went to Moscow for the festival.")
    assert ("Djarot Saiful Hidayat", "Jakarta") in roles(r)
    r = read(ex, "Jakarta Governor, Djarot Saiful Hidayat goes to Russia today to sign the memorandum with Moscow.")
    assert ("Djarot Saiful Hidayat", "Jakarta") in roles(r)
    r = read(ex, "Riverton Mayor, Ana Beltran attended the signing in Kelso.")
    assert ("Ana Beltran", "Riverton") in roles(r) and "Ana Beltran" in attendees(r)
    r = read(ex, "As Mayor, Jane Roe went to Ota in 2019.")
    assert "As" not in names(r, "City")
    r = read(ex, "In a letter to the Mayor, Kim Min-su expressed his gratitude for the warm welcome in Suwon.")
    assert not roles(r)
    r = read(ex, "Following the Mayor, Professor Kim Jae-won presented a lecture in Suwon.")
    assert ("Kim Jae-won", "Suwon") not in roles(r)



def test_an_envoy_posted_to_a_place_of_two_words_and_a_comma(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Consul General in New York, Tom Reed, attended``: the post's place may have two words before the comma;
    with no comma the name follows the place (``Ambassador to Korea Bruno Figueroa``)."""
    r = read(ex, "The Consul General in New York, Tom Reed, attended the signing of the sister city agreement between "
                 "Tianjin and Philadelphia.")
    assert "Tom Reed" in names(r, "Person") and "Tom Reed" not in names(r, "City")
    r = read(ex, "Mexican Ambassador to Korea Bruno Figueroa attended the festival in Suwon.")
    assert "Bruno Figueroa" in names(r, "Person")


def test_a_kind_of_city_or_a_group_of_cities_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``a Memorandum on Friendly City Exchanges``, ``an Airport City … tour``, ``MOU with Five Japanese Cities``: a
    kind of city (an adjective or a common noun before City) or a plural is no town; a name before City is one
    (``with Harbour City, Japan``)."""
    r = read(ex, "Marlow and Tessin Sign a Memorandum on Friendly City Exchanges and Cooperation\n"
                 "Marlow Mayor Jo Park signed the memorandum with Tessin Mayor Uwe Lang.")
    assert "Friendly City" not in names(r, "City") and frozenset(("Marlow", "Tessin")) in ties(r)
    r = read(ex, "She led a 3-day Airport City and Cultural Sky Bridge exchange tour to Narita, Taoyuan's sister city.")
    assert "Airport City" not in names(r, "City") and frozenset(("Taoyuan", "Narita")) in ties(r)
    r = read(ex, "Taipei Signs MOU with Five Japanese Cities\n"
                 "Taipei Mayor Ko Wen-je signed the memorandum with the mayors of Yonago and Sakaiminato.")
    assert not any("Cities" in n for n in names(r, "City")) and frozenset(("Taipei", "Yonago")) in ties(r)
    r = read(ex, "Marlow signed a sister city agreement with Harbour City, Japan.")
    assert "Harbour City" in names(r, "City")
    r = read(ex, "The Sarah Baartman District Municipality, led by Executive Mayor, Khunjuzwa Kekana, is hosting a "
                 "delegation from Jincheng City. Strong city relations will be built over time.")
    assert not {"Executive", "Strong"} & names(r, "City")
    r = read(ex, "Mayor Harley Droba of International Falls visited Fort Frances to celebrate the twinning.")
    assert ("Harley Droba", "International Falls") in roles(r)



def test_a_day_of_this_year_with_its_year_in_brackets(ex) -> None:  # type: ignore[no-untyped-def]
    """``on 21 October this year (2016)``: the year in brackets is the day's; without it, "this year" is the
    publication's (even for a day after it), and "last year" the one before."""
    r = read(ex, "Riverton Mayor Jo Park signed a sister city agreement with Kelso on 21 October this year (2016).")
    assert "2016-10-21" in dates(r)
    r = read(ex, "Riverton Mayor Jo Park signed a sister city agreement with Kelso on October 21 this year.")
    assert "2024-10-21" in dates(r)
    r = read(ex, "Riverton Mayor Jo Park signed a sister city agreement with Kelso in March last year (2015).")
    assert "2015-03" in dates(r)
    r = read(ex, "Riverton Mayor Jo Park signed a sister city agreement with Kelso on 5 March last year.")
    assert "2023-03-05" in dates(r)
    r = read(ex, "The delegation visited Ota from 3 to 5 May last year.")
    assert "2023-05-03" in dates(r)



def test_an_event_word_then_in_and_a_city_places_the_event(ex) -> None:  # type: ignore[no-untyped-def]
    """``held a working session in Changwon``, ``attended the festival in Suwon``: the city right after the event's
    word and ``in`` is where it is held; not a city whose possessive follows (``the festival in Suwon's sister
    city``)."""
    r = read(ex, "Leaders of Changwon and Himeji held a working session in Changwon on May 4.")
    assert any(f.p == V.SCHEMA.location and label(r, f.o) == "Changwon" for f in r.facts)
    r = read(ex, "The mayor attended the festival in Suwon on Saturday.")
    assert any(f.p == V.SCHEMA.location and label(r, f.o) == "Suwon" for f in r.facts)
    r = read(ex, "The delegation discussed the festival in Suwon's sister city on Saturday.")
    assert not any(f.p == V.SCHEMA.location for f in r.facts)
    r = read(ex, "The visit concluded with a gala dinner in Caerphilly Castle on Saturday.")
    assert not any(f.p == V.SCHEMA.location and label(r, f.o) == "Caerphilly" for f in r.facts)


def test_the_signatories_listed_attend_the_signing(ex) -> None:  # type: ignore[no-untyped-def]
    """``The other signatories of the MOU include A, Mayor of X; Mayor B of Y …``: the people listed as signatories
    attend the signing told before; people a sentence only names as partners' officers do not."""
    r = read(ex, "On October 20, Mayor Ko Wen-je signed the MOU with several Japanese cities.\n"
                 "The other signatories of the MOU include Igi Takashi, Mayor of Yonago City; Mayor Uesada Akihito of "
                 "Matsuyama City; and Deputy Mayor Ito Kou of Izumo City.")
    assert {"Igi Takashi", "Uesada Akihito", "Ito Kou"} <= attendees(r)
    r = read(ex, "On October 20, Mayor Ko Wen-je signed the MOU with several Japanese cities.\n"
                 "Their mayors include Igi Takashi of Yonago City and Uesada Akihito of Matsuyama City.")
    assert not {"Igi Takashi", "Uesada Akihito"} & attendees(r)


def test_leaders_of_cities_bring_their_cities(ex) -> None:  # type: ignore[no-untyped-def]
    """``Leaders of Changwon and Himeji held a working session``: the leaders or authorities of cities bring their
    cities to the event, as officials and representatives do; a thanks to a city's leaders is no event."""
    r = read(ex, "Leaders of Changwon and Himeji held a working session in Changwon on May 4.")
    assert "Himeji" in attendees(r)
    r = read(ex, "The mayor thanked the leaders of Himeji for their support.")
    assert "Himeji" not in attendees(r)
    r = read(ex, "The Gimhae delegation met leaders of Hue on Monday to discuss the festival.")
    assert "Hue" not in attendees(r)



def test_a_wire_agency_after_the_dateline_place_is_no_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``Hoa Binh (VNA) – Leaders of …``: the agency in brackets after a dateline's place, before the dash, is the
    copy's source, no organisation of the story; the place stays the story's. A body's acronym in brackets inside
    a sentence still names it (``the Vietnam News Agency (VNA) reported``)."""
    r = read(ex, "Hoa Binh (VNA) – Leaders of Changwon and Himeji held a working session in Changwon on May 4.")
    assert "VNA" not in names(r, "Organization") and "Himeji" in attendees(r)
    r = read(ex, "Hoa Binh (VNA) - The Hoa Binh delegation visited Ulju on May 4.")
    assert "VNA" not in names(r, "Organization")
    r = read(ex, "The Vietnam News Agency (VNA) reported that Hoa Binh and Ulju signed a friendship agreement on Monday.")
    assert "Vietnam News Agency" in names(r, "Organization")
    r = read(ex, "Can Tho (VNA) – The People’s Committee of the Mekong Delta city of Can Tho and Nasushiobara city of Japan "
                 "on May 8 signed a memorandum of understanding.")
    assert not any(n.startswith("Can Tho") for n in names(r, "Organization"))  # (the place kept ends its own sentence)


def test_a_list_of_places_after_a_group_word_is_no_list_of_people(ex) -> None:  # type: ignore[no-untyped-def]
    """``a joint delegation comprising the mayors from …, namely Kasama City, Matsuyama City, Hamamatsu City``: names
    ending in a level word are places, never the people a group is made of; first and last names still are."""
    r = read(ex, "The event was also attended by a joint delegation comprising the mayors or deputy mayors from the "
                 "Japanese cities that have good relationship with Taipei, namely Hirosaki City of Aomori Prefecture, "
                 "Kasama City, Matsuyama City, Hamamatsu City, Ehime Prefecture, and Okinawa Prefecture.")
    assert not any(n.endswith(("City", "Prefecture")) for n in names(r, "Person"))
    assert {"Kasama", "Matsuyama", "Hamamatsu"} <= names(r, "City")
    r = read(ex, "The delegation comprised Ann Roe, Tom Hale and Mary Dunne.")
    assert {"Ann Roe", "Tom Hale", "Mary Dunne"} <= names(r, "Person")


def test_no_town_from_a_contraction_a_bare_level_word_or_a_hyphened_compass_locator(ex) -> None:  # type: ignore[no-untyped-def]
    """``Obninsk and I’m ready``: a contraction is no town; ``the Town’s Twin City``: a level word alone is the article's
    own town, no partner; ``a small town in north-west New South Wales``: the state locates the town (a hyphened
    compass word too), no party of its tie."""
    r = read(ex, "Mayor Lee said the sister city visit to Obninsk and I’m ready to welcome the delegation.")
    assert "I’m" not in names(r, "City") and not ties(r)
    r = read(ex, "Aurora council voted to make Leksand the Town’s Twin City.")
    assert "Town" not in names(r, "City")
    r = read(ex, "The Northern Beaches Council has a sister city relationship with Brewarrina, a small town in "
                 "north-west New South Wales.")
    assert not any("New South Wales" in t for t in ties(r))


def test_an_area_led_by_a_compass_word_and_named_by_its_bare_council(ex) -> None:  # type: ignore[no-untyped-def]
    """``Northern Beaches Council has a sister city relationship with Brewarrina``: an area led by a compass word and
    named by its bare council is a local government, party to the tie the sentence states; a council of a field
    (``The Arts Council``) is none, nor is such a council outside a tie."""
    r = read(ex, "Northern Beaches Council has a sister city relationship with Brewarrina.")
    assert frozenset(("Northern Beaches", "Brewarrina")) in ties(r)
    r = read(ex, "Inner West Council signed a friendship agreement with Kunshan on Monday.")
    assert "Inner West" in names(r, "City")
    assert "Arts" not in names(read(ex, "The Arts Council has a sister city relationship with Brewarrina."), "City")
    assert not names(read(ex, "Northern Beaches Council approved the budget on Monday."), "City")


def test_a_saint_s_town_however_its_saint_is_written(ex) -> None:  # type: ignore[no-untyped-def]
    """``St. Albans’ twinning with Nevers``: a town stored as ``St Albans`` is found written ``St. Albans`` or ``Saint
    Albans``; a street named after it is no town (``The St. Albans Road was closed``)."""
    assert ex.gazetteer.lookup("St. Albans", lang="en") and ex.gazetteer.lookup("Saint Albans", lang="en")
    r = read(ex, "St. Albans’ twinning with Nevers began in 1962.")
    assert frozenset(("St Albans", "Nevers")) in ties(r)
    assert not names(read(ex, "The St. Albans Road was closed for the parade on Monday."), "City")


def test_a_nickname_in_curly_single_quotes_inside_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``Councillor John ‘Rocky’ McGrath``: a nickname in curly single quotes is no part of the name, as one in
    double quotes is not; the name goes on past it."""
    r = read(ex, "Councillor John ‘Rocky’ McGrath of Nenagh led the twinning delegation to Basse-Goulaine.")
    assert "John McGrath" in names(r, "Person") and "John" not in names(r, "Person")


def test_two_places_that_became_twins(ex) -> None:  # type: ignore[no-untyped-def]
    """``Aurora and Leksand officially became ‘twins’``, ``… became sister cities``: two places, one known, that became
    a pair of partners are tied, the unknown one a town; people who became friends, or twins unquoted, are no tie."""
    for text in ("In 1980 Aurora and Leksand officially became ‘twins’.",
                 "In 1980 Aurora and Leksand officially became sister cities."):
        assert frozenset(("Aurora", "Leksand")) in ties(read(ex, text))
    assert not ties(read(ex, "Jane Roe and Tom Hale became friends during the visit to Aurora."))
    assert not ties(read(ex, "The mayor's daughters are twins and both visited Leksand."))


def test_a_visit_whose_purpose_names_another_event(ex) -> None:  # type: ignore[no-untyped-def]
    """``Hayashi visited Taipei on Monday to promote the flower expo``: the visit is the event, dated and placed, the
    expo only what it is for (undated); ``visited the flower expo in Taipei`` is the expo, and so is ``visited Osaka to
    attend the expo`` (the event the visit was for, held there)."""
    r = read(ex, "Yokohama Mayor Fumiko Hayashi visited Taipei on Monday to promote the flower expo.")
    ev = {e.name: e for e in r.entities.values() if e.type == "Event"}
    assert "visit" in ev and str(ev["visit"].attrs.get("startDate")) == "2024-03-04"
    assert "expo" not in ev or "startDate" not in ev["expo"].attrs
    r = read(ex, "Mayor Ko visited the flower expo in Taipei on Monday.")
    assert "visit" not in {e.name for e in r.entities.values() if e.type == "Event"}
    r = read(ex, "Mayor Ko visited Osaka on Monday to attend the flower expo.")
    assert "expo" in {e.name for e in r.entities.values() if e.type == "Event"}
    r = read(ex, "City staff worked with Yeongdong officials to plan for a delegation visit from Yeongdong to Alameda "
                 "from July 2-5, 2017.")
    assert "2017-07-02" in dates(r)  # (a visit planned, named after the purpose, keeps its date)


def test_a_sentence_of_its_own_ending_on_a_list_continues_no_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``… the Mayor of Majuro, a sister city of Taipei. The event was also attended by … from the cities that have
    good relationship with Taipei, namely A, B, C``: a sentence of its own that ends on a list of cities is no list of
    the tie told before; ``Gumi has several sister cities. Himeji, Osaka, Kyoto and Nara are among them`` is."""
    r = read(ex, "Present at the event was a delegation led by the Mayor of Majuro, a sister city of Taipei and the capital "
                 "of the Marshall Islands. The event was also attended by a joint delegation comprising the mayors from "
                 "the Japanese cities that have good relationship with Taipei, namely Hirosaki City, Kasama City, "
                 "Matsuyama City and Hamamatsu City.")
    assert {"Kasama", "Hirosaki"} <= names(r, "City")  # (the cities are read, and tied to no one here)
    assert not any("Majuro" in t and ("Kasama" in t or "Hirosaki" in t) for t in ties(r))
    r = read(ex, "Gumi has several sister cities. Himeji, Osaka, Kyoto and Nara are among them.")
    assert frozenset(("Gumi", "Himeji")) in ties(r)


def test_hyphen_pairs_listed_with_a_two_word_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``Sister Cities …: Commendations Presented to Riverside-Sendai, San Diego-Yokohama, and Pasadena-Mishima``: each
    hyphen pair listed after a tie is one tie, a first town of two words (``San Diego``) included; a metro of one
    country (``Dallas-Fort Worth``) is no pair."""
    r = read(ex, "Celebration for Sister Cities Honoring Three 60th Anniversaries: Consul General's Commendations Presented "
                 "to Riverside-Sendai, San Diego-Yokohama, and Pasadena-Mishima")
    assert {frozenset(("Riverside", "Sendai")), frozenset(("San Diego", "Yokohama")),
            frozenset(("Pasadena", "Mishima"))} <= ties(r)
    assert not any("Riverside" in t and "Pasadena" in t for t in ties(r))
    r = read(ex, "The sister city delegation toured Dallas-Fort Worth on Monday.")
    assert not any("Dallas" in t and "Fort Worth" in t for t in ties(r))


def test_korean_provinces_by_their_english_names(ex) -> None:  # type: ignore[no-untyped-def]
    """English news names a Korean province by its compass form (``North Gyeongsang Province``), its short form
    (``Chungnam``) or an older spelling (``Pusan``): each is that province, known; ``North Gyeongsang`` is not
    ``South Gyeongsang``, and a misspelt compass form is no Korean province."""
    r = read(ex, "Delegates of North Gyeongsang Province and of Chungnam and Pusan visited Thai Nguyen. The Governor of "
                 "South Jeolla signed a friendship agreement with Thai Nguyen in 2019.")
    iris = {str(i).rsplit("/", 2)[-2] + "/" + str(i).rsplit("/", 1)[-1] for i, e in r.entities.items()
            if e.type == "City"}
    assert {"kr/gyeongsangbuk", "kr/chungcheongnam", "kr/busan", "kr/jeonranam"} <= iris
    assert "kr/gyeongsangnam" not in iris
    assert any("Thai Nguyen" in t and len(t) == 2 and not t <= {"Thai Nguyen"} for t in ties(r))
    r = read(ex, "Delegates of North Gyeongsong Province visited Thai Nguyen.")
    assert not any("/kr/gyeongsang" in str(i) for i in r.entities)


def test_ties_paired_respectively(ex) -> None:  # type: ignore[no-untyped-def]
    """``A and B signed sister city agreements with C and D, respectively``: the places before the tie word pair in
    order with those after it, a place in the possessive only locating (``Kent's Ashford district``); items written
    with their own level word (``Dover town, and Deal town``) are a list, none locating the one before; with no
    ``respectively`` the list is one host's partners."""
    r = read(ex, "Portland and Eugene signed sister city agreements with Sapporo and Nagoya, respectively.")
    assert {frozenset(("Portland", "Sapporo")), frozenset(("Eugene", "Nagoya"))} <= ties(r)
    assert frozenset(("Portland", "Nagoya")) not in ties(r) and frozenset(("Portland", "Eugene")) not in ties(r)
    r = read(ex, "Quang Ninh’s Van Don district, Bai Chay district and Cam Pha city have become sister cities with Korea’s "
                 "Cheongdo county, Mungyeong city and Chilgok county, respectively.")
    got = ties(r)
    assert len(got) == 3 and all(len(t) == 2 for t in got)
    assert not any("Quang Ninh" in t for t in got)
    r = read(ex, "Quang Ninh’s Van Don district, Bai Chay district and Cam Pha city have established partnerships with "
                 "Korea’s Cheongdo county, Mungyeong city and Chilgok county, respectively.")
    assert len(ties(r)) == 3 and not any("Quang Ninh" in t for t in ties(r))  # (no tie word: split at ``with``)
    r = read(ex, "Ulsan and Pohang, with populations of 1.1 million and 500,000 respectively, signed a cooperation "
                 "agreement with Portland and Seattle.")
    assert frozenset(("Pohang", "Seattle")) not in ties(r)  # (the word pairs the numbers, not the partners)
    r = read(ex, "Ba Dinh district, Hanoi city, and Jongno district, Seoul city, signed a friendship agreement.")
    assert not any("Hanoi" in t and "Ba Dinh district" in t for t in ties(r))  # (a city locating its district)
    r = read(ex, "Portland signed sister city agreements with Sapporo and Nagoya.")
    assert {frozenset(("Portland", "Sapporo")), frozenset(("Portland", "Nagoya"))} <= ties(r)


def test_listed_members_of_a_plural_tie_noun_are_no_partners_of_each_other(ex) -> None:  # type: ignore[no-untyped-def]
    """``Twenty sister cities in Southern California, from Santa Barbara to Chula Vista, attended``: towns of a kind
    in an area, tied to no one the article names (without the area, to the article's town); ``The sister cities of
    Torrance, A and B`` keeps Torrance the owner. A compass part of a state (``Southern California``) is no town."""
    r = read(ex, "Twenty sister cities in Southern California, from Santa Barbara to Chula Vista, attended the dinner.")
    assert not ties(r)
    assert "Southern California" not in names(r, "City")
    r = read(ex, "Riverside held the dinner. Twenty sister cities in Southern California, from Santa Barbara to Chula "
                 "Vista, attended.")
    assert not ties(r)  # (a kind of town of an area: whose partners, the article does not say)
    r = read(ex, "Torrance hosted the dinner. Twenty sister cities, from Kashiwa to Nagoya, attended.")
    assert frozenset(("Torrance", "Kashiwa")) in ties(r) and frozenset(("Kashiwa", "Nagoya")) not in ties(r)
    r = read(ex, "Suwon hosted its annual friendship festival on Monday. Five sister cities in Japan, from Asahikawa to "
                 "Fukuoka, sent delegations.")
    assert frozenset(("Suwon", "Asahikawa")) in ties(r)  # (a country is no area of a kind of town)
    r = read(ex, "The sister cities of Torrance, Kashiwa and Nagoya, sent delegates.")
    assert frozenset(("Torrance", "Kashiwa")) in ties(r)
    r = read(ex, "Delegates from Northeast China and South Dakota met the mayor of Perth.")
    assert "South Dakota" in names(r, "City")


def test_a_known_name_glued_to_a_small_word_is_no_new_town(ex) -> None:  # type: ignore[no-untyped-def]
    """A page that lost its spaces (``between HCM City and Chongqingis in line with …``, ``leaders of Vietnamand
    Chongqing``): a known name glued to the word after it makes no new town and no tie; a town no table has keeps
    its name (``Orlandis``), and so does a known town that ends like a small word (``Tunis``)."""
    r = read(ex, "The friendship-city relations between HCM City and Chongqingis in line with the perceptions of the "
                 "leaders of Vietnamand Chongqing since 2018.")
    assert not any("Chongqingis" in n or "Vietnamand" in n for n in names(r, "City"))
    assert not any(any("Chongqingis" in n or "Vietnamand" in n for n in t) for t in ties(r))
    r = read(ex, "The sister city relations between Ho Chi Minh City and Tunis were agreed in 2018.")
    assert "Tunis" in names(r, "City")
    r = read(ex, "Kenton signed a twinning charter with Bad Nauheim in 1990.")
    assert frozenset(("Kenton", "Bad Nauheim")) in ties(r)  # (a town ending like a small word: no glued name)


def test_a_region_after_the_city_in_only_locates(ex) -> None:  # type: ignore[no-untyped-def]
    """``The city in Ibaraki Prefecture is known for …``: the prefecture says where the article's city lies, no
    entity; a prefecture that acts (``signed a pact with Ibaraki Prefecture``) is one."""
    r = read(ex, "Kasama and Taipei signed a friendship agreement in 2020. The city in Ibaraki Prefecture is known for "
                 "its pottery.")
    assert not any("Ibaraki" in n for n in names(r, "City"))
    r = read(ex, "Kasama and Taipei signed a friendship agreement in 2020. The city signed a new pact with Ibaraki "
                 "Prefecture in 2021.")
    assert any("Ibaraki" in n for n in names(r, "City"))


def test_the_two_sides_of_the_sentence_before_sign(ex) -> None:  # type: ignore[no-untyped-def]
    """``Hai Chau District received a delegation of Uiwang City. The two sides signed an MOU``: the two places of the
    sentence before are the parties; with three places before, or no signing, there is no tie."""
    r = read(ex, "Hai Chau District received a delegation of Uiwang City. The two sides signed a Memorandum of "
                 "Understanding on education.")
    assert any("Hai Chau" in n for t in ties(r) for n in t) and len(ties(r)) == 1
    r = read(ex, "Hai Chau District received a delegation of Uiwang City. The two sides signed an agreement on education.")
    assert len(ties(r)) == 1
    r = read(ex, "Hai Chau District received delegations of Uiwang City, Gimpo City and Anyang City. The two sides "
                 "signed an agreement on education.")
    assert not ties(r)
    r = read(ex, "Hai Chau District received a delegation of Uiwang City. The two sides discussed education.")
    assert not ties(r)
    r = read(ex, "Delegates from Suwon travelled to Tokyo on Monday. The two sides signed an MOU on youth exchange with "
                 "Japanese officials.")
    assert not ties(r)  # (a place gone to is no side)
    r = read(ex, "Suwon Mayor Lee Jae-joon welcomed Asheville Mayor Tom Hale to Suwon on Monday. The two sides signed a "
                 "friendship agreement at City Hall.")
    assert frozenset(("Suwon", "Asheville")) in ties(r)  # (the host named as an actor too)
    r = read(ex, "Toyonaka Mayor Keisuke Nagauchi met Asheville Mayor Tom Hale on Monday. The two cities signed a youth "
                 "exchange agreement.")
    assert frozenset(("Toyonaka", "Asheville")) in ties(r)
    r = read(ex, "Councillor Ann Lee travelled to Bischofsheim with an award from the Mayor of Cheshire East. She said "
                 "our twinning links will continue as there is goodwill on both sides.")
    assert not any("Cheshire East" in t for t in ties(r))


def test_a_region_that_locates_the_partner_in_the_sentence_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    """``Toledo welcomes representatives from Ontario, as part of … its sister-city relationship with Woodstock,
    Ontario``: the province that locates the partner in the sentence is no party; a province that signs keeps its
    tie (``Ontario signed a sister-province agreement with Jiangsu``)."""
    r = read(ex, "Toledo welcomes a group of Canadian representatives from Ontario, as part of the city’s 25th "
                 "anniversary celebration of its sister-city relationship with Woodstock, Ontario.")
    assert frozenset(("Toledo", "Woodstock")) in ties(r) and not any("Ontario" in t for t in ties(r))
    r = read(ex, "Ontario signed a sister-province agreement with Jiangsu in 1985.")
    assert frozenset(("Ontario", "Jiangsu")) in ties(r)


def test_a_twinning_word_ends_no_town_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``Granard Twinning`` as a heading: the town is Granard, ``Twinning`` no part of its name (nor is there a
    second town ``Granard Twinning`` tied to the partner)."""
    r = read(ex, "Granard twinning pact gathers pace\n\nGranard Twinning\n\nMembers from a Granard Town Twinning "
                 "delegation met their French counterparts on a trip to Rouen in Normandy.")
    assert any(n.startswith("Granard") for n in names(r, "City")) and not any("Twinning" in n for n in names(r, "City"))


def test_a_misspelt_level_word_after_a_known_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``Ulju Country Mayor Lee Seon-ho``: a level word misspelt (County written Country) after a known county is
    that county, no new town; a real country word keeps its meaning (``the Basque Country`` is no county)."""
    r = read(ex, "Ulju Country Mayor Lee Seon-ho met his host in Busan.")
    assert any(str(i).endswith("/kr/ulju") for i, e in r.entities.items() if e.type == "City")
    assert not any("/zz/" in str(i) for i, e in r.entities.items() if e.type == "City")
    r = read(ex, "The Basque Country and Wales signed a cooperation pact in Cardiff.")
    assert not any("Basque" in n for n in names(r, "City"))


def test_a_bare_councillor_serves_the_owner_of_the_tie(ex) -> None:  # type: ignore[no-untyped-def]
    """``Aurora’s long “sister city” link with Leksand …, but Ward 5 Councillor John Gallo objected``: a councillor
    with no place serves the town that owns the tie (its tie word perhaps quoted), though the partner is named more
    often; with no owner named, the town named most."""
    r = read(ex, "Aurora’s long “sister city” link with Leksand, Sweden, is set to be rekindled as the mayor plans a trip "
                 "to Leksand. Council approved a plan for the mayor to visit Leksand, but Ward 5 Councillor John Gallo "
                 "objected to spending on the trip. Leksand teams visited in 1974, and Leksand officials came in 1976.")
    assert ("John Gallo", "Aurora") in roles(r)
    r = read(ex, "Leksand and Aurora renewed their sister city link. Leksand teams visited in 1974, and Leksand "
                 "officials came in 1976. Councillor John Gallo hosted them.")
    assert ("John Gallo", "Leksand") in roles(r)


def test_untitled_guests_welcomed_or_arriving_in_a_list(ex) -> None:  # type: ignore[no-untyped-def]
    """``… welcomed A, B, C and their two chaperones to St. Marys``, ``A, B, C and D arrived in San Mateo``: the
    listed names are people of the visit; a list of places in the same shape is none."""
    r = read(ex, "Council President Dan Hoelscher welcomed Moeka Sakurai, Honami Hayashi, Makoto Miyamoto, Fumina "
                 "Fukutani and their two chaperones to St. Marys on Tuesday.")
    assert {"Moeka Sakurai", "Fumina Fukutani"} <= names(r, "Person") and "Moeka Sakurai" in attendees(r)
    r = read(ex, "Ruri Iketani, Himari Hayashi, Sora Matsuda, and Mizuho Sotobayashi arrived in San Mateo on Wednesday "
                 "from sister city Toyonaka.")
    assert {"Ruri Iketani", "Mizuho Sotobayashi"} <= names(r, "Person")
    r = read(ex, "San Mateo, Toyonaka, Palo Alto and Santa Clara arrived at the summit on Wednesday. The mayor welcomed "
                 "Kashima City, Toyonaka and Osaka to the summit.")
    assert not names(r, "Person")


def test_a_university_s_vice_chancellor(ex) -> None:  # type: ignore[no-untyped-def]
    """``University of Otago vice-chancellor Helen Nicholson``: the university's head; a nation's chancellor names no
    body (``German Chancellor Olaf Scholz``)."""
    r = read(ex, "The guests included University of Otago vice-chancellor Helen Nicholson and Dunedin mayor Jules Radich.")
    assert ("Helen Nicholson", "University of Otago") in roles(r)
    r = read(ex, "German Chancellor Olaf Scholz praised the twinning of Bonn and Oxford.")
    assert not any(p == "Olaf Scholz" for p, _ in roles(r))


def test_towns_listed_as_the_subject_of_attended(ex) -> None:  # type: ignore[no-untyped-def]
    """``Twenty sister cities, from Santa Barbara to Chula Vista, attended the reception``: each town of the subject
    list attends; a town in a relative clause before the verb does not (``The mayor of Seattle, who met Kobe
    officials, attended``)."""
    r = read(ex, "Twenty sister cities, from Santa Barbara to Chula Vista, attended the reception at the residence.")
    assert {"Santa Barbara", "Chula Vista"} <= attendees(r)
    r = read(ex, "The mayor of Seattle, who met Kobe officials, attended the dinner.")
    assert "Kobe" not in attendees(r)


def test_a_possessive_pronoun_opens_no_body_s_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``His Granard Municipal District colleague Cllr X``, ``Their Rotary Club hosted``: the pronoun is no part of the
    body's name."""
    r = read(ex, "Cathaoirleach of Granard Municipal District Cllr Colin Dalton agreed. His Granard Municipal District "
                 "colleague Cllr Turlough McGovern followed suit. Their Rotary Club hosted the guests.")
    assert not any(n.startswith(("His", "Their")) for n in names(r, "Organization"))
    assert {"Rotary Club", "Granard Municipal District"} <= names(r, "Organization")


def test_a_department_after_director_of_is_no_part_of_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``Director of Services Barbara Heslin said``: the department is no part of the person's name."""
    r = read(ex, "Speaking at a meeting of Granard Municipal District last week, Director of Services Barbara Heslin said "
                 "the delegation laid foundations.")
    assert "Barbara Heslin" in names(r, "Person") and not any("Services" in n for n in names(r, "Person"))


def test_the_mayors_of_cities_who_join_an_event_bring_their_cities(ex) -> None:  # type: ignore[no-untyped-def]
    """``They were joined by the mayors of the cities of Gardena and Glendora``: the cities attend; mayors thanked
    for letters (``He thanked the mayors of A and B``) do not."""
    r = read(ex, "The consul general hosted a reception for the sister cities on Friday. They were joined by the mayors "
                 "of the cities of Gardena and Glendora.")
    assert {"Gardena", "Glendora"} <= attendees(r)
    r = read(ex, "The consul general hosted a reception on Friday. He thanked the mayors of the cities of Gardena and "
                 "Glendora for their letters.")
    assert not {"Gardena", "Glendora"} & attendees(r)
    r = read(ex, "Mayors of Taipei and Daegu Sign Agreement to Reaffirm Sister City Friendship\n\nThe video call lasted "
                 "an hour.")
    assert not {"Taipei", "Daegu"} & attendees(r)  # (a headline's mayors who sign: no city sent)


def test_an_unknown_body_right_before_a_title_takes_no_earlier_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``…, Shanghai Media Group president Wang Jianjun and Enterprise Dunedin chief executive John Christie``: a body
    named right before the title, though no table has it, is his; the body named earlier is not. With nothing named
    between, the earlier body stays (``the University of Otago and its chief executive X``)."""
    r = read(ex, "They are University of Otago vice-chancellor Helen Nicholson, Shanghai Media Group president Wang "
                 "Jianjun and Enterprise Dunedin chief executive John Christie.")
    assert not any(p == "John Christie" and b != "Enterprise Dunedin" for p, b in roles(r))
    r = read(ex, "The University of Otago and its chief executive John Christie hosted the guests.")
    assert ("John Christie", "University of Otago") in roles(r)
    r = read(ex, "The delegation included Fingal County Council’s Interim Chief Executive AnnMarie Farrelly and the "
                 "Director of the Japan Local Government Centre, Noboru Fujishima, and Assistant Director Miho Shikano.")
    assert ("AnnMarie Farrelly", "Fingal County Council") in roles(r)  # (a title's own words are no body)
    assert ("Miho Shikano", "Japan Local Government Centre") in roles(r)


def test_a_state_said_of_a_city_with_the_definite_article_is_no_party(ex) -> None:  # type: ignore[no-untyped-def]
    """``The California capital has signed … with Bethlehem``, ``A Rhode Island city … its sister city``: the state
    describes the city and is no party; a state that acts (``the State of Oregon signed``) still is."""
    r = read(ex, "The California capital has signed a sister city agreement with Bethlehem. The council voted on Tuesday.")
    assert not any("California" in "".join(t) for t in ties(r))
    r = read(ex, "A Rhode Island city is celebrating 20 years with its Italian sister city, Itri. The mayor went there.")
    assert not any("Rhode Island" in "".join(t) for t in ties(r))
    r = read(ex, "The State of Oregon signed a sister state agreement with Toyama Prefecture on Tuesday.")
    assert any("Oregon" in "".join(t) for t in ties(r))


def test_a_pair_with_an_adverb_before_its_verb_makes_the_unknown_town_a_party(ex) -> None:  # type: ignore[no-untyped-def]
    """``Cranston and Kyoto first agreed to become sister cities``: the adverb keeps the pair; the same pair agreeing
    to something else is no tie."""
    r = read(ex, "Cranston and Kyoto first agreed to become sister cities in 2003. The mayors met again this year.")
    assert frozenset(("Cranston", "Kyoto")) in ties(r)
    r = read(ex, "Cranston and Kyoto first agreed to meet again. The mayors met again this year.")
    assert "Cranston" not in names(r, "City")


def test_a_party_adjective_before_a_title_names_no_place(ex) -> None:  # type: ignore[no-untyped-def]
    """``Republican Mayor Allan Fung``: the party is no town; ``Kingston Mayor X`` still names one."""
    r = read(ex, "Republican Mayor Allan Fung signed the agreement with Itri. The ceremony was held at City Hall.")
    assert "Allan Fung" in names(r, "Person") and "Republican" not in names(r, "City")
    r = read(ex, "Labour councillor Jane Roe met the Mayor of Kyoto. The ceremony was held at City Hall.")
    assert "Labour" not in names(r, "City")
    r = read(ex, "Cranston Mayor Allan Fung signed the agreement with Kyoto. The ceremony was held at City Hall.")
    assert ("Allan Fung", "Cranston") in roles(r)


def test_an_office_said_with_a_verb_gives_the_role(ex) -> None:  # type: ignore[no-untyped-def]
    """``when Allan Thompson was still mayor of Caledon``, ``Jane Roe has been the mayor of Caledon``: a role; ``the
    signing was a highlight of the tour of Caledon`` makes no person."""
    r = read(ex, "The pact was signed in 2005, when Allan Thompson was still mayor of Caledon. Caledon and Kyoto are "
                 "sister cities.")
    assert ("Allan Thompson", "Caledon") in roles(r)
    r = read(ex, "Jane Roe has been the mayor of Caledon since 2010. Caledon and Kyoto are sister cities.")
    assert ("Jane Roe", "Caledon") in roles(r)
    r = read(ex, "The signing was a highlight of the tour of Caledon. Caledon and Kyoto are sister cities.")
    assert not names(r, "Person")


def test_a_body_for_a_field_is_named_whole(ex) -> None:  # type: ignore[no-untyped-def]
    """``the United States Agency for International Development``, ``the Korea Foundation for International
    Healthcare``: the field after ``for`` is part of the name; ``the Japan Foundation sent a troupe to Kyoto for
    Children Day`` is the foundation alone."""
    r = read(ex, "The project was funded by the United States Agency for International Development, the mayor said. "
                 "Birmingham and Vinnytsia are sister cities.")
    assert "United States Agency for International Development" in names(r, "Organization")
    r = read(ex, "The Korea Foundation for International Healthcare sent doctors to Kyoto. Birmingham and Kyoto are "
                 "sister cities.")
    assert "Korea Foundation for International Healthcare" in names(r, "Organization")
    r = read(ex, "The Japan Foundation sent a troupe to Kyoto for Children Day. Birmingham and Kyoto are sister cities.")
    assert "Japan Foundation" in names(r, "Organization")


def test_a_comment_section_is_furniture(ex) -> None:  # type: ignore[no-untyped-def]
    """Under ``(0) comments`` / ``Welcome to the discussion.``, the site's rules (``Be Nice.``, ``Share with Us.``)
    and readers' comments are furniture; a sentence about comments in the article is not."""
    body = "Two towns twinned today in a ceremony held at the town hall of the older of them, the mayor said.\n"
    r = read(ex, body + "(0) comments\nWelcome to the discussion.\nBe Nice. No racism.\nShare with Us. We love stories.")
    assert "Nice" not in names(r, "City") and not names(r, "Country")
    kept = masked(body + "Comments from the mayor of Nice were warm.\nShe praised the twinning.")
    assert "Comments from the mayor of Nice" in kept


def test_a_plan_said_with_intend_or_hope_points_a_bare_month_forward(ex) -> None:  # type: ignore[no-untyped-def]
    """``The mayor intends to lead a delegation to Kyoto in November`` (published in August): this November; ``The
    mayor, who hoped to visit, went to Kyoto in May`` (published in March): last May."""
    r = read(ex, "The mayor intends to lead a delegation to Kyoto in November. Caledon and Kyoto are sister cities.",
             published=dt.date(2019, 8, 10))
    assert "2019-11" in dates(r)
    r = read(ex, "The mayor, who hoped to visit, went to Kyoto in May. Caledon and Kyoto are sister cities.",
             published=dt.date(2019, 3, 10))
    assert "2018-05" in dates(r)


def test_a_resolution_passed_on_a_day_is_a_dated_sitting(ex) -> None:  # type: ignore[no-untyped-def]
    """``The council passed a resolution Tuesday making Kyoto a sister city``, ``after a city resolution was passed
    Tuesday``: a meeting of that day; ``passed the budget on Tuesday`` makes none."""
    pub = dt.date(2022, 7, 21)
    r = read(ex, "The council passed a resolution Tuesday making Kyoto a sister city of Birmingham. The vote was fine.",
             published=pub)
    assert "2022-07-19" in dates(r)
    r = read(ex, "The Birmingham City Council stands with Kyoto after a city resolution was passed Tuesday. Birmingham "
                 "and Kyoto are sister cities.", published=pub)
    assert "2022-07-19" in dates(r)
    r = read(ex, "The council passed the budget on Tuesday. Birmingham and Kyoto are sister cities.", published=pub)
    assert "2022-07-19" not in dates(r)


def test_a_city_s_nickname_is_no_town(ex):
    """``is paying the Star City a visit``, ``The Magic City welcomed …``: a nickname, no town; ``Quezon City`` stays."""
    r = read(ex, "Roanoke’s sister city from Wonju, South Korea, is paying the Star City a visit. The delegation arrived "
                 "on Monday.")
    assert "Star" not in names(r, "City") and "Star City" not in names(r, "City")
    r = read(ex, "The Magic City welcomed a delegation from its sister city Kyoto on Monday. The mayor greeted them.")
    assert not {"Magic", "Magic City"} & names(r, "City")
    r = read(ex, "Quezon City welcomed a delegation from its sister city Kyoto on Monday. The mayor greeted them.")
    assert "Quezon City" in names(r, "City")


def test_a_region_after_from_only_locates_the_town_before_it(ex):
    """``signing the City of Ciudad Acuna, from Coahuila, Mexico, as its new Sister City``: Coahuila is no partner; a
    city after ``from`` is one (``Ciudad Acuna, from Kyoto,``: two places)."""
    r = read(ex, "The City of Mission signed the City of Ciudad Acuna, from Coahuila, Mexico, as its new Sister City. The "
                 "mayor signed it on Monday.")
    assert frozenset(("Mission", "Ciudad Acuna")) in ties(r) and not any("Coahuila" in t for t in ties(r))


def test_a_relation_s_document_name_is_no_town(ex):
    """``signed the Memorandum of Agreement of Local Government Twinning Relationships with Jiangmen``: no town named
    after the relation; the partners stay."""
    r = read(ex, "Prince George signed the Memorandum of Agreement of Local Government Twinning Relationships with "
                 "Jiangmen in 2010. The mayor went there.")
    assert names(r, "City") == {"Prince George", "Jiangmen"}


def test_the_town_a_twinning_delegation_comes_from_is_a_place(ex):
    """``A delegation from Kilcullen travelled to Saint-Contest … for the twinning``, ``Dunmore's twinning
    delegation``: the unknown town is a place that attends; with no tie in the article, or after a title (``Mayor
    Smith's delegation``), no town."""
    r = read(ex, "A delegation from Kilcullen travelled to Saint-Contest on Saturday for the twinning. The delegates have "
                 "a full programme.")
    assert "Kilcullen" in names(r, "City") and "Kilcullen" in attendees(r)
    r = read(ex, "Dunmore's twinning delegation travelled to Kobe on Saturday. Dunmore and Kobe are sister cities.")
    assert "Dunmore" in attendees(r)
    r = read(ex, "A delegation from Kilcullen travelled to Saint-Contest on Saturday. The delegates had a programme.")
    assert "Kilcullen" not in names(r, "City")
    r = read(ex, "Mayor Smith's delegation travelled to Kobe on Saturday. Dunmore and Kobe are sister cities.")
    assert "Smith" not in names(r, "City")


def test_a_dateline_in_capitals_names_the_town_the_text_writes(ex):
    """``LOS ANGELES — The Los Angeles City Council voted …``: the town is Los Angeles, not ``LOS Angeles``."""
    r = read(ex, "LOS ANGELES — The Los Angeles City Council voted on Friday to begin making Kyiv a sister city. The vote "
                 "was unanimous.")
    assert "Los Angeles" in names(r, "City") and not any(n.startswith("LOS") for n in names(r, "City"))


def test_near_misses_of_the_delegation_state_and_plan_rules(ex):
    """``Kim's delegation toured Asheville, the sister city of Suwon``: no town Kim, the tie stays; ``The Maryland
    sister-state partnership with Jeollanam-do`` and ``The Ohio partner of …``: the state is the party; ``Hoping to
    deepen ties, Mayor Kim hosted … on Tuesday``: last Tuesday; ``The Friendship Society of Daegu and Atlanta``: the
    towns stay tied; ``Delegates from Gyeonggi, from Alberta``: Alberta is no part of Gyeonggi."""
    r = read(ex, "Kim's delegation toured Asheville, the sister city of Suwon, on Friday. The mayor welcomed them.")
    assert "Kim" not in names(r, "City") and frozenset(("Asheville", "Suwon")) in ties(r)
    r = read(ex, "The Maryland sister-state partnership with Jeollanam-do turned 20 this year. The governor visited.")
    assert frozenset(("Maryland", "Jeollanam-do")) in ties(r)
    r = read(ex, "Hoping to deepen sister city ties, Mayor Kim hosted Mayor Tanaka of Kanazawa on Tuesday. It went well.")
    assert "2024-03-05" in dates(r)
    r = read(ex, "The Friendship Society of Daegu and Atlanta organised a sister city festival. The mayors attended.")
    assert frozenset(("Daegu", "Atlanta")) in ties(r)
    r = read(ex, "Delegates from Gyeonggi, from Alberta and from Texas signed a friendship agreement on Monday.")
    assert "Alberta" in attendees(r)


def test_a_comment_counter_above_the_story_cuts_nothing(ex) -> None:  # type: ignore[no-untyped-def]
    """A ``(0) comments`` line under a standfirst, above the story, blanks only itself."""
    kept = masked("Two towns sign a pact\nThe two cities agreed to exchange students and officials at a ceremony held "
                  "at city hall.\n(0) comments\nMayor Kim and Mayor Tanaka signed the agreement on Friday at the city "
                  "hall of the older town.\nThey will meet again in October in Kyoto for the next round of talks.")
    assert "Mayor Kim and Mayor Tanaka signed" in kept


def test_a_named_person_s_given_name_or_surname_speaking_is_no_town(ex):
    """``Mayor Homer Davis … Davis hinted that …``, ``Mayor Elizabeth Sackey … Elizabeth said``: the person, no town
    (and no body of theirs); ``Davis hosted the festival`` (no speech) keeps the town."""
    r = read(ex, "Mayor Homer Davis welcomed the envoy on Monday. Davis hinted that Madrid could be chosen for the "
                 "twinning with Montego Bay. The council will decide.")
    assert "Davis" not in names(r, "City") and not any(p == "Homer Davis" and b == "Davis" for p, b in roles(r))
    r = read(ex, "Mayor Elizabeth Sackey signed the agreement with Kumasi on Monday. Elizabeth said the tie is important.")
    assert "Elizabeth" not in names(r, "City")
    r = read(ex, "Mayor Homer Davis welcomed the envoy on Monday. Davis hosted the sister city festival of Montego Bay.")
    assert "Davis" in names(r, "City")


def test_a_town_after_its_country_s_possessive_before_a_verb_and_a_lower_case_level_word(ex):
    """``Hoi An, Germany's Wernigerode celebrate …`` in an article about a twinning: Wernigerode is a German town;
    ``Hoi An city in the central province of Quang Nam`` is Hoi An, the province only locating it (no self-tie, no tie
    with its own province); ``Korea's Samsung, the largest …`` stays no town."""
    r = read(ex, "Hoi An, Germany's Wernigerode celebrate 10th anniversary of friendship\n\nActivities were held in "
                 "Wernigerode town, Germany, to celebrate the 10th anniversary of the friendship and twinning relationship "
                 "between the city and Hoi An city in the central province of Quang Nam, Vietnam.")
    assert {"Hoi An", "Wernigerode"} <= names(r, "City") and "Hoi An city" not in names(r, "City")
    assert not any("Quang Nam" in t for t in ties(r))
    r = read(ex, "Korea's Samsung, the largest company, sponsored the festival. Hoi An and Kyoto are twin towns.")
    assert "Samsung" not in names(r, "City")


def test_a_town_named_before_is_read_where_its_delegation_comes_from(ex):
    """``… with Nishiwaki, Japan … A delegation from Nishiwaki, headed by Mayor Shozo Katayama, …``: the mayor is
    Nishiwaki's (the town named before), not another place's of the article; ``… Shibetsu City … a delegation from
    Shibetsu, led by Mayor X``: X serves Shibetsu."""
    r = read(ex, "These Californian cities celebrated too. The city of Renton has had a partnership since 1969 with "
                 "Nishiwaki, Japan. A delegation from Nishiwaki, headed by Mayor Shozo Katayama, traveled to Renton.")
    assert ("Shozo Katayama", "Nishiwaki") in roles(r)


def test_a_ghanaian_assembly_s_chief_executive_is_its_head(ex):
    """``Mr Kofi Mensah, the Tema Municipal Chief Executive,``, ``The Accra Metropolitan Chief Executive, Mr X``: the
    head of that town's assembly; ``the Chief Executive of a Tema company`` is no town's."""
    r = read(ex, "Mr Kofi Mensah, the Tema Municipal Chief Executive, signed the agreement with Kyoto on Monday. It was "
                 "short.")
    assert ("Kofi Mensah", "Tema") in roles(r)
    r = read(ex, "Mr Kofi Mensah, the Chief Executive of a Tema company, signed the agreement with Kyoto on Monday. It "
                 "was short.")
    assert ("Kofi Mensah", "Tema") not in roles(r)


def test_an_address_of_rank_before_a_name_makes_a_person(ex):
    """``His Excellency Josep Bosch``, ``Madam Sheran Sharon Palacio``, ``Alhaji Musa Bello Kano``: people; ``The
    Madam Butterfly opera`` is none."""
    for text, name in (("His Excellency Josep Bosch attended the signing with Kyoto on Monday.", "Josep Bosch"),
                       ("Madam Sheran Sharon Palacio attended the signing with Kyoto on Monday.", "Sheran Sharon Palacio"),
                       ("Alhaji Musa Bello attended the signing with Kyoto on Monday.", "Musa Bello")):
        assert name in names(read(ex, text + " The ceremony was short."), "Person")
    assert not names(read(ex, "The Madam Butterfly opera opened on Monday in Kyoto. The ceremony was short."), "Person")


def test_a_courtesy_call_is_a_dated_visit_with_caller_and_host(ex):
    """``Ambassador X paid a courtesy call on Mayor Y of Z on Monday``: an event of that day with both; ``called for
    courtesy in the debates`` is none."""
    r = read(ex, "Ambassador Josep Bosch paid a courtesy call on Mayor Homer Davis of Montego Bay on Monday. They discussed "
                 "a twinning with Madrid.")
    assert {"Josep Bosch", "Homer Davis"} <= attendees(r) and "2024-03-04" in dates(r)
    r = read(ex, "He called for courtesy in the debates on Monday. Xiamen and Suva are sister cities.")
    assert not attendees(r)


def test_a_hyphen_pair_before_a_capitalised_tie_and_philippine_professional_titles(ex):
    """``The Seattle-Kobe Sister City 60th anniversary reception``: a tie of the two towns (``The Derry-Tokoro road``
    is none); ``Atty. Aurora Valle and Engr. Mario Cruz``: two people, no sentence end after the abbreviations and no
    town Aurora."""
    r = read(ex, "The Seattle-Kobe Sister City 60th anniversary reception was held on Friday. Many guests came.")
    assert frozenset(("Seattle", "Kobe")) in ties(r)
    r = read(ex, "The Derry-Tokoro road reopened on Friday. Many guests came.")
    assert not ties(r)
    r = read(ex, "Jakarta-Rotterdam Establish Sister City CooperationHe informed, the governor is accompanied by staff.")
    assert not ties(r)  # (another story's headline in Title Case, glued on)
    r = read(ex, "Officials from Truro and Morlaix in Britanny met on Monday. Twinning builds ties, according to the "
                 "Truro-Morlaix Twinning Association.")
    assert "Morlaix" in names(r, "City")  # (the association of the two towns' twinning names them)
    r = read(ex, "The delegation included Atty. Aurora Valle and Engr. Mario Cruz of Dagupan City. They visited Milpitas.")
    assert {"Aurora Valle", "Mario Cruz"} <= names(r, "Person") and "Aurora" not in names(r, "City")


def test_an_invitation_points_a_bare_weekday_forward(ex):
    """(published on a Wednesday) ``All are invited to join a welcome reception on Friday``: this Friday; ``All guests
    were invited to a reception on Friday``: last Friday."""
    pub = dt.date(2019, 3, 13)
    r = read(ex, "All are invited to join a welcome reception at the Edward King House on Friday. The delegation will "
                 "be introduced.", published=pub)
    assert "2019-03-15" in dates(r)
    r = read(ex, "All guests were invited to a welcome reception at the Edward King House on Friday. The delegation was "
                 "introduced.", published=pub)
    assert "2019-03-08" in dates(r)


def test_near_misses_of_the_address_and_abbreviation_rules(ex):
    """``Datuk Bandar Kuala Lumpur`` is the city's mayor's office, no person; ``Madame Tussauds London`` no person;
    ``the Gateway Arch. Mayor X then hosted a dinner``: two sentences."""
    r = read(ex, "Datuk Bandar Kuala Lumpur signed the sister city pact with Ankara on Monday. It was short.")
    assert "Kuala Lumpur" in names(r, "City") and not names(r, "Person")
    r = read(ex, "The delegation from Kobe stopped at Madame Tussauds London on Monday. The mayor came too.")
    assert not names(r, "Person")
    r = read(ex, "The sister city delegation toured the Gateway Arch. Mayor Tishaura Jones then hosted a dinner on Monday.")
    assert "Tishaura Jones" in attendees(r)


def test_a_hyphen_pair_s_second_word_past_a_known_town_is_no_part_of_it(ex):
    """``the Jakarta-Rotterdam Harbour sister city links``: Jakarta and Rotterdam, no town ``Rotterdam Harbour``."""
    r = read(ex, "The Jakarta-Rotterdam Harbour sister city links are old. The governor signed a pact on Monday.")
    assert frozenset(("Jakarta", "Rotterdam")) in ties(r) and "Rotterdam Harbour" not in names(r, "City")


def test_a_group_s_list_names_people_with_the_body_they_come_from(ex):
    """``The delegation includes Mayor X, Jane Brooker from Quinte Tourism and Tom McKinney from Loyalist College``:
    two more people (the second of the college); ``Visitors from Tokyo came`` names no one."""
    r = read(ex, "The Belleville delegation to Gunpo includes Mayor Mitch Panciuk, Jane Brooker from Quinte Tourism and Tom "
                 "McKinney from Loyalist College. They leave on Friday.")
    assert {"Jane Brooker", "Tom McKinney"} <= names(r, "Person")
    assert ("Tom McKinney", "Loyalist College") in roles(r)
    r = read(ex, "The delegation flew from Seoul to Kyoto on Monday. Visitors from Tokyo came too.")
    assert not names(r, "Person")


@pytest.mark.parametrize("text,region", [
    ("The city gave its guests a board carved in the shape of Missouri.", "Missouri"),
    ("The students learned about Texas history before they flew to Mexico.", "Texas"),
])
def test_a_bare_state_that_does_nothing_is_no_place(ex, text, region) -> None:  # type: ignore[no-untyped-def]
    """A state or province named bare, doing nothing (no party, no host, no one's employer), is geography."""
    assert region not in names(read(ex, text), "City")


def test_look_alikes_of_a_bare_state_that_acts(ex) -> None:  # type: ignore[no-untyped-def]
    """A state that signs, whose governor is named, or that is written with its level word, stays a place."""
    assert "Texas" in names(read(ex, "Texas signed a friendship agreement with Gyeonggi Province."), "City")
    assert "Texas" in names(read(ex, "Texas Governor Greg Abbott welcomed the delegation."), "City")
    r = read(ex, "Seoul sent $300,000 to Sichuan Province in China in 2008 after the earthquake.")
    assert "Sichuan Province" in names(r, "City")


def test_a_paper_cited_as_the_source_is_no_body(ex) -> None:  # type: ignore[no-untyped-def]
    """A newspaper or broadcaster that only reports the story is its source, not one of its bodies."""
    r = read(ex, "Xiangyang signed a sister city agreement with Carmel, according to a report by Hubei Daily.")
    assert "Hubei Daily" not in names(r, "Organization")
    r = read(ex, "The Yomiuri Shimbun reported that Osaka and San Francisco ended their sister city tie.")
    assert "Yomiuri Shimbun" not in names(r, "Organization")
    r = read(ex, "Accra signed a sister city agreement with Belmopan, the Ghana News Agency reported.")
    assert "Ghana News Agency" not in names(r, "Organization")
    # look-alike: a paper that takes part (its editor in the delegation) is a body
    r = read(ex, "Tsuyama Asahi Shimbun editor Ken Sato joined the delegation to Hampshire.")
    assert "Tsuyama Asahi Shimbun" in names(r, "Organization")


@pytest.mark.parametrize("text,want", [
    ("Despite Hounslow being twinned with Leningradsky, the union has lain dormant.", {"Hounslow", "Leningradsky"}),
    ("The mayor recalled that Wexbury was officially twinned with Lindau in 1974.", {"Wexbury", "Lindau"}),
    ("It was in this spirit that Hounslow twinned with the Parisian suburb of Issy-les-Moulineaux in 1982.",
     {"Hounslow", "Issy-les-Moulineaux"}),
])
def test_a_town_twinned_inside_a_clause_is_a_party(ex, text, want) -> None:  # type: ignore[no-untyped-def]
    """A town unknown to the gazetteer that is twinned inside a clause (after ``despite``, ``that``, ``which`` …)
    is a place and a party; a suburb named right after ``with`` is the partner itself, not where it lies."""
    assert ties(read(ex, text)) == {frozenset(want)}


def test_look_alikes_of_a_town_twinned_inside_a_clause(ex) -> None:  # type: ignore[no-untyped-def]
    """Without an auxiliary, ``X twinned with`` makes X a town only before a place; a pronoun or a title is none."""
    assert "Smith" not in names(read(ex, "He said that Smith twinned with Jones in the doubles final."), "City")
    assert "It" not in names(read(ex, "It was agreed that it was twinned with Lindau."), "City")
    assert "Hampton Rovers" not in names(read(ex, "Despite Hampton Rovers being twinned with a club in Lyon, few fans "
                                                  "travel."), "City")
    assert "Year Six" not in names(read(ex, "Teachers said that Year Six was twinned with a class in Nantes."), "City")
    r = read(ex, "Pasadena signed a sister city agreement with Xicheng, a district of Beijing.")
    assert ties(r) == {frozenset(("Pasadena", "Xicheng"))}


@pytest.mark.parametrize("text,town,body", [
    ("The exchange was arranged by the city of Port Angeles and Peninsula International Relations Association.", None,
     "Peninsula International Relations Association"),
])
def test_a_town_joined_to_a_body_by_and_is_no_part_of_its_name(ex, text, town, body) -> None:  # type: ignore[no-untyped-def]
    """``the city of Port Angeles and Peninsula … Association``: a town the text calls a city, then a body; the body's
    name starts after ``and``."""
    r = read(ex, text)
    assert body in names(r, "Organization") and not any(" and " in n for n in names(r, "Organization"))
    if town:
        assert town in names(r, "City")


@pytest.mark.parametrize("text,body", [
    ("Perth and Kinross Council welcomed the delegation.", "Perth and Kinross Council"),
    ("Delegates of the Bath and District Twinning Association arrived.", "Bath and District Twinning Association"),
    ("The Suwon Arts and Culture Foundation hosted the concert.", "Suwon Arts and Culture Foundation"),
    ("The Huntingdon and Godmanchester Twinning Association hosted the dinner.",
     "Huntingdon and Godmanchester Twinning Association"),
    ("A delegation from Chelsea and Westminster Hospital visited Seoul.", "Chelsea and Westminster Hospital"),
    ("Students from Brighton and Sussex Medical School visited Kobe.", "Brighton and Sussex Medical School"),
])
def test_look_alikes_of_a_town_joined_to_a_body(ex, text, body) -> None:  # type: ignore[no-untyped-def]
    """A council of two areas, a town's ``and District`` body, a body named after its town first, an institution
    named after two places: one name."""
    assert body in names(read(ex, text), "Organization")


def test_a_place_and_one_named_after_it_are_no_pair(ex) -> None:  # type: ignore[no-untyped-def]
    """A town and a place whose name holds it (``Sibu`` and ``Sibu South``, ``Aceh`` and ``Banda Aceh``) lie one in
    the other or side by side: never a pair of partners."""
    r = read(ex, "SIBU (May 3): Sibu South City Council has established a friendship city relationship with Weifang "
                 "in Shandong.\n\nSibu South Mayor Tan Ah Kow said the tie-up would enhance trade.")
    assert frozenset(("Sibu", "Sibu South")) not in ties(r)
    # look-alike: a town named after an older one may be its twin
    r = read(ex, "New Plymouth and Plymouth became sister cities in 1990.")
    assert frozenset(("New Plymouth", "Plymouth")) in ties(r)
    r = read(ex, "Newcastle upon Tyne has been twinned with Newcastle, New South Wales since 1947.")
    assert frozenset(("Newcastle upon Tyne", "Newcastle")) in ties(r)
    r = read(ex, "Taipei and New Taipei City signed a friendship agreement on Monday.")
    assert frozenset(("Taipei", "New Taipei City")) in ties(r)


def test_zones_and_parks_run_by_their_own_body_and_two_bodies_joined(ex) -> None:  # type: ignore[no-untyped-def]
    """A zone or park with its own administration is a body (``Chengdu Hi-tech Zone``), no town; ``the University
    of X and Y New Area`` are two names; a plan named after a tie names no town (a New Area is a district that acts:
    ``Tianjin Binhai New Area signed``)."""
    r = read(ex, "The MOUs are between the University of Waikato and Tianfu New Area, and Waikato Innovation Park and "
                 "Chengdu Hi-tech Zone.")
    assert {"University of Waikato", "Waikato Innovation Park", "Chengdu Hi-tech Zone"} <= names(r, "Organization")
    assert not any(" and " in n for n in names(r, "Organization")) and "Waikato Innovation Park" not in names(r, "City")
    r = read(ex, "The memoranda are part of the Sister City Plan between the two cities.")
    assert "Plan" not in names(r, "City")
    # look-alikes: one body whose name holds 'and', and a tie with a town after a framework's name
    r = read(ex, "The Department of Municipalities and Transport signed the memorandum.")
    assert names(r, "Organization") == {"Department of Municipalities and Transport"}
    assert ties(read(ex, "Hamilton signed the Sister City Framework with Chengdu.")) == {frozenset(("Hamilton", "Chengdu"))}
    r = read(ex, "Officials from Tianjin Binhai New Area signed a friendship agreement with Incheon.")
    assert "Tianjin" in attendees(r)


def test_a_councillors_list_goes_on_after_a_suffix_and_a_former_office_names_a_person(ex) -> None:  # type: ignore[no-untyped-def]
    """``Councilors A, B Jr., C and D``: the list goes on after ``Jr.``; ``X, former mayor of Y`` names X, with no
    post now."""
    r = read(ex, "Councilors Joe Arbas, Edgar Lentorio Jr., Roselle Erames and Bernice Elmaco met the visitors.")
    assert {"Joe Arbas", "Roselle Erames", "Bernice Elmaco"} <= names(r, "Person")
    r = read(ex, "Abiel Flores, former mayor of Mission, spoke at the signing with Reynosa.")
    assert "Abiel Flores" in names(r, "Person") and not roles(r)
    # look-alikes: a surname alone before a former office is no person read; a present office keeps its body
    assert not names(read(ex, "Flores, the former mayor of Mission, spoke."), "Person")
    assert roles(read(ex, "Abiel Flores, mayor of Mission, spoke at the signing.")) == {("Abiel Flores", "Mission")}


def test_a_council_leader_serves_the_one_council_named_and_a_leader_is_no_part_of_its_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``Council leader X`` serves the one council the article has named; ``Leader of Oxford City Council`` is a
    title before the council's name, no part of it."""
    r = read(ex, "Exeter City Council has suspended its twinning with Yaroslavl. Council leader Phil Bialyk said the "
                 "decision was made with regret.")
    assert ("Phil Bialyk", "Exeter City Council") in roles(r)
    r = read(ex, "Cllr Susan Brown, Leader of Oxford City Council, said the link with Perm would be suspended.")
    assert "Oxford City Council" in names(r, "Organization") and ("Susan Brown", "Oxford City Council") in roles(r)
    # look-alike: two councils named, the leader's is not said
    r = read(ex, "Exeter City Council and Devon County Council met. Council leader Phil Bialyk said little.")
    assert not any(p == "Phil Bialyk" for p, _ in roles(r))
    r = read(ex, "The Korea-Japan Friendship Council held a forum in Busan. Council leader Kim Min-su spoke.")
    assert not any(p == "Kim Min-su" for p, _ in roles(r))


@pytest.mark.parametrize("name", ["Louis A. DePasquale", "Paul I. Smith"])
def test_a_middle_initial_that_looks_like_a_word_stays_in_the_name(ex, name) -> None:  # type: ignore[no-untyped-def]
    """``A.`` and ``I.`` between a given name and a surname are initials, not the article or the pronoun."""
    r = read(ex, f"Cambridge City Manager {name} signed the memorandum with Copenhagen.")
    assert (name, "Cambridge") in roles(r)


def test_look_alike_of_a_middle_initial_at_a_names_end(ex) -> None:  # type: ignore[no-untyped-def]
    """A lone capital and stop ending the words after a title is no part of the name."""
    assert "Paul Smith A." not in names(read(ex, "Mayor Paul Smith A. visited."), "Person")


@pytest.mark.parametrize("line,rule", [("Contact Us", "menu"), ("About us", "menu"), ("Privacy Policy", "menu"),
                                       ("CHINA", "section_label"), ("WORLD NEWS", "section_label")])
def test_menu_entries_and_section_labels_are_furniture(line, rule) -> None:
    """A site's menu entry or a capitalised section label alone on its line is furniture (no country ``Us``)."""
    assert furniture_line(line) == rule


@pytest.mark.parametrize("line", ["Japan", "MAYOR VISITS BUSAN TODAY", "Contact us for details about the visit.",
                                  "Subscribe to our newsletter for the twinning news."])
def test_look_alikes_of_menu_entries_and_section_labels(line) -> None:
    """A country in title case, a headline in capitals, and sentences that start like a menu are no furniture."""
    assert furniture_line(line) is None


def test_a_menu_line_makes_no_country(ex) -> None:  # type: ignore[no-untyped-def]
    r = read(ex, "Melbourne signed a sister city agreement with Tianjin.\n\nContact Us\n\nAbout Us\n\nCHINA")
    assert not names(r, "Country")


def test_a_counterpart_by_nationality_serves_the_articles_town_of_that_country(ex) -> None:  # type: ignore[no-untyped-def]
    """``her French counterpart, X`` after a visit to the French twin town: that town's, not a city the sentence
    passes through (``… and spent some time in Paris``)."""
    r = read(ex, "The Mayor of Causeway visited the twin town of Vigneux-sur-Seine in France. The Mayor met with her "
                 "French counterpart, Serge Poinsot, and also spent some time in Paris.")
    assert ("Serge Poinsot", "Vigneux-sur-Seine") in roles(r)
    # look-alikes: the one town of that country is the sentence's own; where they met is the counterpart's
    r = read(ex, "The mayor of Baku met his Russian counterpart Sergei Sobyanin in Moscow.")
    assert ("Sergei Sobyanin", "Moscow") in roles(r)
    r = read(ex, "Mayor Park of Daegu met his French counterpart, Christian Estrosi, in Nice on Monday. Daegu is "
                 "twinned with Paris, and Paris officials also attended.")
    assert ("Christian Estrosi", "Nice") in roles(r)


def test_a_partner_named_again_without_its_owner_keeps_the_owner_told_before(ex) -> None:  # type: ignore[no-untyped-def]
    """A tie said again with no owner (``we will be ending the twinning with Kostroma``) is with the town an earlier
    sentence tied that partner to, not with the article's main town."""
    r = read(ex, "Oxford City Council has become the latest council to end twinning arrangements with a Russian city, "
                 "Perm.\n\nDurham County Council has also decided to end its twinning arrangements with the city of "
                 "Kostroma.\n\n'We will be ending the twinning arrangements with Kostroma,' said council leader Cllr "
                 "Amanda Hopgood.")
    assert ties(r) == {frozenset(("Oxford", "Perm")), frozenset(("Durham", "Kostroma"))}
    # look-alike: a partner told with no owner before is the article's town's
    r = read(ex, "Oxford City Council met on Monday.\n\n'We will be ending the twinning arrangements with Perm,' said "
                 "the council leader.")
    assert ties(r) == {frozenset(("Oxford", "Perm"))}


def test_an_ambassador_extraordinary_and_plenipotentiary_after_the_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``X, Ambassador Extraordinary and Plenipotentiary of China``: one title with its own ``and``; two titles joined
    by ``and`` still read the last."""
    r = read(ex, "Present at the ceremony were Fang Qiu, Ambassador Extraordinary and Plenipotentiary of the People's "
                 "Republic of China to Trinidad and Tobago, and the mayor.")
    assert "Fang Qiu" in names(r, "Person")
    r = read(ex, "Present were Jane Roe, Mayor and Chairman of the Kelso Twinning Association, and guests.")
    assert "Jane Roe" in names(r, "Person")


def test_a_missions_seat_and_a_legs_end_are_no_parties(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Philippine Consulate General in Toronto`` sits there; ``a flight to Tokyo … arrived in Sakata``: the leg
    ends before the place they reach; neither is a party to the tie the sentence tells."""
    r = read(ex, "The Philippine Consulate General in Toronto said the Council of Markham approved the sister city tie "
                 "with Cebu.")
    assert "Toronto" not in names(r, "City")
    r = read(ex, "Following a 12-plus hour flight to Tokyo and five hours of train travel, the Wilmington delegation "
                 "arrived in Sakata, its sister city.")
    assert ties(r) == {frozenset(("Wilmington", "Sakata"))}
    # look-alikes: a flight to the place they visit, a city named with its consul and as a party
    assert "Kumagaya" in names(read(ex, "The mayor will fly to Kumagaya next week for the 30th anniversary of the "
                                        "sister city tie."), "City")
    r = read(ex, "Mayor Jane Roe met the Consul General of Japan in Sydney to discuss the sister city tie between "
                 "Sydney and Nagoya.")
    assert ties(r) == {frozenset(("Sydney", "Nagoya"))}
    r = read(ex, "The delegation from Gimhae flew to Kagoshima, where it signed a friendship pact with the city, before "
                 "heading to Tokyo.")
    assert frozenset(("Gimhae", "Kagoshima")) in ties(r)  # (a stop where something is told is the story's)
    r = read(ex, "Students from Gangneung will fly from Incheon to Annecy, their sister city, for a two-week exchange.")
    assert ties(r) == {frozenset(("Gangneung", "Annecy"))}


@pytest.mark.parametrize("text,pair", [
    ("The government of Tokyo’s Minato Ward has signed a friendship city agreement with Hanoi.", ("Minato", "Hanoi")),
    ("Seoul's Jongno District signed a sister city agreement with Poipet.", ("Jongno District", "Poipet")),
])
def test_a_city_before_its_wards_possessive_only_locates_it(ex, text, pair) -> None:  # type: ignore[no-untyped-def]
    """``Tokyo's Minato Ward``: the ward acts and is the party; the city only says where it lies."""
    assert ties(read(ex, text)) == {frozenset(pair)}


def test_look_alike_of_a_city_before_a_possessive(ex) -> None:  # type: ignore[no-untyped-def]
    """A city's own partner after its possessive is no ward of it (``Busan's sister city Fukuoka``)."""
    assert ties(read(ex, "Busan's sister city Fukuoka sent a delegation.")) == {frozenset(("Busan", "Fukuoka"))}


def test_a_place_and_day_dateline_dates_no_event(ex) -> None:  # type: ignore[no-untyped-def]
    """``MIRI (May 21): … signed an MoU at City Hall yesterday``: the dateline's day is the filing's; the signing was
    the day before."""
    r = read(ex, "MIRI (May 21): The Miri City Council MoU signing with Gochang-gun is part of its long-term "
                 "commitment.\n\nThe signing took place during the anniversary celebration at Miri City Hall "
                 "yesterday.", published=dt.date(2023, 5, 21))
    assert "2023-05-21" not in dates(r)
    # look-alike: a schedule's heading names the day of its event
    r = read(ex, "Signing ceremony (May 21): Mayor Jane Roe and Mayor Ken Sato will sign the sister city agreement.",
             published=dt.date(2024, 5, 10))
    assert "2024-05-21" in dates(r)


def test_landmarks_a_town_lies_between_and_a_state_describing_its_capital_are_no_parties(ex) -> None:  # type: ignore[no-untyped-def]
    """``Langenfeld is located between Düsseldorf and Cologne``: landmarks, no partners of Langenfeld's twin; ``the
    Arizona State Capital of Phoenix``: Phoenix is the partner, the state only describes it."""
    r = read(ex, "Ennis has been twinned with Langenfeld since 2013; Langenfeld is located between Düsseldorf and "
                 "Cologne.")
    assert ties(r) == {frozenset(("Ennis", "Langenfeld"))}
    r = read(ex, "Ennis is also twinned with the Arizona State Capital of Phoenix.")
    assert ties(r) == {frozenset(("Ennis", "Phoenix"))}
    # look-alike: an agreement between two cities is theirs
    r = read(ex, "The sister city agreement between Düsseldorf and Chongqing was signed on Monday.")
    assert ties(r) == {frozenset(("Düsseldorf", "Chongqing"))}
    r = read(ex, "The strength of the sister city friendship lies in the trust between Gimhae and Kagoshima, the mayor "
                 "said.")
    assert ties(r) == {frozenset(("Gimhae", "Kagoshima"))}
    r = read(ex, "Chengdu Capital of Gastronomy delegates met officials of Jeonju and signed a friendship pact.")
    assert "Chengdu" in names(r, "City")


def test_a_bodys_founding_year_in_an_aside_dates_no_event(ex) -> None:  # type: ignore[no-untyped-def]
    """``The X Twinning Association, founded in 1979, will host the re-signing …``: the aside dates the body, not
    the signing; a tie's year said in the main clause still dates its signing."""
    r = read(ex, "The Kelby Twinning Association, founded in 1979, will host the re-signing of the twinning charter "
                 "at the Guildhall.", published=dt.date(2024, 6, 5))
    assert "1979" not in dates(r)
    r = read(ex, "Kelby and Osu signed their twinning charter in 1979.", published=dt.date(2024, 6, 5))
    assert "1979" in dates(r)


def test_visitors_from_a_city_described_by_its_nation(ex) -> None:  # type: ignore[no-untyped-def]
    """``A delegation from the Japanese city of Shibetsu is being welcomed in Goulburn``: the bare ``Mayor`` said
    later is the host's, not the visitors' city's."""
    r = read(ex, "A delegation from the Japanese city of Shibetsu is being welcomed in Goulburn today as part of the "
                 "growing sister relationship between the two.\n\nMayor, Bob Kirk says he has been looking forward to "
                 "the visit.", published=dt.date(2019, 11, 11))
    assert ("Bob Kirk", "Goulburn") in roles(r)


def test_the_end_of_an_abbreviation_that_lost_its_stop_names_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``The U.S State of Maryland``: ``S State`` is no town; Maryland is the party. A one-letter first word after
    no abbreviation still may start a name (``Villa de Santiago``, ``A Coruña``)."""
    r = read(ex, "The U.S State of Maryland signed a sister-state memorandum with Cross River State of Nigeria.")
    assert "S State" not in names(r, "City") and frozenset(("Maryland", "Cross River State")) in ties(r)
    r = read(ex, "A Coruña signed a sister city agreement with Kelby on Monday.")
    assert frozenset(("A Coruña", "Kelby")) in ties(r)


@pytest.mark.parametrize("text,field", [
    ("Mayor of Technical and Environmental Affairs Ninna Hedeager Olsen signed the memorandum with Boston.", "Technical"),
    ("Copenhagen's Mayor of Culture and Leisure Mia Nyegaard welcomed the delegation from Beijing.", "Culture"),
])
def test_the_field_of_an_office_is_no_town(ex, text, field) -> None:  # type: ignore[no-untyped-def]
    """``Mayor of Technical and Environmental Affairs``: the office's field after ``of``, no town (a town after
    ``Mayor of`` still is one: ``the Mayor of Kelby``)."""
    assert field not in names(read(ex, text), "City")


def test_look_alike_of_an_office_field(ex) -> None:  # type: ignore[no-untyped-def]
    assert "Kelby" in names(read(ex, "The Mayor of Kelby signed the memorandum with Osu on Monday."), "City")


def test_a_plural_place_prefix_makes_each_listed_name_a_party(ex):
    """``The provinces of Negros Occidental and Pampanga signed a sisterhood agreement``: each name of the list after a
    plural prefix is a local government; the list ends at its ``and`` (``the cities of Mandaue and Cauayan, Isabela``:
    the province after the comma only locates)."""
    r = read(ex, "The provinces of Negros Occidental and Pampanga signed a sisterhood agreement on Monday.")
    assert ties(r) == {frozenset({"Negros Occidental", "Pampanga"})}
    r = read(ex, "The provinces of Negros Occidental and Pampanga signed a sisterhood agreement on Monday. Governors "
                 "Eugenio Lacson of Negros Occidental and Dennis Pineda of Pampanga led the ceremony.")
    assert {("Eugenio Lacson", "Negros Occidental"), ("Dennis Pineda", "Pampanga")} <= roles(r)
    r = read(ex, "A sisterhood agreement was inked between the cities of Mandaue and Cauayan, Isabela.")
    assert "Isabela" not in names(r, "City")
    # (the singular prefix names one place only; a country or a province after a comma only locates; member states
    # are no states)
    r = read(ex, "The province of Pampanga and Negros Occidental signed a sisterhood agreement on Monday.")
    assert "Negros Occidental" not in names(r, "City")
    r = read(ex, "Suwon has sister ties with the cities of Freiburg, Germany, and Cluj-Napoca, Romania.")
    assert not {"Germany", "Romania"} & names(r, "City")
    r = read(ex, "A delegation from the cities of Zhuhai, Guangdong Province, and Suwon attended the festival.")
    assert not any(n.startswith("Guangdong") for n in attendees(r))
    r = read(ex, "Leaders from the member states of ASEAN and Korea attended the summit in Busan.")
    assert not {"ASEAN", "Korea"} & names(r, "City")


def test_an_office_for_a_field_written_before_a_name(ex):
    """``Head of Tourism Promotion Elena Ruiz``, ``Minister for Local Government, Housing and Transport Lena Ortiz``:
    the name after the office's field is a person's, the office its title."""
    r = read(ex, "Head of Tourism Promotion Elena Ruiz also attended the ceremony.")
    assert "Elena Ruiz" in names(r, "Person") and "Elena Ruiz" in attendees(r)
    title = next(e.attrs["jobTitle"] for e in r.entities.values() if e.name == "Elena Ruiz")
    assert title == "head of tourism promotion"
    r = read(ex, "Minister for Local Government, Housing, Infrastructure and Transport Lena Ortiz signed the deal.")
    assert names(r, "Person") == {"Lena Ortiz"}
    r = read(ex, "Minister for Public Utilities Parveen Bala (left) signed the MOU.")
    assert names(r, "Person") == {"Parveen Bala"}
    # (capitals after the field that are no name: an event, or the field running on past the table's words)
    assert names(read(ex, "Head of Tourism Promotion Week events were also well attended."), "Person") == set()
    assert names(read(ex, "The Minister for Housing and Transport signed the deal."), "Person") == set()
    assert names(read(ex, "Director of Regeneration Strategies Mark Hill spoke."), "Person") == set()
    # (a place or a body after the field, and a unit's word before the name)
    assert names(read(ex, "Director of Tourism Jeju Island officials welcomed the delegation."), "Person") == set()
    assert names(read(ex, "Head of Heritage Gyeongju National Museum curators guided the visitors."), "Person") == set()
    assert names(read(ex, "Head of Marketing Lotte Tour Kim Min-su presented the package."), "Person") == set()
    assert names(read(ex, "Head of International Cooperation Team Park Ji-won welcomed the guests."), "Person") == \
        {"Park Ji-won"}


def test_a_known_town_written_without_its_marks_keeps_the_article_s_spelling(ex):
    """``Omihachiman`` for the store's ``Ōmihachiman``: the article's spelling is a label of the town too (a town the
    store knows is written with the labels it lacks only)."""
    r = read(ex, "Delegates from Omihachiman, Japan, arrived in Grand Rapids on Monday.")
    town = next(e for e in r.entities.values() if e.type == "City" and "mihachiman" in e.name)
    assert town.known and "Omihachiman" in town.alt
    r = read(ex, "Delegates from Ōmihachiman, Japan, arrived in Grand Rapids on Monday.")
    town = next(e for e in r.entities.values() if e.type == "City" and "mihachiman" in e.name)
    assert town.alt == set()


def test_a_body_of_friendship_with_others_keeps_its_whole_name(ex):
    """``the Chinese People's Association for Friendship with Foreign Countries``: ``with`` after a field of
    friendship or cooperation stays in the name; after another word it ends the name (``the Korea Chamber of
    Commerce with Busan officials``)."""
    r = read(ex, "The delegation was led by the Chinese People's Association for Friendship with Foreign Countries on "
                 "Monday.")
    assert "Chinese People's Association for Friendship with Foreign Countries" in names(r, "Organization")
    r = read(ex, "The visit was arranged by the Chinese People's Association for Friendship with Foreign Countries in "
                 "Beijing.")
    assert "Beijing" in names(r, "City")
    r = read(ex, "The Korea Chamber of Commerce with Busan officials hosted the dinner.")
    assert names(r, "Organization") == {"Korea Chamber of Commerce"}


def test_people_counted_from_a_town_send_it_to_the_event(ex):
    """``Twelve delegates arrived Monday from Hekinan``, ``Eleven people from Eppstein spent … to take part in the
    celebrations``: the town they came from takes part (a town the gazetteer lacks too, in an article about a tie);
    the list of senders ends at a participle (``…, continuing the sister city relationship with Edmonds``)."""
    r = read(ex, "Twelve delegates arrived Monday from Hekinan, Japan, continuing the sister city relationship with "
                 "Edmonds.")
    assert attendees(r) == {"Hekinan"}
    r = read(ex, "Eleven people from Eppstein spent last weekend in Kenilworth to take part in the celebrations marking "
                 "the twinning anniversary.")
    assert "Eppstein" in names(r, "City") and "Eppstein" in attendees(r)
    # (the list of senders ends before the event's own place; a body the students come from is no town)
    r = read(ex, "Twelve delegates arrived Monday from Hekinan for the sister city conference in Sacramento.")
    assert attendees(r) == {"Hekinan"}
    assert names(read(ex, "Ten students from Yonsei attended the sister city youth forum."), "City") == set()
    # (people of a town, no count and no coming, are the hosts: no guest town)
    r = read(ex, "The people of Kenilworth welcomed guests to the twinning celebrations on Saturday.")
    assert "Kenilworth" not in attendees(r)


def test_a_town_twinned_after_an_apposition_of_where_it_lies(ex):
    """``Skerries, in Fingal County, is twinned with Guichen``: the subject is the party, the county only locates it."""
    r = read(ex, "Skerries, in Fingal County, is twinned with Guichen.")
    assert ties(r) == {frozenset({"Skerries", "Guichen"})}
    r = read(ex, "Westbury, near Bath, has been twinned with Chateau du Loir since 1978.")
    assert ties(r) == {frozenset({"Westbury", "Chateau du Loir"})}


def test_his_excellency_before_a_name(ex):
    """``the Governor of Nairobi HE. Evans Kidero``, ``Governor HE. Evans Kidero of Nairobi``: ``HE.`` (His Excellency)
    is no part of the place nor of the name, and no sentence ends after it."""
    for text in ("The delegation was received by the Governor of Nairobi HE. Evans Kidero on Monday.",
                 "The delegation was received by Governor HE. Evans Kidero of Nairobi on Monday."):
        r = read(ex, text)
        assert ("Evans Kidero", "Nairobi") in roles(r) and "Nairobi HE" not in names(r, "City")
    # (Hon. before an office is Honorary: the office is the title)
    r = read(ex, "The president of Truro Twinning Association Hon. Treasurer Ann Lee said the visit was a success.")
    assert names(r, "Person") == {"Ann Lee"}


def test_an_office_of_a_body_then_an_honorific_and_the_name(ex):
    """``the speaker of Nairobi County Assembly Hon. Alex Ole Magelo``: the honorific opens the holder's name, no comma
    needed; without it the capitals after the body are no name of its (``the speaker of the Assembly Monday``)."""
    r = read(ex, "The delegates also hosted the speaker of Nairobi County Assembly Hon. Alex Ole Magelo for a breakfast "
                 "meeting.")
    assert ("Alex Ole Magelo", "Nairobi County Assembly") in roles(r)
    assert names(read(ex, "The delegates also hosted the speaker of Nairobi County Assembly for a breakfast meeting."),
                 "Person") == set()


def test_a_month_that_ends_a_name_is_a_surname(ex):
    """``Cllr Fionnuala May``, ``Councillor Brendan June``: a month right after a given name ends the name as its
    surname; a month after ``in`` or before a day stays a date (``will visit in May 2024``, ``met them in May``)."""
    assert "Fionnuala May" in names(read(ex, "Mayor Tom Reed welcomed Cllr Fionnuala May to the reception."), "Person")
    assert "Brendan June" in names(read(ex, "They were greeted by Councillor Brendan June on Monday."), "Person")
    assert names(read(ex, "Mayor Tom Reed will visit in May 2024."), "Person") == {"Tom Reed"}
    assert names(read(ex, "Cllr Tom Reed met them in May."), "Person") == {"Tom Reed"}


def test_a_club_the_event_is_held_at_is_its_venue(ex):
    """``a reception at the Kenilworth Tennis and Croquet Club``, ``held at the Rotary Club of Truro``: the club is the
    event's place, no organisation taking part; a club that hosts stays a body (``The Rotary Club hosted a dinner``)."""
    r = read(ex, "The delegates were welcomed at a reception at the Kenilworth Tennis and Croquet Club on Saturday.")
    assert "Kenilworth Tennis and Croquet Club" in names(r, "Place") and names(r, "Organization") == set()
    r = read(ex, "The dinner was held at the Rotary Club of Truro on Friday.")
    assert names(r, "Place") == {"Rotary Club of Truro"} and names(r, "Organization") == set()
    r = read(ex, "The Rotary Club hosted a dinner for the delegation on Friday.")
    assert names(r, "Organization") == {"Rotary Club"} and names(r, "Place") == set()
    r = read(ex, "Volunteers at the Truro Rotary Club organised a dinner for the Morlaix twinning guests at the Alverton "
                 "Hotel.")
    assert names(r, "Place") == {"Alverton Hotel"} and "Truro Rotary Club" in names(r, "Organization")


def test_the_members_a_delegation_from_a_town_included_are_its_officers(ex):
    """``The delegation from Bielsko-Biala included Deputy Mayor A, Head of Strategy … B and Head of Promotion C``: each
    titled member listed works for the town the delegation comes from, not for the host; a German mayor's title
    written without its umlaut (``Oberburgermeister of Aachen``)."""
    r = read(ex, "Grand Rapids welcomed visitors. The delegation from Bielsko-Biala included Deputy Mayor Waldemar "
                 "Jedrusinski, Head of Strategy and Economic Development Aleksandra Podsiadlik and Head of Promotion Anna "
                 "Zgierska.")
    assert {("Waldemar Jedrusinski", "Bielsko-Biala"), ("Aleksandra Podsiadlik", "Bielsko-Biala"),
            ("Anna Zgierska", "Bielsko-Biala")} <= roles(r)
    assert ("Jürgen Linden", "Aachen") in roles(read(ex, "The delegation was invited to Aachen by Dr Jürgen Linden, "
                                                         "Oberburgermeister of Aachen."))
    # (the hosts named in a clause of their own after the list are no members)
    r = read(ex, "Grand Rapids welcomed visitors. The delegation from Bielsko-Biala included Deputy Mayor Waldemar "
                 "Jedrusinski, who was received at City Hall by Deputy Mayor Tom Reed and Head of Tourism Marc Salaun.")
    assert ("Tom Reed", "Bielsko-Biala") not in roles(r) and ("Marc Salaun", "Bielsko-Biala") not in roles(r)
    # (an officer for a field named outside a delegation's list has no town said)
    r = read(ex, "Head of Tourism Promotion Elena Ruiz also attended the ceremony in Grand Rapids.")
    assert not any(n == "Elena Ruiz" for n, _ in roles(r))


def test_a_twinning_body_written_with_a_lowercase_head(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Locquirec Town Twinning committee``: a town's twinning body whose head is written in lowercase is still
    named whole; a lowercase committee after words that name no twinning body is none (``the Town Hall committee``)."""
    r = read(ex, "The Drumshanbo Town Twinning committee organised the week of events.")
    assert "Drumshanbo Town Twinning committee" in names(r, "Organization")
    r = read(ex, "The Drumshanbo Town Hall committee organised the week of events.")
    assert not any("committee" in n for n in names(r, "Organization"))
    r = read(ex, "Last Saturday Kilkenny Twinning committee hosted the visitors.")
    assert "Kilkenny Twinning committee" in names(r, "Organization")  # (the time is no part of the name)


def test_people_listed_after_a_body_are_its_members(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Drumshanbo Town Twinning Committee of Sean Nolan, Sheila Mooney and Anne Boyle``: the people listed right
    after a body that has members are members of it, and no part of its name; places listed after a council are
    none, and names listed after a verb are no members."""
    r = read(ex, "The Drumshanbo Town Twinning Committee of Sean Nolan, Sheila Mooney and Anne Boyle organised the "
                 "week of events.")
    assert "Drumshanbo Town Twinning Committee" in names(r, "Organization")
    assert {("Sean Nolan", "Drumshanbo Town Twinning Committee"), ("Anne Boyle", "Drumshanbo Town Twinning Committee")} \
        <= roles(r)
    r = read(ex, "The Twinning Committee, made up of Ann Bell and Tom Ford, hosted the visitors.")
    assert ("Tom Ford", "Twinning Committee") in roles(r)
    r = read(ex, "The Twinning Committee thanked Ann Bell and Tom Ford for their work.")
    assert not {n for n, _ in roles(r)} & {"Ann Bell", "Tom Ford"}
    r = read(ex, "The Sister Cities Committee of San Jose and Santa Clara hosted the visitors from Okayama.")
    assert not names(r, "Person")  # (places listed after the body, no members)
    r = read(ex, "The Committee of Finance and Budget met on Monday.")
    assert "Committee of Finance and Budget" in names(r, "Organization")  # (its fields, one word each: no members)


def test_presence_told_in_a_sentence_of_its_own_is_at_the_event_told_before(ex) -> None:  # type: ignore[no-untyped-def]
    """``Councillor Dee Marsh was also present.``, ``… will also be present, along with …``, ``The special guest of the
    evening was …``: who is said present, in a sentence naming no event, attends the event told just before; not
    who was present at something else (``present at the founding of the society decades ago``)."""
    r = read(ex, "The Lahr mayor planted a friendship tree on Tuesday. Councillor Dee Marsh was also present.")
    assert "Dee Marsh" in attendees(r)
    r = read(ex, "A meeting between Mayor Luo Qiang of Chengdu and Hamilton Mayor Andrew King will take place tomorrow. "
                 "Chief Executive Richard Briggs will also be present, along with Consul-General Alistair Crozier.")
    assert {"Richard Briggs", "Alistair Crozier"} <= attendees(r)
    r = read(ex, "The banquet was held on Tuesday. The special guest of the evening was Yasushi Noguchi, the consul "
                 "general of Japan.")
    assert "Yasushi Noguchi" in attendees(r)
    r = read(ex, "The friendship tree was planted on Tuesday. Councillor Dee Marsh was present at the founding of the "
                 "twinning society decades ago.")
    assert "Dee Marsh" not in attendees(r)
    first = "The Lahr mayor planted a friendship tree on Tuesday. "
    for other in ("Neither Councillor Dee Marsh nor Mayor Tom Ford was present.",  # denied
                  "Councillor Dee Marsh was also present back in 1995 when the towns were first twinned.",  # another time
                  "Councillor Dee Marsh is present on the twinning committee.",  # another sense
                  "Next month the town celebrates its founding. Councillor Dee Marsh will also be present."):  # elsewhere
        assert "Dee Marsh" not in attendees(read(ex, first + other)), other


def test_a_dateline_without_its_agency_dates_no_event(ex) -> None:  # type: ignore[no-untyped-def]
    """``TACLOBAN CITY, June 5 -- The city has strengthened ties … after a visit``: the dateline's day is the copy's,
    with or without an agency in brackets; a date inside the sentence still dates its event."""
    r = read(ex, "TACLOBAN CITY, June 5 -- The city government has strengthened sisterhood ties with Fukuyama City in "
                 "Japan after a week-long visit of city legislators.", published=dt.date(2017, 6, 5))
    assert "2017-06-05" not in dates(r)
    r = read(ex, "TACLOBAN CITY -- The city legislators visited Fukuyama City in Japan on June 1 to renew sisterhood "
                 "ties.", published=dt.date(2017, 6, 5))
    assert "2017-06-01" in dates(r)
    r = read(ex, "The two cities signed the sister-city agreement on Tuesday, March 5 — exactly 30 years after their "
                 "first exchange.")  # (a sentence's own comma and date: no dateline)
    assert "2024-03-05" in dates(r)
    r = read(ex, "On Friday, March 1 -- the day Leeds marks its charter -- Mayor John Smith signed a sisterhood "
                 "agreement with Lahr.")
    assert "2024-03-01" in dates(r)


def test_a_signing_years_past_in_a_time_clause_is_no_event(ex) -> None:  # type: ignore[no-untyped-def]
    """``… after two cities forged sisterhood in 1980``: a signing told in a time clause and dated years before the
    story is the tie's past, no event; the same signing told as the sentence's own is one, and a recent signing in a
    time clause still is."""
    r = read(ex, "The vice mayor stressed the need to renew the partnership with Fukuyama after the two cities forged "
                 "sisterhood in 1980.", published=dt.date(2017, 6, 5))
    assert "1980" not in dates(r)
    r = read(ex, "Tacloban and Fukuyama forged sisterhood in 1980.", published=dt.date(2017, 6, 5))
    assert "1980" in dates(r)
    r = read(ex, "The crowd cheered after the two mayors signed the sister city agreement on Monday.",
             published=dt.date(2017, 6, 7))
    assert "2017-06-05" in dates(r)
    r = read(ex, "After Suwon forged ties with Lahr in 2012, Mayor Kim Min-su inked a new MOU with the city on Monday.")
    assert "2024-03-04" in dates(r)  # (a clause opening the sentence: the main clause's signing is the event)


def test_a_name_its_title_and_its_body_set_off_by_commas(ex) -> None:  # type: ignore[no-untyped-def]
    """``John Smith, Chairman, Leeds Twinning Association``, ``…, Commissioner & Administrator, Municipal Corporation of
    Aurangabad``: the body read right after the title is the person's (the whole body, not the town in its name); a
    title set off after a name is never a name itself, nor is the place after it (``Anna Bell, Mayor, Lahr``)."""
    r = read(ex, "The letter was signed by John Smith, Chairman, Leeds Twinning Association.")
    assert ("John Smith", "Leeds Twinning Association") in roles(r)
    r = read(ex, "Astik Kumar Pandey, Commissioner & Administrator, Municipal Corporation of Aurangabad, signed for the "
                 "city.")
    assert ("Astik Kumar Pandey", "Municipal Corporation of Aurangabad") in roles(r)
    r = read(ex, "Visitors included Anna Bell, Mayor, Lahr, and her deputy.")
    assert "Lahr" not in names(r, "Person")
    r = read(ex, "The guests were John Smith, Chairman, and Mary Jones, Secretary.")
    assert not roles(r)
    r = read(ex, "According to John Smith, chairman, Leeds City Council approved the twinning with Lahr.")
    assert not roles(r)  # (the body opens a new clause)
    r = read(ex, "In Busan, Mayor, Park Heong-joon, welcomed the delegation from Leeds.")
    assert ("Park Heong-joon", "Busan") in roles(r)


def test_towns_listed_as_having_ties_of_their_own_are_no_partners(ex) -> None:  # type: ignore[no-untyped-def]
    """``Other towns in Kenya with sister cities in the US include Kisumu, Mombasa and Eldoret``: towns listed as owners
    of ties are partners of no one there; a town described so and then twinned still is (``Leeds, one of the cities
    with twin towns in France, is twinned with Lille``)."""
    r = read(ex, "Thika is twinned with Dixon. Other towns in Kenya with sister cities in the US include Kisumu, Mombasa "
                 "and Eldoret.")
    assert not any({"Kisumu", "Mombasa", "Eldoret"} & set(t) for t in ties(r))
    r = read(ex, "Leeds, one of the cities with twin towns in France, is twinned with Lille.")
    assert frozenset({"Leeds", "Lille"}) in ties(r)
    r = read(ex, "Denver is among US cities with sister cities such as Takayama and Brest.")
    assert frozenset({"Denver", "Brest"}) in ties(r)  # (such as: its partners, listed)
    r = read(ex, "Towns with twin towns in France include Howick, which was twinned with Bhola in 1990.")
    assert frozenset({"Howick", "Bhola"}) in ties(r)


def test_a_political_consultative_conference_is_a_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Political Consultative Conference of Laoshan District``: a Chinese body named with its place, its officer's
    employer; a conference held is still an event, no body (``The conference of mayors was held …``)."""
    r = read(ex, "Zhang Yongbo, vice director of the Political Consultative Conference of Laoshan District, welcomed "
                 "the Columbia delegation at a reception.")
    assert ("Zhang Yongbo", "Political Consultative Conference of Laoshan District") in roles(r)
    r = read(ex, "The conference of mayors was held in Laoshan District.")
    assert not names(r, "Organization")
    r = read(ex, "The Huizhou Political Consultative Conference sent a delegation to Seogwipo on Monday.")
    assert not any("Conference" in n for n in names(r, "Event"))  # (the body's name, no event of its own)


def test_schools_sharing_one_plural_head(ex) -> None:  # type: ignore[no-untyped-def]
    """``Howick and Pakuranga Colleges``: each name before a plural school head is a school of its own, a place or not;
    words that only describe schools name none (``Public and Private High Schools``)."""
    r = read(ex, "Students from Howick and Pakuranga Colleges travelled to Utsunomiya.")
    assert {"Howick College", "Pakuranga College"} <= names(r, "Organization")
    r = read(ex, "Students from Public and Private High Schools travelled to Utsunomiya.")
    assert not names(r, "Organization")
    r = read(ex, "Students from Catholic and Anglican Colleges in Auckland visited Guangzhou.")
    assert not names(r, "Organization")


def test_a_known_town_that_opens_a_persons_two_word_name_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``Breda Wynne for her hard work``, ``Shiraz Zack-Kanga, a former student``, ``Chairperson Breda Wynne said``: a
    town's name opening a two-word name that a person's apposition, clause or title and speech go with is a given
    name, no town; the town alone, or before a place's or a body's word, stays one."""
    for text in ("The committee thanked Breda Wynne for her hard work.", "Guests included Shiraz Zack-Kanga, a former "
                 "student.", "Chairperson Breda Wynne said it was a night to remember."):
        assert not names(read(ex, text), "City"), text
    assert "Breda" in names(read(ex, "The delegation from Breda arrived on Monday."), "City")
    assert "Breda College" in names(read(ex, "Students from Breda College, a local school, visited."), "Organization")


def test_an_inn_or_a_special_district_named_after_a_town_names_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Golden Dublin Inn``, ``Dixon Park District``: a house or a body named after a town makes no town of it (the
    town is no party there); the town named as such still is (``Mayor Ann Burke of Dublin``), and ``Park City`` is a
    town (a special district's word only before ``District``)."""
    r = read(ex, "The dinner was held at the Golden Dublin Inn. Students from the Dixon Park District sang.")
    assert not names(r, "City") & {"Dublin", "Dixon", "Dixon Park District", "Dixon Park"}
    r = read(ex, "Mayor Ann Burke of Dublin welcomed the group from Park City, Utah, at the Golden Dublin Inn.")
    assert {"Dublin", "Park City"} <= names(r, "City")


def test_an_officer_named_with_its_after_the_body_works_for_that_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Kilcolgan Twinning Committee and its chairperson, Ann Burke``: the body's officer; a body that is no right
    neighbour of ``its`` lends nothing (``the committee thanked the town and its chairperson``), and a town's head stays
    the town's (``the Galway City Council and its mayor, Mary Ryan``)."""
    r = read(ex, "The trip was organised by the Kilcolgan Twinning Committee and its chairperson, Ann Burke. "
                 "The Galway City Council and its mayor, Mary Ryan, came too.")
    assert ("Ann Burke", "Kilcolgan Twinning Committee") in roles(r) and ("Mary Ryan", "Galway") in roles(r)
    r = read(ex, "The Kilcolgan Twinning Committee thanked the parish of Oranmore and its chairperson, Ann Burke.")
    assert ("Ann Burke", "Kilcolgan Twinning Committee") not in roles(r)


def test_hosts_welcoming_visitors_from_a_town_make_their_visit(ex) -> None:  # type: ignore[no-untyped-def]
    """``Castlemore welcomed visitors from its twin town Brissac-Quincé``: the visitors' visit, the town they come from
    takes part, the host holds it; hosting a body's own meeting is no visit (``hosted the annual general meeting``)."""
    r = read(ex, "Castlemore welcomed visitors from its twin town Brissac-Quincé last weekend.")
    visit = {e.iri for e in r.entities.values() if e.type == "Event" and e.name == "visit"}
    assert visit and {label(r, f.o) for f in r.facts if f.s in visit and f.p == V.SCHEMA.attendee} == {"Brissac-Quincé"}
    r = read(ex, "Castlemore hosted the annual general meeting of the twinning association.")
    assert not any(e.type == "Event" and e.name == "visit" for e in r.entities.values())
    for other in ("Tourism chiefs said Castlemore welcomed 2 million visitors from overseas last year.",  # (no group)
                  "Police said the hotel received guests from Manchester who later fell ill."):  # (no ties told)
        assert not any(e.type == "Event" and e.name == "visit" for e in read(ex, other).entities.values()), other


def test_the_other_side_speaking_for_its_part_was_at_the_event_just_told(ex) -> None:  # type: ignore[no-untyped-def]
    """``For his part, X said …`` right after a sentence telling an event: X spoke there; not after a sentence about
    something else (the event told earlier is no longer the one spoken of)."""
    first = "Ho Chi Minh City and Gyeonggi Province signed a memorandum of understanding on April 18. "
    last = "For his part, Gyeonggi Vice Governor Kim Jin-heung said the cooperation will help both sides."
    assert "Kim Jin-heung" in attendees(read(ex, first + last, dt.date(2018, 4, 20)))
    assert "Kim Jin-heung" not in attendees(read(ex, first + "The city has many parks. " + last, dt.date(2018, 4, 20)))
    other = "For his part, Prime Minister Taro Yamada told parliament in Tokyo on Friday that ties were strong."
    assert "Taro Yamada" not in attendees(read(ex, first + other, dt.date(2018, 4, 20)))  # (another occasion, its day)


def test_plural_body_words_and_a_persons_whole_name_are_no_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``the respective Twinning Associations``, ``the Twinning Committees of A and B``: a plural body word is no town; a
    town no gazetteer knows read from ``an agreement with X …`` is no town when the article names X as a person
    (``Cape Town Mayor Geordin Hill-Lewis``), and stays one when it does not."""
    r = read(ex, "Cllr Annesley wished the respective Twinning Associations well. "
                 "Representatives of the Twinning Committees of Basse-Goulaine and Ballina met Cllr John Cole.")
    assert not names(r, "City") & {"Associations", "Committees"}
    said = "\"We are glad to sign the first Sister City agreement with Geordin Hill-Lewis the Executive mayor of Cape Town.\""
    r = read(ex, "Nairobi Governor Johnson Sakaja met Cape Town Mayor Geordin Hill-Lewis on Monday. " + said)
    assert "Geordin Hill-Lewis" not in names(r, "City") and "Geordin Hill-Lewis" in names(r, "Person")
    r = read(ex, "Nairobi signed a first Sister City agreement with Kitale-Moyo on Monday.")
    assert "Kitale-Moyo" in names(r, "City")
    r = read(ex, "Busan signed a sister city agreement with Eloy Alfaro, Ecuador, on Monday. The canton takes its name "
                 "from President Eloy Alfaro.")  # (a town with its country stays one, though a person bears its name)
    assert "Eloy Alfaro" in names(r, "City")


def test_two_names_twinned_together_for_years_are_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``Chartrettes and Roscommon have been twinned since 1998``: two names of one word each, twinned together for years,
    are towns no gazetteer knows, and partners; not ``Smith and Jones were twinned in the doubles draw``."""
    r = read(ex, "Chartrettes and Roscommon have been twinned since 1998.")
    assert frozenset({"Chartrettes", "Roscommon"}) in ties(r)
    assert not names(read(ex, "Smith and Jones were twinned in the doubles draw."), "City")
    assert not names(read(ex, "Supporters of Lazio and Inter have been twinned since 1988."), "City")  # (fans)


def test_a_government_body_named_bare_is_the_one_named_in_full_before(ex) -> None:  # type: ignore[no-untyped-def]
    """``the municipal People's Committee`` after ``the People's Committee of Ho Chi Minh City``: that committee, and its
    officer works for it; with none named in full the bare one stays its own."""
    first = "The People's Committee of Ho Chi Minh City and Gyeonggi Province signed a memorandum on April 18. "
    r = read(ex, first + "Vice Chairman of the municipal People's Committee Le Thanh Liem appreciated Gyeonggi's "
                         "initiative.")  # (another place named in the officer's sentence: the committee is still HCMC's)
    assert ("Le Thanh Liem", "People's Committee of Ho Chi Minh City") in roles(r)
    assert "People's Committee" not in names(r, "Organization")
    r = read(ex, "Li Wei, a deputy to the National People's Congress, led a delegation to Daegu on Monday. On Tuesday "
                 "the municipal People's Congress of Qingdao hosted a dinner.")  # (a nation's body; a place named with it)
    assert not any(label(r, f.o) == "National People's Congress" for f in r.facts if f.p == V.SCHEMA.organizer)
    r = read(ex, "Vice Chairman of the municipal People's Committee Le Thanh Liem thanked the guests.")
    assert ("Le Thanh Liem", "People's Committee") in roles(r)  # (none named in full: the bare one is its own)


def test_surnames_after_titles_honorifics_and_given_names_are_no_towns(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Fargo and Mr. Wayne Hironaka``, ``Prof. Miki``, ``call Catherine Warren on …``: surnames, no towns; the
    towns named as such stay (``The mayors of Fargo and Matsuyama met``, ``The group toured Warren on Saturday``)."""
    r = read(ex, "Mayor Fargo and Mr. Wayne Hironaka spoke for Sacramento while Prof. Miki spoke for Matsuyama.")
    assert not names(r, "City") & {"Fargo", "Miki"} and {"Sacramento", "Matsuyama"} <= names(r, "City")
    assert "Warren" not in names(read(ex, "For details, call Catherine Warren on 01905 355124."), "City")
    assert {"Fargo", "Matsuyama"} <= names(read(ex, "The mayors of Fargo and Matsuyama met."), "City")
    assert "Warren" in names(read(ex, "The group toured Warren on Saturday."), "City")



def test_a_page_link_a_street_or_a_file_name_listed_under_a_tie_is_no_town(ex) -> None:  # type: ignore[no-untyped-def]
    """Short lines under a heading naming a tie (``Twyford Twinning``) that are a page's link (``View Calendar``), a street
    (``Polehampton Close``) or a file's name are no towns; a town listed there still is (``Cuincy``)."""
    r = ex.read(Article(text="Twyford Twinning\nView Calendar\nAddress: Polehampton Close, Twyford RG10 9RP\nTwyford is "
                             "twinned with Cuincy in France, and the friendship goes back many years.\n",
                        url="urn:test:tw", language="en", published=PUB))
    assert not names(r, "City") & {"View Calendar", "Polehampton Close"} and "Cuincy" in names(r, "City")


def test_a_text_size_widget_is_furniture() -> None:
    """``Large Medium Small``, ``Text size: Small Medium Large``: a page's text-size widget, no new town; a sentence that
    opens with those words is text (``Large crowds came``)."""
    assert furniture_line("Large Medium Small") == "text_size"
    assert furniture_line("Text size: Small Medium Large") == "text_size"
    assert furniture_line("Large crowds came to see the delegation.") is None


def test_a_region_named_short_then_with_its_kind_keeps_both_names(ex) -> None:  # type: ignore[no-untyped-def]
    """``Fukuoka`` in a headline, then ``Fukuoka prefecture``: one region, the written long form one of its names; a
    region never written with its kind gets no such name."""
    r = read(ex, "Fukuoka signs pact with Busan. Officials of Fukuoka prefecture and Busan signed the agreement on Monday.")
    region = next(e for e in r.entities.values() if e.type == "City" and e.name == "Fukuoka")
    assert "Fukuoka prefecture" in region.alt
    r = read(ex, "Officials of Fukuoka and Busan signed the agreement on Monday.")
    assert not any("prefecture" in a.lower() for e in r.entities.values() for a in e.alt)


def test_a_group_s_possessive_is_part_of_a_body_s_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Kobe Citizens’ Friendship League``, ``the Women’s Business Council``, ``… of the Chinese People’s Political
    Consultative Conference``: a group's possessive stays inside the name; a town's does not (``Kobe's Friendship
    League``), nor a lower-case group (``the citizens’ committee``)."""
    r = read(ex, "The trip was arranged by the Ferndale & District Twinning Association and the Kobe Citizens’ "
                 "Friendship League. Officials from the Women’s Business Council of Tamworth attended the signing.")
    assert {"Kobe Citizens’ Friendship League", "Women’s Business Council of Tamworth"} <= names(r, "Organization")
    r = read(ex, "The letter will be signed by the Municipal Committee of the Chinese People’s Political Consultative "
                 "Conference.")
    assert "Municipal Committee of the Chinese People’s Political Consultative Conference" in names(r, "Organization")
    assert not names(r, "Event")
    r = read(ex, "The Association of Korean Women’s Organizations signed the agreement.")
    assert "Association of Korean Women’s Organizations" in names(r, "Organization")
    r = read(ex, "Kobe's Friendship League hosted the mayor. The citizens’ committee welcomed the guests.")
    assert not any("Kobe's" in n or "citizens" in n for n in names(r, "Organization"))


def test_a_title_written_with_a_hyphen_and_a_small_letter(ex) -> None:  # type: ignore[no-untyped-def]
    """``Vice-chairman of the …``, ``Vice-mayor Anna Pirelli``: the title, no part of a body's name."""
    r = read(ex, "Vice-chairman of the Chinese People’s Political Consultative Conference Li Wei attended the signing.")
    assert "Chinese People’s Political Consultative Conference" in names(r, "Organization")
    r = read(ex, "Vice-mayor Anna Pirelli of Tamworth signed the agreement.")
    assert ("Anna Pirelli", "Tamworth") in roles(r)


def test_a_day_written_as_an_ordinal_is_of_the_month_told_before(ex) -> None:  # type: ignore[no-untyped-def]
    """``arrived on February 3. On the 5th, … signed``: February 5, not the publication's month; with no month
    told in the sentences before, the publication's month (``On the 5th`` alone: March 5)."""
    r = read(ex, "The delegation arrived in Tamworth on February 3. On the 5th, the two mayors signed the renewal agreement.")
    assert dates(r) == {"2024-02-03", "2024-02-05"}
    r = read(ex, "On the 5th, the two mayors signed the renewal agreement in Tamworth.")
    assert dates(r) == {"2024-03-05"}
    assert [w.value.isoformat() for w in find("From July 26 until the 29th, they toured.",
                                              published=PUB)][-1] == "2023-07-29"
    r = read(ex, "The city announced on January 28 that it had signed the renewal agreement on the 2nd.")
    assert "2024-02-02" not in dates(r)  # (a smaller day than the one told: never rolled into the next month)
    r = read(ex, "The mayors, who first met in October 2015, signed the sister city agreement on the 5th in Tamworth.")
    assert dates(r) == {"2024-03-05"}  # (a month of the background: no month for the day)
    r = read(ex, "The delegation announced on the 4th that it visited Satsumasendai for a signing ceremony from "
                 "the 3rd to the 5th.")
    assert dates(r) == {"2024-03-03"}  # (a day without its month written is no month's base)
    r = read(ex, "Tamworth Mayor Jane Roe, who took office on December 1, will visit Kobe on the 20th.")
    assert dates(r) == {"2024-03-20"}  # (a past day is no base for a visit ahead)
    r = read(ex, "The two cities signed a sister city agreement on June 3, 2023. This year's exchange began last week. "
                 "On the 5th, the Kobe delegation arrived in Tamworth.")
    assert "2023-06-05" not in dates(r)  # (a day told months before the story is no base from another sentence)
    r = read(ex, "On February 3 the council approved the plan, and on the 5th of this month the mayors will sign it.")
    assert "2024-02-05" not in dates(r)  # (the 5th of this month: the publication's)


def test_the_partner_of_an_agreement_is_no_bare_title_s_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``authorizing Mayor X to enter into a sisterhood agreement with Quanzhou City``, ``to sign with Yantai City``: the
    partner after ``agreement with``/``sign with`` is the other side, not the titled people's city; a city after
    the title (``Mayor X of Iloilo City``) still is."""
    r = read(ex, "Councilor Maria Salazar sponsors a resolution authorizing Mayor Jerry Trenas to enter into a sisterhood "
                 "agreement with Quanzhou City.")
    assert not any(b == "Quanzhou" for _p, b in roles(r))
    r = read(ex, "Councillor Tom Lee moved a motion authorizing the mayor to sign with Yantai City.")
    assert not roles(r)
    r = read(ex, "Councillor Tom Lee of Yantai City moved a motion.")
    assert roles(r) == {("Tom Lee", "Yantai City")}


def test_a_colleague_in_a_body_works_for_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``His Granard Municipal District colleague Cllr X``: X works for the body named before ``colleague``; a bare
    ``His colleague Cllr X`` names none."""
    r = read(ex, "His Granard Municipal District colleague Cllr Turlough McGovern welcomed the guests.")
    assert roles(r) == {("Turlough McGovern", "Granard Municipal District")}
    r = read(ex, "He was joined by his former Intel Corporation colleague Councillor Mary Roe.")
    assert not roles(r)  # (a firm is no councillor's body)
    r = read(ex, "His colleague Cllr Turlough McGovern welcomed the guests from Granard.")
    assert not roles(r)


def test_a_run_of_headlines_ending_the_page_is_other_stories(ex) -> None:  # type: ignore[no-untyped-def]
    """Three or more ``- headline`` lines closing the page are other stories (no `Tianjin`, no `Yunnan`); a list
    opened by a colon is the story's own (its people stay)."""
    r = read(ex, "Xiangyang signed a sister city agreement with Carmel on Tuesday.\n"
                 "- Foreign visitors taste the delicacies of Tianjin's ancient town\n"
                 "- Geologists brave rugged terrain in Yunnan prospecting mission\n"
                 "- Senior enterprise official in Hubei facing probe")
    assert not names(r, "City") & {"Tianjin", "Yunnan", "Hubei"}
    listed = ("Xiangyang signed a sister city agreement with Carmel of the United States on Tuesday.\n"
              "The delegation that came to Xiangyang for the signing included:\n"
              "- Mayor Jane Roe of Carmel in Indiana state\n- Deputy Mayor John Poe of Carmel in Indiana\n"
              "- Councillor Ann Lee of the Carmel city council")
    assert masked(listed) == listed
    titled = ("The delegation from Carmel arrived in Xiangyang on April 3 for the sister city signing.\n"
              "The delegation members were as follows.\n- Mayor Jane Roe of Carmel in Indiana state\n"
              "- Deputy Mayor John Poe of Carmel in Indiana\n- Councillor Ann Lee of the Carmel city council")
    assert masked(titled) == titled  # (items naming titled people: the story's own list)


def test_a_list_of_names_with_posts_in_small_letters(ex) -> None:  # type: ignore[no-untyped-def]
    """``The delegation included Jian Neng, Deputy Secretary General of …, Zhao Min, director general of the trade
    bureau, and Hong Jianwen, deputy director general of the commission of Jinhua city``: each name with its post,
    also when the body is written in small letters (no body then); a body's head alone is no person (``The city,
    mayor of the region,``)."""
    r = read(ex, "The delegation included Jian Neng, Deputy Secretary General of the Jinhua government, Zhao Min, "
                 "director general of the trade bureau, and Hong Jianwen, deputy director general of the commission "
                 "of Jinhua city.")
    assert {"Jian Neng", "Zhao Min", "Hong Jianwen"} <= names(r, "Person") <= attendees(r) | {"Jinhua"}
    assert not any(p in ("Zhao Min", "Hong Jianwen") for p, _b in roles(r))
    assert title_of("Deputy Secretary General") is not None and title_of("vice-secretary") is not None
    r = read(ex, "Deputy Secretary General Li Ming of the Jinhua Municipal Government attended the signing.")
    assert names(r, "Person") == {"Li Ming"}  # ("General" ends the title: no person "General Li Ming")
    assert names(read(ex, "The city, mayor of the region, said so."), "Person") == set()
    assert names(read(ex, "The forum was attended by Geely Holding, vice-chair of the trade committee."), "Person") == set()


def test_a_premier_is_the_head_of_the_province_written_with_the_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``British Columbia Premier Gordon Campbell``, ``the Premier of Queensland``: the province's head; a premier written
    alone serves no province of the article (``Premier Li Qiang met the mayor of Jiangsu province``)."""
    assert roles(read(ex, "British Columbia Premier Gordon Campbell greeted the Gyeonggi delegation.")) == {
        ("Gordon Campbell", "British Columbia")}
    assert roles(read(ex, "Anna Bligh, the Premier of Queensland, signed the sister state agreement with Gyeonggi.")) == {
        ("Anna Bligh", "Queensland")}
    assert not any(p == "Li Qiang" for p, _b in roles(read(ex, "Premier Li Qiang met the mayor of Jiangsu province.")))


# --- this session's families: names with small words, group members, list mates, bodies ending in a place -------

def test_a_known_place_with_a_small_word_inside_is_one_place(ex):
    """``Dar es Salaam``: a known name with ``es`` inside is one place, before a title too (no towns ``Dar``,
    ``Salaam``); a lone unknown word is still read as before."""
    r = read(ex, "Kisumu signed a sister-city pact with Dar es Salaam, and Dar es Salaam Mayor Halim Osman attended.")
    assert names(r, "City") == {"Kisumu", "Dar es Salaam"}
    assert ("Halim Osman", "Dar es Salaam") in roles(r)
    # near miss: an unknown town named alone keeps its reading
    assert "Dar" in names(read(ex, "Kisumu signed a sister-city pact with Dar, and Dar Mayor Halim Osman attended."), "City")


def test_said_inside_a_name_is_part_of_it(ex):
    """``Mayor Jomo Said Barasa``: a capitalised ``Said`` between name words is a name (an Arabic or Swahili one);
    the verb after a name ends it as before."""
    r = read(ex, "Mayor Jomo Said Barasa of Kisumu attended.")
    assert names(r, "Person") == {"Jomo Said Barasa"} and ("Jomo Said Barasa", "Kisumu") in roles(r)
    assert names(read(ex, "The pact was signed, Mayor Jomo Barasa said."), "Person") == {"Jomo Barasa"}
    # near misses: a capitalised verb after the name is no part of it; a town's name before it stays a name's word
    assert names(read(ex, "\"The pact is historic,\" Mayor Jomo Barasa Said."), "Person") == {"Jomo Barasa"}
    assert names(read(ex, "Mayor Jomo Barasa Said, speaking in Lund, that the pact would grow."), "Person") == {"Jomo Barasa"}
    assert names(read(ex, "Governor Hassan Said Juma of Tanga attended."), "Person") == {"Hassan Said Juma"}
    assert ("Said Abdalla", "Mombasa") in roles(read(ex, "Mayor Mombasa Said Abdalla attended the signing in Lund."))
    # (surnames that look like event words stay names: Sessions, Gala)
    assert ("Jeff Sessions", "Kleve") in roles(read(ex, "Mayor Jeff Sessions of Kleve attended the signing in Lund."))


def test_superintendent_burgermeister_and_counsellor_are_titles(ex):
    """``Supt.``, ``burgermeister`` (a German mayor spelt without the umlaut) and ``Counselor`` are titles: the name
    after them is a person's, and a body after ``Counselor of the`` is the body only."""
    assert title_of("Supt.").role == "superintendent" and title_of("burgermeister").role == "mayor"
    assert names(read(ex, "Also present were Supt. Lena Ortiz and Mayor Jomo Barasa."), "Person") == {
        "Lena Ortiz", "Jomo Barasa"}
    r = read(ex, "Li Wei, Counselor of the Asian Affairs Department of the Ministry of Foreign Affairs, attended the "
                 "signing in Lund.")
    assert names(r, "Organization") == {"Asian Affairs Department of the Ministry of Foreign Affairs"}
    assert ("Li Wei", "Asian Affairs Department of the Ministry of Foreign Affairs") in roles(r)
    # near misses: a councillor stays a councillor; a title before an event's name names no person
    assert title_of("Councillor").role == "councillor"
    assert not names(read(ex, "Teachers from Kleve attended the Counselor Training Workshop in Lund."), "Person")
    assert not names(read(ex, "The Kleve delegation attended the Counsellor Awards Night in Lund."), "Person")


def test_an_office_s_field_in_small_letters_before_its_body(ex):
    """``Tomoko Ishida, director of tourism for Ota City``: the field, then the body the office is held in."""
    assert ("Tomoko Ishida", "Ōta") in roles(read(ex, "Tomoko Ishida, superintendent of education for Ota City, "
                                                      "joined the delegation."))
    assert ("Jane Roe", "Lund") in roles(read(ex, "Jane Roe, director of the office in Lund, signed the visitors' book."))
    # near misses: a time after the field is no body; a field must be an office's (not a festival held, a union)
    r = read(ex, "Jane Roe, mayor of the town at the time, joined the delegation.")
    assert names(r, "Person") == {"Jane Roe"} and not roles(r)
    assert not roles(read(ex, "Jane Roe, director of the festival held in Lund, welcomed the Kleve delegation."))
    assert not roles(read(ex, "Tom Hale, president of the student union at Lund University, spoke."))


def test_office_holders_of_a_place_then_some_of_them_by_name(ex):
    """``three former mayors of Corby, among them Alan Price``, ``councillors of Lund, including Cr Jo Hale``: each
    one named holds the office in that place."""
    r = read(ex, "The dinner was attended by 12 former mayors of Worcester, including Philip Hytch, Ruth Abel and Jo Hale.")
    assert roles(r) == {("Philip Hytch", "Worcester"), ("Ruth Abel", "Worcester"), ("Jo Hale", "Worcester")}
    assert ("Alan Price", "Corby") in roles(read(ex, "Guests included three former mayors of Corby, among them Alan Price."))
    # near misses: a name joined with "and" is no member of the group; a name with a place of its own keeps it
    assert not roles(read(ex, "Guests included three former mayors of Corby and the novelist Alan Price."))
    assert ("Philip Hytch", "Worcester") not in roles(read(ex, "Mayors of Worcester, including Philip Hytch of Kleve, met."))
    # near misses: firms and parties listed are no members; a body whose name starts with the place is no place
    assert names(read(ex, "Six mayors of Kassel, including Tom Hale, Volvo Cars and Tetra Pak sponsored the Lund "
                          "festival."), "Person") == {"Tom Hale"}
    assert not roles(read(ex, "Presidents of Uppsala University, including Tom Hale, visited Kassel."))


def test_untitled_names_listed_with_titled_people_are_people(ex):
    """``led by Mayor Anna Berg, City Manager Tom Hale, Rita Moss and Joe Kerr``: the untitled names of the list are
    people too, and they attend what the titled ones attend; a body after one of them is theirs."""
    r = read(ex, "The delegation was led by Mayor Anna Berg, City Manager Tom Hale, Rita Moss and Joe Kerr.")
    assert names(r, "Person") == {"Anna Berg", "Tom Hale", "Rita Moss", "Joe Kerr"}
    assert {"Rita Moss", "Joe Kerr"} <= attendees(r)
    r = read(ex, "Present were Mayor Anna Berg, Councillor Tom Hale, Rita Moss, and Joe Kerr of the Ely Twinning "
                 "Association.")
    assert ("Joe Kerr", "Ely Twinning Association") in roles(r)
    # near misses: places, buildings, titles and a name outside a list are no list mates
    assert names(read(ex, "The delegation was led by Mayor Anna Berg, City Manager Tom Hale, Lund and Ystad."),
                 "Person") == {"Anna Berg", "Tom Hale"}
    assert names(read(ex, "Mayor Anna Berg visited Main Street and Market Square with the guests."), "Person") == {"Anna Berg"}
    for text in ("Sponsors of the visit were Mayor Anna Berg, Volvo Cars, Tetra Pak and Scania.",
                 "The delegation was led by Mayor Tom Hale, Deutsche Bahn, Air France and Swiss Re.",
                 "The delegation met Mayor Tom Hale, Lake Vattern, and Mount Kebne.",
                 "Guests included Mayor Tom Hale, Bad Nauheim, Bad Vilbel and Lund."):
        assert len(names(read(ex, text), "Person")) == 1, text  # (firms, waters and towns: no given name first)
    assert {"Kerry Ferguson", "Jean-Marc Gaudichau"} <= names(read(ex, "Present were Mayor Anna Berg, Ms Kerry Ferguson "
                                                                        "and Mr Jean-Marc Gaudichau."), "Person")
    assert "Chief Executive" not in names(read(ex, "The party consisted of Councillor Arshad Mahmood, Mayor of Calderdale "
                                                   "and his wife, Owen Williams, Chief Executive of Calderdale Council and "
                                                   "his wife."), "Person")


def test_a_body_that_ends_with_its_place_stops_before_a_name(ex):
    """``deputy head of the Trade Bureau of Guangzhou Petra Kaiser``: the body ends with its place; the two words
    after it are a person's name, no part of the body."""
    assert names(read(ex, "The visitors were led by deputy head of the Trade Bureau of Guangzhou Petra Kaiser."),
                 "Organization") == {"Trade Bureau of Guangzhou"}
    # near misses: a body's own word after the place stays in its name, as do words that are no person's name
    assert names(read(ex, "The Rotary Club of Auckland North Shore hosted the Lund delegation."), "Organization") == {
        "Rotary Club of Auckland North Shore"}
    assert names(read(ex, "Staff of the University of Tokyo Medical Hospital joined the visit."), "Organization") == {
        "University of Tokyo Medical Hospital"}


def test_a_delegation_s_make_up_and_speeches_are_presence(ex):
    """``The party from Lund consisted of …``, ``… also gave speeches``: the people named take part in the event told
    just before."""
    r = read(ex, "The Lund delegation visited Ashford on Monday. The party from Lund consisted of Councillor Ann Roe, "
                 "Mayor of Lund, and Tom Hale, Chief Executive of Lund Council.")
    assert {"Ann Roe", "Tom Hale"} <= attendees(r)
    r = read(ex, "A reception was held at the town hall on Friday. Both mayors and Mr. Kunio Fukuda, President of the "
                 "Tsuyama Friendship Association, also gave speeches.")
    assert "Kunio Fukuda" in attendees(r)
    r = read(ex, "Ashford hosted a delegation from Lund on Friday. Ms. Lorna K. Johnson met the visitors with "
                 "Mr James Shikwati.")
    assert {"Lorna K. Johnson", "James Shikwati"} <= attendees(r)  # (a middle initial after an honorific: one name)
    # near misses: what a budget or a party consists of, a letter or an application received, a speech elsewhere
    for text in ("The Lund delegation visited Kleve on Monday. The Green party in Lund consisted of Councillor Amy Long "
                 "and two others until 2019.",
                 "The Lund delegation visited Kleve on Monday. Applications for the exchange were received by Councillor "
                 "Amy Long until March.",
                 "The Lund delegation visited Kleve on Monday. In 2015, Mayor Ann Roe gave a speech in Tokyo about trade."):
        assert not attendees(read(ex, text)) - {"Lund"}, text
    assert not attendees(read(ex, "A reception was held at the town hall on Friday. The council's budget consisted of "
                                  "grants from Mayor Ann Roe's office."))
    assert not attendees(read(ex, "A reception was held at the town hall on Friday. Mayor Ann Roe received a letter "
                                  "from Lund."))


def test_untitled_people_are_told_by_a_common_given_name(ex):
    """``Chris Ramsay commented``, ``walks led by Derek Starkey or Fred Stone``, ``call Catherine Warren``: a whole
    capitalised run of two or three words opened by a common given name (``given_names_en.tsv``) is a person, though
    no title marks it (its last word may be a town's name too: Warren)."""
    r = read(ex, "Some social events include walks led by George Milton, Derek Starkey or Fred Stone.")
    assert names(r, "Person") == {"George Milton", "Derek Starkey", "Fred Stone"}
    assert names(read(ex, "For details, call Catherine Warren on 01905 355124."), "Person") == {"Catherine Warren"}
    # near misses: a longer name, a body, a credit, a place named after a person, a headline, a place, a day
    for text in ("The visitors toured the Jane Goodall Institute and Martin Luther King Jr. Boulevard in Lund.",
                 "Rita Moss's Foundation hosted the Lund delegation.",
                 "— Story and photos by Larry Vogel",
                 "Photo Credit: Brooke Collins // City of Lund",
                 "It was part of the municipality of Benito Juarez in 2016.",
                 "Mayor Visits Sister City Of Lund With Rita Moss",
                 "In Honor of the 30th Anniversary the mayors met.",
                 "The Carey Park Scouts performed for the visitors.",
                 "The delegation visited Santa Clara and San Jose on Monday.",
                 # (second review: sites, firms, places, ships, works and credits named like people)
                 "The delegation walked down Douglas Drive to the harbour on Monday.",
                 "Lunch was served at Elizabeth Quay before the signing.",
                 "The delegates toured the Thomas Cook building in Kleve.",
                 "Johnson Controls sponsored the friendship dinner in Lund.",
                 "The delegates drove Mercedes Benz cars to the signing.",
                 "Officials from Nelson Mandela Bay signed the pact with Lund.",
                 "The visitors went aboard the Mary Rose replica.",
                 "The pipers played Danny Boy at the reception in Lund.",
                 "Editing by Tom Hill and Sara Long",
                 "Photography: Laura Kent"):
        assert not names(read(ex, text), "Person"), text


def test_who_stayed_away_is_no_guest_after_the_town_of_the_title(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor X of Springfield could not attend``, ``… of the City of Springfield did not attend``: the town after the
    name does not hide that its bearer stayed away; ``Mayor X of Springfield attended``: a guest."""
    tail = " the anniversary ceremony held in Gwangmyeong on May 3."
    assert "John Smith" not in attendees(read(ex, "Mayor John Smith of Springfield could not attend" + tail))
    assert "John Smith" not in attendees(read(ex, "Mayor John Smith of the City of Springfield did not attend" + tail))
    assert "John Smith" not in attendees(read(ex, "Mayor John Smith of Springfield was unable to attend" + tail))
    assert "John Smith" in attendees(read(ex, "Mayor John Smith of Springfield attended" + tail))
    r = read(ex, "Mayor John Smith of Springfield could not attend" + tail[:-1] + ", but Deputy Mayor Jane Doe attended.")
    assert attendees(r) >= {"Jane Doe"} and "John Smith" not in attendees(r)


def test_a_delegation_coming_or_counted_before_its_town_is_sent_by_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``The delegation coming from Kure``, ``A delegation of 12 visiting from Kure``: the town after the participle (or
    after the count) sends the visitors; whoever welcomes them does not bring their own town along. A delegation
    coming *to* a town is not sent by it."""
    tail = " was welcomed by Mayor Jane Doe of Springfield on May 3."
    r = read(ex, "The delegation coming from Kure" + tail)
    assert "Kure" in attendees(r) and "Springfield" not in attendees(r)
    r = read(ex, "A delegation of 12 visiting from Kure" + tail)
    assert "Kure" in attendees(r) and "Springfield" not in attendees(r)
    r = read(ex, "The students visiting from Kure met Mayor Jane Doe of Springfield on May 3.")
    assert "Kure" in attendees(r)
    # near misses: coming to a town; a group from the town that visits elsewhere is sent by its own town
    r = read(ex, "The delegation, coming to Springfield for the first time, met Mayor Jane Doe on May 3.")
    assert "Springfield" not in attendees(r)
    r = read(ex, "Ten officials from Springfield, including Mayor Jane Doe, visited Kure on May 3.")
    assert "Springfield" in attendees(r) and "Kure" not in attendees(r)


def test_in_the_year_is_a_year() -> None:
    """``In the year 2012``: the year; ``the year ahead`` names none."""
    assert {w.value for w in find("In the year 2012, Kure signed an agreement.", published=None)} == {dt.date(2012, 1, 1)}
    assert not find("They spoke of the year ahead in Kure.", published=None)


def test_a_relative_clause_that_heads_a_body_gives_the_role(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mary Jones, who chairs the Springfield Sister Cities Association``, ``…, who heads the … Chamber of Commerce``,
    ``…, who serves as chair of the …``: the person heads the body right after the clause's verb; a clause that
    visits the body, or heads *to* it, or leads something of it, gives no role."""
    tail = ", welcomed the delegation from Kure on May 3."
    assert ("Mary Jones", "Springfield Sister Cities Association") in roles(
        read(ex, "Mary Jones, who chairs the Springfield Sister Cities Association" + tail))
    assert ("Mary Jones", "Springfield Chamber of Commerce") in roles(
        read(ex, "Mary Jones, who heads the Springfield Chamber of Commerce" + tail))
    assert ("Mary Jones", "Springfield Sister Cities Association") in roles(
        read(ex, "Mary Jones, who serves as chair of the Springfield Sister Cities Association" + tail))
    for clause in ("who visited the Springfield Chamber of Commerce", "who heads to the Springfield Chamber of Commerce",
                   "who leads tours of the Springfield Chamber of Commerce"):
        assert not roles(read(ex, f"Mary Jones, {clause}" + tail)), clause


def test_a_town_s_sister_cities_body_before_its_officer_is_a_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``Springfield Sister Cities president Mary Jones``: the town's sister-city body even where a sentence opens with
    it, when one of its people follows; no tie of the town with the visitors' town. ``Springfield sister cities
    include Kure``: the town's ties."""
    r = read(ex, "Springfield Sister Cities president Mary Jones welcomed the delegation from Kure on May 3.")
    assert ("Mary Jones", "Springfield Sister Cities") in roles(r)
    assert not [f for f in r.facts if f.p == V.partnerOf]
    r = read(ex, "Springfield sister cities include Kure and Tours.")
    assert [f for f in r.facts if f.p == V.partnerOf]


def test_each_title_of_a_place_goes_with_the_name_after_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor of Uman A B, Lord Mayor of Kassel C D and Mayor of Mulhouse E F``: in a list of titles each written
    before its name, the title after a comma is the next name's, not an apposition on the name before; ``A B, Mayor
    of Uman, and C D, Lord Mayor of Kassel``: appositions."""
    r = read(ex, "Mayor of Uman Iryna Pletnyova, Lord Mayor of Kassel Sven Schoeller and Mayor of Mulhouse Michele Lutz "
                 "signed the charter on May 3.")
    assert {("Iryna Pletnyova", "Uman"), ("Sven Schoeller", "Kassel"), ("Michele Lutz", "Mulhouse")} <= roles(r)
    assert ("Iryna Pletnyova", "Kassel") not in roles(r)
    r = read(ex, "The charter was signed by Iryna Pletnyova, Mayor of Uman, and Sven Schoeller, Lord Mayor of Kassel, on May 3.")
    assert {("Iryna Pletnyova", "Uman"), ("Sven Schoeller", "Kassel")} <= roles(r)


def test_who_signs_on_behalf_of_a_side_works_for_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``Governor X signed on behalf of Basra City while Mayor Y signed for Tagum City``: each signer stands for the side
    named after the verb, not for the city written before."""
    r = read(ex, "Governor Rashid Kareem signed on behalf of Basra City while Mayor Ana Cruz signed for Tagum City on May 3.")
    assert {("Rashid Kareem", "Basra City"), ("Ana Cruz", "Tagum City")} <= roles(r)
    r = read(ex, "Deputy Mayor Lin Tao signed on behalf of Xiamen, while Councillor Mary Byrne signed on behalf of Cork.")
    assert ("Mary Byrne", "Cork") in roles(r) and ("Mary Byrne", "Xiamen") not in roles(r)
    # near miss: a signer "for" a purpose names no side
    r = read(ex, "Councillor Mary Byrne of Cork signed for the first time a pact with Xiamen on May 3.")
    assert ("Mary Byrne", "Cork") in roles(r)


def test_an_agency_tag_opening_the_story_is_no_party() -> None:
    """``(VNA) – A delegation …``: the agency's tag with no place before it is cut out; inside a sentence it stays."""
    assert "VNA" not in masked("(VNA) – A delegation led by Mayor Kim of Gijang visited Quang Ninh on May 3.")
    assert "VNA" in masked("The paper quoted (VNA) – its source – on the visit to Quang Ninh on May 3.")


def test_who_leads_the_visitors_stands_for_their_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Japanese group was led by Councillor X``, ``Deputy Mayor X, who led the delegation,``: a bare-titled leader
    of the visitors is an officer of the one town they come from, not of the hosts; with two visiting towns, or a
    party of the hosts' own (``led the city's welcome party``), the hosts' town stays."""
    hosts = "Mayor Jane Roe of Taupo welcomed the group from Kure, its sister city, on May 3. "
    assert ("Jun Sato", "Kure") in roles(read(ex, hosts + "The Japanese group was led by Councillor Jun Sato."))
    assert ("Jun Sato", "Kure") in roles(read(ex, hosts + "Deputy Mayor Jun Sato, who led the delegation, thanked Taupo."))
    assert ("Tom Reed", "Taupo") in roles(read(ex, hosts + "Deputy Mayor Tom Reed led the city's welcome party."))
    r = read(ex, "Mayor Jane Roe of Taupo welcomed the group from Kure and the students from Nara on May 3. The group was "
                 "led by Councillor Jun Sato.")
    assert ("Jun Sato", "Kure") not in roles(r) and ("Jun Sato", "Nara") not in roles(r)


def test_a_chain_of_names_posts_and_bodies(ex) -> None:  # type: ignore[no-untyped-def]
    """``witnessed by A, Deputy Director, X Office, B, Section Chief, General Office, and C, Interpreter, Y Office``:
    each name holds the capitalised staff post and the body after it; the bodies are named as the people's, no guests
    of their own (``members of the Rotary Club`` are)."""
    r = read(ex, "The signing was witnessed by Wang Lei, Deputy Director, Suzhou Foreign Affairs Office, Chen Hao, Section "
                 "Chief, General Office, and Li Na, Interpreter, Foreign Affairs Office, on May 3.")
    assert {("Wang Lei", "Suzhou Foreign Affairs Office"), ("Chen Hao", "General Office"),
            ("Li Na", "Foreign Affairs Office")} <= roles(r)
    assert attendees(r) == {"Wang Lei", "Chen Hao", "Li Na"}
    r = read(ex, "The ceremony in Tacoma on May 3 was attended by Tom Becker, Director, Tacoma Port Authority, and members "
                 "of the Tacoma Rotary Club.")
    assert "Tacoma Rotary Club" in attendees(r) and "Tacoma Port Authority" not in attendees(r)
    # near miss: a name, its town and its state is no post and body
    assert not roles(read(ex, "Jane Roe, Springfield, Illinois, attended the ceremony in Tacoma on May 3."))


def test_a_town_named_like_its_state_where_only_a_town_fits(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor Jane Roe of New York``, ``the New York mayor``: the town (New York City), whose mayor she is; a governor's
    ``New York`` and a bare ``toured New York`` stay the state."""
    r = read(ex, "Mayor Jane Roe of New York met the delegation from Seoul on May 3.")
    assert ("Jane Roe", "New York City") in roles(r)
    assert "New York City" in names(read(ex, "The New York mayor met the delegation from Seoul on May 3."), "City")
    r = read(ex, "Governor Kathy Hochul of New York met the delegation from Seoul on May 3.")
    assert ("Kathy Hochul", "New York City") not in roles(r)
    assert "New York City" not in names(read(ex, "The delegation from Seoul toured New York on May 3."), "City")


def test_a_partnership_entered_into_on_a_day_is_its_signing(ex) -> None:  # type: ignore[no-untyped-def]
    """``Spokane entered into (or began) a partnership with Nishinomiya, Japan, on October 5, 1961``, ``launched a sister city
    partnership … on …``: the signing of that day, as ``established a … relationship`` is; ``entered into talks on a
    partnership`` is the talks'."""
    r = read(ex, "Spokane entered into a partnership with Nishinomiya, Japan, on October 5, 1961.")
    assert ("signing", "1961-10-05") in {(e.name, str(e.attrs.get("startDate"))) for e in r.entities.values()}
    r = read(ex, "Spokane entered into talks on a partnership with Nishinomiya on October 5, 1961.")
    assert "signing" not in names(r, "Event")


def test_near_misses_of_the_visitors_and_the_bodies_rules(ex) -> None:  # type: ignore[no-untyped-def]
    """Near misses of the rules on visitors, leaders and bodies: officials ``visiting from`` a town are sent by it; a
    delegation named by its town and ``arriving from`` another is its own town's; the hosts' guide, ceremony or welcome
    party is no leader of the visitors; a part of a body (``the Association's youth committee``, ``the Association
    delegation``) is not the body headed; ``signed the proclamation for Kure Day`` stands for no side; a nationality's
    friendship group is no town's body; a post once held names no body; ``Sister City of the Year 2019`` is no date."""
    r = read(ex, "Ten officials visiting from Kure, including Mayor Kenji Ito, toured Springfield's port on May 3.")
    assert "Kure" in attendees(r)
    r = read(ex, "The Kure delegation arriving from Incheon was greeted by Mayor Jane Roe of Springfield on May 3.")
    assert "Kure" in attendees(r) and "Incheon" not in attendees(r)
    r = read(ex, "The Kure delegation visiting from Japan was welcomed by Mayor Jane Roe of Springfield on May 3.")
    assert "Kure" in attendees(r)
    r = read(ex, "Mayor Kenji Ito, visiting from Kure with a delegation of 12, was welcomed by Mayor Jane Roe of "
                 "Springfield on May 3.")
    assert "Kure" in attendees(r) and "Springfield" not in attendees(r)
    hosts = "Mayor Jane Roe of Taupo welcomed the group from Kure, its sister city, on May 3. "
    for then in ("The visitors were led by Councillor Tom Reed on a walking tour of the lakefront.",
                 "The welcoming ceremony for the group was led by Councillor Tom Reed.",
                 "Councillor Tom Reed, who led the local welcome party, presented gifts.",
                 "Councillor Tom Reed, who led a Taupo mission to Kure last year, hosted the group."):
        assert ("Tom Reed", "Kure") not in roles(read(ex, hosts + then)), then
    for clause in ("who chairs the Springfield Sister Cities Association's youth exchange committee",
                   "who leads the Springfield Sister Cities Association delegation"):
        r = read(ex, f"Mary Jones, {clause}, welcomed the delegation from Kure on May 3.")
        assert ("Mary Jones", "Springfield Sister Cities Association") not in roles(r), clause
    r = read(ex, "Former Springfield Sister Cities president Mary Jones welcomed the delegation from Kure on May 3.")
    assert ("Mary Jones", "Springfield Sister Cities") not in roles(r)
    assert not names(read(ex, "A Japanese friendship group from Kure visited Springfield on May 3."), "Organization")
    assert not find("They named it Sister City of the Year 2019.", published=None)


def test_a_province_named_by_its_people_s_committee(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Son La provincial People's Committee``: a province the gazetteer may lack, named by its government; its
    vice chair works for the committee, and the province signs with the other side's city. A committee of no place
    (``the People's Committee``) names none."""
    r = read(ex, "Vice Chairwoman of the Son La provincial People's Committee Dang Thi Lan and Mayor Choi Hyun-ok of "
                 "Yeongcheon city signed a memorandum of understanding on cooperation on May 3.")
    assert "Son La" in names(r, "City")
    assert ("Dang Thi Lan", "Son La provincial People's Committee") in roles(r)
    assert [f for f in r.facts if f.p == V.partnerOf]
    r = read(ex, "Vice Chairwoman of the provincial People's Committee Dang Thi Lan met Mayor Choi Hyun-ok of Yeongcheon "
                 "city on May 3.")
    assert names(r, "City") <= {"Yeongcheon city", "Yeongcheon"}


def test_the_office_then_its_holder_with_a_councillor_s_honorific(ex) -> None:  # type: ignore[no-untyped-def]
    """``The Deputy Mayor, Councillor Sarah Wells, welcomed …``: the office, then its holder with her honorific (British
    councils), the holder of the article's town; ``In a letter to the Mayor, Kim Min-su expressed …``: an office as an
    object, then another clause's subject."""
    r = read(ex, "Leeds welcomed the delegation. The Deputy Mayor, Councillor Sarah Wells, welcomed the delegation from "
                 "Dortmund on Monday.")
    assert ("Sarah Wells", "Leeds") in roles(r)
    r = read(ex, "The Mayor, Councillor Tom Hughes, and the Deputy Mayor, Councillor Sarah Wells, visited Dortmund on Monday.")
    assert {"Tom Hughes", "Sarah Wells"} <= names(r, "Person")
    r = read(ex, "In a letter to the Mayor, Kim Min-su expressed thanks for the visit to Dortmund on Monday.")
    assert not any(f.p == V.SCHEMA.worksFor for f in r.facts)


def test_a_body_s_or_a_building_s_name_is_no_person(ex) -> None:  # type: ignore[no-untyped-def]
    """``director of the Suwon Cultural Center``: the capitals after the title end in a body's or a building's word,
    no person's name; ``Lee Ji-hoon, director of …`` is the person."""
    r = read(ex, "Lee Ji-hoon, director of the Suwon Cultural Center, joined the delegation to Cleveland on Tuesday.")
    assert names(r, "Person") == {"Lee Ji-hoon"}


def test_a_headline_s_partner_town_is_no_sister_cities_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``Gimhae City Delegation Visits Sister City Salem`` (a headline): the verb before makes Salem the partner town, no
    body named ``Sister City Salem``; ``Sister Cities Riverside president X``: the body."""
    r = read(ex, "Gimhae City Delegation Visits Sister City Salem\n\nA delegation from Gimhae visited Salem, its sister city, "
                 "on Monday.")
    assert "Sister City Salem" not in names(r, "Organization")
    r = read(ex, "Sister Cities Riverside president Mary Jones welcomed the delegation from Sendai on Monday.")
    assert "Sister Cities Riverside" in names(r, "Organization")


def test_a_guest_hosted_by_a_body_is_no_officer_of_it(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mackay Regional Council hosted Matsuura Mayor Kenji Ito and Chairman Taro Abe``: the chairman listed with the
    guest mayor is of the mayor's town, not of the host council."""
    r = read(ex, "Mackay Regional Council hosted Matsuura Mayor Kenji Ito and Chairman Taro Abe on Monday.")
    assert ("Taro Abe", "Matsuura") in roles(r) and ("Taro Abe", "Mackay Regional Council") not in roles(r)


def test_an_entourage_that_includes_people(ex) -> None:  # type: ignore[no-untyped-def]
    """``Mayor X's entourage includes Councilors A and B``, ``The group included …``: those listed take part in the
    event spoken of; ``The group includes Gimhae and Kure in its network``: towns, no people."""
    told = "Mayor Ana Lopez left for Korea on Sunday to visit sister city Gimhae. "
    r = read(ex, told + "Mayor Lopez's entourage includes Councilors Ben Ortiz and Rosa Diaz.")
    assert {"Ben Ortiz", "Rosa Diaz"} <= attendees(r)
    r = read(ex, told + "The group includes Gimhae and Kure in its network.")
    assert attendees(r) <= {"Ana Lopez"}


def test_a_mayor_who_is_also_an_alderman(ex) -> None:  # type: ignore[no-untyped-def]
    """``Harare Mayor Alderman Jacob Mafume``: the honorific of an alderman between the office and the name, as a
    councillor's is (``Mayor Cllr X``)."""
    r = read(ex, "The delegation met with Harare Mayor Alderman Jacob Mafume at Town House on May 3.")
    assert ("Jacob Mafume", "Harare") in roles(r)


def test_delegations_from_a_count_of_towns_listed_after_including(ex) -> None:  # type: ignore[no-untyped-def]
    """``Delegations from three sister cities will attend the festival, including A, Japan; B, Germany; and C``: the
    towns listed after ``including`` send them; a list after another clause's ``including`` does not."""
    told = "The Friendship Festival will take place Saturday, May 14. "
    r = read(ex, told + "Delegations from three sister cities will attend the festival, including Kumamoto, Japan; Mainz, "
                        "Germany; and Oaxaca, Mexico.")
    assert {"Kumamoto", "Mainz", "Oaxaca"} <= attendees(r)
    r = read(ex, told + "Delegations from three sister cities will attend, and the mayor said guests including Kumamoto "
                        "residents were welcome.")
    assert "Kumamoto" not in attendees(r)


def test_near_misses_of_honorifics_hosts_rosters_and_headlines(ex) -> None:  # type: ignore[no-untyped-def]
    """Near misses: an office with a councillor after it that is no subject (``Following the Mayor, Councillor X
    spoke``) names no mayor; the host body's own officer after a new clause keeps his body; a past roster (``The
    exchange group included X in 2019``) is no attendance now; ``Sister Cities Salem`` after a headline's verb is a
    body still."""
    r = read(ex, "Following the Mayor, Councillor Tom Hughes spoke about the Dortmund twinning on Monday.")
    assert not [e for e in r.entities.values() if e.type == "Person" and e.attrs.get("jobTitle") == "mayor"]
    r = read(ex, "Mackay Regional Council hosted Matsuura Mayor Kenji Ito and its Chairman Greg Williamson addressed the "
                 "guests on Monday.")
    assert ("Greg Williamson", "Mackay Regional Council") in roles(r)
    r = read(ex, "Mayor Ana Lopez left for Korea on Sunday to visit sister city Gimhae. The exchange group included Ben "
                 "Ortiz in 2019 but not this year.")
    assert "Ben Ortiz" not in attendees(r)
    assert "Sister Cities Salem" in names(read(ex, "Mayor Joins Sister Cities Salem Board for Dinner\n\nThe mayor of Salem "
                                                   "joined the board on Monday."), "Organization")


def test_an_envoy_posted_in_a_town_of_two_words_then_the_name(ex):
    """``Consul General in Los Angeles Kim Young-wan``: the whole of a town's name of two words is the post's place,
    none of it the name's; a post in a town of one word keeps working (``Consul General in Medan Daiki Yokoyama``)."""
    r = read(ex, "Korean Consul General in Los Angeles Kim Young-wan attended the sister city signing on Monday.")
    assert "Kim Young-wan" in names(r, "Person")
    assert not {n for n in names(r, "Person") if n.startswith("Angeles")}
    r = read(ex, "Consul General in New York Kim Ui-hwan attended the sister city anniversary on Monday.")
    assert "Kim Ui-hwan" in names(r, "Person")
    r = read(ex, "Consul General in Medan Daiki Yokoyama attended the sister city anniversary on Monday.")
    assert "Daiki Yokoyama" in names(r, "Person")


def test_a_town_the_tables_lack_called_another_s_partner(ex):
    """``Velmora has been Ann Arbor's sister city``, ``… became a sister city of …``, ``… is one of …'s twin towns``:
    the subject is a town, and the pair is tied; the tie's people and programmes are no towns (``Jane Roe is the sister
    city coordinator``, ``Local Rotary is a sister city partner of the club``)."""
    lead = "Ann Arbor welcomed its guests warmly on Friday. "
    for said in ("Velmora has been Ann Arbor's sister city since 1985.", "Velmora became a sister city of Ann Arbor in 1985.",
                 "Velmora is one of Ann Arbor's twin towns.", "The mayor said that Velmora has been a sister city since 1985."):
        r = read(ex, lead + said)
        assert "Velmora" in names(r, "City"), said
        assert frozenset(("Velmora", "Ann Arbor")) in ties(r), said
    for said in ("Jane Roe is the sister city coordinator for Ann Arbor.", "Local Rotary is a sister city partner of the club."):
        assert names(read(ex, lead + said), "City") == {"Ann Arbor"}, said


def test_a_town_then_another_country_s_town_body_are_two_parties(ex):
    """``The Ulsan Metropolitan City and Pune Municipal Corporation signed …``, ``Ulsan and Pune Municipal Corporation
    …``: a town named whole with its level (or a town of another country), then a town's body, are two parties, and
    the body stands for its town in the tie; one council of two areas stays one (``Perth and Kinross Council``,
    ``Brighton and Hove City Council``)."""
    for said in ("The Ulsan Metropolitan City and Pune Municipal Corporation on Monday signed an MoU on sister city "
                 "relations.", "Ulsan and Pune Municipal Corporation on Monday signed an MoU on sister city relations."):
        r = read(ex, said)
        assert "Pune Municipal Corporation" in names(r, "Organization"), said
        assert frozenset(("Ulsan", "Pune")) in {frozenset(n.replace(" Metropolitan City", "") for n in t) for t in ties(r)}
    r = read(ex, "Officials of Brighton and Hove City Council signed a twinning agreement with Bydgoszcz on Monday.")
    assert "Brighton and Hove City Council" in names(r, "Organization")
    r = read(ex, "Officials of Perth and Kinross Council signed a twinning agreement with Bydgoszcz on Monday.")
    assert "Perth and Kinross Council" in names(r, "Organization")


def test_a_town_ending_one_listed_name_is_no_body_of_the_others(ex):
    """``Councilors Maria Elena R. Santos, John Paul D. Reyes …``: the town a name ends with (Santos) is that person's
    surname, and no body of the names listed beside it; a town named in the sentence still is (``… of Leeds``)."""
    r = read(ex, "The delegation included Mayor Ana Cruz, Councilors Maria Elena R. Santos, John Paul D. Reyes and "
                 "Ramon T. Garcia.")
    bodies = {label(r, f.o).lower() for f in r.facts if f.p == V.SCHEMA.worksFor}
    assert "santos" not in bodies
    assert {"Maria Elena R. Santos", "John Paul D. Reyes", "Ramon T. Garcia"} <= names(r, "Person")
    r = read(ex, "The delegation included Councillors Mary Brown, Tom Green and Anne White of Leeds.")
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor} == {"Leeds"}


def attendee_labels(r):  # type: ignore[no-untyped-def]
    return {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.attendee}


def test_the_rest_of_those_present_in_a_sentence_of_their_own(ex):
    """``Others were X and Y``, ``Also present were X``: the people of the next sentence were at the event told just
    before; ``X sent apologies`` (also inside an aside of others) says X stayed away, and ``Others were not invited``
    names no one present."""
    lead = "The ceremony was also attended by Dr. Ruth Mensah, Director of the Harbour Trust. "
    r = read(ex, lead + "Others were Mr. Kofi Boateng, Chairman of the Market Association, and Ms. Efua Darko, "
                        "Secretary of the Rivermouth Choir.")
    assert {"Ruth Mensah", "Kofi Boateng", "Efua Darko"} <= attendee_labels(r)
    assert "Kofi Boateng" in attendee_labels(read(ex, lead + "Also present were Mr. Kofi Boateng, Chairman of the "
                                                         "Market Association."))
    for said in ("Others, including Mr. Kofi Boateng, Chairman of the Market Association, sent apologies and did not "
                 "attend.", "Mr. Kofi Boateng sent his apologies.",
                 "Others were not invited, said Mr. Kofi Boateng, Chairman of the Market Association."):
        assert "Kofi Boateng" not in attendee_labels(read(ex, lead + said)), said


def test_a_nation_s_ministry_and_its_field_are_no_town(ex):
    """``the Ministry of Home Affairs, India and Ministry of Foreign Affairs, Japan``: the field of a ministry before a
    country is no town, and the country closing one ministry is no part of the next; a town named with its country
    still is one (``the city of Velmora, Italy``) and one body named after two nations stays whole."""
    r = read(ex, "The MoU follows an agreement signed between the Ministry of Home Affairs, India and Ministry of "
                 "Foreign Affairs, Japan in Tokyo on May 2, 2015 on sister city ties.")
    assert "Home Affairs" not in names(r, "City")
    assert "Ministry of Foreign Affairs" in names(r, "Organization")
    assert "Velmora" in names(read(ex, "The sister city pact was signed in the city of Velmora, Italy, on Monday."), "City")
    r = read(ex, "The event was sponsored by Korea and Japan Friendship Association members on Monday.")
    assert "Korea and Japan Friendship Association" in names(r, "Organization")


def test_a_year_with_its_part_and_a_month_naming_an_event(ex):
    """``in early 1994``, ``in mid-2019``: the year, its part left out; ``The August visit``: the month (of the year
    near the publication) names the event; a month before a word that is no event dates nothing (``The August heat``)."""
    assert [w.value.year for w in find("They visited the city in early 1994.", published=PUB)] == [1994]
    assert [w.value.year for w in find("In mid-2019 the towns signed a pact.", published=PUB)] == [2019]
    pub = dt.date(2023, 9, 20)
    assert [(w.value.year, w.value.month) for w in find("The August visit was a success.", published=pub)] == [(2023, 8)]
    assert not find("The August heat made the visit hard.", published=pub)
    june = dt.date(2018, 6, 13)  # (the August nearest the publication: ahead of it here)
    assert [(w.value.year, w.value.month) for w in find("The August visit coincides with the fair.", published=june)] == \
        [(2018, 8)]


def test_a_town_of_a_state_and_a_person_after_it(ex):
    """``twinned with Dublin, California since 2000``: a town of that state (not the Dublin the tables know abroad),
    also before ``since``; ``The Mayor of Dublin, California, Melissa Hernandez,``: the name after the state is a
    person, no town of a list; a list of towns keeps its unknown members."""
    r = read(ex, "Bray has been twinned with Dublin, California since 2000.")
    assert any("/city/us/dublin" in str(e.iri) for e in r.entities.values())
    r = read(ex, "The Mayor of Dublin, California, Melissa Hernandez, welcomed the visitors from Bray, its sister city.")
    assert "Melissa Hernandez" not in names(r, "City")
    assert "Melissa Hernandez" in names(r, "Person")
    r = read(ex, "Our sister cities include Asuncion, Coimbra, Himeji, Santa Rosa and Montevideo.")
    assert {"Coimbra", "Santa Rosa"} <= names(r, "City")


def test_a_letter_s_addressee_was_not_there(ex):
    """``A letter of welcome was sent to Mr Luc Martin``: the addressee attends nothing; ``A warm welcome was extended
    to the Mayor of Pézenas, Mr Luc Martin`` still makes him a guest of the reception."""
    lead = "Arklow Twinning Association held its annual reception on Friday. "
    r = read(ex, lead + "A letter of welcome was sent to Mr Luc Martin, Mayor of Pézenas, ahead of next year's visit.")
    assert "Luc Martin" not in attendee_labels(r)
    r = read(ex, lead + "A warm welcome was also extended to the Mayor of Pézenas, Mr Luc Martin.")
    assert "Luc Martin" in attendee_labels(r)


def test_a_delegation_s_roster_holds_its_sender_s_officers(ex):
    """``A delegation of officials from Tagbilaran City visited … The trip included Mayor X and Councilor Y``: the
    titled members of the delegation are the sending town's officers, not the host's; the host's mayor who received
    them stays the host's, and a delegation the host sent keeps the host's people."""
    lead = "A delegation of officials from Tagbilaran City visited its sister city of Goesan-gun in South Korea. "
    r = read(ex, lead + "The trip included Mayor Elena Baguio and Councilor Marco Lim.")
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor} == {"Tagbilaran City"}
    r = read(ex, lead + "The visitors were received by Mayor Lee Jun-ho.")
    assert {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor} == {"Goesan-gun"}


def test_an_irish_vice_chair(ex):
    """``Leas Cathaoirleach of Bray Municipal District, Cllr X``: the vice chair of that body (no body named after the
    title)."""
    lead = "Westport hosted a reception for its twin town Lorient on Friday. "
    r = read(ex, lead + "Leas Cathaoirleach of Bray Municipal District, Cllr Melanie Corrigan, also spoke.")
    assert "Leas Cathaoirleach of Bray Municipal District" not in names(r, "Organization")
    p = {e.name: e.attrs.get("jobTitle") for e in r.entities.values() if e.type == "Person"}
    assert p["Melanie Corrigan"] == "vice chair"


def test_near_misses_of_new_towns_letters_apologies_and_months(ex):
    """Near misses: a town and its own body (``Ulsan Metropolitan City and Ulsan Port Authority``) make no tie with a
    town the sentence only mentions; a university's town before its country stays a town (``the University of Velmora,
    Ghana``) while a ministry's list of fields does not (``Ministry of Culture, Sports and Tourism, Korea``); a pronoun
    is no town (``Ours is a sister city of …``); apologies sent last year or for a delay, and an invitation sent to
    someone who came, say nothing of absence; a month naming an event in a past sentence is the past one."""
    r = read(ex, "The Ulsan Metropolitan City and Ulsan Port Authority signed an agreement on Monday to expand shipping "
                 "routes to Pune.")
    assert not ties(r)
    r = read(ex, "Students from the University of Velmora, Ghana, visited Ann Arbor, its sister city, on Monday.")
    assert "Velmora" in names(r, "City")
    r = read(ex, "Officials from the Ministry of Culture, Sports and Tourism, Korea attended the sister city ceremony "
                 "between Jeonju and Velmora, Ghana.")
    assert "Tourism" not in names(r, "City")
    r = read(ex, "Ours is a sister city of Tübingen, Mayor Christopher Taylor of Ann Arbor said on Monday.")
    assert "Ours" not in names(r, "City")
    lead = "Mayor Jane Roe of Ann Arbor hosted a reception for the delegation from Tübingen on Monday. "
    assert "Mark Bell" in attendee_labels(read(ex, lead + "Councilor Mark Bell, who sent apologies last year, attended "
                                                          "this time."))
    assert "Boris Palmer" in attendee_labels(read(ex, lead + "An invitation was sent to Mayor Boris Palmer of Tübingen, "
                                                             "who attended with his wife."))
    assert "Gretchen Whitmer" not in attendee_labels(read(ex, lead + "A letter of welcome was also sent to Governor "
                                                                     "Gretchen Whitmer."))
    sept = dt.date(2024, 9, 20)
    assert [(w.value.year, w.value.month) for w in find("The March visit strengthened ties, officials said.",
                                                         published=sept)] == [(2024, 3)]


def test_a_small_town_the_tables_know_right_after_a_visit(ex):
    """``A delegation from Boryeong visited Hoi An``: a town the tables know but too small to be read anywhere is a
    town right after a visit or a delegation's ``from``; the two cities of the next sentence are that pair."""
    r = read(ex, "A delegation from Boryeong visited Hoi An on Tuesday. The visit paved the way for a friendship "
                 "agreement between the two cities next year.")
    assert "Hoi An" in names(r, "City")
    assert frozenset(("Boryeong", "Hoi An")) in ties(r)
    assert "Hoi An" not in names(read(ex, "The chef cooked Hoi An noodles for the visitors on Tuesday."), "City")


def test_guests_named_after_a_host_s_verb(ex):
    """``a privilege to host Mayor X, Chairman Y and council staff Mr Z``, ``welcomed Mayor X``: the guests were at the
    event told; not guests hoped for (``hopes to host Mayor X next year``)."""
    lead = "An Ichinoseki delegation visited Emerald on Monday for the sister city festival. "
    r = read(ex, lead + "Mayor Kerry Hayes said it was a privilege for the council to host Mayor Yoshihito Sato, "
                        "Chairman Nobuyuki Katsuura and council staff Mr Katsunori Suzuki, and she looks forward to "
                        "next year's visit.")
    assert {"Yoshihito Sato", "Nobuyuki Katsuura", "Katsunori Suzuki"} <= attendee_labels(r)
    r = read(ex, lead + "Mayor Kerry Hayes said it was a privilege for the council to host Mayor Yoshihito Sato, "
                        "Chairman Nobuyuki Katsuura and council staff Mr Katsunori Suzuki.")
    assert {"Yoshihito Sato", "Nobuyuki Katsuura", "Katsunori Suzuki"} <= attendee_labels(r)
    assert "Yoshihito Sato" not in attendee_labels(read(ex, lead + "The council hopes to host Mayor Yoshihito Sato "
                                                                   "next year."))


def test_share_and_comment_buttons_are_furniture(ex):
    """``Share This Story``, ``View Comments``, ``Comments 3``: a page's buttons on their own line are no town after a
    headline about a sister city; a sentence that shares a story is still read."""
    for button in ("Share This Story", "View Comments", "Comments 3", "Print this article"):
        r = read(ex, f"Rivermouth welcomes its sister city\n{button}\nThe delegation from Tamba, Japan arrived on Monday.")
        assert not {n for n in names(r, "City") if n.split()[0] in ("Share", "View", "Comments", "Print")}, button
    assert furniture_line("Share This Story") and not furniture_line("Share this story with the mayor of Tamba.")


def test_near_misses_of_rosters_guests_small_towns_and_state_lists(ex):
    """Near misses: the people a delegation met are no members of it (``The trip included a meeting with Mayor X``);
    guests not come or only planned are no attendees (``unable to host``, ``had hoped to host``, ``is due to host``);
    a small town's name inside a body's or a person's is no town (``Alliance Francaise``, ``Kobayashi, a local rice
    farmer``); a town in a list of states keeps its own country (``Tainan, Texas, and Ohio``)."""
    lead = "A delegation of officials from Tagbilaran City visited its sister city of Goesan-gun last week. "
    r = read(ex, lead + "The trip included a meeting with Mayor Kim Young-chul and Councilor Lee Min-ho.")
    assert "Tagbilaran City" not in {label(r, f.o) for f in r.facts if f.p == V.SCHEMA.worksFor}
    opening = "The sister city festival opened on Saturday. "
    for said in ("Because of the strike, the council was unable to host Mayor Jane Roe of Velmora.",
                 "The council had hoped to host Mayor Jane Roe of Velmora, but her flight was cancelled.",
                 "The council is due to host Mayor Jane Roe of Velmora in October."):
        assert "Jane Roe" not in attendee_labels(read(ex, opening + said)), said
    r = read(ex, "A delegation from Alliance Francaise visited the city hall on Monday to plan a French film week.")
    assert "Alliance" not in names(r, "City")
    r = read(ex, "The delegation visited Kobayashi, a local rice farmer, on Tuesday to learn about farming.")
    assert "Kobayashi" not in names(r, "City")
    r = read(ex, "Delegates came from Tainan, Texas, and Ohio for the sister city summit held in Austin on Monday.")
    assert not any("/city/us/tainan" in str(e.iri) for e in r.entities.values())


def test_a_town_the_tables_lack_named_by_its_municipal_corporation(ex):
    """``Bhubaneswar Municipal Corporation``, ``Izmir Metropolitan Municipality``: a town of India or Turkey named by its
    government, though no table knows it."""
    r = read(ex, "A team of delegates from Cupertino visited Bhubaneswar Municipal Corporation on Monday to strengthen "
                 "sister city ties.")
    assert "Bhubaneswar" in names(r, "City")
    r = read(ex, "Officials of Velmora Metropolitan Municipality signed a sister city pact with Daegu on Monday.")
    assert "Velmora" in names(r, "City")


def test_a_person_named_again_in_full_is_no_town(ex):
    """``Mayor Louise Jackson … Later, Louise Jackson also met the media``: the surname of a person named in full before,
    written again with the given name, is no town; the town alone stays a town (``flew to Jackson for the summit``)."""
    r = read(ex, "Mayor Louise Jackson and a delegation from Delta visited Mangalore on Monday. Later, Louise Jackson "
                 "also met the media.")
    assert "Jackson" not in names(r, "City")
    r = read(ex, "Mayor Louise Jackson visited Mangalore on Monday. The delegation then flew to Jackson for the sister "
                 "city summit.")
    assert "Jackson" in names(r, "City")


def test_ties_opened_with_a_pronoun_are_the_owners_the_sentence_before_names(ex) -> None:  # type: ignore[no-untyped-def]
    """``… where Xiamen's other friends are A and B. Its other sister cities are C and D``: the pronoun's owner is the
    place whose ties the sentence before names with its possessive, else the place that opens that sentence — not
    the article's main town."""
    r = read(ex, "Richmond will sign the deal this week, Richmond officials said. Richmond will be Xiamen's first "
                 "Canadian sister city, where Xiamen's other friends are Baltimore and Sarasota. Its other sister cities "
                 "are Cardiff, Wales; Sasebo, Japan; and Mokpo, South Korea. Xiamen, a port of five million, will become "
                 "Richmond's second sister city.")
    got = ties(r)
    assert {frozenset({"Xiamen", "Cardiff"}), frozenset({"Xiamen", "Mokpo"})} <= got
    assert frozenset({"Richmond", "Cardiff"}) not in got
    r = read(ex, "Richmond signed an agreement with Xiamen last week in a ceremony at city hall. Its other sister "
                 "cities are Wakayama, Japan, and Pierrefonds, Canada.")
    assert frozenset({"Richmond", "Wakayama"}) in ties(r) and frozenset({"Xiamen", "Wakayama"}) not in ties(r)
    r = read(ex, "Portland celebrated its sister city ties on Friday. Guadalajara's mayor signed the sister city pact "
                 "with Portland in 1983. Its other sister cities include Mutare and Ulsan.")  # (a mayor's, no ties)
    assert frozenset({"Portland", "Mutare"}) in ties(r) and frozenset({"Guadalajara", "Mutare"}) not in ties(r)


def test_a_bodys_for_phrase_that_owns_what_follows_is_its_purpose(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Killarney Town Twinning Association for the St Patrick's Day festival``: a ``for`` phrase followed by a
    possessive says what the body came for, no part of its name; ``the Kendal Association for Tourism`` keeps it."""
    r = read(ex, "The mayor met members of the Killarney Town Twinning Association for the St Patrick's Day festival "
                 "last weekend. The Kendal Association for Tourism also joined them.")
    got = names(r, "Organization")
    assert "Killarney Town Twinning Association" in got and "Kendal Association for Tourism" in got
    assert not any("Patrick" in n for n in got)


def test_a_towns_rotary_named_short_is_a_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``Barry Murphy, President of Killarney Rotary``: a town's Rotary club named short is a body, whose president
    he is (``the Kendal Rotary Club`` stays whole; a bare ``Rotary members`` names none)."""
    r = read(ex, "At the request of the Kendal Rotary Club, Councillor Julia Dunlop met Barry Murphy, President of "
                 "Killarney Rotary, to develop a link. Rotary members attended the talks.")
    assert {"Kendal Rotary Club", "Killarney Rotary"} <= names(r, "Organization")
    assert not {"Rotary", "Kendal Rotary"} & names(r, "Organization")
    assert ("Barry Murphy", "Killarney Rotary") in roles(r)
    r = read(ex, "Visitors from Rennes planted an oak at Cork Rotary Park on Friday to mark the twinning anniversary.")
    assert not names(r, "Organization")


def test_a_speaker_is_named_whole_and_a_masters_rank_before_a_name(ex) -> None:  # type: ignore[no-untyped-def]
    """``said Sang Ho Lee of Burlington``: the speaker's whole name, never its first words; ``Master Sang Ho Lee``: a
    martial-arts master's rank before a name of two words or more (``The Master Plan Committee`` is none)."""
    r = read(ex, "“It is a custom for visiting delegates,” said Sang Ho Lee of Burlington. The Master Plan Committee met.")
    assert "Sang Ho Lee" in names(r, "Person") and "Sang Ho" not in names(r, "Person")
    r = read(ex, "“It is a custom for visiting delegates,” explained Master Min Soo Park, who teaches in Burlington.")
    assert "Min Soo Park" in names(r, "Person")
    assert not names(read(ex, "The Master Plan Committee met on Monday and approved the new park."), "Person")
    r = read(ex, "Guests from Sapporo, Portland's sister city, toured the site of the Harbor Master Plan Review on Friday.")
    assert not names(r, "Person")


def test_a_director_in_the_possessive_is_a_post(ex) -> None:  # type: ignore[no-untyped-def]
    """``Hyung Ji Jang, Gwacheon City’s personnel director,``: a post of the body in the possessive; a praise
    (``Austin's favourite film director``) is none."""
    r = read(ex, "Hyung Ji Jang, Gwacheon City’s personnel director, said the city has exchanged eight employees.")
    assert ("Hyung Ji Jang", "Gwacheon City") in roles(r)
    r = read(ex, "Tom Hale, Austin's favourite film director, said he loved the twin town of Ely.")
    assert not any(p == "Tom Hale" for p, _b in roles(r))
    r = read(ex, "Orla Hayes, Cork's jazz festival director, invited musicians from Rennes, the city's twin, to play.")
    assert not any(p == "Orla Hayes" for p, _b in roles(r))  # (the festival's director, no post of the town)


def test_a_street_address_and_a_places_jubilee_name_no_town_and_no_person(ex) -> None:  # type: ignore[no-untyped-def]
    """``85 Glasgow St``, ``12 Boston Rd.``: a street written short names no town; ``its Diamond Jubilee year``: a
    thing a place owns is no person; a group ``led by`` a three-word name is led by that person."""
    r = read(ex, "The students saw an exhibition at 85 Glasgow St, then a gallery at 12 Boston Rd. They loved Whanganui.")
    assert not {"Glasgow", "Boston"} & names(r, "City")
    r = read(ex, "The delegation later flew on to Glasgow and Boston for talks on a new twinning pact with Perth.")
    assert {"Glasgow", "Boston"} <= names(r, "City")
    r = read(ex, "“I came in time for Quezon City’s celebration of its Diamond Jubilee year,” he said on Monday.")
    assert "Diamond Jubilee" not in names(r, "Person")
    r = read(ex, "The mayor presented the Diamond Jubilee coffee table book to the visitors from Chiba on Monday.")
    assert "Diamond Jubilee" not in names(r, "Person")
    r = read(ex, "The twinning was kept alive by a hard working committee led by Mary Alice O’Connor and Anna Tuohy.")
    assert "Mary Alice O’Connor" in names(r, "Person")
    r = read(ex, "The Coventry group, led by Team Leader Kim, visited Kiel on Monday. “We owe so much to our Anna Berg,” "
                 "said the chair.")
    assert "Team Leader Kim" not in names(r, "Person") and "Anna Berg" in names(r, "Person")


def test_a_council_named_for_unknown_areas_and_a_school_of_a_field(ex) -> None:  # type: ignore[no-untyped-def]
    """``the Causeway Coast and Glens Borough Council``: a council named for areas no table knows stands for the
    whole name (no town ``Glens``); ``the Tara School of Irish Dance``: one body, no person ``Irish Dance``."""
    r = read(ex, "The Causeway Coast and Glens Borough Council mayor visited Kiel, its twin town, on Monday.")
    assert frozenset({"Causeway Coast and Glens", "Kiel"}) in ties(r) and "Glens" not in names(r, "City")
    r = read(ex, "The Mayor of Derry and Strabane District Council met guests from Kiel, its twin town.")
    assert "Derry" in names(r, "City") and "Strabane" not in names(r, "City")  # (a known first area stands for it)
    r = read(ex, "Pupils from the Tara School of Irish Dance performed for the mayor in Kiel on Monday.")
    assert "Tara School of Irish Dance" in names(r, "Organization") and not names(r, "Person")
    r = read(ex, "Music came from the Tara School of Irish Dance and American Irish Acoustic band Plummer's Mates.")
    assert "Tara School of Irish Dance" in names(r, "Organization")  # (a second name after and: none of it)
    r = read(ex, "The Ministry of Trade and Industry sent officials to Kiel, the twin town, on Monday.")
    assert "Ministry of Trade and Industry" in names(r, "Organization")
    r = read(ex, "Pupils from the Ridgeway School of Coventry visited Kiel, the city's twin town, on Monday.")
    assert "Coventry" in names(r, "City") and "Ridgeway School of Coventry" not in names(r, "Organization")


def test_a_name_listed_between_two_people_is_a_person_though_it_opens_with_a_town(ex) -> None:  # type: ignore[no-untyped-def]
    """``boat owners Peter Nolan, Shiraz Malik and Ken Howe``: the item between two people, a surname last, is a
    person (no town Shiraz); a town between them stays one (``Peter Nolan, Perth and Ken Howe``)."""
    r = read(ex, "The group was treated to a harbour cruise by boat owners Peter Nolan, Shiraz Malik and Ken Howe "
                 "before the farewell dinner in Napier.")
    assert "Shiraz Malik" in names(r, "Person") and "Shiraz" not in names(r, "City")
    r = read(ex, "The students met Peter Nolan, Perth and Ken Howe before the farewell dinner in Napier.")
    assert "Perth" in names(r, "City")


def test_a_dateline_in_capitals_is_furniture_though_the_story_names_the_place_again(ex) -> None:  # type: ignore[no-untyped-def]
    """``CEBU, Philippines - Both Mandaue and Mosul signed …``: the dateline is the place of filing, no party of the
    tie, even when the story writes the place again in title case (the capitals are folded before reading); the
    place named in the story stays a place."""
    from kgraph.read.article import Article as _Article
    text = ("Mandaue and Mosul sign pact\nCEBU, Philippines - Both Mandaue City and Mosul City in Iraq yesterday "
            "signed a sister-city pact during a ceremony at the Cebu International Convention Center. Mandaue "
            "Mayor Jonas Cortes signed for Mandaue.")
    r = ex.read(_Article(text=text, title="Mandaue and Mosul sign pact", url="urn:test:dateline", language="en",
                         published=PUB))
    assert frozenset({"Mandaue", "Mosul"}) in ties(r)
    assert not any("Cebu" in t for t in ties(r))


def test_people_who_helped_organise_a_trip_are_not_told_to_have_gone(ex) -> None:  # type: ignore[no-untyped-def]
    """``thanked Joan Pike and Sam Lowe, who helped organise the trip``: its organisers (both of the pair), not
    attendees; those who travelled and helped organise a concert there went."""
    r = read(ex, "Mayor Ellen Price thanked Joan Pike and Sam Lowe, who helped organise the trip to Wakkanai, in a "
                 "council statement on Friday.")
    assert not {"Joan Pike", "Sam Lowe"} & attendees(r)
    r = read(ex, "Joan Pike and Sam Lowe travelled with the mayor on the trip to Wakkanai last month, where they "
                 "helped organise a concert.")
    assert {"Joan Pike", "Sam Lowe"} <= attendees(r)


def test_a_post_written_after_a_name_at_its_body(ex) -> None:  # type: ignore[no-untyped-def]
    """``said Mara Quinn, head of engagement at the City of Kelowna``: a post at the body or town named after it;
    a student at a school holds no post there."""
    r = read(ex, "“We are proud of our partners,” said Mara Quinn, head of engagement at the City of Kelowna, on Monday.")
    assert ("Mara Quinn", "Kelowna") in roles(r)
    r = read(ex, "“We are proud,” said Tom Hale, manager of international relations at Kelowna City Council.")
    assert ("Tom Hale", "Kelowna City Council") in roles(r)
    r = read(ex, "Mara Quinn, a student at Kelowna Secondary School, welcomed the group from Kasugai, the twin city.")
    assert not any(p == "Mara Quinn" for p, _b in roles(r))
