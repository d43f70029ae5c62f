"""The scheduled job's bookkeeping pinned in process (issue 10): the counts and messages a
scheduler's log and run.json carry, the parquet copies, the run lock's message. Fast: the
session's model, small invented inputs, no child processes."""

from __future__ import annotations

import fcntl
import json
import logging
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.jobs.ingest import Ingest, IngestOptions, write_parquet
from pipeline.jobs.lock import Locked, RunLock

STORY = "Police arrested the harbour inspector Tomas Varga in Kestrel Bay on Monday, the ministry said.\n"


def test_run_json_counts_every_input_offered_and_the_rejected_among_them(inbox, tmp_path, nlp):
    out = tmp_path / "out"
    summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=out), nlp=nlp).run([inbox])
    assert (summary.n_inputs, summary.n_new_documents, summary.n_rejected) == (3, 2, 1)
    written = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert (written["n_inputs"], written["n_rejected"]) == (3, 1)


def test_run_json_and_the_store_name_the_pipeline_version_that_made_the_run(inbox, tmp_path, nlp):
    """Which release of the pipeline wrote a run: in run.json and in the store's runs table."""
    import sqlite3

    from pipeline.jobs.ingest import pipeline_version

    out, db = tmp_path / "out", tmp_path / "s.db"
    Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([inbox])
    assert pipeline_version()  # the installed package's version, or "0+unknown"
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["pipeline_version"] == pipeline_version()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT pipeline_version FROM runs").fetchall() == [(pipeline_version(),)]


def test_run_json_is_indented_for_the_person_who_opens_it(inbox, tmp_path, nlp):
    out = tmp_path / "out"
    Ingest(IngestOptions(db=tmp_path / "s.db", out=out), nlp=nlp).run([inbox])
    lines = (out / "run.json").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "{" and lines[1].startswith('  "run_id": ') and lines[-1] == "}"


def test_a_rejected_input_is_logged_with_its_file_status_and_reason(inbox, tmp_path, nlp, caplog):
    with caplog.at_level(logging.WARNING, logger="pipeline.jobs.ingest"):
        summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run([inbox])
    said = [r.getMessage() for r in caplog.records if "c_empty.txt" in r.getMessage()]
    [rejected] = summary.rejected
    assert "empty file" in rejected["message"]
    assert said == [f"c_empty.txt: skipped: {rejected['message']}"]


def test_a_near_copy_is_counted_as_one(tmp_path, nlp):
    src = tmp_path / "inbox"
    src.mkdir()
    body = STORY + "\nThe inspector's office said he had done nothing wrong and would fight the case.\n"
    (src / "a_wire.txt").write_text(body, encoding="utf-8")
    (src / "b_copy.txt").write_text("Republished from a wire service.\n\n" + body, encoding="utf-8")
    summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run([src])
    assert (summary.n_new_documents, summary.n_duplicates) == (2, 1)


def test_reprocessing_re_extracts_the_stored_texts(inbox, tmp_path, nlp):
    import sqlite3

    out, db = tmp_path / "out", tmp_path / "s.db"
    first = Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([inbox])
    events = (out / "events.csv").read_bytes()
    con = sqlite3.connect(db)
    with con:  # what older rules left: no events at all
        con.execute("DELETE FROM events")
    con.close()
    told: list[tuple[int, int]] = []
    again = Ingest(IngestOptions(db=db, out=out, reprocess=True, batch_size=1), progress=lambda *a: told.append(a),
                   nlp=nlp).run([inbox])
    assert first.n_new_events >= 2 and again.n_reprocessed == 2
    assert told[-2:] == [(1, 2), (2, 2)]  # reprocessing reports its batches as it goes
    assert (out / "events.csv").read_bytes() == events  # extracted again from the stored texts


