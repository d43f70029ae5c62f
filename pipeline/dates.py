"""Resolve date expressions found in news articles to calendar intervals.

A news article says "last November", "on Monday" or "two weeks later"; what the
pipeline needs is an interval of calendar days, resolved against the article's
publication date (the *reference*) and, for anaphoric phrases, against the date
mentioned just before (the *anchor*).  Every result is a :class:`ResolvedDate`
whose ``iso`` is the most precise ISO prefix that holds the whole interval, so
that downstream tables can group by it without inventing precision.

The common forms are handled by regular expressions compiled once at import.
Anything else goes to ``dateparser`` behind guards, because dateparser happily
reads the verb "may" as May, a bare "52" as 1952 and falls back to the system
clock when a part is missing.  Nothing in this module reads the clock: every
relative expression needs an explicit reference or anchor, or resolves to None.

Durations ("over a year", "five weeks"), ages ("63-year-old"), ordinals
("57th anniversary"), decades ("the 1990s") and vague spans ("a few years ago",
"recent years") are not points in time and resolve to None.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


__all__ = ["ResolvedDate", "depends_on_tense", "from_interval", "parse_iso", "resolve_date"]

Interval = tuple[datetime.date, datetime.date]
_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar interval a date expression stands for.

    Frozen so that it is hashable: it is a cache key (as reference and anchor)
    and can sit in sets and DataFrame cells without being mutated.
    """

    iso: str  # "2019", "2019-02" or "2019-02-14": the most precise ISO prefix holding [start, end]
    precision: str  # "year" | "month" | "day", matching the length of iso
    start: datetime.date
    end: datetime.date  # inclusive
    text: str  # the words the date came from


def from_interval(start: datetime.date, end: datetime.date, text: str) -> ResolvedDate:
    """Build a ResolvedDate from an inclusive interval, deriving iso and precision.

    One rule for every form, so precision never claims more than the interval:
    a single day is day precision, days of one month are month precision, days
    of one year are year precision, and a multi-year span is labelled by its
    start year (its start and end still carry the whole span).
    """
    if end < start:
        start, end = end, start
    if start == end:
        return ResolvedDate(start.isoformat(), "day", start, end, text)
    if (start.year, start.month) == (end.year, end.month):
        return ResolvedDate(f"{start.year:04d}-{start.month:02d}", "month", start, end, text)
    return ResolvedDate(f"{start.year:04d}", "year", start, end, text)


# --------------------------------------------------------------------------
# Language facts
# --------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2, "febr": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
# Northern-hemisphere meteorological seasons: first month; winter runs into the next year.
_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
# "early / mid / late" as (first, last) day of a month ...
_MONTH_PARTS: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# ... and as (first, last) month of a year.
_YEAR_PARTS: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PART_WORDS: dict[str, str] = {
    "early": "early", "beginning of": "early", "start of": "early",
    "mid": "mid", "middle of": "mid", "the middle of": "mid",
    "late": "late", "end of": "late",
}
_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "last": -1, "final": -1,
}
# Fixed-date holidays (month, day); movable feasts are left out on purpose.
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year day": (1, 1), "new year eve": (12, 31),
    "valentine day": (2, 14), "halloween": (10, 31),
}
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|lunchtime)"

_M = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_W = r"(?:" + "|".join(_WEEKDAYS) + r")"
_S = r"(?:" + "|".join(_SEASONS) + r")"
_N = r"(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d{1,3})"
_D = r"(?:\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?:\d{4})"
_UNIT = r"(?:day|week|month|year|decade)s?"

# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_LETTER_DOT = re.compile(r"(?<=[a-z])\.")
_AROUND_DASH = re.compile(r"\s*-\s*")
_PART_DASH = re.compile(r"\b(early|mid|late)-")
_SPACES = re.compile(r"\s+")
_SOMETIME = re.compile(r"\bsome ?time (?=in\b|during\b)")
_PAST_WEEKEND = re.compile(r"\b(?:over )?(?:the|this) past weekend\b")  # before "this past" and _REJECT's "past"
_THIS_PAST = re.compile(r"\bthis past\b")
_FIRST_FEW = re.compile(r"\b(first|last|final|opening|closing) few\b")  # before _REJECT's "few"
# "the early hours of Sunday", "the night of March 3": the day itself (before _REJECT's "hours")
_PART_OF_DAY_OF = re.compile(r"\b(?:the )?(?:(?:early|small|wee) hours|night|morning|afternoon|evening) of (?=\w)")
_OVERNIGHT = re.compile(r"^overnight (?=\w)")
# "nearly two years ago": about as dated as "two years ago" (before _REJECT's "nearly")
_ROUGHLY_AGO = re.compile(r"^(?:nearly|almost|some|around|roughly|approximately|just over|just under) (?=.+ ago$)")
_CURRENT = re.compile(r"\b(?:the )?current (?=(?:fiscal )?(?:year|month|week)\b)")
# Fiscal years are named by a calendar year and kept at year precision ("fiscal 2019", "FY2019").
_FISCAL_NAMED = re.compile(r"\b(?:fiscal|fy) ?(?=(?:year )?\d{4}\b)")
_FISCAL_REL = re.compile(r"\b(this|last|next|that|same|previous|following|coming|prior) fiscal year\b")
_PERIOD_END = re.compile(r"\b(year|month)[- ]end(?:s)?(?: of)?(?: (\d{4}))?\b")

# Spelled-out years: "nineteen ninety-six", "twenty twenty-one", "two thousand and five".
_UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
               "eighteen", "nineteen"]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_U = "|".join(_UNIT_WORDS)
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:-(?:{_U}))?|{'|'.join(_TEEN_WORDS)})"
_SPELLED_YEAR = re.compile(
    rf"\b(?:(nineteen|twenty)(?: hundred(?: and)?)? ({_TWO_DIGITS}|oh[- ](?:{_U}))|(nineteen|twenty) hundred"
    rf"|two thousand(?:(?: and)? ({_TWO_DIGITS}|{_U}))?)\b")


