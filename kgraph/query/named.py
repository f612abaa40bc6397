"""Named queries shipped with the package (``named/*.rq``) and their parameters.

Each file starts with comment lines: ``# name:``, ``# description:`` and one ``# param: NAME (KIND) help``
per parameter. KIND says how a value is bound: ``city`` (a name resolved to the city's IRI),
``article`` (a URL resolved to the article's IRI), ``iri`` or ``string`` (a plain literal).
Values are always bound as variables, never written into the query text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..errors import UnknownQuery


@dataclass(frozen=True)
class Param:
    """One parameter of a named query."""

    name: str
    kind: str
    help: str


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query shipped with kgraph, run by name with bound parameters."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)


def parse_header(name: str, text: str) -> NamedQuery:
    """Read a named query's header comments.

    >>> q = parse_header("x", "# name: x\\n# description: d\\n# param: city (city) a city\\nSELECT * {}")
    >>> q.params[0].name, q.params[0].kind
    ('city', 'city')
    """
    desc = ""
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := re.match(r"#\s*name:\s*(\S+)", line):
            name = m.group(1)
        elif m := re.match(r"#\s*description:\s*(.+)", line):
            desc = m.group(1).strip()
        elif m := re.match(r"#\s*param:\s*(\w+)\s*\((\w+)\)\s*(.*)", line):
            params.append(Param(m.group(1), m.group(2), m.group(3).strip()))
    return NamedQuery(name=name, description=desc, text=text, params=tuple(params))


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """All named queries, by name."""
    out = {}
    folder = resources.files("kgraph.query") / "named"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            q = parse_header(entry.name[:-3], entry.read_text(encoding="utf-8"))
            out[q.name] = q
    return out


def get(name: str) -> NamedQuery:
    """The named query ``name``, or :class:`UnknownQuery` naming the ones there are."""
    try:
        return named_queries()[name]
    except KeyError:
        raise UnknownQuery(f"no named query {name!r}; `kgraph queries` lists them: "
                           + ", ".join(named_queries())) from None
