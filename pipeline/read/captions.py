"""Photo captions and their credits on one line of a scraped page.

A caption reports what a photo shows, dated by its own date ("X at a ceremony in Y,
Sept. 14, 2021. (Photo: Z archive)"); its credit ("Photo: AFP", "(AFP/File)",
"© X / archives") and its label ("PHOTO:", "FILE -", "[Photo]") are not text. The
words that make a credit are data (``models/lexicon/photo_credits.txt``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import resolve_date
from ..lexicon import read_list
from .furniture import words

CREDITS_FILE = "lexicon/photo_credits.txt"
MAX_CAPTION_WORDS = 80
MAX_CREDIT_WORDS = 12
MAX_CREDIT_LINE_WORDS = 8


@dataclass(frozen=True)
class CaptionWords:
    labels: tuple[str, ...]
    credits: tuple[str, ...]
    marks: frozenset[str]
    agencies: tuple[str, ...]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "CaptionWords":
        found: dict[str, list[str]] = {"label": [], "credit": [], "mark": [], "agency": []}
        for entry in read_list(CREDITS_FILE):
            kind, _, value = entry.partition(":")
            if kind.strip() in found and value.strip():
                found[kind.strip()].append(value.strip())
        longest = lambda xs: tuple(sorted(set(xs), key=len, reverse=True))  # noqa: E731
        return cls(labels=longest(x.lower() for x in found["label"]),
                   credits=longest(x.lower() for x in found["credit"]),
                   marks=frozenset(x.lower() for x in found["mark"]), agencies=longest(found["agency"]))


@dataclass(frozen=True)
class Caption:
    """Spans within the line: the caption's own words, and the label and credits around them."""

    text: tuple[int, int] | None  # None: the line is a credit and nothing else
    credits: tuple[tuple[int, int], ...]


def _alt(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in items)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = CaptionWords.load()
    labels, credits, agencies = _alt(w.labels), _alt(w.credits), _alt(w.agencies)
    # an inline credit is capitalised ("... 2021. Photo: X", "PHOTO: X"); "a photo: ..." is text
    capital = _alt(tuple(c[:1].upper() + c[1:] for c in w.credits) + tuple(c.upper() for c in w.credits))
    return {
        # "PHOTO: ...", "[Photo] ...", "IMAGE - ...", "Image caption ..." at the start of the line
        "label": re.compile(rf"^[\s•·*\-–—]*(?:\[\s*(?:{labels})\s*\]\s*|\(\s*(?:{labels})\s*\)\s*"
                            rf"|(?:{labels})\s*[:\-–—|]+\s*|(?:image|media)\s*caption\s*)", re.I),
        "file": re.compile(r"^[\s•·*]*FILE\s*[-–—:]\s*"),  # "FILE - ..." (capitals only)
        # "... 2021. Photo: X archive", "sackedCredit: Alamy", "... | Photo: X" to the end of the line
        "credit": re.compile(rf"(?:(?<=[a-z.!?\"'”’)\]])|\s+[-–—|]?\s*)(?:{capital})\s*:\s*\S.*$"),
        "credit_words": re.compile(r"(?:^|\s)(?i:image\s+copyright|image\s+credit|photo\s+credit|photos?\s+by"
                                   r"|courtesy(?:\s+of)?)\s+[A-Z].*$"),
        "agency_photo": re.compile(rf"\s(?:{agencies})\s+PHOTO\b.*$"),
        "copyright": re.compile(r"\s*©.*$"),
        # "... on Thursday.Mario Vazquez De La Torre / AP": a photographer and agency glued on
        "slash_agency": re.compile(rf"(?:(?<=[.!?])|\s)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,5}}\s?/\s?"
                                   rf"(?:{agencies})\b[\w ]*$"),
        # a bracketed group at the end of the line
        "tail_group": re.compile(r"\s*(?:\(([^()]{1,100})\)|\[([^\[\]]{1,100})\])\s*$"),
        "agency": re.compile(rf"^(?:{agencies})$", re.I),
        "slash_credit": re.compile(r"^[\w .,'&-]+(?:\s*/\s*[\w .,'&-]+)+$"),
        "credit_start": re.compile(rf"^[\s•·*\-–—]*(?:{credits}|{labels})\b", re.I),
    }


@lru_cache(maxsize=1)
def _mark_patterns() -> tuple[re.Pattern, ...]:
    """The credit marks as whole words, compiled once."""
    return tuple(re.compile(rf"\b{re.escape(m)}\b") for m in CaptionWords.load().marks)


_SLASH = re.compile(r"\s*/\s*")
_FILE_MARK = re.compile(r"\(file\)", re.I)
_WHOLE_BRACKETED = re.compile(r"(\s*[\[(])(.+?)([\])]\s*)")
# what each credit pattern cannot match without: a character of the line as written, or (the
# case-blind "credit_words") a part of its words free of letters that fold to another ("ſ" ~ "s")
_NEEDS = {"credit": ":", "agency_photo": "PHOTO", "copyright": "©", "slash_agency": "/"}
_NEEDS_LOWER = ("mage", "photo", "courte")  # "image ...", "photo(s) ...", "courtesy ..."


