"""Issue 9, item 4: a store on a read-only disk answers every read command; readers never write."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "heldout" / "01.txt"


def can_mount_read_only(tmp: Path) -> bool:
    if not shutil.which("unshare"):
        return False
    src, dst = tmp / "probe-src", tmp / "probe-dst"
    src.mkdir()
    dst.mkdir()
    res = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind {src} {dst} && mount -o remount,bind,ro {dst} "
                          f"&& ! touch {dst}/x 2>/dev/null"], capture_output=True)
    return res.returncode == 0


def read_commands(store: str, out: Path) -> list[list[str]]:
    return [
        ["info"], ["query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"], ["query", "--name", "partners", "-p", "city", "광명시"],
        ["render", "-o", str(out / "v.html")], ["render", "--city", "광명시", "-o", str(out / "c.html")],
        ["stats"], ["partners", "광명시"], ["rank", "--top", "3"], ["communities", "--top", "2"],
        ["path", "광명시", "오스틴"], ["shared-partners", "광명시", "부안군"], ["validate"],
        ["export", "--format", "csv", "-o", str(out / "ties.csv")], ["extract", str(FIXTURE)], ["store", "check"],
        ["store", "backup", str(out / "bk")],
    ]


def test_every_read_command_works_on_a_read_only_mount(shipped_store: Path, tmp_path: Path) -> None:
    if not can_mount_read_only(tmp_path):
        pytest.skip("cannot make a read-only bind mount here (needs unshare -m with mount rights)")
    src, mnt, out = tmp_path / "src.store", tmp_path / "mnt", tmp_path / "out"
    shutil.copytree(shipped_store, src)
    (src / "kgraph.lock").unlink(missing_ok=True)  # a copy made without the lock files
    (src / "kgraph.queue").unlink(missing_ok=True)
    mnt.mkdir()
    out.mkdir()
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(f"""
        import json
        from click.testing import CliRunner
        from kgraph.cli import main
        results = []
        for args in {read_commands(str(mnt), out)!r}:
            res = CliRunner().invoke(main, [*args, "--store", {str(mnt)!r}])
            results.append([args[0], res.exit_code, res.output[-400:], repr(res.exception)])
        print(json.dumps(results))
    """), encoding="utf-8")
    res = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind {src} {mnt} && mount -o remount,bind,ro {mnt} && "
                          f"{sys.executable} {script}"], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    results = json.loads(res.stdout.strip().splitlines()[-1])
    failed = [r for r in results if r[1] != 0]
    assert not failed, failed
    assert (out / "v.html").stat().st_size > 1000
    assert not (src / "kgraph.lock").exists()


def test_a_reader_creates_no_file_in_the_store(shipped_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "copy.store"
    shutil.copytree(shipped_store, store)
    for name in ("kgraph.lock", "kgraph.queue"):
        (store / name).unlink(missing_ok=True)
    before = sorted(str(p.relative_to(store)) for p in store.rglob("*") if not p.name.startswith("LOG"))
    with KnowledgeGraph.open(store, read_only=True) as kg:
        assert kg.query("ASK { ?c rdfs:label '광명시'@ko }").boolean
        assert kg.query("SELECT ?s { ?s ?p ?o } LIMIT 1", timeout=10).rows  # the query worker too
    after = sorted(str(p.relative_to(store)) for p in store.rglob("*") if not p.name.startswith("LOG"))
    assert after == before
