"""The person_names and gazetteer components on tiny invented texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Span


def people(doc) -> list[tuple[str, str]]:
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "PERSON"]


def test_title_is_cut_from_the_name_and_kept_as_role(annotate):
    doc = annotate("Ambassador Tomas Varga arrived in Vienna on Monday.")
    assert ("Tomas Varga", "Tomas Varga") in people(doc)
    start = next(e.start for e in doc.ents if e.text == "Tomas Varga")
    assert doc._.mention_roles[start] == "Ambassador"


def test_possessive_is_not_part_of_the_name(annotate):
    doc = annotate("Officials discussed Tomas Varga's removal at length.")
    assert [t for t, _ in people(doc)] == ["Tomas Varga"]


def test_surname_alone_links_to_the_full_name(annotate):
    doc = annotate("Pak Song Chol was dismissed in May.\n\nPak had run the ministry since 2015.")
    linked = people(doc)
    assert ("Pak", "Pak Song Chol") in linked


def test_shorter_full_form_merges_into_longer(annotate):
    doc = annotate("Rodolfo Pineda Arce left Lima on Monday. Later, Rodolfo Pineda said he would not return.")
    kb = {k for _, k in people(doc)}
    assert kb == {"Rodolfo Pineda Arce"}


def test_news_outlet_is_never_a_person(annotate):
    doc = annotate("Ana Lund said the Chosun Ilbo had published the interview.")
    names = [t for t, _ in people(doc)]
    assert "Chosun Ilbo" not in names and "the Chosun Ilbo" not in names
    assert any(e.label_ == "ORG" and "Chosun Ilbo" in e.text for e in doc.ents)


def test_name_in_apposition_to_a_role_noun_is_a_person(annotate):
    doc = annotate("The embassy's second secretary, Marta Quispe, was named acting head.")
    assert any(t == "Marta Quispe" for t, _ in people(doc))


@pytest.mark.parametrize("text, expected", [
    ("Photo: Tomas Varga\nMinistry officials met on Monday.", ["Tomas Varga"]),
    ("Tomas Varga\nMarek Olsza was arrested on Monday.", ["Tomas Varga", "Marek Olsza"]),
])
def test_line_break_ends_a_name(annotate, text, expected):
    """A caption's name stops at its line: the name is found, and nothing from the next line joins it."""
    doc = annotate(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == expected
    assert all("\n" not in e.text for e in doc.ents)


def test_paragraphs_are_sentence_boundaries(annotate):
    doc = annotate("A caption without a full stop\n\nThe minister resigned.")
    starts = [s.start for s in doc.sents]
    second = next(t.i for t in doc if t.text == "The")
    assert second in starts


def test_an_acronym_is_not_a_short_form_of_a_name(annotate):
    """'UN' is the organisation even when someone in the story is called '... Un'."""
    doc = annotate("Marshal Pak Tae Un toured a dam in June.\n\nHe later sent a letter to the UN about the project.")
    linked = people(doc)
    assert ("Pak Tae Un", "Pak Tae Un") in linked
    assert all(text != "UN" for text, _ in linked)


def test_a_name_far_down_the_sentence_is_not_in_apposition(annotate):
    """Only a comma or bracket joins a role to a name; a misparsed arc across a clause
    does not give the role to whoever is named at the end."""
    doc = annotate("A senior provincial official whom a blog reported in March to have been jailed "
                   "was filmed at a rally on Sunday, greeting governor Tomas Varga at a stadium.")
    assert "senior provincial official" not in (doc._.roles or {}).get("Tomas Varga", [])
    doc = annotate("The deputy governor of the province, Tomas Varga, resigned on Friday.")
    assert any("deputy governor" in r for r in doc._.roles.get("Tomas Varga", []))


def test_an_unlisted_newspaper_is_an_outlet_by_its_shape(annotate):
    doc = annotate("The Kestrel Evening Post, citing an unnamed source, said Ilse Marrow had been detained.\n\n"
                   "The paper said she was held in Marrowby.")
    assert ("Kestrel Evening Post", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert all(text != "Kestrel Evening Post" for text, _ in people(doc))


def test_the_paper_refers_back_to_the_unlisted_newspaper(events_of):
    evs = events_of("The Kestrel Evening Post said on Monday that Ilse Marrow had been detained.\n\n"
                    "According to the paper, Marrow's deputy, Pavel Drun, was dismissed in May.")
    assert {(e.type, e.person, e.source) for e in evs} == {("ARREST", "Ilse Marrow", "Kestrel Evening Post"),
                                                         ("PURGE", "Pavel Drun", "Kestrel Evening Post")}


def test_a_hyphenated_word_stays_whole_in_a_role(annotate):
    doc = annotate("Tomas Varga, a one-time deputy mayor of Kestrel Bay, was arrested on Monday.")
    assert doc._.roles.get("Tomas Varga") == ["one-time deputy mayor"]


def test_name_particles_stay_inside_names(annotate):
    doc = annotate("Hamid Qasim al-Rawi met Greta van der Aalst and Faisal bin Nuri in Muscat.\n\n"
                   "Al-Rawi, 61, flew home on Friday.")
    linked = people(doc)
    assert ("Hamid Qasim al-Rawi", "Hamid Qasim al-Rawi") in linked
    assert ("Greta van der Aalst", "Greta van der Aalst") in linked
    assert ("Faisal bin Nuri", "Faisal bin Nuri") in linked
    assert ("Al-Rawi", "Hamid Qasim al-Rawi") in linked  # the surname with its article links


def test_an_english_word_is_not_a_particle(annotate):
    doc = annotate("Police said Tomas Varga at Lindholm airport was detained.")
    assert [t for t, _ in people(doc)] == ["Tomas Varga"]


def test_names_in_any_script_with_capitals(annotate):
    doc = annotate("Police detained Şükrü Yıldız and Ýakup Öztürk on Monday.")
    names = [t for t, _ in people(doc)]
    assert "Şükrü Yıldız" in names and "Ýakup Öztürk" in names


def test_particle_names_get_their_events(events_of):
    got = {(e.type, e.person) for e in events_of("Hamid Qasim al-Rawi was killed in an ambush on Saturday, officials said.")}
    assert ("KILL", "Hamid Qasim al-Rawi") in got


def test_lower_case_compounds_stay_one_word_and_names_split(nlp):
    words = [t.text for t in nlp.make_doc("The secretary-general, Kim Min-ho, was re-elected in a by-election in twenty twenty-one.")]
    assert {"secretary-general", "re-elected", "by-election"} <= set(words)
    assert "Min-ho" not in words and "twenty-one" not in words  # names and number words still split


def test_a_description_with_a_compound_head_names_its_person(events_of):
    text = "The coalition said its secretary-general, Omar Haddad, was detained the same night in Orvik."
    assert [(e.type, e.person) for e in events_of(text)] == [("ARREST", "Omar Haddad")]


# -- name edges: what glues onto a name without being part of it ------------------

def test_nationality_words_before_a_name_are_not_the_name(annotate):
    doc = annotate("Protests followed the death of Kurdish Iranian Laleh Varzandi, 23, in custody.")
    assert [t for t, _ in people(doc)] == ["Laleh Varzandi"]
    doc = annotate("The British-born Tomas Varga was detained at the airport.")
    assert [t for t, _ in people(doc)] == ["Tomas Varga"]


def test_a_nationality_shaped_given_name_stays(annotate):
    """Only a name of two words or more loses a nationality word: 'German Brusnikov' keeps his given name."""
    doc = annotate("German Brusnikov, 52, was detained in Omsk on Monday.")
    assert [t for t, _ in people(doc)] == ["German Brusnikov"]


def test_a_misspelt_title_is_a_title(annotate):
    doc = annotate("The presidency said on Thursday that Tunisian Presdient Amor Kelbadi has died.")
    assert [t for t, _ in people(doc)] == ["Amor Kelbadi"]
    assert "Presdient" in doc._.roles["Amor Kelbadi"][0]


def test_a_name_one_letter_off_a_short_title_is_a_name(annotate):
    doc = annotate("Marshall Tobin Reyes was arrested in Lima on Monday.")
    assert [t for t, _ in people(doc)] == ["Marshall Tobin Reyes"]


def test_an_unknown_word_before_a_title_belongs_to_the_title(annotate):
    doc = annotate("The police chief, Jefe General Ramiro Ochoa Lenz, said the suspects had fled.")
    assert [t for t, _ in people(doc)] == ["Ramiro Ochoa Lenz"]
    assert doc._.roles["Ramiro Ochoa Lenz"] == ["Jefe General"]


def cleaned(nlp, text: str, phrase: str) -> str | None:
    """What the name component makes of ``phrase`` taken as a PERSON span in ``text``."""
    doc = nlp(text)
    start = next(t.i for t in doc if doc.text[t.idx:].startswith(phrase))
    end = next(t.i for t in doc if t.idx + len(t.text) >= doc.text.index(phrase) + len(phrase)) + 1
    names = nlp.get_pipe("person_names")
    names.case = None
    span, _ = names.clean(Span(doc, start, end, label="PERSON"))
    return span.text if span is not None else None


def test_a_title_word_inside_a_name_is_the_name(nlp, annotate):
    """The model stops at a title word inside a long name ("... Ahmad Sultan al-Qadiri"); a
    title word followed by a particle and a name piece is part of the name."""
    text = "The strike killed Yasin Omar Ahmad Sultan al-Qadiri, the deputy minister of war, officials said."
    assert cleaned(nlp, text, "Yasin Omar Ahmad") == "Yasin Omar Ahmad Sultan al-Qadiri"
    doc = annotate("Tariq Sultan Mirza was appointed governor on Monday.")
    assert [t for t, _ in people(doc)] == ["Tariq Sultan Mirza"]


class _Everything:
    """A word list that holds every word: with it, no particle pre-check skips anything."""

    def __contains__(self, word: str) -> bool:
        return True


def test_the_name_edge_pre_checks_agree_with_the_full_checks(nlp, monkeypatch):
    """``may_extend`` (the token after a name is a hyphen, a name piece or a particle word) and
    ``_particle_run``'s opening-word test only skip work: with both switched off, every short
    span of these texts cleans to the same name and title, and every particle run ends alike."""
    texts = [
        "Karim Sadiq al-Rawandi met Min-ho Song and Ilse von der Marrow in Veldport on Monday.",
        "Judge Anton Vesely-Brand said Colonel Tarek bin Hadi was freed, and Lior Ben-Ami left.",
        "The envoy, Nura ash-Shami / Tomas Varga's aide (Ivo Dunmore) -- spoke of Pak Song-chol today.",
    ]
    names = nlp.get_pipe("person_names")
    names.case = None
    for text in texts:
        doc = nlp(text)
        spans = [Span(doc, i, j, label="PERSON") for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 3) + 1)]

        def outcomes() -> tuple[list, list[int]]:
            return [names.clean(s) for s in spans], [names._particle_run(i, doc) for i in range(len(doc) + 1)]

        fast = outcomes()
        with monkeypatch.context() as m:
            m.setattr(names, "particle_words", _Everything())
            m.setattr(names, "may_extend", lambda tok: True)
            slow = outcomes()
        assert fast == slow
        assert any(end > i for i, end in enumerate(fast[1]))  # the texts do hold particle runs


