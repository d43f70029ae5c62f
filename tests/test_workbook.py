"""Tests for pipeline.output.workbook: one typed, formula-safe sheet per output table."""

from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.output.tables import (CONFLICT_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, FATE_COLUMNS,
                                    PEOPLE_COLUMNS)
from pipeline.output.workbook import write_workbook

ORDER = ["events", "people", "conflicts", "fates", "documents"]


def event(**over: object) -> dict:
    row = {
        "event_id": "a1b2c3d4e5f60718", "doc": "doc-001", "type": "arrest", "person": "Ilse Marrow",
        "role": "former deputy minister", "date": "2019-02-01", "date_start": "2019-02-01",
        "date_end": "2019-02-01", "date_text": "on Friday", "place": "Kestrel Bay", "source": "police",
        "hedged": False, "negated": False, "charge": "fraud",
        "sentence": "Police in Kestrel Bay arrested Ilse Marrow on Friday.", "char_start": 120,
        "char_end": 175, "rule_id": "arrest.passive", "trigger_start": 140, "trigger_end": 148,
    }
    row.update(over)
    return row


def make_tables() -> dict[str, pd.DataFrame]:
    events = pd.DataFrame([
        event(),
        event(event_id="0f1e2d3c4b5a6978", doc="doc-002", type="release", date="2019-02",
              date_start="2019-02-01", date_end="2019-02-28", date_text="in February", hedged=True,
              negated=np.bool_(True), sentence='=HYPERLINK("http://x","y")', char_start=0, char_end=40),
        event(event_id="99aa88bb77cc66dd", doc="doc-003", date="2019", date_start="2019-01-01",
              date_end="2019-12-31", date_text="in 2019", place="", sentence="+SUM(A1)", charge=""),
    ], columns=EVENT_COLUMNS)
    people = pd.DataFrame([
        {"person": "Ilse Marrow", "aliases": "I. Marrow;Marrow", "roles": "former deputy minister",
         "n_docs": 3, "n_events": 3},
        {"person": "Tomas Grell", "aliases": "", "roles": "", "n_docs": 1, "n_events": 0},
    ], columns=PEOPLE_COLUMNS)
    conflicts = pd.DataFrame([
        {"person": "Ilse Marrow", "types": "arrest;release", "claims": "@cmd | doc-001: arrested",
         "docs": "doc-001;doc-002"},
    ], columns=CONFLICT_COLUMNS)
    fates = pd.DataFrame([
        {"person": "Ilse Marrow", "status": "free", "as_of": "2019-02-28", "agreement": "disputed",
         "supporting": "-2+3", "disputing": "doc-001: arrested"},
        {"person": "Tomas Grell", "status": "unknown", "as_of": "2019-02", "agreement": "single-source",
         "supporting": "", "disputing": ""},
    ], columns=FATE_COLUMNS)
    documents = pd.DataFrame([
        {"doc": "doc-001", "file": "in/a.txt", "published": "2019-02-02", "date_basis": "metadata",
         "outlet": "Kestrel Courier", "url": "http://example.org/a", "n_chars": 1800,
         "content_hash": "ffee", "status": "ok", "message": "", "reference_date": "2019-02-02",
         "duplicate_of": ""},
        {"doc": "doc-002", "file": "in/b.txt", "published": "", "date_basis": "none", "outlet": "",
         "url": "", "n_chars": 0, "content_hash": "eeff", "status": "empty", "message": "no text",
         "reference_date": "", "duplicate_of": "doc-001"},
    ], columns=DOCUMENT_COLUMNS)
    return {"events": events, "people": people, "conflicts": conflicts, "fates": fates, "documents": documents}


def expected(column: str, value: object) -> object:
    """What openpyxl should read back for a DataFrame value, written as designed."""
    if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if column in {"date", "date_start", "date_end", "published", "reference_date", "as_of"} \
            and isinstance(value, str) and len(value) == 10:
        return dt.datetime.fromisoformat(value)  # openpyxl reads dates back as datetimes
    if isinstance(value, np.integer):
        return int(value)
    return value


@pytest.fixture()
def written(tmp_path):
    tables = make_tables()
    path = write_workbook(tables, tmp_path / "events.xlsx")
    return tables, path, load_workbook(path)


def test_returns_path_and_writes_sheets_in_order(written, tmp_path):
    _, path, wb = written
    assert path == tmp_path / "events.xlsx"
    assert wb.sheetnames == ORDER


def test_sheet_order_fixed_whatever_the_dict_order(tmp_path):
    tables = make_tables()
    shuffled = {k: tables[k] for k in ["documents", "fates", "events"]}
    wb = load_workbook(write_workbook(shuffled, tmp_path / "w.xlsx"))
    assert wb.sheetnames == ["events", "fates", "documents"]


