"""Issue 9, item 6: a query's worker process dies with its parent (SIGKILL or SIGTERM)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_the_query_worker_dies_with_its_parent(shipped_store: Path, sig: int) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kgraph", "query", "--store", str(shipped_store),
                             "--timeout", "120", SLOW], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        kids: list[int] = []
        while time.monotonic() < deadline and not kids:
            time.sleep(0.2)
            kids = children(proc.pid)
        assert kids, "the query worker never started"
        time.sleep(0.5)
        proc.send_signal(sig)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(k) for k in kids):
            time.sleep(0.1)
        assert not any(alive(k) for k in kids), "the query worker outlived its parent"
    finally:
        for k in children(proc.pid):
            os.kill(k, signal.SIGKILL)
        proc.kill()
