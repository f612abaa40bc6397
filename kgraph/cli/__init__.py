"""The ``kgraph`` command line: a thin shell over the library.

Each command parses its input, calls one library function and formats the answer. This package is
the only place that turns :class:`~kgraph.errors.KgraphError` into messages and exit codes.
"""
from __future__ import annotations

# each command module adds its commands to ``main`` (from .app) when imported; query: query, queries, load, info
from . import analyse, check, dossier, entities, ingest, query, render, serve, store
from .app import KgraphGroup, main, short_message, store_option, undecodable_argument

__all__ = ["KgraphGroup", "main", "short_message", "store_option", "undecodable_argument",
           "analyse", "check", "dossier", "entities", "ingest", "query", "render", "serve", "store"]
