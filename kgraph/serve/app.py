"""The ASGI application (Starlette): routes, error answers and security headers."""
from __future__ import annotations

import logging
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import KgraphError, StoreError
from ..store.caps import capabilities, update
from ..version import __version__
from . import rest, sparql
from .config import ServeConfig
from .page import PAGE_CSP, query_page
from .status import status_of

log = logging.getLogger("kgraph.serve")

#: sent with every response (a response that sets its own CSP keeps it)
SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` and a default CSP to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in present:
                        headers.append((name.lower().encode(), value.encode()))
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", DEFAULT_CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


async def kgraph_error(request: Request, exc: Exception) -> Response:
    """A kgraph error as an HTTP answer: the status from :mod:`.status`, the message as plain text."""
    assert isinstance(exc, KgraphError)
    code = status_of(exc)
    headers = {"WWW-Authenticate": "Bearer"} if code == 401 else None
    return PlainTextResponse(str(exc) + "\n", status_code=code, headers=headers)


async def index(request: Request) -> Response:
    """``/``: the query page."""
    state = request.app.state
    html = state.page_cache.get("index")
    if html is None:
        html = query_page(state.kg, title=state.config.title, city=state.config.example_city, version=__version__,
                          updates=state.config.allows_update)
        state.page_cache["index"] = html
    return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-store"})


async def health(request: Request) -> Response:
    """``/health``: 200 when the store answers."""
    return PlainTextResponse("ok\n")


async def no_icon(request: Request) -> Response:
    """``/favicon.ico``: none (browsers ask for it; an empty answer is not an error)."""
    return Response(status_code=204)


def create_app(kg: Any, config: ServeConfig | None = None, *, allowed_hosts: list[str] | None = None) -> Starlette:
    """The application serving ``kg`` (a :class:`~kgraph.graph.KnowledgeGraph`) under ``config``.

    ``allowed_hosts`` are the Host header values accepted (default: loopback names only, which
    keeps web pages on other origins from reaching a loopback server through DNS rebinding).
    """
    config = config or ServeConfig()
    routes = [
        Route("/", index),
        Route("/health", health),
        Route("/favicon.ico", no_icon),
        Route("/sparql", sparql.endpoint, methods=["GET", "POST"]),
        Route("/queries", rest.list_queries),
        Route("/queries/{name}", rest.named),
        Route("/views/city/{name}", rest.city_view),
        Mount("/static", StaticFiles(packages=[("kgraph.serve", "static")]), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders),
                  Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={KgraphError: kgraph_error})
    app.state.kg = kg
    app.state.config = config
    app.state.page_cache = {}

    def backend_update(text: str) -> None:
        backend = kg.backend
        if not capabilities(backend).update:
            raise StoreError(f"the {backend.name} store cannot run SPARQL updates; serve a store that can "
                             "(the embedded oxigraph store or a SPARQL server)")
        update(backend, text)
        kg.recount()  # an update may change anything the kept counts summarise
        app.state.page_cache.clear()

    app.state.backend_update = backend_update
    return app
