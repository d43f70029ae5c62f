"""Unattended ingestion, end to end, with real subprocesses and a real SQLite store.

What a scheduled job meets: the same folder twice, a run killed with SIGKILL,
two runs at once, a folder of broken files, article text that a spreadsheet
would run as a formula. One ingest of the shipped corpus is shared (tests that
change it work on a copy). What needs a process of its own runs one: a run to kill
or to hold the lock is forked from this one (it has the session's model at once, and
it waits at a set point, so the kill or the overlap is not a race); a run under
another string-hash seed is a fresh interpreter. Tests that only look at the files
written, or at what the command line prints, run in this process with the session's model.
"""

from __future__ import annotations

import csv
import fcntl
import gzip
import json
import logging
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.jobs.ingest import Ingest, IngestOptions
from pipeline.jobs.ingest import ingest as run_ingest
from synthetic import write_corpus


ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# a run killed after its first batch of 4 has more to do; a run overlapped waits for the second
# to meet its lock after its first file
KILLED_RUN_ARTICLES = 12
OVERLAPPED_RUN_ARTICLES = 2
TABLES = ("events", "people", "conflicts", "fates", "documents")
STORY = ("Marta Oliveira, the deputy mayor of Kestrel Bay, was arrested on Monday on charges of fraud, "
         "police said. Her lawyer said the charges were false.\n\n"
         "Tomas Varga, the harbour inspector, was dismissed in March 2022, the ministry said.\n")


