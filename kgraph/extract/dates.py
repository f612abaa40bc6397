"""Dates in Korean and English text, resolved against the publication date — never guessed.

Only what the text makes certain is returned: a full date needs a stated year, or a publication
date to resolve ``25일`` / ``지난 4일`` / ``Dec. 21`` against; otherwise the year (or nothing).

>>> import datetime as dt
>>> when("지난 4일", published=dt.date(2024, 11, 20)).value
datetime.date(2024, 11, 4)
>>> when("지난 4일", published=None) is None
True
>>> when("2024년 10월 29일", published=None).value
datetime.date(2024, 10, 29)
>>> when("지난 10월 29일", published=None, year_hint=2024).value
datetime.date(2024, 10, 29)
>>> when("on Nov 18", published=dt.date(2024, 11, 20), lang="en").value
datetime.date(2024, 11, 18)
>>> when("지난달 28일", published=dt.date(2024, 11, 30)).value
datetime.date(2024, 10, 28)
>>> when("18일", published=dt.date(2024, 5, 10)).value, when("18일", published=dt.date(2024, 5, 10), tense="past").value
(datetime.date(2024, 5, 18), datetime.date(2024, 4, 18))
>>> when("3일", published=dt.date(2024, 5, 10), tense="future").value
datetime.date(2024, 6, 3)
>>> when("3박 4일 일정", published=dt.date(2024, 5, 10)) is None
True
>>> when("방문 3일차인 17일", published=dt.date(2024, 5, 10)).value
datetime.date(2024, 5, 17)
>>> when("5.10(금)", published=dt.date(2024, 5, 16)).value
datetime.date(2024, 5, 10)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import PAST_VERB_RE

_MONTHS_EN = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

KO_DATE = re.compile(
    r"(?=[\d지이다내오올작금])"  # (every part below is optional: a match starts only where one of them can)
    r"(?:(?P<rel>지난해|지난달|이달|다음\s?달|내달|지난|오는|올해|금년|올(?=\s*\d)|작년|내년)\s*)?"  # (올 4월: this year's)
    r"(?:(?P<y>(?:19|20)\d{2})\s*(?:년(?!대)|[.\-/])\s*)?"  # (not a decade: 1980년대)
    r"(?:(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*(?:월|[./](?=\s*\d))\s*)?"  # 12-15일 is a range, not 15 December
    r"(?:(?<!\d)(?P<d0>3[01]|[12]\d|0?[1-9])\s*(?:일\s*)?[-~∼–]\s*(?=\d{1,2}\s*일))?"  # 22-26일, 22일~26일: a range
    r"(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*일(?!요일|간|째|동안|대|정|반|본|부(?!터)|일))?")
KO_NUMERIC = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>1[0-2]|0?[1-9])\s*[.\-/]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)")
#: a month and day written with dots, its weekday in brackets (``5.10(금)``, ``5. 10.(금)``): press releases' dates
KO_DOTTED_WEEKDAY = re.compile(r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?\s?\((?P<wd>[월화수목금토일])\)")
_KO_WEEKDAYS = "월화수목금토일"
#: words of a plan: a sentence with them and a verb in the past (``PAST_VERB_RE``) has both tenses and gives a bare
#: month no tense of its own (``12월 방문했으며, 내년 3월에는 … 찾을 예정``)
_PLANNED = re.compile(r"예정|계획|방침|할 것|될 것")
#: 3박 (4일): a count of nights just before a number of days
_NIGHTS_BEFORE = re.compile(r"\d\s*박\s*$")
KO_REL_DAY = re.compile(r"(?P<w>전날|이날|당일|오늘|어제|그제|지난달|이달|지난해|작년|올해|(?<![가-힣])이 자리에서|"
                        r"(?<![가-힣])(?:첫날|첫째\s?날|둘째\s?날|이튿날|이틀째|셋째\s?날|사흘째|넷째\s?날|나흘째|마지막\s?날)(?=[은는에도을의,\s]))")
#: the days of a stay counted from its first (``둘째 날에는``: the stay's first day and one; ``마지막 날``: its last)
ORDINAL_DAYS: dict[str, int] = {"첫날": 0, "첫째날": 0, "둘째날": 1, "이튿날": 1, "이틀째": 1, "셋째날": 2, "사흘째": 2, "넷째날": 3,
                                "나흘째": 3, "마지막날": -1}
EN_DATE = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b"
    r"|\b(?P<d2>\d{1,2})\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?P<y2>(?:19|20)\d{2}))?\b"
    r"|\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<last>last|this|next)\s+(?P<mon3>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})\b", re.IGNORECASE)


def full_year(written: str, *, published: dt.date | None) -> int | None:
    """The year a Korean text means by ``written``: four digits as they stand, two digits (``지난 99년``,
    ``'97년``) the latest such year not after the publication (or today, when the article has no date).

    >>> full_year("2005", published=None), full_year("99", published=dt.date(2014, 10, 29))
    (2005, 1999)
    >>> full_year("07", published=dt.date(2014, 10, 29)), full_year("15", published=dt.date(2014, 10, 29))
    (2007, 1915)
    """
    if len(written) == 4:
        return int(written)
    if len(written) != 2 or not written.isdigit():
        return None
    now = (published or dt.date.today()).year
    year = now - (now - int(written)) % 100
    return year


@dataclass(frozen=True)
class When:
    """A resolved date: ``value`` with its ``grain`` (day, month, year) and where it was found."""

    value: dt.date
    grain: str  # day | month | year
    start: int
    end: int
    text: str
    inferred: bool = False

    def literal_form(self) -> tuple[str, str]:
        """(lexical form, XSD datatype name): ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``."""
        if self.grain == "day":
            return self.value.isoformat(), "date"
        if self.grain == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}", "gYearMonth"
        return f"{self.value.year:04d}", "gYear"


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _past(published: dt.date, month: int | None, day: int | None) -> dt.date | None:
    """The latest date on or before ``published`` with that month/day."""
    if month is None and day is not None:
        for back in range(0, 3):
            y, m = published.year, published.month - back
            while m < 1:
                m, y = m + 12, y - 1
            d = _safe(y, m, day)
            if d and d <= published:
                return d
        return None
    if month is not None and day is not None:
        d = _safe(published.year, month, day)
        if d and d <= published + dt.timedelta(days=1):
            return d
        return _safe(published.year - 1, month, day)
    return None


def _nearest(published: dt.date, month: int | None, day: int | None) -> dt.date | None:
    """With no 지난/오는, the date closest to the publication (news speaks of the days around it)."""
    cands = []
    if month is None and day is not None:
        for shift in (-1, 0, 1):
            y, m = published.year, published.month + shift
            m, y = (m + 12, y - 1) if m < 1 else ((m - 12, y + 1) if m > 12 else (m, y))
            d = _safe(y, m, day)
            if d:
                cands.append(d)
    elif month is not None:
        for y in (published.year - 1, published.year, published.year + 1):
            d = _safe(y, month, day or 1)
            if d:
                cands.append(d)
    if not cands:
        return None
    # ties go to the past: a report more often looks back
    return min(cands, key=lambda d: (abs((d - published).days), d > published))


def _future(published: dt.date, month: int | None, day: int | None) -> dt.date | None:
    if month is None and day is not None:
        for fwd in range(0, 3):
            y, m = published.year, published.month + fwd
            while m > 12:
                m, y = m - 12, y + 1
            d = _safe(y, m, day)
            if d and d >= published:
                return d
        return None
    if month is not None and day is not None:
        d = _safe(published.year, month, day)
        if d and d >= published:
            return d
        return _safe(published.year + 1, month, day)
    return None


def _dotted_day(m: re.Match[str], published: dt.date) -> dt.date | None:
    """``5.10(금)``: that month and day in the year near ``published`` whose day is that weekday (else the nearest)."""
    days = [x for y in (published.year - 1, published.year, published.year + 1)
            if (x := _safe(y, int(m.group("m")), int(m.group("d")))) is not None]
    same = [x for x in days if _KO_WEEKDAYS[x.weekday()] == m.group("wd")]
    return min(same or days, key=lambda x: abs((x - published).days), default=None)


#: a year named by the one before it: ``같은 해 9월 1일``, ``그해 10월``, ``이듬해 3월``
_SAME_YEAR_BEFORE = re.compile(r"(같은\s?해|그\s?해|이듬해|다음\s?해)\s*$")


def find_ko(text: str, *, published: dt.date | None, year_hint: int | None = None,
            tense: str | None = None) -> list[When]:
    """Every date expression in Korean ``text`` that can be resolved with certainty.

    >>> [w.value.isoformat() for w in find_ko("26일부터 내달 4일까지 방문한다", published=dt.date(2019, 6, 27),
    ...                                        tense="future")]
    ['2019-06-26', '2019-07-04']
    >>> [w.value.isoformat() for w in find_ko("26일부터 방문한다", published=dt.date(2019, 6, 27), tense="future")]
    ['2019-07-26']

    ``tense`` (``past`` or ``future``, from the sentence's verbs) decides a bare ``18일`` that
    could lie either side of the publication date: a signing that happened is not in the future.
    (Several rules date the same sentence: the answer is computed once for the same arguments.)
    """
    return list(_find_ko(text, published, year_hint, tense))


def _rel_alone(rel: str | None, published: dt.date | None) -> tuple[dt.date, str] | None:
    """A relative month or year written alone (``지난달``, ``이달``, ``다음 달``, ``지난해``, ``올해``, ``내년``).

    >>> _rel_alone("지난달", dt.date(2024, 1, 10)), _rel_alone("지난해", dt.date(2024, 1, 10))
    ((datetime.date(2023, 12, 1), 'month'), (datetime.date(2023, 1, 1), 'year'))
    >>> _rel_alone("지난", dt.date(2024, 1, 10)) is None, _rel_alone("지난달", None) is None
    (True, True)
    """
    if rel is None or published is None:
        return None
    rel = rel.replace(" ", "")
    years = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1}
    if rel in years:
        return dt.date(published.year + years[rel], 1, 1), "year"
    months = {"지난달": -1, "이달": 0, "다음달": 1, "내달": 1}
    if rel not in months:
        return None
    mm, yy = published.month + months[rel], published.year
    mm, yy = (mm + 12, yy - 1) if mm < 1 else ((mm - 12, yy + 1) if mm > 12 else (mm, yy))
    return dt.date(yy, mm, 1), "month"


#: after a bare day, a day of the next month joined to it (``26일부터 내달 4일까지``, ``27일과 다음 달 1일``): the bare
#: day is of the publication's month
_THEN_NEXT_MONTH = re.compile(r"\s*(?:부터|~|～|-|–|과|와|,|및)\s*(?:내달|다음\s?달)\s*\d")
#: the end of a reported clause (``… 보낸다고``, ``… 열린다라고``): the verb after it is the report's
_QUOTE_END = re.compile(r"(?:다|라)고\s")
#: the next day or month written after a date: where the clause of that date ends
_NEXT_DATE = re.compile(r"\d{1,2}\s*(?:일|월)")


def _clause_tense(text: str, end: int, tense: str | None) -> str | None:
    """The tense of the clause a date opens, up to the next date: a sentence that plans (``future``) may tell of a
    day gone by first (``25일 기념식에 참가했으며 26일에는 … 방문할 예정이다``: the 25th is past).

    >>> _clause_tense("25일 기념식에 참가했으며 26일에는 농장을 방문할 예정이다", 3, "future")
    'past'
    >>> _clause_tense("25일 기념식에 참가했으며 26일에는 농장을 방문할 예정이다", 20, "future")
    'future'
    """
    if tense != "future":
        return tense
    nxt = _NEXT_DATE.search(text, end)
    clause = text[end:nxt.start() if nxt else len(text)]
    quoted = _QUOTE_END.search(clause)
    clause = clause[:quoted.start() + 1] if quoted else clause  # (… 보낸다고 시 관계자가 전했다: the report's verb)
    return "past" if PAST_VERB_RE.search(clause) and not _PLANNED.search(clause) else tense


_RANGE_END_AFTER = re.compile(r"\s*(?:부터|~|～|-|–)\s*(?:(?P<mo>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일\s*(?:까지)?")


def _range_runs_past(text: str, end: int, start: dt.date, published: dt.date) -> bool:
    """A day that opens a range whose last day is the publication day or later (``10일부터 14일까지`` told on the
    12th): a stay under way, not one a year or a month on.

    >>> _range_runs_past("10일부터 14일까지", 3, dt.date(2023, 7, 10), dt.date(2023, 7, 12))
    True
    >>> _range_runs_past("10일부터 11일까지", 3, dt.date(2023, 7, 10), dt.date(2023, 7, 12))
    False
    """
    m = _RANGE_END_AFTER.match(text, end)
    if m is None:
        return False
    last = _safe(start.year, int(m.group("mo") or start.month), int(m.group("d")))
    return last is not None and start <= last and last >= published


@lru_cache(maxsize=4096)
def _find_ko(text: str, published: dt.date | None, year_hint: int | None, tense: str | None) -> tuple[When, ...]:
    out: list[When] = []
    taken: list[tuple[int, int]] = []
    for m in KO_NUMERIC.finditer(text):
        v = _safe(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if v:
            out.append(When(v, "day", m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in KO_DOTTED_WEEKDAY.finditer(text):
        v = _dotted_day(m, published) if published is not None else None
        if v is not None:
            out.append(When(v, "day", m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in KO_DATE.finditer(text):
        if m.end() == m.start():  # every part of the pattern is optional: it also matches nothing, anywhere
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        if not (m.group("d") or m.group("m") or m.group("y")):
            rel_alone = _rel_alone(m.group("rel"), published)
            if rel_alone is not None:  # 지난달 말, 이달 초, 지난해: the month or the year, relative to the publication
                out.append(When(rel_alone[0], rel_alone[1], m.start("rel"), m.end("rel"), m.group("rel")))
            continue
        if _NIGHTS_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            continue  # 3박 4일: a length of stay, not a date
        if re.match(r"(?:차|째)", text[m.end():m.end() + 1]) and m.group("d") and not m.group("m") and not m.group("y"):
            continue  # 방문 3일차인 17일, 이틀째: the count of a trip's days, not a date (the 17일 after it is)
        rel = m.group("rel")
        y = int(m.group("y")) if m.group("y") else None
        mo = int(m.group("m")) if m.group("m") else None
        d = int(m.group("d")) if m.group("d") else None
        if y is None and mo is None and d is not None and not m.group(0).strip().endswith("일"):
            continue
        if y is None and mo is not None and d is None and "월" not in m.group(0):
            continue  # 1.5배, 2-3개, 3-4명: a number, not a month
        if y is not None and mo is None and d is None:
            if "년" not in m.group(0):
                continue
            out.append(When(dt.date(y, 1, 1), "year", m.start(), m.end(), m.group(0).strip()))
            continue
        if y is None and rel in ("지난해", "작년") and published:
            y = published.year - 1
        if y is None and rel in ("올해", "금년", "올") and published:
            y = published.year
        if y is None and rel == "내년" and published:
            y = published.year + 1
        if y is None and mo is not None:
            same = _SAME_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start())
            prior = [w for w in out if w.end <= m.start() and w.grain in ("day", "month", "year")]
            if same is not None and prior:  # 1995년 5월 3일, … 같은 해 9월 1일: the year named before (이듬해: the next)
                y = prior[-1].value.year + (1 if same.group(1) in ("이듬해", "다음 해", "다음해") else 0)
        if mo is None and d is not None and published is not None and rel in ("지난달", "이달", "다음달", "다음 달", "내달"):
            shift = {"지난달": -1, "이달": 0}.get(rel, 1)
            mm, yy = published.month + shift, published.year
            mm, yy = (mm + 12, yy - 1) if mm < 1 else ((mm - 12, yy + 1) if mm > 12 else (mm, yy))
            v = _safe(yy, mm, d)
            first = _safe(yy, mm, int(m.group("d0"))) if m.group("d0") else None
            if v and first and first <= v:  # 다음달 2~6일: the range's first day, then its last
                out.append(When(first, "day", m.start(), m.start("d"), m.group(0)[: m.start("d") - m.start()].strip()))
                out.append(When(v, "day", m.start("d"), m.end(), m.group(0)[m.start("d") - m.start():].strip()))
            elif v:
                out.append(When(v, "day", m.start(), m.end(), m.group(0).strip()))
            continue
        value: dt.date | None = None
        inferred = False
        if y is not None and mo is not None:
            value = _safe(y, mo, d or 1)
            grain = "day" if d else "month"
        elif y is None and published is not None and (d is not None):
            pick = _future if rel == "오는" else (_past if rel == "지난" else _nearest)
            value = pick(published, mo, d)
            own = _clause_tense(text, m.end(), tense)  # (25일 … 참가했으며 26일에는 … 예정: the 25th is past)
            if rel is None and value is not None and own == "past" and value > published + dt.timedelta(days=1):
                value = _past(published, mo, d)
            elif rel is None and value is not None and own == "future" and value < published and \
                    not _range_runs_past(text, m.end(), value, published):
                value = _future(published, mo, d)  # (not 10일부터 14일까지 방문한다 told on the 12th: under way)
            if rel is None and mo is None and _THEN_NEXT_MONTH.match(text, m.end()):
                value = _safe(published.year, published.month, d)  # 26일부터 내달 4일까지, 27일과 내달 1일: a day
                # before one of the next month is this month's
            grain = "day"
        elif y is None and mo is not None and d is not None and year_hint is not None:
            value, grain = _safe(year_hint, mo, d), "day"
        elif y is None and mo is not None and d is None and published is not None:
            if rel == "오는":
                yy = published.year if mo >= published.month else published.year + 1
                value = _safe(yy, mo, 1)
            elif rel == "지난":
                yy = published.year if mo <= published.month else published.year - 1
                value = _safe(yy, mo, 1)
            else:
                value = _nearest(published, mo, None)
                mixed = PAST_VERB_RE.search(text) is not None and _PLANNED.search(text) is not None
                if value is not None and tense == "past" and value > published and not mixed:  # 4월 열린 축제 (in October)
                    value = _safe(published.year if mo <= published.month else published.year - 1, mo, 1)
                elif value is not None and tense == "future" and not mixed and \
                        value.year * 12 + value.month < published.year * 12 + published.month:
                    value = _safe(published.year if mo >= published.month else published.year + 1, mo, 1)
            grain = "month"
        else:
            continue
        if value is not None and m.group("d0") and grain == "day":  # the range's first day, then its last
            first = _safe(value.year, value.month, int(m.group("d0")))
            if first is not None and first > value:  # 30일-2일: the first day is in the month before
                prev = value.replace(day=1) - dt.timedelta(days=1)
                first = _safe(prev.year, prev.month, int(m.group("d0")))
            if first is not None:
                out.append(When(first, "day", m.start(), m.start("d"), m.group(0)[: m.start("d") - m.start()].strip(),
                                inferred))
            out.append(When(value, grain, m.start("d"), m.end(), m.group(0)[m.start("d") - m.start():].strip(), inferred))
            continue
        if value is not None:
            out.append(When(value, grain, m.start(), m.end(), m.group(0).strip(), inferred))
    if published is not None:
        for m in KO_REL_DAY.finditer(text):
            w = m.group("w")
            if w in ("이날", "당일", "오늘", "이 자리에서"):  # (이 자리에서: the occasion just told, read as its day)
                out.append(When(published, "day", m.start(), m.end(), w))
            elif w in ("전날", "어제"):
                out.append(When(published - dt.timedelta(days=1), "day", m.start(), m.end(), w))
            elif w.replace(" ", "") in ORDINAL_DAYS:  # (the day is the stay's, found by the event reader; here a
                out.append(When(published, "day", m.start(), m.end(), w.replace(" ", "")))  # placeholder day)
    return tuple(sorted(out, key=lambda w: w.start))


def find_en(text: str, *, published: dt.date | None) -> list[When]:
    """Every date expression in English ``text`` that can be resolved with certainty."""
    out: list[When] = []
    for m in EN_DATE.finditer(text):
        if m.group("y3"):
            v = _safe(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
            if v:
                out.append(When(v, "day", m.start(), m.end(), m.group(0)))
            continue
        if m.group("wd"):
            if published is None:
                continue
            delta = (published.weekday() - _WEEKDAYS_EN.index(m.group("wd").lower())) % 7
            out.append(When(published - dt.timedelta(days=delta), "day", m.start(), m.end(), m.group(0)))
            continue
        if m.group("mon3"):
            if published is None:
                continue
            mon = _MONTHS_EN[m.group("mon3")[:3].lower()]
            rel = m.group("last").lower()
            y = published.year - (1 if rel == "last" and mon >= published.month else 0) + (1 if rel == "next" and mon <= published.month else 0)
            out.append(When(dt.date(y, mon, 1), "month", m.start(), m.end(), m.group(0)))
            continue
        mon = _MONTHS_EN[(m.group("mon") or m.group("mon2"))[:3].lower()]
        d = int(m.group("d") or m.group("d2"))
        ys = m.group("y") or m.group("y2")
        if ys:
            v = _safe(int(ys), mon, d)
        elif published is not None:
            v = _past(published, mon, d)
        else:
            continue
        if v:
            out.append(When(v, "day", m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda w: w.start)


def when(text: str, *, published: dt.date | None, lang: str = "ko", year_hint: int | None = None,
         tense: str | None = None) -> When | None:
    """The first certain date in ``text``, or None."""
    found = find_ko(text, published=published, year_hint=year_hint, tense=tense) if lang == "ko" \
        else find_en(text, published=published)
    return found[0] if found else None
