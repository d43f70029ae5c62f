"""The person_names and gazetteer components on tiny invented texts."""

from __future__ import annotations


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


def test_line_break_ends_a_name(annotate):
    doc = annotate("Photo: Tomas Varga\nMinistry officials met on Monday.")
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