def _spelled_number(words: str) -> int:
    """ "ninety-six" -> 96, "oh-five" -> 5, "fifteen" -> 15 (words already matched by _TWO_DIGITS)."""
    total = 0
    for w in re.split(r"[- ]", words):
        if w in _UNIT_WORDS:
            total += _UNIT_WORDS.index(w) + 1
        elif w in _TEEN_WORDS:
            total += _TEEN_WORDS.index(w) + 10
        elif w in _TENS_WORDS:
            total += 10 * (_TENS_WORDS.index(w) + 2)
    return total


def _spelled_year(m: re.Match) -> str:
    if m[1]:
        return str((19 if m[1] == "nineteen" else 20) * 100 + _spelled_number(m[2]))
    if m[3]:
        return "1900" if m[3] == "nineteen" else "2000"
    return str(2000 + (_spelled_number(m[4]) if m[4] else 0))


def _period_end(m: re.Match) -> str:
    """ "year-end" is the end of this year, "year-end 2019" the end of 2019."""
    return f"end of {m[2]}" if m[2] else f"end of this {m[1]}"

_LEADING = re.compile(
    r"^(?:in|on|at|during|since|by|until|till|til|from|as of|as early as|as late as|"
    r"as recently as|back in|around|about|approximately|roughly|circa|c|starting in|"
    r"starting|beginning in|throughout|through)\s+"
)
_THE = re.compile(r"^the\s+")
# Words that mark durations, ages, ordinals, decades and vague spans: never a point in time.
_REJECT = re.compile(
    r"\b(?:year-old|years-old|yr-old|aged?|ages|old|anniversary|birthday|centur(?:y|ies)|"
    r"millenni(?:um|a)|\d+s|[a-z]+ties|recent(?:ly)?|past|over|for|nearly|almost|"
    r"more|less|fewer|at least|up to|within|few|several|many|couple|some|"
    r"time|times|moment|period|season|term|long|ever|once|current(?:ly)?|"
    r"hours?|minutes?|seconds)\b"
)


def _normalise(text: str) -> str:
    """Lower-case, unify dashes, drop dots/commas/possessives, squeeze spaces."""
    t = _DASHES.sub("-", text.strip().lower())
    t = _POSSESSIVE.sub("", t).replace("\u2019", "'")
    t = _LETTER_DOT.sub("", t).replace(",", " ")
    t = _AROUND_DASH.sub("-", t)
    t = _PART_DASH.sub(r"\1 ", t)
    t = _SPACES.sub(" ", t).strip(" .;:!?\"()[]")
    t = _SOMETIME.sub("", t)
    if "past" in t:
        t = _PAST_WEEKEND.sub("last weekend", t)
        t = _THIS_PAST.sub("last", t)
    if "few" in t:
        t = _FIRST_FEW.sub(r"\1", t)
    if " of " in t:
        t = _PART_OF_DAY_OF.sub("", t)
    if t.endswith(" ago"):
        t = _ROUGHLY_AGO.sub("", t)
    if t.startswith("overnight "):
        t = _OVERNIGHT.sub("", t)
    if "current" in t:
        t = _CURRENT.sub("this ", t)
    if "fiscal" in t or "fy" in t:
        t = _FISCAL_NAMED.sub("", t)
        t = _FISCAL_REL.sub(r"\1 year", t)
    if "end" in t:
        t = _PERIOD_END.sub(_period_end, t)
    if "nineteen" in t or "twenty" in t or "thousand" in t:
        t = _SPELLED_YEAR.sub(_spelled_year, t)
    return t


# --------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _month_iv(year: int, month: int) -> Interval:
    return datetime.date(year, month, 1), _month_end(year, month)


def _year_iv(year: int) -> Interval:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _season_iv(season: str, year: int) -> Interval:
    first = _SEASONS[season]
    last_year, last_month = divmod(first - 1 + 2, 12)
    return datetime.date(year, first, 1), _month_end(year + last_year, last_month + 1)


def _week_iv(day: datetime.date) -> Interval:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _shift_years(iv: Interval, years: int) -> Interval:
    return _add_months(iv[0], 12 * years), _add_months(iv[1], 12 * years)


def _is_month(iv: Interval) -> bool:
    return iv[0].day == 1 and iv[1] == _month_end(iv[0].year, iv[0].month)


def _is_year(iv: Interval) -> bool:
    return iv == _year_iv(iv[0].year)


def _is_season(iv: Interval) -> bool:
    if iv[0].day != 1:
        return False
    last = _add_months(iv[0], 2)
    return iv[1] == _month_end(last.year, last.month)


def _recent(make: Callable[[int], Interval | None], ref: ResolvedDate) -> Interval | None:
    """The latest occurrence (by year) that starts on or before the reference ends."""
    for year in range(ref.end.year, ref.end.year - 9, -1):
        iv = make(year)
        if iv is not None and iv[0] <= ref.end:
            return iv
    return None


def _upcoming(make: Callable[[int], Interval | None], ref: ResolvedDate) -> Interval | None:
    """The earliest occurrence (by year) that has not ended before the reference starts."""
    for year in range(ref.start.year - 1, ref.start.year + 9):
        iv = make(year)
        if iv is not None and iv[1] >= ref.start:
            return iv
    return None


def _nearest(make: Callable[[int], Interval | None], c: "_Ctx") -> Interval | None:
    """A bare "March 3" or "in May": the latest one so far, or the next one in a future clause."""
    assert c.ref is not None
    return _upcoming(make, c.ref) if c.future else _recent(make, c.ref)


def _previous(make: Callable[[int], Interval | None], before: datetime.date) -> Interval | None:
    """The latest occurrence that has ended before ``before``."""
    for year in range(before.year, before.year - 9, -1):
        iv = make(year)
        if iv is not None and iv[1] < before:
            return iv
    return None


def _following(make: Callable[[int], Interval | None], after: datetime.date) -> Interval | None:
    """The earliest occurrence that starts after ``after``."""
    for year in range(after.year - 1, after.year + 9):
        iv = make(year)
        if iv is not None and iv[0] > after:
            return iv
    return None


