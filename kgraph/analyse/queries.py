"""The SPARQL behind the projections: ties, co-attendance, participation and entity facts.

Each function runs one query against the store (the default graph is the union of all graphs) and
returns plain records, so that a projection needs one query for its edges and one for its nodes.
"""
from __future__ import annotations

from collections.abc import Mapping

from rdflib import URIRef
from rdflib.term import Node

from ..graph import KnowledgeGraph
from .flat import local_name, split, text, year_of
from .model import Entity, Tie, kind_of

_TIES = """
SELECT ?a ?b ?tie
       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
       (GROUP_CONCAT(DISTINCT STR(?year); separator=" ") AS ?years)
       (GROUP_CONCAT(DISTINCT ?source; separator=" ") AS ?sources)
       (MAX(STR(?flag)) AS ?conflict)
WHERE {
  {
    ?tie a kg:Partnership ; kg:partner ?a, ?b .
    %(pair)s
    OPTIONAL { ?tie kg:partnershipType ?type }
    OPTIONAL { { ?tie kg:since ?year } UNION { ?tie kg:registryYear ?year } }
    OPTIONAL { ?tie prov:wasDerivedFrom ?src OPTIONAL { ?src schema:url ?url } BIND(STR(COALESCE(?url, ?src)) AS ?source) }
    OPTIONAL { ?tie kg:sinceConflict ?flag }
  } UNION {
    ?a kg:partnerOf ?b .
    %(pair)s
    MINUS { ?t kg:partner ?a . ?t kg:partner ?b }
  } UNION {
    ?b kg:partnerOf ?a .
    %(pair)s
    MINUS { ?a kg:partnerOf ?b }
    MINUS { ?t kg:partner ?a . ?t kg:partner ?b }
  }
}
GROUP BY ?a ?b ?tie
"""

_ENTITIES = """
SELECT ?n%(bound)s (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
       (MIN(?en) AS ?label_en) (MIN(?ko) AS ?label_ko) (MIN(?any) AS ?label_any) (MIN(?code) AS ?country)
WHERE {
  { SELECT DISTINCT ?n%(bound)s WHERE { %(pattern)s } }
  OPTIONAL { ?n a ?t }
  OPTIONAL { ?n rdfs:label ?l1 FILTER(LANGMATCHES(LANG(?l1), "en")) BIND(STR(?l1) AS ?en) }
  OPTIONAL { ?n rdfs:label ?l2 FILTER(LANGMATCHES(LANG(?l2), "ko")) BIND(STR(?l2) AS ?ko) }
  OPTIONAL { { ?n rdfs:label ?l3 } UNION { ?n schema:name ?l3 } BIND(STR(?l3) AS ?any) }
  OPTIONAL { ?n schema:containedInPlace ?c . ?c a schema:Country ; kg:iso3166 ?cc BIND(STR(?cc) AS ?code) }
}
GROUP BY ?n%(bound)s
"""

#: Entities that take part in a tie.
TIE_PARTIES = "{ ?x a kg:Partnership ; kg:partner ?n } UNION { ?n kg:partnerOf ?x } UNION { ?x kg:partnerOf ?n }"
#: Partners of the city bound to ``?city``.
PARTNERS_OF = "{ ?x a kg:Partnership ; kg:partner ?city, ?n } UNION { ?city kg:partnerOf ?n } " \
              "UNION { ?n kg:partnerOf ?city } FILTER(?n != ?city)"
#: Cities and organizations that attend or organize an event.
PARTICIPANTS = ("?e a schema:Event ; schema:attendee|schema:organizer ?n . ?n a ?k "
                "FILTER(?k IN (schema:City, schema:Organization))")
#: Cities that attend or organize an event.
CITY_PARTICIPANTS = "?e a schema:Event ; schema:attendee|schema:organizer ?n . ?n a schema:City"

_CO_ATTENDANCE = """
SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) (GROUP_CONCAT(DISTINCT STR(?e); separator=" ") AS ?events)
WHERE {
  ?e a schema:Event ; schema:attendee|schema:organizer ?a, ?b .
  FILTER(STR(?a) < STR(?b))
  ?a a ?ka . FILTER(?ka IN (schema:City, schema:Organization))
  ?b a ?kb . FILTER(?kb IN (schema:City, schema:Organization))
}
GROUP BY ?a ?b
"""

