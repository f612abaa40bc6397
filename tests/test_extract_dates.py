"""Korean date expressions (kgraph.extract.dates.find_ko), family by family, on invented sentences:
each family has phrasings that must be read and similar ones that must not."""
import datetime as dt

import pytest

from kgraph.extract.dates import find_ko, when

PUB = dt.date(2023, 6, 27)


def found(text: str, published: dt.date = PUB) -> list[str]:
    return [w.value.isoformat() for w in find_ko(text, published=published)]


@pytest.mark.parametrize("text, expected", [
    ("대표단은 지난 12-15일 나흘간 시를 찾았다.", ["2023-06-12", "2023-06-15"]),
    ("사절단이 12~15일 머물렀다.", ["2023-06-12", "2023-06-15"]),
    ("방문단은 12일~15일 일정을 마쳤다.", ["2023-06-12", "2023-06-15"]),
    ("축제는 10월 3∼5일 열린다.", ["2023-10-03", "2023-10-05"]),
    ("교류단은 지난 30일-2일 머물렀다.", ["2023-05-30", "2023-06-02"]),  # a range across the month's end
    ("대표단이 다음달 2~6일 시를 방문한다.", ["2023-07-02", "2023-07-06"]),  # a relative month before the range
    ("대표단이 지난달 2~6일 시를 찾았다.", ["2023-05-02", "2023-05-06"]),
])
def test_a_range_of_days_gives_its_first_and_last_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "참가자가 1.5배 늘었다.",
    "2-3개 도시가 더 참여한다.",
    "3-4명씩 조를 나눴다.",
])
def test_a_number_with_a_dot_or_dash_is_no_month(text):
    assert found(text) == []


def test_a_month_with_its_word_is_still_read():
    assert found("지난 3월 협약을 맺었다.") == ["2023-03-01"]
    assert found("2019.5.14 협약") == ["2019-05-14"]


def test_a_dotted_month_and_day_with_its_weekday():
    """``5.10(금)``, ``5. 24.(금)``: a press release's date, in the year near the publication whose day is that
    weekday; a dotted number with no weekday bracket is no date."""
    pub = dt.date(2024, 5, 16)
    assert [str(w.value) for w in find_ko("협약식은 5.10(금) 열렸다.", published=pub)] == ["2024-05-10"]
    assert [str(w.value) for w in find_ko("협약식은 오는 5. 24.(금) 열린다.", published=pub)] == ["2024-05-24"]
    assert [str(w.value) for w in find_ko("협약식은 5.10(수) 열렸다.", published=pub)] == ["2023-05-10"]
    # look-alikes: a ratio, and a date with no weekday bracket
    assert find_ko("예산이 1.5배 늘었다.", published=pub) == []
    assert find_ko("점수는 5.10 이었다.", published=pub) == []


def test_a_year_named_by_the_one_before_it():
    """``1995년 5월 3일, … 같은 해 9월 1일``: the same year (never the publication's); ``이듬해``: the next."""
    pub = dt.date(2024, 5, 20)
    got = [str(w.value) for w in find_ko("A시와는 1995년 5월 3일, B시와는 같은 해 9월 1일 자매결연을 맺었다.", published=pub)]
    assert got == ["1995-05-03", "1995-09-01"]
    got = [str(w.value) for w in find_ko("2019년 3월 협약을 맺고 이듬해 5월 자매결연을 맺었다.", published=pub)]
    assert got == ["2019-03-01", "2020-05-01"]
    # look-alike: a month and day with no year named before stay the publication's year
    assert [str(w.value) for w in find_ko("9월 1일 협약을 맺을 예정이다.", published=pub)] == ["2024-09-01"]


def test_a_weekday_with_an_ordinal_day_is_that_day_earlier_in_the_month():
    import datetime as _dt

    from kgraph.extract.en_dates import find as find_en
    pub = _dt.date(2024, 5, 14)  # a Tuesday
    for text in ("The visit began on Saturday 4th with a reception.", "They met on Saturday the 4th."):
        assert [w.value for w in find_en(text, published=pub)] == [_dt.date(2024, 5, 4)], text
    # look-alike: a weekday that the day of that number is not near the publication gives nothing certain
    assert find_en("They met on Saturday 5th.", published=pub) == []


