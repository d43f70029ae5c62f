"""Page furniture on one line of a scraped page: navigation, share bars, comment and
subscription blocks, bylines, timestamps and "Read more:" headers.

Every word list is a data file under ``models/lexicon/`` (see ``Furniture.load``);
this module only knows how a line is cut into segments and compared with them.
A line is furniture when every segment of it is; a phrase that opens a line
followed by a real paragraph ("Your support makes all the difference.The court
ruled ...") costs only its own sentence.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..dates import resolve_date
from ..lexicon import read_list

BOILERPLATE_FILE = "lexicon/boilerplate.txt"
RELATED_FILE = "lexicon/related_headers.txt"
BYLINE_FILE = "lexicon/byline_words.txt"
TIMESTAMP_FILE = "lexicon/timestamp_words.txt"
SECTIONS_FILE = "lexicon/site_sections.txt"
OUTLET_HEADS_FILE = "lexicon/outlet_heads.txt"

MAX_ANYWHERE_WORDS = 25  # a "~" phrase marks a line this short or shorter
MIN_KEPT_WORDS = 8  # what follows a boilerplate sentence on its line is kept from this length on

# "|", "›", "»", "·", "•", " / " and runs of spaces separate menu entries and share buttons.
SEPARATORS = re.compile(r"\s*(?:\||›|»|·|•|\u2022|\s/\s|\s{2,}|\t)\s*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
_LEAD = re.compile(r"^[\s\-–—•·*›»>|/\\■□▪►▶→←\[\(]+")
_TRAIL = re.compile(r"[\s:.!…>→›»|\-–—*)\]]+$")
_COUNT = re.compile(r"\s*\(?\d[\d,.]*\)?$")
_FIRST_WORD_END = re.compile(r"[\s:;,!?>|›»(.]")
LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?", re.U)
COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)", re.I)
URL = re.compile(r"(?:https?://|www\.)\S+")
WIRE_CODES = re.compile(r"^[a-z]{1,4}(?:[-/][a-z]{1,4}){1,5}$")  # "lm-pd/ceb", "kh/ram/jsa"

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday "
            "mon tue tues wed thu thur thurs fri sat sun").split()
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_TOKEN = re.compile(
    rf"(?:\d[\d:./-]*\d|\d|\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}(?:{_MONTH})\.?|(?:{_MONTH})\.?"
    rf"|(?:{'|'.join(WEEKDAYS)})\.?)", re.I)
_TOKEN = re.compile(r"[^\s,|()\[\]:;–—]+")
_SPACES = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")
_NO_WORD = re.compile(r"[\W_]*")
_PUNCT_ONLY = re.compile(r"[\W_]+")
_LEAD_COUNT = re.compile(r"^\(?\d[\d,.]*\)?\s+")
# _TRAIL on a normalised line: its only whitespace is " " (normalise collapses the rest), and a
# run anchored at the end is the longest suffix of these characters, so rstrip removes the same
_TRAIL_CHARS = " :.!…>→›»|-–—*)]"
_BYLINE_HEAD = re.compile(r"\s*(?:[,;|•·–—(]|\s(?:in|on|for|at)\s)")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s*[A-Z\"“‘(]|\s*$)")
_COMMENT_NOISE = re.compile(r"[\d()\[\],:|]+")
_COMMENT_WORD = re.compile(r"[^\s\d()\[\],:|]+")


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces, no leading bullets or arrows. Cached: a
    page's every line is asked about by several rules."""
    text = _LEAD.sub("", text.translate(_QUOTES).lower())
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Cached like normalise: classify asks for a line's words up to six times."""
    return tuple(WORD.findall(text))