def _safe_day(year: int, month: int, day: int) -> Interval | None:
    try:
        d = datetime.date(year, month, day)
    except ValueError:
        return None
    return d, d


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _year_ok(value: str, bare: bool = False) -> int | None:
    """A 4-digit year; a bare number is a year only within 1900-2100."""
    year = int(value)
    lo, hi = (1900, 2100) if bare else (1000, 2999)
    return year if lo <= year <= hi else None


# --------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    ref: ResolvedDate | None
    anchor: ResolvedDate | None
    the: bool  # the phrase began with "the": "the next year" is anaphoric, "next year" is not
    original: str
    future: bool = False  # the clause looks ahead ("will be sentenced on Nov. 16"): bare dates come next

    def ref_day(self) -> datetime.date | None:
        return self.ref.start if self.ref is not None and self.ref.precision == "day" else None

    def anchor_day(self) -> datetime.date | None:
        a = self.anchor
        return a.start if a is not None and a.precision == "day" else None


_NO = object()  # a handler's "this is not my form" (distinct from None: "my form, unresolvable")
_Handler = Callable[[re.Match, _Ctx], "Interval | None"]
_HANDLERS: list[tuple[re.Pattern, _Handler]] = []


def _form(pattern: str) -> Callable[[_Handler], _Handler]:
    """Register a handler for texts fully matching ``pattern`` (tried in order)."""

    def register(fn: _Handler) -> _Handler:
        _HANDLERS.append((re.compile(pattern), fn))
        return fn

    return register


# --- absolute forms ---------------------------------------------------------


@_form(r"(\d+)")
def _bare_number(m: re.Match, c: _Ctx) -> Interval | None:
    year = _year_ok(m[1], bare=True) if len(m[1]) == 4 else None
    return _year_iv(year) if year else None


@_form(r"year (\d{4})")
def _the_year(m: re.Match, c: _Ctx) -> Interval | None:
    year = _year_ok(m[1])
    return _year_iv(year) if year else None


@_form(r"(\d{4})-(\d{2})-(\d{2})")
def _iso_day(m: re.Match, c: _Ctx) -> Interval | None:
    return _safe_day(int(m[1]), int(m[2]), int(m[3]))


@_form(r"(\d{4})[-/](\d{2})")
def _iso_month_or_span(m: re.Match, c: _Ctx) -> Interval | None:
    # "2020-21" is a span ending the next year, "2020-03" is ISO March, "2016-19" a span.
    year, tail = int(m[1]), int(m[2])
    if tail == (year + 1) % 100:
        return _year_iv(year)[0], _year_iv(year + 1)[1]
    if 1 <= tail <= 12 and "-" in m[0]:
        return _month_iv(year, tail)
    if tail > year % 100:
        return _year_iv(year)[0], _year_iv(year - year % 100 + tail)[1]
    return None


def _month_day(month: int, day: int, year: str | None, c: _Ctx) -> Interval | None:
    if year is not None:
        y = _year_ok(year)
        return _safe_day(y, month, day) if y else None
    if c.ref is None or not 1 <= day <= 31:
        return None
    return _nearest(lambda y: _safe_day(y, month, day), c)


@_form(rf"({_M}) ({_D})(?: ({_Y}))?")
def _month_day_year(m: re.Match, c: _Ctx) -> Interval | None:
    return _month_day(_MONTHS[m[1]], int(re.match(r"\d+", m[2])[0]), m[3], c)


@_form(rf"({_D})(?: of)? ({_M})(?: ({_Y}))?")
def _day_month_year(m: re.Match, c: _Ctx) -> Interval | None:
    return _month_day(_MONTHS[m[2]], int(re.match(r"\d+", m[1])[0]), m[3], c)


@_form(rf"({_M})(?: of)?(?: ({_Y}))?")
def _month_year(m: re.Match, c: _Ctx) -> Interval | None:
    month = _MONTHS[m[1]]
    if m[2] is not None:
        year = _year_ok(m[2])
        return _month_iv(year, month) if year else None
    if m[1] == "may" and c.original.strip() == "may":
        return None  # a lone lower-case "may" is the verb
    if c.ref is None:
        return None
    return _nearest(lambda y: _month_iv(y, month), c)


@_form(rf"({_S})(?: of)?(?: ({_Y})(?:[-/](\d{{2}}|\d{{4}}))?)?")
def _season(m: re.Match, c: _Ctx) -> Interval | None:
    season = m[1]
    if m[2] is not None:
        year = _year_ok(m[2])
        if year is None:
            return None
        if m[3] is not None and int(m[3]) % 100 != (year + 1) % 100:
            return None  # "winter 2015-16" is fine, "winter 2015-19" is not
        return _season_iv(season, year)
    if c.ref is None:
        return None
    return _nearest(lambda y: _season_iv(season, y), c)


@_form(rf"(christmas eve|christmas day|christmas|boxing day|new year day|new year eve|"
       rf"valentine day|halloween)(?: ({_Y}))?")
def _holiday(m: re.Match, c: _Ctx) -> Interval | None:
    month, day = _HOLIDAYS[m[1]]
    return _month_day(month, day, m[2], c)


# --- parts of a period: early / mid / late, weeks, halves, quarters ----------


_BARE_PERIOD = re.compile(r"(?:the )?(year|month|week)")


def _inner(rest: str, c: _Ctx) -> Interval | None:
    """Resolve the period a part-of phrase refers to ("late [last year]").

    "The end of the year" is the year being told about: the anchor's, in a
    clause that reports ("was arrested in May 2019 and freed at the end of the
    year"), else the reference's ("will be freed by the end of the year"). A
    bare-year anchor is more often an aside ("the council, which took power in
    2019, ...") than the story's time, so it does not count.
    """
    bare = _BARE_PERIOD.fullmatch(rest)
    if bare:
        a, unit = c.anchor, bare[1]
        if a is not None and not c.future and a.precision != "year" and unit in ("year", "month"):
            return _year_iv(a.start.year) if unit == "year" else _month_iv(a.start.year, a.start.month)
        rest = f"this {unit}"
    return _resolve_norm(rest, c.ref, c.anchor, c.original, c.future)


