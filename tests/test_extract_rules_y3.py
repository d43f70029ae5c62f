"""Headline and caption passives with their auxiliary dropped ("X sacked as minister", "X detained,
lawyer says"), which the parser reads as an active past with the person for its subject."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk sacked as defence minister", [("PURGE", "Tomas Welk", "")]),
    ("Former minister Ana Pereira jailed for 10 years over bribery", [("IMPRISON", "Ana Pereira", "")]),
    ("Tomas Welk jailed in May", [("IMPRISON", "Tomas Welk", "2024-05")]),
    ("Ana Pereira executed in March", [("EXECUTE", "Ana Pereira", "2024-03")]),
    ("Tomas Welk dismissed last year", [("PURGE", "Tomas Welk", "2023")]),
    ("Ana Pereira appointed in March", [("APPOINT", "Ana Pereira", "2024-03")]),
    ("Tomas Welk fired by club", [("PURGE", "Tomas Welk", "")]),
])
def test_a_bare_participle_heading_its_sentence_tells_what_its_subject_underwent(text, expected):
    """'X sacked as minister', 'X jailed in May': the participle without "was", read as an active
    past with X for subject, is a headline's passive; X underwent it, dated by its own clause."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk detained over protests, lawyer says", [("ARREST", "Tomas Welk", "lawyer", False)]),
    ("Ana Pereira executed, state media report", [("EXECUTE", "Ana Pereira", "state media", False)]),
    ("Tomas Welk arrested and jailed, state media reports",
     [("ARREST", "Tomas Welk", "state media", False), ("IMPRISON", "Tomas Welk", "state media", False)]),
    ("Tomas Welk killed on Friday, police said", [("KILL", "Tomas Welk", "police", False)]),
    ("Tomas Welk not arrested, police say", [("ARREST", "Tomas Welk", "police", True)]),
])
def test_a_bare_participle_before_a_trailing_reporter_is_the_reported_passive(text, expected):
    """'X detained, lawyer says', 'X executed, state media report': the complement of a trailing
    reporting clause (even one the parser reads as a noun) is the passive, on the reporter's word."""
    assert rows(text, "type", "person", "source", "negated") == expected


def test_conjoined_bare_participles_share_their_subject():
    """'X arrested and jailed for 10 years': both participles are what X underwent."""
    assert rows("Tomas Welk arrested and jailed for 10 years", "type", "person") == [
        ("ARREST", "Tomas Welk"), ("IMPRISON", "Tomas Welk")]


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk reportedly detained in May", [("ARREST", "Tomas Welk", True)]),
    ("Tomas Welk feared dead", [("DIE", "Tomas Welk", True)]),
    ("Tomas Welk detained in May", [("ARREST", "Tomas Welk", False)]),
])
def test_a_bare_participle_keeps_its_hedge(text, expected):
    """'X reportedly detained', 'X feared dead' (the parser's past "feared" as the participle it
    stands for): the hedge of the headline's passive is kept."""
    assert rows(text, "type", "person", "hedged") == expected


def test_a_verb_with_an_object_is_active():
    """'X sacked his deputy': X did the sacking; without the object, 'X sacked as deputy' is the
    headline's passive."""
    assert rows("Tomas Welk sacked his deputy", "type", "person") == []
    assert rows("Tomas Welk sacked as deputy", "type", "person") == [("PURGE", "Tomas Welk")]


def test_an_object_shared_through_and_makes_both_verbs_active():
    """'Y arrested and jailed X': the object of "jailed" is the first verb's too, so Y, its
    subject, underwent neither; X's events are as before. Without the object Y underwent both."""
    assert rows("Police arrested and jailed Tomas Welk", "type", "person") == [("IMPRISON", "Tomas Welk")]
    assert rows("Ana Pereira arrested and jailed Tomas Welk", "type", "person") == [("IMPRISON", "Tomas Welk")]
    assert rows("Ana Pereira arrested and jailed", "type", "person") == [
        ("ARREST", "Ana Pereira"), ("IMPRISON", "Ana Pereira")]


def test_a_relative_clause_is_not_a_headline_passive():
    """'The officer whom X arrested was freed': X did the arresting; told as a headline, X underwent it."""
    assert rows("The officer whom Tomas Welk arrested on Friday was freed", "type", "person") == []
    assert rows("Tomas Welk arrested on Friday", "type", "person") == [("ARREST", "Tomas Welk")]


@pytest.mark.parametrize("text, told", [
    ("Tomas Welk fired at the crowd", "Tomas Welk fired by the club"),
    ("Tomas Welk seized on the scandal", "Tomas Welk seized by gunmen"),
    ("Tomas Welk burned to death in a fire", "Tomas Welk beaten to death by guards"),
])
def test_a_verb_with_a_doers_use_without_object_needs_its_agent(text, told):
    """'X fired at the crowd', 'X seized on the scandal': verbs with an active use without
    object are read as the passive only with their "by" agent."""
    assert rows(text, "type", "person") == []
    assert [p for _, p in rows(told, "type", "person")] == ["Tomas Welk"]


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk defected to Darnel in May", [("DEFECT", "Tomas Welk")]),
    ("Tomas Welk fled, police said", [("DEFECT", "Tomas Welk")]),
    ("Tomas Welk died in Darnel", [("DIE", "Tomas Welk")]),
])
def test_verbs_of_the_subject_are_unchanged(text, expected):
    """'X defected', 'X fled', 'X died': the subject is the one it happened to already."""
    assert rows(text, "type", "person") == expected
