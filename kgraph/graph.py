"""``KnowledgeGraph``: the Python API over a store — open, query, resolve names, add graphs — and the
doors to the features built on it (ingest, extract, render, to_networkx, validate, export).

Everything but the doors is :class:`~kgraph.graph_core.GraphCore`'s. Each door imports its feature
when called; the features see ``KnowledgeGraph`` only as a type, so nothing they import leads back
here (``python tools/import_graph.py`` checks).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .graph_core import GraphCore, default_store_path, shipped_graph_path

__all__ = ["KnowledgeGraph", "default_store_path", "shipped_graph_path"]


class KnowledgeGraph(GraphCore):
    """The sister-city knowledge graph in a store.

    >>> kg = KnowledgeGraph.shipped()
    >>> bool(kg.query("ASK { ?c rdfs:label '광명시'@ko }"))
    True
    """

    def ingest(self, *paths: str | os.PathLike[str], overrides: Mapping[str, object] | None = None,
               workers: int | None = None, dask: Any = None) -> Any:
        """Read, extract and store articles (files, folders, globs); returns an :class:`~kgraph.ingest.IngestReport`.

        ``workers`` reads in a process pool here; ``dask`` (a ``distributed.Client`` or a scheduler
        address) reads on a Dask cluster. Only this process writes the store.
        """
        from .ingest import ingest

        return ingest(self, paths, overrides=overrides, workers=workers, dask=dask)

    def extract(self, path: str | os.PathLike[str], *, overrides: Mapping[str, object] | None = None) -> Any:
        """Read one article and return its :class:`~kgraph.extract.model.Reading` without storing it."""
        from .ingest import extract_file

        return extract_file(path, kg=self, overrides=overrides)

    def render(self, output: str | os.PathLike[str] | None = None, **options: Any) -> Any:
        """Draw the graph, or part of it, as one offline HTML page; see :func:`kgraph.views.render`."""
        from .views import render

        return render(self, output, **options)

    def to_networkx(self, *, view: str = "partnership") -> Any:
        """The graph projected to networkx (``partnership``, ``co-attendance`` or ``city-event``)."""
        from .analyse import to_networkx

        return to_networkx(self, view=view)

    def validate(self, *, shapes: str | os.PathLike[str] | None = None) -> Any:
        """Check the graph against the vocabulary's SHACL shapes; returns a validation report."""
        from .validate import validate

        return validate(self, shapes=shapes)

    def export(self, path: str | os.PathLike[str], *, format: str | None = None, view: str | None = None,
               graphs: bool = False) -> Any:
        """Write the graph to a file other tools read (RDF, JSON-LD, GraphML, GEXF, CSV, XLSX), atomically."""
        from .export import export

        return export(self, path, format=format, view=view, graphs=graphs)
