"""Every trigger rule of the frame-by-frame lexicon pass fires on a sentence of its own, and
every guard (type NONE) silences only what it should: its control sentence, a near twin,
still yields the event. Sentences are invented (tests/data/trigger_sentences.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROWS = list(csv.DictReader((Path(__file__).parent / "data" / "trigger_sentences.tsv").open(encoding="utf-8"),
                           delimiter="\t"))
POSITIVE = [r for r in ROWS if r["polarity"] == "pos"]
GUARDS = [r for r in ROWS if r["polarity"] == "neg"]


@pytest.mark.parametrize("row", POSITIVE, ids=[f"{r['rule_id']}:{r['sentence'][:40]}" for r in POSITIVE])
def test_rule_fires(events_of, row):
    got = {(e.type, e.person) for e in events_of(row["sentence"])}
    assert (row["expected_type"], row["expected_person"]) in got


@pytest.mark.parametrize("row", GUARDS, ids=[f"{r['rule_id']}:{r['sentence'][:40]}" for r in GUARDS])
def test_guard_blocks_only_its_construction(events_of, row):
    wanted = (row["expected_type"], row["expected_person"])
    assert wanted not in {(e.type, e.person) for e in events_of(row["sentence"])}
    assert wanted in {(e.type, e.person) for e in events_of(row["control_sentence"])}


def test_word_classes_come_from_their_data_file_and_an_unknown_class_is_named():
    """The open-class word lists rules read (models/lexicon/word_classes.txt), and a clear error for a
    class the file does not have."""
    from pipeline.lexicon import word_class

    assert "languish" in word_class("stative") and "mx" in word_class("honorifics")
    assert "closed-door" in word_class("ignored_qualifiers")  # a hyphenated word stays one entry
    with pytest.raises(KeyError, match="word_classes.txt"):
        word_class("no_such_class")
