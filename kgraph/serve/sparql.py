"""The SPARQL 1.1 Protocol endpoint: read the operation from the request, run it, answer in the asked format.

Queries come as ``GET ?query=``, as a ``POST`` form field ``query=`` or as a ``POST`` body of type
``application/sparql-query``; updates as a form field ``update=`` or a body of type
``application/sparql-update``, and only when the server was started with ``--allow-update`` and
the request carries its token (``Authorization: Bearer TOKEN``).
"""
from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..errors import ForbiddenQuery, UpdateNotAllowed, UsageError
from ..query.result import QueryResult
from ..query.safety import mask, uses_service
from . import formats
from .config import ServeConfig
from .status import Unauthorized

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"


@dataclass(frozen=True)
class Operation:
    """One SPARQL operation of a request: ``query`` or ``update``, and its text."""

    kind: str
    text: str


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise UsageError(f"the request has {len(values)} {name}= parameters; send exactly one")
    return values[0] if values else None


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("the request body is not UTF-8 text; send the SPARQL text as UTF-8") from None


async def read_operation(request: Request) -> Operation:
    """The operation a protocol request carries, or a UsageError saying what is wrong with the request."""
    params = request.query_params
    for p in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri"):
        if p in params:
            raise UsageError(f"{p} is not supported: the default graph is the union of the store's graphs; "
                             "name graphs in the query text with FROM, FROM NAMED or GRAPH instead")
    if request.method == "GET":
        if "update" in params:
            raise UsageError("an update must be sent by POST (SPARQL 1.1 Protocol), not GET")
        query = _one(params.getlist("query"), "query")
        if query is None:
            raise UsageError("no query: pass query=SPARQL (GET or POST), or POST a body of type "
                             "application/sparql-query")
        return Operation("query", query)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == FORM:
        form = parse_qs(_utf8(await request.body()), keep_blank_values=True)
        query = _one(form.get("query", []), "query")
        update = _one(form.get("update", []), "update")
        if (query is None) == (update is None):
            raise UsageError("the form must hold exactly one of query= and update=")
        return Operation("query", query) if query is not None else Operation("update", update or "")
    if ctype in (QUERY_BODY, UPDATE_BODY):
        text = _utf8(await request.body())
        return Operation("query" if ctype == QUERY_BODY else "update", text)
    raise UsageError(f"cannot read a SPARQL operation from a {ctype or 'missing'} body; send "
                     f"{FORM} (query= or update=), {QUERY_BODY} or {UPDATE_BODY}")


def check_token(config: ServeConfig, authorization: str | None) -> None:
    """Raise unless updates are allowed and ``authorization`` carries the server's token."""
    if config.update_token is None:
        raise UpdateNotAllowed("this server is read-only: SPARQL updates are refused; start it with "
                               "`kgraph serve --allow-update` and send the token it prints")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given:
        raise Unauthorized("this update needs the server's token: send the header 'Authorization: Bearer TOKEN' "
                           "with the token `kgraph serve --allow-update` printed")
    if not hmac.compare_digest(given.encode(), config.update_token.encode()):
        raise UpdateNotAllowed("wrong token: send the token `kgraph serve --allow-update` printed when it started")


_LOAD = re.compile(r"(?<![?$\w:.-])LOAD(?![\w:-])", re.IGNORECASE)


def check_update(text: str) -> None:
    """Refuse updates that would reach outside the store (LOAD of a URL, SERVICE)."""
    if _LOAD.search(mask(text)) or uses_service(text):
        raise ForbiddenQuery("LOAD and SERVICE are refused: the server never fetches remote data; send the data "
                             "itself with INSERT DATA, or load files with `kgraph load`")


def answer(result: QueryResult, request: Request, config: ServeConfig) -> Response:
    """The response for a query result: negotiated media type, cut results said in headers."""
    mime = formats.negotiate(result.kind, request.headers.get("accept"),
                             format=request.query_params.get("format") or request.query_params.get("output"))
    headers = {"Kgraph-Max-Rows": str(config.max_rows), "Vary": "Accept"}
    if result.truncated:
        headers["Kgraph-Truncated"] = f"true; rows={len(result)}"
    charset = "" if mime.endswith("json") else "; charset=utf-8"
    return Response(formats.body(result, mime), media_type=mime + charset, headers=headers)


async def endpoint(request: Request) -> Response:
    """``/sparql``: run a query, or an update when allowed."""
    state = request.app.state
    config: ServeConfig = state.config
    op = await read_operation(request)
    if op.kind == "update":
        check_token(config, request.headers.get("authorization"))
        check_update(op.text)
        await run_in_threadpool(state.backend_update, op.text)
        return Response(status_code=204)
    result = await run_in_threadpool(state.kg.query, op.text, timeout=config.timeout, limit=config.max_rows)
    return answer(result, request, config)
