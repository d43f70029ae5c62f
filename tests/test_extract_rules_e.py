"""Extraction rules pinned by behaviour (mutation testing, sample E, seed 6): sources named
again, pronouns and relatives, meetings of two, charges, denials, dates from neighbours and
the merging of an article's runs. Invented sentences."""

from __future__ import annotations

from pipeline.extract.article import combine_pieces, ArticleResult


def of_type(events, kind):
    return [e for e in events if e.type == kind]


def sources(events, kind):
    return [(e.person, e.source) for e in of_type(events, kind)]


# -- on whose word --------------------------------------------------------------

def test_a_described_source_after_a_named_one_is_still_picked_up(events_of):
    """Every reporter of the article is gathered, not only those before the first named one:
    "the newspaper" is the local newspaper that reported after Norwind."""
    text = ("Norwind said on Monday that Tomas Berger was arrested. "
            "A local newspaper reported that Lina Okafor was detained. "
            "The newspaper said that Omar Haddad was arrested too.")
    assert sources(events_of(text), "ARREST") == [
        ("Tomas Berger", "Norwind"), ("Lina Okafor", "A local newspaper"), ("Omar Haddad", "A local newspaper")]


def test_a_definite_reporter_is_no_new_source_for_the_next_definite_one(events_of):
    """'The agency said ...' is Norwind; a second "the agency" is Norwind too, not the
    earlier phrase "The agency" taken as a source of its own."""
    text = ("Norwind, a news agency, said Tomas Berger was arrested. The agency said Lina Okafor "
            "was arrested. The agency said that Omar Haddad was arrested too.")
    assert sources(events_of(text), "ARREST") == [
        ("Tomas Berger", "Norwind"), ("Lina Okafor", "Norwind"), ("Omar Haddad", "Norwind")]


# -- who a pronoun, a relative or a role is ------------------------------------------

def test_a_fronted_phrase_in_parentheses_looks_ahead_to_its_subject(events_of):
    """'(After his arrest in June, X left ...)': the opening bracket is punctuation, so the
    phrase is still fronted and "his" is X, not the man named before."""
    got = events_of("Omar Haddad spoke in May. (After his arrest in June, Tomas Berger left Orvik.)")
    assert [(e.person, e.date) for e in of_type(got, "ARREST")] == [("Tomas Berger", "2022-06")]


def test_an_object_pronoun_of_a_conjoined_verb_without_subject_is_resolved(events_of):
    """'Officers came on Saturday and took him to Orvik': "took" has no subject of its own;
    the neighbour sentence still dates the arrest (and nothing breaks on the missing subject)."""
    text = "Tomas Berger has been detained, Norwind said. Officers came on Saturday and took him to Orvik."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Tomas Berger", "2022-06-11")]


def test_a_relative_that_stands_for_the_person_it_describes(events_of):
    """'X, a lawyer that officers detained in May': "that" (WDT) is X."""
    got = events_of("Police freed Tomas Berger, a lawyer that officers detained in May.")
    assert [(e.person, e.date) for e in of_type(got, "ARREST")] == [("Tomas Berger", "2022-05")]


def test_a_subordinate_clause_subject_outranks_an_object_of_a_preposition(events_of):
    """'After X left Orvik with Y, police arrested him': the subject of the 'after' clause is
    more salient than the one he left with."""
    text = "After Tomas Berger left Orvik with Omar Haddad, police arrested him."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Berger"]


def test_a_role_is_matched_by_its_compound_modifier(events_of):
    """'the finance minister' is the one given that role, not the minister named last."""
    text = ("Lina Okafor, the finance minister, met reporters. Tomas Berger, the defence minister, "
            "visited Saltmere in May. The finance minister was arrested on Monday.")
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Lina Okafor"]
    text = ("Tomas Berger, the defence minister, met reporters. Lina Okafor, the finance minister, "
            "visited Saltmere in May. The defence minister was arrested on Monday.")
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Berger"]


# -- meetings are of two -----------------------------------------------------------

def test_meeting_unnamed_people_is_no_meeting(events_of):
    """'X met reporters': a meeting needs two named people; the twin with two does extract."""
    assert of_type(events_of("Tomas Berger met reporters in Orvik on Monday."), "MEET") == []
    got = events_of("Tomas Berger met Lina Okafor in Orvik on Monday.")
    assert {e.person for e in of_type(got, "MEET")} == {"Tomas Berger", "Lina Okafor"}


def test_talks_between_one_named_person_and_others_are_no_meeting(events_of):
    assert of_type(events_of("Talks between Tomas Berger and officials took place in Orvik."), "MEET") == []
    got = events_of("Talks between Tomas Berger and Lina Okafor took place in Orvik.")
    assert {e.person for e in of_type(got, "MEET")} == {"Tomas Berger", "Lina Okafor"}


def test_along_with_does_not_add_a_third_person_to_a_meeting(events_of):
    """'X's meeting with Y along with Z': the meeting is X's and Y's ("along with" joins
    people to an arrest or a flight, not to a meeting)."""
    got = events_of("Tomas Berger's meeting with Lina Okafor along with Omar Haddad took place in May.")
    assert {e.person for e in of_type(got, "MEET")} == {"Tomas Berger", "Lina Okafor"}


