"""A past participle of a trigger verb opening the sentence and set off by a comma ("Arrested in
May, X ...", "Appointed defence minister in March, X ..."), however the parser hangs it: what the
subject right after the comma underwent, dated by the participle's own words."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Appointed defence minister in March, Tomas Welk resigned on Friday.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Appointed minister in March, Tomas Welk resigned on Friday.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Named ambassador to Darnel in 2019, Tomas Welk was recalled last year.", [("APPOINT", "Tomas Welk", "2019")]),
    ("Promoted to general in 2020, Tomas Welk commanded the northern army.", [("APPOINT", "Tomas Welk", "2020")]),
    ("Elected president in 2019, Tomas Welk promised reforms.", [("ELECT", "Tomas Welk", "2019")]),
    ("Sacked as defence minister in March, Tomas Welk joined the opposition.", [("PURGE", "Tomas Welk", "2024-03")]),
    # a description after the comma: the name in apposition to it
    ("Appointed in March, the new minister Tomas Welk resigned on Friday.", [("APPOINT", "Tomas Welk", "2024-03")]),
])
def test_a_fronted_participle_of_taking_or_losing_a_post_is_the_subjects(text, expected):
    """'Appointed defence minister in March, X resigned': the parser reads the participle as a
    modifier of the post ("minister"), which it takes for a second subject; the post is the
    participle's complement and X, after the comma, the one appointed, in March (not on Friday,
    when X resigned; a plain resignation is no event)."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Arrested in May, Ana Pereira spent six months in jail.", [("ARREST", "Ana Pereira", "2024-05")]),
    ("Arrested in Darnel in May, Ana Pereira spent six months in jail.", [("ARREST", "Ana Pereira", "2024-05")]),
    ("Detained in March, Ana Pereira spent six months in jail.", [("ARREST", "Ana Pereira", "2024-03")]),
    ("Sentenced to ten years in 2015, Ana Pereira spent six years in jail.", [("IMPRISON", "Ana Pereira", "2015")]),
    ("Detained at the border last week, Dana Vesk was released on Monday.", [("ARREST", "Dana Vesk", "2024-05")]),
])
def test_a_fronted_participle_of_custody_names_the_subject_the_model_missed(text, expected):
    """'Arrested in May, X spent six months in jail': the model tags no name before "spent";
    the subject of a fronted participle of arresting or jailing is a person's slot, and X the
    one arrested."""
    assert rows(text, "type", "person", "date") == expected


def test_the_main_clause_does_not_date_the_fronted_participle():
    """'Detained at the border, X was released on Monday': the detention came before the
    release; Monday is the release's date, not the detention's, which the text does not give."""
    assert rows("Detained at the border, Dana Vesk was released on Monday.", "type", "person", "date") == [
        ("ARREST", "Dana Vesk", "")]
    assert rows("Detained at the border on Monday, Dana Vesk was released.", "type", "person", "date") == [
        ("ARREST", "Dana Vesk", "2024-05-20")]


@pytest.mark.parametrize("text, source", [
    ("Appointed minister in March, Tomas Welk reportedly resigned, police said.", "police"),
    ("Appointed defence minister in March, Tomas Welk resigned on Friday, the ministry said.", "the ministry"),
    # the subject's own verb of saying reports its complement, not what the subject underwent
    ("Arrested in May, Tomas Welk said protesters were beaten.", ""),
])
def test_a_fronted_participle_is_on_the_word_of_whoever_tells_its_clause(text, source):
    """'Appointed minister in March, X resigned, police said': police tell the whole sentence,
    the fronted participle with it; 'Arrested in May, X said ...' is the article's own account
    of X, not X's."""
    assert rows(text, "person", "source") == [("Tomas Welk", source)]


def test_a_participle_modifying_a_noun_does_not_pass_to_a_speakers_name():
    """'Arrested protesters, X said, were beaten': "arrested" describes the protesters, and X is
    the subject of the parenthetical "said", not of the clause; X was arrested only when the
    participle is set off before X's own clause."""
    assert rows("Arrested protesters, Ana Pereira said, were beaten.", "type", "person") == []
    assert rows("Arrested in May, Ana Pereira said protesters were beaten.", "type", "person", "date") == [
        ("ARREST", "Ana Pereira", "2024-05")]


def test_a_fronted_participle_is_its_clauses_subjects_not_its_objects():
    """'Appointed in March, the minister praised X': the minister was appointed, not X."""
    assert rows("Appointed in March, the minister praised Tomas Welk.", "type", "person") == []
    assert rows("Appointed in March, Tomas Welk praised the minister.", "type", "person", "date") == [
        ("APPOINT", "Tomas Welk", "2024-03")]


def test_a_fronted_participle_of_no_trigger_gives_no_event_and_no_date():
    """'Born in Darnel, X was arrested in May': "born" is no event; the arrest keeps its own date."""
    assert rows("Born in Darnel, Tomas Welk was arrested in May.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "2024-05")]
    assert rows("Arrested in Darnel, Tomas Welk was freed in May.", "type", "person", "date") == [
        ("ARREST", "Tomas Welk", "")]
