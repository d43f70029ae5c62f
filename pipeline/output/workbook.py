"""The output tables as one Excel workbook (``events.xlsx``), one sheet per table.

Analysts filter and sort in a spreadsheet, so cells carry real types where the
value is unambiguous: full ``YYYY-MM-DD`` dates become dates, ``hedged`` and
``negated`` booleans, counts and offsets numbers. Partial dates (``2019``,
``2019-02``) stay text: turning them into a date would invent a day and lose the
precision the article gave.

Text from articles is never a formula. openpyxl makes any string starting with
"=" a formula, so every string cell is forced back to a string cell; in an xlsx
file a string cell is stored as text and never run, so no apostrophe is needed
(unlike the CSV files, see ``export.neutralise``). Characters that XML 1.0 cannot
hold are dropped rather than fail the run. The file is written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .files import write_atomic

SHEET_ORDER = ("events", "people", "conflicts", "fates", "documents")

# ``date`` and ``as_of`` are often partial; only their full dates are converted.
DATE_COLUMNS = frozenset({"date_start", "date_end", "published", "reference_date", "date", "as_of"})
BOOL_COLUMNS = frozenset({"hedged", "negated"})
INT_COLUMNS = frozenset({"char_start", "char_end", "n_docs", "n_events", "n_chars", "trigger_start", "trigger_end"})
# Long free text: as wide as allowed, whatever the first rows hold.
WIDE_COLUMNS = frozenset({"sentence", "claims", "supporting", "disputing"})
MAX_WIDTH = 60
MAX_CELL = 32_767
CUT = " …[cut here: the CSV file has it whole]"
MIN_WIDTH = 8

_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"-?\d+")


def _is_empty(value: object) -> bool:
    if value is None or (isinstance(value, str) and value == ""):
        return True
    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


def _value(column: str, value: object) -> object:
    """The typed cell value for ``value`` in ``column``; None for an empty cell."""
    if _is_empty(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if column in BOOL_COLUMNS and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if column in INT_COLUMNS:
        if isinstance(value, (float, np.floating)) and float(value).is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
    if column in DATE_COLUMNS and isinstance(value, str) and _FULL_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:  # 2019-02-30: keep what the article said
            pass
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    if isinstance(value, int):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if len(text) > MAX_CELL:  # Excel holds no more in a cell and "repairs" a file that does
        text = text[:MAX_CELL - len(CUT)] + CUT
    return text


def _width(column: str, values: list[object]) -> float:
    if column in WIDE_COLUMNS:
        return MAX_WIDTH
    longest = max([len(column)] + [10 if isinstance(v, dt.date) else len(str(v)) for v in values if v is not None])
    return min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))


def _fill_sheet(ws: Worksheet, df: pd.DataFrame) -> None:
    columns = [str(c) for c in df.columns]
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    typed = [[_value(col, v) for v in df.iloc[:, i].tolist()] for i, col in enumerate(columns)]
    for r in range(len(df)):
        for c, col in enumerate(columns):
            value = typed[c][r]
            if value is None:
                continue
            cell = ws.cell(row=r + 2, column=c + 1, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # "=..." would otherwise be written as a formula
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for c, col in enumerate(columns):
        ws.column_dimensions[get_column_letter(c + 1)].width = _width(col, typed[c])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def write_workbook(tables: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write the tables present in ``tables`` to ``path`` as one xlsx; returns the path."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    # the known tables in a fixed order; any other table after them rather than lost
    names = [n for n in SHEET_ORDER if n in tables] + [n for n in tables if n not in SHEET_ORDER]
    for name in names:
        _fill_sheet(wb.create_sheet(title=name), tables[name])
    if not wb.worksheets:  # a workbook needs a sheet to open
        wb.create_sheet(title="events")
    buffer = io.BytesIO()
    wb.save(buffer)
    write_atomic(path, buffer.getvalue())
    return path
