"""Reading an English article: places, people with titles, organisations, events, ties.

The rules live in small modules, one concern each, and apply the tables of :mod:`.patterns_en`:
:mod:`.en_furniture` (what is no part of the article), :mod:`.en_places`, :mod:`.en_people`,
:mod:`.en_orgs`, :mod:`.en_events` (with :mod:`.en_dates`) and :mod:`.en_ties`.
"""
from __future__ import annotations

import re

from rdflib import URIRef

from ..read.article import Article
from . import ties
from .context import Mention, drop_idle_orgs, drop_visited_from_visits, settle_signers
from .en_context import EnCtx
from .en_events import (
    attendees,
    city_venue,
    date_events,
    drop_hosts,
    drop_vague_years,
    hosted_guests,
    listed_attendees,
    read_events,
    venue,
)
from .en_furniture import masked
from .en_orgs import read_orgs
from .en_people import (
    drop_cities_in_names,
    lone_surnames,
    read_appositive_roles,
    read_body_titles_after,
    read_counterparts,
    read_heads_of_bodies_after,
    read_its_officer,
    read_list_mates,
    read_listed_people,
    read_people,
    read_people_between_people,
    read_people_from_bodies,
    read_place_title_comma_name,
    read_possessive_roles,
    read_posts_at_bodies,
    read_respectively,
    read_roles_before,
    read_speakers,
    read_titles_between_commas,
    read_untitled_people,
    short_references,
)
from .en_places import (
    bare_regions,
    city_acronyms,
    country_of,
    level_variants,
    repeat_new_places,
    scan,
    towns_named_like_states,
)
from .en_ties import date_the_one_tie, read_ties
from .gazetteer import Gazetteer
from .model import Entity, Reading, Span
from .patterns_en import ABBREVIATIONS, AP_STATE_END, CLOCK_END, DAY_AFTER_CLOCK, VISITORS_FROM
from .text_units import Sentence, sentences


def _furniture_masked(article: Article, published_as: Article | None) -> str:
    """The text as published (``published_as``, before its capitals were folded) with its page furniture blanked:
    ``CEBU, Philippines -`` is told a dateline there, where the folded ``Cebu`` is not. The places in it only say
    where the story was filed. Without a published text of the same length, the article's own."""
    src = published_as if published_as is not None and len(published_as.text) == len(article.text) else article
    return masked(src.text, title=src.title)


def reading_sentences(article: Article) -> list[Sentence]:
    """The sentences the English reader reads: furniture blanked, splits after abbreviations (``Gov.``) undone;
    their offsets are the article text's."""
    text = masked(article.text, title=article.title)
    return _rejoin(sentences(text, lang="en"), text)


def read_english(article: Article, gz: Gazetteer, *, published_as: Article | None = None) -> Reading:
    """Entities and facts of an English article (``published_as``: as published, before folding)."""
    reading = Reading(article)
    sents = reading_sentences(article)
    ctx = EnCtx(article=article, gz=gz, sentences=sents, reading=reading)
    for sent in sents:
        scan(ctx, sent)
    shouted = [s for s in sents if all_capitals(s.text)]
    ctx.mentions[:] = [m for m in ctx.mentions if m.kind != "new" or not any(s.start <= m.start < s.end for s in shouted)]
    repeat_new_places(ctx)  # (a new place is told by its capitals too: none in a shouted line)
    level_variants(ctx)
    city_acronyms(ctx)
    bare_regions(ctx)
    towns_named_like_states(ctx)
    for sent in sents:
        read_orgs(ctx, sent)
    cased = [s for s in sents if s not in shouted]  # names are told by their capitals: not in a shouted line
    for sent in cased:
        read_respectively(ctx, sent)
        read_place_title_comma_name(ctx, sent)
        read_people(ctx, sent)
        read_roles_before(ctx, sent)
        read_possessive_roles(ctx, sent)
        read_appositive_roles(ctx, sent)
        read_titles_between_commas(ctx, sent)
        read_its_officer(ctx, sent)
        read_counterparts(ctx, sent)
    for sent in cased:
        read_speakers(ctx, sent)
        read_posts_at_bodies(ctx, sent)
        read_body_titles_after(ctx, sent)
        read_listed_people(ctx, sent)
        read_list_mates(ctx, sent)
        read_people_from_bodies(ctx, sent)
        read_untitled_people(ctx, sent)
        read_people_between_people(ctx, sent)
        read_heads_of_bodies_after(ctx, sent)
    drop_cities_in_names(ctx)
    lone_surnames(ctx)
    for sent in cased:
        short_references(ctx, sent)
    blanked = _furniture_masked(article, published_as)
    for m in ctx.mentions:
        if m.type == "City" and blanked[m.start:m.end].isspace() and not ctx.text[m.start:m.end].isspace():
            m.qualifier = True  # (CEBU, Philippines - …: a dateline in capitals, the place of filing, no party)
    ctx.mentions.sort(key=lambda m: m.start)
    for sent in sents:
        found = read_events(ctx, sent)
        date_events(ctx, sent, found)
        venue(ctx, sent, found)
        city_venue(ctx, sent, found)
        attendees(ctx, sent, found)
        hosted_guests(ctx, sent, found)
        read_ties(ctx, sent)
    listed_attendees(ctx)
    date_the_one_tie(ctx)
    ties.settle(ctx)
    settle_signers(ctx)
    drop_hosts(ctx)
    drop_visited_from_visits(reading, lambda name: name.lower().endswith(("visit", "trip", "tour")))
    drop_vague_years(ctx)
    _drop_idle_papers(ctx)
    _place_entities(ctx)
    return reading


