"""Events in English text: what happened, when (``schema:startDate``), where, and who took part.

Families: a head noun (signing ceremony, visit, trip, meeting, video conference, festival, dinner,
exchange) or a verb with an agreement (``signed an MOU``, ``concluded an agreement``, ``putting ink
to paper``) or a visit (``visited Yangju``); the date in the same sentence, not the day something was
*said*; attendees: people who sign, attend, witness, welcome, lead or present; bodies that attend,
witness or are met (``a meeting with Seoul Metropolitan Council``, ``members of the X``); cities
that send a delegation (``a delegation from Dongying``, ``the Dongying delegation``) or whose
officials visit; hosts (``X hosted the meeting``) are organisers, not attendees.
"""
from __future__ import annotations

import re
from itertools import pairwise

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .. import vocab as V
from ..vocab import minted
from .context import EventInfo, Mention
from .en_context import EnCtx as Ctx
from .en_dates import find as find_dates
from .en_dates import relative_days
from .model import Entity, Span
from .patterns_en import (
    ABSENT_AFTER,
    ABSENT_CUE,
    AIM_VERBS,
    ATTEND_CUE,
    ATTENDEE_LIST_HEAD,
    ATTENDEE_LIST_NOT,
    DELEGATION,
    EVENT_HEADS,
    EVENT_RE,
    GUESTS_AHEAD,
    GUESTS_CLAUSE_END,
    GUESTS_OF_ANOTHER_YEAR,
    HAPPEN_VERBS,
    HOST_CUE,
    HOSTED_GUESTS,
    HOSTED_VISITORS_FROM,
    HOSTS_VISITORS,
    LANDMARK_AFTER_PLACE,
    LIST_ITEM_LINE,
    NAMED_EVENT_HEADS,
    PARTNER_AFTER_FROM,
    PERSONAL_OCCASION_BEFORE,
    PRESENT_CUE,
    PRESENT_DENIED,
    REPORTED_CUE,
    ROSTER,
    SEALED_BOND,
    SIGN_VERB,
    SPEECH_VERBS,
    TIE_ARTICLE,
    TIE_RE,
    VENUE_WORDS,
    VISIT_VERB,
    VISITING_GROUP,
    WORD,
)
from .text_units import Sentence

_HEAD_OF = {e.name: e.head for e in EVENT_HEADS}
_NAMED = re.compile(rf"(?:(?:19|20)\d{{2}}\s+)?(?:(?:{WORD}|(?:19|20)\d{{2}})\s+){{1,5}}(?:{NAMED_EVENT_HEADS})s?\b(?!\s+(?:{VENUE_WORDS})\b)")
#: between the towns of a subject list (``from Santa Barbara to the north, San Bernardino to the east, and Chula
#: Vista``) and after its last one, before the verb (``…, attended``)
_SUBJECT_LIST_GAP = re.compile(r"(?:\s|,|–|—|\b(?:and|or|to|the|north|south|east|west)\b)*")
_SUBJECT_LIST_TAIL = re.compile(r"(?:\s+to\s+the\s+(?:north|south|east|west))?\s*[,–—]\s*")
_PARTICIPATED = re.compile(r"\b(?:participated|participates|took part|takes part|attended|attends|joined|joins)\s+(?:in\s+)?")
_AGREEMENT = re.compile(r"\b(?:agreement|pact|MOU|MoU|memorandum|accord|sisterhood|treaty|letter of intent|protocol|"
                        r"charter|(?:the|this|that)\s+document)\b", re.I)
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'-]*|(?!(?:On|In|At|By|From|Since|Last|Next|This|Every|Until)\b)[A-Z][a-z]+"
                       r"(?:\s+[A-Z][a-z]+){0,2})(?:\s+City)?,\s*(?:[A-Z][\w .]+,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]*\)\s*)?(?:--|—)|"
                       r"^[A-Z][\w.'’ -]{1,30}?\s*\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                       r"\d{1,2}\)\s*:")
#: (the agency's name may be left out, the place's capitals folded: ``TACLOBAN City, June 5 --``; also ``MIRI (May 21):``, the Malaysian papers' dateline, its capitals folded: the day the copy was filed, no
#: event's)
_ORG_ATTEND = re.compile(r"\b(?:attend\w*|participat\w*|took part|take part|witness\w*|joined|delegation|members of|"
                         r"representatives|meeting with|met with|met)\b", re.I)
#: a body named as the place a visit goes to (``visited the Golf Club of Portland``, ``toured Samsung Electronics``):
#: where the visitors went, not one of them
_VISITED_BODY_BEFORE = re.compile(r"\b(?:visited|visits|toured|tours|went\s+to|stopped\s+(?:by|at)|dropped\s+by)\s+"
                                  r"(?:the\s+)?$")
_VENUE = re.compile(rf"\b(?:at|in)\s+(?:the\s+)?(?P<v>(?:{WORD}(?:'s)?\s+(?:(?:and|&)\s+(?={WORD}\s+(?:{WORD}\s+)?Club\b))?){{0,4}}"
                    r"(?:City Hall|city hall|Hall|hall|library|"
                    r"Library|Center|Centre|Hotel|Stadium|Museum|Park|Plaza|Gallery|Square|penthouse|Expo Center|"
                    # (a club or a restaurant the event is held at: the Kenilworth Tennis and Croquet Club)
                    r"Club|Clubhouse|Restaurant|"
                    # (a lodge, an inn, a resort, the State Capitol, the council chambers, a conference room)
                    r"Lodge|Inn|Resort|Capitol|Chambers|chambers|Auditorium|auditorium|[Cc]onference [Rr]oom|"
                    r"[Mm]eeting [Rr]oom)(?:\s+penthouse)?)\b")


#: an office before ``of the`` and a name: the name is a body's (``President of the Regional Trade Forum``)
_OFFICE_OF_BEFORE = re.compile(r"\b(?:President|Vice[- ]President|Chair(?:man|woman|person)?|Director|Secretary(?:[- ]General)?|"
                               r"Head|Members?|Founder|CEO|Coordinator|Convener|Convenor|Patron)\s+of\s+(?:the\s+)?$",
                               re.I)


