"""DataFrames to files: atomic writes, spreadsheet-safe cells.

A half-written CSV is worse than none for a scheduled job, so every file is
written to a temporary name in the same folder and renamed into place. Cells
that a spreadsheet would run as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .files import write_atomic

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """'=HYPERLINK(..)' shows as text in Excel, LibreOffice and Sheets."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _cell(value: object) -> object:
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return neutralise(value)


# A quoted field, kept whole, or a record terminator outside quotes. Unquoted
# fields never hold '"' (the writer quotes any field that does).
_QUOTED_OR_CRLF = re.compile(r'"[^"]*(?:""[^"]*)*"|\r\n')


def to_csv_text(df: pd.DataFrame) -> str:
    safe = df.copy()
    for col in safe.columns:
        safe[col] = safe[col].map(_cell)
    # Python's csv writer (3.11) only quotes the characters of its line
    # terminator, so with "\n" a cell holding a bare "\r" went out unquoted and
    # split its row when read back. Write with "\r\n" (both quoted), then turn
    # the record terminators outside quotes into "\n".
    text = safe.to_csv(index=False, lineterminator="\r\n")
    return _QUOTED_OR_CRLF.sub(lambda m: "\n" if m.group(0) == "\r\n" else m.group(0), text)


WORKBOOK_NAME = "events.xlsx"


def write_outputs(tables: dict[str, pd.DataFrame], out_dir: str | Path, report: bool = True) -> list[Path]:
    """What a run leaves for analysts: the CSV files, the same tables as one workbook, and
    (unless asked not to) the HTML report."""
    from .workbook import write_workbook

    written = write_tables(tables, out_dir)
    written.append(write_workbook(tables, Path(out_dir) / WORKBOOK_NAME))
    if report:
        from .report import write_report

        written.append(write_report(tables, out_dir))
    return written


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write ``name.csv`` for every table; returns the paths written."""
    out = Path(out_dir)
    written = []
    for name, df in tables.items():
        path = out / f"{name}.csv"
        write_atomic(path, to_csv_text(df))
        written.append(path)
    return written
