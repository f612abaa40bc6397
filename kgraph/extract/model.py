"""What extraction produces: entities with their mentions, facts with their evidence."""
from __future__ import annotations

import typing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from ..read.article import Article
from ..vocab import EntityType
from .explain import CURRENT

if TYPE_CHECKING:
    from .text_units import Sentence


#: How the gazetteer knows a name: a government's full or short name, a foreign city, an entity of the
#: store, a country, a province or state abroad, or a city first met in this article
CandKind = typing.Literal["full", "short", "foreign", "store", "country", "region", "new"]
#: How a mention was found: a gazetteer name (:data:`CandKind`), or a rule for organizations, people,
#: events and places; ``""`` for a mention made up to stand for a neighbouring word
MentionKind = CandKind | typing.Literal["", "org", "person", "event", "place", "mission"]


@dataclass(frozen=True)
class Span:
    """Character offsets ``[start, end)`` in the article text."""

    start: int
    end: int


@dataclass
class Entity:
    """A city, country, organization, person, event or place the article speaks of."""

    iri: URIRef
    type: EntityType
    name: str  #: the name as the article writes it (or the canonical one)
    lang: str = "ko"
    known: bool = False  #: resolved to an entity of the shipped graph
    mentions: list[Span] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  #: extra labels by language (new entities)
    alt: set[str] = field(default_factory=set)
    country: str | None = None  #: ISO code, for cities
    attrs: dict[str, object] = field(default_factory=dict)  #: event date, counts, job titles…
    furniture: bool = False  #: named only in metadata (byline), not in the article's own text


@dataclass(frozen=True)
class Fact:
    """One statement with the sentence that supports it."""

    s: URIRef
    p: URIRef
    o: URIRef | Literal
    span: Span | None = None  #: the evidence sentence's offsets
    sentence: str | None = None


@dataclass
class Reading:
    """Everything extracted from one article."""

    article: Article
    entities: dict[URIRef, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  #: decisions worth telling the user (e.g. list breakdowns)
    #: candidate ties (a, b, type, year, sentence) before settling
    ties: list[tuple[URIRef, URIRef, str, str | None, Sentence]] = field(default_factory=list)
    _keys: set[tuple[object, object, object]] = field(default_factory=set, repr=False, compare=False)

    def entity(self, e: Entity) -> Entity:
        """Add ``e`` or merge its mentions into the entity already there; returns the kept one."""
        have = self.entities.get(e.iri)
        if have is None:
            self.entities[e.iri] = e
            return e
        if have.type == "Place" and len(e.name) > len(have.name):
            have.name = e.name  # 광명시업사이클아트센터 over 업사이클아트센터
        for m in e.mentions:
            if m not in have.mentions:
                have.mentions.append(m)
        for k, v in e.labels.items():
            have.labels.setdefault(k, v)
        have.alt |= e.alt
        if not e.furniture:
            have.furniture = False
        return have

    def rename(self, renamed: dict[URIRef, URIRef]) -> None:
        """Give entities new IRIs (old -> new), rewriting every fact that names them; two entities that
        meet on one IRI become one (the other's name an alternative, its mentions and attributes kept)."""
        if not renamed:
            return
        entities: dict[URIRef, Entity] = {}
        for iri, e in self.entities.items():
            new = renamed.get(iri, iri)
            have = entities.get(new)
            e.iri = new
            if have is None:
                entities[new] = e
                continue
            have.mentions += [m for m in e.mentions if m not in have.mentions]
            have.alt |= e.alt | ({e.name} if e.name != have.name else set())
            for k, v in e.attrs.items():
                have.attrs.setdefault(k, v)
        self.entities = entities
        facts: list[Fact] = []
        seen: set[tuple[object, object, object]] = set()
        for f in self.facts:
            s = renamed.get(f.s, f.s)
            o = renamed.get(f.o, f.o) if isinstance(f.o, URIRef) else f.o
            g = Fact(s, f.p, o, f.span, f.sentence) if (s, o) != (f.s, f.o) else f
            if (g.s, g.p, g.o) not in seen:
                seen.add((g.s, g.p, g.o))
                facts.append(g)
        self.facts = facts
        self._keys = seen

    def involved(self) -> set[URIRef | Literal]:
        """Everything some fact names, as its subject or its object."""
        return {f.s for f in self.facts} | {f.o for f in self.facts}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal, *, span: Span | None = None,
            sentence: str | None = None) -> None:
        """Add a fact once (the first evidence is kept)."""
        key = (s, p, o)
        if key in self._keys and any(f.s == s and f.p == p and f.o == o for f in self.facts):
            return  # (rules may drop facts from the list: the index only says where to look)
        self._keys.add(key)
        self.facts.append(Fact(s, p, o, span, sentence))
        trace = CURRENT.get()
        if trace is not None:
            trace.fact(s, p, o)
