"""What the projections are made of: a tie between two cities and an entity's display facts.

>>> t = Tie("https://w3id.org/kgraph/id/city/kr/b", "https://w3id.org/kgraph/id/city/kr/a",
...         types=("SisterCity",), years=(2005, 2003), sources=("https://x.org/1",))
>>> (t.a, t.year, t.conflict, t.weight)
('https://w3id.org/kgraph/id/city/kr/a', 2003, True, 1)
>>> t.describe()
'SisterCity since 2003 or 2005 (sources disagree)'
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..vocab import EntityKind
from .flat import Flat, flat, join, local_name


@dataclass(frozen=True)
class Tie:
    """One tie between two cities, merged over every ``kg:Partnership`` node that states it.

    ``a`` and ``b`` are the two cities' IRIs in sorted order; ``types`` are partnership type names
    (``SisterCity``, ``FriendshipCity``, ``OtherTie``), ``years`` every year a source states,
    ``sources`` the source URLs (an article's ``schema:url`` where known), ``ties`` the
    ``kg:Partnership`` IRIs (empty for a bare ``kg:partnerOf`` edge).
    """

    a: str
    b: str
    ties: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()
    flagged: bool = False  #: the graph marks the tie with ``kg:sinceConflict true``

    def __post_init__(self) -> None:
        a, b = sorted((self.a, self.b))
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        for name in ("ties", "types", "sources"):
            object.__setattr__(self, name, tuple(sorted(set(getattr(self, name)))))
        object.__setattr__(self, "years", tuple(sorted(set(self.years))))

    @property
    def year(self) -> int | None:
        """The earliest year a source states, or None."""
        return self.years[0] if self.years else None

    @property
    def conflict(self) -> bool:
        """True when sources disagree on the year."""
        return self.flagged or len(self.years) > 1

    @property
    def weight(self) -> int:
        """The number of distinct sources that state the tie."""
        return len(self.sources)

    def other(self, city: str) -> str:
        """The city at the other end of the tie from ``city``."""
        return self.b if city == self.a else self.a

    def merged(self, other: Tie) -> Tie:
        """This tie and ``other`` (the same two cities) as one."""
        return Tie(self.a, self.b, ties=self.ties + other.ties, types=self.types + other.types,
                   years=self.years + other.years, sources=self.sources + other.sources,
                   flagged=self.flagged or other.flagged)

    def describe(self) -> str:
        """The tie in words: type and year(s).

        >>> Tie("x", "y").describe()
        'tie of unknown type, year unknown'
        """
        kind = " and ".join(self.types) or "tie of unknown type"
        if not self.years:
            return f"{kind}, year unknown"
        years = " or ".join(str(y) for y in self.years)
        return f"{kind} since {years}" + (" (sources disagree)" if self.conflict else "")

    def attrs(self) -> dict[str, Flat]:
        """The tie as flat edge attributes (see :mod:`kgraph.analyse.flat`).

        >>> Tie("x", "y", types=("SisterCity",), years=(1999,), sources=("s",)).attrs()["year"]
        1999
        """
        return flat({
            "kind": "partnership",
            "tie_type": join(self.types),
            "year": self.year,
            "years": join(self.years),
            "year_conflict": self.conflict,
            "sources": join(self.sources),
            "weight": self.weight,
            "tie": join(self.ties),
        })


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
