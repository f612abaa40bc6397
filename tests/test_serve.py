"""``kgraph serve`` on loopback, asked by real clients nobody here wrote: SPARQLWrapper, curl, rdflib's SPARQLStore.

Every answer is checked against the same query run in process on the same graph.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
import xml.dom.minidom
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kgraph import KnowledgeGraph

from _live import Live, free_port, kgraph_serve

GM = "https://w3id.org/kgraph/id/city/kr/gwangmyeong"
SELECT = f"""SELECT ?partner ?name WHERE {{ <{GM}> kg:partnerOf ?partner .
  ?partner rdfs:label ?name . FILTER(LANG(?name) = "en") }} ORDER BY ?name"""
CONSTRUCT = f"CONSTRUCT {{ <{GM}> kg:partnerOf ?p . ?p rdfs:label ?l }} WHERE {{ <{GM}> kg:partnerOf ?p . ?p rdfs:label ?l }}"
ASK = "ASK { ?c rdfs:label '광명시'@ko }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def server(shipped_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """A read-only server on the shipped graph, default limits."""
    live = kgraph_serve(shipped_store, port=free_port(), log=tmp_path_factory.mktemp("serve") / "log.txt")
    yield live
    live.stop()


@pytest.fixture(scope="module")
def limited(shipped_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """A server on a copy of the shipped store: 5 s timeout, 5 rows at most, updates with a token."""
    folder = tmp_path_factory.mktemp("serve-limited")
    store = folder / "kg.store"
    shutil.copytree(shipped_store, store, ignore=shutil.ignore_patterns("kgraph.lock"))
    live = kgraph_serve(store, port=free_port(), log=folder / "log.txt",
                        extra=["--timeout", "5", "--max-rows", "5", "--allow-update"])
    yield live
    live.stop()


@pytest.fixture(scope="module")
def reference(shipped_kg: KnowledgeGraph) -> KnowledgeGraph:
    return shipped_kg


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and body of one request (errors included)."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


def get(live: Live, path: str, **params: str) -> tuple[int, dict[str, str], bytes]:
    return http(live.url + path + ("?" + urllib.parse.urlencode(params) if params else ""))


def want_rows(kg: KnowledgeGraph, text: str) -> list[tuple[str, ...]]:
    return [tuple(str(t) for t in row) for row in kg.query(text).rows]


def want_graph(kg: KnowledgeGraph, text: str) -> set[tuple]:
    return set(kg.query(text).triples)


# -- SPARQLWrapper ---------------------------------------------------------------------------------
@pytest.fixture
def wrapper(server: Live):  # type: ignore[no-untyped-def]
    sw = pytest.importorskip("SPARQLWrapper")
    client = sw.SPARQLWrapper(server.url + "/sparql")
    return sw, client


def test_sparqlwrapper_select_in_json_xml_csv_and_tsv(wrapper, reference: KnowledgeGraph) -> None:  # type: ignore[no-untyped-def]
    sw, client = wrapper
    want = want_rows(reference, SELECT)
    assert len(want) >= 5
    client.setQuery(SELECT)
    client.setReturnFormat(sw.JSON)
    data = client.query().convert()
    assert data["head"]["vars"] == ["partner", "name"]
    assert [(b["partner"]["value"], b["name"]["value"]) for b in data["results"]["bindings"]] == want
    assert {b["name"].get("xml:lang") for b in data["results"]["bindings"]} == {"en"}

    client.setReturnFormat(sw.XML)
    doc = client.query().convert()
    assert isinstance(doc, xml.dom.minidom.Document)
    got = []
    for result in doc.getElementsByTagName("result"):
        cells = {b.getAttribute("name"): b.firstChild.firstChild.data for b in result.getElementsByTagName("binding")}
        got.append((cells["partner"], cells["name"]))
    assert got == want

    client.setReturnFormat(sw.CSV)
    rows = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert rows[0] == ["partner", "name"] and [tuple(r) for r in rows[1:]] == want

    client.setReturnFormat(sw.TSV)
    lines = client.query().convert().decode("utf-8").splitlines()
    assert lines[0] == "?partner\t?name"
    assert [tuple(line.split("\t")) for line in lines[1:]] == [(f"<{p}>", f'"{n}"@en') for p, n in want]


def test_sparqlwrapper_ask_by_get_and_post(wrapper) -> None:  # type: ignore[no-untyped-def]
    sw, client = wrapper
    for method in (sw.GET, sw.POST):
        client.setMethod(method)
        client.setReturnFormat(sw.JSON)
        client.setQuery(ASK)
        assert client.query().convert()["boolean"] is True
        client.setQuery("ASK { ?c rdfs:label 'Atlantis'@en }")
        assert client.query().convert()["boolean"] is False


@pytest.mark.parametrize("fmt,mime", [("TURTLE", "text/turtle"), ("JSONLD", "application/ld+json"),
                                      ("RDFXML", "application/rdf+xml")])
def test_sparqlwrapper_construct_in_every_graph_format(wrapper, reference: KnowledgeGraph, fmt: str, mime: str) -> None:  # type: ignore[no-untyped-def]
    sw, client = wrapper
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(getattr(sw, fmt))
    res = client.query()
    assert res.info()["content-type"].startswith(mime)
    g = Graph().parse(data=res.response.read(), format={"TURTLE": "turtle", "JSONLD": "json-ld", "RDFXML": "xml"}[fmt])
    assert set(g) == want_graph(reference, CONSTRUCT)
    assert (URIRef(GM), URIRef("https://w3id.org/kgraph/ns#partnerOf"), URIRef("https://w3id.org/kgraph/id/city/de/osnabrueck")) in g


# -- rdflib's SPARQLStore ----------------------------------------------------------------------------
def test_rdflib_sparqlstore_select_ask_and_construct(server: Live, reference: KnowledgeGraph) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server.url + "/sparql", returnFormat="xml")
    g = Graph(store=store)
    prologue = "PREFIX kg: <https://w3id.org/kgraph/ns#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    rows = [(str(r[0]), str(r[1])) for r in g.query(prologue + SELECT)]
    assert rows == want_rows(reference, SELECT)
    assert any(isinstance(r[1], Literal) and r[1].language == "en" for r in g.query(prologue + SELECT))
    assert g.query(prologue + ASK).askAnswer is True
    assert set(g.query(prologue + CONSTRUCT)) == want_graph(reference, CONSTRUCT)
    store.close()


# -- curl -------------------------------------------------------------------------------------------
@pytest.fixture
def curl() -> str:
    found = shutil.which("curl")
    if not found:
        pytest.skip("needs curl")
    return found


def run_curl(curl: str, *args: str) -> tuple[int, str, str]:
    """curl's status code, content type and body."""
    out = subprocess.run([curl, "-s", "-w", "\n%{http_code} %{content_type}", *args], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    body, _, tail = out.rpartition("\n")
    code, _, ctype = tail.partition(" ")
    return int(code), ctype, body


@pytest.mark.parametrize("how", ["get", "form", "body"])
@pytest.mark.parametrize("accept,check", [
    ("application/sparql-results+json", lambda b, want: [(x["partner"]["value"], x["name"]["value"])
                                                          for x in json.loads(b)["results"]["bindings"]] == want),
    ("text/csv", lambda b, want: [tuple(r) for r in list(csv.reader(io.StringIO(b)))[1:]] == want),
    ("text/tab-separated-values", lambda b, want: len(b.splitlines()) == len(want) + 1),
    ("application/sparql-results+xml", lambda b, want: b.count("<result>") == len(want)),
])
def test_curl_select_every_way_in_every_format(curl: str, server: Live, reference: KnowledgeGraph, how: str,
                                               accept: str, check) -> None:  # type: ignore[no-untyped-def]
    url = server.url + "/sparql"
    args = {"get": ["-G", url, "--data-urlencode", f"query={SELECT}"],
            "form": [url, "--data-urlencode", f"query={SELECT}"],
            "body": [url, "-H", "Content-Type: application/sparql-query", "--data-binary", SELECT]}[how]
    code, ctype, body = run_curl(curl, "-H", f"Accept: {accept}", *args)
    assert code == 200 and ctype.startswith(accept)
    assert check(body, want_rows(reference, SELECT))


def test_curl_construct_as_ntriples(curl: str, server: Live, reference: KnowledgeGraph) -> None:
    code, ctype, body = run_curl(curl, "-G", server.url + "/sparql", "--data-urlencode", f"query={CONSTRUCT}",
                                 "-H", "Accept: application/n-triples")
    assert code == 200 and ctype.startswith("application/n-triples")
    assert set(Graph().parse(data=body, format="nt")) == want_graph(reference, CONSTRUCT)


def test_a_graph_format_for_a_select_is_not_acceptable(curl: str, server: Live) -> None:
    code, _, body = run_curl(curl, "-G", server.url + "/sparql", "--data-urlencode", f"query={SELECT}",
                             "-H", "Accept: text/turtle")
    assert code == 406 and "application/sparql-results+json" in body


# -- refusals and limits ----------------------------------------------------------------------------
def test_a_malformed_query_is_400_with_the_parsers_message(server: Live) -> None:
    code, _, body = get(server, "/sparql", query="SELECT ?s\nWHERE { ?s ?p }")
    assert code == 400
    assert "line 2" in body.decode() and "syntax error" in body.decode()


def test_updates_are_403_on_a_read_only_server(server: Live) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/p> 'x' }"
    for data, ctype in ((urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded"),
                        (update.encode(), "application/sparql-update")):
        code, _, body = http(server.url + "/sparql", data=data, headers={"Content-Type": ctype})
        assert code == 403 and b"--allow-update" in body
    code, _, _ = get(server, "/sparql", query=update)  # an update smuggled in as a query
    assert code == 403
    code, _, _ = get(server, "/sparql", query="ASK { <http://example.org/a> ?p 'x' }")
    assert code == 200


def test_service_calls_are_refused(server: Live) -> None:
    code, _, body = get(server, "/sparql", query="SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert code == 403 and b"SERVICE" in body


def test_a_query_past_the_timeout_is_stopped_and_answered_503(limited: Live) -> None:
    import time

    started = time.monotonic()
    code, _, body = get(limited, "/sparql", query=SLOW)
    assert code == 503 and b"time limit" in body
    assert time.monotonic() - started < 30
    assert get(limited, "/sparql", query=ASK)[0] == 200  # the server still answers


def test_results_past_max_rows_are_cut_and_the_header_says_so(limited: Live, reference: KnowledgeGraph) -> None:
    code, headers, body = get(limited, "/sparql", query=SELECT)
    assert code == 200
    assert headers["kgraph-max-rows"] == "5"
    assert headers["kgraph-truncated"].startswith("true")
    rows = [(b["partner"]["value"], b["name"]["value"]) for b in json.loads(body)["results"]["bindings"]]
    assert rows == want_rows(reference, SELECT)[:5]
    code, headers, _ = get(limited, "/sparql", query=ASK)
    assert code == 200 and "kgraph-truncated" not in headers


def test_updates_need_the_printed_token(limited: Live) -> None:
    token = next(line.split(": ", 1)[1].strip() for line in limited.output().splitlines()
                 if line.startswith("update token: "))
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> rdfs:label 'added'@en } }"
    form = urllib.parse.urlencode({"update": update}).encode()
    ctype = {"Content-Type": "application/x-www-form-urlencoded"}
    check = "ASK { <http://example.org/a> rdfs:label 'added'@en }"
    assert http(limited.url + "/sparql", data=form, headers=ctype)[0] == 401
    assert http(limited.url + "/sparql", data=form, headers={**ctype, "Authorization": "Bearer wrong"})[0] == 403
    assert json.loads(get(limited, "/sparql", query=check)[2])["boolean"] is False
    code, _, _ = http(limited.url + "/sparql", data=form, headers={**ctype, "Authorization": f"Bearer {token}"})
    assert code == 204
    assert json.loads(get(limited, "/sparql", query=check)[2])["boolean"] is True
    load = urllib.parse.urlencode({"update": "LOAD <http://example.org/data.ttl>"}).encode()
    assert http(limited.url + "/sparql", data=load, headers={**ctype, "Authorization": f"Bearer {token}"})[0] == 403


