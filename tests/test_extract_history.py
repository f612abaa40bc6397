"""The life of a tie (kgraph.extract.history) and news against the registry (kgraph.extract.registry)."""
import datetime as dt

import pytest
from rdflib import URIRef

from kgraph import vocab as V
from kgraph.extract.history import steps_in
from kgraph.extract.registry import RegistryTie, registry_status
from kgraph.read.article import Article

S, F, O = V.SisterCity, V.FriendshipCity, V.OtherTie  # noqa: E741  (S, F, O: the three tie types)


@pytest.mark.parametrize(("sentence", "types", "expected"), [
    # an upgrade keeps both steps, each with its own year
    ("두 시는 2005년 우호협력 협약을 맺었고 2019년 자매결연으로 관계를 격상했다.", {S, F},
     [("Signing", F, "2005"), ("Upgrade", S, "2019")]),
    ("The two cities, friendship cities since 2011, upgraded their ties to sister cities in 2020.", {S, F},
     [("Signing", F, "2011"), ("Upgrade", S, "2020")]),
    # renewals, anniversaries, suspensions and endings are steps of their own
    ("양 도시는 2010년 맺은 자매결연 협약을 갱신했다.", {S}, [("Renewal", S, "2010")]),
    ("The councils renewed their sister city agreement for three more years.", {S}, [("Renewal", S, None)]),
    ("통영시와 자매도시의 결연 30주년 기념식이 열렸다.", {S}, [("Anniversary", S, None)]),
    ("Harpenden marked the 60th anniversary of its twinning with the German town.", {S}, [("Anniversary", S, None)]),
    # the anniversary of something else (the countries' relations, a festival) is no step of the tie
    ("한-몽 수교 30주년을 맞아 자매도시 대표단이 방문했다.", {S}, []),
    ("The town marked the 400th anniversary of the Lantern Festival with its sister city.", {S}, []),
    ("수교 30주년인 올해 자매결연 10주년을 맞아 대표단이 방문했다.", {S}, [("Anniversary", S, None)]),
    ("The town marked the 60th anniversary of the link with its twin town.", {S}, [("Anniversary", S, None)]),
    ("시는 우호도시와의 교류를 잠정 중단하기로 했다.", {F}, [("Suspension", F, None)]),
    ("Busan suspended its friendly exchange agreement with the prefecture.", {F}, [("Suspension", F, None)]),
    ("The city council voted to terminate the sister city relationship.", {S}, [("Ending", S, None)]),
    # the ways news says a tie ends: sever, cut ties, end the relationship, break off
    ("Charlotte will sever its sister city relationship with Voronezh.", {S}, [("Ending", S, None)]),
    ("Riverton is cutting ties with Irkutsk, its sister city.", {S}, [("Ending", S, None)]),
    ("Charlotte ended its sister city relationship with Voronezh.", {S}, [("Ending", S, None)]),
    ("In 2022 the towns broke off their twinning.", {S}, [("Ending", S, "2022")]),
    # … but not an end denied or asked for, nor a word that only contains one (susp-end), and an end for now
    # is a suspension
    ("The association wasn't ready to completely sever ties with Kaliningrad, its sister city.", {S}, []),
    ("Residents called on the council to end the sister city relationship with Voronezh.", {S}, []),
    ("The council voted to suspend its sister city relationship with Kaliningrad.", {S}, [("Suspension", S, None)]),
    ("The council decided to sever the sister city relationship, at least for now.", {S}, [("Suspension", S, None)]),
    ("The visit ended with a dinner in the sister city.", {S}, []),
    # a signing: a stated year or a verb of signing
    ("양 시는 2014년 자매결연을 맺었다.", {S}, [("Signing", S, "2014")]),
    ("The mayors signed a memorandum of understanding.", {O}, [("Signing", O, None)]),
])
def test_steps_a_sentence_reports(sentence, types, expected):
    got = [(s.kind, s.tie_type, s.year) for s in steps_in(sentence, types)]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "시는 미국과 일본에 자매도시를 두고 있다.",  # ties named in passing: no step
    "Its sister cities include towns in France and Japan.",
    "The exchange programme of the sister cities resumes next year with new students.",
])
def test_ties_named_in_passing_make_no_step(sentence):
    assert steps_in(sentence, {S}) == []


