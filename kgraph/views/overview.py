"""The overview of a big graph: countries as meta-nodes, expanded on click, and search to any city.

Above :data:`OVERVIEW_THRESHOLD` entities the whole-graph view opens as an overview. It reads only
what it draws, by pattern, not the whole store: cities and countries (``rdf:type``), their labels,
where each city lies (``schema:containedInPlace``), and the ties (``kg:partner`` of each
``kg:Partnership`` with its type and year, plus ``kg:partnerOf`` pairs stated without a partnership
node). Events, people, organizations, places and articles are counted, not drawn.

The page gets compact columns (names, group, province, degree per city; ties as a flat list of
``[a, b, type, year]``), so 100,000 nodes stay a few megabytes; meta-nodes are laid out once here
(networkx's spring layout over the country graph, weighted by ties).

>>> groups_of({"c1": ["K"], "c2": ["p"], "p": ["K"]}, countries={"K"})
{'c1': ('K', ''), 'c2': ('K', 'p'), 'p': ('K', 'p')}
"""
from __future__ import annotations

import math
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..analyse.model import TIE_ORDER, TIE_PREDICATES, Stated, read_ties
from ..vocab import KG, SCHEMA
from .index import TYPE_ORDER, since_year, tie_kind
from .payload import display_label

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

OVERVIEW_THRESHOLD = 2500  #: entities above which the whole-graph view opens as an overview
EXPAND_MAX = 600  #: cities one click shows at most (best connected first); search reaches the rest
_NONE = ""  #: the group of cities whose country is unknown
_TYPE = str(RDF.type)


def pairs(kg: KnowledgeGraph, p: str, o: str | None = None) -> Iterator[tuple[str, str, str | None]]:
    """``(subject, object, language)`` strings for the quads with predicate ``p`` (and object ``o``):
    the store's fast plain-string reader where it has one, else through rdflib terms. ``language``
    is None for an IRI object, the tag (or "") for a literal."""
    from ..store.caps import plain_pairs

    plain = plain_pairs(kg.backend, p, o)
    if plain is not None:
        yield from plain
        return
    for s, _, obj, _ in kg.backend.quads(p=URIRef(p), o=None if o is None else URIRef(o)):
        subject = "_:" + str(s) if isinstance(s, BNode) else str(s)
        if isinstance(obj, Literal):
            yield subject, str(obj), obj.language or ""
        else:
            yield subject, ("_:" + str(obj) if isinstance(obj, BNode) else str(obj)), None


def entity_count(kg: KnowledgeGraph) -> int:
    """How many drawable entities the store holds (one pattern read per class)."""
    seen: set[str] = set()
    for cls, _ in TYPE_ORDER:
        seen.update(s for s, _, _ in pairs(kg, _TYPE, cls))
    return len(seen)


def groups_of(containers: Mapping[str, Iterable[str]], *, countries: set[str]) -> dict[str, tuple[str, str]]:
    """(country, province) of each place: its country directly or through its province (a city that
    other cities lie in); a province is its own province."""
    holds = {c for places in containers.values() for c in places if c not in countries}
    out: dict[str, tuple[str, str]] = {}
    for node, places in sorted(containers.items()):
        country = next((c for c in sorted(places) if c in countries), None)
        province = next((c for c in sorted(places) if c not in countries), None)
        if province is None and node in holds:
            province = node
        if country is None and province is not None:
            country = next((c for c in sorted(containers.get(province, ())) if c in countries), None)
        if country is not None:
            out[node] = (country, province or "")
    return out


def read_overview(kg: KnowledgeGraph) -> dict[str, Any]:
    """Cities, countries, labels, places and ties, read by pattern (see the module's docstring)."""
    cities = sorted({s for s, _, _ in pairs(kg, _TYPE, str(SCHEMA.City))})
    countries = {s for s, _, _ in pairs(kg, _TYPE, str(SCHEMA.Country))}
    wanted = set(cities) | countries
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    alt: dict[str, set[str]] = defaultdict(set)
    for s, o, lang in pairs(kg, str(RDFS.label)):
        if s in wanted and lang is not None:
            mine = labels[s]
            if lang not in mine or o < mine[lang]:
                mine[lang] = o
    for s, o, lang in pairs(kg, str(SKOS.altLabel)):
        if s in wanted and lang is not None:
            alt[s].add(o)
    containers: dict[str, list[str]] = defaultdict(list)
    for s, o, _lang in pairs(kg, str(SCHEMA.containedInPlace)):
        if s in wanted and o in wanted:
            containers[s].append(o)
    iso = {s: o for s, o, lang in pairs(kg, str(KG.iso3166)) if s in countries and lang is not None}
    stated: dict[str, list[Stated]] = defaultdict(list)  # what the overview draws of a partnership
    for prop in (str(KG.partner), str(KG.partnershipType), str(KG.since)):
        for s, o, lang in pairs(kg, prop):
            stated[s].append((prop, o, lang is not None))
    direct = [(s, p, o) for p in TIE_PREDICATES for s, o, lang in pairs(kg, p) if lang is None]
    ties = {(t.a, t.b): t for t in read_ties(stated.items(), direct) if t.a in wanted and t.b in wanted}
    others = {name: sum(1 for _ in pairs(kg, _TYPE, cls)) for cls, name in TYPE_ORDER
              if name not in ("city", "country")}
    return {"cities": cities, "countries": countries, "labels": labels, "alt": alt, "containers": containers,
            "iso": iso, "ties": ties, "others": others}


