"""Compact JSON-LD with one ``@context``: what ``export --format jsonld`` writes and what a CONSTRUCT answer becomes.

The context (:func:`context`) declares kgraph's prefixes (schema, kg, kgr, rdfs, skos, prov, …) and
language maps for labels, so that a JSON consumer reads ``"label": {"ko": "광명시", "en": "Gwangmyeong"}``
instead of expanded IRIs and value objects. Documents are plain JSON-LD 1.0/1.1 that rdflib and a
JSON-LD processor (pyld) read back into the same triples.

By default a document holds the *union* of the graphs, one node per subject, so that
``rdflib.Graph().parse(path, format="json-ld")`` reads every triple; with ``graphs=True`` it holds
one ``{"@id": graph, "@graph": [...]}`` object per named graph (read it with ``rdflib.Dataset``).

Other modules (the SPARQL endpoint's JSON-LD answers, for one) reuse :func:`context` and
:func:`graph_document` rather than building their own.

>>> ctx = context()
>>> ctx["label"], ctx["schema"]
({'@id': 'rdfs:label', '@container': '@language'}, 'https://schema.org/')
>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> gm = URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong")
>>> g = Graph(); _ = g.add((gm, RDFS.label, Literal("광명시", lang="ko")))
>>> import json; json.loads(graph_document(g))["label"]
{'ko': '광명시'}
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rdflib import Graph
from rdflib.term import Node

from .vocab import PREFIXES

#: Terms of the context besides the prefixes: label-like properties as language maps.
LANGUAGE_MAPS: dict[str, str] = {
    "label": "rdfs:label",
    "altLabel": "skos:altLabel",
    "prefLabel": "skos:prefLabel",
    "headline": "schema:headline",
}


def context() -> dict[str, Any]:
    """kgraph's JSON-LD ``@context``: prefixes plus language maps for labels (a fresh copy each call)."""
    ctx: dict[str, Any] = dict(PREFIXES)
    for term, iri in LANGUAGE_MAPS.items():
        ctx[term] = {"@id": iri, "@container": "@language"}
    return ctx


def _sorted(triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[Node, Node, Node]]:
    return sorted(set(triples), key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3()))


def _dumps(doc: Any, *, indent: int | None) -> str:
    if isinstance(doc, dict) and "@context" in doc:
        doc = {"@context": doc["@context"], **{k: v for k, v in doc.items() if k != "@context"}}
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


def graph_document(graph: Graph | Iterable[tuple[Node, Node, Node]], *, indent: int | None = 1) -> str:
    """One graph (an rdflib ``Graph`` or triples) as a compact JSON-LD document with :func:`context`."""
    g = Graph()
    for s, p, o in _sorted(graph):
        g.add((s, p, o))
    text = g.serialize(format="json-ld", context=context(), auto_compact=True)
    doc = json.loads(text)
    if not isinstance(doc, dict) or ("@graph" not in doc and len(g) == 0):
        doc = {"@context": context(), "@graph": []}
    return _dumps(doc, indent=indent)


def dataset_document(quads: Iterable[tuple[Node, Node, Node, Node | None]], *, graphs: bool = False,
                     indent: int | None = 1) -> str:
    """Quads as compact JSON-LD: their union as one graph, or (``graphs=True``) one object per named graph.

    Triples in no named graph stay in the document's default graph.
    """
    quads = list(quads)
    if not graphs:
        return graph_document(((s, p, o) for s, p, o, _ in quads), indent=indent)
    by_graph: dict[str, list[tuple[Node, Node, Node]]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault("" if g is None else str(g), []).append((s, p, o))
    ctx = context()
    items: list[Any] = []
    for name in sorted(by_graph):
        if name == "":
            items.extend(_nodes(by_graph[name]))
        else:
            items.append({"@id": name, "@graph": _nodes(by_graph[name])})
    return _dumps({"@context": ctx, "@graph": items}, indent=indent)


def _nodes(triples: list[tuple[Node, Node, Node]]) -> list[Any]:
    """The compact node objects of ``triples`` (compacted with :func:`context`, which the caller declares once)."""
    doc = json.loads(graph_document(triples, indent=None))
    if "@graph" in doc:
        return list(doc["@graph"])
    return [{k: v for k, v in doc.items() if k != "@context"}]