def ingest(*args: str | Path) -> subprocess.CompletedProcess:
    """The ``ingest`` command line in a fresh interpreter with another string-hash seed."""
    cmd = [sys.executable, "-m", "pipeline.cli", "ingest", *map(str, args)]
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def ingest_here(monkeypatch: pytest.MonkeyPatch, nlp, *args: str | Path):
    """The ``ingest`` command line in this process with the session's model, for the runs that
    need no process of their own (its exit code, stdout and stderr are the result's)."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    monkeypatch.setattr("pipeline.nlp.build.build_nlp", lambda *a, **kw: nlp)
    return CliRunner().invoke(app, ["ingest", *map(str, args)])


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in {".csv", ".parquet"}}


def store_rows(db: Path) -> tuple[list[tuple], list[tuple]]:
    con = sqlite3.connect(db)
    try:
        docs = sorted(con.execute("SELECT key, doc, file, status, content_hash FROM documents"))
        events = sorted(con.execute("SELECT * FROM events"))
    finally:
        con.close()
    return docs, events


# -- one ingest of the shipped corpus, shared ------------------------------------------

@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, nlp) -> tuple[Path, Path]:
    """The shipped corpus ingested once, in this process with the session's model; tests that
    change the store work on a copy."""
    base = tmp_path_factory.mktemp("corpus-store")
    db, out = base / "store.db", base / "out"
    first = Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([CORPUS])
    assert first.status == "done", first.message
    return db, out


def copy_store(store: tuple[Path, Path], dest: Path) -> tuple[Path, Path]:
    db, out = store
    dest.mkdir(parents=True, exist_ok=True)
    for part in db.parent.glob(db.name + "*"):  # the database and any WAL left beside it
        if not part.name.endswith(".lock"):
            shutil.copy2(part, dest / part.name)
    shutil.copytree(out, dest / out.name)
    return dest / db.name, dest / out.name


def run_statuses(db: Path) -> list[tuple[int, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, status FROM runs ORDER BY id").fetchall()
    finally:
        con.close()


# -- the same folder twice ------------------------------------------------------------

def test_second_run_over_the_shipped_corpus_adds_nothing_and_changes_no_file(corpus_store, tmp_path, nlp,
                                                                            monkeypatch):
    db, out = copy_store(corpus_store, tmp_path)
    files = snapshot(out)
    assert sorted(files) == sorted(f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet"))
    run1 = json.loads((out / "run.json").read_text())
    assert run1["n_new_documents"] == 2 and run1["n_new_events"] > 20 and run1["status"] == "done"

    second = ingest_here(monkeypatch, nlp, CORPUS, "--db", db, "--out", out)
    assert second.exit_code == 0, (second.output, second.exception)
    run2 = json.loads((out / "run.json").read_text())
    assert (run2["n_new_documents"], run2["n_new_events"], run2["n_known"]) == (0, 0, 2)
    assert "nothing new" in second.stdout
    assert snapshot(out) == files

    # re-extracting everything with the same rules rewrites the files to the same bytes,
    # in a process with another string-hash seed (the tables are compared: no report is asked for)
    third = ingest(CORPUS, "--db", db, "--out", out, "--reprocess", "--no-report")
    assert third.returncode == 0, third.stderr
    assert json.loads((out / "run.json").read_text())["n_reprocessed"] == 2
    assert snapshot(out) == files

    con = sqlite3.connect(db)
    runs = con.execute("SELECT status, n_new_documents FROM runs ORDER BY id").fetchall()
    assert runs == [("done", 2), ("done", 0), ("done", 0)]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_ingest_and_run_agree(corpus_store, tmp_path, nlp, monkeypatch):
    """The store path and the in-memory path give the same tables (``pipeline run`` in this
    process, with the session's model)."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    monkeypatch.setattr("pipeline.nlp.build.build_nlp", lambda *args, **kwargs: nlp)
    out_run, (_, out_ingest) = tmp_path / "run", corpus_store
    done = CliRunner().invoke(app, ["run", str(CORPUS), "--out", str(out_run)])
    assert done.exit_code == 0, (done.output, done.exception)
    for table in TABLES:
        assert (out_run / f"{table}.csv").read_bytes() == (out_ingest / f"{table}.csv").read_bytes(), table


# -- the job's bookkeeping, in process (nothing new: no model is loaded) -----------------

def test_a_deleted_export_is_written_again_and_run_json_says_so(corpus_store, tmp_path):
    """The store says the files are current, but one is gone: the run must export again."""
    db, out = copy_store(corpus_store, tmp_path)
    files = snapshot(out)
    (out / "events.csv").unlink()
    summary = run_ingest([CORPUS], IngestOptions(db=db, out=out))
    assert (summary.n_new_documents, summary.n_known) == (0, 2)  # nothing new in the store...
    assert snapshot(out) == files  # ...yet the missing file is back, byte for byte
    reported = json.loads((out / "run.json").read_text())
    assert reported["exported"] is True and "unchanged" not in reported["message"]

    # with every file in place, the same run writes nothing and says so
    again = run_ingest([CORPUS], IngestOptions(db=db, out=out))
    assert not again.exported and "unchanged" in again.message
    assert snapshot(out) == files


def test_a_killed_run_is_marked_interrupted_once(corpus_store, tmp_path, caplog):
    """What SIGKILL leaves (a run row still 'running') is reported by the next run only."""
    from pipeline.output.store import Store

    db, out = copy_store(corpus_store, tmp_path)
    with Store(db) as store:
        killed = store.start_run("0", "x")
    with caplog.at_level(logging.WARNING, logger="pipeline.jobs.ingest"):
        first = run_ingest([CORPUS], IngestOptions(db=db, out=out))
    assert first.interrupted_runs == [killed] and "did not finish" in caplog.text
    assert json.loads((out / "run.json").read_text())["interrupted_runs"] == [killed]
    assert dict(run_statuses(db))[killed] == "interrupted"

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="pipeline.jobs.ingest"):
        second = run_ingest([CORPUS], IngestOptions(db=db, out=out))
    assert second.interrupted_runs == [] and "did not finish" not in caplog.text
    assert json.loads((out / "run.json").read_text())["interrupted_runs"] == []
    assert [status for _, status in run_statuses(db)] == ["done", "interrupted", "done", "done"]


# -- killed mid-run ----------------------------------------------------------------------

FORK = multiprocessing.get_context("fork")


