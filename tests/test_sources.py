"""On whose word: sources named again by a description, organisations the model cuts short
or takes for people. Invented sentences and names."""

from __future__ import annotations


def source_of(events, type_, person):
    hits = [e for e in events if e.type == type_ and e.person == person and not e.negated]
    assert hits, [(e.type, e.person) for e in events]
    return hits[0].source


def test_an_organisation_described_as_one_is_no_person(annotate):
    doc = annotate("Tomas Varga commands the armed faction Liwa al-Nasr, which claims several thousand fighters. "
                   "Liwa al-Nasr said on Monday that he was well.")
    people = {e.kb_id_ for e in doc.ents if e.label_ == "PERSON"}
    assert people == {"Tomas Varga"}
    assert sum(e.label_ == "ORG" and e.text == "Liwa al-Nasr" for e in doc.ents) == 2


def test_the_faction_is_the_faction_named_before(events_of):
    text = ("Tomas Varga is a commander of the armed faction Liwa al-Nasr. "
            "His deputy, Omar Haddad, died in a car crash in May, according to the faction.")
    assert source_of(events_of(text), "DIE", "Omar Haddad") == "Liwa al-Nasr"


OPAQUE = "Tomas Varga, a {role} in {org}, has not been seen since March. "


def test_the_faction_is_the_last_organisation_whose_name_tells_no_kind(events_of):
    text = OPAQUE.format(role="commander", org="Jaish al-Fajr") + \
        "The faction said on Sunday that Varga had been arrested by rival fighters in May."
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "Jaish al-Fajr"


def test_the_company_is_the_last_organisation_whose_name_tells_no_kind(events_of):
    text = OPAQUE.format(role="manager", org="Vexcorp Holdings") + \
        "The company said on Sunday that Varga had been arrested by police in May."
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "Vexcorp Holdings"


def test_the_government_is_no_organisation_named_before(events_of):
    # a kind seldom named so ("government" has no "*" line) stays as written
    text = OPAQUE.format(role="manager", org="Vexcorp Holdings") + \
        "The government said on Sunday that Varga had been arrested by police in May."
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "The government"


def test_an_organisation_of_another_kind_is_not_the_faction(events_of):
    # the newspaper's name says it is a paper: "the faction" after it is the faction, not the paper
    text = OPAQUE.format(role="commander", org="Jaish al-Fajr") + \
        "The Orvik Herald reported the news on Monday. " \
        "The faction said on Sunday that Varga had been arrested by rival fighters in May."
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "Jaish al-Fajr"


def test_a_nationality_is_no_organisation_named_before(events_of):
    text = ("Tomas Varga, a Lindmarkian manager, has not been seen since March. "
            "The company said on Sunday that Varga had been arrested by police in May.")
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "The company"


def test_the_platform_a_faction_posts_on_is_no_faction(events_of):
    # "Telegram" is a channel by the noun it modifies; the faction is the one that owns it
    text = ("Tomas Varga, a commander, has not been seen since March, Jaish al-Fajr's Telegram channel said. "
            "The faction said on Sunday that Varga had been arrested by rival fighters in May.")
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "Jaish al-Fajr"


def test_an_owner_named_with_its_possessive_is_named_without_it(events_of):
    text = ("A video posted on Vexcorp Holdings's Telegram channel shows Tomas Varga at a desk. "
            "The company said Varga was arrested by police in May.")
    assert source_of(events_of(text), "ARREST", "Tomas Varga") == "Vexcorp Holdings"


def test_a_website_described_then_named_is_the_website_later(events_of):
    text = ("Tomas Varga was detained at his home, an exile news website reported on Friday. "
            "The Orvik Bulletin said officers searched the house for hours.\n\n"
            "The website said his son, Pavel Varga, was detained the following day.")
    assert source_of(events_of(text), "ARREST", "Pavel Varga") == "Orvik Bulletin"


def test_the_same_ministry_is_the_ministry_named_before(events_of):
    text = ("Lindmark's foreign ministry said on Monday that Tomas Varga was alive. "
            "In the spring the same foreign ministry announced that Varga had been sentenced.")
    assert source_of(events_of(text), "IMPRISON", "Tomas Varga") == "Lindmark's foreign ministry"


def test_a_description_must_fit_its_own_words(events_of):
    # "the defence ministry" is not the foreign ministry named before: it stays as written
    text = ("Lindmark's foreign ministry said on Monday that Tomas Varga was alive. "
            "Later the defence ministry said that Varga had been sentenced.")
    assert source_of(events_of(text), "IMPRISON", "Tomas Varga") == "the defence ministry"


