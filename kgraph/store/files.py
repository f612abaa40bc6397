"""The names of kgraph's own files inside a store folder (Oxigraph never names a file like these).

Each is described for operators in ``docs/operations.md``.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import StoreError

LOCK_FILE = "kgraph.lock"  #: flock: exclusive while a writer writes one batch, shared while a reader reads
QUEUE_FILE = "kgraph.queue"  #: flock: the writers' queue; held by the writer that writes next
INIT_MARKER = "kgraph.initialized"  #: written once a new store holds the shipped graph
STATE_FILE = "kgraph.state"  #: written after each batch: whether the store held data, to notice a lost database
DIRTY_MARKER = "kgraph.writing"  #: present while a batch is being written (a crash leaves it behind)
RESTORING_MARKER = "kgraph.restoring"  #: present while `kgraph store restore` copies a backup in
BACKUP_MANIFEST = "kgraph.backup.json"  #: in a backup folder: what it holds, to verify it before a restore
ROLLBACK_DIR = "kgraph-rollback"  #: checkpoint of the store taken before a bulk load
SNAPSHOT_DIR = "kgraph-snapshots"  #: read views published after each batch, for readers while a writer works

#: RocksDB's own files: their presence means "a database lives here"
ROCKSDB_PATTERNS = ("CURRENT", "IDENTITY", "MANIFEST-*", "OPTIONS-*", "*.sst", "*.log")


def initialised(store_dir: Path) -> bool:
    """True once a new store in ``store_dir`` was given the shipped graph (:data:`INIT_MARKER`)."""
    return (store_dir / INIT_MARKER).exists()


def mark_initialised(store_dir: Path) -> None:
    """Record that the store in ``store_dir`` holds the shipped graph (its writer calls this in its first batch)."""
    try:
        (store_dir / INIT_MARKER).write_text("kgraph store; it started from the shipped graph\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write to the store folder {store_dir}: {exc.strerror}; check its "
                         "permissions") from exc


def clear_database(store_dir: Path) -> None:
    """Delete the database's files from ``store_dir``, keeping kgraph's own (locks, markers, checkpoints)."""
    for entry in store_dir.iterdir():
        if entry.name.startswith("kgraph"):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
