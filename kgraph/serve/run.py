"""Run the application with uvicorn, bound to loopback unless the caller says otherwise."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .app import create_app
from .config import LOOPBACK, ServeConfig, check_host, is_loopback


def serve(kg: Any, *, host: str = LOOPBACK, port: int = 8000, config: ServeConfig | None = None,
          public: bool = False, log_level: str = "warning", on_start: Callable[[str], None] | None = None) -> None:
    """Serve ``kg`` over HTTP until interrupted (Ctrl-C); ``on_start`` gets the base URL first.

    A host other than loopback is refused unless ``public`` is set; then any Host header is accepted.
    """
    import uvicorn

    check_host(host, public=public)
    app = create_app(kg, config, allowed_hosts=None if is_loopback(host) else ["*"])
    shown = f"[{host}]" if ":" in host else host
    if on_start is not None:
        on_start(f"http://{shown}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level=log_level, workers=1, access_log=False,
                server_header=False, proxy_headers=False)
