"""Dates from the sentences around an event that tell more of the same happening."""

from __future__ import annotations

import pytest


def arrests(events):
    return sorted((e.date, e.source) for e in events if e.type == "ARREST")


def test_a_neighbouring_sentence_about_the_same_happening_dates_it(events_of):
    text = ("Omar Haddad has been detained near the border, a local channel said. "
            "Officers stopped him on Saturday at a checkpoint outside Orvik, the channel added.")
    assert [d for d, _ in arrests(events_of(text, published="2024-02-12"))] == ["2024-02-10"]


def test_a_neighbouring_sentence_about_something_else_does_not(events_of):
    # the twin: the same shape, but the stopping is of a bus, not of him
    text = ("Omar Haddad has been detained near the border, a local channel said. "
            "Officers stopped a bus on Saturday at a checkpoint outside Orvik, the channel added.")
    assert [d for d, _ in arrests(events_of(text, published="2024-02-12"))] == [""]


def test_another_dated_account_keeps_the_vague_one_undated(events_of):
    # the dated account is the same happening told by someone else: the vague one is not
    # given a date of its own (it would be a second row for one arrest)
    text = ("Omar Haddad has been detained, his party said. He was seized from his flat late on Thursday, "
            "his wife, Lina Haddad, told journalists.")
    got = arrests(events_of(text, published="2024-03-17"))
    assert ("2024-03-14", "Lina Haddad") in got
    assert all(d in {"", "2024-03-14"} for d, _ in got)


def test_not_seen_since_counts_from_the_last_dated_thing_told_of_that_person(events_of):
    text = ("Tomas Varga was removed as governor on January 17. He had run the province since June 2016 "
            "and has not been seen since.")
    got = {(e.type, e.date) for e in events_of(text, published="2025-02-10") if e.person == "Tomas Varga"}
    assert ("DISAPPEAR", "2025-01-17") in got


def test_not_seen_since_with_nothing_told_before_stays_undated(events_of):
    text = "Tomas Varga has not been seen since. He was dismissed as governor on January 17."
    got = {(e.type, e.date) for e in events_of(text, published="2025-02-10") if e.person == "Tomas Varga"}
    assert ("DISAPPEAR", "") in got and ("PURGE", "2025-01-17") in got


def test_a_denial_carries_the_date_a_neighbouring_sentence_gives_the_claim(events_of):
    text = ("Tomas Varga was detained near the border, a local channel said. "
            "The channel said officers stopped him on Saturday at a checkpoint. "
            "Varga led the national police for six years. His party has called for calm. "
            "His lawyer has not commented. The ministry denied that Varga had been detained.")
    got = {(e.date, e.negated) for e in events_of(text, published="2024-02-12")
           if e.type == "ARREST" and e.person == "Tomas Varga"}
    assert got == {("2024-02-10", False), ("2024-02-10", True)}


def dated(events, kind):
    return sorted(e.date for e in events if e.type == kind)


HAPPENING_NAMED = [
    # (text, type, date): a definite noun of the event's type names the happening again
    ("Tomas Varga, a former port director, was jailed for nine years. The sentence was passed on "
     "Tuesday by a regional court.", "IMPRISON", "2023-05-09"),
    ("Tomas Varga was detained, his lawyer said. The arrest took place on Saturday at his flat.",
     "ARREST", "2023-05-06"),
    ("Tomas Varga was detained, his lawyer said. His arrest came on Saturday after a search.",
     "ARREST", "2023-05-06"),
    ("Tomas Varga was detained, his lawyer said. Varga's arrest came on Saturday after a search.",
     "ARREST", "2023-05-06"),
]


@pytest.mark.parametrize("text, kind, date", HAPPENING_NAMED)
def test_a_definite_noun_naming_the_happening_dates_it(events_of, text, kind, date):
    assert dated(events_of(text, published="2023-05-10"), kind) == [date]


HAPPENING_NOT_TOLD = [
    # the same shapes, where the dated verb does not tell the happening itself
    "Tomas Varga died in custody, his family said. His death was announced on Friday.",  # its report
    "Tomas Varga was detained, his lawyer said. The arrest will be reviewed on Friday.",  # a plan
    "Tomas Varga was detained, his lawyer said. An arrest took place on Saturday in the port.",  # not definite
    "Tomas Varga was detained, his lawyer said. The bus left on Saturday from the port.",  # not the happening
    "Tomas Varga was detained, his lawyer said. Relatives protested the arrest on Saturday.",  # not its subject
]


@pytest.mark.parametrize("text", HAPPENING_NOT_TOLD)
def test_a_verb_that_does_not_tell_the_named_happening_gives_no_date(events_of, text):
    kind = "DIE" if "died" in text else "ARREST"
    assert dated(events_of(text, published="2023-05-10"), kind) == [""]


def test_someone_elses_arrest_does_not_date_his(events_of):
    text = "Tomas Varga was detained, his lawyer said. Lena Obi's arrest took place on Saturday."
    got = {(e.person, e.date) for e in events_of(text, published="2023-05-10") if e.type == "ARREST"}
    assert ("Tomas Varga", "") in got and ("Lena Obi", "2023-05-06") in got
