"""Figures about the whole graph: entities by type, ties by type and country, articles, unsourced facts."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..query.labels import compact
from .flat import local_name, text

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

_TYPES = "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type"

_TIE_TYPES = """
SELECT ?type (COUNT(DISTINCT ?tie) AS ?n) WHERE {
  ?tie a kg:Partnership .
  OPTIONAL { ?tie kg:partnershipType ?t }
  BIND(COALESCE(STR(?t), "") AS ?type)
} GROUP BY ?type
"""

_TIES_BY_COUNTRY = """
SELECT ?country (MIN(?en) AS ?name) (COUNT(DISTINCT ?tie) AS ?n) WHERE {
  ?tie a kg:Partnership ; kg:partner ?city .
  ?city schema:containedInPlace ?c . ?c kg:iso3166 ?code .
  BIND(STR(?code) AS ?country)
  OPTIONAL { ?c rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), "en")) BIND(STR(?l) AS ?en) }
} GROUP BY ?country
"""

_UNSOURCED_TIES = """
SELECT (COUNT(DISTINCT ?tie) AS ?n) WHERE {
  ?tie a kg:Partnership . MINUS { ?tie prov:wasDerivedFrom ?src }
}
"""

#: Facts of an article graph that need a kg:Evidence node there (kg:partnerOf may be evidenced either way
#: round, or by a typed tie). MINUS, not FILTER NOT EXISTS: Oxigraph runs MINUS as one hash anti-join.
_FACTS_WITHOUT_EVIDENCE = """
SELECT (COUNT(*) AS ?n) WHERE {
  VALUES ?p { kg:partnerOf schema:attendee schema:worksFor }
  ?article a schema:NewsArticle .
  GRAPH ?article { ?s ?p ?o }
  MINUS { GRAPH ?article { ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }
  MINUS {
    VALUES ?p { kg:partnerOf }
    GRAPH ?article { ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?said ; rdf:object ?o }
    FILTER(?said IN (kg:sisterCityOf, kg:friendshipCityOf))
  }
  MINUS {
    VALUES ?p { kg:partnerOf }
    GRAPH ?article { ?ev a kg:Evidence ; rdf:subject ?o ; rdf:predicate ?said ; rdf:object ?s }
    FILTER(?said IN (kg:partnerOf, kg:sisterCityOf, kg:friendshipCityOf))
  }
}
"""


@dataclass(frozen=True)
class Stats:
    """Counts that describe the graph (see :func:`stats`)."""

    quads: int
    graphs: int
    articles: int
    by_type: tuple[tuple[str, int], ...]  #: (class as a prefixed name, entities), largest first
    ties_by_type: tuple[tuple[str, int], ...]  #: (SisterCity | FriendshipCity | OtherTie | untyped, ties)
    ties_by_country: tuple[tuple[str, str, int], ...]  #: (ISO code, English name, ties), most first
    unsourced_ties: int  #: kg:Partnership nodes without prov:wasDerivedFrom
    #: kg:partnerOf / schema:attendee / schema:worksFor in article graphs without kg:Evidence
    facts_without_evidence: int

    @property
    def ties(self) -> int:
        """The number of kg:Partnership nodes."""
        return dict(self.by_type).get("kg:Partnership", 0)


def _count(kg: KnowledgeGraph, sparql: str) -> int:
    rows = list(kg.query(sparql))
    return int(text(rows[0].get("n")) or 0) if rows else 0


def stats(kg: KnowledgeGraph) -> Stats:
    """Counts by type, ties by type and by country, articles and facts without evidence or source.

    A tie counts once for each country it touches (a tie between two Korean cities counts once for KR).

    >>> from kgraph import KnowledgeGraph
    >>> s = stats(KnowledgeGraph.shipped())
    >>> s.ties > 0 and s.unsourced_ties == 0
    True
    """
    by_type = sorted(((compact(r["type"]), int(text(r.get("n")) or 0)) for r in kg.query(_TYPES) if "type" in r),
                     key=lambda kv: (-kv[1], kv[0]))
    tie_types = sorted(((local_name(text(r.get("type"))) if text(r.get("type")) else "untyped",
                         int(text(r.get("n")) or 0)) for r in kg.query(_TIE_TYPES)),
                       key=lambda kv: (-kv[1], kv[0]))
    by_country = sorted(((text(r.get("country")), text(r.get("name")), int(text(r.get("n")) or 0))
                         for r in kg.query(_TIES_BY_COUNTRY)),
                        key=lambda t: (-t[2], t[0]))
    base = kg.stats()
    return Stats(
        quads=int(base["quads"]),
        graphs=int(base["graphs"]),
        articles=dict(by_type).get("schema:NewsArticle", 0),
        by_type=tuple(by_type),
        ties_by_type=tuple(tie_types),
        ties_by_country=tuple(by_country),
        unsourced_ties=_count(kg, _UNSOURCED_TIES),
        facts_without_evidence=_count(kg, _FACTS_WITHOUT_EVIDENCE),
    )
