"""The analyst's corrections (reviews.csv): read and checked, applied before reconciliation
on every run and ingest, found again when event ids change, reported when they match
nothing, kept in the store. Invented articles, except the shipped corpus run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app, run_corpus
from pipeline.jobs.ingest import IngestOptions
from pipeline.jobs.ingest import ingest as run_ingest
from pipeline.read.reviews import parse_reviews
from pipeline.reconcile.reviews import Anchor, apply_reviews
from pipeline.records import Event

ROOT = Path(__file__).resolve().parent.parent
HEADER = "action,event_id,field,value,person,other_person,note,reviewer,reviewed_at\n"


def write_reviews(path: Path, *rows: str) -> Path:
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def events(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)


def event(**kw) -> Event:
    base = dict(event_id="e1", doc="d1", type="ARREST", person="Pavel Orlov", role="", date="2023-05-05",
                date_start="2023-05-05", date_end="2023-05-05", date_text="May 5", place="", source="police",
                hedged=False, negated=False, charge="", sentence="Pavel Orlov was arrested on May 5, police said.",
                char_start=10, char_end=57, rule_id="arrest.verb")
    base.update(kw)
    return Event(**base)


# -- reading and checking -----------------------------------------------------------------

BAD_ROWS = [
    "banish,e1,,,,,,ana,2026-11-02",                 # 2: unknown action
    "set,e1,colour,red,,,,ana,2026-11-02",           # 3: unknown field
    "set,e1,date,2023-14,,,,ana,2026-11-02",         # 4: a date that is no date
    "set,e1,hedged,maybe,,,,ana,2026-11-02",         # 5: a flag that is no flag
    "set,e1,type,ABDUCT,,,,ana,2026-11-02",          # 6: an unknown event type
    "reject,e2,,,,,,,2026-11-02",                    # 7: no reviewer
    "confirm,e2,,,,,,ana,last week",                 # 8: reviewed_at not a date
    "same_person,,,,Pavel Orlov,,,ana,2026-11-02",   # 9: one name for a pair
]
GOOD_ROWS = [
    "reject,e3,,,,,wrong person,ana,2026-11-02",     # 10
    "set,e4,date,2023-06,,,,ana,2026-11-02",         # 11
    "confirm,e3,,,,,,bo,2026-11-03",                 # 12: contradicts line 10
]


def test_every_bad_row_gets_a_line_numbered_message_and_the_good_ones_stay():
    rows, problems = parse_reviews(HEADER + "\n".join(BAD_ROWS + GOOD_ROWS) + "\n")
    assert [p.line for p in problems] == [2, 3, 4, 5, 6, 7, 8, 9, 12]
    said = {p.line: p.message for p in problems}
    assert "unknown action" in said[2] and "unknown field" in said[3] and "not a date" in said[4]
    assert "true or false" in said[5] and "unknown event type" in said[6] and "reviewer" in said[7]
    assert "reviewed_at" in said[8] and "person and other_person" in said[9] and "contradicts line 10" in said[12]
    assert [(r.line, r.action) for r in rows] == [(10, "reject"), (11, "set")]


def test_a_file_without_an_action_column_is_one_problem():
    rows, problems = parse_reviews("id,what\n1,2\n")
    assert rows == [] and [p.line for p in problems] == [1]


# -- applying -----------------------------------------------------------------------------

def test_a_correction_finds_its_event_by_id_else_by_where_it_was():
    reviews, _ = parse_reviews(HEADER + "reject,old-id,,,,,,ana,2026-11-02\nset,e9,source,the ministry,,,,ana,2026-11-02\n")
    moved = event(event_id="new-id")  # the rules changed: same article, sentence and type, another id
    anchors = {"old-id": Anchor("old-id", "d1", "ARREST", "Pavel Orlov", 10, 57, moved.sentence)}
    out = apply_reviews([moved], reviews, anchors)
    assert [e.review for e in out.events] == ["rejected"] and out.kept == []
    assert [r.event_id for r in out.unmatched] == ["e9"]  # no event and no anchor: reported
    elsewhere = apply_reviews([event(event_id="new-id", char_start=99, char_end=146)], reviews, anchors)
    assert [e.review for e in elsewhere.events] == ["rejected"]  # the sentence moved: found by its words
    gone = apply_reviews([event(event_id="new-id", sentence="Another sentence.")], reviews,
                         {"old-id": Anchor("old-id", "d1", "ARREST", "Pavel Orlov", 0, 5, "Gone.")})
    assert [r.event_id for r in gone.unmatched] == ["old-id", "e9"]


def test_set_carries_the_analysts_values_and_a_date_its_interval():
    reviews, _ = parse_reviews(HEADER + "set,e1,date,2023-06,,,,ana,2026-11-02\nset,e1,hedged,true,,,,ana,2026-11-02\n"
                                        "set,e1,type,IMPRISON,,,,ana,2026-11-02\n")
    (e,) = apply_reviews([event()], reviews).events
    assert (e.type, e.date, e.date_start, e.date_end, e.hedged, e.review) == \
        ("IMPRISON", "2023-06", "2023-06-01", "2023-06-30", True, "corrected")
    assert e.event_id == "e1"  # the id the analyst used keeps naming it


# -- on whole runs ------------------------------------------------------------------------

def test_rejecting_the_newspapers_execution_ends_the_conflict_and_a_date_moves_the_fate(tmp_path):
    out = tmp_path / "out"
    run_corpus([ROOT / "corpus"], out, report=False)
    first = events(out)
    assert "Ri Yong Ho" in set(pd.read_csv(out / "conflicts.csv")["person"])
    execution = first[(first.person == "Ri Yong Ho") & (first.type == "EXECUTE")
                      & first.source.str.contains("Japanese newspaper")]
    jailed = first[(first.person == "Ri Yong Ho") & (first.type == "IMPRISON")]
    assert len(execution) == 1 and len(jailed) >= 1
    rows = [f"reject,{execution.event_id.iloc[0]},,,,,one unsourced report,ana,2026-11-02"]
    rows += [f"set,{eid},date,2020-03,,,,ana,2026-11-02" for eid in jailed.event_id]
    write_reviews(out / "reviews.csv", *rows)
    notes: list[str] = []
    run_corpus([ROOT / "corpus"], out, report=False, notes=notes)
    assert notes == []
    again = events(out)
    row = again[again.event_id == execution.event_id.iloc[0]]
    assert row.review.tolist() == ["rejected"]  # still listed, marked
    assert "Ri Yong Ho" not in set(pd.read_csv(out / "conflicts.csv", dtype=str)["person"])
    fate = pd.read_csv(out / "fates.csv", dtype=str, keep_default_na=False).set_index("person").loc["Ri Yong Ho"]
    assert (fate.status, fate.as_of) == ("imprisoned", "2020-03")
    assert set(again[again.event_id.isin(jailed.event_id)].review) == {"corrected"}


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "index.csv").write_text("file,published\n" + "".join(f"{n}.txt,2023-07-01\n" for n in texts),
                                      encoding="utf-8")
    return folder


PEOPLE = {
    "a": "Tomasz Wrobel, a city councillor, was arrested in Gdansk on May 5, 2023, police said.\n\n"
         "Anna Kovac, a judge, was detained in Split on May 9, 2023, her lawyer said.\n",
    "b": "Tom Wrobelski, a councillor, was sentenced to six years in prison on June 20, 2023.\n\n"
         "Ana Kovac, a former banker, was appointed finance minister on June 2, 2023.\n",
}


def test_people_follow_the_analysts_merges_and_splits(tmp_path):
    corpus = write_articles(tmp_path / "articles", PEOPLE)
    out = tmp_path / "out"
    run_corpus([corpus], out, report=False)
    before = set(pd.read_csv(out / "people.csv", dtype=str)["person"])
    assert {"Tomasz Wrobel", "Tom Wrobelski"} <= before  # the rules keep these apart
    kovac = [p for p in before if p.endswith("Kovac")]
    assert len(kovac) == 1  # and merge these
    write_reviews(out / "reviews.csv", "same_person,,,,Tomasz Wrobel,Tom Wrobelski,one councillor,ana,2026-11-02",
                  "different_people,,,,Anna Kovac,Ana Kovac,a judge and a banker,ana,2026-11-02")
    run_corpus([corpus], out, report=False)
    people = pd.read_csv(out / "people.csv", dtype=str, keep_default_na=False)
    wrobel = people[people.person.str.contains("robel")]
    assert len(wrobel) == 1 and set(wrobel.aliases.iloc[0].split(";")) | {wrobel.person.iloc[0]} >= \
        {"Tomasz Wrobel", "Tom Wrobelski"}
    assert {"Anna Kovac", "Ana Kovac"} <= set(people.person)
    ev = events(out)
    assert set(ev[ev.type == "IMPRISON"].person) == set(wrobel.person)  # the sentence joined his arrest


def test_corrections_survive_new_event_ids_and_a_deleted_sentence_is_reported(tmp_path, monkeypatch):
    corpus = write_articles(tmp_path / "articles", PEOPLE)
    out, db = tmp_path / "out", tmp_path / "store.db"
    options = IngestOptions(db=db, out=out, report=False)
    run_ingest([corpus], options)
    first = events(out)
    judge = first[(first.person == "Anna Kovac") & (first.type == "ARREST")].event_id.iloc[0]
    banker = first[first.type == "APPOINT"].event_id.iloc[0]
    write_reviews(out / "reviews.csv", f"reject,{judge},,,,,not her,ana,2026-11-02",
                  f"set,{banker},place,Zagreb,,,,ana,2026-11-02")
    run_ingest([corpus], options)
    # new rules give every event a new id: re-extracted, the corrections still apply
    import pipeline.extract.events as extraction
    real = extraction.event_id
    monkeypatch.setattr(extraction, "event_id", lambda *parts: "v2-" + real(*parts))
    summary = run_ingest([corpus], IngestOptions(db=db, out=out, report=False, reprocess=True))
    assert summary.review_problems == []
    now = events(out)
    assert not set(now.event_id) & {judge, banker}
    assert now[(now.person == "Anna Kovac") & (now.type == "ARREST")].review.tolist() == ["rejected"]
    assert now[now.type == "APPOINT"][["place", "review"]].values.tolist() == [["Zagreb", "corrected"]]
    # the store keeps every correction applied, with who and when
    log = sqlite3.connect(db).execute("SELECT action, event_id, reviewer, doc FROM reviews ORDER BY action").fetchall()
    assert log == [("reject", judge, "ana", "a"), ("set", banker, "ana", "b")]
    # the judge's sentence is deleted from its article: that correction matches nothing, and says so
    monkeypatch.setattr(extraction, "event_id", real)
    (corpus / "a.txt").write_text(PEOPLE["a"].split("\n\n")[0] + "\n", encoding="utf-8")
    notes: list[str] = []
    run_corpus([corpus], tmp_path / "run-out", report=False, reviews=out / "reviews.csv", notes=notes)
    assert len(notes) == 1 and "line 2" in notes[0] and judge in notes[0] and "matches no event" in notes[0]


def test_a_bad_corrections_file_stops_nothing_and_loses_nothing(tmp_path):
    corpus = write_articles(tmp_path / "articles", PEOPLE)
    out, db = tmp_path / "out", tmp_path / "store.db"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--out", str(out), "--no-report"])
    assert first.exit_code == 0, first.output
    ids = events(out)
    judge = ids[(ids.person == "Anna Kovac") & (ids.type == "ARREST")].event_id.iloc[0]
    rows = [r.replace("e1", judge).replace("e2", judge) for r in BAD_ROWS] + [f"reject,{judge},,,,,not her,ana,2026-11-02"]
    write_reviews(out / "reviews.csv", *rows)
    second = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--out", str(out), "--no-report"])
    assert second.exit_code == 0, second.output
    messages = [line for line in second.output.splitlines() if line.startswith("review:")]
    assert [m.split(": line ")[1].split(":")[0] for m in messages] == [str(n) for n in range(2, 10)]
    after = events(out)
    assert len(after) == len(ids) and after[after.event_id == judge].review.tolist() == ["rejected"]
    reported = json.loads((out / "run.json").read_text())
    assert len(reported["review_problems"]) == 8 and reported["n_reviews_applied"] == 1
    check = runner.invoke(app, ["review", "check", str(out / "reviews.csv"), "--out", str(out)])
    assert check.exit_code == 1 and check.output.count(f"{out / 'reviews.csv'}:") == 8
    stats = runner.invoke(app, ["review", "stats", "--out", str(out)])
    assert stats.exit_code == 0 and "1 rejected" in stats.output and "arrest" in stats.output