def test_header_and_values_match_the_tables(written):
    tables, _, wb = written
    for name, df in tables.items():
        rows = list(wb[name].iter_rows(values_only=True))
        assert list(rows[0]) == list(df.columns)
        assert len(rows) - 1 == len(df)
        for i, record in enumerate(df.itertuples(index=False)):
            want = [expected(col, v) for col, v in zip(df.columns, record)]
            assert list(rows[i + 1]) == want, (name, i)


@pytest.mark.parametrize("sheet,column,row", [
    ("events", "sentence", 3),   # =HYPERLINK(...)
    ("events", "sentence", 4),   # +SUM(A1)
    ("conflicts", "claims", 2),  # @cmd ...
    ("fates", "supporting", 2),  # -2+3
])
def test_formula_looking_text_stays_text(written, sheet, column, row):
    tables, _, wb = written
    ws = wb[sheet]
    col = list(tables[sheet].columns).index(column) + 1
    cell = ws.cell(row=row, column=col)
    assert cell.data_type == "s"
    assert cell.value == tables[sheet][column].iloc[row - 2]
    assert not str(cell.value).startswith("'")


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://x","y")', "=", "+SUM(A1)", "@cmd", "-2+3"])
def test_no_formula_in_the_file(tmp_path, text):
    df = pd.DataFrame([event(sentence=text, person=text)], columns=EVENT_COLUMNS)
    path = write_workbook({"events": df}, tmp_path / "f.xlsx")
    ws = load_workbook(path)["events"]
    for col in ("sentence", "person"):
        cell = ws.cell(row=2, column=EVENT_COLUMNS.index(col) + 1)
        assert cell.data_type == "s"
        assert cell.value == text
    # not even cached: the sheet XML holds no formula element at all
    import zipfile
    with zipfile.ZipFile(path) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_full_dates_are_dates_partial_dates_stay_text(written):
    _, _, wb = written
    ws = wb["events"]
    head = [c.value for c in ws[1]]
    second = {h: c for h, c in zip(head, ws[3])}
    assert second["date_start"].value == dt.datetime(2019, 2, 1)
    assert second["date_start"].number_format == "yyyy-mm-dd"
    assert second["date"].value == "2019-02"
    assert second["date"].data_type == "s"
    third = {h: c for h, c in zip(head, ws[4])}
    assert third["date"].value == "2019"
    first = {h: c for h, c in zip(head, ws[2])}
    assert first["date"].value == dt.datetime(2019, 2, 1)  # a full date in `date` is a date
    fates = wb["fates"]
    assert fates["C2"].value == dt.datetime(2019, 2, 28) and fates["C3"].value == "2019-02"
    docs = wb["documents"]
    assert docs["C2"].value == dt.datetime(2019, 2, 2) and docs["C3"].value is None


@pytest.mark.parametrize("text", ["2019-02-30", "20190201", "2019-W06-1", "2019-02-01T10:00"])
def test_only_valid_yyyy_mm_dd_becomes_a_date(tmp_path, text):
    # Python 3.11's date.fromisoformat also takes "20190201" and week dates: not dates here
    df = pd.DataFrame([event(date_start=text)], columns=EVENT_COLUMNS)
    ws = load_workbook(write_workbook({"events": df}, tmp_path / "d.xlsx"))["events"]
    assert ws.cell(row=2, column=EVENT_COLUMNS.index("date_start") + 1).value == text


def test_booleans_and_integers_are_typed(written):
    _, _, wb = written
    ws = wb["events"]
    head = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(head, ws[3])}
    assert row["hedged"] is True and row["negated"] is True
    row = {h: c.value for h, c in zip(head, ws[2])}
    assert row["hedged"] is False and row["negated"] is False
    assert row["char_start"] == 120 and isinstance(row["char_start"], int)
    assert wb["people"]["D2"].value == 3 and wb["documents"]["G2"].value == 1800


def test_boolean_and_number_strings_from_a_read_back_table(tmp_path):
    df = pd.DataFrame([event(hedged="true", negated="FALSE", char_start="12", char_end=30.0)],
                      columns=EVENT_COLUMNS)
    ws = load_workbook(write_workbook({"events": df}, tmp_path / "s.xlsx"))["events"]
    cell = {h: c.value for h, c in zip(EVENT_COLUMNS, ws[2])}
    assert cell["hedged"] is True and cell["negated"] is False
    assert cell["char_start"] == 12 and cell["char_end"] == 30 and isinstance(cell["char_end"], int)


def test_empty_and_nan_are_empty_cells(tmp_path):
    df = pd.DataFrame([event(place=np.nan, charge=None, source="")], columns=EVENT_COLUMNS)
    ws = load_workbook(write_workbook({"events": df}, tmp_path / "n.xlsx"))["events"]
    cell = {h: c.value for h, c in zip(EVENT_COLUMNS, ws[2])}
    assert cell["place"] is None and cell["charge"] is None and cell["source"] is None