@_form(r"(early|mid|late|beginning of|start of|end of|middle of) (.+)")
def _part(m: re.Match, c: _Ctx) -> Interval | None:
    part = _PART_WORDS[m[1]]
    iv = _inner(m[2], c)
    if iv is None:
        return None
    start, end = iv
    if _is_month(iv):
        first, last = _MONTH_PARTS[part]
        return start.replace(day=first), start.replace(day=min(last, end.day))
    if _is_year(iv):
        first, last = _YEAR_PARTS[part]
        return datetime.date(start.year, first, 1), _month_end(start.year, last)
    if _is_season(iv):
        offset = {"early": 0, "mid": 1, "late": 2}[part]
        return _month_iv(*_ym(_add_months(start, offset)))
    if start == end or (end - start).days < 7:
        return iv  # "late Monday", "early last week": a day or week keeps its own bounds
    return None


def _ym(d: datetime.date) -> tuple[int, int]:
    return d.year, d.month


@_form(r"(first|early|opening|last|final|closing|late) (days|weeks|months) of (.+)")
def _first_days_of(m: re.Match, c: _Ctx) -> Interval | None:
    """ "the first days of May" (1-10 May), "the last weeks of 2019" (late 2019)."""
    iv = _inner(m[3], c)
    if iv is None:
        return None
    early = m[1] in ("first", "early", "opening")
    if _is_month(iv) and m[2] != "months":
        first, last = _MONTH_PARTS["early" if early else "late"]
        return iv[0].replace(day=first), iv[0].replace(day=min(last, iv[1].day))
    if _is_year(iv):
        y = iv[0].year
        if m[2] == "days":
            return (datetime.date(y, 1, 1), datetime.date(y, 1, 10)) if early else \
                (datetime.date(y, 12, 21), datetime.date(y, 12, 31))
        first, last = _YEAR_PARTS["early" if early else "late"]
        return datetime.date(y, first, 1), _month_end(y, last)
    return None


@_form(r"(first|second|third|fourth|1st|2nd|3rd|4th|last|final) week of (.+)")
def _week_of(m: re.Match, c: _Ctx) -> Interval | None:
    iv = _inner(m[2], c)
    if iv is None or not _is_month(iv):
        return None
    n = _ORDINALS[m[1]]
    if n == -1:
        return iv[1] - datetime.timedelta(days=6), iv[1]
    start = iv[0] + datetime.timedelta(days=7 * (n - 1))
    return start, start + datetime.timedelta(days=6)


@_form(r"(first|second|1st|2nd) half of (.+)")
def _half_of(m: re.Match, c: _Ctx) -> Interval | None:
    iv = _inner(m[2], c)
    if iv is None or not _is_year(iv):
        return None
    y = iv[0].year
    return (datetime.date(y, 1, 1), datetime.date(y, 6, 30)) if _ORDINALS[m[1]] == 1 else \
        (datetime.date(y, 7, 1), datetime.date(y, 12, 31))


@_form(r"(?:(first|second|third|fourth|1st|2nd|3rd|4th|last|final) quarter of|q([1-4])) (.+)")
def _quarter_of(m: re.Match, c: _Ctx) -> Interval | None:
    iv = _inner(m[3], c)
    if iv is None or not _is_year(iv):
        return None
    q = int(m[2]) if m[2] else _ORDINALS[m[1]]
    q = 4 if q == -1 else q
    return datetime.date(iv[0].year, 3 * q - 2, 1), _month_end(iv[0].year, 3 * q)


@_form(r"(earlier|later) (.+)")
def _earlier_later(m: re.Match, c: _Ctx) -> Interval | None:
    rest = m[2]
    day = c.ref_day()
    if rest == "this week":
        if day is None:
            return None
        monday, sunday = _week_iv(day)
        return (monday, day) if m[1] == "earlier" else (day, sunday)
    if re.fullmatch(r"(?:this|that) (?:day|week|month|year|morning|afternoon|evening|night)|today|"
                    r"tonight|this morning|this afternoon|this evening", rest):
        return _inner(rest, c)
    in_the = re.fullmatch(r"in the (day|week|month|year)", rest)
    if in_the:  # the period being told about, as "the end of the year" (see _inner)
        unit, anchor_day = in_the[1], c.anchor_day()
        if unit in ("month", "year"):
            return _inner(f"the {unit}", c)
        if anchor_day is not None and not c.future:
            return (anchor_day, anchor_day) if unit == "day" else _week_iv(anchor_day)
        return _inner("today" if unit == "day" else "this week", c)
    return None  # "later", "earlier on": too vague


# --- relative to the reference -----------------------------------------------


@_form(r"today|tonight|this (?:morning|afternoon|evening)")
def _today(m: re.Match, c: _Ctx) -> Interval | None:
    day = c.ref_day()
    return (day, day) if day else None


@_form(rf"yesterday(?: {_TIME_OF_DAY})?|last night")
def _yesterday(m: re.Match, c: _Ctx) -> Interval | None:
    day = c.ref_day()
    return (day - _DAY, day - _DAY) if day else None


@_form(r"(?:the )?day (before yesterday|after tomorrow)")
def _two_days(m: re.Match, c: _Ctx) -> Interval | None:
    day = c.ref_day()
    if day is None:
        return None
    target = day + datetime.timedelta(days=-2 if m[1] == "before yesterday" else 2)
    return target, target


@_form(rf"tomorrow(?: {_TIME_OF_DAY})?")
def _tomorrow(m: re.Match, c: _Ctx) -> Interval | None:
    day = c.ref_day()
    return (day + _DAY, day + _DAY) if day else None


