"""The rules of ``pipeline.read.articles``: where an article's reference date comes from
(metadata, page marker, address, head timestamp, dateline, the text), what relative dates
are read against, and how metadata rows and in-memory texts become Articles.

Each rule has a case that follows it and a near-identical one that does not. All texts,
names, outlets and addresses are invented.
"""

from __future__ import annotations

import datetime
import logging
import re

import pytest

from pipeline.read.articles import (Article, assign_reference, find_dateline, from_texts, normalise_text,
                                    read_index, relative_base, url_date)

BODY = ("Police in the harbour town of Kestrel Bay said on Tuesday that the deputy mayor, Marta Velloso, "
        "had been detained for questioning over missing funds.\n\nHer lawyer said the charges were false.")
D = datetime.date


def article(text: str, **kw) -> Article:
    (art,) = from_texts([{"text": text, **kw}])
    return art


def test_a_lone_carriage_return_is_a_line_break():
    assert normalise_text("Kestrel Bay\rCalder Moss\r\nEnd") == "Kestrel Bay\nCalder Moss\nEnd"


@pytest.mark.parametrize("head, iso", [
    ("OSLO, Feb. 3, 2011 (KNS) -- ", "2011-02-03"),
    ("OSLO, Feb. 30, 2011 (KNS) -- ", None),  # not a day of the calendar: no dateline
])
def test_a_dateline_must_name_a_real_day(head, iso):
    found = find_dateline(head + BODY)
    assert (found.iso if found else None) == iso


# -- the page's address -----------------------------------------------------------------------------

@pytest.mark.parametrize("url, iso", [
    ("https://archive-2015-03-04.example.org/story", None),  # a host name is no date...
    ("HTTPS://archive-2015-03-04.example.org/story", None),  # ...however the scheme is written
    ("https://example.org/archive-2015-03-04/story", "2015-03-04"),
    # a number outside the years an address can hold is skipped, and the search goes on
    ("https://example.org/1985/03/04-rerun/2021/07/07/story", "2021-07-07"),
    ("https://example.org/1990/05/story", "1990-05"),  # both ends of the years are years
    ("https://example.org/2030/05/story", "2030-05"),
    ("https://example.org/1989/05/story", None),
    ("https://example.org/2031/05/story", None),
    # a word that starts like a month is not one ("mayor"), and the search goes on
    ("https://example.org/2014/may/story", "2014-05"),
    ("https://example.org/2014/mayor/story", "2014"),
    ("https://example.org/2014/mayor/x/2015/june/story", "2015-06"),
])
def test_the_date_an_address_carries(url, iso):
    found = url_date(url)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("url, stamp, iso, basis", [
    # an address with a day is the outlet's own filing date
    ("https://example.org/2020/03/14/story", "March 14, 2020", "2020-03-14", "metadata"),
    # an address with only a month gives way to a head timestamp inside that month, ends included
    ("https://example.org/2020/03/story", "March 1, 2020", "2020-03-01", "dateline"),
    ("https://example.org/2020/03/story", "March 31, 2020", "2020-03-31", "dateline"),
    ("https://example.org/2020/03/story", "April 2, 2020", "2020-03", "metadata"),
])
def test_address_or_head_timestamp(url, stamp, iso, basis):
    art = article(f"Mayor detained over funds\n\nPublished: {stamp}\n\n{BODY}", url=url)
    assert (art.reference.iso, art.date_basis) == (iso, basis)


@pytest.mark.parametrize("byline, iso, basis", [
    ("By Tomas Ferrel | March 3, 2020", "2020-03-03", "dateline"),  # a dated byline dates the page
    ("By Tomas Ferrel", "2020-03-03", "inferred"),  # the same date, from the text only
])
def test_a_dated_byline_at_the_head_is_the_pages_date(byline, iso, basis):
    art = article(f"Mayor detained over funds\n\n{byline}\n\n{BODY} The audit began on March 3, 2020.")
    assert (art.reference.iso, art.date_basis) == (iso, basis)


# -- the page's " date YYYY-MM-DD " marker ------------------------------------------------------------

