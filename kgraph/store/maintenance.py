"""``kgraph store check|repair|backup|restore``: look after an on-disk store.

Nothing here deletes data: what repair or restore replaces is moved aside into a folder beside
the store (``<store>.before-repair-<time>``, ``<store>.before-restore-<time>``), never removed.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import StoreError, UsageError
from . import recovery
from .files import (
    BACKUP_MANIFEST,
    DIRTY_MARKER,
    INIT_MARKER,
    LOCK_FILE,
    QUEUE_FILE,
    RESTORING_MARKER,
    ROLLBACK_DIR,
    SNAPSHOT_DIR,
    STATE_FILE,
    clear_database,
)
from .health import damaged, describe_open_error, inspect
from .lock import lock_wait_default, writer_locks
from .recovery import fsync_dir, write_durably

#: files never copied into a backup (locks, RocksDB's own lock and logs, kgraph's transient state)
_NOT_COPIED = {LOCK_FILE, QUEUE_FILE, "LOCK", DIRTY_MARKER, RESTORING_MARKER, ROLLBACK_DIR, SNAPSHOT_DIR}


@dataclass
class CheckReport:
    """What ``kgraph store check`` found."""

    path: Path
    quads: int | None = None
    graphs: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def _aside(path: Path, label: str) -> Path:
    """A new path beside ``path`` for a copy of it: ``NAME.LABEL-STAMP``, with ``-2``, ``-3`` … added when two
    copies are made within one second (a refused repair, then the chosen one)."""
    base = path.parent / f"{path.name}.{label}-{_stamp()}"
    out, n = base, 1
    while out.exists():
        n += 1
        out = base.with_name(f"{base.name}-{n}")
    return out


#: distinct objects looked up one by one in the object index by `store check` (beyond: an even sample)
MAX_OBJECT_LOOKUPS = 200_000


def scan(folder: Path) -> tuple[int, int]:
    """Read every entry of every index of the database in ``folder``; (quads, named graphs).

    Each index is counted on its own; a damaged block raises, and indexes that disagree mean damage.
    """
    store = ox.Store.read_only(str(folder))
    total = 0
    preds: set[ox.NamedNode] = set()
    objects: set[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = set()
    graphs: set[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = set()
    for q in store.quads_for_pattern(None, None, None, None):
        total += 1
        preds.add(q.predicate)
        objects.add(q.object)
        graphs.add(q.graph_name)
    # the object index is read object by object (one lookup each); past MAX_OBJECT_LOOKUPS, an even sample
    checked_objects = list(objects)
    if len(checked_objects) > MAX_OBJECT_LOOKUPS:
        step = len(checked_objects) / MAX_OBJECT_LOOKUPS
        checked_objects = [checked_objects[int(i * step)] for i in range(MAX_OBJECT_LOOKUPS)]
    sample = set(checked_objects)
    object_total = sum(1 for q in store.quads_for_pattern(None, None, None, None) if q.object in sample) \
        if len(checked_objects) < len(objects) else total
    counts = {
        "by predicate": sum(sum(1 for q in store.quads_for_pattern(None, p, None, None) if q.predicate == p)
                            for p in preds),
        "by object": sum(sum(1 for q in store.quads_for_pattern(None, None, o, None) if q.object == o)
                         for o in checked_objects),
        "by graph": sum(sum(1 for q in store.quads_for_pattern(None, None, None, g) if q.graph_name == g)
                        for g in graphs),
    }
    expected = {"by object": object_total}
    wrong = {k: v for k, v in counts.items() if v != expected.get(k, total)}
    if wrong:
        raise RuntimeError("its indexes disagree: " + ", ".join(f"{v} quads {k}" for k, v in wrong.items())
                           + f", {total} in all")
    named = sum(1 for _ in store.named_graphs())
    return total, named


def check(path: Path) -> CheckReport:
    """Check a store without writing anything: its files, that it opens, and every index entry."""
    report = CheckReport(path=path)
    insp = inspect(path)
    report.problems += insp.problems
    report.notes += insp.notes
    if not insp.exists:
        report.problems.append("there is no store folder here")
        return report
    if not insp.database and not insp.problems:
        report.problems.append("the folder holds no database")
        return report
    if insp.database and not insp.kgraph:
        report.notes.append(f"{INIT_MARKER} is missing: kgraph did not finish creating this store, "
                            "or did not create it")
    if report.problems:
        return report
    try:
        report.quads, report.graphs = scan(path)
    except (OSError, RuntimeError, ValueError) as exc:
        report.problems.append(f"the database cannot be read whole: {describe_open_error(exc)}")
        return report
    try:
        had = json.loads((path / STATE_FILE).read_text(encoding="utf-8")).get("has_data")
    except (OSError, ValueError, AttributeError):
        had = None
    if had and report.quads == 0:
        report.problems.append("the database is empty although it held data after its last write")
    if recovery.pending(path):
        ok, why = recovery.verify(path)
        if not ok:
            report.problems.append(f"an interrupted load left a checkpoint that is not whole ({why})")
    return report


def _copy_db(src: Path, dst: Path) -> None:
    """Copy a quiescent database folder file by file (no locks, no transient state)."""
    dst.mkdir(parents=True, exist_ok=False)
    for entry in sorted(src.iterdir()):
        if entry.name in _NOT_COPIED or entry.name.startswith("LOG"):
            continue
        if entry.is_dir():
            shutil.copytree(entry, dst / entry.name)
        else:
            shutil.copy2(entry, dst / entry.name)
            with open(dst / entry.name, "rb") as f:
                os.fsync(f.fileno())
    fsync_dir(dst)


class _WriterHold:
    """Both writer locks on a store, for maintenance that must not race a writer."""

    def __init__(self, path: Path) -> None:
        self.locks = writer_locks(path, wait=lock_wait_default())

    def __enter__(self) -> _WriterHold:
        for lock in self.locks:
            lock.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        for lock in reversed(self.locks):
            lock.release()


def backup(path: Path, dest: Path) -> dict[str, object]:
    """Copy the store into ``dest`` (a new folder) as it was after its last whole write, and verify the copy.

    The copy is taken from the newest snapshot when there is one (no writer is held up), else from
    the store under the writer's lock. ``dest`` is itself a store: ``--store dest`` reads it.
    """
    from .snapshot import hold_latest

    insp = inspect(path)
    if insp.problems:
        raise damaged(path, insp.problems)
    if not insp.database:
        raise StoreError(f"no kgraph store at {path} to back up; check --store PATH")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(f"{dest} already exists and is not empty; give a new folder for the backup")
    if dest.exists():
        dest.rmdir()
    dirty = (path / DIRTY_MARKER).exists()
    hold = None if dirty else hold_latest(path)
    try:
        if hold is not None:
            _copy_db(hold.path, dest)
        else:
            with _WriterHold(path):
                _copy_db(recovery.readable_dir(path), dest)
    except OSError as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise StoreError(f"cannot write the backup to {dest}: {exc.strerror or exc}; choose a folder you can write "
                         "with enough free space") from exc
    finally:
        if hold is not None:
            hold.release()
    (dest / "kgraph.snapshot").unlink(missing_ok=True)
    try:
        quads, graphs = scan(dest)
    except (OSError, RuntimeError, ValueError) as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise StoreError(f"the backup could not be verified ({describe_open_error(exc)}), so it was removed; run "
                         f"`kgraph store check --store {path}`") from exc
    if (path / INIT_MARKER).exists():
        shutil.copy2(path / INIT_MARKER, dest / INIT_MARKER)
    manifest = {"source": str(path.resolve()), "time": _stamp(), "quads": quads, "graphs": graphs}
    write_durably(dest / BACKUP_MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return manifest


def verify_backup(backup_dir: Path) -> dict[str, object]:
    """The backup's manifest, after checking that the backup opens and holds what the manifest says."""
    try:
        manifest: dict[str, Any] = json.loads((backup_dir / BACKUP_MANIFEST).read_text(encoding="utf-8"))
        expected = int(manifest["quads"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{backup_dir} is not a kgraph backup (no readable {BACKUP_MANIFEST}); give a folder made "
                         "by `kgraph store backup`") from exc
    try:
        quads, _ = scan(backup_dir)
    except (OSError, RuntimeError, ValueError) as exc:
        raise StoreError(f"the backup {backup_dir} is damaged ({describe_open_error(exc)}); use another backup") \
            from exc
    if quads != expected:
        raise StoreError(f"the backup {backup_dir} holds {quads} quads, not the {expected} it was made with; use "
                         "another backup")
    return manifest


def _move_aside(path: Path, label: str) -> Path | None:
    """Move the store's database files (not its lock files) into a new folder beside it."""
    aside = _aside(path, label)
    moved = False
    for entry in sorted(path.iterdir()):
        if entry.name in (LOCK_FILE, QUEUE_FILE, RESTORING_MARKER):
            continue
        if not moved:
            aside.mkdir()
            moved = True
        os.rename(entry, aside / entry.name)
    if moved:
        fsync_dir(path)
        fsync_dir(aside)
    return aside if moved else None


def restore(backup_dir: Path, path: Path) -> tuple[dict[str, object], Path | None]:
    """Replace the store with a verified backup; the store's old files are moved aside, not deleted."""
    manifest = verify_backup(backup_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the store folder {path}: {exc.strerror}; choose another --store") from exc
    with _WriterHold(path):
        write_durably(path / RESTORING_MARKER, f"restoring {backup_dir}; if this stays, run the restore again\n")
        aside = _move_aside(path, "before-restore")
        for entry in sorted(backup_dir.iterdir()):
            if entry.name == BACKUP_MANIFEST:
                continue
            if entry.is_dir():
                shutil.copytree(entry, path / entry.name)
            else:
                shutil.copy2(entry, path / entry.name)
        if not (path / INIT_MARKER).exists():
            (path / INIT_MARKER).write_text("kgraph store; restored from a backup\n", encoding="utf-8")
        fsync_dir(path)
        (path / RESTORING_MARKER).unlink()
    return manifest, aside


@dataclass
class RepairReport:
    """What ``kgraph store repair`` did."""

    path: Path
    actions: list[str] = field(default_factory=list)
    aside: Path | None = None  #: where the files as they were before the repair were copied
    remaining: list[str] = field(default_factory=list)  #: damage it could not repair


def _from_snapshot(path: Path, report: RepairReport) -> None:
    """Put the newest read view back as the database, when it reads whole (the caller holds the locks)."""
    from .snapshot import latest

    snap = latest(path)
    if snap is None:
        return
    try:
        scan(snap)
    except (OSError, RuntimeError, ValueError):
        return
    clear_database(path)
    for entry in snap.iterdir():
        if not entry.name.startswith("kgraph"):
            shutil.copy2(entry, path / entry.name)
    fsync_dir(path)
    lost = " (a write was interrupted after it: articles of that last batch may be missing; ingest them again)" \
        if (path / DIRTY_MARKER).exists() else ""
    report.actions.append("put back the newest read view of the store, as its last complete write left it" + lost)


def repair(path: Path, *, rollback: bool = False, keep_current: bool = False) -> RepairReport:
    """Repair what can be repaired without losing data; a copy of the store as it was is kept first.

    Fixes: a missing or damaged ``CURRENT`` (pointed at the newest MANIFEST), an interrupted load
    (its checkpoint is put back when whole; otherwise the user chooses ``rollback`` or
    ``keep_current``), stale markers and read views. Damage inside the database files is not
    repairable here: the report says so and points to a restore.
    """
    report = RepairReport(path=path)
    insp = inspect(path)
    if not insp.exists:
        raise StoreError(f"there is no store at {path}; check --store PATH")
    with _WriterHold(path):
        report.aside = _aside(path, "before-repair")
        try:
            shutil.copytree(path, report.aside, ignore=shutil.ignore_patterns(LOCK_FILE, QUEUE_FILE, "LOCK"))
        except OSError as exc:
            shutil.rmtree(report.aside, ignore_errors=True)
            raise StoreError(f"cannot keep a copy of the store before repairing it ({exc.strerror or exc}); free "
                             f"space beside {path} and try again; nothing was changed") from exc
        names = os.listdir(path)
        manifests = sorted((n for n in names if n.startswith("MANIFEST-")), key=lambda n: int(n.split("-")[1]))
        if any("CURRENT" in p for p in insp.problems) and manifests:
            write_durably(path / "CURRENT", manifests[-1] + "\n")
            report.actions.append(f"CURRENT now names {manifests[-1]}, the newest MANIFEST")
        if (path / RESTORING_MARKER).exists():
            report.remaining.append("a restore was interrupted: run `kgraph store restore BACKUP` again")
        if recovery.pending(path):
            ok, why = recovery.verify(path)
            if ok or rollback:
                recovery.recover(path, force=True)
                report.actions.append("put back the checkpoint of an interrupted load (the load is undone)")
            elif keep_current:
                shutil.rmtree(path / ROLLBACK_DIR)
                report.actions.append(f"kept the store as it is and removed the checkpoint that was not whole ({why}); "
                                      "the interrupted load may be partly in: load that file again to complete it")
            else:
                report.remaining.append(f"an interrupted load left a checkpoint that is not whole ({why}): choose "
                                        "--keep-current (keep the store as it is, maybe with part of that load) or "
                                        "--rollback (put back the checkpoint anyway)")
        elif (path / ROLLBACK_DIR).exists():
            shutil.rmtree(path / ROLLBACK_DIR)
            report.actions.append("removed an incomplete checkpoint (its load never began)")
        if not check(path).ok and not (path / RESTORING_MARKER).exists():
            _from_snapshot(path, report)
        if (path / SNAPSHOT_DIR).exists():
            shutil.rmtree(path / SNAPSHOT_DIR)
            report.actions.append("removed the read views (the next write publishes a new one)")
        after = check(path)
        report.remaining += [p for p in after.problems if p not in report.remaining and "checkpoint" not in p]
        if after.ok and (path / DIRTY_MARKER).exists():
            (path / DIRTY_MARKER).unlink()
            report.actions.append("cleared the mark of an interrupted write (whole articles only were kept)")
        if after.ok and after.quads:
            write_durably(path / STATE_FILE, json.dumps({"has_data": True}) + "\n")
    if not report.actions and not report.remaining:
        shutil.rmtree(report.aside, ignore_errors=True)
        report.aside = None
    return report
