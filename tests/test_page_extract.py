"""The page stage seen from extraction: a Title Case headline read as a headline, furniture
never a source of events, captions in the article's own voice and dated by themselves.
Invented pages."""

from __future__ import annotations

import pipeline

PAGE = """ date 2023-07-25 Ex-Minister Tomas Varga Detained After Weeks Out Of Sight, Kestrel Post Says
Home › World › Europe
Share | Tweet | Email

By Jane Roe, Staff Writer

ORVIK — Tomas Varga, a former interior minister, was detained on Monday at his home in Orvik, the Kestrel Post reported, citing two neighbours.

Varga had not been seen in public since June. His lawyer said he would appeal.

Read more:
Minister Anna Berg Sacked Over Budget Row
Sign in to comment
"""


def rows(text: str, published: str | None = None) -> list[tuple]:
    t = pipeline.extract([{"doc": "p", "text": text, "published": published}])
    return [tuple(r) for r in t.events[["type", "person", "date", "source", "sentence"]].itertuples(index=False)]


def test_headline_lede_and_furniture():
    got = rows(PAGE)
    people = {p for _, p, *_ in got}
    assert people == {"Tomas Varga"}  # no "Tomas Varga Detained", no byline, no related headline
    arrest = [r for r in got if r[0] == "ARREST"]
    assert len(arrest) == 1  # the headline's mention merged into the lede's
    assert arrest[0][2:4] == ("2023-07-24", "Kestrel Post")  # "on Monday" against the marker's date
    assert ("DISAPPEAR", "Tomas Varga", "2023-06") == next(r for r in got if r[0] == "DISAPPEAR")[:3]


def test_a_headline_speaks_only_of_people_the_article_names():
    body = "\n\nThe ministry said on Monday that the raid in Orvik had been lawful.\n"
    assert rows("Ex-Minister Ilse Dorn Detained In Orvik" + body, "2023-07-25") == []
    got = rows("Ex-Minister Ilse Dorn Detained In Orvik" + body + "\nDorn was detained at dawn.\n", "2023-07-25")
    assert [(t, p) for t, p, *_ in got] == [("ARREST", "Ilse Dorn")]


def test_the_headline_keeps_its_casing_in_the_evidence():
    got = rows("Ex-Minister Ilse Dorn Detained In Orvik\n\nIlse Dorn, 61, a former minister, has been "
               "detained, her party said.\n", "2023-07-25")
    assert got and all("Detained" in s or "detained" in s for *_, s in got)
    t = pipeline.extract([{"doc": "p", "text": "Ex-Minister Ilse Dorn Detained In Orvik\n\nPolice gave no reason.\n\n"
                                                  "Ilse Dorn, a former minister, was detained at dawn.\n",
                           "published": "2023-07-25"}])
    assert "Ex-Minister Ilse Dorn Detained In Orvik" not in set(t.events["sentence"])  # merged into the body's


CAPTION_PAGE = """Opposition Leader Lena Vos Freed After Two Years, Party Says

Lena Vos is escorted by police officers after her arrest outside parliament in Orvik. (Photo: Kestrel Archive, 12 May 2022)

Lena Vos, who leads the Civic Renewal party, was released from Orvik prison on Friday, the party said on Saturday.
"""


def test_a_caption_is_dated_by_itself_and_told_in_the_article_voice():
    got = rows(CAPTION_PAGE, "2024-05-20")
    assert [(t, p, d, s) for t, p, d, s, _ in got] == [("ARREST", "Lena Vos", "2022-05-12", "")]
    # the evidence stops where the photo credit begins
    assert got[0][4].endswith("in Orvik.")


def test_invisible_characters_do_not_break_a_name():
    got = rows("Pak\u200b Chol Su was arrested in Orvik on May 3, 2021, police said.")
    assert [(t, p) for t, p, *_ in got] == [("ARREST", "Pak Chol Su")]


def test_a_headline_source_is_the_one_the_body_names():
    page = ("Ex-Official Omar Haddad Died In Prison, Exile Website Claims\n\n"
            "Omar Haddad, a former deputy minister, died in prison on May 9, the Orvik Bulletin reported.\n")
    got = rows(page, "2025-06-24")
    assert [(t, p, d, s) for t, p, d, s, _ in got] == [("DIE", "Omar Haddad", "2025-05-09", "Orvik Bulletin")]
