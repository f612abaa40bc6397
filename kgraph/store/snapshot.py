"""Read views for readers while a writer works: a checkpoint of the store published after each batch.

A snapshot is a RocksDB checkpoint (hard links, near instant) in ``kgraph-snapshots/<generation>``,
made under the writer's lock, so it always holds whole batches. It never changes once published.
A reader holds a shared ``flock`` on the snapshot's folder while it reads it; the writer deletes an
older snapshot only when it can take that lock exclusively, so a snapshot in use is never removed.
"""
from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import pyoxigraph as ox

from .files import SNAPSHOT_DIR

_DONE = "kgraph.snapshot"  #: written last into a snapshot: it is complete


def _generations(store_dir: Path) -> list[Path]:
    base = store_dir / SNAPSHOT_DIR
    try:
        names = os.listdir(base)
    except OSError:
        return []
    return [base / n for n in sorted(n for n in names if n.isdigit())]


def latest(store_dir: Path) -> Path | None:
    """The newest complete snapshot, or None."""
    for snap in reversed(_generations(store_dir)):
        if (snap / _DONE).exists():
            return snap
    return None


def publish(store_dir: Path, store: ox.Store) -> Path:
    """Checkpoint the open read-write ``store`` as the newest snapshot; remove unused older ones."""
    base = store_dir / SNAPSHOT_DIR
    base.mkdir(exist_ok=True)
    gens = _generations(store_dir)
    number = int(gens[-1].name) + 1 if gens else 1
    tmp = base / f".tmp-{number:012d}"
    if tmp.exists():
        shutil.rmtree(tmp)
    store.backup(str(tmp))
    (tmp / _DONE).write_text("a read view of the store; kgraph removes it when a newer one exists\n", encoding="utf-8")
    final = base / f"{number:012d}"
    os.rename(tmp, final)
    collect(store_dir, keep=final)
    return final


def collect(store_dir: Path, *, keep: Path | None) -> None:
    """Remove snapshots other than ``keep`` that no reader holds, and leftovers of interrupted work."""
    base = store_dir / SNAPSHOT_DIR
    try:
        names = os.listdir(base)
    except OSError:
        return
    for name in names:
        path = base / name
        if keep is not None and path == keep:
            continue
        if name.startswith((".tmp-", ".trash-")):
            shutil.rmtree(path, ignore_errors=True)
            continue
        fd = _locked_dir(path, fcntl.LOCK_EX)
        if fd is None:
            continue  # gone, or a reader uses it: the next batch removes it
        try:
            trash = base / f".trash-{name}"
            os.rename(path, trash)
            shutil.rmtree(trash, ignore_errors=True)
        finally:
            os.close(fd)


def _locked_dir(path: Path, mode: int) -> int | None:
    """A descriptor of the folder ``path`` holding the flock ``mode`` (shared or exclusive), or None when the
    folder is gone or someone holds a lock that excludes it (never waits)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


class SnapshotHold:
    """A shared lock on one snapshot folder, held while a reader reads it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops its flock
            self._fd = None


def hold_latest(store_dir: Path) -> SnapshotHold | None:
    """The newest snapshot, locked against removal, or None when there is none."""
    for _ in range(10):
        snap = latest(store_dir)
        if snap is None:
            return None
        fd = _locked_dir(snap, fcntl.LOCK_SH)
        if fd is None:
            continue
        if (snap / _DONE).exists():
            return SnapshotHold(snap, fd)
        os.close(fd)
    return None