def _event(ctx: Ctx, sent: Sentence, name: str, head: str, pos: int) -> EventInfo:
    s = sent.start + pos
    span = Span(s, s + len(name))
    same = next((e for e in ctx.events if e.head == head and (e.name.lower() == name.lower() or (name[0].islower()
                                                              and e.name[0].islower()))), None)
    if same is None and name == "ceremony":  # Tamale and Kumasi signed … The brief ceremony took place: the signing
        same = next((e for e in reversed(ctx.events) if e.head == "signing" and e.first < s), None)
    place = _place_visited(ctx, sent) if head == "visit" and same is not None and not _SAME_VISIT.search(sent.text) \
        else None  # (During the visit, the governor also visited Naha: the same trip)
    held = ctx.reading.entities[same.iri].attrs.get("location") if same is not None else None
    key = name.lower()
    if place is not None and held is not None and place != held:  # … visited Okinawa on May 6. In return, the
        same, key = None, f"{name.lower()} {str(place).rsplit('/', 1)[-1]}"  # governor will visit Jeju: a second visit
    if same is None:
        iri = minted("event", V.article_iri(ctx.article.key).rsplit("/", 1)[-1], key)
        same = EventInfo(iri, name, head, s, tuple(name.lower().split()), None, [span])
        ctx.events.append(same)
        ctx.entity(Entity(iri, "Event", name, lang="en", mentions=[span]))
    elif span not in same.spans:
        same.spans.append(span)
    ctx.mentions.append(Mention(span.start, span.end, name, same.iri, "Event", "event"))
    return same


#: a sentence that points back to the visit told before (``During the visit, the governor also visited Naha``): the
#: same trip; a visit to another place told otherwise is a visit of its own
_SAME_VISIT = re.compile(r"\b(?:during\s+(?:the|his|her|their|this)\s+(?:visit|trip|tour|stay)|while\s+(?:there|in)|"
                         r"also\s+visited|on\s+the\s+(?:first|second|third|last|final)\s+day|the\s+same\s+(?:trip|visit)|"
                         r"(?:the|this)\s+(?:visit|trip|tour)\s+(?:also|included))\b", re.I)
#: a verb of visiting right before the place visited (``will visit Jeju``, ``travelled to Osaka``)
_VISITED_NEXT = re.compile(r"\b(?:visit(?:ed|s|ing)?|travel(?:l?ed|s|ling)?\s+to|went\s+to|arriv(?:ed|es)\s+in)\s+(?:the\s+)?$")


def _place_visited(ctx: Ctx, sent: Sentence) -> URIRef | None:
    """The city a sentence's visiting verb names as the place visited, if any."""
    return next((c.iri for c in sorted(ctx.in_sentence(sent, types=("City",)), key=lambda m: m.start)
                 if not c.qualifier and _VISITED_NEXT.search(ctx.text, max(sent.start, c.start - 30), c.start)), None)


#: years of a tie marked or celebrated (``in Anjo to mark 30 years of twinning``, ``celebrating 20 years as sister
#: cities``): the anniversary, an event of the story
_YEARS_MARKED = re.compile(r"\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+(?:the\s+)?"
                           r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|"
                           r"forty|fifty|sixty|seventy|seventy-five|eighty|ninety|hundred)\s+years\s+(?:of|as|since)\s+"
                           r"(?:(?:the|our|their|its)\s+)?(?:two\s+(?:towns|cities)\s+(?:were\s+|became\s+|first\s+)?[\"“‘']?)?"
                           r"(?:town\s+|city\s+)?(?:twinning|twinned|sister|twin|friendship|partnership|"
                           r"relationship|ties|relations)\b", re.I)
#: (and ``to celebrate 20 years since the two towns "twinned"``)