def forked_run(nlp, corpus: Path, db: Path, out: Path, pause) -> multiprocessing.Process:
    """An ingest run in a process of its own, forked from this one so that it has the
    session's model at once; ``pause(done, total)`` is its progress callback, called with
    the run lock held after each file is read (and after each full batch is stored)."""

    def run() -> None:
        job = Ingest(IngestOptions(db=db, out=out, batch_size=4, report=False), progress=pause, nlp=nlp)
        os._exit(0 if job.run([corpus]).status == "done" else 1)

    proc = FORK.Process(target=run, daemon=True)
    proc.start()
    return proc


def test_a_run_killed_with_sigkill_loses_and_duplicates_nothing(tmp_path, nlp, monkeypatch):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, KILLED_RUN_ARTICLES)
    ref_db, ref_out = tmp_path / "ref.db", tmp_path / "ref"
    # the reference: the same folder ingested in one go (in this process, with the session's model);
    # the tables are compared, so no run writes the report
    Ingest(IngestOptions(db=ref_db, out=ref_out, report=False), nlp=nlp).run([corpus])

    db, out = tmp_path / "crash.db", tmp_path / "crash"
    first_batch_stored = FORK.Event()

    def hold_after_the_first_batch(done: int, total: int) -> None:
        if done == 4:  # the first batch of 4 is committed; the run would go on to the next
            first_batch_stored.set()
            time.sleep(600)

    proc = forked_run(nlp, corpus, db, out, hold_after_the_first_batch)
    assert first_batch_stored.wait(300), "the run never stored its first batch"
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(60)
    assert proc.exitcode == -signal.SIGKILL
    partial_docs, _ = store_rows(db)
    assert len(partial_docs) == 4  # killed mid-run, after its first batch was committed
    assert run_statuses(db) == [(1, "running")]

    # the next run, through the command line
    again = ingest_here(monkeypatch, nlp, corpus, "--db", db, "--out", out, "--no-report")
    assert again.exit_code == 0, (again.output, again.exception)
    assert "interrupted" in again.stderr
    assert json.loads((out / "run.json").read_text())["interrupted_runs"] == [1]
    assert run_statuses(db) == [(1, "interrupted"), (2, "done")]
    assert store_rows(db) == store_rows(ref_db)
    docs, events = store_rows(db)
    assert len(docs) == KILLED_RUN_ARTICLES and len({e[0] for e in events}) == len(events)
    for table in TABLES:
        assert (out / f"{table}.csv").read_bytes() == (ref_out / f"{table}.csv").read_bytes(), table
    # that the next run does not warn again is test_a_killed_run_is_marked_interrupted_once's


# -- two runs at once --------------------------------------------------------------------

def test_an_overlapping_run_exits_75_and_the_first_completes(tmp_path, nlp, monkeypatch):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, OVERLAPPED_RUN_ARTICLES, seed=11)
    db, out = tmp_path / "store.db", tmp_path / "out"
    holding, go_on = FORK.Event(), FORK.Event()

    def hold_until_told(done: int, total: int) -> None:
        holding.set()
        assert go_on.wait(300)

    first = forked_run(nlp, corpus, db, out, hold_until_told)
    assert holding.wait(300), "the first run never read a file"
    lock = db.with_name(db.name + ".lock")
    with lock.open("rb") as fh:  # held by the first run, as another process sees it
        with pytest.raises(BlockingIOError):
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    started = time.monotonic()
    # the second run, in this process, through the command line, meets the first one's lock
    second = ingest_here(monkeypatch, nlp, corpus, "--db", db, "--out", out)
    assert second.exit_code == 75, (second.output, second.exception)
    assert "holds the lock" in second.stderr
    assert time.monotonic() - started < 30  # at once, not after waiting
    assert first.is_alive(), "the first run should still be going"
    go_on.set()
    first.join(600)
    assert first.exitcode == 0
    assert json.loads((out / "run.json").read_text())["n_new_documents"] == OVERLAPPED_RUN_ARTICLES


# -- every kind of bad input ---------------------------------------------------------------

