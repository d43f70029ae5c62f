"""The structure of a scraped news page, and the text the parser should read.

A page is more than its article: a " date 2023-07-25 " marker, a Title Case
headline, a standfirst, menus, share bars, bylines, timestamps, photo captions
with their credits, "Read more:" lists of other articles, comment and donation
blocks, and often a last sentence cut mid-word. ``lay_out`` cuts the text into
``Part``s that cover it in order, and makes ``Layout.parse_text``: the same text,
the same length (every offset still points into ``Article.text``), with what is
not the article blanked to spaces (line breaks kept) and the headline in
sentence case. It blanks only what it is sure of: a line that might be a
paragraph stays.

Kinds of part:

========== ==========================================================================
marker     the scraper's " date YYYY-MM-DD " at the very start (blanked)
headline   the page's title line (kept, in sentence case when it was Title Case)
standfirst the summary lines between headline and article (kept)
byline     "By Jane Roe, Staff Writer", "(Reporting by ...)", "Okno newsroom" (blanked)
timestamp  "Updated 7:15 p.m. EST", "Thursday 29 May 2025" before or after the article
           (blanked)
dateline   the wire lead "NIAMEY, May 2 (Reuters) -" of the first paragraph (kept)
caption    what a photo shows; ``Part.date`` is the caption's own date (kept)
credit     a caption's credit or label: "Photo: AFP", "(AFP/File)", "PHOTO:" (blanked)
boilerplate menus, share bars, comment, subscription and donation blocks, "Read more:"
           lists, tags, copyright lines, mastheads (blanked)
repeat     a line that repeats an earlier line word for word (blanked)
subhead    a short line inside the article that is not a sentence: a crosshead, a list
           entry, or another article's headline set in the text (kept)
body       a paragraph of the article (kept)
cutoff     the unfinished last sentence of a text cut mid-word (blanked)
========== ==========================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_list
from .captions import CaptionWords, caption_date, split_caption
from .casing import common_words, is_all_caps, is_title_case, sentence_case, stop_words
from .furniture import SEPARATORS as SEPARATOR
from .furniture import (Furniture, LineFurniture, classify, end_mark, is_comment_mark, normalise,
                        opens_comments, words)

ABBREVIATIONS_FILE = "lexicon/abbreviations.txt"
UNFINISHED_FILE = "lexicon/unfinished_words.txt"
BLANKED = frozenset({"marker", "byline", "timestamp", "credit", "boilerplate", "repeat", "cutoff"})
KEPT = frozenset({"headline", "standfirst", "dateline", "caption", "subhead", "body"})

MARKER = re.compile(r"\A\s*date[:\s]\s*(\d{4}(?:-\d{2}){0,2})(?=\s|\Z)[ \t]*", re.I)
MIN_PROSE_WORDS = 4
MIN_LONG_WORDS = 16  # a line this long with no final stop is still a paragraph
MAX_SUBHEAD_WORDS = 15
MAX_LIST_ITEM_WORDS = 25
FINAL = re.compile(r"[.!?…](?:[\"'”’»)\]]*)\s*$")
CLAUSE_END = re.compile(r"[.!?…:;](?:[\"'”’»)\]]*)\s*$")  # a paragraph may end on a colon ("their names:")
# a sentence ends at a stop and a space, or at a stop glued to the next one ("February.Ramaphosa")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=\S)|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")
_STAMP_WORDS = re.compile(r"\b(?:published|updated|posted|modified|last updated)\b", re.I)
_LEAD_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b")
_DATELINES = [
    # "NIAMEY, May 2 (Reuters) -", "LUSAKA, 12 March 2023 —", "SEOUL, South Korea (AP) —", "WASHINGTON —"
    re.compile(r"(?P<d>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2})?"
               r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s*\d{4})?))?"
               r"(?:,?\s*\([A-Za-z][\w .&\-]{0,30}\))?"
               r"\s*\.?\s*[-–—:]+\s*)(?=[\"“‘A-Z])"),
    # "Bengaluru, Feb 1:", "Seoul, Corea.–", "Lima, 9 June 2015 –"
    re.compile(r"(?P<d>[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){0,2},\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
               r"|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?|[A-Z][a-z]+\.)\s*(?:\([A-Za-z][\w .&\-]{0,30}\))?"
               r"\s*[-–—:]+\s*)(?=[\"“‘A-Z])"),
    # "NAIROBI, June 26 Jane Roe was ...": a wire lead whose "(Agency) -" the scraper dropped
    re.compile(r"(?P<d>[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]+){0,3},\s*(?:" + _LEAD_MONTH + r"\.?\s+\d{1,2}"
               r"|\d{1,2}\s+" + _LEAD_MONTH + r"\.?)(?:,?\s*\d{4})?\s+)(?=[\"“‘A-Z])"),
    # "Seoul, Jul 16 (AP) South Korea's ...": the same with its agency but no dash
    re.compile(r"(?P<d>[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){0,2},\s*(?:" + _LEAD_MONTH + r"\.?\s+\d{1,2}"
               r"|\d{1,2}\s+" + _LEAD_MONTH + r"\.?)(?:,?\s*\d{4})?\s*\([A-Z][\w .&\-]{0,30}\)\s+)(?=[\"“‘A-Z])"),
    # "(AFRICAN EXAMINER) –", "(Reuters) -"
    re.compile(r"(?P<d>\([A-Z][A-Za-z .&\-]{1,40}\)\s*[-–—:]+\s*)(?=[\"“‘A-Z])"),
]
MAX_DATELINE_CHARS = 70
EDITOR_NOTE = re.compile(r"\([^()]{3,60}\)")  # "(Adds background)", "(Updates with quotes)": never the headline
BULLET = re.compile(r"^[-–—•·*›»>▪■]\s")  # a list entry, never a headline
_ENDS_CLAUSE = re.compile(r"[.!?:;…\"”’)\]|]\s*$")
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_CAPITALISED_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_OPENS_SENTENCE = re.compile(r"[.!?:(]\s*[\"“‘(]*$")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True)
class Part:
    """A stretch of ``Article.text`` [start, end) of one kind; parts cover the text in order."""

    start: int
    end: int
    kind: str
    date: str | None = None  # captions: the date the caption (or its credit) gives, ISO

    @property
    def blanked(self) -> bool:
        return self.kind in BLANKED


@dataclass(frozen=True)
class Layout:
    parts: tuple[Part, ...]
    marker_date: str | None  # the " date YYYY-MM-DD " marker's date, as written
    parse_text: str  # the text the parser reads: same length as Article.text

    def part_at(self, offset: int) -> Part | None:
        """The part that holds this character offset."""
        lo, hi = 0, len(self.parts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.parts[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return self.parts[lo] if lo < len(self.parts) and self.parts[lo].start <= offset else None

    def kind_at(self, offset: int) -> str:
        part = self.part_at(offset)
        return part.kind if part else "body"

    def of_kind(self, *kinds: str) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind in kinds)

    @property
    def headline(self) -> Part | None:
        return next((p for p in self.parts if p.kind == "headline"), None)


@dataclass
class _Line:
    start: int  # absolute offsets of the line's text, without its line break
    end: int
    text: str
    kind: str = ""  # "" while undecided
    furniture: LineFurniture | None = None
    pieces: list[tuple[int, int, str, str | None]] | None = None  # sub-line parts (absolute)
    opens_list: bool = False
    after_gap: bool = False  # a blank line comes before it


# -- shapes of a line ---------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """A sentence of the article: long enough, ends with a stop, not a Title Case headline."""
    return len(words(text)) >= MIN_PROSE_WORDS and bool(CLAUSE_END.search(text)) and not is_title_case(text)


@lru_cache(maxsize=8192)
def is_bodyish(text: str) -> bool:
    """Prose, or a line of ordinary words that lost its final stop: long, or holding a whole
    sentence before it ("“She was the best of us.” — Jane Roe, mayor")."""
    if is_prose(text):
        return True
    if is_title_case(text) or is_all_caps(text):
        return False
    n = len(words(text))  # a long line of ordinary words, or one that holds a whole sentence
    return n >= MIN_LONG_WORDS or (n >= MIN_PROSE_WORDS + 2 and bool(_SENTENCE_BREAK.search(text)))


def lower_majority(text: str) -> bool:
    ws = words(text)[1:]
    return len(ws) >= 1 and sum(w[0].islower() for w in ws) * 2 > len(ws)


def is_kicker(text: str) -> bool:
    """A section label or kicker above or under a headline: one word, or a few in capitals."""
    ws = words(text)
    letters = [c for c in text if c.isalpha()]
    return len(ws) == 1 or (len(ws) <= 4 and len(letters) >= 2 and all(c.isupper() for c in letters))


def is_name_only(text: str) -> bool:
    """ "Kenny Yip and Ada Chow": two or more names of one to three capitalised words, joined
    by a lower-case "and", "&" or commas, and nothing else (Title Case would write "And")."""
    groups = [g.split() for g in re.split(r"\s*(?:,|&|\band\b)\s*", text.strip())]
    if len(groups) < 2 or FINAL.search(text) or not re.search(r",|&|\band\b", text):
        return False
    return all(1 <= len(g) <= 3 and all(t[:1].isupper() for t in g) for g in groups)


# -- the layout ------------------------------------------------------------------------------------


# A line that runs on into the next one (a text hard-wrapped at a fixed width): it does not
# end a sentence, and the next line starts in lower case or it ends on a word that cannot end one.
_RUNS_ON = frozenset("a an the of to in on at by for with from and or but nor that which who whose as "
                     "was were is are be been being has have had his her its their our my your since "
                     "after before than into over under about between while when where said not this "
                     "these those will would could should may might can also".split())


WRAP_WIDTHS = (40, 100)  # the widths a text hard-wrapped at a fixed column is set at
WRAP_FULL = 0.7  # a line this share of the width or longer was wrapped, not ended


def wrap_width(lines: list[str]) -> int | None:
    """The column a page was hard-wrapped at, if it was: most of its lines are nearly as
    long as its long ones (the 90th percentile), almost none is longer, and most of those
    full lines stop mid-sentence (a page of one short paragraph a line ends them on a stop)."""
    lengths = sorted(len(ln) for ln in lines)
    if len(lengths) < 6:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    full = [ln for ln in lines if WRAP_FULL * width <= len(ln) <= width + 8]
    over = sum(n > width + 8 for n in lengths)
    open_ended = sum(not CLAUSE_END.search(ln) for ln in full)
    if len(full) < 5 or len(full) * 2 < len(lengths) or over > max(1, len(lengths) // 10):
        return None
    return width if open_ended * 2 > len(full) else None


def _runs_on(prev: _Line, line: _Line, text: str, width: int | None = None) -> bool:
    """True when the line break between ``prev`` and ``line`` is a wrap inside a paragraph.
    On a page wrapped at ``width``, a line that fills the width runs on whatever case the
    next line starts with ("... also appointed Jane\nRoe as ..."); a line that ends a
    sentence or a clause, a Title Case line, a list entry and a new wire lead never do."""
    if text[prev.end:line.start].count("\n") != 1 or len(words(prev.text)) < 4:
        return False
    if _ENDS_CLAUSE.search(prev.text) or SEPARATOR.search(prev.text):
        return False
    last = prev.text.split()[-1].lower()
    if width is not None:
        if is_title_case(prev.text) or is_all_caps(prev.text) or BULLET.match(line.text) or _dateline(line.text):
            return False
        return (len(prev.text.rsplit("\n", 1)[-1]) >= WRAP_FULL * width or line.text[:1].islower() or last in _RUNS_ON
                or prev.text.endswith(","))
    if not lower_majority(prev.text):
        return False
    return line.text[:1].islower() or last in _RUNS_ON or prev.text.endswith(",")


def _lines(text: str, skip: int) -> tuple[list[_Line], list[int]]:
    """The non-blank lines after the marker, with their offsets; a hard-wrapped paragraph
    is one line, and the offsets of its inner line breaks come second."""
    out: list[_Line] = []
    wraps: list[int] = []
    raws = text.split("\n")
    width = wrap_width([r.strip() for r in text[skip:].split("\n") if r.strip()])
    pos = 0
    for raw in raws:
        start, end = max(pos, skip), pos + len(raw)
        pos = end + 1
        body = text[start:end] if end > start else ""
        if not body.strip():
            continue
        lead = len(body) - len(body.lstrip())
        begin = start + lead
        line = _Line(begin, begin + len(body.strip()), body.strip(),
                     after_gap=bool(out) and text[out[-1].end:begin].count("\n") >= 2)
        if out and _runs_on(out[-1], line, text, width):
            prev = out[-1]
            wraps.append(text.index("\n", prev.end))
            prev.end, prev.text = line.end, text[prev.start:line.end]
            continue
        out.append(line)
    return out, wraps


def _classify(lines: list[_Line], outlet: str | None, f: Furniture) -> None:
    """Furniture and captions, line by line; everything else stays "" (text) for now."""
    for ln in lines:
        furn = classify(ln.text, f, outlet)
        if furn is not None and furn.end >= len(ln.text):
            ln.kind, ln.furniture, ln.opens_list = furn.kind, furn, furn.opens_list
            continue
        if furn is not None:  # a boilerplate sentence, then a real paragraph on the same line
            rest = ln.text[furn.end:]
            ln.pieces = [(ln.start, ln.start + furn.end, "boilerplate", None)]
            ln.start += furn.end + len(rest) - len(rest.lstrip())
            ln.text = rest.strip()
            continue
        caption = split_caption(ln.text)
        if caption is None:
            mark = end_mark(ln.text, f)
            if mark:  # "... from prosecution. Endit"
                ln.pieces = [(ln.start + mark, ln.end, "boilerplate", None)]
                ln.end, ln.text = ln.start + mark, ln.text[:mark]
            sign = _sign_off().search(ln.text) if ln.text.rstrip().endswith(_sign_off_ends()) else None
            if sign and sign.start() > 0 and FINAL.search(ln.text[:sign.start()]):  # "... in 2017. – Xinhua"
                ln.pieces = [(ln.start + sign.start(), ln.end, "byline", None)]
                ln.end, ln.text = ln.start + sign.start(), ln.text[:sign.start()]
            continue
        if caption.text is None:
            ln.kind = "credit"
            continue
        ln.kind = "caption"
        pieces = [(ln.start + s, ln.start + e, "credit", None) for s, e in caption.credits]
        cs, ce = caption.text
        credit = " ".join(ln.text[s:e] for s, e in caption.credits)
        pieces.append((ln.start + cs, ln.start + ce, "caption", caption_date(ln.text[cs:ce], credit)))
        ln.pieces = sorted(pieces)


@lru_cache(maxsize=1)
def _sign_off() -> re.Pattern:
    """A news agency signing off a paragraph: "... in 2017. – Xinhua", "... record. — Reuters"."""
    names = "|".join(re.escape(a) for a in CaptionWords.load().agencies)
    return re.compile(rf"\s*(?:[–—-]\s*(?:{names})|\((?:{names})\))\s*$")


@lru_cache(maxsize=1)
def _sign_off_ends() -> tuple[str, ...]:
    """How a line ends when ``_sign_off`` can match it: an agency's name or a bracket."""
    return tuple(CaptionWords.load().agencies) + (")",)