#: a time clause a signing verb stands in (``after two cities forged sisterhood in 1980``, ``since the towns signed …``)
_BACKGROUND_SIGNING = re.compile(r"\b(?:after|since|ever\s+since|when|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)


def _past_signing(ctx: Ctx, text: str) -> tuple[int, int] | None:
    """The span (the time word to the year) of a signing told in a time clause after the sentence's main clause and
    dated by a bare year two years or more before publication (``… the need to renew ties after the two cities forged
    sisterhood in 1980``): the tie's past, whose year dates nothing the sentence tells."""
    published = ctx.article.published
    if published is None:
        return None
    for v in re.finditer(SIGN_VERB, text, re.I):
        clause = _BACKGROUND_SIGNING.search(text, 0, v.start())
        year = re.match(r"[^.;,]{0,40}?\b(?:in|back\s+in)\s+((?:19|20)\d{2})\b(?!\s*[-/])", text[v.end():v.end() + 60])
        if clause is None or year is None or int(year.group(1)) > published.year - 2:
            continue
        if not re.search(r"\w", text[:clause.start()]) or re.search(r",\s*$", text[:clause.start()]):
            continue  # (After X signed … in 2012, Mayor Y inked …: a clause opening the sentence sets its scene)
        return clause.start(), v.end() + year.end()
    return None


def read_events(ctx: Ctx, sent: Sentence) -> list[tuple[EventInfo, int]]:
    """The events one sentence names (or implies by a signing or visiting verb), with their positions."""
    t = sent.text
    out: list[tuple[EventInfo, int]] = []
    taken: list[tuple[int, int]] = []
    bodies_end = {x.end - sent.start for x in ctx.in_sentence(sent, types=("Organization",))}
    for m in _NAMED.finditer(t):
        if _OFFICE_OF_BEFORE.search(t, 0, m.start()):
            continue  # Kofi Mensah, President of the Regional Trade Forum: a body named like an event
        if m.end() in bodies_end:
            continue  # the Huizhou Political Consultative Conference sent a delegation: a body's whole name, no event
        name = re.sub(r"^(?:The|A|An|In|At|During|On|To|With)\s+", "", m.group(0))
        pos = m.end() - len(name)
        out.append((_event(ctx, sent, name, "festival", pos), pos))
        taken.append((m.start(), m.end()))
    for m in EVENT_RE.finditer(t):
        if m.end() in bodies_end:
            continue  # (a body whose name ends like an event: the Political Consultative Conference)
        if any(a <= m.start() < b for a, b in taken) or PERSONAL_OCCASION_BEFORE.search(t[:m.start()]):
            continue  # (the couple's 28th wedding anniversary: a family's occasion, no event of the story)
        kind = next(k for k, v in m.groupdict().items() if v)
        head = _HEAD_OF[kind]
        if head == "visit" and not re.search(r"delegation|mayor|governor|visit(?:ed|ing)|trip|tour", t, re.I):
            continue
        name = m.group(0).lower()
        out.append((_event(ctx, sent, name, head, m.start()), m.start()))
        taken.append((m.start(), m.end()))
    marked = _YEARS_MARKED.search(t)
    if marked is not None and not any(e.head == "ceremony" for e, _ in out) and \
            not PERSONAL_OCCASION_BEFORE.search(t[:marked.start()]):
        out.append((_event(ctx, sent, "anniversary", "ceremony", marked.start()), marked.start()))
    past = _past_signing(ctx, t)
    sign = next((v for v in re.finditer(SIGN_VERB, t, re.I) if past is None or not past[0] <= v.start() < past[1]), None)
    # (… after the two cities forged sisterhood in 1980: a signing of the tie's past, no event told)
    if sign and (_AGREEMENT.search(t) or TIE_RE.search(t) or SEALED_BOND.search(t)) and \
            not any(e.head in ("signing", "ceremony") for e, _ in out):
        out.append((_event(ctx, sent, "signing", "signing", sign.start()), sign.start()))
    visit = re.search(VISIT_VERB, t)
    purpose = _VISIT_FOR_PURPOSE.match(t, visit.end()) if visit else None
    if visit and not any(e.head == "visit" for e, _ in out) and (not out or (
            purpose is not None and all(p >= purpose.end() for _, p in out))):
        # (visited Taipei to promote the flower expo: the visit, whose purpose names another event)
        out.append((_event(ctx, sent, "visit", "visit", visit.start()), visit.start()))
    deleg = re.search(rf"\b(?:{DELEGATION})\b", t)
    if not out and deleg and re.search(r"\b(?:led|leads|sent|sends|dispatched|arrived|will visit|travell?ed)\b|"
                                       rf"{DELEGATION}\s+to\s+[A-Z]", t):
        out.append((_event(ctx, sent, "visit", "visit", deleg.start()), deleg.start()))  # led a delegation to X
    hosted = HOSTED_VISITORS_FROM.search(t)
    if hosted is not None and not (PARTNER_AFTER_FROM.match(t, hosted.end()) or any(
            x.start - sent.start - hosted.end() in (1, 2) for x in ctx.in_sentence(sent, types=("City",)))):
        hosted = None  # (welcomed visitors from overseas: no partner, no town named)
    if hosted is not None and not TIE_ARTICLE.search(ctx.text):
        hosted = None  # (the hotel received guests from Manchester who fell ill: no article about ties, no visit)
    if not out and hosted is not None:  # Castlemore welcomed visitors from its twin town X: their visit
        out.append((_event(ctx, sent, "visit", "visit", hosted.start()), hosted.start()))
    if not out and _dated(ctx, sent):  # the mayors met on Friday: a dated happening is an event
        for _, rx, head in HAPPEN_VERBS:
            v = re.search(rx, t)
            if v is not None:
                out.append((_event(ctx, sent, head, head, v.start()), v.start()))
                break
    return sorted(out, key=lambda x: x[1])


def _dated(ctx: Ctx, sent: Sentence) -> bool:
    """The sentence states when something happened (not when it was reported).

    A weekday or ``yesterday`` states it even on a page with no publication date (the day stays unresolved).
    """
    if ctx.article.published is None and any(not REPORTED_CUE.search(sent.text[:p]) for p in relative_days(sent.text)):
        return True
    return any((d.grain in ("day", "month") or re.match(r"(?:in|during)\s", d.text))
               and not REPORTED_CUE.search(sent.text[:d.start])
               for d in find_dates(sent.text, published=ctx.article.published, anchor=ctx.anchor(), year=ctx.anchor_year(sent.text)))


#: a date inside a since-phrase (``the first visit since local government reorganisation in 2009``) dates
#: what the phrase names, not the sentence's event
_SINCE_PHRASE = re.compile(r"\bsince\s+(?![\d(]|the\s+\d)[^,.;:]{0,50}$")
#: a relative clause telling when what is celebrated began (``the 20th anniversary of the tie, which began on
#: Nov. 6, 2003``): its date is not the celebration's
_BEGAN_ON = re.compile(r"(?:,?\s+(?:which|that)\s+(?:was\s+)?|,\s+)(?:began|begun|started|established|formed|signed|founded|"
                       r"concluded|inked|forged)\s+(?:(?:on|in|back\s+in)\s+)?$")  # (…, signed in October 2004, …: an aside;
# the date's own text may hold its ``in``: …, founded in 1979, …)
#: a tie's own past participle before a date (``the 25th anniversary of ties signed in June 1999``, ``the
#: partnership established in 2005``): the tie's date, not the date of another event of the sentence
_TIE_DATED_BEFORE = re.compile(r"\b(?:ties|tie|relationship|relations|agreement|pact|partnership|twinning|friendship|"
                               r"sisterhood|links?)\s+(?:(?:first|officially|formally)\s+)?(?:began|begun|started|"
                               r"established|formed|signed|founded|concluded|inked|forged|sealed|created)\s+"
                               r"(?:on|in|back\s+in)\s+$")


#: the past before the story's past (``had signed``, ``had been twinned``): what a sentence so written dates is an
#: earlier event, never one the story named before it
#: the original agreement dated in passing (``signed an agreement that echoes the original sister city agreement signed
#: Aug. 13, 1995``): that signing's date, never the date of the sentence's event
_ORIGINAL_DATED_BEFORE = re.compile(r"\b(?:original|first|initial|earlier|previous|founding)\s+(?:[\w-]+\s+){0,4}?"
                                    r"(?:agreement|pact|charter|accord|treaty|relationship|tie|partnership|covenant)\s+"
                                    r"(?:(?:was|were)\s+)?(?:signed|established|formed|inked|sealed|concluded)\s+"
                                    r"(?:(?:on|in|back\s+in)\s+)?$", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|first|previously|earlier|also|once)\s+)?(?:signed|been|become|established|"
                         r"formed|agreed|inked|concluded|forged|visited|met|held)\b", re.I)


#: a past the speaker recalls (``recalling his own visit to Ota last August``, ``he recalled his visit to Hubei``): its
#: places and dates are that past's, never the sentence's event's
_RECALLED_BEFORE = re.compile(r"\b(?:recall(?:ed|ing|s)?|remember(?:ed|ing|s)?|reminisc\w*|looked\s+back\s+on|"
                              r"looking\s+back\s+on)\b[^.;]{0,80}$", re.I)


#: a day written alone as an ordinal (``on the 27th``): of the month the sentences before it name
_AN_ORDINAL_DAY = re.compile(r"\bthe\s+(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b")


