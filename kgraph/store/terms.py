"""Conversion between pyoxigraph terms and rdflib terms (users always get rdflib terms)."""
from __future__ import annotations

from typing import overload

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier, Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@overload
def to_rdflib(term: None) -> None: ...
@overload
def to_rdflib(term: ox.NamedNode) -> URIRef: ...
@overload
def to_rdflib(term: ox.NamedNode | ox.BlankNode) -> URIRef | BNode: ...
@overload
def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node: ...
@overload
def to_rdflib(term: object) -> Node | None: ...
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


@overload
def to_ox(term: URIRef) -> ox.NamedNode: ...
@overload
def to_ox(term: URIRef | BNode) -> ox.NamedNode | ox.BlankNode: ...
@overload
def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal: ...
def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return _named_node(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _RDF_LANG:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


_NAMED: dict[str, ox.NamedNode] = {}  #: IRIs converted already (the same few vocabulary terms recur in every graph)
_NAMED_MAX = 50_000


def _named_node(iri: str) -> ox.NamedNode:
    """``ox.NamedNode(iri)``, made once per IRI (pyoxigraph terms are immutable); a bad IRI raises as that does."""
    node = _NAMED.get(iri)
    if node is None:
        node = ox.NamedNode(iri)
        if len(_NAMED) >= _NAMED_MAX:
            _NAMED.clear()
        _NAMED[iri] = node
    return node


def graph_to_ox(graph: Identifier | None) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    """A pyoxigraph graph name for an rdflib graph IRI (None = the default graph)."""
    if graph is None:
        return ox.DefaultGraph()
    return to_ox(graph)  # type: ignore[return-value]  # a literal graph name is refused where the term is used


def graph_to_rdflib(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> URIRef | BNode | None:
    """An rdflib graph IRI for a pyoxigraph graph name (the default graph = None)."""
    if isinstance(graph, ox.DefaultGraph):
        return None
    return to_rdflib(graph)
