"""Where a city lies on the map: its own coordinates, else near its country's centre, else nowhere.

The graph gives ``schema:latitude``/``schema:longitude`` for some cities (the gazetteer's Korean
governments, a few foreign ones). A city without them is placed *approximately*: on a small spiral
around its country's point (the centroid of the country's largest polygon in Natural Earth, from
``static/country-points.json``), and flagged so the page draws it hollow and lists it. A city whose
country is unknown is not placed and is listed as such, never silently dropped.

>>> spiral((127.0, 37.0), 0)
(127.0, 37.0)
>>> [round(v, 2) for v in spiral((127.0, 37.0), 3)]
[127.59, 37.62]
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..vocab import KG, SCHEMA
from .index import Entity, GraphIndex, Lit

_LAT, _LON, _ISO = str(SCHEMA.latitude), str(SCHEMA.longitude), str(KG.iso3166)
_CITY_PATH = "https://w3id.org/kgraph/id/city/"
_GOLDEN = math.pi * (3 - math.sqrt(5))
SPIRAL_STEP = 0.45  #: degrees between neighbours on an approximate spiral


@dataclass(frozen=True)
class Point:
    """A place on the map: longitude, latitude, whether it is approximate, and the country code."""

    lon: float
    lat: float
    approx: bool
    country: str | None


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-1 alpha-2 code → (longitude, latitude) of the country's main polygon's centroid."""
    text = (resources.files("kgraph.views") / "static" / "country-points.json").read_text(encoding="utf-8")
    return {code: (float(p[0]), float(p[1])) for code, p in json.loads(text).items()}


def spiral(center: tuple[float, float], k: int) -> tuple[float, float]:
    """The ``k``-th point of a sunflower spiral around ``center`` (k = 0 is the centre itself)."""
    if k == 0:
        return center
    r = SPIRAL_STEP * math.sqrt(k)
    angle = k * _GOLDEN
    lat = max(-85.0, min(85.0, center[1] + r * math.sin(angle)))
    scale = max(0.2, math.cos(math.radians(center[1])))  # a degree of longitude shrinks towards the poles
    return center[0] + r * math.cos(angle) / scale, lat


def coordinates(index: GraphIndex, node: Entity) -> tuple[float, float] | None:
    """The (longitude, latitude) the graph states for ``node``, if both are there and valid."""
    lat = lon = None
    for p, o in index.facts.get(node, {}):
        if isinstance(o, Lit) and p in (_LAT, _LON):
            try:
                value = float(o.value)
            except ValueError:
                continue
            if p == _LAT and -90 <= value <= 90:
                lat = value if lat is None else min(lat, value)
            elif p == _LON and -180 <= value <= 180:
                lon = value if lon is None else min(lon, value)
    return (lon, lat) if lat is not None and lon is not None else None


def country_of(index: GraphIndex, node: Entity) -> str | None:
    """The ISO code of the country ``node`` lies in (``schema:containedInPlace`` a country with
    ``kg:iso3166``), else the code in a ``kgr:city/<iso2>/…`` IRI, else None."""
    for k in index.adjacency.get(node, ()):
        edge = index.edges[k]
        if edge.kind == "in" and edge.a == node and index.entities.get(edge.b) == "country":
            for p, o in index.facts.get(edge.b, {}):
                if p == _ISO and isinstance(o, Lit) and o.value.strip():
                    return o.value.strip().upper()
    if node.startswith(_CITY_PATH):
        code = node[len(_CITY_PATH):].split("/", 1)[0]
        if len(code) == 2 and code.isalpha():
            return code.upper()
    return None


def place_cities(index: GraphIndex, cities: list[Entity]) -> dict[Entity, Point | None]:
    """A :class:`Point` for each city (``None`` where neither coordinates nor a known country place it).

    Cities without coordinates are spread, in IRI order, on a spiral around their country's point,
    skipping the centre so that the country's own label stays clear.
    """
    points = country_points()
    placed: dict[Entity, Point | None] = {}
    counters: dict[str, int] = {}
    for city in sorted(cities):
        country = country_of(index, city)
        own = coordinates(index, city)
        if own is not None:
            placed[city] = Point(own[0], own[1], False, country)
        elif country is not None and country in points:
            counters[country] = counters.get(country, 0) + 1
            lon, lat = spiral(points[country], counters[country])
            placed[city] = Point(round(lon, 4), round(lat, 4), True, country)
        else:
            placed[city] = None
    return placed