@dataclass(frozen=True)
class Furniture:
    """The word lists, read once."""

    boiler_words: frozenset[str]  # one-word phrases: a whole segment
    boiler_starts: tuple[str, ...]  # longer phrases: the start of a line or segment
    starts_by_word: dict[str, tuple[str, ...]]  # the same by first word: a line is compared with a few
    boiler_anywhere: tuple[str, ...]  # "~" phrases: anywhere in a short line
    end_marks: tuple[str, ...]  # "$" words: a wire's end mark after a paragraph's last word
    comment_headers: frozenset[str]  # "!" phrases: a header that opens the readers' comments
    comment_marks: tuple[str, ...]  # "%" phrases: what every reader comment carries
    related: tuple[str, ...]
    related_by_word: dict[str, tuple[str, ...]]
    byline_prefixes: tuple[str, ...]
    desk_words: frozenset[str]
    stamp_words: frozenset[str]
    sections: frozenset[str]
    outlet_heads: frozenset[str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Furniture":
        one, starts, anywhere, ends, headers, marks = set(), [], [], [], set(), []
        for entry in read_list(BOILERPLATE_FILE):
            if entry.startswith("$"):
                ends.append(entry[1:].strip())
                continue
            if entry.startswith("%"):
                marks.append(normalise(entry[1:]))
                continue
            if entry.startswith("!"):  # a comment header is also boilerplate
                entry = entry[1:]
                headers.add(normalise(entry))
            if entry.startswith("~"):
                anywhere.append(normalise(entry[1:]))
            elif " " in entry.strip():
                starts.append(normalise(entry))
            else:
                one.add(normalise(entry))
        prefixes, desks = [], set()
        for entry in read_list(BYLINE_FILE):
            kind, _, value = entry.partition(":")
            (prefixes.append(value.strip().lower()) if kind.strip() == "prefix" else desks.add(value.strip().lower()))
        by_length = lambda items: tuple(sorted(set(items), key=len, reverse=True))  # noqa: E731
        return cls(
            boiler_words=frozenset(one), boiler_starts=by_length(starts), starts_by_word=_first_words(by_length(starts)),
            boiler_anywhere=tuple(anywhere),
            end_marks=tuple(ends), comment_headers=frozenset(headers), comment_marks=tuple(marks),
            related=by_length(normalise(e) for e in read_list(RELATED_FILE)),
            related_by_word=_first_words(by_length(normalise(e) for e in read_list(RELATED_FILE))),
            byline_prefixes=by_length(prefixes), desk_words=frozenset(desks),
            stamp_words=frozenset(e.lower() for e in read_list(TIMESTAMP_FILE)),
            sections=frozenset(normalise(e) for e in read_list(SECTIONS_FILE)),
            outlet_heads=frozenset(w.lower() for line in read_list(OUTLET_HEADS_FILE) for w in line.split()),
        )


def first_word(text: str) -> str:
    end = _FIRST_WORD_END.search(text)  # what split(maxsplit=1)[0] gave, without copying the rest
    return text[:end.start()] if end else text


def _first_words(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for phrase in phrases:  # longest first, as given
        index.setdefault(first_word(phrase), []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _starts_with(text: str, phrase: str) -> bool:
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())


# SEPARATORS cannot match without one of these characters or two whitespace characters in a row
_SEPARATOR_CHARS = "|›»·•\t/"
_TWO_SPACES = re.compile(r"\s\s")


def may_separate(text: str) -> bool:
    """False when SEPARATORS cannot match in the text (a cheap test: most lines are prose)."""
    return any(c in text for c in _SEPARATOR_CHARS) or _TWO_SPACES.search(text) is not None


def segments(line: str) -> list[str]:
    text = line.strip()
    parts = SEPARATORS.split(text) if may_separate(text) else [text]
    return [s for s in parts if s and _WORD_CHAR.search(s)]


# -- one segment ------------------------------------------------------------------------


def _bare(n: str) -> str:
    """The normalised segment without its trailing punctuation and a count before or after it
    ("Comments (12)", "12 Comments:"): what is looked up as a one-word phrase or section."""
    bare = n.rstrip(_TRAIL_CHARS)  # = _TRAIL.sub("", n) on a normalised text (see _TRAIL_CHARS)
    if bare[-1:].isdigit() or bare[-1:] in (",", ".", ")"):  # _COUNT cannot match without one at the end
        bare = _COUNT.sub("", bare)
    if bare[:1].isdigit() or bare[:1] == "(":  # _LEAD_COUNT cannot match without one at the start
        bare = _LEAD_COUNT.sub("", bare)
    return bare


def boiler_phrase(text: str, f: Furniture) -> str | None:
    """The boilerplate phrase the text opens with (or is), if any."""
    n = normalise(text)
    bare = _bare(n)
    if bare in f.boiler_words or bare in f.sections:
        return bare
    for phrase in f.starts_by_word.get(first_word(n), ()):
        if _starts_with(n, phrase):
            return phrase
    if len(words(n)) <= MAX_ANYWHERE_WORDS:
        for phrase in f.boiler_anywhere:
            if phrase in n:
                return phrase
    return None


def related_header(text: str, f: Furniture) -> tuple[bool, bool] | None:
    """(is a header, with an item on the same line) for "Read more:" lines, else None."""
    n = normalise(text)
    for phrase in f.related_by_word.get(first_word(n), ()):
        if not _starts_with(n, phrase):
            continue
        rest = n[len(phrase):].strip()
        if not rest or _NO_WORD.fullmatch(rest):
            return True, False
        if rest[0] in ":>›»|-–—" or rest.startswith("..."):  # a letter or digit follows (else above)
            return True, True
        if len(words(n)) <= 5 and not n.endswith("."):  # "MORE FROM WIRE", "You may also like"
            return True, False
    return None


def is_timestamp(text: str, f: Furniture) -> bool:
    """Dates, times and stamp words only ("Updated 7:15 p.m. EST", "Thursday 29 May 2025")."""
    tokens = [m.group() for m in islice(_TOKEN.finditer(text), 15)]  # a 15th token is enough to say no
    if not tokens or len(tokens) > 14:
        return False
    signal, leftover = False, 0
    for i, tok in enumerate(tokens):
        low = tok.lower().strip("'\"")
        if _DATE_TOKEN.fullmatch(low):
            signal = True
        elif low in f.stamp_words or low.rstrip(".") in f.stamp_words or (
                i + 1 < len(tokens) and f"{low} {tokens[i + 1].lower()}" in f.stamp_words):
            signal = signal or low not in {"on", "at", "date", "time"}
        elif _PUNCT_ONLY.fullmatch(low):
            continue
        else:
            leftover += 1
    return signal and leftover <= 1 and (leftover == 0 or any(c.isdigit() for c in text))


_STAMP_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP_DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<md>{_STAMP_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)"
    rf"|(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+{_STAMP_MONTH},?\s+(?:19|20)\d\d)"
    r"|(?P<ymd>(?:19|20)\d\d(?P<sep>[-/.])[01]?\d(?P=sep)[0-3]?\d)"
    r"|(?P<dmy>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d))(?![\w/-])", re.I)
_LATER_STAMP = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.I)


