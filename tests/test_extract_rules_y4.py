"""A name the model misses (no entity, or part of it taken for a place) in a slot only a person
fills: the undergoer of installation, killing, kidnapping and releasing verbs, the one installed
"as <role>", the passive subject of "handed a prison term", and the subject a later "his"/"her
arrest" agrees with."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira was sworn in as prime minister on Monday.", [("APPOINT", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was sworn in on Monday.", [("APPOINT", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was inaugurated as president on Monday.", [("APPOINT", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was crowned queen on Monday.", [("APPOINT", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was nominated as defence minister on Monday.", [("APPOINT", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was picked as defence minister on Monday.", [("APPOINT", "Ana Pereira", "2024-05-20")]),
])
def test_the_one_sworn_in_or_installed_in_a_role_is_a_person(text, expected):
    """'X was sworn in', 'X was inaugurated as president', 'X was crowned queen': only a person is
    sworn in, and the undergoer of a verb whose complement is a role or title takes up the role."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira was kidnapped in Darnel on Monday.", [("ARREST", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was apprehended on Monday.", [("ARREST", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was rounded up on Monday.", [("ARREST", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was strangled on Monday.", [("KILL", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was slain on Monday.", [("KILL", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was gunned down on Monday.", [("KILL", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira passed away on Monday.", [("DIE", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was deposed on Monday.", [("PURGE", "Ana Pereira", "2024-05-20")]),
])
def test_the_undergoer_of_a_verb_of_a_whole_class_of_harm_to_people_is_a_person(text, expected):
    """Kidnapping, Killing, Death, Change_of_leadership verbs (phrasal ones too: "gunned down",
    "passed away") whose undergoer is a person: the name the model missed is recovered."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira was handed a five-year prison term on Monday.", [("IMPRISON", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was given a five-year prison sentence on Monday.", [("IMPRISON", "Ana Pereira", "2024-05-20")]),
    ("Ana Pereira was handed 11 years on Monday.", [("IMPRISON", "Ana Pereira", "2024-05-20")]),
])
def test_the_passive_subject_of_a_given_prison_term_is_a_person(text, expected):
    """'X was handed a five-year prison term': the one a court gives a sentence or a counted term
    to is a person."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text", [
    "Ana Pereira has been held since her arrest in January.",
    "Ana Pereira has been in custody since her arrest in January.",
])
def test_the_subject_a_later_her_arrest_agrees_with_is_a_person(text):
    """'X has been held since her arrest': the model takes "Pereira" for a place; "her" on the
    clause's own arrest agrees with the subject, so the subject is a person."""
    assert rows(text, "type", "person", "date") == [("ARREST", "Ana Pereira", "2024-01")]


def test_a_release_makes_its_undergoer_a_person_for_the_article():
    """'X was freed on Monday. She had been arrested in May.': only the undergoer of "free" is a
    person, and "she" then finds her."""
    assert rows("Ana Pereira was freed on Monday. She had been arrested in May.", "type", "person", "date") == [
        ("ARREST", "Ana Pereira", "2024-05")]


def people(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("firm, person", [
    ("Darnel Telecom was released from its contract on Monday.",
     "Ana Pereira was released from her contract on Monday."),
    ("Darnel Motors was handed a five-year term on Monday.", "Ana Pereira was handed a five-year term on Monday."),
])
def test_a_firm_in_the_same_slot_is_no_person(annotate, firm, person):
    """A company's name (a kind-of-firm word: "Telecom", "Motors") in the undergoer's slot of
    "release" or "hand a term" is never made a person; the same sentence about a person is."""
    assert people(annotate(firm)) == []
    assert people(annotate(person)) == ["Ana Pereira"]


def test_a_deadline_given_is_no_sentence(annotate):
    """'was given a month to respond' is a deadline (no count, an infinitive), not a term: the
    name stays unrecognised, while "was given 11 months" makes it a person."""
    assert people(annotate("Ana Pereira was given a month to respond.")) == []
    assert people(annotate("Ana Pereira was given 11 months on Monday.")) == ["Ana Pereira"]


def test_a_party_that_wins_an_election_is_no_person():
    """'The Darnel Party won the election': "win" is not a person's slot, and "Party" is an
    organisation's word; a person's name in the same sentence is elected."""
    assert rows("The Darnel Party won the election in March.", "type", "person") == []
    assert rows("Tomas Welk won the election in March.", "type", "person", "date") == [
        ("ELECT", "Tomas Welk", "2024-03")]


def test_a_team_crowned_champions_is_no_person(annotate):
    """'X were crowned champions': "champion" is no role or title, so only "crowned queen"
    makes its undergoer a person."""
    assert people(annotate("Darnel Vale were crowned champions on Monday.")) == []
    assert rows("Ana Pereira was crowned queen on Monday.", "type", "person") == [("APPOINT", "Ana Pereira")]


def test_a_place_that_mourns_a_death_is_no_person():
    """'South Darnel has been in mourning since his death': the whole name is a place, so "his"
    agrees with someone else; with a person's name the pronoun's death is hers."""
    assert rows("South Darnel has been in mourning since his death in January.", "type", "person") == []
    assert rows("Ana Pereira has been in mourning since her husband's death in January.", "type", "person") == []
    assert rows("Ana Pereira has been held since her arrest in January.", "type", "person") == [
        ("ARREST", "Ana Pereira")]