def date_events(ctx: Ctx, sent: Sentence, found: list[tuple[EventInfo, int]]) -> None:
    """Give the sentence's event the date the sentence states (not a dateline's, not a report's)."""
    if not found:
        return
    dl = _DATELINE.match(sent.text)
    if dl is not None and "(" in dl.group(0) and ":" in dl.group(0) and not any(
            m.type == "City" and m.start == sent.start for m in ctx.mentions):
        dl = None  # (Signing ceremony (May 21): a schedule's heading, the day of its event; MIRI (May 21): a dateline)
    skip = dl.end() if dl else 0
    past = _past_signing(ctx, sent.text)  # (… after the two cities forged sisterhood in 1980: no event's year)
    dates = [d for d in find_dates(sent.text, published=ctx.article.published, anchor=ctx.anchor(), year=ctx.anchor_year(sent.text),
                                   month_of=ctx.month_before(sent) if _AN_ORDINAL_DAY.search(sent.text) else None)
             if d.start >= skip and not REPORTED_CUE.search(sent.text[:d.start])
             and not re.search(r"\b(?:since|until|till|through|by)\s*$", sent.text[:d.start])
             and not _SINCE_PHRASE.search(sent.text[:d.start]) and not _BEGAN_ON.search(sent.text[:d.start])
             and not _ORIGINAL_DATED_BEFORE.search(sent.text, max(0, d.start - 120), d.start)
             and not _RECALLED_BEFORE.search(sent.text, 0, d.start)
             and not (past is not None and past[0] <= d.start < past[1])]
    pairs = []
    aim = _AIMED_AT.search(sent.text)
    if aim is not None and not any(e.head == "visit" and p < aim.start() for e, p in found):
        aim = None  # (worked … to plan for a delegation visit from July 2-5: the visit planned is dated)
    for ev, pos in found:  # each event takes the date nearest to its word (after it, at equal distance)
        if aim is not None and pos >= aim.end():
            continue  # visited Taipei on Monday to promote the flower expo: the expo is what the visit is for, undated
        usable = [d for d in dates if not (d.grain == "year" and str(d.value.year) not in ev.name
                                           and (ev.head not in ("signing", "donation", "visit")
                                                or not re.match(r"(?i:in|during|last|this|next)\s", d.text)))
                  and not (ev.head != "signing" and _TIE_DATED_BEFORE.search(sent.text[:d.start]))]
        grain = {"day": 0, "month": 1, "year": 2}
        if usable:  # after the event word first, the finer date first (the 2023 festival in May 2023), the nearest
            best = min(usable, key=lambda d: (d.start < pos, grain[d.grain], abs(d.start - pos)))
            finer = [d for d in usable if d.grain != "year" and d.value.year == best.value.year]
            if best.grain == "year" and finer:
                best = min(finer, key=lambda d: abs(d.start - pos))  # On February 25, … the 2024 Lantern Festival
            pairs.append((ev, best))
    earlier = _PLUPERFECT.search(sent.text)
    for ev, d in pairs:
        ent = ctx.reading.entities[ev.iri]
        if "startDate" in ent.attrs:
            continue
        if earlier is not None and d.start > earlier.start() and any(sp.start < sent.start for sp in ev.spans):
            continue  # … signed a pact Monday. The two cities had signed a pact in 2003: an earlier signing's year
        lex, dtype = d.literal_form()
        lit = Literal(lex, datatype=getattr(XSD, dtype))
        ent.attrs["startDate"] = lit
        ctx.fact(ev.iri, V.SCHEMA.startDate, lit, sent)


def venue(ctx: Ctx, sent: Sentence, found: list[tuple[EventInfo, int]]) -> None:
    """``at Da Lat City Hall``: the place of the sentence's first event."""
    if not found:
        return
    ev, ev_at = found[0]
    m = next((v for v in _VENUE.finditer(sent.text) if not (
        v.group("v").endswith(("Club", "Clubhouse", "Restaurant")) and v.start() < ev_at)), None)
    if m is None:  # (Volunteers at the Truro Rotary Club organised a dinner …: a club named before the event is who)
        return
    ent = ctx.reading.entities[ev.iri]
    if "location" in ent.attrs and ev.iri not in ctx.host_placed:
        return
    if ev.iri in ctx.host_placed:  # welcomed by Decatur …, then at the Decatur Civic Center: the venue, not the town
        ctx.host_placed.discard(ev.iri)
        ctx.reading.facts[:] = [f for f in ctx.reading.facts if not (f.s == ev.iri and f.p == V.SCHEMA.location)]
    name = m.group("v")
    vs = sent.start + m.start("v")
    longer = next((x for x in ctx.mentions if x.type == "Organization" and x.start == vs and x.end > vs + len(name)), None)
    if longer is not None and name.endswith(("Club", "Clubhouse", "Restaurant")):
        name = ctx.text[vs:longer.end]  # at the Rotary Club of Truro: the club's whole name
    iri = minted("place", name)
    ctx.entity(Entity(iri, "Place", name, lang="en", mentions=[Span(vs, vs + len(name))]))
    for o in [x for x in ctx.mentions if x.type == "Organization" and (x.start, x.end) == (vs, vs + len(name))]:
        ctx.mentions.remove(o)  # a reception at the Kenilworth Tennis and Croquet Club: the club is where, no guest
        if not any(x.iri == o.iri for x in ctx.mentions) and o.iri not in ctx.reading.involved():
            ctx.reading.entities.pop(o.iri, None)
    ctx.mentions.append(Mention(vs, vs + len(name), name, iri, "Place", "place"))
    for c in ctx.mentions:
        if c.type == "City" and vs <= c.start < vs + len(name):
            c.via_title = True
            ctx.fact(iri, V.SCHEMA.containedInPlace, c.iri, sent)
    ent.attrs["location"] = iri
    ctx.fact(ev.iri, V.SCHEMA.location, iri, sent)


#: the words before the city an event happens in (``visited Cleveland``, ``a trip to Osaka``, ``held in Daegu``)
_IN_CITY_BEFORE = re.compile(r"\b(?:visited|visits|toured|(?:will|would|to)\s+visit|"
                             r"arrived\s+in|arrives\s+in|travell?ed\s+to|flew\s+to|"
                             r"(?:trip|visit|mission|journey|tour)\s+to|(?:was|were|is|are|will\s+be|be)\s+held\s+in|"
                             r"took\s+place\s+in|takes\s+place\s+in|will\s+take\s+place\s+in|"
                             r"(?:signed|met|gathered|convened)\s+in)\s+(?:the\s+)?"
                             r"(?:(?:city|town)\s+of\s+)?$")


#: a sentence that sends its titled subject away (``on his visit to Kitami``, ``During the trip to Kitami``,
#: ``received a welcome from``): the mayor there is a guest, no host
_HOST_AWAY = re.compile(r"\b(?:his|her|their|the|a)\s+(?:visit|trip|tour|journey|mission)\s+to\b|\bwelcome\s+from\b", re.I)
#: the place a titled name is of, written after it (``Mayor Ryoji Tanaka of Satsumasendai``)
_OF_PLACE_AFTER = re.compile(r",?\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?")


