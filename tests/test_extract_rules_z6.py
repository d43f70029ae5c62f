"""Survivors of mutation testing ``events._complement`` and ``events._successor``: the office,
term or refuge a headline's dropped-auxiliary passive takes as its complement ("X appointed
Governor", "X named consul", "X given asylum in Y"), what keeps an office an object ("one
minister", "deputy who resigned"), and who takes another's place ("After replacing Y as
minister, X ...", "X replaced the ailing director as consul")."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira elected mayor", [("ELECT", "Ana Pereira")]),
    ("Tomas Welk appointed Governor", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk named consul", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk appointed auditor", [("APPOINT", "Tomas Welk")]),
])
def test_an_office_after_an_electing_or_appointing_verb_is_its_complement(text, expected):
    """'X elected mayor', a capital 'Governor', a role noun not a title, a title not a role noun: offices."""
    assert rows(text, "type", "person") == expected


@pytest.mark.parametrize("text", [
    "Tomas Welk appointed one minister",
    "Tomas Welk appointed deputy who resigned",
    "Tomas Welk appointed adviser trained in Darnel",
    "Tomas Welk appointed minister, a lawyer",
    "Tomas Welk appointed governor and judges",
])
def test_an_office_with_a_number_clause_apposition_or_conjunct_is_an_object(text):
    """A number, relative clause, participle, apposition or conjunct on the office: X appointed others."""
    assert rows(text, "type", "person") == []


def test_asylum_given_is_a_refuge_and_with_a_possessor_is_an_object():
    """'X given asylum in Y' is X's defection (a giving verb, no term); 'X given his asylum' is no refuge of X's."""
    assert rows("Tomas Welk given asylum in Darnel", "type", "person") == [("DEFECT", "Tomas Welk")]
    assert rows("Tomas Welk given his asylum in Darnel", "type", "person") == []


def test_a_term_handed_to_others_is_the_givers():
    """'X handed life sentence to the men': X gave it to them; without the recipient X received it."""
    assert rows("Tomas Welk handed life sentence to the men", "type", "person") == []
    assert rows("Tomas Welk handed life sentence", "type", "person") == [("IMPRISON", "Tomas Welk")]


def test_a_second_verb_with_its_own_object_makes_the_headline_active():
    """'X arrested and questioned the suspects': a second verb (no trigger) with an object: X did both."""
    assert rows("Tomas Welk arrested and questioned the suspects", "type", "person") == []


def test_the_successor_in_a_fronted_gerund_and_an_infinitive_is_appointed():
    """'After replacing Y as minister, X was arrested', 'X was allowed to replace Y': X is the successor."""
    assert rows("After replacing Ana Pereira as minister, Tomas Welk was arrested in May.",
                "type", "person", "date") == [
        ("APPOINT", "Tomas Welk", ""), ("ARREST", "Tomas Welk", "2024-05"), ("PURGE", "Ana Pereira", "")]
    assert rows("Tomas Welk was allowed to replace Ana Pereira as captain in March.", "type", "person", "date") == [
        ("APPOINT", "Tomas Welk", "2024-03"), ("PURGE", "Ana Pereira", "2024-03")]


def test_a_replacement_without_a_subject_has_no_successor():
    """'The decision to replace Y as minister': no one named takes the place; only Y's removal."""
    assert rows("The decision to replace Ana Pereira as minister was made in March.", "type", "person", "date") == [
        ("PURGE", "Ana Pereira", "2024-03")]


def test_a_fronted_with_does_not_hand_the_post_to_another():
    """'With the party's backing, X replaced Y as minister': a "with" before the verb is no 'replaced Y with Z'."""
    assert rows("With the party's backing, Tomas Welk replaced Ana Pereira as minister in March.",
                "type", "person") == [
        ("APPOINT", "Tomas Welk"), ("PURGE", "Ana Pereira")]


def test_only_an_as_phrase_with_a_role_names_the_post():
    """'as consul' (a role noun that is no title) names the post; 'for the minister', 'as a precaution' do not."""
    assert rows("Tomas Welk replaced the ailing director as consul in March.", "type", "person") == [
        ("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk replaced the old printer for the minister.", "type", "person") == []
    assert rows("Tomas Welk replaced the old printer as a precaution.", "type", "person") == []
