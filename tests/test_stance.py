"""Hedges and conditionals: each rule shown on a sentence it changes, next to a near-identical
sentence that does extract, so that a missing event cannot pass a negative check."""

from __future__ import annotations


def rows(events, type_: str):
    return [(e.person, e.date, e.source, e.hedged) for e in events if e.type == type_]


def test_a_belief_verb_hedges_what_its_source_believes(events_of):
    believes = rows(events_of("The agency believes Ada Quist was executed in 2019."), "EXECUTE")
    said = rows(events_of("The agency said Ada Quist was executed in 2019."), "EXECUTE")
    assert believes == [("Ada Quist", "2019", "The agency", True)]
    assert said == [("Ada Quist", "2019", "The agency", False)]  # attribution alone is no hedge
    for verb in ("assesses", "estimates"):
        got = rows(events_of(f"The agency {verb} that Ada Quist was executed in 2019."), "EXECUTE")
        assert got == [("Ada Quist", "2019", "The agency", True)], verb


def test_an_if_clause_is_no_event_but_the_same_words_stated_are(events_of):
    assert rows(events_of("If Ada Quist was arrested in May, officials have not confirmed it."), "ARREST") == []
    assert rows(events_of("Ada Quist was arrested in May, officials have confirmed."), "ARREST") \
        == [("Ada Quist", "2022-05", "officials", False)]


def test_an_unless_clause_is_no_event(events_of):
    assert rows(events_of("Unless Ada Quist was detained last week, she will speak at the rally."), "ARREST") == []
    assert rows(events_of("Ada Quist was detained last week, she said at the rally."), "ARREST") != []


def test_nobody_as_the_doer_denies_the_happening(events_of):
    def rows_of(text):
        return [(e.type, e.negated) for e in events_of(text) if e.person == "Tomas Varga"]
    assert rows_of('"No state agency has detained Tomas Varga," the spokesman said.') == [("ARREST", True)]
    assert rows_of("Nobody killed Tomas Varga, the ministry said.") == [("KILL", True)]
    # a doer, and a "no" elsewhere in the sentence, deny nothing
    assert rows_of('"The state agency has detained Tomas Varga," the spokesman said.') == [("ARREST", False)]
    assert rows_of("Police arrested Tomas Varga with no warrant.") == [("ARREST", False)]
