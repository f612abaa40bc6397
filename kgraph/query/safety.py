"""The query layer's safety checks: :mod:`kgraph.sparql_text` holds them (the stores use them too)."""
from __future__ import annotations

from ..sparql_text import check_read_only, from_iris, mask, names_default_graph, nesting_depth, query_form, uses_service

__all__ = ["check_read_only", "from_iris", "mask", "names_default_graph", "nesting_depth", "query_form", "uses_service"]
