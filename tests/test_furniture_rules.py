"""Rule-by-rule tests of pipeline.read.furniture: each rule with a line it must catch and a
near-identical line it must leave alone, so a weakened rule fails a test (issue 10: a mutation
score, not a test count).

Every name, outlet and place here is invented for the tests.
"""

from __future__ import annotations

import pytest

from pipeline.read.furniture import (
    Furniture,
    LineFurniture,
    _name_like,
    boiler_phrase,
    classify,
    end_mark,
    is_byline,
    is_comment_mark,
    is_nav,
    is_site_name,
    is_timestamp,
    normalise,
    opens_comments,
    related_header,
    segments,
    stamp_date,
)


@pytest.fixture(scope="module")
def f() -> Furniture:
    return Furniture.load()


# -- names: who a byline or a comment signature credits ---------------------------------------


@pytest.mark.parametrize("name", [
    "Okonkwo",  # one word: a surname or a desk alone
    "Jane Roe and John Doe",  # lower-case connectors of a shared credit or of a name
    "Jane Roe & John Doe",
    "Ana de Souza", "Lia da Costa", "Ramon del Valle", "Pieter van Dijk", "Otto von Berg",
    "Omar al Haddad", "Karim el Tayeb", "Zaid bin Nasser", "Jean le Roux", "Rosa la Fuente",
    "Jose y Garcia",
    "Omar al-Haddad", "Karim el-Tayeb",  # a hyphenated lower-case particle
    "Harbour newsroom",  # a desk word in lower case
    'Jane "Jay" Roe',  # quotes and commas round a word do not hide its capital
    "Roe, Jane",
    "Xander Pole",  # a capital X is a letter like any other
    "Jan Roe",  # a month's abbreviation followed by a name is a first name
    "Ana Bela Cruz de Souza y Silva Neto",  # eight words: a long name
])
def test_name_like_accepts_capitalised_names_with_particles(name: str, f: Furniture) -> None:
    assert _name_like(name.split(), f)


@pytest.mark.parametrize("tokens", [
    "Harbour officials ruled".split(),  # a lower-case word that is neither particle nor desk
    "Jane ruled".split(),
    ["March"], ["Jan."], ["Tuesday"],  # a month or weekday alone is a date, not a name
    "Jan 5".split(),
    "Jane Roe , said".split(),  # a stray comma does not end the check
    "Ana Bela Cruz de Souza y Silva Neto Lima".split(),  # nine words are no name
    [],
])
def test_name_like_rejects_sentences_dates_and_long_runs(tokens: list[str], f: Furniture) -> None:
    assert not _name_like(tokens, f)


# -- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "bur-as/jm",  # a wire desk's initials
    "(Reporting by Jane Roe; editing by John Doe)",  # a wire credit in brackets, lower-case inside
    "• By Jane Roe",  # a bullet before the prefix
    "Written by Jane Roe",  # a two-word prefix
    "By Xander Pole",
    "By Jane Roe in Port Harbour",  # a dateline after the name
    "By Jane Roe for Harbour Daily",
    "By Jane Roe, the Harbour Daily",
    "By Jane Roe, Head of Harbour Desk",
    "By Jane Roe, Harbour and Port Desk",
    "By Jane Roe and John Doe and Ann Lee",  # three reporters, eight words
    "Posted by Jane Roe on march 3, 2021",  # a lower-case month after the name
    "By Jane Roe, staff correspondent",  # lower-case desk words
    "By Jane Roe, updated 3 hours ago",  # lower-case timestamp words
    "Harbour newsroom",  # a desk line without a prefix
    "Redacción Okno",  # the desk word first
    "Ana de Souza, correspondent",
])
def test_byline_lines(line: str, f: Furniture) -> None:
    assert is_byline(line, f)


@pytest.mark.parametrize("line", [
    "By Christmas, the rebels had taken the town",  # a name-like head, then a sentence
    "By Sunday, the army had retreated",  # a weekday is no reporter
    "By Harbour Bank standards, the loan was small",
    "Harbour officials ruled",
    "Jane Roe and Tom Ng said the staff",
])
def test_sentences_opening_like_a_byline_are_not_bylines(line: str, f: Furniture) -> None:
    assert not is_byline(line, f)