def test_header_bold_frozen_and_filtered(written):
    tables, _, wb = written
    for name, df in tables.items():
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert all(c.font.b for c in ws[1])
        assert ws["A2"].font.b is not True
        last = ws.cell(row=1, column=len(df.columns)).column_letter
        assert ws.auto_filter.ref == f"A1:{last}{len(df) + 1}"


def test_column_widths_sensible(written):
    _, _, wb = written
    ws = wb["events"]
    widths = {h: ws.column_dimensions[c.column_letter].width for h, c in zip(EVENT_COLUMNS, ws[1])}
    # a width of n characters is stored as Excel stores it: n plus the cell padding (under 1)
    assert 60 <= widths["sentence"] < 61
    assert all(8 <= w < 61 for w in widths.values())
    assert widths["event_id"] >= len("a1b2c3d4e5f60718") + 2
    assert widths["doc"] < len("doc-001") + 3


def test_control_characters_are_dropped_not_fatal(tmp_path):
    df = pd.DataFrame([event(sentence="Marrow\x00 was\x07 held\x1b.\tThen\nfreed.", person="Ilse\x0bMarrow")],
                      columns=EVENT_COLUMNS)
    ws = load_workbook(write_workbook({"events": df}, tmp_path / "c.xlsx"))["events"]
    cell = {h: c.value for h, c in zip(EVENT_COLUMNS, ws[2])}
    assert cell["sentence"] == "Marrow was held.\tThen\nfreed."
    assert cell["person"] == "IlseMarrow"


def test_empty_table_keeps_its_header(tmp_path):
    tables = make_tables()
    tables["events"] = pd.DataFrame(columns=EVENT_COLUMNS)
    wb = load_workbook(write_workbook(tables, tmp_path / "e.xlsx"))
    rows = list(wb["events"].iter_rows(values_only=True))
    assert rows == [tuple(EVENT_COLUMNS)]
    assert wb.sheetnames == ORDER


def test_goes_through_write_atomic(tmp_path, monkeypatch):
    import pipeline.output.workbook as workbook

    calls = []
    monkeypatch.setattr(workbook, "write_atomic", lambda path, data: calls.append((path, data)))
    workbook.write_workbook(make_tables(), tmp_path / "a.xlsx")
    assert len(calls) == 1
    path, data = calls[0]
    assert path == tmp_path / "a.xlsx" and isinstance(data, bytes) and data.startswith(b"PK")
    assert not path.exists()  # nothing written around it


def test_written_atomically_over_an_old_file(tmp_path):
    path = tmp_path / "out" / "events.xlsx"
    path.parent.mkdir()
    path.write_bytes(b"old")
    write_workbook(make_tables(), path)
    assert load_workbook(path).sheetnames == ORDER
    assert os.listdir(path.parent) == ["events.xlsx"]  # no temporary file left behind


def test_a_cell_longer_than_excel_holds_is_cut_and_says_so(tmp_path):
    long_claims = "ARREST 2020 per a weekly; " * 2000  # 52,000 characters
    tables = {"conflicts": pd.DataFrame([{"person": "Inna Sorel", "types": "ARREST", "claims": long_claims,
                                          "docs": "d1"}])}
    path = write_workbook(tables, tmp_path / "events.xlsx")
    cell = load_workbook(path)["conflicts"]["C2"].value
    assert len(cell) == 32_767 and cell.endswith("the CSV file has it whole]")
    assert cell.startswith(long_claims[:1000])


def test_a_run_writes_the_workbook_with_the_csv_rows_and_formula_text_as_text(tmp_path):
    from pipeline.cli import run_corpus

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "=HYPERLINK(\"http://example.invalid\",\"x\") Pavel Orlov was arrested in Minsk on May 5, 2023, police said.\n\n"
        "Inna Sorel, a former mayor, was sentenced to ten years in prison on June 2, 2023.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_corpus([corpus], out, report=False)
    book = load_workbook(out / "events.xlsx")
    assert book.sheetnames == ["events", "people", "conflicts", "fates", "documents"]
    for name in book.sheetnames:
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        rows = list(book[name].iter_rows(values_only=True))
        assert list(rows[0]) == list(csv.columns)
        assert len(rows) - 1 == len(csv)
        for got, want in zip(rows[1:], csv.itertuples(index=False)):
            shown = ["" if v is None else v.date().isoformat() if isinstance(v, dt.datetime)
                     else str(v).lower() if isinstance(v, bool) else str(v) for v in got]
            # the CSV guards formula-looking text with an apostrophe; the workbook stores it as text
            assert shown == [w[1:] if w.startswith("'=") else w for w in want]
    sentences = [c for c in book["events"]["O"][1:] if str(c.value).startswith("=HYPERLINK")]
    assert sentences and all(c.data_type == "s" for c in sentences)
