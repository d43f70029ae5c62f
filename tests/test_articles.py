"""Tests for pipeline.read.articles: reading a corpus folder into Articles.

Every text here is invented for the tests (people, places and agencies).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import pipeline
from pipeline.read.articles import content_hash, from_texts, read_corpus

GOOD = "Vesna Orlik, a retired harbour inspector, was arrested in Kestrel Bay.\n"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


def write_index(folder: Path, rows: list[str]) -> None:
    (folder / "index.csv").write_text("file,published,outlet,url\n" + "".join(r + "\n" for r in rows), encoding="utf-8")


def by_file(folder: Path) -> dict:
    return {a.file: a for a in read_corpus(folder)}


# --- reference dates ------------------------------------------------------------


@pytest.mark.parametrize(
    "published, start, end",
    [
        ("2021-03-04", datetime.date(2021, 3, 4), datetime.date(2021, 3, 4)),
        ("2020-02", datetime.date(2020, 2, 1), datetime.date(2020, 2, 29)),
    ],
)
def test_index_metadata_wins_over_dateline_and_text(tmp_path, published, start, end):
    # The text carries both a dateline and a later full date: metadata still wins.
    write(tmp_path, "a.txt", "date 2019-01-02\nOn June 9, 2023 Pavel Drun left Marrowby.\n")
    write_index(tmp_path, [f"a.txt,{published},Harbour Gazette,https://gazette.example/a"])
    (art,) = read_corpus(tmp_path)
    assert art.status == "ok"
    assert art.date_basis == "metadata"
    assert art.published == published
    assert art.reference is not None
    assert art.reference.iso == published
    assert (art.reference.start, art.reference.end) == (start, end)
    assert art.outlet == "Harbour Gazette"
    assert art.url == "https://gazette.example/a"


def test_dateline_date_line_at_top(tmp_path):
    write(tmp_path, "a.txt", "date 2021-03-04\nIlse Marrow, the port director, was dismissed on Tuesday.\n")
    (art,) = read_corpus(tmp_path)
    assert art.date_basis == "dateline"
    assert art.reference.iso == "2021-03-04"
    assert art.reference.precision == "day"
    assert art.published is None


def test_dateline_city_lead(tmp_path):
    text = ("KESTREL BAY, March 4, 2021 (Tideline Wire) -- Ilse Marrow, the port director, "
            "was dismissed last week, officials said. An inquiry opened on January 12, 2022.\n")
    write(tmp_path, "a.txt", text)
    (art,) = read_corpus(tmp_path)
    # The lead wins over the later full date in the body.
    assert art.date_basis == "dateline"
    assert art.reference.iso == "2021-03-04"


def test_dateline_day_month_year_lead(tmp_path):
    write(tmp_path, "a.txt", "Marrowby, 9 October 2023 - Ilse Marrow resigned.\n")
    (art,) = read_corpus(tmp_path)
    assert art.date_basis == "dateline"
    assert art.reference.iso == "2023-10-09"


def test_metadata_row_without_published_falls_back_to_dateline(tmp_path):
    write(tmp_path, "a.txt", "date 2021-03-04\nIlse Marrow resigned.\n")
    write_index(tmp_path, ["a.txt,,Harbour Gazette,"])
    (art,) = read_corpus(tmp_path)
    assert art.date_basis == "dateline"
    assert art.reference.iso == "2021-03-04"
    assert art.outlet == "Harbour Gazette"
    assert art.published is None
    assert art.url is None


def test_inferred_from_latest_full_date(tmp_path):
    text = ("Ilse Marrow was named port director on May 2, 2018. She was dismissed on "
            "14 February 2020, and on September 3, 2019 an audit began.\n")
    write(tmp_path, "a.txt", text)
    (art,) = read_corpus(tmp_path)
    assert art.date_basis == "inferred"
    assert art.reference.iso == "2020-02-14"


def test_no_date_at_all(tmp_path):
    write(tmp_path, "a.txt", "Ilse Marrow was dismissed last week, in 2020 or so.\n")
    (art,) = read_corpus(tmp_path)
    assert art.status == "ok"
    assert art.date_basis == "none"
    assert art.reference is None


# --- bad inputs -----------------------------------------------------------------


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty"),
        (b"   \n\t\r\n  \n", "whitespace"),
        (b"\xef\xbb\xbf \n", "whitespace"),  # a byte-order mark and blanks only
        (b"Ilse Marrow\x00\x01\x02 resigned.", "NUL"),
        (b"Ilse Marrow resigned. " * 400 + b"\x00", "NUL"),  # NUL far into the file
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ],
    ids=["empty", "whitespace", "bom-whitespace", "nul", "late-nul", "pdf", "gzip"],
)
def test_bad_files_are_skipped_with_reason_and_others_still_read(tmp_path, data, why):
    write(tmp_path, "a_good.txt", GOOD)
    write(tmp_path, "b_bad.txt", data)
    write(tmp_path, "c_good.txt", "date 2022-05-06\n" + GOOD)
    arts = by_file(tmp_path)
    assert list(arts) == ["a_good.txt", "b_bad.txt", "c_good.txt"]
    bad = arts["b_bad.txt"]
    assert bad.status == "skipped"
    assert why.lower() in bad.message.lower()
    assert bad.text == ""
    assert bad.doc == "b_bad"
    assert arts["a_good.txt"].status == "ok"
    assert arts["a_good.txt"].text == GOOD
    assert arts["c_good.txt"].status == "ok"
    assert arts["c_good.txt"].date_basis == "dateline"
    assert arts["c_good.txt"].reference.iso == "2022-05-06"


def test_latin1_is_decoded_and_says_so(tmp_path):
    write(tmp_path, "a.txt", b"Ilse Marrow r\xe9signed.")
    (art,) = read_corpus(tmp_path)
    assert art.status == "ok"
    assert art.text == "Ilse Marrow r\u00e9signed."
    assert "byte 13" in art.message and "not UTF-8" in art.message


def test_bad_files_keep_their_metadata(tmp_path):
    write(tmp_path, "a.txt", b"")
    write_index(tmp_path, ["a.txt,2021-03-04,Harbour Gazette,https://gazette.example/a"])
    (art,) = read_corpus(tmp_path)
    assert art.status == "skipped"
    assert art.message.startswith("empty file")
    assert art.published == "2021-03-04"
    assert art.outlet == "Harbour Gazette"


def test_index_row_with_stray_comma_does_not_break_the_run(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    # An unquoted comma in the outlet name gives the row one cell too many.
    write_index(tmp_path, ["a.txt,2021-03-04,Tideline, Wire,https://tide.example/a"])
    (art,) = read_corpus(tmp_path)
    assert art.status == "ok"
    assert art.published == "2021-03-04"
    assert art.date_basis == "metadata"


def test_missing_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus folder not found"):
        read_corpus(tmp_path / "nowhere")


# --- order, ids, hashes ------------------------------------------------------------


def test_files_in_name_order_and_only_txt(tmp_path):
    for name in ["b.txt", "10.txt", "a.txt", "2.txt"]:
        write(tmp_path, name, f"{name}: " + GOOD)
    write(tmp_path, "notes.md", GOOD)
    write_index(tmp_path, [])
    arts = read_corpus(tmp_path)
    assert [a.file for a in arts] == ["10.txt", "2.txt", "a.txt", "b.txt"]
    assert [a.doc for a in arts] == ["10", "2", "a", "b"]
    assert arts[2].text == "a.txt: " + GOOD


def test_crlf_and_lf_hash_the_same(tmp_path):
    lf = "Ilse Marrow resigned.\nShe left Kestrel Bay.\n"
    crlf = lf.replace("\n", "\r\n")
    write(tmp_path, "a.txt", lf)
    write(tmp_path, "b.txt", crlf)
    write(tmp_path, "c.txt", b"\xef\xbb\xbf" + crlf.encode("utf-8"))  # BOM too
    a, b, c = read_corpus(tmp_path)
    assert b.text == lf  # offsets refer to the normalised text
    assert c.text == lf
    assert a.content_hash == b.content_hash == c.content_hash
    assert content_hash(lf) == content_hash(crlf)
    assert len(a.content_hash) == 16
    assert content_hash(lf) != content_hash("Ilse Marrow resigned.\n")


def test_from_texts():
    arts = from_texts([
        {"text": "Ilse Marrow resigned on Monday.", "published": "2021-03-04"},
        {"text": "date 2020-01-02\nPavel Drun left Marrowby.", "doc": "drun", "outlet": "Harbour Gazette"},
        {"text": "   "},
    ])
    assert [a.doc for a in arts] == ["text-0000", "drun", "text-0002"]
    assert arts[0].status == "ok"
    assert arts[0].date_basis == "metadata"
    assert arts[0].reference.iso == "2021-03-04"
    assert arts[0].published == "2021-03-04"
    assert arts[1].date_basis == "dateline"
    assert arts[1].reference.iso == "2020-01-02"
    assert arts[1].outlet == "Harbour Gazette"
    assert arts[2].status == "skipped"
    assert arts[2].message == "empty text"
    assert arts[0].content_hash == content_hash("Ilse Marrow resigned on Monday.\r\n")


def test_a_broken_index_costs_metadata_not_the_run(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    (tmp_path / "index.csv").write_bytes(b"file,published\na.txt,2021-03-04\n\x00\xff\xfe,garbage\x00\n")
    (art,) = read_corpus(tmp_path)
    assert art.status == "ok" and art.text == GOOD


@pytest.mark.parametrize("published, iso", [("2023-05-02T08:00:00Z", "2023-05-02"), ("May 2, 2023", "2023-05-02"),
                                            ("2 May 2023", "2023-05-02"), ("2023-05", "2023-05")])
def test_published_metadata_in_other_forms_is_read_and_kept_as_iso(published, iso):
    (art,) = from_texts([{"text": GOOD, "published": published}])
    assert (art.date_basis, art.published, art.reference.iso) == ("metadata", iso, iso)


def test_unreadable_published_metadata_falls_back_to_the_text(tmp_path):
    (art,) = from_texts([{"text": "date 2021-03-04\n" + GOOD, "published": "sometime"}])
    assert (art.date_basis, art.reference.iso) == ("dateline", "2021-03-04")


# --- impossible published dates --------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2024-13-45", "yesterday", "2024-02-30"])
def test_an_impossible_published_date_is_reported_and_ignored(bad):
    (marked,) = from_texts([{"text": " date 2021-03-04 Ilse Marrow Resigns\n\n" + GOOD, "published": bad}])
    assert marked.status == "ok"
    assert marked.published is None
    assert (marked.date_basis, marked.reference.iso) == ("dateline", "2021-03-04")
    assert repr(bad) in marked.message and "not a valid date" in marked.message
    (plain,) = from_texts([{"text": "On June 9, 2023 Pavel Drun left Marrowby.\n", "published": bad}])
    assert (plain.published, plain.date_basis, plain.reference.iso) == (None, "inferred", "2023-06-09")
    (good,) = from_texts([{"text": GOOD, "published": "2024-02-29"}])  # a leap day is a date
    assert (good.published, good.date_basis, good.message) == ("2024-02-29", "metadata", "")


def test_an_impossible_published_date_in_the_index(tmp_path):
    write(tmp_path, "a.txt", "Marrowby, 9 October 2023 - Ilse Marrow resigned.\n")
    write_index(tmp_path, ["a.txt,2023-02-30,Harbour Gazette,"])
    (art,) = read_corpus(tmp_path)
    assert (art.status, art.published, art.date_basis, art.reference.iso) == ("ok", None, "dateline", "2023-10-09")
    assert "'2023-02-30'" in art.message
    assert art.outlet == "Harbour Gazette"


def test_the_marker_is_read_only_at_the_start_of_the_page():
    (art,) = from_texts([{"text": "Ilse Marrow resigned.\n date 2021-03-04 was the day she left.\n"}])
    assert art.date_basis != "dateline"
    (art,) = from_texts([{"text": " date 2021-03-04 Ilse Marrow Resigns\n" + GOOD}])
    assert (art.date_basis, art.reference.iso) == ("dateline", "2021-03-04")


@pytest.mark.parametrize("url,iso", [
    ("https://example.org/world/2021/07/07/minister-held", "2021-07-07"),
    ("https://example.org/news/20130718-minister-held", "2013-07-18"),
    ("https://example.org/2016/08/minister-held", "2016-08"),
    ("https://example.org/2024/13/45/not-a-date", None),
    ("https://example.org/world/minister-held", None),
    ("https://example.org/World/2015/0724/Minister-held-in-Orvik", "2015-07-24"),
    ("https://example.org/world/2014/may/30/minister-held", "2014-05-30"),
    ("https://example.org/world/2014/sept/minister-held", "2014-09"),
    ("https://example.org/archive/2014-05-30/minister-held", "2014-05-30"),
    ("https://example.org/news/minister-held-2020-08-11", "2020-08-11"),
    ("https://example.org/article/minister-held-idXYZ0AB12C20130718", "2013-07-18"),
    ("https://example.org/story/na20230725171015183183173", "2023-07-25"),
    ("https://example.org/stories/201907250643.html", "2019-07-25"),
    ("https://example.org/2016/minister-held", "2016"),
    ("https://example.org/news/world/7005/minister-held", None),  # an article number, not a year
    ("https://example.org/world/1989/minister-held", None),  # outside the years an address is read for
    ("https://example.org/articles/2016", None),  # nothing follows: an article number
    ("https://example.org/world/1086460157114.html", None),
    ("https://2019.example.org/world/minister-held", None),  # the host is no date
])
def test_a_date_in_the_address_dates_the_article(url, iso):
    (art,) = from_texts([{"text": "Tomas Varga was detained on Monday, police said.", "url": url}])
    assert (art.reference.iso if art.reference else None) == iso
    assert art.date_basis == ("metadata" if iso else "none")


def test_a_caption_date_never_dates_the_article():
    text = ("Minister held\n\nFile photo: Tomas Varga in Orvik, 3 March 2019. Photo: Kestrel Archive\n\n"
            "Tomas Varga was detained on Monday, police said. He was first elected on 5 May 2015.\n")
    (art,) = from_texts([{"text": text}])
    assert (art.reference.iso, art.date_basis) == ("2015-05-05", "inferred")


def test_an_inferred_date_is_a_lower_bound_for_relative_dates():
    from pipeline.read.articles import relative_base

    (art,) = from_texts([{"text": "The president removed Tomas Varga on 17 January 2025. "
                                  "Varga was detained on 4 February, his family said."}])
    base = relative_base(art)
    assert (base.start.isoformat(), base.end.isoformat()) == ("2025-01-17", "2026-01-16")
    got = pipeline.extract([{"doc": "a", "text": art.text}]).events
    arrest = got[got["type"] == "ARREST"]
    assert list(arrest["date"]) == ["2025-02-04"]  # the February after, not the one before


def test_relative_to_now_is_unknown_with_an_inferred_date():
    text = "The president removed Tomas Varga on 17 January 2025. Varga was detained last week, his family said."
    got = pipeline.extract([{"doc": "a", "text": text}]).events
    assert list(got[got["type"] == "ARREST"]["date"]) == [""]


# --- a timestamp at the head of the page --------------------------------------------------

STAMPED = """Harbour Minister Detained In Orvik

