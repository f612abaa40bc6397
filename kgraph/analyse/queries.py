"""The SPARQL behind the projections: ties, event participation and entity facts.

Each function runs one query against the store (the default graph is the union of all graphs), so
a projection needs one query for its edges and one for its nodes. The queries group the facts of
each subject into one tab-separated text (``predicate value`` pairs) instead of joining them row by
row: on a store of a million triples that is several times faster in Oxigraph, and turns hundreds of
thousands of rows into one row per tie, event or entity.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS

from ..errors import UsageError
from ..vocab import KG, SCHEMA
from .flat import text
from .model import Entity, Stated, Tie, kind_of, read_ties

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

#: One ``predicate value`` pair of a subject's facts (tabs and line breaks in values become spaces).
_PAIR = 'CONCAT(STR(?p), " ", REPLACE(STR(?o), "[\\t\\n\\r]", " "))'

_TIES = """
SELECT ?s (GROUP_CONCAT(%(pair)s; separator="\\t") AS ?facts) WHERE {
  { ?s a kg:Partnership ; %(focus)s ?p ?o .
    FILTER(?p IN (kg:partner, kg:partnershipType, kg:since, kg:registryYear, prov:wasDerivedFrom, kg:sinceConflict,
                 kg:registryStatus)) }
  UNION { %(urls)s BIND(schema:url AS ?p) }
  UNION { %(bare)s MINUS { ?t kg:partner ?s . ?t kg:partner ?o } BIND(kg:partnerOf AS ?p) }
}
GROUP BY ?s
"""

_ENTITIES = """
SELECT ?n (GROUP_CONCAT(%(pair)s; separator="\\t") AS ?facts) WHERE {
  %(nodes)s
  { ?n ?p ?o FILTER(?p IN (rdf:type, rdfs:label, schema:name)) BIND(LANG(?o) AS ?lang) }
  UNION { ?n schema:containedInPlace ?c . ?c kg:iso3166 ?o . BIND(kg:iso3166 AS ?p) }
}
GROUP BY ?n
"""

_PARTICIPATION = """
SELECT ?s (GROUP_CONCAT(%(pair)s; separator="\\t") AS ?facts) WHERE {
  ?s a schema:Event .
  { ?s ?p ?o FILTER(?p IN (schema:attendee, schema:organizer, schema:name, rdfs:label, schema:startDate)) }
  UNION { GRAPH ?o { ?s a schema:Event } ?o a schema:NewsArticle . BIND(schema:NewsArticle AS ?p) }
}
GROUP BY ?s
"""

#: Entities that take part in a tie.
TIE_PARTIES = "{ ?x kg:partner ?n } UNION { ?n kg:partnerOf ?x } UNION { ?x kg:partnerOf ?n }"


def partners_of(city: URIRef) -> str:
    """The SPARQL group matching ``?n``, every partner of ``city``."""
    c = iri_text(city)
    return (f"{{ ?x kg:partner {c} . ?x kg:partner ?n }} UNION {{ {c} kg:partnerOf ?n }} "
            f"UNION {{ ?n kg:partnerOf {c} }} FILTER(?n != {c})")


#: Cities and organizations that attend or organize an event.
PARTICIPANTS = ("?e a schema:Event ; schema:attendee|schema:organizer ?n . ?n a ?k "
                "FILTER(?k IN (schema:City, schema:Organization))")
#: Cities that attend or organize an event.
CITY_PARTICIPANTS = "?e a schema:Event ; schema:attendee|schema:organizer ?n . ?n a schema:City"

_SAFE_IRI = re.compile(r"^[^<>\"{}|^`\\\x00-\x20]+$")


def iri_text(iri: URIRef) -> str:
    """``iri`` written into SPARQL as ``<...>``, refused when it holds characters an IRI may not.

    Oxigraph binds a variable only where it can see it; inside sub-selects and ``MINUS`` a bound
    value is not pushed down, so single entities are written into the query text, checked here.

    >>> iri_text(URIRef("https://w3id.org/kgraph/id/city/us/austin"))
    '<https://w3id.org/kgraph/id/city/us/austin>'
    >>> iri_text(URIRef("x> } ; DROP ALL"))
    Traceback (most recent call last):
    ...
    kgraph.errors.UsageError: 'x> } ; DROP ALL' is not an IRI; name the city by its label or its full IRI
    """
    if not _SAFE_IRI.match(str(iri)):
        raise UsageError(f"{str(iri)!r} is not an IRI; name the city by its label or its full IRI")
    return f"<{iri}>"


# predicate IRIs as plain strings (rdflib namespace lookups are slow in loops over 50 000 ties)
_PARTNER, _PARTNER_OF = str(KG.partner), str(KG.partnerOf)
_SOURCE, _URL, _ISO = str(PROV.wasDerivedFrom), str(SCHEMA.url), str(KG.iso3166)
_LABEL, _NAME, _TYPE = str(RDFS.label), str(SCHEMA.name), str(RDF.type)
_ATTENDEE, _ORGANIZER, _START, _ARTICLE = (str(SCHEMA.attendee), str(SCHEMA.organizer), str(SCHEMA.startDate),
                                           str(SCHEMA.NewsArticle))


@dataclass
class Facts:
    """A subject's facts: values by predicate IRI (literals with their language, if any)."""

    values: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    langs: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))

    def get(self, predicate: str) -> list[str]:
        """The values of ``predicate`` (an IRI; empty when none)."""
        return self.values.get(predicate, [])


