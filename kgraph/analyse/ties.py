"""Questions about one or two cities' ties: their partners, the chain between them, shared partners.

Cities are named in any language or alias (``광명시``, ``광명``, ``Gwangmyeong`` or an IRI); a name
that fits several cities is refused with the candidates listed (:meth:`KnowledgeGraph.resolve`).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import URIRef

from ..vocab import SCHEMA
from . import queries
from .model import Entity, Tie

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


@dataclass(frozen=True)
class Partner:
    """A partner of a city and the tie between them."""

    partner: Entity
    tie: Tie


@dataclass(frozen=True)
class Partners:
    """The partners of one city, sorted by country then name."""

    city: Entity
    partners: tuple[Partner, ...]


@dataclass(frozen=True)
class Step:
    """One step of a chain of ties: from ``start`` to ``end`` by ``tie``."""

    start: Entity
    end: Entity
    tie: Tie


@dataclass(frozen=True)
class TiePath:
    """The shortest chain of ties between two cities (no steps when none links them)."""

    start: Entity
    end: Entity
    steps: tuple[Step, ...]
    linked: bool  #: False when no chain of ties links the two cities


@dataclass(frozen=True)
class SharedPartner:
    """A partner two cities share, with each city's tie to it."""

    partner: Entity
    tie_a: Tie
    tie_b: Tie


@dataclass(frozen=True)
class SharedPartners:
    """The partners cities ``a`` and ``b`` both have, and whether ``a`` and ``b`` are tied themselves."""

    a: Entity
    b: Entity
    shared: tuple[SharedPartner, ...]
    direct: Tie | None


def _city(kg: KnowledgeGraph, name: str) -> Entity:
    return queries.entity(kg, kg.resolve(name, kind=SCHEMA.City))


def partners(kg: KnowledgeGraph, city: str) -> Partners:
    """The partners of ``city`` with the type, years and sources of each tie."""
    c = _city(kg, city)
    iri = URIRef(c.iri)
    info = queries.entities(kg, queries.partners_of(iri))
    found = [Partner(info.get(t.other(c.iri), Entity(t.other(c.iri))), t) for t in queries.ties(kg, city=iri)]
    found.sort(key=lambda p: (p.partner.country, p.partner.label.casefold(), p.partner.iri))
    return Partners(c, tuple(found))


def path(kg: KnowledgeGraph, start: str, end: str) -> TiePath:
    """The shortest chain of ties from ``start`` to ``end``, each step with its tie and sources.

    Among chains of the same length the one with the most sources wins (the first 100 are weighed).
    The network comes from one query for the ties; labels are fetched for the cities on the chain only.
    """
    a, b = _city(kg, start), _city(kg, end)
    g: nx.Graph[str] = nx.Graph()
    for tie in queries.ties(kg):
        g.add_edge(tie.a, tie.b, tie=tie)
    if a.iri not in g or b.iri not in g:
        return TiePath(a, b, (), a.iri == b.iri)
    try:
        candidates = []
        for i, nodes in enumerate(nx.all_shortest_paths(g, a.iri, b.iri)):
            candidates.append(nodes)
            if i >= 99:
                break
    except nx.NetworkXNoPath:
        return TiePath(a, b, (), False)
    best = max(candidates, key=lambda ns: sum(g.edges[u, v]["tie"].weight for u, v in pairwise(ns)))
    known = {a.iri: a, b.iri: b}
    for node in best:
        if node not in known:
            known[node] = queries.entity(kg, URIRef(node))
    steps = tuple(Step(known[u], known[v], g.edges[u, v]["tie"]) for u, v in pairwise(best))
    return TiePath(a, b, steps, True)


def shared_partners(kg: KnowledgeGraph, a: str, b: str) -> SharedPartners:
    """The partners cities ``a`` and ``b`` have in common, with both ties to each."""
    pa, pb = partners(kg, a), partners(kg, b)
    of_b = {p.partner.iri: p for p in pb.partners}
    shared = [SharedPartner(p.partner, p.tie, of_b[p.partner.iri].tie) for p in pa.partners
              if p.partner.iri in of_b and p.partner.iri not in (pa.city.iri, pb.city.iri)]
    direct = next((p.tie for p in pa.partners if p.partner.iri == pb.city.iri), None)
    return SharedPartners(pa.city, pb.city, tuple(shared), direct)
