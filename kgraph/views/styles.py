"""How each kind of node and edge looks: one table, used by the legend and by the canvas alike."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class NodeStyle:
    """The look of one node type (``shape`` is a vis-network shape name)."""

    color: str
    border: str
    shape: str


@dataclass(frozen=True)
class EdgeStyle:
    """The look of one kind of edge: colour, width and dash pattern (empty = solid)."""

    color: str
    width: float
    dashes: tuple[int, ...] = ()
    arrows: bool = False


#: Node types in legend order. Shapes avoid vis-network's label-inside shapes (box, ellipse), so a
#: long name never changes a node's size.
NODE_STYLES: dict[str, NodeStyle] = {
    "city": NodeStyle("#4c8bf5", "#1d4fae", "dot"),
    "country": NodeStyle("#2f3e46", "#10181c", "hexagon"),
    "event": NodeStyle("#f59f00", "#a86b00", "star"),
    "organization": NodeStyle("#2f9e44", "#1b6b2c", "square"),
    "person": NodeStyle("#ae3ec9", "#72238a", "triangle"),
    "place": NodeStyle("#a0522d", "#6b3419", "triangleDown"),
    "article": NodeStyle("#e8590c", "#9c3b06", "diamond"),
    "other": NodeStyle("#adb5bd", "#6c757d", "dot"),
}

#: Partnership edges: colour by tie type …
TIE_COLORS: dict[str, str] = {
    "sister": "#d6336c",
    "friendship": "#1c7ed6",
    "other": "#f08c00",
    "unspecified": "#868e96",
}

#: … and line by source: the registry, the news, or both.
SOURCE_LINES: dict[str, EdgeStyle] = {
    "registry": EdgeStyle("", 1.6),
    "news": EdgeStyle("", 2.2, (6, 4)),
    "both": EdgeStyle("", 3.6),
}

#: Every other edge, by kind.
LINK_STYLES: dict[str, EdgeStyle] = {
    "tie": EdgeStyle("#d6336c", 2.0),  # drawn with TIE_COLORS/SOURCE_LINES; listed for the legend's order
    "event": EdgeStyle("#f59f00", 1.4, (), True),
    "affiliation": EdgeStyle("#ae3ec9", 1.2, (), True),
    "in": EdgeStyle("#ced4da", 0.6),
    "mentions": EdgeStyle("#fab005", 0.8, (2, 4), True),
    "other": EdgeStyle("#868e96", 1.0, (), True),
}


def style_table() -> dict[str, object]:
    """All styles as plain data for the page's script (which draws what the legend shows)."""
    return {
        "nodes": {k: asdict(v) for k, v in NODE_STYLES.items()},
        "ties": dict(TIE_COLORS),
        "sources": {k: asdict(v) for k, v in SOURCE_LINES.items()},
        "links": {k: asdict(v) for k, v in LINK_STYLES.items()},
    }