def _past_of_place(text: str, pos: int) -> int:
    """Where the text goes on after a name at ``pos`` and the place it is of, if one is written.

    >>> t = "Mayor Ryoji Tanaka, of Satsumasendai, welcomed"; _past_of_place(t, 18) == t.index(" welcomed")
    True
    """
    m = _OF_PLACE_AFTER.match(text, pos)
    return m.end() if m else pos


def _titled_host(ctx: Ctx, sent: Sentence, verb: re.Pattern[str], *, before: int | None = None) -> URIRef | None:
    """The city of a titled person whose hosting ``verb`` follows the name and the place it is of
    (``Satsumasendai Mayor X received a delegation``, ``Mayor X, of Gimhae, hosted a dinner``), the person named
    before ``before`` if given; none when the sentence sends that person away (``on his visit to Kitami``)."""
    if _HOST_AWAY.search(sent.text):
        return None
    return next((b for p in ctx.in_sentence(sent, types=("Person",)) if (before is None or p.start < before)
                 and verb.match(ctx.text, _past_of_place(ctx.text, p.end))
                 and (b := ctx.person_body.get(p.iri)) is not None and "/city/" in str(b)), None)


#: a hosting verb right after a name (``… hosted a reception``)
_HOST_CUE_AFTER = re.compile(rf"\s+(?:{HOST_CUE})")
#: after a city, its hosting of visitors (``Brookfield welcomed a delegation``, ``is hosting a group of students``)
_HOSTS_VISITORS_AFTER = re.compile(rf"\s+{HOSTS_VISITORS}(?!\s+from\s+(?:its|their)\s+"
                                   r"(?:[\w-]+\s+)?(?:sister|twin|partner)\s+(?:school|club|college|university|church)\b)")


def city_venue(ctx: Ctx, sent: Sentence, found: list[tuple[EventInfo, int]]) -> None:
    """``visited Cleveland``, ``a trip to Osaka``, ``was held in Daegu``: with no named venue, the city is where the
    sentence's first event happens (not a city whose possessive follows: ``visited Cleveland's sister city``). A city
    that welcomes or hosts visitors (``Brookfield welcomed a delegation from …``) holds their visit, there."""
    if not found:
        return
    ev = found[0][0]
    ent = ctx.reading.entities[ev.iri]
    if ev.head == "visit":
        host = next((c.iri for c in ctx.in_sentence(sent, types=("City",)) if not c.qualifier and not c.via_title and
                     _HOSTS_VISITORS_AFTER.match(ctx.text, c.end)), None) or \
            _titled_host(ctx, sent, _HOSTS_VISITORS_AFTER)  # (Satsumasendai Mayor X received a delegation)
        if host is not None:
            ctx.fact(ev.iri, V.SCHEMA.organizer, host, sent)
            if "location" not in ent.attrs:
                ent.attrs["location"] = host
                ctx.fact(ev.iri, V.SCHEMA.location, host, sent)
                ctx.host_placed.add(ev.iri)
    if "location" in ent.attrs:
        return
    at = sent.start + found[0][1]
    for c in sorted(ctx.in_sentence(sent, types=("City",)), key=lambda m: m.start):
        if c.qualifier or re.match(r"['’]s\b", ctx.text[c.end:c.end + 2]) or not (
                _IN_CITY_BEFORE.search(ctx.text[sent.start:c.start]) or
                (c.start > at and _EVENT_IN_CITY.fullmatch(ctx.text, at, c.start) and
                 not LANDMARK_AFTER_PLACE.match(ctx.text, c.end))):
            continue  # (held a working session in Changwon: the event's own word, then in and the city; not a
            # dinner in Caerphilly Castle, a landmark named after the town)
        if _RECALLED_BEFORE.search(ctx.text, sent.start, c.start):
            continue  # …, recalling his own visit to Ota last August: a past trip, no place of this event
        if re.search(r"\bto\s+visit\s+(?:the\s+)?$", ctx.text[sent.start:c.start]) and \
                re.search(r"\b(?:invit|ask|urg|encourag)\w*\b", ctx.text[sent.start:c.start]):
            continue  # Mayor Oh invited Mayor Tanaka to visit Jeju: a visit wished for, no place of the meeting
        ent.attrs["location"] = c.iri
        ctx.fact(ev.iri, V.SCHEMA.location, c.iri, sent)
        return


#: a purpose that names an event without holding or attending it (``to promote the flower expo``, ``in order to
#: discuss the youth camp``); and after a visit's verb, its place and such a purpose (``visited Taipei on Monday to
#: promote …``): the event the purpose names is no other event the visitors attend instead
_PURPOSE = rf"(?:in\s+order\s+)?to\s+(?:{AIM_VERBS})\b"
_AIMED_AT = re.compile(rf"\b{_PURPOSE}")
_VISIT_FOR_PURPOSE = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:on|last|this|next)\s+"
                                rf"[\w.]+(?:\s+\d{{1,2}})?)?\s+{_PURPOSE}")
#: (not ``visited Delhi to commemorate the anniversary``, ``to attend the expo``: the event it was for is held there)
#: from the event's word to a city: the word, ``in`` and the city (``a working session in Changwon``)
_EVENT_IN_CITY = re.compile(r"[\w'’-]+\s+in\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?")

#: after a city, its partner named next (``students from Daegu's sister city Atlanta``): the partner sends them
_OWNER_OF_PARTNER = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}(?:sister|twin|friendship|partner)[- ]"
                               r"(?:city|town|county|province|state|prefecture|district)(?:\s*,?\s+(?:of\s+)?[A-Z]|\s*[.,;)]|\s*$)")
#: (or closing an apposition on the sender: ``the delegation from Jiaxing, Greenfield's sister city``)


#: after people counted or sent, the town they came from: ``… arrived Monday from X``, ``… people from X spent``
_ARRIVED_FROM = (r"\s+(?:(?:have\s+|had\s+)?(?:arrived|came|travell?ed|flew|coming|visiting|arriving|travell?ing)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
                 r"Thursday|Friday|Saturday|Sunday|yesterday|today|here|last\s+week|this\s+week))?\s+)?from\s+(?:the\s+)?")


#: a count of towns the delegations come from, then the towns listed (``from three sister cities …, including``)
_INCLUDING_TOWNS = re.compile(r"\s+from\s+(?:\w+\s+){1,3}(?:cities|towns|municipalities|partners)\b"
                              r"(?:(?!\b(?:and|said|says|who|which|but|while)\b)[^.;]){0,40}?,?\s+"
                              r"(?:including|namely|such\s+as)\s+")
