"""The HTML page: kgraph's own Jinja2 template (autoescaped) with every script and style inlined.

The page loads nothing: vis-network and the page's script are inlined, allowed by their SHA-256
hashes in a Content-Security-Policy that forbids every other source (``default-src 'none'``), so
neither an injected ``<script>`` nor an ``onerror=`` attribute nor a fetch could run. The graph's
data enters as JSON in a ``<script type="application/json">`` element with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped, so no text of the graph can end that element.
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from ..errors import RenderError
from . import styles, texts

_VIS = "vis-network.min.js"
_SCRIPT = "view.js"
_STYLE = "view.css"
_NOT_IN_SCRIPT = ("</script", "<!--", "<script")
_NOT_IN_STYLE = ("</style", "<!--")


def json_for_script(value: Any) -> str:
    """JSON text that is safe inside a ``<script>`` element (and still the same JSON value).

    >>> json_for_script({"name": "</script><script>alert(1)</script>", "sep": "\\u2028"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e","sep":"\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def checked(text: str, *, name: str, forbidden: tuple[str, ...]) -> str:
    """``text`` if it can sit inside a ``<script>``/``<style>`` element unchanged, else RenderError."""
    low = text.lower()
    for bad in forbidden:
        if bad in low:
            raise RenderError(f"the bundled file {name} contains {bad!r} and cannot be inlined; reinstall kgraph "
                              "or restore kgraph/views/static from the release")
    return text


def csp_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: list[str]) -> str:
    """No network at all; inline scripts only by hash; inline styles (vis-network adds its own)."""
    return ("default-src 'none'; script-src " + " ".join(csp_hash(s) for s in scripts)
            + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
            "base-uri 'none'; form-action 'none'")


@dataclass(frozen=True)
class Assets:
    """The inlined files: vis-network, the page's script and its stylesheet."""

    vis: str
    script: str
    style: str


@lru_cache(maxsize=1)
def assets() -> Assets:
    """Read (once) and check the bundled files."""
    folder = resources.files("kgraph.views") / "static"

    def read(name: str) -> str:
        try:
            return (folder / name).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError) as exc:
            raise RenderError(f"kgraph's bundled file static/{name} is missing ({exc}); reinstall kgraph") from exc

    return Assets(vis=checked(read(_VIS), name=_VIS, forbidden=_NOT_IN_SCRIPT),
                  script=checked(read(_SCRIPT), name=_SCRIPT, forbidden=_NOT_IN_SCRIPT),
                  style=checked(read(_STYLE), name=_STYLE, forbidden=_NOT_IN_STYLE))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment: kgraph's templates, autoescape on, undefined names are errors."""
    return jinja2.Environment(loader=jinja2.PackageLoader("kgraph.views", "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=False, lstrip_blocks=False)


def page(data: dict[str, Any], *, version: str) -> str:
    """The whole HTML page for a payload's ``data`` (``meta`` gives title, language and counts)."""
    meta = data["meta"]
    lang = meta["lang"]
    bundle = texts.bundle()
    full = dict(data, styles=styles.style_table(), texts=bundle)
    found = assets()
    scripts = [found.vis, found.script]

    def tx_lookup(path: str) -> str:
        table, key = path.split(".", 1)
        return bundle[lang][table].get(key, key)

    html = environment().get_template("page.html.j2").render(
        lang=lang, langs=texts.LANGS, title=meta["title"], subtitle=meta["subtitle"], version=version,
        csp=content_security_policy(scripts), css=Markup(found.style), tx=bundle[lang], tx_lookup=tx_lookup,
        node_styles=styles.NODE_STYLES, tie_colors=styles.TIE_COLORS, source_lines=styles.SOURCE_LINES,
        link_styles=styles.LINK_STYLES, counts=meta["counts"], years=meta["years"], hidden=meta["hidden"],
        data_json=Markup(json_for_script(full)), scripts=[Markup(s) for s in scripts],
    )
    return html
