"""Organisations in English text: named bodies, not the city governments themselves.

Families: a capitalised name ending with an organisation head (``Burnaby Board of Trade``,
``Seoul Metropolitan Council``, ``Dobong-gu District Office``, ``World Taekwondo Federation``);
a head then ``of`` (``University of Seoul``, ``Friends of Alzey``); sector words before a city
(``Tourism and Sport Burnaby``); a name in apposition with an organisation noun (``CityNet, an
association of …``); the body of ``members of the X``; an acronym only where the text makes it one
(``(KOTRA)`` after a name, ``at KAIST``). ``the Changchun Municipal Government`` is the city itself.
"""
from __future__ import annotations

import re
from itertools import chain

from rdflib import URIRef

from ..vocab import minted
from .context import Mention
from .en_context import EnCtx as Ctx
from .en_people import members_listed, untitled_name
from .model import Entity, Span
from .patterns_en import (
    ACRONYM_STOP,
    CITY_GOVERNMENT,
    GROUP_POSSESSIVE,
    HONORIFIC_RE,
    LOWER_HEAD_TWINNING_BODY,
    NAME_STOP,
    NAMED_BODIES,
    ORG_APPOSITION,
    ORG_HEADS,
    ORG_MEMBER_OF,
    ORG_OF_HEADS,
    ORG_PEOPLE_OF,
    ORG_ROLE_PREFIX,
    ORG_SECTOR_LEADS,
    PLACE_BODY_HEADS,
    PLACE_LEVEL_WORDS,
    PLURAL_ORG_HEADS,
    PRE_ROLE_NOUNS,
    SITTING_AFTER,
    SITTING_OF_COUNCIL,
    TITLE_RE,
    WORD,
)
from .text_units import Sentence

#: (a group's possessive may be part of it: the Hoa Binh Provincial People's Committee, the Farmers' Union)
_HEADED = re.compile(rf"(?<![\w-])(?P<o>(?:(?:{GROUP_POSSESSIVE}|{WORD})\s+(?:(?:of|for)\s+(?:the\s+)?|(?:and|&)\s+|"
                     rf"(?:dos|das|do|da|de|del|du|upon|sur|am)\s+(?=[A-Z]))?){{1,6}}"
                     rf"(?:{ORG_HEADS}))(?![\w-])")
#: a mission's name, with the nation it is of (``Consulate General``, ``Embassy``, ``Consulate General of Vietnam``)
_MISSION_END = re.compile(r"(?:Consulate(?: General)?|Embassy|Consular Office|High Commission|Trade Office)$")
_MISSION = re.compile(r"(?:Consulate(?: General)?|Embassy|Consular Office|High Commission|Trade Office)"
                      r"(?:\s+of\s+(?:the\s+)?[^,;]+)?$")
#: the post a mission is at, after its name (``the Philippine Consulate General in Toronto``)
_MISSION_POST = re.compile(r"\s+in\s+")


#: a nation's body abroad, named with its post (``the American Chamber of Commerce in Taipei``, ``the Taipei Economic
#: and Cultural Office in Houston``, ``the American Institute in Taiwan``, ``the Korean Cultural Center in Sydney``)
_NATION_BODY = re.compile(r"(?:American|Korean|Japanese|Chinese|British|European|German|French|Canadian|Australian|Taipei|"
                          r"Taiwan|Korea|Japan|US|U\.S\.)\s")


def _with_post(ctx: Ctx, name: str, start: int) -> str:
    """A mission's name with its post when a town the article reads follows ``in`` (``the Consulate General of
    Vietnam in Fukuoka``; not ``the Korean Embassy in Washington Tuesday``'s weekday), and so a nation's body abroad
    (``the American Chamber of Commerce in Taipei``: a town or country, then a stop); any other name as it is."""
    mission = _MISSION.search(name) is not None
    post = _MISSION_POST.match(ctx.text, start + len(name)) if mission or (
        _NATION_BODY.match(name) and " with " not in name) else None  # (… for Friendship with X in Beijing: its seat)
    kinds = ("City",) if mission else ("City", "Country")
    town = next((x for x in ctx.mentions if x.type in kinds and x.start == post.end()), None) if post else None
    if town is not None and not mission and not re.match(r"\s*(?:[,.;:)]|$)", ctx.text[town.end:town.end + 2]):
        town = None  # (the American Chamber of Commerce in Seoul on Friday: the body's meeting place)
    return ctx.text[start:town.end] if town is not None else name
#: a possessive right after a body's ``for …`` field: the field owns what follows, so it is a purpose, no part of the
#: name (``the Twinning Association for the St Patrick's Day festival``; ``the Association for Tourism`` keeps it)
_PURPOSE_OWNED = re.compile(r"['’]s?\b")
#: what names a body after its head: ``… Department of Commerce``, ``… University of Foreign Studies``
_FIELD_WORD = rf"(?:{GROUP_POSSESSIVE}|{WORD}(?!\.\w))"  # (no initial: the Energy Committee of Novosibirsk M.A.Grekhov, a name after it)
#: a field's own field after a body's field (``the China Council for the Promotion of International Trade``)
_FIELD_OF_FIELD = rf"(?:\s+of\s+(?:the\s+)?{WORD}(?:\s+(?:(?:and|&)\s+)?{WORD}){{0,2}}(?=\s+[a-z]|[,.;)]|$))?"
#: (``the Ministry for Development of Communities and Territories``: the field's field may join two words; not a
#: second name after ``and``: ``the School of Irish Dance and American Irish Acoustic band``)
_OF = re.compile(rf"\b(?P<o>(?:(?:{WORD}\s+){{0,2}}(?<![\w-]))(?:{ORG_OF_HEADS})\s+(?:of|for)\s+(?:the\s+)?{_FIELD_WORD}"
                 rf"(?:\s+(?:(?:and|&)\s+(?!{WORD}\s+{WORD}\s+{WORD}\s+[a-z]))?{_FIELD_WORD}){{0,3}}"
                 rf"{_FIELD_OF_FIELD}"
                 rf"(?:\s+at\s+{WORD}(?:\s+{WORD})?(?<=\w)(?=\W|$)(?<!\bat\s)|,\s+{WORD}(?=,|\s+and\b))?)")  # … of Texas at Austin
