"""Issue 9, items 1, 2, 5 and 8 (foreign database): recovery never loses data, a damaged store is never
written and is reported with the way out, writers queue per batch, and `kgraph store` repairs."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph import KnowledgeGraph
from kgraph.errors import StoreDamaged
from kgraph.store.files import DIRTY_MARKER, ROLLBACK_DIR, SNAPSHOT_DIR

FIXTURES = Path(__file__).parent / "fixtures" / "heldout"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the shipped graph and two ingested articles (copied by each test before damage)."""
    path = tmp_path_factory.mktemp("safety") / "base.store"
    with KnowledgeGraph.open(path) as kg:
        kg.ingest(FIXTURES / "01.txt", FIXTURES / "02.txt")
    return path


@pytest.fixture
def store(base_store: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "kg.store"
    shutil.copytree(base_store, dst)
    return dst


def quads(path: Path) -> int:
    with KnowledgeGraph.open(path, read_only=True) as kg:
        return int(kg.query(COUNT).rows[0][0])


def fingerprint(path: Path) -> dict[str, str]:
    """Every file under the store (but the lock files) with a hash of its bytes."""
    out = {}
    for f in sorted(path.rglob("*")):
        if f.is_file() and f.name not in ("kgraph.lock", "kgraph.queue", "LOCK") and not f.name.startswith("LOG"):
            out[str(f.relative_to(path))] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def article(tmp_path: Path, n: int = 3) -> Path:
    src = FIXTURES / f"{n:02d}.txt"
    dst = tmp_path / src.name
    shutil.copy(src, dst)
    return dst


# -- 1. recovery never replaces data with less data without proof ------------------------------------
def stale_checkpoint(store: Path, *, ready: str) -> None:
    """What a store copied while `kgraph load` ran looks like: READY and an empty checkpoint."""
    empty = ox.Store(str(store.parent / "empty.db"))
    (store / ROLLBACK_DIR).mkdir()
    empty.backup(str(store / ROLLBACK_DIR / "db"))
    del empty
    (store / ROLLBACK_DIR / "READY").write_text(ready, encoding="utf-8")


@pytest.mark.parametrize("ready", ["a load was in progress; the store is put back as it was before it\n",
                                   json.dumps({"quads": 47365}) + "\n"])
def test_a_stale_checkpoint_that_is_not_whole_is_never_put_back(cli, store: Path, tmp_path: Path, ready: str) -> None:
    before = quads(store)
    shutil.rmtree(store / SNAPSHOT_DIR)
    stale_checkpoint(store, ready=ready)
    res = cli("ingest", "-q", "--store", str(store), str(article(tmp_path)))
    assert res.exit_code == 3, res.output
    assert "checkpoint that is not whole" in res.stderr and "kgraph store repair" in res.stderr
    assert (store / ROLLBACK_DIR / "READY").exists()
    res = cli("store", "repair", "--store", str(store))  # repair does not guess either
    assert res.exit_code == 3 and "--keep-current" in res.stderr
    res = cli("store", "repair", "--keep-current", "--store", str(store))
    assert res.exit_code == 0, res.output
    assert quads(store) == before  # nothing was lost
    res = cli("ingest", "-q", "--store", str(store), str(article(tmp_path)))
    assert res.exit_code == 0, res.output
    assert quads(store) > before


def test_a_whole_checkpoint_is_still_put_back(store: Path, tmp_path: Path) -> None:
    before = quads(store)
    with KnowledgeGraph.open(store) as kg, kg.batch():
        from kgraph.store import recovery

        recovery.take(store, kg.backend._store, what="test")  # type: ignore[attr-defined]
        kg.backend._store.update("INSERT DATA { GRAPH <http://e/half> { <http://e/a> <http://e/b> 1 } }")  # type: ignore[attr-defined]
    with KnowledgeGraph.open(store) as kg:  # the next writer verifies the checkpoint and puts it back
        kg.replace_graph(__import__("rdflib").URIRef("http://e/next"), [])
    assert not (store / ROLLBACK_DIR).exists()
    assert quads(store) == before


# -- 2. a damaged store is never written, and the message says what and what to do -------------------
def damage(store: Path, kind: str) -> None:
    shutil.rmtree(store / SNAPSHOT_DIR, ignore_errors=True)
    ssts = sorted(store.glob("*.sst"), key=lambda f: f.stat().st_size)
    manifest = next(store.glob("MANIFEST-*"))
    if kind == "current-missing":
        (store / "CURRENT").unlink()
    elif kind == "current-empty":
        (store / "CURRENT").write_text("", encoding="ascii")
    elif kind == "manifest-missing":
        manifest.unlink()
    elif kind == "manifest-truncated":
        os.truncate(manifest, 100)
    elif kind == "sst-truncated":
        os.truncate(ssts[-1], ssts[-1].stat().st_size // 2)
    elif kind == "sst-missing":
        ssts[-1].unlink()
    elif kind == "sst-flipped":  # every table with data blocks (some files may be obsolete ones RocksDB no longer reads)
        for sst in (f for f in ssts if f.stat().st_size > 4096):
            data = bytearray(sst.read_bytes())
            for i in range(len(data) // 3, len(data) // 3 + 64):
                data[i] ^= 0xFF
            sst.write_bytes(bytes(data))


KINDS = ["current-missing", "current-empty", "manifest-missing", "manifest-truncated", "sst-truncated", "sst-missing"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_store_is_reported_and_never_written(cli, store: Path, tmp_path: Path, kind: str) -> None:
    damage(store, kind)
    before = fingerprint(store)
    ttl = tmp_path / "x.ttl"
    ttl.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    for args in (["ingest", "-q", str(article(tmp_path))], ["load", str(ttl)], ["query", "ASK {}"], ["info"],
                 ["store", "check"]):
        res = cli(*args, "--store", str(store))
        assert res.exit_code == 3, (args, res.output)
        assert "damaged" in res.stderr and "kgraph store" in res.stderr, res.stderr
        assert "any write command creates it" not in res.stderr
        assert "Traceback" not in res.output
    assert fingerprint(store) == before


def test_a_checksum_mismatch_is_found_by_store_check(cli, store: Path) -> None:
    damage(store, "sst-flipped")
    res = cli("store", "check", "--store", str(store))
    assert res.exit_code == 3
    assert "checksum mismatch" in res.stderr or "indexes disagree" in res.stderr


def test_repair_rewrites_a_lost_current_file_and_keeps_a_copy(cli, store: Path) -> None:
    before = quads(store)
    damage(store, "current-missing")
    res = cli("store", "repair", "--store", str(store))
    assert res.exit_code == 0, res.output
    assert "CURRENT now names MANIFEST-" in res.stdout
    kept = list(store.parent.glob("kg.store.before-repair-*"))
    assert len(kept) == 1 and not (kept[0] / "CURRENT").exists()  # the copy is the store as it was
    assert cli("store", "check", "--store", str(store)).exit_code == 0
    assert quads(store) == before


def test_repair_puts_back_the_newest_read_view_when_the_manifest_is_damaged(cli, store: Path) -> None:
    before = quads(store)
    os.truncate(next(store.glob("MANIFEST-*")), 100)
    assert quads(store) == before  # readers read the snapshot, which is whole
    res = cli("ingest", "-q", "--store", str(store), str(FIXTURES / "03.txt"))
    assert res.exit_code == 3 and "damaged" in res.stderr
    res = cli("store", "repair", "--store", str(store))
    assert res.exit_code == 0 and "newest read view" in res.stdout, res.output
    assert cli("store", "check", "--store", str(store)).exit_code == 0
    assert quads(store) == before


def test_backup_and_restore_round_trip(cli, store: Path, tmp_path: Path) -> None:
    before = quads(store)
    res = cli("store", "backup", str(tmp_path / "bk"), "--store", str(store))
    assert res.exit_code == 0 and "backed up" in res.stdout, res.output
    assert quads(tmp_path / "bk") == before  # a backup is itself a readable store
    assert cli("ingest", "-q", "--store", str(store), str(article(tmp_path))).exit_code == 0
    assert quads(store) > before
    res = cli("store", "restore", str(tmp_path / "bk"), "--store", str(store))
    assert res.exit_code == 0, res.output
    assert quads(store) == before
    assert list(tmp_path.glob("kg.store.before-restore-*"))  # the replaced files are kept
    res = cli("store", "backup", str(tmp_path / "bk"), "--store", str(store))
    assert res.exit_code == 2 and "not empty" in res.stderr


def test_restore_refuses_a_damaged_backup(cli, store: Path, tmp_path: Path) -> None:
    assert cli("store", "backup", str(tmp_path / "bk"), "--store", str(store)).exit_code == 0
    manifest = json.loads((tmp_path / "bk" / "kgraph.backup.json").read_text(encoding="utf-8"))
    manifest["quads"] += 1
    (tmp_path / "bk" / "kgraph.backup.json").write_text(json.dumps(manifest), encoding="utf-8")
    before = fingerprint(store)
    res = cli("store", "restore", str(tmp_path / "bk"), "--store", str(store))
    assert res.exit_code == 1 and "use another backup" in res.stderr
    assert fingerprint(store) == before
    res = cli("store", "restore", str(tmp_path), "--store", str(store))
    assert res.exit_code == 1 and "is not a kgraph backup" in res.stderr


# -- 8. another application's Oxigraph database is not adopted ----------------------------------------
def test_a_foreign_oxigraph_database_is_left_alone(cli, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    db = ox.Store(str(other))
    db.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"), ox.NamedNode("http://e/g")))
    db.flush()
    del db
    before = fingerprint(other)
    res = cli("query", "--store", str(other), "ASK {}")
    assert res.exit_code == 1 and "kgraph did not create" in res.stderr
    assert fingerprint(other) == before


# -- 5. writers queue per batch, without a 10 s cliff; nothing is lost ---------------------------------
def run_python(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)


@pytest.mark.slow
def test_a_writer_waits_longer_than_ten_seconds_and_stores_everything(store: Path, tmp_path: Path) -> None:
    flag = tmp_path / "release"
    holder = run_python(f"""
        import os, time
        from kgraph import KnowledgeGraph
        kg = KnowledgeGraph.open({str(store)!r})
        with kg.batch():
            print("holding", flush=True)
            while not os.path.exists({str(flag)!r}):
                time.sleep(0.05)
        kg.close()
    """)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    files = [article(tmp_path, n) for n in (3, 4, 5)]
    ingest = subprocess.Popen([sys.executable, "-m", "kgraph", "ingest", "-q", "--store", str(store),
                               *map(str, files)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=Path(__file__).parent.parent)
    try:
        assert ingest.stderr is not None
        line = ingest.stderr.readline()  # the ingest has read its articles and now queues for the store
        assert "waiting" in line, line
        time.sleep(11)  # longer than the old fixed 10 s limit
        assert ingest.poll() is None  # still queued, not failed
        flag.write_text("go", encoding="utf-8")
        out, err = ingest.communicate(timeout=120)
    finally:
        flag.write_text("go", encoding="utf-8")
        holder.communicate(timeout=30)
        ingest.kill()
    assert ingest.returncode == 0, err
    assert "stored 3 article(s)" in out
    with KnowledgeGraph.open(store, read_only=True) as kg:
        assert len([g for g in kg.named_graphs() if "/article/" in str(g)]) == 6


@pytest.mark.slow
def test_two_concurrent_ingests_store_every_article(store: Path) -> None:
    with KnowledgeGraph.open(store, read_only=True) as kg:
        before = len([g for g in kg.named_graphs() if "/article/" in str(g)])
    files = sorted(FIXTURES.glob("*.txt"))[2:6]
    halves = [files[0::2], files[1::2]]
    procs = [subprocess.Popen([sys.executable, "-m", "kgraph", "ingest", "-q", "--store", str(store),
                               *map(str, half)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=Path(__file__).parent.parent) for half in halves]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    with KnowledgeGraph.open(store, read_only=True) as kg:
        articles = [g for g in kg.named_graphs() if "/article/" in str(g)]
    assert len(articles) == before + len(files)
    assert not (store / DIRTY_MARKER).exists()


def test_a_damaged_store_error_is_a_store_error(store: Path) -> None:
    damage(store, "current-missing")
    with pytest.raises(StoreDamaged) as err:
        KnowledgeGraph.open(store)
    assert err.value.problems and err.value.exit_code == 3


def test_leftovers_of_a_killed_bulk_load_are_not_taken_for_damage(cli, store: Path) -> None:
    """Oxigraph's bulk loader writes bulk-*.sst files outside the database; a kill leaves them, empty or not."""
    before = quads(store)
    (store / "bulk-214940152899092632190787693962201696875.sst").write_bytes(b"")
    assert quads(store) == before
    assert cli("store", "check", "--store", str(store)).exit_code == 0


def test_a_refused_repair_and_the_chosen_one_within_one_second(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.store import maintenance

    monkeypatch.setattr(maintenance, "_stamp", lambda: "20260101T000000Z")  # both in the same second
    shutil.rmtree(store / SNAPSHOT_DIR)
    stale_checkpoint(store, ready=json.dumps({"quads": 47365}) + "\n")
    refused = maintenance.repair(store)  # it does not guess: the user chooses, and its copy is kept
    report = maintenance.repair(store, keep_current=True)  # the second copy may not collide with the first
    assert refused.aside is not None and report.aside is not None and refused.aside != report.aside
    assert refused.aside.exists() and report.aside.exists()


def test_an_open_that_meets_a_vanishing_table_file_is_tried_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.store import oxigraph as backend

    monkeypatch.setattr(backend, "VANISHING_PAUSE", 0.0)
    calls: list[int] = []

    def flaky() -> object:
        calls.append(1)
        if len(calls) < 3:  # the writer before is still closing: its replaced file is gone for a moment
            raise OSError("Corruption: IO error: No such file or directory: While open a file: 000066.sst")
        return "opened"

    opened = backend._retry_vanishing(flaky)  # type: ignore[arg-type]  # a stand-in for the database
    assert opened == "opened" and len(calls) == 3  # type: ignore[comparison-overlap]  # the stand-in's value
    calls.clear()

    def missing() -> object:
        calls.append(1)
        raise OSError("Corruption: IO error: No such file or directory: 000012.sst")

    with pytest.raises(OSError):  # must: a file that stays missing is damage, said after the last try
        backend._retry_vanishing(missing)  # type: ignore[arg-type]  # a stand-in for the database
    assert len(calls) == backend.VANISHING_TRIES
    calls.clear()

    def other() -> object:
        calls.append(1)
        raise OSError("Corruption: bad block in 000012.sst")

    with pytest.raises(OSError):  # must not: other damage is said at once
        backend._retry_vanishing(other)  # type: ignore[arg-type]  # a stand-in for the database
    assert len(calls) == 1
