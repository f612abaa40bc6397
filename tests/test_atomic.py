"""The one atomic writer (kgraph.atomic): all or nothing, permissions kept, several files at once."""
from pathlib import Path

import pytest

from kgraph.atomic import atomic_files, atomic_write, atomic_write_text
from kgraph.errors import UsageError


def test_an_existing_files_mode_is_kept_and_a_new_file_is_readable(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text("x", encoding="utf-8")
    old.chmod(0o640)
    atomic_write_text(old, "y")
    assert (old.stat().st_mode & 0o777, old.read_text(encoding="utf-8")) == (0o640, "y")
    new = atomic_write(tmp_path / "new.bin", lambda out: out.write(b"\x00"))
    assert new.stat().st_mode & 0o777 != 0o600  # not mkstemp's private mode


def test_a_failure_in_one_of_several_files_writes_none(tmp_path: Path) -> None:
    names = [tmp_path / "a.nq", tmp_path / "b.nq"]
    with pytest.raises(RuntimeError), atomic_files(names) as outs:
        outs[0].write(b"a")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []
    with atomic_files(names) as outs:
        for out, text in zip(outs, (b"a", b"b")):
            out.write(text)
    assert [p.read_bytes() for p in names] == [b"a", b"b"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.nq", "b.nq"]


def test_a_missing_folder_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="create it"):
        atomic_write_text(tmp_path / "missing" / "a.txt", "x")
