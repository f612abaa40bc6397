"""Which HTTP status answers which kgraph error: one table, most specific class first."""
from __future__ import annotations

from ..errors import (
    AmbiguousName,
    ForbiddenQuery,
    KgraphError,
    NotFound,
    QueryError,
    QuerySyntaxError,
    QueryTimeout,
    StoreBusy,
    UnknownQuery,
    UpdateNotAllowed,
    UsageError,
)
from .formats import NotAcceptable


class Unauthorized(UpdateNotAllowed):
    """An update came without the server's token."""


#: (error class, HTTP status); the first class the error is an instance of wins
STATUS: tuple[tuple[type[KgraphError], int], ...] = (
    (QuerySyntaxError, 400),
    (Unauthorized, 401),
    (UpdateNotAllowed, 403),
    (ForbiddenQuery, 403),
    (QueryTimeout, 503),
    (StoreBusy, 503),
    (NotAcceptable, 406),
    (UnknownQuery, 404),
    (NotFound, 404),
    (AmbiguousName, 409),
    (UsageError, 400),
    (QueryError, 500),
    (KgraphError, 500),
)


def status_of(exc: KgraphError) -> int:
    """The HTTP status for a kgraph error.

    >>> status_of(QueryTimeout("slow")), status_of(QuerySyntaxError("bad")), status_of(UsageError("x"))
    (503, 400, 400)
    """
    return next(code for cls, code in STATUS if isinstance(exc, cls))
