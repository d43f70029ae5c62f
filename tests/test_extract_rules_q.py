"""Forms found by the seed-22 mutation sample of pipeline/extract/: an outlet called by its kind
right before its name and referred to again by that kind, a speaker whose name follows the
description without its closing comma, "such as" lists (one opening the text), a headline
fragment naming a plan, the one excepted from a flight ("everyone fled but X"), a headline
name picked up by a pronoun of the body, rival dates of a death, how salient a subject in a
"claims that" clause is, the denier of a claim about "he", "according to X" followed by "he
said", and a possessive in a fronted phrase of a copular clause."""

from __future__ import annotations

import pytest

from extracted import rows


# -- sources ------------------------------------------------------------------------------


def test_a_kind_word_before_a_name_lets_a_later_description_find_it():
    """'worked for broadcaster Orsen Ledger ... the broadcaster said': the kind written right
    before the name describes the outlet, so "the broadcaster" is Orsen Ledger; without it
    nothing ties the description to the name."""
    assert rows("Tomas Welk, who worked for broadcaster Orsen Ledger, was arrested on Monday, the broadcaster said.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "Orsen Ledger")]
    assert rows("Tomas Welk, who worked for Orsen Ledger, was arrested on Monday, the broadcaster said.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "the broadcaster")]


def test_a_speaker_named_after_a_description_without_a_closing_comma():
    """'His lawyer, Ana Pereira said ...': the parser gives "said" two subjects; the name right
    before the verb is the speaker."""
    assert rows("His lawyer, Ana Pereira said Tomas Welk was arrested on Monday.", "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "Ana Pereira")]


def test_according_to_a_person_then_he_said_is_that_person():
    """'According to X, police arrested Y. He said ...': the one quoted "according to" is a
    speaker, and a "he" who goes on saying things is that speaker, not the man arrested."""
    assert rows("According to Luka Horak, police arrested Tomas Welk on Monday. He said Ana Pereira had also been detained.",
                "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "Luka Horak"), ("ARREST", "Ana Pereira", "Luka Horak")]


# -- groups named by a list ----------------------------------------------------------------


def test_a_such_as_list_names_the_group():
    """'detained several activists, such as A and B': A and B were detained."""
    assert sorted(rows("Police detained several activists, such as Tomas Welk and Ana Pereira, on Monday.",
                       "type", "person")) == [("ARREST", "Ana Pereira"), ("ARREST", "Tomas Welk")]


def test_a_such_as_list_opening_the_text_names_the_group():
    """A list at the very start of a text ('Such as A and B, several activists were
    detained'): the first words of a text are read like any others."""
    assert sorted(rows("Such as Tomas Welk and Ana Pereira, several activists were detained on Monday.",
                       "type", "person")) == [("ARREST", "Ana Pereira"), ("ARREST", "Tomas Welk")]


# -- plans ---------------------------------------------------------------------------------


def test_a_headline_fragment_naming_a_vow_is_no_event():
    """'Vow to arrest X': a headline of what someone vowed, not an arrest; 'Police arrest X' is one."""
    assert rows("Vow to arrest Tomas Welk.", "type", "person") == []
    assert rows("Police arrest Tomas Welk.", "type", "person") == [("ARREST", "Tomas Welk")]


# -- who fled ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Everyone fled to Lorvania but Tomas Welk.", []),
    ("Tomas Welk fled to Lorvania, leaving his family behind.", [("DEFECT", "Tomas Welk")]),
])
def test_the_one_excepted_from_a_flight_did_not_flee(text, expected):
    """'Everyone fled to Lorvania but X': X is the one who stayed; 'X fled to Lorvania' is a flight."""
    assert rows(text, "type", "person") == expected


# -- headlines --------------------------------------------------------------------------------


def test_a_body_pronoun_for_a_headline_name_keeps_the_body_event():
    """'X arrested in Darnel' over 'He was detained on Monday, officials said': the body's
    arrest is of the man the headline names; it is one event, dated and sourced by the body."""
    text = "Tomas Welk arrested in Darnel\n\nHe was detained on Monday, officials said."
    assert rows(text, "type", "person", "date", "source") == [("ARREST", "Tomas Welk", "2024-05-20", "officials")]


# -- dates of a death --------------------------------------------------------------------------


def test_an_undated_death_takes_the_date_only_when_the_dated_accounts_agree():
    """'killed in March 2021 ... executed in June 2022 ... died, his lawyer said': the article's
    own accounts disagree, so the lawyer's undated death is not given either date; with one
    dated account it takes that date."""
    got = rows("Tomas Welk was killed in March 2021. Tomas Welk was executed in June 2022. Tomas Welk died, his lawyer said.",
               "type", "person", "date")
    assert ("DIE", "Tomas Welk", "") in got
    assert ("KILL", "Tomas Welk", "2021-03") in got and ("EXECUTE", "Tomas Welk", "2022-06") in got
    assert rows("Tomas Welk was killed in March 2021. Tomas Welk died, his lawyer said.", "type", "person", "date") == [
        ("KILL", "Tomas Welk", "2021-03"), ("DIE", "Tomas Welk", "2021-03")]


# -- pronouns ---------------------------------------------------------------------------------


def test_the_subject_of_a_claims_that_clause_is_less_salient_than_the_main_object():
    """'Police questioned X over claims that Y had fled abroad. He was arrested': the man the
    sentence is about (the one questioned) is the likelier "he" than the subject buried in the
    clause that says what the claims were."""
    assert rows("Police questioned Luka Horak over claims that Tomas Welk had fled abroad. He was arrested on Monday.",
                "type", "person") == [("DEFECT", "Tomas Welk"), ("ARREST", "Luka Horak")]


def test_he_in_a_claim_denied_is_the_one_who_denies_it():
    """'Y rejected claims that he had been arrested': "he" is Y, even when a man named in the
    sentence before is more salient than Y's buried clause."""
    assert rows("Luka Horak resigned on Monday. The party split after Tomas Welk rejected claims that he had been arrested.",
                "type", "person", "negated") == [("ARREST", "Tomas Welk", True)]


def test_a_possessive_in_a_fronted_phrase_of_a_copular_clause_is_its_subject():
    """'After his arrest, X was in hospital': the possessive looks ahead to the subject, the
    verb of the clause being "was", not to a man named before."""
    assert rows("Luka Horak spoke on Monday. After his arrest, Tomas Welk was in hospital for a week.",
                "type", "person") == [("ARREST", "Tomas Welk")]
