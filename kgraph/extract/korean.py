"""Reading a Korean article: the rules in order, one sentence at a time, then article-wide settling."""
from __future__ import annotations

import re
from itertools import pairwise

from rdflib import URIRef

from .. import places
from .. import vocab as V
from ..read.article import Article
from ..vocab import minted
from . import ko_events, ko_people, ko_places, ties
from .context import Ctx, drop_idle_orgs, drop_visited_from_visits, settle_signers
from .gazetteer import Gazetteer
from .model import Entity, Reading, Span
from .patterns_ko_places import JP_TOWN_SUFFIXES
from .text_units import sentences


def read_korean(article: Article, gz: Gazetteer) -> Reading:
    """Entities and facts of a Korean article."""
    reading = Reading(article)
    ctx = Ctx(article=article, gz=gz, sentences=sentences(article.text, lang="ko"), reading=reading)
    ko_places.recognise(ctx)
    ko_people.read_short_forms(ctx)
    for sent in ctx.sentences:
        ko_people.recognise_missions(ctx, sent)
        ko_people.recognise_people(ctx, sent)
    ko_people.join_short_names(ctx)
    ko_people.list_mates_abroad(ctx)
    ko_people.staff_of_the_city(ctx)
    per_sentence = []
    for sent in ctx.sentences:
        venues, venue_words = ko_events.recognise_venues(ctx, sent)
        ko_people.recognise_orgs(ctx, sent, venues={(sp.start, sp.end) for _, sp in venues})
        ko_people.drop_sightseeing_stops(ctx, sent)
        evs = ko_events.recognise_events(ctx, sent, venue_words=venue_words)
        per_sentence.append((sent, evs, venues))
    ko_people.join_short_orgs(ctx)
    ko_people.join_council_names(ctx)
    ko_people.led_bodies(ctx)
    ko_people.led_city_groups(ctx)
    ctx.mentions.sort(key=lambda m: m.start)
    ties.read_groups(ctx)
    for sent, evs, venues in per_sentence:
        ko_events.visits(ctx, sent)
        ko_events.attach(ctx, sent, evs, venues)
        ko_events.return_visits(ctx, sent)
        ko_events.staff_postings(ctx, sent)
        ko_events.arranged(ctx, sent)
        ko_events.delegation_make_up(ctx, sent)
    ko_events.date_from_names(ctx)
    ko_events.caption_attendees(ctx)
    settle_signers(ctx)
    for sent in ctx.sentences:
        ko_events.welcomes(ctx, sent)
        ties.read_ties(ctx, sent)
    ties.settle(ctx)
    ties.group_attendees(ctx)
    _organisers_from_names(ctx)
    drop_hosts_from_attendees(reading)
    drop_visited_from_visits(reading, lambda name: name.endswith("방문"))
    ko_events.drop_stood_in_for(ctx)
    _places_and_countries(ctx)
    _drop_credited_papers(ctx)
    _drop_idle_sights(ctx)
    _full_chamber_names(ctx)
    _entities(ctx)
    return reading


def drop_hosts_from_attendees(reading: Reading) -> None:
    """The city or organisation that holds an event is its organiser, not one of its attendees."""
    hosts = {(f.s, f.o) for f in reading.facts if f.p == V.SCHEMA.organizer}
    reading.facts = [f for f in reading.facts
                     if not (f.p == V.SCHEMA.attendee and (f.s, f.o) in hosts and "/person/" not in str(f.o))]


def _organisers_from_names(ctx: Ctx) -> None:
    """``2024 광명시 탄소중립 국제포럼``: an event named after one city, with no organiser stated, is that city's."""
    organised = {f.s for f in ctx.reading.facts if f.p == V.SCHEMA.organizer}
    for ev in ctx.events:
        if ev.iri in organised or not ev.spans:
            continue
        named = {m.iri: sp for sp in ev.spans for m in ctx.mentions
                 if m.type == "City" and sp.start <= m.start < sp.end and not m.qualifier}
        if len(named) == 1:
            iri, sp = named.popitem()
            ctx.fact(ev.iri, V.SCHEMA.organizer, iri, ctx.sentence_of(sp.start))


def _places_and_countries(ctx: Ctx) -> None:
    """``독일 오스나브뤼크시``: the country before a city says where it lies."""
    ms = ctx.mentions
    for a, b in pairwise(ms):
        if a.type == "Country" and a.qualifier and b.type == "City" and not ctx.text[a.end:b.start].strip():
            ctx.located.append((b.iri, a.iri, a.start))
    for city, country, pos in ctx.located:
        ctx.fact(city, V.SCHEMA.containedInPlace, country, ctx.sentence_of(pos))


#: the end of a newspaper's, an agency's or a broadcaster's name (중도일보, 길림신문, 머니투데이방송, 연합뉴스)
_PAPER_ENDS = r"(?:일보|신문|방송|뉴스|통신|타임스|타임즈|저널)"
_PAPER_NAME = re.compile(_PAPER_ENDS + "$")
#: what a line crediting the page's own source holds: a byline, a copyright, a call for tips, a site address
_CREDIT_LINE = re.compile(r"기자|무단|전재|저작권|ⓒ|©|제보|www\.|원고래원|발표시간|편집|출처\s*:")
#: a line holding only the paper's name after a bullet or a bar (``• 가상일보``): the page's source
_PAPER_ALONE = re.compile(r"\s*[•·▶■◆|-]\s*\S{1,14}" + _PAPER_ENDS + r"\s*")


#: a masthead line: the paper's name, a dash or a bar, its slogan (``가상일보 - 아침을 여는 신문``)
_MASTHEAD = re.compile(r"\s*\S{1,12}" + _PAPER_ENDS + r"\s*[-–|:]\s*\S")


