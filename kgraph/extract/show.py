"""A reading as Turtle (the article's graph) or as JSON (entities and facts with evidence)."""
from __future__ import annotations

from rdflib import Graph

from ..rdf import to_triples
from ..vocab import PREFIXES
from .model import Reading


def reading_turtle(reading: Reading) -> str:
    """The triples ingest would store for this reading, as Turtle."""
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    for t in to_triples(reading):
        g.add(t)
    return g.serialize(format="turtle")


def reading_json(reading: Reading) -> dict[str, object]:
    """The reading as plain data: article metadata, entities, facts with their sentences and offsets."""
    art = reading.article
    return {
        "article": {"url": art.url, "title": art.title, "published": art.published.isoformat() if art.published else None,
                    "publisher": art.publisher, "author": art.author, "language": art.language},
        "entities": [{"iri": str(e.iri), "type": e.type, "name": e.name, "known": e.known,
                      "mentions": [[m.start, m.end] for m in e.mentions],
                      **({"attrs": {k: str(v) for k, v in e.attrs.items()}} if e.attrs else {})}
                     for e in reading.entities.values()],
        "facts": [{"s": str(f.s), "p": str(f.p), "o": str(f.o), "sentence": f.sentence,
                   "start": f.span.start if f.span else None, "end": f.span.end if f.span else None}
                  for f in reading.facts],
        "notes": reading.notes,
    }
