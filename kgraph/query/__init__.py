"""Running SPARQL: safety checks, time limits, bound parameters, named queries, result formats."""
from .named import NamedQuery, named_queries
from .result import FORMATS, QueryResult
from .runner import run

__all__ = ["FORMATS", "NamedQuery", "QueryResult", "named_queries", "run"]
