"""Who a description or pronoun in a reported clause is, when a named person reports it:
"<clause>, X said" is the commonest form of attribution in news, and the one reporting is
not whoever the clause describes ("the driver died, X said"), nor the one X's own phrase
ties X to ("X, his lawyer, said he died"); "X said she was arrested" stays X's own story.
And the surname a courtesy title leads ("Mr Welk"), which such reports often use."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text", [
    "The driver died instantly, Tomas Welk said.",
    "The prisoner was executed last week, Dana Vesk said on Monday.",
    "The former minister was arrested in May, Ana Pereira told reporters.",
    "The journalist fled the country, Ana Pereira told Tomas Welk.",
    "Luka Horak said the activist was detained in March.",
])
def test_a_description_in_a_named_report_is_not_the_reporter(text):
    """An unnamed person a named source speaks of gives no event, as under "police said"."""
    assert rows(text, "type", "person") == []
    assert rows("The driver died instantly, police said.", "type", "person") == []


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk died instantly, Ana Pereira said.", [("DIE", "Tomas Welk", "Ana Pereira")]),
    ("Tomas Welk was executed last week, Dana Vesk said on Monday.", [("EXECUTE", "Tomas Welk", "Dana Vesk")]),
    ("Luka Horak said he was detained in March.", [("ARREST", "Luka Horak", "Luka Horak")]),
    ("Ana Pereira said she was arrested in May.", [("ARREST", "Ana Pereira", "Ana Pereira")]),
    ("Tomas Welk told reporters he fled in 2019.", [("DEFECT", "Tomas Welk", "Tomas Welk")]),
])
def test_the_same_reports_of_a_named_person_or_of_oneself_stand(text, expected):
    assert rows(text, "type", "person", "source") == expected


def test_a_description_in_a_named_report_is_the_person_named_before():
    assert rows("Tomas Welk was detained on Friday. The activist died in custody, Ana Pereira said.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", ""), ("DIE", "Tomas Welk", "Ana Pereira")]
    assert rows("Tomas Welk was detained on Friday. Ana Pereira said the activist died in custody.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", ""), ("DIE", "Tomas Welk", "Ana Pereira")]


def test_according_to_a_named_source_a_description_is_not_the_source():
    assert rows("According to Ana Pereira, the minister was arrested on Friday.", "type", "person") == []
    assert rows("According to Ana Pereira, Tomas Welk was arrested on Friday.", "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "Ana Pereira")]


def test_a_pronoun_before_the_named_reporter_is_whoever_it_was_before():
    """'He died in custody, X said': X would have written "he said" of himself; "he" is the one
    named before, as it is under "police said"."""
    for said in ("Ana Pereira said", "police said"):
        assert rows(f"Tomas Welk was detained on Friday. He died in custody, {said}.", "type", "person") == [
            ("ARREST", "Tomas Welk"), ("DIE", "Tomas Welk")]
    # the one named before may be the reporter himself
    assert rows("Tomas Welk was detained in 2019. He fled the country in 2020, Welk said.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", ""), ("DEFECT", "Tomas Welk", "Tomas Welk")]


@pytest.mark.parametrize("text", [
    "Ana Pereira, his lawyer, said he died in custody.",
    "His lawyer, Ana Pereira, said he died in custody.",
])
def test_a_reporter_tied_to_him_is_not_he(text):
    """'X, his lawyer, said he died': "he" is the one whose lawyer X is, never X."""
    assert rows(text, "type", "person") == []
    assert rows(f"Tomas Welk was detained on Friday. {text}", "type", "person", "source") == [
        ("ARREST", "Tomas Welk", ""), ("DIE", "Tomas Welk", "Ana Pereira")]


@pytest.mark.parametrize("text", [
    "Ana Pereira, his wife, said she was arrested in May.",
    "Ana Pereira, a lawyer, said she was arrested in May.",
])
def test_a_reporter_tied_to_someone_else_still_speaks_of_herself(text):
    """The tie is to someone of another gender, or to no one: "she" is the speaker."""
    assert rows(text, "type", "person", "source") == [("ARREST", "Ana Pereira", "Ana Pereira")]


# -- a surname after a courtesy title ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Mr Welk was detained on Friday.", [("ARREST", "Welk", "")]),
    ("Mrs Pereira was detained on Friday, her son said.", [("ARREST", "Pereira", "Pereira's son")]),
    ("Ms Pereira said Mr Welk died in custody.", [("DIE", "Welk", "Pereira")]),
    ("Police said Mr Welk had fled to Lorvania in March.", [("DEFECT", "Welk", "Police")]),
])
def test_a_surname_after_a_courtesy_title_is_a_person(text, expected):
    """'Mr Welk', 'Ms Pereira' (the British style, no full stop): the model tags no person, but
    only a person's name follows a courtesy title, one word as well as two."""
    assert rows(text, "type", "person", "source") == expected


def test_the_same_surname_with_no_title_is_not_taken_for_a_name():
    """One capitalised word the model tags as no one is too weak alone."""
    assert rows("Welk was detained on Friday.", "type", "person") == []
    assert rows("Mr Welk was detained on Friday.", "type", "person") == [("ARREST", "Welk")]
