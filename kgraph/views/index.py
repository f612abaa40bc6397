"""Read a store's quads once into the tables every view is drawn from.

An *entity* is anything of a drawn class (city, country, event, organization, person, place,
article). ``kg:Partnership``, ``kg:PartnershipStep`` and ``kg:Evidence`` nodes are never drawn: a
partnership becomes an edge between its two cities (its :class:`~kgraph.analyse.model.Tie`, read by
:func:`~kgraph.analyse.model.read_ties` as the analyses read theirs), a step of its life is kept with that edge
(:meth:`GraphIndex.steps_of`), and evidence is attached to the fact it supports. Every other triple
between two entities becomes an edge; a triple from an entity to a literal or to an outside IRI
becomes a *fact* shown in the side panel.

Inside the index every IRI is a plain ``str`` (a blank node is ``"_:id"``) and every literal a
:class:`Lit`, so the pass over 100,000 quads costs dictionary look-ups, not rdflib comparisons.

>>> from rdflib import Literal, URIRef
>>> from kgraph.vocab import KG, RDF, RDFS, SCHEMA
>>> a, b = URIRef("urn:a"), URIRef("urn:b")
>>> idx = GraphIndex.from_quads([(a, RDF.type, SCHEMA.City, None), (b, RDF.type, SCHEMA.City, None),
...                              (a, KG.sisterCityOf, b, None), (a, RDFS.label, Literal("A", lang="en"), None)])
>>> [(e.kind, e.tie.types if e.tie else None) for e in idx.edges.values()]
[('tie', ('sister',))]
>>> idx.entities["urn:a"], idx.labels["urn:a"]
('city', {'en': 'A'})
"""
from __future__ import annotations

import gc
import re
import typing
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple, overload

from rdflib import BNode, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.term import Identifier, Node

from ..analyse.model import TIE_PREDICATES, TIE_TYPE_IRIS, Stated, Tie, TieType, read_ties
from ..vocab import KG, KGR, SCHEMA, STEP_KINDS, EntityKind

Quad = tuple[Node, Node, Node, Identifier | None]
Entity = str  #: an IRI, or "_:id" for a blank node
EdgeKey = tuple[str, ...]


class Lit(NamedTuple):
    """A literal as the index keeps it: its text, language tag and datatype IRI ("" when absent)."""

    value: str
    lang: str = ""
    datatype: str = ""


Value = Entity | Lit
TieKind = TieType | typing.Literal["unspecified"]  #: how a tie is drawn: its strongest type, if it states one

# Terms used in the hot loop, as plain strings.
_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_DERIVED = str(PROV.wasDerivedFrom)
_EVIDENCE, _PARTNERSHIP = str(KG.Evidence), str(KG.Partnership)
_SENTENCE, _START, _END = str(KG.sentence), str(KG.charStart), str(KG.charEnd)
_TIE_TYPE = str(KG.partnershipType)
_STEP, _STEP_OF, _STEP_KIND, _STEP_DATE = str(KG.PartnershipStep), str(KG.stepOf), str(KG.stepKind), str(KG.stepDate)
_REPORTED, _ANNIVERSARY = str(KG.reportedOn), str(KG.anniversaryYears)
_STEP_ORDER = {k: i for i, k in enumerate(STEP_KINDS)}  #: signing before upgrade on the same date
_NEWS = str(SCHEMA.NewsArticle)
_DATED = {str(SCHEMA.startDate), str(SCHEMA.datePublished)}
_ARTICLE_GRAPHS = str(KGR["article/"])
_HEADLINE, _URL, _PUBLISHER, _PUBLISHED = (str(SCHEMA.headline), str(SCHEMA.url), str(SCHEMA.publisher),
                                           str(SCHEMA.datePublished))

