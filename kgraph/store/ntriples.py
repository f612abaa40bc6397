"""A graph's triples as N-Triples bytes: what a reading worker sends the process that writes.

Passing rdflib terms between processes is slow (each term is rebuilt, its IRI checked again, on
the writer's side) and the writer then converts every term to pyoxigraph's; a worker that packs
its triples into N-Triples does that conversion itself, in parallel with the other workers, and a
store that declares ``ntriples`` (:mod:`kgraph.store.caps`) loads the bytes as they are. The
triples are what the rdflib triples were, term for term: pyoxigraph writes them and reads them back.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib.term import Node

from .terms import to_ox, to_rdflib

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class NTriples:
    """The triples of one graph, as N-Triples bytes (UTF-8), and how many there are."""

    data: bytes
    count: int

    def triples(self, *, predicates: Collection[str] | None = None) -> list[Triple]:
        """The triples in rdflib terms, in their order; only those whose predicate IRI is in ``predicates`` if given.

        >>> from rdflib import Literal, URIRef
        >>> t = (URIRef("urn:a"), URIRef("urn:p"), Literal("서울", lang="ko"))
        >>> nt = pack([t]); nt.count, nt.triples() == [t]
        (1, True)
        >>> nt.triples(predicates={"urn:q"})
        []
        """
        out: list[Triple] = []
        for q in ox.parse(self.data, format=ox.RdfFormat.N_TRIPLES):
            if predicates is None or q.predicate.value in predicates:
                out.append((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return out


def pack(triples: Iterable[Triple]) -> NTriples | None:
    """``triples`` as :class:`NTriples`, or None when they cannot travel so and must go as they are:
    a blank node (a store mints fresh ones as it writes, which bytes cannot ask for) or a term that is
    no RDF (the writer reports it, as it reports any bad triple).

    >>> from rdflib import BNode, URIRef
    >>> pack([(BNode(), URIRef("urn:p"), URIRef("urn:o"))]) is None
    True
    >>> pack([(URIRef("bad iri"), URIRef("urn:p"), URIRef("urn:o"))]) is None
    True
    """
    try:
        terms = [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
        if any(isinstance(t, ox.BlankNode) for triple in terms for t in triple):
            return None
        data = ox.serialize([ox.Triple(s, p, o) for s, p, o in terms],  # type: ignore[arg-type]  # a literal subject: TypeError
                            format=ox.RdfFormat.N_TRIPLES)
    except (TypeError, ValueError, SyntaxError):
        return None
    assert data is not None  # (serialize returns the bytes when given no output)
    return NTriples(data, len(terms))