def test_an_organisation_name_runs_on_over_its_linking_words(annotate):
    doc = annotate("The coalition, the Front for a Civic Renewal (FCR), said its leader was detained. "
                   "The Interior Ministry on Wednesday said nothing.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Front for a Civic Renewal (FCR)" in orgs
    assert not any("Wednesday" in o for o in orgs)  # a date is never part of a name


def source_and_hedge(events, type_):
    return [(e.source, e.hedged) for e in events if e.type == type_]


def test_an_institution_cited_is_the_source(events_of):
    text = "A court has sentenced Omar Haddad to 11 years, public radio reported, citing the court's press service in the capital."
    assert source_and_hedge(events_of(text), "IMPRISON") == [("the court's press service", False)]


def test_a_person_cited_stays_behind_the_outlet(events_of):
    text = "Omar Haddad was arrested at a checkpoint on Monday, the Kestrel Post reported, citing two officers."
    assert source_and_hedge(events_of(text), "ARREST") == [("Kestrel Post", False)]


def test_a_description_followed_by_its_name(events_of):
    text = "According to the prosecutor general, Idris Korr, Omar Haddad was arrested on 2 April."
    assert source_and_hedge(events_of(text), "ARREST") == [("Idris Korr", False)]


def test_reports_on_a_platform_are_the_platform_word_and_unconfirmed_ones_hedge(events_of):
    got = events_of("Omar Haddad has fled to Turkey, according to unconfirmed reports on exile Telegram channels.")
    assert source_and_hedge(got, "DEFECT") == [("exile Telegram channels", True)]
    got = events_of("Unconfirmed reports said Omar Haddad had died in prison.")
    assert source_and_hedge(got, "DIE") == [("", True)]


def test_his_family_is_named_by_whose_family(events_of):
    got = events_of("Omar Haddad was detained at a checkpoint on Monday, his family said.")
    assert source_and_hedge(got, "ARREST") == [("Haddad's family", False)]
    got = events_of("Omar Haddad was detained on Monday, his lawyer, Lina Berg, said.")  # named: the name
    assert source_and_hedge(got, "ARREST") == [("Lina Berg", False)]


def test_an_organisation_owned_by_a_person_is_named_without_the_owner(events_of):
    text = ("Omar Haddad leads the opposition. Haddad's Front for Civic Renewal (FCR) said on Monday that "
            "its secretary-general, Lena Vos, had been detained.")
    assert [s for s, _ in source_and_hedge(events_of(text), "ARREST")] == ["Front for Civic Renewal (FCR)"]


def test_an_outlet_described_in_apposition_reported(events_of):
    text = "Orvik Weekly, a Lindmark-based finance magazine, reported on Tuesday that Omar Haddad had been detained."
    assert source_and_hedge(events_of(text), "ARREST") == [("Orvik Weekly", False)]


def test_a_channel_is_named_by_its_name_not_its_platform(events_of):
    text = "Omar Haddad died in his cell on Saturday, the Telegram channel Vostok Inform claimed on Tuesday."
    assert source_and_hedge(events_of(text), "DIE") == [("Vostok Inform", False)]


def test_headline_clauses_each_have_their_own_source():
    import pipeline

    page = ("Omar Haddad Dead In Orvik Jail, Channel Says; Wife Insists He Lives\n\n"
            "Omar Haddad died in an Orvik jail at the weekend, the Telegram channel Vostok Inform claimed.\n\n"
            "His wife, Lina Haddad, said he was alive and well.\n")
    got = pipeline.extract([{"doc": "p", "text": page, "published": "2025-06-11"}]).events
    rows = sorted(zip(got["type"], got["source"], got["negated"]))
    assert rows == [("DIE", "Lina Haddad", True), ("DIE", "Vostok Inform", False)]


def test_an_office_taken_for_the_speaker_gives_way_to_the_body_after_it(events_of):
    # the parser makes "chargé d'affaires" the subject of "said" and the ministry its apposition
    text = "On Friday Elena Varga was named chargé d'affaires, Lindmark's foreign ministry said on its website."
    assert source_of(events_of(text), "APPOINT", "Elena Varga") == "Lindmark's foreign ministry"
    text = "On Friday Elena Varga was named chargé d'affaires, Tomas Brandt said in a statement."
    assert source_of(events_of(text), "APPOINT", "Elena Varga") == "Tomas Brandt"


def test_said_as_a_complement_of_the_event_verb_still_names_its_speaker(events_of):
    text = "Tomas Brandt was appointed defence minister, Lindmark's presidency said on Monday."
    assert source_of(events_of(text), "APPOINT", "Tomas Brandt") == "Lindmark's presidency"


def test_what_some_would_have_said_is_no_report(events_of):
    text = ("Tomas Brandt had been demoted in 2015 and reinstated a year on, proof, "
            "some in the capital would have said, that the army forgives.")
    assert source_of(events_of(text), "PURGE", "Tomas Brandt") == ""
    text = ("Tomas Brandt had been demoted in 2015 and reinstated a year on, "
            "some in the capital said.")
    assert source_of(events_of(text), "PURGE", "Tomas Brandt") == "some"


def test_the_dateline_city_is_never_the_speaker(events_of):
    text = ("ORVIK, Sept. 3, 2024 — Lindmark state television on Tuesday aired pictures of Tomas Brandt, "
            "a detained poet whom a banned opposition party had said was dead, showing him at a desk in a cell "
            "and saying that he was \"alive, well and fed properly.\"")
    denials = [e for e in events_of(text) if e.person == "Tomas Brandt" and e.negated]
    assert denials and {e.source for e in denials} == {"Lindmark state television"}


def test_a_statement_is_named_without_when_it_was_issued(events_of):
    text = ("Last month Tomas Brandt held talks in Orvik with Elena Varga, "
            "according to a ministry statement issued that week.")
    assert source_of(events_of(text), "MEET", "Tomas Brandt") == "a ministry statement"
    text = ("Last month Tomas Brandt held talks in Orvik with Elena Varga, "
            "according to a ministry statement issued by the embassy.")
    assert source_of(events_of(text), "MEET", "Tomas Brandt") == "the embassy"


def test_background_in_a_temporal_clause_is_the_article_s_own_voice(events_of):
    def arrest(text):
        return [(e.date, e.source) for e in events_of(text) if e.type == "ARREST"]
    assert arrest("Ada Quist fled abroad after she was arrested in May, the ministry said.") == [("2022-05", "")]
    # the same arrest told in the main clause is the ministry's
    assert arrest("Ada Quist was arrested in May and fled abroad, the ministry said.") == [("2022-05", "the ministry")]


def test_a_happening_that_is_the_subject_of_a_reported_clause_is_reported(events_of):
    got = {(e.type, e.person, e.source) for e in
           events_of("The faction said the talks between Tomas Varga and Piet Danner took place last week.")}
    assert got == {("MEET", "Tomas Varga", "The faction"), ("MEET", "Piet Danner", "The faction")}


def test_a_whose_clause_is_presupposed_however_deep_the_whose(events_of):
    text = ("Tomas Varga, whose dismissal as deputy minister last month prompted talk of his arrest, "
            "appeared in public on Wednesday, state television footage showed.")
    assert [(e.type, e.source) for e in events_of(text) if e.type == "PURGE"] == [("PURGE", "")]


def test_the_x_is_not_picked_up_from_the_tail_of_an_earlier_source(events_of):
    text = ("A video released by a rebel faction on Tuesday shows its commander giving a speech. "
            "The faction said the talks between Tomas Varga and Piet Danner took place last week.")
    assert {e.source for e in events_of(text) if e.type == "MEET"} == {"The faction"}
    # an earlier source whose own head is the word is picked up
    text = ("A rebel faction said on Tuesday that its commander had given a speech. "
            "The faction said the talks between Tomas Varga and Piet Danner took place last week.")
    assert {e.source for e in events_of(text) if e.type == "MEET"} == {"A rebel faction"}


def test_a_body_reached_by_telephone_speaks_for_itself(events_of):
    text = "The harbour police, contacted by phone on Monday, denied that Tomas Varga had been detained."
    assert [(e.source, e.negated) for e in events_of(text, published="2025-03-20") if e.type == "ARREST"] \
        == [("The harbour police", True)]


def test_the_issuer_of_results_is_their_source(events_of):
    text = "Piet Danner was elected mayor on Sunday, according to results published by the electoral commission."
    assert [e.source for e in events_of(text) if e.type == "ELECT"] == ["the electoral commission"]


def test_a_speaker_the_parser_hung_on_the_noun_before_said_is_the_speaker(events_of):
    # the parser makes "channel" an apposition of "Guatemala"
    text = "Tomas Varga was arrested close to the frontier with Guatemala, a regional television channel said."
    assert [e.source for e in events_of(text) if e.type == "ARREST"] == ["a regional television channel"]
    # a noun before "said" that cannot speak is no speaker
    text = "Tomas Varga was arrested close to the frontier with Guatemala, a mountain pass, officials said."
    assert [e.source for e in events_of(text) if e.type == "ARREST"] == ["officials"]


def test_a_report_never_made_is_no_source(events_of):
    text = "The authorities have never publicly confirmed Tomas Varga's arrest in February."
    assert [(e.source, e.negated) for e in events_of(text) if e.type == "ARREST"] == [("", False)]
    # the report made is the source
    text = "The authorities publicly confirmed Tomas Varga's arrest in February."
    assert [(e.source, e.negated) for e in events_of(text) if e.type == "ARREST"] == [("The authorities", False)]


def test_reports_named_by_who_made_them_and_contradicted_by_a_later_report(events_of):
    text = ("State television reported that Tomas Varga had been detained in March, "
            "contradicting earlier Lorvanian media reports that he had fled abroad.")
    got = {(e.source, e.negated) for e in events_of(text, published="2025-07-01") if e.type == "DEFECT"}
    assert got == {("Lorvanian media", False), ("State television", True)}


# -- a text's owner or its outlet is the source -----------------------------------

def test_a_report_in_a_newspaper_is_the_newspaper_s_word(events_of):
    text = "A report in a Turkish daily said the banker Kemal Arslan was detained in May."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "a Turkish daily"


def test_a_report_on_a_subject_stays_the_report(events_of):
    # "on the case" is what the report is about, not who made it
    text = "A report on the case said the banker Kemal Arslan was detained in May."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "A report on the case"


def test_a_readout_on_a_website_is_a_text_of_its_own(events_of):
    text = "Kemal Arslan met the envoy Omar Haddad in Ankara on May 3, according to a readout on the ministry's website."
    assert source_of(events_of(text), "MEET", "Kemal Arslan") == "a readout on the ministry's website"


def test_the_owner_of_a_court_paper_is_the_source(events_of):
    text = "According to the prosecutors' indictment, Kemal Arslan met Omar Haddad at a farm in 2021."
    assert source_of(events_of(text), "MEET", "Kemal Arslan") == "the prosecutors"


def test_his_statement_is_his_word_when_he_was_named(events_of):
    text = ("Omar Haddad spoke to reporters in Ankara on Monday. "
            "According to his statement, the banker Kemal Arslan was detained in May.")
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "Omar Haddad"


def test_his_statement_stays_a_statement_when_no_one_was_named(events_of):
    text = "According to his statement, the banker Kemal Arslan was detained in May."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "his statement"


def test_a_report_in_a_month_is_no_one_s_word_but_the_report_s(events_of):
    text = "A report in March said the banker Kemal Arslan was detained in February."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "A report"  # not "March"


# -- a present-tense reporter at the end, which the parser reads as a plural noun ------

def test_a_magazine_that_reports_at_the_end_of_the_sentence_is_the_source(events_of):
    text = "The banker Kemal Arslan was detained in May, a weekly magazine reports."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "a weekly magazine"


def test_reports_that_end_a_sentence_without_a_comma_before_them_are_no_reporter(events_of):
    text = "The banker Kemal Arslan was detained in May despite the weekly magazine reports."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == ""


def test_reports_followed_by_more_words_are_no_reporter(events_of):
    text = "The banker Kemal Arslan was detained in May, a weekly magazine reports say."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") != "a weekly magazine"


def test_channels_linked_to_a_group_said_is_the_channels_word(events_of):
    # the parser reads "linked" as the verb, with "Channels" its subject, and "said" has none
    text = "Channels linked to the opposition said the banker Kemal Arslan was detained in May."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "Channels linked to the opposition"


def test_a_clause_before_a_comma_is_no_misread_reporter(events_of):
    text = "Police detained the banker Kemal Arslan in May, officials said."
    assert source_of(events_of(text), "ARREST", "Kemal Arslan") == "officials"


def test_a_described_source_is_not_the_body_of_another_kind_reporting_next(events_of):
    text = ("Inna Sorel was executed in April, according to a Latvian newspaper's report. "
            "The Harbour Ministry said on Monday that it had no information.")
    assert source_of(events_of(text), "EXECUTE", "Inna Sorel") == "a Latvian newspaper"


def test_a_described_source_is_the_name_with_no_kind_reporting_next(events_of):
    text = ("Inna Sorel was reportedly detained near the border, a regional radio station said. "
            "Radio Kestrel said on Sunday that she was held at a checkpoint.")
    assert source_of(events_of(text), "ARREST", "Inna Sorel") == "Radio Kestrel"


def test_reports_on_a_website_are_the_websites_word_not_the_next_speakers(events_of):
    text = ("Inna Sorel vanished in February. Reports on a Baltic news website said she had died in custody.\n\n"
            "Kestrel Holdings said on Sunday that it was not aware of her whereabouts.")
    assert source_of(events_of(text), "DIE", "Inna Sorel") == "a Baltic news website"


def test_a_chain_of_relative_clauses_ends_with_who_first_said_it(events_of):
    text = ("The daily Morning Star reported on Monday, citing the news site Baltic Wire, which quoted "
            "three prison guards, that Inna Sorel died in custody.")
    assert source_of(events_of(text), "DIE", "Inna Sorel") == "three prison guards"


def test_citing_an_anonymous_source_without_a_chain_stays_with_the_outlet(events_of):
    text = "The radio reported, citing two officers, that Inna Sorel had been detained."
    assert source_of(events_of(text), "ARREST", "Inna Sorel") == "The radio"


def test_the_participle_citing_may_hang_on_the_reported_clause(events_of):
    text = ("Inna Sorel vanished in March. Private broadcaster Radio Kestrel reported on Monday, citing a cousin "
            "of a prisoner who quoted unnamed wardens, that Sorel was feared to have been beaten to death.")
    assert source_of(events_of(text), "KILL", "Inna Sorel") == "unnamed wardens"


def test_what_the_reporter_itself_did_next_is_no_report(events_of):
    text = "Inna Sorel was sentenced on Tuesday. The tribunal reported its verdict and stripped Sorel of her military rank."
    events = events_of(text)
    assert source_of(events, "PURGE", "Inna Sorel") == ""
    reported = "Inna Sorel was sentenced on Tuesday. The tribunal reported that it had stripped Sorel of her military rank."
    assert source_of(events_of(reported), "PURGE", "Inna Sorel") == "The tribunal"


def test_a_background_clause_misparsed_as_a_conjunct_is_the_articles_voice(events_of):
    text = ("The ministry said on Friday that the activist Inna Sorel was safe and well and \"under the care of the "
            "courts\", almost three weeks after she disappeared from her flat, a reversal of its earlier denials.")
    assert source_of(events_of(text), "DISAPPEAR", "Inna Sorel") == ""


def test_only_the_relations_read_first_can_make_a_reporter(annotate, nlp):
    """``Sources`` reads a noun's relation from the array and asks ``reports`` only of the
    nouns in ``REPORTER_DEPS``: asking every noun finds the same reporters, none outside them."""
    from pipeline.extract.attribution import REPORTER_DEPS, Sources
    from pipeline.extract.coref import Mentions
    from pipeline.extract.events import Lexicon
    from pipeline.extract.quotes import find_quotes
    from pipeline.extract.syntax import Cues

    lexicon = Lexicon.from_nlp(nlp)
    texts = ["Tomas Varga was detained in Darnel, a weekly newspaper reported on Monday.",
             "According to the Orvik Bulletin, the minister Omar Haddad was sacked. The agency said he had fled.",
             "The ministry issued a statement denying that Lina Brask was arrested, and the paper quoted "
             "an official as saying she was free.",
             "Police in Velmar said the journalist Ana Petrov had been freed, state television reported."]
    for text in texts:
        doc = annotate(text)
        cues = Cues(doc)
        mentions = Mentions(doc, cues, find_quotes(doc, cues), lexicon.role_nouns)
        sources = Sources(doc, lexicon.source_nouns, mentions)
        every = {t.i for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.i not in mentions.person_at
                 and sources.reports(t)}
        assert every, text
        assert all(doc[i].dep_ in REPORTER_DEPS for i in every), text
        assert set(sources.extent) == every, text


PRECHECK_TEXTS = [
    "Tomas Varga was detained in Orvik, a local news website reported on Monday.",
    "According to the Orvik Bulletin, the ministry issued a statement that Omar Haddad had been freed.",
    "The faction said the talks went to plan; its spokesman told reporters that Lena Brask had resigned.",
    "Police in Darnel arrested Ivo Petrak, his lawyer, Mira Solen, said, according to a rights group.",
]


def test_the_array_precheck_passes_every_reporter(annotate):
    """``_report_precheck`` is false only where ``Sources.reports`` is false."""
    from pipeline.extract.attribution import REPORTER_DEPS, Sources, _report_precheck
    from pipeline.extract.coref import Mentions
    from pipeline.extract.quotes import find_quotes
    from pipeline.extract.syntax import Cues
    for text in PRECHECK_TEXTS:
        doc = annotate(text)
        cues = Cues(doc)
        sources = Sources(doc, [], Mentions(doc, cues, find_quotes(doc, cues)))
        may_report = _report_precheck(doc, cues)
        reporters = [t.i for t in doc if t.dep_ in REPORTER_DEPS and sources.reports(t)]
        assert reporters, text
        assert all(may_report(i) for i in reporters), text