#: What a node of the index is: an entity of one of the vocabulary's classes, or an article.
NodeKind = EntityKind | typing.Literal["article"]
#: Drawn classes, strongest first: a node of several classes takes the first that applies.
TYPE_ORDER: tuple[tuple[str, NodeKind], ...] = (
    (str(SCHEMA.NewsArticle), "article"), (str(SCHEMA.Event), "event"), (str(SCHEMA.Person), "person"),
    (str(SCHEMA.Organization), "organization"), (str(SCHEMA.Country), "country"), (str(SCHEMA.City), "city"),
    (str(SCHEMA.Place), "place"),
)
LINK_KINDS: dict[str, str] = {
    str(SCHEMA.organizer): "event", str(SCHEMA.attendee): "event", str(SCHEMA.location): "event",
    str(SCHEMA.about): "event", str(SCHEMA.worksFor): "affiliation", str(SCHEMA.memberOf): "affiliation",
    str(SCHEMA.containedInPlace): "in", str(SCHEMA.mentions): "mentions",
}
LABEL_PREDICATES = (_LABEL, str(SCHEMA.name), _HEADLINE)
_YEAR = re.compile(r"^\s*(-?\d{4})")


@overload
def key(term: None) -> None: ...
@overload
def key(term: Node) -> Value: ...
@overload
def key(term: Node | None) -> Value | None: ...
def key(term: Node | None) -> Value | None:
    """The index's form of an rdflib term: IRI → str, blank node → "_:id", literal → :class:`Lit`.

    >>> key(Literal("광명시", lang="ko"))
    Lit(value='광명시', lang='ko', datatype='')
    """
    if term is None:
        return None
    if isinstance(term, Literal):
        return Lit(str(term), term.language or "", str(term.datatype) if term.datatype is not None else "")
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def year_of(value: Lit | str | None) -> int | None:
    """The year a date-like value starts with (``"2024-10-29"`` → 2024), else None.

    >>> year_of("1997"), year_of(Lit("---04")), year_of(None)
    (1997, None, None)
    """
    if value is None:
        return None
    m = _YEAR.match(value.value if isinstance(value, Lit) else value)
    return int(m.group(1)) if m else None


@dataclass
class Evidence:
    """One ``kg:Evidence`` node: the sentence (absent for articles whose text is not carried) and its article."""

    sentence: str | None
    article: Entity | None
    start: int | None
    end: int | None


@dataclass
class Article:
    """What the panel says about a source article."""

    headline: str | None = None
    url: str | None = None
    publisher: Value | None = None
    date: str | None = None


@dataclass
class Step:
    """One ``kg:PartnershipStep``: a step of a tie's life (signing, upgrade, renewal, anniversary,
    suspension, ending) as one source reports it, with its two times."""

    node: Entity
    kind: str  #: the local name of its kg:stepKind (Signing, Upgrade, …)
    tie_type: TieType | None  #: the type the step names (an upgrade: the new one)
    date: str | None  #: kg:stepDate, as stated (valid time): ``2015`` or ``2015-04-02``
    reported: str | None  #: kg:reportedOn (the reporting article's publication date)
    years: int | None  #: kg:anniversaryYears: the N of an N-th anniversary
    article: Entity | None  #: the source article (prov:wasDerivedFrom, else the article graph stating it)


@dataclass
class Edge:
    """One drawn edge: a tie between two cities (``kind == "tie"``, with its ``tie``) or a relation
    between two entities."""

    key: EdgeKey
    kind: str  #: tie | event | affiliation | in | mentions | other
    a: Entity  #: from (ties: the smaller IRI)
    b: Entity  #: to
    predicate: str | None = None  #: the relation's property IRI (None for ties)
    graphs: set[str | None] = field(default_factory=set)  #: named graphs that state it
    statements: set[tuple[str, str, str]] = field(default_factory=set)  #: triples to look evidence up by
    tie: Tie | None = None  #: what the graph says of the tie (None for a relation)

    @property
    def year(self) -> int | None:
        """The year a tie is drawn at: the earliest its ``kg:since`` values state (None for a relation)."""
        return since_year(self.tie) if self.tie is not None else None


def tie_kind(tie: Tie) -> TieKind:
    """How a view draws ``tie``: its strongest type, ``unspecified`` when it states none.

    >>> tie_kind(Tie("urn:a", "urn:b", types=("other", "friendship"))), tie_kind(Tie("urn:a", "urn:b"))
    ('friendship', 'unspecified')
    """
    return tie.main_type or "unspecified"