def test_a_date_before_a_name_is_not_the_name(nlp):
    text = "Trade envoy fled to Norway in November Tromsdal says"
    assert cleaned(nlp, text, "November Tromsdal") == "Tromsdal"
    assert cleaned(nlp, "April Dunmore was arrested in Leeds.", "April Dunmore") == "April Dunmore"


def test_a_month_that_is_a_given_name_stays(annotate):
    doc = annotate("April Dunmore was arrested in Leeds on Monday.")
    assert [t for t, _ in people(doc)] == ["April Dunmore"]


def test_a_place_named_after_a_title_is_no_person(annotate):
    doc = annotate("The body was found off the coast of the town of General Ortiguero, police said.")
    assert people(doc) == []
    doc = annotate("The body was discovered off the coast of the town of Governor Ortiguero, the agency reported.")
    assert people(doc) == []  # the model labels "Ortiguero" alone, the title left out
    doc = annotate("Police said General Ortiguero had been arrested.")
    assert [t for t, _ in people(doc)] == ["Ortiguero"]


def test_an_armed_group_is_never_a_person(events_of):
    evs = events_of("Police said the explosion killed a senior Boko Haram commander near the border.")
    assert all(e.person != "Boko Haram" for e in evs)
    evs = events_of("Police said the explosion killed Tomas Varga near the border.")
    assert [(e.type, e.person) for e in evs] == [("KILL", "Tomas Varga")]