@_form(r"(this|last|next) (week|month|year)")
def _this_last_next(m: re.Match, c: _Ctx) -> Interval | None:
    which, unit = m[1], m[2]
    if c.the:
        if which == "next":
            return _anchored_step(1, unit, c)
        return None  # "the last year", "the last month": a span up to now
    ref = c.ref
    if ref is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "year":
        return _year_iv(ref.start.year + step)
    if unit == "month":
        if ref.precision == "year":
            return None
        return _month_iv(*_ym(_add_months(ref.start, step)))
    day = c.ref_day()
    if day is None:
        return None
    monday, sunday = _week_iv(day + datetime.timedelta(days=7 * step))
    return (monday, day) if step == 0 else (monday, sunday)


def _weekend_on_or_before(day: datetime.date) -> Interval:
    sat = day - datetime.timedelta(days=(day.weekday() - 5) % 7)
    return sat, sat + _DAY


@_form(r"(?:(this|last|next) )?weekend")
def _weekend(m: re.Match, c: _Ctx) -> Interval | None:
    day = c.ref_day()
    if day is None or (c.the and m[1]):
        return None
    if m[1] == "last":
        sunday = day - datetime.timedelta(days=((day.weekday() - 6) % 7) or 7)
        return sunday - _DAY, sunday
    if m[1] == "next":
        sat = day + datetime.timedelta(days=((5 - day.weekday()) % 7) or 7)
        return sat, sat + _DAY
    if c.future and day.weekday() < 5:
        sat = day + datetime.timedelta(days=5 - day.weekday())  # "will meet at the weekend": the coming one
        return sat, sat + _DAY
    return _weekend_on_or_before(day)


@_form(rf"(?:(last|this|next) )?({_W})(?: ({_TIME_OF_DAY}))?")
def _weekday(m: re.Match, c: _Ctx) -> Interval | None:
    if c.the and m[1]:
        return _NO  # "the next Friday" is anaphoric: see _following_named
    day = c.ref_day()
    if day is None:
        return None
    wd = _WEEKDAYS[m[2]]
    back = (day.weekday() - wd) % 7
    if m[1] == "last":
        target = day - datetime.timedelta(days=back or 7)
    elif m[1] == "next":
        target = day + datetime.timedelta(days=((wd - day.weekday()) % 7) or 7)
    elif c.future:
        target = day + datetime.timedelta(days=(wd - day.weekday()) % 7)  # "will appear on Monday"
    else:
        target = day - datetime.timedelta(days=back)
    return target, target


@_form(rf"({_W})(?: {_TIME_OF_DAY})? (?:of )?(last|this|next) week")
def _weekday_of_week(m: re.Match, c: _Ctx) -> Interval | None:
    day = c.ref_day()
    if day is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[m[2]]
    monday = _week_iv(day)[0] + datetime.timedelta(days=7 * step + _WEEKDAYS[m[1]])
    return monday, monday


@_form(rf"({_W}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun) (.+)")
def _weekday_then_date(m: re.Match, c: _Ctx) -> Interval | None:
    # "Monday, June 5, 2023": the explicit date wins; the weekday is redundant.
    iv = _resolve_norm(m[2], c.ref, c.anchor, c.original, c.future)
    return iv if iv is not None and iv[0] == iv[1] else None


@_form(rf"(last|this|next) ({_M})")
def _rel_month(m: re.Match, c: _Ctx) -> Interval | None:
    if c.the:
        return _NO  # "the next March" is anaphoric: see _following_named
    if c.ref is None:
        return None
    month = _MONTHS[m[2]]
    make = lambda y: _month_iv(y, month)  # noqa: E731
    if m[1] == "last":
        return _previous(make, c.ref.start)
    if m[1] == "next":
        return _following(make, c.ref.end)
    return make(c.ref.start.year)


@_form(rf"(last|this|next) ({_S})")
def _rel_season(m: re.Match, c: _Ctx) -> Interval | None:
    if c.the:
        return _NO  # "the next spring" is anaphoric: see _following_named
    if c.ref is None:
        return None
    season = m[2]
    make = lambda y: _season_iv(season, y)  # noqa: E731
    if m[1] == "last":
        return _previous(make, c.ref.start)
    if m[1] == "next":
        return _following(make, c.ref.end)
    year = c.ref.start.year
    if season == "winter" and c.ref.precision != "year" and c.ref.start.month <= 2:
        year -= 1  # in January "this winter" began last December
    return make(year)


@_form(rf"({_N}) (?:(years?|months?) and a half|and a half (years?|months?)) (ago|from now|hence)")
def _and_a_half_ago(m: re.Match, c: _Ctx) -> Interval | None:
    """ "A year and a half ago", "two and a half years ago": the year that many months
    back (no finer: the phrase is loose); "a month and a half" is left alone."""
    n = _number(m[1])
    unit = (m[2] or m[3]).rstrip("s")
    if n is None or c.ref is None or c.ref.precision == "year" or unit != "year":
        return None
    months = 12 * n + 6
    day = _add_months(c.ref.start, -months if m[4] == "ago" else months)
    return _year_iv(day.year)


@_form(rf"({_N}) ({_UNIT}) (ago|from now|hence)")
def _ago(m: re.Match, c: _Ctx) -> Interval | None:
    n = _number(m[1])
    if n is None or c.ref is None:
        return None
    n = -n if m[3] == "ago" else n
    return _shift_ref(n, m[2].rstrip("s"), c)


def _shift_ref(n: int, unit: str, c: _Ctx) -> Interval | None:
    ref = c.ref
    assert ref is not None
    if unit in ("year", "decade"):
        return _year_iv(ref.start.year + n * (10 if unit == "decade" else 1))
    if unit == "month":
        return None if ref.precision == "year" else _month_iv(*_ym(_add_months(ref.start, n)))
    day = c.ref_day()
    if day is None:
        return None
    if unit == "week":
        return _week_iv(day + datetime.timedelta(days=7 * n))
    target = day + datetime.timedelta(days=n)
    return target, target


# --- relative to the anchor (the date mentioned just before) -----------------


