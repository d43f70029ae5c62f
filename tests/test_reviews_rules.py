"""The rules of the corrections file (reviews.csv) one by one: which rows are kept, the exact
problem each bad row gets, which rows contradict each other, and how a kept correction
changes its event. Pure functions only: invented people and sentences, no pipeline run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.read.reviews import (ACTIONS, FIELDS, REVIEWS_NAME, TYPES, Problem, Review, parse_reviews,
                                   read_reviews)
from pipeline.reconcile.reviews import (CONFIRMED, CORRECTED, REJECTED, Anchor, Outcome, anchors_from_csv,
                                        anchors_from_rows, apply_reviews, unmatched_message)
from pipeline.records import Event

HEADER = "action,event_id,field,value,person,other_person,note,reviewer,reviewed_at\n"
WHO = "inna,2026-11-02"  # reviewer, reviewed_at
SENTENCE = "Pavel Orlov was detained in Varnsk on March 3, the court said."


def parse(*rows: str, header: str = HEADER):
    return parse_reviews(header + "".join(r + "\n" for r in rows))


def problems_of(*rows: str) -> list[str]:
    return [str(p) for p in parse(*rows)[1]]


def kept_lines(*rows: str) -> list[int]:
    return [r.line for r in parse(*rows)[0]]


def review(action: str, event_id: str = "e1", field: str = "", value: str = "", line: int = 2, **kw) -> Review:
    return Review(line=line, action=action, event_id=event_id, field=field, value=value, reviewer="inna",
                  reviewed_at="2026-11-02", **kw)


def event(**kw) -> Event:
    base = dict(event_id="e1", doc="d1", type="ARREST", person="Pavel Orlov", role="", date="2023-03-03",
                date_start="2023-03-03", date_end="2023-03-03", date_text="March 3", place="Varnsk",
                source="the court", hedged=False, negated=False, charge="", sentence=SENTENCE,
                char_start=10, char_end=72, rule_id="arrest.verb")
    base.update(kw)
    return Event(**base)


def anchor(**kw) -> Anchor:
    base = dict(event_id="old", doc="d1", type="ARREST", person="Pavel Orlov", char_start=10, char_end=72,
                sentence=SENTENCE)
    base.update(kw)
    return Anchor(**base)


# -- the vocabulary --------------------------------------------------------------------------

def test_the_names_the_analyst_may_use():
    assert REVIEWS_NAME == "reviews.csv"
    assert ACTIONS == ("reject", "confirm", "set", "same_person", "different_people")
    assert FIELDS == ("type", "person", "date", "source", "place", "hedged", "negated", "charge")
    assert TYPES == ("DEFECT", "DISAPPEAR", "REAPPEAR", "ARREST", "IMPRISON", "EXECUTE", "KILL", "DIE", "PURGE",
                     "APPOINT", "ELECT", "MEET")
    assert (REJECTED, CORRECTED, CONFIRMED) == ("rejected", "corrected", "confirmed")


# -- Review and Problem ----------------------------------------------------------------------

def test_a_review_built_by_hand_has_empty_fields():
    r = Review(line=4, action="confirm")
    assert (r.event_id, r.field, r.value, r.person, r.other_person, r.note, r.reviewer, r.reviewed_at) == \
        ("", "", "", "", "", "", "", "")
    assert r.key() == "confirm|||||||"


def test_key_is_every_field_but_the_line_and_the_note_in_order():
    r = Review(line=7, action="set", event_id="e5", field="place", value="Varnsk", person="Pavel Orlov",
               other_person="Inna Sorel", note="seen twice", reviewer="inna", reviewed_at="2026-11-02")
    assert r.key() == "set|e5|place|Varnsk|Pavel Orlov|Inna Sorel|inna|2026-11-02"
    assert r.key() == Review(**{**r.__dict__, "line": 99, "note": "other"}).key()


@pytest.mark.parametrize("value,flag", [("true", True), ("false", False), ("yes", True), ("no", False),
                                        ("1", True), ("0", False), (" TRUE ", True), ("No", False),
                                        ("YES", True), (" False", False)])
def test_flag_reads_the_six_spellings_in_any_case(value, flag):
    assert Review(line=2, action="set", field="hedged", value=value).flag is flag


def test_date_is_only_the_value_of_a_date_correction():
    d = Review(line=2, action="set", field="date", value="2023-06").date
    assert d is not None and (d.iso, d.start.isoformat(), d.end.isoformat()) == ("2023-06", "2023-06-01",
                                                                                "2023-06-30")
    assert Review(line=2, action="set", field="place", value="2023-06").date is None
    assert Review(line=2, action="set", field="date", value="").date is None


def test_a_problem_prints_with_its_line():
    assert str(Problem(12, "something is off")) == "line 12: something is off"


# -- one row at a time -----------------------------------------------------------------------

@pytest.mark.parametrize("row,message", [
    ("banish,e1,,,,,," + WHO,
     "line 2: unknown action 'banish' (use one of reject, confirm, set, same_person, different_people)"),
    (",e1,,,,,," + WHO,
     "line 2: unknown action '' (use one of reject, confirm, set, same_person, different_people)"),
    ("reject,e1,,,,,,,2026-11-02", "line 2: no reviewer: say who made the correction"),
    ("reject,e1,,,,,,inna,", "line 2: reviewed_at '' is not a date (YYYY-MM-DD)"),
    ("reject,e1,,,,,,inna,last week", "line 2: reviewed_at 'last week' is not a date (YYYY-MM-DD)"),
    ("reject,e1,,,,,,inna,2026-13-02", "line 2: reviewed_at '2026-13-02' is not a date (YYYY-MM-DD)"),
    ("reject,e1,,,,,,inna,2026-11-02T10:00", "line 2: reviewed_at '2026-11-02T10:00' is not a date (YYYY-MM-DD)"),
    ("reject,e1,,,,,,inna,26-11-02", "line 2: reviewed_at '26-11-02' is not a date (YYYY-MM-DD)"),
    ("reject,,,,,,," + WHO, "line 2: reject needs an event_id"),
    ("confirm,,,,,,," + WHO, "line 2: confirm needs an event_id"),
    ("set,,place,Varnsk,,,," + WHO, "line 2: set needs an event_id"),
    ("set,e1,colour,red,,,," + WHO,
     "line 2: unknown field 'colour' (use one of type, person, date, source, place, hedged, negated, charge)"),
    ("set,e1,,red,,,," + WHO,
     "line 2: unknown field '' (use one of type, person, date, source, place, hedged, negated, charge)"),
    ("set,e1,date,2023-14,,,," + WHO, "line 2: date '2023-14' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("set,e1,date,2023-02-30,,,," + WHO, "line 2: date '2023-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("set,e1,date,March 2023,,,," + WHO, "line 2: date 'March 2023' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("set,e1,date,2023-03-03T00:00,,,," + WHO,
     "line 2: date '2023-03-03T00:00' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("set,e1,hedged,maybe,,,," + WHO, "line 2: hedged must be true or false, not 'maybe'"),
    ("set,e1,negated,,,,," + WHO, "line 2: negated must be true or false, not ''"),
    ("set,e1,type,ABDUCT,,,," + WHO,
     "line 2: unknown event type 'ABDUCT' (use one of DEFECT, DISAPPEAR, REAPPEAR, ARREST, IMPRISON, EXECUTE, "
     "KILL, DIE, PURGE, APPOINT, ELECT, MEET)"),
    ("set,e1,type,arrest,,,," + WHO,
     "line 2: unknown event type 'arrest' (use one of DEFECT, DISAPPEAR, REAPPEAR, ARREST, IMPRISON, EXECUTE, "
     "KILL, DIE, PURGE, APPOINT, ELECT, MEET)"),
    ("set,e1,person,,,,," + WHO, "line 2: set person needs a value"),
    ("same_person,,,,Pavel Orlov,,," + WHO, "line 2: same_person needs both person and other_person"),
    ("same_person,,,,,Pavel Orlov,," + WHO, "line 2: same_person needs both person and other_person"),
    ("different_people,,,,Inna Sorel,,," + WHO, "line 2: different_people needs both person and other_person"),
    ("different_people,,,,,Inna Sorel,," + WHO, "line 2: different_people needs both person and other_person"),
    ("same_person,,,,Inna Sorel,Inna Sorel,," + WHO, "line 2: same_person names the same spelling twice"),
    ("different_people,,,,Inna Sorel,Inna Sorel,," + WHO,
     "line 2: different_people names the same spelling twice"),
])
def test_a_bad_row_gets_its_exact_message_and_is_left_out(row, message):
    rows, problems = parse(row)
    assert rows == [] and [str(p) for p in problems] == [message]
    assert [(p.line, p.message) for p in problems] == [(2, message.split(": ", 1)[1])]


@pytest.mark.parametrize("row", [
    "reject,e1,,,,,,inna,2026",
    "reject,e1,,,,,,inna,2026-11",
    "confirm,e1,,,,,,inna,2026-11-02",
    "set,e1,date,,,,," + WHO,                # an empty date: the text gives none
    "set,e1,date,2023,,,," + WHO,
    "set,e1,date,2023-06,,,," + WHO,
    "set,e1,date,2023-06-05,,,," + WHO,
    "set,e1,hedged,Yes,,,," + WHO,
    "set,e1,negated,0,,,," + WHO,
    "set,e1,source,,,,," + WHO,              # only type and person need a value
    "set,e1,place,,,,," + WHO,
    "set,e1,charge,,,,," + WHO,
    "set,e1,place,maybe,,,," + WHO,          # true/false only for the flags
    "set,e1,place,2023-14,,,," + WHO,        # a date only for the date
    "set,e1,charge,treason,,,," + WHO,
    "set,e1,person,Inna Sorel,,,," + WHO,
    "same_person,,,,Pavel Orlov,Pavel Orlow,," + WHO,
    "different_people,e7,,,Pavel Orlov,Pavel Orlow,," + WHO,
])
def test_a_good_row_is_kept(row):
    rows, problems = parse(row)
    assert problems == [] and [r.line for r in rows] == [2]


@pytest.mark.parametrize("kind", TYPES)
def test_every_event_type_may_be_set(kind):
    rows, problems = parse(f"set,e1,type,{kind},,,," + WHO)
    assert problems == [] and rows[0].value == kind


@pytest.mark.parametrize("name", FIELDS)
def test_every_field_may_be_set(name):
    value = {"type": "KILL", "date": "2023", "hedged": "true", "negated": "false"}.get(name, "Inna Sorel")
    rows, problems = parse(f"set,e1,{name},{value},,,," + WHO)
    assert problems == [] and (rows[0].field, rows[0].value) == (name, value)


# -- reading the file as a whole -----------------------------------------------------------

def test_a_kept_row_carries_every_column_trimmed_and_action_and_field_lowercased():
    rows, problems = parse(" SET , E9 , Place , Varnsk Square , Pavel Orlov , Inna Sorel , a note , inna , 2026-11-02 ")
    assert problems == []
    assert rows == [Review(line=2, action="set", event_id="E9", field="place", value="Varnsk Square",
                           person="Pavel Orlov", other_person="Inna Sorel", note="a note", reviewer="inna",
                           reviewed_at="2026-11-02")]


def test_header_names_are_trimmed_in_any_order_and_missing_columns_are_empty():
    header = " reviewed_at , person ,action, other_person,reviewer,colour\n"
    rows, problems = parse("2026-11-02,Pavel Orlov,same_person,Pavel Orlow,inna,red", header=header)
    assert problems == []
    assert rows == [Review(line=2, action="same_person", person="Pavel Orlov", other_person="Pavel Orlow",
                           reviewer="inna", reviewed_at="2026-11-02")]


def test_a_row_under_a_header_without_the_people_columns_has_them_empty():
    rows, problems = parse("reject,e1,inna,2026-11-02", header="action,event_id,reviewer,reviewed_at\n")
    assert problems == []
    assert rows == [Review(line=2, action="reject", event_id="e1", reviewer="inna", reviewed_at="2026-11-02")]
    assert rows[0].key() == "reject|e1|||||inna|2026-11-02"


def test_a_header_without_reviewer_or_reviewed_at_is_a_problem_on_every_row():
    rows, problems = parse("reject,e1,2026-11-02", header="action,event_id,reviewed_at\n")
    assert rows == [] and [str(p) for p in problems] == ["line 2: no reviewer: say who made the correction"]
    rows, problems = parse("reject,e1,inna", header="action,event_id,reviewer\n")
    assert rows == [] and [str(p) for p in problems] == ["line 2: reviewed_at '' is not a date (YYYY-MM-DD)"]


def test_no_action_column_is_one_problem_on_line_1():
    for text in ("event_id,reviewer\ne1,inna\n", ""):
        rows, problems = parse_reviews(text)
        assert rows == [] and [str(p) for p in problems] == ["line 1: no header row with an 'action' column"]


def test_blank_lines_are_skipped_and_line_numbers_still_count_them():
    text = (HEADER + "\n" + ",,,,,,,,\n" + "reject,e1,,,,,,inna,2026-11-02\n" + "   ,  ,,,,,,,\n"
            + ",,,,,,,,,,,,\n" + "banish,e2,,,,,,inna,2026-11-02\n")
    rows, problems = parse_reviews(text)
    assert [(r.line, r.event_id) for r in rows] == [(4, "e1")]
    assert [p.line for p in problems] == [7]


def test_a_short_row_has_empty_columns():
    assert problems_of("confirm,e1") == ["line 2: no reviewer: say who made the correction"]


def test_more_values_than_columns_are_ignored():
    rows, problems = parse("reject,e1,,,,,,inna,2026-11-02,extra,more")
    assert problems == [] and rows[0].reviewed_at == "2026-11-02"


def test_problems_come_in_line_order_with_contradictions_among_them():
    rows, problems = parse("reject,e1,,,,,," + WHO,        # 2
                           "confirm,e1,,,,,," + WHO,       # 3: contradicts 2
                           "banish,e2,,,,,," + WHO,        # 4
                           "confirm,e3,,,,,," + WHO)       # 5
    assert [p.line for p in problems] == [3, 4]
    assert [(r.line, r.event_id) for r in rows] == [(2, "e1"), (5, "e3")]


# -- rows that contradict each other -----------------------------------------------------------

REJECT, CONFIRM, SET = "reject,e1,,,,,,", "confirm,e1,,,,,,", "set,e1,place,Varnsk,,,,"


@pytest.mark.parametrize("first, second, verdict, kept", [
    (REJECT, CONFIRM, "confirmed", "reject"),
    (CONFIRM, REJECT, "confirmed", "confirm"),
    (REJECT, SET, "corrected", "reject"),
    (SET, REJECT, "corrected", "set"),
])
def test_a_reject_beside_another_verdict_keeps_the_first(first, second, verdict, kept):
    rows, problems = parse(first + WHO, second + WHO)
    assert [str(p) for p in problems] == [f"line 3: contradicts line 2: event e1 is both rejected and {verdict}"]
    assert [r.action for r in rows] == [kept]


def test_confirm_then_set_and_set_then_confirm_agree():
    assert problems_of("confirm,e1,,,,,," + WHO, "set,e1,place,Varnsk,,,," + WHO, "confirm,e1,,,,,," + WHO) == []
    assert problems_of("set,e1,place,Varnsk,,,," + WHO, "confirm,e1,,,,,," + WHO) == []


def test_the_same_verdict_twice_agrees():
    assert kept_lines("reject,e1,,,,,," + WHO, "reject,e1,,,,,," + WHO) == [2, 3]
    assert kept_lines("confirm,e1,,,,,," + WHO, "confirm,e1,,,,,," + WHO) == [2, 3]


def test_verdicts_on_other_events_do_not_contradict():
    assert kept_lines("reject,e1,,,,,," + WHO, "confirm,e2,,,,,," + WHO, "set,e3,place,Varnsk,,,," + WHO) == [2, 3, 4]


def test_the_first_verdict_is_the_one_later_rows_are_checked_against():
    rows, problems = parse("confirm,e1,,,,,," + WHO, "confirm,e1,,,,,," + WHO, "reject,e1,,,,,," + WHO)
    assert [str(p) for p in problems] == ["line 4: contradicts line 2: event e1 is both rejected and confirmed"]
    rows, problems = parse("set,e1,place,Varnsk,,,," + WHO, "set,e1,charge,treason,,,," + WHO,
                           "reject,e1,,,,,," + WHO)
    assert [str(p) for p in problems] == ["line 4: contradicts line 2: event e1 is both rejected and corrected"]


def test_a_merge_or_split_row_that_names_an_event_is_no_verdict_on_it():
    assert kept_lines("reject,e7,,,,,," + WHO, "different_people,e7,,,Pavel Orlov,Pavel Orlow,," + WHO,
                      "same_person,e7,,,Inna Sorel,Ina Sorel,," + WHO) == [2, 3, 4]


def test_a_field_set_to_two_values_keeps_the_first():
    rows, problems = parse("set,e1,date,2023-06,,,," + WHO, "set,e1,date,2023-07,,,," + WHO)
    assert [str(p) for p in problems] == ["line 3: contradicts line 2: date of e1 set to '2023-06' and '2023-07'"]
    assert [r.value for r in rows] == ["2023-06"]


def test_a_field_set_twice_to_the_same_value_agrees():
    assert kept_lines("set,e1,place,Varnsk,,,," + WHO, "set,e1,place,Varnsk,,,," + WHO) == [2, 3]


def test_other_fields_and_other_events_may_take_other_values():
    assert kept_lines("set,e1,place,Varnsk,,,," + WHO, "set,e1,source,Varnsk,,,," + WHO,
                      "set,e1,charge,treason,,,," + WHO, "set,e2,place,Lomsk,,,," + WHO) == [2, 3, 4, 5]


def test_the_first_value_is_the_one_later_rows_are_checked_against():
    rows, problems = parse("set,e1,place,Varnsk,,,," + WHO, "set,e1,place,Varnsk,,,," + WHO,
                           "set,e1,place,Lomsk,,,," + WHO)
    assert [str(p) for p in problems] == ["line 4: contradicts line 2: place of e1 set to 'Varnsk' and 'Lomsk'"]


@pytest.mark.parametrize("first,second", [("same_person", "different_people"), ("different_people", "same_person")])
def test_a_pair_merged_and_kept_apart_keeps_the_first_in_either_order_of_names(first, second):
    rows, problems = parse(f"{first},,,,Pavel Orlov,Pavel Orlow,," + WHO, f"{second},,,,Pavel Orlow,Pavel Orlov,," + WHO)
    assert [str(p) for p in problems] == \
        ["line 3: contradicts line 2: Pavel Orlow and Pavel Orlov both merged and kept apart"]
    assert [r.action for r in rows] == [first]


def test_a_pair_said_twice_or_another_pair_agrees():
    assert kept_lines("same_person,,,,Pavel Orlov,Pavel Orlow,," + WHO,
                      "same_person,,,,Pavel Orlow,Pavel Orlov,," + WHO,
                      "different_people,,,,Pavel Orlov,Inna Sorel,," + WHO) == [2, 3, 4]


def test_every_contradiction_is_found_not_only_the_first():
    rows, problems = parse("reject,e1,,,,,," + WHO,                               # 2
                           "confirm,e1,,,,,," + WHO,                              # 3: contradicts 2
                           "set,e1,place,Varnsk,,,," + WHO,                       # 4: contradicts 2
                           "set,e2,place,Varnsk,,,," + WHO,                       # 5
                           "set,e2,place,Lomsk,,,," + WHO,                        # 6: contradicts 5
                           "set,e2,place,Vell,,,," + WHO,                         # 7: contradicts 5
                           "same_person,,,,Pavel Orlov,Pavel Orlow,," + WHO,      # 8
                           "different_people,,,,Pavel Orlov,Pavel Orlow,," + WHO, # 9: contradicts 8
                           "different_people,,,,Pavel Orlow,Pavel Orlov,," + WHO, # 10: contradicts 8
                           "confirm,e3,,,,,," + WHO)                              # 11
    assert [p.line for p in problems] == [3, 4, 6, 7, 9, 10]
    assert [r.line for r in rows] == [2, 5, 8, 11]
    assert str(problems[-1]) == "line 10: contradicts line 8: Pavel Orlow and Pavel Orlov both merged and kept apart"


# -- read_reviews: the file ------------------------------------------------------------------

def test_no_file_and_an_empty_file_are_no_corrections(tmp_path):
    assert read_reviews(tmp_path / "missing.csv") == ([], [])
    (tmp_path / "empty.csv").write_bytes(b"")
    assert read_reviews(tmp_path / "empty.csv") == ([], [])


def test_a_file_is_read_with_its_byte_order_mark(tmp_path):
    path = tmp_path / REVIEWS_NAME
    path.write_bytes(("\ufeff" + HEADER + "reject,e1,,,,,," + WHO + "\n").encode("utf-8"))
    rows, problems = read_reviews(str(path))
    assert problems == [] and [(r.line, r.action, r.event_id) for r in rows] == [(2, "reject", "e1")]


def test_a_binary_file_is_one_problem(tmp_path):
    path = tmp_path / REVIEWS_NAME
    path.write_bytes(b"%PDF-1.4 not a table")
    assert read_reviews(path) == ([], [Problem(0, f"{path} cannot be read as text: binary file (a PDF document), not text")])


def test_a_file_that_cannot_be_read_is_one_problem(tmp_path):
    path = tmp_path / "reviews-folder"
    path.mkdir()
    rows, problems = read_reviews(path)
    assert rows == [] and len(problems) == 1 and problems[0].line == 0
    assert problems[0].message.startswith(f"cannot read {path}: ") and "directory" in problems[0].message.lower()


# -- applying: what each action does ---------------------------------------------------------

def test_no_reviews_change_nothing_and_collect_nothing():
    e = event()
    out = apply_reviews([e], [])
    assert out.events == [e] and out.kept == [e]
    assert (out.same, out.apart, out.applied, out.unmatched, out.people_reviews) == ([], [], [], [], [])
    blank = Outcome([])
    assert (blank.same, blank.apart, blank.applied, blank.unmatched, blank.people_reviews) == ([], [], [], [], [])


def test_the_callers_list_is_left_alone():
    given = [event()]
    out = apply_reviews(given, [review("reject")])
    assert given == [event()] and out.events[0].review == "rejected"


def test_reject_confirm_and_set_mark_their_events():
    es = [event(event_id="e1"), event(event_id="e2"), event(event_id="e3")]
    out = apply_reviews(es, [review("reject", "e1"), review("confirm", "e2"), review("set", "e3", "place", "Lomsk")])
    assert [e.review for e in out.events] == ["rejected", "confirmed", "corrected"]
    assert [e.event_id for e in out.kept] == ["e2", "e3"]
    assert out.events[2].place == "Lomsk" and out.events[0].place == "Varnsk"


def test_a_confirm_after_a_set_stays_corrected_and_after_a_reject_stays_rejected():
    out = apply_reviews([event()], [review("set", field="place", value="Lomsk"), review("confirm")])
    assert out.events[0].review == "corrected"
    out = apply_reviews([event()], [review("reject"), review("confirm")])
    assert out.events[0].review == "rejected"


def test_a_set_after_a_reject_stays_rejected_and_after_a_confirm_is_corrected():
    out = apply_reviews([event()], [review("reject"), review("set", field="place", value="Lomsk")])
    assert (out.events[0].review, out.events[0].place) == ("rejected", "Lomsk") and out.kept == []
    out = apply_reviews([event()], [review("confirm"), review("set", field="place", value="Lomsk")])
    assert out.events[0].review == "corrected"


def test_a_reject_after_a_confirm_rejects():
    out = apply_reviews([event()], [review("confirm"), review("reject")])
    assert out.events[0].review == "rejected"


def test_set_date_carries_its_interval_and_the_value_as_written():
    (e,) = apply_reviews([event()], [review("set", field="date", value="2022-11-07")]).events
    assert (e.date, e.date_start, e.date_end, e.date_text) == ("2022-11-07", "2022-11-07", "2022-11-07", "2022-11-07")
    (e,) = apply_reviews([event()], [review("set", field="date", value="2022")]).events
    assert (e.date, e.date_start, e.date_end, e.date_text) == ("2022", "2022-01-01", "2022-12-31", "2022")


def test_set_date_to_empty_clears_every_date_field():
    (e,) = apply_reviews([event()], [review("set", field="date", value="")]).events
    assert (e.date, e.date_start, e.date_end, e.date_text, e.review) == ("", "", "", "", "corrected")
    assert (e.place, e.person) == ("Varnsk", "Pavel Orlov")


@pytest.mark.parametrize("name,value,expected", [("hedged", "yes", True), ("hedged", "False", False),
                                                 ("negated", "1", True), ("negated", "no", False)])
def test_set_a_flag_makes_it_a_boolean(name, value, expected):
    start = event(hedged=not expected, negated=not expected)
    (e,) = apply_reviews([start], [review("set", field=name, value=value)]).events
    assert getattr(e, name) is expected
    other = "negated" if name == "hedged" else "hedged"
    assert getattr(e, other) is (not expected)


@pytest.mark.parametrize("name,value", [("type", "IMPRISON"), ("person", "Inna Sorel"), ("source", "a neighbour"),
                                        ("place", "Lomsk"), ("charge", "treason")])
def test_set_a_text_field_takes_the_value(name, value):
    (e,) = apply_reviews([event()], [review("set", field=name, value=value)]).events
    assert getattr(e, name) == value and e.review == "corrected" and e.date == "2023-03-03"
    assert e.event_id == "e1"


def test_merges_and_splits_are_collected_with_their_rows_and_events_still_apply_after_them():
    same = Review(line=2, action="same_person", person="Pavel Orlov", other_person="Pavel Orlow", reviewer="inna",
                  reviewed_at="2026-11-02")
    apart = Review(line=3, action="different_people", person="Inna Sorel", other_person="Ina Sorel",
                   reviewer="inna", reviewed_at="2026-11-02")
    out = apply_reviews([event()], [same, apart, review("reject", line=4)])
    assert out.same == [("Pavel Orlov", "Pavel Orlow")] and out.apart == [("Inna Sorel", "Ina Sorel")]
    assert out.people_reviews == [same, apart]
    assert out.events[0].review == "rejected" and out.unmatched == []
    assert [r.line for r, _ in out.applied] == [4]


def test_applied_records_where_the_event_was_before_any_correction():
    rs = [review("set", field="person", value="Inna Sorel"), review("set", field="type", value="KILL", line=3)]
    out = apply_reviews([event()], rs)
    original = Anchor("e1", "d1", "ARREST", "Pavel Orlov", 10, 72, SENTENCE)
    assert out.applied == [(rs[0], original), (rs[1], original)]
    assert Anchor.of(event()) == original


def test_an_unmatched_correction_is_reported_and_the_rest_still_apply():
    lost, found = review("reject", "gone", line=2), review("confirm", "e1", line=3)
    out = apply_reviews([event()], [lost, found])
    assert out.unmatched == [lost] and out.events[0].review == "confirmed"
    assert [r for r, _ in out.applied] == [found]


def test_unmatched_message_says_what_and_where():
    r = review("set", "e42", "place", "Lomsk", line=9)
    assert unmatched_message(r) == ("line 9: set of event e42 matches no event now (its article or sentence "
                                    "changed or is gone); the correction is kept but not applied")


# -- applying: finding an event whose id changed ---------------------------------------------

def test_the_id_wins_over_an_anchor():
    es = [event(event_id="e1", person="Inna Sorel"), event(event_id="e2")]
    out = apply_reviews(es, [review("reject", "e1")], {"e1": anchor(event_id="e1")})
    assert [e.review for e in out.events] == ["rejected", ""]


def test_an_anchor_needs_the_same_article_type_and_place():
    for changed in (dict(doc="d2"), dict(type="KILL"), dict(char_start=11), dict(char_end=73)):
        moved = event(event_id="new", sentence="Another sentence entirely.", **changed)
        out = apply_reviews([moved], [review("reject", "old")], {"old": anchor()})
        assert [r.event_id for r in out.unmatched] == ["old"], changed
        assert out.events[0].review == "", changed
    out = apply_reviews([event(event_id="new", sentence="Another sentence entirely.")], [review("reject", "old")],
                        {"old": anchor()})
    assert out.events[0].review == "rejected" and out.unmatched == []


def test_a_moved_sentence_is_found_by_its_words_in_the_same_article_and_type():
    moved = event(event_id="new", char_start=200, char_end=262)
    out = apply_reviews([moved], [review("reject", "old")], {"old": anchor()})
    assert out.events[0].review == "rejected"
    for changed in (dict(doc="d2"), dict(type="KILL"), dict(sentence="Pavel Orlov was freed.")):
        other = event(event_id="new", char_start=200, char_end=262, **changed)
        out = apply_reviews([other], [review("reject", "old")], {"old": anchor()})
        assert out.events[0].review == "" and len(out.unmatched) == 1, changed


def test_the_place_is_tried_before_the_words():
    at_place = event(event_id="a", person="Inna Sorel", sentence="Changed words.")
    same_words = event(event_id="b", char_start=300, char_end=362)
    out = apply_reviews([same_words, at_place], [review("reject", "old")], {"old": anchor()})
    assert [e.review for e in out.events] == ["", "rejected"]


def test_of_several_events_in_one_place_the_anchors_person_is_chosen_else_the_first():
    es = [event(event_id="a", person="Inna Sorel"), event(event_id="b", person="Pavel Orlov"),
          event(event_id="c", person="Gleb Tarn")]
    out = apply_reviews(es, [review("reject", "old")], {"old": anchor()})
    assert [e.review for e in out.events] == ["", "rejected", ""]
    out = apply_reviews(es, [review("reject", "old")], {"old": anchor(person="Vera Lind")})
    assert [e.review for e in out.events] == ["rejected", "", ""]


def test_of_several_events_with_the_same_words_the_anchors_person_is_chosen_else_the_first():
    es = [event(event_id="a", person="Inna Sorel", char_start=300), event(event_id="b", char_start=400)]
    out = apply_reviews(es, [review("reject", "old")], {"old": anchor()})
    assert [e.review for e in out.events] == ["", "rejected"]
    out = apply_reviews(es, [review("reject", "old")], {"old": anchor(person="Vera Lind")})
    assert [e.review for e in out.events] == ["rejected", ""]


def test_no_anchors_means_only_ids():
    out = apply_reviews([event(event_id="new")], [review("reject", "old")], None)
    assert [r.event_id for r in out.unmatched] == ["old"]


# -- anchors from an earlier events.csv ------------------------------------------------------

def test_anchors_from_rows_parse_numbers_and_skip_rows_that_say_no_place():
    rows = [
        {"event_id": "x1", "doc": "d1", "type": "ARREST", "person": "Pavel Orlov", "char_start": "10"},  # no end
        {"event_id": "x2", "doc": "d1", "type": "ARREST", "person": "Pavel Orlov", "char_start": "ten",
         "char_end": "72", "sentence": SENTENCE},
        {"event_id": "x3", "doc": "d1", "type": "ARREST", "person": "Pavel Orlov", "char_start": None,
         "char_end": "72"},
        {"event_id": 7, "doc": "d2", "type": "KILL", "person": "Inna Sorel", "char_start": "3", "char_end": 40},
        {"event_id": "x5", "doc": "d1", "type": "ARREST", "person": "Pavel Orlov", "char_start": "10",
         "char_end": "72", "sentence": SENTENCE, "review": "rejected"},
    ]
    assert anchors_from_rows(rows) == {
        "7": Anchor("7", "d2", "KILL", "Inna Sorel", 3, 40, ""),
        "x5": Anchor("x5", "d1", "ARREST", "Pavel Orlov", 10, 72, SENTENCE),
    }
    assert anchors_from_rows([]) == {}


def test_anchors_from_csv_read_a_previous_events_file(tmp_path):
    path = tmp_path / "events.csv"
    sentence = 'Inna Sorel, "the clerk", was freed\r\nin Lomsk, her brother said.'
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["event_id", "doc", "type", "person", "char_start", "char_end", "sentence"])
        w.writeheader()
        w.writerow(dict(event_id="z1", doc="d3", type="REAPPEAR", person="Inna Sorel", char_start=5, char_end=66,
                        sentence=sentence))
        w.writerow(dict(event_id="z2", doc="d3", type="REAPPEAR", person="Inna Sorel", char_start="", char_end=66,
                        sentence="Ünïcode wörds."))
    assert anchors_from_csv(path) == {"z1": Anchor("z1", "d3", "REAPPEAR", "Inna Sorel", 5, 66, sentence)}


def test_anchors_from_csv_missing_unreadable_or_broken_is_none(tmp_path):
    assert anchors_from_csv(tmp_path / "missing.csv") == {}
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert anchors_from_csv(folder) == {}
    latin = tmp_path / "latin.csv"
    latin.write_bytes("event_id,doc,type,person,char_start,char_end\nz1,d1,ARREST,Pável,1,2\n".encode("latin-1"))
    assert anchors_from_csv(latin) == {}
    huge = tmp_path / "huge.csv"
    huge.write_text("event_id,doc,type,person,char_start,char_end,sentence\n"
                    f'z1,d1,ARREST,Pavel Orlov,1,2,"{"a" * 200_000}"\n', encoding="utf-8")
    assert anchors_from_csv(huge) == {}
