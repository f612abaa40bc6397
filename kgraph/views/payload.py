"""The data a page draws: nodes, edges, facts, evidence and articles as plain JSON-ready values.

Everything here is *data*: the page's script turns it into text with ``textContent`` and never into
markup. Facts are lists ``[property, value, language, kind, [evidence ids]]`` where ``kind`` is
``t`` (text), ``u`` (a web address), ``i`` (another IRI) or ``a`` (an article: value is its id in
``articles``); evidence is ``[sentence, article id, charStart, charEnd]``; an article is
``[headline, publisher, date, url, node id]`` (-1 where it is not drawn).
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rdflib.namespace import PROV, RDFS, SKOS

from ..vocab import KG, PREFIXES, SCHEMA
from .index import Edge, Entity, Evidence, GraphIndex, Lit, Value, tie_kind
from .layout import Layout, layout
from .options import vis_options
from .regions import regions
from .select import Selection

LABEL_MAX = 40  #: characters of a name drawn on the canvas (the panel shows it whole)
_FACT_ORDER = [str(t) for t in (RDFS.label, SCHEMA.name, SCHEMA.headline, SKOS.altLabel, SCHEMA.jobTitle,
                                 SCHEMA.startDate, SCHEMA.endDate, SCHEMA.datePublished, KG.attendeeCount,
                                 KG.attendeeCountApproximate, KG.dateInferred, SCHEMA.url)]
_FACT_RANK = {p: i for i, p in enumerate(_FACT_ORDER)}
_DERIVED = str(PROV.wasDerivedFrom)
_OURS = ("https://w3id.org/kgraph/", "http://www.w3.org/")


@lru_cache(maxsize=4096)
def compact(iri: str) -> str:
    """An IRI with one of the contract's prefixes (``schema:startDate``), else the IRI itself.

    >>> compact("https://schema.org/startDate"), compact("urn:x")
    ('schema:startDate', 'urn:x')
    """
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def fold(text: str) -> str:
    """Text as search compares it: case and accents dropped, Hangul kept whole.

    >>> fold("Osnabrück"), fold("오스나브뤼크")
    ('osnabruck', '오스나브뤼크')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept).lower()


def display_label(labels: Mapping[str, str], lang: str, fallback: str) -> str:
    """The name to show in ``lang`` (ko or en), falling back to the other language, then any.

    >>> display_label({"ko": "오스나브뤼크", "de": "Osnabrück"}, "en", "x")
    'Osnabrück'
    """
    if lang == "ko":
        order = ["ko", "en", ""]
    else:
        order = ["en", "", *sorted(k for k in labels if k not in ("en", "", "ko")), "ko"]
    for key in order + sorted(labels):
        if labels.get(key):
            return labels[key]
    return fallback


def short(text: str, limit: int = LABEL_MAX) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Payload:
    """The page's data and the figures a summary reports."""

    data: dict[str, Any]
    layout: Layout

    @property
    def node_count(self) -> int:
        return len(self.data["nodes"])

    @property
    def edge_count(self) -> int:
        return len(self.data["edges"])


