"""Tests for pipeline.output.export: spreadsheet-safe cells, RFC 4180 CSV, atomic writes."""

from __future__ import annotations

import csv
import io
import os
import stat

import numpy as np
import pandas as pd
import pytest

from pipeline.output.export import neutralise, to_csv_text, write_atomic, write_tables


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --- neutralise -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("http://x","y")',
        "+cmd|' /C calc'!A0",
        "@SUM(A1:A2)",
        "-2+3",
        "\t=1+1",
        "\r=1+1",
        "=",
    ],
)
def test_formula_cells_are_prefixed(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    ["Ilse Marrow", "", "2019-02", "former deputy minister", "a=b", "Kestrel Bay - port", "'quoted", " =1"],
)
def test_ordinary_text_unchanged(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("value", [None, 3, -3, 2.5, True, False])
def test_non_strings_unchanged(value):
    assert neutralise(value) is value


# --- to_csv_text --------------------------------------------------------------------


def test_csv_cells_neutralised_and_booleans_lowercase():
    df = pd.DataFrame({
        "person": ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2+3", "Ilse Marrow"],
        "hedged": [True, False, True, False, np.bool_(True)],
        "char_start": [0, 10, 20, 30, -1],
    })
    text = to_csv_text(df)
    rows = parse(text)
    assert rows[0] == ["person", "hedged", "char_start"]
    assert rows[1:] == [
        ["'=HYPERLINK(\"http://x\",\"y\")", "true", "0"],
        ["'+cmd|' /C calc'!A0", "false", "10"],
        ["'@SUM(A1:A2)", "true", "20"],
        ["'-2+3", "false", "30"],
        ["Ilse Marrow", "true", "-1"],  # numbers are not text: a negative int stays a number
    ]
    # The input frame is not modified.
    assert df.loc[0, "person"] == '=HYPERLINK("http://x","y")'
    assert bool(df.loc[0, "hedged"]) is True


def test_bool_dtype_and_object_column_bools():
    df = pd.DataFrame({"negated": pd.Series([False, True], dtype=bool),
                       "mixed": pd.Series([np.bool_(False), True], dtype=object)})
    assert parse(to_csv_text(df)) == [["negated", "mixed"], ["false", "false"], ["true", "true"]]


def test_rfc4180_quoting_round_trips():
    cells = [
        "Marrowby, Kestrel Bay",
        'the "harbour" case',
        "line one\nline two",
        "windows\r\nline",
        "bare\rcarriage",
        "",
        "plain",
    ]
    df = pd.DataFrame({"text": cells, "n": range(len(cells))})
    text = to_csv_text(df)
    rows = parse(text)
    assert len(rows) == len(cells) + 1
    assert [r[0] for r in rows[1:]] == cells
    assert [r[1] for r in rows[1:]] == [str(n) for n in range(len(cells))]
    assert '"Marrowby, Kestrel Bay"' in text
    assert '"the ""harbour"" case"' in text
    assert '"line one\nline two"' in text
    assert '"bare\rcarriage"' in text
    # Records end in "\n"; an unquoted field is written as is.
    assert text.startswith("text,n\n")
    assert "\nplain,6\n" in text
    # pandas reads it back too.
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert back["text"].tolist() == cells


def test_missing_values_are_empty_cells():
    df = pd.DataFrame({"a": ["x", None, np.nan], "b": [1.5, np.nan, 2.0]})
    assert parse(to_csv_text(df)) == [["a", "b"], ["x", "1.5"], ["", ""], ["", "2.0"]]


def test_empty_frame_writes_header_only():
    assert to_csv_text(pd.DataFrame(columns=["person", "types", "claims", "docs"])) == "person,types,claims,docs\n"


# --- write_atomic / write_tables ---------------------------------------------------------


def test_write_atomic_creates_and_replaces_without_temp_files(tmp_path):
    target = tmp_path / "sub" / "events.csv"
    write_atomic(target, "a,b\n1,2\n")
    assert target.read_text(encoding="utf-8") == "a,b\n1,2\n"
    write_atomic(target, "a,b\n3,4\nÅsa,ü\n")
    assert target.read_bytes() == "a,b\n3,4\nÅsa,ü\n".encode("utf-8")
    write_atomic(target, b"raw bytes\n")
    assert target.read_bytes() == b"raw bytes\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["events.csv"]


def test_write_atomic_file_is_readable_like_a_plain_write(tmp_path):
    target = tmp_path / "people.csv"
    write_atomic(target, "person\n")
    plain = tmp_path / "plain.csv"
    plain.write_text("person\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == stat.S_IMODE(os.stat(plain).st_mode)


def test_write_atomic_failure_keeps_old_file_and_no_temp(tmp_path):
    target = tmp_path / "fates.csv"
    target.write_text("old\n")
    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # not str or bytes
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["fates.csv"]


def test_write_tables_writes_name_csv_per_table(tmp_path):
    tables = {
        "events": pd.DataFrame({"person": ["=cmd", "Ilse Marrow"], "hedged": [True, False]}),
        "people": pd.DataFrame({"person": ["Ilse Marrow"], "n_docs": [1]}),
        "conflicts": pd.DataFrame(columns=["person", "types", "claims", "docs"]),
    }
    out = tmp_path / "out"
    (out).mkdir()
    (out / "events.csv").write_text("stale\n")
    written = write_tables(tables, out)
    assert written == [out / "events.csv", out / "people.csv", out / "conflicts.csv"]
    assert sorted(p.name for p in out.iterdir()) == ["conflicts.csv", "events.csv", "people.csv"]
    assert parse((out / "events.csv").read_text()) == [["person", "hedged"], ["'=cmd", "true"], ["Ilse Marrow", "false"]]
    assert parse((out / "people.csv").read_text()) == [["person", "n_docs"], ["Ilse Marrow", "1"]]
    assert (out / "conflicts.csv").read_text() == "person,types,claims,docs\n"


def test_write_tables_creates_folder(tmp_path):
    out = tmp_path / "a" / "b"
    write_tables({"documents": pd.DataFrame({"doc": ["x"]})}, str(out))
    assert (out / "documents.csv").read_text() == "doc\nx\n"
