"""Plain REST over the named queries (``/queries/partners?city=광명시``) and the HTML views of cities.

Parameter values reach the store as bound values (resolved names, literals), never as query text.
"""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from ..errors import UsageError
from ..query.named import get as get_named
from ..query.named import named_queries
from .config import ServeConfig
from .sparql import answer

#: query-string names that steer the answer rather than fill a parameter
CONTROL = ("format", "output")


def catalogue(base: str = "") -> list[dict[str, object]]:
    """The named queries as JSON-ready records: name, description, parameters and REST path.

    >>> [q["path"] for q in catalogue() if q["name"] == "partners"]
    ['/queries/partners?city=…']
    """
    out: list[dict[str, object]] = []
    for q in named_queries().values():
        query_string = "&".join(f"{p.name}=…" for p in q.params)
        out.append({"name": q.name, "description": q.description,
                    "params": [{"name": p.name, "kind": p.kind, "help": p.help} for p in q.params],
                    "path": f"{base}/queries/{q.name}" + (f"?{query_string}" if query_string else "")})
    return out


async def list_queries(request: Request) -> Response:
    """``/queries``: what can be asked, as JSON."""
    return JSONResponse(catalogue())


async def named(request: Request) -> Response:
    """``/queries/{name}``: run one named query; its parameters come from the query string."""
    state = request.app.state
    config: ServeConfig = state.config
    nq = get_named(request.path_params["name"])
    params: dict[str, str] = {}
    for key in request.query_params:
        if key in CONTROL:
            continue
        values = request.query_params.getlist(key)
        if len(values) != 1:
            raise UsageError(f"parameter {key} is given {len(values)} times; give it once")
        params[key] = values[0]
    result = await run_in_threadpool(state.kg.named_query, nq.name, params=params, timeout=config.timeout,
                                     limit=config.max_rows)
    return answer(result, request, config)


_INT = {"depth": (0, 4)}


def _depth(raw: str | None) -> int | None:
    """The ``depth`` query parameter, checked (0–4)."""
    if raw is None:
        return None
    lo, hi = _INT["depth"]
    if not raw.isdigit() or not lo <= int(raw) <= hi:
        raise UsageError(f"depth must be a whole number from {lo} to {hi}, not {raw!r}")
    return int(raw)


async def city_view(request: Request) -> Response:
    """``/views/city/{name}``: the offline HTML graph view of a city (``?depth=1&lang=ko``)."""
    from ..views import render
    from ..views.page import assets, content_security_policy

    kg = request.app.state.kg
    lang = request.query_params.get("lang", "ko")
    view = await run_in_threadpool(render, kg, None, city=request.path_params["name"],
                                   depth=_depth(request.query_params.get("depth")), lang=lang)
    found = assets()
    csp = content_security_policy([found.vis, found.script])
    return HTMLResponse(view.html, headers={"Content-Security-Policy": csp + "; frame-ancestors 'none'"})