def _anchored_step(n: int, unit: str, c: _Ctx) -> Interval | None:
    """The calendar unit n steps from the anchor: "the following month", "the previous year"."""
    a = c.anchor
    if a is None:
        return None
    if unit == "year":
        return _year_iv((a.end.year if n > 0 else a.start.year) + n)
    if unit == "month":
        if a.precision == "year":
            return None
        return _month_iv(*_ym(_add_months(a.start, n)))
    day = c.anchor_day()
    if day is None:
        return None
    if unit == "week":
        return _week_iv(day + datetime.timedelta(days=7 * n))
    if unit == "weekend":
        if n > 0:
            saturday = day + datetime.timedelta(days=((5 - day.weekday()) % 7) or 7)
        else:
            saturday = day - datetime.timedelta(days=(((day.weekday() - 6) % 7) or 7) + 1)
        return saturday, saturday + _DAY
    target = day + datetime.timedelta(days=n)  # day, morning, night, ...
    return target, target


def _anchored_shift(n: int, unit: str, c: _Ctx) -> Interval | None:
    """The anchor moved by a length of time: "two weeks later", "three months after"."""
    a = c.anchor
    if a is None:
        return None
    if unit in ("year", "decade"):
        years = n * (10 if unit == "decade" else 1)
        if a.start.year == a.end.year:
            return _year_iv(a.start.year + years)
        return _year_iv(a.start.year + years)[0], _year_iv(a.end.year + years)[1]
    if unit == "month":
        if a.precision in ("day", "month"):
            return _month_iv(*_ym(_add_months(a.start, n)))
        return _add_months(a.start, n), _add_months(a.end, n)
    days = n * (7 if unit == "week" else 1)
    if unit == "day" and a.precision != "day":
        return None
    delta = datetime.timedelta(days=days)
    return a.start + delta, a.end + delta


@_form(rf"(?:(following|next|previous|prior|preceding) (day|week|weekend|month|year|{_TIME_OF_DAY})|"
       rf"(day|week|month|year|{_TIME_OF_DAY}) (after|later|before|earlier))")
def _the_following(m: re.Match, c: _Ctx) -> Interval | None:
    if m[1]:
        n = 1 if m[1] in ("following", "next") else -1
        unit = m[2]
        if m[1] == "next" and not c.the and unit not in ("day", "morning", "afternoon", "evening",
                                                         "night", "overnight", "lunchtime"):
            return None  # "next week" without "the" is relative to the reference (handled above)
    else:
        n = 1 if m[4] in ("after", "later") else -1
        unit = m[3]
        if not c.the:
            return None  # "day after" / "week before" without "the": not a date on its own
    if unit not in ("day", "week", "weekend", "month", "year"):
        unit = "day"  # "the next morning"
    return _anchored_step(n, unit, c)


@_form(rf"({_N}) ({_UNIT}) (later|after|afterwards?|on|earlier|before|prior)")
def _later(m: re.Match, c: _Ctx) -> Interval | None:
    n = _number(m[1])
    if n is None:
        return None
    if m[3] in ("earlier", "before", "prior"):
        n = -n
    return _anchored_shift(n, m[2].rstrip("s"), c)


@_form(rf"(following|next|previous|preceding) ({_M}|{_S}|{_W})")
def _following_named(m: re.Match, c: _Ctx) -> Interval | None:
    a = c.anchor
    if a is None or (m[1] == "next" and not c.the):
        return None
    name = m[2]
    forward = m[1] in ("following", "next")
    if name in _WEEKDAYS:
        day = c.anchor_day()
        if day is None:
            return None
        wd = _WEEKDAYS[name]
        if forward:
            target = day + datetime.timedelta(days=((wd - day.weekday()) % 7) or 7)
        else:
            target = day - datetime.timedelta(days=((day.weekday() - wd) % 7) or 7)
        return target, target
    if name in _SEASONS:
        make = lambda y: _season_iv(name, y)  # noqa: E731
    else:
        make = lambda y: _month_iv(y, _MONTHS[name])  # noqa: E731
    return _following(make, a.end) if forward else _previous(make, a.start)


@_form(rf"(?:that|same|that same|this same) (day|week|weekend|month|year|{_TIME_OF_DAY}|{_M}|{_S})")
def _that(m: re.Match, c: _Ctx) -> Interval | None:
    a = c.anchor
    if a is None:
        return None
    name = m[1]
    if name in _MONTHS:
        return _month_iv(a.start.year, _MONTHS[name])
    if name in _SEASONS:
        year = a.start.year
        if name == "winter" and a.precision != "year" and a.start.month <= 2:
            year -= 1
        return _season_iv(name, year)
    if name == "year":
        return _year_iv(a.start.year)
    if name == "month":
        return None if a.precision == "year" else _month_iv(a.start.year, a.start.month)
    day = c.anchor_day()
    if day is None:
        return None
    if name == "week":
        return _week_iv(day)
    if name == "weekend":
        saturday = _week_iv(day)[0] + datetime.timedelta(days=5)
        return saturday, saturday + _DAY
    return day, day


@_form(rf"(?:(early|mid|late) )?({_M}|{_S}) (?:of )?(?:that|the same|that same) year")
def _month_of_that_year(m: re.Match, c: _Ctx) -> Interval | None:
    """'in March of that year': the month in the anchor's year."""
    a = c.anchor
    if a is None:
        return None
    return _inner(f"{m[1] + ' ' if m[1] else ''}{m[2]} {a.start.year}", c)


@_form(rf"(?:(early|mid|late) )?({_M}|{_S}) (?:of )?the (following|next|previous|preceding) year")
def _month_of_next_year(m: re.Match, c: _Ctx) -> Interval | None:
    a = c.anchor
    if a is None:
        return None
    year = a.end.year + 1 if m[3] in ("following", "next") else a.start.year - 1
    return _inner(f"{m[1] + ' ' if m[1] else ''}{m[2]} {year}", c)


# --- ranges ------------------------------------------------------------------