def _layout(groups: list[str], weights: Counter[tuple[int, int]], sizes: list[int], *,
            seed: int) -> list[tuple[float, float]]:
    """Meta-node positions: a weighted spring layout, scaled so that the biggest discs do not overlap."""
    import networkx as nx

    if len(groups) == 1:
        return [(0.0, 0.0)]
    g: nx.Graph[int] = nx.Graph()
    g.add_nodes_from(range(len(groups)))
    for (a, b), n in weights.items():
        g.add_edge(a, b, weight=math.log1p(n))
    pos = nx.spring_layout(g, seed=seed, weight="weight", k=2.0 / math.sqrt(len(groups)), iterations=80)
    scale = 110 * math.sqrt(len(groups))
    return [(round(float(pos[i][0]) * scale, 1), round(float(pos[i][1]) * scale, 1)) for i in range(len(groups))]


def build_overview_data(read: dict[str, Any], *, title: str, lang: str, seed: int = 7) -> dict[str, Any]:
    """The overview page's data from :func:`read_overview`'s tables."""
    from .payload import fold

    labels, cities = read["labels"], read["cities"]
    places = groups_of(read["containers"], countries=read["countries"])
    group_names = sorted({places[c][0] for c in cities if c in places}) + \
        ([_NONE] if any(c not in places for c in cities) else [])
    gid = {g: i for i, g in enumerate(group_names)}
    cid = {c: i for i, c in enumerate(cities)}
    provinces = sorted({places[c][1] for c in cities if c in places and places[c][1]})
    pid = {p: i for i, p in enumerate(provinces)}
    tie_rows: list[int] = []
    degree = [0] * len(cities)
    meta_edges: Counter[tuple[int, int]] = Counter()
    tie_count = [0] * len(group_names)
    group_of = [gid[places[c][0]] if c in places else gid[_NONE] for c in cities]
    for (a, b), tie in sorted(read["ties"].items()):
        if a not in cid or b not in cid:
            continue
        ia, ib = cid[a], cid[b]
        tie_rows += [ia, ib, (*TIE_ORDER, "unspecified").index(tie_kind(tie)), since_year(tie) or 0]
        degree[ia] += 1
        degree[ib] += 1
        ga, gb = group_of[ia], group_of[ib]
        tie_count[ga] += 1
        if gb != ga:
            tie_count[gb] += 1
            meta_edges[(min(ga, gb), max(ga, gb))] += 1
    sizes = Counter(group_of)
    positions = _layout(group_names, meta_edges, [sizes[i] for i in range(len(group_names))], seed=seed)

    def name(node: str, code: str) -> str:
        if node == _NONE:
            return "국가 미상" if code == "ko" else "Country unknown"
        return display_label(labels.get(node, {}), code, read["iso"].get(node, node.rsplit("/", 1)[-1]))

    groups = [{"u": g, "ko": name(g, "ko"), "en": name(g, "en"), "cc": read["iso"].get(g, ""), "n": sizes[i],
               "t": tie_count[i], "x": positions[i][0], "y": positions[i][1]} for i, g in enumerate(group_names)]
    ko = [display_label(labels.get(c, {}), "ko", c.rsplit("/", 1)[-1]) for c in cities]
    en = [display_label(labels.get(c, {}), "en", c.rsplit("/", 1)[-1]) for c in cities]
    search = [fold("\n".join(sorted(set(labels.get(c, {}).values()) | read["alt"].get(c, set()) | {ko[i], en[i]})))
              for i, c in enumerate(cities)]
    return {
        "meta": {"title": title, "lang": lang, "expandMax": EXPAND_MAX,
                 "counts": {"cities": len(cities), "countries": len(read["countries"]), "ties": len(tie_rows) // 4,
                            "groups": len(group_names), **read["others"]}},
        "groups": groups, "metaEdges": [[a, b, n] for (a, b), n in sorted(meta_edges.items())],
        "cities": {"u": cities, "ko": ko, "en": en, "q": search, "g": group_of,
                   "p": [pid[places[c][1]] if c in places and places[c][1] else -1 for c in cities], "d": degree},
        "provinces": [{"ko": name(p, "ko"), "en": name(p, "en")} for p in provinces],
        "ties": tie_rows,
    }


def overview_page(kg: KnowledgeGraph, *, title: str | None, titles: dict[str, str], lang: str, version: str,
                  seed: int = 7) -> tuple[str, dict[str, int]]:
    """The overview page's HTML and what it holds."""
    from .shell import assemble

    shown = title or titles[lang]
    data = build_overview_data(read_overview(kg), title=shown, lang=lang, seed=seed)
    counts = data["meta"]["counts"]
    subtitles = {"ko": f"도시 {counts['cities']:,}곳 · 결연 {counts['ties']:,}개 · 국가 {counts['groups']:,}개 묶음",
                 "en": f"{counts['cities']:,} cities · {counts['ties']:,} ties · {counts['groups']:,} country groups"}
    html = assemble("overview.html.j2", kind="overview", lang=lang, title=shown, titles={} if title else titles,
                    version=version, blocks={"kg-overview-data": data}, subtitles=subtitles, counts=counts)
    return html, {"cities": counts["cities"], "ties": counts["ties"], "groups": counts["groups"]}


def timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """``fn(*args, **kwargs)`` and the seconds it took (used by the benchmark)."""
    t = time.perf_counter()
    return fn(*args, **kwargs), time.perf_counter() - t