def since_year(tie: Tie) -> int | None:
    """The earliest year ``tie``'s ``kg:since`` values state, read as the views read dates (see :func:`year_of`).

    >>> since_year(Tie("urn:a", "urn:b", since=("2001-05-01", "1999")))
    1999
    """
    years = [y for y in (year_of(s) for s in tie.since) if y is not None]
    return min(years) if years else None


class GraphIndex:
    """Entities, labels, facts, edges and evidence of a whole store, read in one pass."""

    def __init__(self) -> None:
        self.entities: dict[Entity, NodeKind] = {}  #: entity -> node type
        self.labels: dict[Entity, dict[str, str]] = {}  #: entity -> language ('' = none) -> label
        self.alt_labels: dict[Entity, set[str]] = defaultdict(set)
        self.facts: dict[Entity, dict[tuple[str, Value], None]] = defaultdict(dict)  #: ordered set of (p, o)
        self.edges: dict[EdgeKey, Edge] = {}
        self.adjacency: dict[Entity, list[EdgeKey]] = defaultdict(list)
        self.evidence: dict[tuple[Value, str, Value], list[Evidence]] = defaultdict(list)
        self.evidence_about: dict[Value, list[Evidence]] = defaultdict(list)  #: by rdf:subject
        self.articles: dict[Entity, Article] = {}
        self.article_graphs: set[str] = set()
        self.years: dict[Entity, int] = {}  #: event start year, article publication year
        self.members: dict[str | None, set[Entity]] = defaultdict(set)  #: graph -> entities it speaks of
        self.partnership_edges: dict[Entity, EdgeKey] = {}  #: kg:Partnership node -> its tie
        self.steps: dict[EdgeKey, list[Step]] = {}  #: tie -> its kg:PartnershipStep nodes, in no set order

    # -- building
    @classmethod
    def from_quads(cls, quads: Iterable[Quad]) -> GraphIndex:
        """Index every quad (graph ``None`` = the default graph)."""
        with paused_gc():
            return cls._build(quads)

    @classmethod
    def _build(cls, quads: Iterable[Quad]) -> GraphIndex:
        idx = cls()
        by_subject: dict[Value, list[tuple[str, Value, str | None]]] = defaultdict(list)
        types: dict[Value, set[Value]] = defaultdict(set)
        graphs: set[str] = set()
        for s, p, o, g in quads:
            sk, pk, ok = key(s), str(p), key(o)
            gk = str(g) if g is not None else None
            by_subject[sk].append((pk, ok, gk))
            if pk == _TYPE:
                types[sk].add(ok)
            if gk is not None:
                graphs.add(gk)
        for subj, ts in types.items():
            if isinstance(subj, Lit):
                continue
            kind = next((name for cls_, name in TYPE_ORDER if cls_ in ts), None)
            if kind is not None:
                idx.entities[subj] = kind
            if _NEWS in ts:
                idx.article_graphs.add(subj)
        idx.article_graphs |= {g for g in graphs if g.startswith(_ARTICLE_GRAPHS)}
        steps: list[tuple[Value, Step]] = []
        partnerships: list[tuple[Entity, list[tuple[str, Value, str | None]]]] = []
        direct: list[tuple[Entity, str, Entity, str | None]] = []  #: (city, tie property, city, graph)
        for subj, triples in by_subject.items():
            ts = types.get(subj, set())
            if _EVIDENCE in ts:
                idx._add_evidence(triples)
            elif _PARTNERSHIP in ts:
                partnerships.append((subj, triples))  # type: ignore[arg-type]  # a subject: never a literal
            elif _STEP in ts:
                steps.append(idx._step(subj, triples))  # type: ignore[arg-type]  # a subject: never a literal
            if subj in idx.entities:
                idx._add_entity(subj, triples, direct)
        idx._add_ties(partnerships, direct)
        for tie, step in steps:  # after the loop: a step may come before its partnership
            if (k := idx.partnership_edges.get(tie)) is not None:  # type: ignore[arg-type]  # kg:stepOf links IRIs
                idx.steps.setdefault(k, []).append(step)
        for k in sorted(idx.edges):
            edge = idx.edges[k]
            idx.adjacency[edge.a].append(k)
            if edge.b != edge.a:
                idx.adjacency[edge.b].append(k)
        return idx

    def _add_evidence(self, triples: list[tuple[str, Value, str | None]]) -> None:
        one: dict[str, Value] = {}
        graph: str | None = None
        for p, o, g in triples:
            one.setdefault(p, o)
            graph = graph or g
        article = one.get(_DERIVED)
        if article is None and graph in self.article_graphs:
            article = graph
        sentence = one.get(_SENTENCE)
        ev = Evidence(sentence=sentence.value if isinstance(sentence, Lit) else None,
                      article=article if isinstance(article, str) else None,
                      start=_int(one.get(_START)), end=_int(one.get(_END)))
        subj, pred, obj = one.get(_SUBJECT), one.get(_PREDICATE), one.get(_OBJECT)
        if subj is not None:
            self.evidence_about[subj].append(ev)
            if isinstance(pred, str) and obj is not None:
                self.evidence[(subj, pred, _loose(obj))].append(ev)

    def _add_ties(self, partnerships: list[tuple[Entity, list[tuple[str, Value, str | None]]]],
                  direct: list[tuple[Entity, str, Entity, str | None]]) -> None:
        """Draw every tie between two entities, read by :func:`read_ties` from the partnerships and
        the direct tie properties, with the graphs that state it."""
        stated = [(node, [_stated(p, o) for p, o, _ in triples]) for node, triples in partnerships]
        for tie in read_ties(stated, [(s, p, o) for s, p, o, _ in direct], self_ties=True):
            if tie.a in self.entities and tie.b in self.entities:  # only a tie between drawn entities is drawn
                edge_key: EdgeKey = ("tie", tie.a, tie.b)
                self.edges[edge_key] = Edge(edge_key, "tie", tie.a, tie.b, tie=tie)
                for node in tie.partnerships:
                    self.partnership_edges[node] = edge_key
        for node, triples in partnerships:
            if (drawn := self.partnership_edges.get(node)) is not None:
                edge = self.edges[drawn]
                for _, _, g in triples:
                    edge.graphs.add(g)
                    self.members[g].update((edge.a, edge.b))
        for s, p, o, g in direct:
            edge = self.edges[("tie", *sorted((s, o)))]
            edge.graphs.add(g)
            edge.statements.add((s, p, o))

    def _step(self, node: Entity, triples: list[tuple[str, Value, str | None]]) -> tuple[Value, Step]:
        """A step and the partnership it is a step of (the least value where a property repeats)."""
        one: dict[str, Value] = {}
        graph: str | None = None
        for p, o, g in sorted(triples, key=_order):
            one.setdefault(p, o)
            graph = graph or g
        kind, typ = _text(one.get(_STEP_KIND)), one.get(_TIE_TYPE)
        article = one.get(_DERIVED)
        if not isinstance(article, str) and graph in self.article_graphs:
            article = graph
        step = Step(node=node, kind=kind.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or "Step",
                    tie_type=TIE_TYPE_IRIS.get(typ) if isinstance(typ, str) else None,
                    date=_text(one[_STEP_DATE]) if _STEP_DATE in one else None,
                    reported=_text(one[_REPORTED]) if _REPORTED in one else None,
                    years=_int(one.get(_ANNIVERSARY)), article=article if isinstance(article, str) else None)
        return one.get(_STEP_OF, ""), step

    def _add_entity(self, s: Entity, triples: list[tuple[str, Value, str | None]],
                    direct: list[tuple[Entity, str, Entity, str | None]]) -> None:
        """An entity's labels, facts and relations; its direct tie statements go to ``direct``."""
        entities, facts, members = self.entities, self.facts[s], self.members
        labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for p, o, g in triples:  # order does not matter: facts are sorted when shown, labels take the least
            members[g].add(s)
            if p == _TYPE:
                continue
            if isinstance(o, Lit):
                if p in LABEL_PREDICATES:
                    labels[p][o.lang].append(o.value)
                elif p == _ALT:
                    self.alt_labels[s].add(o.value)
                facts[(p, o)] = None
                if p in _DATED and (y := year_of(o)) is not None:
                    self.years[s] = min(y, self.years.get(s, y))
            elif o in entities and p in TIE_PREDICATES:
                members[g].add(o)
                direct.append((s, p, o, g))
            elif o in entities:
                members[g].add(o)
                k = ("rel", s, p, o)
                rel = self.edges.get(k)
                if rel is None:
                    rel = self.edges[k] = Edge(k, LINK_KINDS.get(p, "other"), s, o, predicate=p)
                rel.graphs.add(g)
                rel.statements.add((s, p, o))
            else:
                facts[(p, o)] = None
        best: dict[str, str] = {}  # per language: rdfs:label, else schema:name, else schema:headline
        for pred in LABEL_PREDICATES:
            for lang, values in labels.get(pred, {}).items():
                best.setdefault(lang, min(values))
        self.labels[s] = dict(sorted(best.items()))
        if self.entities[s] == "article":
            self.articles[s] = self._article(triples)

    def _article(self, triples: list[tuple[str, Value, str | None]]) -> Article:
        art = Article()
        for p, o, _ in sorted(triples, key=_order):
            if p == _HEADLINE and art.headline is None:
                art.headline = _text(o)
            elif p == _URL and art.url is None:
                art.url = _text(o)
            elif p == _PUBLISHER and art.publisher is None:
                art.publisher = o
            elif p == _PUBLISHED and art.date is None:
                art.date = _text(o)
        return art

    # -- reading
    def source_of(self, edge: Edge) -> str:
        """``news`` if only articles state the edge, ``registry`` if only other graphs do, else ``both``."""
        news = any(g in self.article_graphs for g in edge.graphs)
        other = any(g not in self.article_graphs for g in edge.graphs)
        return "both" if news and other else ("news" if news else "registry")

    def evidence_for(self, edge: Edge) -> list[Evidence]:
        """Evidence of an edge: of each triple stating it, and of the partnership nodes behind a tie."""
        table = self.evidence
        found: list[Evidence] = []
        for k in edge.statements:
            found += table.get(k, ())
        if edge.tie is not None:
            for p in TIE_PREDICATES:
                found += table.get((edge.a, p, edge.b), ())
                found += table.get((edge.b, p, edge.a), ())
            for node in edge.tie.partnerships:
                found += self.evidence_about.get(node, ())
        return _unique(found) if len(found) > 1 else found

    def steps_of(self, edge: Edge) -> list[Step]:
        """The recorded steps of a tie's life, in time order (valid date, else reported date; undated last)."""
        found = self.steps.get(edge.key, [])
        return sorted(found, key=lambda s: (year_of(s.date or s.reported) is None, s.date or s.reported or "",
                                            _STEP_ORDER.get(s.kind, len(_STEP_ORDER)), s.reported or "", s.node))

    def evidence_of_fact(self, s: Entity, p: str, o: Value) -> list[Evidence]:
        """Evidence of one fact ``(s, p, o)`` (a literal matches on its text and language)."""
        return self.evidence.get((s, p, _loose(o)), [])


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building a view allocates ~10 objects per quad and keeps
    them all, so each collection would only walk the whole index again (a third of the time at
    100,000 quads). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _loose(value: Value) -> Value:
    """A literal without its datatype, so evidence for ``500`` finds the fact ``"500"^^xsd:integer``."""
    return Lit(value.value, value.lang) if isinstance(value, Lit) else value


def _order(t: tuple[str, Value, str | None]) -> tuple[str, str, str]:
    p, o, g = t
    return p, o.value if isinstance(o, Lit) else o, g or ""


def _text(value: Value | None) -> str:
    return "" if value is None else (value.value if isinstance(value, Lit) else value)


def _stated(p: str, o: Value) -> Stated:
    """A partnership's statement as :func:`read_ties` takes it."""
    return (p, o.value, True) if isinstance(o, Lit) else (p, o, False)


def _int(value: Value | None) -> int | None:
    try:
        return int(_text(value)) if value is not None else None
    except ValueError:
        return None


def _unique(items: list[Evidence]) -> list[Evidence]:
    """Each piece of evidence once, in a stable order (article, position, sentence)."""
    seen = {(ev.article or "", ev.start if ev.start is not None else -1, ev.sentence or "", ev.end or -1): ev
            for ev in items}
    return [seen[k] for k in sorted(seen)]
