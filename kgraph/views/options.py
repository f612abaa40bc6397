"""vis-network options for a view, built with pyvis's ``Network`` options model.

pyvis models vis.js options (physics solvers, stabilisation, interaction) in Python; kgraph uses
that model and serialises it as JSON into its own page. pyvis's HTML templates are not used: they
load scripts from CDNs and switch tooltips to HTML (see docs/views.md).

>>> opts = vis_options(physics=True, big=False)
>>> opts["physics"]["enabled"], opts["physics"]["stabilization"]["iterations"]
(True, 300)
>>> vis_options(physics=False, big=True)["physics"]["enabled"]
False
"""
from __future__ import annotations

import json
from typing import Any


def vis_options(*, physics: bool, big: bool) -> dict[str, Any]:
    """Physics, edge and interaction options for vis-network, as a JSON-ready dict."""
    from pyvis.network import Network

    net = Network(directed=False)
    if physics:
        net.barnes_hut(gravity=-6000, central_gravity=0.35, spring_length=140, spring_strength=0.03,
                       damping=0.4, overlap=0.6)
        net.options.physics.stabilization.iterations = 300
    else:
        net.toggle_physics(False)
    net.options.interaction.hideEdgesOnDrag = big
    net.options.interaction.dragNodes = True
    opts: dict[str, Any] = json.loads(net.options.to_json())
    opts["edges"] = {"smooth": False, "selectionWidth": 1.5, "hoverWidth": 0.5}  # straight edges draw fastest
    opts.pop("configure", None)
    return opts