#: with whom a body's friendship is (``the Chinese People's Association for Friendship with Foreign Countries``)
_FRIENDSHIP_WITH = rf"(?:(?<=Friendship)|(?<=Cooperation)|(?<=Solidarity)|(?<=Relations))\s+with\s+(?:the\s+)?{WORD}(?:\s+{WORD}){{0,2}}"
_OF_AFTER_HEAD = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{_FIELD_WORD}(?:\s+(?:(?:and|&)\s+(?!{WORD}\s+{WORD}\s+{WORD}\s+[a-z]))?"
                            rf"{_FIELD_WORD}){{0,3}}(?:\s+{_FIELD_WORD})?"
                            rf"(?:{_FRIENDSHIP_WITH})?{_FIELD_OF_FIELD}(?:\s+(?:city|province)(?![\w-]))?")  # (the People's Committee of Vung Tau city)
#: a city's sister-city association named ``Sister Cities <City>`` or ``Sister Cities of <City>`` (the city a
#: mention already): the body, not the city (``Sister Cities International`` is read as a known body)
#: who belongs to a body named after it (``… Sister Cities president``, ``… board``)
_BODY_PEOPLE_AFTER = r"[Pp]resident|[Cc]hair\w*|[Bb]oard|[Mm]embers?|[Vv]olunteers?|[Dd]irector|[Cc]oordinator|[Ee]xecutive"
#: a headline's verb right before ``Sister City X`` (``… Visits Sister City Salem``, ``Welcomes``, ``Meets``)
_HEADLINE_VERB_BEFORE = re.compile(r"\b(?:Visits?|Welcomes?|Meets?|Hosts?|Thanks?|Greets?|Honou?rs?|Joins?|Signs?|"
                                   r"Returns?|Travels?|Heads?|To|With|From|And|In)\s+$")
_SISTER_CITIES_OF = re.compile(rf"(?<![\w-])(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!['’]s\s)(?<!\bthe\s)(?<!\btwo\s)"
                               rf"Sister Cit(?:y|ies)\s+(?:of\s+)?(?P<c>(?!International\b){WORD}(?:\s+{WORD})?)"
                               rf"(?=\s*(?:,|\(|['’]s\b|$)|\s+(?:{_BODY_PEOPLE_AFTER}|is|was|has|have|will|said|hosted|organi[sz]ed|"
                               r"sponsored|arranged)\b)")
#: a city's sister-city body named ``<City> Sister Cities`` (``President of Decatur Sister Cities``), the name ending
#: there (not ``… Sister Cities International`` or ``… Sister Cities Association``, read whole elsewhere)
_CITY_SISTER_CITIES = re.compile(rf"(?:(?<=\bof\s)|(?<=\bat\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\bthe\s))(?P<c>{WORD}(?:\s+{WORD})?)\s+Sister\s+Cities(?![\w-])"
                                 rf"(?=\s*(?:[,.;:(]|['’]s\b|$)|\s+(?:{_BODY_PEOPLE_AFTER})\b)")
#: (only after ``of``, ``at``, ``by``, ``for``, ``the``: ``Chicago Sister Cities is celebrating … with Shanghai`` opens a
#: sentence whose ties are the city's; anywhere when one of its people follows: ``Decatur Sister Cities president X``)
_CITY_SISTER_CITIES_PEOPLE = re.compile(rf"(?<![\w-])(?<!\band\s)(?<!,\s)(?P<c>{WORD}(?:\s+{WORD})?)\s+Sister\s+Cities(?![\w-])"
                                        rf"(?=\s+(?:{_BODY_PEOPLE_AFTER})\b)")
#: a nationality's adjective opening a name in small letters after it (``A Japanese friendship group``)
_DEMONYM_LEAD = re.compile(r"(?:The\s+|A\s+|An\s+)?[A-Z][a-z]+(?:ese|ian|an|ish|ic|i)\s+[a-z]")
#: a title and ``of`` before a body's name, no part of it (``Chairman of the …``, ``President and CEO of …``)
_TITLE_OF_LEAD = re.compile(rf"^(?:(?:(?:Acting|Interim|Former|Outgoing|Incoming|Senior)\s+)?(?:{TITLE_RE}|"
                            r"(?:[A-Z][a-z]+\s+){0,3}(?:Chief|Head|Director|Commissioner|Secretary|Manager|Officer))\s+"
                            rf"(?:and\s+(?:{TITLE_RE})\s+)?(?:of|at|for)\s+(?:the\s+)?)+")
