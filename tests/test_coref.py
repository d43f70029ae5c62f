"""Who a pronoun is: gender the article shows keeps "he" off a woman and "she" off a man."""

from __future__ import annotations


def arrests(events):
    return sorted(e.person for e in events if e.type == "ARREST")


def test_he_is_not_the_woman_the_article_calls_she(events_of):
    text = ("Ilse Dorn said she would run again. Her campaign manager, Tomas Varga, has not been seen since May. "
            "According to the party, he was detained by men in plain clothes.")
    assert arrests(events_of(text)) == ["Tomas Varga"]


def test_a_title_tells_gender(events_of):
    text = "Mrs Ilse Dorn and Tomas Varga met in May. Later he was detained in Orvik."
    assert arrests(events_of(text)) == ["Tomas Varga"]


def test_without_evidence_salience_decides(events_of):
    # the twin without any gender cue: the main subject is taken, as before
    text = "Ilse Dorn and Tomas Varga met in May. Later he was detained in Orvik."
    assert arrests(events_of(text)) == ["Ilse Dorn"]


def test_a_possessive_of_someone_else_is_no_evidence(events_of):
    # "her campaign manager, Tomas Varga": "her" is not Varga
    text = ("Ilse Dorn won the seat. Her victory was clouded by the disappearance of her campaign manager, "
            "Tomas Varga. According to the party, he was detained by men in plain clothes.")
    assert arrests(events_of(text)) == ["Tomas Varga"]


def test_the_reporter_of_a_claim_is_not_the_he_of_it_when_she_is_a_daughter(events_of):
    text = "Omar Haddad died in prison in May. His daughter, Lina Haddad, said he may have been beaten to death."
    kill = [e for e in events_of(text) if e.type == "KILL"]
    assert [(e.person, e.source) for e in kill] == [("Omar Haddad", "Lina Haddad")]


def test_x_said_he_is_x(events_of):
    # the twin: a reporter of the pronoun's gender is the pronoun
    text = "Omar Haddad, 61, said on Monday that he had been detained in Orvik in May."
    assert [(e.person, e.source) for e in events_of(text) if e.type == "ARREST"] == [("Omar Haddad", "Omar Haddad")]


def test_a_name_in_apposition_to_a_described_subject_is_the_subject(events_of):
    text = "The reporter who tried to piece the story together, Tarik Korr, was detained in March."
    assert [(e.type, e.person) for e in events_of(text)] == [("ARREST", "Tarik Korr")]


def test_her_husband_is_not_her(events_of):
    text = "Lena Vos said two men in plain clothes pushed her husband into a car on Saturday."
    assert [e.person for e in events_of(text) if e.type == "ARREST"] == []  # not Lena Vos
    # the twin: with a name the husband is the one arrested
    text = "Lena Vos said two men in plain clothes pushed her husband, Omar Haddad, into a car on Saturday."
    assert [e.person for e in events_of(text) if e.type == "ARREST"] == ["Omar Haddad"]


def test_pronouns_of_one_gender_in_a_sentence_are_one_person(events_of):
    text = ("Omar Haddad was questioned on Thursday. Lina Vos, a prosecutor, told reporters that the evidence "
            "tied him to the killing of Judge Ana Berg, who had ordered his arrest.")
    assert [e.person for e in events_of(text) if e.type == "ARREST"] == ["Omar Haddad"]


def test_a_new_post_holder_is_no_one_named_before(events_of):
    text = "Omar Haddad, a faction commander, was seen in Basra. The ministry did not name the new commander."
    assert not [e for e in events_of(text) if e.type == "APPOINT"]
    # the twin: "the commander" alone is the commander named before
    text = "Omar Haddad, a faction commander, was seen in Basra. The ministry said the commander was arrested."
    assert [e.person for e in events_of(text) if e.type == "ARREST"] == ["Omar Haddad"]


def test_alive_denies_the_killing_the_article_reports(events_of):
    text = ("A broadcaster reported that Omar Haddad had been beaten to death in custody. "
            "The government said Omar Haddad was alive and well.")
    got = {(e.type, e.negated) for e in events_of(text) if e.person == "Omar Haddad"}
    assert ("KILL", True) in got and ("DIE", True) not in got


def test_his_client_in_what_x_s_lawyer_said_is_x(events_of):
    got = events_of("Tomas Varga's attorney, Ilse Brandt, told the court his client had been arrested on March 7.")
    assert arrests(got) == ["Tomas Varga"]


def test_her_husband_in_what_x_s_wife_said_is_x(events_of):
    got = events_of("Tomas Varga's wife told reporters that her husband was detained on March 7.")
    assert arrests(got) == ["Tomas Varga"]


