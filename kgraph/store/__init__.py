"""Store backends behind one interface, registered by name.

``oxigraph`` (persistent, on disk; the default), ``memory`` (Oxigraph in memory), ``rdflib``
(plain rdflib in memory, the reference) and ``remote`` (a SPARQL 1.1 server, ``url=``). Third
parties may :func:`register` more. Backends declare what they can do beyond the contract in
``capabilities`` (a :class:`~kgraph.store.caps.Capabilities`).
"""
from . import oxigraph as _oxigraph  # noqa: F401  (registers oxigraph, memory)
from . import rdflib_memory as _rdflib  # noqa: F401  (registers rdflib)
from . import remote as _remote  # noqa: F401  (registers remote)
from .base import Backend, RawResult, backend_names, open_backend, register
from .caps import Capabilities, capabilities

__all__ = ["Backend", "Capabilities", "RawResult", "backend_names", "capabilities", "open_backend", "register"]
