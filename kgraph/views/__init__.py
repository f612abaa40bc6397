"""Interactive graph views: the graph, or part of it, as one HTML file that works offline.

>>> from kgraph import KnowledgeGraph
>>> from kgraph.views import render
>>> view = render(KnowledgeGraph.shipped(), city="Gwangmyeong", depth=1, lang="en")
>>> view.title
'Gwangmyeong: cooperation network (depth 1)'

The pipeline, one module each: :mod:`.index` reads the store's quads once; :mod:`.select` picks
what to draw; :mod:`.regions` and :mod:`.layout` place the nodes; :mod:`.payload` turns them into
the page's JSON (:mod:`.styles` and :mod:`.texts` give its looks and words); :mod:`.page` fills
kgraph's template (vis-network and the page's script inlined, see ``static/VENDOR.md``);
:mod:`.output` writes the file; :mod:`.view` holds the result; :mod:`.render` runs them in order.
"""
from .render import render
from .view import GraphView

__all__ = ["GraphView", "render"]
