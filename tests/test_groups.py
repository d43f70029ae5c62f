"""Events of a group whose members are named after it. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,type_", [
    ("Two men were hanged at dawn in Varna on Monday. The men have been identified as Teo Marsh and Ilan Vokk.", "EXECUTE"),
    ("Police arrested four activists on Monday. Those held included lawyer Teo Marsh and Ilan Vokk.", "ARREST"),
    ("Teo Marsh and Ilan Vokk were among those arrested on Monday.", "ARREST"),
    ("The president sacked three ministers on Monday. The sacked ministers are Teo Marsh and Ilan Vokk.", "PURGE"),
])
def test_members_named_after_the_group(events_of, text, type_):
    got = {(e.type, e.person, e.date) for e in events_of(text, published="2025-06-24")}
    assert {(type_, "Teo Marsh", "2025-06-23"), (type_, "Ilan Vokk", "2025-06-23")} <= got


@pytest.mark.parametrize("text", [
    "Two men were hanged at dawn in Varna on Monday. Teo Marsh, a lawyer, condemned the executions.",
    "Two men were hanged at dawn in Varna on Monday. The judges were identified as Teo Marsh and Ilan Vokk.",
    "Two men were hanged at dawn in Varna on Monday. It rained. The weather was cold. The men were identified "
    "as Teo Marsh and Ilan Vokk.",  # too far to be the same group
])
def test_a_name_that_is_not_the_group_gets_nothing(events_of, text):
    assert not [e for e in events_of(text) if e.type == "EXECUTE"]


def test_a_name_coordinated_with_a_person_is_a_person(annotate):
    doc = annotate("Teo Marsh and Ilan Vokk were among those arrested on Monday.")
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} == {"Teo Marsh", "Ilan Vokk"}