def test_anniversary_counts_and_several_years_are_not_guessed():
    (st,) = steps_in("자매결연 25주년을 맞았다.", {S})
    assert st.anniversary == 25
    (st,) = steps_in("자매도시로는 가시(1999년), 나시(2016년)가 있으며 협약을 체결했다.", {S})
    assert st.year is None  # two years in the sentence and no tie year from the reader: none is sure
    (st,) = steps_in("자매도시로는 가시(1999년), 나시(2016년)가 있으며 협약을 체결했다.", {S}, since="1999")
    assert st.year == "1999"


@pytest.mark.parametrize(("claim", "registry", "status"), [
    (({S}, {"2016"}), RegistryTie({S}, {"2016"}), "confirmed"),
    (({S}, set()), RegistryTie({S}, {"2016"}), "confirmed"),  # a claim without a year contradicts no year
    (({O}, set()), RegistryTie({F}, set()), "confirmed"),  # a generic tie contradicts no type
    (({S, F}, set()), RegistryTie({F}, set()), "confirmed"),  # an upgrade names the registry's type too
    (({S}, {"2015"}), RegistryTie({S}, {"2016"}), "conflicting"),
    (({F}, set()), RegistryTie({S}, set()), "conflicting"),
    (({S}, {"2003"}), RegistryTie({S}, {"2003", "2005"}), "confirmed"),  # registry sources that disagree
    (({S}, {"2016"}), None, "new"),
])
def test_registry_status(claim, registry, status):
    assert registry_status(*claim, registry) == status


def _read(ex, text, published):
    return ex.read(Article(text=text, url="urn:test:hist", language="ko", published=published))


def test_reading_marks_ties_with_their_registry_status(ex):
    gm, buan = URIRef(V.KGR + "city/kr/gwangmyeong"), URIRef(V.KGR + "city/kr/buan")
    tie = V.partnership_iri(gm, buan)
    right = _read(ex, "광명시와 전북 부안군은 2016년 자매결연을 맺었다.\n", dt.date(2016, 8, 1))
    assert (tie, V.registryStatus, V.Confirmed) in {(f.s, f.p, f.o) for f in right.facts}
    wrong = _read(ex, "광명시와 전북 부안군은 2013년 자매결연을 맺었다.\n", dt.date(2016, 8, 1))
    assert (tie, V.registryStatus, V.Conflicting) in {(f.s, f.p, f.o) for f in wrong.facts}


def test_reading_adds_steps_with_both_times(ex):
    r = _read(ex, "광명시와 전북 부안군은 2016년 자매결연을 맺었다.\n", dt.date(2016, 8, 1))
    steps = {f.s for f in r.facts if f.p == V.stepOf}
    assert len(steps) == 1
    (step,) = steps
    got = {f.p: str(f.o) for f in r.facts if f.s == step}
    assert got[V.stepKind] == str(V.KG.Signing) and got[V.stepDate] == "2016" and got[V.reportedOn] == "2016-08-01"


def test_a_lasting_state_or_a_renewal_does_not_date_the_tie(ex):
    import datetime as dt

    from kgraph import vocab as V
    from kgraph.read.article import Article

    def since(text):
        r = ex.read(Article(text=text, url="urn:test:since", language="ko", published=dt.date(2022, 10, 12)))
        names = {i: e.name for i, e in r.entities.items()}
        partner = {f.s: {names.get(o.o) for o in r.facts if o.p == V.partner and o.s == f.s} for f in r.facts if f.p == V.since}
        return {frozenset(p): str(f.o) for f in r.facts if f.p == V.since for p in [partner[f.s]]}

    got = since("인천시는 10일 우루과이 몬테비데오와 우호도시 협약을 체결했다. 인천시는 호주 브리즈번 등 20여 곳과 우호도시 협약을 맺고 있다.")
    assert got.get(frozenset({"인천시", "몬테비데오"})) == "2022"
    assert frozenset({"인천시", "브리즈번"}) not in got
    got = since("인천시는 10일 우루과이 몬테비데오와 우호도시 협약을 체결했다. 인천시는 11일 프랑스 니스와의 우호도시 협약을 갱신했다.")
    assert frozenset({"인천시", "니스"}) not in got