#: who welcomes the visitors, written before a name: the hosts' side
_WELCOMER_BEFORE = re.compile(r"\b(?:welcomed|greeted|received|hosted|met)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$")
#: a delegation's count before where it comes from (``a delegation of 12``, ``of about twenty people``)
_COUNTED = r"\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?(?:\d+|[a-z]+)(?:\s+(?:people|members|officials|delegates|students|persons))?"


def _delegation_cities(ctx: Ctx, sent: Sentence) -> list[URIRef]:
    """Cities (and bodies) a sentence says send a delegation."""
    t, base = sent.text, sent.start
    out: list[URIRef] = []
    ms = sorted(ctx.in_sentence(sent, types=("City", "Organization")), key=lambda m: m.start)
    for d in re.finditer(rf"\b(?i:{DELEGATION}|officials|representatives|leaders|authorities|mayors|governors|students|"
                         r"a team|a group)\b(?=\s+(?:from|of|representing)\s)|"
                         rf"\b(?i:{DELEGATION}|students|visitors|people|residents|citizens|pupils|members|participants|officials|"
                         r"councillors|councilors|representatives|leaders|guests)\b"
                         rf"(?=(?:{_COUNTED})?{_ARRIVED_FROM})|"  # (twelve delegates arrived Monday from X, eleven people from X spent …)
                         rf"\b(?:{DELEGATION})\b", t):
        if d.group(0).lower() in ("mayors", "governors") and not re.search(r"\bjoined\s+by\s+(?:the\s+)?$", t[:d.start()]):
            continue  # (only those who join: They were joined by the mayors of A and B; the Mayors of A and B sign: no
            # city sent)
        if d.group(0).lower() in ("leaders", "authorities") and re.search(r"\b[a-z][\w'’-]*\s+$", t[:d.start()]):
            continue  # (Leaders of A and B held …, The leaders of …: the subject; not met leaders of Hue, thanked the
            # authorities of Hue: a lowercase word before them makes them an object; but joined by the mayors of the
            # cities of Gardena and Glendora: those who came)
        ds, de = base + d.start(), base + d.end()
        route = re.match(_COUNTED + _ARRIVED_FROM, t[d.end():]) or re.match(_ARRIVED_FROM, t[d.end():])
        frm = route if route is not None and re.match(r"\s+(?:of\s|from\s)", t[d.end():]) else \
            re.match(r"\s+(?:from|of|representing)\s+(?:the\s+)?", t[d.end():]) or route
        # (a delegation of 12 visiting from Kure: the town after the count)
        glued = [m for m in ms if m.end <= ds and m.type == "City" and not m.qualifier and
                 re.fullmatch(r"(?:'s)?\s+(?:(?:City|city)\s+)?(?:[a-z]+\s+){0,2}", ctx.text[m.end:ds])]
        # (the city written right before the delegation word: the Dongying (cultural) delegation)
        if frm and frm is route and re.search(r"[a-z]ing\s", frm.group(0)) and glued:
            out.append(glued[-1].iri)  # the Kure delegation arriving from Incheon: Kure's (the place it left is a leg)
            continue
        if frm:  # a delegation from the City of Burnaby, the Burnaby Board of Trade, and Tourism and Sport Burnaby
            stop = re.search(r"\b(?:visited|was|were|to|for|in|with|on|at|arrived|led|who|which|that|will|is|are|has|have|took|met|"
                             r"came|went|spent|paid|[a-z]+ed|[a-z]{3,}ing|attends?|joins?|tours?|visits?)\b|[.;]",
                             t[d.end() + frm.end():])
            # (a delegation from Nagaoka attended the conference in Tucson: the list of senders ends at the verb)
            end = de + frm.end() + (stop.start() if stop else len(t))
            orgs = [(m.start, m.end) for m in ms if m.type == "Organization"]
            found = [m.iri for m in ms if de <= m.start < end and not m.qualifier and not m.via_title
                     and not any(s <= m.start and m.end <= e and m.type == "City" for s, e in orgs)
                     and not _OWNER_OF_PARTNER.match(ctx.text, m.end)]
            if not found and (inc := _INCLUDING_TOWNS.match(t, d.end())) is not None:
                found = [m.iri for m in ms if m.type == "City" and m.start >= base + inc.end() and not m.qualifier]
                # (Delegations from three sister cities will attend, including A, Japan; B, Germany; and C: the towns
                # the count is told by)
            out += found
            if found or not glued:
                continue  # (the Kure delegation visiting from Japan: no town after, the one before)
        led_by = re.match(r"\s+(?:led|headed)\s+by\b", t[d.end():])
        if re.search(r"\b(?:led|leads|leading|lead|headed|heads)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}$", t[:d.start()]) or \
                led_by:
            people = ctx.in_sentence(sent, types=("Person",))
            if led_by:  # a delegation led by Gyeonggi Governor X: X's (the first person after), not a host named before
                people = [m for m in people if m.start >= de] or people
            leaders = [ctx.person_body.get(m.iri) for m in people]
            bodies = [b for b in leaders if b is not None and "/city/" in str(b)]
            if bodies:
                out.append(bodies[0])  # Mayor Dokgo led a delegation: his city sends it
                continue
        if glued:
            out.append(glued[-1].iri)  # the Dongying (cultural) delegation (not Osaka in X in Osaka: no qualifier)
            continue
        if re.search(r"\bthe\s+(?:\w+\s+)?$", t[:d.start()]) and ctx.delegations:
            out.append(ctx.delegations[0])  # the delegation: the one the article spoke of
    return out


#: what a person says of an event without taking part: a vote, an opinion
_OPINION = re.compile(r"\b(?:voted\s+(?:against|for|on)|opposed|criticis|criticiz|questioned|objected\s+to|rejected|"
                      r"approved|endorsed|supported|backed)|"
                      r"\b(?:said|says|called)\s+(?:that\s+)?the\s+(?:[a-z]+\s+)?$", re.I)
#: (Mayor X said the visit by the twinning party was brilliant: the visit is what she spoke of, no attendance)