def parse_facts(packed: str, *, with_lang: bool = False) -> Facts:
    """The facts packed by a query into ``predicate value<TAB>predicate value…``.

    >>> f = parse_facts("https://schema.org/name Forum A\\thttps://schema.org/name Forum B")
    >>> f.get("https://schema.org/name")
    ['Forum A', 'Forum B']
    >>> parse_facts("http://www.w3.org/2000/01/rdf-schema#label ko 광명시", with_lang=True).langs[_LABEL]
    [('ko', '광명시')]
    """
    out = Facts()
    for pair in packed.split("\t") if packed else ():
        predicate, _, value = pair.partition(" ")
        if with_lang:
            lang, _, value = value.partition(" ")
            out.langs[predicate].append((lang, value))
        out.values[predicate].append(value)
    return out


def _rows(kg: KnowledgeGraph, sparql: str, key: str) -> Iterator[tuple[str, str]]:
    for row in kg.query(sparql):
        yield text(row.get(key)), text(row.get("facts"))


def ties(kg: KnowledgeGraph, *, city: URIRef | None = None) -> list[Tie]:
    """Every tie in the graph, or only those of ``city``; one query.

    A tie is stated by ``kg:Partnership`` nodes (type, years, sources, registry status; an article
    source shows as its ``schema:url``); a ``kg:partnerOf`` edge that no such node backs is a tie
    without type, year or source. The rows are read into ties by :func:`~kgraph.analyse.model.read_ties`,
    as the views read theirs: merged per pair of cities and sorted by the two cities' IRIs. (``MINUS``,
    not ``FILTER NOT EXISTS``: Oxigraph runs MINUS as one hash anti-join, NOT EXISTS row by row.)
    """
    if city is None:
        focus = ""
        urls = "?s schema:url ?o . FILTER EXISTS { ?t prov:wasDerivedFrom ?s }"
        bare = "?s kg:partnerOf ?o ."
    else:
        c = iri_text(city)
        focus = f"kg:partner {c} ;"
        urls = f"?t a kg:Partnership ; kg:partner {c} ; prov:wasDerivedFrom ?s . ?s schema:url ?o ."
        bare = f"{{ {c} kg:partnerOf ?o . BIND({c} AS ?s) }} UNION {{ ?s kg:partnerOf {c} . BIND({c} AS ?o) }}"
    packed = dict(_rows(kg, _TIES % {"pair": _PAIR, "focus": focus, "urls": urls, "bare": bare}, "s"))
    facts = {s: parse_facts(f) for s, f in packed.items()}
    url_of = {s: f.get(_URL)[0] for s, f in facts.items() if f.get(_URL)}
    partnerships: list[tuple[str, list[Stated]]] = []
    direct: list[tuple[str, str, str]] = []
    for s, f in facts.items():
        if f.get(_PARTNER):  # STR() hides whether a value is a literal: every value is read as a term
            partnerships.append((s, [(p, url_of.get(v, v) if p == _SOURCE else v, False)
                                     for p, values in f.values.items() for v in values]))
        direct += [(s, _PARTNER_OF, other) for other in f.get(_PARTNER_OF)]  # no kg:Partnership states the pair
    return read_ties(partnerships, direct)


def entities(kg: KnowledgeGraph, pattern: str) -> dict[str, Entity]:
    """Labels, country and kind of every ``?n`` that ``pattern`` (a SPARQL group) matches; one query."""
    return _entities(kg, f"{{ SELECT DISTINCT ?n WHERE {{ {pattern} }} }}")


def entity(kg: KnowledgeGraph, iri: URIRef) -> Entity:
    """Labels, country and kind of one entity; one query."""
    return _entities(kg, f"BIND({iri_text(iri)} AS ?n)").get(str(iri), Entity(str(iri)))


def _entities(kg: KnowledgeGraph, nodes: str) -> dict[str, Entity]:
    pair = 'CONCAT(STR(?p), " ", COALESCE(?lang, ""), " ", REPLACE(STR(?o), "[\\t\\n\\r]", " "))'
    out: dict[str, Entity] = {}
    for iri, packed in _rows(kg, _ENTITIES % {"pair": pair, "nodes": nodes}, "n"):
        f = parse_facts(packed, with_lang=True)
        labels = f.langs.get(_LABEL, [])
        names = [v for _, v in labels] + [v for _, v in f.langs.get(_NAME, [])]
        out[iri] = Entity(iri, kind=kind_of(f.get(_TYPE)),
                          label_en=min((v for lang, v in labels if lang.lower().startswith("en")), default=""),
                          label_ko=min((v for lang, v in labels if lang.lower().startswith("ko")), default=""),
                          label_any=min(names, default=""), country=min(f.get(_ISO), default=""))
    return out


@dataclass(frozen=True)
class Participation:
    """An event and who took part: attendees and organizers, with the event's name, date and article."""

    event: str
    attendees: tuple[str, ...]
    organizers: tuple[str, ...]
    label: str = ""
    date: str = ""
    article: str = ""

    def roles(self) -> dict[str, tuple[str, ...]]:
        """Participant -> its roles (``attendee``, ``organizer``)."""
        out: dict[str, list[str]] = defaultdict(list)
        for who in self.attendees:
            out[who].append("attendee")
        for who in self.organizers:
            out[who].append("organizer")
        return {k: tuple(sorted(set(v))) for k, v in out.items()}


def participation(kg: KnowledgeGraph) -> list[Participation]:
    """Every event with its attendees, organizers, name, date and article; one query, sorted by event."""
    out = []
    for event, packed in _rows(kg, _PARTICIPATION % {"pair": _PAIR}, "s"):
        f = parse_facts(packed)
        out.append(Participation(
            event, attendees=tuple(sorted(set(f.get(_ATTENDEE)))),
            organizers=tuple(sorted(set(f.get(_ORGANIZER)))),
            label=min(f.get(_NAME) + f.get(_LABEL), default=""),
            date=min(f.get(_START), default=""), article=min(f.get(_ARTICLE), default="")))
    return sorted(out, key=lambda p: p.event)
