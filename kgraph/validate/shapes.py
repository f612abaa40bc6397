"""The SHACL shapes kgraph ships (``shapes.ttl``, package data) and the rules they define.

>>> [r.id for r in rules()][:3]
['city-country', 'date-after-article', 'end-before-start']
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from ..errors import LoadError

SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class Rule:
    """One rule of the shapes: its shape IRI, short id and title in plain words."""

    shape: str
    id: str
    title: str


def shapes_path() -> Path:
    """Where the shipped ``shapes.ttl`` is."""
    return Path(str(resources.files(__package__) / SHAPES_FILE))


@lru_cache(maxsize=4)
def _parse(path: str) -> Graph:
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise LoadError(f"cannot read the shapes file {path}: {exc}; fix it or pass another one") from exc
    # pySHACL scans each query's text with regular expressions once per focus node, in time that
    # grows with the square of its length: queries are kept on one line with single spaces.
    for node, text in list(g.subject_objects(SH.select)):
        if "#" not in str(text):
            g.set((node, SH.select, Literal(" ".join(str(text).split()))))
    return g


def shapes_graph(path: str | os.PathLike[str] | None = None) -> Graph:
    """The shapes as an rdflib graph (the shipped ones unless ``path`` is given); do not modify it."""
    return _parse(str(Path(path) if path is not None else shapes_path()))


def rules(path: str | os.PathLike[str] | None = None) -> list[Rule]:
    """The rules of the shapes (every named shape with a rule id), sorted by id."""
    g = shapes_graph(path)
    found = []
    for kind in (SH.NodeShape, SH.PropertyShape):
        for shape in g.subjects(RDF.type, kind):
            rule_id = g.value(shape, RDFS.label)
            if isinstance(shape, URIRef) and rule_id is not None:
                title = g.value(shape, RDFS.comment)
                found.append(Rule(str(shape), str(rule_id), str(title if title is not None else rule_id)))
    return sorted(found, key=lambda r: r.id)
