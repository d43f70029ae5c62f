"""Rule-by-rule tests of pipeline.read.furniture: each rule with a line it must catch and a
near-identical line it must leave alone, so a weakened rule fails a test (issue 10: a mutation
score, not a test count).

Every name, outlet and place here is invented for the tests.
"""

from __future__ import annotations

import pytest

from pipeline.read.furniture import (
    _COUNT,
    SEPARATORS,
    _TRAIL,
    Furniture,
    LineFurniture,
    _bare,
    _comment_firsts,
    _name_like,
    boiler_phrase,
    classify,
    end_mark,
    is_byline,
    is_comment_mark,
    is_nav,
    is_site_name,
    is_timestamp,
    may_separate,
    normalise,
    opens_comments,
    related_header,
    segments,
    stamp_date,
)


@pytest.fixture(scope="module")
def f() -> Furniture:
    return Furniture.load()


# -- names: who a byline or a comment signature credits ---------------------------------------


@pytest.mark.parametrize("name", [
    "Okonkwo",  # one word: a surname or a desk alone
    "Jane Roe and John Doe",  # lower-case connectors of a shared credit or of a name
    "Jane Roe & John Doe",
    "Ana de Souza", "Lia da Costa", "Ramon del Valle", "Pieter van Dijk", "Otto von Berg",
    "Omar al Haddad", "Karim el Tayeb", "Zaid bin Nasser", "Jean le Roux", "Rosa la Fuente",
    "Jose y Garcia",
    "Omar al-Haddad", "Karim el-Tayeb",  # a hyphenated lower-case particle
    "Harbour newsroom",  # a desk word in lower case
    'Jane "Jay" Roe',  # quotes and commas round a word do not hide its capital
    "Roe, Jane",
    "Xander Pole",  # a capital X is a letter like any other
    "Jan Roe",  # a month's abbreviation followed by a name is a first name
    "Ana Bela Cruz de Souza y Silva Neto",  # eight words: a long name
])
def test_name_like_accepts_capitalised_names_with_particles(name: str, f: Furniture) -> None:
    assert _name_like(name.split(), f)


@pytest.mark.parametrize("tokens", [
    "Harbour officials ruled".split(),  # a lower-case word that is neither particle nor desk
    "Jane ruled".split(),
    ["March"], ["Jan."], ["Tuesday"],  # a month or weekday alone is a date, not a name
    "Jan 5".split(),
    "Jane Roe , said".split(),  # a stray comma does not end the check
    "Ana Bela Cruz de Souza y Silva Neto Lima".split(),  # nine words are no name
    [],
])
def test_name_like_rejects_sentences_dates_and_long_runs(tokens: list[str], f: Furniture) -> None:
    assert not _name_like(tokens, f)


# -- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "bur-as/jm",  # a wire desk's initials
    "(Reporting by Jane Roe; editing by John Doe)",  # a wire credit in brackets, lower-case inside
    "• By Jane Roe",  # a bullet before the prefix
    "Written by Jane Roe",  # a two-word prefix
    "By Xander Pole",
    "By Jane Roe in Port Harbour",  # a dateline after the name
    "By Jane Roe for Harbour Daily",
    "By Jane Roe, the Harbour Daily",
    "By Jane Roe, Head of Harbour Desk",
    "By Jane Roe, Harbour and Port Desk",
    "By Jane Roe and John Doe and Ann Lee",  # three reporters, eight words
    "Posted by Jane Roe on march 3, 2021",  # a lower-case month after the name
    "By Jane Roe, staff correspondent",  # lower-case desk words
    "By Jane Roe, staff writer",  # a desk phrase whose last word alone is no desk word
    "By Jane Roe, news desk",
    "By Jane Roe, updated 3 hours ago",  # lower-case timestamp words
    "Harbour newsroom",  # a desk line without a prefix
    "Redacción Okno",  # the desk word first
    "Ana de Souza, correspondent",
])
def test_byline_lines(line: str, f: Furniture) -> None:
    assert is_byline(line, f)