def test_a_folder_of_bad_inputs_exits_0_with_a_row_and_message_for_each(tmp_path, nlp, monkeypatch):
    src = tmp_path / "inbox"
    src.mkdir()
    (src / "good_a.txt").write_text(STORY, encoding="utf-8")
    (src / "good_utf16.txt").write_bytes(STORY.replace("Kestrel", "Késtrel").encode("utf-16"))
    (src / "good_cp1252.txt").write_bytes(STORY.replace("Tomas", "Tomás").encode("cp1252"))
    (src / "good_page.html").write_text(
        "<html><head><title>Arrest</title></head><body><article><p>"
        + STORY.replace("\n\n", "</p><p>").replace("Marta", "Vera")
        + "</p></article></body></html>", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"  \n\n\t  \n")
    (src / "scan.txt").write_bytes(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n1 0 obj\n<<>>\nendobj\n")
    (src / "archive.txt").write_bytes(gzip.compress(STORY.encode()))
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (src / "garbage.txt").write_bytes(bytes((i * 97 + 13) % 128 + 128 for i in range(4000)))
    (src / "huge.txt").write_text(("Filler paragraph about nothing in particular at all. " * 20 + "\n\n") * 60
                                  + STORY, encoding="utf-8")
    (src / "french.txt").write_text("Le maire adjoint a été arrêté lundi pour fraude, a indiqué la police. "
                                    "Son avocat a déclaré que les accusations étaient fausses et qu'il ferait appel.",
                                    encoding="utf-8")
    (src / "broken.html").write_text("<html><body><div><p></div></span>", encoding="utf-8")
    (src / "feed.jsonl").write_text(
        json.dumps({"id": "feed-ok", "text": STORY.replace("Marta", "Ilse")}) + "\n"
        + "{this is not json\n" + json.dumps({"id": "feed-notext", "title": "x"}) + "\n", encoding="utf-8")
    # the command line in this process, with the session's model: its console is captured
    result = ingest_here(monkeypatch, nlp, src, "--db", tmp_path / "s.db", "--out", tmp_path / "out",
                         "--max-chars", "20000")
    assert result.exit_code == 0, (result.output, result.exception)
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False).set_index("file")
    expected = {
        "empty.txt": "empty file", "blank.txt": "only whitespace", "scan.txt": "PDF", "archive.txt": "gzip",
        "image.txt": "PNG", "garbage.txt": "undecodable", "french.txt": "not English",
        "broken.html": "HTML", "feed.jsonl:2": "not valid JSON", "feed.jsonl:3": "no 'text' field",
    }
    for file, why in expected.items():
        assert docs.loc[file, "status"] == "skipped", file
        assert why.lower() in docs.loc[file, "message"].lower(), (file, docs.loc[file, "message"])
        assert file in result.stderr  # reported on the console too
    assert docs.loc["huge.txt", "status"] == "ok" and "over the cap" in docs.loc["huge.txt", "message"]
    assert "UTF-16" in docs.loc["good_utf16.txt", "message"]
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str, keep_default_na=False)
    for doc in ("good_a", "good_utf16", "good_cp1252", "good_page", "feed-ok"):
        assert set(events[events["doc"] == doc]["type"]) >= {"ARREST", "PURGE"}, doc
    assert {"Késtrel", "Tomás"} & set(" ".join(events["sentence"]).split()) or \
        any("Tomás" in p for p in events["person"])