def all_capitals(text: str) -> bool:
    """A sentence written in capitals only (some radio and TV sites): its capitals tell no names.

    >>> all_capitals("THE MAYOR OF YAMANASHI CITY ARRIVED."), all_capitals("Mayor Bob Scott of the USA arrived.")
    (True, False)
    >>> all_capitals("THE MAYOR OF YAMANASHI City ARRIVED IN SIOUX City.")
    True
    """
    letters = [c for c in text if c.isalpha()]
    # (most, not all: a word the article also writes in title case has been folded to it)
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def _rejoin(sents: list[Sentence], text: str) -> list[Sentence]:
    """Join sentences split after an abbreviation (``Gov.``, ``Jr.``), before a lower-case word, after a middle
    initial of one or two letters (``Meynardo LB. Montealegre,``), or between a clock time and its day (``6 p.m. Monday``)."""
    out: list[Sentence] = []
    for s in sents:
        prev = out[-1] if out else None
        if prev is not None and "\n" not in text[prev.end:s.start] and (
                (AP_STATE_END.search(prev.text) and (prev.text.endswith(".") or text[prev.end:s.start].strip() == ".")
                 and re.match(r"[(,–-]", s.text)) or  # SARASOTA, Fla. (WWSB) -; Riverton, Calif., is
                re.search(rf"\b(?:{ABBREVIATIONS})\.$", prev.text) or re.match(r"[a-z0-9]", s.text) or
                (CLOCK_END.search(prev.text) and DAY_AFTER_CLOCK.match(s.text)) or  # at 6 p.m. Monday, May 6
                (re.search(r"\s[A-Z][a-z]+\s[A-Z]{1,2}\.$", prev.text) and re.match(r"[A-Z][a-z]+,", s.text)) or
                (re.search(rf"\b(?:{ABBREVIATIONS})$", prev.text) and text[prev.end:s.start].strip() == "."
                 and re.match(r"[,(]", s.text))):  # Santos, Jr., Municipal Mayor: the full stop was split off
            out[-1] = Sentence(text[prev.start:s.end], prev.start, s.end)
        else:
            out.append(s)
    return out


#: a town's own body named before it with ``of`` (``the Energy Committee of``): the town after it is named too
_BODY_OF_BEFORE = re.compile(r"\b(?:Committee|Commission|Council|Government|Assembly)\s+of\s+(?:the\s+)?$")


#: the last word of a newspaper's or a broadcaster's name (``Hubei Daily``, ``the Galway City Tribune``, ``KLTV``)
_PAPER_NAME = re.compile(r"(?:\b(?:Shimbun|Ilbo|Sinmun|Gazette|Herald|Tribune|Daily|Times|Post|Journal|Chronicle|Courier|"
                         r"Observer|Examiner|News|Newspaper|(?:News|Press) Agency)|\b[A-Z]*(?:TV|FM))$")
