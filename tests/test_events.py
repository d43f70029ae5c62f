"""Event extraction on tiny invented sentences: one construction per test."""

from __future__ import annotations

import pytest


def find(events, type_, person):
    hits = [e for e in events if e.type == type_ and e.person == person]
    assert hits, f"no {type_} for {person}: {[(e.type, e.person) for e in events]}"
    return hits[0]


@pytest.mark.parametrize("text,type_,person", [
    ("Marek Olsza was executed in March 2020.", "EXECUTE", "Marek Olsza"),
    ("Authorities executed Marek Olsza last year.", "EXECUTE", "Marek Olsza"),
    ("Marek Olsza was put to death in 2020.", "EXECUTE", "Marek Olsza"),
    ("The execution of Marek Olsza shocked diplomats.", "EXECUTE", "Marek Olsza"),
    ("Police arrested Lena Vos at her home.", "ARREST", "Lena Vos"),
    ("Lena Vos was taken into custody at the airport.", "ARREST", "Lena Vos"),
    ("Lena Vos defected to the South in 2019.", "DEFECT", "Lena Vos"),
    ("Lena Vos fled to Tallinn with her husband.", "DEFECT", "Lena Vos"),
    ("Lena Vos sought asylum in Norway.", "DEFECT", "Lena Vos"),
    ("Lena Vos was sent to a labour camp in 2018.", "IMPRISON", "Lena Vos"),
    ("A court sentenced Lena Vos to ten years in prison.", "IMPRISON", "Lena Vos"),
    ("Lena Vos was dismissed from her post in May.", "PURGE", "Lena Vos"),
    ("Lena Vos was appointed deputy minister in 2017.", "APPOINT", "Lena Vos"),
    ("Lena Vos was elected to parliament in 2016.", "ELECT", "Lena Vos"),
    ("Lena Vos disappeared in 2015.", "DISAPPEAR", "Lena Vos"),
    ("Lena Vos resurfaced in Minsk in June.", "REAPPEAR", "Lena Vos"),
    ("Lena Vos died in hospital in April.", "DIE", "Lena Vos"),
    ("Gunmen killed Lena Vos outside her office.", "KILL", "Lena Vos"),
])
def test_trigger_constructions(events_of, text, type_, person):
    find(events_of(text), type_, person)


def test_meeting_gives_one_row_per_participant(events_of):
    events = events_of("Tomas Varga held talks with Ines Morel in Geneva in May 2021.")
    assert {e.person for e in events if e.type == "MEET"} == {"Tomas Varga", "Ines Morel"}
    assert all(e.date == "2021-05" for e in events if e.type == "MEET")


def test_date_is_resolved_against_the_reference(events_of):
    ev = find(events_of("Marek Olsza was arrested last November.", "2023-03-02"), "ARREST", "Marek Olsza")
    assert (ev.date, ev.date_start, ev.date_end) == ("2022-11", "2022-11-01", "2022-11-30")


def test_no_date_in_the_text_leaves_the_date_empty(events_of):
    ev = find(events_of("Marek Olsza was arrested, officials said."), "ARREST", "Marek Olsza")
    assert ev.date == ""


def test_source_from_said_clause(events_of):
    ev = find(events_of("Marek Olsza was executed in 2019, a Polish newspaper reported."), "EXECUTE", "Marek Olsza")
    assert ev.source == "a Polish newspaper"


def test_source_from_according_to(events_of):
    ev = find(events_of("According to the ministry, Marek Olsza was arrested in May."), "ARREST", "Marek Olsza")
    assert ev.source == "the ministry"


def test_source_is_a_person_when_a_person_reports(events_of):
    ev = find(events_of("Ines Morel said Marek Olsza was executed in 2019."), "EXECUTE", "Marek Olsza")
    assert ev.source == "Ines Morel"


def test_own_voice_has_no_source(events_of):
    ev = find(events_of("Marek Olsza was arrested in 2019."), "ARREST", "Marek Olsza")
    assert ev.source == ""


def test_hedge_adverb(events_of):
    ev = find(events_of("Marek Olsza was reportedly executed in 2019."), "EXECUTE", "Marek Olsza")
    assert ev.hedged and not ev.negated


def test_hedge_believed_to(events_of):
    ev = find(events_of("Marek Olsza is believed to have been arrested in May."), "ARREST", "Marek Olsza")
    assert ev.hedged


def test_attribution_alone_is_not_a_hedge(events_of):
    ev = find(events_of("Ines Morel said Marek Olsza was arrested in May."), "ARREST", "Marek Olsza")
    assert not ev.hedged


