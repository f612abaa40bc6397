"""Read a store's quads once into the tables every view is drawn from.

An *entity* is anything of a drawn class (city, country, event, organization, person, place,
article). ``kg:Partnership`` and ``kg:Evidence`` nodes are never drawn: a partnership becomes an
edge between its two cities, and evidence is attached to the fact it supports. Every other triple
between two entities becomes an edge; a triple from an entity to a literal or to an outside IRI
becomes a *fact* shown in the side panel.

>>> from rdflib import Literal, URIRef
>>> from kgraph.vocab import KG, RDF, RDFS, SCHEMA
>>> a, b = URIRef("urn:a"), URIRef("urn:b")
>>> idx = GraphIndex.from_quads([(a, RDF.type, SCHEMA.City, None), (b, RDF.type, SCHEMA.City, None),
...                              (a, KG.sisterCityOf, b, None), (a, RDFS.label, Literal("A", lang="en"), None)])
>>> [(e.kind, e.ties) for e in idx.edges.values()]
[('tie', {'sister'})]
>>> idx.entities[a], idx.labels[a]
('city', {'en': 'A'})
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.term import Identifier, Node

from ..vocab import KG, KGR, SCHEMA, Gazetteer, Registry

Quad = tuple[Node, Node, Node, Identifier | None]
Entity = URIRef | BNode
EdgeKey = tuple[str, ...]

#: Drawn classes, strongest first: a node of several classes takes the first that applies.
TYPE_ORDER: tuple[tuple[URIRef, str], ...] = (
    (SCHEMA.NewsArticle, "article"), (SCHEMA.Event, "event"), (SCHEMA.Person, "person"),
    (SCHEMA.Organization, "organization"), (SCHEMA.Country, "country"), (SCHEMA.City, "city"),
    (SCHEMA.Place, "place"),
)
TIE_PREDICATES: dict[URIRef, str | None] = {KG.partnerOf: None, KG.sisterCityOf: "sister",
                                            KG.friendshipCityOf: "friendship"}
TIE_TYPES: dict[URIRef, str] = {KG.SisterCity: "sister", KG.FriendshipCity: "friendship", KG.OtherTie: "other"}
LINK_KINDS: dict[URIRef, str] = {
    SCHEMA.organizer: "event", SCHEMA.attendee: "event", SCHEMA.location: "event", SCHEMA.about: "event",
    SCHEMA.worksFor: "affiliation", SCHEMA.memberOf: "affiliation", SCHEMA.containedInPlace: "in",
    SCHEMA.mentions: "mentions",
}
LABEL_PREDICATES = (RDFS.label, SCHEMA.name, SCHEMA.headline)
_YEAR = re.compile(r"^\s*(-?\d{4})")


def year_of(value: Node | str | None) -> int | None:
    """The year a date-like literal starts with (``"2024-10-29"`` → 2024), else None.

    >>> year_of(Literal("1997")), year_of(Literal("---04")), year_of(None)
    (1997, None, None)
    """
    if value is None:
        return None
    m = _YEAR.match(str(value))
    return int(m.group(1)) if m else None


@dataclass
class Evidence:
    """One ``kg:Evidence`` node: the sentence (absent for articles whose text is not carried) and its article."""

    sentence: str | None
    article: Identifier | None
    start: int | None
    end: int | None


@dataclass
class Article:
    """What the panel says about a source article."""

    headline: str | None = None
    url: str | None = None
    publisher: Node | None = None
    date: str | None = None


@dataclass
class Edge:
    """One drawn edge: a tie between two cities (``kind == "tie"``) or a relation between two entities."""

    key: EdgeKey
    kind: str  #: tie | event | affiliation | in | mentions | other
    a: Entity  #: from (ties: the smaller IRI)
    b: Entity  #: to
    predicate: URIRef | None = None  #: the relation's property (None for ties)
    graphs: set[Identifier | None] = field(default_factory=set)  #: named graphs that state it
    ties: set[str] = field(default_factory=set)  #: tie types stated (sister, friendship, other)
    since: set[str] = field(default_factory=set)  #: kg:since values
    registry_years: set[str] = field(default_factory=set)
    conflict: bool = False  #: sources disagree on the year
    sources: set[Node] = field(default_factory=set)  #: prov:wasDerivedFrom of the tie
    partnerships: set[Identifier] = field(default_factory=set)  #: kg:Partnership nodes behind a tie
    statements: set[tuple[Node, Node, Node]] = field(default_factory=set)  #: triples to look evidence up by

    @property
    def year(self) -> int | None:
        """The earliest year the tie is said to date from."""
        years = [y for y in (year_of(s) for s in self.since) if y is not None]
        return min(years) if years else None


class GraphIndex:
    """Entities, labels, facts, edges and evidence of a whole store, read in one pass."""

    def __init__(self) -> None:
        self.entities: dict[Entity, str] = {}  #: entity -> node type
        self.labels: dict[Entity, dict[str, str]] = {}  #: entity -> language ('' = none) -> label
        self.alt_labels: dict[Entity, set[str]] = defaultdict(set)
        self.facts: dict[Entity, dict[tuple[URIRef, Node], set[Identifier | None]]] = defaultdict(dict)
        self.edges: dict[EdgeKey, Edge] = {}
        self.adjacency: dict[Entity, list[EdgeKey]] = defaultdict(list)
        self.evidence: dict[tuple[Node, Node, Node], list[Evidence]] = defaultdict(list)
        self.evidence_about: dict[Node, list[Evidence]] = defaultdict(list)  #: by rdf:subject
        self.articles: dict[Identifier, Article] = {}
        self.article_graphs: set[Identifier] = set()
        self.years: dict[Entity, int] = {}  #: event start year, article publication year
        self.members: dict[Identifier | None, set[Entity]] = defaultdict(set)  #: graph -> entities it speaks of
        self.partnership_edges: dict[Node, EdgeKey] = {}  #: kg:Partnership node -> its tie

    # -- building
    @classmethod
    def from_quads(cls, quads: Iterable[Quad]) -> GraphIndex:
        """Index every quad (graph ``None`` = the default graph)."""
        idx = cls()
        by_subject: dict[Node, list[tuple[Node, Node, Identifier | None]]] = defaultdict(list)
        types: dict[Node, set[Node]] = defaultdict(set)
        for s, p, o, g in quads:
            by_subject[s].append((p, o, g))
            if p == RDF.type:
                types[s].add(o)
        for s, ts in types.items():
            if not isinstance(s, (URIRef, BNode)):
                continue
            kind = next((name for cls_, name in TYPE_ORDER if cls_ in ts), None)
            if kind is not None:
                idx.entities[s] = kind
            if SCHEMA.NewsArticle in ts:
                idx.article_graphs.add(s)
        idx.article_graphs |= {g for triples in by_subject.values() for _, _, g in triples
                               if g is not None and str(g).startswith(str(KGR["article/"]))}
        for s, triples in by_subject.items():
            ts = types.get(s, set())
            if KG.Evidence in ts:
                idx._add_evidence(triples)
            elif KG.Partnership in ts:
                idx._add_partnership(s, triples)
            if s in idx.entities:
                idx._add_entity(s, triples)  # type: ignore[arg-type]
        for key in sorted(idx.edges, key=lambda k: tuple(str(x) for x in k)):
            edge = idx.edges[key]
            idx.adjacency[edge.a].append(key)
            if edge.b != edge.a:
                idx.adjacency[edge.b].append(key)
        return idx

    def _add_evidence(self, triples: list[tuple[Node, Node, Identifier | None]]) -> None:
        one: dict[Node, Node] = {}
        graph: Identifier | None = None
        for p, o, g in triples:
            one.setdefault(p, o)
            graph = graph or g
        article = one.get(PROV.wasDerivedFrom)
        if article is None and graph in self.article_graphs:
            article = graph
        ev = Evidence(sentence=str(one[KG.sentence]) if KG.sentence in one else None,
                      article=article if isinstance(article, (URIRef, BNode)) else None,
                      start=_int(one.get(KG.charStart)), end=_int(one.get(KG.charEnd)))
        s, p, o = one.get(RDF.subject), one.get(RDF.predicate), one.get(RDF.object)
        if s is not None:
            self.evidence_about[s].append(ev)
            if p is not None and o is not None:
                self.evidence[(s, p, o)].append(ev)

    def _add_partnership(self, node: Node, triples: list[tuple[Node, Node, Identifier | None]]) -> None:
        partners = sorted({o for p, o, _ in triples if p == KG.partner}, key=str)
        if len(partners) != 2:
            return  # a partnership must name exactly two cities; anything else is not drawable
        if not all(x in self.entities for x in partners):
            return
        edge = self._tie(partners[0], partners[1])  # type: ignore[arg-type]
        edge.partnerships.add(node)  # type: ignore[arg-type]
        self.partnership_edges[node] = edge.key
        for p, o, g in triples:
            edge.graphs.add(g)
            self.members[g].update(partners)  # type: ignore[arg-type]
            if p == KG.partnershipType and o in TIE_TYPES:
                edge.ties.add(TIE_TYPES[o])  # type: ignore[index]
            elif p == KG.since:
                edge.since.add(str(o))
            elif p == KG.registryYear:
                edge.registry_years.add(str(o))
            elif p == KG.sinceConflict and str(o).lower() in ("true", "1"):
                edge.conflict = True
            elif p == PROV.wasDerivedFrom:
                edge.sources.add(o)

    def _tie(self, x: Entity, y: Entity) -> Edge:
        a, b = sorted((x, y), key=str)
        key = ("tie", str(a), str(b))
        if key not in self.edges:
            self.edges[key] = Edge(key, "tie", a, b)
        return self.edges[key]

    def _add_entity(self, s: Entity, triples: list[tuple[Node, Node, Identifier | None]]) -> None:
        for p, o, g in sorted(triples, key=lambda t: (str(t[0]), str(t[1]))):
            self.members[g].add(s)
            if p == RDF.type:
                continue
            if isinstance(o, Literal):
                if p == SKOS.altLabel:
                    self.alt_labels[s].add(str(o))
                self.facts[s].setdefault((p, o), set()).add(g)  # type: ignore[arg-type]
                if p in (SCHEMA.startDate, SCHEMA.datePublished) and (y := year_of(o)) is not None:
                    self.years[s] = min(y, self.years.get(s, y))
            elif o in self.entities and p in TIE_PREDICATES:
                self.members[g].add(o)  # type: ignore[arg-type]
                edge = self._tie(s, o)  # type: ignore[arg-type]
                edge.graphs.add(g)
                edge.statements.add((s, p, o))
                if (tie := TIE_PREDICATES[p]) is not None:  # type: ignore[index]
                    edge.ties.add(tie)
            elif o in self.entities:
                self.members[g].add(o)  # type: ignore[arg-type]
                key = ("rel", str(s), str(p), str(o))
                edge = self.edges.get(key) or Edge(key, LINK_KINDS.get(p, "other"), s, o, predicate=p)  # type: ignore[arg-type]
                self.edges[key] = edge
                edge.graphs.add(g)
                edge.statements.add((s, p, o))
            else:
                self.facts[s].setdefault((p, o), set()).add(g)  # type: ignore[arg-type]
        best: dict[str, str] = {}  # per language: rdfs:label, else schema:name, else schema:headline
        for pred in LABEL_PREDICATES:
            per_lang: dict[str, list[str]] = defaultdict(list)
            for p, o, _ in triples:
                if p == pred and isinstance(o, Literal):
                    per_lang[o.language or ""].append(str(o))
            for lang, values in per_lang.items():
                best.setdefault(lang, min(values))
        self.labels[s] = {lang: best[lang] for lang in sorted(best)} if best else {}
        if self.entities[s] == "article":
            self.articles[s] = self._article(triples)

    def _article(self, triples: list[tuple[Node, Node, Identifier | None]]) -> Article:
        art = Article()
        for p, o, _ in sorted(triples, key=lambda t: (str(t[0]), str(t[1]))):
            if p == SCHEMA.headline and art.headline is None:
                art.headline = str(o)
            elif p == SCHEMA.url and art.url is None:
                art.url = str(o)
            elif p == SCHEMA.publisher and art.publisher is None:
                art.publisher = o
            elif p == SCHEMA.datePublished and art.date is None:
                art.date = str(o)
        return art

    # -- reading
    def source_of(self, edge: Edge) -> str:
        """``news`` if only articles state the edge, ``registry`` if only other graphs do, else ``both``."""
        news = any(g in self.article_graphs for g in edge.graphs)
        other = any(g not in self.article_graphs for g in edge.graphs)
        return "both" if news and other else ("news" if news else "registry")

    def evidence_for(self, edge: Edge) -> list[Evidence]:
        """Evidence of an edge: of each triple stating it, and of the partnership nodes behind a tie."""
        found: list[Evidence] = []
        keys = set(edge.statements)
        if edge.kind == "tie":
            keys |= {(x, p, y) for p in TIE_PREDICATES for x, y in ((edge.a, edge.b), (edge.b, edge.a))}
        for k in sorted(keys, key=lambda t: tuple(map(str, t))):
            found += self.evidence.get(k, [])
        for node in sorted(edge.partnerships, key=str):
            found += self.evidence_about.get(node, [])
        return _unique(found)

    def graph_kind(self, graph: Identifier | None) -> str:
        """What a named graph is: registry, gazetteer, article, or other."""
        if graph == Registry:
            return "registry"
        if graph == Gazetteer:
            return "gazetteer"
        return "article" if graph in self.article_graphs else "other"


def _int(value: Node | None) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def _unique(items: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for ev in items:
        k = (ev.sentence, ev.article, ev.start, ev.end)
        if k not in seen:
            seen.add(k)
            out.append(ev)
    return out
