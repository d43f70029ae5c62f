"""Forms found by the seed-25 mutation sample of pipeline/extract/: an outlet's bracketed
acronym on the last word of a text, the "with" tail of a described reporter, "according to"
after a clause with no subject of its own, "X reported" read as a complement of the event's
verb, and a plural outlet name picked up later by its singular kind ("Darnel Dailies ... the
paper")."""

from __future__ import annotations

import pytest

from extracted import rows


# -- how a reporter is named ----------------------------------------------------------------


@pytest.mark.parametrize("end", ["", "."])
def test_a_bracketed_acronym_stays_on_the_name_when_the_text_ends_on_it(end):
    """'according to the Lorvanian Press Agency (lpa)': the acronym is part of how the agency
    is named, with or without a full stop after it (a news alert often has none), so it is
    kept even when its closing bracket is the last word of the text."""
    text = f"Tomas Welk was arrested on Monday, according to the Lorvanian Press Agency (lpa){end}"
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "Lorvanian Press Agency (lpa)")]


@pytest.mark.parametrize("prep", ["with", "at"])
def test_the_with_tail_of_a_described_reporter_is_not_part_of_the_source(prep):
    """'an official with the interior ministry said': the source is the official, described as
    "at" or "in" a body would be; the tail says where the official works, not who spoke."""
    text = f"Tomas Welk was arrested on Monday, an official {prep} the interior ministry said."
    assert rows(text, "type", "person", "source") == [("ARREST", "Tomas Welk", "an official")]


@pytest.mark.parametrize("follow", ["paper", "daily"])
def test_a_plural_outlet_name_is_picked_up_by_its_singular_kind(follow):
    """'Darnel Dailies reported ... The paper said': the outlet's name is a plural ("Dailies"),
    the later description a singular of its kind; the name's word is matched by its lemma
    ("daily"), so "the paper" is the Dailies, not a new source."""
    text = (f"Darnel Dailies reported on Monday that Tomas Welk had been arrested. "
            f"The {follow} said Ana Pereira was also detained.")
    assert rows(text, "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "Darnel Dailies"), ("ARREST", "Ana Pereira", "Darnel Dailies")]


# -- which report governs the claim -----------------------------------------------------------


def test_according_to_after_a_clause_without_its_own_subject_covers_the_event():
    """'X was arrested while trying to cross the border, according to police': a participle
    clause with no subject of its own ("while trying ...") is part of the event clause, not
    another claim between it and "according to", so police are the source. After a coordinated
    second event ("and, according to police, charged") the phrase speaks of the second only."""
    assert rows("Tomas Welk was arrested while trying to cross the border, according to police.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "police")]
    assert rows("Tomas Welk was arrested on Monday and, according to police, charged with spying.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "")]


def test_a_report_read_as_a_complement_of_the_events_verb_is_its_source():
    """'The president ordered the arrest of X, the Darnel Herald reported': the parser hangs
    "reported" on "ordered" as its complement clause; it is still the report the whole
    sentence is told on. Without it the arrest is the article's own word."""
    assert rows("The president ordered the arrest of Tomas Welk, the Darnel Herald reported.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "Darnel Herald")]
    assert rows("The president ordered the arrest of Tomas Welk.", "type", "person", "source") == [
        ("ARREST", "Tomas Welk", "")]


def test_the_event_is_not_its_own_reporter():
    """'"Her appointment tells you ...," said an analyst': "tells" reports, but its subject is
    the event itself; the one who speaks is the analyst. Where the subject of such a verb is a
    speaker ("the Darnel Herald reported"), it is the source."""
    assert rows('Ana Pereira, 56, has spent most of her career in the treasury. "Her appointment tells you the '
                'president wants a safe pair of hands at the ministry," said a Darnel-based analyst.',
                "type", "person", "source") == [("APPOINT", "Ana Pereira", "a Darnel-based analyst")]
    assert rows("The president ordered the appointment of Ana Pereira, the Darnel Herald reported.",
                "type", "person", "source") == [("APPOINT", "Ana Pereira", "Darnel Herald")]
