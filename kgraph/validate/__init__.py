"""Validation of the graph against the vocabulary contract, as SHACL shapes run by pySHACL.

The shapes (``shapes.ttl``, shipped as package data) check that ties are symmetric, that a
``kg:Partnership`` has two partners and a source, that events end after they start and do not
start after their article was published, that facts read from articles have evidence, that cities
lie in a country and that labels have language tags.

>>> from kgraph.graph import KnowledgeGraph
>>> validate(KnowledgeGraph.shipped()).violations
()
"""
from .engine import validate
from .report import ValidationReport, Violation
from .shapes import Rule, rules, shapes_graph, shapes_path

__all__ = ["Rule", "ValidationReport", "Violation", "rules", "shapes_graph", "shapes_path", "validate"]