def test_a_dash_after_a_name_is_not_part_of_it(nlp):
    text = "Ms Hasleva - the daughter of the first president - has been in power since 2009."
    assert cleaned(nlp, text, "Ms Hasleva - the") == "Hasleva"
    assert cleaned(nlp, "Police detained Kim Min-ho on Monday.", "Kim Min-ho") == "Kim Min-ho"


def test_a_phrase_of_titles_is_no_person(annotate):
    doc = annotate("On Monday, Wang met the country's National Security Advisor, Tomas Varga, in Delhi.")
    assert [t for t, _ in people(doc)] == ["Tomas Varga"]


def test_headline_words_after_a_name_are_cut(annotate):
    """An inline Title Case headline glues its words onto the name; the article writes them in
    lower case elsewhere, and the name alone is attested."""
    doc = annotate("Officials denied reports that Pavel Drunov had suffered a heart attack last week.\n\n"
                   "Pavel Drunov Suffered Heart Attack? Ministry Rejects Reports\n\n"
                   "Pavel Drunov Collapses in Office After Stroke, Say Reports\n\n"
                   "Drunov was seen at a meeting on Monday.")
    assert {k for _, k in people(doc)} == {"Pavel Drunov"}
    assert all(t in {"Pavel Drunov", "Drunov"} for t, _ in people(doc))


