"""Writing files all or nothing: the one atomic writer every layer uses (exports, pages, workbooks, shards).

Each file is written to a temporary file beside its target (``.NAME.XXXX.tmp`` in the same folder,
so the move cannot cross file systems), flushed and fsynced, given the target's permissions (an
existing file's mode is kept; a new file gets 0666 less the umask, as ``open`` would) and moved
into place with ``os.replace``. Readers see the old file or the new one, never half; on any error
the temporary files are removed and the targets are left as they were.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(d / "a.txt", "광명시").read_text(encoding="utf-8")
'광명시'
>>> sorted(p.name for p in d.iterdir())
['a.txt']
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import UsageError

__all__ = ["atomic_files", "atomic_write", "atomic_write_text", "folder_of"]


def folder_of(target: Path) -> Path:
    """The folder ``target`` is written into; a UsageError naming the fix when it does not exist."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"no folder {folder} to write {target.name} into; create it or choose another -o path")
    return folder


def _mode_for(target: Path) -> int:
    """Keep an existing file's mode; a new file gets 0666 less the umask (as ``open`` would)."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        pass
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_files(paths: Sequence[str | os.PathLike[str]]) -> Iterator[list[IO[bytes]]]:
    """Binary files to write ``paths`` through; all are moved into place when the block ends without error.

    On an error inside the block (or while moving) every temporary file is removed; targets already
    moved stay new (``os.replace`` is atomic per file, not across files).
    """
    targets = [Path(p) for p in paths]
    folders = [folder_of(t) for t in targets]
    temps: list[Path] = []
    outs: list[IO[bytes]] = []
    try:
        for target, folder in zip(targets, folders):
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
            temps.append(Path(name))
            outs.append(os.fdopen(fd, "wb"))
        yield outs
        for out in outs:
            out.flush()
            os.fsync(out.fileno())
            out.close()
        for tmp, target in zip(temps, targets):
            os.chmod(tmp, _mode_for(target))
            os.replace(tmp, target)
    except BaseException:
        for out in outs:
            out.close()
        for temp in temps:
            temp.unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike[str], write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then move it into place; returns the path."""
    with atomic_files([path]) as (out,):
        write(out)
    return Path(path)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 (line breaks as given) to ``path``, atomically; returns the path."""
    return atomic_write(path, lambda out: out.write(text.encode("utf-8")))
