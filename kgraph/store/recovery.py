"""The checkpoint taken before a bulk load, and putting it back after an interrupted one.

The checkpoint (``kgraph-rollback/db``, hard links) is only put back with proof that it is whole:
its ``READY`` file records how many quads the store held when it was taken, and the checkpoint must
open and hold exactly that many. Otherwise nothing is replaced (a store copied while a load ran,
for example, carries a stale ``READY`` and a partial checkpoint) and the store is reported damaged,
so that ``kgraph store repair`` decides with the user what to keep.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from contextlib import suppress
from pathlib import Path

import pyoxigraph as ox

from .files import ROLLBACK_DIR, clear_database
from .health import damaged, describe_open_error


def write_durably(path: Path, text: str) -> None:
    """Write a small file and make it (and its name in the folder) survive a power cut."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a folder's entries durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def take(store_dir: Path, store: ox.Store, *, what: str) -> None:
    """Checkpoint the open store before a bulk load; ``READY`` (with the quad count) is written last."""
    rollback = store_dir / ROLLBACK_DIR
    if rollback.exists():
        shutil.rmtree(rollback)
    store.flush()
    rollback.mkdir()
    store.backup(str(rollback / "db"))
    quads = len(store)
    write_durably(rollback / "READY", json.dumps({"quads": quads, "load": what, "pid": os.getpid(),
                                                  "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}) + "\n")


def discard(store_dir: Path) -> None:
    """Remove the checkpoint after a load that finished."""
    rollback = store_dir / ROLLBACK_DIR
    with suppress(FileNotFoundError):
        (rollback / "READY").unlink()
    shutil.rmtree(rollback, ignore_errors=True)


def verify(store_dir: Path) -> tuple[bool, str]:
    """Is the checkpoint whole? (True, "") or (False, why not)."""
    rollback = store_dir / ROLLBACK_DIR
    try:
        info = json.loads((rollback / "READY").read_text(encoding="utf-8"))
        expected = int(info["quads"])
    except (OSError, ValueError, KeyError, TypeError):
        return False, "its READY file records no quad count to check it against"
    try:
        n = len(ox.Store.read_only(str(rollback / "db")))
    except (OSError, RuntimeError, ValueError) as exc:
        return False, f"it cannot be opened: {describe_open_error(exc)}"
    if n != expected:
        return False, f"it holds {n} quads, not the {expected} the store held when it was taken"
    return True, ""


def pending(store_dir: Path) -> bool:
    """True when an interrupted load left a checkpoint to put back."""
    return (store_dir / ROLLBACK_DIR / "READY").exists()


def readable_dir(store_dir: Path) -> Path:
    """The folder a reader opens: the checkpoint when a load was interrupted (if it is whole)."""
    if not pending(store_dir):
        return store_dir
    ok, why = verify(store_dir)
    if not ok:
        raise damaged(store_dir, [f"an interrupted load left a checkpoint that is not whole ({why})"])
    return store_dir / ROLLBACK_DIR / "db"


def recover(store_dir: Path, *, force: bool = False) -> bool:
    """Put back the checkpoint of an interrupted load (the caller holds the writer's lock); True if done.

    Idempotent: a crash during recovery is recovered by the next writer. Without proof that the
    checkpoint is whole nothing is changed and :class:`~kgraph.errors.StoreDamaged` is raised
    (``force`` puts it back anyway: ``kgraph store repair --rollback``).
    """
    rollback = store_dir / ROLLBACK_DIR
    if not rollback.exists():
        return False
    if not (rollback / "READY").exists():  # the crash came before the checkpoint was complete: the load never began
        shutil.rmtree(rollback)
        return False
    if not force:
        ok, why = verify(store_dir)
        if not ok:
            raise damaged(store_dir, [f"an interrupted load left a checkpoint that is not whole ({why}); it was not "
                                      "put back, so the store may hold part of that load"])
    clear_database(store_dir)
    for entry in (rollback / "db").iterdir():
        target = store_dir / entry.name
        try:
            os.link(entry, target)
        except OSError:
            shutil.copy2(entry, target)
    fsync_dir(store_dir)
    discard(store_dir)
    return True