@pytest.mark.parametrize("text,day", [("On the 14th of March 2019 (Thursday), the mayors signed.", "2019-03-14"),
                                      ("The pact was sealed on the 2nd of April.", "2024-04-02"),
                                      ("They met on 3rd of May 2021 in the town hall.", "2021-05-03")])
def test_a_day_of_a_month_written_with_of_is_that_day(text, day):
    """``the 14th of March 2019``: one day; a weekday in brackets after it is its weekday, no second date."""
    import datetime as _dt

    from kgraph.extract.en_dates import find as find_en
    assert [w.value.isoformat() for w in find_en(text, published=_dt.date(2024, 5, 10))] == [day]


def test_a_weekday_in_brackets_after_no_date_is_still_a_day():
    """Look-alike: ``on Thursday (the town's day)`` with no date before: the Thursday near the publication."""
    import datetime as _dt

    from kgraph.extract.en_dates import find as find_en
    assert [w.value.isoformat() for w in find_en("The mayors met on (Thursday) at noon.",
                                                 published=_dt.date(2024, 5, 10))] == ["2024-05-09"]


def test_a_decade_is_no_year():
    import datetime as _dt

    from kgraph import vocab as V
    from kgraph.extract.dates import find_ko
    from kgraph.extract.history import steps_in
    assert find_ko("두 도시는 1980년대 자매결연을 맺었다.", published=_dt.date(2024, 5, 10)) == []
    assert [s.year for s in steps_in("Hebden Royd and Warstein have been twinned since the 1980s.", {V.SisterCity})] \
        in ([], [None])
    # look-alikes: a year is a year
    assert [w.value.year for w in find_ko("두 도시는 1985년 자매결연을 맺었다.", published=_dt.date(2024, 5, 10))] == [1985]
    assert [s.year for s in steps_in("They have been twinned since 1985.", {V.SisterCity})] == ["1985"]


@pytest.mark.parametrize("text,expected", [
    ("지난달 말 대표단이 방문했다.", [("2023-05-01", "month")]),
    ("이달 초 교류단을 파견한다.", [("2023-06-01", "month")]),
    ("지난해 말 협약을 맺었다.", [("2022-01-01", "year")]),
    ("지난달 15일 방문했다.", [("2023-05-15", "day")]),  # (a day with it: that day, as before)
])
def test_a_relative_month_or_year_alone_is_that_month_or_year(text, expected):
    assert [(str(w.value), w.grain) for w in find_ko(text, published=PUB)] == expected


def test_a_relative_word_that_is_no_month_gives_nothing():
    assert find_ko("지난 대회에서 만났다.", published=PUB) == []
    assert find_ko("지난달 말 대표단이 방문했다.", published=None) == []


@pytest.mark.parametrize("text,expected", [("올 4월 열린 진달래축제", dt.date(2019, 4, 1)),
                                           ("금년 4월 열린 축제", dt.date(2019, 4, 1)),
                                           ("올해 4월 열린 축제", dt.date(2019, 4, 1)),
                                           ("오는 4월 열리는 축제", dt.date(2020, 4, 1))])  # must not: 오는 is next April
def test_this_year_written_short_is_the_publication_s_year(text, expected):
    """``올 4월``, ``금년 4월``: this year's April, like ``올해 4월``, even after the publication's month."""
    assert [w.value for w in find_ko(text, published=dt.date(2019, 10, 13), tense="past")] == [expected]


@pytest.mark.parametrize("text,tense,expected", [("4월 열린 축제에 참가했다", "past", dt.date(2019, 4, 1)),
                                                 ("11월 열린 축제에 참가했다", "past", dt.date(2018, 11, 1)),
                                                 ("3월 열릴 축제에 참가한다", "future", dt.date(2020, 3, 1)),
                                                 ("9월 축제", None, dt.date(2019, 9, 1))])