@pytest.mark.parametrize("line", [
    "By Christmas, the rebels had taken the town",  # a name-like head, then a sentence
    "By Sunday, the army had retreated",  # a weekday is no reporter
    "By Harbour Bank standards, the loan was small",
    "Harbour officials ruled",
    "Jane Roe and Tom Ng said the staff",
    "By Jane Roe, writer of the week",  # a desk phrase only in part
])
def test_sentences_opening_like_a_byline_are_not_bylines(line: str, f: Furniture) -> None:
    assert not is_byline(line, f)


# -- timestamps ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Updated Thursday",  # a stamp word and a weekday, no digit
    "Updated on 5 May",
    "Updated 10:42 Portmere time",  # one unknown word (a place) beside a clock time
    '"Updated 5 May"',  # quotes round the stamp
    "Posted 5 hrs. 3 mins. ago",  # stamp words with a full stop
    "Published Monday, local time",  # a two-word stamp phrase at the end
    "Posted Thursday - Updated Friday",  # a dash between two stamps
    "Thursday 29 May 2025",
])
def test_timestamp_lines(line: str, f: Furniture) -> None:
    assert is_timestamp(line, f)


@pytest.mark.parametrize("line", [
    "Date", "Time", "On", "At", "on time",  # a label or a preposition alone dates nothing
    "Harbour rally on 5 May",  # a headline with a date: two words that are not stamp words
    "Updated yesterday",  # one unknown word and no digit
])
def test_not_timestamps(line: str, f: Furniture) -> None:
    assert not is_timestamp(line, f)


@pytest.mark.parametrize("line, found", [
    ("14.08.2023", ("2023-08-14", False)),  # dotted: day first
    ("Last updated: 2023-05-02", ("2023-05-02", True)),
    ("Posted February 30, 2023", None),  # no such day
    ("Posted February 30, 2023, updated March 2, 2023", ("2023-03-02", True)),  # the next date counts
    ("Posted 2023-02-30, corrected 2023-03-01", ("2023-03-01", False)),
    ("05/02/2023", None),  # month first or day first: ambiguous
])
def test_stamp_date(line: str, found: tuple[str, bool] | None) -> None:
    assert stamp_date(line) == found


# -- menus and breadcrumbs -------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Home › World",  # a breadcrumb of two
    "Home › World › Harbour City Council Election Results",  # a five-word crumb after ›
    "Home | News | Arts and Culture | Letters to the Editor",  # four-word menu entries
    "Okno | Harbour | Portmere",  # capitalised entries
    "Okno | Harbour | more stories",  # one lower-case entry among capitalised ones
    "home | world | sport | okno",  # a lower-case menu: most entries are known sections
    "world | sport | okno | harbour",  # half of them known
    "Okno Radio / international",  # a name and a known section
])
def test_nav_lines(line: str, f: Furniture) -> None:
    assert is_nav(line, segments(line), f)


@pytest.mark.parametrize("line", [
    "Home | News | Harbour judge frees jailed editor",  # a five-word headline after a bar
    "Okno | Harbour | He fled.",  # a sentence
    "Okno | harbour talks | port deal",  # mostly lower case, nothing known
    "world | okno | harbour",  # lower case, less than half known
    "harbour / World",  # two entries, the first in lower case
    "Sport | he said | it was | over",
    "Home",  # one entry is no menu
])
def test_not_nav(line: str, f: Furniture) -> None:
    assert not is_nav(line, segments(line), f)


def test_segments_drop_pieces_without_a_word() -> None:
    assert segments("Home | - | World") == ["Home", "World"]


@pytest.mark.parametrize("line", [
    "Home | World", "Home › World", "News » Coast", "Share · Tweet", "Share • Tweet", "Home\tWorld",
    "Harbour news / Coast", "Share   Tweet", "Share \n Tweet", "Share\u00a0 Tweet", "Harbour/Coast",
    "Ilse Marrow was detained in Kestrel Bay on Sunday.", "Ilse Marrow\nwas detained", "",
])
def test_may_separate_agrees_with_separators(line: str) -> None:
    """``segments`` splits only a line ``may_separate`` lets through; any other has no separator."""
    if not may_separate(line):
        assert SEPARATORS.search(line) is None
    assert segments(line) == [s for s in SEPARATORS.split(line.strip()) if s and any(c.isalnum() or c == "_" for c in s)]


# -- "Read more" headers, boilerplate phrases, site names ------------------------------------