#: a speech verb right after a name that closes the sentence's clause (``…, the council's head … Warren Pike said``)
_SAYS_AFTER_NAME = re.compile(rf"\s+(?:{SPEECH_VERBS})(?:\s+(?:on|in|last|this|late|early)\s+\w+|\s+\w+day)?\s*[.”\"’]*\s*$")
#: a speech verb right before a name after the event (``…, said Kim Ji-ho, deputy mayor of Incheon``)
_SPEAKER_BEFORE = re.compile(rf"[,\"”’]\s*(?:{SPEECH_VERBS}|according\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                             r"(?:[A-Z][\w.'-]*\s+){0,3}$")
#: the verb by which parties sign in their own name (``Iloilo City and Dobong-gu signed``)
_SIGNED = re.compile(r"\b(?:signed|inked|concluded)\b")
#: between a signing party and the verb: other parties of the list (``, A and B``), nothing else
_GAP_WORD = r"(?:[A-Z][\w'’.-]*|province|prefecture|county|state|district)"
_SIGNERS_GAP = re.compile(rf"(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:{_GAP_WORD}(?:\s+{_GAP_WORD})*)?)*"  # (words apart: one way)
                          r"(?:\s+in\s+[A-Z][\w'’.-]*)?"  # (… and Mosul City in Iraq yesterday signed: its country, the day)
                          r"(?:\s+(?:yesterday|today|recently|on\s+[A-Z][a-z]+day))?"
                          r"\s*(?:officially\s+|formally\s+|also\s+)?")  # (… and Tongchuan, Shaanxi province signed)
#: heads of events where what the sentence says was signed is signed (``signed a pact during a simple ceremony``)
_SIGNED_AT_HEADS = ("ceremony",)


def _absent_after(ctx: Ctx, end: int, sent_end: int) -> bool:
    """True when the words after a name (past a title in commas) say the person stayed away (``Councillor X, who
    could not attend the signing``, ``X was absent``; but ``X, who was present``: present)."""
    m = ABSENT_AFTER.match(ctx.text, end, sent_end)
    if m is None:
        skip = re.match(r",\s+[^,]{1,60}?,", ctx.text[end:sent_end])  # (X, the council leader, who could not …)
        if skip is not None and any(x.type == "Person" and end <= x.start < end + skip.end() for x in ctx.mentions):
            return False  # (Mayor X, Councillor Y, who could not attend: the aside is another person, Y's)
        m = ABSENT_AFTER.match(ctx.text, end + skip.end() - 1, sent_end) if skip is not None else None
    return m is not None


def attendees(ctx: Ctx, sent: Sentence, found: list[tuple[EventInfo, int]]) -> None:
    """Who took part in the sentence's event (or in the last one spoken of)."""
    t = sent.text
    cue = re.search(ATTEND_CUE, t, re.I) or ROSTER.search(t)  # (the full Kilbeg team were A, B and C: they went)
    present = PRESENT_CUE.search(t) if not found and not cue and not PRESENT_DENIED.search(t) else None
    if not found and not cue and present is None:
        return
    ev = found[0][0] if found else next((e for e in reversed(ctx.events) if e.first <= sent.start), None)
    if ev is None:
        return
    if present is not None:  # X was also present.: at the event the sentence right before tells, if it tells one
        before = max((s for s in ctx.sentences if s.end <= sent.start), key=lambda s: s.end, default=None)
        if before is None or not any(before.start <= sp.start < before.end for sp in ev.spans):
            return
        cue = present
    hosted = re.search(rf"(?P<h>.{{0,60}}?)\s+(?:{HOST_CUE})\b", t)
    hosts: set[URIRef] = set()
    for by in re.finditer(rf"{HOST_CUE}\s+by\s+(?:the\s+)?", t):
        after = sorted((x for x in ctx.in_sentence(sent, types=("City", "Organization")) if x.start >= sent.start + by.end()),
                       key=lambda x: (x.start, x.type != "Organization"))
        if after and not re.search(r",|;|\b(?:who|which|where|when|from)\b",
                                   ctx.text[sent.start + by.end():after[0].start]):
            hosts.add(after[0].iri)  # (hosted by Mayor X, who thanked the guests from Leeds: Leeds is no host)
            for prev, nxt in pairwise(after):  # organized by Almaty and Kazan: both hold it
                if not re.fullmatch(r"(?:\s+(?:City|County))?(?:,\s*|,?\s+and\s+|\s*&\s*)(?:the\s+)?",
                                    ctx.text[prev.end:nxt.start]):
                    break
                hosts.add(nxt.iri)
    if hosted:
        named = ctx.in_sentence(sent, types=("City", "Organization"))
        subj = [x for x in named if sent.start <= x.start < sent.start + hosted.end("h") and not x.via_title and not any(
            o.type == "Organization" and o is not x and o.start <= x.start and x.end <= o.end for o in named)]
        # (the Riverside Twinning Association hosted …: the association, not the town in its name)
        if subj and re.search(HOST_CUE, t[subj[0].end - sent.start:subj[0].end - sent.start + 30]):
            hosts.add(subj[0].iri)
        elif not subj and (host_of := _titled_host(ctx, sent, _HOST_CUE_AFTER, before=sent.start + hosted.end("h"))):
            hosts.add(host_of)  # Mayor Hong Tae-yong, of Gimhae, hosted a reception: the mayor's city holds it
    for h in hosts:
        ctx.fact(ev.iri, V.SCHEMA.organizer, h, sent)
    part = _PARTICIPATED.search(t)
    if part is not None:  # Taipei City participated in the Chimaek Festival and the Forum: every one named after
        named = [x for x in ctx.in_sentence(sent, types=("City", "Organization"))
                 if x.end <= sent.start + part.start() and not x.via_title and not x.qualifier
                 and not any(y.type in ("Event", "Organization") and y is not x and y.start <= x.start and x.end <= y.end
                             for y in ctx.mentions)]  # not the city of the 2023 Ulsan Whale Festival
        subj = [x for x in named if re.fullmatch(r"[\s\w'’-]{0,25}", ctx.text[x.end:sent.start + part.start()]) or
                _SUBJECT_LIST_TAIL.fullmatch(ctx.text, x.end, sent.start + part.start())]
        if subj:  # (Twenty sister cities, from Santa Barbara to Chula Vista, attended: each town of the list)
            listed = [subj[-1]]
            for x in reversed(named[:named.index(subj[-1])]):
                if not _SUBJECT_LIST_GAP.fullmatch(ctx.text, x.end, listed[-1].start):
                    break
                listed.append(x)
            for e, pos in found:
                for x in listed if pos > part.start() else ():
                    if x.iri not in hosts:
                        ctx.fact(e.iri, V.SCHEMA.attendee, x.iri, sent)
    deleg = _delegation_cities(ctx, sent)
    for c in deleg:
        if c not in ctx.delegations and any(x.iri == c and x.type == "City" for x in ctx.mentions):
            ctx.delegations.append(c)
        if c not in hosts:
            ctx.fact(ev.iri, V.SCHEMA.attendee, c, sent)
    people = [m for m in ctx.in_sentence(sent, types=("Person",)) if m.start not in ctx.role_only
              and not re.search(ABSENT_CUE, ctx.text[max(sent.start, m.start - 60):m.start], re.I)
              and not _absent_after(ctx, m.end, sent.end)]
    if cue or found:
        ev_at = sent.start + found[0][1] if found else sent.end
        for m in people:
            if m.end <= ev_at and _OPINION.search(ctx.text, m.end, ev_at):
                continue  # voted against the trip, criticised the visit: an opinion of the event, no attendance
            if m.start > ev_at and (_SPEAKER_BEFORE.search(ctx.text, max(sent.start, m.start - 40), m.start) or (
                    _SAYS_AFTER_NAME.match(ctx.text, m.end, sent.end) and "," in ctx.text[ev_at:m.start])) and \
                    not re.search(r"\b(?:we|our|us|I|my)\b", ctx.text[sent.start:m.start], re.I):
                continue  # A and B became sister cities in 1986, said Kim Ji-ho: who tells of it, no signer
                # (but "We visited Tustin," said X: the speaker was there)
            ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)
    if _ORG_ATTEND.search(t):
        for m in ctx.in_sentence(sent, types=("Organization",)):
            if not m.via_title and m.iri not in hosts and \
                    not _VISITED_BODY_BEFORE.search(ctx.text, max(sent.start, m.start - 30), m.start):
                ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)
    sig = _SIGNED.search(t)
    at_ceremony = ev.head in _SIGNED_AT_HEADS and sig is not None and any(
        sp.start > sent.start + sig.end() for sp in ev.spans) and not re.search(r"\b(?:19|20)\d{2}\b", t[sig.end():])
    # (signed a pact during a simple ceremony; not a ceremony where a signing of 1984 is told)
    if sig is not None and ("sign" in ev.head or at_ceremony) and \
            not any(m.end <= sent.start + sig.start() for m in people):
        for m in ctx.in_sentence(sent, types=("City", "Organization")):  # Iloilo City and Dobong-gu signed …
            if m.end <= sent.start + sig.start() and not m.via_title and not m.qualifier and \
                    _SIGNERS_GAP.fullmatch(ctx.text, m.end, sent.start + sig.start()) and m.iri not in hosts:
                ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)
                ev.signer_cities.add(m.iri)  # (kept only when the article names no person at the signing)
    if re.search(r"\bvisit(?:ed|ing|s)\b", t) and people and re.search(VISITING_GROUP, t, re.I):
        # 10 officials, including X and Y, who visited …: a group of officials, sent by their city (a mayor
        # who visits alone is the one who attends)
        visited = {x.iri for x in ctx.in_sentence(sent, types=("City",))
                   if re.search(r"visit(?:ed|ing|s)?\s+(?:to\s+)?(?:the\s+)?$", ctx.text[max(0, x.start - 20):x.start])}
        for m in people:
            body = ctx.person_body.get(m.iri)
            if _WELCOMER_BEFORE.search(ctx.text, max(sent.start, m.start - 60), m.start):
                continue  # (a delegation … visiting from Kure was welcomed by Mayor X of Springfield: the host's)
            if body is not None and body not in visited and "/city/" in str(body):
                ctx.fact(ev.iri, V.SCHEMA.attendee, body, sent)


