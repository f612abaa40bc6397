"""Safety of `kgraph query` and KnowledgeGraph.query: read-only, no network, a real time limit, a row cap,
syntax errors with line and column — on every store backend."""
from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from kgraph import KnowledgeGraph
from kgraph.errors import ForbiddenQuery, QuerySyntaxError, QueryTimeout, UpdateNotAllowed
from kgraph.query.safety import check_read_only, from_iris, mask, query_form, uses_service
from kgraph.store import backend_names

UPDATES = [
    "INSERT DATA { <http://e/a> <http://e/p> <http://e/b> }",
    "insert data { <http://e/a> <http://e/p> 'x' }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 'x' } WHERE { ?s ?p ?o }",
    "PREFIX e: <http://e/>\n# a comment with SELECT in it\nDELETE DATA { e:a e:p e:b }",
    "WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <http://e/g>",
    "CREATE GRAPH <http://e/g>",
    "ADD DEFAULT TO <http://e/g>",
    "MOVE <http://e/a> TO <http://e/b>",
    "COPY <http://e/a> TO <http://e/b>",
]
RUNAWAY = "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), 'never')) }"


#: the backends opened here without a location (the remote one runs the store contract on a live
#: Oxigraph server in test_store_contract.py)
LOCAL_BACKENDS = [name for name in backend_names() if name != "remote"]


@pytest.fixture(scope="module", params=LOCAL_BACKENDS)
def kg(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    if request.param == "oxigraph":
        g = KnowledgeGraph.open(tmp_path_factory.mktemp("safety") / "kg.store", read_only=True)
    else:
        g = KnowledgeGraph.memory(backend=request.param)
    yield g
    g.close()


# -- read-only -------------------------------------------------------------------------------------
@pytest.mark.parametrize("update", UPDATES)
def test_an_update_is_refused_before_anything_runs(kg: KnowledgeGraph, update: str) -> None:
    before = len(kg)
    with pytest.raises(UpdateNotAllowed, match="read-only"):
        kg.query(update)
    assert len(kg) == before


def test_an_update_is_refused_with_a_timeout_too(kg: KnowledgeGraph) -> None:
    with pytest.raises(UpdateNotAllowed):
        kg.query("INSERT DATA { <http://e/a> <http://e/p> 'x' }", timeout=5)


@pytest.mark.parametrize("text", [
    "SELECT ?s WHERE { ?s ?p 'INSERT DATA' } LIMIT 1",
    "# DELETE everything\nASK { ?s ?p ?o }",
    "PREFIX insert: <http://e/> SELECT * WHERE { ?s insert:x ?o }",
    "SELECT ?delete ?load WHERE { ?delete ?load ?o } LIMIT 1",
    "SELECT ?x WHERE { ?x a schema:Service }",
    "SELECT ?service WHERE { ?service a schema:City } LIMIT 1",
    "SELECT ?from WHERE { ?s ?from <http://example.org/elsewhere> }",
    'SELECT ?s WHERE { ?s ?p """SERVICE <http://x/> { } FROM <http://y/>""" }',
])
def test_keywords_in_strings_comments_names_and_variables_are_not_refused(kg: KnowledgeGraph, text: str) -> None:
    kg.query(text)  # no exception


# -- no network ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://dbpedia.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . service ?endpoint { ?s ?p ?o } }",
    "PREFIX e: <http://e/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
])
def test_service_is_refused(kg: KnowledgeGraph, text: str) -> None:
    with pytest.raises(ForbiddenQuery, match="SERVICE"):
        kg.query(text)
    with pytest.raises(ForbiddenQuery):
        kg.query(text, timeout=5)


@pytest.mark.parametrize("text", [
    "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <https://www.w3.org/People/Berners-Lee/card> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX e: <http://example.org/> SELECT * FROM e:remote WHERE { ?s ?p ?o }",
    "SELECT * FROM wd:Q42 WHERE { ?s ?p ?o }",
    "ASK FROM <http://example.org/remote.ttl> { ?s ?p ?o }",
])
def test_remote_from_graphs_are_refused(kg: KnowledgeGraph, text: str) -> None:
    with pytest.raises(ForbiddenQuery, match="FROM"):
        kg.query(text)
    with pytest.raises(ForbiddenQuery):
        kg.query(text, timeout=5)