def test_near_duplicate_wire_copies_are_marked_and_counted_once(tmp_path, nlp):
    src = tmp_path / "inbox"
    src.mkdir()
    body = STORY + "\nThe deputy mayor's office said she had done nothing wrong and would fight the case in court.\n"
    (src / "a_wire.txt").write_text(body, encoding="utf-8")
    (src / "b_copy.txt").write_text("Republished from Tideline Wire.\n\n" + body.replace("police said", "police said on Tuesday"),
                                    encoding="utf-8")
    (src / "c_exact.txt").write_text(body, encoding="utf-8")
    Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run([src])  # in process
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False).set_index("doc")
    assert docs.loc["b_copy", "duplicate_of"] == "a_wire" and docs.loc["b_copy", "status"] == "ok"
    assert docs.loc["c_exact", "duplicate_of"] == "a_wire" and docs.loc["c_exact", "status"] == "skipped"
    assert "same text as a_wire" in docs.loc["c_exact", "message"]
    fates = pd.read_csv(tmp_path / "out" / "fates.csv", dtype=str, keep_default_na=False).set_index("person")
    # two articles, one story, one source: not "consistent" across independent sources
    assert fates.loc["Marta Oliveira", "agreement"] == "single-source"


# -- spreadsheet formulas ------------------------------------------------------------------

def test_formula_text_never_reaches_a_spreadsheet_as_a_formula(tmp_path, nlp):
    src = tmp_path / "inbox"
    src.mkdir()
    text = ('=HYPERLINK("http://evil.example","click") Marta Oliveira was arrested on Monday, police said.\n\n'
            "+cmd|' /C calc'!A0 Tomas Varga was dismissed in March 2022, the ministry said.\n\n"
            "@SUM(A1:A9) Ilse Brandt defected to Marrowby in May 2021, officials said.\n\n"
            "-2+3 Pavel Morkel was appointed governor in June 2020, the agency said.\n")
    (src / "feed.jsonl").write_text(json.dumps({"id": "x1", "text": text, "outlet": "=cmd()", "url": "@evil",
                                                "title": "+title"}) + "\n", encoding="utf-8")
    Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run([src])  # in process
    seen_formula_text = False
    for table in TABLES:
        with (tmp_path / "out" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (table, cell)
                    seen_formula_text |= cell.startswith(("'=", "'+", "'@", "'-"))
    assert seen_formula_text  # the text is there, shown as text
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str, keep_default_na=False)
    assert {"ARREST", "PURGE", "DEFECT", "APPOINT"} <= set(events["type"])


@pytest.mark.parametrize("args, code", [(["nowhere/*.txt"], 2)])
def test_missing_source_is_a_usage_error(tmp_path, args, code, nlp, monkeypatch):
    result = ingest_here(monkeypatch, nlp, *args, "--db", tmp_path / "s.db", "--out", tmp_path / "out")
    assert result.exit_code == code
    assert "no such file" in result.stderr


def test_a_run_killed_while_exporting_is_exported_by_the_next(corpus_store, tmp_path):
    """The store remembers whether the files show it; half-written exports are redone."""
    from pipeline.output.store import Store

    db, out = copy_store(corpus_store, tmp_path)
    files = snapshot(out)
    with Store(db) as store:  # as if a batch had been committed and the export never ran
        with store.transaction():
            store.mark_changed()
    (out / "people.csv").write_text("stale\n", encoding="utf-8")
    again = run_ingest([CORPUS], IngestOptions(db=db, out=out))  # nothing new: no model is loaded
    assert again.n_new_documents == 0 and again.exported
    assert snapshot(out) == files
    with Store(db) as store:
        assert store.exports_current()


@pytest.mark.parametrize("gone", ["report.html", "events.xlsx"])
def test_ingest_writes_the_workbook_and_report_and_writes_them_again_when_deleted(corpus_store, tmp_path, gone):
    db, out = copy_store(corpus_store, tmp_path)
    assert "Ri Yong Ho" in (out / "report.html").read_text(encoding="utf-8")
    assert (out / "events.xlsx").read_bytes()[:2] == b"PK"  # a zip: the xlsx container
    (out / gone).unlink()
    summary = run_ingest([CORPUS], IngestOptions(db=db, out=out))
    assert summary.exported and (out / gone).exists()
    # without the report asked for, its absence is no reason to export
    (out / "report.html").unlink(missing_ok=True)
    quiet = run_ingest([CORPUS], IngestOptions(db=db, out=out, report=False))
    assert not quiet.exported and not (out / "report.html").exists()
