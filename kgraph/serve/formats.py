"""Content negotiation for the SPARQL protocol: which media type answers a request, and the answer's body.

Result sets (SELECT, ASK) come as SPARQL JSON, XML, CSV or TSV; graphs (CONSTRUCT, DESCRIBE) as
Turtle, N-Triples, JSON-LD or RDF/XML. The tables below are the whole of it (the RDF media types
and names come from :data:`kgraph.formats.RDF_FORMATS`).

>>> negotiate("SELECT", "text/csv;q=0.5, application/sparql-results+xml")
'application/sparql-results+xml'
>>> negotiate("CONSTRUCT", "application/n-triples")
'application/n-triples'
>>> negotiate("ASK", None)
'application/sparql-results+json'
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from ..formats import by_name
from ..query.result import QueryResult


@dataclass(frozen=True)
class MediaType:
    """A media type kgraph answers with, and how :class:`QueryResult` writes it."""

    mime: str
    format: str  #: the QueryResult.serialize format, or ``jsonld``
    aliases: tuple[str, ...] = ()


#: first entry = the default when the client accepts anything
RESULT_TYPES: tuple[MediaType, ...] = (
    MediaType("application/sparql-results+json", "json", ("application/json",)),
    MediaType("application/sparql-results+xml", "xml", ("application/xml", "text/xml")),
    MediaType("text/csv", "csv"),
    MediaType("text/tab-separated-values", "tsv"),
)
#: the RDF formats a graph answer comes in (first = the default), from :data:`kgraph.formats.RDF_FORMATS`
GRAPH_FORMATS: tuple[str, ...] = ("turtle", "ntriples", "jsonld", "xml")
_GRAPH = tuple(f for f in map(by_name, GRAPH_FORMATS) if f is not None)
GRAPH_TYPES: tuple[MediaType, ...] = tuple(MediaType(f.media_types[0], f.name, f.media_types[1:]) for f in _GRAPH)
#: other names clients give in ``?format=`` / ``?output=`` (SPARQLWrapper sends its own), by kind of answer
FORMAT_NAMES: dict[str, dict[str, str]] = {
    "results": {"sparql-results+json": "json", "sparql-results+xml": "xml"},
    # n3: a Turtle answer is N3 too
    "graph": {alias: f.name for f in _GRAPH for alias in f.aliases} | {"n3": "turtle"},
}


class NotAcceptable(UsageError):
    """The client accepts no media type kgraph can write this answer in."""


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values, best first (stable for ties).

    >>> parse_accept("text/csv;q=0.5, application/json, */*;q=0.1")
    [('application/json', 1.0), ('text/csv', 0.5), ('*/*', 0.1)]
    """
    if not header:
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    return sorted(ranges, key=lambda r: -r[1])


def types_for(kind: str) -> tuple[MediaType, ...]:
    """The media types of an answer of this kind (SELECT, ASK, CONSTRUCT)."""
    return GRAPH_TYPES if kind == "CONSTRUCT" else RESULT_TYPES


def negotiate(kind: str, accept: str | None, *, format: str | None = None) -> str:
    """The media type to answer with; a known ``format`` (a short name or a media type) overrides Accept.

    >>> negotiate("CONSTRUCT", "*/*", format="json-ld"), negotiate("SELECT", None, format="csv")
    ('application/ld+json', 'text/csv')
    """
    offered = types_for(kind)
    if format:
        names = FORMAT_NAMES["graph" if kind == "CONSTRUCT" else "results"]
        want = names.get(format.lower(), format.lower())
        for t in offered:
            if want in (t.format, t.mime) or want in t.aliases:
                return t.mime
        # a name this server does not know: the Accept header decides
    for rng, q in parse_accept(accept):
        if q <= 0:
            continue
        if rng in ("*/*", "*"):
            return offered[0].mime
        for t in offered:
            if rng == t.mime or rng in t.aliases:
                return t.mime
        major = rng.split("/")[0]
        if rng.endswith("/*"):
            for t in offered:
                if t.mime.startswith(major + "/"):
                    return t.mime
    raise NotAcceptable(f"none of the accepted media types ({accept}) can carry a {kind} answer; accept one of "
                        + ", ".join(t.mime for t in offered))


def body(result: QueryResult, mime: str) -> str:
    """The answer written as ``mime`` (one of :func:`types_for` its kind)."""
    fmt = next(t.format for t in types_for(result.kind) if t.mime == mime)
    if fmt == "jsonld":
        return result.graph().serialize(format="json-ld")
    return result.serialize(fmt)
