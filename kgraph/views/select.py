"""Which part of the graph a view draws: all of it, a city's ego network, one article, or a CONSTRUCT.

Each function returns a :class:`Selection`: the entities and edges to draw, plus nodes and edges a
CONSTRUCT query made up (they exist only in its answer). :func:`check_options` refuses a choice
that does not go together and :func:`construct_answer` runs the CONSTRUCT, for every kind of view.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib.term import Node

from ..analyse.model import TIE_PREDICATES
from ..errors import RenderError, UsageError
from . import texts
from .index import Edge, EdgeKey, Entity, GraphIndex, Lit, key

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

#: Edge kinds an ego network walks along. "in" (city → country) and "mentions" (article → anything)
#: are not walked: one step through a country or an article would reach half the graph.
WALKED_KINDS = frozenset({"tie", "event", "affiliation", "other"})


@dataclass
class Selection:
    """The entities and edges a view draws."""

    scope: str  #: graph | city | article | query
    nodes: set[Entity] = field(default_factory=set)
    edges: set[EdgeKey] = field(default_factory=set)
    center: Entity | None = None
    extra_edges: dict[EdgeKey, Edge] = field(default_factory=dict)  #: triples a CONSTRUCT made up

    def edge(self, index: GraphIndex, key: EdgeKey) -> Edge:
        """The edge behind ``key``, from the index or made up by the query."""
        return self.extra_edges.get(key) or index.edges[key]


def whole(index: GraphIndex) -> Selection:
    """Every entity and every edge."""
    return Selection("graph", nodes=set(index.entities), edges=set(index.edges))


def ego(index: GraphIndex, center: Entity, *, depth: int) -> Selection:
    """``center``, everything within ``depth`` steps along ties, events and affiliations, and context.

    Context: the countries the drawn cities lie in, and the articles that mention ``center``.
    """
    if center not in index.entities:
        raise RenderError(f"{center} is not a city, event or other drawable entity of the graph; "
                          "pass a name from `kgraph query 'SELECT ?l { ?c a schema:City ; rdfs:label ?l }'`")
    if depth < 0:
        raise RenderError(f"--depth must be 0 or more, not {depth}")
    seen = {center}
    frontier = [center]
    for _ in range(depth):
        nxt: list[Entity] = []
        for node in frontier:
            for k in index.adjacency.get(node, ()):
                edge = index.edges[k]
                if edge.kind not in WALKED_KINDS:
                    continue
                other = edge.b if edge.a == node else edge.a
                if other not in seen:
                    seen.add(other)
                    nxt.append(other)
        frontier = nxt
    context: set[Entity] = set()
    for node in seen:
        for k in index.adjacency.get(node, ()):
            edge = index.edges[k]
            if edge.kind == "in" and edge.a == node and index.entities.get(edge.b) == "country":
                context.add(edge.b)
            elif edge.kind == "mentions" and edge.b == center:
                context.add(edge.a)
    nodes = seen | context
    return Selection("city", nodes=nodes, edges=_edges_among(index, nodes), center=center)


def article(index: GraphIndex, article_iri: Entity) -> Selection:
    """What one article says: the entities and edges of its named graph."""
    if article_iri not in index.members and article_iri not in index.entities:
        raise RenderError(f"no article {article_iri} in the store; check the URL, or ingest the article first "
                          "(`kgraph ingest FILE --url URL`)")
    nodes = set(index.members.get(article_iri, set())) | ({article_iri} if article_iri in index.entities else set())
    edges = {k for k in _edges_among(index, nodes) if article_iri in index.edges[k].graphs}
    return Selection("article", nodes=nodes, edges=edges, center=article_iri if article_iri in index.entities else None)


def construct(index: GraphIndex, triples: Iterable[tuple[Node, Node, Node]]) -> Selection:
    """What a CONSTRUCT answer names: its entities, the edges its triples state, and its own inventions.

    A triple between two entities is drawn as the stored edge it matches (with its evidence); one the
    store does not hold is drawn as a plain relation. A ``kg:Partnership`` node stands for its tie.
    Only entities are drawn: a triple's literals and other IRIs (classes, source URLs) are not.
    """
    sel = Selection("query")
    for triple in triples:
        s, p, o = (key(t) for t in triple)
        for term in (s, o):
            if term in index.partnership_edges:
                k = index.partnership_edges[term]
                sel.edges.add(k)
                sel.nodes |= {index.edges[k].a, index.edges[k].b}
            elif term in index.entities:
                sel.nodes.add(term)
        if s not in index.entities or o not in index.entities or isinstance(p, Lit):
            continue
        if p in TIE_PREDICATES:
            a, b = sorted((s, o))
            if ("tie", a, b) in index.edges:
                sel.edges.add(("tie", a, b))
                continue
        rel: EdgeKey = ("rel", s, p, o)
        if rel not in index.edges:
            sel.extra_edges[rel] = Edge(rel, "other", s, o, predicate=p)
        sel.edges.add(rel)
    return sel


def _edges_among(index: GraphIndex, nodes: set[Entity]) -> set[EdgeKey]:
    found: set[EdgeKey] = set()
    for node in nodes:
        for k in index.adjacency.get(node, ()):
            edge = index.edges[k]
            if edge.a in nodes and edge.b in nodes:
                found.add(k)
    return found


def check_options(*, city: str | None, depth: int | None, article: str | None, query: str | None,
                  lang: str) -> None:
    """Refuse options that do not go together (one of city, article and query; depth only with city)."""
    if lang not in texts.LANGS:
        raise UsageError(f"--lang must be one of {', '.join(texts.LANGS)}, not {lang!r}")
    chosen = [name for name, value in (("--city", city), ("--article", article), ("--query", query)) if value]
    if len(chosen) > 1:
        raise UsageError(f"give one of --city, --article and --query, not {' and '.join(chosen)}")
    if depth is not None and not city:
        raise UsageError("--depth goes with --city (how far the city's ego network reaches); add --city NAME")


def construct_answer(kg: KnowledgeGraph, query: str, *, timeout: float | None) -> list[tuple[Node, Node, Node]]:
    """The triples of ``query``'s answer, which must be a CONSTRUCT (or DESCRIBE): what to draw."""
    result = kg.query(query, timeout=timeout)
    if result.kind != "CONSTRUCT":
        raise RenderError(f"--query needs a CONSTRUCT (or DESCRIBE) query, whose triples say what to draw; this is "
                          f"a {result.kind} query. Rewrite it as CONSTRUCT {{ ?a kg:partnerOf ?b }} WHERE {{ … }}")
    return result.triples
