"""Attribution, quotation and phrase rules pinned by behaviour (mutation testing, issue 10).
Invented sentences and names."""

from __future__ import annotations

from pipeline.extract.article import extract_article
from pipeline.extract.events import Lexicon
from pipeline.nlp.annotate import annotate as annotate_articles
from pipeline.read.articles import from_texts


def one(events, type_, person, negated=False):
    hits = [e for e in events if e.type == type_ and e.person == person and e.negated == negated]
    assert len(hits) == 1, [(e.type, e.person, e.source, e.negated) for e in events]
    return hits[0]


# -- quotations ----------------------------------------------------------------

def test_an_unclosed_quote_ends_with_its_paragraph(events_of):
    """The next paragraph is the article's voice again, not the speaker's."""
    text = ('Tomas Varga told reporters: "We are not afraid.\n\n'
            'Ilya Brok was arrested on Monday. His lawyer called the charges "absurd".')
    assert one(events_of(text), "ARREST", "Ilya Brok").source == ""


def test_a_quote_in_the_same_paragraph_is_the_speakers(events_of):
    text = 'Tomas Varga told reporters: "Ilya Brok was arrested on Monday. We are not afraid."'
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Tomas Varga"


def test_the_speaker_after_a_second_quote_speaks_only_that_one(events_of):
    """'"A." "B," said X': X is named after the second quote, not the first."""
    text = "“Ilya Brok was arrested in May.” “He is innocent,” said Tomas Varga."
    assert one(events_of(text), "ARREST", "Ilya Brok").source == ""
    text = "“Ilya Brok was arrested in May,” said Tomas Varga."
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Tomas Varga"


# -- how a source or a charge is written --------------------------------------

def test_a_charge_in_quotation_marks_is_given_without_them(events_of):
    ev = one(events_of('Ilya Brok was arrested on Monday for "insulting the army".'), "ARREST", "Ilya Brok")
    assert ev.charge == "insulting the army"


def test_a_coordinated_source_is_its_first_conjunct_without_the_and(events_of):
    text = "Local activists and rights groups said on Monday that Ilya Brok had been arrested."
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Local activists"


def test_a_participle_that_says_who_stays_in_the_source(events_of):
    """'a website linked to the opposition' is which website; only a participle that says when
    ('issued on Monday') is dropped."""
    text = "A website linked to the opposition said on Monday that Ilya Brok had been arrested."
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "A website linked to the opposition"


def test_a_noun_inside_the_reporters_phrase_is_not_the_speaker(events_of):
    text = "Channels linked to the opposition said on Monday that Ilya Brok had been arrested."
    assert one(events_of(text), "ARREST", "Ilya Brok").source != "the opposition"


def test_a_relative_named_in_the_next_sentence_is_the_source(events_of):
    text = ("Ilya Brok was arrested in May, his brother said on Monday. "
            "His brother, Tomas Varga, is a teacher.")
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Tomas Varga"


# -- what a reporting verb governs --------------------------------------------

def test_a_who_clause_is_presupposed_not_reported(events_of):
    said = "Tomas Varga said that Ilya Brok was arrested in June."
    assert one(events_of(said), "ARREST", "Ilya Brok").source == "Tomas Varga"
    presupposed = "Tomas Varga said that Ilya Brok, who was arrested in June, is now ill."
    assert one(events_of(presupposed), "ARREST", "Ilya Brok").source == ""


def test_a_reporting_verb_coordinated_after_the_event_gives_its_source(events_of):
    text = "Ilya Brok was arrested in May, and his lawyer said he was beaten."
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Brok's lawyer"


def test_according_to_after_a_coordinator_speaks_only_of_the_second_event(events_of):
    events = events_of("Ilya Brok was arrested in May and, according to his lawyer, was killed in June.")
    assert one(events, "ARREST", "Ilya Brok").source == ""
    assert one(events, "KILL", "Ilya Brok").source == "Brok's lawyer"
    events = events_of("Ilya Brok was detained in May and, according to his lawyer, executed in June.")
    assert one(events, "ARREST", "Ilya Brok").source == ""
    assert one(events_of("Ilya Brok was detained in May, according to his lawyer."), "ARREST", "Ilya Brok").source \
        == "Brok's lawyer"


