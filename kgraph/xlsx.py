"""Excel workbooks (.xlsx) through openpyxl: one sheet per table, typed cells, a frozen header row.

Used by ``kgraph query --format xlsx`` (one sheet: the answer) and ``kgraph export --format xlsx``
(one sheet per view). Dates stay dates, years and counts stay numbers, text stays text (characters
Excel refuses are dropped; cells longer than Excel's 32,767 characters are cut, with ``…``).

>>> cell_value("a\\x00b"), cell_value(1999), cell_value(None)
('ab', 1999, None)
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .atomic import atomic_write

MAX_CELL = 32_767  #: Excel's limit on the characters of one cell
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its title, column names and rows of Python values."""

    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]


def cell_value(v: Any) -> Any:
    """A value Excel takes: text without control characters and at most :data:`MAX_CELL` long; numbers,
    booleans and dates as they are; anything else as text."""
    if isinstance(v, dt.datetime) and v.tzinfo is not None:  # Excel has no time zones: UTC
        return v.astimezone(dt.UTC).replace(tzinfo=None)
    if v is None or isinstance(v, bool | int | float | dt.date):
        return v
    text = _ILLEGAL.sub("", str(v))
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def sheet_title(name: str) -> str:
    """A valid worksheet title (no ``[]:*?/\\``, at most 31 characters).

    >>> sheet_title("co-attendance"), sheet_title("a/b:c")
    ('co-attendance', 'a_b_c')
    """
    return _SHEET_NAME.sub("_", name)[:31] or "sheet"


def write_workbook(out: IO[bytes], sheets: Sequence[Sheet]) -> None:
    """Write ``sheets`` as one .xlsx workbook to the binary stream ``out``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]  # a new workbook has one sheet: never None
    for sheet in sheets:
        ws = wb.create_sheet(sheet_title(sheet.title))
        ws.append(list(sheet.columns))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        widths = [len(str(c)) for c in sheet.columns]
        for r, row in enumerate(sheet.rows, start=2):
            values = [cell_value(v) for v in row]
            ws.append(values)
            for i, v in enumerate(values):
                if v is None:
                    continue
                if isinstance(v, dt.date):
                    ws.cell(row=r, column=i + 1).number_format = (
                        "yyyy-mm-dd hh:mm:ss" if isinstance(v, dt.datetime) else "yyyy-mm-dd")
                widths[i] = max(widths[i], min(60, len(v.isoformat() if isinstance(v, dt.date) else str(v))))
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w + 2
        ws.freeze_panes = "A2"
        if sheet.columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{max(1, ws.max_row)}"
    if not sheets:
        wb.create_sheet("empty")
    wb.save(out)


def save(path: str | os.PathLike[str], sheets: Sequence[Sheet]) -> Path:
    """Write ``sheets`` to the workbook ``path`` (a temporary file beside it, moved into place when complete)."""
    return atomic_write(path, lambda out: write_workbook(out, sheets))
