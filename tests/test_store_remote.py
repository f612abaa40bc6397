"""kgraph on a live Oxigraph server (``--store http://…/query``): the commands work unchanged.

The store contract itself runs on the server (and on a live Virtuoso) in ``test_store_contract.py``;
this module checks the commands and the Graph Store Protocol writes, and, on a canned loopback
server and in Oxigraph, what kgraph does for Virtuoso's answers and graphs.
"""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph
from kgraph.errors import StoreError, UsageError
from kgraph.store import capabilities, open_backend
from kgraph.store.remote import Endpoints, RemoteBackend

from _live import Live, free_port, kgraph_serve, oxigraph_cli, oxigraph_server

FIX = Path(__file__).parent / "fixtures" / "articles"
ARTICLES = "SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live Oxigraph server holding the shipped graph (loaded through kgraph); its query URL."""
    if oxigraph_cli() is None:
        pytest.skip("needs the oxigraph server command (pip install -e '.[test]' installs it)")
    folder = tmp_path_factory.mktemp("oxigraph-remote")
    live = oxigraph_server(folder / "data", port=free_port(), log=folder / "log.txt")
    url = live.url + "/query"
    KnowledgeGraph.open(url).close()  # an empty server gets the shipped graph, as a new store does
    yield url
    live.stop()


def test_endpoints_come_from_the_profile_or_the_fragment() -> None:
    e = Endpoints.parse("http://127.0.0.1:3030/kg/query#profile=fuseki")
    assert (e.update, e.gsp) == ("http://127.0.0.1:3030/kg/update", "http://127.0.0.1:3030/kg/data")
    e = Endpoints.parse("http://h/sparql#update=http://h/auth&gsp=")
    assert (e.query, e.update, e.gsp) == ("http://h/sparql", "http://h/auth", None)
    with pytest.raises(UsageError, match="profile"):
        Endpoints.parse("http://h/sparql#profile=nope")
    with pytest.raises(UsageError, match="unknown store URL option"):
        Endpoints.parse("http://h/sparql#password=x")


def test_capabilities_are_declared_not_guessed_from_names() -> None:
    oxigraph_server = capabilities(RemoteBackend(url="http://h/query"))
    assert oxigraph_server.update and oxigraph_server.graph_store_protocol
    qlever = capabilities(RemoteBackend(url="http://h/sparql#profile=qlever&update="))
    assert not qlever.update and not qlever.graph_store_protocol
    assert capabilities(open_backend("memory")).update
    assert not capabilities(open_backend("memory")).read_only_open
    assert not capabilities(open_backend("rdflib")).update
    assert capabilities(object()).names() == []  # a backend that declares nothing can do nothing extra


def test_an_unreachable_server_names_the_problem_and_the_fix() -> None:
    with pytest.raises(StoreError, match=r"cannot reach the SPARQL server.*start it"):
        len(RemoteBackend(url="http://127.0.0.1:18099/query", timeout=5))


def test_the_shipped_graph_is_on_the_server_and_named_queries_answer(server: str, shipped_kg: KnowledgeGraph) -> None:
    with KnowledgeGraph.open(server, read_only=True) as kg:
        assert len(kg) == len(shipped_kg)
        got = kg.named_query("partners", params={"city": "광명시"})
        want = shipped_kg.named_query("partners", params={"city": "광명시"})
        assert sorted(str(r["partner"]) for r in got) == sorted(str(r["partner"]) for r in want)