def test_the_website_is_the_website_cited_before_by_according_to(events_of):
    text = ("Ilya Brok was arrested on Monday, according to a local news website. "
            "The website said on Tuesday that Tomas Varga had also been detained.")
    events = events_of(text)
    assert one(events, "ARREST", "Ilya Brok").source == "a local news website"
    assert one(events, "ARREST", "Tomas Varga").source == "a local news website"


def test_a_possessive_country_is_part_of_the_outlets_name_and_nothing_before_it(events_of):
    text = "The trial opened in March. Kenya's Vexcorp Radio reported on Monday that Ilya Brok had been arrested."
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Kenya's Vexcorp Radio"


def test_an_organisation_owned_by_a_named_person_is_named_without_the_owner(events_of):
    """"Haddad's Party of Renewal": Haddad is a person the article names, the party's own name
    starts after him."""
    text = ("Omar Haddad founded a party. "
            "Haddad's Party of Renewal said on Monday that Ilya Brok had been arrested.")
    assert one(events_of(text), "ARREST", "Ilya Brok").source == "Party of Renewal"


def test_the_last_word_of_an_unpunctuated_text_does_not_describe_its_first_organisation(events_of):
    """The word before an organisation may describe it ("the website X"); before the first
    word of a text there is none (no wrap-around to the text's last word)."""
    text = ("Vexcorp said on Monday that Ilya Brok had been arrested. "
            "Tomas Varga was detained in May, according to the police")
    events = events_of(text)
    assert one(events, "ARREST", "Ilya Brok").source == "Vexcorp"
    assert one(events, "ARREST", "Tomas Varga").source == "the police"


# -- denials -------------------------------------------------------------------

def test_a_denied_report_keeps_its_owners_claim(events_of):
    events = events_of("The ministry denied a newspaper's report that Ilya Brok had been executed.")
    assert one(events, "EXECUTE", "Ilya Brok", negated=True).source == "The ministry"
    assert one(events, "EXECUTE", "Ilya Brok").source == "a newspaper"


def test_a_denying_participle_with_no_one_behind_it_names_no_source(events_of):
    text = "There were statements on Monday denying that Ilya Brok had been arrested."
    assert one(events_of(text), "ARREST", "Ilya Brok", negated=True).source == ""
    text = "Denying that Ilya Brok had been arrested, officials closed the border."
    assert one(events_of(text), "ARREST", "Ilya Brok", negated=True).source == "officials"


def test_a_role_denied_beside_the_event_negates_it(events_of):
    """'denied any role on Monday in the crash': the parser hangs "in the crash" on the verb,
    beside its object "role"; the denial still reaches the killing."""
    ev = one(events_of("The army denied any role on Monday in the crash that killed Ilya Brok."), "KILL", "Ilya Brok",
             negated=True)
    assert ev.source == "The army"


def test_a_denial_with_no_one_denying_is_negated_without_a_source(events_of):
    ev = one(events_of("It was denied on Monday that Ilya Brok had been arrested."), "ARREST", "Ilya Brok", negated=True)
    assert ev.source == ""


# -- people an article names, for reconciliation -------------------------------

def test_an_article_lists_each_mention_of_a_person_under_their_full_name(nlp):
    articles = from_texts([{"text": "Ilya Brok was arrested on Monday. Brok had criticised the governor.",
                            "published": "2022-06-15"}])
    lexicon = Lexicon.from_nlp(nlp)
    (article, offset, doc, last), = list(annotate_articles(articles, nlp))
    assert last
    result = extract_article(article, [(offset, doc)], lexicon)
    assert ("Ilya Brok", "Ilya Brok") in result.mentions
    assert ("Ilya Brok", "Brok") in result.mentions


def test_a_name_is_given_without_its_leading_article():
    """'The Lorvan Times' is the Lorvan Times; 'the ministry' is no name and keeps its article."""
    from pipeline.extract.attribution import strip_article
    assert strip_article("The Lorvan Times") == "Lorvan Times"
    assert strip_article("the ministry") == "the ministry"
    assert strip_article("Lorvan Times") == "Lorvan Times"
