"""Node positions: small views by springs, large ones by country clusters that never overlap."""
from __future__ import annotations

import math
import time

import numpy as np

from kgraph.views.layout import CLUSTER_SPACING, PHYSICS_MAX, SPRING_MAX, fill_groups, layout, pack_circles


def test_packed_circles_never_overlap() -> None:
    rng = np.random.default_rng(3)
    radii = rng.uniform(1, 30, size=120)
    centres = pack_circles(radii, gap=2.0)
    d = np.hypot(*(centres[:, None, :] - centres[None, :, :]).transpose(2, 0, 1))
    need = radii[:, None] + radii[None, :] + 2.0
    np.fill_diagonal(d, np.inf)
    assert (d >= need - 1e-6).all()
    assert np.allclose(centres[int(np.argmax(radii))], 0)  # the largest in the middle


def grid_world(countries: int, per_country: int) -> tuple[list[str], list[tuple[str, str]], dict[str, tuple[str, str]]]:
    nodes, edges, groups = [], [], {}
    for c in range(countries):
        hub = f"country{c}"
        nodes.append(hub)
        groups[hub] = (hub, "")
        for i in range(per_country):
            n = f"c{c}-{i}"
            nodes.append(n)
            groups[n] = (hub, "")
            edges.append((n, hub))
            if c:
                edges.append((n, f"c0-{i % per_country}"))  # ties to the first country
    return nodes, edges, groups


def test_small_views_use_springs_and_physics() -> None:
    nodes, edges, groups = grid_world(3, 20)
    lay = layout(nodes, edges, groups=groups, labels={})
    assert lay.method == "spring" and lay.physics
    again = layout(nodes, edges, groups=groups, labels={})
    assert again.positions == lay.positions  # a fixed seed: the same graph, the same picture


def test_large_views_cluster_by_country_without_overlap() -> None:
    nodes, edges, groups = grid_world(12, 60)
    assert len(nodes) > PHYSICS_MAX > SPRING_MAX
    lay = layout(nodes, edges, groups=groups, labels={})
    assert lay.method == "clusters" and not lay.physics
    pos = {n: np.array(p) for n, p in lay.positions.items()}
    centre = {c: np.mean([pos[n] for n in nodes if groups[n][0] == f"country{c}"], axis=0) for c in range(12)}
    spread = max(np.linalg.norm(pos[n] - centre[int(groups[n][0][7:])]) for n in nodes)
    gaps = [np.linalg.norm(centre[a] - centre[b]) for a in range(12) for b in range(a + 1, 12)]
    assert min(gaps) > spread  # countries sit apart from one another
    xy = np.array(list(lay.positions.values()))
    d = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(d, np.inf)
    assert d.min() > CLUSTER_SPACING * 0.5  # no two nodes on top of each other
    assert all(math.isfinite(v) for p in lay.positions.values() for v in p)


def test_nodes_without_country_join_their_neighbours_or_their_component() -> None:
    groups = fill_groups(["kr", "event", "person", "lone1", "lone2"],
                         [("event", "kr"), ("person", "event"), ("lone1", "lone2")], {"kr": ("KR", "")})
    assert groups["event"] == groups["person"] == ("KR", "")
    assert groups["lone1"] == groups["lone2"] == ("component 0", "")


def test_ten_thousand_nodes_are_laid_out_quickly() -> None:
    nodes, edges, groups = grid_world(50, 199)
    assert len(nodes) == 10_000
    t = time.perf_counter()
    lay = layout(nodes, edges, groups=groups, labels={})
    assert time.perf_counter() - t < 2.0
    assert len(lay.positions) == 10_000
