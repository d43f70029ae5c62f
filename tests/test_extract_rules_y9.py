"""Headline and caption passives with their auxiliary dropped whose complement the parser reads as an object ("X appointed defence minister", "X handed life sentence", "X granted asylum in Y") or whose reporter comes first ("Police say X arrested in Y")."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira appointed defence minister", [("APPOINT", "Ana Pereira", "")]),
    ("Tomas Welk named ambassador to Darnel", [("APPOINT", "Tomas Welk", "")]),
    ("Ana Pereira named new coach", [("APPOINT", "Ana Pereira", "")]),
    ("Ana Pereira named Foreign Affairs minister", [("APPOINT", "Ana Pereira", "")]),
    ("Tomas Welk appointed deputy minister on Monday.", [("APPOINT", "Tomas Welk", "2024-05-20")]),
])
def test_an_office_after_an_appointing_verb_is_its_complement(text, expected):
    """'X appointed defence minister', 'X named ambassador to Y': the office, which the parser takes
    for the verb's object, is the complement of the headline's passive; X was appointed."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk given 10-year sentence for fraud", [("IMPRISON", "Tomas Welk")]),
    ("Tomas Welk handed life sentence", [("IMPRISON", "Tomas Welk")]),
    ("Tomas Welk handed a life sentence", [("IMPRISON", "Tomas Welk")]),
    ("Tomas Welk handed 15-year jail term", [("IMPRISON", "Tomas Welk")]),
])
def test_a_term_after_a_giving_verb_is_its_complement(text, expected):
    """'X given 10-year sentence', 'X handed life sentence': the term given is what X received,
    as in "X was handed a term"; X is the one sentenced."""
    assert rows(text, "type", "person") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk granted asylum in Darnel", [("DEFECT", "Tomas Welk")]),
    ("Tomas Welk offered asylum in Darnel", [("DEFECT", "Tomas Welk")]),
])
def test_asylum_after_a_granting_verb_is_its_complement(text, expected):
    """'X granted asylum in Y': read as "X was granted asylum", a defection."""
    assert rows(text, "type", "person") == expected


@pytest.mark.parametrize("text, expected", [
    ("Police say Tomas Welk arrested in Darnel", [("ARREST", "Tomas Welk", "Police")]),
    ("Officials say Ana Pereira detained", [("ARREST", "Ana Pereira", "Officials")]),
    ("Rights group says Tomas Welk detained in Darnel", [("ARREST", "Tomas Welk", "Rights group")]),
    ("Officials say Ana Pereira and Tomas Welk arrested and jailed",
     [("ARREST", "Ana Pereira", "Officials"), ("ARREST", "Tomas Welk", "Officials"),
      ("IMPRISON", "Ana Pereira", "Officials"), ("IMPRISON", "Tomas Welk", "Officials")]),
])
def test_a_bare_participle_after_a_leading_reporter_is_the_reported_passive(text, expected):
    """'Police say X arrested in Y': the complement of a reporter heading the headline is the
    passive, on the reporter's word, as with a trailing "..., police say"."""
    assert rows(text, "type", "person", "source") == expected


def test_an_office_with_a_possessor_is_an_object():
    """'X appointed his deputy': X appointed someone; without the possessor, 'X appointed deputy
    minister' is the headline's passive."""
    assert rows("Tomas Welk appointed his deputy on Monday.", "type", "person") == []
    assert rows("Tomas Welk appointed deputy minister on Monday.", "type", "person") == [("APPOINT", "Tomas Welk")]


def test_an_office_with_a_name_is_the_named_ones():
    """'X appointed Y defence minister': Y was appointed, not X; a name the model missed in the
    object ("Ana Pereira" here) keeps it an object too."""
    assert rows("Tomas Welk appointed John Miller defence minister", "type", "person") == [("APPOINT", "John Miller")]
    assert rows("Tomas Welk appointed Ana Pereira defence minister", "type", "person") == []
    assert rows("Tomas Welk appointed defence minister", "type", "person") == [("APPOINT", "Tomas Welk")]


def test_a_plural_object_is_no_office():
    """'X promoted officers': X promoted others (one person takes up no offices in the plural)."""
    assert rows("Tomas Welk promoted officers", "type", "person") == []
    assert rows("Tomas Welk promoted general", "type", "person") == [("APPOINT", "Tomas Welk")]


def test_a_person_object_of_a_sentencing_verb_is_active():
    """'X sentenced the men to prison': X sentenced them; 'X sentenced to prison' is X's term."""
    assert rows("Tomas Welk sentenced the men to prison", "type", "person") == []
    assert rows("Tomas Welk sentenced to prison", "type", "person") == [("IMPRISON", "Tomas Welk")]


def test_a_term_handed_down_is_the_judges():
    """'X handed down life sentence': X, with the particle, is the judge who gave it."""
    assert rows("Tomas Welk handed down life sentence", "type", "person") == []
    assert rows("Tomas Welk handed life sentence", "type", "person") == [("IMPRISON", "Tomas Welk")]


def test_asylum_granted_to_someone_is_the_granters():
    """'X granted asylum to the defectors': X granted it, to others; in Y, X received it."""
    assert rows("Tomas Welk granted asylum to the defectors", "type", "person") == []
    assert rows("Tomas Welk granted asylum in Darnel", "type", "person") == [("DEFECT", "Tomas Welk")]


def test_a_leading_reporter_with_an_object_is_active():
    """'Police say X arrested the suspects': X did the arresting; without the object, X underwent it."""
    assert rows("Police say Tomas Welk arrested the suspects", "type", "person") == []
    assert rows("Police say Tomas Welk arrested in Darnel", "type", "person") == [("ARREST", "Tomas Welk")]


def test_a_trailing_says_without_its_own_subject_is_no_reporter():
    """'X granted asylum in Y, says Z was beaten': X's second clause, telling something else; the
    asylum is told in the headline's own voice, not on X's word."""
    assert rows("Tomas Welk granted asylum in Darnel, says ex-boss was beaten", "type", "person", "source") == [
        ("DEFECT", "Tomas Welk", "")]
    assert rows("Tomas Welk granted asylum in Darnel, lawyer says", "type", "person", "source") == [
        ("DEFECT", "Tomas Welk", "lawyer")]