def _pick_headline(head: list[_Line]) -> int | None:
    """Index (in ``head``) of the headline among the text lines before the article."""
    cands = [i for i, ln in enumerate(head) if len(words(ln.text)) >= 2
             and not is_kicker(ln.text) and not BULLET.match(ln.text) and not EDITOR_NOTE.fullmatch(ln.text)
             and not is_name_only(ln.text)]  # "Jane Roe, Abuja": the reporter and the desk
    if not cands:
        return None
    first = cands[0]
    ws = [w.lower() for w in words(head[first].text)]
    f = Furniture.load()
    if len(ws) <= 3 and sum(w in f.sections or w in f.outlet_heads for w in ws) * 2 >= len(ws):
        longer = [i for i in cands[1:] if len(words(head[i].text)) >= 5]
        if longer:  # "The News Blog" above the headline
            return longer[0]
    return first


def _dateline(text: str) -> int:
    """Length of a wire dateline opening the paragraph ("NIAMEY, May 2 (Reuters) - "), or 0."""
    for pattern in _DATELINES:
        m = pattern.match(text)
        if m and len(m.group("d")) <= MAX_DATELINE_CHARS:
            return len(m.group("d"))
    return 0


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(e.lower() for e in read_list(ABBREVIATIONS_FILE))


def sentence_breaks(text: str) -> list[int]:
    """Offsets where a sentence of the line starts after another ends (not after "Gov.",
    "Sept." or an initial)."""
    out = []
    for m in _SENTENCE_BREAK.finditer(text):
        before = text[max(0, m.start() - 80):m.start() + 1]  # the word before the stop, not the whole text
        word = _WORD_BEFORE_STOP.search(before) if before.endswith(".") else None  # it ends "\.$"
        if word and (word.group(1).lower() in _abbreviations() or _INITIALS.fullmatch(word.group(1))):
            continue
        out.append(m.end())
    return out


