"""Rules pinned for lines of pipeline/extract that no other test reached: each test states the
behaviour such a line gives, with invented sentences."""

from __future__ import annotations

from extracted import events


# -- the evidence span and the page ------------------------------------------------


def test_the_evidence_sentence_leaves_out_the_date_marker_before_it():
    """A sentence right after the scraper's " date ..." marker starts after the marker, not inside it."""
    text = " date 2024-05-20 Tomas Welk was detained in Darnel on Monday, police said."
    got = events(text)
    assert list(zip(got.type, got.person, got.date, got.source)) == [("ARREST", "Tomas Welk", "2024-05-20", "police")]
    assert list(got.char_start) == [text.index("Tomas")]
    assert list(got.sentence) == ["Tomas Welk was detained in Darnel on Monday, police said."]


def test_the_evidence_span_starts_at_the_first_word_past_leading_blanks():
    """A text opening with blanks: the event's evidence starts at its first word, not at the blanks."""
    text = "   Tomas Welk was detained in Darnel on Monday, police said."
    got = events(text)
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Tomas Welk", "2024-05-20")]
    assert list(got.char_start) == [3]


def test_a_headline_after_the_date_marker_takes_the_source_the_body_names():
    """A headline after the date marker is still a headline: its source defers to the body's, one event."""
    got = events(" date 2024-05-20 Tomas Welk Died In Prison, Exile Website Claims\n\n"
                 "Tomas Welk died in prison on Monday, the Orvik Bulletin reported.")
    assert list(zip(got.type, got.person, got.date, got.source)) == [
        ("DIE", "Tomas Welk", "2024-05-20", "Orvik Bulletin")]


# -- who a token stands for -----------------------------------------------------------


def test_whose_read_as_an_apposition_of_a_role_is_the_name_the_role_describes():
    """'X, the judge whose kidnapping in October ...' (misparsed as an apposition): the kidnapping is X's."""
    got = events("Adaeze Obi, the veteran judge whose kidnapping in October shocked trade unions, "
                 "was found alive in Lorvania on Sunday.")
    pairs = list(zip(got.type, got.person, got.date))
    assert ("ARREST", "Adaeze Obi", "2023-10") in pairs


def test_whose_read_as_an_apposition_of_a_name_is_that_name():
    """'freed X, whose abduction in June ...' (misparsed as an apposition of X): the abduction is X's."""
    got = events("Police freed Tomas Welk, whose abduction in June alarmed aid workers, on Friday.")
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Tomas Welk", "2023-06")]


def test_a_question_word_outside_a_relative_clause_stands_for_no_one():
    """'X on who was arrested': "who" asks, it names no one (not the line's X); a named subject does."""
    assert events("Tomas Welk on who was arrested in Darnel").empty
    got = events("Tomas Welk on how Adaeze Obi was arrested in Darnel")
    assert list(zip(got.type, got.person)) == [("ARREST", "Adaeze Obi")]


def test_a_pronoun_coordinated_with_a_name_is_someone_else():
    """'Either X or he left ... before police arrested him': "he" is not X but the one named before."""
    got = events("Piet Ornsby spoke to reporters in Darnel on Monday. "
                 "Either Tomas Welk or he left the hall before police arrested him on Tuesday.")
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Piet Ornsby", "2024-05-14")]


def test_an_indirect_object_pronoun_in_a_report_is_not_the_reporter():
    """'Y said a court gave him nine years': "him" is the one the story is about, not the speaker Y."""
    got = events("Tomas Welk was detained in Darnel in March. Piet Ornsby said a court gave him nine years on Friday.")
    assert list(zip(got.type, got.person, got.date, got.source)) == [
        ("ARREST", "Tomas Welk", "2024-03", ""), ("IMPRISON", "Tomas Welk", "2024-05-17", "Piet Ornsby")]


def test_a_possessive_in_a_phrase_after_the_verb_does_not_look_ahead_to_the_reporter():
    """'X was dismissed in May, days before his arrest, Y said': the arrest is X's, not the reporter Y's."""
    got = events("Tomas Welk was dismissed from the council in May, days before his arrest, Piet Ornsby said.")
    assert list(zip(got.type, got.person, got.date, got.source)) == [
        ("ARREST", "Tomas Welk", "", "Piet Ornsby"), ("PURGE", "Tomas Welk", "2024-05", "Piet Ornsby")]


def test_their_finds_a_pair_named_together_only_within_four_sentences():
    """'Their meeting': the pair named together four sentences back meet; named five back, no one does."""
    pair = "Tomas Welk and Adaeze Obi won seats on the Darnel council in 2019. "
    meeting = "Their meeting in Lorvania on Monday lasted two hours."
    near = events(pair + "The vote was close. Turnout was low. Observers praised the count. " + meeting)
    assert sorted(zip(near.type, near.person, near.date))[-2:] == [
        ("MEET", "Adaeze Obi", "2024-05-20"), ("MEET", "Tomas Welk", "2024-05-20")]
    far = events(pair + "The vote was close. Turnout was low. Observers praised the count. Markets barely moved. "
                 + meeting)
    assert sorted(zip(far.type, far.person, far.date)) == [("ELECT", "Adaeze Obi", "2019"), ("ELECT", "Tomas Welk", "2019")]


# -- groups and occasions ---------------------------------------------------------------


def test_a_name_after_a_comma_following_an_included_role_is_a_member():
    """'six officials including the deputy minister for roads, X, ...': X is among those who died."""
    got = events("A helicopter carrying six officials including the deputy minister for roads, Tomas Welk, "
                 "crashed near Darnel on Monday, killing all of them.")
    assert list(zip(got.type, got.person)) == [("DIE", "Tomas Welk")]


def test_a_member_named_by_an_apposed_role_is_extracted():
    """'arrested ..., including the finance minister, X': the role apposed to X names a member."""
    got = events("Six officials were arrested on Monday, including the finance minister, Tomas Welk.")
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Tomas Welk", "2024-05-20")]


def test_an_occasion_takes_the_date_it_was_given_not_an_unresolvable_one_nearer():
    """'a summit in Orvik during Ramadan in 2019' ... 'at the Orvik summit': dated 2019, not left undated."""
    got = events("Lorvania hosted a summit in Orvik during Ramadan in 2019. Tomas Welk was arrested at the Orvik summit.")
    assert list(zip(got.type, got.person, got.date)) == [("ARREST", "Tomas Welk", "2019")]


def test_a_charge_with_nothing_after_of_is_no_charge():
    """'on charges of.' cut short: the event stands, with an empty charge."""
    got = events("Tomas Welk was arrested on Monday on charges of.")
    assert list(zip(got.type, got.person, got.date, got.charge)) == [("ARREST", "Tomas Welk", "2024-05-20", "")]