def test_articles_extracted_by_older_rules_are_counted_and_the_user_told_to_reprocess(inbox, tmp_path, nlp, caplog,
                                                                                       monkeypatch):
    import pipeline.jobs.ingest as ingest_module

    db, out = tmp_path / "s.db", tmp_path / "out"
    Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([inbox])
    monkeypatch.setattr(ingest_module, "patterns_version", lambda: "rules-changed")
    with caplog.at_level(logging.WARNING, logger="pipeline.jobs.ingest"):
        again = Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([inbox])
    assert again.n_stale == 2
    assert "2 stored articles were extracted by older rules: run with --reprocess" in [
        r.getMessage() for r in caplog.records]


def test_an_interrupted_run_is_named_in_the_warning(inbox, tmp_path, nlp, caplog):
    from pipeline.output.store import Store

    db = tmp_path / "s.db"
    with Store(db) as store:
        killed = store.start_run("0", "x")
    with caplog.at_level(logging.WARNING, logger="pipeline.jobs.ingest"):
        Ingest(IngestOptions(db=db, out=tmp_path / "out"), nlp=nlp).run([inbox])
    assert f"runs [{killed}] did not finish" in caplog.text


def test_a_changed_rule_file_anywhere_under_models_changes_the_rules_version(tmp_path):
    from pipeline.jobs.ingest import patterns_version

    (tmp_path / "patterns").mkdir()
    rules = tmp_path / "patterns" / "triggers.jsonl"
    rules.write_text('{"id": "a"}\n', encoding="utf-8")
    (tmp_path / "config.cfg").write_text("[base]\n", encoding="utf-8")
    before = patterns_version(tmp_path)
    rules.write_text('{"id": "b"}\n', encoding="utf-8")
    assert patterns_version(tmp_path) != before


@pytest.mark.parametrize("suffix", [".jsonl", ".txt", ".cfg", ".tsv"])
def test_every_kind_of_rule_file_counts_in_the_rules_version(tmp_path, suffix):
    from pipeline.jobs.ingest import patterns_version

    (tmp_path / "notes.md").write_text("a\n", encoding="utf-8")
    rules = tmp_path / f"rules{suffix}"
    rules.write_text("a\n", encoding="utf-8")
    before = patterns_version(tmp_path)
    (tmp_path / "notes.md").write_text("b\n", encoding="utf-8")  # not a rule file
    assert patterns_version(tmp_path) == before
    rules.write_text("b\n", encoding="utf-8")
    assert patterns_version(tmp_path) != before


def test_the_config_option_is_the_config_read(inbox, tmp_path):
    job = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out", config=tmp_path / "no_such_config.cfg"))
    with pytest.raises(Exception, match="no_such_config"):
        job.run([inbox])


@pytest.mark.parametrize("processes", [1, 2])
def test_the_model_option_is_the_model_loaded(inbox, tmp_path, processes):
    # no nlp given: the job builds its own, from the model it was told to use, in this process
    # before any worker starts, so an unknown model is named rather than a worker dying of it
    job = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out", model="no_such_model_here",
                               processes=processes))
    with pytest.raises(RuntimeError, match="no_such_model_here"):
        job.run([inbox])


def test_a_pipeline_given_to_the_job_is_the_one_it_uses(inbox, tmp_path, nlp):
    # given one, the job builds none: the model option is not even loaded
    job = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out", model="no_such_model_here"), nlp=nlp)
    assert job.run([inbox]).n_new_documents == 2


def test_parquet_copies_read_back_as_the_tables_without_an_index_column(tmp_path):
    table = pd.DataFrame({"doc": ["d1", "d2", "d3"], "type": ["ARREST", "DIE", "MEET"]}).iloc[[2, 0]]
    written = write_parquet({"events": table, "people": table.head(1)}, tmp_path)
    assert written == [tmp_path / "events.parquet", tmp_path / "people.parquet"]
    back = pd.read_parquet(written[0])
    assert list(back.columns) == ["doc", "type"] and back["doc"].tolist() == ["d3", "d1"]
    assert back.index.tolist() == [0, 1]  # a filtered table's row labels are not data