def test_from_a_graph_of_the_store_is_allowed(kg: KnowledgeGraph) -> None:
    res = kg.query("SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/kgraph/id/graph/registry> WHERE { ?t a kg:Partnership }")
    assert int(res.rows[0][0]) > 500


def test_lexer_helpers() -> None:
    assert mask("SELECT ?s { ?s ?p 'a b' } # c").startswith("SELECT ?s { ?s ?p '   ' }")
    assert query_form("BASE <http://e/> PREFIX p: <http://e/> CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("describe <http://e/x>") == "DESCRIBE"
    assert uses_service("SELECT * { service <http://x/> { } }")
    assert not uses_service("SELECT * { ?s ex:service ?o }")
    assert from_iris("SELECT * FROM <http://a/> FROM NAMED <http://b/> {}") == ["http://a/", "http://b/"]
    assert from_iris("SELECT * FROM kgr:graph\\/registry {}") == ["https://w3id.org/kgraph/id/graph/registry"]
    check_read_only("SELECT * { ?s ?p ?o }", local_graphs=set())


# -- syntax errors ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,line", [
    ("SELECT ?s WHERE { ?s ?p ?o", 1),
    ("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTR(?o)\n}", 4),
    ("SELEKT ?s WHERE { ?s ?p ?o }", 1),
    ("SELECT ?s WHERE { ?s undeclared:p ?o }", 1),
])
def test_a_syntax_error_names_line_and_column(kg: KnowledgeGraph, text: str, line: int) -> None:
    with pytest.raises(QuerySyntaxError) as err:
        kg.query(text)
    assert err.value.line == line
    assert isinstance(err.value.column, int)
    assert f"line {line}, column {err.value.column}" in str(err.value)
    with pytest.raises(QuerySyntaxError) as err2:  # the same through the time-limited worker
        kg.query(text, timeout=10)
    assert (err2.value.line, err2.value.column) == (err.value.line, err.value.column)


# -- row cap ---------------------------------------------------------------------------------------
def test_limit_caps_rows_and_says_it_truncated(kg: KnowledgeGraph) -> None:
    res = kg.query("SELECT ?c WHERE { ?c a schema:City }", limit=5)
    assert len(res) == 5 and res.truncated and res.limit == 5
    res = kg.query("SELECT ?c WHERE { ?c a schema:City } LIMIT 3", limit=5)
    assert len(res) == 3 and not res.truncated
    res = kg.query("CONSTRUCT { ?c a schema:City } WHERE { ?c a schema:City }", limit=4, timeout=10)
    assert len(res.triples) == 4 and res.truncated


# -- time limit ------------------------------------------------------------------------------------
@pytest.mark.parametrize("seconds", [1.0])
def test_timeout_stops_a_runaway_query_within_a_second_or_two(kg: KnowledgeGraph, seconds: float) -> None:
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit"):
        kg.query(RUNAWAY, timeout=seconds)
    elapsed = time.monotonic() - start
    assert seconds - 0.05 <= elapsed <= seconds + 1.5, elapsed
    assert kg.query("ASK { ?c rdfs:label '광명시'@ko }", timeout=10).boolean  # the store still answers


def test_a_query_within_its_time_limit_returns_its_answer(kg: KnowledgeGraph) -> None:
    res = kg.query("SELECT ?p WHERE { ?g rdfs:label '광명시'@ko ; kg:partnerOf ?p }", timeout=10)
    assert len(res) == 8


def test_a_query_that_eats_memory_is_stopped_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's memory is capped (KGRAPH_QUERY_MEMORY_MB, default half the machine's)."""
    from kgraph.errors import QueryError

    monkeypatch.setenv("KGRAPH_QUERY_MEMORY_MB", "300")
    kg = KnowledgeGraph.memory()
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"memory|time limit"):
        kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=30)
    assert time.monotonic() - start < 15
    assert kg.query("ASK { ?c rdfs:label '광명시'@ko }", timeout=10).boolean
