"""Headline passives of a giving verb with their auxiliary dropped ("X handed life sentence", "X given 10 years") whose subject is a name the model does not label at the very start of a text."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira handed life sentence", [("IMPRISON", "Ana Pereira")]),
    ("Ana Pereira handed a life sentence", [("IMPRISON", "Ana Pereira")]),
    ("Ana Pereira handed five-year jail term", [("IMPRISON", "Ana Pereira")]),
    ("Ana Pereira handed eight-year sentence in Darnel", [("IMPRISON", "Ana Pereira")]),
    ("Ana Pereira given 10 years", [("IMPRISON", "Ana Pereira")]),
    ("Ana Pereira given 12-year prison term", [("IMPRISON", "Ana Pereira")]),
])
def test_an_unlabelled_name_given_a_term_is_a_person(text, expected):
    """'X handed life sentence', 'X given 10 years': the subject of a headline's giving verb whose
    object is a term is the one sentenced, a person, even where the model labels the name nothing."""
    assert rows(text, "type", "person") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira sentenced to 10 years", [("IMPRISON", "Ana Pereira")]),
    ("Ana Pereira jailed for life", [("IMPRISON", "Ana Pereira")]),
])
def test_sentencing_verbs_keep_their_subject(text, expected):
    """'X sentenced to 10 years', 'X jailed for life': the same headline form with a sentencing
    verb, whose subject was already a person's slot, is unchanged."""
    assert rows(text, "type", "person") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira handed life sentence, lawyer says", [("IMPRISON", "Ana Pereira", "lawyer")]),
    ("Ana Pereira given 10 years, police said", [("IMPRISON", "Ana Pereira", "police")]),
])
def test_a_trailing_reporter_keeps_the_headline_passive(text, expected):
    """'X handed life sentence, lawyer says': the headline's passive before a trailing reporter,
    told on the reporter's word."""
    assert rows(text, "type", "person", "source") == expected


def test_a_term_handed_down_or_to_someone_is_the_givers():
    """'X handed down life sentence', 'X handed life sentence to Y': X is the one who gave it, and
    is no person for that; without the particle or recipient, X received it."""
    assert rows("Ana Pereira handed down life sentence", "type", "person") == []
    assert rows("Ana Pereira handed life sentence to killer", "type", "person") == []
    assert rows("Ana Pereira handed life sentence", "type", "person") == [("IMPRISON", "Ana Pereira")]


def test_a_recipient_before_the_term_is_the_one_sentenced():
    """'X handed Y life sentence': Y received the term, not X."""
    assert rows("Ana Pereira handed Tomas Welk life sentence", "type", "person") == [("IMPRISON", "Tomas Welk")]


def test_something_else_given_is_no_term():
    """'X handed award', 'X given a month to respond': no sentence or counted term, no one jailed;
    with a term, X was."""
    assert rows("Ana Pereira handed award", "type", "person") == []
    assert rows("Ana Pereira given a month to respond", "type", "person") == []
    assert rows("Ana Pereira given 10 years", "type", "person") == [("IMPRISON", "Ana Pereira")]


def test_a_court_handing_a_term_to_an_unnamed_person_names_no_one():
    """'Court hands life sentence to killer': no name; the judge handing a named person a term in a
    body sentence still tells that person's imprisonment."""
    assert rows("Court hands life sentence to killer", "type", "person") == []
    assert rows("The judge handed Ana Pereira a life sentence on Monday.", "type", "person", "date") == [
        ("IMPRISON", "Ana Pereira", "2024-05-20")]
