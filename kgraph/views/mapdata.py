"""The data a map draws: cities at their coordinates, ties between them, events at their places.

Plain JSON-ready values, like :mod:`.payload` (the page's script turns them into text only).
A city is ``{id, u, ko, en, lon, lat, ap, cc, q}`` (``ap``: placed approximately near its country's
centre; ``lon``/``lat`` are ``None`` when it cannot be placed at all), a tie ``{id, a, b, tie, src,
yr, f, ev}`` between two city ids, an event ``{id, u, ko, en, at, yr, date, f, ev, cities}`` drawn at
city ``at`` (its venue's city, else its organizer's, else an attendee's; -1 = nowhere).
Evidence and articles use the graph view's tables (``[sentence, article, start, end]`` and
``[headline, publisher, date, url, -1]``).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..vocab import SCHEMA
from .geo import Point, place_cities
from .index import Edge, Entity, GraphIndex, tie_kind
from .payload import _Builder, fold
from .select import Selection

_LOCATION, _ORGANIZER = str(SCHEMA.location), str(SCHEMA.organizer)
#: Which link of an event places it on the map, best first.
EVENT_PLACE_ORDER = (_LOCATION, _ORGANIZER, str(SCHEMA.attendee), str(SCHEMA.about))


def event_city(index: GraphIndex, event: Entity) -> Entity | None:
    """The city an event happens in: its venue (or the venue's city), else its organizer, else an attendee."""
    links: dict[str, list[Entity]] = {}
    for k in index.adjacency.get(event, ()):
        edge = index.edges[k]
        if edge.kind == "event" and edge.a == event and edge.predicate is not None:
            links.setdefault(edge.predicate, []).append(edge.b)
    for predicate in EVENT_PLACE_ORDER:
        for target in sorted(links.get(predicate, ())):
            kind = index.entities.get(target)
            if kind == "city":
                return target
            if kind == "place" and predicate == _LOCATION:
                city = _place_city(index, target)
                if city is not None:
                    return city
    return None


def _place_city(index: GraphIndex, place: Entity) -> Entity | None:
    for k in index.adjacency.get(place, ()):
        edge = index.edges[k]
        if edge.kind == "in" and edge.a == place and index.entities.get(edge.b) == "city":
            return edge.b
    return None


def _event_cities(index: GraphIndex, event: Entity) -> list[Entity]:
    """Every city an event names (organizer, attendee, venue), in IRI order."""
    found = set()
    for k in index.adjacency.get(event, ()):
        edge = index.edges[k]
        if edge.kind == "event":
            other = edge.b if edge.a == event else edge.a
            if index.entities.get(other) == "city":
                found.add(other)
    return sorted(found)


def event_evidence(index: GraphIndex, event: Entity) -> list[Edge]:
    """The edges of an event (organizer, attendee, venue …) whose evidence its panel shows."""
    return [index.edges[k] for k in index.adjacency.get(event, ()) if index.edges[k].kind == "event"]


def build_map_data(index: GraphIndex, selection: Selection, *, title: str, lang: str) -> dict[str, Any]:
    """The map's data for the cities, ties and events of ``selection``."""
    b = _Builder(index, selection)
    city_nodes = sorted(n for n in selection.nodes if index.entities.get(n) == "city")
    ids = {c: i for i, c in enumerate(city_nodes)}
    points: dict[Entity, Point | None] = place_cities(index, city_nodes)
    cities: list[dict[str, Any]] = []
    for c in city_nodes:
        pt = points[c]
        ko, en = b.label(c, "ko"), b.label(c, "en")
        names = set(index.labels.get(c, {}).values()) | index.alt_labels.get(c, set()) | {ko, en}
        cities.append({"id": ids[c], "u": c, "ko": ko, "en": en, "lon": pt.lon if pt else None,
                       "lat": pt.lat if pt else None, "ap": bool(pt and pt.approx), "cc": pt.country if pt else None,
                       "q": fold("\n".join(sorted(names))), "c": c == selection.center})
    ties: list[dict[str, Any]] = []
    for k in sorted(selection.edges):
        edge = selection.edge(index, k)
        if edge.tie is None or edge.a not in ids or edge.b not in ids:
            continue
        ties.append({"id": len(ties), "a": ids[edge.a], "b": ids[edge.b], "tie": tie_kind(edge.tie),
                     "src": index.source_of(edge), "yr": edge.year, "f": b.edge_facts(edge),
                     "ev": b.evidence_ids(index.evidence_for(edge))})
    events: list[dict[str, Any]] = []
    for e in sorted(n for n in selection.nodes if index.entities.get(n) == "event"):
        at = event_city(index, e)
        evidence: list[int] = []
        for edge in event_evidence(index, e):
            evidence += [i for i in b.evidence_ids(index.evidence_for(edge)) if i not in evidence]
        events.append({"id": len(events), "u": e, "ko": b.label(e, "ko"), "en": b.label(e, "en"),
                       "at": ids.get(at, -1) if at is not None else -1, "yr": index.years.get(e),
                       "f": b.node_facts(e), "ev": evidence,
                       "cities": [ids[c] for c in _event_cities(index, e) if c in ids]})
    years = [t["yr"] for t in ties if t["yr"] is not None] + [e["yr"] for e in events if e["yr"] is not None]
    return {
        "meta": {"title": title, "lang": lang, "scope": selection.scope,
                 "center": ids.get(selection.center, -1) if selection.center else -1,
                 "years": [min(years), max(years)] if years else None,
                 "counts": {"cities": len(cities),
                            "placed": sum(1 for c in cities if c["lon"] is not None and not c["ap"]),
                            "approx": sum(1 for c in cities if c["ap"]),
                            "unplaced": sum(1 for c in cities if c["lon"] is None),
                            "ties": dict(Counter(t["tie"] for t in ties)), "events": len(events)}},
        "cities": cities, "ties": ties, "events": events, "evidence": b.evidence, "articles": b.articles,
    }
