"""The RDF formats kgraph reads and writes: one registry, as rdflib's plugin registry is for rdflib.

Each entry names a format once, with everything the layers need: its media types (the first is the
one kgraph answers with), file suffixes (the first is the one kgraph writes), other names clients
give, the rdflib plugin and the pyoxigraph ``RdfFormat`` member that read and write it, and whether
it keeps named graphs (a dataset format) or holds one graph. Export, ``load``, the stores and the
SPARQL server's content negotiation all derive their tables from :data:`RDF_FORMATS`.

>>> rdf_format("nt").name, rdf_format("application/ld+json").name, for_suffix("graph.TTL").name
('ntriples', 'jsonld', 'turtle')
>>> [f.name for f in RDF_FORMATS if f.dataset]
['trig', 'nquads']
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import PurePath

__all__ = ["RDF_FORMATS", "RdfFormat", "by_name", "for_suffix", "rdf_format"]


@dataclass(frozen=True)
class RdfFormat:
    """One RDF format: kgraph's name for it and how each library and protocol names it."""

    name: str  #: kgraph's name (``--format``, ``backend.load_file(format=…)``)
    media_types: tuple[str, ...]  #: the first is the one answered with; the rest are accepted
    suffixes: tuple[str, ...]  #: the first is the one written; all are recognised
    rdflib: str  #: rdflib's parser/serializer plugin name
    oxigraph: str  #: the ``pyoxigraph.RdfFormat`` member
    dataset: bool  #: written with its named graphs (TriG, N-Quads) or as their union (JSON-LD: unless asked)
    aliases: tuple[str, ...] = ()  #: other names clients give (``?format=ttl``)
    export: bool = True  #: ``kgraph export`` writes it


#: every RDF format, in the order kgraph lists them
RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ("text/turtle", "application/x-turtle"), (".ttl",), "turtle", "TURTLE", False, ("ttl",)),
    RdfFormat("trig", ("application/trig",), (".trig",), "trig", "TRIG", True),
    RdfFormat("nquads", ("application/n-quads",), (".nq",), "nquads", "N_QUADS", True, ("nq", "n-quads")),
    RdfFormat("ntriples", ("application/n-triples", "text/plain"), (".nt",), "nt", "N_TRIPLES", False,
              ("nt", "n-triples")),
    RdfFormat("xml", ("application/rdf+xml", "application/xml", "text/xml"), (".rdf", ".owl"), "xml", "RDF_XML",
              False, ("rdf", "rdf+xml", "rdfxml"), export=False),
    # written by kgraph.jsonld (compact, with kgraph's @context); rdflib and pyoxigraph read it
    RdfFormat("jsonld", ("application/ld+json", "application/json"), (".jsonld", ".json"), "json-ld", "JSON_LD",
              False, ("json", "json-ld")),
    RdfFormat("n3", ("text/n3",), (".n3",), "n3", "N3", False, export=False),
)
_BY_NAME = {f.name: f for f in RDF_FORMATS}


def by_name(name: str) -> RdfFormat | None:
    """The format kgraph calls ``name`` (exactly), or None."""
    return _BY_NAME.get(name)


def rdf_format(name: str) -> RdfFormat | None:
    """The format a person or client means by ``name``: kgraph's name, an alias or a media type (any case)."""
    key = name.strip().lower()
    for f in RDF_FORMATS:
        if key == f.name or key in f.aliases or key in f.media_types:
            return f
    return None


def for_suffix(path: str | os.PathLike[str]) -> RdfFormat | None:
    """The format a file name asks for by its suffix (any case), or None."""
    suffix = PurePath(path).suffix.lower()
    return next((f for f in RDF_FORMATS if suffix in f.suffixes), None)