def _may_match(name: str, head: str, start: int) -> bool:
    """False when the credit pattern ``name`` cannot match in ``head`` from ``start``: the
    line lacks what the pattern needs (most lines are no caption: five searches saved)."""
    if name in _NEEDS:
        return head.find(_NEEDS[name], start) >= 0
    if name == "credit_words":
        low = head.lower()
        return any(w in low for w in _NEEDS_LOWER)
    return True


def _is_credit_group(inner: str, bracket: str) -> bool:
    """ "(AFP/File)", "(Photo: X archive)", "(Delta Press/Handout)", "[EPA]"."""
    low = inner.lower()
    if any(m.search(low) for m in _mark_patterns()):
        return True
    parts = [p.strip() for p in _SLASH.split(inner) if p.strip()]
    if len(parts) >= 2 and all(p[:1].isupper() for p in parts) and len(words(inner)) <= 8:
        return True  # "Name/Agency"
    return bracket == "[" and bool(_patterns()["agency"].match(inner.strip()))


def is_credit_line(line: str) -> bool:
    """A line that is only a credit ("Mary Altaffer/AP", "Photo : X News", "Image credit X")."""
    text = line.strip()
    ws = words(text)
    if not ws or len(ws) > MAX_CREDIT_LINE_WORDS or text.endswith((".", "?", "!")) and not text.endswith(". )"):
        return False
    p = _patterns()
    if p["credit_start"].match(text) and (":" in text or len(ws) <= 4 or _FILE_MARK.search(text)):
        return True
    if text.startswith("©") or p["agency"].match(text):
        return True
    if p["slash_credit"].match(text) and "/" in text:
        w = CaptionWords.load()
        parts = [s.strip().lower() for s in text.split("/")]
        return any(part in {a.lower() for a in w.agencies} or any(m in part for m in w.marks) or
                   any(part.endswith(" " + a.lower()) for a in w.agencies) for part in parts)
    return False


def split_caption(line: str) -> Caption | None:
    """The caption and credit spans of the line, or None when it is not a caption."""
    if not line.strip() or len(words(line)) > MAX_CAPTION_WORDS:
        return None
    if is_credit_line(line):
        return Caption(None, ((0, len(line)),))
    # a bracketed line opens with "[" or "(" after its spaces
    whole = _WHOLE_BRACKETED.fullmatch(line) if line.lstrip()[:1] in ("[", "(") else None
    if whole and whole.group(1).strip() + whole.group(3).strip() in ("[]", "()"):
        inner = split_caption(whole.group(2))  # "[Photo: X in Y, 2019. Credit: Z archive]"
        if inner is not None and inner.text is not None:
            shift = len(whole.group(1))
            moved = tuple((s + shift, e + shift) for s, e in inner.credits)
            return Caption((inner.text[0] + shift, inner.text[1] + shift),
                           ((0, shift),) + moved + ((len(line) - len(whole.group(3)), len(line)),))
    p = _patterns()
    start, end = 0, len(line.rstrip())
    credits: list[tuple[int, int]] = []
    labelled = p["label"].match(line) or p["file"].match(line)
    if labelled and labelled.end() < end:
        credits.append((0, labelled.end()))
        start = labelled.end()
    found_credit = True
    while found_credit and end > start:
        found_credit = False
        head = line[:end]
        # tail_group cannot match unless the line (without trailing spaces) ends with a bracket
        group = p["tail_group"].search(head) if head.rstrip()[-1:] in (")", "]") else None
        if group and group.start() >= start and _is_credit_group(group.group(1) or group.group(2),
                                                                 "(" if group.group(1) else "["):
            credits.insert(0, (group.start(), end))
            end, found_credit = group.start(), True
            continue
        for name in ("credit", "credit_words", "agency_photo", "copyright", "slash_agency"):
            m = p[name].search(head, start) if _may_match(name, head, start) else None
            if m and m.start() > start and len(words(m.group(0))) <= MAX_CREDIT_WORDS:
                credits.insert(0, (m.start(), end))
                end, found_credit = m.start(), True
                break
    if not credits:
        return None
    if labelled and len(credits) == 1 and credits[0][0] == 0:
        rest = line[start:end]
        if len(words(rest)) <= 5 and all(w[0].isupper() for w in words(rest)):  # "Photo : YONHAP News"
            return Caption(None, ((0, len(line)),))
    text = (start, end) if words(line[start:end]) else None
    if text is None:
        return Caption(None, ((0, len(line)),))
    return Caption(text, tuple(credits))


# -- the caption's own date -------------------------------------------------------------------

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DATES = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|(?P<dotted>\d{1,2}\.\d{1,2}\.\d{4})|(?:in|of|from)\s+(?P<year>(?:19|20)\d{2}))\b")


def caption_date(caption: str, credit: str = "") -> str | None:
    """The date the caption gives (its first), else the date its credit gives ("Photo: X
    archive / 14.08.2023"), in ISO form at its precision."""
    return _first_date(caption) or _first_date(credit)


def _first_date(text: str) -> str | None:
    for m in _DATES.finditer(text):
        if m.group("dotted"):
            day, month, year = (int(x) for x in m.group("dotted").split("."))
            try:
                return datetime.date(year, month, day).isoformat()
            except ValueError:
                continue
        if m.group("year"):
            return m.group("year")
        resolved = resolve_date(m.group(0), None)
        if resolved is not None:
            return resolved.iso
    return None