# -- groups ------------------------------------------------------------------------

def test_a_groups_possessive_arrest_is_the_arrest_of_its_members(events_of):
    """'the two activists' arrest ... The activists were X and Y': the possessor is the group."""
    text = "Police confirmed the two activists' arrest. The activists were Tomas Berger and Lina Okafor."
    assert sorted(e.person for e in of_type(events_of(text), "ARREST")) == ["Lina Okafor", "Tomas Berger"]


# -- what for, denied ------------------------------------------------------------------

def test_on_the_orders_of_is_no_charge(events_of):
    """Only a charge noun after 'on'/'over'/'under' gives the charge."""
    got = of_type(events_of("Tomas Berger was arrested on the orders of the governor."), "ARREST")
    assert [(e.person, e.charge) for e in got] == [("Tomas Berger", "")]
    got = of_type(events_of("Tomas Berger was arrested on charges of fraud."), "ARREST")
    assert [(e.person, e.charge) for e in got] == [("Tomas Berger", "fraud")]


def test_by_nobody_denies_the_act(events_of):
    """'X was arrested by nobody': the agent is nobody, so the arrest is denied."""
    got = of_type(events_of("Tomas Berger was arrested by nobody, his lawyer said."), "ARREST")
    assert [(e.person, e.negated) for e in got] == [("Tomas Berger", True)]
    got = of_type(events_of("Tomas Berger was arrested by police, his lawyer said."), "ARREST")
    assert [(e.person, e.negated) for e in got] == [("Tomas Berger", False)]


def test_a_denial_takes_the_whole_date_of_the_happening_it_denies(events_of):
    """The undated denial carries the dated report's date, its start and its end."""
    text = "Tomas Berger was arrested in May, Norwind said. Police said Tomas Berger was not arrested."
    denied = [e for e in of_type(events_of(text), "ARREST") if e.negated]
    assert [(e.date, e.date_start, e.date_end) for e in denied] == [("2022-05", "2022-05-01", "2022-05-31")]


# -- where ---------------------------------------------------------------------------

def test_the_place_nearest_the_trigger_is_where_it_happened(events_of):
    """'In Paris on Monday morning, police arrested X in Turin': the arrest was in Turin, the
    place nearest the verb, not the first one of the clause."""
    got = events_of("In Paris on Monday morning, police arrested Tomas Berger in Turin.")
    assert [(e.person, e.place) for e in of_type(got, "ARREST")] == [("Tomas Berger", "Turin")]
    got = events_of("In Paris on Monday morning, police arrested Tomas Berger.")
    assert [(e.person, e.place) for e in of_type(got, "ARREST")] == [("Tomas Berger", "Paris")]


# -- dates from the neighbours ---------------------------------------------------------

def test_a_neighbour_about_someone_described_does_not_date_the_event(events_of):
    """'The driver was stopped on Saturday': a description is not taken loosely for the
    person arrested; "him" is, and dates the arrest."""
    text = "Tomas Berger has been detained, Norwind said. The driver was stopped on Saturday near a bridge."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Tomas Berger", "")]
    text = "Tomas Berger has been detained, Norwind said. Officers stopped him on Saturday near a bridge."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Tomas Berger", "2022-06-11")]


# -- an article's runs ---------------------------------------------------------------

def test_mentions_of_one_happening_in_two_runs_are_merged(events_of):
    """combine_pieces: an arrest told in two runs of one article is one event; one run is
    kept as it is."""
    first = events_of("Police arrested Tomas Berger on Monday.")
    second = events_of("Tomas Berger was detained on Monday, his lawyer said.")
    merged = combine_pieces([ArticleResult(first, [("Tomas Berger", "Tomas Berger")]),
                             ArticleResult(second, [])])
    assert [(e.type, e.person) for e in merged.events] == [("ARREST", "Tomas Berger")]
    assert merged.mentions == [("Tomas Berger", "Tomas Berger")]
    single = combine_pieces([ArticleResult(first + second, [])])
    assert len(single.events) == 2


def test_only_a_verb_with_a_happening_noun_for_subject_is_asked_for_it(annotate):
    """``neighbour_date`` asks ``_happening_subject`` only of the words ``_happening_heads``
    finds in the arrays: asking every verb of every type finds the same subjects."""
    from pipeline.extract.neighbours import _happening_heads, _happening_subject, happening_nouns
    from pipeline.extract.syntax import Cues

    texts = ["Tomas Varga got eleven years. The sentence was passed on Monday in Orvik.",
             "Lina Brask was detained. Her arrest came on Friday, and the raid was filmed by a neighbour.",
             "Omar Haddad met Ana Petrov. The talks took place in Velmar, and their meeting ended early.",
             "The ministry denied that the killing of Piet Welk had happened; his death was announced on Friday."]
    for text in texts:
        doc = annotate(text)
        cues = Cues(doc)
        heads = _happening_heads(doc)
        found = {t.i for nouns in happening_nouns().values() for t in doc
                 if _happening_subject(t, nouns, cues) is not None}
        assert found and found <= heads, text
