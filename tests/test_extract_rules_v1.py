"""Forms found by the seed-27 mutation sample of pipeline/extract/: an outlet named after a family
the article names ("Welk Family Radio"), an outlet the parser hangs in apposition on a place ("in
Darnel, a weekly newspaper reported") picked up again by "it" or "the paper", an "according to"
followed by a clause rather than a noun, and "he" after the possessor of a subordinate clause's
subject ("After Tomas Welk's passport was seized, he ...")."""

from __future__ import annotations

import pytest

from extracted import rows


# -- sources ------------------------------------------------------------------------------


def test_an_outlet_named_after_a_family_keeps_its_whole_name():
    """'..., Welk Family Radio reported': with no "'s" in it, a family name opening an outlet's
    name is part of that name, not an owner to strip off, even when a Welk is named in the article."""
    assert rows("Police arrested Marta Welk in Darnel on Monday, Welk Family Radio reported.",
                "type", "person", "source") == [("ARREST", "Marta Welk", "Welk Family Radio")]
    assert rows("Marta Welk founded Welk Family Radio in 2010. The radio said on Tuesday that Ana Pereira "
                "had been arrested in Darnel.", "type", "person", "source") == [
        ("ARREST", "Ana Pereira", "Welk Family Radio")]


@pytest.mark.parametrize("follow", [
    "It said Tomas Welk, a student, was arrested.",
    "The paper said a student, Tomas Welk, was among those arrested.",
])
def test_an_outlet_hung_on_a_place_in_apposition_reports_what_follows(follow):
    """'Protests broke out in Darnel, a weekly newspaper reported': the parser makes "newspaper" an
    apposition of "Darnel" and "reported" its modifier; the newspaper is still a reporter, and
    "it" or "the paper" in the next sentence is that newspaper (never the town)."""
    text = f"Protests broke out in Darnel, a weekly newspaper reported on Tuesday. {follow}"
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "a weekly newspaper")]


@pytest.mark.parametrize("text, source", [
    ("Tomas Welk was arrested in Darnel, a weekly newspaper reported on Tuesday.", "a weekly newspaper"),
    ("Tomas Welk was detained at his home in Darnel, the state broadcaster reported.", "the state broadcaster"),
    # an apposition that is no source: a place or a paper "reported to be" something, a place
    # mentioned or described
    ("Tomas Welk was arrested in Darnel, a city reported to be calm after the protests.", ""),
    ("Tomas Welk was arrested in Darnel, a town near the border.", ""),
    ("Tomas Welk was arrested in Darnel, a newspaper reported to be close to the army.", ""),
    ("Tomas Welk was arrested in Darnel, a city mentioned in the report.", ""),
    ("Tomas Welk was arrested in Darnel, a town described in the report as calm.", ""),
])
def test_an_outlet_hung_on_the_place_of_the_event_is_its_source(text, source):
    """'X was arrested in Darnel, a weekly newspaper reported': the parser hangs the newspaper on
    the place, inside the event's own clause; a noun of a kind of source whose reporting verb has
    no complement of its own is the event's source, a place said to be something is not."""
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", source)]


@pytest.mark.parametrize("first, source", [
    ("Officials at the Darnel prosecutor's office said on Monday that the case was closed.", "Officials"),
    ("Two officials in Darnel spoke to reporters on Monday.", ""),  # no source named before: no one
])
def test_according_to_them_is_the_source_named_before_or_no_one(first, source):
    """'According to them, X was arrested': the object pronoun refers back as "they" does, to the
    source last named; it is never the source "them" itself."""
    text = f"{first} According to them, Tomas Welk was arrested last week."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", source)]


@pytest.mark.parametrize("text, source", [
    ('"According to us, Tomas Welk was arrested last week," the Darnel Herald said on Monday.', "Darnel Herald"),
    ("According to him, Tomas Welk was arrested last week.", ""),
])
def test_an_object_pronoun_is_never_the_source_as_written(text, source):
    """"according to us" inside a quote is the quote's speaker's word; "according to him" with no
    one it can be is no one's, never the source "us" or "him"."""
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", source)]