MIN_INLINE_HEADLINE_WORDS = 6


def inline_headlines(text: str) -> list[tuple[int, int]]:
    """Spans of a paragraph that are other articles' headlines set inline among its sentences
    ("... denied the reports. Leader Collapses After Suffering Heart Attack, Say Reports."):
    a run of Title Case sentences, never the whole paragraph, long enough, and with at least
    two words Title Case capitalises that a list of names and offices would not (a function
    word or a past-tense verb: "After", "About", "Suffered"); "Jane Roe, Minister of Fisheries."
    is not one."""
    bounds = [0] + sentence_breaks(text) + [len(text)]
    sentences = list(zip(bounds, bounds[1:]))
    if len(sentences) < 2:
        return []
    flags = [is_title_case(text[a:b].strip()) for a, b in sentences]
    out: list[tuple[int, int]] = []
    n = 0
    while n < len(sentences):
        if not flags[n]:
            n += 1
            continue
        m = n
        while m + 1 < len(sentences) and flags[m + 1]:
            m += 1
        start, end = sentences[n][0], sentences[m][1]
        if (m - n + 1 < len(sentences) and len(words(text[start:end])) >= MIN_INLINE_HEADLINE_WORDS
                and _headline_words(text[start:end]) >= 2):
            out.append((start, end))
        n = m + 1
    return out


