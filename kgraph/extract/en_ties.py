"""Ties between cities stated in English: sister cities, twin towns, friendship cities, memoranda.

Families: ``X's sister city Y`` / ``X's other sister cities are A, B and C``; ``between X and Y``;
``X and Y signed …``; ``a sister-city relationship with Y`` (the article's own city, or ``we``, is
the other party); ``the two cities``; a relative clause with its own parties (``Hwaseong in Gyeonggi
Province, which is also the Sister Province to British Columbia``). A renewal, an anniversary or a
suspension still states the tie. Places where something happens (``in the Seoul district``), cities
that only locate another, and countries are never parties.
"""
from __future__ import annotations

import re
from itertools import pairwise

from rdflib import URIRef

from .context import Mention
from .en_context import EnCtx as Ctx
from .en_dates import find as find_dates
from .en_people import main_city, ranked_cities
from .en_places import add_new_place, country_of, describing_adjective, in_tie_list, list_head, things_blanked
from .patterns_en import (
    APPOSED_TIE_AFTER,
    GATHER_VERB,
    NAME_STOP,
    NATIONAL_TITLE,
    OWNERS_LISTED,
    PROPOSED_TIE_BEFORE,
    SIGN_VERB,
    SPEECH_VERBS,
    TIE_AS_GATHERING,
    TIE_RE,
    TITLE_RE,
    VISIT_VERB,
    VISITED_FOR_TIE,
    WORD,
    tie_kind,
    title_of,
)
from .text_units import Sentence

_CLAUSE = re.compile(r",\s+(?:which|who|whose|while|whereas|but)\b")
#: a town with its partner in apposition (``Alzey, the sister town of Harpenden,``): the tie ends at the closing comma
_APPOSED_TIE_END = re.compile(r"(?<=\w),\s+(?:the|its|a)\s+(?:[a-z-]+\s+){0,2}(?:sister|twin|partner|friendship)[- ]"
                              r"(?:town|city|municipality|community|commune)\s+of\s+[A-Z][^,;.]{0,40}(?=,)")
_NEGATED = re.compile(r"\b(?:not|never|no longer|nor|neither)\b")
_PAIR = re.compile(r"(?<!all )(?<!of )\b(?:the|both)\s+(?:two\s+)?(?:sister\s+|twin\s+|partner\s+|friendship\s+)?"
                   r"cities\b|"
                   r"\bthe two (?:districts|towns|municipalities|regions|provinces|prefectures|counties|localities)\b", re.I)
_PLACE_OF = re.compile(r"\b(?:in|at|near|held in|based in|located in|visited|visiting|arrived in)\s+(?:the\s+)?$")
_VISITED = re.compile(r"\b(?:visited|visiting|travell?ed\s+to|went\s+to|arrived\s+in)\s+(?:the\s+)?$")
_AGREEMENT = re.compile(r"\b(?:agreement|pact|accord|memorandum|letter of intent)\b", re.I)
_PARTNER_BEFORE = re.compile(r"\b(?:with|and|to)\s+(?:the\s+)?$")  #: a party named as the other one of a tie
#: since 2009, in 2009, on March 7, 1988, since December 9, 1989, in March 2009, since 9 December 1989
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_YEAR = re.compile(r"\b(?:since|in|on)(?:\s+" + _MONTH + r"\s+\d{1,2},|\s+\d{1,2}\s+" + _MONTH + r"|\s+" + _MONTH + r")?"
                   r"\s+((?:19|20)\d{2})\b")
#: a year a first or last something is counted from (``the first visit to Voerde since 2009``): no tie's start
_COUNTED_FROM = re.compile(r"\b(?:first|last)\b[^.;]*\bsince\s+$")


#: the one whose ties the subject is said to be: ``A, B and C are sister cities of Gumi`` (but not ``its sister
#: city of Matsue``, where 'of' only names the partner)
_OWNER_OF = re.compile(r"\b(?:is|are|was|were|became|become|remains?|remained)\s+(?:(?:a|an|the|all|now|also)\s+){0,2}"
                       r"(?:[a-z-]+\s+)?(?i:sister|twin|friendship|partner|friendly)\s+(?i:cit(?:y|ies)|towns?|"
                       r"municipalit(?:y|ies)|provinces?|states?|regions?|prefectures?|districts?|counties|county)\s+"
                       r"of\s+(?:the\s+)?(?:[Cc]ity\s+of\s+)?$")


#: the rest of a city's own council's name after the city (``Brisbane City Council``, ``Auckland Council``)
_OWN_COUNCIL = re.compile(r"\s+(?:(?i:City|Town|Borough|District|Shire|Municipal|County|Regional|Metropolitan|Provincial)\s+)?"
                          r"(?:Council|council|People['’]s\s+(?:Council|Committee))|"  # (Vietnamese and Chinese local bodies)
                          r"\s+(?:Prefectural|Provincial|Metropolitan)\s+(?:Assembly|Government)|"
                          # (India's and Turkey's city bodies, China's governments: Pune Municipal Corporation, Izmir
                          # Metropolitan Municipality, Jinan Municipal People's Government)
                          r"\s+(?:Municipal|City|Metropolitan)\s+(?:Corporation|Municipality|Government|"
                          r"People['’]s\s+Government)|\s+Municipality|\s+People['’]s\s+Government")
#: the same, its head first (``the People's Committee of Vung Tau city``): the words before the city, and after it
_OWN_COUNCIL_HEAD = re.compile(r"People['’]s\s+(?:Council|Committee)\s+of\s+(?:the\s+)?")
_OWN_COUNCIL_TAIL = re.compile(r"(?:\s+(?i:city|province))?")


def _parties(ctx: Ctx, sent: Sentence, a: int, b: int) -> list[Mention]:
    out = []
    spans = [(m.start, m.end) for m in ctx.mentions if m.type in ("Organization", "Event", "Place")]
    locators = {x.iri for x in ctx.mentions if x.type == "City" and x.qualifier and "-county" in str(x.iri)}
    locators |= {x.iri for x in ctx.in_sentence(sent, types=("City",)) if x.qualifier and (
        (c := ctx.gz.by_iri.get(x.iri)) is not None and c.kind == "region")}
    # (representatives from Ontario … its tie with Woodstock, Ontario: the province that locates the partner in
    # the sentence is no party of it)
    said = _ATTRIBUTION.search(sent.text)
    if said is not None and not TIE_RE.search(sent.text, said.start()):
        b = min(b, sent.start + said.start())  # …, said Hadong County's mayor: the speaker's town is no party
    for m in sorted(ctx.in_sentence(sent, types=("City",)), key=lambda m: m.start):
        if not a <= m.start < b or m.qualifier or m.iri in locators:
            continue  # (a county that locates a town of the article is no party: Warminster, Wiltshire … a visit to
            # Wiltshire)
        if any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) and not (
                s == m.start and _OWN_COUNCIL.fullmatch(ctx.text, m.end, e) and not _TITLE_AFTER.match(ctx.text, e)) and not (
                _OWN_COUNCIL_HEAD.fullmatch(ctx.text, s, m.start) and _OWN_COUNCIL_TAIL.fullmatch(ctx.text, m.end, e))
               for s, e in spans):
            continue  # Dobong-gu District Office, the Ulsan Whale Festival (but Brisbane City Council signed …:
            # a city's own council stands for it in a tie)
        if any(x.type == "Country" and ((x.start == m.end + 1 and ctx.text[m.end:m.end + 1] == "/") or
                                        (x.end == m.start - 1 and ctx.text[x.end:x.end + 1] == "/")) for x in ctx.mentions):
            continue  # 40 California/China sister city relationships: a state paired with a country, no party
        before = ctx.text[max(sent.start, m.start - 30):m.start]
        if _PLACE_OF.search(before) and not APPOSED_TIE_AFTER.match(ctx.text, m.end, sent.end) and \
                not (_VISITED.search(before) and VISITED_FOR_TIE.match(ctx.text, m.end, sent.end)) and not re.search(r"(?:cit(?:y|ies)|towns?|provinces?|states?)\s+in\s+(?:the\s+)?$", before):
            continue  # in the Seoul district (a place), but: sister cities in Kaohsiung (a party)
        out.append(m)
    return out


