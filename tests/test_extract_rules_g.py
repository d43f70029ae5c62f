"""Extraction rules pinned by behaviour (mutation testing, survivors of sample G): denials of
a role, generic sources inside a quote, speakers misparsed as a list's last item, gender left
open by even evidence, quoted pronouns and their speaker, ties named by a non-person, "appointed
her ambassador" and "the execution on Monday of X". Invented sentences."""

from __future__ import annotations


def claims(events, kind):
    return [(e.person, e.source, e.negated) for e in events if e.type == kind]


def people(events, kind):
    return [e.person for e in events if e.type == kind]


# -- a denial of someone's role in a death ------------------------------------------

def test_a_passive_denial_of_a_role_names_no_denier(events_of):
    """A passive denial of a role in a death ('Any role ... was denied') is a denied killing on no one's word, not on "Any role"'s."""
    assert claims(events_of("The army denied any role in the crash in which Tomas Welk died."), "KILL") == [
        ("Tomas Welk", "The army", True)]
    assert claims(events_of("Any role in the crash in which Tomas Welk died was denied."), "KILL") == [
        ("Tomas Welk", "", True)]


def test_denying_truth_in_reports_of_an_execution_denies_the_execution(events_of):
    """'denied any truth in reports of the execution' denies the execution itself: its object is no noun of agency."""
    assert claims(events_of("The prison service denied any truth in reports of the execution of Tomas Welk."),
                  "EXECUTE") == [("Tomas Welk", "The prison service", True)]
    assert claims(events_of("The prison service denied any part in the execution of Tomas Welk."),
                  "EXECUTE") == [("Tomas Welk", "", False)]


# -- a generic source inside a quotation ------------------------------------------------

def test_sources_said_inside_a_quote_are_the_quotes_speaker(events_of):
    """Inside a quote a generic "Sources say" gives way to the quote's speaker; a specific "Neighbours" does not."""
    text = '"Sources say Tomas Welk was arrested in Korvo last week," Adaeze Obi said.'
    assert claims(events_of(text), "ARREST") == [("Tomas Welk", "Adaeze Obi", False)]
    text = '"Neighbours say Tomas Welk was arrested in Korvo last week," Adaeze Obi said.'
    assert claims(events_of(text), "ARREST") == [("Tomas Welk", "Neighbours", False)]


# -- a speaker the parser made the last item of a list ----------------------------------

def test_a_speaker_parsed_as_a_conjunct_of_the_list_before_said_is_the_speaker(events_of):
    """A speaker the parser made a conjunct of the list before a subjectless "said" is the source."""
    text = "Tomas Welk was arrested for fraud, theft, a local television channel said."
    assert claims(events_of(text), "ARREST") == [("Tomas Welk", "a local television channel", False)]


# -- even evidence of gender leaves it open ---------------------------------------------

def test_as_many_she_as_he_sentences_leave_a_persons_gender_open(events_of):
    """Evidence of gender that is even (2 "he" to 2 "she") leaves it open, so "She" may still be him; 2 to 1 does not."""
    even = ("Tomas Welk ran the depot until he retired. Tomas Welk moved to Lindor after he sold the house. "
            "Tomas Welk stayed home while she travelled. Tomas Welk kept the shop open when she fell ill. "
            "She was arrested on Monday.")
    assert people(events_of(even), "ARREST") == ["Tomas Welk"]
    leaning = ("Tomas Welk ran the depot until he retired. Tomas Welk moved to Lindor after he sold the house. "
               "Tomas Welk stayed home while she travelled. She was arrested on Monday.")
    assert people(events_of(leaning), "ARREST") == []


# -- a quoted pronoun and the quote's speaker ------------------------------------------

def test_a_quoted_him_in_a_later_sentence_of_the_quote_is_not_its_speaker(events_of):
    """A quoted "him" in a later sentence of the quote (no clause of "said") is still not the quote's speaker."""
    text = 'Tomas Welk vanished on Friday. Adaeze Obi said: "Police came to the house. They arrested him at dawn."'
    assert claims(events_of(text), "ARREST") == [("Tomas Welk", "Adaeze Obi", False)]


def test_the_speaker_of_a_quote_is_followed_through_a_chain_of_pronouns(events_of):
    """A pronoun speaker is resolved through the chain he = his = him, so a quoted "I" is that man and a quoted "him" is not."""
    base = "Tomas Welk was freed on Monday. Asked whether Ivo Marr had betrayed him, his lawyer said he told the court: "
    assert claims(events_of(base + '"I was arrested in May."'), "ARREST") == [
        ("Tomas Welk", "Welk's lawyer", False)]
    assert claims(events_of(base + '"They arrested him in May and took his phone."'), "ARREST") == [
        ("Ivo Marr", "Welk's lawyer", False)]


# -- "my client" of a lawyer for a non-person ---------------------------------------------

def test_a_lawyer_for_the_family_names_no_client(events_of):
    """A lawyer for X calls X "his client"; a lawyer for "the family" (no person) ties "his client" to no one."""
    assert claims(events_of("A lawyer for Tomas Welk said his client was arrested in Korvo on Friday."),
                  "ARREST") == [("Tomas Welk", "A lawyer for Tomas Welk", False)]
    assert claims(events_of("A lawyer for the family said his client was arrested in Korvo on Friday."),
                  "ARREST") == []


# -- who is appointed ---------------------------------------------------------------------

def test_appointed_her_ambassador_appoints_her(events_of):
    """'appointed her ambassador': "her" is the one appointed, not the ambassador's possessor."""
    text = "Adaeze Obi returned to Korvo in May. The president appointed her ambassador to Lindor on Friday."
    assert people(events_of(text), "APPOINT") == ["Adaeze Obi"]


# -- "the execution on Monday of X" ---------------------------------------------------------

def test_the_person_after_of_a_few_words_past_the_noun_is_its_patient(events_of):
    """'the execution on Monday of Welk': a person right after an "of" a few words past the noun is its patient."""
    text = "Tomas Welk was held in Korvo. The ministry confirmed the execution on Monday of Welk."
    assert claims(events_of(text), "EXECUTE") == [("Tomas Welk", "The ministry", False)]
