"""Conversion between pyoxigraph terms and rdflib terms (users always get rdflib terms)."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier, Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_rdflib(term: object) -> Node | None:
    """An rdflib term for a pyoxigraph term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == _XSD_STRING else URIRef(dt))
    raise TypeError(f"unsupported term {term!r}")


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _RDF_LANG:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def graph_to_ox(graph: Identifier | None) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    """A pyoxigraph graph name for an rdflib graph IRI (None = the default graph)."""
    if graph is None:
        return ox.DefaultGraph()
    return to_ox(graph)  # type: ignore[return-value]


def graph_to_rdflib(graph: object) -> Identifier | None:
    """An rdflib graph IRI for a pyoxigraph graph name (the default graph = None)."""
    if isinstance(graph, ox.DefaultGraph):
        return None
    return to_rdflib(graph)  # type: ignore[return-value]