#: a title right after a council's name (``Longford County Council Cathaoirleach Cllr X``): the council only says
#: whose officer follows, it acts in no tie of the sentence
_TITLE_AFTER = re.compile(rf"\s+(?:{TITLE_RE})\b")

#: the kind of government written before a party's name: ``the City of``, ``the State of``, ``the Province of``
_GOV_OF = r"(?:(?:[Cc]ity|[Tt]own|[Ss]tate|[Pp]rovince|[Pp]refecture|[Cc]ounty|[Cc]ommonwealth|[Mm]unicipality)\s+of\s+)?"


def _between(ctx: Ctx, parties: list[Mention]) -> list[Mention]:
    """The two parties of ``between A and B`` (or ``between A, B and C``), when the clause says so."""
    for i, m in enumerate(parties):
        if not re.search(rf"\bbetween\s+(?:the\s+)?{_GOV_OF}$", ctx.text[max(0, m.start - 30):m.start]):
            continue
        out = [m]
        for n in parties[i + 1:]:
            gap = ctx.text[out[-1].end:n.start]
            if not re.fullmatch(r"(?:\s+City|\s+County|\s+Province|\s+Prefecture|,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*|"
                                r"\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)*"  # (Mianyang City in Sichuan)
                                rf"(?:,\s*|,?\s+and\s+)(?:the\s+)?{_GOV_OF}", gap):
                break
            out.append(n)
        return out if len(out) >= 2 else []
    return []


#: the attribution closing a sentence (``…, said Hadong County's mayor.``, ``…, according to Ome officials.``)
_ATTRIBUTION = re.compile(rf",\s+(?:{SPEECH_VERBS}|according\s+to)\s+[^,]*[.!?”\"’]*\s*$")
#: a count of a party's ties (``has eight sister relationships with American counterparts``): no tie, unless a
#: partner is named after it (:data:`_NAMED_AFTER_COUNT`)
_COUNTED_TIES = re.compile(r"\b(?:has|have|had|holds?|maintains?)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many|numerous)"
                           r"\s+(?:(?!years\b|decades\b|months\b)[\w-]+\s+){0,2}?(?:sister|twin|friendship|partner)", re.I)
#: a partner named in apposition after a count (``five sister cities, the oldest being Kitami``, ``…: A and B``)
_NAMED_AFTER_COUNT = re.compile(r",\s+(?:the\s+)?(?:oldest|newest|latest|first|largest|most\s+recent)\b|:\s*|\binclud|"
                                r"\bsuch\s+as\b|\bnamely\b|\bamong\s+them\b")
#: a number of ties (``the 25 sister city, county and state relationships``, ``one of 40 sister ties``)
_COUNT_OF_TIES_WITH = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\s+"
                                 r"(?:[\w-]+,?\s+){0,5}?(?:relationships|ties|agreements|partnerships|links|twinnings)\s+"
                                 r"(?:that|which)\s+(?:[\w.-]+\s+){1,3}?(?:has|have|had|holds|maintains)\s+with\b", re.I)
#: (the count owned by a place and said to be with a nation: ``the 25 sister city relationships that California has
#: with South Korea``; not ``Busan has 25 sister city relationships and on Monday signed another with Seattle``)
_OWNER_VERB = re.compile(r"\s+(?:has|have|had|holds|maintains|keeps)\s+with\b")
#: a tie whose other side is a country (``between Alberta and Japan``, ``ties … with South Korea``): no city's
_COUNTRY_SIDE_BEFORE = re.compile(r"\b(?:with|to|and)\s+(?:the\s+)?$")


def _with_a_country(ctx: Ctx, a: int, b: int) -> bool:
    """A country named as the other side of a tie in the clause ``a:b`` (``… between Alberta and Japan``, ``the
    relationships that California has with South Korea``), not a country that locates a town or owns one
    (``with Kitami, Japan``, ``with Japan's Kitami``)."""
    tw = TIE_RE.search(ctx.text, a, b)
    return tw is not None and any(
        x.type == "Country" and a <= x.start < b and _COUNTRY_SIDE_BEFORE.search(ctx.text, max(a, x.start - 12), x.start)
        and not re.match(r"['’]s\b|\s+[A-Z]|-", ctx.text[x.end:x.end + 2])
        and (x.start > tw.start() or re.search(r"\bbetween\b", ctx.text[a:x.start]))
        and not any(c.type == "City" and tw.start() < c.start < x.start and not _OWNER_VERB.match(ctx.text, c.end)
                    for c in ctx.mentions)  # (with Kitami … Japan; but the relationships that California has with …)
        for x in ctx.mentions)


#: two parties joined as a pair: ``Dayton and Xuzhou``, ``Dayton, Ohio and Xuzhou`` (a locator between, no comma
#: before ``and``: ``Xuzhou, Jiangsu, and Fresno`` ends a pair)
_PAIR_JOIN = re.compile(r"(?:\s+(?:City|County)|,\s+[A-Z][\w.'-]*(?:\s+[A-Za-z][\w.'-]*){0,2})*\s+(?:and|&)\s+(?:the\s+)?")
#: (the same join with a comma allowed before ``and``: ``A, California, and B``; only for the pairs the two countries
#: of their places tell apart, see :func:`_pairs`)
_PAIR_JOIN_LOOSE = re.compile(_PAIR_JOIN.pattern.replace(r"*\s+(?:and|&)", r"*,?\s+(?:and|&)", 1))