def test_a_bare_month_takes_the_year_the_sentence_s_tense_allows(text, tense, expected):
    """A month with no year in a sentence told in the past is the last such month (not the nearest, which may be
    to come); in a sentence to come, the next one."""
    assert [w.value for w in find_ko(text, published=dt.date(2019, 10, 13), tense=tense)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("대표단은 25일 기념식에 참가했으며 28일에는 농장을 방문할 예정이다.", ["2023-06-25", "2023-06-28"]),
    ("대표단은 25일 개막식에 참석했으며, 28일에는 농장을 방문한다.", ["2023-06-25", "2023-06-28"])])
def test_a_day_gone_by_in_a_sentence_that_plans(text, expected):
    """``25일 … 참가했으며 28일에는 … 예정이다`` (published on the 27th): the 25th is past, the 28th to come (not a 25th
    of the month after, as a sentence of plans alone would have it: ``25일 … 참가할 예정이다``)."""
    assert [w.value.isoformat() for w in find_ko(text, published=PUB, tense="future")] == expected
    assert [w.value.isoformat() for w in find_ko("대표단은 25일 기념식에 참가할 예정이다.", published=PUB,
                                                 tense="future")] == ["2023-07-25"]


def test_the_reports_verb_does_not_make_a_planned_day_past():
    """``28일 열리는 국제 축제에 … 보낸다고 시 관계자가 전했다``: the 28th to come (전했다 is the report's)."""
    text = "김해시는 오타시에서 28일 열리는 국제 축제에 시립예술단을 보낸다고 시 관계자가 전했다."
    assert [w.value.isoformat() for w in find_ko(text, published=PUB, tense="future")] == ["2023-06-28"]


@pytest.mark.parametrize(("text", "month"), [
    ("A group of pupils from Ota is coming to Burbank in August for a homestay.", "2018-08"),
    ("Students from Wujiang are visiting Dubbo in August.", "2018-08"),
    ("Pupils from Ota came to Burbank in August for a homestay.", "2017-08"),
    ("Students from Wujiang are visiting Dubbo this week; the first group came in May.", "2018-05"),
    ("Students from Ota have been visiting Burbank for years, and the last group came in May.", "2018-05"),
])
def test_a_trip_in_the_present_progressive_points_a_bare_month_forward(text, month):
    """``pupils are coming in August`` (published in July): this year's August; a past verb in the date's own clause
    (``the first group came in May``), or a habit (``have been visiting for years``), points back."""
    import datetime as _dt

    from kgraph.extract.en_dates import find as find_en
    got = [w.value.isoformat()[:7] for w in find_en(text, published=_dt.date(2018, 7, 10)) if w.grain == "month"]
    assert got == [month]


def test_a_count_of_a_trip_s_days_is_no_date() -> None:
    """``방문 3일차인 17일``, ``일정 이틀째인 5일``: the 17th and the 5th (``3일차`` counts days; ``3일 협약``: the 3rd)."""
    pub = dt.date(2019, 10, 15)
    w = when("방문 3일차인 17일 협약을 맺는다", published=pub)
    assert w is not None and w.value == dt.date(2019, 10, 17)
    w = when("3일 협약을 맺는다", published=pub)
    assert w is not None and w.value.day == 3


def test_a_stay_under_way_told_in_the_future_is_this_month_s() -> None:
    """``10일부터 14일까지 방문한다`` told on the 12th: the stay is under way, its first day this month's (not a month or a
    year on); a range that ended before the story told in the future is still moved on."""
    pub = dt.date(2023, 7, 12)
    got = [w.value for w in find_ko("10일부터 14일까지 대전을 방문한다", published=pub, tense="future")]
    assert got[0] == dt.date(2023, 7, 10)
    got = [w.value for w in find_ko("7월 10일부터 7월 14일까지 대전을 방문한다", published=pub, tense="future")]
    assert got[0] == dt.date(2023, 7, 10)
    got = [w.value for w in find_ko("7월 2일부터 7월 5일까지 대전을 방문한다", published=pub, tense="future")]
    assert got[0] == dt.date(2024, 7, 2)