@pytest.mark.parametrize("line, found", [
    ("Read more", (True, False)),  # a header alone: headlines follow on the next lines
    ("Read more.", (True, False)),
    ("Read more »", (True, False)),
    ("Read more: Harbour judge frees jailed editor", (True, True)),  # the item on the same line
    ("Read more... Harbour judge frees jailed editor", (True, True)),
    ("Related: Harbour judge frees jailed editor", (True, True)),  # the bare word of longer phrases
    ("More from Okno", (True, False)),
    ("You may be interested in", (True, False)),  # the longest header phrase: five words
    ("More from the Harbour Gazette", (True, False)),
    ("Recommended dose cut for harbour workers", None),  # a headline that opens with a header word
    ("Related talks ended.", None),  # a sentence
    ("Harbour judge frees jailed editor", None),
])
def test_related_header(line: str, found: tuple[bool, bool] | None, f: Furniture) -> None:
    assert related_header(line, f) == found


@pytest.mark.parametrize("line, phrase", [
    ("12 Comments", "comments"),  # a count before the phrase
    ("(3) Comments", "comments"),
    ("•  Share   this   article", "share this article"),  # bullets and spacing
    ("Share this article with a friend", "share this article"),
    ("Harbour judge frees jailed editor", None),
])
def test_boiler_phrase(line: str, phrase: str | None, f: Furniture) -> None:
    assert boiler_phrase(line, f) == phrase


@pytest.mark.parametrize("line", [
    "Comments (12)", "12 Comments:", "(3) Comments »", "Share — ", "Sections ...", "3,400 shares",
    "Harbour judge frees 2 editors, 3", "(Marrowby) 12", "Politics | ", "Page 2.", "1. Harbour news",
    "Ilse Marrow: 4 , 5 ))", "»»", "", "12",
])
def test_bare_agrees_with_the_full_substitutions(line: str) -> None:
    """``_bare``'s rstrip and its first- and last-character tests give what the three
    substitutions gave on every normalised segment."""
    import re

    n = normalise(line)
    assert _bare(n) == re.sub(r"^\(?\d[\d,.]*\)?\s+", "", _COUNT.sub("", _TRAIL.sub("", n)))


def test_normalise_makes_spelling_variants_of_a_phrase_equal() -> None:
    assert normalise("•  Read\u00a0 More ’") == normalise("read more '") == "read more '"


@pytest.mark.parametrize("line", [
    "Harbour Gazette", "The Harbour Gazette", "The Harbour And Port Chronicle",  # a masthead
])
def test_site_names(line: str, f: Furniture) -> None:
    assert is_site_name(line, None, f)


@pytest.mark.parametrize("line", [
    "Gazette",  # one word is a button or a label
    "The Harbour gazette",  # not a masthead's capitals
    "Harbour Gazette Editors Quit",  # a headline: the last word is no masthead word
    "The Old Harbour And Port Chronicle",  # six title-case words: more likely a headline
])
def test_not_site_names(line: str, f: Furniture) -> None:
    assert not is_site_name(line, None, f)


@pytest.mark.parametrize("line, outlet, found", [
    ("Okno Daily", "Okno Daily", True),
    ("OKNO DAILY", "Okno Daily", True),
    ("Okno Daily — news and opinion from the coast", "Okno Daily", True),
    ("Okno Daily has not been able to verify the claim", "Okno Daily", False),
])
def test_site_name_of_the_outlet(line: str, outlet: str, found: bool, f: Furniture) -> None:
    assert is_site_name(line, outlet, f) is found


# -- reader comments -------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Jane Roe 2014/08/21 08:33:33 PM",  # a signature: a name, a date and a clock time
    "Jane Roe - 2014/08/21 08:33",
    "Xavi Roe · 2014/08/21 08:33",
    "May 10, 2010 at 1:51 am | Report abuse |",
])
def test_comment_marks(line: str, f: Furniture) -> None:
    assert is_comment_mark(line, f)


@pytest.mark.parametrize("line", [
    "Polls closed on 2014/08/21 at 20:00",  # a sentence with a date and a time
    "2014/08/21 08:33",  # no one signs it
    "Jane Roe wrote to the harbour board in 2014",
])
def test_not_comment_marks(line: str, f: Furniture) -> None:
    assert not is_comment_mark(line, f)