def _pairs(ctx: Ctx, parties: list[Mention], a: int) -> list[tuple[Mention, Mention]]:
    """Two or more pairs of parties in one clause, each ``A and B``, the pairs set apart by more than ``and``
    (``…, and C and D signed one as well``): each pair is one tie. None when any party is joined ``with`` another,
    or a list runs on (``A and B and C``)."""
    ms: list[Mention] = []
    for m in parties:
        if not ms or ms[-1].iri != m.iri:
            ms.append(m)
    if len(ms) < 4 or len(ms) % 2 or len({m.iri for m in ms}) != len(ms):
        return []
    hyphened = [(ms[i], ms[i + 1]) for i in range(0, len(ms), 2)]
    if all(ctx.text[x.end:y.start] == "-" for x, y in hyphened) and \
            all(ctx.text[y.end:x.start] != "-" for (_, y), (x, _) in pairwise(hyphened)):
        return hyphened  # between Delhi-Beijing, Bengaluru-Chengdu and Kolkata-Kunming: each hyphened pair is one tie
    counted = _PAIRS_COUNTED.search(ctx.text, a, ms[0].start)
    counted = counted if counted is not None and _NUMBER.get(counted.group("k").lower()) == len(ms) // 2 else None
    if any(re.search(r"\b(?:with|between)\s+(?:the\s+)?$", ctx.text[max(a, m.start - 14):m.start])
           for m in (ms[1:] if counted is not None else ms)):
        return []
    tw = TIE_RE.search(ctx.text, a, ms[0].start)
    if tw is not None and counted is None:
        return []  # its sister cities are A and B, and C and D: a list of one host's partners, no pairs (but two
        # sister city agreements were signed between A and B, and C and D: the count says pairs)
    if len(ms) == 4 and all(_PAIR_JOIN_LOOSE.fullmatch(ctx.text, x.end, y.start) for x, y in pairwise(ms)):
        cc = [country_of(ctx, m.iri) for m in ms]
        if None not in cc and cc[0] != cc[1] and cc[2] != cc[3] and {cc[0], cc[1]} == {cc[2], cc[3]}:
            return [(ms[0], ms[1]), (ms[2], ms[3])]  # A, California and B, Guangdong, and C, California, and D,
            # Shaanxi: each written with its state, the commas tell no pairs; the two countries alternate
    out = []
    for i in range(0, len(ms), 2):
        x, y = ms[i], ms[i + 1]
        if not _PAIR_JOIN.fullmatch(ctx.text, x.end, y.start):
            return []
        if i + 2 < len(ms) and _PAIR_JOIN.fullmatch(ctx.text, y.end, ms[i + 2].start):
            return []
        out.append((x, y))
    return out


#: two lists paired in order (``A and B are twinned with C and D, respectively``)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_WITH_WORD = re.compile(r"\bwith\b")  #: (``have established partnerships with …``: the sides split at ``with``)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _respective_pairs(ctx: Ctx, parties: list[Mention], a: int, b: int) -> list[tuple[Mention, Mention]]:
    """The pairs of a clause saying ``respectively``: the n places before its tie word with the n after it, in
    order (``A, B and C have partnerships with D, E and F, respectively``). A place in the possessive only locates
    the one after it (``Thai Nguyen's Dinh Hoa district``). None when the two sides differ in number.

    >>> RESPECTIVELY.search("twinned with Sapporo and Nagoya respectively.") is not None
    True
    """
    resp = RESPECTIVELY.search(ctx.text, a, b)
    if resp is None:
        return []
    tw = TIE_RE.search(ctx.text, a, b) or _WITH_WORD.search(ctx.text, a, b)
    if tw is None:
        return []
    own = [m for m in parties if not _POSSESSIVE_AFTER.match(ctx.text, m.end)]
    left = list({m.iri: m for m in own if m.end <= tw.start()}.values())
    right = list({m.iri: m for m in own if m.start >= tw.end()}.values())
    if len(left) < 2 or len(left) != len(right) or {m.iri for m in left} & {m.iri for m in right} or \
            resp.start() < max(m.end for m in right):
        return []  # (Ulsan and Pohang, with 1.1 million and 500,000 people respectively, signed …: the word pairs
        # the numbers; it must close the list of partners)
    return list(zip(left, right, strict=True))


#: the sides of ties said as two nations' towns (``sister city relationships between Chinese and US cities``; the two
#: words must name nations, see :func:`_nations_sides`)
_NATIONS_SIDES = re.compile(r"(?:\s+(?:relationships?|ties|agreements?|partnerships?|links|exchanges?))?\s+between\s+"
                            r"(?:the\s+)?(?P<a>[A-Z][\w.-]*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.-]*)\s+(?:cities|towns|"
                            r"communities|municipalities|provinces|states|local\s+governments|regions)\b")


def _nations_sides(ctx: Ctx, text: str, pos: int) -> bool:
    """Whether the tie phrase ending at ``pos`` is said between two nations' towns (``between Chinese and US cities``;
    not ``between Busan and Seattle communities``)."""
    m = _NATIONS_SIDES.match(text, pos)
    return m is not None and all(
        describing_adjective(w) or any(c.type == "Country" for c in ctx.gz.lookup(w, lang="en")) for w in (m["a"], m["b"]))
#: a count of the ties a sentence goes on to name in pairs (``two sister city agreements were signed between …``)
_PAIRS_COUNTED = re.compile(r"\b(?P<k>two|three|four|2|3|4)\s+(?:[\w-]+\s+){0,3}?(?:agreements|pacts|accords|relationships|"
                            r"ties|partnerships|MOUs|MoUs|memoranda)\b", re.I)
_NUMBER = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
#: a city named by who signs for it, with no name: ``between the mayor of Pune and his counterpart in Kazan``
_SIGNER_OF_BEFORE = re.compile(rf"\b(?:(?P<title>(?i:{TITLE_RE}))|counterparts?|equivalent|officials?|representatives?)\s+"
                               r"(?:of|from|in)\s+(?:the\s+)?(?:[Cc]ity\s+of\s+)?$")
#: (not an envoy's post: ``the Consul General in Medan`` signs for a nation, not for Medan)


def _signed(ctx: Ctx, sent: Sentence) -> None:
    """``Governor X of Arkansas and Mayor Y of Hanam signed an agreement``: the bodies that sign are partners."""
    if not (re.search(SIGN_VERB, sent.text, re.I) and _AGREEMENT.search(sent.text)) or _NEGATED.search(sent.text):
        return
    bodies = [ctx.person_body.get(m.iri) for m in ctx.in_sentence(sent, types=("Person",)) if m.start not in ctx.role_only]
    cities = [b for b in bodies if b is not None and "/city/" in str(b)]
    cities += [m.iri for m in _parties(ctx, sent, sent.start, sent.end) if not m.via_title]
    cities += [m.iri for m in ctx.in_sentence(sent, types=("City",)) if not m.qualifier and
               (by := _SIGNER_OF_BEFORE.search(ctx.text, max(sent.start, m.start - 40), m.start)) is not None and
               not (by.group("title") and title_of(by.group("title")) is NATIONAL_TITLE)]
    iris = list(dict.fromkeys(cities))
    if not iris and _SIDES.search(sent.text):  # In 2022, A received a delegation of B. The two sides signed an MOU:
        iris = _pair_before(ctx, sent)  # the two places of the sentence before
    if len(iris) >= 2:
        for other in iris[1:]:
            ctx.reading.ties.append((iris[0], other, "other", None, sent))


#: the two parties named back as signing (``The two sides signed …``, ``both parties on Monday inked``, ``the two
#: cities signed``; not ``goodwill on both sides``)
_SIDES = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:sides|parties|cities|towns|municipalities|localities)"
                    r"(?:\s+[\w,]+){0,4}?\s+(?:signed|inked|sealed|concluded|exchanged)\b")