{stamp}

Tomas Varga, the harbour minister, was detained on Monday, police said.

Varga had been questioned twice before, his lawyer said.
"""


@pytest.mark.parametrize("stamp,iso", [
    ("11:45 PM March 08, 2017", "2017-03-08"),
    ("Published: October 14, 2022, 09:10 AM", "2022-10-14"),
    ("Updated 6:05 p.m. CST Jan. 9, 2020", "2020-01-09"),
    ("Posted on 5 April 2018", "2018-04-05"),
    ("Last updated: 2016-11-21", "2016-11-21"),
    ("Tuesday 10 September 2013", "2013-09-10"),
    ("/ 16th Nov, 2023 08:12 IST", "2023-11-16"),
])
def test_a_timestamp_at_the_head_of_the_page_dates_it(stamp, iso):
    (art,) = from_texts([{"text": STAMPED.format(stamp=stamp)}])
    assert (art.reference.iso, art.date_basis) == (iso, "dateline")


def test_a_head_timestamp_resolves_relative_dates():
    got = pipeline.extract([{"doc": "a", "text": STAMPED.format(stamp="Published: Wednesday, 10 May 2023")}]).events
    assert list(got[got["type"] == "ARREST"]["date"]) == ["2023-05-08"]


def test_an_ambiguous_numeric_timestamp_does_not_date_the_page():
    (art,) = from_texts([{"text": STAMPED.format(stamp="Posted 05/02/2023 10:14")}])
    assert art.date_basis != "dateline"
    (art,) = from_texts([{"text": STAMPED.format(stamp="Posted 2023/05/02 10:14")}])
    assert (art.reference.iso, art.date_basis) == ("2023-05-02", "dateline")


def test_the_first_publication_stamp_wins_over_a_later_edit():
    (art,) = from_texts([{"text": STAMPED.format(stamp="Updated: 9 May 2023\nPublished: 2 May 2023")}])
    assert art.reference.iso == "2023-05-02"
    (art,) = from_texts([{"text": STAMPED.format(stamp="2 May 2023\n11:02 pm on 9 May 2023")}])
    assert art.reference.iso == "2023-05-02"


def test_a_date_line_inside_or_after_the_article_does_not_date_it():
    text = ("Harbour Minister Detained In Orvik\n\nTomas Varga, the harbour minister, was detained on Monday, "
            "police said.\n\nVarga had been questioned twice before, his lawyer said.\n\n"
            "Published: October 14, 2022, 09:10 AM\n")
    (art,) = from_texts([{"text": text}])
    assert art.date_basis == "none"
    (art,) = from_texts([{"text": STAMPED.format(stamp="Published: October 14, 2022, 09:10 AM")}])
    assert art.date_basis == "dateline"


def test_the_address_and_the_head_timestamp_together():
    text = STAMPED.format(stamp="Tuesday 10 September 2013")
    month = "https://example.org/2013/09/minister-held"
    (art,) = from_texts([{"text": text, "url": month}])
    assert (art.reference.iso, art.date_basis) == ("2013-09-10", "dateline")  # the day inside the month
    (art,) = from_texts([{"text": text, "url": "https://example.org/2013/10/minister-held"}])
    assert (art.reference.iso, art.date_basis) == ("2013-10", "metadata")  # a stamp outside it: an edit
    (art,) = from_texts([{"text": text, "url": "https://example.org/2013/09/09/minister-held"}])
    assert (art.reference.iso, art.date_basis) == ("2013-09-09", "metadata")  # the address's own day
    (art,) = from_texts([{"text": " date 2013-09 " + text}])
    assert (art.reference.iso, art.date_basis) == ("2013-09-10", "dateline")  # a month marker, the same
    (art,) = from_texts([{"text": text, "published": "2013-09-11"}])
    assert (art.reference.iso, art.date_basis) == ("2013-09-11", "metadata")
