"""Forms found by the seed-28 mutation sample of pipeline/extract/: a meeting with a person
named in apposition to someone's relation ("met X's lawyer, Y"), where X, the possessor, is
not one of those who met."""

from __future__ import annotations

import pytest

from extracted import rows


# -- meetings -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, met", [
    ("Tomas Welk met Ana Pereira's lawyer, Dana Vesk, in Darnel on Monday.", "Dana Vesk"),
    ("Tomas Welk met Ana Pereira's husband, Luka Horak, in Darnel on Monday.", "Luka Horak"),
])
def test_meeting_someones_lawyer_named_in_apposition_is_a_meeting_with_the_lawyer(text, met):
    """'X met Y's lawyer, Z': the name in apposition says who the one met is, so X met Z; Y,
    the possessor, only says whose lawyer Z is and met no one. Only an apposition stands in
    for the noun it names, not any name hanging on that noun."""
    assert sorted(rows(text, "type", "person")) == [("MEET", met), ("MEET", "Tomas Welk")]
