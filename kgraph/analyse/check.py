"""``kgraph check``: every tie the news states, side by side with what the registry of ties says.

The status is computed by the same rule the reader applies when it stores ``kg:registryStatus``
(:func:`kgraph.extract.registry.registry_status`), against the registry the store holds now, so a
registry rebuilt since the articles were read is taken into account.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import URIRef

from ..extract.pipeline import registry_for
from ..extract.registry import registry_status

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

_CLAIMS = """
SELECT ?g ?url ?tie ?a ?b ?type ?year ?sentence WHERE {
  GRAPH ?g { ?g a schema:NewsArticle . ?tie a kg:Partnership ; kg:partner ?a, ?b . FILTER(STR(?a) < STR(?b))
    OPTIONAL { ?tie kg:partnershipType ?type }
    OPTIONAL { ?tie kg:since ?year }
    OPTIONAL { ?ev a kg:Evidence ; rdf:subject ?tie ; rdf:predicate kg:partnershipType ; kg:sentence ?sentence } }
  OPTIONAL { GRAPH ?g { ?g schema:url ?url } }
}"""
_LABELS = """SELECT DISTINCT ?e ?l WHERE { ?t a kg:Partnership ; kg:partner ?e . ?e rdfs:label ?l }"""
STATUSES = ("confirmed", "new", "conflicting")


@dataclass
class TieCheck:
    """One tie as one article states it, and the registry's word on it."""

    article: str  #: the article's URL (or IRI)
    tie: URIRef
    cities: tuple[str, str]  #: display names of the two partners
    types: list[str] = field(default_factory=list)  #: the types the article gives (SisterCity …)
    years: list[str] = field(default_factory=list)
    sentence: str = ""
    status: str = "new"
    registry_types: list[str] = field(default_factory=list)
    registry_years: list[str] = field(default_factory=list)
    registry_sources: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """Plain data for JSON and CSV."""
        return {"status": self.status, "city_a": self.cities[0], "city_b": self.cities[1], "article": self.article,
                "types": self.types, "years": self.years, "sentence": self.sentence,
                "registry_types": self.registry_types, "registry_years": self.registry_years,
                "registry_sources": self.registry_sources, "tie": str(self.tie)}


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def check(kg: KnowledgeGraph, *, city: str | None = None, status: str | None = None) -> list[TieCheck]:
    """Every (article, tie) claim in the store with its registry status; ``city`` keeps the ties of one
    city (any name the graph knows), ``status`` one status."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    only = kg.resolve(city, kind=URIRef("https://schema.org/City")) if city else None
    registry = registry_for(kg)
    claims: dict[tuple[str, URIRef], TieCheck] = {}
    ends: dict[tuple[str, URIRef], tuple[URIRef, URIRef]] = {}
    for r in kg.query(_CLAIMS):
        if only is not None and only not in (r["a"], r["b"]):
            continue
        tie: URIRef = r["tie"]  # type: ignore[assignment]  # the query binds ?tie to an IRI
        key = (str(r["g"]), tie)
        c = claims.setdefault(key, TieCheck(str(r["url"]) if "url" in r else str(r["g"]), tie, ("", "")))
        ends[key] = (r["a"], r["b"])  # type: ignore[assignment]  # and ?a ?b to the cities' IRIs
        if "type" in r and _local(r["type"]) not in c.types:
            c.types.append(_local(r["type"]))
        if "year" in r and str(r["year"]) not in c.years:
            c.years.append(str(r["year"]))
        if "sentence" in r and not c.sentence:
            c.sentence = str(r["sentence"])
    names = _names(kg, {e for pair in ends.values() for e in pair})
    out = []
    for key, c in claims.items():
        a, b = ends[key]
        c.cities = (names.get(a, str(a)), names.get(b, str(b)))
        reg = registry.get(c.tie)
        types = {URIRef("https://w3id.org/kgraph/ns#" + t) for t in c.types}
        c.status = registry_status(types, c.years, reg)
        if reg is not None:
            c.registry_types = sorted(_local(t) for t in reg.types)
            c.registry_years = sorted(reg.years)
            c.registry_sources = sorted(reg.sources)
        if status is None or c.status == status:
            out.append(c)
    order = {s: i for i, s in enumerate(("conflicting", "new", "confirmed"))}
    return sorted(out, key=lambda c: (order[c.status], c.cities, c.article))


def _names(kg: KnowledgeGraph, iris: set[URIRef]) -> dict[URIRef, str]:
    """A display name per city: Korean and English labels joined (광명시 Gwangmyeong)."""
    if not iris:
        return {}
    by: dict[URIRef, dict[str, str]] = {}
    for r in kg.query(_LABELS):
        if r["e"] not in iris:
            continue
        lab = r["l"]
        by.setdefault(r["e"], {}).setdefault(  # type: ignore[arg-type]  # ?e is in `iris`: an IRI
            getattr(lab, "language", None) or "", str(lab))
    return {i: " ".join(dict.fromkeys(v for k in ("ko", "en", "") if (v := ls.get(k)))) for i, ls in by.items()}
