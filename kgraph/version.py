"""kgraph's version, in one place below everything that prints it (pages, ``kgraph.__version__``)."""

__version__ = "0.1.0"
