"""A claim carried by a noun of report ("reports that X was arrested", "rumours that", "suggestions
that") whose own predicate later calls it false ("turned out to be false", "proved untrue", "were
later found to be false") is a denial, however the parser hangs that predicate."""

from __future__ import annotations

import pytest

from extracted import rows

COLS = ("type", "person", "source", "negated")


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "later turned out" on the event verb, the noun left as the root
    ("Reports that Tomas Welk had been arrested later turned out to be false.",
     [("ARREST", "Tomas Welk", "", True)]),
    # "proved" taken for an adjective hung on the noun
    ("Rumours that Ana Pereira was executed proved untrue.", [("EXECUTE", "Ana Pereira", "", True)]),
    # "proved" taken for a modifier of "groundless", itself hung on the event verb
    ("A report that Tomas Welk had been purged proved groundless.", [("PURGE", "Tomas Welk", "", True)]),
])
def test_a_verdict_the_parser_hung_on_the_claim_denies_it(text, expected):
    """'Reports that X had been arrested later turned out to be false': the verdict on the report
    denies the event even when the parser hangs it on the claim's clause instead of the noun."""
    assert rows(text, *COLS) == expected


@pytest.mark.parametrize("text, expected", [
    ("Claims that Dana Vesk had defected were false, the ministry said.",
     [("DEFECT", "Dana Vesk", "the ministry", True)]),
    ("Rumours that Ana Pereira was executed proved untrue, the ministry said.",
     [("EXECUTE", "Ana Pereira", "the ministry", True)]),
    ("Reports that Tomas Welk had been arrested later turned out to be false, the ministry said.",
     [("ARREST", "Tomas Welk", "the ministry", True)]),
    ("Rumours that Ana Pereira was executed later proved wrong, her lawyer said.",
     [("EXECUTE", "Ana Pereira", "Pereira's lawyer", True)]),
])
def test_whoever_says_the_claim_is_false_is_the_denier(text, expected):
    """'Rumours that X was executed proved untrue, the ministry said': the one who calls the claim
    false is the source of the denial, with a well-parsed or a misparsed verdict."""
    assert rows(text, *COLS) == expected


@pytest.mark.parametrize("text, expected", [
    ("Suggestions that Dana Vesk had defected turned out to be groundless.", [("DEFECT", "Dana Vesk", "", True)]),
    ("Speculation that Dana Vesk had defected proved unfounded.", [("DEFECT", "Dana Vesk", "", True)]),
    ("Accusations that Tomas Welk had been detained were baseless.", [("ARREST", "Tomas Welk", "", True)]),
])
def test_other_nouns_of_a_claim_put_forward(text, expected):
    """'suggestions that', 'speculation that', 'accusations that': nouns of a claim put forward,
    like "reports" and "rumours", are denied by a verdict of falsity."""
    assert rows(text, *COLS) == expected


@pytest.mark.parametrize("text, expected", [
    ("Stories that Tomas Welk had been detained turned out to be fabricated.", [("ARREST", "Tomas Welk", "", True)]),
    ("Earlier reports that Ana Pereira had died were later found to be false.", [("DIE", "Ana Pereira", "", True)]),
    ("Reports that Tomas Welk had been arrested in March have since proved baseless.",
     [("ARREST", "Tomas Welk", "", True)]),
])
def test_other_wordings_of_the_verdict(text, expected):
    """'turned out to be fabricated' (a participle parsed as a passive clause), 'were later found
    to be false' (a passive verb of finding), 'have since proved baseless'."""
    assert rows(text, *COLS) == expected


@pytest.mark.parametrize("text", [
    "Reports that Tomas Welk had been arrested turned out to be true.",
    "Reports that Tomas Welk had been arrested later turned out to be true.",  # misparsed as the false one
    "Reports that Tomas Welk had been arrested spread quickly.",
    "Rumours that Tomas Welk was arrested proved popular.",
    "Reports that Tomas Welk had been arrested were confirmed by the ministry.",
])
def test_a_verdict_that_is_not_falsity_leaves_the_claim_standing(text):
    """'turned out to be true', 'spread quickly', 'proved popular': the report is not called
    false, so the arrest is extracted, not negated."""
    assert [r[:2] + r[3:] for r in rows(text, *COLS)] == [("ARREST", "Tomas Welk", False)]


@pytest.mark.parametrize("text", [
    # what proved false is the charges, not the report
    "Reports that Tomas Welk had been arrested on charges later proved false.",
    "Tomas Welk was arrested in Darnel, and the charges later proved false.",
    "The court found that Tomas Welk had been arrested on false charges.",
])
def test_falsity_of_something_else_is_no_denial(text):
    """'arrested on charges later proved false': the verdict falls on another noun or has a
    subject of its own; the arrest stands."""
    got = rows(text, "type", "person", "negated")
    assert got == [("ARREST", "Tomas Welk", False)]


def test_a_named_claimant_keeps_the_claim_beside_its_denial():
    """'A newspaper's report that X had been arrested turned out to be false': the newspaper's
    claim, and its denial."""
    assert rows("A newspaper's report that Tomas Welk had been arrested later turned out to be false.", *COLS) == [
        ("ARREST", "Tomas Welk", "A newspaper", False), ("ARREST", "Tomas Welk", "", True)]
