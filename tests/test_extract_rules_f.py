"""Extraction rules no test reached before (found by line coverage of pipeline/extract):
first-person pronouns, owned roles named later, role descriptions of another person, and
timelines of dates. Each rule has a case it decides and a near-identical one it does not.
Invented sentences."""

from __future__ import annotations


def rows(events, kind):
    return [(e.person, e.source) for e in events if e.type == kind]


# -- "I" is the speaker of the quote it stands in --------------------------------

def test_i_inside_a_quote_is_its_speaker(events_of):
    text = '"I was arrested in May and held for a week," Tomas Berger told reporters.'
    assert rows(events_of(text), "ARREST") == [("Tomas Berger", "Tomas Berger")]


def test_i_outside_any_quote_is_nobody(events_of):
    """Without quotation marks the first person is not resolved to the one who speaks after it
    (the same words quoted are an arrest of the speaker, above)."""
    text = "I was arrested in May and held for a week, Tomas Berger told reporters."
    assert rows(events_of(text), "ARREST") == []


# -- "its coach": the organisation's role, named in a sentence that follows --------

def test_its_role_is_the_person_named_with_that_role_next(events_of):
    text = "The club said its coach had been arrested in Riga. Coach Tomas Berger, 54, was held overnight."
    assert rows(events_of(text), "ARREST") == [("Tomas Berger", "The club")]


def test_its_role_is_not_a_person_named_with_another_role(events_of):
    """Not the next sentence's subject either, as an unowned description would be."""
    for text in ("The club said its coach had been arrested in Riga. Captain Tomas Berger, 54, was held overnight.",
                 "The club said its coach had been arrested in Riga. Tomas Berger, its captain, was held overnight."):
        assert rows(events_of(text), "ARREST") == [], text


# -- "the former ambassador" falls back on the protagonist only if he holds no other role ----

def test_a_role_description_is_the_protagonist_known_by_that_role(events_of):
    text = "Ambassador Tomas Berger was sacked in May. The former ambassador was later arrested."
    assert rows(events_of(text), "ARREST") == [("Tomas Berger", "")]


def test_a_role_description_is_not_the_protagonist_known_by_another_role(events_of):
    """'Minister X ... the former envoy': an envoy the article has not named, not the minister."""
    text = "Minister Tomas Berger was sacked in May. The former envoy was later arrested."
    assert rows(events_of(text), "ARREST") == []


# -- "X lost his post, Y said": a possessive in a reported clause with its own named subject ----

def test_a_possessive_after_its_clauses_named_subject_is_that_subject(events_of):
    """Not the reporter: the clause names whose post and whose arrest."""
    text = "Tomas Berger lost his post in March, two weeks before his arrest, his lawyer Lina Okafor said."
    assert rows(events_of(text), "ARREST") == [("Tomas Berger", "Lina Okafor")]


def test_a_possessive_in_a_reported_clause_without_a_named_subject_is_the_reporter(events_of):
    """'Police took his passport ..., X said': no person is named in the clause, so "his" is X."""
    text = "Police took his passport in March, two weeks before his arrest, Tomas Berger said."
    assert rows(events_of(text), "ARREST") == [("Tomas Berger", "Tomas Berger")]


# -- "denied Lorvania Radio reports that ...": "reports" misread as a verb ------------------------

def claims(events, kind):
    return [(e.person, e.source, e.negated) for e in events if e.type == kind]


def test_a_denial_of_a_named_outlets_reports_keeps_the_claim_and_the_denial(events_of):
    """The parser makes "reports" a verb with the outlet as its subject; read as a noun phrase,
    the outlet made the claim and the ministry denied it: two rows."""
    for text in ("The ministry denied Lorvania Radio reports that Tomas Berger was executed.",
                 "The ministry rejected Lorvania Radio reports that Tomas Berger was executed.",
                 "The ministry denied that Lorvania Radio reports that Tomas Berger was executed."):
        assert claims(events_of(text), "EXECUTE") == [("Tomas Berger", "Lorvania Radio", False),
                                                      ("Tomas Berger", "The ministry", True)], text
    text = "The ministry denied that a station in Lorvania reports that Tomas Berger was executed."
    assert claims(events_of(text), "EXECUTE") == [("Tomas Berger", "a station in Lorvania", False),
                                                  ("Tomas Berger", "The ministry", True)]


def test_the_same_words_after_a_verb_that_denies_nothing_are_the_outlets_report(events_of):
    """'confirmed' / 'said' instead of 'denied': the outlet's report stands, denied by no one."""
    for verb in ("confirmed", "said"):
        text = f"The ministry {verb} Lorvania Radio reports that Tomas Berger was executed."
        assert claims(events_of(text), "EXECUTE") == [("Tomas Berger", "Lorvania Radio", False)], text


# -- a person dies once ----------------------------------------------------------------

def test_an_undated_killing_takes_the_whole_date_of_the_death_the_article_dates(events_of):
    """The killing told without a date is the death dated in the article's own voice: its date,
    the date's bounds and the words that gave it all come with it."""
    text = "Tomas Berger died in August 2021 in Orvik. The opposition party says he was murdered."
    got = [(e.type, e.source, e.date, e.date_start, e.date_end, e.date_text) for e in events_of(text)]
    assert ("KILL", "The opposition party", "2021-08", "2021-08-01", "2021-08-31", "August 2021") in got
    assert ("DIE", "", "2021-08", "2021-08-01", "2021-08-31", "August 2021") in got