def test_negation(events_of):
    ev = find(events_of("Marek Olsza was not arrested in May."), "ARREST", "Marek Olsza")
    assert ev.negated


def test_denial_names_the_denier_as_source(events_of):
    ev = find(events_of("Ines Morel denied that Marek Olsza had been arrested."), "ARREST", "Marek Olsza")
    assert ev.negated and ev.source == "Ines Morel"


def test_repeated_mentions_are_one_row(events_of):
    text = ("Marek Olsza was executed in March 2020.\n\n"
            "Diplomats said the execution of Marek Olsza was a warning.")
    rows = [e for e in events_of(text) if e.type == "EXECUTE"]
    assert len(rows) == 1 and rows[0].date == "2020-03"


@pytest.mark.parametrize("text, arrested", [
    ("If Marek Olsza returns, he will be arrested.", False),
    ("Marek Olsza will be arrested when he returns.", False),
    ("When Marek Olsza returned, he was arrested.", True),  # the same words, as something that happened
    ("Marek Olsza was arrested when he returned.", True),
])
def test_hypothetical_is_not_an_event(events_of, text, arrested):
    found = [(e.type, e.person) for e in events_of(text)]
    assert found == ([("ARREST", "Marek Olsza")] if arrested else [])


def test_sentenced_to_death_is_not_a_prison_term(events_of):
    events = events_of("A court sentenced Marek Olsza to death in May.")
    assert not [e for e in events if e.type == "IMPRISON"]


def test_evidence_offsets_point_at_the_sentence(annotate, nlp):
    from pipeline.extract.events import Lexicon, extract_events
    text = "Officials met on Monday.\n\nMarek Olsza was arrested in May."
    doc = annotate(text)
    events = extract_events(doc, "t", "h", Lexicon.from_nlp(nlp))
    ev = find(events, "ARREST", "Marek Olsza")
    assert text[ev.char_start:ev.char_end].strip() == ev.sentence


def test_event_id_is_stable(annotate, nlp):
    """An id is fixed by the article's text (its hash) and what the event says, not by the
    name the file was given: a renamed copy keeps its ids, another date gets another id."""
    from pipeline.extract.events import Lexicon, extract_events
    lexicon = Lexicon.from_nlp(nlp)

    def ids(text: str, doc_id: str, content_hash: str) -> list[str]:
        return [e.event_id for e in extract_events(annotate(text), doc_id, content_hash, lexicon)]

    first = ids("Marek Olsza was arrested in May.", "a", "hash-1")
    assert len(first) == 1 and len(first[0]) == 16
    assert ids("Marek Olsza was arrested in May.", "renamed", "hash-1") == first
    assert ids("Marek Olsza was arrested in May.", "a", "hash-2") != first
    assert ids("Marek Olsza was arrested in June.", "a", "hash-1") != first


def test_every_trigger_rule_has_a_unique_id_and_a_known_type():
    """Rules are keyed by id: a repeated id silently replaces another rule."""
    from collections import Counter

    from pipeline.records import EVENT_TYPES
    from pipeline.lexicon import read_jsonl

    rules = read_jsonl("patterns/triggers.jsonl")
    repeated = [rule_id for rule_id, n in Counter(r["id"] for r in rules).items() if n > 1]
    assert repeated == []
    assert {r["type"] for r in rules} <= set(EVENT_TYPES) | {"NONE"}


@pytest.mark.parametrize("text,date", [
    ("Talks between Anna Berg and Tomas Varga in May collapsed.", "2022-05"),
    ("The 2021 summit between Prime Minister Anna Berg and President Tomas Varga ended without a deal.", "2021"),
    ("Anna Berg held three rounds of talks with Tomas Varga last year.", "2021"),
    ("Anna Berg and Tomas Varga quarrelled in public. They met in Oslo on Monday.", "2022-06-13"),
    ("Anna Berg and Tomas Varga held talks in 2019. The two leaders met again in May.", "2022-05"),
])
def test_meetings_named_as_nouns_or_by_plurals(events_of, text, date):
    got = {(e.type, e.person, e.date) for e in events_of(text)}
    assert {("MEET", "Anna Berg", date), ("MEET", "Tomas Varga", date)} <= got


def test_a_plural_subject_with_names_of_its_own_is_not_the_last_pair(events_of):
    text = "Anna Berg and Tomas Varga met in 2019. Lena Vos and Omar Haddad met in May."
    got = {(e.person, e.date) for e in events_of(text) if e.type == "MEET"}
    assert ("Lena Vos", "2022-05") in got and ("Anna Berg", "2022-05") not in got


