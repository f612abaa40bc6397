"""kgraph.cluster and ``kgraph ingest --dask``: a real Dask cluster (a ``LocalCluster`` of two worker
processes) reads exactly what one process reads, and the results stream into the store."""
import json

import pytest

from kgraph import cluster
from kgraph.parallel import read_files

from test_parallel import _write

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as lc, distributed.Client(lc) as c:
        yield c


def test_the_cluster_reads_what_one_process_reads(ex, tmp_path, client):
    files = _write(tmp_path)
    one = list(read_files(files, extractor=ex, workers=1))
    dask = list(cluster.read_files_dask(files, extractor=ex, client=client))
    assert [r.path for r in dask] == files  # in file order
    for a, b in zip(one, dask):
        assert a.graph == b.graph and set(a.triples) == set(b.unpacked()) and a.error == b.error
    assert [r.path.name for r in dask if r.error] == ["empty.txt"]  # refused, the others read
    assert all(r.packed is not None and r.count for r in dask if not r.error)  # packed to travel (kgraph.parallel.packed)
    assert len(client.nthreads()) == 2  # two worker processes took part


def test_a_bounded_window_still_reads_every_file_in_order(ex, tmp_path, client, monkeypatch):
    monkeypatch.setattr(cluster, "AHEAD_PER_THREAD", 1)  # two in flight for forty files
    monkeypatch.setattr(cluster, "AHEAD_MIN", 2)
    for i in range(40):
        (tmp_path / f"{i:02d}.md").write_text(f"---\nurl: urn:w:{i}\n---\n\n광명시와 부안군은 {2000 + i}년 자매결연을 맺었다.\n",
                                              encoding="utf-8")
    files = sorted(tmp_path.iterdir())
    out = list(cluster.read_files_dask(files, extractor=ex, client=client))
    assert [r.path for r in out] == files and not any(r.error for r in out)


def test_ingest_on_the_cluster_stores_every_article_once(tmp_path, client):
    from kgraph import KnowledgeGraph
    from kgraph.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs)
    with KnowledgeGraph.open(tmp_path / "kg.store") as kg:
        first = ingest(kg, [docs], dask=client)
        assert len(first.stored) == 3 and [f for f, _ in first.failed] == [str(docs / "empty.txt")]
        size = len(kg)
        again = ingest(kg, [docs], dask=client)  # re-reading replaces: no duplicates
        assert len(again.stored) == 3 and len(kg) == size


def test_cli_ingest_on_a_scheduler_address(cli, tmp_path, client):
    _write(tmp_path)
    store = str(tmp_path.parent / (tmp_path.name + ".store"))
    r = cli("ingest", "-q", "--dask", client.scheduler.address, "--store", store, str(tmp_path))
    assert r.exit_code == 1 and "stored 3 article(s)" in r.stdout and "empty.txt" in r.output
    r = cli("query", "--store", store, "--format", "json",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:url ?u . FILTER(STRSTARTS(?u, 'urn:test:')) }")
    assert json.loads(r.stdout)["results"]["bindings"][0]["n"]["value"] == "3"


def test_cli_names_an_unreachable_scheduler_and_stores_nothing(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1)
    _write(tmp_path)
    store = str(tmp_path / "kg.store")
    r = cli("ingest", "-q", "--dask", "tcp://127.0.0.1:9", "--store", store, str(tmp_path))
    assert r.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.output
    assert "dask scheduler" in r.output  # names the fix
    r = cli("query", "--store", store, "--format", "json",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a schema:url ?u . FILTER(STRSTARTS(?u, 'urn:test:')) }")
    assert json.loads(r.stdout)["results"]["bindings"][0]["n"]["value"] == "0"


def test_workers_and_a_cluster_together_are_refused(cli, tmp_path):
    _write(tmp_path)
    r = cli("ingest", "-q", "--workers", "2", "--dask", "tcp://127.0.0.1:9", "--store", str(tmp_path / "s"),
            str(tmp_path))
    assert r.exit_code == 2 and "not both" in r.output