def _drop_credited_papers(ctx: Ctx) -> None:
    """A newspaper or broadcaster named only where the page credits itself (``[경북도민일보 = 추교원기자]``,
    ``중도일보(www.joongdo.co.kr), 무단전재``) and taking part in nothing is the page's source, no body of the story."""
    text = ctx.text

    def credited(s: int, end: int) -> bool:
        line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        return _CREDIT_LINE.search(line) is not None or (s == line_start and _MASTHEAD.match(line) is not None) or \
            _PAPER_ALONE.fullmatch(line) is not None

    drop_idle_orgs(ctx, _PAPER_NAME, credited)


#: the end of a museum's, a gallery's or a memorial hall's name: a place people see, run by a body only in name
_SIGHT_NAME = re.compile(r"(?:박물관|미술관|기념관|과학관|전시관|역사관|홍보관|문학관)$")
#: the verbs of a tour (둘러보다, 관람, 견학, 방문, 찾다, 탐방, 시찰, 체험) and of work done there (협약, 협정, MOU, 교류,
#: 논의: a working visit)
_TOURED = re.compile(r"둘러|관람|견학|방문|찾아|찾았|찾는|탐방|시찰|체험|투어|답사")
_SIGNED = re.compile(r"협약|협정|MOU|양해각서|결연|의향서|교류|논의|협력|협의")


def _drop_idle_sights(ctx: Ctx) -> None:
    """A museum or a gallery that takes part in nothing (no one's employer, no host, no guest, no venue), named only
    in sentences of a tour (``허준박물관을 둘러봤다``), is a sightseeing stop, no body of the story."""

    def toured(s: int, _end: int) -> bool:  # (not: 두 박물관이 학술교류 협약을 맺었다; 김가온 박물관 학예사)
        sent = ctx.sentence_of(s)
        return sent is not None and _TOURED.search(sent.text) is not None and _SIGNED.search(sent.text) is None

    drop_idle_orgs(ctx, _SIGHT_NAME, toured)


def _full_chamber_names(ctx: Ctx) -> None:
    """A chamber of commerce first written short (``시모노세키상의``) goes by its full name (``시모노세키상공회의소``),
    the short one kept as another name."""
    for e in ctx.reading.entities.values():
        short = ko_people.chamber_written_short(ctx, e.name) if e.type == "Organization" else None
        if short is not None and e.iri == minted("org", ko_people.chamber_full_name(short)):
            e.alt.add(e.name)
            e.name = ko_people.chamber_full_name(short)


def _entities(ctx: Ctx) -> None:
    """Entities for every city and country mention (provinces that only locate a city are left out)."""
    for m in ctx.mentions:
        if m.type not in ("City", "Country"):
            continue
        if m.qualifier and m.type == "City" and not ko_places.keeps_entity(ctx, m):
            continue
        cand = ctx.gz.by_iri.get(m.iri)
        name = m.surface
        if m.type == "Country" and len(name) == 1 and cand is not None and cand.name_ko:
            name = cand.name_ko  # 美: the one-character abbreviation of 미국
        ent = Entity(m.iri, m.type, name, lang="ko", known=m.iri in ctx.gz.in_store,
                     mentions=[Span(m.start, m.end)], country=cand.country if cand else None)
        if cand is not None and not ent.known:  # a government or foreign city the store has not seen yet
            ent.name = cand.name_ko or name
            ent.labels = {k: v for k, v in (("ko", cand.name_ko), ("en", cand.name_en)) if v}
            if name != ent.name:
                ent.alt = {name}
            if cand.country == "KR":  # 광주 남구: a name several governments share, with its province
                ent.alt |= set(places.qualified_names(cand.name_ko, cand.province))
        elif cand is not None and cand.name_ko and _written_otherwise(name, cand.name_ko, abroad=cand.country != "KR"):
            ent.alt = {name}  # 제남 for Jinan (지난), 제주도 for 제주특별자치도: the article's own spelling as a label
        if m.kind == "new":
            country = str(m.iri).split("/city/")[1].split("/")[0].upper()
            ent.country = country
            ent.labels = {"ko": name}
            if country == "KR":
                pass  # an unsettled homonym (강서구): its own name only, never 강서구시
            elif name.endswith(JP_TOWN_SUFFIXES):
                pass  # 유가와라정: a town in Japan, never 유가와라정시 nor 유가와라
            elif not name.endswith("시"):
                ent.alt = {name + "시"}
            else:
                ent.alt = {name[:-1]}
        ctx.entity(ent)


def _written_otherwise(name: str, known: str, *, abroad: bool) -> bool:
    """Whether a known place's written name is a spelling its stored name lacks (a label worth keeping).

    A Korean government's name with or without its 시/군/구 is the same name; a city abroad also
    keeps a bare name the store spells with 시.

    >>> _written_otherwise("제주도", "제주특별자치도", abroad=False), _written_otherwise("광명", "광명시", abroad=False)
    (True, False)
    >>> _written_otherwise("제남시", "지난", abroad=True), _written_otherwise("지난시", "지난", abroad=True)
    (True, False)
    >>> _written_otherwise("구라요시시", "구라요시", abroad=True)  # a name ending in 시, with its suffix 시
    True
    """
    if abroad:
        return name != known and (name != known + "시" or known.endswith("시"))
    def bare(n: str) -> str:
        return n[:-1] if n[-1:] in ("시", "군", "구") else n

    return bare(name) != bare(known)


def main_city(reading: Reading) -> URIRef | None:
    """The city an article speaks of most (its mentions counted)."""
    cities = [e for e in reading.entities.values() if e.type == "City"]
    return max(cities, key=lambda e: len(e.mentions)).iri if cities else None
