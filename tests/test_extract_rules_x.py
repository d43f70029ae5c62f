"""Forms found writing the seed-28 rule tests and reading real reports: a causative "had X
arrested" (what X underwent, the parser taking X for the participle's subject) and an inverted
condition after the clause it conditions ("..., had X been arrested")."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("The general had Tomas Welk arrested in May.", [("ARREST", "Tomas Welk", "2024-05")]),
    ("The president got Tomas Welk sacked last year.", [("PURGE", "Tomas Welk", "2023")]),
    ("The leader had his uncle Tomas Welk executed in 2013.", [("EXECUTE", "Tomas Welk", "2013")]),
    # the participle's own auxiliary: X himself had been arrested
    ("Tomas Welk had been arrested in May.", [("ARREST", "Tomas Welk", "2024-05")]),
])
def test_a_causative_have_or_get_tells_what_its_object_underwent(text, expected):
    """'The general had X arrested': after "have" or "get", the participle's parsed subject is
    its object, the one arrested, sacked or executed."""
    assert rows(text, "type", "person", "date") == expected


def test_a_causative_with_an_unnamed_object_names_no_one():
    """'had X's brother arrested': the brother, unnamed, was arrested, not X."""
    assert rows("The general had Tomas Welk's brother arrested in May.", "type", "person") == []
    assert rows("The general had Tomas Welk arrested in May.", "type", "person") == [("ARREST", "Tomas Welk")]


@pytest.mark.parametrize("text, expected", [
    ("Rebels plotted to have Tomas Welk killed.", []),  # a plan, not a killing
    ("The general wanted to have Tomas Welk arrested.", []),
    ("The general may have had Tomas Welk arrested in May.", [("ARREST", "Tomas Welk", True)]),
    ("The general reportedly had Tomas Welk arrested in May.", [("ARREST", "Tomas Welk", True)]),
    ("The general had Tomas Welk arrested in May.", [("ARREST", "Tomas Welk", False)]),
])
def test_the_causing_verb_carries_the_stance(text, expected):
    """'plotted to have X killed', 'reportedly had X arrested': the clause's plan or hedge sits on
    "have", not on the participle."""
    assert rows(text, "type", "person", "hedged") == expected


@pytest.mark.parametrize("text, told", [
    ("The party would have protested had Tomas Welk been arrested in May.",
     "The party protested after Tomas Welk had been arrested in May."),
    ("Protests would have followed had Tomas Welk been executed.",
     "Protests followed after Tomas Welk had been executed."),
    ("Police would have been blamed had Tomas Welk died in custody.",
     "Police were blamed after Tomas Welk died in custody."),
])
def test_a_trailing_inverted_condition_tells_no_event(text, told):
    """'..., the party would have protested had X been arrested': the parser makes "had" a clause
    of its own with the event under it; the event is still only the condition. Told as having
    happened, it is extracted."""
    assert rows(text, "type", "person") == []
    assert len(rows(told, "type", "person")) == 1


@pytest.mark.parametrize("text, expected", [
    ("The ministry intends, officials said, to dismiss Tomas Welk.", []),
    ("The ministry plans, sources said, to arrest Tomas Welk next week.", []),
    # a verb that is no plan: what it is the infinitive of happened
    ("The ministry decided, officials said, to dismiss Tomas Welk.", [("PURGE", "Tomas Welk", "officials")]),
])
def test_a_plan_interrupted_by_its_report_is_still_a_plan(text, expected):
    """'The ministry intends, officials said, to dismiss X': the parser hangs the infinitive on the
    interjected "said"; the plan word it continues is the one that counts."""
    assert rows(text, "type", "person", "source") == expected


@pytest.mark.parametrize("text, source", [
    ("Tomas Welk was freed on Monday, saying he had been arrested in May.", "Tomas Welk"),
    ("Tomas Welk was released on bail, saying police had arrested him without a warrant.", "Tomas Welk"),
    ("Tomas Welk left the court, saying he had been arrested in May.", "Tomas Welk"),  # an active clause, as before
])
def test_a_participle_of_saying_after_a_passive_clause_is_its_subjects_word(text, source):
    """'X was freed, saying he had been arrested': the one freed says it; the participle has no
    subject of its own and the clause it hangs on has a passive one."""
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", source)]


