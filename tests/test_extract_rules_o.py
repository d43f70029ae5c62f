"""Rules pinned for the survivors of fresh mutation samples of pipeline/extract (seeds 17 and 18):
each test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

import pytest

from extracted import rows


@pytest.mark.parametrize("text", [
    "Had the border been closed, Marta Vell would have been detained.",
    "Were the border closed, Marta Vell would have been detained.",
    # the parser hangs the condition on the reporting verb, beside the clause it governs
    "Had the talks been cancelled, Marta Vell would have been arrested, her lawyer said.",
    "Were the talks cancelled, Marta Vell would have been arrested, her lawyer said.",
    # the event is the condition
    "Had Marta Vell been arrested in May, the party would have protested.",
    "Had Marta Vell been arrested in May, the party would have protested, a spokesman said.",
])
def test_an_inverted_conditional_tells_no_event(text):
    """'Had the border been closed, X would have been detained': a condition without "if", and what
    would have followed it; neither happened."""
    assert rows(text, "type", "person") == []


@pytest.mark.parametrize("text", [
    "After the border was closed, Marta Vell was detained.",
    "The talks were cancelled, and Marta Vell was arrested, her lawyer said.",
    "Marta Vell had been arrested in May, the party said.",
])
def test_the_same_events_told_as_facts_are_extracted(text):
    """The near-identical facts: 'had' after its subject is a past perfect, not a condition."""
    assert rows(text, "type", "person") == [("ARREST", "Marta Vell")]


def test_only_a_designating_word_makes_a_later_plural_the_group_of_an_event():
    """'The people involved were identified as A and B': "involved" singles out those arrested;
    'the foreign observers' is another group, and its members were not arrested."""
    before = "Police arrested four activists in Kestrel Bay on Monday. "
    got = rows(before + "The people involved were identified as Ana Pereira and Luis Moreno.", "type", "person")
    assert sorted(got) == [("ARREST", "Ana Pereira"), ("ARREST", "Luis Moreno")]
    assert rows(before + "The foreign observers were identified as Ana Pereira and Luis Moreno.", "person") == []


def test_a_clause_the_parser_hangs_on_a_date_takes_that_date():
    """'The same day a court jailed X': "jailed" is read as a relative clause of "day"; the day
    (the one the sentence before gives) is the jailing's date."""
    got = rows("Prosecutors appealed on May 3, 2021. The same day a court jailed Tomas Welk for six years.",
               "type", "person", "date")
    assert got == [("IMPRISON", "Tomas Welk", "2021-05-03")]


def test_an_event_a_plan_is_aimed_at_through_a_noun_did_not_happen():
    """'a campaign aimed at the arrest of X': the arrest is what the campaign is for (the frame
    word's object is the event's noun); 'carried out the arrest of X' did happen."""
    assert rows("The army launched a campaign aimed at the arrest of Tomas Welk.", "type", "person") == []
    assert rows("The army carried out the arrest of Tomas Welk.", "type", "person") == [("ARREST", "Tomas Welk")]


def test_a_headline_event_about_someone_the_article_names_is_kept():
    """'Mayor X arrested in Darnel' over a story that names X (and tells only of questioning): the
    headline's arrest is an event of the article."""
    text = ("Mayor Tomas Welk arrested in Darnel\n\nDARNEL, May 3 (Wire) -- Tomas Welk, the mayor of Darnel, "
            "was questioned by police on Monday, officials said.")
    assert rows(text, "type", "person") == [("ARREST", "Tomas Welk")]


def test_a_reporting_verb_read_as_parataxis_is_the_source():
    """'X has been arrested, the agency says, and will face trial': "says" hangs on "arrested" as a
    parataxis; the agency is the source. Without it, no one is."""
    assert rows("Tomas Welk has been arrested, the agency says, and will face trial.", "type", "source") == [
        ("ARREST", "the agency")]
    assert rows("Tomas Welk has been arrested and will face trial.", "type", "source") == [("ARREST", "")]


@pytest.mark.parametrize("conditional, factual, expected", [
    ("Tomas Welk is jailed if he fails to pay.", "Tomas Welk was jailed when he failed to pay.", ("IMPRISON", "Tomas Welk")),
    ("Police arrest Tomas Welk if he sets foot in Darnel, the ministry warned.",
     "Police arrested Tomas Welk when he set foot in Darnel, the ministry said.", ("ARREST", "Tomas Welk")),
])
def test_an_event_with_a_clause_of_if_on_its_verb_is_a_condition(conditional, factual, expected):
    """'X is jailed if he fails to pay': no modal, but the "if"-clause on the event's own verb makes
    it a condition; with "when" it is a fact."""
    assert rows(conditional, "type", "person") == []
    assert rows(factual, "type", "person") == [expected]


def test_names_hung_on_the_event_noun_are_the_members_of_its_group():
    """'The killing of two soldiers, A and B, was condemned': the parser hangs the names on
    "killing", not on "soldiers"; they are the two killed. An apposition that names no one
    ("a blow to the army") gives no one."""
    got = rows("The killing of two soldiers, Tomas Welk and Ana Pereira, was condemned on Monday.", "type", "person")
    assert sorted(got) == [("KILL", "Ana Pereira"), ("KILL", "Tomas Welk")]
    got = rows("The dismissal of three ministers, Tomas Welk, Ana Pereira and Luis Moreno, was announced on Friday.",
               "type", "person")
    assert sorted(got) == [("PURGE", "Ana Pereira"), ("PURGE", "Luis Moreno"), ("PURGE", "Tomas Welk")]
    assert rows("The killing of two soldiers, a blow to the army, was condemned on Monday.", "person") == []


@pytest.mark.parametrize("text", [
    "The election commission declared Tomas Welk the winner of the presidential vote.",
    "The court proclaimed Tomas Welk the victor of the runoff.",
])
def test_declaring_someone_the_winner_of_a_vote_elects_them(text):
    """'declared X the winner': the parser makes X the verb's complement and "the winner" X's
    apposition or object; the passive ('X was declared the winner') had a rule already."""
    assert rows(text, "type", "person") == [("ELECT", "Tomas Welk")]


def test_declaring_someone_the_winner_of_a_prize_elects_no_one():
    assert rows("The jury declared Tomas Welk the winner of the poetry prize.", "type", "person") == []


@pytest.mark.parametrize("text, expected", [
    ("Tomas Welk stepped in as interim prime minister on Monday.", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk succeeded Ana Pereira as prime minister on Monday.", [("APPOINT", "Tomas Welk")]),
    ("Tomas Welk stepped down as prime minister on Monday.", []),  # leaving a post of one's own will
    ("Tomas Welk stepped aside as party leader in May.", []),
    ("Tomas Welk was forced to step down as prime minister on Monday.", [("PURGE", "Tomas Welk")]),
])
def test_stepping_in_as_takes_a_post_and_stepping_down_as_leaves_it(text, expected):
    assert rows(text, "type", "person") == expected
