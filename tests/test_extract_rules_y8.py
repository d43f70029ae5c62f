"""Wordings of taking or losing office and of being given asylum (installed, designated, took the
oath of office, sworn into office, took charge of; impeached, laid off, discharged
from, driven from power, voted out of office; granted asylum to, sought refuge in a country)."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk was installed as prime minister in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("The army installed Tomas Welk as president in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was designated prime minister in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk took the oath of office in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk took the oath as president in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was sworn into office in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk took charge of the army in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was put in charge of the ministry in March.", [("APPOINT", "Tomas Welk", "2024-03")]),
])
def test_taking_office(text, expected):
    """Change of leadership and assuming office: "installed" (lemmatised "instal"), a predicate
    office after "designated", the oath of office, taking charge."""
    assert rows(text, "type", "person", "date") == expected


@pytest.mark.parametrize("text, told", [
    ("Tomas Welk installed new software in March.", "Tomas Welk was installed as prime minister in March."),
    ("Tomas Welk was designated a terrorist in March.", "Tomas Welk was designated prime minister in March."),
    ("Tomas Welk took an oath of loyalty in March.", "Tomas Welk took the oath of office in March."),
    ("Tomas Welk took the oath and testified in March.", "Tomas Welk took the oath as president in March."),
    ("Tomas Welk was put in charge of the investigation in March.",
     "Tomas Welk was put in charge of the ministry in March."),
    ("Tomas Welk assumed that the talks would fail.", "Tomas Welk assumed the presidency in January."),
])
def test_near_wordings_that_take_no_office(text, told):
    """Software installed, a terrorist designated, a witness's oath, an investigation in his
    charge, an assumption: no office taken; the office wording is."""
    assert rows(text, "type", "person") == []
    assert rows(told, "type", "person") == [("APPOINT", "Tomas Welk")]


def test_a_company_taken_over_names_no_one():
    """'The board took over the company': no person takes a post; a named one does."""
    assert rows("The board took over the company in May.", "type", "person") == []
    assert rows("Tomas Welk took over as army chief in May.", "type", "person") == [("APPOINT", "Tomas Welk")]


@pytest.mark.parametrize("text, expected", [
    ("Parliament impeached Tomas Welk in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was impeached in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("The impeachment of Tomas Welk was approved in March.", [("PURGE", "Tomas Welk", "")]),
    ("Tomas Welk was deposed in a coup in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was ousted as party leader in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was laid off in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was stood down in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was discharged from the army in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was driven from power in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was barred from office in March.", [("PURGE", "Tomas Welk", "2024-03")]),
    ("Tomas Welk was downgraded to colonel in March.", [("PURGE", "Tomas Welk", "2024-03")]),
])
def test_losing_office(text, expected):
    """Removing and firing: impeached (verb and noun), laid off, stood down, discharged from a
    service, driven or barred from power or office, downgraded."""
    assert rows(text, "type", "person", "date") == expected


def test_voted_out_of_office_is_no_election():
    """'was voted out of office in May': the "in May" after "voted" is no "voted in"; it is a
    removal, where "voted into office" is an election."""
    assert rows("Tomas Welk was voted out of office in May.", "type", "person") == [("PURGE", "Tomas Welk")]
    assert rows("Tomas Welk was voted into office in May.", "type", "person") == [("ELECT", "Tomas Welk")]


@pytest.mark.parametrize("text, told", [
    ("Tomas Welk was discharged from hospital in March.", "Tomas Welk was discharged from the army in March."),
    ("Tomas Welk was barred from leaving Darnel in March.", "Tomas Welk was barred from office in March."),
    ("Tomas Welk laid off 40 workers in March.", "Tomas Welk was laid off in March."),
    ("Opposition lawmakers threatened to impeach Tomas Welk.", "Opposition lawmakers impeached Tomas Welk."),
])
def test_near_wordings_that_remove_no_one(text, told):
    """Out of hospital, barred from travel, the workers laid off, a threat: no one removed; the
    near wording of a removal is."""
    assert rows(text, "type", "person") == []
    assert rows(told, "type", "person") == [("PURGE", "Tomas Welk")]


def test_a_denied_impeachment_is_negated():
    """'X denied he had been impeached': the denial, on X's word, as for other events."""
    assert rows("Tomas Welk denied he had been impeached.", "type", "person", "source", "negated") == [
        ("PURGE", "Tomas Welk", "Tomas Welk", True)]


@pytest.mark.parametrize("text", [
    "Tomas Welk was granted asylum in Darnel.",
    "The government granted asylum to Tomas Welk in May.",
    "Tomas Welk sought asylum in Darnel.",
    "Tomas Welk sought refuge in Norway.",
])
def test_asylum_given_or_sought(text):
    """Asylum seeking: granted asylum (to X as well as X granted it), sought asylum or refuge in a
    country."""
    assert rows(text, "type", "person", "negated") == [("DEFECT", "Tomas Welk", False)]


def test_refuge_from_the_rain_is_no_defection():
    """'sought refuge in a church from the rain': shelter, not asylum; refuge in a country is."""
    assert rows("Tomas Welk sought refuge in a church from the rain.", "type", "person") == []
    assert rows("Tomas Welk sought refuge in Norway.", "type", "person") == [("DEFECT", "Tomas Welk")]


def test_a_denied_asylum_request_is_negated():
    """'X denied he had sought asylum': a negated defection on X's word; told, it is not negated."""
    assert rows("Tomas Welk denied he had sought asylum.", "type", "person", "source", "negated") == [
        ("DEFECT", "Tomas Welk", "Tomas Welk", True)]
    assert rows("Tomas Welk said he had sought asylum.", "type", "person", "source", "negated") == [
        ("DEFECT", "Tomas Welk", "Tomas Welk", False)]


def test_asylum_refused_is_no_defection():
    """'was denied asylum': the asylum refused is not given; granted, it is."""
    assert rows("Tomas Welk was denied asylum in Darnel.", "type", "person") == []
    assert rows("Tomas Welk was granted asylum in Darnel.", "type", "person") == [("DEFECT", "Tomas Welk")]
