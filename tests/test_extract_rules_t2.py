"""Forms found by the seed-25 mutation sample of pipeline/extract/: a man described by a phrase
with "his" ("X, his arm in a sling, was freed, saying he ...") who is told of in a passive
clause and says something himself, and a denial of an arrest beside a reported execution, which
denies the arrest and not the execution."""

from __future__ import annotations

import pytest

from extracted import rows


# -- pronouns -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tomas Welk, his arm in a sling, was freed on Monday, saying he had been arrested without charge.",
    "Tomas Welk, his face still bruised, was pictured outside the court, saying he had been detained for a week.",
])
def test_a_man_freed_saying_he_was_arrested_is_the_one_arrested(text):
    """'X, his arm in a sling, was freed, saying he had been arrested': X is the subject of the
    passive "was freed", not the one a "his" in his phrase ties him to (as with "X, his lawyer,
    said he ..."), so "he" is X. Only the subject of an active verb counts as the one whose
    phrase names a tie."""
    assert rows(text, "type", "person") == [("ARREST", "Tomas Welk")]
    # with an active reporting verb, "X, his lawyer, said he ..." is about the client named before
    assert rows("Luka Horak was detained in March. Tomas Welk, his lawyer, said he had been arrested without charge.",
                "type", "person") == [("ARREST", "Luka Horak")]


# -- denials --------------------------------------------------------------------------------


def test_a_denied_arrest_stays_an_arrest_beside_a_reported_execution():
    """'X was executed last year. The ministry denied that he had ever been arrested': only a
    denied death ("he is alive and well") stands for the end the article reports; a denied
    arrest is an arrest, whatever else the article says happened to X."""
    assert rows("Tomas Welk was executed in Darnel last year. The ministry denied that he had ever been arrested.",
                "type", "person", "source", "negated") == [
        ("EXECUTE", "Tomas Welk", "", False), ("ARREST", "Tomas Welk", "The ministry", True)]
    assert rows("Tomas Welk was executed in Darnel last year. The ministry says he is alive and well.",
                "type", "person", "source", "negated") == [
        ("EXECUTE", "Tomas Welk", "", False), ("EXECUTE", "Tomas Welk", "The ministry", True)]


def test_a_denial_does_not_deny_the_event_it_is_dated_by():
    """'denied that X was tortured after his arrest': what is denied is the torture; the arrest
    it is dated by is taken as known, on the denier's word (as on a reporter's: 'X lost his post
    weeks before his arrest, his lawyer said'). Denying the arrest itself negates it."""
    assert rows("The ministry denied that Tomas Welk was tortured after his arrest in May.",
                "type", "person", "source", "negated") == [("ARREST", "Tomas Welk", "The ministry", False)]
    assert rows("The ministry denied that Tomas Welk was arrested in May.",
                "type", "person", "source", "negated") == [("ARREST", "Tomas Welk", "The ministry", True)]
    assert rows("Ana Pereira was shot dead on Monday. Police denied that she had been detained before her death.",
                "type", "person", "source", "negated") == [
        ("KILL", "Ana Pereira", "", False), ("ARREST", "Ana Pereira", "Police", True),
        ("DIE", "Ana Pereira", "Police", False)]
