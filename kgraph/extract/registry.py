"""News against the registry: each tie an article states is confirmed, new or conflicting.

The registry is the curated graph of ties built from sourced facts (``kgr:graph/registry``). A tie
the article states is *new* when the registry does not have it; *conflicting* when the registry
gives it another type (sister vs friendship; a generic tie contradicts nothing) or other years (none
of the article's years is one the registry's sources give); else *confirmed*. A conflicting claim
stays the article's claim, in the article's graph, marked ``kg:registryStatus kg:Conflicting``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import RDF

from .. import vocab as V
from .model import Fact, Reading

#: the tie types that can contradict each other (a generic tie, kg:OtherTie, contradicts none)
SPECIFIC_TYPES = frozenset({V.SisterCity, V.FriendshipCity})


@dataclass
class RegistryTie:
    """What the registry says of one tie: its types, its years, its sources."""

    types: set[URIRef] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)


def registry_status(types: Iterable[URIRef], years: Iterable[str], registry: RegistryTie | None) -> str:
    """``confirmed``, ``new`` or ``conflicting``: how the registry stands to one claimed tie.

    >>> reg = RegistryTie({V.SisterCity}, {"2016"})
    >>> registry_status({V.SisterCity}, {"2016"}, reg), registry_status({V.SisterCity}, set(), None)
    ('confirmed', 'new')
    >>> registry_status({V.FriendshipCity}, set(), reg), registry_status({V.SisterCity}, {"2015"}, reg)
    ('conflicting', 'conflicting')
    >>> registry_status({V.OtherTie}, set(), reg)  # a generic tie contradicts no type
    'confirmed'
    """
    if registry is None:
        return "new"
    claimed = set(types) & SPECIFIC_TYPES
    known = registry.types & SPECIFIC_TYPES
    if claimed and known and not claimed & known:
        return "conflicting"
    ys = {str(y)[:4] for y in years}
    if ys and registry.years and not ys & {y[:4] for y in registry.years}:
        return "conflicting"
    return "confirmed"


def add_statuses(reading: Reading, registry: Mapping[URIRef, RegistryTie]) -> None:
    """Mark every tie of ``reading`` with ``kg:registryStatus``, its evidence the tie's first sentence."""
    ties: dict[URIRef, tuple[set[URIRef], set[str], Fact]] = {}
    for f in reading.facts:
        if f.p == RDF.type and f.o == V.Partnership:
            ties.setdefault(f.s, (set(), set(), f))
    for f in reading.facts:
        if f.s in ties:
            if f.p == V.partnershipType and isinstance(f.o, URIRef):
                ties[f.s][0].add(f.o)
            elif f.p == V.since:
                ties[f.s][1].add(str(f.o))
    for tie, (types, years, first) in ties.items():
        status = registry_status(types, years, registry.get(tie))
        reading.add(tie, V.registryStatus, V.REGISTRY_STATUSES[status],
                    span=first.span, sentence=first.sentence)
