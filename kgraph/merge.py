"""Merging two nodes that name one real thing, and taking a merge back.

``merge(kg, keep, drop)`` records ``drop owl:sameAs keep`` with who, when and why in the graph
``kgr:graph/merges``, then rewrites every other graph so that queries see one node: each triple
naming ``drop`` names ``keep`` instead. What each graph lost and gained is kept in the record (as
N-Triples, one JSON entry per graph), so ``unmerge(kg, drop)`` puts every graph back as it was.
Articles ingested later are rewritten the same way at ingest (:func:`canonicalise`), and their
changes join the record, so a merge survives re-reading and can still be taken back.

Each graph is replaced atomically; the record is written first, so an interrupted merge is finished
by running it again.
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD
from rdflib.term import Identifier, Node

from .errors import NotFound, UsageError
from .vocab import KG, KGR

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

MERGES = KGR["graph/merges"]  #: the named graph of merges
Triple = tuple[Node, Node, Node]


@dataclass
class MergeRecord:
    """One merge: which node was kept, which was merged into it, by whom, when, why, and the undo log."""

    node: URIRef
    kept: URIRef
    merged: URIRef
    who: str = ""
    when: str = ""
    why: str = ""
    undo: dict[str, dict[str, list[str]]] = field(default_factory=dict)  #: graph -> removed/added N-Triples

    def triples(self) -> list[Triple]:
        """The record as triples of the merges graph."""
        out: list[Triple] = [(self.merged, OWL.sameAs, self.kept), (self.node, RDF.type, KG.Merge),
                             (self.node, KG.kept, self.kept), (self.node, KG.merged, self.merged),
                             (self.node, PROV.wasAttributedTo, Literal(self.who)),
                             (self.node, PROV.generatedAtTime, Literal(self.when, datatype=XSD.dateTime))]
        if self.why:
            out.append((self.node, RDFS.comment, Literal(self.why)))
        for g, change in sorted(self.undo.items()):
            out.append((self.node, KG.undo, Literal(json.dumps({"graph": g, **change}, ensure_ascii=False))))
        return out


def _nt(t: Triple) -> str:
    return " ".join(x.n3() for x in t) + " ."


def _parse_nt(lines: Iterable[str]) -> set[Triple]:
    from rdflib import Graph

    g = Graph()
    g.parse(data="\n".join(lines), format="nt")
    return set(g)


def _swap(t: Triple, old: Node, new: Node) -> Triple:
    return (new if t[0] == old else t[0], t[1], new if t[2] == old else t[2])


def records(kg: KnowledgeGraph) -> dict[URIRef, MergeRecord]:
    """Every merge in the store, by the IRI that was merged away."""
    recs: dict[URIRef, MergeRecord] = {}
    nodes: dict[Node, MergeRecord] = {}
    rows = list(kg.backend.quads(None, None, None, MERGES))
    for s, p, o, _ in rows:
        if p == KG.merged:
            nodes[s] = recs[o] = MergeRecord(s, URIRef(""), o)  # type: ignore[arg-type,index]  # kg:merged links IRIs
    for s, p, o, _ in rows:
        rec = nodes.get(s)
        if rec is None:
            continue
        if p == KG.kept:
            rec.kept = o  # type: ignore[assignment]  # kg:kept links IRIs
        elif p == PROV.wasAttributedTo:
            rec.who = str(o)
        elif p == PROV.generatedAtTime:
            rec.when = str(o)
        elif p == RDFS.comment:
            rec.why = str(o)
        elif p == KG.undo:
            entry = json.loads(str(o))
            rec.undo[entry.pop("graph")] = entry
    return recs


def mapping(kg: KnowledgeGraph) -> dict[URIRef, URIRef]:
    """merged IRI -> the IRI it was merged into (followed to the end of a chain)."""
    direct = {m: r.kept for m, r in records(kg).items()}
    out = {}
    for m in direct:
        k = direct[m]
        seen = {m}
        while k in direct and k not in seen:
            seen.add(k)
            k = direct[k]
        out[m] = k
    return out


def canonicalise(triples: Iterable[Triple],
                 merged: Mapping[URIRef, URIRef]) -> tuple[list[Triple], list[str], list[str]]:
    """The triples with merged IRIs replaced by the kept ones, and what changed (removed, added) as N-Triples.

    >>> a, b = URIRef("urn:a"), URIRef("urn:b")
    >>> out, removed, added = canonicalise([(b, RDF.type, OWL.Thing)], {b: a})
    >>> out == [(a, RDF.type, OWL.Thing)]
    True
    >>> removed
    ['<urn:b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Thing> .']
    >>> added
    ['<urn:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Thing> .']
    """
    src = list(triples)
    before = set(src)
    out: list[Triple] = []
    removed: list[str] = []
    added: list[str] = []
    for t in src:
        new = t
        for old in (t[0], t[2]):
            if old in merged:
                new = _swap(new, old, merged[old])  # type: ignore[index]  # in `merged`: an IRI
        if new != t:
            removed.append(_nt(t))
            if new not in before:
                added.append(_nt(new))
        out.append(new)
    return list(dict.fromkeys(out)), removed, list(dict.fromkeys(added))


def _graph_triples(kg: KnowledgeGraph, g: Identifier) -> list[Triple]:
    return [(s, p, o) for s, p, o, _ in kg.backend.quads(None, None, None, g)]


def _iri(kg: KnowledgeGraph, value: str) -> URIRef:
    if value.startswith(("http://", "https://", "urn:")):
        iri = URIRef(value)
        if not any(True for _ in kg.backend.quads(iri, None, None)):
            raise NotFound(f"nothing in the store is called {value}; `kgraph entities --duplicates` lists candidates")
        return iri
    return kg.resolve(value)


def merge(kg: KnowledgeGraph, keep: str, drop: str, *, why: str = "", who: str | None = None) -> MergeRecord:
    """Merge ``drop`` into ``keep`` (names or IRIs): one node from now on, recorded and reversible."""
    k, d = _iri(kg, keep), _iri(kg, drop)
    if k == d:
        raise UsageError(f"{keep} and {drop} are already one node ({k})")
    types_k = {o for _, _, o, _ in kg.backend.quads(k, RDF.type, None)}
    types_d = {o for _, _, o, _ in kg.backend.quads(d, RDF.type, None)}
    if types_k and types_d and not types_k & types_d:
        raise UsageError(f"{k} and {d} are of different types; only nodes of one type can be merged")
    recs = records(kg)
    if d in recs and recs[d].kept != k:
        raise UsageError(f"{d} is already merged into {recs[d].kept}; run `kgraph unmerge {d}` first")
    if k in recs:
        raise UsageError(f"{k} is itself merged into {recs[k].kept}; merge into that node instead")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    rec = recs.get(d) or MergeRecord(KGR["merge/" + hashlib.sha1(f"{k}|{d}".encode()).hexdigest()[:16]], k, d,
                                     who or getpass.getuser(), now, why)
    graphs = {g for _, _, _, g in kg.backend.quads(d, None, None) if g is not None} | \
        {g for _, _, _, g in kg.backend.quads(None, None, d) if g is not None}
    graphs.discard(MERGES)
    plan = {}
    for g in sorted(graphs, key=str):
        new, removed, added = canonicalise(_graph_triples(kg, g), {d: k})
        rec.undo[str(g)] = {"removed": removed, "added": added}
        plan[g] = new
    _write_record(kg, rec)
    for g, new in plan.items():
        kg.replace_graph(g, new)  # type: ignore[arg-type]  # kgraph names its graphs with IRIs
    return rec


def note_rewrite(kg: KnowledgeGraph, graph: URIRef, merged: Mapping[URIRef, URIRef], removed: list[str],
                 added: list[str]) -> None:
    """Add what ingest rewrote in ``graph`` to the records of the merges it applied."""
    recs = records(kg)
    for drop in {d for d in merged if any(d.n3() in line for line in removed)}:
        rec = recs[drop]
        mine = [line for line in removed if drop.n3() in line]
        rec.undo[str(graph)] = {"removed": mine, "added": [a for a in added if rec.kept.n3() in a]}
        _write_record(kg, rec)


def _write_record(kg: KnowledgeGraph, rec: MergeRecord) -> None:
    others = [t for t in _graph_triples(kg, MERGES) if t[0] not in (rec.node, rec.merged)]
    kg.replace_graph(MERGES, others + rec.triples())


def unmerge(kg: KnowledgeGraph, drop: str) -> MergeRecord:
    """Take back the merge of ``drop`` (its IRI): every graph gets back what the merge changed."""
    d = URIRef(drop) if drop.startswith(("http://", "https://", "urn:")) else None
    recs = records(kg)
    if d is None:
        hits = [m for m in recs if str(m).rsplit("/", 1)[-1] == drop or drop in str(m)]
        d = hits[0] if len(hits) == 1 else None
    if d is None or d not in recs:
        listed = ", ".join(str(m) for m in recs) or "none"
        raise NotFound(f"no merge of {drop} is recorded; merged nodes: {listed}")
    rec = recs[d]
    for g, change in rec.undo.items():
        graph = URIRef(g)
        current = set(_graph_triples(kg, graph))
        current -= _parse_nt(change.get("added", []))
        current |= _parse_nt(change.get("removed", []))
        kg.replace_graph(graph, sorted(current, key=lambda t: tuple(map(str, t))))
    others = [t for t in _graph_triples(kg, MERGES) if t[0] not in (rec.node, rec.merged)]
    kg.replace_graph(MERGES, others)
    return rec
