"""Forms found by the seed-26 mutation sample of pipeline/extract/: "for a third" left without its
"time", a charge given "under suspicion of", a "from"-dated apposition before the verb ("X, from
2015 the editor of Y, was arrested") and a year naming an election in the apposition ("a
candidate in the 2021 Darnel Council Election")."""

from __future__ import annotations

import pytest

from extracted import rows


# -- charges --------------------------------------------------------------------------------


def test_for_a_third_without_its_time_tells_how_often_not_why():
    """'detained him for a third': the writer drops "time", and the ordinal is left heading the
    phrase; it counts the arrests and is no charge. In the same place a charge is one."""
    earlier = "Tomas Welk was arrested twice last year. "
    assert rows(earlier + "On Monday police detained him for a third.", "type", "person", "date", "charge") == [
        ("ARREST", "Tomas Welk", "2023", ""), ("ARREST", "Tomas Welk", "2024-05-20", "")]
    assert rows(earlier + "On Monday police detained him for fraud.", "type", "person", "date", "charge") == [
        ("ARREST", "Tomas Welk", "2023", ""), ("ARREST", "Tomas Welk", "2024-05-20", "fraud")]


@pytest.mark.parametrize("prep", ["under", "on"])
def test_a_charge_under_suspicion_is_the_charge(prep):
    """'arrested under suspicion of espionage' is said as often as 'on suspicion of': what
    follows is the charge either way."""
    assert rows(f"Tomas Welk was arrested {prep} suspicion of espionage.", "type", "person", "charge") == [
        ("ARREST", "Tomas Welk", "espionage")]


# -- dates ----------------------------------------------------------------------------------


def test_a_from_date_in_the_apposition_is_not_the_arrests():
    """'X, from 2015 the editor of Y, was arrested': the parser hangs "from 2015" on the name,
    but it dates the post he held, not the arrest; a date the verb has is the arrest's."""
    assert rows("Tomas Welk, from 2015 the editor of the Darnel Herald, was arrested.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "")]
    assert rows("Tomas Welk, the editor of the Darnel Herald, was arrested in 2015.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "2015")]


def test_the_year_of_an_election_the_person_stood_in_is_not_the_arrests():
    """'arrested X, a candidate in the 2021 Darnel Council Election': the year is part of the
    election's name, hung on a name that is no person's; it dates the election, not the arrest.
    Said of the arrest, the year is its date."""
    assert rows("Police arrested Tomas Welk, a candidate in the 2021 Darnel Council Election.",
                "type", "person", "date") == [("ARREST", "Tomas Welk", "")]
    assert rows("Police arrested Tomas Welk, a candidate in the Darnel Council Election, in 2021.",
                "type", "person", "date") == [("ARREST", "Tomas Welk", "2021")]


def test_a_year_set_off_with_the_apposition_dates_the_description_not_the_arrest():
    """'X, in 2019 the mayor of Y, was arrested': "in 2019" sits between commas with the
    apposition it dates; the rule that gives a date hung on a name to the event ('On 22 June
    X was shown') does not take it. After the verb the year is the arrest's."""
    assert rows("Tomas Welk, in 2019 the mayor of Darnel, was arrested.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "")]
    assert rows("Tomas Welk, the mayor of Darnel, was arrested in 2019.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "2019")]