def test_a_name_made_of_words_keeps_them(annotate):
    """'Young' is written in lower case elsewhere, but the full form is in a person's slot."""
    doc = annotate("Police arrested Mary Ann Young, 45, on Monday.\n\nThe young officers said she was calm.")
    assert [t for t, _ in people(doc)] == ["Mary Ann Young"]


def test_a_shorter_form_with_accents_links_to_the_full_name(annotate):
    doc = annotate("President Hédi Zarrouk dies aged 92\n\n"
                   "The presidency said on Thursday that Moncef Hedi Zarrouk had died. Zarrouk was 92.")
    linked = dict(people(doc))
    assert linked.get("Hédi Zarrouk") == "Moncef Hedi Zarrouk"


def test_a_title_before_a_common_noun_makes_no_person(annotate):
    doc = annotate("The ruling came a day after young protesters used national Student Day to voice their anger at authorities.")
    assert people(doc) == []
    doc = annotate("The protest came a day after students greeted Student Leader Tomas Varga in the square.")
    assert [t for t, _ in people(doc)] == ["Tomas Varga"]


def test_a_headline_of_titles_and_nouns_is_no_person_however_often_repeated(annotate):
    doc = annotate("Kestrel Front Confirms Death of Top Commander\n\nKestrel Front Confirms Death of Top Commander\n\n"
                   "The group said its commander, Amir Haddou, was killed on Sunday.")
    assert [t for t, _ in people(doc)] == ["Amir Haddou"]


def test_a_surname_links_to_the_name_it_ends(annotate):
    """'Kumar' alone is the man whose surname it is, not an earlier man with it as a middle name."""
    doc = annotate("Ravi Kumar Sethi and Anil Kumar were dismissed on Monday.\n\n"
                   "Kumar said he had done nothing wrong.")
    linked = people(doc)
    assert ("Kumar", "Anil Kumar") in linked
    doc = annotate("Anil Kumar and Ravi Kumar Sethi were dismissed on Monday.\n\n"
                   "Sethi said he had done nothing wrong.")
    assert ("Sethi", "Ravi Kumar Sethi") in people(doc)


def test_a_surname_that_is_a_title_word_links_when_it_stands_alone(annotate):
    doc = annotate("Ada King, an opposition lawyer, was detained on Monday.\n\n"
                   "King said she was innocent. The King and Queen Ingrid visited Oslo. King Harald spoke.")
    linked = people(doc)
    assert ("King", "Ada King") in linked
    kings = [t.i for t in doc if t.text == "King"]
    at = {e.start: e.kb_id_ for e in doc.ents if e.label_ == "PERSON"}
    assert at.get(kings[1]) == "Ada King"
    assert at.get(kings[2]) != "Ada King" and at.get(kings[3]) != "Ada King"  # "The King", "King Harald"


def settled(nlp, text: str, phrase: str) -> list[str]:
    """What the name component's checks against the article make of ``phrase`` taken as a
    PERSON span in ``text`` (the model does not glue invented names as it does real ones)."""
    from pipeline.nlp.name_words import ArticleCase

    doc = nlp(text)
    at = text.index(phrase)
    start = next(t.i for t in doc if t.idx == at)
    end = next(t.i for t in doc if t.idx + len(t.text) >= at + len(phrase)) + 1
    names = nlp.get_pipe("person_names")
    names.case = ArticleCase.of(doc)
    out, _ = names.settle(doc, [Span(doc, start, end, label="PERSON")], {})
    return [p.text for p in out]


