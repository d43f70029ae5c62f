"""One happening, many mentions (headline, lede, body): merged into one record that takes
the most precise date, the source that dates it, and the hedge of any mention on that word."""

from __future__ import annotations

from pipeline.extract.events import merge_mentions
from pipeline.records import Event


def mention(type_: str = "ARREST", person: str = "Tomas Varga", date: str = "", source: str = "",
            hedged: bool = False, negated: bool = False, at: int = 0, place: str = "",
            date_text: str | None = None) -> Event:
    return Event("", "d", type_, person, "", date, "", "", date if date_text is None else date_text, place,
                 source, hedged, negated, "", f"sentence at {at}", at, at + 10, "rule")


def test_headline_lede_and_body_are_one_happening_with_the_best_date():
    got = merge_mentions([
        mention(at=0),                                              # headline: undated, no source
        mention(date="2024-02", source="Kestrel Post", hedged=True, at=50),  # lede: reportedly
        mention(date="2024-02-10", source="Kestrel Post", at=200, place="Orvik"),  # body
    ])
    assert len(got) == 1
    (ev,) = got
    assert (ev.date, ev.source, ev.place) == ("2024-02-10", "Kestrel Post", "Orvik")
    assert ev.hedged  # the lede hedged it on the same paper's word


def test_an_undated_mention_gives_its_place_but_not_a_rival_date():
    got = merge_mentions([mention(date="2024-02-10", at=100), mention(place="Orvik", at=0)])
    assert [(e.date, e.place) for e in got] == [("2024-02-10", "Orvik")]


def test_own_voice_keeps_its_voice_when_someone_repeats_it_vaguely():
    got = merge_mentions([mention(date="2023-05-05", at=0), mention(source="his lawyer", at=80)])
    assert [(e.date, e.source) for e in got] == [("2023-05-05", "")]


def test_a_source_that_dates_it_as_precisely_is_borrowed():
    got = merge_mentions([mention(date="2023-05-05", at=0), mention(date="2023-05-05", source="police", at=80)])
    assert [(e.date, e.source) for e in got] == [("2023-05-05", "police")]


def test_a_hedge_on_another_word_does_not_hedge_the_happening():
    got = merge_mentions([mention(date="2019-02", source="Ivo Rask", at=90),
                          mention(date="2019", hedged=True, at=0)])  # a caption's "reportedly"
    assert len(got) == 1 and not got[0].hedged


def test_two_sources_two_records():
    got = merge_mentions([mention(date="2024-02", source="police", at=0),
                          mention(date="2024-02", source="his lawyer", at=50)])
    assert sorted(e.source for e in got) == ["his lawyer", "police"]


def test_contradicting_dates_and_a_denial_stay_apart():
    got = merge_mentions([mention(date="2024-02", at=0), mention(date="2024-03", at=40),
                          mention(date="2024-02", negated=True, source="the ministry", at=80)])
    assert sorted((e.date, e.negated) for e in got) == [("2024-02", False), ("2024-02", True), ("2024-03", False)]


def test_a_vague_mention_joins_the_happening_it_fits():
    got = merge_mentions([mention(date="2024-03-02", source="police", at=0),
                          mention(date="2024-05", at=40),
                          mention(source="police", hedged=True, at=90)])  # joins police's, not May's
    by_date = {e.date: e for e in got}
    assert set(by_date) == {"2024-03-02", "2024-05"}
    assert by_date["2024-03-02"].hedged and not by_date["2024-05"].hedged


def test_records_come_out_in_text_order():
    got = merge_mentions([mention(type_="KILL", person="Ana Ruiz", at=300), mention(at=5)])
    assert [e.type for e in got] == ["ARREST", "KILL"]


def test_a_mention_with_its_own_unknown_date_stays_apart():
    # "was fired on Monday" in an article with no date: not the firing of 2002
    got = merge_mentions([mention(type_="PURGE", date="2002-10", at=300),
                          mention(type_="PURGE", date="", date_text="on Monday", at=0)])
    assert sorted(e.date for e in got) == ["", "2002-10"]
    # the same mention without a date expression of its own joins it
    got = merge_mentions([mention(type_="PURGE", date="2002-10", at=300), mention(type_="PURGE", at=0)])
    assert [e.date for e in got] == ["2002-10"]


def test_a_vague_mention_between_two_dated_happenings_is_not_guessed():
    got = merge_mentions([mention(type_="APPOINT", date="2015-03", at=0),
                          mention(type_="APPOINT", date="2024-06-04", at=200),
                          mention(type_="APPOINT", at=100)])
    assert sorted(e.date for e in got) == ["", "2015-03", "2024-06-04"]
    # with one dated happening it joins it
    got = merge_mentions([mention(type_="APPOINT", date="2015-03", at=0), mention(type_="APPOINT", at=100)])
    assert [e.date for e in got] == ["2015-03"]


def test_an_unresolved_weekday_is_kept_as_words(events_of):
    (ev,) = [e for e in events_of("Police detained Tomas Varga on Tuesday.", published=None) if e.type == "ARREST"]
    assert (ev.date, ev.date_text) == ("", "Tuesday")


def test_an_undated_account_of_an_arrest_joins_the_account_that_dates_it():
    got = merge_mentions([
        mention(source="Varga's family", at=0),                       # "his family said he was taken"
        mention(date="2024-03-14", source="Lena Varga", at=120),      # "his wife said he was seized on Thursday"
    ])
    assert [(e.date, e.source) for e in got] == [("2024-03-14", "Lena Varga")]


def test_two_arrests_the_article_dates_apart_leave_an_undated_account_alone():
    got = merge_mentions([mention(date="2019-05", at=0), mention(date="2024-03", at=40),
                          mention(source="his party", at=90)])
    assert sorted(e.date for e in got) == ["", "2019-05", "2024-03"]


def test_a_denied_arrest_carries_the_date_of_the_arrest_it_denies():
    got = merge_mentions([mention(date="2024-03-14", source="Lena Varga", at=0),
                          mention(source="the government", negated=True, at=90)])
    denial = [e for e in got if e.negated]
    assert [(e.date, e.source) for e in denial] == [("2024-03-14", "the government")]


def test_a_meeting_is_not_a_once_in_a_telling_happening():
    got = merge_mentions([mention("MEET", date="2024-01", source="the ministry", at=0),
                          mention("MEET", source="his aides", at=90)])
    assert sorted(e.date for e in got) == ["", "2024-01"]
