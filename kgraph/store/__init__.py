"""Store backends behind one interface, registered by name.

``oxigraph`` (persistent, on disk; the default), ``memory`` (Oxigraph in memory) and ``rdflib``
(plain rdflib in memory, the reference). Third parties may :func:`register` more.
"""
from . import oxigraph as _oxigraph  # noqa: F401  (registers oxigraph, memory)
from . import rdflib_memory as _rdflib  # noqa: F401  (registers rdflib)
from .base import Backend, RawResult, backend_names, open_backend, register

__all__ = ["Backend", "RawResult", "backend_names", "open_backend", "register"]