def test_a_foreign_host_header_is_refused(server: Live) -> None:
    """A web page on another origin cannot reach the loopback server through DNS rebinding."""
    assert http(server.url + "/health", headers={"Host": "attacker.example"})[0] == 400


def test_serve_binds_to_loopback_unless_told(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("serve", "--host", "0.0.0.0", "--port", "18099")
    assert result.exit_code == 2
    assert "--public" in result.output


# -- REST named queries, views, the page ------------------------------------------------------------
def test_named_queries_as_rest_give_the_named_querys_answer(server: Live, reference: KnowledgeGraph) -> None:
    code, headers, body = get(server, "/queries/partners", city="광명시")
    assert code == 200 and headers["content-type"].startswith("application/sparql-results+json")
    got = [(b["partner"]["value"], b["type"]["value"]) for b in json.loads(body)["results"]["bindings"]]
    want = [(str(r["partner"]), str(r["type"])) for r in reference.named_query("partners", params={"city": "광명시"})]
    assert sorted(got) == sorted(want) and len(got) >= 5
    code, headers, body = get(server, "/queries/ties-per-country", format="csv")
    assert code == 200 and headers["content-type"].startswith("text/csv")
    assert body.decode().splitlines()[0] == "country,name,ties,sister,friendship"


def test_rest_values_are_bound_never_spliced(server: Live) -> None:
    code, _, body = get(server, "/queries/partners", city='광명시" } UNION { ?city ?p ?partner } #')
    assert code == 404 and b"no city called" in body
    assert get(server, "/queries/partners")[0] == 400  # a missing parameter
    assert get(server, "/queries/partners", city="광명시", town="x")[0] == 400  # an unknown one
    assert get(server, "/queries/no-such-query")[0] == 404


def test_the_catalogue_lists_every_named_query(server: Live) -> None:
    from kgraph.query.named import named_queries

    code, _, body = get(server, "/queries")
    assert code == 200
    assert {q["name"] for q in json.loads(body)} == set(named_queries())


def test_the_view_of_a_city_is_the_offline_page(server: Live) -> None:
    code, headers, body = get(server, "/views/city/" + urllib.parse.quote("광명시"), depth="1", lang="en")
    assert code == 200 and headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in headers["content-security-policy"]
    assert b"Gwangmyeong" in body and b"<script src" not in body
    assert get(server, "/views/city/Atlantis")[0] == 404
    assert get(server, "/views/city/Gwangmyeong", depth="99")[0] == 400


def test_the_query_page_loads_only_its_own_files_under_a_strict_csp(server: Live) -> None:
    code, headers, body = get(server, "/")
    csp = headers["content-security-policy"]
    assert code == 200 and "script-src 'self';" in csp and "connect-src 'self'" in csp and "unsafe-eval" not in csp
    page = body.decode()
    assert "<script src=\"static/yasgui.min.js\">" in page and "http://" not in page.split("<body>")[1].split(
        "kgraph-examples")[0]
    for name in ("yasgui.min.js", "yasgui.min.css", "query-page.js", "yasgui.LICENSE.txt"):
        assert get(server, "/static/" + name)[0] == 200