@pytest.mark.parametrize("marker, line, iso, basis", [
    # a day marker is the date, whatever the text mentions
    ("2020-03-14", "The audit ended on March 14, 2020.", "2020-03-14", "dateline"),
    # a month marker gives way to a full date of the text inside it, ends included
    ("2020-03", "The audit began on March 1, 2020.", "2020-03-01", "inferred"),
    ("2020-03", "The audit ended on March 31, 2020.", "2020-03-31", "inferred"),
    ("2020-03", "The audit ended on April 2, 2020.", "2020-03", "dateline"),
    # ...and to a head timestamp inside it
    ("2020-03", "Published: March 1, 2020", "2020-03-01", "dateline"),
    ("2020-03", "Published: March 31, 2020", "2020-03-31", "dateline"),
])
def test_a_marker_coarser_than_a_day_gives_way_to_a_day_inside_it(marker, line, iso, basis):
    art = article(f"date {marker}\n\nMayor detained over funds\n\n{line}\n\n{BODY}")
    assert (art.reference.iso, art.date_basis) == (iso, basis)


@pytest.mark.parametrize("text, start, end", [
    # inferred inside a month marker: the rest of that month, the first and the last day included
    ("date 2020-03\n\nMayor detained\n\nThe audit began on March 1, 2020. ", D(2020, 3, 1), D(2020, 3, 31)),
    ("date 2020-03\n\nMayor detained\n\nThe audit began on March 31, 2020. ", D(2020, 3, 31), D(2020, 3, 31)),
    # inferred without a marker: the year that follows the latest date
    ("Mayor detained\n\nThe audit began on March 1, 2020. ", D(2020, 3, 1), D(2021, 2, 28)),
])
def test_relative_dates_are_read_against_the_span_the_text_allows(text, start, end):
    art = article(text + BODY)
    assert art.date_basis == "inferred"
    base = relative_base(art)
    assert (base.start, base.end) == (start, end)
    assert base.text == art.reference.text  # the words it came from, for the analyst


# -- metadata -------------------------------------------------------------------------------------

def test_a_bad_metadata_date_is_noted_after_the_earlier_notes():
    art = Article(doc="a", file="a.txt", text=BODY, published="2024-13-45",
                  message="decoded as UTF-16 (byte-order mark)")
    assign_reference(art)
    assert art.message == ("decoded as UTF-16 (byte-order mark); "
                           "published date '2024-13-45' in the metadata is not a valid date: ignored")
    assert art.published is None


def test_an_index_saved_with_a_byte_order_mark_is_read(tmp_path):
    (tmp_path / "index.csv").write_bytes(b"\xef\xbb\xbffile,title\r\na.txt,Port audit\r\n")
    assert read_index(tmp_path) == {"a.txt": {"file": "a.txt", "title": "Port audit"}}


def test_a_short_row_gives_empty_values_and_a_long_row_loses_only_its_extras(tmp_path):
    (tmp_path / "index.csv").write_text(
        "file, title ,outlet\n"
        "a.txt,Port audit\n"
        "b.txt,Harbour, Moss Herald,extra\n", encoding="utf-8")
    assert read_index(tmp_path) == {
        "a.txt": {"file": "a.txt", "title": "Port audit", "outlet": None},
        "b.txt": {"file": "b.txt", "title": "Harbour", "outlet": "Moss Herald"},
    }


def test_an_index_broken_midway_keeps_the_rows_before_and_warns(tmp_path, caplog):
    huge = "x" * 200_000  # over the csv module's field limit
    (tmp_path / "index.csv").write_text(f"file,title\na.txt,Port audit\nb.txt,{huge}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="pipeline.read.articles"):
        index = read_index(tmp_path)
    assert list(index) == ["a.txt"]
    (record,) = caplog.records
    assert re.fullmatch(re.escape(f"{tmp_path / 'index.csv'}: unreadable past row 1 (field larger than field limit (")
                        + r"\d+" + re.escape(")); articles it does not describe get no metadata"), record.getMessage())


# -- texts given in memory --------------------------------------------------------------------------

def test_texts_in_memory_keep_their_names_and_an_empty_one_is_skipped():
    arts = from_texts([
        {"id": "k-1", "text": BODY, "title": "Mayor detained", "file": "feed.json"},
        {"title": "Nothing here"},
        {"text": BODY},
    ])
    assert [(a.doc, a.file, a.title, a.status, a.message) for a in arts] == [
        ("k-1", "feed.json", "Mayor detained", "ok", ""),
        ("text-0001", "", "Nothing here", "skipped", "empty text"),
        ("text-0002", "", None, "ok", ""),
    ]
