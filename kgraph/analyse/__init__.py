"""Network analysis of the knowledge graph: networkx projections and the figures built on them.

>>> from kgraph.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.shipped()
>>> [s.end.label for s in path(kg, "광명시", "오스틴").steps]
['Austin']
"""
from .centrality import Community, Ranked, communities, rank
from .projections import VIEWS, to_networkx
from .stats import Stats, stats
from .ties import Partners, SharedPartners, TiePath, partners, path, shared_partners

__all__ = ["VIEWS", "Community", "Partners", "Ranked", "SharedPartners", "Stats", "TiePath", "communities",
           "partners", "path", "rank", "shared_partners", "stats", "to_networkx"]
