"""Rules pinned for the survivors of a fresh mutation sample of pipeline/extract (seed 10, the ones a helper took):
each test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

from extracted import events


def test_a_second_subject_in_brackets_names_a_bare_description():
    """'One suspect (the banker X) died': the verb's second subject names the first, a bare description."""
    got = events("One suspect (the banker Tomas Welk) died in custody.")
    assert list(zip(got.type, got.person)) == [("DIE", "Tomas Welk")]


def test_a_date_owning_the_attribute_of_become_dates_the_appointment():
    """'became last year's president': a date owning the attribute of 'become' dates the appointment."""
    got = events("Tomas Welk became last year's president of the rowing federation.")
    assert list(zip(got.type, got.person, got.date)) == [("APPOINT", "Tomas Welk", "2023")]


def test_a_passive_conjunct_with_its_own_subject_does_not_borrow_the_first_clause_subject():
    """'X was sacked, and Y was elevated to ...': the elevation is not X's (only X's sacking is)."""
    got = events("Tomas Welk was sacked on Monday, and Adaeze Obi was elevated to the post of governor.")
    pairs = list(zip(got.type, got.person))
    assert ("PURGE", "Tomas Welk") in pairs
    assert ("APPOINT", "Tomas Welk") not in pairs


def test_a_passive_gerund_with_its_own_subject_does_not_borrow_the_main_subject():
    """'X was jailed despite his deputy being elevated to ...': the elevation is the deputy's, not X's."""
    got = events("Tomas Welk was jailed in 2019 despite his deputy being elevated to the post of governor.")
    pairs = list(zip(got.type, got.person))
    assert ("IMPRISON", "Tomas Welk") in pairs
    assert ("APPOINT", "Tomas Welk") not in pairs


def test_the_possessor_of_the_main_subject_outranks_a_prepositional_object_for_a_later_he():
    """'X's lawyer visited a prison with Y. He was arrested': X, the main subject's possessor, is "he"."""
    got = events("Tomas Welk's lawyer visited a prison in Darnel with Adaeze Obi on Monday. He was arrested on Tuesday.")
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Tomas Welk", "2024-05-14")]


def test_a_name_used_as_a_modifier_ranks_below_a_prepositional_object_for_a_later_he():
    """'a call from Y, police questioned X supporters. He was arrested': "he" is Y, not the modifier X."""
    got = events("After a call from Piet Ornsby, police questioned dozens of Tomas Welk supporters. "
                 "He was arrested on Tuesday.")
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Piet Ornsby", "2024-05-14")]


def test_a_role_in_a_killing_said_to_be_decisive_is_no_denial_of_it():
    """'denied that its role in the ambush in which X died was decisive': a verb between the role and
    the denial stops it being a denied part in the death; the death stands, undenied."""
    got = events("The army denied that its role in the ambush in which Tomas Welk died was decisive.")
    assert list(zip(got.type, got.person, got.source, got.negated)) == [("DIE", "Tomas Welk", "", False)]


def test_which_as_the_subject_of_a_reporting_verb_is_the_noun_it_relates_to():
    """'Radio X, which reported that Y had been arrested, ...': "which" is Radio X, the source."""
    got = events("Radio Perun, which reported that Tomas Welk had been arrested, is based in Darnel.")
    assert list(zip(got.type, got.person, got.source)) == [("ARREST", "Tomas Welk", "Radio Perun")]


def test_a_pronoun_inside_what_a_person_reports_does_not_give_that_person_a_gender():
    """'X said he had received threats. Days later she was arrested': "he" may be anyone, so X may be "she"."""
    got = events("Kim Toller said he had received threats. Days later she was arrested.")
    assert list(zip(got.type, got.person)) == [("ARREST", "Kim Toller")]


def test_the_pronoun_of_a_saying_participle_is_its_speaker_not_the_object_of_the_main_verb():
    """'X phoned Y, saying he had been arrested': with no denial in sight, "he" is X, who says it."""
    got = events("Tomas Welk phoned Piet Ornsby on Monday, saying he had been arrested.")
    assert list(zip(got.type, got.person, got.source)) == [("ARREST", "Tomas Welk", "Tomas Welk")]
