"""Writing a page: UTF-8, all or nothing (a temporary file beside the target, then ``os.replace``)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import RenderError

SUFFIXES = (".html", ".htm")


def check_target(path: str | os.PathLike[str]) -> Path:
    """The output path, or a RenderError naming the fix (wrong suffix, missing folder, a folder)."""
    p = Path(path).expanduser()
    if p.suffix.lower() not in SUFFIXES:
        raise RenderError(f"{p} does not end in .html; name the output FILE.html (-o gm.html)")
    if p.is_dir():
        raise RenderError(f"{p} is a folder; pass a file name inside it, e.g. -o {p / 'graph.html'}")
    if not p.parent.is_dir():
        raise RenderError(f"the folder {p.parent} does not exist; create it first (mkdir -p {p.parent}) "
                          "or write the page elsewhere")
    return p


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` so that readers see the old file or the new one, never half.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(d / "a.html", "광명시").read_text(encoding="utf-8")
    '광명시'
    """
    p = check_target(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(p))
        os.replace(tmp, p)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"could not write {p}: {exc.strerror or exc}; check the folder's permissions and free "
                          "space") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def _mode_for(p: Path) -> int:
    """Keep an existing file's mode; a new file gets 0666 less the umask (as ``open`` would)."""
    if p.exists():
        return p.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