#: the words around a source a sentence cites (``according to a report by X``, ``told X``, ``X reported``)
_CITED_BEFORE = re.compile(r"\b(?:according\s+to|reported\s+(?:by|in)|reports?\s+(?:by|in|from)|quoted\s+(?:by|in)|"
                           r"citing|told|said\s+to|interview\s+with|(?:wrote|writing)\s+in|published\s+(?:by|in))\s+"
                           r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_CITED_AFTER = re.compile(r"(?:['’]s)?\s+(?:reported|reports|said|says|quoted|wrote|writes|has\s+learned|learned|"
                          r"understands)\b")


def _drop_idle_papers(ctx: EnCtx) -> None:
    """A newspaper or broadcaster only cited as the source (``according to a report by Hubei Daily``, ``told the
    Galway City Tribune``, ``the Yomiuri Shimbun reported``) and taking part in nothing is no body of the story.

    >>> bool(_PAPER_NAME.search("Hubei Daily")), bool(_PAPER_NAME.search("WPRI-TV")), bool(_PAPER_NAME.search("Daily Club"))
    (True, True, False)
    """
    drop_idle_orgs(ctx, _PAPER_NAME, lambda s, end: bool(_CITED_BEFORE.search(ctx.text, max(0, s - 60), s) or
                                                          _CITED_AFTER.match(ctx.text, end)))


#: a region's level word written with its name (``Sichuan Province``, ``the State of Arkansas``)
_LEVEL_WORD_AFTER = re.compile(r"\s+(?i:province|state|prefecture|oblast|region|county|department|governorate)\b")
_LEVEL_WORD_BEFORE = re.compile(r"\b(?i:province|state|prefecture|oblast|region|county|department)\s+of\s+(?:the\s+)?$")


#: the second of a pair visitors come from (``Delegates from Northeast China and South Dakota``)
_VISITORS_FROM_LIST = re.compile(r"\b(?i:delegation|delegates|visitors|guests|officials|mission)\s+from\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|,)\s+$")


def _bare_region(ctx: EnCtx, m: Mention) -> bool:
    """The place is a state or province the gazetteer knows, never written with its level word (``Texas``, not
    ``Sichuan Province`` or ``the State of Arkansas``): a bare state name is mostly geography."""
    cand = ctx.gz.by_iri.get(m.iri)
    if cand is None or not (cand.kind == "region" or (cand.level == "sido" and cand.name_ko.endswith("도"))):
        return False
    return not any(VISITORS_FROM.search(ctx.text, max(0, x.start - 100), x.start) or  # (delegates from South Dakota)
                   _VISITORS_FROM_LIST.search(ctx.text, max(0, x.start - 100), x.start) or
                   _LEVEL_WORD_AFTER.search(" " + x.surface) or _LEVEL_WORD_AFTER.match(ctx.text, x.end) or _LEVEL_WORD_BEFORE.search(ctx.text, max(0, x.start - 20),
                                                                                         x.start)
                   for x in ctx.mentions if x.iri == m.iri)


#: the kind of a region written after its name, outside it (``Fukuoka prefecture``, ``Gyeonggi province``)
_REGION_KIND_AFTER = re.compile(r"\s+(Prefecture|prefecture|Province|province)\b")


def _place_entities(ctx: EnCtx) -> None:
    """An entity for every city and country named; a province that only locates a city is left out."""
    acting = {m.iri for m in ctx.mentions if m.type == "City" and not m.qualifier}
    named = [(m.start, m.end) for m in ctx.mentions if m.type in ("Organization", "Event")]
    inside = {id(m) for m in ctx.mentions if any(s <= m.start and m.end <= e for s, e in named)
              and not _BODY_OF_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)}
    # (the Sister City Committee of Novosibirsk: the committee is the town's, and the town is named)
    own = {m.iri for m in ctx.mentions if id(m) not in inside}
    in_facts = ctx.reading.involved()
    for m in ctx.mentions:
        if m.type not in ("City", "Country"):
            continue
        if m.type == "City" and ctx.level(m) in ("province", "county") and m.iri not in acting and m.iri not in in_facts:
            continue  # (nor a county that only locates its town or describes a noun: Pittsburgh, Allegheny County)
        if m.type == "City" and m.iri not in in_facts and _bare_region(ctx, m):
            continue  # a state named but doing nothing (carved in the shape of Missouri, Mission, Texas): no party
        if m.iri not in own and m.iri not in in_facts:
            continue  # named only inside an organisation's or an event's name (Gyeonggi Business Accelerator)
        if m.iri not in in_facts and all(x.start in ctx.waypoints for x in ctx.mentions if x.iri == m.iri):
            continue  # named only as a leg of a journey (had flown from London to Munich): no place of the story
        cand = ctx.gz.by_iri.get(m.iri)
        ent = Entity(m.iri, m.type, m.surface, lang="en", known=m.iri in ctx.gz.in_store,
                     mentions=[Span(m.start, m.end)], country=cand.country if cand else None)
        if m.kind == "new":
            ent.country = country_of(ctx, m.iri)
            longs = ctx.alts.get(m.iri, set())  # (Wicklow County and Wicklow: one place, named the shorter way)
            ent.name = next((x.surface for x in ctx.mentions if x.iri == m.iri and x.surface not in longs), m.surface)
            ent.alt = set(longs) - {ent.name}
        elif cand is not None and not ent.known:
            ent.labels = {k: v for k, v in (("ko", cand.name_ko), ("en", cand.name_en)) if v}
            ent.name = cand.name_en or m.surface
            if cand.kind == "region" and cand.name_en and m.surface.startswith(cand.name_en + " "):
                ent.name = ent.labels["en"] = m.surface  # Okayama Prefecture: a region's English name with its kind
            if m.surface != ent.name:
                ent.alt = {m.surface}
        if ent.known:
            ent.alt = set(ctx.alts.get(m.iri, set()))
            if cand is not None and m.surface not in (cand.name_en, cand.name_ko):
                ent.alt.add(m.surface)  # Omihachiman for the store's Ōmihachiman: the article's own spelling
        if cand is not None and cand.kind == "region":  # Fukuoka … Fukuoka prefecture: each form the region is written
            kind = _REGION_KIND_AFTER.match(ctx.text, m.end)  # with its kind is one of its names, also when a shorter
            long = f"{m.surface} {kind.group(1).title()}" if kind else m.surface  # mention named it first
            if kind or (cand.name_en and m.surface.startswith(cand.name_en + " ")):
                ent.alt.add(long)  # (kept as another name: the entity named first keeps its own name)
        ctx.entity(ent)


__all__ = ["read_english", "URIRef"]