def test_the_years_an_agreement_runs_are_not_its_signing_year(ex):
    import datetime as dt

    from kgraph import vocab as V
    from kgraph.read.article import Article

    r = ex.read(Article(text="광명시와 오스틴시는 2025~2026년 우호 교류 MOC를 체결했다.", url="urn:test:period",
                        language="ko", published=dt.date(2024, 11, 22)))
    assert "2026" not in {str(f.o) for f in r.facts if f.p == V.since}
    r = ex.read(Article(text="광명시와 오스틴시는 2015년 우호 교류 협약을 체결했다.", url="urn:test:year",
                        language="ko", published=dt.date(2024, 11, 22)))
    assert "2015" in {str(f.o) for f in r.facts if f.p == V.since}


def test_a_tie_released_or_revoked_ends() -> None:
    from kgraph import vocab as V
    from kgraph.extract.history import steps_in
    assert [s.kind for s in steps_in("하동군은 일본 오기시와의 자매결연을 해제했다.", {V.SisterCity})] == ["Ending"]
    assert [s.kind for s in steps_in("The council revoked its sister city agreement with Lahr.", {V.SisterCity})] == ["Ending"]
    assert "Ending" not in [s.kind for s in steps_in("하동군은 일본 오기시와 자매결연을 맺었다.", {V.SisterCity})]


def test_an_agreement_to_liven_up_a_tie_is_no_new_tie(ex):
    r = ex.read(Article(text="강서구는 구청장이 자매도시를 방문했다고 밝혔다. 김하나 구청장은 지난 2일 여수시청에서 이두리 "
                             "여수시장과 '자매결연 활성화 업무 협약'을 체결했다.", language="ko", published=dt.date(2023, 2, 3)))
    assert not [f for f in r.facts if f.p == V.since]
    r = ex.read(Article(text="강서구는 지난 2일 여수시와 교류 활성화를 위한 자매결연 협약을 체결했다고 밝혔다.", language="ko",
                        published=dt.date(2023, 2, 3)))  # must: a new tie, whatever it is for
    assert [str(f.o) for f in r.facts if f.p == V.since] == ["2023"]


def _steps(r):
    """{(step kind, tie type, step date or None)} of a reading."""
    out = set()
    for s in {f.s for f in r.facts if f.p == V.stepOf}:
        got = {f.p: str(f.o).rsplit("#", 1)[-1] for f in r.facts if f.s == s}
        out.add((got[V.stepKind], got.get(V.partnershipType), got.get(V.stepDate)))
    return out


def _read_en(ex, text, published=dt.date(2024, 5, 10)):
    return ex.read(Article(text=text, url="urn:test:hist-en", language="en", published=published))


def test_every_sentence_of_a_tie_tells_its_steps(ex):
    r = _read_en(ex, "Officials commemorated the 30th anniversary of sister city relations between Kofu and Ballarat "
                     "on Thursday. Her efforts led to the signing of the sister city agreement on May 2, 1994, under "
                     "which the two cities have since promoted school exchanges.")
    assert _steps(r) == {("Anniversary", "SisterCity", "2024-05-09"), ("Signing", "SisterCity", "1994-05-02")}


def test_a_signing_told_in_the_headline_takes_the_body_s_date(ex):
    r = _read_en(ex, "Lyon signs sister city pact with Leeds\n\n"
                     "Lyon Mayor Paul Roux signed a sister city agreement with Leeds on Monday at Leeds Civic Hall.")
    assert _steps(r) == {("Signing", "SisterCity", "2024-05-06")}


def test_an_earlier_tier_keeps_its_own_signing(ex):
    r = _read(ex, "사하구는 2008년 우호교류 협약을 맺은 중국 징안구와 지난 20일 자매결연 협약을 체결했다. "
                  "두 도시는 2008년 우호교류 협약을 맺은 뒤 교류해 왔다.", dt.date(2023, 10, 24))
    assert ("Signing", "FriendshipCity", "2008") in _steps(r)
    assert ("Signing", "SisterCity", "2023-10-20") in _steps(r)


def test_a_generic_agreement_word_beside_a_tier_makes_no_step_of_its_own(ex):
    r = _read(ex, "사하구는 지난 20일 중국 징안구와 자매결연 협약을 체결했다. 사하구와 징안구는 이날 협약을 통해 교류를 약속했다.",
              dt.date(2023, 10, 24))
    assert {kind for kind, tier, _d in _steps(r)} == {"Signing"}
    assert {tier for _k, tier, _d in _steps(r)} == {"SisterCity"}


