"""Forms found by the seed-26 mutation sample of pipeline/extract/: an office given to "his
deputy, X" (the possessor is not the one appointed), "arrests on Monday of X" (a name the parser
hangs on the date after a bare plural), a plan with a time between the frame word and "to"
("is set next week to sentence X"), and a firing-squad clause read without the lexicon."""

from __future__ import annotations

import pytest

from extracted import rows
from pipeline.extract.events import extract_events


# -- who is appointed -----------------------------------------------------------------------


def test_a_deputy_named_in_apposition_is_appointed_not_the_one_whose_deputy_he_is():
    """'appointed his deputy, X, governor': only "her" can be the object read as a possessor
    ("elected her president"); any other possessor ("his", "Y's") owns the office noun, and the
    one appointed is the name beside it."""
    assert rows("The president appointed his deputy, Tomas Welk, governor of Darnel on Monday.",
                "type", "person", "date") == [("APPOINT", "Tomas Welk", "2024-05-20")]
    assert rows("The party elected Tomas Welk's deputy, Ana Pereira, chairman on Monday.", "type", "person") == [
        ("ELECT", "Ana Pereira")]
    assert rows("Ana Pereira returned to Darnel on Sunday. The assembly elected her president on Monday.",
                "type", "person", "date") == [("ELECT", "Ana Pereira", "2024-05-20")]


# -- whose arrest ---------------------------------------------------------------------------


def test_arrests_on_a_day_of_a_named_person_after_a_bare_plural():
    """'condemned arrests on Monday of X': the parser hangs "of X" on the date, outside the
    noun's phrase; the words after the noun still name whose arrest it was, with "arrests"
    right after the verb as with "the arrest"."""
    assert rows("Rights groups condemned arrests on Monday of Tomas Welk and two other journalists in Darnel.",
                "type", "person", "date") == [("ARREST", "Tomas Welk", "2024-05-20")]
    assert rows("Rights groups condemned the arrest on Monday of Tomas Welk and two other journalists in Darnel.",
                "type", "person", "date") == [("ARREST", "Tomas Welk", "2024-05-20")]


# -- plans ----------------------------------------------------------------------------------


def test_a_plan_with_a_time_between_the_frame_word_and_to_did_not_happen_yet():
    """'The court is set next week to sentence X': the infinitive hangs on a frame word ("set
    to") though a time stands between them, so the sentence is a plan, not an event; the
    sentence told as done is one."""
    assert rows("The court is set next week to sentence Tomas Welk.", "type", "person") == []
    assert rows("The court sentenced Tomas Welk last week.", "type", "person", "date") == [
        ("IMPRISON", "Tomas Welk", "2024-05")]


# -- without the lexicon --------------------------------------------------------------------


def test_a_firing_squad_faced_without_the_lexicon_has_no_subject_verbs(annotate):
    """'X faced a firing squad' with no lexicon: the trigger has no rule, so no verb is known
    to make its subject the one executed ("face", "meet" come from the rule); the passive
    subject still is, and with the lexicon "faced" is read too."""
    def of(text):
        return [(e.type, e.person) for e in extract_events(annotate(text), "t")]
    assert of("Tomas Welk faced a firing squad in Darnel on Monday.") == []
    assert of("Tomas Welk was shot by a firing squad in Darnel on Monday.") == [("EXECUTE", "Tomas Welk")]
    assert rows("Tomas Welk faced a firing squad in Darnel on Monday.", "type", "person") == [
        ("EXECUTE", "Tomas Welk")]


@pytest.mark.parametrize("text", [
    "The ministry confirmed the dismissal on Monday of Tomas Welk and Ana Pereira.",
    "The ministry confirmed the dismissal of Tomas Welk and Ana Pereira.",
])
def test_both_names_after_of_are_dismissed_however_the_of_phrase_hangs(text):
    """'the dismissal on Monday of X and Y': the parser hangs 'of X' on the day; the rule that
    finds the name there takes the whole name, so the 'and Y' joined to it counts too, as it
    does when 'of X and Y' follows the noun directly."""
    assert rows(text, "type", "person") == [("PURGE", "Ana Pereira"), ("PURGE", "Tomas Welk")]
