"""Ingest: one named graph per article, evidence by SPARQL, re-ingest replaces, bad files skipped."""
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph import KnowledgeGraph
from kgraph.cli import main
from kgraph.ingest import ingest

FIX = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture
def store(tmp_path):
    return tmp_path / "store"


def count(kg, q):
    return len(kg.query(q))


def test_ingest_folder_then_query_evidence(store, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(FIX, docs)
    with KnowledgeGraph.open(store) as kg:
        shipped = len(kg.query("SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"))
        report = ingest(kg, [docs])
        assert report.ok and len(report.stored) == 4
        # one named graph per article, named by the article
        arts = kg.query("SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }")
        assert len(arts) == shipped + 4
        # every partnership stated by an article has evidence with its sentence and offsets
        rows = kg.query("""SELECT ?s ?o ?sentence ?start ?end WHERE {
            ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate kg:partnerOf ; rdf:object ?o ;
                kg:sentence ?sentence ; kg:charStart ?start ; kg:charEnd ?end ; prov:wasDerivedFrom ?a .
            ?a schema:url "https://example.org/news/chuncheon-yangju" }""")
        assert len(rows) >= 2
        assert all("자매" in str(r["sentence"]) for r in rows)
        # mentions point at typed entities
        assert count(kg, "SELECT ?e WHERE { ?a schema:mentions ?e . ?e a schema:Person }") >= 5


def test_reingest_replaces_the_graph(store):
    with KnowledgeGraph.open(store) as kg:
        ingest(kg, [FIX / "signing-ko.txt"])
        n1 = len(kg)
        arts = count(kg, "SELECT ?a WHERE { ?a a schema:NewsArticle }")
        ingest(kg, [FIX / "signing-ko.txt"])
        assert len(kg) == n1
        assert count(kg, "SELECT ?a WHERE { ?a a schema:NewsArticle }") == arts


def test_bad_files_are_skipped_and_nothing_is_lost(store, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIX / "signing-ko.txt", docs / "good.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "undecodable.txt").write_bytes("광명시".encode() + b"\x80\xff" * 50)
    (docs / "nav.html").write_bytes(b"<html><body><nav>home</nav></body></html>")
    (docs / "huge.txt").write_bytes(("광명시는 오스틴시와 교류했다. " * 1_000_000).encode()[: 20 * 1024 * 1024])
    with KnowledgeGraph.open(store) as kg:
        before = len(kg)
        report = ingest(kg, [docs])
        assert [Path(f).name for f, _, _ in report.stored] == ["good.txt"]
        failed = {Path(f).name: msg for f, msg in report.failed}
        assert set(failed) == {"empty.txt", "binary.txt", "undecodable.txt", "nav.html", "huge.txt"}
        assert "empty" in failed["empty.txt"] and "binary" in failed["binary.txt"]
        assert "UTF-8" in failed["undecodable.txt"] and "MB" in failed["huge.txt"]
        assert len(kg) > before


def test_cli_ingest_exit_codes_and_summary(store, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["ingest", str(FIX / "signing-ko.txt"), "--store", str(store), "-q"])
    assert ok.exit_code == 0, ok.output
    assert "stored 1 article(s)" in ok.output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    res = runner.invoke(main, ["ingest", str(bad), "--store", str(store)])
    assert res.exit_code == 1 and "binary" in res.output
    # what was stored before is still there
    q = runner.invoke(main, ["query", "--store", str(store), "--format", "csv",
                             "SELECT (COUNT(?a) AS ?n) WHERE { ?a schema:url ?u }"])
    assert q.exit_code == 0 and q.output.strip().splitlines()[-1] == "1"


def test_cli_extract_shows_without_storing(store):
    runner = CliRunner()
    res = runner.invoke(main, ["extract", str(FIX / "visit-en.txt"), "--format", "json", "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert '"Freiburg"' in res.output
    ttl = runner.invoke(main, ["extract", str(FIX / "visit-en.txt"), "--store", str(store)])
    assert "kg:Evidence" in ttl.output
    q = runner.invoke(main, ["query", "--store", str(store), "ASK { ?a schema:url ?u }"])
    assert q.output.strip() == "no"


def test_overrides_for_one_file(store):
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(FIX / "scraped-ko.txt"), "--store", str(store), "--published", "2025-03-07",
                               "--url", "https://example.org/yeosu"])
    assert res.exit_code == 0, res.output
    q = runner.invoke(main, ["query", "--store", str(store), "--format", "csv",
                             'SELECT ?d WHERE { ?e a schema:Event ; schema:startDate ?d }'])
    assert "2025-03-05" in q.output


def test_a_failing_rule_keeps_the_article_and_says_so(store, monkeypatch):
    from kgraph.extract import pipeline

    def boom(self, article):
        raise IndexError("a rule tripped")

    monkeypatch.setattr(pipeline.Extractor, "read", boom)
    with KnowledgeGraph.open(store) as kg:
        report = ingest(kg, [FIX / "signing-ko.txt"])
        assert report.ok and len(report.stored) == 1
        assert any("reading failed" in n and "IndexError" in n for n in report.notes)
        assert kg.query("ASK { ?a schema:url 'https://example.org/news/chuncheon-yangju' }")
