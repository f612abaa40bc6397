"""Where each node is drawn, computed once in Python so the browser only has to draw.

Small views (up to :data:`SPRING_MAX` nodes) get a networkx spring layout with a fixed seed; the
browser then lets physics settle it and freezes it. Larger views are laid out by *clusters*: nodes
are grouped by country, and within a country by province; each group is a disc of nodes placed on
a sunflower spiral (best-connected nodes in the middle) and discs are packed without overlapping.
That costs O(n), so 10,000 nodes take well under a second, and the browser draws with physics off.

>>> lay = layout(["a", "b", "c"], [("a", "b")], groups={}, labels={})
>>> lay.method, lay.physics, sorted(lay.positions)
('spring', True, ['a', 'b', 'c'])
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

#: At most this many nodes: one spring layout of the whole view (networkx's dense solver).
SPRING_MAX = 400
#: At most this many nodes: the browser runs physics until the layout is stable, then freezes it.
PHYSICS_MAX = 500
#: Distance in pixels between neighbouring nodes in a cluster, and around nodes in a spring layout.
CLUSTER_SPACING = 60.0
SPRING_SPACING = 125.0
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))

Node = str  #: a node's IRI
Group = tuple[str, str]  #: (country or other top-level group, province or "")


@dataclass
class Layout:
    """Node positions in pixels, how they were made, and whether the browser should run physics."""

    positions: dict[Node, tuple[float, float]]
    method: str  #: spring | clusters
    physics: bool


def layout(nodes: Sequence[Node], edges: Sequence[tuple[Node, Node]], *, groups: Mapping[Node, Group],
           labels: Mapping[Node, str], seed: int = 7) -> Layout:
    """Positions for ``nodes``; ``groups`` gives each node's (country, province) for the cluster layout."""
    if len(nodes) <= SPRING_MAX:
        return Layout(_spring(nodes, edges, seed=seed), "spring", len(nodes) <= PHYSICS_MAX)
    degree: Counter[Node] = Counter()
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    full = fill_groups(nodes, edges, groups)
    return Layout(_clusters(nodes, full, degree, labels), "clusters", len(nodes) <= PHYSICS_MAX)


def fill_groups(nodes: Sequence[Node], edges: Sequence[tuple[Node, Node]],
                groups: Mapping[Node, Group]) -> dict[Node, Group]:
    """Groups for every node: nodes without one join their neighbours' most common country, else
    their connected component.

    >>> fill_groups(["x", "y", "z"], [("x", "y")], {"x": ("KR", "")})
    {'x': ('KR', ''), 'y': ('KR', ''), 'z': ('component 0', '')}
    """
    out: dict[Node, Group] = {n: groups[n] for n in nodes if n in groups}
    neighbours: dict[Node, list[Node]] = defaultdict(list)
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    for _ in range(3):
        found: dict[Node, Group] = {}
        for n in nodes:
            if n in out:
                continue
            tops = Counter(out[m][0] for m in neighbours[n] if m in out)
            if tops:
                best = min(tops, key=lambda t: (-tops[t], t))
                found[n] = (best, "")
        if not found:
            break
        out.update(found)
    rest = [n for n in nodes if n not in out]
    if rest:
        g: nx.Graph[Node] = nx.Graph()
        g.add_nodes_from(rest)
        g.add_edges_from((a, b) for a, b in edges if a in g and b in g)
        comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=lambda c: (-len(c), str(c[0])))
        for i, comp in enumerate(comps):
            for n in comp:
                out[n] = (f"component {i}", "")
    return out


def _spring(nodes: Sequence[Node], edges: Sequence[tuple[Node, Node]], *, seed: int) -> dict[Node, tuple[float, float]]:
    g: nx.Graph[Node] = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    pos = nx.spring_layout(g, seed=seed, iterations=80)
    scale = SPRING_SPACING * math.sqrt(len(nodes)) / 2.0
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in pos.items()}


def _clusters(nodes: Sequence[Node], groups: Mapping[Node, Group], degree: Mapping[Node, int],
              labels: Mapping[Node, str]) -> dict[Node, tuple[float, float]]:
    tree: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for n in nodes:
        top, sub = groups[n]
        tree[top][sub].append(n)
    top_names = sorted(tree)
    top_discs: list[tuple[dict[Node, np.ndarray], float]] = []
    for top in top_names:
        subs = sorted(tree[top])
        discs = [_sunflower(sorted(tree[top][s], key=lambda n: (-degree.get(n, 0), labels.get(n, ""), str(n))))
                 for s in subs]
        top_discs.append(_combine(discs))
    placed, _ = _combine(top_discs)
    return {n: (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in placed.items()}


def _sunflower(ordered: list[Node]) -> tuple[dict[Node, np.ndarray], float]:
    """A disc of points, the first in the middle, evenly spaced by :data:`CLUSTER_SPACING`."""
    i = np.arange(len(ordered), dtype=float)
    r = CLUSTER_SPACING * np.sqrt((i + 0.5) / math.pi)
    r[0] = 0.0
    xy = np.stack([r * np.cos(i * _GOLDEN_ANGLE), r * np.sin(i * _GOLDEN_ANGLE)], axis=1)
    radius = float(r.max()) + CLUSTER_SPACING
    return dict(zip(ordered, xy)), radius


def _combine(discs: list[tuple[dict[Node, np.ndarray], float]]) -> tuple[dict[Node, np.ndarray], float]:
    """Pack discs (positions relative to their centre, radius) into one disc, the largest in the middle."""
    if len(discs) == 1:
        return discs[0]
    radii = np.array([r for _, r in discs])
    centres = pack_circles(radii, gap=CLUSTER_SPACING)
    out: dict[Node, np.ndarray] = {}
    for (pos, _), c in zip(discs, centres):
        for n, p in pos.items():
            out[n] = p + c
    extent = float(np.max(np.hypot(centres[:, 0], centres[:, 1]) + radii))
    return out, extent


def pack_circles(radii: np.ndarray, *, gap: float = 0.0) -> np.ndarray:
    """Centres for circles of ``radii`` that do not overlap: largest at the origin, the others each
    at the nearest free spot along a sunflower direction.

    >>> c = pack_circles(np.array([2.0, 1.0, 1.0]))
    >>> bool(np.all(np.hypot(*(c[1] - c[0])) >= 3 - 1e-9)), bool(np.hypot(*(c[2] - c[1])) >= 2 - 1e-9)
    (True, True)
    """
    n = len(radii)
    centres = np.zeros((n, 2))
    order = sorted(range(n), key=lambda i: (-radii[i], i))
    placed: list[int] = []
    for rank, i in enumerate(order):
        if rank:
            u = np.array([math.cos(rank * _GOLDEN_ANGLE), math.sin(rank * _GOLDEN_ANGLE)])
            p = centres[placed]
            need = radii[placed] + radii[i] + gap
            b = p @ u
            disc = b * b - (np.einsum("ij,ij->i", p, p) - need * need)
            hit = disc > 0
            root = np.sqrt(disc[hit])
            spans = sorted(zip((b[hit] - root).tolist(), (b[hit] + root).tolist()))
            t = 0.0
            for lo, hi in spans:
                if lo >= t:
                    break
                t = max(t, hi)
            centres[i] = u * t
        placed.append(i)
    return centres
