"""Build-time code: regenerates what kgraph ships, and is never imported at run time.

* :mod:`kgraph._build.graph` builds the shipped graph ``data/cities.trig`` and ``data/cities.ttl``
  from ``../shared/gazetteer`` (``python -m kgraph._build.graph``), with
  :mod:`kgraph._build.seed` adding kgraph's reading of the seed article;
* :mod:`kgraph._build.names` writes the name tables in ``kgraph/names/data/``
  (``python -m kgraph._build.names [--check]``; needs the ``build`` extra);
* :mod:`kgraph._build.given_names` writes ``kgraph/names/data/given_names_en.tsv`` from the census lists of the
  ``names`` package (``python -m kgraph._build.given_names [--check]``);
* :mod:`kgraph._build.tables` reads the curated overrides both of them use, plain TSV files in
  ``kgraph/_build/data/`` (each says in its header what it is and where it comes from).

The runtime library (everything in ``kgraph`` outside this package) reads only what these
commands wrote; ``tests/test_architecture.py`` checks that none of it imports ``kgraph._build``.
"""
