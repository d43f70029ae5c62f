"""Rules pinned for the survivors of a fresh mutation sample of pipeline/extract (seed 13): each
test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

from extracted import rows


def test_a_statement_released_at_the_time_is_named_without_when():
    """'a police statement released at the time': "at the time" says when, so the source is the statement."""
    text = "Tomas Welk was arrested on Monday, according to a police statement released at the time."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "a police statement")]


def test_reports_by_an_outlet_denied_by_another_are_the_outlets_claim():
    """'Reports by X that Y had been arrested were denied by Z': the claim is X's, the denial Z's."""
    text = "Reports by the Velar Courier that Tomas Welk had been arrested were denied by the ministry."
    assert sorted(rows(text, "type", "person", "source", "negated")) == [
        ("ARREST", "Tomas Welk", "Velar Courier", False), ("ARREST", "Tomas Welk", "the ministry", True)]


def test_an_outlet_right_after_a_dateline_dash_is_still_the_reporter():
    """'ORVIK — Velarpost, a finance magazine, reported ...': the dash before the outlet is the
    dateline's, not one between the outlet and its verb."""
    text = "ORVIK — Velarpost, a finance magazine, reported on Tuesday that Omar Haddad had been detained."
    assert rows(text, "type", "person", "source") == [("ARREST", "Omar Haddad", "Velarpost")]


def test_an_indefinite_description_is_not_the_person_a_definite_one_named_before():
    """'according to a former ambassador' is someone else than "the former ambassador, X" named
    before; 'according to the former ambassador' is X."""
    first = "The former ambassador, Piet Ornsby, said Tomas Welk had been arrested on Monday. "
    got = rows(first + "Adaeze Obi was detained on Tuesday, according to a former ambassador.", "person", "source")
    assert ("Adaeze Obi", "a former ambassador") in got
    got = rows(first + "Adaeze Obi was detained on Tuesday, according to the former ambassador.", "person", "source")
    assert ("Adaeze Obi", "Piet Ornsby") in got


def test_a_group_held_in_a_camp_gives_its_included_members_the_imprisonment():
    """'Three activists, including A and B, are being held in a prison camp': a rule whose person may
    be agent or patient still finds the group, then its members."""
    got = rows("Three activists, including Tomas Welk and Adaeze Obi, are being held in a prison camp.", "type", "person")
    assert sorted(got) == [("IMPRISON", "Adaeze Obi"), ("IMPRISON", "Tomas Welk")]


def test_a_clause_with_its_own_auxiliary_under_a_plan_word_is_no_plan():
    """'The plan that had sent X to a prison camp in 2019': "had" is no "to"; the sending happened."""
    text = "The plan that had sent Tomas Welk to a prison camp in 2019 was drawn up by the police."
    assert rows(text, "type", "person", "date") == [("IMPRISON", "Tomas Welk", "2019")]


def test_only_the_subject_of_a_reporting_verb_is_a_source_a_later_description_refers_to():
    """'An exile website reported ... The Velar Courier then printed photos. The website said ...': the
    Courier printed, it reported nothing, so "the website" is still the exile website."""
    text = ("An exile website reported that police raided a flat. The Velar Courier then printed photos. "
            "The website said Tomas Welk was arrested on Tuesday.")
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "An exile website")]
