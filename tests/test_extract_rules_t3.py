"""Forms found by the seed-25 mutation sample of pipeline/extract/: a weekday that bounds a
detention ("until Tuesday") in an article with no publication date, and a companion joined
"along with" the one who meets someone unnamed."""

from __future__ import annotations

import pytest

from extracted import rows


# -- dates kept as words ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tomas Welk was detained in Darnel until Tuesday, his lawyer said.",
    "Police in Darnel detained Tomas Welk until Tuesday.",
])
def test_an_unresolved_weekday_that_ends_a_detention_is_not_kept_as_its_date(text):
    """'detained until Tuesday' with no publication date to resolve "Tuesday" against: the
    weekday is when the detention ended, not when it happened, so it is not kept as the
    arrest's date in words either, as "on Tuesday" in the same sentence is."""
    assert rows(text, "type", "person", "date", "date_text", published=None) == [
        ("ARREST", "Tomas Welk", "", "")]
    assert rows(text.replace("until", "on"), "type", "person", "date", "date_text", published=None) == [
        ("ARREST", "Tomas Welk", "", "Tuesday")]


# -- meetings are of two ------------------------------------------------------------------


def test_a_companion_along_with_the_one_meeting_reporters_is_no_second_party():
    """'X, along with Y, met reporters': Y is on X's side of the meeting, not the one X met,
    so there is no meeting of two named people; "along with" still joins Y to an arrest, and
    "X met Y" is a meeting of the two."""
    assert rows("Tomas Welk, along with Ana Pereira, met reporters in Darnel on Monday.", "type", "person") == []
    assert rows("Tomas Welk, along with Ana Pereira, was arrested in Darnel on Monday.", "type", "person") == [
        ("ARREST", "Ana Pereira"), ("ARREST", "Tomas Welk")]
    assert rows("Tomas Welk met Ana Pereira in Darnel on Monday.", "type", "person") == [
        ("MEET", "Ana Pereira"), ("MEET", "Tomas Welk")]
