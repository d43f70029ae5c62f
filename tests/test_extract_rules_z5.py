"""Headline passives of a giving verb with their auxiliary dropped followed by a date with "on" ("X handed life sentence on Monday", "X given 10 years on Friday"), where the "on" says when, not to whom."""

from __future__ import annotations

import pytest

from extracted import rows

PUBLISHED = "2024-05-22"  # a Wednesday: "Monday" is the 20th, "Friday" the 17th


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk handed life sentence on Monday", [("IMPRISON", "Tomas Welk", "2024-05-20")]),
    ("Ana Pereira given 10 years on Friday", [("IMPRISON", "Ana Pereira", "2024-05-17")]),
    ("Tomas Welk handed life sentence on Monday night", [("IMPRISON", "Tomas Welk", "2024-05-20")]),
    ("Ana Pereira handed 15-year prison term on May 3", [("IMPRISON", "Ana Pereira", "2024-05-03")]),
    ("Ana Pereira given 10 years on 12 March in Darnel", [("IMPRISON", "Ana Pereira", "2024-03-12")]),
])
def test_an_on_of_a_date_is_no_recipient(text, expected):
    """'X handed life sentence on Monday': an "on" whose object is a date says when the term was
    given, not to whom, so X is still the one sentenced, on the date resolved against publication."""
    assert rows(text, "type", "person", "date", published=PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk handed life sentence", [("IMPRISON", "Tomas Welk", "")]),
    ("Ana Pereira given 10 years", [("IMPRISON", "Ana Pereira", "")]),
])
def test_without_the_date_the_same_headline_fires(text, expected):
    """'X handed life sentence': the same headlines without their date, sentenced without a date."""
    assert rows(text, "type", "person", "date", published=PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk handed life sentence on Monday, lawyer says", [("IMPRISON", "Tomas Welk", "lawyer", "2024-05-20")]),
    ("Ana Pereira given 10 years on Friday, police said", [("IMPRISON", "Ana Pereira", "police", "2024-05-17")]),
])
def test_a_trailing_reporter_keeps_the_dated_headline(text, expected):
    """'X given 10 years on Friday, police said': the dated headline before a trailing reporter,
    told on the reporter's word."""
    assert rows(text, "type", "person", "source", "date", published=PUBLISHED) == expected


@pytest.mark.parametrize("text", [
    "Judge Ana Pereira handed life sentence on Tomas Welk",
    "Judge Ana Pereira handed life sentence upon Tomas Welk",
    "Judge Ana Pereira handed life sentence on Monday to Tomas Welk",
])
def test_a_recipient_still_makes_the_subject_the_giver(text):
    """'Judge X handed life sentence on Y', '... on Monday to Y': an "on/upon" naming a person, or a
    "to" beside the date, is a recipient, and the judge who gave the term is not sentenced."""
    assert ("IMPRISON", "Ana Pereira") not in rows(text, "type", "person", published=PUBLISHED)


def test_the_recipient_of_a_full_sentence_is_sentenced():
    """'A judge handed a life sentence to X on Monday': the recipient with "to", beside a date, is the
    one sentenced (the event the negative headlines above would otherwise be read as)."""
    assert rows("A judge handed a life sentence to Tomas Welk on Monday.", "type", "person", "date",
                published=PUBLISHED) == [("IMPRISON", "Tomas Welk", "2024-05-20")]
