"""Pages other than the graph view (map, timeline, dossier): kgraph's templates with inlined files.

Same rules as :mod:`.page`: every script and style is inlined and allowed by its SHA-256 hash in a
Content-Security-Policy that forbids any other source; data enters only as JSON in
``<script type="application/json">`` elements (``<``, ``>``, ``&``, U+2028/9 escaped).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup

from ..errors import RenderError
from . import styles, texts
from .page import _NOT_IN_SCRIPT, _NOT_IN_STYLE, checked, content_security_policy, environment, json_for_script

#: Bundled scripts each page kind inlines, in load order.
SCRIPTS: dict[str, tuple[str, ...]] = {
    "map": ("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js", "common.js", "map.js"),
    "timeline": ("vis-timeline-graph2d.min.js", "common.js", "timeline.js"),
    "overview": ("vis-network.min.js", "common.js", "overview.js"),
    "dossier": ("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js", "vis-timeline-graph2d.min.js",
                "common.js", "map.js", "timeline.js"),
}
STYLES: tuple[str, ...] = ("view.css", "views.css")
WORLD = "countries-50m.json"


@lru_cache(maxsize=32)
def static_text(name: str) -> str:
    """A bundled file's text, checked so that it can sit inside a ``<script>`` or ``<style>`` element."""
    try:
        text = (resources.files("kgraph.views") / "static" / name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise RenderError(f"kgraph's bundled file static/{name} is missing ({exc}); reinstall kgraph") from exc
    forbidden = _NOT_IN_STYLE if name.endswith(".css") else _NOT_IN_SCRIPT
    return checked(text, name=name, forbidden=forbidden)


def assemble(template: str, *, kind: str, lang: str, title: str, titles: dict[str, str] | None,
             blocks: dict[str, Any], version: str, **context: Any) -> str:
    """Fill ``template`` for a page of ``kind`` (map, timeline, dossier).

    ``blocks`` maps element ids to JSON-ready values, each written as a JSON data element;
    ``kg-common`` (texts, styles, language, titles) is always added, and a map page gets the world
    outlines as ``kg-world``.
    """
    scripts = [static_text(name) for name in SCRIPTS[kind]]
    common = {"texts": texts.bundle(), "styles": styles.style_table(),
              "meta": {"lang": lang, "title": title, "titles": titles or {}}}
    data = {"kg-common": Markup(json_for_script(common))}
    data.update({k: Markup(json_for_script(v)) for k, v in blocks.items()})
    if "map.js" in SCRIPTS[kind]:
        data["kg-world"] = Markup(static_text(WORLD))
    bundle = texts.bundle()[lang]
    return environment().get_template(template).render(
        lang=lang, langs=texts.LANGS, title=title, version=version, csp=content_security_policy(scripts),
        css=Markup("\n".join(static_text(s) for s in STYLES)), tx=bundle, data_blocks=data,
        scripts=[Markup(s) for s in scripts], tie_colors=styles.TIE_COLORS, source_lines=styles.SOURCE_LINES,
        node_styles=styles.NODE_STYLES, **context)