def test_a_partner_s_own_part_of_the_sentence_gives_its_tier(ex):
    r = _read_en(ex, "Laredo signs Friendship City agreement with Monterrey\n\n"
                     "Monterrey is Laredo's first Friendship City partner, and Laredo has Sister City relationships "
                     "with 9 other cities worldwide.")
    assert {f.p for f in r.facts if f.p in (V.sisterCityOf, V.friendshipCityOf)} == {V.friendshipCityOf}
    # look-alike: one part naming both the partner and the tier keeps it
    r = _read_en(ex, "Monterrey is Laredo's sister city, and Laredo has friendship ties with 9 other cities.")
    assert {f.p for f in r.facts if f.p in (V.sisterCityOf, V.friendshipCityOf)} == {V.sisterCityOf}


def test_a_visit_s_day_does_not_date_the_signing_its_sentence_names(ex):
    r = _read(ex, "지난해 자매결연을 맺은 일본 오타시 대표단이 10일 남원시를 방문했다.", dt.date(2024, 5, 12))
    assert not any(d == "2024-05-10" for _k, _t, d in _steps(r))
    # look-alike: the signing's own day dates it
    r = _read(ex, "남원시는 10일 일본 오타시와 자매결연 협약을 체결했다.", dt.date(2024, 5, 12))
    assert _steps(r) == {("Signing", "SisterCity", "2024-05-10")}


@pytest.mark.parametrize("sentence", [
    "The mayor will be putting ink to paper on the sister city agreement and a plan which will run until 2025.",
    "양 도시는 2026년까지 이어지는 자매결연 협약을 체결한다.",
])
def test_the_end_of_a_period_is_no_signing_year(sentence):
    assert [(s.kind, s.year) for s in steps_in(sentence, {V.SisterCity})] == [("Signing", None)]


def test_a_signing_year_is_still_a_year():
    assert [s.year for s in steps_in("They signed the sister city agreement in 2019.", {V.SisterCity})] == ["2019"]


def test_a_signing_dated_in_one_sentence_dates_the_step_of_another_that_names_it(ex):
    """``Yongin has signed a sister city agreement with X. … the sister city agreement ceremony … on the 9th``,
    then ``… held a sister city signing ceremony … on the 9th``: one signing, and the tie's step takes its day."""
    from kgraph.read.article import Article

    r = ex.read(Article(text="Yongin has signed a sister city agreement with Williamson County. The signing ceremony was held "
                             "on the 9th. Yongin said it held a sister city signing ceremony with Williamson County on the 9th.",
                        language="en", published=dt.date(2025, 1, 12)))
    steps = {str(f.o) for f in r.facts if f.p == V.stepDate}
    assert "2025-01-09" in steps


@pytest.mark.parametrize("sentence, ended", [
    ("대전시는 삿포로시와의 자매결연을 해지했다.", True),
    ("대전시는 삿포로시와의 자매결연 협약해지를 결정했다.", True),
    ("두 시는 2010년 자매결연을 체결했으며 교류가 더욱 활발해지기를 바란다.", False),  # (the verb ending 해지다)
    ("두 시는 자매결연을 맺은 뒤 더욱 친해지고 있다.", False),
])
def test_termination_is_the_noun_haeji_not_the_verb_ending(sentence, ended):
    assert ("Ending" in [s.kind for s in steps_in(sentence, {S})]) is ended


def test_the_only_year_of_a_sentence_naming_several_ties_dates_none_of_them(ex):
    """``As of 2021, X's other sister cities were A, B and C``: one year in a sentence that names several ties is no
    signing year of each (it may be one tie's, or no tie's); a tie alone in its sentence still takes it."""
    assert [s.year for s in steps_in("As of 2021, its sister cities were A and B.", {V.SisterCity}, alone=False)] == []
    r = ex.read(Article(text="As of 2021, Little Rock's other sister cities were Changchun in China and Kaohsiung in "
                             "Taiwan.", language="en", published=dt.date(2024, 3, 9)))
    assert not [f for f in r.facts if f.p == V.stepDate]
    r = ex.read(Article(text="Little Rock signed a sister city agreement with Kaohsiung in 2021.", language="en",
                        published=dt.date(2024, 3, 9)))
    assert {str(f.o) for f in r.facts if f.p == V.stepDate} == {"2021"}
    r = ex.read(Article(text="익산시는 2019년 중국 웨이팡시, 일본 오사카시와 각각 우호협약을 체결했다.", language="ko",
                        published=dt.date(2024, 3, 9)))  # a signing told: its year dates every tie of the sentence
    assert [str(f.o) for f in r.facts if f.p == V.stepDate] == ["2019", "2019"]
