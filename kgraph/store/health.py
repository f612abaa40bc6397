"""Is there a store here, and is it whole? Checks made before kgraph opens (and so writes into) a store.

A read-write open of a RocksDB folder writes into it (a new MANIFEST, a new log), and opening a
folder whose ``CURRENT`` file is missing creates an empty database over the old files. So every
writer first looks at the folder (:func:`inspect`) and opens it read-only once; only a folder that
passes both is opened for writing.
"""
from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StoreDamaged, StoreError
from ..vocab import KGR
from .files import DIRTY_MARKER, INIT_MARKER, RESTORING_MARKER, ROCKSDB_PATTERNS, ROLLBACK_DIR

FIX = ("nothing was written to it; run `kgraph store check --store {path}` for details, then "
       "`kgraph store repair --store {path}` or `kgraph store restore BACKUP --store {path}` (see docs/operations.md)")


@dataclass
class Inspection:
    """What a store folder holds, by its files alone (nothing is opened)."""

    path: Path
    exists: bool = False
    database: bool = False  #: RocksDB files are present
    kgraph: bool = False  #: kgraph's initialisation marker is present
    problems: list[str] = field(default_factory=list)  #: damage found (empty = looks whole)
    notes: list[str] = field(default_factory=list)  #: states that are not damage (an interrupted write)

    @property
    def empty(self) -> bool:
        """No database here yet (a new store may be created)."""
        return not self.database and not self.problems


def _rocksdb_files(names: list[str]) -> list[str]:
    return [n for n in names if any(fnmatch.fnmatchcase(n, pat) for pat in ROCKSDB_PATTERNS)]


def inspect(path: Path) -> Inspection:
    """Look at a store folder's files: is a database there, and is its file structure whole?

    >>> inspect(Path("/nonexistent/kgraph-store")).empty
    True
    """
    out = Inspection(path=path)
    try:
        names = os.listdir(path)
    except FileNotFoundError:
        return out
    except NotADirectoryError:
        if path.is_file():
            out.exists = True
            out.problems.append(f"{path} is a file, not a store folder")
        return out  # else a folder on the way is a file: the store cannot be created (said when it is)
    except OSError as exc:
        out.exists = True
        out.problems.append(f"the folder cannot be read: {exc.strerror}")
        return out
    out.exists = True
    out.kgraph = INIT_MARKER in names
    db_files = _rocksdb_files(names)
    out.database = bool(db_files)
    if RESTORING_MARKER in names:
        out.problems.append("a `kgraph store restore` was interrupted; the store holds part of a backup")
    if DIRTY_MARKER in names:
        out.notes.append("a write was interrupted (whole articles only are kept; the next writer clears this)")
    if (path / ROLLBACK_DIR / "READY").exists():
        out.notes.append("a bulk load was interrupted; its checkpoint is verified and put back by the next writer")
    if not db_files:
        return out
    current = path / "CURRENT"
    if "CURRENT" not in names:
        out.problems.append("its CURRENT file is missing (it names the database's MANIFEST)")
        return out
    try:
        text = current.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        out.problems.append(f"its CURRENT file cannot be read: {exc.strerror}")
        return out
    m = re.fullmatch(r"(MANIFEST-\d+)\n", text)
    if not m:
        out.problems.append(f"its CURRENT file is damaged (it holds {text[:40]!r}, not the name of a MANIFEST)")
        return out
    manifest = path / m.group(1)
    if not manifest.exists():
        out.problems.append(f"{m.group(1)}, named by CURRENT, is missing")
    elif manifest.stat().st_size == 0:
        out.problems.append(f"{m.group(1)} is empty")
    # .sst files are not judged by their size here: a writer's flush creates each one empty, and a
    # killed bulk load leaves bulk-*.sst files the database never uses; a missing or cut table is
    # found by RocksDB when the store opens, a damaged block by `kgraph store check`
    return out


def damaged(path: Path, problems: list[str]) -> StoreDamaged:
    """The error for a damaged store: what is damaged, that nothing was written, and what to run."""
    what = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
    return StoreDamaged(f"the store at {path} is damaged: {what}; " + FIX.format(path=path), problems=problems)


def describe_open_error(exc: BaseException) -> str:
    """A short account of an error RocksDB raised on open or read (first line, no paths twice)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


def refuse_foreign(store_dir: Path) -> None:
    """Raise when the Oxigraph database in ``store_dir`` holds data but none of kgraph's graphs (a read-only look).

    kgraph leaves a database it did not create alone; one that does not open is reported by the backend.
    """
    import pyoxigraph as ox

    try:
        db = ox.Store.read_only(str(store_dir))
        graphs = [g.value for g in db.named_graphs() if isinstance(g, ox.NamedNode)]
        has_data = next(iter(db.quads_for_pattern(None, None, None, None)), None) is not None
        del db
    except (OSError, RuntimeError, ValueError):
        return  # the backend reports a database that does not open
    if has_data and not any(g.startswith(str(KGR)) for g in graphs):
        raise StoreError(f"{store_dir} holds an Oxigraph database that kgraph did not create (it has none of kgraph's "
                         "graphs); kgraph leaves it alone. Use another folder with --store PATH, or, to use it with "
                         f"kgraph anyway, create the file {store_dir / INIT_MARKER}")