def _headline_words(text: str) -> int:
    """Capitalised words past each sentence's first that only Title Case capitalises."""
    count = 0
    for sentence_start, word in ((m.start() == 0 or bool(_OPENS_SENTENCE.search(text[:m.start()])), m.group())
                                 for m in _CAPITALISED_WORD.finditer(text)):
        key = word.lower()
        if sentence_start or not word[0].isupper() or word.isupper():
            continue
        if key in stop_words() or key.endswith("ed") and key in common_words():
            count += 1  # "After", "To", "Him", "Is"; "Suffered" (a plural noun looks like a verb: not "-s")
    return count


def _cut_sentence(ln: _Line, text: str) -> int | None:
    """Where the cut tail of the last line starts (absolute), if the text was cut
    mid-sentence: the unfinished last sentence keeps what it had said before its last word
    (``cut_tail``)."""
    if CLAUSE_END.search(ln.text) or ln.kind not in ("", "body"):
        return None
    breaks = sentence_breaks(ln.text)
    start = ln.start + (breaks[-1] if breaks else 0)
    if re.match(r"[—–-]", text[start:]):
        return None  # "... RIP.” — Jane Roe, actor": a quotation's attribution, not a cut
    if not _SENTENCE_BREAK.search(text[:start]) and not FINAL.search(text[:start].rstrip()):
        return None  # nothing complete before it: a one-sentence text is left alone
    return start + cut_tail(text[start:ln.end])