@pytest.mark.parametrize("line, found", [
    ("Comments", True), ("12 Comments", True), ("soundoff (19 Responses)", True),
    ("Leave a comment", True),
    ("Comments from the harbour board", False),
])
def test_opens_comments(line: str, found: bool, f: Furniture) -> None:
    assert opens_comments(line, f) is found


@pytest.mark.parametrize("line", [
    "Comments", "12 Comments", "soundoff (19 Responses)", "Leave a comment", "Leave a reply",
    "Comments from the harbour board", "[4] comments: 7", "Responses", "Ilse Marrow left the harbour.",
    "(19)", "", "Leave", "comments comments",
])
def test_opens_comments_first_word_test_agrees(line: str, f: Furniture) -> None:
    """The first-word test in ``opens_comments`` only says no when the full test says no."""
    import re

    n = re.sub(r"\s+", " ", re.sub(r"[\d()\[\],:|]+", " ", normalise(line))).strip()
    full = bool(n) and (n in f.comment_headers or all(w in f.comment_headers for w in n.split()))
    assert opens_comments(line, f) is full
    if full:
        assert n.split()[0] in _comment_firsts(f.comment_headers)


# -- end marks -------------------------------------------------------------------------------


@pytest.mark.parametrize("line, found", [
    ("The talks ended. ENDIT", len("The talks ended.")),
    ("The talks will end", None),  # "end" in lower case is a word
    ("ENDIT", None),  # a mark alone ends no paragraph (the line is furniture)
])
def test_end_mark(line: str, found: int | None, f: Furniture) -> None:
    assert end_mark(line, f) == found


# -- whole lines -----------------------------------------------------------------------------


def whole(kind: str, line: str) -> LineFurniture:
    return LineFurniture(kind, len(line))


@pytest.mark.parametrize("line, kind", [
    ("12 | 34", "boilerplate"),  # fewer than three letters
    ("© 2024 Okno Media", "boilerplate"),
    ("https://example.org/news/1", "boilerplate"),
    ("Facebook Twitter LinkedIn YouTube", "boilerplate"),  # share buttons run together
    ("Facebook Twitter", "boilerplate"),
    ("Share this article | Sign up for our newsletter", "boilerplate"),
    # two boilerplate sentences: the whole line goes, not only the first sentence
    ("Share this article.  Your email address will not be published in any form.", "boilerplate"),
    ("Updated 5 May 2021 » 10:42 GMT", "timestamp"),  # a stamp, though › and » also make menus
    ("By Jane Roe | Harbour Gazette", "byline"),  # a byline and an outlet's name
    ("By Jane Roe | Harbour Gazette Weekend Edition", "byline"),
    ("Okno | Updated 2 hrs ago", "timestamp"),
    ("Harbour Gazette", "boilerplate"),  # a masthead
])
def test_classify_whole_lines(line: str, kind: str, f: Furniture) -> None:
    assert classify(line, f) == whole(kind, line)


def test_classify_the_outlets_own_name(f: Furniture) -> None:
    line = "Okno Harbour Times — news and opinion from the coast"
    assert classify(line, f, outlet="Okno Harbour Times") == whole("boilerplate", line)
    assert classify(line, f) is None


@pytest.mark.parametrize("line", [
    "By Jane Roe | the vote",  # a byline beside a lower-case fragment is not a credit line
    "By Jane Roe | The court ruled on the appeal today",
    "The court ruled on the appeal today",
])
def test_classify_keeps_text(line: str, f: Furniture) -> None:
    assert classify(line, f) is None


def test_a_boilerplate_sentence_costs_only_itself(f: Furniture) -> None:
    line = "Share this article. The court ruled on Monday that the harbour deal was void."
    assert classify(line, f) == LineFurniture("boilerplate", len("Share this article."))
    short = "Share this article. The court ruled."  # a short tail goes with it
    assert classify(short, f) == whole("boilerplate", short)


@pytest.mark.parametrize("line, opens", [
    ("Read more", True),  # headlines follow on the next lines
    ("Read more: Harbour judge frees jailed editor", False),
])
def test_classify_related_headers(line: str, opens: bool, f: Furniture) -> None:
    assert classify(line, f) == LineFurniture("boilerplate", len(line), opens_list=opens)
