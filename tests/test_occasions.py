"""Dates borrowed from an occasion dated earlier in the article."""

from __future__ import annotations

import datetime

import pytest

from pipeline.dates import from_interval
from pipeline.extract.occasions import duration, shifted

JUNE_2018 = from_interval(datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), "June 2018")


def test_vague_lengths_have_bounds():
    assert duration("a few months") == (56, 124)
    assert duration("two weeks") == (14, 14)
    assert duration("a couple of days") == (2, 3)
    assert duration("nearly a decade") is None
    assert duration("52") is None


def test_an_offset_keeps_only_the_precision_it_allows():
    assert shifted(JUNE_2018, -1, duration("a few months"), "x").iso == "2018"
    assert shifted(JUNE_2018, 1, duration("two weeks"), "x").iso == "2018"  # mid-June to mid-July
    assert shifted(JUNE_2018, 0, None, "x").iso == "2018-06"
    assert shifted(JUNE_2018, -1, None, "x") is None  # "before the summit": no bound
    jan = from_interval(datetime.date(2019, 1, 1), datetime.date(2019, 1, 31), "January 2019")
    assert shifted(jan, -1, duration("a few months"), "x").iso == "2018"
    feb = from_interval(datetime.date(2019, 2, 1), datetime.date(2019, 2, 28), "February 2019")
    assert shifted(feb, -1, duration("a few months"), "x") is None  # could be either year


def test_before_the_named_meeting(events_of):
    evs = events_of("The two ministers held their first meeting in Oslo in July 2017.\n\n"
                    "Anna Berg was dismissed a few months before the Oslo meeting, her former aide said.")
    dismissed = [e for e in evs if e.type == "PURGE"]
    assert [(e.person, e.date) for e in dismissed] == [("Anna Berg", "2017")]


def test_at_the_session_takes_its_date(events_of):
    evs = events_of("A plenary session of the party committee was held on 12 May 2020.\n\n"
                    "Tomas Varga was appointed finance minister at the session, the agency said.")
    assert [(e.type, e.person, e.date) for e in evs] == [("APPOINT", "Tomas Varga", "2020-05-12")]


def test_an_unqualified_occasion_with_no_antecedent_gives_no_date(events_of):
    evs = events_of("Tomas Varga was appointed finance minister at the session, the agency said.")
    assert [(e.type, e.date) for e in evs] == [("APPOINT", "")]


@pytest.mark.parametrize("earlier, where, date", [
    # two dated summits: the qualifier picks one, not the nearest
    ("The leaders held a summit in Oslo in March 2017.\n\nThey held another summit in Bergen in May 2018.",
     "Oslo", "2017-03"),
    ("The leaders held a summit in Oslo in March 2017.\n\nThey held another summit in Bergen in May 2018.",
     "Bergen", "2018-05"),
    # only the Bergen summit is dated as a summit: "the Oslo summit" borrows no date from it
    ("The leaders met in Oslo in March 2017.\n\nA summit was held in Bergen in May 2018.", "Oslo", ""),
    ("The leaders met in Oslo in March 2017.\n\nA summit was held in Bergen in May 2018.", "Bergen", "2018-05"),
])
def test_a_qualifier_must_match(events_of, earlier, where, date):
    evs = events_of(f"{earlier}\n\nAnna Berg was dismissed at the {where} summit, her aide said.")
    assert [(e.type, e.person, e.date) for e in evs] == [("PURGE", "Anna Berg", date)]


def test_a_death_in_the_strike_takes_the_date_the_article_gave_the_strike(events_of):
    text = ("A drone strike hit the convoy of Tomas Varga near the border on March 22. "
            "Two officers said they were now sure that Varga died in the strike.")
    got = [(e.type, e.date) for e in events_of(text, published="2025-08-10") if e.person == "Tomas Varga"]
    assert ("DIE", "2025-03-22") in got or ("KILL", "2025-03-22") in got


def test_the_march_strike_which_killed_x_is_the_strike_of_march_22(events_of):
    text = ("Officials said Tomas Varga was killed in a drone strike on his convoy on March 22. "
            "The neighbouring state rejects any part in the March strike, which killed Varga's aide Piet Danner.")
    got = [(e.type, e.date) for e in events_of(text, published="2025-08-10") if e.person == "Piet Danner"]
    assert got == [("KILL", "2025-03-22")]
    # with no strike dated before, the aide's death stays undated
    text = "The neighbouring state rejects any part in the March strike, which killed Piet Danner."
    assert [(e.type, e.date) for e in events_of(text, published="2025-08-10")] == [("KILL", "")]


def test_a_date_in_a_clause_hung_inside_the_occasion_s_sentence_is_not_the_occasion_s(events_of):
    text = ("The strike near the city killed Piet Danner, who had led the capture of the city in 2014. "
            "Tomas Varga was also killed in the strike, officials said.")
    got = [(e.type, e.date) for e in events_of(text, published="2016-07-01") if e.person == "Tomas Varga"]
    assert got == [("KILL", "")]
    # the occasion's own clause does date it
    text = ("The strike, carried out on June 25, killed Piet Danner, who had led the capture of the city in 2014. "
            "Tomas Varga was also killed in the strike, officials said.")
    got = [(e.type, e.date) for e in events_of(text, published="2016-07-01") if e.person == "Tomas Varga"]
    assert got == [("KILL", "2016-06-25")]


def test_the_attack_refers_back_to_a_verb_that_dated_it(events_of):
    text = ("Three lorries were struck on a mountain track late on Saturday, officials said. "
            "The faction confirmed on Sunday that Tomas Varga, a field officer, was killed in the attack.")
    got = [(e.type, e.date) for e in events_of(text, published="2025-03-24") if e.person == "Tomas Varga"]
    assert got == [("KILL", "2025-03-22")]


# -- a happening named as the far end of another's offset ----------------------------------

def _arrests(events):
    return [(e.person, e.date) for e in events if e.type == "ARREST"]


def test_an_arrest_four_days_after_a_dated_flight_is_dated_from_it(events_of):
    text = ("The financier Omar Haddad was detained in Orvik. His brother Kemal Haddad fled to Lisbon "
            "on March 3, four days before the financier's detention.")
    assert _arrests(events_of(text, "2025-05-01")) == [("Omar Haddad", "2025-03-07")]


def test_a_length_the_model_merged_into_the_date_dates_nothing_rather_than_wrongly(events_of):
    # the model tags "May 6, two weeks" as one date: the arrest is not dated May 6
    text = "Kemal Haddad left Orvik on May 6, two weeks after Omar Haddad's arrest."
    assert _arrests(events_of(text, "2025-06-01")) == [("Omar Haddad", "")]


def test_an_arrest_before_a_dated_flight_without_a_length_is_not_dated_by_it(events_of):
    text = "Kemal Haddad fled to Lisbon on March 3, before Omar Haddad's arrest."
    assert _arrests(events_of(text, "2025-05-01")) == [("Omar Haddad", "")]
