"""``GraphView``: a rendered page, with what it holds, ready to save or to show in Jupyter."""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from .output import write_atomic

_CSS_LENGTH = re.compile(r"^\d{1,5}(px|%|vh|em)?$")


@dataclass
class GraphView:
    """One rendered view.

    ``html`` is the whole page (it loads nothing from anywhere). In Jupyter the view shows itself in a
    sandboxed ``<iframe srcdoc>``; :meth:`save` writes it as UTF-8, atomically.
    """

    html: str
    title: str
    nodes: int  #: nodes drawn
    edges: int  #: edges drawn
    layout: str  #: spring | clusters
    physics: bool  #: True when the browser settles the layout, then freezes it
    seconds: float  #: time taken to build the page
    path: Path | None = None  #: where the page was last written
    kind: str = "graph"  #: graph | map | timeline | dossier
    counts: dict[str, int] | None = None  #: what a map, timeline or dossier holds (cities, ties, events, …)

    @property
    def size(self) -> int:
        """The page's size in bytes (UTF-8)."""
        return len(self.html.encode("utf-8"))

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to ``path`` (must end in .html) as UTF-8, atomically; returns the path."""
        self.path = write_atomic(path, self.html)
        return self.path

    def iframe(self, *, height: int | str = 640) -> str:
        """An ``<iframe srcdoc>`` holding the page, sandboxed (scripts run, nothing else is allowed).

        >>> v = GraphView("<p>x & y</p>", "t", 0, 0, "spring", True, 0.0)
        >>> v.iframe(height=300).split(" title=")[0]
        '<iframe srcdoc="&lt;p&gt;x &amp; y&lt;/p&gt;" sandbox="allow-scripts"'
        """
        h = str(height)
        if not _CSS_LENGTH.match(h):
            raise UsageError(f"height {height!r} is not a CSS length; pass a number of pixels (e.g. 640) or '80vh'")
        if h.isdigit():
            h += "px"
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'title="{html.escape(self.title, quote=True)}" '
                f'style="width:100%;height:{h};border:1px solid #dee2e6;border-radius:4px"></iframe>')

    def _repr_html_(self) -> str:
        return self.iframe()

    def summary(self) -> str:
        """One line: what was drawn, how big the page is, how long it took."""
        where = f"wrote {self.path}" if self.path else "rendered"
        if self.kind != "graph":
            held = ", ".join(f"{v} {k}" for k, v in (self.counts or {}).items())
            return f"{where}: {self.kind}, {held}, {self.size / 1024:.0f} KB in {self.seconds:.2f} s"
        mode = "physics settles, then freezes" if self.physics else "layout fixed, physics off"
        return (f"{where}: {self.nodes} nodes, {self.edges} edges, {self.size / 1024:.0f} KB "
                f"({self.layout} layout, {mode}) in {self.seconds:.2f} s")