def hosted_guests(ctx: Ctx, sent: Sentence, found: list[tuple[EventInfo, int]]) -> None:
    """``… a privilege to host Mayor X, Chairman Y and council staff Mr Z``, ``welcomed Mayor X``: the people named after
    a host's verb were guests at the sentence's event (else at the one told last before it); not a visit hoped for or
    planned (``hopes to host Mayor X next year``)."""
    verb = HOSTED_GUESTS.search(sent.text)
    if verb is None:
        return
    ev = found[0][0] if found else next((e for e in reversed(ctx.events) if e.first <= sent.start), None)
    if ev is None:
        return
    at = sent.start + verb.end()
    clause = GUESTS_CLAUSE_END.search(ctx.text, at, sent.end)
    end = clause.start() if clause is not None else sent.end
    if GUESTS_AHEAD.search(ctx.text, sent.start, end):
        return  # (hopes to host Mayor X next year; not: … to host Mayor X, and she looks forward to …)
    if GUESTS_OF_ANOTHER_YEAR.search(ctx.text, at, end):
        return  # (which hosted Mayor X of Leeds in 2019: guests of another year)
    for m in ctx.in_sentence(sent, types=("Person",)):
        if at <= m.start < end and m.start not in ctx.role_only:
            ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)


def listed_attendees(ctx: Ctx) -> None:
    """``Participants in the signing included:`` then one line each (``- Truper McBride, Mayor of Cochrane``): every
    person on those lines attended the event the head names (else the one spoken of last before it); a head of
    those who stayed away lists none."""
    text = ctx.text
    for head in re.finditer(r"[^\n]+", text):
        if not ATTENDEE_LIST_HEAD.search(head.group(0)) or ATTENDEE_LIST_NOT.search(head.group(0)):
            continue
        named = [e for e in ctx.events if any(head.start() <= sp.start < head.end() for sp in e.spans)]
        ev = named[0] if named else next((e for e in reversed(ctx.events) if e.first < head.start()), None)
        if ev is None:
            continue
        at = head.end() + 1
        while at < len(text):
            line = re.match(r"[^\n]*", text[at:])
            end = at + (line.end() if line is not None else 0)
            if not LIST_ITEM_LINE.match(text, at):
                break
            for m in ctx.mentions:
                if m.type == "Person" and at <= m.start < end and m.start not in ctx.role_only:
                    ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, ctx.sentence_of(m.start))
            at = end + 1


def drop_vague_years(ctx: Ctx) -> None:
    """A year read from an event's name (the 2024 forum) says less than a full date of that year: keep the date."""
    dated = [(e, e.attrs["startDate"]) for e in ctx.reading.entities.values() if e.type == "Event" and "startDate" in e.attrs]
    for e, lit in dated:
        if len(str(lit)) == 4 and any(str(o).startswith(str(lit)) and len(str(o)) > 4 for _, o in dated):
            del e.attrs["startDate"]
            ctx.reading.facts = [f for f in ctx.reading.facts if not (f.s == e.iri and f.p == V.SCHEMA.startDate)]


def drop_hosts(ctx: Ctx) -> None:
    """The city or organisation that holds an event is its organiser, not one of its attendees."""
    hosts = {(f.s, f.o) for f in ctx.reading.facts if f.p == V.SCHEMA.organizer}
    ctx.reading.facts = [f for f in ctx.reading.facts
                         if not (f.p == V.SCHEMA.attendee and (f.s, f.o) in hosts and "/person/" not in str(f.o))]
