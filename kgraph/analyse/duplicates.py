"""Likely duplicates: entities of one type that may name one real thing, with a reason and a score.

Nothing is merged here: the list is for a person to review (``kgraph entities --duplicates``), who
then runs ``kgraph merge``. Pairs are found in three passes, most certain first — the same name
after normalisation (suffixes, spacing, case, accents), the same sound key (romanisation variants:
Kwangmyong/Gwangmyeong, Osnabrueck/Osnabrück, 광명/Gwangmyeong), and a one-or-two-letter difference
(rapidfuzz on Hangul spelled out in jamo, or on the sound key) — and every pair must pass its type's
gate: cities in one country, never two cities the gazetteer already keeps apart (the two 광주, the
two 고성, the many 남구); people with the same body (never on the name alone); places in the same
city; organisations only on names that agree closely.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rdflib import URIRef

from ..hangul import has_hangul
from ..names_key import jamo, name_key, person_key, sound_key

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

_ROWS = """
SELECT ?e ?t ?l ?body ?within ?reg WHERE {
  VALUES ?t { schema:City schema:Person schema:Organization schema:Place }
  ?e a ?t ; rdfs:label|skos:altLabel ?l .
  OPTIONAL { ?e schema:worksFor ?body }
  OPTIONAL { ?e schema:containedInPlace ?within }
  BIND(EXISTS { GRAPH kgr:graph\\/gazetteer { ?e a ?t } } AS ?reg)
  FILTER NOT EXISTS { ?e owl:sameAs ?canonical }
}"""
TYPES = ("City", "Person", "Organization", "Place")
FUZZY_MIN = {"City": 88, "Person": 90, "Organization": 94, "Place": 90}


@dataclass
class Known:
    """What the store says of one entity, for matching."""

    iri: URIRef
    type: str
    labels: set[str] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    within: set[str] = field(default_factory=set)
    registered: bool = False

    @property
    def country(self) -> str | None:
        """The ISO code in a city's IRI (``…/city/kr/…``), if any."""
        parts = str(self.iri).split("/city/")
        return parts[1].split("/")[0] if len(parts) == 2 else None


@dataclass
class Duplicate:
    """Two entities that may be one, why, and how sure (0–1)."""

    a: URIRef
    b: URIRef
    type: str
    names_a: list[str]
    names_b: list[str]
    score: float
    reason: str

    def as_dict(self) -> dict[str, object]:
        """Plain data (JSON, CSV)."""
        return {"type": self.type, "a": str(self.a), "b": str(self.b), "names_a": self.names_a,
                "names_b": self.names_b, "score": round(self.score, 3), "reason": self.reason}


def _city_of(iri: str) -> str:
    """The city part of a body's or place's IRI (``org/gwangmyeongsiuihoe`` → its slug)."""
    return iri.rsplit("/", 1)[-1].split("--")[-1]


def gate(a: Known, b: Known, *, same_name: bool = False) -> str | None:
    """Why the pair may not be one thing (a reason to skip), or None when it may.

    >>> a = Known(URIRef("x/city/kr/a"), "City", registered=True)
    >>> gate(a, Known(URIRef("x/city/kr/b"), "City", registered=True))
    'the gazetteer keeps them apart'
    """
    if a.type != b.type:
        return "different types"
    if a.registered and b.registered:
        return "the gazetteer keeps them apart"
    if a.type == "City" and a.country and b.country and a.country != b.country:
        return "different countries"
    if a.type == "Person":
        if not a.bodies and not b.bodies:
            return "two people with no body: never matched on the name alone"
        if not a.bodies or not b.bodies:  # a body-less mention may be the bodied one: offered for review only
            return None if same_name else "a person with no body: only the very same name is offered"
        if not (a.bodies & b.bodies or {_city_of(x) for x in a.bodies} & {_city_of(x) for x in b.bodies}):
            return "different bodies"
    if a.type == "Place" and a.within and b.within and not a.within & b.within:
        return "in different places"
    return None


def load(kg: KnowledgeGraph) -> dict[URIRef, Known]:
    """The entities of the store that can be matched (not already merged into another); a city the
    gazetteer knows (the store's or the name tables') counts as registered."""
    from ..extract.pipeline import gazetteer_for

    known = gazetteer_for(kg).by_iri
    out: dict[URIRef, Known] = {}
    for r in kg.query(_ROWS):
        t = str(r["t"]).rsplit("/", 1)[-1]
        e: URIRef = r["e"]  # type: ignore[assignment]  # the query binds ?e to an IRI
        k = out.setdefault(e, Known(e, t))
        k.labels.add(str(r["l"]))
        if "body" in r:
            k.bodies.add(str(r["body"]))
        if "within" in r:
            k.within.add(str(r["within"]))
        if ("reg" in r and r["reg"].toPython() is True) or r["e"] in known:  # type: ignore[attr-defined]  # ?reg binds a boolean literal
            k.registered = True
    return out


def find_duplicates(kg: KnowledgeGraph, *, types: tuple[str, ...] = TYPES, min_score: float = 0.0) -> list[Duplicate]:
    """Likely duplicate pairs in the store, most certain first."""
    ents = [e for e in load(kg).values() if e.type in types]
    found: dict[tuple[URIRef, URIRef], Duplicate] = {}

    def offer(a: Known, b: Known, score: float, reason: str, *, same_name: bool = False) -> None:
        if a.iri == b.iri or gate(a, b, same_name=same_name) is not None:
            return
        if a.type == "Person" and (not a.bodies or not b.bodies):
            score, reason = 0.6, f"{reason}; one of them has no body, so it may be either namesake"
        key = (min(a.iri, b.iri), max(a.iri, b.iri))
        if key not in found or found[key].score < score:
            x, y = (a, b) if a.iri == key[0] else (b, a)
            found[key] = Duplicate(x.iri, y.iri, a.type, sorted(x.labels), sorted(y.labels), score, reason)

    for keyf, score, why in ((name_key, 1.0, "the same name once suffixes, spacing, case and accents are set aside"),
                             (sound_key, 0.95, "the same name in another romanisation or spelling")):
        blocks: dict[tuple[str, str], list[Known]] = defaultdict(list)
        for e in ents:
            f = person_key if (e.type == "Person" and keyf is sound_key) else keyf
            for lab in {f(label) for label in e.labels}:
                if len(lab) >= 2:
                    blocks[(e.type, lab)].append(e)
        for (_, lab), members in blocks.items():
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    offer(a, b, score, f"{why} ({lab})", same_name=keyf is name_key)
    by_type: dict[str, list[tuple[str, Known]]] = defaultdict(list)
    for e in ents:
        for label in e.labels:
            k = name_key(label)
            by_type[e.type].append((jamo(k) if has_hangul(k) else sound_key(label), e))
    for t, items in by_type.items():
        choices = [s for s, _ in items]
        for s, e in items:
            if e.registered or len(s) < 4:
                continue  # a registered name is matched from the other side
            for _, sc, j in process.extract(s, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN[t], limit=8):
                other = items[j][1]
                if other.iri != e.iri and sc < 100:
                    offer(e, other, 0.9 * sc / 100, f"spelled a letter or two apart ({sc:.0f}% alike)")
    return sorted((d for d in found.values() if d.score >= min_score), key=lambda d: (-d.score, d.type, str(d.a)))