@pytest.mark.parametrize("first, source", [
    ("The Darnel Herald ran the story on Monday.", "Darnel Herald"),
    # not a text it put out: an award it won, a profit it made, a story it doubted
    ("The Darnel Herald won an award on Monday.", ""),
    ("The Darnel Herald made a profit last year.", ""),
    ("The Darnel Herald doubted the story on Monday.", ""),
])
def test_an_outlet_that_put_out_a_text_is_the_it_that_reports_next(first, source):
    """'The Herald ran the story. It reported that ...': the subject of a verb that puts out a
    text (``issuing`` in word_classes.txt) with a report noun for its object is a source, so
    a later "it" refers to it."""
    text = f"{first} It reported that Tomas Welk had been arrested."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", source)]


def test_according_to_a_clause_names_no_one_and_the_description_is_still_resolved():
    """'The activist died ..., according to what is known so far': an "according to" followed by a
    clause, not a noun, names no reporter; "the activist" is still the Tomas Welk named before."""
    text = ("Tomas Welk was arrested in March. The activist died in custody on Sunday, "
            "according to what is known so far.")
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", ""), ("DIE", "Tomas Welk", "")]


# -- pronouns -------------------------------------------------------------------------------


def test_he_after_the_possessor_in_a_subordinate_clause_is_that_possessor():
    """'After Tomas Welk's passport was seized ..., he was arrested': the owner of the clause's
    subject is the nearest candidate, and a passport cannot be "he"; it outranks the one who spoke
    in the sentence before."""
    text = ("Luka Horak said on Monday that the border had been closed. "
            "After Tomas Welk's passport was seized at the airport, he was arrested.")
    assert rows(text, "type", "person") == [("ARREST", "Tomas Welk")]


@pytest.mark.parametrize("before, source", [
    ("The interior ministry issued a statement on Monday.", "The interior ministry"),
    # the source last named, whether written "the X" or "a X"
    ("A rights group said on Monday that the border was closed. The ministry said the roads were open.",
     "The ministry"),
    ("The ministry said on Monday that the border was closed. A rights group said the roads were open.",
     "A rights group"),
    # "the radio" is the Kestrel Radio named before it
    ("Kestrel Radio said on Monday that the border was closed. The radio said the roads were open.", "Kestrel Radio"),
    ("The ministry said on Monday that the border was closed. The governor Ana Pereira resigned.", "The ministry"),
    ("The border was closed on Monday.", ""),  # no source before: no one
])
def test_it_is_the_source_last_named_a_definite_description_included(before, source):
    """'The ministry issued a statement. It said X was arrested': "it" refers back to the source
    last named before it, a description written "the X" as well as "a X" or a name, and is
    named as that source is where it stands."""
    text = f"{before} It said Tomas Welk was arrested in Darnel on Sunday."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", source)]


def test_they_is_the_definite_source_last_named():
    """'The officials said ... They said X was arrested': "they" as "it"."""
    text = "The officials said on Monday that the border was closed. They said Tomas Welk was arrested on Sunday."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "The officials")]


@pytest.mark.parametrize("tail, source", [
    ("according to what her lawyer told reporters", "Varga's lawyer"),
    ("according to what the ministry said", "the ministry"),
    ("according to what is known so far", ""),  # no one says it
    ("according to what her neighbours saw", ""),  # seeing is no reporting
])
def test_according_to_what_someone_said_names_the_one_who_said_it(tail, source):
    """'according to what her lawyer told reporters': the subject of a reporting verb in the
    clause "according to" takes is the source, as the noun it takes would be."""
    text = f"Police arrested the former mayor Odile Varga on Friday, {tail}."
    assert rows(text, "type", "person", "source") == [("ARREST", "Odile Varga", source)]
