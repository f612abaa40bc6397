"""The vocabulary contract in code: namespaces, terms, prefixes and IRI minting.

Every term of ``shared/spec/vocabulary.md`` is defined here and nowhere else. IRIs that kgraph mints
are ASCII, stable and deterministic: the same name gives the same IRI in every run and every store.

>>> city_iri("KR", "Gwangmyeong")
rdflib.term.URIRef('https://w3id.org/kgraph/id/city/kr/gwangmyeong')
>>> slug("Osnabrück")
'osnabrueck'
>>> slug("광명시")
'gwangmyeongsi'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Literal

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from .hangul import has_hangul, romanize


class _Namespace(Namespace):
    """A namespace whose attribute terms are made once: after its first use ``SCHEMA.organizer`` is a plain
    attribute, so rules that compare it with every fact do not build a new URIRef each time.

    >>> ns = _Namespace("https://example.org/")
    >>> ns.name is ns.name, ns.name == URIRef("https://example.org/name")
    (True, True)
    """

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


SCHEMA = _Namespace("https://schema.org/")
KG = _Namespace("https://w3id.org/kgraph/ns#")
KGR = _Namespace("https://w3id.org/kgraph/id/")
WD = _Namespace("http://www.wikidata.org/entity/")

#: Prefixes predeclared for every query (``kgraph query`` and the Python API).
PREFIXES: dict[str, str] = {
    "schema": str(SCHEMA),
    "kg": str(KG),
    "kgr": str(KGR),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "wd": str(WD),
}

# Classes
City = SCHEMA.City
Country = SCHEMA.Country
Organization = SCHEMA.Organization
Person = SCHEMA.Person
Event = SCHEMA.Event
Place = SCHEMA.Place
NewsArticle = SCHEMA.NewsArticle
Partnership = KG.Partnership
Evidence = KG.Evidence
#: What extraction says an entity is: the local name of its class above (``Entity.type``, ``Mention.type``)
EntityType = Literal["City", "Country", "Organization", "Person", "Event", "Place"]
#: The entity types the gazetteer holds (a candidate for a place name)
CityOrCountry = Literal["City", "Country"]
#: The same classes as lower-case kinds, as the analyses and views name an entity's node
EntityKind = Literal["city", "country", "organization", "person", "event", "place"]
#: The kinds of resource :func:`minted` makes IRIs for: the IRI's first path segment (``kgr:org/…``)
MintedKind = Literal["person", "org", "event", "place"]

# Partnership terms
partnerOf = KG.partnerOf
sisterCityOf = KG.sisterCityOf
friendshipCityOf = KG.friendshipCityOf
partner = KG.partner
partnershipType = KG.partnershipType
since = KG.since
SisterCity = KG.SisterCity
FriendshipCity = KG.FriendshipCity
OtherTie = KG.OtherTie

#: partnership type name -> (type individual, typed property or None)
TIE_TYPES: dict[str, tuple[URIRef, URIRef | None]] = {
    "sister": (SisterCity, sisterCityOf),
    "friendship": (FriendshipCity, friendshipCityOf),
    "other": (OtherTie, None),
}

# Terms of our own beyond the contract (added, never renamed)
iso3166 = KG.iso3166
dateInferred = KG.dateInferred
attendeeCount = KG.attendeeCount
attendeeCountApproximate = KG.attendeeCountApproximate
sentence = KG.sentence
charStart = KG.charStart
charEnd = KG.charEnd
sinceConflict = KG.sinceConflict  #: true on a Partnership whose sources disagree on the year
registryYear = KG.registryYear  #: a year one registry source states (kept when sources conflict)
typeConflict = KG.typeConflict  #: true on a Partnership whose sources disagree on its type
region = KG.region  #: a foreign city's province or state, as a language-tagged literal
adminType = KG.adminType  #: 시 / 군 / 구 / 광역시 / 도 / city
kostatCode = KG.kostatCode
registryStatus = KG.registryStatus  #: on an article's tie: how the registry of ties stands to the claim
Confirmed = KG.Confirmed  #: the registry has the tie, and neither its type nor its year contradicts the article
NewTie = KG.New  #: the registry does not have the tie
Conflicting = KG.Conflicting  #: the registry has the tie with another type or another year
REGISTRY_STATUSES: dict[str, URIRef] = {"confirmed": Confirmed, "new": NewTie, "conflicting": Conflicting}
# The life of a tie: one kg:PartnershipStep per step an article reports, with two times
PartnershipStep = KG.PartnershipStep
stepOf = KG.stepOf  #: step -> its kg:Partnership
stepKind = KG.stepKind  #: kg:Signing, kg:Upgrade, kg:Renewal, kg:Anniversary, kg:Suspension, kg:Ending
stepDate = KG.stepDate  #: when the step took effect (valid time), as stated: xsd:gYear or xsd:date
reportedOn = KG.reportedOn  #: when an article reported it (the article's publication date)
anniversaryYears = KG.anniversaryYears  #: the N of an N-th anniversary
STEP_KINDS = ("Signing", "Upgrade", "Renewal", "Anniversary", "Suspension", "Ending")
Registry = KGR["graph/registry"]  #: named graph of the curated registry of ties
Gazetteer = KGR["graph/gazetteer"]  #: named graph of the gazetteer (cities, countries)

_FOLD = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "Ü": "ue", "Ö": "oe", "Ä": "ae"}


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """An ASCII slug of ``text``: German umlauts folded, Hangul romanized, the rest dropped.

    >>> slug("Da Lat")
    'da-lat'
    >>> slug("Seoul – Gangdong")
    'seoul-gangdong'
    """
    text = unicodedata.normalize("NFC", text)
    text = "".join(_FOLD.get(ch, ch) for ch in text)
    if has_hangul(text):
        text = romanize(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    out = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not out:  # a name in a script we cannot transliterate: a stable hash
        out = "x" + hashlib.sha1(unicodedata.normalize("NFC", text or "").encode()).hexdigest()[:12]
    return out


def city_iri(country: str, name: str, *, qualifier: str | None = None) -> URIRef:
    """IRI of a city from its ISO country code and name (plus a qualifier for homonyms)."""
    key = slug(name) + (f"-{slug(qualifier)}" if qualifier else "")
    return KGR[f"city/{country.lower()}/{key}"]


def country_iri(code: str) -> URIRef:
    """IRI of a country from its ISO 3166-1 alpha-2 code.

    >>> country_iri("de")
    rdflib.term.URIRef('https://w3id.org/kgraph/id/country/DE')
    """
    return KGR[f"country/{code.upper()}"]


def minted(kind: MintedKind, *parts: str) -> URIRef:
    """IRI of a resource of ``kind`` from its identifying name parts.

    >>> minted("person", "박승원", "gwangmyeong")
    rdflib.term.URIRef('https://w3id.org/kgraph/id/person/bakseungwon--gwangmyeong')
    """
    return KGR[f"{kind}/" + "--".join(slug(p) for p in parts if p)]


def article_iri(key: str) -> URIRef:
    """IRI of an article from its URL (or, lacking one, its text): a hash, so any URL fits.

    >>> article_iri("https://example.org/a?b=1")
    rdflib.term.URIRef('https://w3id.org/kgraph/id/article/aa8f8f8dbc8c01c4')
    """
    return KGR["article/" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]]


def partnership_iri(a: URIRef, b: URIRef) -> URIRef:
    """IRI of the tie between two cities; the same whichever city comes first."""
    x, y = sorted((str(a), str(b)))
    ka, kb = (s.rsplit("/city/", 1)[-1].replace("/", "-") for s in (x, y))
    return KGR[f"tie/{ka}--{kb}"]
