"""Counts kept as the store is written, so that aggregate named queries answer at once at any size.

``ties-per-country`` counts every tie of every country: at a million triples that is some 60,000
rows to group, seconds of work for any query plan. Its inner aggregate (ties, sister-city ties and
friendship-city ties per country) is therefore kept in the named graph
``kgr:graph/aggregate/ties-per-country`` and updated with each write that goes through
:class:`~kgraph.graph.KnowledgeGraph`:

- an article's graph replaced (``ingest``): only the ties whose partners or types the old and the
  new graph state differently, or whose cities they place differently, are counted again, before
  and after, and the difference applied (reading an article again changes nothing, and costs two
  lookups);
- a file loaded into a store that keeps counts (``kgraph load``), a SPARQL update (``kgraph
  serve``), or a ``kgraph ingest`` that finds no current counts (a new store, or an interrupted
  write): counted again from scratch. A store without counts (new, in memory, or never ingested
  into) answers with the plain query, which is fast on a small graph.

The graph carries a marker (``kg:AggregateCache``) only while its counts are current: it is removed
before a write and put back after, so a write that did not finish leaves no marker, and the named
query then runs in full (same answer, slower) until the next full count. Writes that bypass
``KnowledgeGraph`` (another program on a shared SPARQL server, the backend's own methods) are not
seen: count again with :meth:`KnowledgeGraph.recount <kgraph.graph.KnowledgeGraph.recount>` after them
(``kgraph ingest`` does so by itself when it finds the counts not current).

The answer through the counts equals the plain query's; ``tests/test_query_aggregates.py`` and
``benchmarks/bench_store.py`` check it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal
from rdflib.namespace import RDF, XSD
from rdflib.term import Identifier, Node

from ..store.ntriples import NTriples
from ..vocab import KG, KGR, SCHEMA

if TYPE_CHECKING:
    from ..graph_core import GraphCore  # a KnowledgeGraph, or the core its own methods pass (self)

GRAPH = KGR["graph/aggregate/ties-per-country"]  #: where the counts live
MARKER = (GRAPH, RDF.type, KG.AggregateCache)  #: present only while the counts are current
TIES, SISTER, FRIENDSHIP = KG.tieCount, KG.sisterTieCount, KG.friendshipTieCount
_PREDICATES = (TIES, SISTER, FRIENDSHIP)
#: the predicates of the triples a tie's contribution depends on (see :func:`affected_ties`)
_COUNTED = (KG.partner, KG.partnershipType, SCHEMA.containedInPlace)

#: the inner aggregate of ties-per-country, counted in full (the plain query's own pattern)
FULL_COUNT = """SELECT ?c (COUNT(DISTINCT ?tie) AS ?ties) (COUNT(DISTINCT ?sTie) AS ?sister)
       (COUNT(DISTINCT ?fTie) AS ?friendship)
WHERE {
  ?tie kg:partner ?city .
  ?city schema:containedInPlace ?c .
  OPTIONAL { ?tie kg:partnershipType kg:SisterCity . BIND(?tie AS ?sTie) }
  OPTIONAL { ?tie kg:partnershipType kg:FriendshipCity . BIND(?tie AS ?fTie) }
}
GROUP BY ?c"""

#: ties-per-country read from the counts; the outer part (country codes, names) is joined live
FROM_COUNTS = """SELECT ?country ?name ?ties ?sister ?friendship
WHERE {
  GRAPH <%s> { ?c kg:tieCount ?ties ; kg:sisterTieCount ?sister ; kg:friendshipTieCount ?friendship }
  ?c a schema:Country ; kg:iso3166 ?country .
  OPTIONAL { ?c rdfs:label ?name . FILTER(LANG(?name) = "en") }
}
ORDER BY DESC(?ties) ?country""" % GRAPH  # noqa: UP031  (an f-string would double every SPARQL brace)

#: named query -> the text that answers it from the counts
FAST_TEXT: dict[str, str] = {"ties-per-country": FROM_COUNTS}


@dataclass(frozen=True)
class Contribution:
    """What one tie adds to the counts: the countries of its cities, and whether it is sister / friendship."""

    countries: frozenset[Node]
    sister: bool
    friendship: bool


Counts = dict[Node, tuple[int, int, int]]


def ready(kg: GraphCore) -> bool:
    """True when the store holds current counts."""
    return any(True for _ in kg.backend.quads(*MARKER, g=GRAPH))


def kept(kg: GraphCore) -> bool:
    """True when the store keeps counts (current or not); a store that never had them is left alone."""
    return any(True for _ in kg.backend.quads(None, None, None, g=GRAPH))


def text_for(kg: GraphCore, name: str) -> str | None:
    """The text answering named query ``name`` from the counts, or None (no counts for it, or not current)."""
    fast = FAST_TEXT.get(name)
    return fast if fast is not None and ready(kg) else None


def read_counts(kg: GraphCore) -> Counts:
    """The stored counts, by country."""
    found: dict[Node, list[int]] = {}
    for s, p, o, _ in kg.backend.quads(None, None, None, g=GRAPH):
        if p in _PREDICATES:
            found.setdefault(s, [0, 0, 0])[_PREDICATES.index(p)] = int(o)  # type: ignore[call-overload]  # the counts are integer literals
    return {c: (v[0], v[1], v[2]) for c, v in found.items()}


def _triples(counts: Counts, *, current: bool) -> Iterator[tuple[Node, Node, Node]]:
    for c, values in sorted(counts.items(), key=lambda kv: str(kv[0])):
        if values[0] <= 0:
            continue
        for p, n in zip(_PREDICATES, values):
            yield (c, p, Literal(n, datatype=XSD.integer))
    if current:
        yield MARKER


def write_counts(kg: GraphCore, counts: Counts, *, current: bool = True) -> None:
    """Replace the stored counts (with the marker when ``current``), in one transaction."""
    kg.backend.replace_graph(GRAPH, list(_triples(counts, current=current)))


def full_count(kg: GraphCore) -> Counts:
    """Count every country's ties from the graph itself."""
    res = kg.query(FULL_COUNT)
    return {row["c"]: (int(row["ties"]), int(row["sister"]), int(row["friendship"]))  # type: ignore[call-overload]  # COUNTs are integer literals
            for row in res if "c" in row}