def test_rereading_an_article_is_one_put_of_its_named_graph(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.ingest import ingest

    with KnowledgeGraph.open(server) as kg:
        calls: list[tuple[str, str]] = []
        real = RemoteBackend._request

        def spy(self, url, **kw):  # type: ignore[no-untyped-def]
            calls.append((kw.get("method", "GET"), url))
            return real(self, url, **kw)

        monkeypatch.setattr(RemoteBackend, "_request", spy)
        article = urllib.parse.quote("https://w3id.org/kgraph/id/article/", safe="")
        ingest(kg, [FIX / "signing-ko.txt"])
        n1, arts = len(kg), len(kg.query(ARTICLES))
        writes = [c for c in calls if c[0] != "POST" or "/update" in c[1]]
        assert {m for m, _ in writes} == {"PUT"}  # the article graph, and the kept counts when they change
        assert sum(1 for _, url in writes if f"/store?graph={article}" in url) == 1
        calls.clear()
        ingest(kg, [FIX / "signing-ko.txt"])  # read again: the same graph, the counts unchanged
        writes = [c for c in calls if c[0] != "POST" or "/update" in c[1]]
        assert len(writes) == 1 and writes[0][0] == "PUT" and f"/store?graph={article}" in writes[0][1]
        assert (len(kg), len(kg.query(ARTICLES))) == (n1, arts)  # replaced, not added


def test_cli_ingest_query_export_render_against_the_server(server: str, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = len(KnowledgeGraph.open(server, read_only=True).query(ARTICLES))
    result = cli("ingest", "--store", server, "-q", str(FIX / "visit-en.txt"))
    assert result.exit_code == 0, result.output
    assert "stored 1 article" in result.output
    result = cli("query", "--store", server, "--format", "csv", ARTICLES)
    assert result.exit_code == 0 and len(result.output.strip().splitlines()) == before + 2
    result = cli("query", "--store", server, "--name", "partners", "-p", "city", "광명시")
    assert result.exit_code == 0 and "Osnabrück" in result.output
    out = tmp_path / "all.nq"
    result = cli("export", "--store", server, "--format", "nquads", "-o", str(out))
    assert result.exit_code == 0, result.output
    import pyoxigraph as ox

    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(KnowledgeGraph.open(server, read_only=True)) > 5000
    page = tmp_path / "gm.html"
    result = cli("render", "--store", server, "--city", "광명시", "-o", str(page))
    assert result.exit_code == 0 and "Osnabrück" in page.read_text(encoding="utf-8")
    result = cli("info", "--store", server)
    assert result.exit_code == 0 and server in result.output


def test_a_syntax_error_on_the_server_store_names_line_and_column(server: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("query", "--store", server, "SELECT ?s\nWHERE { ?s ?p }")
    assert result.exit_code != 0 and "line 2" in result.output


def test_kgraph_serve_in_front_of_the_server(server: str, tmp_path: Path) -> None:
    live: Live = kgraph_serve(server, port=free_port(), log=tmp_path / "log.txt")  # type: ignore[arg-type]
    try:
        url = live.url + "/queries/partners?" + urllib.parse.urlencode({"city": "광명시"})
        with urllib.request.urlopen(url, timeout=60) as resp:
            rows = json.load(resp)["results"]["bindings"]
        assert any(r["partner"]["value"] == "https://w3id.org/kgraph/id/city/de/osnabrueck" for r in rows)
    finally:
        live.stop()


# -- what kgraph does for servers that differ from SPARQL 1.1 (Virtuoso; the contract runs on a live one) ----
Canned = tuple[str, list[tuple[bytes, dict[str, str]]]]  #: a canned server's URL and its answers to come


@pytest.fixture
def canned() -> Iterator[Canned]:
    """A loopback HTTP server answering every request with the next canned (body, headers); its URL."""
    import http.server
    import threading

    answers: list[tuple[bytes, dict[str, str]]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body, headers = answers.pop(0)
            self.send_response(200)
            for k, v in {"Content-Type": "application/sparql-results+json", **headers}.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    httpd = http.server.HTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/sparql", answers
    httpd.shutdown()
    httpd.server_close()


def _rows(n: int) -> bytes:
    cells = [{"s": {"type": "uri", "value": f"http://example.org/s{i}"}} for i in range(n)]
    return json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": cells}}).encode()


def test_an_answer_the_server_cut_at_its_row_limit_is_an_error(canned: Canned) -> None:
    """Virtuoso cuts a SELECT at ResultSetMaxRows and says so in a header: kgraph refuses the short answer."""
    url, answers = canned
    be = RemoteBackend(url=url + "#profile=virtuoso", timeout=10)
    answers.append((_rows(3), {}))
    assert len(KnowledgeGraph(be).query("SELECT ?s WHERE { ?s ?p ?o }")) == 3
    answers.append((_rows(2), {"X-SPARQL-MaxRows": "2"}))
    with pytest.raises(StoreError, match=r"cut its answer .* at 2 rows.*ResultSetMaxRows"):
        KnowledgeGraph(be).query("SELECT ?s WHERE { ?s ?p ?o }")


def test_virtuosos_form_of_an_ask_answer_is_read(canned: Canned) -> None:
    """Virtuoso answers ASK as a SELECT of ?__ASK_RETVAL: one row (1) when true, no row when false."""
    url, answers = canned
    be = RemoteBackend(url=url + "#profile=virtuoso", timeout=10)
    one = {"__ASK_RETVAL": {"type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                            "value": "1"}}
    for bindings, want in (([one], True), ([], False)):
        answers.append((json.dumps({"head": {"vars": ["__ASK_RETVAL"]}, "results": {"bindings": bindings}}).encode(),
                        {}))
        assert KnowledgeGraph(be).query("ASK { ?s ?p ?o }").boolean is want


def test_graph_variables_range_over_the_stores_named_graphs_only() -> None:
    """On Virtuoso the default graph's stand-in and the server's graphs are named graphs to the server;
    kgraph's rewrite keeps every ``GRAPH ?var`` off them, and changes nothing else (run here on Oxigraph)."""
    import pyoxigraph as ox

    from kgraph.sparql_rewrite import graphs_without

    e = "http://example.org/"
    hidden = [e + "default", e + "meta"]
    store = ox.Store()
    for g in ("g1", "g2", "default", "meta"):
        store.add(ox.Quad(ox.NamedNode(e + "a"), ox.NamedNode(e + "p"), ox.Literal(g), ox.NamedNode(e + g)))
    queries = {
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }": {("g1",), ("g2",)},
        "SELECT ?g ?h WHERE { GRAPH ?g { ?s ?p ?o } GRAPH $h { ?s ?p ?x } FILTER(?o = ?x) }":
            {("g1", "g1"), ("g2", "g2")},
        "SELECT ?o ?g WHERE { ?s ?p ?o OPTIONAL { GRAPH ?g { ?s ?p ?o } } }":  # the union keeps every graph
            {("g1", "g1"), ("g2", "g2"), ("default", None), ("meta", None)},
        "SELECT ?o WHERE { GRAPH <http://example.org/default> { ?s ?p ?o } }": {("default",)},  # named: kept
        "SELECT ?g ?h WHERE { GRAPH ?g { ?x ?y ?z GRAPH ?h { ?s ?p ?o } } }  # GRAPH ?x { in a comment":
            {("g1", "g1"), ("g1", "g2"), ("g2", "g1"), ("g2", "g2")},
    }
    for text, want in queries.items():
        rewritten = graphs_without(text, hidden)
        got = {tuple(None if t is None else (t.value.removeprefix(e)) for t in row)
               for row in store.query(rewritten, use_default_graph_as_union=True)}  # type: ignore[union-attr]  # SELECTs
        assert got == want, (text, rewritten)
    text = 'SELECT * { ?s ex:graph ?g . ?s ?p "GRAPH ?g {" }'
    assert graphs_without(text, hidden) == text and graphs_without("SELECT * { GRAPH ?g { } }", []) == \
        "SELECT * { GRAPH ?g { } }"