def test_a_title_case_line_puts_its_verb_after_the_name(nlp):
    text = "The minister spoke on Monday.\n\nAnton Vesely Shares Details About Ilse Marrow's Emotional Return"
    assert settled(nlp, text, "Anton Vesely Shares Details") == ["Anton Vesely"]
    # a surname that looks like a verb stays when the article writes it as a name
    text = "Officials Say Melinda Ortiz Banks Resigns From Foundation Board\n\nBanks said on Monday she would leave."
    assert settled(nlp, text, "Melinda Ortiz Banks Resigns") == ["Melinda Ortiz Banks"]


def test_a_name_before_a_place_noun_is_the_place(nlp):
    text = "Ex-customs director Tomas Varga Reyes died in La Quebrada prison, the prison service confirmed."
    assert settled(nlp, text, "La Quebrada") == []
    assert settled(nlp, "Police took Anna Berg to prison on Monday.", "Anna Berg") == ["Anna Berg"]
    text = "Former civil affairs minister Pavel Drunov jailed for life for bribery"
    assert settled(nlp, text, "Pavel Drunov") == ["Pavel Drunov"]  # "jailed" is a verb here


def test_a_place_name_is_no_person_anywhere_in_the_article(events_of):
    text = ("Ex-customs director Tomas Varga Reyes died in La Quebrada prison, officials said.\n\n"
            "[Photo: The La Quebrada high-security jail near Orvik. Credit: archive]")
    assert all(e.person not in {"La Quebrada", "Quebrada"} for e in events_of(text))


