"""The event record: one row of events.csv, free of any NLP dependency so that the
store, the tables and reconciliation can use it without loading spaCy."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields

EVENT_TYPES = ("DEFECT", "DISAPPEAR", "REAPPEAR", "ARREST", "IMPRISON", "EXECUTE",
               "KILL", "DIE", "PURGE", "APPOINT", "ELECT", "MEET")  # spec/ANNOTATION.md


@dataclass(frozen=True)
class Event:
    event_id: str
    doc: str
    type: str
    person: str
    role: str
    date: str
    date_start: str
    date_end: str
    date_text: str
    place: str
    source: str
    hedged: bool
    negated: bool
    charge: str
    sentence: str
    char_start: int
    char_end: int
    rule_id: str
    # the trigger word(s) of the evidence sentence, at the article's offsets (-1: not known,
    # as for rows stored before they were kept): what the report highlights
    trigger_start: int = -1
    trigger_end: int = -1
    # the analyst's verdict from reviews.csv: "", "confirmed", "corrected" or "rejected"
    review: str = ""

    def as_row(self) -> dict:
        return {name: getattr(self, name) for name in EVENT_FIELDS}  # asdict copies deeply: slow


EVENT_FIELDS = tuple(f.name for f in fields(Event))


def event_id(content_hash: str, *parts: object) -> str:
    key = "|".join([content_hash, *(str(p) for p in parts)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
