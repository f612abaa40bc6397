"""kgraph: a sister-city cooperation knowledge graph.

Read news articles about cooperation between local governments, keep the facts as RDF with their
evidence, query them with SPARQL, analyse them with networkx and render them as graph views.

>>> from kgraph import KnowledgeGraph
>>> kg = KnowledgeGraph.shipped()
>>> rows = kg.named_query("partners", params={"city": "광명시"})
>>> "Osnabrück" in {str(r["name_en"]) for r in rows}
True

Importing kgraph has no side effects: nothing is opened, created or downloaded until you call it.
"""
from .errors import KgraphError
from .graph import KnowledgeGraph, default_store_path
from .query.result import QueryResult
from .version import __version__

__all__ = ["KgraphError", "KnowledgeGraph", "QueryResult", "default_store_path", "__version__"]
