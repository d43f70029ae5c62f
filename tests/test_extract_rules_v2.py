"""Forms found by the seed-27 mutation sample of pipeline/extract/: a place one is arrested
"outside" of, a fronted "Two months ago," that the parser hangs on the reporting verb, and an
occasion with no dated antecedent ("at the funeral") ahead of one that has one ("two days
after the summit")."""

from __future__ import annotations

import pytest

from extracted import rows


# -- places ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tomas Welk was arrested outside Lorvania on Monday.",
    "Tomas Welk was arrested in Lorvania on Monday.",
])
def test_a_place_one_is_arrested_outside_of_is_where_it_happened(text):
    """'arrested outside Lorvania': a town one is held just "outside" of places the arrest as
    well as one it happened "in" does."""
    assert rows(text, "type", "person", "place") == [("ARREST", "Tomas Welk", "Lorvania")]


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Two months ago, Tomas Welk was arrested, police said.",
    "Tomas Welk was arrested two months ago, police said.",
])
def test_a_fronted_ago_hung_on_the_reporting_verb_dates_the_event(text):
    """'Two months ago, X was arrested, police said': the parser hangs the fronted "ago" (an
    adverb) on "said", not on "arrested"; it is still the arrest's date, as it is when it
    follows the verb."""
    assert rows(text, "type", "person", "source", "date") == [("ARREST", "Tomas Welk", "police", "2024-03")]


@pytest.mark.parametrize("text", [
    "The summit opened in Lorvania on May 3. Tomas Welk was arrested two days after the summit, at the funeral of his brother.",
    "The summit opened in Lorvania on May 3. Two days after the summit, police arrested Tomas Welk at the funeral of his brother.",
])
def test_an_occasion_never_dated_before_does_not_hide_one_that_was(text):
    """'two days after the summit, at the funeral': the funeral is mentioned for the first time
    and lends no date, but the summit was dated a sentence earlier; the arrest is two days
    after it, whichever of the two occasions is looked at first."""
    assert rows(text, "type", "person", "date") == [("ARREST", "Tomas Welk", "2024-05-05")]