_RANGE_FORMS = [
    re.compile(r"between (.+?) and (.+)"),
    re.compile(r"from (.+?) (?:to|until|till|through|thru|-) (.+)"),
    re.compile(r"from (.+?)-(.+)"),
    re.compile(r"(.+?) (?:to|until|till|through|thru) (.+)"),
    re.compile(r"(.+?)-(.+)"),
]
_DAY_RANGES = [
    re.compile(rf"({_M}) (\d{{1,2}})(?:st|nd|rd|th)?(?:-| and | to )(\d{{1,2}})(?:st|nd|rd|th)?(?: ({_Y}))?"),
    re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:-| and | to )(\d{{1,2}})(?:st|nd|rd|th)? ({_M})(?: ({_Y}))?"),
]
_TRAILING_YEAR = re.compile(rf"\b({_Y})$")
_HAS_YEAR = re.compile(r"\b\d{4}\b")


def _range(t: str, c: _Ctx) -> Interval | None | object:
    """Spans: "2016-2019", "from March to May 2021", "June 3-5, 2021"."""
    for pattern, (mi, ai, bi, yi) in zip(_DAY_RANGES, ((1, 2, 3, 4), (3, 1, 2, 4))):
        m = pattern.fullmatch(t)
        if m:
            month, year = _MONTHS[m[mi]], m[yi]
            a = _month_day(month, int(m[ai]), year, c)
            if a is None:
                return None
            b = _safe_day(a[0].year, month, int(m[bi]))
            return (a[0], b[1]) if b and b[1] >= a[0] else None
    for pattern in _RANGE_FORMS:
        m = pattern.fullmatch(t)
        if not m:
            continue
        left, right = m[1], m[2]
        b = _resolve_norm(right, c.ref, c.anchor, c.original, c.future)
        if b is None:
            continue
        year = _TRAILING_YEAR.search(right)
        a = None
        if year and not _HAS_YEAR.search(left):
            a = _resolve_norm(f"{left} {year[1]}", c.ref, c.anchor, c.original, c.future)
        if a is None:
            a = _resolve_norm(left, c.ref, c.anchor, c.original, c.future)
        if a is None:
            continue
        if not _HAS_YEAR.search(right) and _NAMED.search(right):
            for _ in range(2):  # "from November to January": the end follows the start
                if b[1] >= a[0]:
                    break
                b = _shift_years(b, 1)
        if b[1] < a[0]:
            return None
        return a[0], b[1]
    return _NO


# --- dateparser fallback -----------------------------------------------------

_FALLBACK_TOKEN = re.compile(
    rf"(?:{_M}|{_W}|of|the|\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}|\d{{1,4}}(?:[/.]\d{{1,4}}){{2}})"
)
_NUMERIC_DATE = re.compile(r"\d{1,4}(?:[/.]\d{1,4}){2}")  # with a year: "1/2" is a fraction
_NO_REFERENCE = datetime.datetime(2000, 1, 1)  # never used to fill a part: REQUIRE_PARTS forbids it


@lru_cache(maxsize=64)
def _parser(base: datetime.datetime, require: tuple[str, ...], prefer: str = "past") -> "DateDataParser":
    """One DateDataParser per distinct settings, reused (building one is not free)."""
    from dateparser.date import DateDataParser  # imported when first needed: it is slow to load

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_MONTH_OF_YEAR": "first",
            "RETURN_TIME_AS_PERIOD": False,
            "REQUIRE_PARTS": list(require),
        },
    )


