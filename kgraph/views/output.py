"""Writing a page: UTF-8, all or nothing (through :mod:`kgraph.atomic`)."""
from __future__ import annotations

import os
from pathlib import Path

from ..atomic import atomic_write_text
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

    The page path is checked first (:func:`check_target`); the writing is :func:`kgraph.atomic.atomic_write_text`.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(d / "a.html", "광명시").read_text(encoding="utf-8")
    '광명시'
    """
    p = check_target(path)
    try:
        return atomic_write_text(p, text)
    except OSError as exc:
        raise RenderError(f"could not write {p}: {exc.strerror or exc}; check the folder's permissions and free "
                          "space") from exc
