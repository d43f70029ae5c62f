"""The analysts' corrections file, ``reviews.csv``: one correction a row, edited in a
spreadsheet or a text editor. Read here into checked rows; a row that cannot be applied
is reported with its line number and left out, and the rest still apply.

Columns (a header row; any order; more columns are ignored):
  action       reject | confirm | set | same_person | different_people
  event_id     the event (reject, confirm, set)
  field        for set: type, person, date, source, place, hedged, negated or charge
  value        for set: the new value (a date as YYYY, YYYY-MM or YYYY-MM-DD; true/false)
  person, other_person   for same_person / different_people: the two names
  note         free text
  reviewer     who (required)
  reviewed_at  when, an ISO date (required)
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..dates import ResolvedDate, parse_iso
from ..records import EVENT_TYPES
from .readers import decode_bytes  # the articles' way to read text of unknown encoding

REVIEWS_NAME = "reviews.csv"  # in the output folder unless --reviews says where
ACTIONS = ("reject", "confirm", "set", "same_person", "different_people")
EVENT_ACTIONS = ("reject", "confirm", "set")
FIELDS = ("type", "person", "date", "source", "place", "hedged", "negated", "charge")
TYPES = EVENT_TYPES
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_BOOL = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


@dataclass(frozen=True)
class Review:
    line: int
    action: str
    event_id: str = ""
    field: str = ""
    value: str = ""
    person: str = ""
    other_person: str = ""
    note: str = ""
    reviewer: str = ""
    reviewed_at: str = ""

    @property
    def date(self) -> ResolvedDate | None:
        """The value of a date correction as a date (interval at its precision)."""
        return parse_iso(self.value) if self.field == "date" and self.value else None

    @property
    def flag(self) -> bool:
        return _BOOL[self.value.strip().lower()]

    def key(self) -> str:
        """What the correction says, apart from its line: the same correction on every run."""
        return "|".join((self.action, self.event_id, self.field, self.value, self.person, self.other_person,
                         self.reviewer, self.reviewed_at))


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _row_problem(r: Review) -> str | None:
    if r.action not in ACTIONS:
        return f"unknown action {r.action!r} (use one of {', '.join(ACTIONS)})"
    if not r.reviewer:
        return "no reviewer: say who made the correction"
    if not r.reviewed_at or not _ISO_DATE.fullmatch(r.reviewed_at) or parse_iso(r.reviewed_at) is None:
        return f"reviewed_at {r.reviewed_at!r} is not a date (YYYY-MM-DD)"
    if r.action in EVENT_ACTIONS and not r.event_id:
        return f"{r.action} needs an event_id"
    if r.action == "set":
        if r.field not in FIELDS:
            return f"unknown field {r.field!r} (use one of {', '.join(FIELDS)})"
        if r.field == "date" and r.value and (not _ISO_DATE.fullmatch(r.value) or parse_iso(r.value) is None):
            return f"date {r.value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        if r.field in ("hedged", "negated") and r.value.strip().lower() not in _BOOL:
            return f"{r.field} must be true or false, not {r.value!r}"
        if r.field == "type" and r.value not in TYPES:
            return f"unknown event type {r.value!r} (use one of {', '.join(TYPES)})"
        if r.field in ("type", "person") and not r.value:
            return f"set {r.field} needs a value"
    if r.action in ("same_person", "different_people"):
        if not r.person or not r.other_person:
            return f"{r.action} needs both person and other_person"
        if r.person == r.other_person:
            return f"{r.action} names the same spelling twice"
    return None


def _contradictions(rows: list[Review]) -> list[Problem]:
    """Rows that cannot all hold: an event rejected and confirmed or corrected, one field
    set to two values, two names both merged and kept apart."""
    out: list[Problem] = []
    verdict: dict[str, Review] = {}
    setting: dict[tuple[str, str], Review] = {}
    pairs: dict[frozenset[str], Review] = {}
    for r in rows:
        if r.action in ("reject", "confirm") or (r.action == "set" and r.event_id in verdict):
            first = verdict.get(r.event_id)
            if first is not None and "reject" in (first.action, r.action) and first.action != r.action:
                out.append(Problem(r.line, f"contradicts line {first.line}: event {r.event_id} "
                                           f"is both rejected and {'confirmed' if 'confirm' in (first.action, r.action) else 'corrected'}"))
                continue
            verdict.setdefault(r.event_id, r)
        if r.action == "set":
            first = setting.get((r.event_id, r.field))
            if first is not None and first.value != r.value:
                out.append(Problem(r.line, f"contradicts line {first.line}: {r.field} of {r.event_id} set to "
                                           f"{first.value!r} and {r.value!r}"))
                continue
            setting.setdefault((r.event_id, r.field), r)
            verdict.setdefault(r.event_id, r)
        if r.action in ("same_person", "different_people"):
            pair = frozenset((r.person, r.other_person))
            first = pairs.get(pair)
            if first is not None and first.action != r.action:
                out.append(Problem(r.line, f"contradicts line {first.line}: {r.person} and {r.other_person} "
                                           "both merged and kept apart"))
                continue
            pairs.setdefault(pair, r)
    return out


def parse_reviews(text: str) -> tuple[list[Review], list[Problem]]:
    """The rows that can be applied, and a line-numbered problem for each that cannot."""
    problems: list[Problem] = []
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "action" not in [f.strip() for f in reader.fieldnames]:
        return [], [Problem(1, "no header row with an 'action' column")]
    rows: list[Review] = []
    for record in reader:
        line = reader.line_num
        values = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in record.items()}
        if not any(values.values()):
            continue  # a blank line
        review = Review(line=line, action=values.get("action", "").lower(), event_id=values.get("event_id", ""),
                        field=values.get("field", "").lower(), value=values.get("value", ""),
                        person=values.get("person", ""), other_person=values.get("other_person", ""),
                        note=values.get("note", ""), reviewer=values.get("reviewer", ""),
                        reviewed_at=values.get("reviewed_at", ""))
        problem = _row_problem(review)
        if problem:
            problems.append(Problem(line, problem))
        else:
            rows.append(review)
    bad = _contradictions(rows)
    skipped = {p.line for p in bad}
    return [r for r in rows if r.line not in skipped], sorted(problems + bad, key=lambda p: p.line)


def read_reviews(path: str | Path) -> tuple[list[Review], list[Problem]]:
    """A missing file is no corrections; one that cannot be read is one problem, not a crash."""
    path = Path(path)
    if not path.exists():
        return [], []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [], [Problem(0, f"cannot read {path}: {exc}")]
    if not raw:
        return [], []
    decoded = decode_bytes(raw)
    if decoded.text is None:
        return [], [Problem(0, f"{path} cannot be read as text: {decoded.note}")]
    return parse_reviews(decoded.text)
