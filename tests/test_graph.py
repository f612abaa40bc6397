"""The Python API (kgraph.KnowledgeGraph) and the guarantees of the on-disk store."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

import kgraph
from kgraph import KnowledgeGraph, default_store_path
from kgraph.errors import LoadError, QueryTimeout, StoreBusy, StoreError
from kgraph.store.oxigraph import INIT_MARKER, ROLLBACK_DIR, OxigraphBackend
from kgraph.vocab import KGR, Gazetteer, Registry

GM = KGR["city/kr/gwangmyeong"]
EXTRA = URIRef("https://example.org/extra")


def partners(kg: KnowledgeGraph) -> set[str]:
    return {str(r["p"]).rsplit("/", 1)[-1] for r in kg.query("SELECT ?p { ?g rdfs:label '광명시'@ko ; kg:partnerOf ?p }")}


def run_python(code: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# -- opening ---------------------------------------------------------------------------------------
def test_default_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KGRAPH_STORE", str(tmp_path / "a"))
    assert default_store_path() == tmp_path / "a"
    monkeypatch.delenv("KGRAPH_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "xdg" / "kgraph" / "store"


def test_open_the_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGRAPH_STORE", str(tmp_path / "default"))
    with KnowledgeGraph.open() as kg:
        assert kg.backend.path == tmp_path / "default"
        assert len(partners(kg)) == 8


def test_a_new_store_starts_from_the_shipped_graph_and_keeps_writes(store_path: Path) -> None:
    with KnowledgeGraph.open(store_path) as kg:
        assert (store_path / INIT_MARKER).exists()
        assert {Registry, Gazetteer} <= set(kg.named_graphs())
        before = len(kg)
        kg.replace_graph(EXTRA, [(GM, RDFS.comment, Literal("추가"))])
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        assert len(kg) == before + 1
        assert kg.query("ASK { GRAPH <https://example.org/extra> { ?s rdfs:comment '추가' } }").boolean


def test_read_only_open_of_a_new_store(store_path: Path) -> None:
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        assert kg.backend.read_only and len(partners(kg)) == 8
        with pytest.raises(StoreError, match="read-only"):
            kg.replace_graph(EXTRA, [])


def test_shipped_is_in_memory_and_never_written(tmp_path: Path) -> None:
    kg = KnowledgeGraph.shipped()
    assert kg.backend.path is None
    kg.replace_graph(EXTRA, [(GM, RDFS.comment, Literal("x"))])
    assert KnowledgeGraph.shipped().query("ASK { ?s rdfs:comment 'x' }").boolean is False


def test_a_folder_of_other_files_or_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="other files"):
        KnowledgeGraph.open(tmp_path / "notes")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        KnowledgeGraph.open(tmp_path / "afile")


def test_an_interrupted_creation_is_completed_next_time(store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    import kgraph.graph_core as graph_mod  # where KnowledgeGraph.open finds the shipped graph

    broken = tmp_path / "broken.trig"
    broken.write_text("<https://example.org/a> <https://example.org/b> ", encoding="utf-8")
    real = graph_mod.shipped_graph_path
    monkeypatch.setattr(graph_mod, "shipped_graph_path", lambda: broken)
    with pytest.raises(LoadError):
        KnowledgeGraph.open(store_path)
    monkeypatch.setattr(graph_mod, "shipped_graph_path", real)
    with KnowledgeGraph.open(store_path, read_only=True) as kg:  # not left empty for ever
        assert len(partners(kg)) == 8


# -- querying --------------------------------------------------------------------------------------
def test_query_and_named_query(shipped_kg: KnowledgeGraph) -> None:
    res = shipped_kg.query("SELECT ?name WHERE { ?c rdfs:label ?name } ", bindings={"c": KGR["city/de/osnabrueck"]})
    assert Literal("Osnabrück", lang="de") in res.column("name")
    rows = shipped_kg.named_query("partners", params={"city": "Gwangmyeong"})
    assert "Osnabrück" in {str(r["name_en"]) for r in rows}
    assert all(isinstance(r["partner"], URIRef) for r in rows)


def test_rdflib_access(shipped_kg: KnowledgeGraph) -> None:
    g = shipped_kg.rdflib_graph()
    assert isinstance(g, Graph) and len(g) > 5000
    assert (GM, RDFS.label, Literal("광명시", lang="ko")) in g
    ds = shipped_kg.dataset()
    assert isinstance(ds, Dataset)
    assert len(ds.graph(Registry)) > 1000
    assert {Registry, Gazetteer} <= {c.identifier for c in ds.contexts()}


def test_resolve(shipped_kg: KnowledgeGraph) -> None:
    from kgraph.errors import AmbiguousName, NotFound
    from kgraph.vocab import SCHEMA

    assert shipped_kg.resolve("광명", kind=SCHEMA.City) == GM
    assert shipped_kg.resolve("Osnabrueck", kind=SCHEMA.City) == KGR["city/de/osnabrueck"]
    with pytest.raises(AmbiguousName):
        shipped_kg.resolve("광주", kind=SCHEMA.City)
    with pytest.raises(NotFound):
        shipped_kg.resolve("Atlantis", kind=SCHEMA.City)


def test_a_timeout_on_a_store_opened_for_writing(store_path: Path) -> None:
    """The worker of a time-limited query opens the store read-only beside its writer, and sees its writes."""
    with KnowledgeGraph.open(store_path) as kg:
        kg.replace_graph(EXTRA, [(GM, RDFS.comment, Literal("방금"))])
        assert kg.query("ASK { ?s rdfs:comment '방금' }", timeout=10).boolean
        start = time.monotonic()
        with pytest.raises(QueryTimeout):
            kg.query("ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(STR(?c) = CONCAT(STR(?f), 'never')) }", timeout=1)
        assert time.monotonic() - start < 2.5


def test_importing_kgraph_exposes_the_api() -> None:
    assert {"KnowledgeGraph", "KgraphError", "QueryResult", "default_store_path"} <= set(kgraph.__all__)


# -- writes are atomic ------------------------------------------------------------------------------
def test_a_bad_file_leaves_the_store_as_it_was(store_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.nq"
    lines = [f'<https://example.org/s{i}> <https://example.org/p> "{i}" <https://example.org/g> .' for i in range(5000)]
    bad.write_text("\n".join(lines) + "\n<https://example.org/broken> <https://example.org/p> .\n", encoding="utf-8")
    with KnowledgeGraph.open(store_path) as kg:
        before = len(kg)
        with pytest.raises(LoadError, match="nothing was changed"):
            kg.load(bad)
        assert len(kg) == before
        assert not (store_path / ROLLBACK_DIR).exists()
        assert len(partners(kg)) == 8
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        assert len(kg) == before


def test_a_crash_in_the_middle_of_a_load_leaves_the_store_as_it_was(store_path: Path, tmp_path: Path) -> None:
    with KnowledgeGraph.open(store_path) as kg:
        before = len(kg)
    big = tmp_path / "big.nq"
    with big.open("w", encoding="utf-8") as f:
        for i in range(250_000):
            f.write(f'<https://example.org/s{i}> <https://example.org/p{i % 7}> "v{i}" <https://example.org/g{i % 3}> .\n')
    proc = run_python(f"""
        from kgraph import KnowledgeGraph
        kg = KnowledgeGraph.open({str(store_path)!r})
        kg.load({str(big)!r})
        print("finished")
    """)
    deadline = time.monotonic() + 60
    while not (store_path / ROLLBACK_DIR / "READY").exists():  # the load has begun
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.005)
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    assert "finished" not in out
    with KnowledgeGraph.open(store_path, read_only=True) as kg:  # a reader sees the store as it was
        assert len(kg) == before
    with KnowledgeGraph.open(store_path) as kg:  # the next writer puts it back before it writes
        assert len(kg) == before
        assert len(partners(kg)) == 8
        small = tmp_path / "small.nq"
        small.write_text("".join(big.read_text(encoding="utf-8").splitlines(keepends=True)[:1000]), encoding="utf-8")
        assert kg.load(small) == 1000  # and loads again
        assert not (store_path / ROLLBACK_DIR).exists()
        assert len(kg) == before + 1000


# -- one writer at a time, one batch at a time; readers never wait -----------------------------------
def hold_writer(store_path: Path, seconds: float) -> subprocess.Popen[str]:
    proc = run_python(f"""
        import time
        from kgraph import KnowledgeGraph
        kg = KnowledgeGraph.open({str(store_path)!r})
        with kg.batch():
            print("holding", flush=True)
            time.sleep({seconds})
        kg.close()
    """)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding", proc.communicate()
    return proc


def test_a_writer_with_a_time_limit_fails_with_a_clear_message(store_path: Path) -> None:
    KnowledgeGraph.open(store_path).close()
    proc = hold_writer(store_path, 30)
    try:
        start = time.monotonic()
        be = OxigraphBackend(path=store_path, lock_wait=0.5)
        with pytest.raises(StoreBusy, match="in use by another kgraph process") as err:
            be.replace_graph(EXTRA, [(GM, RDFS.comment, Literal("x"))])
        assert 0.4 <= time.monotonic() - start < 3
        assert "--store" in str(err.value)
        start = time.monotonic()  # a reader does not wait for the writer: it reads the last snapshot
        with KnowledgeGraph.open(store_path, read_only=True) as kg:
            assert len(partners(kg)) == 8
        assert time.monotonic() - start < 5
    finally:
        proc.kill()
        proc.communicate()
    with KnowledgeGraph.open(store_path) as kg:  # and the store is fine afterwards
        assert len(partners(kg)) == 8


def test_a_second_writer_waits_for_the_first(store_path: Path) -> None:
    KnowledgeGraph.open(store_path).close()
    proc = hold_writer(store_path, 1.0)
    try:
        start = time.monotonic()
        with KnowledgeGraph.open(store_path) as kg:  # queues (no time limit by default), then writes
            kg.replace_graph(EXTRA, [(GM, RDFS.comment, Literal("second"))])
            waited = time.monotonic() - start
        assert waited > 0.3
    finally:
        proc.communicate(timeout=30)
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        assert kg.query("ASK { ?s rdfs:comment 'second' }").boolean


def test_the_cli_reports_a_busy_store(cli, store_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    KnowledgeGraph.open(store_path).close()
    ttl = tmp_path / "one.ttl"
    ttl.write_text("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n", encoding="utf-8")
    proc = hold_writer(store_path, 30)
    try:
        res = cli("load", "--store", str(store_path), str(ttl), env={"KGRAPH_LOCK_WAIT": "0.3"})
        assert res.exit_code == 1
        assert "in use by another kgraph process" in res.stderr
    finally:
        proc.kill()
        proc.communicate()


def test_readers_share_the_store(store_path: Path) -> None:
    KnowledgeGraph.open(store_path).close()
    with KnowledgeGraph.open(store_path, read_only=True) as a, KnowledgeGraph.open(store_path, read_only=True) as b:
        assert len(a) == len(b) > 0
