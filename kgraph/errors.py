"""The one exception tree of kgraph.

Every error the library raises on purpose is a :class:`KgraphError`. Each message says what went
wrong and how to fix it; the CLI prints the message and exits with :attr:`KgraphError.exit_code`.
"""
from __future__ import annotations


class KgraphError(Exception):
    """Base class of every error kgraph raises on purpose."""

    exit_code: int = 1


class UsageError(KgraphError):
    """A call's arguments are wrong (unknown name, missing parameter, bad option)."""

    exit_code = 2


class StoreError(KgraphError):
    """The store cannot be opened, read or written."""


class StoreBusy(StoreError):
    """Another process holds the store for writing."""


class StoreDamaged(StoreError):
    """The store's files are damaged; nothing was written to it. The message says what and how to repair."""

    exit_code = 3

    def __init__(self, message: str, *, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class QueryError(KgraphError):
    """A query could not be run."""


class QuerySyntaxError(QueryError):
    """The SPARQL text does not parse; the message names line and column."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class UpdateNotAllowed(QueryError):
    """A SPARQL UPDATE was given where only read-only queries are accepted."""


class ForbiddenQuery(QueryError):
    """The query asks for something kgraph refuses to do (SERVICE, remote FROM graphs)."""


class QueryTimeout(QueryError):
    """The query ran longer than its time limit and was stopped."""


class UnknownQuery(UsageError):
    """No named query has that name."""


class ReadError(KgraphError):
    """An input file cannot be read as an article."""


class DecodeError(ReadError):
    """The bytes of a file are not text in any supported encoding."""


class NoArticleError(ReadError):
    """A page holds no article text."""


class ExtractionError(KgraphError):
    """The reading rules failed on an article that was read: a fault of kgraph's, to report with the
    article. One-file extraction (``kgraph extract``, :func:`kgraph.ingest.extract_file`) raises it;
    ``kgraph ingest`` keeps such an article's metadata instead and says so in a note."""


class AmbiguousName(UsageError):
    """A name matches several entities; the message lists the candidates."""

    def __init__(self, message: str, *, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class NotFound(UsageError):
    """A name or IRI matches no entity in the graph."""


class BuildError(KgraphError):
    """The shipped graph cannot be built from the gazetteer facts."""


class LoadError(KgraphError):
    """An RDF file cannot be loaded."""


class RenderError(KgraphError):
    """A graph view cannot be rendered."""


class ExportError(KgraphError):
    """An export file cannot be written (a path that cannot be used, a full disk); nothing half-written is left."""


class ValidationFailed(KgraphError):
    """Validation against the vocabulary's shapes did not pass: one of the two subclasses below."""


class ShapesViolated(ValidationFailed):
    """The graph was checked and violates the vocabulary's shapes (``kgraph validate`` lists where)."""


class ValidationNotRun(ValidationFailed):
    """The shapes could not be run at all (a broken shapes file), so nothing was checked."""


class MissingExtra(KgraphError):
    """An optional dependency (an extra such as ``kgraph[pandas]``) is not installed."""


__all__ = [name for name, obj in globals().items() if isinstance(obj, type) and issubclass(obj, KgraphError)]
