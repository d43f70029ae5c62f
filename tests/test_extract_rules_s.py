"""Forms found by the seed-24 mutation sample of pipeline/extract/: "they" picking up the outlet
that reported before, the outlet whose reports a denial goes on to dismiss ("denied ...,
dismissing reports by X"), the organisation "the WHO" speaking inside a relative clause, a place
"on" an island, a listed name described by an apposition ("A, the lawyer B"), and an opening
"As X," that is no "such as" list."""

from __future__ import annotations

import pytest

from extracted import rows


# -- sources ------------------------------------------------------------------------------


@pytest.mark.parametrize("pronoun", ["They", "It"])
def test_they_or_it_saying_more_is_the_outlet_that_reported_before(pronoun):
    """'The Darnel Herald reported ... They said ...': an outlet is spoken of as "they" as often
    as "it"; either way the next claim is still the Herald's."""
    text = f"The Darnel Herald reported that Tomas Welk had been arrested on Monday. {pronoun} said Ana Pereira was also detained."
    assert rows(text, "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "Darnel Herald"), ("ARREST", "Ana Pereira", "Darnel Herald")]


def test_a_denial_dismissing_reports_by_an_outlet_keeps_the_outlets_claim():
    """'The ministry denied that X was arrested, dismissing reports by Y': Y claimed the arrest
    (a row of its own, not negated) and the ministry denied it."""
    assert rows("The ministry denied that Tomas Welk was arrested, dismissing reports by the Darnel Herald.",
                "type", "person", "source", "negated") == [
        ("ARREST", "Tomas Welk", "Darnel Herald", False), ("ARREST", "Tomas Welk", "The ministry", True)]


def test_the_who_speaking_in_a_relative_clause_is_not_the_one_it_describes():
    """'Tomas Welk is the doctor who the WHO says died': "WHO" is the organisation's name, not
    a relative pronoun; the speaker of the clause is never the doctor the clause describes. With
    another organisation in its place, that organisation is the source."""
    assert rows("Tomas Welk is the doctor who the WHO says died of cholera in Darnel.", "type", "person", "source") == [
        ("DIE", "Tomas Welk", "WHO")]
    assert rows("Tomas Welk is the doctor who Lorvania Radio says died of cholera in Darnel.",
                "type", "person", "source") == [("DIE", "Tomas Welk", "Lorvania Radio")]


def test_an_organisation_named_like_a_pronoun_is_a_source():
    """'..., the WHO said': a name the model tags as an organisation is no pronoun "who"; it is
    the source as any other organisation in that place is."""
    assert rows("Tomas Welk died of cholera in Darnel, the WHO said.", "type", "person", "source") == [
        ("DIE", "Tomas Welk", "WHO")]
    assert rows("Tomas Welk died of cholera in Darnel, the ministry said.", "type", "person", "source") == [
        ("DIE", "Tomas Welk", "the ministry")]


# -- places ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, place", [
    ("Tomas Welk was detained on Lorvania Island last week.", "Lorvania Island"),
    ("Tomas Welk was detained in Lorvania last week.", "Lorvania"),
])
def test_a_place_on_an_island_is_where_it_happened(text, place):
    """'detained on Lorvania Island': an island is a place one is "on", as a town is one is "in"."""
    assert rows(text, "type", "person", "place") == [("ARREST", "Tomas Welk", place)]


# -- groups named by a list ----------------------------------------------------------------


def test_a_listed_name_after_a_description_is_a_member_of_the_group():
    """'The men were identified as A, the lawyer B': B, named with his description, is the
    second of the two men (the parser hangs "the lawyer B" on A as an apposition)."""
    assert sorted(rows("Police detained two men on Monday. The men were identified as Tomas Welk, the lawyer Luka Horak.",
                       "type", "person")) == [("ARREST", "Luka Horak"), ("ARREST", "Tomas Welk")]


def test_an_opening_as_is_no_such_as_list_whatever_the_text_ends_with():
    """'As Tomas Welk, police detained four activists ...': an opening "As X" names no one of the
    group (only "Such as X" does); the word before the text's first word is no word of the text,
    not even when the text ends in "such"."""
    tail = "police detained four activists on Monday for hooliganism or some such"
    assert rows(f"As Tomas Welk, {tail}", "type", "person") == []
    assert rows(f"Such as Tomas Welk, {tail}", "type", "person") == [("ARREST", "Tomas Welk")]
