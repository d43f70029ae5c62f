"""Rules pinned for the survivors of a fresh mutation sample of pipeline/extract (seed 16): each
test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

from extracted import rows


def test_the_place_someone_fled_to_is_the_events_place():
    """'fled to Lorvania': "to" names the place of a flight."""
    assert rows("Tomas Welk fled to Lorvania in 2019.", "type", "person", "place") == [("DEFECT", "Tomas Welk", "Lorvania")]


def test_a_title_with_a_full_stop_tells_the_persons_gender():
    """'Mr. X ... She was arrested': "Mr." (its full stop dropped) makes X a man, so "she" is not X;
    with "Ms." she is."""
    assert rows("Mr. Tomas Welk met reporters in Darnel on Monday. She was arrested on Tuesday.", "person") == []
    assert rows("Ms. Tomas Welk met reporters in Darnel on Monday. She was arrested on Tuesday.", "type", "person") == [
        ("ARREST", "Tomas Welk")]


def test_a_designating_word_that_is_not_the_verbs_complement_names_no_members():
    """'A and B said they were concerned': "concerned" is theirs to feel, not "the ones concerned" by
    the arrests; 'A and B were among them' does name two of those arrested."""
    before = "Police arrested five activists in Darnel on Monday. "
    assert rows(before + "Tomas Welk and Adaeze Obi said they were concerned.", "person") == []
    got = rows(before + "Tomas Welk and Adaeze Obi were among them.", "type", "person")
    assert sorted(got) == [("ARREST", "Adaeze Obi"), ("ARREST", "Tomas Welk")]


def test_her_before_a_kinship_noun_is_not_the_one_appointed():
    """'appointed her brother, X, governor': the brother is appointed, not "her"; 'elected her
    president' (an office, no kin) still takes "her" (tests/test_forms.py)."""
    got = rows("Adaeze Obi spoke on Monday. The assembly appointed her brother, Tomas Welk, governor.", "type", "person")
    assert got == [("APPOINT", "Tomas Welk")]


def test_the_main_subjects_apposition_is_the_most_salient_for_a_later_he():
    """'The minister, X, met Y. He was arrested': "he" is X, named in apposition to the main subject."""
    got = rows("The minister, Tomas Welk, met Adaeze Obi on Monday. He was arrested on Tuesday.", "type", "person")
    assert ("ARREST", "Tomas Welk") in got and ("ARREST", "Adaeze Obi") not in got
