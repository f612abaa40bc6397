"""The working state of one article's reading, shared by the rules."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import Literal, URIRef

from ..hangul import HANGUL
from ..read.article import Article
from ..vocab import SCHEMA, EntityType
from .explain import CURRENT, TracedMentions
from .gazetteer import Gazetteer
from .model import Entity, MentionKind, Reading, Span
from .text_units import Sentence


@dataclass
class Mention:
    """A recognised name at ``start:end`` naming ``iri``."""

    start: int
    end: int
    surface: str
    iri: URIRef
    type: EntityType
    kind: MentionKind = ""
    rest: str = ""  #: what follows the name inside its word (particles, 장, 수, 청 …)
    qualifier: bool = False  #: a province or country naming where the next city lies (경기도 용인시)
    via_title: bool = False  #: named only as part of a person's title (박승원 광명시장)
    descriptor: bool = False  #: a group descriptor such as 협의회 2개 도시, not an actor


@dataclass
class EventInfo:
    """An event being read: its name, head word and what the article says of it."""

    iri: URIRef
    name: str
    head: str
    first: int
    words: tuple[str, ...]
    year_hint: int | None = None
    spans: list[Span] = field(default_factory=list)
    #: cities taken to attend as the parties that sign it (no person named in their sentence); dropped when the
    #: article names people who attended it
    signer_cities: set[URIRef] = field(default_factory=set)


_SUBJECT_PARTICLE = re.compile(r"^(는|은|가|이)$")
_SUBJECT_OR_WITH = re.compile(r"^(는|은|가|이|와|과)$")
#: the rest of a city's word that makes its head the subject: 강서구청장이, 광명시장은, 하동군수가
_HEAD_AS_SUBJECT = re.compile(r"^(?:청장|장|수|지사)(?:는|은|가|이)$")
_GLOSS_THEN_SUBJECT = re.compile(r"^\([^)]*\)(가|는|은|이)")
_REPORTS = re.compile(r"(밝혔|전했|발표했|알렸)다\.?\s*$")
_PHOTO_CREDIT = re.compile(rf"/\s*([{HANGUL}]+(?:시|군|구|도))\s*제공")

#: what being a Korean city adds to a city's rank as the article's own city (main_cities)
KOREAN_CITY_BONUS = 50


@dataclass
class Ctx:
    """Everything the rules know while reading one article."""

    article: Article
    gz: Gazetteer
    sentences: list[Sentence]
    reading: Reading
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    persons: dict[str, URIRef] = field(default_factory=dict)  #: name -> IRI
    person_body: dict[URIRef, URIRef] = field(default_factory=dict)
    person_title: dict[URIRef, str] = field(default_factory=dict)
    org_names: dict[URIRef, tuple[str, Span]] = field(default_factory=dict)  #: bodies named in titles
    org_alt: dict[URIRef, set[str]] = field(default_factory=dict)  #: other written forms (시의회 for 여주시의회)
    located: list[tuple[URIRef, URIRef, int]] = field(default_factory=list)  #: (city, country, where said)
    groups: dict[str, list[URIRef]] = field(default_factory=dict)  #: 국내/해외 -> listed cities
    short_forms: dict[str, str] = field(default_factory=dict)  #: a body's short form declared in the text -> its name
    group_members: list[URIRef] = field(default_factory=list)  #: partners a group named and listed after it
    group_spans: dict[str, Span] = field(default_factory=dict)
    _ranked: dict[tuple[object, ...], list[URIRef]] = field(default_factory=dict, repr=False)  #: main_cities' cache

    def __post_init__(self) -> None:
        trace = CURRENT.get()
        if trace is not None:  # `kgraph extract --explain`: remember which rule adds or drops each mention
            self.mentions = TracedMentions(trace, self.mentions)

    @property
    def text(self) -> str:
        return self.article.text

    def reject(self, surface: str, start: int, end: int, reason: str) -> None:
        """Say that a rule looked at ``surface`` and refused it (shown by ``kgraph extract --explain``)."""
        trace = CURRENT.get()
        if trace is not None:
            trace.reject(surface, start, end, reason)

    def sentence_of(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def in_sentence(self, s: Sentence, *, types: tuple[EntityType, ...] | None = None) -> list[Mention]:
        """The mentions that start in sentence ``s`` (of ``types`` if given), in the order of :attr:`mentions`."""
        start, end = s.start, s.end  # (read once: every rule asks, and the article's mentions are many)
        if types is None:
            return [m for m in self.mentions if start <= m.start < end]
        return [m for m in self.mentions if start <= m.start < end and m.type in types]

    def city_counts(self) -> Counter[URIRef]:
        c: Counter[URIRef] = Counter()
        for m in self.mentions:
            if m.type == "City" and not m.qualifier and not m.descriptor:
                c[m.iri] += 1
        return c

    def main_cities(self, *, suffix: str | None = None) -> list[URIRef]:
        """Cities by how much the article makes them act: mentions, subjects, the first one named.

        ``suffix`` (시, 군, 구) keeps the cities whose Korean name ends with it, for ``시는`` anaphora.
        """
        key = tuple((m.start, m.end, m.iri, m.qualifier, m.descriptor, m.via_title, m.rest)
                    for m in self.mentions if m.type == "City")
        ranked = self._ranked.get(key)  # (ranked again only when the article's city mentions changed)
        if ranked is None:
            ranked = self._ranked[key] = self._rank_cities()
        if suffix:
            cands = self.gz.by_iri
            ranked = [i for i in ranked if (cands[i].name_ko if i in cands else "").endswith(suffix)] or ranked
        return list(ranked)

    def _rank_cities(self) -> list[URIRef]:
        score: Counter[URIRef] = Counter()
        first: dict[URIRef, int] = {}
        text = self.text
        for m in self.mentions:
            if m.type != "City" or m.qualifier or m.descriptor:
                continue
            first.setdefault(m.iri, m.start)
            topic = _SUBJECT_PARTICLE.match(m.rest or "") is not None  # 고령군은 이남철 군수가: the topic still acts
            if m.via_title and not topic:
                score[m.iri] += 0.5  # type: ignore[assignment]  # half a point: the Counter holds it as it is
                continue
            score[m.iri] += 1
            after = m.rest or text[m.end:m.end + 1]
            if _SUBJECT_PARTICLE.match(after) or _GLOSS_THEN_SUBJECT.match(text[m.end:m.end + 20]):
                score[m.iri] += 2
        if first:
            score[min(first, key=first.__getitem__)] += 2
        for iri in score:  # Korean local news: its own city is Korean, however often the partner is named
            if "/city/kr/" in str(iri):
                score[iri] += KOREAN_CITY_BONUS
        for sent in self._reporting_sentences:  # 'X는 … 밝혔다': the city that reports is the article's own city
            for m in self.in_sentence(sent, types=("City",)):
                if not m.qualifier and (not m.via_title or _SUBJECT_PARTICLE.match(m.rest or "")) and \
                        _SUBJECT_OR_WITH.match(m.rest or ""):
                    score[m.iri] += 5
                    break
                if not m.qualifier and m.via_title and _HEAD_AS_SUBJECT.match(m.rest or ""):
                    score[m.iri] += 5  # 'X구청장이 … 밝혔다': the city whose head reports
                    break
        for start in self._credit_starts:  # photo credit /김해시 제공
            for c in self.mentions:
                if c.type == "City" and c.start == start:
                    score[c.iri] += 2
        return sorted(score, key=lambda i: (-score[i], first.get(i, 0)))

    @cached_property
    def _reporting_sentences(self) -> list[Sentence]:
        """The sentences that end in 밝혔다, 전했다, 발표했다 or 알렸다 (the text never changes)."""
        return [sent for sent in self.sentences if _REPORTS.search(sent.text)]

    @cached_property
    def _credit_starts(self) -> list[int]:
        """Where the city of each photo credit (/김해시 제공) begins in the text."""
        return [credit.start(1) for credit in _PHOTO_CREDIT.finditer(self.text)]

    def entity(self, e: Entity) -> Entity:
        return self.reading.entity(e)

    def fact(self, s: URIRef, p: URIRef, o: URIRef | Literal, sent: Sentence | None) -> None:
        span = Span(sent.start, sent.end) if sent else None
        self.reading.add(s, p, o, span=span, sentence=sent.text if sent else None)


def settle_signers(ctx: Ctx) -> None:
    """Cities and bodies that signed in their own name attend their signing only when the article names no person
    there (both readers take them as attendees while reading, then settle here)."""
    for ev in ctx.events:
        if not ev.signer_cities:
            continue
        people = any(f.s == ev.iri and f.p == SCHEMA.attendee and isinstance(f.o, URIRef) and
                     (e := ctx.reading.entities.get(f.o)) is not None and e.type == "Person" for f in ctx.reading.facts)
        if people:
            ctx.reading.facts[:] = [f for f in ctx.reading.facts if not (
                f.s == ev.iri and f.p == SCHEMA.attendee and f.o in ev.signer_cities)]


def drop_visited_from_visits(reading: Reading, is_visit: Callable[[str], bool]) -> None:
    """The town a visit is held in is the one visited, not one of its visitors (``시바타시 대표단이 의정부시를 방문``,
    ``the delegation's visit to Satsumasendai``: the town hosts it). ``is_visit`` tells a visit by its event's name."""
    visits = {e.iri for e in reading.entities.values() if e.type == "Event" and is_visit(e.name)}
    held_in = {(f.s, f.o) for f in reading.facts if f.p == SCHEMA.location and f.s in visits}
    reading.facts = [f for f in reading.facts if not (f.p == SCHEMA.attendee and (f.s, f.o) in held_in)]


def drop_idle_orgs(ctx: Ctx, name: re.Pattern[str], idle_at: Callable[[int, int], bool]) -> None:
    """Drop each organisation whose name ``name`` ends, that takes part in nothing, and whose every mention
    ``idle_at`` (its start and end) says is no part of the story."""
    in_facts = ctx.reading.involved()
    for iri, e in list(ctx.reading.entities.items()):
        if e.type != "Organization" or iri in in_facts or not name.search(e.name):
            continue
        spans = [(m.start, m.end) for m in ctx.mentions if m.iri == iri] or [(sp.start, sp.end) for sp in e.mentions]
        if spans and all(idle_at(s, end) for s, end in spans):
            del ctx.reading.entities[iri]
