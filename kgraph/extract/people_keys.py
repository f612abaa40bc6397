"""One IRI per person, from the name and the body, whichever language the article is in.

Readers mint a person's IRI when they first meet the name, sometimes before the body is known
(``박승원 시장`` first, ``박승원 광명시장`` later). Once the article is read, :func:`key_people` gives
every person the IRI of their name *and* body — never the name alone: with no body, the person is
the article's own — and
spells a Korean name written in Latin letters as its Hangul is romanised, so that ``Park Seung-won``
of Gwangmyeong and ``박승원`` of 광명시 are one node (``person/bakseungwon--gwangmyeong``).
"""
from __future__ import annotations

from rdflib import URIRef

from .. import vocab as V
from ..names_key import korean_rr_key
from ..vocab import minted
from .model import Reading


def person_iri(name: str, body: URIRef | None, *, article: URIRef | None = None) -> URIRef:
    """The IRI of the person called ``name`` who works for ``body`` (a city or organisation IRI).

    With no body known, the person is the article's own (``article`` scopes the key): two articles
    that name a 김철수 with no body may speak of two people, and a name alone never merges them.

    >>> str(person_iri("Park Seung-won", URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"))).rsplit("/", 1)[1]
    'bakseungwon--gwangmyeong'
    >>> person_iri("박승원", URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong")) == \\
    ...     person_iri("Park Seung-won", URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"))
    True
    """
    if body is not None:
        key = str(body).rsplit("/", 1)[-1]
    else:
        key = "in-" + str(article).rsplit("/", 1)[-1][:8] if article is not None else ""
    return minted("person", korean_rr_key(name) or name, key)


def key_people(reading: Reading) -> None:
    """Re-key every person of ``reading`` by name and body, rewriting the facts that name them."""
    body: dict[URIRef, URIRef] = {}
    for f in reading.facts:
        if f.p == V.SCHEMA.worksFor and isinstance(f.o, URIRef):
            body.setdefault(f.s, f.o)
    renamed: dict[URIRef, URIRef] = {}
    for iri, e in list(reading.entities.items()):
        if e.type != "Person" or "/person/" not in str(iri):
            continue
        new = person_iri(e.name, body.get(iri), article=V.article_iri(reading.article.key))
        if new != iri:
            renamed[iri] = new
    reading.rename(renamed)
