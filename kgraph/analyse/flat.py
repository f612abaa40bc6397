"""Flat, typed attribute values for networkx graphs that GraphML and GEXF writers accept.

GraphML and GEXF take ``str``, ``int``, ``float`` and ``bool`` values only: no ``None`` and no
lists (networkx issues #5024 and #878). Lists are joined with a space, which no IRI, year or type
name contains, and unknown numbers are left out rather than written as ``None``.

>>> join(["https://b.org/x", "https://a.org/y", "https://b.org/x"])
'https://a.org/y https://b.org/x'
>>> split("")
[]
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib.term import Node

#: The value types every attribute of a projection has.
Flat = str | int | float | bool

SEP = " "  #: separator of joined lists (IRIs, years and type names never contain a space)


def join(values: Iterable[str | int]) -> str:
    """Distinct values, sorted, joined by :data:`SEP` (``""`` for none).

    >>> join([2005, 2003])
    '2003 2005'
    """
    return SEP.join(str(v) for v in sorted(set(values), key=lambda v: (str(type(v)), v)))


def split(text: str) -> list[str]:
    """The values of a joined attribute (the inverse of :func:`join`).

    >>> split("SisterCity FriendshipCity")
    ['SisterCity', 'FriendshipCity']
    """
    return [v for v in text.split(SEP) if v]


def year_of(text: str) -> int | None:
    """The year of an ``xsd:gYear``, ``xsd:gYearMonth``, ``xsd:date`` or ``xsd:dateTime`` value.

    >>> year_of("1999"), year_of("2024-10-29"), year_of("2024-10"), year_of("---04")
    (1999, 2024, 2024, None)
    """
    m = re.match(r"^(-?\d{4,})(?:-|$|Z|[+-]\d\d:\d\d$)", text.strip())
    return int(m.group(1)) if m else None


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``.

    >>> local_name("https://w3id.org/kgraph/ns#SisterCity")
    'SisterCity'
    >>> local_name("https://w3id.org/kgraph/id/city/us/austin")
    'austin'
    """
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def text(term: Node | None) -> str:
    """The lexical form of a term, ``""`` for an unbound one.

    >>> text(None)
    ''
    """
    return "" if term is None else str(term)


def flat(attrs: Mapping[str, object]) -> dict[str, Flat]:
    """``attrs`` with ``None`` values left out and lists or sets joined; other types refused.

    >>> flat({"a": None, "b": [3, 1], "c": True, "d": "x"})
    {'b': '1 3', 'c': True, 'd': 'x'}
    >>> flat({"bad": {"k": 1}})
    Traceback (most recent call last):
    ...
    TypeError: attribute 'bad' is a dict; projections keep str, int, float or bool values only
    """
    out: dict[str, Flat] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            out[key] = join(value)
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
        else:
            raise TypeError(f"attribute {key!r} is a {type(value).__name__}; projections keep str, int, float or "
                            "bool values only")
    return out
