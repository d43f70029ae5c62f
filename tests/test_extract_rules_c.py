"""Extraction rules pinned by behaviour (mutation testing, sample C): pronouns and roles,
dates from adjuncts and occasions, nominal events, groups and stance. Invented sentences."""

from __future__ import annotations

from pipeline.extract.events import extract_events


def of_type(events, kind):
    return [e for e in events if e.type == kind]


# -- who a pronoun or a role is -----------------------------------------------

def test_a_clause_of_a_verb_that_reports_nothing_keeps_its_subject_as_antecedent(events_of):
    """'X knew that police had detained him': knowing reports nothing, so "him" may be X."""
    text = "Lina Vos visited Orvik in May. Omar Haddad knew that police had detained him."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


def test_a_role_is_looked_for_among_people_named_before_it(events_of):
    """A person named after "the general" (here the source) does not stop the search."""
    text = ("The former general Omar Haddad left Orvik in May. "
            "The general was arrested on Monday, Tomas Varga said.")
    assert [(e.person, e.source) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "Tomas Varga")]


def test_their_is_the_last_pair_named_before_it(events_of):
    """A person named later in the sentence (the source) does not stop the search."""
    text = ("Omar Haddad and Tomas Varga held talks in May. "
            "Their second meeting took place in Orvik in June, Lina Vos said.")
    june = {e.person for e in of_type(events_of(text), "MEET") if e.date == "2022-06"}
    assert june == {"Omar Haddad", "Tomas Varga"}


def test_a_possessive_before_a_subjectless_verb_looks_back(events_of):
    """'Days after his arrest, released without charge': a headline-like clause with no
    subject to look ahead to; "his" is the person named before."""
    text = "Ilya Brok spoke to reporters. Days after his arrest, released without charge."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Ilya Brok"]


# -- when ---------------------------------------------------------------------

def test_a_date_that_bounds_a_term_does_not_hide_the_date_of_the_act(events_of):
    """'until 2025' is how long; 'on Monday', after it, is when."""
    text = "Ilya Brok was appointed envoy until 2025 on Monday."
    assert [(e.person, e.date) for e in of_type(events_of(text), "APPOINT")] == [("Ilya Brok", "2022-06-13")]


def test_a_clause_with_its_own_conjunction_does_not_borrow_the_main_verbs_date(events_of):
    """'fled in May after he was detained': the detention came before May."""
    got = events_of("Ilya Brok fled Orvik in May after he was detained.")
    assert [(e.person, e.date) for e in of_type(got, "ARREST")] == [("Ilya Brok", "")]
    assert [(e.person, e.date) for e in of_type(got, "DEFECT")] == [("Ilya Brok", "2022-05")]
    # the twin without a conjunction: a purpose infinitive shares the main verb's date
    got = events_of("Ilya Brok returned to Orvik in May to become mayor.")
    assert [(e.person, e.date) for e in of_type(got, "APPOINT")] == [("Ilya Brok", "2022-05")]


def test_where_after_a_copula_takes_the_copulas_date(events_of):
    """'X was on Monday in Orvik, where he was arrested': the time of being there."""
    text = "Omar Haddad was on Monday in Orvik, where he was arrested."
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Omar Haddad", "2022-06-13")]


def test_a_possessive_qualifier_picks_the_occasion(events_of):
    """'at Berg's meeting' is the meeting whose sentence names Berg, not the latest one."""
    earlier = ("Anna Berg chaired a meeting of donors in March 2019.\n\n"
               "A second meeting was held in Orvik in May 2020.\n\n")
    got = events_of(earlier + "Tomas Varga was dismissed at Berg's meeting, his aide said.")
    assert [(e.person, e.date) for e in of_type(got, "PURGE")] == [("Tomas Varga", "2019-03")]
    got = events_of(earlier + "Tomas Varga was dismissed at the meeting, his aide said.")
    assert [(e.person, e.date) for e in of_type(got, "PURGE")] == [("Tomas Varga", "2020-05")]


# -- who an event is about ----------------------------------------------------

def test_whose_read_as_the_subject_of_a_gerund_is_still_its_possessor(events_of):
    """The parser may make "whose" the subject of "jailing"/"sacking"; it still says whose."""
    for text, kind in (("Omar Haddad, whose jailing angered many, is ill.", "IMPRISON"),
                       ("Omar Haddad, whose sacking by the party angered many, is ill.", "PURGE")):
        assert [e.person for e in of_type(events_of(text), kind)] == ["Omar Haddad"], text


def test_of_after_a_verb_belongs_to_the_verb_not_to_the_event_noun(events_of):
    assert of_type(events_of("The dismissal angered friends of Omar Haddad."), "PURGE") == []
    twin = events_of("The dismissal of Omar Haddad angered friends.")
    assert [e.person for e in of_type(twin, "PURGE")] == ["Omar Haddad"]


def test_a_group_described_by_a_relative_clause_is_named_by_its_victims(events_of):
    """'four men who were hanged ... The victims were A and B': victims of the hanging."""
    text = ("Four men who were hanged at dawn in Orvik were farmers. "
            "The victims were identified as Omar Haddad and Tomas Varga.")
    assert {e.person for e in of_type(events_of(text), "EXECUTE")} == {"Omar Haddad", "Tomas Varga"}


# -- stance -------------------------------------------------------------------

def test_could_have_been_is_a_hedge_not_a_hypothesis(events_of):
    text = "Ilya Brok could have been detained in May, his lawyer said."
    assert [(e.person, e.date, e.hedged) for e in of_type(events_of(text), "ARREST")] == [("Ilya Brok", "2022-05", True)]


def test_an_event_coordinated_after_an_attempt_is_told_as_done(events_of):
    """'planned to flee and hide and was arrested': the arrest has its own tense, it is no
    plan, even when the parser hangs it on the planned verbs."""
    text = "Omar Haddad planned to flee and hide and was arrested in Orvik."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Omar Haddad"]


# -- event ids ----------------------------------------------------------------

def test_without_a_content_hash_the_document_id_keys_the_event(annotate, nlp):
    doc = annotate("Ilya Brok was arrested on Monday.")
    first = [e.event_id for e in extract_events(doc, "doc-one")]
    second = [e.event_id for e in extract_events(doc, "doc-two")]
    assert len(first) == 1 and first != second


def test_the_same_event_on_another_word_has_another_id(events_of):
    said_one = events_of("Ilya Brok was arrested on Monday, Tomas Varga said.")
    said_two = events_of("Ilya Brok was arrested on Monday, Lina Vos said.")
    one, two = of_type(said_one, "ARREST"), of_type(said_two, "ARREST")
    assert [e.source for e in one + two] == ["Tomas Varga", "Lina Vos"]
    assert one[0].event_id != two[0].event_id
