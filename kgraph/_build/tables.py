"""The curated overrides of the build in ``kgraph/_build/data/``: small UTF-8 TSV files kept by hand.

Each file starts with ``#`` comment lines saying what the table is, where its values come from and
which code reads it; then a header row and one line per row (``\\t`` between fields, no quoting,
``|`` between the items of a list field). Blank lines are ignored.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

#: the folder of the curated tables
DATA_DIR = Path(__file__).resolve().parent / "data"


def parse_table(text: str, columns: Sequence[str], *, source: str) -> list[dict[str, str]]:
    """The rows of a curated table's text as dicts, after checking its header and field counts.

    >>> parse_table("# what it is\\n# where from\\na\\tb\\nx\\t\\n\\ny\\tz\\n", ("a", "b"), source="t.tsv")
    [{'a': 'x', 'b': ''}, {'a': 'y', 'b': 'z'}]
    """
    header: tuple[str, ...] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or (header is None and line.startswith("#")):
            continue
        fields = line.split("\t")
        if header is None:
            header = tuple(fields)
            if header != tuple(columns):
                raise ValueError(f"{source}:{number}: expected the columns {', '.join(columns)}, "
                                 f"found {', '.join(header)}")
            continue
        if len(fields) != len(columns):
            raise ValueError(f"{source}:{number}: {len(fields)} fields, expected {len(columns)}")
        rows.append(dict(zip(columns, fields, strict=True)))
    if header is None:
        raise ValueError(f"{source}: no header row (expected the columns {', '.join(columns)})")
    return rows


def read_table(name: str, columns: Sequence[str], *, folder: Path = DATA_DIR) -> list[dict[str, str]]:
    """The rows of the curated table ``name`` (a file in ``folder``) as dicts keyed by ``columns``."""
    path = folder / name
    return parse_table(path.read_text(encoding="utf-8"), columns, source=str(path))


def split_list(cell: str) -> tuple[str, ...]:
    """The items of a list field, in their order (``|`` between them; empty for an empty cell).

    >>> split_list("서울시|서울"), split_list("")
    (('서울시', '서울'), ())
    """
    return tuple(item for item in cell.split("|") if item)
