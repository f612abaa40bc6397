"""Issue 9, item 3: ``FROM <g>`` means that graph, as SPARQL says, on every backend."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from kgraph.query.runner import execute
from kgraph.store import backend_names, open_backend

E = "http://example.org/"
G1, G2 = URIRef(E + "g1"), URIRef(E + "g2")


@pytest.fixture(params=[b for b in backend_names() if b != "remote"])  # remote: tests/test_store_remote.py
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    be = open_backend(request.param, path=tmp_path / "store" if request.param == "oxigraph" else None)
    be.replace_graph(G1, [(URIRef(E + "a"), URIRef(E + "p"), URIRef(E + f"o{i}")) for i in range(3)])
    be.replace_graph(G2, [(URIRef(E + "b"), URIRef(E + "p"), URIRef(E + f"o{i}")) for i in range(5)])
    yield be
    be.close()


def count(be: object, text: str) -> int:
    return int(execute(be, text).rows[0][0])  # type: ignore[arg-type]


def test_without_from_the_default_graph_is_the_union(backend: object) -> None:
    assert count(backend, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 8


def test_from_counts_only_the_named_graph(backend: object) -> None:
    assert count(backend, f"SELECT (COUNT(*) AS ?n) FROM <{G1}> WHERE {{ ?s ?p ?o }}") == 3
    assert count(backend, f"SELECT (COUNT(*) AS ?n) FROM <{G2}> WHERE {{ ?s ?p ?o }}") == 5


def test_two_from_clauses_merge_their_graphs(backend: object) -> None:
    assert count(backend, f"SELECT (COUNT(*) AS ?n) FROM <{G1}> FROM <{G2}> WHERE {{ ?s ?p ?o }}") == 8


def test_from_named_alone_still_sees_the_named_graph_in_graph_patterns(backend: object) -> None:
    assert count(backend, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{G2}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == 5


def test_ask_with_from_looks_only_in_that_graph(backend: object) -> None:
    assert execute(backend, f"ASK FROM <{G1}> {{ <{E}b> ?p ?o }}").boolean is False  # type: ignore[arg-type]
    assert execute(backend, f"ASK {{ <{E}b> ?p ?o }}").boolean is True  # type: ignore[arg-type]
