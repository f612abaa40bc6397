"""A reading as JSON: entities and facts with their evidence (its Turtle is :func:`kgraph.rdf.reading_turtle`)."""
from __future__ import annotations

from .model import Reading


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