def _fallback(t: str, c: _Ctx) -> Interval | None:
    """Odd but explicit dates ("2020 June 5", "5/6/2020") via dateparser, behind guards."""
    tokens = t.split()
    if not tokens or not all(_FALLBACK_TOKEN.fullmatch(tok) for tok in tokens):
        return None
    if re.search(r"\bmay\b", c.original):
        return None  # lower-case "may" is the verb; capitalised forms were handled above
    months = [tok for tok in tokens if tok in _MONTHS]
    numeric = [tok for tok in tokens if _NUMERIC_DATE.fullmatch(tok)]
    years = [tok for tok in tokens if re.fullmatch(r"\d{4}", tok)]
    days = [tok for tok in tokens if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", tok)]
    if not months and not numeric:
        return None  # a weekday or bare numbers alone are not enough
    if any(int(re.match(r"\d+", d)[0]) > 31 or int(re.match(r"\d+", d)[0]) == 0 for d in days):
        return None
    if len(years) > 1 or any(_year_ok(y) is None for y in years):
        return None
    has_year = bool(years or numeric)
    if has_year:
        require: tuple[str, ...] = ("day", "month", "year") if numeric or days else ("month", "year")
        base = datetime.datetime.combine(c.ref.end, datetime.time()) if c.ref else _NO_REFERENCE
    else:
        day = c.ref_day()
        if day is None:
            return None  # needs a day-precision reference; never the clock
        require = ("day", "month") if days or numeric else ("month",)
        base = datetime.datetime.combine(day, datetime.time())
    try:
        data = _parser(base, require, "future" if c.future else "past").get_date_data(t)
    except Exception:  # dateparser raises on odd input; an unparsable date is just None
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if years and d.year != int(years[0]):
        return None
    if months and d.month != _MONTHS[months[0]]:
        return None
    period = data.period or "day"
    if period == "year":
        return _year_iv(d.year)
    if period == "month":
        return _month_iv(d.year, d.month)
    if period == "week":
        return _week_iv(d)
    return d, d


# --- resolution of a normalised expression ----------------------------------

_OF_REL_YEAR = re.compile(r"(.+?) (?:of )?(last|this|next) year")
_OVER_THE = re.compile(r"^over the ")
_NAMED = re.compile(rf"\b(?:{_M}|{_S})\b")


def _resolve_norm(t: str, ref: ResolvedDate | None, anchor: ResolvedDate | None,
                  original: str, future: bool = False) -> Interval | None:
    """Resolve a normalised expression to an interval, or None."""
    t = _OVER_THE.sub("the ", t)  # "over the weekend" is a date; "over a year" is not
    if not t or _REJECT.search(t):
        return None
    c = _Ctx(ref, anchor, False, original, future)
    result = _range(t, c)
    if result is not _NO:
        return result  # type: ignore[return-value]
    the = False
    while True:
        stripped = _LEADING.sub("", t, count=1)
        if _THE.match(stripped):
            stripped, the = _THE.sub("", stripped, count=1), True
        if stripped == t:
            break
        t = stripped
    if not t:
        return None
    # "October of last year", "the spring of this year": make the year explicit.
    m = _OF_REL_YEAR.fullmatch(t)
    if m and _NAMED.search(m[1]):
        if ref is None:
            return None
        year = ref.start.year + {"last": -1, "this": 0, "next": 1}[m[2]]
        t = f"{m[1]} {year}"
    c = _Ctx(ref, anchor, the, original, future)
    for pattern, handler in _HANDLERS:
        m = pattern.fullmatch(t)
        if m:
            result = handler(m, c)
            if result is not _NO:
                return result  # type: ignore[return-value]
    return _fallback(t, c)


# --- which expressions the tense of their clause can change ---------------------

_TENSE_WORDS = re.compile(
    rf"\b(?:{_M}|{_W}|{_S}|weekend|christmas|boxing|valentine|halloween|new year|(?:of|in) the (?:year|month|week|day))\b", re.I)
_FULL_YEAR = re.compile(r"\b\d{4}\b")


@lru_cache(maxsize=4096)
def depends_on_tense(text: str) -> bool:
    """Could ``future=True`` change how ``text`` resolves? A cheap test, so that callers
    only work out the tense of a clause for bare months, days, seasons and holidays."""
    return bool(_TENSE_WORDS.search(text)) and not _FULL_YEAR.search(text)


# --- coarse references ---------------------------------------------------------

# A month- or year-precision publication date cannot place "on Sunday" or "last week" on a
# day, but it still says in which month or year the day most likely lies. The estimate is
# the period (of the reference's own precision, else the year) holding the expression's day
# for at least this share of the possible publication days.
_LIKELY = 0.6


def _period_of(day: datetime.date, precision: str) -> Interval:
    return _month_iv(day.year, day.month) if precision == "month" else _year_iv(day.year)


def _estimate(t: str, ref: ResolvedDate, anchor: ResolvedDate | None, original: str,
              future: bool) -> Interval | None:
    """The most likely month (or year) of a day-level expression under a coarse reference.

    Each day the article could have appeared on is tried as the reference; the
    answer's middle day is counted in its month (year). "On Sunday" with a
    reference of February lands in February unless the article came out in the
    first days of the month, so the estimate is February (right about nine times
    in ten); "three weeks ago" lands mostly in January, so it is January; when
    no month reaches the threshold the year is tried, then nothing is said.
    """
    days = [ref.start + datetime.timedelta(days=i) for i in range((ref.end - ref.start).days + 1)]

    def middle(day: datetime.date) -> datetime.date | None:
        iv = _resolve_norm(t, from_interval(day, day, ""), anchor, original, future)
        return None if iv is None else iv[0] + (iv[1] - iv[0]) // 2

    if middle(days[0]) is None:
        return None  # not a day-level expression (or not a date at all): no need to try every day
    middles = [m for m in map(middle, days) if m is not None]
    for precision in ("month", "year") if ref.precision == "month" else ("year",):
        counts = Counter(_period_of(m, precision) for m in middles)
        period, n = counts.most_common(1)[0]
        if n >= _LIKELY * len(days):
            return period
    return None


# --- driver ------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _resolve_cached(text: str, reference: ResolvedDate | None,
                    anchor: ResolvedDate | None, future: bool) -> ResolvedDate | None:
    t = _normalise(text)
    iv = _resolve_norm(t, reference, anchor, text.strip(), future)
    if iv is None and reference is not None and reference.precision != "day" \
            and (_is_month((reference.start, reference.end)) or _is_year((reference.start, reference.end))):
        # a publication month or year; not a span the article is only known to fall in
        # (after the latest date it mentions), against which "last week" is anyone's guess
        iv = _estimate(t, reference, anchor, text.strip(), future)
    if iv is None:
        return None
    start, end = iv
    if not (1000 <= start.year and end.year <= 2999):
        return None
    return from_interval(start, end, text.strip())


def resolve_date(text: str, reference: ResolvedDate | None,
                 anchor: ResolvedDate | None = None, *, future: bool = False) -> ResolvedDate | None:
    """Resolve a date expression from an article to a calendar interval.

    ``reference`` is the publication date (any precision, or None): relative
    expressions ("last month", "on Monday") need it and resolve to None without
    it; against a month or a year they resolve to the month or year they most
    likely fall in. ``anchor`` is the date mentioned just before, for anaphoric
    phrases ("the following day", "that October"). ``future`` says the clause
    looks ahead ("will be sentenced on Nov. 16"): a date without a year is then
    the next one from the reference rather than the last one, the default, as
    news mostly reports what happened. Durations, ages, ordinals and vague
    spans are not points in time and resolve to None. Cached, since articles
    repeat the same few expressions against the same reference.
    """
    if not text or not text.strip():
        return None
    return _resolve_cached(text, reference, anchor, future)


_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.+\-Z]*)?\s*")


def parse_iso(value: str | None) -> ResolvedDate | None:
    """Read a metadata publication date ("2024", "2024-09", "2024-09-17[T...]").

    The reference date's precision is whatever the metadata gives: a bare year
    stays a year, so relative expressions are only resolved as far as it allows.
    """
    if not value or not isinstance(value, str):
        return None
    m = _ISO.fullmatch(value)
    if not m:
        return None
    try:
        year = int(m[1])
        if m[3] is not None:
            day = datetime.date(year, int(m[2]), int(m[3]))
            return from_interval(day, day, value.strip())
        if m[2] is not None:
            start, end = _month_iv(year, int(m[2]))
            return from_interval(start, end, value.strip())
        start, end = _year_iv(year)
        return from_interval(start, end, value.strip())
    except ValueError:
        return None