def refresh(kg: GraphCore) -> Counts:
    """Count again from scratch and store the counts (as current)."""
    counts = full_count(kg)
    write_counts(kg, counts)
    return counts


def contribution(kg: GraphCore, tie: Node) -> Contribution:
    """What ``tie`` adds to the counts now (as the full count would count it)."""
    q = kg.backend.quads
    cities = {o for _, _, o, _ in q(tie, KG.partner, None)}
    countries = frozenset(o for city in cities for _, _, o, _ in q(city, SCHEMA.containedInPlace, None))
    return Contribution(countries, any(True for _ in q(tie, KG.partnershipType, KG.SisterCity)),
                        any(True for _ in q(tie, KG.partnershipType, KG.FriendshipCity)))


def affected_ties(kg: GraphCore, graph: Identifier, new: Iterable[tuple[Node, Node, Node]] | NTriples) -> set[Node]:
    """Ties whose contribution replacing ``graph`` with ``new`` may change.

    Only triples that the old and the new graph do not share can change anything: the ties they
    give or take a partner or a type, and the ties of each city they place in, or take out of, a
    place that no other graph places it in. (So only the triples of those three predicates are
    compared; packed triples are unpacked for those alone.)
    """
    q = kg.backend.quads
    old = {(s, p, o) for p in _COUNTED for s, _, o, _ in q(None, p, None, g=graph)}
    if isinstance(new, NTriples):
        new = new.triples(predicates={str(p) for p in _COUNTED})
    changed = old.symmetric_difference(t for t in new if t[1] in _COUNTED)
    ties = {s for s, p, _ in changed if p in (KG.partner, KG.partnershipType)}
    for s, p, o in changed:
        if p == SCHEMA.containedInPlace and not any(g != graph for _, _, _, g in q(s, p, o)):
            ties |= {t for t, _, _, _ in q(None, KG.partner, s)}
    return ties


def apply(counts: Counts, before: dict[Node, Contribution], after: dict[Node, Contribution]) -> Counts:
    """The counts with each tie's old contribution taken away and its new one added.

    >>> from rdflib import URIRef
    >>> kr, jp, t = URIRef("urn:kr"), URIRef("urn:jp"), URIRef("urn:t")
    >>> apply({kr: (1, 1, 0)}, {t: Contribution(frozenset([kr]), True, False)},
    ...       {t: Contribution(frozenset([kr, jp]), False, True)})
    {rdflib.term.URIRef('urn:kr'): (1, 0, 1), rdflib.term.URIRef('urn:jp'): (1, 0, 1)}
    """
    delta: Counter[tuple[Node, int]] = Counter()
    for sign, side in ((-1, before), (1, after)):
        for c in side.values():
            for country in c.countries:
                delta[(country, 0)] += sign
                delta[(country, 1)] += sign * c.sister
                delta[(country, 2)] += sign * c.friendship
    out = dict(counts)
    for country in {k[0] for k in delta}:
        old = out.get(country, (0, 0, 0))
        out[country] = (old[0] + delta[(country, 0)], old[1] + delta[(country, 1)], old[2] + delta[(country, 2)])
    return {c: v for c, v in out.items() if v[0] > 0}


@contextmanager
def maintained(kg: GraphCore, graph: Identifier, new: list[tuple[Node, Node, Node]] | NTriples) -> Iterator[None]:
    """Keep the counts current across replacing ``graph`` with ``new`` (the body does the write).

    Without current counts nothing is kept (the named query then runs in full). The marker is
    taken away before the write and put back with the new counts after it, so a crash in between
    leaves the counts marked not current.
    """
    if not ready(kg):
        yield
        return
    ties = affected_ties(kg, graph, new)
    if not ties:
        yield
        return
    counts = read_counts(kg)
    before = {t: contribution(kg, t) for t in ties}
    write_counts(kg, counts, current=False)
    yield
    after = {t: contribution(kg, t) for t in ties}
    write_counts(kg, apply(counts, before, after))
