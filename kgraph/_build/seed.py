"""The seed article's reading in the shipped graph — its facts and offsets, not its sentences.

The page ``shared/corpus/gwangmyeong-forum-2024.txt`` is third-party text: the shipped graph carries
kgraph's reading of it (metadata, entities, facts, evidence offsets) but no ``kg:sentence``.
Used by :func:`kgraph._build.graph.build` when the corpus is beside the repository.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

SEED_FILE = "gwangmyeong-forum-2024.txt"


def add_seed_reading(ds: Dataset, corpus: Path) -> bool:
    """Add the seed article's graph to ``ds`` when ``corpus`` holds the page; returns whether it did."""
    from ..extract.pipeline import Extractor, gazetteer_for, registry_for
    from ..graph import KnowledgeGraph
    from ..rdf import article_node, to_triples
    from ..read import read_article

    path = corpus / SEED_FILE
    if not path.is_file():
        return False
    kg = KnowledgeGraph.memory(shipped=False)
    kg.backend.add_quads((s, p, o, getattr(g, "identifier", g))
                         for s, p, o, g in ds.quads((None, None, None, None)))
    extractor = Extractor(gazetteer=gazetteer_for(kg), registry=registry_for(KnowledgeGraph.shipped()))
    reading = extractor.read(read_article(path))
    graph = ds.graph(article_node(reading))
    for t in to_triples(reading, with_sentences=False):
        graph.add(t)
    return True
