"""Extraction rules pinned by behaviour (mutation testing, sample D): sources named again,
pronouns kept off their own clause's subject, salience, dates and groups. Invented sentences."""

from __future__ import annotations


def of_type(events, kind):
    return [e for e in events if e.type == kind]


def sources(events, kind):
    return [(e.person, e.source) for e in of_type(events, kind)]


# -- on whose word --------------------------------------------------------------

def test_the_agency_is_the_organisation_described_as_one_where_it_was_named(events_of):
    """'Norwind, a news agency, said ...': its apposition says what kind of source Norwind is."""
    text = ("Norwind, a news agency, said on Monday that Ilya Brok had been arrested. "
            "The agency said that Lina Vos was arrested too.")
    assert sources(events_of(text), "ARREST") == [("Ilya Brok", "Norwind"), ("Lina Vos", "Norwind")]


def test_it_said_is_the_source_named_before(events_of):
    text = "Norwind reported on Monday that Ilya Brok was arrested. It said that Lina Vos was detained too."
    assert sources(events_of(text), "ARREST") == [("Ilya Brok", "Norwind"), ("Lina Vos", "Norwind")]


def test_an_owned_office_is_not_replaced_by_its_apposition(events_of):
    """'Her lawyer, a former judge, said': the lawyer of a named person, not any judge."""
    text = "Lina Vos lives in Orvik. Her lawyer, a former judge, said Ilya Brok was arrested."
    assert sources(events_of(text), "ARREST") == [("Ilya Brok", "Vos's lawyer")]


def test_a_spokesman_of_an_unnamed_ministry_is_described_not_named(events_of):
    """A ministry in lower case is a description; its spokesman's word stays described so."""
    got = sources(events_of("Ilya Brok was arrested, the foreign ministry spokesman said."), "ARREST")
    assert len(got) == 1 and "foreign ministry" in got[0][1]


def test_a_description_the_tagger_took_for_a_name_keeps_its_article(events_of):
    """'the Orvik kremlin': a lower-case head is no proper name, so "the" stays."""
    got = events_of("Ilya Brok was arrested, the Orvik kremlin said.")
    assert sources(got, "ARREST") == [("Ilya Brok", "the Orvik kremlin")]


# -- who a pronoun is -----------------------------------------------------------

def test_an_object_pronoun_of_a_subjectless_participle_is_not_the_governing_subject(events_of):
    """'Y flew in, meeting him': Y does the meeting, so "him" is someone else."""
    text = "Tomas Varga arrived in Orvik in May. Lina Vos flew in, meeting him on Monday."
    assert {e.person for e in of_type(events_of(text), "MEET")} == {"Lina Vos", "Tomas Varga"}


def test_an_object_pronoun_of_an_infinitive_is_not_the_governing_subject(events_of):
    text = "Tomas Varga arrived in Orvik in May. Lina Vos managed to meet him on Monday."
    assert {e.person for e in of_type(events_of(text), "MEET")} == {"Lina Vos", "Tomas Varga"}


def test_the_governing_subject_is_excluded_through_its_apposition(events_of):
    text = "Tomas Varga arrived in Orvik in May. The envoy, Lina Vos, flew in, meeting him on Monday."
    assert {e.person for e in of_type(events_of(text), "MEET")} == {"Lina Vos", "Tomas Varga"}


def test_the_client_of_the_lawyer_of_x_is_x(events_of):
    text = ("Ilya Brok runs a farm near Orvik. "
            "The lawyer of Ilya Brok said on Monday that his client was detained in May.")
    assert [(e.person, e.date) for e in of_type(events_of(text), "ARREST")] == [("Ilya Brok", "2022-05")]


def test_the_subject_of_a_reported_clause_is_as_salient_as_a_main_subject(events_of):
    """'Officials said X had fled': X is the sentence's topic; a subject in a later 'after'
    clause does not outrank it."""
    text = "Officials said Tomas Varga had fled. After Ilya Brok left, police arrested him."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Varga"]


def test_the_subject_of_a_deeper_reported_clause_outranks_a_possessor(events_of):
    text = "Police said officials believed Tomas Varga had fled. At Anna Berg's farm, police arrested him."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Varga"]


# -- when -------------------------------------------------------------------------

def test_of_two_dates_equally_near_the_verb_the_first_is_taken(events_of):
    """'On Monday, the police detained X over May posts': both dates four words from the verb;
    May dates the posts, not the arrest."""
    got = events_of("On Monday, the police detained Ilya Brok over May posts.")
    assert [(e.person, e.date) for e in of_type(got, "ARREST")] == [("Ilya Brok", "2022-06-13")]


def test_an_occasion_named_again_dates_the_event_by_its_own_words(events_of):
    text = "The party held a congress in March 2019. At the congress, Tomas Varga was expelled."
    got = of_type(events_of(text), "PURGE")
    assert [(e.person, e.date) for e in got] == [("Tomas Varga", "2019-03")]
    assert got[0].date_text == "the congress"


# -- groups -----------------------------------------------------------------------

def test_a_group_subject_is_named_by_an_including_phrase_on_its_verb(events_of):
    text = "Four men died in the blast, including Tomas Varga and Ilya Brok."
    assert {e.person for e in of_type(events_of(text), "KILL")} == {"Tomas Varga", "Ilya Brok"}


def test_members_described_by_the_event_are_the_group_it_happened_to(events_of):
    text = ("Police detained four activists in May. "
            "The arrested members were identified as Tomas Varga and Lina Vos.")
    got = of_type(events_of(text), "ARREST")
    assert sorted((e.person, e.date) for e in got) == [("Lina Vos", "2022-05"), ("Tomas Varga", "2022-05")]


# -- more on whose word and who ---------------------------------------------------

def test_a_trailing_according_to_speaks_of_the_nearer_clause_not_the_event_before_it(events_of):
    """'X was arrested in May before he resurfaced in June, according to Y': Y vouches for the
    clause next to it; without that clause Y vouches for the arrest."""
    near = events_of("Ilya Brok was arrested in May, according to Lina Vos.")
    assert sources(near, "ARREST") == [("Ilya Brok", "Lina Vos")]
    for text in ("Ilya Brok was arrested in May before he resurfaced in June, according to Lina Vos.",
                 "Ilya Brok was arrested in May by officers who raided his flat, according to Lina Vos."):
        assert sources(events_of(text), "ARREST") == [("Ilya Brok", "")], text


def test_a_later_pronoun_of_one_gender_is_the_earlier_one_in_the_sentence(events_of):
    """'X said he was charged over the shooting of Y, who had ordered his arrest': "his" is
    the "he" of the same sentence, X, not Y."""
    text = "Tomas Varga said he was charged over the shooting of Ilya Brok, who had ordered his arrest."
    assert [e.person for e in of_type(events_of(text), "ARREST")] == ["Tomas Varga"]


def test_she_in_a_denial_about_a_man_is_not_that_man(events_of):
    """'denied detaining Mr X, saying she was not arrested either': "she" is no man."""
    text = ("Mrs Anna Berg was stopped at the border. Police denied that officers had detained "
            "Mr Tomas Varga, saying she was not arrested either.")
    got = of_type(events_of(text), "ARREST")
    assert sorted((e.person, e.negated) for e in got) == [("Anna Berg", True), ("Tomas Varga", True)]


def test_a_role_and_name_after_a_comma_name_the_description_before_them(events_of):
    """'The head of the guild, the banker X, was arrested': the head is X."""
    got = events_of("The head of the guild, the banker Tomas Varga, was arrested in May.")
    assert [(e.person, e.date) for e in of_type(got, "ARREST")] == [("Tomas Varga", "2022-05")]
