"""Deaths: what killed a person decides the type, a person dies once, and a denial of a role
in a death is a denied killing. Invented sentences."""

from __future__ import annotations

import pytest


def rows(events, person):
    return sorted((e.type, e.date, e.source, e.negated) for e in events if e.person == person)


@pytest.mark.parametrize("text", [
    "The crash that killed Piet Danner was an accident, police said.",
    "A fire killed Piet Danner on Sunday.",
    "Piet Danner was killed by a landslide near Orvik.",
])
def test_an_accident_or_illness_that_kills_is_a_death(events_of, text):
    got = {e.type for e in events_of(text) if e.person == "Piet Danner"}
    assert got == {"DIE"}


def test_an_attack_that_kills_is_a_killing(events_of):
    # the same construction with an attacker: the accident rule must not swallow it
    got = {e.type for e in events_of("A drone strike killed Piet Danner on Sunday.") if e.person == "Piet Danner"}
    assert got == {"KILL"}


def test_a_denied_role_in_a_death_is_a_denied_killing(events_of):
    text = ("Piet Danner died on March 3 when his car left the road. The Transport Ministry "
            "denied any role in the collision that killed Danner.")
    got = rows(events_of(text), "Piet Danner")
    assert ("DIE", "2022-03-03", "", False) in got
    assert ("KILL", "2022-03-03", "Transport Ministry", True) in got  # dated by the death it denies


def test_a_denied_role_hung_on_the_noun(events_of):
    got = rows(events_of("The army rejected responsibility for the blaze that killed Piet Danner."), "Piet Danner")
    assert [(t, n) for t, _, _, n in got] == [("KILL", True)]


def test_a_death_and_its_killing_on_one_word_are_the_killing(events_of):
    text = "Gunmen shot dead Piet Danner outside his home in Orvik. He died on May 2 on the way to hospital."
    got = rows(events_of(text), "Piet Danner")
    assert [t for t, *_ in got] == ["KILL"]


def test_rival_accounts_of_a_death_stay_apart(events_of):
    text = ("Piet Danner died in a road crash in August 2021. His party has long maintained that "
            "Danner was murdered.")
    got = rows(events_of(text), "Piet Danner")
    assert ("DIE", "2021-08", "", False) in got
    # another word: a rival account, dated by the one death the article dates
    assert ("KILL", "2021-08", "Danner's party", False) in got


def test_two_dates_for_a_death_give_none_to_an_undated_account(events_of):
    text = ("Piet Danner died in May 2021, his family said. State media said he died in June 2021. "
            "His lawyer says Danner was murdered.")
    kill = [e for e in events_of(text) if e.person == "Piet Danner" and e.type == "KILL"]
    assert kill and kill[0].date == ""


def test_a_denied_role_in_a_murder_leaves_the_murder_standing(events_of):
    # the twin of the crash case: a killing word, so only the role is denied, not the killing
    got = rows(events_of("The army denied any role in the ambush that killed Piet Danner in May."), "Piet Danner")
    assert got == [("KILL", "2022-05", "", False)]


def test_a_denial_is_dated_by_the_claim_it_denies(events_of):
    text = ("Piet Danner died in custody on October 5. His brother said guards beat Danner to death on October 3. "
            "The ministry rejected claims that Danner had been beaten to death.")
    got = rows(events_of(text, published="2024-10-08"), "Piet Danner")
    assert ("KILL", "2024-10-03", "", True) in [(t, d, "", n) for t, d, _, n in got if n]


def test_a_rival_source_does_not_date_another_account(events_of):
    text = ("The faction said Piet Danner died of heart failure on August 7. "
            "Security officials have long said Danner was killed in a drone strike.")
    kill = [e for e in events_of(text, published="2024-08-11") if e.type == "KILL" and e.person == "Piet Danner"]
    assert kill and kill[0].date == ""


@pytest.mark.parametrize("text", [
    "Piet Danner suffered a fatal heart attack in prison on May 3.",
    "Piet Danner sustained fatal injuries when his car hit a tree on May 3.",
])
def test_a_fatal_attack_or_injury_suffered_is_a_death(events_of, text):
    got = rows(events_of(text), "Piet Danner")
    assert [(t, d) for t, d, *_ in got] == [("DIE", "2022-05-03")]


def test_an_attack_suffered_and_survived_is_no_death(events_of):
    # the twin without "fatal" yields nothing; with it, a death (above)
    assert rows(events_of("Piet Danner suffered a heart attack in prison on May 3."), "Piet Danner") == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead journalist Piet Danner in Orvik on Friday.",
    "A mob beat dead a local trader, Piet Danner, on Monday.",
])
def test_shot_dead_before_a_described_name_is_a_killing(events_of, text):
    """'shot dead journalist X': "dead" right after the verb, the parser hanging it on the
    description before the name; 'shot the brother of a dead activist, X' kills no one."""
    assert [(e.type, e.person) for e in events_of(text)] == [("KILL", "Piet Danner")]
    assert events_of("Gunmen shot the brother of a dead activist, Piet Danner, on Friday.") == []