@pytest.mark.parametrize("text,expected", [
    ("A closed court gave Omar Haddad 25 years on 22 April.", ("IMPRISON", "Omar Haddad", "2022-04-22")),
    ("Omar Haddad was given 25 years in a penal colony.", ("IMPRISON", "Omar Haddad", "")),
    ("Omar Haddad had been absent from public life since March. "
     "On 12 June Omar Haddad was shown on state television, confessing to bribery.", ("REAPPEAR", "Omar Haddad", "2022-06-12")),
    ("Omar Haddad had been absent from public life since March. Omar Haddad was shown on Kestrel TV, "
     "confessing to bribery.", ("REAPPEAR", "Omar Haddad", "")),
    ("Omar Haddad, the ex-governor whose disappearance in March worried his party, has resurfaced.",
     ("DISAPPEAR", "Omar Haddad", "2022-03")),
])
def test_terms_broadcasts_and_misparsed_relatives(events_of, text, expected):
    assert expected in {(e.type, e.person, e.date) for e in events_of(text)}


@pytest.mark.parametrize("text", [
    "The ministry gave Omar Haddad two years to repay the loan.",  # time to do something, not a term
    "Omar Haddad was shown on Tuesday, confessing to bribery.",  # a day, not a channel
])
def test_near_twins_that_are_no_term_or_broadcast(events_of, text):
    assert not [e for e in events_of(text) if e.type in {"IMPRISON", "REAPPEAR"}]


def test_a_date_inside_a_clause_about_the_person_is_not_the_event_date(events_of):
    text = "Omar Haddad, who was detained in March, resurfaced on state television."
    got = {(e.type, e.date) for e in events_of(text)}
    assert ("REAPPEAR", "") in got and ("ARREST", "2022-03") in got


@pytest.mark.parametrize("text,source", [
    ("Reports that Omar Haddad had been arrested were nonsense, the ministry said.", "the ministry"),
    ("The government said that reports of Omar Haddad's arrest were false.", "The government"),
])
def test_reports_called_untrue_are_a_denial(events_of, text, source):
    got = [(e.source, e.negated) for e in events_of(text) if e.type == "ARREST"]
    assert got == [(source, True)]


def test_reports_called_anything_else_are_no_denial(events_of):
    got = [e.negated for e in events_of("Reports that Omar Haddad had been arrested were published on Monday.")
           if e.type == "ARREST"]
    assert got == [False]


@pytest.mark.parametrize("text,expected", [
    ("Police on Monday arrested Omar Haddad in Orvik.", ("ARREST", "2022-06-13")),
    ("The board on Friday named Lena Vos as acting chair.", ("APPOINT", "2022-06-10")),
    ("Lena Vos has won Saturday's council by-election in the port district.", ("ELECT", "2022-06-11")),
])
def test_dates_the_parser_hangs_on_the_subject_or_the_object(events_of, text, expected):
    assert expected in {(e.type, e.date) for e in events_of(text)}


def test_the_dateline_dates_the_story_not_the_event():
    import pipeline

    # "ORVIK, 14 June 2022 —" is when the story was filed; the election has no date of its own
    text = "Vos wins seat\n\nORVIK, 14 June 2022 — Lena Vos has won the by-election, officials said.\n"
    got = pipeline.extract([{"doc": "d", "text": text}]).events
    assert list(zip(got["type"], got["date"])) == [("ELECT", "")]


@pytest.mark.parametrize("text,type_", [
    ("Omar Haddad is believed to have died of his wounds from the strike at a clinic on April 3.", "KILL"),
    ("Omar Haddad died when his convoy was struck near the river crossing.", "KILL"),
    ("Omar Haddad died in a drone strike on Saturday.", "KILL"),
    ("Omar Haddad died of cancer in May.", "DIE"),  # the twins: an illness, a place
    ("Omar Haddad died in hospital on Saturday.", "DIE"),
])
def test_how_a_death_came_decides_its_type(events_of, text, type_):
    assert {e.type for e in events_of(text) if e.person == "Omar Haddad"} == {type_}


@pytest.mark.parametrize("text,negated", [
    ("The foreign ministry said Omar Haddad was alive and serving his sentence.", True),
    ("Omar Haddad is alive and well, his lawyer said.", True),
    ("Omar Haddad is not alive, his lawyer said.", False),
])
def test_alive_denies_a_death(events_of, text, negated):
    assert [e.negated for e in events_of(text) if e.type == "DIE"] == [negated]


