"""Extraction rules pinned by behaviour (issue 10, mutation sample B): who a pronoun is,
who an event is about, and which date, place and source it carries. Invented sentences."""

from __future__ import annotations


def of_type(events, kind):
    return [e for e in events if e.type == kind]


# -- who a pronoun is ---------------------------------------------------------

def test_a_pronoun_prefers_the_nearer_sentence_on_a_tie(events_of):
    # the subject two sentences back and the object one sentence back score alike: the nearer wins
    text = "Omar Haddad is a lawyer in Orvik. Police questioned Tomas Varga on Monday. Later he was detained in Orvik."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Tomas Varga", "2022-06-13")]


def test_he_said_is_the_speaker_not_the_subject_of_his_claim(events_of):
    text = "Omar Haddad left Orvik in May, Tomas Varga said. He said police detained Haddad on Friday."
    assert [(e.person, e.source) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "Tomas Varga")]


def test_he_who_was_detained_is_not_the_speaker(events_of):
    text = "Omar Haddad left Orvik in May, Tomas Varga said. He was detained on Friday."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_a_subject_buried_in_a_relative_clause_is_less_salient(events_of):
    text = ("Tomas Varga left Orvik in May. The village where Omar Haddad grew up was flooded on Monday. "
            "He was detained on Friday.")
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Varga"]
    # the twin: with Haddad as the main subject he is the one detained
    text = "Tomas Varga left Orvik in May. Omar Haddad grew up in the village. He was detained on Friday."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_an_unreported_she_shows_the_subjects_gender(events_of):
    text = ("Ilse Dorn won the seat on Monday, and she thanked voters. Ilse Dorn and Tomas Varga met in May. "
            "Later he was detained in Orvik.")
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Varga"]


def test_she_in_what_the_subject_decided_shows_her_gender(events_of):
    # "decided" reports nothing: "she" is the subject herself
    text = ("Ilse Dorn decided she would run again. Ilse Dorn and Tomas Varga met in May. "
            "Later he was detained in Orvik.")
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Varga"]


def test_who_after_a_predicate_noun_is_the_subject(events_of):
    text = "Omar Haddad was an engineer who disappeared in May."
    assert [(e.type, e.person, e.date) for e in events_of(text)] == [("DISAPPEAR", "Omar Haddad", "2022-05")]


# -- who an event is about ----------------------------------------------------

def test_a_participle_describes_the_name_it_follows(events_of):
    text = "The lawyer Omar Haddad, arrested in May, remains in prison."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_a_headline_participle_on_a_role_takes_the_next_subject(events_of):
    text = "A senior judge arrested in Orvik. Omar Haddad had criticised the government."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_writing_about_a_firing_squad_is_no_execution(events_of):
    text = "Lina Vos wrote a book about the firing squad. Omar Haddad faced a firing squad in May."
    assert [(e.person, e.date) for e in of_type(events_of(text), "EXECUTE")] == [("Omar Haddad", "2022-05")]


def test_whose_sacking_is_a_purge_of_the_owner(events_of):
    for text in ("Omar Haddad, whose sacking was announced on Monday, left Orvik.",
                 "Omar Haddad, whose firing shocked Orvik, left the party."):
        assert [e.person for e in of_type(events_of(text), "PURGE")] == ["Omar Haddad"], text


# -- date, place --------------------------------------------------------------

def test_a_dated_possessive_in_a_prepositional_phrase_dates_the_event(events_of):
    text = "Omar Haddad was detained during Monday's raid."
    assert [e.date for e in of_type(events_of(text), "ARREST")] == ["2022-06-13"]


def test_a_date_in_a_causal_clause_is_not_the_events(events_of):
    text = "Omar Haddad was arrested because he had protested in May."
    assert [e.date for e in of_type(events_of(text), "ARREST")] == [""]
    # the twin: a when-clause dates it
    text = "Omar Haddad was named minister in 2013 when he returned."
    assert [e.date for e in of_type(events_of(text), "APPOINT")] == ["2013"]


def test_not_seen_although_is_no_since_clause(events_of):
    text = "Omar Haddad has not been seen, although his wife called him on Friday."
    assert [e.date for e in of_type(events_of(text), "DISAPPEAR")] == [""]
    # the twin: "since" dates the disappearance
    text = "Omar Haddad has not been seen since he left the office on Friday."
    assert [e.date for e in of_type(events_of(text), "DISAPPEAR")] == ["2022-06-10"]


def test_abducted_from_a_city_is_placed_there(events_of):
    text = "Omar Haddad was abducted from Lisbon on Monday."
    assert [(e.place, e.date) for e in of_type(events_of(text), "ARREST")] == [("Lisbon", "2022-06-13")]


def test_a_date_from_the_neighbouring_sentence_has_its_full_range(events_of):
    text = "Omar Haddad is a lawyer in Orvik. Police questioned Tomas Varga on Monday. Later he was detained in Orvik."
    arrest = of_type(events_of(text), "ARREST")
    assert [(e.date, e.date_start, e.date_end) for e in arrest] == [("2022-06-13", "2022-06-13", "2022-06-13")]


def test_a_role_noun_object_in_the_opening_takes_the_next_subject(events_of):
    text = "Police arrested a senior judge on Monday. Omar Haddad had criticised the government."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "2022-06-13")]


