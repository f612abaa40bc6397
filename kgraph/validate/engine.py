"""Running pySHACL on a store or a file with kgraph's shapes.

The data graph is the whole store with its named graphs: the default graph is the union of all
graphs (so a city typed in the gazetteer and tied in the registry is seen whole) and SPARQL-based
constraints reach an article's own graph with ``GRAPH``. With pySHACL >= 0.40 the Oxigraph store
is validated in place (fast); older pySHACL gets an rdflib copy.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib.namespace import RDFS
from rdflib.term import Node

from ..errors import ValidationNotRun
from ..graph_core import GraphCore
from .report import ValidationReport, parse_results
from .shapes import rules, shapes_graph

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def validate(source: KnowledgeGraph | str | os.PathLike[str], *,
             shapes: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Validate a graph (an open :class:`KnowledgeGraph`, or an RDF file) against the shapes.

    A file is read into memory on its own (Turtle triples land in one graph named after the file,
    TriG and N-Quads keep their graphs). ``shapes`` replaces the shipped ``shapes.ttl``.
    Never raises for violations: look at :attr:`ValidationReport.conforms`.

    >>> from kgraph import KnowledgeGraph
    >>> validate(KnowledgeGraph.shipped()).conforms
    True
    """
    if isinstance(source, GraphCore):
        return _run(source, shapes=shapes, what=str(source.backend.path or "memory"))
    path = Path(source)
    kg = GraphCore.memory(shipped=False)  # a graph of its own, not the facade (which imports this module)
    try:
        kg.load(path)
        return _run(kg, shapes=shapes, what=str(path))
    finally:
        kg.close()


def _run(kg: GraphCore, *, shapes: str | os.PathLike[str] | None, what: str) -> ValidationReport:
    import pyshacl

    sg = shapes_graph(shapes)
    known = rules(shapes)
    logging.getLogger("pyshacl-validate").setLevel(logging.ERROR)
    try:
        # advanced: SPARQL-based targets (SHACL-AF); inplace: never copy the store (the shapes hold no rules)
        conforms, results, text = pyshacl.validate(_data_graph(kg), shacl_graph=sg, inference="none", advanced=True,
                                                   inplace=True, allow_warnings=True, allow_infos=True)
    except Exception as exc:  # pySHACL reports broken shapes as its own exceptions
        raise ValidationNotRun(f"the shapes could not be run: {exc}; check the shapes file") from exc
    if not hasattr(results, "subjects"):
        raise ValidationNotRun(f"validation did not run: {text}; check the shapes file (--shapes)")

    def label(node: Node) -> str:
        names = sorted({str(o) for _, _, o, _ in kg.backend.quads(node, RDFS.label, None)})
        return ", ".join(names[:3])

    violations = parse_results(results, sg, known, label=label)
    return ValidationReport(conforms=bool(conforms) and not violations, violations=tuple(violations),
                            rules=tuple(known), quads=len(kg), source=what)


def _data_graph(kg: GraphCore) -> Any:
    """What pySHACL validates: the Oxigraph store itself where pySHACL can, else an rdflib Dataset."""
    try:
        from pyshacl.graph_abstraction import OxigraphDataGraph, has_oxigraph
    except ImportError:  # pySHACL < 0.40 reads rdflib graphs only
        has_oxigraph = False
    if not has_oxigraph:
        ds = kg.dataset()
        ds.default_union = True
        return ds
    from ..store.caps import pyoxigraph_store

    return _store_graph_class(OxigraphDataGraph)(pyoxigraph_store(kg.backend))  # in place where it can be


def _store_graph_class(base: type) -> type:
    """pySHACL's Oxigraph data graph, adapted for speed (the results are the same).

    * It is always true: pySHACL writes ``datagraph or shapes`` for every result, which would
      otherwise COUNT the whole store once per violation.
    * Pre-bound IRIs and literals (``$this``) go into the query as a ``VALUES`` row at the start of
      its WHERE clause instead of Oxigraph substitutions, which Oxigraph does not push into
      ``GRAPH`` patterns: one query per focus node then reads a few index entries, not the store.
    """
    import pyoxigraph as ox

    from ..sparql_rewrite import values_bound

    class StoreGraph(base):  # type: ignore[misc]  # the base class is chosen at run time
        def __bool__(self) -> bool:
            return True

        def query_oxigraph(self, query_object: str, initNs: Any = None,
                           initBindings: Any = None, **kwargs: Any) -> Any:
            inline = {k: v for k, v in (initBindings or {}).items() if isinstance(v, (ox.NamedNode, ox.Literal))}
            bound = values_bound(query_object, inline) if inline else None
            if bound is not None:
                query_object = bound
                initBindings = {k: v for k, v in initBindings.items() if k not in inline} or None
            return super().query_oxigraph(query_object, initNs=initNs, initBindings=initBindings, **kwargs)

    return StoreGraph
