"""The output tables as one Excel workbook (``events.xlsx``), one sheet per table.

Analysts filter and sort in a spreadsheet, so cells carry real types where the
value is unambiguous: full ``YYYY-MM-DD`` dates become dates, ``hedged`` and
``negated`` booleans, counts and offsets numbers. Partial dates (``2019``,
``2019-02``) stay text: turning them into a date would invent a day and lose the
precision the article gave.

Text from articles is never a formula: every cell is written with the XlsxWriter
call for its type (``write_string`` for text, never the guessing ``write``), and in
an xlsx file a string cell is stored as text and never run, so no apostrophe is
needed (unlike the CSV files, see ``export.neutralise``). Characters that XML 1.0
cannot hold are dropped rather than fail the run. Rows are streamed to temporary
files (XlsxWriter's constant-memory mode), so a big table is never held as cells,
and the file is written atomically. XlsxWriter writes a sheet about twice as fast
as openpyxl, which cost more than all the CSV files together; the tests read the
files back with openpyxl, a second implementation of the format.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name


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
# What XML 1.0 cannot hold: the control characters but tab, newline and carriage return
ILLEGAL_CHARACTERS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _value(column: str, value: object) -> object:
    """The typed cell value for ``value`` in ``column``; None for an empty cell."""
    if isinstance(value, str):  # most cells: tested first
        if value == "":
            return None
        if column in BOOL_COLUMNS and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if column in INT_COLUMNS and _INTEGER.fullmatch(value):
            return int(value)
        if column in DATE_COLUMNS and _FULL_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:  # 2019-02-30: keep what the article said
                pass
        return _text(value)
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (float, np.floating)):
        return int(value) if column in INT_COLUMNS and float(value).is_integer() else float(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    return _text(str(value))


def _text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL:  # Excel holds no more in a cell and "repairs" a file that does
        text = text[:MAX_CELL - len(CUT)] + CUT
    return text


def _fill_sheet(book: xlsxwriter.Workbook, ws: xlsxwriter.worksheet.Worksheet, df: pd.DataFrame) -> None:
    """Row by row: in constant-memory mode each row goes to disk as the next one starts, so a
    big table is never held as cells."""
    columns = [str(c) for c in df.columns]
    bold, day = book.add_format({"bold": True}), book.add_format({"num_format": "yyyy-mm-dd"})
    for c, col in enumerate(columns):
        ws.write_string(0, c, col, bold)
    longest = [len(col) for col in columns]
    for r, row in enumerate(zip(*(df.iloc[:, i].tolist() for i in range(len(columns)))), start=1):
        for c, raw in enumerate(row):
            value = _value(columns[c], raw)
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, value, day)
            else:
                ws.write_number(r, c, value)
            longest[c] = max(longest[c], 10 if isinstance(value, dt.date) else len(str(value)))
    for c, col in enumerate(columns):
        width = MAX_WIDTH if col in WIDE_COLUMNS else min(MAX_WIDTH, max(MIN_WIDTH, longest[c] + 2))
        ws.set_column(c, c, width)
    ws.freeze_panes(1, 0)
    if columns:
        ws.autofilter(f"A1:{xl_col_to_name(len(columns) - 1)}{len(df) + 1}")


def write_workbook(tables: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write the tables present in ``tables`` to ``path`` as one xlsx; returns the path."""
    path = Path(path)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    # the known tables in a fixed order; any other table after them rather than lost
    names = [n for n in SHEET_ORDER if n in tables] + [n for n in tables if n not in SHEET_ORDER]
    for name in names:
        _fill_sheet(book, book.add_worksheet(name), tables[name])
    if not names:  # a workbook needs a sheet to open
        book.add_worksheet("events")
    book.close()
    write_atomic(path, buffer.getvalue())
    return path
