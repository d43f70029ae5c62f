"""Forms found by the seed-27 mutation sample of pipeline/extract/: a name a group's sentence
gives after "among them" (not after "among the wounded"), a name the next sentence says was
"affected" (not one merely "interviewed"), a dating sentence too far after an event in a text
that opens with a blank line, an arrest told in a clause of its own after a plan, and a hedge
in a clause of its own after the event."""

from __future__ import annotations

import pytest

from extracted import rows


# -- groups named by a list ----------------------------------------------------------------


def test_among_them_names_a_member_but_among_the_wounded_does_not():
    """'Four soldiers died, and among them, X': "among them" hung on the name makes X one of the
    four; "among the wounded, X" names someone else's fate, not a fifth death."""
    assert rows("Four soldiers died in the attack, and among them, Tomas Welk, a colonel.", "type", "person") == [
        ("KILL", "Tomas Welk")]
    assert rows("Four soldiers died in the attack, and among the wounded, Tomas Welk, a colonel.",
                "type", "person") == []


def test_a_name_said_to_be_affected_is_a_member_but_a_name_merely_passive_is_not():
    """'Police detained four activists. X was also affected': "affected" singles out one the
    detentions touched; any other passive verb ("X was interviewed by ...") does not."""
    assert rows("Police detained four activists in Darnel on Monday. Tomas Welk was also affected.",
                "type", "person", "date") == [("ARREST", "Tomas Welk", "2024-05-20")]
    assert rows("Police detained four activists in Darnel on Monday. Tomas Welk was interviewed by Lorvania Radio.",
                "type", "person") == []


# -- dates from neighbouring sentences -----------------------------------------------------


def test_the_sentence_before_the_first_is_none_not_the_last_one():
    """An article body that opens with a blank line: the event's sentence is then the second
    of the Doc, and the sentence before it is that blank line, never the text's last sentence
    (which is three after the event, beyond the two a neighbouring date is looked for in)."""
    far = ("\nTomas Welk has been detained, a local channel said. He had led a march in Darnel the week before. "
           "His party has called for calm. Officers stopped him on Saturday at a checkpoint, the channel added.")
    assert rows(far, "type", "person", "source", "date") == [("ARREST", "Tomas Welk", "a local channel", "")]
    near = ("\nTomas Welk has been detained, a local channel said. "
            "Officers stopped him on Saturday at a checkpoint, the channel added.")
    assert rows(near, "type", "person", "source", "date") == [
        ("ARREST", "Tomas Welk", "a local channel", "2024-05-18")]


# -- stance --------------------------------------------------------------------------------


def test_an_arrest_with_its_own_subject_after_a_plan_happened():
    """'X was preparing to board a flight and police arrested him': the arrest, a conjunct with
    a subject of its own, is told as done, though the parser hangs it on the planned boarding;
    the arrest itself planned ("police were preparing to arrest X") is not."""
    assert rows("Tomas Welk was preparing to board a flight to Lorvania and police arrested him at the airport.",
                "type", "person", "negated", "hedged") == [("ARREST", "Tomas Welk", False, False)]
    assert rows("Police were preparing to arrest Tomas Welk at the airport.", "type", "person") == []


def test_a_hedge_in_a_clause_of_its_own_does_not_hedge_the_event():
    """'X was arrested on Monday and is believed to be unwell': the belief is about his health,
    in a conjunct of its own; the arrest is told as fact. Hedging the arrest itself does hedge."""
    assert rows("Tomas Welk was arrested on Monday and is believed to be unwell.", "type", "person", "hedged") == [
        ("ARREST", "Tomas Welk", False)]
    assert rows("Tomas Welk was arrested on Monday, and police appear to have questioned him overnight.",
                "type", "person", "hedged") == [("ARREST", "Tomas Welk", False)]
    assert rows("Tomas Welk is believed to have been arrested on Monday.", "type", "person", "hedged") == [
        ("ARREST", "Tomas Welk", True)]


@pytest.mark.parametrize("text, met", [
    ("Tomas Welk and Ana Pereira met reporters in Darnel on Monday.", []),
    ("Tomas Welk and Ana Pereira met the delegation in Darnel on Monday.", []),
    # they meet each other, or a named person: a meeting
    ("Tomas Welk and Ana Pereira met each other in Darnel on Monday.", ["Ana Pereira", "Tomas Welk"]),
    ("Tomas Welk and Ana Pereira met in Darnel on Monday.", ["Ana Pereira", "Tomas Welk"]),
    ("Tomas Welk met Ana Pereira and reporters in Darnel on Monday.", ["Ana Pereira", "Tomas Welk"]),
    ("Tomas Welk and Ana Pereira held talks in Darnel on Monday.", ["Ana Pereira", "Tomas Welk"]),
])
def test_two_people_who_meet_others_unnamed_do_not_meet_each_other(text, met):
    """'X and Y met reporters': the two met someone, together, not each other; with a named
    person, "each other" or no object at all (or "held talks") they met."""
    assert sorted(p for t, p in rows(text, "type", "person") if t == "MEET") == met
