"""Tests for pipeline.evaluate on small hand-made gold sets (invented people)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import Gold, format_report, load_gold, normalise_name, score

PEOPLE = [
    {"person": "Anna Berg", "aliases": ["Anna-Berg", "Minister Anna Berg"]},
    {"person": "Tomas Vell", "aliases": ["Tomas Vell-Ard"]},
    {"person": "Lio Park", "aliases": []},
    {"person": "Mira Sund", "aliases": ["M. Sund"]},
]

COLUMNS = ["doc", "type", "person", "date", "source", "hedged", "negated"]


def ev(doc, type_, person, date=None, source=None, hedged=False, negated=False, **extra):
    """One gold event line."""
    row = {"doc": doc, "type": type_, "person": person, "date": date, "place": None,
           "source": source, "hedged": hedged, "negated": negated, "charge": None}
    row.update(extra)
    return row


def write_gold(root: Path, events, conflicts=None, docs=("d1", "d2"), people=PEOPLE) -> Gold:
    """Write a gold folder and load it back through load_gold."""
    root.mkdir(parents=True, exist_ok=True)

    def dump(name, rows):
        with (root / name).open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")

    dump("docs.jsonl", [{"doc": d, "file": f"{d}.txt", "published": "2020-01-01",
                         "outlet": None} for d in docs])
    dump("events.jsonl", events)
    dump("people.jsonl", people)
    if conflicts is not None:
        dump("conflicts.jsonl", [{"person": p, "types": ["EXECUTE"], "why": "x"}
                                 for p in conflicts])
    return load_gold(root)


def preds(*rows) -> pd.DataFrame:
    """Prediction table with the events.csv columns, rows as tuples in COLUMNS order."""
    return pd.DataFrame([dict(zip(COLUMNS, r)) for r in rows], columns=COLUMNS)


NO_CONFLICTS = pd.DataFrame(columns=["person"])

BASE = [
    ev("d1", "EXECUTE", "Anna Berg", "2019-02", source="Tomas Vell"),
    ev("d1", "ARREST", "Anna Berg", "2018"),
    ev("d2", "DEFECT", "Lio Park", "2020-05-03"),
    ev("d2", "PURGE", "Mira Sund", None, source="a state newspaper", hedged=True),
]


def base_preds():
    return preds(
        ("d1", "EXECUTE", "Anna Berg", "2019-02", "Tomas Vell", False, False),
        ("d1", "ARREST", "Anna Berg", "2018", None, False, False),
        ("d2", "DEFECT", "Lio Park", "2020-05-03", None, False, False),
        ("d2", "PURGE", "Mira Sund", None, "a state newspaper", True, False),
    )


def test_normalise_name():
    assert normalise_name("  Anna-Berg ") == "annaberg"
    assert normalise_name("TOMAS   Vell\tArd") == "tomas vell ard"
    assert normalise_name(None) == ""
    assert normalise_name(float("nan")) == ""


def test_load_gold_without_conflicts(tmp_path):
    gold = write_gold(tmp_path / "g", BASE)
    assert (len(gold.docs), len(gold.events), len(gold.people), len(gold.conflicts)) == (2, 4, 4, 0)


def test_perfect_prediction(tmp_path):
    gold = write_gold(tmp_path / "g", BASE, conflicts=[])
    r = score(base_preds(), NO_CONFLICTS, gold)
    assert r["events"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 4, "fp": 0, "fn": 0}
    assert set(r["per_type"]) == {"EXECUTE", "ARREST", "DEFECT", "PURGE"}
    assert r["per_type"]["EXECUTE"]["tp"] == 1
    for attr in ("date", "source", "hedged", "negated"):
        assert r["attributes"][attr] == {"accuracy": 1.0, "n": 4}
    assert r["errors"] == {"false_positives": [], "false_negatives": [],
                           "attribute_mismatches": []}
    json.dumps(r)  # must be JSON-serialisable


def test_missing_event_lowers_recall(tmp_path):
    gold = write_gold(tmp_path / "g", BASE)
    r = score(base_preds().iloc[1:], NO_CONFLICTS, gold)
    assert r["events"]["tp"] == 3 and r["events"]["fp"] == 0 and r["events"]["fn"] == 1
    assert r["events"]["precision"] == 1.0
    assert r["events"]["recall"] == pytest.approx(0.75)
    assert r["events"]["f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert r["per_type"]["EXECUTE"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                        "tp": 0, "fp": 0, "fn": 1}
    assert r["errors"]["false_negatives"] == [{"doc": "d1", "type": "EXECUTE",
                                               "person": "Anna Berg", "date": "2019-02",
                                               "source": "Tomas Vell"}]


def test_spurious_event_lowers_precision(tmp_path):
    gold = write_gold(tmp_path / "g", BASE)
    extra = preds(("d1", "KILL", "Lio Park", "2017", None, False, False))
    r = score(pd.concat([base_preds(), extra], ignore_index=True), NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (4, 1, 0)
    assert r["events"]["precision"] == pytest.approx(0.8)
    assert r["events"]["recall"] == 1.0
    assert r["per_type"]["KILL"]["fp"] == 1 and r["per_type"]["KILL"]["precision"] == 0.0
    assert len(r["errors"]["false_positives"]) == 1
    assert r["errors"]["false_positives"][0]["person"] == "Lio Park"


def test_docs_not_in_gold_are_ignored(tmp_path):
    gold = write_gold(tmp_path / "g", BASE)
    extra = preds(("other-doc", "KILL", "Lio Park", "2017", None, False, False))
    r = score(pd.concat([base_preds(), extra], ignore_index=True), NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (4, 0, 0)
    assert "KILL" not in r["per_type"]


def test_alias_resolution_of_person_and_source(tmp_path):
    gold = write_gold(tmp_path / "g", [ev("d1", "EXECUTE", "Anna Berg", "2019-02",
                                          source="Tomas Vell")])
    p = preds(("d1", "EXECUTE", "Minister Anna Berg", "2019-02", "Tomas Vell-Ard", False, False))
    r = score(p, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (1, 0, 0)
    assert r["attributes"]["source"] == {"accuracy": 1.0, "n": 1}


def test_hyphen_and_case_normalisation(tmp_path):
    gold = write_gold(tmp_path / "g", [ev("d1", "ARREST", "Anna Berg", "2018",
                                          source="A State Newspaper")])
    # "ANNA-BERG" normalises to the alias "Anna-Berg"; org source compared normalised.
    p = preds(("d1", "ARREST", "ANNA-BERG", "2018", "a  state newspaper ", False, False))
    r = score(p, NO_CONFLICTS, gold)
    assert r["events"]["tp"] == 1 and r["events"]["fp"] == 0
    assert r["attributes"]["source"]["accuracy"] == 1.0
    # An unknown spelling does not resolve.
    r2 = score(preds(("d1", "ARREST", "Ana Berg", "2018", None, False, False)), NO_CONFLICTS, gold)
    assert (r2["events"]["tp"], r2["events"]["fp"], r2["events"]["fn"]) == (0, 1, 1)


def test_collapse_less_precise_date_into_more_precise(tmp_path):
    gold = write_gold(tmp_path / "g", [ev("d1", "EXECUTE", "Anna Berg", "2019-02")])
    p = preds(
        ("d1", "EXECUTE", "Anna Berg", "2019", None, True, False),
        ("d1", "EXECUTE", "Anna-Berg", "2019-02", None, False, False),
        ("d1", "EXECUTE", "Anna Berg", None, None, True, False),
    )
    r = score(p, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (1, 0, 0)
    # The more precise row's attributes are kept (hedged=False).
    assert r["attributes"]["hedged"] == {"accuracy": 1.0, "n": 1}
    assert r["attributes"]["date"] == {"accuracy": 1.0, "n": 1}


def test_identical_keys_keep_first_row(tmp_path):
    gold = write_gold(tmp_path / "g", [ev("d1", "ARREST", "Lio Park", "2018")])
    p = preds(
        ("d1", "ARREST", "Lio Park", "2018", None, True, False),
        ("d1", "ARREST", "lio park", "2018", None, False, False),
    )
    r = score(p, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"]) == (1, 0)
    assert r["attributes"]["hedged"] == {"accuracy": 0.0, "n": 1}


def test_claim_and_denial_stay_two_rows(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "ARREST", "Lio Park", "2018-05", source="Tomas Vell"),
        ev("d1", "ARREST", "Lio Park", "2018-05", source="Mira Sund", negated=True),
    ])
    both = preds(
        ("d1", "ARREST", "Lio Park", "2018-05", "Mira Sund", False, True),
        ("d1", "ARREST", "Lio Park", "2018-05", "Tomas Vell", False, False),
    )
    r = score(both, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (2, 0, 0)
    # each gold line took the prediction of its own polarity, with its own source
    assert r["attributes"]["negated"] == {"accuracy": 1.0, "n": 2}
    assert r["attributes"]["source"] == {"accuracy": 1.0, "n": 2}
    # the claim alone still matches one line, the denial is missed
    one = score(preds(("d1", "ARREST", "Lio Park", "2018", "Tomas Vell", False, False)), NO_CONFLICTS, gold)
    assert (one["events"]["tp"], one["events"]["fp"], one["events"]["fn"]) == (1, 0, 1)
    assert one["errors"]["false_negatives"][0]["source"] == "Mira Sund"


def test_a_less_precise_denial_does_not_merge_into_the_claim(tmp_path):
    gold = write_gold(tmp_path / "g", [ev("d1", "KILL", "Anna Berg", "2019-02")])
    p = preds(
        ("d1", "KILL", "Anna Berg", "2019-02", None, False, False),
        ("d1", "KILL", "Anna Berg", "2019", "Tomas Vell", False, True),
    )
    r = score(p, NO_CONFLICTS, gold)
    # the denial is a row of its own: with no gold denial it is a false positive
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (1, 1, 0)
    assert r["attributes"]["negated"] == {"accuracy": 1.0, "n": 1}


def test_two_meetings_told_apart_by_date(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "MEET", "Anna Berg", "2018-06"),
        ev("d1", "MEET", "Anna Berg", "2019-02"),
    ])
    both = preds(
        ("d1", "MEET", "Anna Berg", "2019-02-27", None, False, False),
        ("d1", "MEET", "Anna Berg", "2018-06", None, False, False),
    )
    r = score(both, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (2, 0, 0)
    assert r["attributes"]["date"] == {"accuracy": 1.0, "n": 2}

    wrong = preds(
        ("d1", "MEET", "Anna Berg", "2018-06", None, False, False),
        ("d1", "MEET", "Anna Berg", "2020-01", None, False, False),
    )
    r = score(wrong, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (1, 1, 1)
    assert r["errors"]["false_negatives"][0]["date"] == "2019-02"


def test_matching_prefers_exact_date(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "APPOINT", "Mira Sund", "2019"),
        ev("d1", "APPOINT", "Mira Sund", "2019-03"),
    ])
    # "2019-03" is compatible with both gold dates; it must take the exact one.
    r = score(preds(("d1", "APPOINT", "Mira Sund", "2019-03", None, False, False)),
              NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fn"]) == (1, 1)
    assert r["errors"]["false_negatives"][0]["date"] == "2019"


def test_optional_gold_neither_rewarded_nor_punished(tmp_path):
    events = BASE + [ev("d2", "ELECT", "Lio Park", "2021", optional=True)]
    gold = write_gold(tmp_path / "g", events)
    without = score(base_preds(), NO_CONFLICTS, gold)
    assert (without["events"]["tp"], without["events"]["fp"], without["events"]["fn"]) == (4, 0, 0)
    with_opt = score(pd.concat([base_preds(), preds(
        ("d2", "ELECT", "Lio Park", "2021-04", None, False, False))], ignore_index=True),
        NO_CONFLICTS, gold)
    assert (with_opt["events"]["tp"], with_opt["events"]["fp"], with_opt["events"]["fn"]) == (4, 0, 0)
    assert with_opt["attributes"]["date"]["n"] == 4
    assert with_opt["per_type"]["ELECT"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                             "tp": 0, "fp": 0, "fn": 0}
    # A contradicting date does not hit the optional event: a false positive.
    other = score(pd.concat([base_preds(), preds(
        ("d2", "ELECT", "Lio Park", "2022", None, False, False))], ignore_index=True),
        NO_CONFLICTS, gold)
    assert (other["events"]["tp"], other["events"]["fp"]) == (4, 1)


def test_non_optional_gold_is_matched_before_optional(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "PURGE", "Tomas Vell", "2020-05", optional=True),
        ev("d1", "PURGE", "Tomas Vell", "2020"),
    ])
    r = score(preds(("d1", "PURGE", "Tomas Vell", "2020-05", None, False, False)),
              NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (1, 0, 0)


def test_date_accuracy(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "EXECUTE", "Anna Berg", "2019-02"),   # pred more precise: correct
        ev("d1", "ARREST", "Anna Berg", "2019-02"),    # pred less precise: wrong
        ev("d1", "DEFECT", "Lio Park", "2020-05"),     # pred empty: wrong
        ev("d2", "PURGE", "Mira Sund", None),          # pred given, gold empty: wrong
        ev("d2", "DIE", "Tomas Vell", None),           # both empty: correct
    ])
    p = preds(
        ("d1", "EXECUTE", "Anna Berg", "2019-02-14", None, False, False),
        ("d1", "ARREST", "Anna Berg", "2019", None, False, False),
        ("d1", "DEFECT", "Lio Park", None, None, False, False),
        ("d2", "PURGE", "Mira Sund", "2021", None, False, False),
        ("d2", "DIE", "Tomas Vell", "", None, False, False),
    )
    r = score(p, NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (5, 0, 0)
    assert r["attributes"]["date"]["n"] == 5
    assert r["attributes"]["date"]["accuracy"] == pytest.approx(2 / 5)
    wrong = {(m["type"], m["gold"], m["predicted"])
             for m in r["errors"]["attribute_mismatches"] if m["field"] == "date"}
    assert wrong == {("ARREST", "2019-02", "2019"), ("DEFECT", "2020-05", None),
                     ("PURGE", None, "2021")}


def test_source_hedged_negated_accuracy(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "EXECUTE", "Anna Berg", "2019", source="Tomas Vell", hedged=True),
        ev("d1", "ARREST", "Lio Park", "2018", source=None, negated=True),
        ev("d2", "PURGE", "Mira Sund", "2017", source="a state newspaper"),
        ev("d2", "DEFECT", "Tomas Vell", "2016"),
    ])
    p = preds(
        ("d1", "EXECUTE", "Anna Berg", "2019", "Tomas Vell-Ard", True, False),  # all right
        ("d1", "ARREST", "Lio Park", "2018", "Mira Sund", False, True),      # source wrong
        ("d2", "PURGE", "Mira Sund", "2017", None, True, True),             # source, hedged, negated wrong
        ("d2", "DEFECT", "Tomas Vell", "2016", None, False, False),         # all right
    )
    r = score(p, NO_CONFLICTS, gold)
    assert r["events"]["tp"] == 4
    assert r["attributes"]["source"] == {"accuracy": 0.5, "n": 4}
    assert r["attributes"]["hedged"] == {"accuracy": 0.75, "n": 4}
    assert r["attributes"]["negated"] == {"accuracy": 0.75, "n": 4}
    assert len(r["errors"]["attribute_mismatches"]) == 4


def test_string_booleans_accepted(tmp_path):
    gold = write_gold(tmp_path / "g", [
        ev("d1", "EXECUTE", "Anna Berg", "2019", hedged=True, negated=False),
        ev("d1", "ARREST", "Lio Park", "2018", hedged=False, negated=True),
    ])
    p = preds(
        ("d1", "EXECUTE", "Anna Berg", "2019", None, "true", "false"),
        ("d1", "ARREST", "Lio Park", "2018", None, "FALSE", "True"),
    )
    r = score(p, NO_CONFLICTS, gold)
    assert r["attributes"]["hedged"] == {"accuracy": 1.0, "n": 2}
    assert r["attributes"]["negated"] == {"accuracy": 1.0, "n": 2}


def test_csv_round_trip(tmp_path):
    """Dates read back as numbers and empty cells as NaN are still understood."""
    gold = write_gold(tmp_path / "g", [
        ev("d1", "APPOINT", "Anna Berg", "2019"),
        ev("d1", "DIE", "Lio Park", None),
    ])
    path = tmp_path / "events.csv"
    path.write_text("event_id,doc,type,person,date,source,hedged,negated\n"
                    "e1,d1,APPOINT,Anna Berg,2019,,false,false\n"
                    "e2,d1,DIE,Lio Park,,,false,false\n", encoding="utf-8")
    r = score(pd.read_csv(path), NO_CONFLICTS, gold)
    assert (r["events"]["tp"], r["events"]["fp"], r["events"]["fn"]) == (2, 0, 0)
    assert r["attributes"]["date"] == {"accuracy": 1.0, "n": 2}
    assert r["attributes"]["source"] == {"accuracy": 1.0, "n": 2}


def test_conflicts_precision_recall(tmp_path):
    gold = write_gold(tmp_path / "g", BASE, conflicts=["Anna Berg", "Lio Park"])
    predicted = pd.DataFrame({"person": ["Anna-Berg", "Mira Sund", "anna berg"],
                              "types": ["EXECUTE", "PURGE", "EXECUTE"]})
    c = score(base_preds(), predicted, gold)["conflicts"]
    assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 1)
    assert c["precision"] == 0.5 and c["recall"] == 0.5 and c["f1"] == 0.5


def test_conflicts_none_on_either_side(tmp_path):
    gold = write_gold(tmp_path / "g", BASE)  # no conflicts.jsonl at all
    c = score(base_preds(), NO_CONFLICTS, gold)["conflicts"]
    assert c["precision"] is None and c["recall"] is None and c["f1"] is None
    assert (c["tp"], c["fp"], c["fn"]) == (0, 0, 0)
    assert "note" in c
    c2 = score(base_preds(), pd.DataFrame({"person": ["Lio Park"]}), gold)["conflicts"]
    assert (c2["precision"], c2["recall"], c2["fp"]) == (0.0, 0.0, 1)


def test_empty_predictions(tmp_path):
    gold = write_gold(tmp_path / "g", BASE)
    r = score(pd.DataFrame(), pd.DataFrame(), gold)
    assert r["events"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 4}
    assert r["attributes"]["date"] == {"accuracy": 0.0, "n": 0}


def test_format_report_contains_numbers(tmp_path):
    gold = write_gold(tmp_path / "g", BASE, conflicts=["Anna Berg"])
    r = score(base_preds().iloc[1:], pd.DataFrame({"person": ["Anna Berg"]}), gold)
    text = format_report(r)
    assert "P=1.000  R=0.750  F1=0.857  (tp=3 fp=0 fn=1)" in text
    assert "EXECUTE     0.000  0.000  0.000    0    0    1" in text
    assert "DEFECT      1.000  1.000  1.000    1    0    0" in text
    assert "date     accuracy=1.000  (n=3)" in text
    assert "Conflicts  P=1.000  R=1.000  F1=1.000  (tp=1 fp=0 fn=0)" in text
    none = format_report(score(base_preds(), NO_CONFLICTS, write_gold(tmp_path / "h", BASE)))
    assert "n/a" in none and "no gold conflicts" in none


@pytest.mark.parametrize("gold_source,predicted,same", [
    ("the Harbour Ministry", "Harbour Ministry", True),          # a leading "the"
    ("Harbour Ministry", "the Harbour Ministry", True),
    ("the Lakeland Workers' Front (LWF)", "LWF", True),         # by its acronym
    ("Lakeland Broadcasting (LBC)", "Lakeland Broadcasting", True),
    ("the Lakeland Workers' Front (LWF)", "the Lakeland Farmers' Front", False),
    ("Harbour Ministry", "Harbour Ministry spokesman", False),
    ("LWF", None, False),
])
def test_a_source_is_the_same_body_however_written(tmp_path, gold_source, predicted, same):
    gold = write_gold(tmp_path / "g", [ev("d1", "ARREST", "Anna Berg", "2018", source=gold_source)])
    r = score(preds(("d1", "ARREST", "Anna Berg", "2018", predicted, False, False)), NO_CONFLICTS, gold)
    assert r["events"]["tp"] == 1
    assert r["attributes"]["source"]["accuracy"] == (1.0 if same else 0.0)
