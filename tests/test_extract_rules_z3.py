"""The successor named beside an outgoing official or one who had left ("X replaced the
outgoing minister Y", "X replaced Y, who had resigned, as minister", "X succeeded the retiring
governor Y"): X took up the post (APPOINT), while Y, who left of their own accord, is no PURGE."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk replaced the outgoing defence minister, Ana Pereira, in March.",
     [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk replaced the outgoing minister Ana Pereira in March.",
     [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk replaced the former governor Ana Pereira in Darnel.",
     [("APPOINT", "Tomas Welk", "")]),
    ("The outgoing minister Ana Pereira was replaced by Tomas Welk in March.",
     [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Ana Pereira, the outgoing minister, was replaced by Tomas Welk in March.",
     [("APPOINT", "Tomas Welk", "2024-03")]),
])
def test_the_successor_of_an_outgoing_official_is_appointed(text, expected):
    """'X replaced the outgoing minister Y': Y's leaving is no purge, but X took up the post."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk replaced the defence minister, Ana Pereira, in March.",
     [("APPOINT", "Tomas Welk", "2024-03"), ("PURGE", "Ana Pereira", "2024-03")]),
    ("Tomas Welk replaced the minister Ana Pereira in March.",
     [("APPOINT", "Tomas Welk", "2024-03"), ("PURGE", "Ana Pereira", "2024-03")]),
    ("Tomas Welk replaced the governor Ana Pereira in Darnel.",
     [("APPOINT", "Tomas Welk", ""), ("PURGE", "Ana Pereira", "")]),
])
def test_without_outgoing_the_one_replaced_is_still_purged(text, expected):
    """The same sentences without "outgoing" or "former": Y was put out of the post (PURGE), as
    before, beside X's appointment."""
    assert rows(text, "type", "person", "date") == expected


def test_the_successor_of_one_who_had_resigned_is_appointed():
    """'X replaced Y, who had resigned in May, as minister': Y left of their own accord, X took
    the post; with a relative clause that tells no leaving, Y is purged as before."""
    assert rows("Tomas Welk replaced Ana Pereira, who had resigned in May, as minister.",
                "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk replaced Ana Pereira, who had retired in May, as minister.",
                "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk replaced Ana Pereira, who had been criticised in May, as minister.",
                "type", "person") == [("APPOINT", "Tomas Welk"), ("PURGE", "Ana Pereira")]


def test_succeeding_a_retiring_governor_appoints_the_successor():
    """'X succeeded the retiring governor Y': "succeed" tells no purge; X took the post, with or
    without "retiring" (this worked before and is kept)."""
    assert rows("Tomas Welk succeeded the retiring governor Ana Pereira in Darnel.",
                "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk succeeded the governor Ana Pereira in Darnel.",
                "type", "person") == [("APPOINT", "Tomas Welk")]


def test_a_subject_that_is_no_person_takes_up_no_post():
    """'The ministry replaced the outgoing spokesman Y': no one named took the post, and the
    outgoing Y was not purged; without "outgoing" Y's removal is extracted."""
    assert rows("The ministry replaced the outgoing spokesman Ana Pereira.", "type", "person") == []
    assert rows("The ministry replaced the spokesman Ana Pereira.", "type", "person") == [("PURGE", "Ana Pereira")]


def test_a_block_that_spares_no_one_still_blocks_the_successor():
    """A substitution in a match ("replaced Y in the 60th minute") blocks every rule on the word,
    the successor's appointment too; in the same words without the match, both are told."""
    assert rows("Tomas Welk replaced Ana Pereira in the 60th minute.", "type", "person") == []
    assert rows("Tomas Welk replaced Ana Pereira as minister.", "type", "person") == [
        ("APPOINT", "Tomas Welk"), ("PURGE", "Ana Pereira")]
