"""Forms found by the seed-28 mutation sample of pipeline/extract/: "according to the X" where X
is a group noun and no description of a person ("the delegation" stays the delegation, not its
leader), unconfirmed reports a passive denial dismisses ("Unconfirmed reports were denied that
..."), and an opening "Had X been executed, ..." the parser hangs on the main verb as an adverbial
clause."""

from __future__ import annotations

import pytest

from extracted import rows


# -- sources ------------------------------------------------------------------------------


def test_according_to_the_delegation_is_the_delegation_not_its_leader():
    """'The delegation led by X ... according to the delegation': only a noun describing one
    person ("the spokesman") stands for whoever it named before; a delegation is a body of
    people, and what it says is not said by the man who led it."""
    assert rows("The delegation led by Tomas Welk arrived in Darnel on Monday. "
                "Ana Pereira was arrested on Tuesday, according to the delegation.",
                "type", "person", "source") == [("ARREST", "Ana Pereira", "the delegation")]
    assert rows("The spokesman, Tomas Welk, arrived in Darnel on Monday. "
                "Ana Pereira was arrested on Tuesday, according to the spokesman.",
                "type", "person", "source") == [("ARREST", "Ana Pereira", "Tomas Welk")]


# -- hedges ---------------------------------------------------------------------------------


def test_unconfirmed_reports_a_passive_denial_dismisses_are_hedged():
    """'Unconfirmed reports were denied that X had been arrested': the claim denied was unsure
    to begin with; the subject of a passive denial ("reports were denied") is as much the
    source's wording as the subject of "unconfirmed reports said". Plain "Reports" hedge nothing."""
    assert rows("Unconfirmed reports were denied on Monday that Tomas Welk had been arrested.",
                "type", "person", "negated", "hedged") == [("ARREST", "Tomas Welk", True, True)]
    assert rows("Reports were denied on Monday that Tomas Welk had been arrested.",
                "type", "person", "negated", "hedged") == [("ARREST", "Tomas Welk", True, False)]


# -- conditions -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Had Tomas Welk been executed, the embassy would have closed.",
    "Had Tomas Welk fled the country, he would have lost his seat.",
])
def test_an_opening_inverted_conditional_hung_as_an_adverbial_clause_tells_no_event(text):
    """'Had X been executed, ...': the condition without "if" is no event, whether the parser
    hangs it on the main verb as a complement or, as here, as an adverbial clause."""
    assert rows(text, "type", "person") == []
    assert rows("Tomas Welk had been executed, and the embassy closed.", "type", "person") == [
        ("EXECUTE", "Tomas Welk")]