def _pair_before(ctx: Ctx, sent: Sentence) -> list[URIRef]:
    """The two places the sentence before names (none when it names another number of them)."""
    before = [s for s in ctx.sentences if s.end <= sent.start]
    if not before:
        return []
    prev = before[-1]
    ms = [m for m in ctx.in_sentence(prev, types=("City",)) if not m.qualifier]
    iris = list(dict.fromkeys(m.iri for m in ms))
    if len(iris) != 2:
        return []
    acting = {m.iri for m in ms if not _WHERE_BEFORE.search(ctx.text, max(prev.start, m.start - 20), m.start)}
    return iris if len(acting) == 2 else []
    # (Delegates from Suwon travelled to Tokyo, met … in Busan: a place only gone to or met in is no side; Suwon
    # Mayor X welcomed Asheville Mayor Y to Suwon: each named as an actor too)


_WHERE_BEFORE = re.compile(r"\b(?:in|at|to|into|near|toward|towards)\s+(?:the\s+)?$")


#: a city said to have the ties a list goes on to name: ``Alameda currently has two active Sister Cities``,
#: ``Burbank's sister cities are:``
_OWNS_TIES = re.compile(r"\s+(?:currently\s+|now\s+|also\s+)?(?:has|have|maintains)\b[^.;]{0,40}?\b(?i:sister|twin|friendship|partner)"
                        r"|['’]s\s+(?:[\w-]+\s+){0,2}(?i:sister|twin|friendship|partner)")


def _list_owner(ctx: Ctx, head: Sentence) -> URIRef | None:
    """The city that owns the ties a list under ``head`` names: said to have them in the heading or in one of
    the seven sentences before it (a page may list sister cities and friendship cities under two headings)."""
    earlier = [s for s in ctx.sentences if s.start <= head.start][-8:]
    for sent in reversed(earlier):
        for m in ctx.in_sentence(sent, types=("City",)):
            if not m.qualifier and _OWNS_TIES.match(ctx.text, m.end):
                return m.iri
    return None