def test_only_a_relation_noun_is_the_speakers_tie(events_of):
    # a lawyer's "his driver" is not the lawyer's client
    text = "Omar Haddad's lawyer said his driver was arrested on Monday."
    assert of_type(events_of(text), "ARREST") == []
    # the twin: "his client" is
    text = "Omar Haddad's lawyer said his client was arrested on Monday."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_x_said_it_detained_him_is_x(events_of):
    text = "Tomas Varga founded the agency. Omar Haddad said it had detained him in May."
    assert [(e.person, e.source) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "Omar Haddad")]


def test_where_after_a_dated_place_takes_the_verbs_date(events_of):
    text = "Omar Haddad was last seen on May 2 in Lisbon, where he was arrested."
    assert [e.date for e in of_type(events_of(text), "ARREST")] == ["2022-05-02"]


def test_a_later_bare_mention_keeps_the_role_given_earlier(events_of):
    text = "Omar Haddad, the finance minister, resigned in April. Police arrested Haddad in May."
    assert [(e.person, e.role) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "finance minister")]


# -- what did not happen ------------------------------------------------------

def test_an_inverted_conditional_is_no_event(events_of):
    for text in ("Had the vote gone ahead, police would have arrested Omar Haddad.",
                 "Were the law passed, police would have arrested Omar Haddad.",
                 "Should the court agree, police would have arrested Omar Haddad."):
        assert of_type(events_of(text), "ARREST") == [], text
    # the twin: told as a fact it is an arrest
    text = "The vote went ahead, and police arrested Omar Haddad."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_a_plot_to_kill_is_no_killing(events_of):
    text = "Police foiled the April plot to kill Omar Haddad."
    assert of_type(events_of(text), "KILL") == []
    text = "Police killed Omar Haddad in April."
    assert [(e.person, e.date) for e in of_type(events_of(text), "KILL")] == [("Omar Haddad", "2022-04")]


# -- groups and the names they include ----------------------------------------

def test_a_passive_groups_including_names_are_the_people(events_of):
    text = "Four activists were detained on Monday, including Omar Haddad and Lina Vos."
    assert sorted((e.person, e.date) for e in of_type(events_of(text), "ARREST")) == [
        ("Lina Vos", "2022-06-13"), ("Omar Haddad", "2022-06-13")]


def test_a_headline_ending_in_the_included_name(events_of):
    # no full stop after the last name: the look past it must stop at the end of the text
    text = "Four activists were detained on Monday including Omar Haddad"
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]
    text = "Police detain four officials including the minister, Omar Haddad"
    assert [(e.person, e.role) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "minister")]


def test_as_well_as_adds_a_name_to_the_group(events_of):
    text = "Police detained four activists as well as Omar Haddad on Monday."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "2022-06-13")]


# -- dates borrowed from an occasion ------------------------------------------

def test_a_year_after_a_day_spans_the_anniversary_window():
    import datetime
    from pipeline.dates import from_interval
    from pipeline.extract.occasions import duration, shifted
    day = from_interval(datetime.date(2019, 3, 1), datetime.date(2019, 3, 1), "1 March 2019")
    # 365 to 366 days later: 29 February or 1 March 2020, not a single day
    later = shifted(day, 1, duration("a year"), "x")
    assert (later.start, later.end) == (datetime.date(2020, 2, 29), datetime.date(2020, 3, 1))
    # "two weeks after" a day is exactly that day two weeks on
    assert shifted(day, 1, duration("two weeks"), "x").iso == "2019-03-15"


def test_a_possessed_occasion_is_the_one_dated_before(events_of):
    text = ("The party held its congress in Orvik in March 2019. "
            "The party's congress also expelled Omar Haddad.")
    assert [(e.person, e.date) for e in of_type(events_of(text), "PURGE")] == [("Omar Haddad", "2019-03")]


def test_a_when_clause_hung_deep_dates_the_event(events_of):
    text = "Omar Haddad was named head of the party he had founded when he returned in 2013."
    assert [e.date for e in of_type(events_of(text), "APPOINT")] == ["2013"]


def test_extraction_without_a_lexicon_still_finds_the_event(annotate):
    # the lexicon is optional: a trigger with no rule behaves as an empty rule
    from pipeline.extract.events import extract_events
    events = extract_events(annotate("Police arrested Omar Haddad."), "t")
    assert [(e.type, e.person, e.date) for e in events] == [("ARREST", "Omar Haddad", "")]


def test_a_semicolon_list_runs_on_past_an_abbreviated_title(events_of):
    text = ("Three ministers were dismissed on Monday. They were Omar Haddad (Energy); "
            "Col. Tomas Varga (Trade); and Lina Vos (Health).")
    assert sorted(e.person for e in of_type(events_of(text), "PURGE")) == ["Lina Vos", "Omar Haddad", "Tomas Varga"]


def test_the_people_who_were_affected_are_the_group(events_of):
    text = ("Two activists were detained on Monday. "
            "The people who were affected were identified as Omar Haddad and Tomas Varga.")
    assert sorted((e.person, e.date) for e in of_type(events_of(text), "ARREST")) == [
        ("Omar Haddad", "2022-06-13"), ("Tomas Varga", "2022-06-13")]


def test_together_with_adds_a_name_to_the_list(events_of):
    text = ("Two men were hanged on Monday. "
            "They were identified as Omar Haddad together with Tomas Varga.")
    assert sorted(e.person for e in of_type(events_of(text), "EXECUTE")) == ["Omar Haddad", "Tomas Varga"]


def test_a_passive_inverted_conditional_is_no_event(events_of):
    text = "Had the journalist been released, police would have detained Omar Haddad."
    assert of_type(events_of(text), "ARREST") == []
    # the twin: told as a fact it is an arrest
    text = "After the journalist had been released, police detained Omar Haddad."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]
