"""What the projections and the views are made of: a tie between two cities and an entity's display facts.

:class:`Tie` is kgraph's one model of a tie and :func:`read_ties` the one way to read ties from the
statements of a graph; the analyses (:mod:`kgraph.analyse.queries`, from SPARQL rows) and the views
(:mod:`kgraph.views.index`, from quads) both hand their statements to it.

>>> t = Tie("https://w3id.org/kgraph/id/city/kr/b", "https://w3id.org/kgraph/id/city/kr/a",
...         types=("sister",), since=("2005", "2003"), sources=("https://x.org/1",))
>>> (t.a, t.year, t.conflict, t.weight)
('https://w3id.org/kgraph/id/city/kr/a', 2003, True, 1)
>>> t.describe()
'SisterCity since 2003 or 2005 (sources disagree)'
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import KW_ONLY, dataclass, field
from typing import Literal

from rdflib.namespace import PROV

from ..vocab import KG, TIE_TYPES, EntityKind
from .flat import Flat, flat, join, local_name, year_of

TieType = Literal["sister", "friendship", "other"]  #: the type of a tie: the keys of :data:`kgraph.vocab.TIE_TYPES`
TIE_ORDER: tuple[TieType, ...] = ("sister", "friendship", "other")  #: the tie types, strongest first
#: partnership type IRI (``kg:SisterCity`` …) -> tie type
TIE_TYPE_IRIS: dict[str, TieType] = {str(TIE_TYPES[t][0]): t for t in TIE_ORDER}
#: tie type -> the local name of its IRI, as analyses write it (``SisterCity``, ``FriendshipCity``, ``OtherTie``)
TIE_TYPE_NAMES: dict[TieType, str] = {t: local_name(str(TIE_TYPES[t][0])) for t in TIE_ORDER}
#: a property that ties two cities directly -> the type it states (None: ``kg:partnerOf``, any type)
TIE_PREDICATES: dict[str, TieType | None] = {str(KG.partnerOf): None, **{
    str(prop): t for t in TIE_ORDER if (prop := TIE_TYPES[t][1]) is not None}}

#: One statement about a ``kg:Partnership`` node: (property IRI, value as text, the value is a literal).
#: A reader that cannot tell literals from IRIs (SPARQL's ``STR``) says False.
Stated = tuple[str, str, bool]

_PARTNER, _TIE_TYPE, _SINCE = str(KG.partner), str(KG.partnershipType), str(KG.since)
_REGISTRY_YEAR, _CONFLICT, _STATUS = str(KG.registryYear), str(KG.sinceConflict), str(KG.registryStatus)
_SOURCE = str(PROV.wasDerivedFrom)


@dataclass(frozen=True)
class Tie:
    """One tie between two cities, merged over every ``kg:Partnership`` node and every direct tie
    property (``kg:partnerOf``, ``kg:sisterCityOf``, ``kg:friendshipCityOf``) that states it.

    ``a`` and ``b`` are the two cities' IRIs in sorted order. The rest is what the statements say,
    each as a sorted tuple of distinct values: ``partnerships`` the ``kg:Partnership`` IRIs (none
    for a tie stated only by a direct property), ``types`` the tie types (strongest first, see
    :data:`TIE_ORDER`), ``since`` and ``registry_years`` the ``kg:since`` and ``kg:registryYear``
    values as stated, ``sources`` the ``prov:wasDerivedFrom`` values (an analysis shows an article
    by its ``schema:url``), ``status`` the ``kg:registryStatus`` local names in lower case
    (``confirmed``, ``new``, ``conflicting``); ``flagged`` is True when the graph marks the tie
    with ``kg:sinceConflict true``.

    >>> Tie("y", "x", types=("other", "sister", "sister")).types
    ('sister', 'other')
    """

    a: str
    b: str
    _: KW_ONLY
    partnerships: tuple[str, ...] = ()
    types: tuple[TieType, ...] = ()
    since: tuple[str, ...] = ()
    registry_years: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    flagged: bool = False
    #: every year a source states (``kg:since`` and ``kg:registryYear``), sorted; derived, not given
    years: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        a, b = sorted((self.a, self.b))
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        for name in ("partnerships", "since", "registry_years", "sources", "status"):
            object.__setattr__(self, name, tuple(sorted(set(getattr(self, name)))))
        object.__setattr__(self, "types", tuple(t for t in TIE_ORDER if t in self.types))
        years = {y for y in (year_of(v) for v in self.since + self.registry_years) if y is not None}
        object.__setattr__(self, "years", tuple(sorted(years)))

    @property
    def year(self) -> int | None:
        """The earliest year a source states, or None."""
        return self.years[0] if self.years else None

    @property
    def conflict(self) -> bool:
        """True when sources disagree on the year (or the graph says they do)."""
        return self.flagged or len(self.years) > 1

    @property
    def weight(self) -> int:
        """The number of distinct sources that state the tie."""
        return len(self.sources)

    @property
    def main_type(self) -> TieType | None:
        """The strongest type stated (sister over friendship over other), None when none is.

        >>> Tie("x", "y", types=("other", "friendship")).main_type
        'friendship'
        """
        return self.types[0] if self.types else None

    def other(self, city: str) -> str:
        """The city at the other end of the tie from ``city``."""
        return self.b if city == self.a else self.a

    def merged(self, other: Tie) -> Tie:
        """This tie and ``other`` (the same two cities) as one."""
        return Tie(self.a, self.b, partnerships=self.partnerships + other.partnerships,
                   types=self.types + other.types, since=self.since + other.since,
                   registry_years=self.registry_years + other.registry_years, sources=self.sources + other.sources,
                   status=self.status + other.status, flagged=self.flagged or other.flagged)

    def type_names(self) -> list[str]:
        """The types as analyses write them: local names of their IRIs, sorted.

        >>> Tie("x", "y", types=("sister", "friendship")).type_names()
        ['FriendshipCity', 'SisterCity']
        """
        return sorted(TIE_TYPE_NAMES[t] for t in self.types)

    def describe(self) -> str:
        """The tie in words: type and year(s).

        >>> Tie("x", "y").describe()
        'tie of unknown type, year unknown'
        """
        kind = " and ".join(self.type_names()) or "tie of unknown type"
        if not self.years:
            return f"{kind}, year unknown"
        years = " or ".join(str(y) for y in self.years)
        return f"{kind} since {years}" + (" (sources disagree)" if self.conflict else "")

    def attrs(self) -> dict[str, Flat]:
        """The tie as flat edge attributes (see :mod:`kgraph.analyse.flat`).

        >>> Tie("x", "y", types=("sister",), since=("1999",), sources=("s",)).attrs()["year"]
        1999
        """
        return flat({
            "kind": "partnership",
            "tie_type": join(self.type_names()),
            "year": self.year,
            "years": join(self.years),
            "year_conflict": self.conflict,
            "sources": join(self.sources),
            "weight": self.weight,
            "tie": join(self.partnerships),
        })


@dataclass
class _Said:
    """What the statements about one pair of cities say, gathered before it becomes a :class:`Tie`."""

    partnerships: list[str] = field(default_factory=list)
    types: list[TieType] = field(default_factory=list)
    since: list[str] = field(default_factory=list)
    registry_years: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    flagged: bool = False


def read_ties(partnerships: Iterable[tuple[str, Iterable[Stated]]], direct: Iterable[tuple[str, str, str]] = (), *,
              self_ties: bool = False) -> list[Tie]:
    """Every tie that ``partnerships`` and ``direct`` statements make, one per pair of cities, sorted.

    ``partnerships`` are ``kg:Partnership`` nodes, each with its statements (see :data:`Stated`);
    a node names a tie when it has exactly two ``kg:partner`` IRIs, and gives it its
    ``kg:partnershipType`` (a known type IRI), ``kg:since``, ``kg:registryYear``,
    ``kg:sinceConflict`` (``true`` or ``1``), ``prov:wasDerivedFrom`` and ``kg:registryStatus``.
    ``direct`` are ``(city, property, city)`` statements of a property in :data:`TIE_PREDICATES`
    (others are ignored): a tie, typed when the property is. A direct statement of a city about
    itself is a tie only with ``self_ties``.

    >>> tie = [(str(KG.partner), "urn:b", False), (str(KG.partner), "urn:a", False), (str(KG.since), "1999", True)]
    >>> direct = [("urn:a", str(KG.sisterCityOf), "urn:b"), ("urn:c", str(KG.partnerOf), "urn:a")]
    >>> [(t.a, t.b, t.partnerships, t.types, t.since) for t in read_ties([("urn:tie", tie)], direct)]
    [('urn:a', 'urn:b', ('urn:tie',), ('sister',), ('1999',)), ('urn:a', 'urn:c', (), (), ())]
    """
    said: dict[tuple[str, str], _Said] = {}
    for node, statements in partnerships:
        stated = list(statements)
        partners = sorted({v for p, v, literal in stated if p == _PARTNER and not literal})
        if len(partners) != 2:
            continue  # a partnership names exactly two cities; anything else is not a tie
        one = said.get((partners[0], partners[1]))
        if one is None:
            one = said[(partners[0], partners[1])] = _Said()
        one.partnerships.append(node)
        for p, v, literal in stated:
            if p == _TIE_TYPE:
                if not literal and v in TIE_TYPE_IRIS:
                    one.types.append(TIE_TYPE_IRIS[v])
            elif p == _SINCE:
                one.since.append(v)
            elif p == _REGISTRY_YEAR:
                one.registry_years.append(v)
            elif p == _CONFLICT:
                one.flagged = one.flagged or v.lower() in ("true", "1")
            elif p == _SOURCE:
                one.sources.append(v)
            elif p == _STATUS:
                one.status.append((v if literal else local_name(v)).lower())
    for s, p, o in direct:
        if p not in TIE_PREDICATES or (s == o and not self_ties):
            continue
        pair = (s, o) if s <= o else (o, s)
        one = said.get(pair)
        if one is None:
            one = said[pair] = _Said()
        if (typ := TIE_PREDICATES[p]) is not None:
            one.types.append(typ)
    return [Tie(a, b, partnerships=tuple(x.partnerships), types=tuple(x.types), since=tuple(x.since),
                registry_years=tuple(x.registry_years), sources=tuple(x.sources), status=tuple(x.status),
                flagged=x.flagged) for (a, b), x in sorted(said.items())]


@dataclass(frozen=True)
class Entity:
    """What a projection shows of a city, organization or event: labels, country, kind."""

    iri: str
    kind: str = "other"  #: city, organization, person, event, place, country or other
    label_en: str = ""
    label_ko: str = ""
    label_any: str = ""
    country: str = ""  #: ISO 3166-1 alpha-2 code, ``""`` when unknown

    @classmethod
    def from_attrs(cls, iri: str, attrs: Mapping[str, object]) -> Entity:
        """The entity back from a projection's node attributes.

        >>> Entity.from_attrs("x", {"label": "Austin", "label_en": "Austin", "country": "US"}).display()
        'Austin (US)'
        """
        return cls(iri, kind=str(attrs.get("kind", "other")), label_en=str(attrs.get("label_en", "")),
                   label_ko=str(attrs.get("label_ko", "")), label_any=str(attrs.get("label", "")),
                   country=str(attrs.get("country", "")))

    @property
    def label(self) -> str:
        """The best display label: English, else Korean, else any, else the IRI's last part.

        >>> Entity("https://w3id.org/kgraph/id/city/us/austin").label
        'austin'
        """
        return self.label_en or self.label_ko or self.label_any or local_name(self.iri)

    def display(self) -> str:
        """A short name for output, e.g. ``Austin (오스틴, US)``.

        >>> Entity("x", label_en="Austin", label_ko="오스틴", country="US").display()
        'Austin (오스틴, US)'
        >>> Entity("x", label_ko="광명시").display()
        '광명시'
        """
        more = [v for v in (self.label_ko if self.label_ko != self.label else "", self.country) if v]
        return self.label + (f" ({', '.join(more)})" if more else "")

    def attrs(self) -> dict[str, Flat]:
        """The entity as flat node attributes."""
        return flat({"label": self.label, "label_en": self.label_en, "label_ko": self.label_ko,
                     "country": self.country, "kind": self.kind})


_KINDS: dict[str, EntityKind] = {
    "https://schema.org/City": "city",
    "https://schema.org/Organization": "organization",
    "https://schema.org/Person": "person",
    "https://schema.org/Event": "event",
    "https://schema.org/Place": "place",
    "https://schema.org/Country": "country",
}


def kind_of(types: list[str]) -> EntityKind | Literal["other"]:
    """The kind of an entity from its ``rdf:type`` IRIs (a city that is also an organization is a city).

    >>> kind_of(["https://schema.org/Organization", "https://schema.org/City"])
    'city'
    >>> kind_of([])
    'other'
    """
    found = [_KINDS[t] for t in types if t in _KINDS]
    if not found:
        return "other"
    order = list(_KINDS.values())
    first: EntityKind = min(found, key=order.index)
    return first