def named_as(nlp, text: str, phrase: str, label: str) -> list[str]:
    """The people the name component finds when the model labels ``phrase`` with ``label``
    (the model's mislabels of real pages are not reproducible on invented sentences)."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "person_names":
            break
        doc = pipe(doc)
    at = text.index(phrase)
    start = next(t.i for t in doc if t.idx == at)
    end = next(t.i for t in doc if t.idx + len(t.text) >= at + len(phrase)) + 1
    doc.ents = [Span(doc, start, end, label=label)]
    doc = nlp.get_pipe("person_names")(doc)
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_title_modifier_makes_no_person_of_an_organisation(nlp):
    text = "Police Scotland says it informed the envoy of the decision on Friday."
    assert named_as(nlp, text, "Police Scotland", "ORG") == []
    text = "Colonel Tomas Varga says he informed the envoy of the decision on Friday."
    assert named_as(nlp, text, "Colonel Tomas Varga", "ORG") == ["Tomas Varga"]


@pytest.mark.parametrize("role", ["banker", "cleric", "tycoon", "smuggler", "photographer"])
def test_an_occupation_in_apposition_makes_a_person_of_a_name_the_model_took_for_an_organisation(annotate, role):
    # the small model labels this name an organisation
    text = f"Kemal Arslan, a {role}, was held in Ankara for a week."
    assert "Kemal Arslan" in [t for t, _ in people(annotate(text))]


def test_a_kind_of_organisation_in_apposition_keeps_the_name_an_organisation(annotate):
    doc = annotate("Kemal Arslan, a holding company, was fined in Ankara last week.")
    assert "Kemal Arslan" not in [t for t, _ in people(doc)]


def test_a_name_after_its_occupation_is_the_subject_that_was_detained(events_of):
    # the parser gives "was detained" two subjects, "businessman" and the name right after it
    found = {(e.type, e.person) for e in events_of("The businessman Kemal Arslan was detained in May.")}
    assert ("ARREST", "Kemal Arslan") in found



def _parsed(nlp, words, heads, deps, pos, person):
    """A hand-parsed Doc (the parses below are the ones the model gives real sentences)."""
    from spacy.tokens import Doc
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, *person, label="PERSON")]
    return doc


def test_the_name_right_after_a_bare_description_is_the_subject_meant(nlp):
    from types import SimpleNamespace
    from pipeline.extract.events import _named
    doc = _parsed(nlp, ["The", "businessman", "Kemal", "Arslan", "was", "detained"], [1, 5, 3, 5, 5, 5],
                  ["det", "nsubjpass", "compound", "nsubjpass", "auxpass", "ROOT"],
                  ["DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB"], (2, 4))
    mentions = SimpleNamespace(person_at={2: doc.ents[0], 3: doc.ents[0]})
    assert _named(doc[1], mentions).i == 3


def test_a_name_after_the_description_s_own_clause_is_no_twin(nlp):
    # "Envoys who met them as chief Omer Tasdan traded threats": the name follows the
    # relative clause, not the noun, and is the other subject of "traded"
    from types import SimpleNamespace
    from pipeline.extract.events import _named
    doc = _parsed(nlp, ["Envoys", "who", "met", "them", "as", "chief", "Omer", "Tasdan", "traded", "threats"],
                  [8, 2, 0, 2, 2, 7, 7, 8, 8, 8],
                  ["nsubj", "nsubj", "relcl", "dobj", "prep", "compound", "compound", "nsubj", "ROOT", "dobj"],
                  ["NOUN", "PRON", "VERB", "PRON", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "NOUN"], (6, 8))
    mentions = SimpleNamespace(person_at={6: doc.ents[0], 7: doc.ents[0]})
    assert _named(doc[0], mentions).i == 0


@pytest.mark.parametrize("text, bracketed", [
    ("the Front for a Civic Renewal (FCR) said", True),
    ("the Front (FCR", False),  # never closed
    ("the Front (Civic FCR) said", False),  # two words between: no acronym in brackets
    ("the Front for a Civic Renewal said", False),
    ("(", False),
    ("the front (FCR) said", False),  # no capitalised word before it
    ("the Front (F) said", False),  # one letter
    ("the Front (fcr) said", False),  # not upper-case
    ("Front (FCR)", True),
])
def test_the_acronym_matcher_runs_only_where_an_acronym_stands_in_brackets(nlp, text, bracketed):
    """The organisation-with-acronym Matcher is skipped for a Doc without a capitalised word,
    '(', an upper-case word of two letters or more, ')'; where it is skipped it finds nothing."""
    from pipeline.nlp.gazetteer import _acronym_windows

    doc = nlp.make_doc(text)
    assert bool(_acronym_windows(doc)) is bracketed
    assert bracketed or not nlp.get_pipe("org_ruler").acronymed(doc)


def test_the_org_matchers_find_in_their_windows_what_they_find_in_the_whole_text(nlp):
    """The two Matchers run over stretches only; there they find every match of the whole
    Doc (the acronym one with its greedy filter), in the same order."""
    from pipeline.nlp.gazetteer import _acronym_windows, _outlet_windows
    from pipeline.nlp.lookup import matches_in as _matches_in

    ruler = nlp.get_pipe("org_ruler")
    texts = ["Asked by the Kestrel Evening Post and the Velm Daily Herald, the Union for a Civic Renewal (UCR) "
             "and the Front (FCR) said the Ormo Times Daily News (OTDN) was wrong.",
             "The Post said the Sea Wind Courier of the People (SWCP) and Anna Berg (SPD) met."]
    for doc in map(nlp.make_doc, texts):
        assert _matches_in(ruler.shaped, doc, _outlet_windows(doc, ruler.head_ids)) == ruler.shaped(doc) != []
        assert sorted(_matches_in(ruler.acronymed, doc, _acronym_windows(doc))) == sorted(ruler.acronymed(doc)) != []


@pytest.mark.parametrize("text, titled", [
    ("Police told the Kestrel Evening Post on Monday", True),
    ("Police told the Post on Monday", False),  # no capitalised word before the newspaper word
    ("Police told the Kestrel evening post on Monday", False),
    ("the news from Velm", False),
    ("Kestrel Post", False),  # "the" must come first: two words or more before it
])
def test_the_outlet_matcher_runs_only_after_a_capitalised_newspaper_word(nlp, text, titled):
    """The "the Kestrel Evening Post" Matcher is skipped for a Doc without a capitalised
    newspaper word after a capitalised word; where it is skipped it finds nothing."""
    from pipeline.nlp.gazetteer import _outlet_windows

    ruler = nlp.get_pipe("org_ruler")
    doc = nlp.make_doc(text)
    assert bool(_outlet_windows(doc, ruler.head_ids)) is titled
    assert titled or not ruler.shaped(doc)


@pytest.mark.parametrize("word", ["suffered", "suffering", "Suffers", "cases", "case", "cased", "studies",
                                  "studied", "study", "Ruled", "rule", "ruling", "goes", "go", "Vessna", "bed"])
def test_a_stem_is_looked_up_as_every_word_would_be_stemmed(word):
    """``writes_stem`` looks up the few words that can have a stem; it agrees with stemming
    every lower-case word of the article."""
    from pipeline.nlp.name_words import ArticleCase, stem

    lower = {"suffering", "cases", "studied", "ruler", "rules", "goes", "bed", "vessnas", "ca"}
    case = ArticleCase(lower=lower)
    assert case.writes_stem(stem(word.lower())) == (stem(word.lower()) in {stem(w) for w in lower})
    assert case.writes_lower(word) == (word.lower() in lower or stem(word.lower()) in {stem(w) for w in lower})
