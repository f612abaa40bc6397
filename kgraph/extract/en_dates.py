"""English dates resolved against the publication date — only what the text makes certain.

>>> import datetime as dt
>>> pub = dt.date(2024, 3, 5)  # a Tuesday
>>> [w.value.isoformat() for w in find("signed on Tuesday", published=pub)]
['2024-03-05']
>>> [w.value.isoformat() for w in find("will sign on Wednesday", published=pub)]
['2024-03-06']
>>> [w.value.isoformat() for w in find("signed on the 1st", published=pub)]
['2024-03-01']
>>> [(w.value.isoformat(), w.grain) for w in find("the May 2023 conference", published=pub)]
[('2023-05-01', 'month')]
>>> find("last October", published=dt.date(2024, 11, 20))  # this October or the one before: not certain
[]
>>> [w.value.isoformat() for w in find("last October", published=dt.date(2024, 3, 1))]
['2023-10-01']
>>> [(w.value.year, w.grain) for w in find("visited Incheon last year", published=pub)]
[(2023, 'year')]
>>> find("on Tuesday", published=None)
[]
>>> [w.value.isoformat() for w in find("visited from November 7 to 10, 2019", published=pub)]
['2019-11-07']
>>> [w.value.isoformat() for w in find("travelled there from 3 to 7 March", published=pub)]
['2024-03-03']
>>> [w.value.isoformat() for w in find("signed on 14/11/2023 and on 11/14/2023, not on 06/05/2018", published=pub)]
['2023-11-14', '2023-11-14']
>>> [w.value.isoformat() for w in find("will visit in February next year", published=dt.date(2023, 1, 27))]
['2024-02-01']
>>> [w.value.isoformat() for w in find("On the 14th of March 2019 (Thursday), they signed", published=pub)]
['2019-03-14']
>>> [w.value.isoformat() for w in find("signed on 21 October this year (2016)", published=None)]
['2016-10-21']
>>> [w.value.isoformat() for w in find("signed on 21 October this year", published=pub)]
['2024-10-21']
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import When, _future, _past
from .patterns_en import FUTURE_CUE, PAST_CUE, PROGRESSIVE_TRIP

_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
#: between the two days of a range: ``7-10``, ``7 to 10``, ``7 through 10``, ``5 and 6``
_TO = r"(?:\s*[-–]\s*|\s+(?:to|through|thru|until|and)\s+)"

#: date forms, each named; the first that matches at a place wins (order matters: longest first)
FORMS: tuple[tuple[str, str], ...] = (
    ("iso", rf"\b(?P<y>{_YEAR})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})\b"),
    # (``14/11/2023``, ``14.11.2023``, ``11/14/2023``: day and month told apart only when one is past 12)
    ("numeric_dmy", rf"(?<![\d/.])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR})(?![\d/]|\.\d)"),
    # a range across two months, its year written once at its end (``June 29 – July 2, 2024``, ``29 June to 2 July
    # 2024``): the first day, in that year
    ("month_day_year", rf"\b(?P<mon>{_MON})\.?\s+(?P<d>{_DAY}){_TO}(?P<mon2>{_MON})\.?\s+{_DAY},?\s+(?P<y>{_YEAR})\b"),
    ("day_month_year", rf"\b(?P<d>{_DAY})\s+(?P<mon>{_MON})\.?{_TO}{_DAY}\s+(?P<mon2>{_MON})\.?,?\s+(?P<y>{_YEAR})\b"),
    # (``December 30 – January 2, 2025``: the year is the end's, so the first day falls in the year before)
    ("month_day_year", rf"\b(?P<mon>{_MON})\.?(?:,(?=\s*{_DAY},\s*{_YEAR}\b))?\s+(?P<d>{_DAY})(?:{_TO}{_DAY})?,?\s+"
                       rf"(?P<y>{_YEAR})\b"),  # (``February, 26, 1996``: a comma after the month too, then the day's)
    ("day_month_year", rf"\b(?P<d>{_DAY})(?:{_TO}{_DAY})?\s+(?:of\s+)?(?P<mon>{_MON})\.?,?\s+(?P<y>{_YEAR})\b"),
    # a day counted in a year named from the publication's, its year perhaps given in brackets (``on 21 October
    # this year (2016)``, ``on May 3 last year``): the bracketed year wins, else the publication's counted
    ("day_month_rel_year", rf"\b(?P<d>{_DAY})(?:{_TO}{_DAY})?\s+(?:of\s+)?(?P<mon>{_MON})\.?,?\s+(?P<rel>last|this|next)\s+year\b"
                           rf"(?:\s*\(\s*(?P<y>{_YEAR})\s*\))?"),
    ("month_day_rel_year", rf"\b(?P<mon>{_MON})\.?\s+(?P<d>{_DAY})(?:{_TO}{_DAY})?,?\s+(?P<rel>last|this|next)\s+year\b"
                           rf"(?:\s*\(\s*(?P<y>{_YEAR})\s*\))?"),
    # (``the 14th of March 2019``: a day of a month written with ``of``)
    ("month_year", rf"\b(?P<mon>{_MON})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    # a weekday with its month and day (``Thursday, April 6``): the day, in the year near the publication whose
    # April 6 is a Thursday (the weekday only checks the day, which names it)
    ("weekday_month_day", rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?P<mon>{_MON})\.?\s+"
                          rf"(?P<d>{_DAY})\b(?!\s*(?:,\s*)?{_YEAR})(?!:)"),
    ("month_day", rf"\b(?P<mon>{_MON})\.?\s+(?P<d>{_DAY})(?:{_TO}{_DAY}\b(?!:|\s*[ap]\.?m\b))?\b(?!\s*(?:,\s*)?{_YEAR})(?!:)"),
    # (a range of days with no year takes its first day: ``from 3 to 7 May``, ``May 3-7``)
    ("day_month", rf"\b(?P<d>{_DAY})(?:{_TO}{_DAY})?\s+(?:of\s+)?(?P<mon>{_MON})\b(?!\.?,?\s+(?:of\s+)?{_YEAR})"),
    ("weekday_day", r"\b(?:this\s+|last\s+|next\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    r"(?:\s*\((?P<d>\d{1,2})\)|,?\s+(?:the\s+)?(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b)"),
    # (``Saturday (4)``, ``Saturday 4th``, ``Saturday the 4th``: the day of that number near the publication that
    # falls on that weekday)
    ("weekday", rf"\b(?P<rel>this|last|next)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                rf"(?!,?\s+(?:{_MON})\.?\s+\d|,?\s+\d{{1,2}}\s+(?:{_MON})\b)"),  # (Thursday, April 6, 2023: the date's)
    # (``in February next year``, ``May last year``: the month of the year counted from the publication's)
    ("month_rel_year", rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?:\s*\(\s*(?P<y>{_YEAR})\s*\))?"),
    ("rel_month", rf"\b(?P<rel>last|this|next|in|back in|earlier in|early|late|mid-?|the(?=\s+\w+\s+(?:visit|trip|tour|meeting|"
                  rf"ceremony|signing|festival|exchange|delegation|reception|celebration|event)s?\b))\s+(?P<mon>{_MON})\b"
                  rf"(?!\.?\s+{_DAY})"
                  r"(?!\s+(?:of\s+)?(?:last|this|next)\s+year\b)"),
    ("rel_year", rf"\b(?P<rel>last|this|next)\s+year\b(?!['’]s)(?:\s*\(\s*(?P<y>{_YEAR})\s*\))?"),
    ("the_nth", r"\b(?:on|of|from|since|until|by)\s+the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|time|floor|edition|year))"),
    ("year", rf"\b(?:(?:in|of|since|from|during)|[Ii]n\s+the\s+year)\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|"
             rf"winter)\s+of)\s*)?(?P<y>{_YEAR})\b"),  # (in the year 2012, in early 1994, in mid-2019)
    ("named_year", rf"\b(?P<y>{_YEAR})(?=\s+[A-Z])"),
)
_FORMS = [(n, re.compile(p, re.I if n not in ("named_year",) else 0)) for n, p in FORMS]
_RELATIVE_DAY = re.compile(r"\b(?:earlier (?:in the day|today)|today|this (?:morning|afternoon|evening)|yesterday|tonight)\b", re.I)
#: a month counted from the publication: ``earlier this month``, ``last month``, ``next month``; and ``last week`` (its
#: month, when the whole week lies in one)
_RELATIVE_MONTH = re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next)\s+(?P<unit>month|week)\b", re.I)


#: the opening bracket of a weekday written after a date (``14 March 2019 (Thursday)``)
_WEEKDAY_OF_DATE = re.compile(r"\(\s*$")


def _mon(s: str) -> int:
    return _MONTHS[s[:3].lower()]


def _int_day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))  # type: ignore[union-attr]  # a day: it starts with digits


def find(text: str, *, published: dt.date | None, future: bool | None = None,
         anchor: dt.date | None = None, year: int | None = None, month_of: dt.date | None = None) -> list[When]:
    """Every certain date in ``text``; ``future`` (else guessed from the words) points bare days forward.

    A day written as an ordinal alone (``on the 27th``) is of the month of the date written just before it, in
    ``text`` or, before that, ``month_of`` (the date the lines before it wrote last); else of the publication's.

    >>> pub = dt.date(2019, 5, 10)
    >>> [w.value.isoformat() for w in find("They toured from July 26 until the 29th.", published=pub)]
    ['2018-07-26', '2018-07-29']
    >>> [w.value.isoformat() for w in find("On the 5th, they signed.", published=pub, month_of=dt.date(2019, 4, 3))]
    ['2019-04-05']
    >>> [w.value.isoformat() for w in find("On the 5th, they signed.", published=pub)]
    ['2019-05-05']

    ``anchor`` (when there is no publication date) gives a month and day written alone their year — never
    a relative date (``last October``, ``on Monday``), which stays unresolved without the publication date.
    ``year`` (with neither) is the one year the article writes: a month and day alone are of that year.

    >>> [w.value.isoformat() for w in find("On February 25, the festival opened", published=None, year=2024)]
    ['2024-02-25']
    """
    out: list[When] = []
    taken: list[tuple[int, int]] = []
    for name, rx in _FORMS:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if name == "weekday" and _WEEKDAY_OF_DATE.search(text, 0, m.start()) and \
                    any(m.start() - 3 <= b <= m.start() for _a, b in taken):
                continue  # 14 March 2019 (Thursday): the weekday of the date just written, no second date
            # the future named before the date, or after it before any past verb (On February 22, Daegu will
            # sign …; not: signed … on the 10th, and will strive …)
            clause = re.split(r"[.;!?]", text[m.end():], maxsplit=1)[0]
            ahead = FUTURE_CUE.search(clause)
            past = PAST_CUE.search(clause)
            before = text[:m.start()]
            own = before[max(before.rfind(";"), before.rfind("."), 0):]  # the date's own clause, before it
            trip = PROGRESSIVE_TRIP.search(own)
            fut = bool(FUTURE_CUE.search(before) or (ahead and not PAST_CUE.search(before) and
                                                   (past is None or ahead.start() < past.start())) or
                       (trip is not None and not PAST_CUE.search(own, trip.end()))) \
                if future is None else future
            ref = published if published is not None or name not in ("month_day", "day_month", "weekday_month_day") \
                else anchor
            before_it = [x for x in out if x.end <= m.start() and x.grain == "day" and month_written(x.text)]
            base = max(before_it, key=lambda x: x.start).value if before_it else month_of
            if base is not None and name == "the_nth" and (
                    (published is not None and abs((base - published).days) > (366 if before_it else 45)) or
                    (published is not None and fut and base < published) or
                    _OF_A_RELATIVE_MONTH.match(text, m.end())):
                base = None  # (who first met on October 3, 2015, signed … on the 5th; a date months before the
                # story, a past one for a trip ahead, or "the 5th of this month": not the story's month)
            w = _nth_after(base, int(m.group("d"))) if name == "the_nth" and base is not None else None
            if w is None:
                untold = not fut and not PAST_CUE.search(clause) and not PAST_CUE.search(own)
                w = _resolve(name, m, ref, fut, nearest=untold)
            if w is None and ref is None and year is not None and name in ("month_day", "day_month"):
                v = _safe(year, _mon(m.group("mon")), _int_day(m.group("d")))
                w = (v, "day") if v is not None else None  # (no publication date, one year written: that year's)
            taken.append((m.start(), m.end()))
            if w is not None:
                out.append(When(w[0], w[1], m.start(), m.end(), m.group(0)))
    if published is not None:
        for m in _RELATIVE_DAY.finditer(text):
            comma = re.match(r"\s*,\s*|\s+\(", text[m.end():])
            if comma is not None and any(w.grain == "day" and 0 <= w.start - m.end() - comma.end() <= 10 and
                                         not text[m.end() + comma.end():w.start].strip(" ,").count(" ") for w in out):
                continue  # yesterday, Monday 1 April: the date written out is the day (not the day before the story)
            if not any(a <= m.start() < b for a, b in taken):
                d = published - dt.timedelta(days=1) if m.group(0).lower() == "yesterday" else published
                out.append(When(d, "day", m.start(), m.end(), m.group(0)))
        for m in _RELATIVE_MONTH.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            rel, unit = m.group("rel").lower(), m.group("unit").lower()
            if unit == "week":
                if rel != "last":
                    continue  # (this week, next week: said of a signing's anniversary or a visit ahead as often as of
                    # the event's own days, and then they would override the year the sentence gives)
                monday = published - dt.timedelta(days=published.weekday() + 7)
                sunday = monday + dt.timedelta(days=6)
                if monday.month != sunday.month:
                    continue  # a week across two months: its month is not certain
                first = monday.replace(day=1)
            else:
                shift = {"this": 0, "last": -1, "next": 1}[rel]
                mm, yy = published.month + shift, published.year
                mm, yy = (mm + 12, yy - 1) if mm < 1 else ((mm - 12, yy + 1) if mm > 12 else (mm, yy))
                first = dt.date(yy, mm, 1)
            out.append(When(first, "month", m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda w: w.start)


#: after an ordinal day, its month said relative to the publication (``the 5th of this month``)
_OF_A_RELATIVE_MONTH = re.compile(r"\s+of\s+(?:this|last|next|the\s+same)\s+month\b", re.I)
_MONTH_WRITTEN = re.compile(rf"\b(?:{_MON})\b|\d{{1,4}}[/.-]\d{{1,2}}", re.I)


def month_written(date_text: str) -> bool:
    """The date as written names its month (``April 3``, ``3/4/2019``; not ``on the 4th``, ``on Monday``): a day
    written alone as an ordinal after it is of that month.

    >>> month_written("April 3"), month_written("on the 4th"), month_written("Monday")
    (True, False, False)
    """
    return _MONTH_WRITTEN.search(date_text) is not None


def _nth_after(base: dt.date, d: int) -> tuple[dt.date, str] | None:
    """The day ``d`` (written ``the 5th``) after the day ``base`` written before it: in its month when not smaller
    (``arrived on April 3. On the 5th``); a smaller day is left to the publication's month (``announced on August
    17 that it signed on the 10th``: the report's day, not the story's, may be the one written).

    >>> _nth_after(dt.date(2019, 4, 3), 5), _nth_after(dt.date(2019, 3, 29), 2), _nth_after(dt.date(2019, 4, 30), 31)
    ((datetime.date(2019, 4, 5), 'day'), None, None)
    """
    v = _safe(base.year, base.month, d) if d >= base.day else None
    return (v, "day") if v is not None else None


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve(name: str, m: re.Match[str], pub: dt.date | None, fut: bool, *,
             nearest: bool = False) -> tuple[dt.date, str] | None:
    g = m.groupdict()
    if name == "iso":
        v = _safe(int(g["y"]), int(g["m"]), int(g["d"]))
        return (v, "day") if v else None
    if name == "numeric_dmy":
        a, b = int(g["a"]), int(g["b"])
        if a == b or (a > 12) != (b > 12):  # 14/11/2023 is the 14th of November, 11/14/2023 too; 06/05/2018 neither
            day, month = (a, b) if a > 12 or a == b else (b, a)
            v = _safe(int(g["y"]), month, day)
            return (v, "day") if v else None
        return None
    if name in ("month_day_year", "day_month_year"):
        wraps = g.get("mon2") is not None and _mon(g["mon"]) > _mon(g["mon2"])  # (December 30 – January 2, 2025)
        v = _safe(int(g["y"]) - wraps, _mon(g["mon"]), _int_day(g["d"]))
        return (v, "day") if v else None
    if name == "month_year":
        return dt.date(int(g["y"]), _mon(g["mon"]), 1), "month"
    if name in ("year", "named_year"):
        return dt.date(int(g["y"]), 1, 1), "year"
    if name in ("day_month_rel_year", "month_day_rel_year", "month_rel_year", "rel_year"):
        if g.get("y") is None and pub is None:
            return None
        y = int(g["y"]) if g.get("y") else pub.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]  # type: ignore[union-attr]  # pub is set when no year is written
        if name == "rel_year":
            return dt.date(y, 1, 1), "year"
        if name == "month_rel_year":
            return dt.date(y, _mon(g["mon"]), 1), "month"
        v = _safe(y, _mon(g["mon"]), _int_day(g["d"]))
        return (v, "day") if v else None
    if pub is None:
        return None  # every form below needs the publication date
    if name in ("month_day", "day_month", "weekday_month_day"):
        mon, d = _mon(g["mon"]), _int_day(g["d"])
        v = (_future if fut else _past)(pub, mon, d)
        if v is not None and g.get("wd") and _WEEKDAYS[v.weekday()] != g["wd"].lower():
            other = [x for y in (v.year - 1, v.year + 1) if (x := _safe(y, mon, d)) is not None
                     and _WEEKDAYS[x.weekday()] == g["wd"].lower() and abs((x - pub).days) <= 550]
            v = min(other, key=lambda x: abs((x - pub).days)) if other else v  # Thursday, April 6: the year it was one
        return (v, "day") if v else None
    if name == "weekday_day":
        d = int(g["d"] or g["d2"])
        near = 7 if g["d"] else 40  # (a day in brackets is this week's; an ordinal may be earlier in the month)
        for shift in (0, -1, 1):
            y, mo = pub.year, pub.month + shift
            y, mo = (y - 1, 12) if mo < 1 else ((y + 1, 1) if mo > 12 else (y, mo))
            v = _safe(y, mo, d)
            if v and _WEEKDAYS[v.weekday()] == g["wd"].lower() and abs((v - pub).days) <= near:
                return v, "day"
        return None
    if name == "weekday":
        wd = _WEEKDAYS.index(g["wd"].lower())
        rel = (g.get("rel") or "").lower()
        if rel == "next" or (fut and rel != "last"):
            return pub + dt.timedelta(days=(wd - pub.weekday()) % 7), "day"
        if rel == "last":
            return pub - dt.timedelta(days=((pub.weekday() - wd) % 7) or 7), "day"
        return pub - dt.timedelta(days=(pub.weekday() - wd) % 7), "day"
    if name == "rel_month":
        mon, rel = _mon(g["mon"]), g["rel"].lower()
        if rel == "last":
            # 'last October' in November: this October or last year's? Only certain when the month is not yet past
            return (dt.date(pub.year - 1, mon, 1), "month") if mon >= pub.month else None
        if rel == "next":
            return (dt.date(pub.year + (1 if mon <= pub.month else 0), mon, 1), "month")
        if rel == "this":
            return dt.date(pub.year, mon, 1), "month"
        if rel == "the" and nearest:  # the August visit (no tense told): the August nearest the publication
            closest = min((dt.date(pub.year + k, mon, 1) for k in (-1, 0, 1)),
                          key=lambda d: abs((d - pub.replace(day=1)).days))
            return closest, "month"
        if fut:
            return dt.date(pub.year + (1 if mon < pub.month else 0), mon, 1), "month"
        return dt.date(pub.year - (1 if mon > pub.month else 0), mon, 1), "month"
    if name == "the_nth":
        d = int(g["d"])
        v = (_future if fut else _past)(pub, None, d)
        return (v, "day") if v else None
    return None


def literal(w: When) -> tuple[str, str]:
    """(lexical form, XSD datatype name) of a date at its grain.

    >>> literal(When(dt.date(2023, 5, 1), "month", 0, 0, "May 2023"))
    ('2023-05', 'gYearMonth')
    """
    return w.literal_form()


#: the forms that name a day counted from the publication (``on Friday``, ``yesterday``): certain as a day even
#: when the publication date is unknown, only not resolvable then
_RELATIVE_DAY_FORMS = [rx for name, rx in _FORMS if name in ("weekday_day", "weekday")] + [_RELATIVE_DAY]


def relative_days(text: str) -> list[int]:
    """Where ``text`` names a day relative to its publication (a weekday, ``today``, ``yesterday``).

    Such a day dates a happening even when the publication date is unknown (it then stays unresolved).

    >>> relative_days("The mayors met on Friday.")
    [18]
    >>> relative_days("The mayors met in May.")
    []
    """
    return sorted({m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                   for rx in _RELATIVE_DAY_FORMS for m in rx.finditer(text)})