#: (``Acting Chief Executive of the Bank of China``: the bank; ``Commercial Section Chief of the American Institute``: the
#: institute, an office word ending the words before it)
#: a title (or an office word) inside a body's field: the field ends before it
_TITLE_IN_FIELD = re.compile(rf"\s+(?:{TITLE_RE}|Secretary|Superintendent|Commissioner|Director|Chief|Head|Officer|Manager)\b")
#: a title written at a place (its words may hold an organisation's head: ``Council leader``)
_TITLE_AT = re.compile(rf"(?:{TITLE_RE})(?![\w-])")
#: a room or building named after the body that sits in it (``Council Chambers``, ``Assembly Hall``)
_ROOM_AFTER = re.compile(r"\s+(?:Chambers?|Hall|Building|Auditorium|Room)\b")
_VENUE_HEAD = re.compile(r"(?:Center|Centre|Hall|Museum|Stadium|Hotel|Office)$")
#: a capitalised word right before ``Visit`` that is no function word: a headline's subject, so Visit is its verb
_HEADLINE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?!(?:The|To|And|Of|From|With|By|At|In|For|On)\s)[A-Z][\w'’-]*\s+$")
#: the words that open a list of bodies (``including Te Puia and QE Hospital``)
_LIST_OPENER_BEFORE = re.compile(r"\b(?:including|such as|namely|as well as)\s+(?:the\s+)?$")
_SECTOR = re.compile(rf"(?=\b(?P<o>(?:{ORG_SECTOR_LEADS})(?:\s+(?:and|&)\s+(?:{ORG_SECTOR_LEADS}))*\s+(?P<c>{WORD})))")
_APPOS = re.compile(rf"(?:\bthe\s+)?(?P<o>{WORD}(?:\s+{WORD}){{0,3}}),\s+(?:an?|the)\s+(?:\w+\s+){{0,2}}(?:{ORG_APPOSITION})\b"
                    r"(?!['’]s)")  # (Owen Tate, the council's governance manager: a person of the council)
_MEMBERS = re.compile(rf"\b(?:{ORG_MEMBER_OF})\s+(?:of|from)\s+the\s+(?P<o>{WORD}(?:\s+{WORD}){{0,4}})")
#: the end of a paragraph right after an acronym in brackets (``… of both parties. (FREEMAN)``)
_CREDIT_AFTER = re.compile(r"\)\s*(?:\n|$)")
_ACRONYM = re.compile(r"(?:\b(?:at|of|by|from|with)\s+(?:the\s+)?|\()(?P<o>[A-Z]{3,8})\b")
#: a phrase of time or place opening a sentence before its comma (``In February,``, ``Last week,``, ``On Monday,``)
_TIME_OPENER = re.compile(r"(?:In|On|At|During|After|Before|Since|Last|Next|Earlier|Later|Early|Late|By|Until)\s|"
                          r"(?:This|That|Past|Coming)\s+(?:week|month|year|morning|afternoon|evening|spring|summer|fall|autumn|"
                          r"winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                          r"May|June|July|August|September|October|November|December)\b")
_LEADING = re.compile(r"^(?:The|A|An|Both|Each|On|In|At|During|With|From|And)\s+")
#: a participle opening a sentence before a body's name (``Representing Lowestoft Town Council``)
_PARTICIPLE = re.compile(r"^(?!(?:Standing|Steering|Organizing|Organising|Governing|Founding|Working|Planning|Advisory)\s)"
                         r"([A-Z][a-z]{2,}ing)\s+")  # (a Standing, Steering, Organizing Committee: part of the name)
_GOV = re.compile(rf"(?:{CITY_GOVERNMENT})$")
#: people named before ``of the`` and a body: ``Ann Bell and Tom Ford of the …`` (each a first name and a surname)
_PEOPLE_OF_THE = re.compile(rf"{WORD}\s+{WORD}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+){WORD}\s+{WORD})*\s+of\s+the\s+")


def _field_before_title(of: str) -> str:
    """`` of Commerce Secretary Ellen Roe`` → `` of Commerce``: a body's field ends before a title (and the name
    after it); nothing when no word of the field is left.

    >>> _field_before_title(" of Commerce Secretary Ellen Roe"), _field_before_title(" of Foreign Studies")
    (' of Commerce', ' of Foreign Studies')
    """
    cut = _TITLE_IN_FIELD.search(of)
    field = of[:cut.start()] if cut is not None else of
    return field if re.search(r"(?:of|for)\s+(?:the\s+)?\S", field) else ""


#: an abbreviation that opens the next name (``… of Minnesota and St. Anthony Middle School``): the body's name ends
#: before ``and``; a name right after one takes it (``St. Anthony Middle School``)
_ABBREVIATED_LEAD = re.compile(r"\s+(?:and|&)\s+(?:St|Mt|Ft|Ste)$")
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:St|Mt|Ft|Ste)\.\s$")


_SPELLED_WORDS = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|&)\s+){0,2}){0,6}[A-Z][\w'’.-]*)\s*$")


def _initials_spell(words: list[str], acronym: str) -> bool:
    """Whether capitalised words spell an acronym by their first letters, or one long word holds its letters in
    order from its first (``Kuomintang``: KMT).

    >>> _initials_spell(["Global", "Social", "Economy", "Forum"], "GSEF"), _initials_spell(["Kuomintang"], "KMT")
    (True, True)
    >>> _initials_spell(["Taipei", "City"], "KMT"), _initials_spell(["Mayor"], "MR")
    (False, False)
    """
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) >= 2:
        return "".join(w[0] for w in caps).upper() == acronym.upper()
    if len(caps) != 1 or len(caps[0]) < 6 or caps[0][0] != acronym[0]:
        return False
    rest = iter(caps[0][1:].lower())
    return all(ch in rest for ch in acronym[1:].lower())


def _spelled_out(ctx: Ctx, acronym: str, bracket: int) -> tuple[str, int] | None:
    """(name, start) of the capitalised words right before ``(ACRONYM)`` that spell it, else None."""
    m = _SPELLED_WORDS.search(ctx.text, max(0, bracket - 90), bracket)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words)):  # the shortest tail of the words that spells it (no lead-in: the council's X (Y))
        tail = words[k:]
        if tail[0][:1].isupper() and _initials_spell(tail, acronym):
            name = " ".join(tail)
            start = ctx.text.rfind(name, 0, bracket)
            if any(x.start < start + len(name) and start < x.end and x.type in ("Person", "City", "Country", "Event")
                   for x in ctx.mentions):
                return None
            return name, start
    return None


#: the field of a title's office run into the council's name (``Director of Services Longford County Council``, ``Director
#: of Housing and Community Fingal County Council``): the field is the title's, the council the body
_FIELD_LEAD = re.compile(r"^(?:(?:Services|Finance|Housing|Planning|Operations|Community|Corporate|Economic|Development|"
                         r"Tourism|Culture|Environment|Infrastructure|Transport)(?:\s+and\s+|\s+))+"
                         r"(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:County|City|Town|District|Borough|Municipal)\s+Council\b)")


