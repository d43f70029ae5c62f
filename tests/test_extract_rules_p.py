"""Common news forms the rules misread, found by running batches of invented sentences of
the kinds real articles use: prospects, escapes that are no flight, an infinitive's patient,
reports dismissed or proved false, handshakes, posts given, a time hung on the object,
"likely to have been", "nothing has been heard of", prospects fronted or inflected ("Hoping to
succeed X, ...", "due to be sworn in")."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text", [
    "Tomas Welk has been tipped to succeed Ana Pereira as party leader.",
    "Tomas Welk is poised to become the next prime minister.",
    "Tomas Welk is likely to be named foreign minister.",
    "Tomas Welk is due to be sworn in as president on Friday.",
    "Tomas Welk is slated to replace Ana Pereira as governor.",  # "slated": the lemmatizer gives "slat"
    "Tomas Welk is the favourite to succeed Ana Pereira as party leader.",
])
def test_a_prospect_is_no_event(text):
    """What is tipped, likely, due or slated has not happened."""
    assert rows(text, "type", "person") == []


def test_the_same_posts_taken_are_events():
    assert rows("Tomas Welk was sworn in as president on Friday.", "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk succeeded Ana Pereira as party leader in May.", "type", "person") == [
        ("APPOINT", "Tomas Welk")]


def test_an_infinitive_takes_no_patient_from_the_passive_above_it():
    """'X was chosen to replace Y': Y is the one replaced, not X (the passive subject of the verb
    above the infinitive); X takes the post."""
    assert rows("Tomas Welk was chosen to replace Ana Pereira as governor.", "type", "person") == [
        ("APPOINT", "Tomas Welk"), ("PURGE", "Ana Pereira")]
    assert rows("The council voted to replace Ana Pereira as governor.", "type", "person") == [("PURGE", "Ana Pereira")]


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk escaped an assassination attempt on Monday.", []),
    ("Tomas Welk fled the scene before police arrived.", []),
    ("Tomas Welk escaped to Lorvania in 2015.", [("DEFECT", "Tomas Welk")]),
    ("Tomas Welk fled the country in 2015.", [("DEFECT", "Tomas Welk")]),
    ("Tomas Welk escaped arrest by fleeing to Lorvania.", [("DEFECT", "Tomas Welk")]),
])
def test_escaping_harm_or_fleeing_a_scene_is_no_flight_abroad(text, expected):
    """'escaped an assassination attempt', 'fled the scene': what is escaped is a danger or a
    place of a crime, not a state; 'escaped to Lorvania', 'fled the country' are flights."""
    assert rows(text, "type", "person") == expected


@pytest.mark.parametrize("text", [
    "The ministry dismissed reports that Tomas Welk had been executed.",
    "The ministry dismissed as false reports that Tomas Welk had been executed.",
])
def test_dismissing_reports_denies_them(text):
    """'dismissed reports that X had been executed': the ministry denies the execution; 'dismissed
    X over reports of corruption' is a dismissal, not a denial."""
    assert rows(text, "type", "source", "negated") == [("EXECUTE", "The ministry", True)]
    assert rows("The president dismissed Tomas Welk over reports of corruption.", "type", "negated") == [
        ("PURGE", False)]


@pytest.mark.parametrize("text", [
    "Tomas Welk and Ana Pereira shook hands in Darnel on Monday.",
    "Tomas Welk shook hands with Ana Pereira at the summit.",
])
def test_two_named_people_shaking_hands_meet(text):
    assert sorted(rows(text, "type", "person")) == [("MEET", "Ana Pereira"), ("MEET", "Tomas Welk")]
    assert rows("Tomas Welk shook hands with voters in Darnel.", "person") == []


@pytest.mark.parametrize("text, negated", [
    ("Reports that Tomas Welk had been executed proved false.", True),
    ("Reports that Tomas Welk had been executed proved to be false.", True),
    ("Reports that Tomas Welk had been executed turned out to be untrue.", True),
    ("Reports that Tomas Welk had been executed proved accurate.", False),
])
def test_reports_that_proved_false_are_denied(text, negated):
    """'Reports that X had been executed proved false': "prove" and "turn out" call the reports
    untrue as "were false" does; "proved accurate" confirms them."""
    assert rows(text, "type", "negated") == [("EXECUTE", negated)]


def test_a_time_the_parser_hangs_on_the_verbs_object_dates_the_event():
    """'assumed the post of defence minister in March': "in March" is hung on "post"; it dates
    the taking of the post. A person's object keeps its own rules (tests/test_events.py)."""
    assert rows("Tomas Welk assumed the post of defence minister in March.", "type", "date") == [("APPOINT", "2024-03")]


@pytest.mark.parametrize("text", [
    "Tomas Welk was given the job of chief of staff.",
    "Tomas Welk was handed the finance portfolio in a reshuffle on Monday.",
    "The president gave Tomas Welk the post of defence minister.",
])
def test_being_given_a_post_is_an_appointment(text):
    assert rows(text, "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk gave a speech on Monday.", "person") == []


def test_likely_to_have_been_is_a_hedged_event_and_likely_to_be_a_prospect():
    """'X is likely to have been executed': a perfect infinitive tells what is held to have
    happened (hedged by "likely"), its subject raised through the adjective; 'likely to be
    executed' has not happened, nor has 'plotted to have X killed'."""
    assert rows("Tomas Welk is likely to have been executed, a defector said.", "type", "person", "source", "hedged") == [
        ("EXECUTE", "Tomas Welk", "a defector", True)]
    assert rows("Tomas Welk is likely to be executed.", "type") == []
    assert rows("Rebels plotted to have Tomas Welk killed.", "type") == []


def test_nothing_heard_of_someone_since_is_a_disappearance():
    """'Nothing has been heard of X since March': X's whereabouts are unknown since then, as in
    'X has not been heard from since'; 'much has been heard of X' tells no absence."""
    assert rows("Nothing has been heard of Tomas Welk since March.", "type", "person", "date", "negated") == [
        ("DISAPPEAR", "Tomas Welk", "2024-03", False)]
    assert rows("Much has been heard of Tomas Welk since his arrest.", "type", "person") == [("ARREST", "Tomas Welk")]


@pytest.mark.parametrize("text", [
    "Hoping to succeed Ana Pereira, Tomas Welk spoke at the rally.",  # the lemmatizer gives "hop"
    "Tomas Welk hopes to succeed Ana Pereira.",
    "Tomas Welk is set to become president.",
    "Set to become president, Tomas Welk spoke at the rally.",
    "Due to be sworn in on Friday, Tomas Welk spoke on Monday.",  # "to be": the passive infinitive
])
def test_a_prospect_in_a_fronted_phrase_or_an_inflected_frame_is_no_event(text):
    """What is hoped, set or due has not happened, whether the frame opens the sentence or its
    verb is inflected in a way the lemmatizer misreads."""
    assert rows(text, "type", "person") == []


@pytest.mark.parametrize("text, expected", [
    ("Having succeeded Ana Pereira in May, Tomas Welk spoke at the rally.", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk succeeded Ana Pereira.", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk became president.", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk was sworn in on Friday and spoke on Monday.", [("APPOINT", "Tomas Welk")]),
])
def test_the_same_posts_taken_without_the_frame_are_events(text, expected):
    assert rows(text, "type", "person") == expected
