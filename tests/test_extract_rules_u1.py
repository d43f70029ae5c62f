"""Forms found by the seed-26 mutation sample of pipeline/extract/: where an unnamed source is
"based" left out of its name; a source first described ("an exiled rights group said") then
named in the next sentence by a name the model did not tag, its words joined by "for"; and the
same name two sentences on, which is too far to name the group."""

from __future__ import annotations

from extracted import rows


DESCRIBED = "Tomas Welk died in a prison camp last month, an exiled rights group said on Monday.\n\n"
NAMED = "Voices for Lorvania, which works from Riga, said two inmates had seen him collapse."


def test_an_untagged_name_joined_by_for_names_the_group_described_before():
    """'..., an exiled rights group said. Voices for Lorvania, which ..., said': the next
    sentence's reporter names the group, even when the model tags no organisation; a name's
    small words ("for", "of", "and") do not stop capitalised words being a name."""
    assert rows(DESCRIBED + NAMED, "type", "person", "source") == [
        ("DIE", "Tomas Welk", "Voices for Lorvania")]


def test_a_name_two_sentences_on_does_not_name_the_group_described():
    """Only the very next sentence names a source just described; with a sentence between, the
    name that follows it is someone else speaking, and the group stays as written. The same
    name right after the group does name it."""
    between = "His family has not been told where he is buried.\n\n"
    assert rows(DESCRIBED + between + NAMED, "type", "person", "source") == [
        ("DIE", "Tomas Welk", "an exiled rights group")]
    assert rows(DESCRIBED + NAMED, "type", "person", "source") == [
        ("DIE", "Tomas Welk", "Voices for Lorvania")]


def test_where_an_unnamed_source_is_based_is_not_part_of_its_name():
    """'A centre for press freedom based on the coast said': the parser may hang "based" on the
    noun as a preposition; where the centre sits is dropped from the source as an "in" or "with"
    tail is, leaving the description that says who it is."""
    assert rows("A centre for press freedom based on the coast said Tomas Welk was arrested on Monday.",
                "type", "person", "source") == [("ARREST", "Tomas Welk", "A centre for press freedom")]