#: an officer's title and ``of`` right before a body's name: a name after the body is the officer's
_TITLE_OF_BEFORE = re.compile(rf"(?i:\b(?:{TITLE_RE}))\s+of\s+(?:the\s+)?$")
#: a person's name, two or three words with no body's word, after the place that ends a body's name
_NAME_AFTER_PLACE = re.compile(rf"\s+(?!(?:{ORG_HEADS})\b)[A-Z][a-z][\w'’-]*(?:\s+(?!(?:{ORG_HEADS})\b)[A-Z][a-z][\w'’-]*){{1,2}}")


def _add(ctx: Ctx, name: str, s: int) -> None:
    field = _FIELD_LEAD.match(name) if re.search(r"\bof\s+$", ctx.text[max(0, s - 4):s]) else None
    if field is not None:
        name, s = name[field.end():], s + field.end()
    cut = _ABBREVIATED_LEAD.search(name)
    if cut is not None and ctx.text.startswith(".", s + len(name)):
        name = name[:cut.start()]  # the University of Minnesota and St. Anthony Middle School: two bodies
    lead = _ABBREVIATION_BEFORE.search(ctx.text, max(0, s - 4), s)
    if lead is not None:
        name, s = ctx.text[lead.start():s] + name, lead.start()
    pronoun = re.match(r"(?:His|Her|Their|Its|Our|My|Your)\s+", name)
    if pronoun is not None:  # His Granard Municipal District colleague: the pronoun is no part of the name
        name, s = name[pronoun.end():], s + pronoun.end()
    e = s + len(name)
    place = next((m for m in ctx.mentions if m.type == "City" and s < m.start and m.end < e and
                  re.search(r"\sof\s+(?:the\s+)?$", ctx.text[s:m.start]) and
                  _NAME_AFTER_PLACE.fullmatch(ctx.text, m.end, e) and (untitled_name(ctx, ctx.text[m.end:e].strip()) or
                                                                        _TITLE_OF_BEFORE.search(ctx.text, max(0, s - 60), s))),
                 None)
    if place is not None:  # the Trade Bureau of Guangzhou Petra Kaiser: the body ends with its place, a name follows
        name, e = ctx.text[s:place.end], place.end
    if name in NAME_STOP:
        return  # Whereas, …: a word that names nothing
    if SITTING_OF_COUNCIL.fullmatch(name) and SITTING_AFTER.match(ctx.text, e):
        return  # last week's Special Council meeting, the Ordinary Council session: a sitting, no body
    if any(c.type == "Country" for c in ctx.gz.lookup(re.sub(r"^the\s+", "", name), lang="en")):
        return  # the Russian Federation, the United Arab Emirates: a country, no organisation
    if any(m.start < e and s < m.end and m.type in ("Organization", "Person") for m in ctx.mentions):
        return
    whole = _named_in_full_before(ctx, name, s, e)
    if whole is not None:  # the municipal People's Committee, after the People's Committee of Ho Chi Minh City
        ctx.mentions.append(Mention(s, e, name, whole, "Organization", "org"))
        return
    iri = minted("org", name)
    ctx.mentions.append(Mention(s, e, name, iri, "Organization", "org"))
    ctx.entity(Entity(iri, "Organization", name, lang="en", mentions=[Span(s, e)]))


#: the kinds of body a place's government has, which an article names in full once and then bare (``the People's
#: Committee of Ho Chi Minh City`` … ``the municipal People's Committee``)
_GOVERNMENT_BODY_KINDS = re.compile(r"People['’]s\s+(?:Committee|Council|Government|Congress|Assembly)")


def _named_in_full_before(ctx: Ctx, name: str, s: int, e: int) -> URIRef | None:
    """The one body of its kind the article named in full before, when ``name`` is that kind alone (``People's
    Committee``, written at ``s:e``); none when it named two (which one is not said), nor a nation's (``the National
    People's Congress``), nor when the place is named with it (``… of Qingdao``, ``Hue, where the provincial …``)."""
    if not _GOVERNMENT_BODY_KINDS.fullmatch(name) or re.match(r"\s+of\s+[A-Z]", ctx.text[e:e + 8]) or \
            re.search(r"\bwhere\b", ctx.text[max(0, s - 60):s]):
        return None  # (the People's Congress of Qingdao: named in full here; … to Hue, where the provincial …: Hue's)
    kind = name.split()[-1]
    full = {m.iri for m in ctx.mentions if m.type == "Organization" and m.surface != name and "National" not in m.surface
            and any(k.group(0).split()[-1] == kind for k in _GOVERNMENT_BODY_KINDS.finditer(m.surface))}
    return next(iter(full)) if len(full) == 1 else None


#: time words that open a sentence before a body's name (``Last Saturday Kilkenny Twinning committee hosted …``)
_TIME_LEAD = re.compile(r"(?:Yesterday|Today|Tomorrow|Tonight|Last|Next|This|Earlier|Later|Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday|Recently|Meanwhile)\s+")


#: the words that open a nation's long name (``the Republic of Korea``, ``the Kingdom of Thailand``)
_NATION_LEAD = re.compile(r"(?:Republic|People['’]s\s+Republic|Kingdom|Federal\s+Republic|Socialist\s+Republic)\b")


