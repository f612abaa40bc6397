"""``kgraph serve``: the graph over the SPARQL 1.1 Protocol, as REST and as HTML, on a Starlette app.

>>> from kgraph import KnowledgeGraph
>>> app = create_app(KnowledgeGraph.shipped())
>>> [r.path for r in app.routes]
['/', '/health', '/favicon.ico', '/sparql', '/queries', '/queries/{name}', '/views/city/{name}', '/static']

:mod:`.sparql` reads protocol requests and answers them, :mod:`.formats` negotiates media types,
:mod:`.rest` serves the named queries and the city views, :mod:`.page` the query page (YASGUI,
bundled: ``static/VENDOR.md``), :mod:`.status` maps errors to HTTP statuses, :mod:`.app` puts them
together, :mod:`.run` starts uvicorn.
"""
from .app import create_app
from .config import ServeConfig, new_token
from .run import serve

__all__ = ["ServeConfig", "create_app", "new_token", "serve"]
