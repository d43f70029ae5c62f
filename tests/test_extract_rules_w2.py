"""Forms found by the seed-28 mutation sample of pipeline/extract/: a name that follows a list of
names without a comma or "and" ("identified as A and B by C"), and a description two people
share ("the journalist") standing for the one last named before it, however often either is
named before or after."""

from __future__ import annotations

import pytest

from extracted import rows


# -- groups named by a list ----------------------------------------------------------------


def test_a_name_after_the_list_without_glue_is_not_a_member():
    """'The men were identified as A and B by C': only a comma, ";" or "and" carries a list on;
    C, who gave the names, is no third man. Glued on by "and", C is one of the men."""
    assert rows("Police detained two men on Monday. The men were identified as Tomas Welk and Luka Horak "
                "by Ana Pereira, a police spokeswoman.", "type", "person") == [
        ("ARREST", "Luka Horak"), ("ARREST", "Tomas Welk")]
    assert sorted(rows("Police detained three men on Monday. The men were identified as Tomas Welk, Luka Horak "
                       "and Milan Dorsk.", "type", "person")) == [
        ("ARREST", "Luka Horak"), ("ARREST", "Milan Dorsk"), ("ARREST", "Tomas Welk")]


# -- descriptions ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the other journalist is named again only after the description
    ("Tomas Welk, a journalist, was detained on Monday. Ana Pereira, a journalist, was detained on Tuesday. "
     "The journalist died in custody on Friday. Tomas Welk was released on Saturday.", "Ana Pereira"),
    # the one named last before it was also named before the other
    ("Tomas Welk, a journalist, was detained on Monday. Police questioned Welk for hours. Ana Pereira, a journalist, "
     "was detained on Tuesday. Welk was released on Wednesday. The journalist died in custody on Friday.", "Tomas Welk"),
])
def test_a_shared_description_is_the_one_last_named_before_it(text, expected):
    """'the journalist' when two journalists were named: the one whose latest mention before the
    description is nearest to it; a mention after it, or an earlier mention of the same person,
    says nothing of whom the writer had in mind."""
    assert rows(text, "type", "person") == [("ARREST", "Tomas Welk"), ("ARREST", "Ana Pereira"), ("DIE", expected)]
