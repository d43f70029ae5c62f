"""A claim that is the content of a rumour ("rumours that X had been executed", "speculation grew
that X had defected") is hedged, as "rumoured" is; a report's content, a rumour's neighbour and a
rumour called untrue are not."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text, expected", [
    ("Speculation grew that Tomas Welk had defected to Darnel.", [("DEFECT", "Tomas Welk", True, False)]),
    ("Rumours swirled that Tomas Welk had been purged.", [("PURGE", "Tomas Welk", True, False)]),
    ("There is speculation that Tomas Welk was executed.", [("EXECUTE", "Tomas Welk", True, False)]),
    ("Rumours that Tomas Welk had been executed spread on Monday.", [("EXECUTE", "Tomas Welk", True, False)]),
    ("Amid speculation that Tomas Welk had been purged, the party met.", [("PURGE", "Tomas Welk", True, False)]),
    ("Suspicions that Tomas Welk had been poisoned grew in Darnel.", [("KILL", "Tomas Welk", True, False)]),
])
def test_what_a_rumour_says_is_hedged(text, expected):
    """The rumour noun owns the clause (its "that" clause, or the clause of the verb it is the
    subject or the "there is" of): the claim is talk passed on unconfirmed."""
    assert rows(text, "type", "person", "hedged", "negated") == expected


@pytest.mark.parametrize("text, expected", [
    # a report's content is attribution, not a hedge
    ("Reports that Tomas Welk had been executed spread on Monday.", [("EXECUTE", "Tomas Welk", False, False)]),
    # the rumour is the main clause's; the arrest is stated in the article's voice
    ("Speculation grew after Tomas Welk was arrested on Monday.", [("ARREST", "Tomas Welk", False, False)]),
    ("Speculation about the party grew, and Tomas Welk was arrested on Monday.",
     [("ARREST", "Tomas Welk", False, False)]),
    # a rumour called untrue is a denial: what was uncertain is settled
    ("Rumours that Tomas Welk had been executed proved untrue.", [("EXECUTE", "Tomas Welk", False, True)]),
    # a "that" clause that is no rumour's: the second of two reported clauses
    ("Officials said the hearing was delayed and that Tomas Welk was arrested on Monday.",
     [("ARREST", "Tomas Welk", False, False)]),
    # a rumour's relative clause about someone else
    ("The rumour he spread about Tomas Welk, who was arrested in May, was false.",
     [("ARREST", "Tomas Welk", False, False)]),
])
def test_a_claim_beside_a_rumour_is_not_hedged_by_it(text, expected):
    """Only the rumour's own content is hedged: each of these extracts its event, unhedged."""
    assert rows(text, "type", "person", "hedged", "negated") == expected
