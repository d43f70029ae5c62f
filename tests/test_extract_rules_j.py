"""Rules pinned for the survivors of a fresh mutation sample of pipeline/extract (seed 11): each
test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

from extracted import events, rows


def test_a_bracketed_short_name_in_mixed_case_stays_with_the_outlet():
    """'broadcaster Velar Television (VeTV)': the short name in brackets is part of the outlet's name,
    even when it is not all capitals (the name-finder only joins all-capital acronyms)."""
    assert rows("Tomas Welk was arrested on Monday, broadcaster Velar Television (VeTV) reported.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "Velar Television (VeTV)")]


def test_both_is_not_part_of_a_coordinated_source():
    """'Both the ministry and the army said': the source is the ministry, not "Both the ministry"."""
    for text in ("Both the ministry and the army said Tomas Welk was arrested on Monday.",
                 "Tomas Welk was arrested on Monday, according to both the ministry and the army."):
        assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "the ministry")]


def test_an_outlet_described_by_a_common_noun_in_apposition_reported():
    """'The website, an outlet run by exiles, reported ...': the parser makes "reported" a modifier of
    "website", a common noun; the website is still who reported."""
    text = "The website, an outlet run by exiles, reported on Tuesday that Omar Haddad had been detained."
    assert rows(text, "type", "person", "source") == [("ARREST", "Omar Haddad", "The website")]


def test_citing_without_an_object_leaves_the_outlet_the_source():
    """'reported, citing from a police memo': "citing" has no direct object, so nothing is cited by
    name and the outlet that reported stays the source."""
    for text in ("Tomas Welk was arrested on Monday, the Velar Courier reported, citing from a police memo.",
                 "Tomas Welk was arrested on Monday, the Velar Courier reported, quoting directly from a police memo."):
        assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "Velar Courier")]


def test_reports_dismissed_without_saying_by_whom_are_a_denial_by_no_one_named():
    """'Reports that X was arrested were dismissed as false': a denial with no agent; it is negated
    and has no source."""
    for text in ("Reports that Tomas Welk was arrested on Monday were dismissed as false.",
                 "Reports that Tomas Welk was arrested on Monday were denied on Tuesday."):
        assert rows(text, "type", "person", "source", "negated") == [("ARREST", "Tomas Welk", "", True)]


def test_only_a_settling_adverb_makes_a_future_office_decided():
    """'X will now become minister' announces a settled appointment; 'X will probably become
    minister' is a guess about the future, no appointment."""
    assert rows("Tomas Welk will now become the Minister of Fisheries.", "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk will probably become the Minister of Fisheries.", "type", "person") == []


def test_a_date_inside_the_reason_for_a_term_does_not_date_the_sentence():
    """'gave X a ten-year sentence for crimes committed in 2015': 2015 is when the crimes were, not
    when the sentence was given; 'a ten-year sentence on Monday' is dated by its Monday (the day of publication here)."""
    assert rows("A court gave Tomas Welk a ten-year sentence on Monday.", "type", "person", "date") == [
        ("IMPRISON", "Tomas Welk", "2024-05-20")]
    assert rows("A court gave Tomas Welk a ten-year sentence for crimes committed in 2015.",
                "type", "person", "date") == [("IMPRISON", "Tomas Welk", "")]


def test_a_name_owning_the_noun_in_apposition_is_not_the_person_described():
    """'the deputy minister, X's brother,': the brother is the deputy minister, not X; with X
    itself in apposition, X is the one arrested."""
    assert rows("Police arrested the deputy minister, Tomas Welk, on Monday.", "type", "person") == [
        ("ARREST", "Tomas Welk")]
    assert rows("Police arrested the deputy minister, Tomas Welk's brother, on Monday.", "type", "person") == []


def test_a_list_of_names_goes_on_past_its_second_name():
    """'Those arrested included A, B, C and D': every name of the list is one of those arrested."""
    got = rows("Those arrested included Tomas Welk, Adaeze Obi, Piet Ornsby and Lena Marr.", "type", "person")
    assert sorted(got) == [("ARREST", "Adaeze Obi"), ("ARREST", "Lena Marr"), ("ARREST", "Piet Ornsby"),
                           ("ARREST", "Tomas Welk")]