MIN_CUT_KEPT_WORDS = 3  # an unfinished sentence keeps its start only when this many words are left
_TAIL_PUNCT = " \t,;:([–—-\"“‘'/"


@lru_cache(maxsize=1)
def _unfinished() -> frozenset[str]:
    return frozenset(e.lower() for e in read_list(UNFINISHED_FILE))


def cut_tail(sentence: str) -> int:
    """Where the cut tail of an unfinished sentence starts: its last word (cut, or cut
    after), the rest of a name the cut ran into ("... met Jane Ro"), and the words left
    dangling before them ("... in prison for", "... said the"), so that "X was sentenced to
    six years in prison for smuggl" keeps "X was sentenced to six years in prison".
    0 when fewer than ``MIN_CUT_KEPT_WORDS`` words would be left: the whole sentence goes."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", sentence)]
    if not tokens:
        return 0
    cut = tokens.pop()
    if cut[2][:1].isupper():  # a name cut in its middle goes whole
        while tokens and tokens[-1][2][:1].isupper() and not re.search(r"[,;:.!?)\]]$", tokens[-1][2]):
            tokens.pop()
    while tokens:  # words left dangling, and a possessive whose noun was cut
        core = tokens[-1][2].strip(_TAIL_PUNCT + ".)]”’").lower()
        if core and core not in _unfinished() and not re.search(r"['’]s$", core):
            break
        tokens.pop()
    if not tokens:
        return 0
    begin, _, token = tokens[-1]
    end = begin + len(token.rstrip(_TAIL_PUNCT))  # "... one prisoner," ends on its word
    return end if len(words(sentence[:end])) >= MIN_CUT_KEPT_WORDS else 0


def lay_out(text: str, outlet: str | None = None) -> Layout:
    """Cut a page into parts and make the text the parser reads."""
    f = Furniture.load()
    marker = MARKER.match(text)
    marker_date = marker.group(1) if marker else None
    lines, wraps = _lines(text, marker.end() if marker else 0)
    _classify(lines, outlet, f)
    text_lines = [i for i, ln in enumerate(lines) if ln.kind == ""]

    listed = _list_items(lines)

    # the unfinished last sentence (decided first: it makes its line a paragraph)
    cut_at: int | None = None
    if lines and lines[-1].kind == "" and len(lines) - 1 not in listed:
        last = lines[-1]
        prev = _previous_text(lines, len(lines) - 1)
        if is_bodyish(last.text) or (len(words(last.text)) >= 2 and not is_title_case(last.text)
                                     and prev is not None and is_bodyish(prev.text)):
            cut_at = _cut_sentence(last, text)

    # the article starts at its first paragraph; the head is what comes before
    prose = [i for i in text_lines if is_prose(lines[i].text)]
    if not prose:
        prose = [i for i in text_lines if is_bodyish(lines[i].text)]
    first = prose[0] if prose else (len(lines) - 1 if cut_at is not None else None)
    if first is None:  # no paragraph at all: whatever text there is, is the article
        for i in text_lines:
            lines[i].kind = "body"
        first = text_lines[0] if text_lines else None
    head_text = [i for i in text_lines if first is not None and i < first]
    headline = None
    if head_text:
        pick = _pick_headline([lines[i] for i in head_text])
        if pick is not None:
            headline = head_text[pick]
    if first is not None and (headline is None or first > headline) and _before_apparatus(lines, first, prose):
        # a first sentence still followed by bylines or timestamps: the headline or standfirst
        lines[first].kind = "headline" if headline is None else "standfirst"
        headline = first if headline is None else headline
        later = [i for i in prose if i > first]
        first = later[0] if later else None
        head_text = [i for i in head_text if lines[i].kind == ""]
    for i in head_text:
        ln = lines[i]
        if headline is None or i < headline:
            ln.kind = "boilerplate"  # section labels and site names above the headline
        elif i == headline:
            ln.kind = "headline"
        elif is_name_only(ln.text):
            ln.kind = "byline"
        elif is_kicker(ln.text):
            ln.kind = "boilerplate"  # a kicker or section label: "EXCLUSIVE", "GUINEA"
        else:
            ln.kind = "standfirst"
    if first is not None:
        for i in text_lines:  # lines between a promoted headline or standfirst and the article
            if i < first and lines[i].kind == "":
                lines[i].kind = "byline" if is_name_only(lines[i].text) else "standfirst"

    thread = _comment_thread(lines, first, f)
    if thread is not None:  # the readers' comments: not the article, whatever they say
        for ln in lines[thread:]:
            if ln.kind in ("", "body"):
                ln.kind, ln.pieces, ln.opens_list = "boilerplate", None, False
        text_lines = [i for i in text_lines if i < thread]
        cut_at = None

    # the article runs to its last paragraph; after it, only furniture and other headlines
    bodyish = [i for i in text_lines if is_bodyish(lines[i].text) and (first is None or i >= first)]
    last_body = max(bodyish + ([len(lines) - 1] if cut_at is not None else []), default=None)
    if cut_at is not None and lines[-1].kind == "":
        lines[-1].kind = "body"
    seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if i in listed and ln.kind == "":
            ln.kind = "boilerplate"  # another article's headline under "Read more:"
            continue
        if ln.kind == "timestamp" and first is not None and last_body is not None and first < i < last_body \
                and not _STAMP_WORDS.search(ln.text):
            ln.kind = "subhead"  # a date line inside the article dates what follows it
        if ln.kind != "":
            continue
        if first is None or i < first:
            ln.kind = "standfirst"
        elif last_body is not None and i > last_body:
            ln.kind = "boilerplate"
        elif is_prose(ln.text) or len(words(ln.text)) > MAX_SUBHEAD_WORDS:
            ln.kind = "body"
        else:  # a crosshead, a list entry, or another article's headline set in the text
            ln.kind = "subhead"
    for ln in lines:  # a line said again word for word (a repeated headline or caption)
        key = normalise(ln.text)
        if ln.kind in KEPT and len(words(key)) >= 4:
            if key in seen:
                ln.kind = "repeat"
                ln.pieces = [q for q in ln.pieces or [] if q[1] <= ln.start] or None
            else:
                seen[key] = 1

    pieces: list[tuple[int, int, str, str | None]] = []
    if marker:
        pieces.append((0, marker.end(), "marker", None))
    for i, ln in enumerate(lines):
        if ln.pieces and ln.kind in ("caption",):
            pieces.extend(ln.pieces)
            continue
        if ln.pieces:
            pieces.extend(ln.pieces)
            if not ln.text:
                continue
        start, end = ln.start, ln.end
        if i == first and ln.kind == "body" and (d := _dateline(ln.text)):
            pieces.append((start, start + d, "dateline", None))
            start += d
        spans = inline_headlines(text[start:end]) if ln.kind == "body" and not (
            i == len(lines) - 1 and cut_at is not None) else []
        if spans:  # other articles' headlines set in the paragraph
            pos = start
            for a, b in spans:
                if start + a > pos:
                    pieces.append((pos, start + a, "body", None))
                pieces.append((start + a, start + b, "boilerplate", None))
                pos = start + b
            if pos < end:
                pieces.append((pos, end, "body", None))
            continue
        if i == len(lines) - 1 and cut_at is not None and ln.kind == "body":
            if cut_at > start:
                pieces.append((start, cut_at, "body", None))
            pieces.append((max(cut_at, start), end, "cutoff", None))
            continue
        pieces.append((start, end, ln.kind, None))
    parts = _cover(sorted(pieces), len(text))
    return Layout(parts, marker_date, _parse_text(text, parts, wraps))


def _comment_thread(lines: list[_Line], first: int | None, f: Furniture) -> int | None:
    """Where the readers' comments start, after the article's first paragraph: at a comment
    header or at the first comment signature, provided a signature follows."""
    if first is None:
        return None
    start = None
    for i in range(first + 1, len(lines)):
        text = lines[i].text
        mark = lines[i].kind in ("", "timestamp") and is_comment_mark(text, f)
        if start is None and (mark or opens_comments(text, f)):
            start = i
        if start is not None and mark:
            return start
    return None


def _list_items(lines: list[_Line]) -> set[int]:
    """Indices of the headlines listed under a "Read more:" header: short text lines that do
    not end a sentence, or that follow the previous entry without a blank line between."""
    items: set[int] = set()
    open_list = False
    for i, ln in enumerate(lines):
        if ln.opens_list:
            open_list = True
            continue
        if not open_list or ln.kind not in ("",):
            if ln.kind == "caption":
                open_list = False
            continue
        ends_sentence = ln.text.rstrip("\"'”’)]").endswith(".")
        if len(words(ln.text)) <= MAX_LIST_ITEM_WORDS and (
                not is_bodyish(ln.text) or not ends_sentence and not ln.after_gap):
            items.add(i)
        else:
            open_list = False
    return items


def _previous_text(lines: list[_Line], index: int) -> _Line | None:
    """The nearest text line before this one, passing over short subhead-like lines."""
    for ln in reversed(lines[:index]):
        if ln.kind != "":
            return None
        if is_bodyish(ln.text):
            return ln
        if len(words(ln.text)) > MAX_SUBHEAD_WORDS:
            return None
    return None


def _before_apparatus(lines: list[_Line], index: int, prose: list[int]) -> bool:
    """True when bylines or timestamps still come between this sentence and the next
    paragraph, or the next paragraph opens with a wire dateline: the sentence is the page's
    headline or standfirst, not its first paragraph."""
    if len(words(lines[index].text)) > 40:
        return False
    nxt = next((i for i in prose if i > index), None)
    if nxt is None:
        return False
    between = lines[index + 1:nxt]
    if any(ln.kind == "byline" or ln.kind == "timestamp" and _STAMP_WORDS.search(ln.text) for ln in between):
        return True  # "By Jane Roe", "Updated 7:15 p.m." (a bare date may head the next paragraph)
    return not any(ln.kind == "" for ln in between) and _dateline(lines[nxt].text) > 0


def _cover(pieces: list[tuple[int, int, str, str | None]], length: int) -> tuple[Part, ...]:
    """Parts that cover [0, length): each piece runs on to the next one (whitespace included)."""
    if not pieces:
        return (Part(0, length, "body"),) if length else ()
    out: list[Part] = []
    for n, (start, end, kind, date) in enumerate(pieces):
        nxt = pieces[n + 1][0] if n + 1 < len(pieces) else length
        begin = 0 if n == 0 else max(start, out[-1].end)
        if nxt <= begin:
            continue
        out.append(Part(begin, nxt, kind, date))
    return tuple(out)


def _parse_text(text: str, parts: tuple[Part, ...], wraps: list[int]) -> str:
    """Blanked parts to spaces (line breaks kept), the headline in sentence case, and the line
    breaks inside a hard-wrapped paragraph to spaces so its sentences read whole."""
    out = list(text)
    for i in wraps:
        out[i] = " "
    body = "\n".join(text[p.start:p.end] for p in parts if p.kind in ("body", "standfirst", "subhead", "caption"))
    for part in parts:
        if part.blanked:  # every character but a line break to a space
            out[part.start:part.end] = _NOT_NEWLINE.sub(" ", "".join(out[part.start:part.end]))
        elif part.kind == "dateline" and text[part.end - 1] in " \t" and not re.search(r"[-–—:]", text[part.start:part.end]):
            out[part.end - 1] = "\n"  # "NAIROBI, June 26 Jane Roe was ...": with no dash, the city is read as its subject
        elif part.kind == "headline":
            seg = text[part.start:part.end]
            cased = sentence_case(seg, body)
            if len(cased) == len(seg):
                # "X Is Dead, Paper Says; Brother Says He Lives": each clause a sentence of its own
                out[part.start:part.end] = re.sub(r";(?= )", ".", cased)
    return "".join(out)
