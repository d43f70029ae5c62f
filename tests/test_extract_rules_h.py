"""Rules pinned for the survivors of two fresh mutation samples of pipeline/extract (seeds 8 and 10):
each test states the behaviour a surviving mutant changed, with invented sentences."""

from __future__ import annotations

from extracted import events


def test_a_count_before_a_happening_starts_from_an_ago_date():
    """'fled two weeks ago, four days before his arrest': 'ago' hangs on the verb as an adverb
    and is still the date the arrest is counted from."""
    got = events("Tomas Varga fled the country two weeks ago, four days before his arrest.")
    assert sorted(zip(got.type, got.date)) == [("ARREST", "2024-05"), ("DEFECT", "2024-05")]


FILLER = ["Heavy rain fell across the capital.", "Markets were closed.", "Schools stayed shut.",
          "Trains were delayed."]
ROLE_LEDE = "A deputy minister was dismissed on Monday. Tomas Varga, the deputy minister, had run the ports office."


def test_a_role_lede_is_resolved_only_near_the_top():
    """'A deputy minister was dismissed ...' is the person the next sentence names only while it
    opens the story (one of its first four sentences), not further down."""
    early = events(" ".join(FILLER[:3] + [ROLE_LEDE]))
    late = events(" ".join(FILLER[:4] + [ROLE_LEDE]))
    assert list(zip(early.type, early.person)) == [("PURGE", "Tomas Varga")]
    assert late.empty


def test_an_occasion_takes_the_nearest_date_of_the_clause_that_introduces_it():
    """'A year after the 2017 talks, the summit was held on 12 June 2018': of the two dates in
    that clause the summit's is the nearer one, and 'a few weeks before' counts from it."""
    got = events("A year after the 2017 talks in Bern, the Oslo summit was held on 12 June 2018. "
                 "Tomas Varga defected a few weeks before the Oslo summit.", published="2019-01-10")
    assert list(zip(got.type, got.person, got.date)) == [("DEFECT", "Tomas Varga", "2018-05")]


DETAINED = "Omar Haddad has been detained near the border, a local channel said."
STOPPED = "Officers stopped him on Saturday at a checkpoint outside Orvik."


def test_a_neighbour_dates_an_event_up_to_two_sentences_after_it():
    """The sentences that may date an undated event run two past it, not three."""
    near = events(" ".join([DETAINED, "Relatives were not told.", STOPPED]), published="2024-02-12")
    far = events(" ".join([DETAINED, "The channel gave no details.", "Relatives were not told.", STOPPED]),
                 published="2024-02-12")
    assert list(zip(near.type, near.date)) == [("ARREST", "2024-02-10")]
    assert list(zip(far.type, far.date)) == [("ARREST", "")]


def test_a_neighbouring_verb_about_someone_else_does_not_end_the_search_of_its_sentence():
    """'searched a bus on Friday and questioned him on Saturday': the search is not about him, the
    questioning after it in the same sentence still dates his arrest."""
    got = events(DETAINED + " Officers searched a bus on Friday and questioned him on Saturday.",
                 published="2024-02-12")
    assert list(zip(got.type, got.date)) == [("ARREST", "2024-02-10")]


def test_a_killing_folded_with_a_dated_death_takes_its_start_too():
    """'killed X in 2023 ... X died on 4 March 2023': one row, dated to the day from start to end."""
    got = events("Guards killed Tomas Welk in 2023 at the Orvik camp. Tomas Welk died on 4 March 2023 "
                 "in a prison hospital.")
    assert list(zip(got.type, got.date, got.date_start, got.date_end)) == [
        ("KILL", "2023-03-04", "2023-03-04", "2023-03-04")]


def test_an_event_without_a_title_has_an_empty_role():
    """The role column holds text: none given is the empty string, not a missing value."""
    got = events("Police arrested Tomas Welk on Monday.")
    assert got.role.tolist() == [""]


def test_a_definite_source_with_a_compound_is_the_one_named_before():
    """'the press agency said' (a compound in the description) is the agency named before."""
    got = events("The Korvo Press Agency first reported the raids on Sunday. Tomas Welk was arrested "
                 "on Monday, the press agency said.")
    assert list(zip(got.type, got.source)) == [("ARREST", "Korvo Press Agency")]


def test_a_time_hung_on_the_subject_by_at_dates_the_verb():
    """'Investigators at the start of 2023 detained X': the parser hangs the time on the subject."""
    got = events("Investigators at the start of 2023 detained Tomas Welk.")
    assert list(zip(got.type, got.date)) == [("ARREST", "2023")]


def test_a_person_among_the_group_named_again_shares_its_arrest():
    """'Tomas Welk was among the activists' names a member of the activists detained before;
    'among the students' (another group) does not."""
    same = events("Police detained four activists in Korvo on Monday. Tomas Welk was among the activists.")
    other = events("Police detained four activists in Korvo on Monday. Tomas Welk was among the students.")
    assert list(zip(same.type, same.person, same.date)) == [("ARREST", "Tomas Welk", "2024-05-20")]
    assert other.empty


def test_a_clause_of_the_same_moment_dates_the_event():
    """'arrested as he boarded a flight on Monday': an 'as' clause tells the same moment."""
    got = events("Tomas Welk was arrested as he boarded a flight to Lindor on Monday.")
    assert list(zip(got.type, got.date)) == [("ARREST", "2024-05-20")]


def test_a_term_given_to_a_person_the_parser_made_the_object_imprisons_them():
    """'A court handed Mirela Dancu 11 years': the parser may make the person the direct
    object (not the dative); the one given the term is still the one imprisoned."""
    got = events("A court handed Mirela Dancu 11 years last month.")
    assert list(zip(got.type, got.person, got.date)) == [("IMPRISON", "Mirela Dancu", "2024-04")]
