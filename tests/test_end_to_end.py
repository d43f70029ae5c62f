"""End to end: the CLI on the shipped corpus, the output contract, the public API.

The pipeline runs once for the module (the spaCy model loads once per process).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.output.export import FORMULA_START
from pipeline.read.articles import read_corpus

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "corpus"
OUTLETS = ROOT / "models" / "lexicon" / "outlets.txt"

EVENT_TYPES = {"DEFECT", "DISAPPEAR", "REAPPEAR", "ARREST", "IMPRISON", "EXECUTE",
               "KILL", "DIE", "PURGE", "APPOINT", "ELECT", "MEET"}

CONTRACT = {
    "events": ["event_id", "doc", "type", "person", "role", "date", "date_start", "date_end", "date_text",
               "place", "source", "hedged", "negated", "charge", "sentence", "char_start", "char_end"],
    "people": ["person", "aliases", "roles", "n_docs", "n_events"],
    "conflicts": ["person", "types", "claims", "docs"],
    "fates": ["person", "status", "as_of", "agreement", "supporting", "disputing"],
    "documents": ["doc", "file", "published", "date_basis", "outlet", "url", "n_chars", "content_hash",
                  "status", "message"],
}

# Wide, plain output so option names are never wrapped or coloured.
HELP_ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}

runner = CliRunner()


def load(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def run_cli(out: Path):
    return runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    result = run_cli(out)
    assert result.exit_code == 0, (result.output, result.exception)
    return out


@pytest.fixture(scope="module")
def events(out_dir) -> pd.DataFrame:
    return load(out_dir, "events")


@pytest.fixture(scope="module")
def documents(out_dir) -> pd.DataFrame:
    return load(out_dir, "documents")


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {a.doc: a.text for a in read_corpus(CORPUS)}


# --- files and columns ----------------------------------------------------------------


@pytest.mark.parametrize("name", list(CONTRACT))
def test_file_exists_with_contract_columns_first(out_dir, name):
    path = out_dir / f"{name}.csv"
    assert path.is_file()
    cols = header(path)
    assert cols[: len(CONTRACT[name])] == CONTRACT[name]
    assert len(cols) == len(set(cols))


def test_run_writes_the_five_tables_their_workbook_and_the_report(out_dir):
    expected = [f"{n}.csv" for n in CONTRACT] + ["events.xlsx", "report.html"]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(expected)


def test_run_exit_code_and_summary(tmp_path):
    result = run_cli(tmp_path / "again")
    assert result.exit_code == 0
    assert re.search(r"\b2 articles read \(0 not processed\)", result.output)


def test_missing_corpus_folder_exits_2(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


# --- documents.csv ---------------------------------------------------------------------


def test_documents_one_ok_row_per_txt_file(documents):
    files = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert documents["file"].tolist() == files
    assert documents["doc"].tolist() == [Path(f).stem for f in files]
    assert set(documents["status"]) == {"ok"}
    assert set(documents["message"]) == {""}
    assert documents["content_hash"].str.fullmatch(r"[0-9a-f]{16}").all()
    assert documents["date_basis"].isin({"metadata", "dateline", "inferred", "none"}).all()


def test_documents_n_chars_is_article_length(documents, texts):
    for _, row in documents.iterrows():
        assert int(row["n_chars"]) == len(texts[row["doc"]])


def test_documents_metadata_from_index(documents):
    index = pd.read_csv(CORPUS / "index.csv", dtype=str, keep_default_na=False).set_index("file")
    for _, row in documents.iterrows():
        meta = index.loc[row["file"]]
        assert row["published"] == meta["published"]
        assert row["url"] == meta["url"]
        if meta["published"]:
            assert row["date_basis"] == "metadata"
            assert row["reference_date"] == meta["published"]


def test_article_without_published_date_uses_its_dateline(documents):
    index = pd.read_csv(CORPUS / "index.csv", dtype=str, keep_default_na=False)
    undated = index.loc[index["published"] == "", "file"].tolist()
    assert len(undated) == 1
    row = documents.set_index("file").loc[undated[0]]
    assert row["published"] == ""
    assert row["date_basis"] == "dateline"
    assert row["reference_date"] == "2024-07-17"


# --- events.csv ----------------------------------------------------------------------------


def test_events_found(events, documents):
    assert len(events) >= 10
    assert set(events["doc"]) <= set(documents["doc"])
    assert set(events["doc"]) == set(documents["doc"])  # both articles report events
    assert (events["person"] != "").all()


def test_event_types_are_the_twelve(events):
    assert set(events["type"]) <= EVENT_TYPES


def test_sentence_is_the_text_at_its_offsets(events, texts):
    for _, row in events.iterrows():
        start, end = int(row["char_start"]), int(row["char_end"])
        assert 0 <= start < end <= len(texts[row["doc"]])
        expected = texts[row["doc"]][start:end].strip()
        sentence = row["sentence"]
        if expected.startswith(FORMULA_START):  # neutralised for spreadsheets
            expected = "'" + expected
        assert sentence == expected, (row["event_id"], sentence, expected)


def test_dates_are_iso_intervals(events):
    dated = events[events["date"] != ""]
    assert len(dated) >= 5
    for _, row in events.iterrows():
        if row["date"] == "":
            assert row["date_start"] == row["date_end"] == ""
            continue
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", row["date"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date_start"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date_end"])
        assert row["date_start"] <= row["date_end"]
        assert row["date_start"].startswith(row["date"])
        assert row["date_end"].startswith(row["date"])
        assert row["date_text"] != ""


def test_month_dates_cover_the_whole_month(events):
    feb = events[events["date"] == "2019-02"]
    assert not feb.empty
    assert set(feb["date_start"]) == {"2019-02-01"}
    assert set(feb["date_end"]) == {"2019-02-28"}


def test_event_ids_unique_and_stable_across_runs(events, tmp_path):
    assert events["event_id"].is_unique
    assert (events["event_id"] != "").all()
    again = tmp_path / "second"
    result = run_cli(again)
    assert result.exit_code == 0
    second = load(again, "events")
    assert second["event_id"].tolist() == events["event_id"].tolist()
    assert second.equals(events)


def test_boolean_cells(events):
    assert set(events["hedged"]) <= {"true", "false"}
    assert set(events["negated"]) <= {"true", "false"}


def test_no_person_is_a_news_outlet(out_dir, events):
    outlets = {line.strip().lower() for line in OUTLETS.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    assert "reuters" in outlets
    people = load(out_dir, "people")
    named = set(events["person"]) | set(people["person"])
    assert not {p for p in named if p.strip().lower() in outlets}


def test_people_table_matches_events(out_dir, events):
    people = load(out_dir, "people")
    assert people["person"].is_unique
    assert set(people["person"]) == set(events["person"])
    counts = events.groupby("person").size()
    for _, row in people.iterrows():
        assert int(row["n_events"]) == counts[row["person"]]
        assert 1 <= int(row["n_docs"]) <= 2


@pytest.mark.parametrize(
    "type_, date",
    [("EXECUTE", "2019-02"), ("IMPRISON", "2019-12"), ("DEFECT", "2023-11")],
)
def test_shipped_corpus_facts(events, type_, date):
    found = events[(events["type"] == type_) & (events["date"] == date)]
    assert len(found) >= 1, f"no {type_} dated {date}"


def test_late_november_is_the_last_third(events):
    late = events[events["date_text"].str.lower() == "late november 2023"]
    assert not late.empty
    assert set(late["date_start"]) == {"2023-11-21"}
    assert set(late["date_end"]) == {"2023-11-30"}


# --- public API --------------------------------------------------------------------------------


def test_extract_api_matches_file_columns(out_dir):
    tables = pipeline.extract([
        {"doc": "velkova", "published": "2021-03-05",
         "text": "Marta Velkova, the former deputy interior minister of Lorvania, was arrested in "
                 "Doriva on March 3, 2021, state media reported."},
        {"doc": "renn", "published": "2022-06-15",
         "text": "Tobias Renn, a senior diplomat, defected to Sweden last November, his colleagues said."},
    ])
    assert isinstance(tables, pipeline.Tables)
    frames = tables.as_dict()
    assert list(frames) == list(CONTRACT)
    for name, df in frames.items():
        assert isinstance(df, pd.DataFrame)
        assert list(df.columns) == header(out_dir / f"{name}.csv"), name

    ev = tables.events
    arrest = ev[(ev["type"] == "ARREST") & (ev["person"] == "Marta Velkova")]
    assert len(arrest) == 1
    assert arrest.iloc[0]["doc"] == "velkova"
    assert arrest.iloc[0]["date"] == "2021-03-03"
    defect = ev[(ev["type"] == "DEFECT") & (ev["person"] == "Tobias Renn")]
    assert len(defect) == 1
    assert defect.iloc[0]["doc"] == "renn"
    assert defect.iloc[0]["date"] == "2021-11"  # "last November" before June 2022
    assert (defect.iloc[0]["date_start"], defect.iloc[0]["date_end"]) == ("2021-11-01", "2021-11-30")

    docs = tables.documents
    assert docs["doc"].tolist() == ["velkova", "renn"]
    assert docs["status"].tolist() == ["ok", "ok"]
    assert docs["date_basis"].tolist() == ["metadata", "metadata"]
    assert set(tables.people["person"]) >= {"Marta Velkova", "Tobias Renn"}


def test_extract_api_on_a_folder(tmp_path, nlp):
    (tmp_path / "a.txt").write_text("date 2020-05-06\nTobias Renn, a senior diplomat, defected to Sweden in March.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    tables = pipeline.extract(tmp_path, nlp)
    docs = tables.documents.set_index("file")
    assert docs.loc["a.txt", "status"] == "ok"
    assert docs.loc["a.txt", "date_basis"] == "dateline"
    assert docs.loc["b.txt", "status"] == "skipped"
    assert docs.loc["b.txt", "message"].startswith("empty file")
    # the good file's event, dated by its dateline; the empty file gives none
    assert tables.events[["doc", "type", "person", "date"]].values.tolist() == [["a", "DEFECT", "Tobias Renn", "2020-03"]]


# --- help -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--help"], ["run", "evaluate"]),
        (["run", "--help"], ["--out", "--model", "--config", "corpus"]),
        (["evaluate", "--help"], ["--corpus", "--json", "--errors", "--model", "--config", "gold_dir"]),
    ],
)
def test_help(args, expected):
    result = runner.invoke(app, args, env=HELP_ENV)
    assert result.exit_code == 0, result.output
    for word in expected:
        # Argument names are shown upper- or lower-case depending on the typer version.
        text = result.output if word.startswith("-") else result.output.lower()
        assert word in text, (word, result.output)


def test_no_arguments_shows_help():
    result = runner.invoke(app, [], env=HELP_ENV)
    assert "Usage" in result.output
    assert "run" in result.output and "evaluate" in result.output
