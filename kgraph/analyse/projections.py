"""Projections of the knowledge graph to networkx: partnership, co-attendance and city–event graphs.

Every projection is built from two SPARQL queries (ties or event participation, then the nodes'
labels and countries), never by walking rdflib graphs, so it stays fast on a store of a million
triples (co-attendance pairs are formed in Python from each event's participants). Node ids are
IRIs; all attributes are flat ``str``/``int``/``float``/``bool`` values (lists joined with a
space, unknown numbers left out), so GraphML and GEXF writers take the graphs as they are.
"""
from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

import networkx as nx

from ..errors import UsageError
from . import queries
from .flat import join
from .model import Entity

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

#: The projections :func:`to_networkx` builds.
VIEWS: tuple[str, ...] = ("partnership", "co-attendance", "city-event")


def to_networkx(kg: KnowledgeGraph, *, view: str = "partnership") -> nx.Graph[str]:
    """The graph ``kg`` projected to an undirected networkx graph.

    ``partnership``: cities, one edge per pair of cities with a tie; edge attributes ``tie_type``,
    ``year`` (earliest stated; absent when unknown), ``years``, ``year_conflict``, ``sources``,
    ``weight`` (number of sources) and ``tie`` (the ``kg:Partnership`` IRIs).

    ``co-attendance``: cities and organizations that attended or organized the same events;
    ``weight`` is the number of shared events, ``events`` their IRIs. Kept apart from ties.

    ``city-event``: bipartite; cities (``bipartite=0``) linked to the events (``bipartite=1``)
    they attended or organized, edge attribute ``role``.

    Nodes carry ``label``, ``label_en``, ``label_ko``, ``country`` (ISO code) and ``kind``.

    >>> from kgraph import KnowledgeGraph
    >>> g = to_networkx(KnowledgeGraph.shipped())
    >>> g.edges["https://w3id.org/kgraph/id/city/kr/gwangmyeong", "https://w3id.org/kgraph/id/city/us/austin"]["year"]
    1999
    """
    builders = {"partnership": partnership_graph, "co-attendance": co_attendance_graph,
                "city-event": city_event_graph}
    if view not in builders:
        raise UsageError(f"unknown view {view!r}; choose one of: {', '.join(VIEWS)}")
    return builders[view](kg)


def _graph(view: str) -> nx.Graph[str]:
    g: nx.Graph[str] = nx.Graph()
    g.graph.update({"name": f"kgraph {view}", "view": view})
    return g


def _add_nodes(g: nx.Graph[str], nodes: dict[str, Entity], *, extra: dict[str, object] | None = None) -> None:
    for iri in sorted(nodes):
        g.add_node(iri, **nodes[iri].attrs(), **(extra or {}))


def partnership_graph(kg: KnowledgeGraph) -> nx.Graph[str]:
    """Cities and their ties (see :func:`to_networkx`)."""
    g = _graph("partnership")
    _add_nodes(g, queries.entities(kg, queries.TIE_PARTIES))
    for tie in queries.ties(kg):
        for end in (tie.a, tie.b):
            if end not in g:
                g.add_node(end, **Entity(end).attrs())
        g.add_edge(tie.a, tie.b, **tie.attrs())
    return g


def co_attendance_graph(kg: KnowledgeGraph) -> nx.Graph[str]:
    """Cities and organizations linked by the events they shared (see :func:`to_networkx`)."""
    g = _graph("co-attendance")
    nodes = queries.entities(kg, queries.PARTICIPANTS)
    _add_nodes(g, nodes)
    shared: dict[tuple[str, str], list[str]] = {}
    for p in queries.participation(kg):
        who = sorted(n for n in p.roles() if n in nodes)
        for a, b in combinations(who, 2):
            shared.setdefault((a, b), []).append(p.event)
    for (a, b), events in sorted(shared.items()):
        g.add_edge(a, b, kind="co-attendance", weight=len(events), events=join(events))
    return g


def city_event_graph(kg: KnowledgeGraph) -> nx.Graph[str]:
    """The bipartite graph of cities and the events they took part in (see :func:`to_networkx`)."""
    g = _graph("city-event")
    cities = queries.entities(kg, queries.CITY_PARTICIPANTS)
    _add_nodes(g, cities, extra={"bipartite": 0})
    for p in queries.participation(kg):
        roles = {c: r for c, r in p.roles().items() if c in cities}
        if not roles:
            continue
        g.add_node(p.event, label=p.label or p.event.rsplit("/", 1)[-1], label_en="", label_ko="", country="",
                   kind="event", bipartite=1, date=p.date, article=p.article)
        for c in sorted(roles):
            g.add_edge(c, p.event, kind="participation", role=join(roles[c]))
    return g