_PARTICIPATION = """
SELECT ?e ?c (GROUP_CONCAT(DISTINCT ?role; separator=" ") AS ?roles)
       (MIN(STR(?name)) AS ?label) (MIN(STR(?date)) AS ?start) (MIN(STR(?art)) AS ?article)
WHERE {
  ?e a schema:Event .
  { ?e schema:attendee ?c BIND("attendee" AS ?role) } UNION { ?e schema:organizer ?c BIND("organizer" AS ?role) }
  ?c a schema:City .
  OPTIONAL { { ?e schema:name ?name } UNION { ?e rdfs:label ?name } }
  OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { GRAPH ?art { ?e a schema:Event } ?art a schema:NewsArticle }
}
GROUP BY ?e ?c
"""


def ties(kg: KnowledgeGraph, *, city: URIRef | None = None) -> list[Tie]:
    """Every tie in the graph, or only those of ``city``; one query.

    A tie is stated by ``kg:Partnership`` nodes (type, years, sources); a ``kg:partnerOf`` edge
    that no such node backs is a tie without type, year or source. Sorted by the two cities' IRIs.
    (MINUS, not FILTER NOT EXISTS: Oxigraph runs MINUS as one hash anti-join, NOT EXISTS row by row.)
    """
    pair = "FILTER(?a != ?b)" if city is not None else "FILTER(STR(?a) < STR(?b))"
    bindings: dict[str, Node] = {"a": city} if city is not None else {}
    merged: dict[tuple[str, str], Tie] = {}
    for row in kg.query(_TIES % {"pair": pair}, bindings=bindings):
        a = str(city) if city is not None else text(row.get("a"))
        tie = Tie(a, text(row.get("b")), ties=tuple(split(text(row.get("tie")))),
                  types=tuple(local_name(t) for t in split(text(row.get("types")))),
                  years=tuple(y for y in (year_of(s) for s in split(text(row.get("years")))) if y is not None),
                  sources=tuple(split(text(row.get("sources")))), flagged=text(row.get("conflict")) == "true")
        key = (tie.a, tie.b)
        merged[key] = merged[key].merged(tie) if key in merged else tie
    return [merged[k] for k in sorted(merged)]


def entities(kg: KnowledgeGraph, pattern: str, *, bindings: Mapping[str, Node] | None = None) -> dict[str, Entity]:
    """Labels, country and kind of every ``?n`` that ``pattern`` (a SPARQL group) matches; one query."""
    bound = "".join(f" ?{name}" for name in sorted(bindings or {}))  # Oxigraph binds projected variables only
    return _entities(kg, _ENTITIES % {"pattern": pattern, "bound": bound}, bindings)


def entity(kg: KnowledgeGraph, iri: URIRef) -> Entity:
    """Labels, country and kind of one entity; one query."""
    text_ = _ENTITIES.replace("{ SELECT DISTINCT ?n%(bound)s WHERE { %(pattern)s } }", "") % {"bound": ""}
    return _entities(kg, text_, {"n": iri}).get(str(iri), Entity(str(iri)))


def _entities(kg: KnowledgeGraph, sparql: str, bindings: Mapping[str, Node] | None) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for row in kg.query(sparql, bindings=bindings):
        iri = text(row.get("n"))
        out[iri] = Entity(iri, kind=kind_of(split(text(row.get("types")))), label_en=text(row.get("label_en")),
                          label_ko=text(row.get("label_ko")), label_any=text(row.get("label_any")),
                          country=text(row.get("country")))
    return out


def co_attendance(kg: KnowledgeGraph) -> list[tuple[str, str, tuple[str, ...]]]:
    """Pairs of cities or organizations that took part in the same events, with those events; one query."""
    rows = [(text(r.get("a")), text(r.get("b")), tuple(sorted(split(text(r.get("events"))))))
            for r in kg.query(_CO_ATTENDANCE)]
    return sorted(rows)


def participation(kg: KnowledgeGraph) -> list[tuple[str, str, tuple[str, ...], dict[str, str]]]:
    """(event, city, roles, event facts) for every city that attends or organizes an event; one query."""
    rows = []
    for r in kg.query(_PARTICIPATION):
        facts = {"label": text(r.get("label")), "date": text(r.get("start")), "article": text(r.get("article"))}
        rows.append((text(r.get("e")), text(r.get("c")), tuple(sorted(split(text(r.get("roles"))))), facts))
    return sorted(rows, key=lambda r: (r[0], r[1]))
