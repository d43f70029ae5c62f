"""'Police picked up X', 'security agents snatched away X': a verb of taking with its particle
and the police or security forces as its subject is an arrest (as "X was picked up by police"
already is); the same verb with anyone else taking is not."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text", [
    "Police picked up Tomas Welk at his home on Friday.",
    "Security agents snatched away Tomas Welk on Friday.",
    "Plainclothes officers hauled off Tomas Welk on Friday.",
])
def test_the_police_taking_someone_away_arrest_him(text):
    """The subject, sentence-first and capitalised, is compared as written: the lemmatizer
    leaves "Police" as it is."""
    assert rows(text, "type", "person", "date") == [("ARREST", "Tomas Welk", "2024-05-17")]


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk picked up his daughter on Friday.", []),  # anyone else picking someone up
    ("Ana Pereira picked up Tomas Welk at the airport on Friday.", []),
    ("Police picked up the pace of the inquiry into Tomas Welk on Friday.", []),  # not a person taken
    ("Police picked up Tomas Welk at the airport on Friday.", [("ARREST", "Tomas Welk")]),
])
def test_a_pick_up_by_others_is_no_arrest(text, expected):
    """Only the forces of order arrest: the same verb with a person as subject is a lift."""
    assert rows(text, "type", "person") == expected