def test_a_month_and_that_year_is_one_date(events_of):
    text = "Omar Haddad took over the party in 2019 after its founder, Lena Vos, died in a crash in August that year."
    assert ("DIE", "Lena Vos", "2019-08") in {(e.type, e.person, e.date) for e in events_of(text)}


def test_one_act_on_two_people_shares_its_date_but_two_happenings_to_one_person_do_not(events_of):
    text = ("The president relieved Tomas Varga of his duties on January 17 and named Colonel Piet Danner "
            "as acting minister.")
    got = {(e.type, e.person, e.date) for e in events_of(text, published="2025-02-10")}
    assert got == {("PURGE", "Tomas Varga", "2025-01-17"), ("APPOINT", "Piet Danner", "2025-01-17")}
    got = {(e.type, e.date) for e in events_of("Tomas Varga was arrested in May and executed.", published="2025-02-10")}
    assert got == {("ARREST", "2024-05"), ("EXECUTE", "")}


def test_a_term_of_office_or_a_death_sentence_is_no_prison_sentence(events_of):
    assert [e.type for e in events_of("Tomas Varga's term as president ends in May.")] == []
    assert "IMPRISON" not in {e.type for e in events_of("Tomas Varga's death sentence was commuted.")}
    # a sentence of years is
    assert {e.type for e in events_of("Tomas Varga's ten-year sentence ends in May.")} == {"IMPRISON"}


def test_a_noun_s_participle_hung_on_the_verb_still_dates_the_noun(events_of):
    text = ("Tomas Varga was sacked on January 17. Orvik Monitor, the Lindmark group that first reported "
            "his nine-year sentence, handed down in April, said police took him into custody in late January.")
    got = {(e.type, e.date) for e in events_of(text, published="2025-07-01")}
    assert ("IMPRISON", "2025-04") in got and ("ARREST", "2025-01") in got


def test_a_video_released_on_a_day_dates_what_it_shows(events_of):
    text = ("Tomas Varga was reported killed in March. "
            "A video released by an armed faction on Tuesday purportedly shows Tomas Varga alive.")
    got = [(e.type, e.date) for e in events_of(text, published="2025-05-28") if e.type == "REAPPEAR"]
    assert got == [("REAPPEAR", "2025-05-27")]
    # a person's participle dates nothing he does later
    text = "Piet Danner, released on Tuesday, arrested Tomas Varga."
    assert [(e.type, e.date) for e in events_of(text, published="2025-05-28") if e.person == "Tomas Varga"] \
        == [("ARREST", "")]


def test_a_clause_the_parser_hangs_on_its_date_as_a_modifier_takes_that_date(events_of):
    text = ("President Piet Danner removed the admiral by an order dated February 14 that cited no grounds. "
            "A second order the same day named Rear Admiral Tomas Varga, the fleet's supply chief, "
            "as acting deputy commander.")
    got = [(e.type, e.date) for e in events_of(text, published="2025-03-10") if e.person == "Tomas Varga"]
    assert got == [("APPOINT", "2025-02-14")]


@pytest.mark.parametrize("text,dated", [
    ("Lena Vos resurfaced in Tallinn after her sudden disappearance in 2019.", {("DISAPPEAR", "2019"), ("REAPPEAR", "")}),
    ("Lena Vos resurfaced in Tallinn in 2023 after her disappearance in 2019.",
     {("DISAPPEAR", "2019"), ("REAPPEAR", "2023")}),
])
def test_a_date_hung_on_another_happening_is_that_happenings(events_of, text, dated):
    """'resurfaced after her disappearance in 2019': 2019 dates the disappearance, not the return."""
    assert {(e.type, e.date) for e in events_of(text) if e.person == "Lena Vos"} == dated


def test_with_changes_is_dataclasses_replace():
    from dataclasses import replace
    from pipeline.extract.events import with_changes
    from pipeline.records import Event
    ev = Event(event_id="", doc="d1", type="ARREST", person="Lena Brask", role="", date="2022-05", date_start="2022-05-01",
               date_end="2022-05-31", date_text="in May", place="Orvik", source="", hedged=False, negated=False,
               charge="", sentence="Lena Brask was arrested in May.", char_start=0, char_end=31, rule_id="r1")
    changes = dict(source="a rights group", char_start=5, trigger_start=3)
    assert with_changes(ev, **changes) == replace(ev, **changes)
    assert with_changes(ev) == ev
