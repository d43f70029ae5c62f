"""Rules pinned for the survivors of a fresh mutation sample of pipeline/extract (seed 12): each
test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

from extracted import rows


def test_a_plural_noun_without_a_number_is_a_group_its_including_names_belong_to():
    """'arrested the activists ..., including A and B': "the activists" is a group without a count."""
    got = rows("Police arrested the activists on Monday, including Tomas Welk and Adaeze Obi.", "type", "person")
    assert sorted(got) == [("ARREST", "Adaeze Obi"), ("ARREST", "Tomas Welk")]


def test_as_well_as_after_a_passive_group_adds_a_member():
    """'Three activists were arrested on Monday, as well as X': X was arrested with them."""
    assert rows("Three activists were arrested on Monday, as well as Tomas Welk.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "2024-05-20")]


def test_a_weekly_that_said_is_the_source_through_its_relative_pronoun():
    """'X, a weekly that said ... that Y had been arrested': "that" stands for the weekly, which is X."""
    text = "The Velar Courier, a weekly that said on Tuesday that Tomas Welk had been arrested, was raided."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "Velar Courier")]


def test_declaring_someone_dead_is_the_act_not_a_report_of_it():
    """'Doctors declared X dead': the declaring is the happening itself; the doctors are not a source."""
    assert rows("Doctors declared Tomas Welk dead on Monday.", "type", "person", "date", "source") == [
        ("DIE", "Tomas Welk", "2024-05-20", "")]


def test_a_since_clause_does_not_undo_a_date_already_found():
    """'not been seen since March, since he resigned': the undated since-clause leaves March standing."""
    text = "Tomas Welk has not been seen since March, since he resigned from the ministry."
    assert rows(text, "type", "person", "date") == [("DISAPPEAR", "Tomas Welk", "2024-03")]


def test_a_denial_carries_the_words_of_the_date_it_takes():
    """A denial dated by the claim it denies takes the claim's date words too ("Monday")."""
    text = "Tomas Welk was arrested on Monday, police said. His lawyer denied that he had been arrested."
    got = rows(text, "person", "date", "date_text", "negated")
    assert sorted(got) == [("Tomas Welk", "2024-05-20", "Monday", False), ("Tomas Welk", "2024-05-20", "Monday", True)]


def test_a_name_before_the_happening_noun_is_whose_happening_it_was():
    """'after the sudden X arrest on Monday': the name used as a modifier of "arrest" is the one arrested."""
    assert rows("Crowds gathered after the sudden Tomas Welk arrest on Monday.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "2024-05-20")]