def stamp_date(text: str) -> tuple[str, bool] | None:
    """The calendar day a timestamp or byline line gives ("12:30 AM September 06, 2012",
    "Published: 27th Aug, 2024", "Last updated: 2023-05-02", "14.08.2023"), ISO, and whether the
    line dates a later edit ("Updated ..."), not the first publication. A slashed or dotted date
    is read year first or day first, never month first ("05/02/2023" is ambiguous: no date)."""
    for m in _STAMP_DATE.finditer(text):
        if m.group("dmy"):
            day, month, year = (int(x) for x in m.group("dmy").split("."))
        elif m.group("ymd"):
            year, month, day = (int(x) for x in re.split(r"[-/.]", m.group("ymd")))
        else:
            found = resolve_date(m.group(0), None)
            if found is None or found.precision != "day":
                continue
            day, month, year = found.start.day, found.start.month, found.start.year
        try:
            iso = datetime.date(year, month, day).isoformat()
        except ValueError:
            continue
        return iso, bool(_LATER_STAMP.search(text[:m.start()]))
    return None


def _name_like(tokens: list[str], f: Furniture) -> bool:
    """Capitalised words, initials and connectors: a person or a newsroom, not a sentence."""
    if not 1 <= len(tokens) <= 8:
        return False
    first = tokens[0].lower().strip(".,")
    if len(tokens) == 1 and (first in MONTHS or first in WEEKDAYS):  # "March" alone is a date
        return False  # ("Jan 5" fails below: a number is no capitalised word; "Jan Roe" is a name)
    for tok in tokens:
        bare = tok.strip(".,;'\"")
        if not bare:
            continue
        if bare.lower() in {"and", "&", "de", "da", "del", "van", "von", "al", "el", "bin", "le", "la", "y"} \
                or bare.lower() in f.desk_words or bare[0].isupper() or bare.startswith(("al-", "el-")):
            continue
        return False
    return True


