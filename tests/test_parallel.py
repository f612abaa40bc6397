"""kgraph.parallel and ``kgraph ingest --workers``: a process pool reads exactly what one process reads."""
import json

from kgraph.parallel import Read, packed, read_files

TEXTS = {
    "a.md": ("ko", "광명시와 전북 부안군은 2016년 자매결연을 맺었다. 박승원 광명시장이 참석했다."),
    "b.md": ("en", "Gwangmyeong Mayor Park Seung-won welcomed a delegation from Austin on Monday."),
    "c.md": ("ko", "횡성군은 일본 야즈정 대표단을 맞아 자매결연 20주년 기념식을 열었다."),
}


def _write(folder):
    for name, (lang, text) in TEXTS.items():
        (folder / name).write_text(f"---\nurl: urn:test:{name}\npublished: 2024-05-20\nlanguage: {lang}\n---\n\n{text}\n",
                                   encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return sorted(folder.iterdir())


def test_two_workers_read_what_one_reads(ex, tmp_path):
    files = _write(tmp_path)
    one = list(read_files(files, extractor=ex, workers=1))
    two = list(read_files(files, extractor=ex, workers=2))
    assert [r.path for r in one] == [r.path for r in two] == files  # in file order
    for a, b in zip(one, two):
        assert a.graph == b.graph and set(a.unpacked()) == set(b.unpacked()) and a.error == b.error
    assert [r.path.name for r in two if r.error] == ["empty.txt"]  # a bad file is refused, the others read
    assert all(r.unpacked() for r in two if not r.error)


def test_workers_send_their_triples_packed(ex, tmp_path):
    """A worker packs its triples as N-Triples (the writer then converts nothing); in this process they stay."""
    files = _write(tmp_path)
    one = [r for r in read_files(files, extractor=ex, workers=1) if not r.error]
    two = [r for r in read_files(files, extractor=ex, workers=2) if not r.error]
    assert all(r.packed is None and r.triples for r in one)
    assert all(r.packed is not None and not r.triples and r.payload() is r.packed for r in two)
    assert [set(r.packed.triples()) for r in two] == [set(r.triples) for r in one]
    assert [r.count for r in two] == [len(r.triples) for r in one]


def test_triples_that_cannot_be_packed_travel_as_they_are(tmp_path):
    from rdflib import BNode, URIRef

    blank = Read(tmp_path / "a.txt", URIRef("urn:g"), [(BNode("b1"), URIRef("urn:p"), URIRef("urn:o"))])
    assert packed(blank).packed is None and blank.count == 1 and blank.payload() == blank.triples


def test_cli_ingest_with_workers(cli, tmp_path):
    _write(tmp_path)
    store = str(tmp_path / "kg.store")
    r = cli("ingest", "-q", "--workers", "2", "--store", store, str(tmp_path))
    assert r.exit_code == 1 and "stored 3 article(s)" in r.stdout and "empty.txt" in r.output
    r = cli("query", "--store", store, "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:url ?u . FILTER(STRSTARTS(?u, 'urn:test:')) }")
    assert json.loads(r.stdout)["results"]["bindings"][0]["n"]["value"] == "3"


def test_articles_read_in_prepared_runs_keep_their_order_and_their_errors(ex, tmp_path, monkeypatch):
    import kgraph.parallel as parallel

    files = _write(tmp_path)
    whole = list(read_files(files, extractor=ex, workers=1))
    monkeypatch.setattr(parallel, "PREPARED_ARTICLES", 2)  # runs of two: the bad file inside a run
    runs = list(read_files(files, extractor=ex, workers=1))
    assert [r.path for r in runs] == [r.path for r in whole] == files
    assert [r.error is not None for r in runs] == [r.path.name == "empty.txt" for r in runs]
    assert [set(r.unpacked()) for r in runs] == [set(r.unpacked()) for r in whole]
