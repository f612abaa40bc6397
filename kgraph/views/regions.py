"""Where each node lies, as the cluster layout groups it: (country, province).

Read from the store's ``schema:containedInPlace`` links, drawn or not: a city in a province (a city
that contains cities, such as 경기도) lies in that province and its country; a country is its own
group; a province is the head of its own sub-group. Nodes with no such links (events, people) are
given their neighbours' country later, by :func:`kgraph.views.layout.fill_groups`.
"""
from __future__ import annotations

from collections.abc import Iterable

from .index import Entity, GraphIndex
from .layout import Group


def regions(index: GraphIndex, nodes: Iterable[Entity]) -> dict[Entity, Group]:
    """(country IRI, province IRI or "") for each node whose country is known."""
    out: dict[Entity, Group] = {}
    for node in nodes:
        kind = index.entities.get(node)
        if kind == "country":
            out[node] = (node, "")
            continue
        country, province = _containers(index, node)
        if province is None and kind == "city" and _holds_cities(index, node):
            province = node
        if country is None and province is not None:
            country, _ = _containers(index, province)
        if country is not None:
            out[node] = (country, province or "")
    return out


def _containers(index: GraphIndex, node: Entity) -> tuple[Entity | None, Entity | None]:
    """The first country and the first city (province) ``node`` is located in."""
    country = province = None
    for key in index.adjacency.get(node, ()):
        edge = index.edges[key]
        if edge.kind == "in" and edge.a == node:
            kind = index.entities.get(edge.b)
            if kind == "country" and country is None:
                country = edge.b
            elif kind == "city" and province is None:
                province = edge.b
    return country, province


def _holds_cities(index: GraphIndex, node: Entity) -> bool:
    """Whether some city lies in ``node`` (a venue in a city does not make that city a province)."""
    for key in index.adjacency.get(node, ()):
        edge = index.edges[key]
        if edge.kind == "in" and edge.b == node and index.entities.get(edge.a) == "city":
            return True
    return False