def is_byline(text: str, f: Furniture) -> bool:
    """ "By Jane Roe, Staff Writer", "Posted by X | Filed under ...", "(Reporting by ...)",
    "Okno newsroom", "bur-as/jm"."""
    stripped = text.strip()
    n = normalise(stripped)
    if WIRE_CODES.fullmatch(n):
        return True
    if stripped.startswith("(") and any(_starts_with(n, p) for p in f.byline_prefixes if " " in p):
        return True  # "(Reporting by ...; Editing by ...)"
    # _starts_with cannot hold for a prefix the line does not start with: most lines start with none
    prefixes = f.byline_prefixes if n.startswith(f.byline_prefixes) else ()
    for prefix in prefixes:
        if not _starts_with(n, prefix):
            continue
        lead = _LEAD.match(stripped)
        body = stripped[lead.end() if lead else 0:]
        opened = re.match(r"\s+".join(map(re.escape, prefix.split())), body, re.I)
        if opened is None:
            return False
        rest = body[opened.end():].lstrip(" :")
        head = _BYLINE_HEAD.split(rest + " ", maxsplit=1)[0]
        if not _name_like(head.split(), f):
            return False
        content = [w for w in words(rest[len(head):]) if w.lower() not in {"in", "on", "for", "at", "the", "of", "and"}
                   and w.lower().strip(".") not in MONTHS + WEEKDAYS]
        desk_phrase = " ".join(content).lower() in f.desk_words  # "By Jane Roe, staff writer"
        return len(words(stripped)) <= 20 and (desk_phrase or all(
            w[0].isupper() or w.lower() in f.desk_words or w.lower() in f.stamp_words for w in content))
    toks = stripped.split()
    if 2 <= len(toks) <= 5 and (toks[-1].lower() in f.desk_words or toks[0].lower() in f.desk_words):
        return _name_like(toks, f)
    return False


def is_nav(line: str, segs: list[str], f: Furniture) -> bool:
    """A menu or breadcrumb: capitalised entries of a few words between separators."""
    if len(segs) < 2:
        return False
    if re.search(r"[›»]", line) and all(len(words(s)) <= 5 for s in segs):
        return True
    known = sum(1 for s in segs if boiler_phrase(s, f))  # a section name is a boiler phrase
    if any(len(words(s)) > 4 or s.rstrip().endswith(".") for s in segs):
        return False
    capitalised = sum(1 for s in segs if not s.lstrip()[:1].islower())
    if len(segs) >= 3:
        return capitalised >= len(segs) - 1 or known * 2 >= len(segs)
    return known >= 1 and not segs[0].lstrip()[:1].islower()  # "ETV News / international"


def is_site_name(line: str, outlet: str | None, f: Furniture) -> bool:
    """The outlet's own name or masthead line ("THE HARBOUR STANDARD", "Asia Mirror Online")."""
    n = normalise(line)
    if outlet and (n == normalise(outlet) or re.match(re.escape(normalise(outlet)) + r"\s*(?:[-–—|:,]|$)", n)):
        return True  # "Olancho Frontline — news and opinion from ...", not "Okno has not been able to ..."
    ws = words(line)
    return 1 < len(ws) <= 5 and ws[-1].lower() in f.outlet_heads and all(w[0].isupper() for w in ws)


@dataclass(frozen=True)
class LineFurniture:
    kind: str  # "boilerplate", "byline", "timestamp"
    end: int  # characters of the line it covers (the rest, if any, is a real paragraph)
    opens_list: bool = False  # a "Read more:" header alone: headlines follow


