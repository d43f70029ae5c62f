"""The analyst's word over the rules: corrections applied to the extracted events before
reconciliation, so that a rejected event leaves the claims, conflicts and fates, a
corrected one carries the analyst's values, and merges and splits of people override the
name rules.

An event's id changes when the rules change (its date or source changed with them); a
correction is then found again by where its event was: the same article, sentence and
type (the anchor recorded when it last applied). One that matches nothing is reported,
never dropped in silence."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..read.reviews import Review, read_reviews
from ..records import Event

REJECTED, CORRECTED, CONFIRMED = "rejected", "corrected", "confirmed"


@dataclass(frozen=True)
class Anchor:
    """Where an event was when a correction last found it."""

    event_id: str
    doc: str
    type: str
    person: str
    char_start: int
    char_end: int
    sentence: str

    @classmethod
    def of(cls, e: Event) -> "Anchor":
        return cls(e.event_id, e.doc, e.type, e.person, e.char_start, e.char_end, e.sentence)


@dataclass
class Outcome:
    events: list[Event]  # every event, corrections applied, ``review`` set
    same: list[tuple[str, str]] = field(default_factory=list)  # people the analyst merged
    apart: list[tuple[str, str]] = field(default_factory=list)  # and kept apart
    applied: list[tuple[Review, Anchor]] = field(default_factory=list)  # each with the event it found now
    unmatched: list[Review] = field(default_factory=list)
    people_reviews: list[Review] = field(default_factory=list)  # the merges and splits as written

    @property
    def kept(self) -> list[Event]:
        """What reconciliation sees: every event the analyst did not reject."""
        return [e for e in self.events if e.review != REJECTED]


def _find(review: Review, by_id: dict[str, int], events: list[Event], anchors: dict[str, Anchor]) -> int | None:
    if review.event_id in by_id:
        return by_id[review.event_id]
    anchor = anchors.get(review.event_id)
    if anchor is None:
        return None
    same_place = [n for n, e in enumerate(events) if e.doc == anchor.doc and e.type == anchor.type
                  and (e.char_start, e.char_end) == (anchor.char_start, anchor.char_end)]
    if not same_place:  # the article moved the sentence: the same words of the same article
        same_place = [n for n, e in enumerate(events) if e.doc == anchor.doc and e.type == anchor.type
                      and e.sentence == anchor.sentence]
    return next((n for n in same_place if events[n].person == anchor.person), same_place[0] if same_place else None)


def _corrected(e: Event, r: Review) -> Event:
    if r.field == "date":
        d = r.date
        if d is None:  # an empty value: the analyst says the text gives no date
            return replace(e, date="", date_start="", date_end="", date_text="")
        return replace(e, date=d.iso, date_start=d.start.isoformat(), date_end=d.end.isoformat(), date_text=r.value)
    if r.field in ("hedged", "negated"):
        return replace(e, **{r.field: r.flag})
    return replace(e, **{r.field: r.value})


def apply_reviews(events: list[Event], reviews: list[Review], anchors: dict[str, Anchor] | None = None) -> Outcome:
    """Apply the corrections in file order; the ids the events had keep naming them."""
    anchors = anchors or {}
    events = list(events)
    original = list(events)  # anchors are where the rules put the event, before any correction
    by_id = {e.event_id: n for n, e in enumerate(events)}
    out = Outcome(events)
    for r in reviews:
        if r.action in ("same_person", "different_people"):
            (out.same if r.action == "same_person" else out.apart).append((r.person, r.other_person))
            out.people_reviews.append(r)
            continue
        n = _find(r, by_id, events, anchors)
        if n is None:
            out.unmatched.append(r)
            continue
        e = events[n]
        out.applied.append((r, Anchor.of(original[n])))
        if r.action == "reject":
            events[n] = replace(e, review=REJECTED)
        elif r.action == "confirm":
            events[n] = replace(e, review=e.review or CONFIRMED)
        else:
            events[n] = replace(_corrected(e, r), review=REJECTED if e.review == REJECTED else CORRECTED)
    return out


def anchors_from_rows(rows: list[dict]) -> dict[str, Anchor]:
    """Where the events of an earlier output (its events.csv rows) were, by their ids."""
    out = {}
    for r in rows:
        try:
            out[str(r["event_id"])] = Anchor(str(r["event_id"]), str(r["doc"]), str(r["type"]), str(r["person"]),
                                             int(r["char_start"]), int(r["char_end"]), str(r.get("sentence", "")))
        except (KeyError, TypeError, ValueError):
            continue  # a row of a hand-edited file that says no place
    return out


def anchors_from_csv(path: Path) -> dict[str, Anchor]:
    """The anchors of the events a previous run wrote (none if it wrote none)."""
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return anchors_from_rows(list(csv.DictReader(fh)))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}


def load_corrections(path: Path, out_dir: Path) -> tuple[list[Review], list[str], dict[str, Anchor]]:
    """What ``run`` and ``ingest`` both need: the rows that apply, a message for each that
    cannot, and where the last output in ``out_dir`` put its events."""
    rows, problems = read_reviews(path)
    return rows, [f"{path}: {p}" for p in problems], anchors_from_csv(Path(out_dir) / "events.csv")


def unmatched_message(r: Review) -> str:
    return (f"line {r.line}: {r.action} of event {r.event_id} matches no event now "
            "(its article or sentence changed or is gone); the correction is kept but not applied")
