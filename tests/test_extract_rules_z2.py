"""A successor who takes another's place ("X replaced Y as minister", "Y was replaced by X",
"X, who replaced Y", "X succeeded Y", "X supplanted Y", "X relieved Y as commander") takes up the
post (APPOINT), beside the removal of the one replaced where the removal is told today."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk replaced Ana Pereira as defence minister in March.",
     [("APPOINT", "Tomas Welk", "2024-03"), ("PURGE", "Ana Pereira", "2024-03")]),
    ("Ana Pereira was replaced as defence minister by Tomas Welk in March.",
     [("APPOINT", "Tomas Welk", "2024-03"), ("PURGE", "Ana Pereira", "2024-03")]),
    ("Tomas Welk replaced Ana Pereira in March.",
     [("APPOINT", "Tomas Welk", "2024-03"), ("PURGE", "Ana Pereira", "2024-03")]),
    ("Tomas Welk, who replaced Ana Pereira as party leader, spoke in Darnel on Monday.",
     [("APPOINT", "Tomas Welk", ""), ("PURGE", "Ana Pereira", "")]),
])
def test_the_one_who_replaces_someone_is_appointed(text, expected):
    """'X replaced Y as minister', passive 'Y was replaced by X', relative 'X, who replaced Y':
    X takes up the post Y is removed from; both are told."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk succeeded Ana Pereira as defence minister in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Ana Pereira was succeeded by Tomas Welk in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk took over from Ana Pereira as defence minister in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk supplanted Ana Pereira as party leader in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("General Tomas Welk relieved Ana Pereira as commander of the army in March.",
     [("APPOINT", "Tomas Welk", "2024-03")]),
])
def test_the_other_verbs_of_taking_a_place_appoint_the_successor(text, expected):
    """'succeeded', 'took over from', 'supplanted', 'relieved Y as commander' (and the passive
    'was succeeded by X'): the successor takes up the post; these verbs tell no removal."""
    assert rows(text, "type", "person", "date") == expected


def test_a_role_named_with_as_makes_a_described_predecessor_enough():
    """'replaced the ailing chief of staff as head of the army': no name for the one replaced,
    but the post is named; without a post and without a person replaced there is no event."""
    assert rows("Tomas Welk replaced the ailing chief of staff as head of the army in March.",
                "type", "person") == [("APPOINT", "Tomas Welk")]
    assert rows("Tomas Welk replaced the old printer.", "type", "person") == []
    assert rows("Tomas Welk replaced Ana Pereira.", "type", "person") == [
        ("APPOINT", "Tomas Welk"), ("PURGE", "Ana Pereira")]


def test_a_body_that_replaces_someone_is_no_successor():
    """'The ministry replaced Y as spokeswoman': the ministry is no person; only Y's removal.
    The same sentence with a person for subject tells the appointment too."""
    assert rows("The ministry replaced Ana Pereira as spokeswoman in March.", "type", "person") == [
        ("PURGE", "Ana Pereira")]
    assert rows("Tomas Welk replaced Ana Pereira as spokeswoman in March.", "type", "person") == [
        ("APPOINT", "Tomas Welk"), ("PURGE", "Ana Pereira")]


@pytest.mark.parametrize("text, told", [
    ("President Tomas Welk replaced Ana Pereira with Nuno Costa in March.",
     "President Tomas Welk replaced Ana Pereira as defence minister in March."),
    ("President Tomas Welk relieved Ana Pereira of her duties in March.",
     "General Tomas Welk relieved Ana Pereira as commander in March."),
])
def test_the_one_who_hands_the_post_over_or_takes_it_away_is_not_appointed(text, told):
    """'replaced Y with Z', 'relieved Y of her duties': the subject gives or takes the post, he does
    not take it; Y's removal stays. Taking Y's place ("as defence minister"), he is appointed."""
    assert rows(text, "type", "person") == [("PURGE", "Ana Pereira")]
    assert ("APPOINT", "Tomas Welk") in rows(told, "type", "person")


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk reportedly replaced Ana Pereira as defence minister in March.",
     [("APPOINT", "Tomas Welk", "", True, False), ("PURGE", "Ana Pereira", "", True, False)]),
    ("Tomas Welk did not replace Ana Pereira as defence minister.",
     [("APPOINT", "Tomas Welk", "", False, True), ("PURGE", "Ana Pereira", "", False, True)]),
    ("Tomas Welk replaced Ana Pereira as defence minister in March, police said.",
     [("APPOINT", "Tomas Welk", "police", False, False), ("PURGE", "Ana Pereira", "police", False, False)]),
])
def test_the_successor_shares_the_stance_and_source_of_the_removal(text, expected):
    """'reportedly replaced', 'did not replace', '..., police said': one verb tells both, so the
    appointment is hedged, denied and sourced as the removal is."""
    assert rows(text, "type", "person", "source", "hedged", "negated") == expected


def test_a_replacement_still_to_come_is_no_event():
    """'is expected to replace Y': a prospect, neither a removal nor an appointment; told as done,
    both are."""
    assert rows("Tomas Welk is expected to replace Ana Pereira as defence minister.", "type", "person") == []
    assert len(rows("Tomas Welk replaced Ana Pereira as defence minister.", "type", "person")) == 2
