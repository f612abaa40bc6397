"""`kgraph query`, `kgraph queries`, `kgraph load`, `kgraph info` on a real on-disk store."""
from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from kgraph.query.named import named_queries

DONE_WHEN = 'SELECT ?p WHERE { ?g rdfs:label "광명시"@ko ; kg:partnerOf ?p }'
PARTNERS = {"osnabrueck", "austin", "liaocheng", "yamato", "jecheon", "buan", "sinan", "yeongam"}
NOT_PARTNERS = {"eunpyeong", "osan"}


def slugs(text: str) -> set[str]:
    return {line.rsplit("/", 1)[-1].strip().strip(">") for line in text.splitlines() if "city/" in line}


def test_the_done_when_query(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "--iris", DONE_WHEN)
    assert res.exit_code == 0, res.output
    found = slugs(res.stdout)
    assert found == PARTNERS
    assert not found & NOT_PARTNERS
    assert res.stdout.count("kgr:city/") == 8  # each partner once (a tie stated by several graphs is one tie)
    assert "(8 rows)" in res.stdout


def test_the_default_store_is_created_from_the_shipped_graph(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "env.store"
    res = cli("query", "--iris", DONE_WHEN, env={"KGRAPH_STORE": str(store)})
    assert res.exit_code == 0 and slugs(res.stdout) == PARTNERS
    assert (store / "CURRENT").exists()


def test_query_from_a_file_and_from_stdin(cli, shipped_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    q = tmp_path / "q.rq"
    q.write_text(DONE_WHEN + "\n", encoding="utf-8")
    by_file = cli("query", "--store", str(shipped_store), "--iris", "-f", str(q))
    by_stdin = cli("query", "--store", str(shipped_store), "--iris", input=DONE_WHEN)
    by_dash = cli("query", "--store", str(shipped_store), "--iris", "-", input=DONE_WHEN)
    by_dash_file = cli("query", "--store", str(shipped_store), "--iris", "-f", "-", input=DONE_WHEN)
    for res in (by_file, by_stdin, by_dash, by_dash_file):
        assert res.exit_code == 0, res.output
        assert slugs(res.stdout) == PARTNERS


# -- formats ---------------------------------------------------------------------------------------
def run(cli, store: Path, *args: str) -> str:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(store), *args)
    assert res.exit_code == 0, res.output
    return res.stdout


def test_csv_and_tsv(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.reader(io.StringIO(run(cli, shipped_store, "--format", "csv", DONE_WHEN))))
    assert rows[0] == ["p"] and {r[0].rsplit("/", 1)[-1] for r in rows[1:]} == PARTNERS
    tsv = run(cli, shipped_store, "--format", "tsv", "SELECT ?p ?l WHERE { ?g rdfs:label '광명시'@ko ; kg:partnerOf ?p . "
              "?p rdfs:label ?l FILTER(LANG(?l) = 'ko') }")
    lines = tsv.splitlines()
    assert lines[0] == "?p\t?l"
    assert any(line.startswith("<https://w3id.org/kgraph/id/city/de/osnabrueck>\t\"") and line.endswith('"@ko')
               for line in lines[1:])


def test_json_is_the_w3c_results_format(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(run(cli, shipped_store, "--format", "json", DONE_WHEN))
    assert doc["head"]["vars"] == ["p"]
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 8 and all(b["p"]["type"] == "uri" for b in bindings)
    ask = json.loads(run(cli, shipped_store, "--format", "json", "ASK { ?c rdfs:label '광명시'@ko }"))
    assert ask["boolean"] is True


def test_xml_is_the_w3c_results_format(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    root = ET.fromstring(run(cli, shipped_store, "--format", "xml", DONE_WHEN).encode("utf-8"))
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["p"]
    assert len(root.findall("r:results/r:result", ns)) == 8


def test_construct_and_describe_as_turtle_and_ntriples(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    q = "CONSTRUCT { ?g kg:partnerOf ?p } WHERE { ?g rdfs:label '광명시'@ko ; kg:partnerOf ?p }"
    for fmt, rdf in (("turtle", "turtle"), ("ntriples", "nt")):
        g = Graph().parse(data=run(cli, shipped_store, "--format", fmt, q), format=rdf)
        assert len(g) == 8
    described = Graph().parse(data=run(cli, shipped_store, "--format", "turtle",
                                       "DESCRIBE <https://w3id.org/kgraph/id/city/de/osnabrueck>"), format="turtle")
    assert len(described) > 5


def test_ask_as_a_table(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(cli, shipped_store, "ASK { ?c rdfs:label '광명시'@ko }").strip() == "yes"
    assert run(cli, shipped_store, "ASK { ?c rdfs:label 'Atlantis'@en }").strip() == "no"


def test_a_graph_format_for_rows_is_a_usage_error(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "--format", "turtle", DONE_WHEN)
    assert res.exit_code == 2 and "not a graph" in res.stderr


# -- named queries ---------------------------------------------------------------------------------
def test_queries_lists_every_named_query_with_its_parameters(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("queries")
    assert res.exit_code == 0
    for name, q in named_queries().items():
        assert name in res.stdout
        for p in q.params:
            assert f"-p {p.name} VALUE" in res.stdout
    assert {"partners", "shared-partners", "events", "people", "article-facts", "ties-per-country"} <= set(named_queries())


def test_named_partners_query(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(run(cli, shipped_store, "--name", "partners", "-p", "city", "광명시",
                                               "--format", "csv"))))
    assert {r["partner"].rsplit("/", 1)[-1] for r in rows} == PARTNERS
    by = {r["partner"].rsplit("/", 1)[-1]: r for r in rows}
    assert by["osnabrueck"]["since"] == "1997" and by["osnabrueck"]["type"] == "SisterCity"
    assert set(by["liaocheng"]["since"].split(" | ")) == {"2003", "2005"}
    assert len(by["liaocheng"]["sources"].split(" ; ")) >= 3


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_runs_from_the_cli(cli, shipped_store: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    args = []
    for p in named_queries()[name].params:
        args += ["-p", p.name, "광명시" if p.kind == "city" else "https://w3id.org/kgraph/id/article/0"]
    res = cli("query", "--store", str(shipped_store), "--name", name, *args, "--format", "json")
    assert res.exit_code == 0, res.output
    assert "vars" in json.loads(res.stdout)["head"]


def test_named_query_usage_errors(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    s = str(shipped_store)
    cases = [
        (["--name", "nope"], "no named query"),
        (["--name", "partners"], "needs -p city"),
        (["--name", "partners", "-p", "town", "x", "-p", "city", "광명시"], "no parameter"),
        (["--name", "partners", "SELECT * {}"], "either --name or a query"),
        (["-p", "city", "x", "SELECT * {}"], "-p parameters go with --name"),
        (["--name", "partners", "-p", "city", "광주"], "pass one of these IRIs"),
    ]
    for args, message in cases:
        res = cli("query", "--store", s, *args)
        assert res.exit_code == 2, (args, res.output)
        assert message in res.stderr, (args, res.stderr)


# -- safety through the CLI ------------------------------------------------------------------------
def test_an_update_is_refused(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "INSERT DATA { <http://e/a> <http://e/p> <http://e/b> }")
    assert res.exit_code != 0
    assert "read-only" in res.stderr and "UPDATE" in res.stderr
    res = cli("query", "--store", str(shipped_store), "ASK { <http://e/a> <http://e/p> <http://e/b> }")
    assert res.stdout.strip() == "no"


def test_service_and_remote_from_are_refused(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }")
    assert res.exit_code != 0 and "SERVICE" in res.stderr
    res = cli("query", "--store", str(shipped_store), "SELECT * FROM <http://example.org/x.ttl> WHERE { ?s ?p ?o }")
    assert res.exit_code != 0 and "remote graphs are never loaded" in res.stderr


def test_a_syntax_error_prints_line_and_column(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTR(?o)\n}")
    assert res.exit_code != 0
    assert "line 4, column" in res.stderr
    assert "Traceback" not in res.output


def test_limit_truncates_and_says_so(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "--limit", "3", "--format", "csv", "SELECT ?c { ?c a schema:City }")
    assert res.exit_code == 0
    assert len(res.stdout.splitlines()) == 4
    assert "truncated at 3 rows" in res.stderr
    res = cli("query", "--store", str(shipped_store), "--limit", "30", DONE_WHEN)
    assert "truncated" not in res.stderr


def test_timeout_stops_a_runaway_query(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    runaway = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
               "FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), 'never')) }")
    start = time.monotonic()
    res = cli("query", "--store", str(shipped_store), "--timeout", "1", runaway)
    elapsed = time.monotonic() - start
    assert res.exit_code != 0 and "time limit of 1 s" in res.stderr
    assert elapsed < 3.0, elapsed


def test_timeout_must_be_positive(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(shipped_store), "--timeout", "0", DONE_WHEN)
    assert res.exit_code == 2


def test_the_default_timeout_is_30_seconds() -> None:
    from kgraph.cli.query import query

    timeout = next(p for p in query.params if p.name == "timeout")
    assert timeout.default == 30.0


# -- load and info ---------------------------------------------------------------------------------
def test_load_adds_a_file_atomically_and_info_shows_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "kg.store"
    info = cli("info", "--store", str(store))
    assert info.exit_code == 0 and str(store) in info.stdout
    quads_before = int(info.stdout.split("quads:")[1].split()[0])
    ttl = tmp_path / "extra.ttl"
    ttl.write_text('@prefix schema: <https://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                   '<https://example.org/c> a schema:City ; rdfs:label "새도시"@ko .\n', encoding="utf-8")
    res = cli("load", "--store", str(store), str(ttl), "--graph", "https://example.org/extra")
    assert res.exit_code == 0 and "2 new quads" in res.stdout
    res = cli("query", "--store", str(store), "--format", "csv",
              "SELECT ?c WHERE { GRAPH <https://example.org/extra> { ?c rdfs:label '새도시'@ko } }")
    assert "https://example.org/c" in res.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://example.org/d> a <https://schema.org/City> .\n<https://example.org/e> a ", encoding="utf-8")
    res = cli("load", "--store", str(store), str(bad))
    assert res.exit_code == 1 and "not valid turtle" in res.stderr
    info = cli("info", "--store", str(store))
    assert int(info.stdout.split("quads:")[1].split()[0]) == quads_before + 2


def test_load_errors_are_clear(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = str(tmp_path / "kg.store")
    res = cli("load", "--store", store, str(tmp_path / "missing.ttl"))
    assert res.exit_code == 1 and "no file" in res.stderr
    odd = tmp_path / "data.xyz"
    odd.write_text("x", encoding="utf-8")
    res = cli("load", "--store", store, str(odd))
    assert res.exit_code == 1 and "--format" in res.stderr
    ttl = tmp_path / "ok.ttl"
    ttl.write_text("<https://example.org/a> <https://example.org/p> 1 .", encoding="utf-8")
    res = cli("load", "--store", store, str(ttl), "--graph", "not an iri")
    assert res.exit_code == 2 and "absolute IRI" in res.stderr


def test_a_store_path_that_is_a_file_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    res = cli("query", "--store", str(f), DONE_WHEN)
    assert res.exit_code != 0
    assert "Traceback" not in res.output