def _nation_cut(ctx: Ctx, name: str, start: int) -> int | None:
    """Where ``of (the) <nation>`` starts in ``name`` (written at ``start``): the nation the body is in, no part of its
    name (``the Sacheon City Council of the Republic of Korea``, ``… of Japan``), else None."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        if _NATION_LEAD.match(name, m.end()) or any(x.type == "Country" and x.start == start + m.end()
                                                     for x in ctx.mentions):
            return m.start()
    return None
_PLURAL_HEAD = "|".join(sorted(map(re.escape, PLURAL_ORG_HEADS), key=len, reverse=True))
_LIST = rf"(?P<l>{WORD}(?:,\s+{WORD})*,?\s+(?:and|&)\s+{WORD})"
#: ``the Universities of Leeds, Bradford and Huddersfield`` (head first) and ``Kirklees and Bradford councils`` (after)
_HEAD_THEN_PLACES = re.compile(rf"\b(?P<h>{_PLURAL_HEAD})\s+of\s+{_LIST}")  # (capitalised: the Universities of …)
_PLACES_THEN_HEAD = re.compile(rf"(?<![\w-]){_LIST}\s+(?P<h>{_PLURAL_HEAD})\b")


#: plural heads of schools, named after a place or anything else (``Howick and Pakuranga Colleges``)
_SCHOOL_HEADS = frozenset({"College", "High School"})
#: words that describe schools, never name one (``Many and Various Colleges``, ``Public and Private High Schools``)
_NO_SCHOOL_NAME = frozenset("many various several other both all some two three four local private public national "
                            "regional state community technical junior senior city town boys girls elementary middle "
                            "primary secondary high engineering medical government art arts science sciences music "
                            "agricultural catholic anglican methodist baptist christian islamic muslim state-run "
                            "international bilingual language".split())


def _plural_bodies(ctx: Ctx, sent: Sentence) -> None:
    """One body for each place a plural head lists (``the Universities of Leeds, Bradford and Huddersfield``): the
    University of Leeds … (the places only name the bodies: no parties). Only places the article reads as places."""
    for rx, head_first in ((_HEAD_THEN_PLACES, True), (_PLACES_THEN_HEAD, False)):
        for m in rx.finditer(sent.text):
            if head_first and m.group("h")[0].islower():
                continue  # (the councils of Leeds and Bradford met: the councils spoken of, not their names)
            head = PLURAL_ORG_HEADS[m.group("h")]
            for w in re.finditer(WORD, m.group("l")):
                s = sent.start + m.start("l") + w.start()
                place = next((x for x in ctx.mentions if x.type == "City" and x.start == s and x.end == s + len(w.group(0))),
                             None)
                if place is None and (head_first or head not in _SCHOOL_HEADS or w.group(0) in NAME_STOP
                                      or w.group(0).lower() in _NO_SCHOOL_NAME
                                      or re.search(r"(?:ese|ian|ish|ic|ean)$", w.group(0))):
                    # (Japanese and Korean High Schools, Catholic and Anglican Colleges: kinds of school, no names)
                    continue  # (Howick and Pakuranga Colleges: schools are named after anything, a place or not)
                name = f"{head} of {w.group(0)}" if head_first else f"{w.group(0)} {head}"
                iri = minted("org", name)
                if place is not None:
                    place.qualifier = True
                    place.via_title = True
                end = s + len(w.group(0))
                ctx.mentions.append(Mention(s, end, name, iri, "Organization", "org"))
                ctx.entity(Entity(iri, "Organization", name, lang="en", mentions=[Span(s, end)]))


_PLACE_BODY = re.compile(rf"(?<![\w-])(?P<o>(?P<c>{WORD}(?:\s+{WORD}){{0,2}})\s+(?P<l>{PLACE_LEVEL_WORDS})\s+"
                         rf"(?:{PLACE_BODY_HEADS}))(?![\w-])")


def _place_bodies(ctx: Ctx, sent: Sentence) -> None:
    """A place's body named with a lower-case word of its level (``the Binh Dinh provincial People's Committee``,
    ``Koronadal city council``): a body when the words before are a place the article reads."""
    for m in _PLACE_BODY.finditer(sent.text):
        ends = (sent.start + m.end("c"), sent.start + m.end("l"))  # (the place may be read with its level: Gimhae city)
        place = next((x for x in ctx.mentions if x.type == "City" and x.end in ends and x.start >= sent.start + m.start("c")),
                     None)
        if place is not None:
            _add(ctx, ctx.text[place.start:sent.start + m.end("o")], place.start)


#: a company written with its legal form after a comma (``Yamaha Music Philippines, Inc.``, ``Hanwha Solutions Co., Ltd.``)
_COMPANY = re.compile(rf"(?<![\w-])(?P<o>{WORD}(?:\s+{WORD}){{0,4}},?\s+(?:Inc\.|Ltd\.|Co\.,?\s+Ltd\.?|Corp\.|LLC|PLC|GmbH|"
                      r"Pte\.?\s+Ltd\.?|S\.A\.))")


#: the heads of a body that may govern two areas named together (``Perth and Kinross Council``, ``Weymouth and Portland
#: Borough Council``)
_JOINT_AREA_HEAD = re.compile(r"\b(?:Council|Government|Borough|Authority|Municipality|Corporation|Assembly|District|"
                              r"County|Region)$")


def _place_word_at(ctx: Ctx, pos: int) -> bool:
    """A place starts at ``pos`` (the second of two towns a joint body is named after: ``Huntingdon and
    Godmanchester Twinning Association``)."""
    word = re.match(rf"{WORD}", ctx.text[pos:])
    return any(x.type == "City" and x.start == pos for x in ctx.mentions) or (
        word is not None and any(c.type == "City" for c in ctx.gz.lookup(word.group(0), lang="en")))


#: ``and`` joining two names (``Ulsan Metropolitan City and Pune …``), up to the second
_JOINED_AFTER = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")
#: a nation's body opening the name after ``and`` (``… India and Ministry of Foreign Affairs``)
_MINISTRY_HEAD = re.compile(r"(?:the\s+)?(?:Ministry|Department|Bureau|Office|Embassy|Consulate)\b")


def _countries_differ(ctx: Ctx, a: Mention, b: Mention) -> bool:
    """Whether the tables place the towns of ``a`` and ``b`` in two different countries (both known)."""
    ca, cb = ctx.gz.by_iri.get(a.iri), ctx.gz.by_iri.get(b.iri)
    return ca is not None and cb is not None and bool(ca.country) and bool(cb.country) and ca.country != cb.country


def read_orgs(ctx: Ctx, sent: Sentence) -> None:
    """The organisations one sentence names."""
    t, base = sent.text, sent.start
    _plural_bodies(ctx, sent)
    _place_bodies(ctx, sent)
    for m in _COMPANY.finditer(t):  # Yamaha Music Philippines, Inc.: the company with its legal form
        name = m.group("o")
        while (lead := _LEADING.match(name)) is not None:
            name = name[lead.end():]
        if len(name.split()) >= 2:
            _add(ctx, name, base + m.end("o") - len(name))
    for m in _SISTER_CITIES_OF.finditer(t):  # Sister Cities Riverside, Sister Cities of Fresno: a city's association
        if m.group(0).startswith("Sister City ") and _HEADLINE_VERB_BEFORE.search(t, 0, m.start()):
            continue  # Delegation Visits Sister City Salem (a headline): the partner town, no body
        if any(x.type == "City" and x.start == base + m.start("c") for x in ctx.mentions):
            _add(ctx, m.group(0), base + m.start())
    for m in chain(_CITY_SISTER_CITIES.finditer(t), _CITY_SISTER_CITIES_PEOPLE.finditer(t)):
        # Decatur Sister Cities: the city's sister-city body
        if any(x.type == "City" and x.end == base + m.end("c") for x in ctx.mentions):
            start = next(x.start for x in ctx.mentions if x.type == "City" and x.end == base + m.end("c"))
            if re.search(r"\b(?:[Ff]ormer|[Ee]x-?|[Ll]ate)\s*$", ctx.text[max(0, start - 8):start]):
                continue  # Former Springfield Sister Cities president X: a post once held, no body of hers now
            _add(ctx, ctx.text[start:base + m.end()], start)
    for m in LOWER_HEAD_TWINNING_BODY.finditer(t):  # the Locquirec Town Twinning committee: the body, its head lowercase
        name = m.group("o")
        if _DEMONYM_LEAD.match(name):
            continue  # a Japanese friendship group: a kind of group, no town's body
        while (lead := _LEADING.match(name) or _TIME_LEAD.match(name)) is not None:
            name = name[lead.end():]  # (Last Saturday Kilkenny Twinning committee …: the time is no part of it)
        if len(name.split()) >= 3:
            _add(ctx, name, base + m.end("o") - len(name))
    for m in _HEADED.finditer(t):
        name = _TITLE_OF_LEAD.sub("", m.group("o"))
        if re.search(rf"\b(?:{TITLE_RE})\b", name) and " and " in name:
            name = name.rsplit(" and ", 1)[1]  # Deputy Mayor Jeon and Nam-gu Council: the body after 'and' (the
            # title of a body goes first: Director of the Convention and Tourism Committee keeps its 'and')
            name = _TITLE_OF_LEAD.sub("", name)  # (Governor X and Chairman of the Fukuoka Prefectural Assembly)
        name = re.sub(rf"^(?i:{ORG_PEOPLE_OF})\s+(?:of|from)\s+(?:the\s+)?", "", name)
        went = re.match(r"^(?P<p>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+for\s+(?:the\s+)?(?=[A-Z])", name)
        if went is not None and ctx.gz.lookup(went.group("p"), lang="en"):
            name = name[went.end():]  # flew to Ohio for the Sister Cities International summit: the place is no part
        name = ORG_ROLE_PREFIX.sub("", name)  # President and Editor of the X Shimbun: the paper is X Shimbun
        lead_title = _TITLE_AT.match(name)
        tail = re.search(r"\s(?:of|at)\s+(?:the\s+)?(?=[A-Z])(?!.*\s(?:of|at)\s+(?:the\s+)?[A-Z])", name)
        if lead_title is not None and tail is not None and tail.start() > lead_title.end():
            name = name[tail.end():]  # Council President Jane Roe of the Kelowna City Council: the council
        while (lead := _LEADING.match(name)) is not None:
            name = name[lead.end():]
        people = _PEOPLE_OF_THE.match(name)
        if people is not None and not re.search(rf"\b(?:{ORG_HEADS}|{ORG_OF_HEADS}|{TITLE_RE})\b", people.group(0)):
            name = name[people.end():]  # Ann Bell and Tom Ford of the Leeds Twinning Association: the association
        part = _PARTICIPLE.match(name)
        if part is not None and not ctx.gz.lookup(part.group(1), lang="en") and " " in name[part.end():]:
            name = name[part.end():]  # (but the Reading Borough Council: Reading is a town; Twinning Association
            # Chairman X: a body's name is never its bare head)
        if len(name.split()) < 2 or _GOV.search(name) or re.match(r"^(?:City|County|Town)\s", name):
            continue
        at = base + m.start("o") + m.group("o").index(name)
        person_first = re.match(rf"^{WORD}(?:\s+{WORD}){{1,2}}\s+and\s+(?=\S)", name)
        if person_first is not None and re.search(rf"\b(?i:{TITLE_RE}|{PRE_ROLE_NOUNS})\s+(?:{HONORIFIC_RE.pattern}\s+)?$",
                                                  ctx.text[max(0, at - 30):at]):
            name = name[person_first.end():]  # Dieppe mayor Paul Girard and Crawley Borough Council leader …: a person first
            if " " not in name:
                continue  # (Mayor Mr. Takeshi Sakamoto and Assembly Members …: a person, then a plural title)
        town_first = re.match(rf"^(?P<a>{WORD}(?:[ -]{WORD}){{0,2}})\s+and\s+(?=[A-Z])"
                              r"(?!(?:District|Districts|Area|Region|Surrounding|Villages|Environs)\b)", name)
        if town_first is not None and not _JOINT_AREA_HEAD.search(name) and len(name[town_first.end():].split()) >= 2 \
                and re.search(r"\b(?i:city|town)\s+of\s+$", ctx.text[max(0, at - 10):at]) and \
                not _place_word_at(ctx, at + town_first.end()):
            name = name[town_first.end():]  # the city of Port Angeles and Peninsula Relations Association: the town the
            at += town_first.end()  # text calls a city, then a body (not Perth and Kinross Council, one council of two
            # areas; nor Chelsea and Westminster Hospital, Brighton and Sussex Medical School: bodies named after two)
        city_first = next((x for x in ctx.mentions if x.type == "City" and x.start == at and x.end < at + len(name)
                           and _JOINED_AFTER.match(ctx.text, x.end)), None)
        if city_first is not None:
            joined_at = _JOINED_AFTER.match(ctx.text, city_first.end).end()  # type: ignore[union-attr]  # matched above
            body_words = ctx.text[joined_at:at + len(name)]
            second = next((x for x in ctx.mentions if x.type == "City" and x.start == joined_at), None)
            if len(body_words.split()) >= 2 and re.search(rf"\b(?:{ORG_HEADS})$", body_words) and \
                    second is not None and second.iri != city_first.iri and (
                    re.search(r"\s(?:City|Metropolitan City|Special City|County|Province|Prefecture|Municipality)$",
                              city_first.surface) or _countries_differ(ctx, city_first, second)):
                name, at = body_words, joined_at  # the Ulsan Metropolitan City and Pune Municipal Corporation: a
                # city the text names whole with its level, then a body (not Perth and Kinross Council, one council
                # of two areas, nor Brighton and Hove City Council); Ulsan and Pune Municipal Corporation: towns of two
                # countries
        nation_first = next((x for x in ctx.mentions if x.type == "Country" and x.start == at
                             and (j := _JOINED_AFTER.match(ctx.text, x.end)) is not None
                             and _MINISTRY_HEAD.match(ctx.text, j.end())), None)
        if nation_first is not None:  # … Ministry of Home Affairs, India and Ministry of Foreign Affairs: the nation
            joined_at = _JOINED_AFTER.match(ctx.text, nation_first.end).end()  # type: ignore[union-attr]  # matched
            name, at = ctx.text[joined_at:at + len(name)], joined_at  # ends the body before, no part of this one
        listed = _LIST_OPENER_BEFORE.search(ctx.text, max(0, at - 30), at) is not None
        pair = re.match(rf"^(?P<a>.+?(?:{ORG_HEADS}))\s+and\s+(?P<b>.+)$", name) or \
            re.match(rf"^(?P<a>(?:{ORG_OF_HEADS})\s+of\s+(?:the\s+)?{WORD}(?:\s+{WORD}){{0,2}})\s+and\s+"
                     rf"(?P<b>{WORD}(?:\s+{WORD})*\s+(?:{ORG_HEADS}))$", name) or \
            re.match(rf"^(?P<a>{WORD}(?:\s+{WORD})+)\s+and\s+(?P<b>[Tt]he\s+{WORD}\s+.+)$", name) or \
            (re.match(rf"^(?P<a>{WORD}(?:\s+{WORD})+)\s+and\s+(?P<b>.+)$", name) if listed and not any(
                x.type in ("City", "Country") and x.start == at for x in ctx.mentions) else None)
        # (including Te Puia and QE Hospital: items of a list, each its own body; not Suwon Arts and Culture
        # Foundation, a body named after its place first)
        # (the Cork Chamber and the Tyndall National Institute: two bodies, each named whole)
        if pair and len(pair.group("b").split()) >= 2:  # the Mexican Embassy and Samsung Electronics: two bodies
            _add(ctx, pair.group("a"), base + m.start("o") + m.group("o").index(name))
            name = pair.group("b")
        s = base + m.start("o") + m.group("o").index(name)
        if any(x.type == "Person" and s <= x.start < s + len(name) for x in ctx.mentions):
            continue
        title = _TITLE_AT.match(ctx.text, s)
        if title is not None and title.end() >= s + len(name):
            continue  # Deputy Council leader X, the Leader of the Council: a title, no body
        if _VENUE_HEAD.search(name) and re.search(r"\b(?:at|in|inside)\s+(?:the\s+)?$", t[:s - base]):
            continue  # at the Daejeon Convention Center: a venue, not a body
        if _ROOM_AFTER.match(ctx.text, s + len(name)):
            continue  # the Pittsburgh Council Chambers: the room a body sits in, a venue
        mission = _MISSION_END.search(name) is not None
        of = _OF_AFTER_HEAD.match(ctx.text, s + len(name))
        field = _field_before_title(of.group(0)) if of is not None else ""
        if field and members_listed(ctx, name, s + len(name)) is not None:
            field = ""  # the X Twinning Committee of Sean Nolan, Sheila Mooney and …: its members, no part of its name
        if field and of is not None and _PURPOSE_OWNED.match(ctx.text, of.end()) and field.lstrip().startswith("for"):
            field = ""  # the X Twinning Association for the St Patrick's Day festival: what it came for
        town_after = re.match(r"\s+of\s+(?:the\s+)?", field) if field and name.endswith("School") else None
        if town_after is not None and any(x.type == "City" and x.start == s + len(name) + town_after.end()
                                          for x in ctx.mentions):
            field = ""  # the Ridgeway School of Coventry: a school in a town, the town stays a town
        if field and re.search(rf"\b(?:{ORG_OF_HEADS})$", name) and (mission or _nation_cut(ctx, field, s + len(name)) != 0):
            name += field  # the Alabama Department of Commerce, Busan University of Foreign Studies (not: the Sacheon
            # City Council of the Republic of Korea, a nation where the body is; but a mission is its nation's)
        _add(ctx, _with_post(ctx, name, s), s)
    for m in re.finditer(rf"(?<![\w-])(?:{NAMED_BODIES})(?![\w-])", t):  # a release from Sister Cities International
        _add(ctx, m.group(0), base + m.start())
    for m in _OF.finditer(t):
        name = m.group("o")
        head = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0]
        of_town = re.search(r"\bSchool\s+of\s+(?:the\s+)?", name)
        if of_town is not None and any(x.type == "City" and x.start == base + m.start("o") + of_town.end()
                                       for x in ctx.mentions):
            continue  # (the Ridgeway School of Coventry: a school in a town, read with its own name; the town stays)
        if members_listed(ctx, head, base + m.start("o") + len(head)) is not None:
            continue  # the Twinning Committee of Sean Nolan, Sheila Mooney and …: the body's members
        while (lead := _LEADING.match(name)) is not None:
            name = name[lead.end():]
        start = base + m.end("o") - len(name)
        purpose = re.search(r"\s+for\s+", name) if _PURPOSE_OWNED.match(t, m.end("o")) else None
        if purpose is not None:
            name = name[:purpose.start()]  # (the X Association for the St Patrick's Day festival: what it came for)
        cut = _nation_cut(ctx, name, start)
        if cut is not None and re.search(rf"\b(?:{ORG_HEADS})$", name[:cut]) and not _MISSION_END.search(name[:cut]):
            if " " in name[:cut]:
                name = name[:cut]  # the Sacheon City Council of the Republic of Korea: the council, of a nation
            else:  # the Bank of China (Seoul branch): a bare head names its nation, and the name ends there
                nation = next((x for x in ctx.mentions if x.type == "Country" and start + cut < x.start < start + len(name)),
                              None)
                name = name[:nation.end - start] if nation is not None else name
        # (but the Consulate General of Vietnam: a mission is its nation's)
        name = _with_post(ctx, name, start)
        joined = re.search(r"\s+(?:and|&)\s+(?=\S)", name)
        if joined is not None and (any(x.type in ("City", "Country", "Person") and x.start == start + joined.end()
                                       for x in ctx.mentions) or re.search(rf"\b(?:{ORG_HEADS})$", name[:joined.start()])
                                   or re.search(rf"\b(?:{ORG_HEADS})$", name[joined.end():])):
            name = name[:joined.start()]  # the University of Seoul and Busan officials, the Ministry of X and Y Council
        _add(ctx, name, start)  # (but the Department of Municipalities and Transport: one body)
    for m in _SECTOR.finditer(t):
        s = base + m.start("c")
        if m.group("o").startswith("Visit") and (subject := _HEADLINE_SUBJECT_BEFORE.search(t[:m.start("o")])) and \
                not ((w := subject.group(0).strip()) in NAME_STOP and w.endswith("s")):
            # (Mayor Cruz Thanks Visit Tainan: a headline's verb before, the body)
            continue  # Delegations from Korea Visit Tainan City: a headline's verb, no body named Visit Tainan
        if any(x.type == "City" and x.start == s for x in ctx.mentions) and " " in m.group("o"):
            _add(ctx, m.group("o"), base + m.start("o"))
    for rx in (_APPOS, _MEMBERS):
        for m in rx.finditer(t):
            name = m.group("o")
            s = base + m.start("o")
            if any(x.start <= s < x.end and x.type in ("City", "Country", "Person") for x in ctx.mentions):
                continue
            if " " not in name and re.match(r"\s+[a-z]", t[m.end("o"):]):
                continue  # members of the Iraqi delegation: a word before a common noun is an adjective
            if _TIME_OPENER.match(name):
                continue  # In February, a group of officials: a time phrase before the subject, no body
            if rx is _APPOS and re.search(rf"(?:{TITLE_RE})\s+$", t[:m.start("o")]):
                continue  # Led by council chairman Tommy Waters, the Honolulu group …: a person after a title
            _add(ctx, name, s)
    for m in _ACRONYM.finditer(t):
        s = base + m.start("o")
        if re.search(r"(?:Center|Centre|Hall|Stadium|Hotel|Museum|Park)\s*\($", t[:m.start("o")]):
            continue  # the Hwabaek Convention Center (HICO): a venue's short name
        if _CREDIT_AFTER.match(ctx.text, base + m.end("o")) and re.search(r"[.!?”\"’'—–-]\s*\($", ctx.text[max(0, s - 4):s]):
            continue  # … of both parties. (FREEMAN): the source's credit at a paragraph's end, no body of the story
        if m.group("o") in ACRONYM_STOP or ctx.gz.lookup(m.group("o"), lang="en") or \
                any(x.start <= s < x.end for x in ctx.mentions):
            continue
        if re.search(rf"\b(?:{TITLE_RE})\s+(?:[A-Z][\w'’.-]+\s+){{1,3}}\($", t[:m.start("o")], re.I):
            continue  # Council President Ana Reis (PSD): a titled person's party, no body of the story
        named = next((x for x in ctx.mentions if x.type == "Organization" and t[:m.start("o")].endswith("(")
                      and not ctx.text[x.end:s - 1].strip()), None) or next(
            (x for x in ctx.mentions if x.type == "Organization" and x.iri in ctx.reading.entities
             and m.group("o") in ctx.reading.entities[x.iri].alt), None)
        if named is None and any(x.type == "City" and x.surface == m.group("o") for x in ctx.mentions):
            continue  # (the Kathmandu Metropolitan City (KMC) … KMC: the city's own short name, no body)
        if named is None and t[:m.start("o")].endswith("("):
            full = _spelled_out(ctx, m.group("o"), s - 1)
            if full is not None:  # the Kuomintang (KMT): the name the acronym stands for, spelled out before it
                _add(ctx, full[0], full[1])
                named = next((x for x in ctx.mentions if x.type == "Organization" and x.start == full[1]), None)
        if named is not None and named.iri in ctx.reading.entities:  # the City Council of Curitiba (CMC)
            ctx.reading.entities[named.iri].alt.add(m.group("o"))
            ctx.mentions.append(Mention(s, s + len(m.group("o")), m.group("o"), named.iri, "Organization", "org"))
            continue
        _add(ctx, m.group("o"), s)
    _acronyms_again(ctx, sent)


def _acronyms_again(ctx: Ctx, sent: Sentence) -> None:
    """``The GSEF, initiated by Seoul`` after ``the Global Social Economy Forum (GSEF)``: an acronym the article has
    given a body names that body wherever it stands again, with no preposition before it."""
    aliases = {a: iri for iri, e in ctx.reading.entities.items() if e.type == "Organization"
               for a in e.alt if re.fullmatch(r"[A-Z]{2,8}", a)}
    for alias, iri in aliases.items():
        for m in re.finditer(rf"(?<![\w-]){alias}(?![\w-])", sent.text):
            s = sent.start + m.start()
            if not any(x.start < s + len(alias) and s < x.end for x in ctx.mentions):
                ctx.mentions.append(Mention(s, s + len(alias), alias, iri, "Organization", "org"))