#: a fronted phrase naming one more partner before the subject (``In addition to Georgetown, it is twinned with …``)
_ALSO_PARTNER = re.compile(r"(?:In addition to|Besides|Apart from|Aside from|Along with|As well as)\s+(?:the\s+)?"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*")


#: an apposition naming the place before it the subject's partner: ``… visited Flensburg, its twin town``
_ITS_PARTNER = re.compile(r"\s*,\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?i:sister|twin|friendship|partner)[- ]?(?:cit|town)")


def _its_partner(ctx: Ctx, sent: Sentence, parties: list[Mention]) -> tuple[URIRef, URIRef] | None:
    """(host, partner) of ``Mayor X of Carlisle visited Flensburg, its twin town``: the partner is the place before
    the apposition, the host the first place the sentence names before it (through a title or a delegation too)."""
    for m in parties:
        if _ITS_PARTNER.match(ctx.text, m.end):
            before = [x for x in ctx.in_sentence(sent, types=("City",)) if x.end <= m.start and not x.qualifier
                      and x.iri != m.iri]
            if before:
                return before[0].iri, m.iri
    return None


#: a sentence opening on its owner's ties said with a pronoun (``Its other sister cities are …``)
_PRONOUN_TIES_OPENING = re.compile(r"(?:Its|Their)\s+(?:[\w-]+\s+){0,2}?(?i:sister|twin|friendship|partner)")
#: a place's ties said with its possessive (``Xiamen's other friends are``, ``X's first Canadian sister city``)
_POSSESSED_TIES = re.compile(r"['’]s\s+(?:(?:other|first|second|third|fourth|fifth|oldest|newest|latest|only|official|"
                             r"[A-Z][\w-]*|\d+\w*)\s+){0,3}(?i:sister|twin|friendship|partner|friends)\b")
#: (only ordinals and names between: not ``Guadalajara's mayor signed the sister city pact``)


def _pronoun_owner(ctx: Ctx, sent: Sentence, a: int) -> URIRef | None:
    """The owner of the ties a sentence opens on with a pronoun (``Its other sister cities are …``): the last place
    whose ties the sentence before names with its possessive (``where Xiamen's other friends are``), if any."""
    if a != sent.start or not _PRONOUN_TIES_OPENING.match(sent.text):
        return None
    before = [s for s in ctx.sentences if s.end <= sent.start][-1:]
    if not before:
        return None
    owners = [m for m in ctx.in_sentence(before[0], types=("City",))
              if not m.qualifier and _POSSESSED_TIES.match(ctx.text, m.end)]
    return owners[-1].iri if owners else None  # (no place's ties named so: the reading as before)


#: a proposal rejected (``rejecting a move to also make Lhasa a sister city``): the place after it is no partner
_REJECTED = re.compile(r"\b(?:reject(?:s|ed|ing)?|voted\s+down|turned\s+down|declin(?:e|es|ed|ing)|veto(?:es|ed|ing)?|"
                       r"refus(?:e|es|ed|ing))\b", re.I)


def _rejected_party(ctx: Ctx, a: int, m: Mention, parties: list[Mention]) -> bool:
    """``… voted to make Xicheng a sister city, rejecting a move to also make Lhasa one``: Lhasa is no party."""
    hits = list(_REJECTED.finditer(ctx.text, a, m.start))
    return bool(hits) and not any(hits[-1].end() <= p.start < m.start for p in parties if p is not m) and \
        re.search(r"\b(?:make|making|become|becoming|add|adding)\b", ctx.text[hits[-1].end():m.start]) is not None


def read_ties(ctx: Ctx, sent: Sentence) -> None:
    """Candidate ties of one sentence, into ``ctx.reading.ties`` (settled later)."""
    blanked = _bodies_blanked(ctx, sent.start, sent.end)  # (Sister Cities International: a body, no tie stated)
    respective = _respective_pairs(ctx, _parties(ctx, sent, sent.start, sent.end), sent.start, sent.end)
    if respective:  # A, B and C have partnerships with D, E and F, respectively: each pair is one tie, none other
        each = tie_kind(blanked) or "other"
        ctx.reading.ties.extend((x.iri, y.iri, each, None, sent) for x, y in respective)
        return
    if OWNERS_LISTED.match(blanked):
        return  # Other towns in Kenya with sister cities in the US include Kisumu and Mombasa: owners of ties, none told
    if not TIE_RE.search(blanked):
        if in_tie_list(ctx, sent):  # a list line under 'X's sister cities are:'
            head = list_head(ctx, sent)
            assert head is not None
            from_head = [x for x in ctx.reading.ties if x[4] == head]
            list_host = from_head[0][0] if from_head else (_list_owner(ctx, head) or main_city(ctx))
            list_kind = from_head[0][2] if from_head else (tie_kind(head.text) or "other")
            listed = {m.iri for s in ctx.sentences if in_tie_list(ctx, s) for m in ctx.in_sentence(s, types=("City",))}
            outside = {m.iri for m in ctx.mentions if m.type == "City" and not any(
                s.start <= m.start < s.end and in_tie_list(ctx, s) for s in ctx.sentences)}
            if list_host is None or (list_host in listed and list_host not in outside):
                return  # the list's own first member is not its host
            for m in _parties(ctx, sent, sent.start, sent.end):
                if m.iri != list_host:
                    ctx.reading.ties.append((list_host, m.iri, list_kind, None, sent))
            return
        _signed(ctx, sent)
        return
    main = main_city(ctx)
    if main is not None and all(m.qualifier for m in ctx.mentions if m.iri == main):
        main = None  # (a day trip to the village of Honfleur: a place only ever named as a stop hosts no tie)
    second = _second_city(ctx, main)
    apposed = {sent.start + m.end() for m in _APPOSED_TIE_END.finditer(sent.text)}  # Alzey, the sister town of
    cuts = sorted({sent.start, sent.end, *apposed,  # Harpenden, sent a choir to Hertfordshire in May 2023: the tie
                   *(sent.start + m.start() for m in _CLAUSE.finditer(sent.text))})  # ends with the apposition
    prev: list[Mention] = []
    counted_kind: tuple[str, URIRef] | None = None  # (the kind and owner of a count of ties the clause before made)
    for a, b in pairwise(cuts):
        clause = ctx.text[a:b]
        kind = tie_kind(blanked[a - sent.start:b - sent.start]) or (
            tie_kind(blanked) if a == sent.start and not _only_in_relatives(ctx, sent, cuts) else None)
        parties = _parties(ctx, sent, a, b)
        if kind is None and counted_kind is not None and _WHICH_INCLUDE.match(clause) and parties:
            # Burnaby has eight sister cities, which include Kushiro in Japan and Hwaseong in Korea: the count's
            # owner with each place the relative clause lists
            for m in parties:
                if m.iri != counted_kind[1]:
                    ctx.reading.ties.append((counted_kind[1], m.iri, counted_kind[0], None, sent))
            prev = parties
            continue
        counted_kind = None
        own = _COUNT_OWNER.match(clause)
        if kind is not None and own is not None:
            owner_iri: URIRef | None = next((m.iri for m in parties if m.start == a + own.start("o")), None)
            if owner_iri is None and own.group("o")[0].islower():  # Cincinnati signed … Currently, it has 8 sister
                subjects = [m for m in ctx.mentions if m.type == "City" and m.start < sent.start and  # cities: the city
                            not m.qualifier and _sentence_subject(ctx, m)]  # that opened a sentence before
                owner_iri = max(subjects, key=lambda m: m.start).iri if subjects else main_city(ctx)
            counted_kind = (kind, owner_iri) if owner_iri is not None else None
        parties = [m for m in parties if not _rejected_party(ctx, a, m, parties)]  # (a move rejected: no partner)
        between = _between(ctx, parties)
        if between:  # the MOU signing between Icheon City and Santa Clara: those two, whoever else is named
            parties = between
        if kind is None:
            prev = parties or prev
            continue
        iris = list(dict.fromkeys(m.iri for m in parties))
        counted = _COUNTED_TIES.search(clause)
        if counted is not None and any(m.start > a + counted.start() and _NAMED_AFTER_COUNT.search(ctx.text, a + counted.end(), m.start)
                                       for m in parties):
            counted = None  # The city has five sister cities, the oldest being Kitami: a partner named after the count
        if (len(iris) <= 1 or _COUNT_OF_TIES_WITH.search(clause)) and (_with_a_country(ctx, a, b) or counted):
            # (Kilbeg adds to the 25 sister city relationships that California has with South Korea: a count of a
            # place's ties with a country, no tie of any place the clause names)
            prev = parties or prev
            continue  # the friendship between Alberta and Japan, the ties California has with Korea, Gyeongnam has
            # eight sister relationships with US counterparts: no tie of the one city named with another city
        pairs = _pairs(ctx, parties, a)
        if pairs:  # Dayton and Xuzhou signed …, and Fresno and Baoding signed one as well: each pair is one tie
            for x, y in pairs:
                ctx.reading.ties.append((x.iri, y.iri, kind, None, sent))
            prev = parties
            continue
        host: URIRef | None = None
        poss = re.search(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:sister|twin|friendship|partner)", clause)
        owner = next((m for m in parties if poss and m.end == a + poss.start()), None) or \
            next((m for m in parties if _OWNER_OF.search(ctx.text, max(a, m.start - 80), m.start) and
                  all(n.start <= m.start for n in parties)), None)  # (… of Gumi and Matsue: the subject owns them)
        tw = TIE_RE.search(clause)
        bclause = blanked[a - sent.start:b - sent.start]  # (a body's name blanked: Sister Cities International)
        if tw is not None and not any(TIE_AS_GATHERING.match(bclause, x.end()) is None and
                                      not _nations_sides(ctx, bclause, x.end()) for x in TIE_RE.finditer(bclause)):
            prev = parties or prev
            continue  # Mayor X of Nagaoka spoke at the sister cities summit in Houston: a gathering, no tie; nor
            # the anniversary of sister cities relationships between Chinese and US cities: ties of two nations
        if tw is not None and (_NEGATED.search(clause[:tw.start()]) or PROPOSED_TIE_BEFORE.search(clause[:tw.start()])):
            prev = parties or prev
            continue  # Sejong is not among Daejeon's partner cities; he suggested they sign a friendship agreement
        antecedent = [m for m in ctx.in_sentence(sent, types=("City",)) if m.start < a]
        word = re.search(rf"(?<![\w-])(?P<n>{WORD}(?:\s+{WORD}){{0,2}})\s*$", ctx.text[sent.start:a])
        if a != sent.start and word and re.match(r",\s+(?:which|whose)", clause) and \
                not any(m.end == sent.start + word.end("n") for m in antecedent) and \
                word.group("n").split()[0] not in NAME_STOP and kind is not None:
            level = "province" if re.search(r"state|province|prefecture", clause, re.I) else "city"
            antecedent.append(add_new_place(ctx, sent.start + word.start("n"), word.group("n"), level=level))
        also = _ALSO_PARTNER.match(sent.text)
        fronted = [m for m in ctx.in_sentence(sent, types=("City",)) if also is not None and
                   m.end == sent.start + also.end() - len(sent.text[:also.end()]) + len(sent.text[:also.end()].rstrip(", "))]
        if also is not None and fronted and a <= sent.start + also.end() <= b and re.match(
                r"[\s,]*(?:it|the city|the town|the county)\b", sent.text[also.end() - 2:], re.I):
            # In addition to Georgetown, it is twinned with A and B: Georgetown is one more partner, the host is the
            # town the article speaks of, none of these
            more = [m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.start < sent.start + also.end()]
            host = next((i for i in ranked_cities(ctx) if i not in iris and i not in more), None)
            iris = list(dict.fromkeys([*more, *iris]))
        elif a != sent.start and antecedent and re.match(r",\s+(?:which|who|whose)", clause):
            host = max(antecedent, key=lambda m: m.start).iri  # the relative clause's antecedent
            if not iris and _WITH_BOTH.search(clause):  # … travelled to Bayeux, which is twinned with both towns
                iris = _subject_pair(ctx, sent, host)
        elif re.search(r"\b(?:we|our|us)\b", clause, re.I) and _speaker_city(ctx, sent) is not None:
            host = _speaker_city(ctx, sent)  # "We have a sister city …," says Mayor X: X's city
        elif (prior := _pronoun_owner(ctx, sent, a)) is not None:
            host = prior  # … where Xiamen's other friends are A and B. Its other sister cities are C and D: Xiamen's
        elif (its := _its_partner(ctx, sent, parties)) is not None:
            host, iris = its[0], list(dict.fromkeys([its[0], *iris]))  # X of Carlisle visited Flensburg, its twin town
        elif owner is not None:
            host = owner.iri
        elif not iris and _SIDES.search(clause) and not _PAIR.search(clause) and len(pair := _pair_before(ctx, sent)) == 2:
            iris, host = pair, pair[0]  # … received a delegation of B. The two sides signed an MOU: those two
        elif _PAIR.search(clause) and len(iris) < 2 and main is not None and second is not None:
            iris, host = [main, second], main
        elif len(iris) >= 2 and len(free := {m.iri for m in parties if not _PARTNER_BEFORE.search(
                ctx.text[max(a, m.start - 12):m.start]) and any(a + t.start() > m.start for t in TIE_RE.finditer(clause))}) == 1:
            host = free.pop()  # … with Bremen in 1986, Chuncheon has formed ties with A and B: the one not "with"
            # (before a tie word: in "its sister cities include A and B", A is a partner)
        elif _listed_members(ctx, parties, a, tw, between):
            # Twenty sister cities, from A to B, attended: members of a kind, the partners of the article's town
            # (one of them when it is listed too); but sister cities in Southern California are a kind of town of
            # an area, whose partners the article does not name
            area = _IN_AREA_AFTER.match(clause, tw.end()) if tw is not None else None
            host = None if tw is None or (area is not None and not any(
                c.type == "Country" for c in ctx.gz.lookup(area.group("p"), lang="en"))) else main
            # (Five sister cities in Japan, from A to B: the partners' country, no area of a kind of town)
        elif main in iris:
            host = main
        elif len(iris) == 1 and re.search(r"\b(?:we|our|us|its|their)\b", clause, re.I) and \
                (told := _told_owner(ctx, iris[0])) is not None:
            host = told  # Durham County Council will end its twinning with Kostroma. '… we will be ending the twinning
            # with Kostroma,' said the council's leader: the partner's owner the article has named, not its main town
            # (only for an owner said with a pronoun: we, our, its)
        elif len(iris) == 1 and main is not None:
            host = main
        elif len(iris) >= 2 and main is not None and tw is not None and not between and \
                all(m.start >= a + tw.end() for m in parties):
            host = main  # the three Sister Cities attending were: A, B and C (the article's city's, not A's)
        elif len(iris) >= 2:
            host = iris[0]
        if host is None:
            prev = parties or prev
            continue
        first = min((m.start for m in parties if m.iri != host), default=sent.start + len(sent.text)) - sent.start
        words_before = [t.start() for t in TIE_RE.finditer(sent.text, 0, max(first, 0))]
        at = words_before[-1] if words_before else a - sent.start + (tw.start() if tw is not None else 0)
        # (the tie word, in the sentence: the last one before the first partner)
        seg_start = sent.text.rfind(";", 0, at) + 1
        seg_end = sent.text.find(";", at)
        if b in apposed:  # (the year of what the town did after the apposition is not the tie's)
            seg_end = b - sent.start if seg_end < 0 else min(seg_end, b - sent.start)
        year = _YEAR.search(sent.text, seg_start, seg_end if seg_end >= 0 else len(sent.text))
        # (a year in another clause split by semicolons — 'Whereas, X was founded in 1956; and Whereas, …' — is not the tie's)
        if year is not None and year.group(0).startswith("in") and (
                re.search(VISIT_VERB, sent.text[:year.start()]) or re.search(GATHER_VERB, sent.text[:year.start()])):
            year = None  # visited Ota, Burbank's sister city, in 2012 (or met there): the year of the visit, not the tie
        if year is not None and _COUNTED_FROM.search(sent.text[:year.start() + len("since ")]):
            year = None  # the first visit since 2009: a span counted, not the tie's start
        named = _parties(ctx, sent, sent.start, sent.end)
        dated = _dated_parties(named, host, sent.start + year.start() if year else None)
        own_years = _own_years(ctx, sent, named, host, seg_start, seg_end if seg_end >= 0 else len(sent.text)) \
            if year is not None else {}
        unnamed = {i for i in iris if i not in {m.iri for m in named}}  # "the two cities … since 2015"
        signed = _signed_relative_year(ctx, clause) if year is None else None
        first_at: dict[URIRef, int] = {}
        for pm in parties:
            first_at.setdefault(pm.iri, pm.start)
        own_kinds = {o: _kind_before(ctx, a, first_at.get(o), kind) for o in iris if o != host}
        if len(set(own_kinds.values())) < 2:  # one tie word for all (or an upgrade of one partner): the clause's kind
            own_kinds = dict.fromkeys(own_kinds, kind)
        if len(own_kinds) == 1:  # one partner: the kind of its own part of the sentence, when that part names one
            (o,) = own_kinds
            own_kinds[o] = _segment_kind(ctx, sent, first_at.get(o), host) or own_kinds[o]
        tiers = _TWO_TIERS.search(clause)
        co = _coordinated(ctx, parties, host) if not between else set()
        if co and any(o != host and o not in co for o in iris):
            iris = [o for o in iris if o not in co]  # Ashford and Canterbury are twinned with Bayeux: each with
        else:  # Bayeux, not with each other
            co = set()
        for one in (host, *co):
            for other in iris:
                if other != host and tiers is not None and len(iris) == 2:
                    # friendship cities in 1993 and sister cities in 1999: each tier with its own year
                    for kind_word, year_word in ((tiers.group("k1"), tiers.group("y1")),
                                                 (tiers.group("k2"), tiers.group("y2"))):
                        ctx.reading.ties.append((one, other, tie_kind(kind_word + " city") or kind, year_word, sent))
                elif other != host and other in own_years:  # with A on May 4, 1995, and with B in 2016: each its year
                    ctx.reading.ties.append((one, other, own_kinds[other], own_years[other], sent))
                elif other != host:
                    ctx.reading.ties.append((one, other, own_kinds[other],
                                             year.group(1) if year and other in dated | unnamed else signed, sent))
        prev = parties or prev


#: a plural tie noun whose members the clause lists after it (``Twenty sister cities, from A to B, attended``)
_MEMBERS_NOUN = re.compile(r"(?i:cities|towns|communities|municipalities|regions|provinces|prefectures)\b")
_IN_AREA_AFTER = re.compile(r"\s+(?:in|across|throughout)\s+(?:the\s+)?(?P<p>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
_RANGE_TO = re.compile(r"\bfrom\s+[^,;:]*?\bto\s+(?:the\s+)?$")  #: the end of a range (``from A to B``), no object
_OF_BEFORE = re.compile(r"\b(?:of|with|to|for|by|between)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")
#: a word after the plural noun that makes it describe another noun (``Sister Cities Agreement``, ``sister cities
#: program``): no members listed
_NOUN_AFTER_MEMBERS = re.compile(r"\s+(?:[A-Z]\w*|agreements?|relationships?|pacts?|programs?|programmes?|"
                                 r"associations?|committees?|partnerships?|ties|links?|accords?|networks?|events?|"
                                 r"day|summit|conference|exchanges?|movement|initiative)\b")


def _listed_members(ctx: Ctx, parties: list[Mention], a: int, tw: re.Match[str] | None, between: list[Mention]) -> bool:
    """Whether the clause only lists members of a plural tie noun named before them: two or more places, all after
    the tie word, none the object of ``of``, ``with`` or ``to`` (the owner or the partner of a tie)."""
    if tw is None or between or len({m.iri for m in parties}) < 2:
        return False
    if not _MEMBERS_NOUN.match(ctx.text, a + tw.end() - len(tw.group(0).split()[-1])) or \
            _NOUN_AFTER_MEMBERS.match(ctx.text, a + tw.end()):
        return False
    return all(m.start >= a + tw.end() and (not _OF_BEFORE.search(ctx.text, max(a, m.start - 25), m.start) or
                                            _RANGE_TO.search(ctx.text, max(a, m.start - 80), m.start) is not None)
               for m in parties)


#: a relative clause's partners named back as the pair before (``which is twinned with both towns``)
_WITH_BOTH = re.compile(r"\bwith\s+(?:both(?:\s+(?:towns|cities|of\s+them))?|them\s+both|each\s+of\s+them)\b")


def _only_in_relatives(ctx: Ctx, sent: Sentence, cuts: list[int]) -> bool:
    """Every tie word of the sentence stands in a relative clause (``…, which is twinned with …``): the clause
    before it states no tie."""
    spans = [(a, b) for a, b in pairwise(cuts) if re.match(r",\s+(?:which|who|whose)\b", ctx.text[a:b])]
    hits = [sent.start + t.start() for t in TIE_RE.finditer(sent.text)]
    return bool(hits) and bool(spans) and all(any(a <= h < b for a, b in spans) for h in hits)


def _subject_pair(ctx: Ctx, sent: Sentence, antecedent: URIRef) -> list[URIRef]:
    """The two places joined by ``and`` before a relative clause's antecedent (``Councillors from Ashford and
    Canterbury travelled to Bayeux``), else none."""
    cities = [m for m in ctx.in_sentence(sent, types=("City",)) if not m.qualifier]
    for x, y in pairwise(cities):
        if antecedent not in (x.iri, y.iri) and x.iri != y.iri and _PAIR_JOIN.fullmatch(ctx.text, x.end, y.start):
            return [x.iri, y.iri]
    return []


#: the words before a place named as a pair's partner (``twinned with``, ``travelled to``, ``twin town of``)
_PARTNER_SLOT = re.compile(r"\b(?:with|to|of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")


#: a relative clause listing what a count of ties includes (``, which include A in X, B in Y``)
_WHICH_INCLUDE = re.compile(r",\s+(?:which|that)\s+(?:now\s+)?(?:include|includes|included|are|were)\b")
#: a place that owns a count of ties, opening its clause (``Burnaby has eight sister cities``)
_COUNT_OWNER = re.compile(r"\s*(?:(?:Currently|Today|Now|At present|So far),\s+)?(?P<o>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|it|"
                          r"the\s+city)\s+(?:currently\s+|now\s+)?(?:has|have|maintains)\s+"
                          r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:[\w-]+\s+)?"
                          r"(?i:sister|twin|friendship|partner)")


def _sentence_subject(ctx: Ctx, m: Mention) -> bool:
    """``m`` opens its sentence (``Cincinnati originally signed …``): the subject a later ``it`` names."""
    sent = ctx.sentence_of(m.start)
    return sent is not None and not ctx.text[sent.start:m.start].strip()


def _bodies_blanked(ctx: Ctx, a: int, b: int) -> str:
    """The text ``a:b`` with the names of organisations that hold a tie word blanked (``the 50th anniversary of Sister
    Cities International``, ``the Saline-Lindenberg Friendship Committee``): a body's name states no tie."""
    text = things_blanked(ctx.text[a:b])  # (nor does a thing's: the Sister Cities Park)
    for m in ctx.mentions:
        if m.type == "Organization" and a <= m.start and m.end <= b and TIE_RE.search(m.surface):
            text = text[:m.start - a] + " " * (m.end - m.start) + text[m.end - a:]
    return text


def _coordinated(ctx: Ctx, parties: list[Mention], host: URIRef) -> set[URIRef]:
    """The parties joined to the host by ``and`` as one subject (``Ashford and Canterbury are twinned with Bayeux``,
    ``Delegations from Hythe and Folkestone visited their twin town of Seesen``), not one named ``with`` or ``to``."""
    out: set[URIRef] = set()
    for x, y in pairwise(parties):
        if x.iri == y.iri or host not in (x.iri, y.iri) or not _PAIR_JOIN.fullmatch(ctx.text, x.end, y.start):
            continue
        if x.iri == host and not _PARTNER_BEFORE.search(ctx.text, max(0, x.start - 12), x.start):
            out.add(y.iri)
    others = [m for m in parties if m.iri != host and m.iri not in out]
    if any(not _PARTNER_SLOT.search(ctx.text, max(0, m.start - 40), m.start) for m in others):
        return set()  # (A and B, and C and D signed …: no third party named as the pair's partner)
    return out


#: two tiers of one pair, each with its year (``became friendship cities in 1993 and sister cities in 1999``)
_TWO_TIERS = re.compile(r"\b(?P<k1>friendship|sister|twin)[- ](?:cit(?:y|ies)|towns?)\s+(?:in\s+)?(?P<y1>(?:19|20)\d{2})\b"
                        r"[^.;]{0,40}?\band\s+(?:then\s+|later\s+)?(?:became\s+|were\s+made\s+)?(?P<k2>friendship|sister|twin)"
                        r"[- ](?:cit(?:y|ies)|towns?)\s+(?:in\s+)?(?P<y2>(?:19|20)\d{2})\b", re.I)
#: a sentence that dates the bond it speaks of with no tie word of its own, by a formal verb: ``the relationship,
#: formalised in 1994, …`` (not ``began in 1995 as a student exchange``: an informal beginning)
_BOND_DATED = re.compile(r"\b(?:the|their|our|this|that|its)\s+(?:[a-z-]+\s+){0,2}(?:relationship|partnership|ties?|"
                         r"twinning|links?)\b[^.;]{0,60}?\b(?:formali[sz]ed|established|signed|forged|sealed|inked|"
                         r"concluded)\s+(?:in\s+|back\s+in\s+)?((?:19|20)\d{2})\b", re.I)
#: a tie told as renewed (the first signing a later sentence gives then dates it)
_RENEWED = re.compile(r"\b(?:renew(?:ed|s|ing)?|extend(?:ed|s|ing)?|reaffirm(?:ed|s|ing)?|re-?sign(?:ed|s|ing)?)\b", re.I)
#: the first signing of the bond a later sentence dates, whatever the tie's own sentence dates (a renewal):
#: ``The agreement was first signed on April 17, 1997.`` (not ``The agreement was signed on Monday.``)
_FIRST_SIGNED = re.compile(r"\b(?:the|their|this|that|its)\s+(?:(?:sister|twin|twinning|friendship|city|cities|town|"
                           r"sister-city|friendship-city)\s+){0,2}(?:agreement|pact|accord|charter|"
                           r"relationship|partnership|ties?|twinning)\s+(?:was|were|had\s+been)\s+(?:first|originally|"
                           r"initially)\s+(?:signed|established|formali[sz]ed|forged|sealed|inked|concluded)\s+"
                           r"(?:on\s+|in\s+|back\s+in\s+)?(?:" + _MONTH + r"\s+\d{1,2},?\s+|\d{1,2}\s+" + _MONTH +
                           r"\s+|" + _MONTH + r"\s+)?((?:19|20)\d{2})\b", re.I)


def date_the_one_tie(ctx: Ctx) -> None:
    """The year a later sentence gives the bond (``the relationship, formalised in 1994``) dates the article's
    tie when the article states one tie only and no year for it."""
    pairs = {frozenset((a, b)) for a, b, _k, _y, _s in ctx.reading.ties}
    if len(pairs) != 1 or any(y for _a, _b, _k, y, _s in ctx.reading.ties):
        return
    renewed = any(_RENEWED.search(s.text) for _a, _b, _k, _y, s in ctx.reading.ties) or \
        not any(re.search(r"\b(?:signed|inked|sealed)\b", s.text) for _a, _b, _k, _y, s in ctx.reading.ties)
    # (a fresh signing told in the tie's sentence is dated there: the first signing of a renewed tie only)
    first = next((m for sent in ctx.sentences if (m := _FIRST_SIGNED.search(sent.text)) is not None and
                  not any(x.iri not in next(iter(pairs)) for x in ctx.in_sentence(sent, types=("City",)))), None) \
        if renewed else None
    if first is not None:  # … renewed their pact on Monday. The agreement was first signed on April 17, 1997.
        ctx.reading.ties[:] = [(a, b, k, first.group(1), s) for a, b, k, _y, s in ctx.reading.ties]
        return
    if any(find_dates(s.text, published=ctx.article.published, anchor=ctx.anchor(), year=ctx.anchor_year(s.text)) for _a, _b, _k, _y, s in ctx.reading.ties):
        return  # … signed a sister city agreement on Monday: the article dates the tie's signing itself
    for sent in ctx.sentences:
        m = _BOND_DATED.search(sent.text)
        if m is None or TIE_RE.search(sent.text) or _NEGATED.search(sent.text[:m.start(1)]):
            continue
        if not any(x.iri not in next(iter(pairs)) and sent.start + m.start() <= x.start < sent.start + m.end()
                   for x in ctx.in_sentence(sent, types=("City",))):  # (the city's ties with Brisbane: another bond)
            ctx.reading.ties[:] = [(a, b, k, m.group(1), s) for a, b, k, _y, s in ctx.reading.ties]
            return


def _kind_before(ctx: Ctx, start: int, at: int | None, kind: str) -> str:
    """The kind of the tie word nearest before a partner in its clause (``its sister city A and its friendship
    city B``: B is a friendship city), else the clause's kind."""
    if at is None:
        return kind
    words = list(TIE_RE.finditer(ctx.text, start, at))
    while len(words) >= 2 and re.fullmatch(r"\s+(?:and|or|&)\s+|\s*/\s*", ctx.text[words[-2].end():words[-1].start()]):
        words.pop()  # sister and friendship cities: the words joined name either tier, the first one counts
    return (tie_kind(words[-1].group(0)) or kind) if words else kind


_SEGMENT_END = re.compile(r",\s+(?:and|but)\s+(?=[A-Z])|;")


def _segment_kind(ctx: Ctx, sent: Sentence, at: int | None, host: URIRef) -> str | None:
    """The tie kind of the part of the sentence (split at ``, and`` / ``, but`` before a new subject, or ``;``)
    that holds both the partner at ``at`` and its host: ``Monterrey is Laredo's first Friendship City partner, and
    Laredo has Sister City relationships with 9 other cities``: friendship."""
    if at is None:
        return None
    cuts = [sent.start] + [sent.start + m.end() for m in _SEGMENT_END.finditer(sent.text)] + [sent.end]
    if len(cuts) < 3:
        return None
    a, b = next(((x, y) for x, y in pairwise(cuts) if x <= at < y), (sent.start, sent.end))
    if not any(m.iri == host and a <= m.start < b for m in ctx.in_sentence(sent, types=("City",))):
        return None
    return tie_kind(ctx.text[a:b])


def _signed_relative_year(ctx: Ctx, clause: str) -> str | None:
    """The year of a signing the clause dates relatively (``signed a sister city agreement last October``,
    ``… in May last year``), counted from the article's date; None without a signing verb or such a date."""
    if not re.search(SIGN_VERB, clause):
        return None
    for d in find_dates(clause, published=ctx.article.published, anchor=ctx.anchor(), year=ctx.anchor_year(clause)):
        if re.search(r"\b(?:last|this|past)\b", d.text, re.I):
            return str(d.value.year)
    return None


def _own_years(ctx: Ctx, sent: Sentence, parties: list[Mention], host: URIRef, a: int, b: int) -> dict[URIRef, str]:
    """Each partner's own year, when partners and years alternate in the sentence's part ``a:b`` (``with A on May
    4, 1995, and with B in 2016``, ``a sister city of A in 2001, of B in 2010 and of C in 2018``): the year after a
    partner and before the next one is that partner's. Else nothing (one year for all, or none)."""
    others = sorted((m for m in parties if m.iri != host and a <= m.start - sent.start < b), key=lambda m: m.start)
    years = [(sent.start + y.start(), y.group(1)) for y in _YEAR.finditer(sent.text, a, b)]
    if len(others) < 2 or len(years) < 2:
        return {}
    own: dict[URIRef, str] = {}
    for m, nxt in zip(others, [*others[1:], None]):
        mine = [y for at, y in years if m.end <= at < (nxt.start if nxt is not None else sent.start + b)]
        if len(mine) != 1:
            return {}
        own[m.iri] = mine[0]
    return own


def _dated_parties(parties: list[Mention], host: URIRef, at: int | None) -> set[URIRef]:
    """The partners a sentence's year dates. A year written between partners dates only those before it
    (``a sister city agreement with A in 1976, the city has added B and C``); a year before every partner
    or after every partner dates them all (``since 1976 … A and B``, ``A and B … since 1989``)."""
    others = [m for m in parties if m.iri != host]
    if at is None:
        return set()
    before = {m.iri for m in others if m.end <= at}
    after = {m.iri for m in others if m.start > at}
    return before if before and after else before | after


def _second_city(ctx: Ctx, main: URIRef | None) -> URIRef | None:
    score: dict[URIRef, int] = {}
    for m in ctx.mentions:
        if m.type == "City" and not m.qualifier and m.iri != main:
            score[m.iri] = score.get(m.iri, 0) + 1
    return max(score, key=lambda i: score[i]) if score else None


def _told_owner(ctx: Ctx, partner: URIRef) -> URIRef | None:
    """The one town an earlier sentence tied ``partner`` to, if the article has told exactly one."""
    owners = {a if b == partner else b for a, b, *_ in ctx.reading.ties if partner in (a, b)}
    return owners.pop() if len(owners) == 1 else None


def _speaker_city(ctx: Ctx, sent: Sentence) -> URIRef | None:
    """The city of the person quoted in the paragraph (``…," says Corrigan``)."""
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    line_end = ctx.text.find("\n", sent.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    for m in ctx.mentions:
        if m.type == "Person" and line_start <= m.start < line_end and (
                re.search(r"\b(?:says|said)\s+(?:\w+\s+){0,2}$", ctx.text[max(line_start, m.start - 30):m.start]) or
                re.match(rf",?\s+(?:{SPEECH_VERBS})\b", ctx.text[m.end:m.end + 16])):  # (…," X said)
            body = ctx.person_body.get(m.iri)
            if body is not None and "/city/" in str(body):
                return body
    return None