def classify(line: str, f: Furniture, outlet: str | None = None) -> LineFurniture | None:
    """What furniture the line is, or None for text (headline, paragraph, caption)."""
    text = line.strip()
    if len(list(islice(LETTER.finditer(text), 3))) < 3:
        return LineFurniture("boilerplate", len(line))
    if COPYRIGHT.match(text) and len(words(text)) <= 15:
        return LineFurniture("boilerplate", len(line))
    if URL.fullmatch(text):
        return LineFurniture("boilerplate", len(line))
    header = related_header(text, f)
    if header is not None and len(words(text)) <= 30:
        return LineFurniture("boilerplate", len(line), opens_list=not header[1])
    ws = words(text)
    if len(ws) >= 2 and all(w.lower() in f.boiler_words or w.lower() in f.sections for w in ws):
        return LineFurniture("boilerplate", len(line))  # "Facebook Twitter LinkedIn YouTube"
    segs = segments(text)
    phrases: dict[str, str | None] = {}  # boiler_phrase by segment: a line of one segment is asked twice
    kinds = []
    for seg in segs:
        if is_byline(seg, f):
            kinds.append("byline")
        elif _boiler_phrase_of(seg, f, phrases) or (related_header(seg, f) if seg != text else header):
            kinds.append("boilerplate")
        elif is_timestamp(seg, f):
            kinds.append("timestamp")
        else:
            kinds.append("")
    if segs and all(kinds) and (len(segs) > 1 or kinds[0] != "boilerplate"):
        for kind in ("byline", "timestamp", "boilerplate"):
            if kind in kinds:
                return LineFurniture(kind, len(line))
    if is_nav(text, segs, f):
        return LineFurniture("boilerplate", len(line))
    for kind in ("byline", "timestamp"):  # "By Jane Roe | Harbour Gazette", "AFP | Updated 2 hrs ago"
        if kind in kinds and all(k or (len(words(s)) <= 4 and s[:1].isupper()) for k, s in zip(kinds, segs)):
            return LineFurniture(kind, len(line))
    if is_site_name(text, outlet, f):
        return LineFurniture("boilerplate", len(line))
    phrase = _boiler_phrase_of(text, f, phrases)
    if phrase is not None and _starts_with(normalise(text), phrase):
        cut = _sentence_end(line)
        if cut < len(line) and len(words(line[cut:])) >= MIN_KEPT_WORDS:
            return LineFurniture("boilerplate", cut)
        return LineFurniture("boilerplate", len(line))
    if phrase is not None:  # a "~" phrase in a short line
        return LineFurniture("boilerplate", len(line))
    return None


def _boiler_phrase_of(text: str, f: Furniture, known: dict[str, str | None]) -> str | None:
    """``boiler_phrase``, remembered in ``known`` for the one line ``classify`` is looking at."""
    if text not in known:
        known[text] = boiler_phrase(text, f)
    return known[text]


def _sentence_end(line: str) -> int:
    """Where the first sentence of the line ends (after its punctuation), or the line's length."""
    m = _SENTENCE_END.search(line)
    return m.end() if m else len(line)


def end_mark(line: str, f: Furniture) -> int | None:
    """Where a wire's end mark ("... immunity from prosecution. Endit") starts, if the line ends
    with one (case as written: "end" is a word, "END" a mark)."""
    for mark in f.end_marks:
        if line.endswith(mark) and len(line) > len(mark) and line[-len(mark) - 1].isspace():
            return len(line.rstrip()[: -len(mark)].rstrip())
    return None


# -- reader comments -------------------------------------------------------------------------

_DATETIME = re.compile(r"\b(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
                       rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b.*\d{{1,2}}:\d{{2}}", re.I)


def is_comment_mark(line: str, f: Furniture) -> bool:
    """A reader comment's signature: "May 10, 2010 at 1:51 am | Report abuse |", "Jane Roe
    2014/08/21 08:33:33 PM", "... says:" (what a comment thread repeats, an article never has)."""
    text = line.strip()
    if len(words(text)) > 14:
        return False
    n = normalise(text)
    if any(phrase in n for phrase in f.comment_marks):
        return True
    m = _DATETIME.search(text)
    if m is None:
        return False
    before = text[:m.start()].strip(" -|·:")
    return bool(before) and _name_like(before.split(), f)


def opens_comments(line: str, f: Furniture) -> bool:
    """A header that opens the readers' comments ("soundoff (19 Responses)", "12 Comments")."""
    low = normalise(line)
    first = _COMMENT_WORD.search(low)
    # n's first word is this first run: when n is a header, or all its words are, the run is a
    # header's first word or a header (a cheap test before two substitutions over the line)
    if first is None or first.group() not in _comment_firsts(f.comment_headers):
        return False
    n = _SPACES.sub(" ", _COMMENT_NOISE.sub(" ", low)).strip()
    return bool(n) and (n in f.comment_headers or all(w in f.comment_headers for w in n.split()))


@lru_cache(maxsize=4)
def _comment_firsts(headers: frozenset[str]) -> frozenset[str]:
    """Each comment header, and its first word."""
    return frozenset(headers) | {h.split()[0] for h in headers if h.split()}