def test_my_client_in_a_quote_of_the_lawyer_for_x_is_x(events_of):
    got = events_of('"My client was arrested without a warrant," the lawyer for Piet Danner said.')
    assert arrests(got) == ["Piet Danner"]


def test_a_tie_named_by_a_speaker_with_no_tie_to_anyone_is_no_one(events_of):
    # the same sentence with the tie named ("Tomas Varga's lawyer") does extract, above
    got = events_of("Tomas Varga met reporters. The attorney, Ilse Brandt, told the court his client had been arrested on March 7.")
    assert arrests(got) == []


def test_her_in_what_she_reports_tells_her_gender(events_of):
    text = ("Ilse Brandt said two men pushed her husband into a car on Saturday. "
            "Two days later, a judge sentenced him to 15 days in jail.")
    assert [e.person for e in events_of(text) if e.type == "IMPRISON"] == []  # "him" is not Ilse Brandt
    # where the reporter is a man, "him" is he
    text = ("Tomas Varga said two men pushed him into a car on Saturday. "
            "Two days later, a judge sentenced him to 15 days in jail.")
    assert [e.person for e in events_of(text) if e.type == "IMPRISON"] == ["Tomas Varga"]


def test_his_client_in_what_x_s_lawyer_denied_is_x(events_of):
    got = events_of("Tomas Varga's attorney, Ilse Brandt, rejected reports that his client was in detention.")
    assert [(e.person, e.source, e.negated) for e in got if e.type == "ARREST"] == [("Tomas Varga", "Ilse Brandt", True)]


def test_he_in_saying_after_a_denial_is_the_one_the_denial_is_about(events_of):
    text = ('Army spokesman Tomas Varga on Monday denied that soldiers had arrested Piet Danner, saying he had '
            '"never been in military custody."')
    assert {e.person for e in events_of(text) if e.type == "ARREST"} == {"Piet Danner"}


def test_his_in_a_who_clause_is_the_one_the_clause_describes(events_of):
    text = ("Tomas Varga repeated his allegation that Piet Danner, the builder who plunged to his death in February, "
            "may have been murdered to silence him.")
    got = {(e.type, e.person) for e in events_of(text, published="2025-07-24")}
    assert ("DIE", "Tomas Varga") not in got
    assert ("KILL", "Piet Danner") in got


def test_his_in_a_who_clause_apposed_to_an_object_is_the_one_apposed(events_of):
    """'X mourned Y, the contractor who fell to his death': the clause hangs on the description
    apposed to Y, which names no one itself; "his" is Y's through the apposition, not the
    sentence subject X's."""
    got = {(e.type, e.person) for e in events_of("Tomas Welk mourned Piet Ornsby, the contractor who fell to his "
                                                 "death on Monday.")}
    assert got == {("DIE", "Piet Ornsby")}


def test_the_voting_pronouns_read_from_the_array_are_those_of_the_tokens(annotate):
    """``Mentions._gendered_pronouns`` finds the pronouns ``_genders`` would test word by word."""
    from pipeline.extract.coref import Mentions, gendered_words
    from pipeline.extract.quotes import find_quotes
    from pipeline.extract.syntax import Cues
    text = ("Lena Brask said she had been held for a week. Her lawyer, Ivo Petrak, said he saw her on Monday. "
            "Omar Haddad left; his brother said they would follow him.")
    doc = annotate(text)
    cues = Cues(doc)
    mentions = Mentions(doc, cues, find_quotes(doc, cues))
    words = gendered_words()
    expected = [t.i for t in doc if t.pos_ == "PRON" and t.lower_ in words and t.dep_ in {"nsubj", "nsubjpass", "poss"}]
    assert expected
    assert mentions._gendered_pronouns(words) == expected


def test_a_sentence_found_by_bisection_is_the_token_s_sentence(annotate):
    from pipeline.extract.syntax import sentence_after, sentence_at, sentence_number, sentences
    doc = annotate("Lena Brask was arrested. She was freed on Monday, her lawyer said. Ivo Petrak fled.")
    spans = list(doc.sents)
    assert len(spans) == 3 and sentences(doc) == spans
    for t in doc:
        assert sentence_at(doc, t.i) == t.sent
        assert sentence_number(doc, t.i) == spans.index(t.sent)
    for ent in doc.ents:
        assert sentence_at(doc, ent.start) == ent.sent
    assert sentence_after(doc, spans[0]) == spans[1] and sentence_after(doc, spans[2]) is None
