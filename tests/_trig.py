"""The TriG prologue the analysis, validation and projection tests write their small graphs with, and a
helper that loads such a graph."""
from pathlib import Path

from kgraph import KnowledgeGraph

ID = "https://w3id.org/kgraph/id/"
HEAD = """@base <https://w3id.org/kgraph/id/> .
@prefix kg: <https://w3id.org/kgraph/ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def loaded(tmp_path: Path, text: str, name: str = "graph.trig") -> KnowledgeGraph:
    """A memory graph (no shipped data) holding the TriG ``text``, loaded from a file as a user would."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.memory(shipped=False)
    kg.load(path)
    return kg