class _Builder:
    def __init__(self, index: GraphIndex, selection: Selection) -> None:
        self.index = index
        self.sel = selection
        self.nodes: list[Entity] = sorted(selection.nodes, key=str)
        self.ids: dict[Entity, int] = {n: i for i, n in enumerate(self.nodes)}
        self.edges: list[Edge] = [e for e in (selection.edge(index, k) for k in sorted(selection.edges))
                                  if e.a in self.ids and e.b in self.ids]
        self.evidence: list[list[Any]] = []
        self._evidence_ids: dict[tuple[Any, ...], int] = {}
        self.articles: list[list[Any]] = []
        self._article_ids: dict[Entity, int] = {}

    def label(self, node: Entity, lang: str) -> str:
        tail = node.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return display_label(self.index.labels.get(node, {}), lang, tail)

    def article_id(self, node: Entity) -> int:
        if node not in self._article_ids:
            art = self.index.articles.get(node)
            publisher = art.publisher if art else None
            pub = publisher.value if isinstance(publisher, Lit) else (self.label(publisher, "ko") if publisher else "")
            self._article_ids[node] = len(self.articles)
            self.articles.append([
                (art.headline if art else None) or node, pub, (art.date if art else None) or "",
                (art.url if art else None) or "", self.ids.get(node, -1)])
        return self._article_ids[node]

    def evidence_ids(self, found: list[Evidence]) -> list[int]:
        out = []
        for ev in found:
            art = self.article_id(ev.article) if ev.article is not None else -1
            key = (ev.sentence, art, ev.start, ev.end)
            if key not in self._evidence_ids:
                self._evidence_ids[key] = len(self.evidence)
                self.evidence.append([ev.sentence or "", art, ev.start, ev.end])
            out.append(self._evidence_ids[key])
        return out

    def value(self, p: str, o: Value) -> list[Any]:
        """[property, value, language, kind, evidence] for one fact (evidence filled by the caller)."""
        if isinstance(o, Lit):
            return [compact(p), o.value, o.lang, "t", []]
        if o in self.index.articles:
            return [compact(p), self.article_id(o), "", "a", []]
        web = o.lower().startswith(("http://", "https://")) and not o.startswith(_OURS)
        return [compact(p), o, "", "u" if web else "i", []]

    def node_facts(self, node: Entity) -> list[list[Any]]:
        out = []
        for p, o in sorted(self.index.facts.get(node, {}), key=_fact_order):
            fact = self.value(p, o)
            fact[4] = self.evidence_ids(self.index.evidence_of_fact(node, p, o))
            out.append(fact)
        return out

    def edge_facts(self, edge: Edge) -> list[list[Any]]:
        out: list[list[Any]] = []
        if (tie := edge.tie) is not None:
            out += [["kg:partnershipType", t, "", "tie", []] for t in tie.types]
            out += [["kg:since", s, "", "t", []] for s in tie.since]
            out += [["kg:registryYear", s, "", "t", []] for s in tie.registry_years]
            if tie.flagged:
                out.append(["kg:sinceConflict", "true", "", "t", []])
            out += [self.value(_DERIVED, src) for src in tie.sources]
        return out

    def build(self, *, title: str, subtitle: str, lang: str, seed: int) -> Payload:
        degree: Counter[Entity] = Counter()
        for e in self.edges:
            degree[e.a] += 1
            degree[e.b] += 1
        labels_en = {n: self.label(n, "en") for n in self.nodes}
        lay = layout(self.nodes, [(e.a, e.b) for e in self.edges], groups=regions(self.index, self.nodes),
                     labels=labels_en, seed=seed)
        nodes: list[dict[str, Any]] = []
        for i, n in enumerate(self.nodes):
            ko, en = self.label(n, "ko"), labels_en[n]
            names = set(self.index.labels.get(n, {}).values()) | self.index.alt_labels.get(n, set()) | {ko, en}
            x, y = lay.positions[n]
            nodes.append({
                "id": i, "u": n, "t": self.index.entities.get(n, "other"), "ko": ko, "en": en,
                "q": fold("\n".join(sorted(names))), "x": x, "y": y, "d": degree.get(n, 0),
                "yr": self.index.years.get(n), "f": self.node_facts(n), "c": n == self.sel.center,
            })
        edges: list[dict[str, Any]] = []
        for j, e in enumerate(self.edges):
            tie = tie_kind(e.tie) if e.tie is not None else None
            edges.append({
                "id": j, "a": self.ids[e.a], "b": self.ids[e.b], "k": e.kind,
                "p": compact(e.predicate) if e.predicate is not None else None,
                "tie": tie, "src": self.index.source_of(e) if e.kind == "tie" else None,
                "yr": e.year if e.kind == "tie" else None,
                "f": self.edge_facts(e), "ev": self.evidence_ids(self.index.evidence_for(e)),
            })
        years = [y for y in [*(self.index.years.get(n) for n in self.nodes),
                             *(e.year for e in self.edges if e.kind == "tie")]
                 if y is not None]
        data = {
            "meta": {
                "title": title, "subtitle": subtitle, "lang": lang, "scope": self.sel.scope,
                "center": self.ids.get(self.sel.center, -1) if self.sel.center is not None else -1,
                "physics": lay.physics, "layout": lay.method,
                "options": vis_options(physics=lay.physics, big=not lay.physics),
                # a large view is laid out by country: its thousands of "located in" links only blur it
                "hidden": {"links": ["in"]} if lay.method == "clusters" else {},
                "years": [min(years), max(years)] if years else None,
                "counts": {
                    "types": dict(Counter(n["t"] for n in nodes)),
                    "ties": dict(Counter(e["tie"] for e in edges if e["tie"])),
                    "sources": dict(Counter(e["src"] for e in edges if e["src"])),
                    "links": dict(Counter(e["k"] for e in edges)),
                },
            },
            "nodes": nodes, "edges": edges, "evidence": self.evidence, "articles": self.articles,
        }
        return Payload(data, lay)


def _sort_value(v: Value) -> str:
    return v.value if isinstance(v, Lit) else v


def _fact_order(po: tuple[str, Value]) -> tuple[int, str, str, str]:
    p, o = po
    return (_FACT_RANK.get(p, len(_FACT_RANK)), p, _sort_value(o), o.lang if isinstance(o, Lit) else "")


def build_payload(index: GraphIndex, selection: Selection, *, title: str, subtitle: str, lang: str,
                  seed: int = 7) -> Payload:
    """The page's data for ``selection`` of ``index`` (node ids follow the sorted IRIs, so the same
    graph always gives the same file)."""
    return _Builder(index, selection).build(title=title, subtitle=subtitle, lang=lang, seed=seed)
