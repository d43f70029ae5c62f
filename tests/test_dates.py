"""Tests for pipeline.dates: date expressions resolved against a reference/anchor."""

from __future__ import annotations

import datetime

import pytest

import pipeline
from pipeline.dates import ResolvedDate, from_interval, parse_iso, resolve_date


def D(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def check(text: str, ref: str | None, anchor: str | None, iso: str, start: str, end: str) -> None:
    got = resolve_date(text, parse_iso(ref), parse_iso(anchor))
    assert got is not None, f"{text!r} did not resolve"
    assert (got.iso, got.start, got.end) == (iso, D(start), D(end)), f"{text!r} -> {got}"
    assert got.precision == {4: "year", 7: "month", 10: "day"}[len(got.iso)]
    assert got.text == text.strip()


# --- parse_iso and from_interval --------------------------------------------


@pytest.mark.parametrize(
    "value, iso, precision, start, end",
    [
        ("2021", "2021", "year", "2021-01-01", "2021-12-31"),
        ("2020-02", "2020-02", "month", "2020-02-01", "2020-02-29"),
        ("2021-03-09", "2021-03-09", "day", "2021-03-09", "2021-03-09"),
        (" 2021-03-09T08:15:00Z ", "2021-03-09", "day", "2021-03-09", "2021-03-09"),
    ],
)
def test_parse_iso(value, iso, precision, start, end):
    got = parse_iso(value)
    assert got == ResolvedDate(iso, precision, D(start), D(end), value.strip())


@pytest.mark.parametrize("value", [None, "", "   ", "yesterday", "2021-13", "2021-02-30", "21-03-09", "abcd"])
def test_parse_iso_rejects(value):
    assert parse_iso(value) is None


@pytest.mark.parametrize(
    "start, end, iso, precision",
    [
        ("2021-05-04", "2021-05-04", "2021-05-04", "day"),
        ("2021-05-04", "2021-05-09", "2021-05", "month"),
        ("2021-05-30", "2021-06-02", "2021", "year"),
        ("2014-03-01", "2017-12-31", "2014", "year"),
    ],
)
def test_from_interval(start, end, iso, precision):
    got = from_interval(D(start), D(end), "x")
    assert (got.iso, got.precision, got.start, got.end) == (iso, precision, D(start), D(end))


# --- absolute dates -----------------------------------------------------------

ABSOLUTE = [
    ("March 2011", "2011-03", "2011-03-01", "2011-03-31"),
    ("in April 2016", "2016-04", "2016-04-01", "2016-04-30"),
    ("Dec. 2020", "2020-12", "2020-12-01", "2020-12-31"),
    ("Sept 2018", "2018-09", "2018-09-01", "2018-09-30"),
    ("Feb 2016", "2016-02", "2016-02-01", "2016-02-29"),
    ("October 3, 2021", "2021-10-03", "2021-10-03", "2021-10-03"),
    ("3 October 2021", "2021-10-03", "2021-10-03", "2021-10-03"),
    ("October 3rd, 2021", "2021-10-03", "2021-10-03", "2021-10-03"),
    ("the 3rd of October 2021", "2021-10-03", "2021-10-03", "2021-10-03"),
    ("on Aug. 1, 2019", "2019-08-01", "2019-08-01", "2019-08-01"),
    ("Sept. 30, 2020", "2020-09-30", "2020-09-30", "2020-09-30"),
    ("12 May 2022", "2022-05-12", "2022-05-12", "2022-05-12"),
    ("Wednesday, July 7, 2021", "2021-07-07", "2021-07-07", "2021-07-07"),
    ("2011", "2011", "2011-01-01", "2011-12-31"),
    ("in 1998", "1998", "1998-01-01", "1998-12-31"),
    ("the year 2005", "2005", "2005-01-01", "2005-12-31"),
    ("2021-10-03", "2021-10-03", "2021-10-03", "2021-10-03"),
    ("the summer of 2012", "2012", "2012-06-01", "2012-08-31"),
    ("in the autumn of 2019", "2019", "2019-09-01", "2019-11-30"),
    ("fall 2020", "2020", "2020-09-01", "2020-11-30"),
    ("the winter of 2019", "2019", "2019-12-01", "2020-02-29"),
    ("winter 2019-20", "2019", "2019-12-01", "2020-02-29"),
    ("in late March 2011", "2011-03", "2011-03-21", "2011-03-31"),
    ("early June 2014", "2014-06", "2014-06-01", "2014-06-10"),
    ("mid-July 2015", "2015-07", "2015-07-11", "2015-07-20"),
    ("the middle of July 2015", "2015-07", "2015-07-11", "2015-07-20"),
    ("late February 2021", "2021-02", "2021-02-21", "2021-02-28"),
    ("early 2017", "2017", "2017-01-01", "2017-04-30"),
    ("mid-2018", "2018", "2018-05-01", "2018-08-31"),
    ("late 2009", "2009", "2009-09-01", "2009-12-31"),
    ("the end of 2012", "2012", "2012-09-01", "2012-12-31"),
    ("the beginning of 2012", "2012", "2012-01-01", "2012-04-30"),
    ("the start of May 2020", "2020-05", "2020-05-01", "2020-05-10"),
    ("the end of January 2020", "2020-01", "2020-01-21", "2020-01-31"),
    ("late spring 2015", "2015-05", "2015-05-01", "2015-05-31"),
    ("the first week of March 2020", "2020-03", "2020-03-01", "2020-03-07"),
    ("the first half of 2019", "2019", "2019-01-01", "2019-06-30"),
    ("the third quarter of 2019", "2019", "2019-07-01", "2019-09-30"),
    # ranges and open-ended spans
    ("2012-2015", "2012", "2012-01-01", "2015-12-31"),
    ("2012\u20132015", "2012", "2012-01-01", "2015-12-31"),
    ("from 2011 to 2013", "2011", "2011-01-01", "2013-12-31"),
    ("between 2001 and 2010", "2001", "2001-01-01", "2010-12-31"),
    ("2019-20", "2019", "2019-01-01", "2020-12-31"),
    ("from June to August 2018", "2018", "2018-06-01", "2018-08-31"),
    ("between January and March 2020", "2020", "2020-01-01", "2020-03-31"),
    ("from May 2019 to February 2021", "2019", "2019-05-01", "2021-02-28"),
    ("March 3-5, 2021", "2021-03", "2021-03-03", "2021-03-05"),
    ("3-5 March 2021", "2021-03", "2021-03-03", "2021-03-05"),
    ("since 2015", "2015", "2015-01-01", "2015-12-31"),
    ("since March 2015", "2015-03", "2015-03-01", "2015-03-31"),
    ("until 2026", "2026", "2026-01-01", "2026-12-31"),
    ("by 2030", "2030", "2030-01-01", "2030-12-31"),
    # odd but explicit: the dateparser fallback
    ("2020 June 5", "2020-06-05", "2020-06-05", "2020-06-05"),
    ("6/5/2020", "2020-06-05", "2020-06-05", "2020-06-05"),
]


@pytest.mark.parametrize("text, iso, start, end", ABSOLUTE)
def test_absolute_without_reference(text, iso, start, end):
    check(text, None, None, iso, start, end)


@pytest.mark.parametrize("text, iso, start, end", ABSOLUTE)
def test_absolute_ignores_reference(text, iso, start, end):
    check(text, "2023-06-21", None, iso, start, end)


# --- relative to a day-precision reference ------------------------------------

RELATIVE = [
    # month/day without year: the most recent one not after the reference
    ("October 2", "2021-05-10", "2020-10-02", "2020-10-02", "2020-10-02"),
    ("May 7", "2021-05-10", "2021-05-07", "2021-05-07", "2021-05-07"),
    ("May 10", "2021-05-10", "2021-05-10", "2021-05-10", "2021-05-10"),
    ("May 11", "2021-05-10", "2020-05-11", "2020-05-11", "2020-05-11"),
    ("Dec 24", "2021-12-24", "2021-12-24", "2021-12-24", "2021-12-24"),
    ("4 April", "2021-05-10", "2021-04-04", "2021-04-04", "2021-04-04"),
    ("on the 4th of April", "2021-05-10", "2021-04-04", "2021-04-04", "2021-04-04"),
    ("in October", "2021-12-01", "2021-10", "2021-10-01", "2021-10-31"),
    ("in October", "2021-05-10", "2020-10", "2020-10-01", "2020-10-31"),
    ("in February", "2021-05-10", "2021-02", "2021-02-01", "2021-02-28"),
    ("in May", "2021-05-10", "2021-05", "2021-05-01", "2021-05-31"),
    ("May", "2021-05-10", "2021-05", "2021-05-01", "2021-05-31"),
    ("Christmas Eve", "2021-05-10", "2020-12-24", "2020-12-24", "2020-12-24"),
    # last / this / next
    ("last October", "2021-05-10", "2020-10", "2020-10-01", "2020-10-31"),
    ("last May", "2021-05-10", "2020-05", "2020-05-01", "2020-05-31"),
    ("last April", "2021-05-10", "2021-04", "2021-04-01", "2021-04-30"),
    ("next March", "2021-05-10", "2022-03", "2022-03-01", "2022-03-31"),
    ("last month", "2021-01-15", "2020-12", "2020-12-01", "2020-12-31"),
    ("this month", "2021-01-15", "2021-01", "2021-01-01", "2021-01-31"),
    ("earlier this month", "2021-01-15", "2021-01", "2021-01-01", "2021-01-31"),
    ("next month", "2021-12-15", "2022-01", "2022-01-01", "2022-01-31"),
    ("last year", "2021-01-15", "2020", "2020-01-01", "2020-12-31"),
    ("this year", "2021-01-15", "2021", "2021-01-01", "2021-12-31"),
    ("earlier this year", "2021-01-15", "2021", "2021-01-01", "2021-12-31"),
    ("later this year", "2021-01-15", "2021", "2021-01-01", "2021-12-31"),
    ("next year", "2021-01-15", "2022", "2022-01-01", "2022-12-31"),
    ("April of this year", "2021-09-15", "2021-04", "2021-04-01", "2021-04-30"),
    ("in June of last year", "2021-09-15", "2020-06", "2020-06-01", "2020-06-30"),
    ("October last year", "2021-09-15", "2020-10", "2020-10-01", "2020-10-31"),
    ("mid-October of last year", "2021-09-15", "2020-10", "2020-10-11", "2020-10-20"),
    ("early last year", "2021-09-15", "2020", "2020-01-01", "2020-04-30"),
    ("late this year", "2021-09-15", "2021", "2021-09-01", "2021-12-31"),
    ("the end of last year", "2021-09-15", "2020", "2020-09-01", "2020-12-31"),
    ("the end of the month", "2021-09-15", "2021-09", "2021-09-21", "2021-09-30"),
    ("late July", "2021-08-03", "2021-07", "2021-07-21", "2021-07-31"),
    ("early September", "2021-08-03", "2020-09", "2020-09-01", "2020-09-10"),
    ("mid December", "2022-01-20", "2021-12", "2021-12-11", "2021-12-20"),
    ("the beginning of March", "2022-03-20", "2022-03", "2022-03-01", "2022-03-10"),
    ("the end of February", "2024-03-20", "2024-02", "2024-02-21", "2024-02-29"),
    ("the last week of June", "2022-07-04", "2022-06", "2022-06-24", "2022-06-30"),
    ("the second week of June", "2022-07-04", "2022-06", "2022-06-08", "2022-06-14"),
    ("the first half of last year", "2022-07-04", "2021", "2021-01-01", "2021-06-30"),
    # weeks (2022-11-23 is a Wednesday)
    ("last week", "2022-11-23", "2022-11", "2022-11-14", "2022-11-20"),
    ("last week", "2022-12-01", "2022-11", "2022-11-21", "2022-11-27"),
    ("last week", "2022-12-07", "2022", "2022-11-28", "2022-12-04"),
    ("this week", "2022-11-23", "2022-11", "2022-11-21", "2022-11-23"),
    ("earlier this week", "2022-11-23", "2022-11", "2022-11-21", "2022-11-23"),
    ("later this week", "2022-11-23", "2022-11", "2022-11-23", "2022-11-27"),
    ("next week", "2022-11-23", "2022", "2022-11-28", "2022-12-04"),
    # days
    ("today", "2022-11-23", "2022-11-23", "2022-11-23", "2022-11-23"),
    ("earlier today", "2022-11-23", "2022-11-23", "2022-11-23", "2022-11-23"),
    ("this morning", "2022-11-23", "2022-11-23", "2022-11-23", "2022-11-23"),
    ("yesterday", "2022-11-23", "2022-11-22", "2022-11-22", "2022-11-22"),
    ("yesterday afternoon", "2023-01-01", "2022-12-31", "2022-12-31", "2022-12-31"),
    ("last night", "2022-11-23", "2022-11-22", "2022-11-22", "2022-11-22"),
    ("tomorrow", "2022-11-23", "2022-11-24", "2022-11-24", "2022-11-24"),
    # weekdays: most recent on or before the reference (a Wednesday here)
    ("on Wednesday", "2022-11-23", "2022-11-23", "2022-11-23", "2022-11-23"),
    ("Wednesday", "2022-11-23", "2022-11-23", "2022-11-23", "2022-11-23"),
    ("on Tuesday", "2022-11-23", "2022-11-22", "2022-11-22", "2022-11-22"),
    ("Friday", "2022-11-23", "2022-11-18", "2022-11-18", "2022-11-18"),
    ("on Thursday night", "2022-11-23", "2022-11-17", "2022-11-17", "2022-11-17"),
    ("Sunday morning", "2022-11-23", "2022-11-20", "2022-11-20", "2022-11-20"),
    ("early Saturday", "2022-11-23", "2022-11-19", "2022-11-19", "2022-11-19"),
    ("Monday's", "2022-11-23", "2022-11-21", "2022-11-21", "2022-11-21"),
    ("last Wednesday", "2022-11-23", "2022-11-16", "2022-11-16", "2022-11-16"),
    ("this past Friday", "2022-11-23", "2022-11-18", "2022-11-18", "2022-11-18"),
    ("next Friday", "2022-11-23", "2022-11-25", "2022-11-25", "2022-11-25"),
    ("Tuesday of last week", "2022-11-23", "2022-11-15", "2022-11-15", "2022-11-15"),
    # weekends (2023-05-08 is a Monday, 2023-05-13 a Saturday)
    ("at the weekend", "2023-05-08", "2023-05", "2023-05-06", "2023-05-07"),
    ("over the weekend", "2023-05-08", "2023-05", "2023-05-06", "2023-05-07"),
    ("this weekend", "2023-05-13", "2023-05", "2023-05-13", "2023-05-14"),
    ("last weekend", "2023-05-08", "2023-05", "2023-05-06", "2023-05-07"),
    ("last weekend", "2023-05-13", "2023-05", "2023-05-06", "2023-05-07"),
    ("at the weekend", "2023-04-03", "2023-04", "2023-04-01", "2023-04-02"),
    ("at the weekend", "2023-10-02", "2023", "2023-09-30", "2023-10-01"),
    # seasons
    ("in the summer", "2021-09-15", "2021", "2021-06-01", "2021-08-31"),
    ("in the summer", "2021-04-15", "2020", "2020-06-01", "2020-08-31"),
    ("in the winter", "2021-01-15", "2020", "2020-12-01", "2021-02-28"),
    ("last autumn", "2021-10-15", "2020", "2020-09-01", "2020-11-30"),
    ("last autumn", "2021-12-15", "2021", "2021-09-01", "2021-11-30"),
    ("last fall", "2021-04-01", "2020", "2020-09-01", "2020-11-30"),
    ("last winter", "2021-10-15", "2020", "2020-12-01", "2021-02-28"),
    ("last winter", "2021-01-15", "2019", "2019-12-01", "2020-02-29"),
    ("this spring", "2021-10-15", "2021", "2021-03-01", "2021-05-31"),
    ("this winter", "2021-01-15", "2020", "2020-12-01", "2021-02-28"),
    ("the spring of last year", "2021-10-15", "2020", "2020-03-01", "2020-05-31"),
    ("early summer", "2021-10-15", "2021-06", "2021-06-01", "2021-06-30"),
    # N units ago (weeks resolve to the Monday-Sunday week they fall in)
    ("three years ago", "2021-10-15", "2018", "2018-01-01", "2018-12-31"),
    ("a year ago", "2021-10-15", "2020", "2020-01-01", "2020-12-31"),
    ("a decade ago", "2021-10-15", "2011", "2011-01-01", "2011-12-31"),
    ("six months ago", "2021-10-15", "2021-04", "2021-04-01", "2021-04-30"),
    ("five days ago", "2021-10-15", "2021-10-10", "2021-10-10", "2021-10-10"),
    ("2 days ago", "2021-10-01", "2021-09-29", "2021-09-29", "2021-09-29"),
    ("two weeks ago", "2021-10-15", "2021", "2021-09-27", "2021-10-03"),
    ("two weeks ago", "2021-10-22", "2021-10", "2021-10-04", "2021-10-10"),
    ("about two years ago", "2021-10-15", "2019", "2019-01-01", "2019-12-31"),
    # ranges without explicit years
    ("from March to May", "2021-04-10", "2021", "2021-03-01", "2021-05-31"),
    ("from November to January", "2021-04-10", "2020", "2020-11-01", "2021-01-31"),
]


@pytest.mark.parametrize("text, ref, iso, start, end", RELATIVE)
def test_relative_to_reference(text, ref, iso, start, end):
    check(text, ref, None, iso, start, end)


# --- coarser references ---------------------------------------------------------

COARSE = [
    ("last October", "2021-08", "2020-10", "2020-10-01", "2020-10-31"),
    ("last July", "2021-08", "2021-07", "2021-07-01", "2021-07-31"),
    ("this year", "2021-08", "2021", "2021-01-01", "2021-12-31"),
    ("last year", "2021", "2020", "2020-01-01", "2020-12-31"),
    ("in June", "2021-08", "2021-06", "2021-06-01", "2021-06-30"),
    ("in August", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("in September", "2021-08", "2020-09", "2020-09-01", "2020-09-30"),
    ("in November", "2021", "2021-11", "2021-11-01", "2021-11-30"),
    ("August 30", "2021-08", "2021-08-30", "2021-08-30", "2021-08-30"),
    ("last month", "2021-08", "2021-07", "2021-07-01", "2021-07-31"),
    ("two years ago", "2021-08", "2019", "2019-01-01", "2019-12-31"),
]


@pytest.mark.parametrize("text, ref, iso, start, end", COARSE)
def test_coarse_reference(text, ref, iso, start, end):
    check(text, ref, None, iso, start, end)


# A day-level expression against a month (year) reference: the month (year) it most likely
# falls in, counted over every day the article could have appeared on. "On Thursday" in an
# article of August 2021 is a Thursday of August unless the article came out on the 1st-4th
# (about one chance in eight): August is the best estimate, and the only one a month allows.
COARSE_ESTIMATES = [
    ("on Thursday", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("Monday night", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("yesterday", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("today", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("last week", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("at the weekend", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    ("five days ago", "2021-08", "2021-08", "2021-08-01", "2021-08-31"),
    # most of its possible days lie in the month before
    ("three weeks ago", "2021-08", "2021-07", "2021-07-01", "2021-07-31"),
    # a year reference supports the year only
    ("Saturday night", "2021", "2021", "2021-01-01", "2021-12-31"),
    ("last month", "2021", "2021", "2021-01-01", "2021-12-31"),
    ("this month", "2021", "2021", "2021-01-01", "2021-12-31"),
    ("next week", "2021", "2021", "2021-01-01", "2021-12-31"),
]


@pytest.mark.parametrize("text, ref, iso, start, end", COARSE_ESTIMATES)
def test_coarse_reference_estimate(text, ref, iso, start, end):
    check(text, ref, None, iso, start, end)


def test_coarse_reference_estimate_needs_a_likely_period():
    # "two weeks ago" in January: as likely in December of the year before as in January,
    # so neither the month nor the year is said; in February it is February.
    assert resolve_date("two weeks ago", parse_iso("2024-01")) is None
    assert resolve_date("two weeks ago", parse_iso("2024-02")).iso == "2024-02"
    # six months before some day of 2024: half of them in 2023
    assert resolve_date("six months ago", parse_iso("2024")) is None
    assert resolve_date("two months ago", parse_iso("2024")).iso == "2024"


def test_coarse_reference_estimate_is_not_for_anaphora_or_durations():
    assert resolve_date("the next day", parse_iso("2021-08"), parse_iso("2021-03")) is None
    assert resolve_date("five days", parse_iso("2021-08")) is None
    assert resolve_date("the next day", parse_iso("2021-08"), parse_iso("2021-03-04")).iso == "2021-03-05"


# --- relative to the anchor ---------------------------------------------------

ANCHORED = [
    ("the next day", "2020-03-31", "2020-04-01", "2020-04-01", "2020-04-01"),
    ("the following day", "2020-12-31", "2021-01-01", "2021-01-01", "2021-01-01"),
    ("a day later", "2020-02-28", "2020-02-29", "2020-02-29", "2020-02-29"),
    ("the day after", "2020-02-28", "2020-02-29", "2020-02-29", "2020-02-29"),
    ("the night before", "2020-03-01", "2020-02-29", "2020-02-29", "2020-02-29"),
    ("the day before", "2020-03-01", "2020-02-29", "2020-02-29", "2020-02-29"),
    ("the next morning", "2020-03-01", "2020-03-02", "2020-03-02", "2020-03-02"),
    ("three days later", "2020-03-30", "2020-04-02", "2020-04-02", "2020-04-02"),
    ("two days earlier", "2020-03-01", "2020-02-28", "2020-02-28", "2020-02-28"),
    ("the same day", "2020-03-01", "2020-03-01", "2020-03-01", "2020-03-01"),
    ("that evening", "2020-03-01", "2020-03-01", "2020-03-01", "2020-03-01"),
    ("three weeks later", "2020-03-01", "2020-03-22", "2020-03-22", "2020-03-22"),
    ("a week after", "2020-03-28", "2020-04-04", "2020-04-04", "2020-04-04"),
    ("three weeks later", "2020-03", "2020", "2020-03-22", "2020-04-21"),
    ("the following week", "2020-03-04", "2020-03", "2020-03-09", "2020-03-15"),
    ("the following month", "2020-03-04", "2020-04", "2020-04-01", "2020-04-30"),
    ("the next month", "2020-12", "2021-01", "2021-01-01", "2021-01-31"),
    ("the previous month", "2020-01", "2019-12", "2019-12-01", "2019-12-31"),
    ("a month later", "2020-01-31", "2020-02", "2020-02-01", "2020-02-29"),
    ("four months later", "2020-10", "2021-02", "2021-02-01", "2021-02-28"),
    ("the following year", "2020-03-04", "2021", "2021-01-01", "2021-12-31"),
    ("the next year", "2020", "2021", "2021-01-01", "2021-12-31"),
    ("a year later", "2020-06", "2021", "2021-01-01", "2021-12-31"),
    ("three years later", "2015", "2018", "2018-01-01", "2018-12-31"),
    ("the year before", "2015", "2014", "2014-01-01", "2014-12-31"),
    ("the previous year", "2015-07-01", "2014", "2014-01-01", "2014-12-31"),
    ("the following summer", "2019-09-10", "2020", "2020-06-01", "2020-08-31"),
    ("the following winter", "2019-09-10", "2019", "2019-12-01", "2020-02-29"),
    ("the next spring", "2019-04", "2020", "2020-03-01", "2020-05-31"),
    ("the following March", "2019-04", "2020-03", "2020-03-01", "2020-03-31"),
    ("the next Friday", "2022-11-25", "2022-12-02", "2022-12-02", "2022-12-02"),
    ("the next March", "2019-04", "2020-03", "2020-03-01", "2020-03-31"),
    ("the following Friday", "2022-11-23", "2022-11-25", "2022-11-25", "2022-11-25"),
    ("that December", "2019-04-02", "2019-12", "2019-12-01", "2019-12-31"),
    ("in that July", "2019", "2019-07", "2019-07-01", "2019-07-31"),
    ("that summer", "2019-04-02", "2019", "2019-06-01", "2019-08-31"),
    ("that year", "2019-04-02", "2019", "2019-01-01", "2019-12-31"),
    ("later that year", "2019-04-02", "2019", "2019-01-01", "2019-12-31"),
    ("later that month", "2019-04-02", "2019-04", "2019-04-01", "2019-04-30"),
]


@pytest.mark.parametrize("text, anchor, iso, start, end", ANCHORED)
def test_anchored(text, anchor, iso, start, end):
    check(text, "2023-06-21", anchor, iso, start, end)


@pytest.mark.parametrize(
    "text, anchor",
    [
        ("the next day", None),
        ("the following day", "2020-03"),
        ("a day later", "2020"),
        ("two weeks later", None),
        ("the following month", None),
        ("the following month", "2020"),
        ("a year later", None),
        ("the following spring", None),
        ("that October", None),
        ("that day", "2020-03"),
        ("the following week", "2020-03"),
    ],
)
def test_anchored_without_usable_anchor(text, anchor):
    assert resolve_date(text, parse_iso("2023-06-21"), parse_iso(anchor)) is None


def test_next_year_without_the_uses_reference_not_anchor():
    got = resolve_date("next year", parse_iso("2023-06-21"), parse_iso("2010-05-05"))
    assert (got.iso, got.start, got.end) == ("2024", D("2024-01-01"), D("2024-12-31"))


# --- not a point in time -------------------------------------------------------

NOT_DATES = [
    # durations
    "over two years", "nearly a decade", "for 12 days", "four weeks", "three months",
    "more than eight weeks", "a week", "the past year", "the past two weeks", "the last year",
    "the last month", "within days", "almost three years", "the next few years", "two decades",
    # ages and ordinals
    "45", "aged 71", "71-year-old", "the 40th anniversary", "his 50th birthday", "1850", "2150",
    "0", "12",
    # vague or not a date
    "a few months ago", "several years ago", "years ago", "weeks ago", "months", "recent weeks",
    "recent years", "the past", "the time", "that time", "at the time", "the same time",
    "in the 1980s", "the 1990s", "the nineties", "the 20th century", "may", "the 13th", "later",
    "the day", "the year", "", "   ", "hours later", "the 2021-22 season", "1/2",
    "Monday-Friday", "2019-2016",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_point_in_time(text):
    assert resolve_date(text, parse_iso("2023-06-21"), parse_iso("2023-06-01")) is None


@pytest.mark.parametrize(
    "text",
    [
        "last November", "in July", "November 18", "on Friday", "today", "yesterday", "last week",
        "this year", "last year", "two years ago", "the spring", "late August", "early this year",
        "at the weekend", "from March to May", "February of this year", "Christmas",
    ],
)
def test_relative_needs_reference(text):
    assert resolve_date(text, None) is None


def test_absolute_with_no_reference_and_no_anchor():
    got = resolve_date("August 14, 2017", None, None)
    assert got == ResolvedDate("2017-08-14", "day", D("2017-08-14"), D("2017-08-14"), "August 14, 2017")


def test_cached_and_hashable():
    ref = parse_iso("2022-11-23")
    first = resolve_date("last month", ref)
    assert resolve_date("last month", ref) is first
    assert first == ResolvedDate("2022-10", "month", D("2022-10-01"), D("2022-10-31"), "last month")
    # a value, not an identity: an equal copy is the same set member and dict key
    copy = ResolvedDate(first.iso, first.precision, first.start, first.end, first.text)
    assert copy is not first and len({first, copy}) == 1 and {first: "x"}[copy] == "x"


def test_no_clock_reads():
    import inspect

    import pipeline.dates as dates

    source = inspect.getsource(dates)
    assert "today()" not in source and ".now(" not in source and "utcnow" not in source


def test_date_ruler_tags_relative_phrases_the_model_misses(annotate):
    doc = annotate("Police detained Ilse Marrow on March 4. She fled to Kestrel Bay the following month.", "2021-06-01")
    dates = {e.text: e._.date.iso for e in doc.ents if e.label_ == "DATE" and e._.date is not None}
    assert dates.get("the following month") == "2021-04"


@pytest.mark.parametrize("text, term, when, iso", [
    ("Rufus Okello got 11 years last month for fraud.", "11 years", "last month", "2021-05"),
    ("A court gave Rufus Okello five years yesterday.", "five years", "yesterday", "2021-05-31"),
    ("Rufus Okello was handed 12 years earlier this month.", "12 years", "earlier this month", "2021-06"),
    ("Rufus Okello was jailed for a year last month.", "a year", "last month", "2021-05"),
])
def test_a_term_glued_to_its_date_is_two_entities(annotate, text, term, when, iso):
    """The model tags "11 years last month" as one DATE, which resolves to nothing."""
    doc = annotate(text, "2021-06-01")
    dates = {e.text: e._.date for e in doc.ents if e.label_ == "DATE"}
    assert set(dates) == {term, when}
    assert dates[term] is None and dates[when].iso == iso


def test_a_jail_term_given_last_month_dates_the_sentence():
    events = pipeline.extract([{"text": "Mirela Dancu, a former customs chief, was sentenced to 11 years last month.",
                                "published": "2021-06-01"}]).events
    assert list(zip(events.type, events.date)) == [("IMPRISON", "2021-05")]


@pytest.mark.parametrize("text, iso", [("March of that year", "2020-03"), ("June of the same year", "2020-06"),
                                       ("March of the following year", "2021-03"),
                                       ("March of the previous year", "2019-03")])
def test_months_of_the_anchors_year(text, iso):
    from pipeline.dates import parse_iso, resolve_date
    anchor = resolve_date("early 2020", parse_iso("2024-08-05"))
    assert resolve_date(text, parse_iso("2024-08-05"), anchor).iso == iso


# --- clauses that look ahead (future=True) ---------------------------------------
# 2023-10-30 is a Monday, 2023-11-01 a Wednesday.

FUTURE = [
    # (text, reference, iso looking back (the default), iso looking ahead)
    ("Nov. 16", "2023-10-30", "2022-11-16", "2023-11-16"),
    ("on Feb. 2", "2023-10-30", "2023-02-02", "2024-02-02"),
    ("16 November", "2023-10-30", "2022-11-16", "2023-11-16"),
    ("in January", "2023-12-05", "2023-01", "2024-01"),
    ("March", "2024-02-14", "2023-03", "2024-03"),
    ("late March", "2024-04-10", "2024-03", "2025-03"),
    ("in the summer", "2024-02-14", "2023", "2024"),
    ("Christmas", "2024-02-14", "2023-12-25", "2024-12-25"),
    ("on Monday", "2023-11-01", "2023-10-30", "2023-11-06"),
    ("Friday", "2023-11-01", "2023-10-27", "2023-11-03"),
    ("at the weekend", "2023-11-01", "2023-10", "2023-11"),
    ("from March to May", "2024-02-14", "2023", "2024"),
    ("the end of January", "2024-02-14", "2024-01", "2025-01"),
]


@pytest.mark.parametrize("text, ref, past, future", FUTURE)
def test_future_clause_takes_the_next_occurrence(text, ref, past, future):
    assert resolve_date(text, parse_iso(ref)).iso == past
    assert resolve_date(text, parse_iso(ref), future=True).iso == future


@pytest.mark.parametrize(
    "text, ref",
    [("Oct. 30", "2023-10-30"), ("on Monday", "2023-10-30"), ("in October", "2023-10-30"), ("October", "2023-10")],
)
def test_future_clause_includes_the_reference_itself(text, ref):
    assert resolve_date(text, parse_iso(ref), future=True) == resolve_date(text, parse_iso(ref))


@pytest.mark.parametrize(
    "text, iso",
    [("last March", "2023-03"), ("next March", "2024-03"), ("March 2019", "2019-03"), ("yesterday", "2024-02-13"),
     ("two weeks ago", "2024"), ("next week", "2024-02"), ("the following day", "2020-06-11")],
)
def test_future_clause_leaves_explicit_expressions_alone(text, iso):
    ref, anchor = parse_iso("2024-02-14"), parse_iso("2020-06-10")
    assert resolve_date(text, ref, anchor, future=True).iso == iso
    assert resolve_date(text, ref, anchor).iso == iso


def test_future_and_past_are_cached_apart():
    ref = parse_iso("2023-10-30")
    assert resolve_date("Nov. 16", ref, future=True) is resolve_date("Nov. 16", ref, future=True)
    assert resolve_date("Nov. 16", ref) != resolve_date("Nov. 16", ref, future=True)


def test_future_clause_under_a_coarse_reference():
    # a month reference: "on Monday" ahead of some day of October 2023 is still most likely in October
    assert resolve_date("on Monday", parse_iso("2023-10"), future=True).iso == "2023-10"
    assert resolve_date("in January", parse_iso("2023-12"), future=True).iso == "2024-01"


# --- more forms ---------------------------------------------------------------------

MORE_FORMS = [
    # spelled-out years
    ("nineteen ninety-six", "1996", "1996-01-01", "1996-12-31"),
    ("in nineteen eighty", "1980", "1980-01-01", "1980-12-31"),
    ("twenty twenty-one", "2021", "2021-01-01", "2021-12-31"),
    ("two thousand and five", "2005", "2005-01-01", "2005-12-31"),
    ("two thousand", "2000", "2000-01-01", "2000-12-31"),
    ("nineteen oh five", "1905", "1905-01-01", "1905-12-31"),
    ("March nineteen eighty-four", "1984-03", "1984-03-01", "1984-03-31"),
    ("the summer of two thousand and nine", "2009", "2009-06-01", "2009-08-31"),
    # fiscal years are named by a calendar year and kept at year precision
    ("fiscal 2019", "2019", "2019-01-01", "2019-12-31"),
    ("in fiscal year 2019", "2019", "2019-01-01", "2019-12-31"),
    ("FY2019", "2019", "2019-01-01", "2019-12-31"),
    ("FY 2020", "2020", "2020-01-01", "2020-12-31"),
    ("this fiscal year", "2024", "2024-01-01", "2024-12-31"),
    ("last fiscal year", "2023", "2023-01-01", "2023-12-31"),
    ("the current fiscal year", "2024", "2024-01-01", "2024-12-31"),
    ("the current year", "2024", "2024-01-01", "2024-12-31"),
    # ends of periods
    ("year-end", "2024", "2024-09-01", "2024-12-31"),
    ("by year-end", "2024", "2024-09-01", "2024-12-31"),
    ("by year end", "2024", "2024-09-01", "2024-12-31"),
    ("year-end 2019", "2019", "2019-09-01", "2019-12-31"),
    ("the year's end", "2024", "2024-09-01", "2024-12-31"),
    ("month-end", "2024-02", "2024-02-21", "2024-02-29"),
    # the weekend just gone (2024-02-14 is a Wednesday)
    ("the past weekend", "2024-02", "2024-02-10", "2024-02-11"),
    ("over the past weekend", "2024-02", "2024-02-10", "2024-02-11"),
    # first and last days, weeks, months of a period
    ("the first days of May", "2023-05", "2023-05-01", "2023-05-10"),
    ("in the last days of January", "2024-01", "2024-01-21", "2024-01-31"),
    ("the first few days of 2021", "2021-01", "2021-01-01", "2021-01-10"),
    ("the final days of 2019", "2019-12", "2019-12-21", "2019-12-31"),
    ("the first weeks of June 2021", "2021-06", "2021-06-01", "2021-06-10"),
    ("the last months of 2019", "2019", "2019-09-01", "2019-12-31"),
    ("the opening months of last year", "2023", "2023-01-01", "2023-04-30"),
    # already handled forms the brief lists, kept under test
    ("earlier this month", "2024-02", "2024-02-01", "2024-02-29"),
    ("late last year", "2023", "2023-09-01", "2023-12-31"),
    ("mid-2021", "2021", "2021-05-01", "2021-08-31"),
]


@pytest.mark.parametrize("text, iso, start, end", MORE_FORMS)
def test_more_forms(text, iso, start, end):
    check(text, "2024-02-14", None, iso, start, end)


@pytest.mark.parametrize(
    "text, anchor, iso",
    [("a year earlier", "2012-05-03", "2011"), ("a month later", "2019-05", "2019-06"),
     ("two weeks before", "2018-06-03", "2018-05-20"), ("three days after", "2018-06-03", "2018-06-06"),
     ("two years prior", "2018-06-03", "2016"), ("that year", "2015-03", "2015"), ("the same year", "2015-03", "2015"),
     ("that month", "2015-03-09", "2015-03"), ("that same month", "2015-03-09", "2015-03")],
)
def test_relative_to_the_date_before(text, anchor, iso):
    assert resolve_date(text, parse_iso("2024-02-14"), parse_iso(anchor)).iso == iso


def test_end_of_the_year_is_the_year_being_told_about():
    ref, anchor = parse_iso("2024-02-14"), parse_iso("2019-05")
    # "was arrested in May 2019 and freed at the end of the year": 2019
    assert resolve_date("the end of the year", ref, anchor).iso == "2019"
    assert resolve_date("the end of the month", ref, parse_iso("2019-05-02")).iso == "2019-05"
    # "will be freed by the end of the year": this year; so is any "this year"
    assert resolve_date("the end of the year", ref, anchor, future=True).iso == "2024"
    assert resolve_date("the end of this year", ref, anchor).iso == "2024"
    assert resolve_date("by year-end", ref, anchor).iso == "2024"
    # no date before, or only a bare year (an aside more often than the story's time): the reference's
    assert resolve_date("the end of the year", ref).iso == "2024"
    assert resolve_date("the end of the year", ref, parse_iso("2019")).iso == "2024"


@pytest.mark.parametrize(
    "text",
    ["twenty years", "twenty one", "two thousand people", "the fiscal year", "the last days of the war",
     "the first days", "fiscal", "FY19", "the past week", "the past two weekends"],
)
def test_more_forms_that_are_not_dates(text):
    assert resolve_date(text, parse_iso("2024-02-14"), parse_iso("2023-06-01")) is None


# 2024-02-14 is a Wednesday; the date before is Monday 2024-02-05.
NEWS_FORMS = [
    ("overnight Saturday", "2024-02-10"),
    ("in the early hours of Sunday", "2024-02-11"),
    ("the small hours of Saturday", "2024-02-10"),
    ("on the night of March 3", "2023-03-03"),
    ("the morning of Feb. 2", "2024-02-02"),
    ("the day before yesterday", "2024-02-12"),
    ("the day after tomorrow", "2024-02-16"),
    ("Sat., Feb. 3", "2024-02-03"),
    ("Thurs. Feb. 1", "2024-02-01"),
    ("Feb. 12 and 13", "2024-02"),
    ("12 and 13 February", "2024-02"),
    ("nearly two years ago", "2022"),
    ("almost a year ago", "2023"),
    ("some five years ago", "2019"),
    ("just over a year ago", "2023"),
    ("a year and a half ago", "2022"),
    ("two and a half years ago", "2021"),
    # the period being told about: the date before's, as with "the end of the year"
    ("earlier in the day", "2024-02-05"),
    ("later in the day", "2024-02-05"),
    ("earlier in the week", "2024-02"),
    ("later in the month", "2024-02"),
    ("later in the year", "2024"),
]


@pytest.mark.parametrize("text, iso", NEWS_FORMS)
def test_news_forms(text, iso):
    assert resolve_date(text, parse_iso("2024-02-14"), parse_iso("2024-02-05")).iso == iso


def test_earlier_in_the_period_without_a_date_before_is_the_references():
    assert resolve_date("earlier in the day", parse_iso("2024-02-14")).iso == "2024-02-14"
    assert resolve_date("later in the year", parse_iso("2024-02-14"), parse_iso("2019-05")).iso == "2019"
    assert resolve_date("later in the year", parse_iso("2024-02-14"), parse_iso("2019")).iso == "2024"
    assert resolve_date("later in the year", parse_iso("2024-02-14"), parse_iso("2019-05"), future=True).iso == "2024"


@pytest.mark.parametrize(
    "text",
    ["the morning of his arrest", "the early hours", "more than a year ago", "a month and a half ago",
     "nearly a decade", "almost three years", "the night of the vote"],
)
def test_news_forms_that_are_not_dates(text):
    assert resolve_date(text, parse_iso("2024-02-14"), parse_iso("2024-02-05")) is None


def test_of_two_date_rules_over_the_same_words_the_first_listed_is_taken():
    """The tie goes by the rules' order, not by where each rule happens to sit in memory
    (which differs from one process to the next: a worker must tag as this process does)."""
    import spacy

    from pipeline.nlp.dating import DateRuler

    nlp = spacy.blank("en")
    whole = {"id": "whole", "pattern": [{"LOWER": "fiscal"}, {"LOWER": "year"}]}
    halves = {"id": "halves", "split": 1, "pattern": [{"LOWER": "fiscal"}, {"LOWER": "year"}]}
    for rules, expected in (([whole, halves], ["fiscal year"]), ([halves, whole], ["fiscal", "year"])):
        for _ in range(6):  # rules built anew each time, at new addresses
            ruler = DateRuler(nlp, [dict(rule) for rule in rules])
            doc = ruler(nlp.make_doc("Sales fell in the fiscal year ."))
            assert [(e.text, e.label_) for e in doc.ents] == [(w, "DATE") for w in expected]