# -- the run lock's message --------------------------------------------------------------

def held(path: Path, content: bytes) -> int:
    """Another open of the lock file holding it, as a second ingest run would."""
    path.write_bytes(content)
    fd = os.open(path, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


@pytest.mark.parametrize("content, shown", [
    (b"4242\n", "pid 4242"),
    (b"", "pid unknown"),
    (b"\xff\xfe42\n", "pid \ufffd\ufffd42"),  # a damaged lock file still gives a message
])
def test_a_held_lock_names_its_holder(tmp_path, content, shown):
    path = tmp_path / "store.db.lock"
    fd = held(path, content)
    try:
        with pytest.raises(Locked, match=shown), RunLock(path):
            pass
    finally:
        os.close(fd)


def test_a_taken_lock_holds_this_run_s_pid_alone(tmp_path):
    path = tmp_path / "store.db.lock"
    path.write_text("123456789012345\n", encoding="ascii")  # a longer pid left by an old run
    with RunLock(path):
        assert path.read_text(encoding="ascii") == f"{os.getpid()}\n"
    assert path.read_text(encoding="ascii") == ""


def test_a_lock_in_a_folder_not_made_yet_makes_the_folders(tmp_path):
    path = tmp_path / "stores" / "nightly" / "store.db.lock"  # a store path given before its folder exists
    with RunLock(path):
        assert path.read_text(encoding="ascii") == f"{os.getpid()}\n"


def test_one_file_name_in_two_folders_keeps_both_texts_under_two_names(tmp_path, nlp):
    """Two 'story.txt' with different texts: the second is stored under its name plus its hash."""
    import sqlite3

    for folder, person in (("a", "Tomas Varga"), ("b", "Ilse Brandt")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "story.txt").write_text(STORY.replace("Tomas Varga", person), encoding="utf-8")
    summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run(
        [tmp_path / "in" / "a", tmp_path / "in" / "b"])
    assert summary.n_new_documents == 2
    with sqlite3.connect(tmp_path / "s.db") as con:
        docs = sorted(d for (d,) in con.execute("SELECT doc FROM documents"))
    assert docs[0] == "story" and docs[1].startswith("story-") and len(docs[1]) == len("story-") + 8


def test_the_same_text_saved_twice_is_one_article_with_both_files_known(tmp_path, nlp):
    """The same story saved again with other line ends, under the same name: one article, not a
    copy of itself, and both files are known inputs (neither is read as new next time)."""
    import sqlite3

    for folder, text in (("a", STORY), ("b", STORY.replace("\n", "\r\n"))):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "story.txt").write_bytes(text.encode("utf-8"))
    summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run(
        [tmp_path / "in" / "a", tmp_path / "in" / "b"])
    assert (summary.n_new_documents, summary.n_copies) == (1, 0)
    with sqlite3.connect(tmp_path / "s.db") as con:
        assert con.execute("SELECT count(*) FROM inputs").fetchone()[0] == 2


def test_the_elapsed_time_in_the_summary_is_the_runs_own(inbox, tmp_path, nlp):
    """run.json's elapsed_s is this run's wall time, in seconds rounded to hundredths."""
    import time

    start = time.perf_counter()
    summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run([inbox])
    wall = time.perf_counter() - start
    assert 0 < summary.elapsed_s <= round(wall, 2) + 0.01
    assert summary.elapsed_s == round(summary.elapsed_s, 2)


def test_the_run_lock_is_a_plain_file_no_one_can_execute(tmp_path):
    """The lock file holds a process id: data, created without execute permission."""
    lock = tmp_path / "run.lock"
    with RunLock(lock):
        assert lock.read_text(encoding="ascii").strip() == str(os.getpid())
    assert lock.stat().st_mode & 0o111 == 0