@pytest.mark.parametrize("text, expected", [
    ("Sworn in on Friday, Tomas Welk promised to fight corruption.", [("APPOINT", "Tomas Welk", "2024-05-17")]),
    ("Detained since May, Tomas Welk has not seen a lawyer.", [("ARREST", "Tomas Welk", "2024-05")]),
    # as with a passive main clause
    ("Arrested in May, Tomas Welk was freed on Monday.", [("ARREST", "Tomas Welk", "2024-05")]),
    # the one who underwent it is the main clause's subject, not a name after it
    ("Sworn in on Friday, Ana Pereira ordered the arrest of Tomas Welk.",
     [("APPOINT", "Ana Pereira", "2024-05-17"), ("ARREST", "Tomas Welk", "")]),
    ("Sworn in on Friday, the new governor ordered the arrest of Tomas Welk.", [("ARREST", "Tomas Welk", "")]),
])
def test_a_fronted_participle_happened_to_the_subject_of_its_clause(text, expected):
    """'Sworn in on Friday, X promised ...': a past participle opening the sentence, with no
    subject or auxiliary of its own, tells what the main clause's subject underwent, whether that
    clause is active or passive."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, date, date_text", [
    ("Tomas Welk was shot dead by gunmen on Wednesday night.", "2024-05-15", "Wednesday night"),
    ("Tomas Welk was arrested early on Sunday morning, his lawyer said.", "2024-05-19", "Sunday morning"),
    ("Tomas Welk was arrested on Friday, his lawyer said.", "2024-05-17", "Friday"),
])
def test_a_weekday_and_a_part_of_the_day_is_a_date(text, date, date_text):
    """'on Wednesday night': the model tags the phrase a TIME, which no date is read from; a
    weekday with "morning", "afternoon", "evening" or "night" is the weekday's date."""
    assert [r[1:] for r in rows(text, "person", "date", "date_text")] == [(date, date_text)]


def test_a_participle_the_parser_reads_as_an_adjective_of_a_title_before_a_name_names_that_person():
    """'A court jailed opposition leader X': the tagger reads "jailed" as an adjective of
    "leader", which is a compound of the name; the description leads to the name."""
    text = "A court in Darnel jailed opposition leader Ana Pereira for five years on Monday."
    assert rows(text, "type", "person") == [("IMPRISON", "Ana Pereira")]
    assert rows("A court in Darnel jailed Ana Pereira for five years on Monday.", "type", "person", "date") == [
        ("IMPRISON", "Ana Pereira", "2024-05-20")]


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira, who was arrested in 2019, was granted asylum last month.",
     [("ARREST", "Ana Pereira", "2019"), ("DEFECT", "Ana Pereira", "2024-04")]),
    ("Ana Pereira, who fled to Lisbon in 2019, was granted asylum last month.",
     [("DEFECT", "Ana Pereira", "2024-04"), ("DEFECT", "Ana Pereira", "2019")]),
    # a named organisation before "who" stays one
    ("Darnel Radio, who first reported the story, said Tomas Welk was arrested in May.",
     [("ARREST", "Tomas Welk", "2024-05")]),
])
def test_a_name_the_model_missed_before_a_who_clause_is_a_person(text, expected):
    """'Ana Pereira, who was arrested in 2019, ...': the model tags the name as nothing; a
    relative clause opened by "who" right after it, hung on it, says it is a person's."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, date", [
    ("Tomas Welk has been missing since he was summoned by the security services in March.", "2024-03"),
    ("Tomas Welk has been missing since he left his office in Darnel on Friday.", "2024-05-17"),
    # "after" a clause: what happened before, not when he went missing
    ("Tomas Welk went missing after he was summoned by the security services in March.", ""),
])
def test_missing_since_a_clause_is_dated_by_it(text, date):
    """'has been missing since he was summoned in March': the since-clause says when the
    disappearance began, as it does for "has not been seen since"."""
    assert rows(text, "type", "person", "date") == [("DISAPPEAR", "Tomas Welk", date)]


@pytest.mark.parametrize("text, expected", [
    ("Ana Pereira was re-elected mayor of Darnel for a third term in 2022.", [("ELECT", "Ana Pereira", "2022")]),
    ("Ana Pereira was stripped of her post as deputy prime minister on Friday.",
     [("PURGE", "Ana Pereira", "2024-05-17")]),
    ("Ana Pereira was re-appointed defence minister on Friday.", [("APPOINT", "Ana Pereira", "2024-05-17")]),
    ("Ana Pereira was reappointed defence minister on Friday.", [("APPOINT", "Ana Pereira", "2024-05-17")]),
])
def test_a_name_the_model_missed_as_the_subject_of_re_election_or_stripping_is_a_person(text, expected):
    """'Ana Pereira was re-elected ...': the model tags the name as nothing; the subject of
    "strip" or of a "re-" form of a verb in ``person_slots.txt`` is a person's (the lemmatizer
    makes "re-elected" into "re-electe"). Re-appointment is an appointment."""
    assert rows(text, "type", "person", "date") == expected


def test_the_one_whose_whereabouts_are_unknown_is_a_person():
    """'Ana Pereira's whereabouts have been unknown since her arrest in May': the model tags
    "Pereira" as a place; only a person has whereabouts (``person_slots.txt``)."""
    assert rows("Ana Pereira's whereabouts have been unknown since her arrest in May.", "type", "person", "date") == [
        ("ARREST", "Ana Pereira", "2024-05"), ("DISAPPEAR", "Ana Pereira", "2024-05")]


@pytest.mark.parametrize("text", [
    "The military junta named Colonel Tomas Welk as interim president on Wednesday.",
    "The military junta named Tomas Welk as interim president on Wednesday.",
])
def test_a_title_between_a_verb_and_the_name_it_lost_is_skipped(text):
    """'The junta named Colonel X as interim president': the parser makes the name the root and
    loses the verb's object; the name right after the verb, past its title, is the one named."""
    assert rows(text, "type", "person") == [("APPOINT", "Tomas Welk")]
