"""Which claims about one person cannot all be true, and what each person's fate is.

Every rule is a plain function over two claims, so each can be read and tested
on its own. A consistent sequence is not a conflict: sidelined in 2018 then
executed in 2019, arrested then sentenced, disappeared then defected. Claims
told by the same source in the same article are one account and never
conflict with each other; a claim and its denial always do.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from .claims import OWN_VOICE, Claim

TERMINAL = {"EXECUTE", "KILL", "DIE"}
ALIVE = {"REAPPEAR", "MEET", "APPOINT", "ELECT"}
STATUS = {"EXECUTE": "executed", "KILL": "killed", "DIE": "dead", "IMPRISON": "imprisoned",
          "ARREST": "arrested", "PURGE": "purged", "DEFECT": "defected", "DISAPPEAR": "disappeared",
          "REAPPEAR": "free", "APPOINT": "free", "ELECT": "free", "MEET": "free"}


@dataclass(frozen=True)
class Conflict:
    person: str
    rule: str
    first: Claim
    second: Claim


def _before(a: Claim, b: Claim) -> bool:
    """a ends before b starts (both dated)."""
    return bool(a.date_end and b.date_start) and a.date_end < b.date_start


def _compatible_dates(a: Claim, b: Claim) -> bool:
    """One date inside the other, or one unknown ("" starts any)."""
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def rival_fates(a: Claim, b: Claim) -> bool:
    """Two different ends: executed vs died in custody vs killed."""
    return a.type in TERMINAL and b.type in TERMINAL and a.type != b.type


def fate_vs_custody(a: Claim, b: Claim) -> bool:
    """Dead by one account, in a prison camp by another (unless clearly jailed first), or
    purged after the death. A purge with no date is the usual prelude, not a rival account."""
    for end, held in ((a, b), (b, a)):
        if end.type not in TERMINAL:
            continue
        if held.type == "IMPRISON" and not _before(held, end):
            return True
        if held.type == "PURGE" and _before(end, held):
            return True
    return False


def dead_then_seen(a: Claim, b: Claim) -> bool:
    """A death followed by a later appearance in public. "Shown alive" with no date of its
    own says the person is alive when the article appears."""
    for end, seen in ((a, b), (b, a)):
        if end.type not in TERMINAL or seen.type not in ALIVE:
            continue
        if _before(end, seen):
            return True
        if seen.type == "REAPPEAR" and not seen.date and end.date_end and seen.reported_by > end.date_end:
            return True
    return False


def same_end_other_date(a: Claim, b: Claim) -> bool:
    """One death, two incompatible dates."""
    return a.type == b.type and a.type in TERMINAL and not _compatible_dates(a, b)


ONE_OFF = {"ARREST", "IMPRISON", "DEFECT", "DISAPPEAR"}
SAME_EPISODE_DAYS = 31


def same_event_other_date(a: Claim, b: Claim) -> bool:
    """One arrest (flight, disappearance, sentence) told with two dates a few days apart:
    detained on the 7th by one account, on the 8th by another. Two such events months
    apart are two events, not a dispute."""
    if a.type != b.type or a.type not in ONE_OFF or _compatible_dates(a, b):
        return False
    if not (_attributed(a) and _attributed(b)) or set(a.sources) == set(b.sources):
        return False  # two dates the articles state themselves may be two events
    return _within(a, b, SAME_EPISODE_DAYS)


def fled_vs_held(a: Claim, b: Claim) -> bool:
    """Fled abroad by one account, held by another at the same time ("detained in the capital"
    vs "slipped across the border"): unless one plainly came well before the other."""
    for fled, held in ((a, b), (b, a)):
        if fled.type == "DEFECT" and held.type in {"ARREST", "IMPRISON"}:
            return _compatible_dates(fled, held) or _within(fled, held, SAME_EPISODE_DAYS)
    return False


def _attributed(c: Claim) -> bool:
    return any(src != OWN_VOICE for src in c.sources)


def _day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def _within(a: Claim, b: Claim, days: int) -> bool:
    """Both dated (their dates were found incompatible, so neither is empty) and close."""
    return abs((_day(a.date_start) - _day(b.date_start)).days) <= days


RULES: dict[str, Callable[[Claim, Claim], bool]] = {
    "rival fates": rival_fates,
    "death vs custody": fate_vs_custody,
    "death, then seen alive": dead_then_seen,
    "same death, different dates": same_end_other_date,
    "same event, different dates": same_event_other_date,
    "fled vs held": fled_vs_held,
}


def denial(a: Claim, b: Claim) -> bool:
    """A claim and its denial."""
    return a.type == b.type and a.negated != b.negated and _compatible_dates(a, b)


def _one_account(a: Claim, b: Claim) -> bool:
    return set(a.sources) == set(b.sources) and set(a.docs) == set(b.docs)


def find_conflicts(claims: list[Claim]) -> list[Conflict]:
    by_person: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_person[c.person].append(c)
    found: list[Conflict] = []
    for person, mine in by_person.items():
        for i, a in enumerate(mine):
            for b in mine[i + 1:]:
                if denial(a, b):
                    found.append(Conflict(person, "claim and denial", a, b))
                    continue
                if a.negated or b.negated or _one_account(a, b):
                    continue
                for name, rule in RULES.items():
                    if rule(a, b):
                        found.append(Conflict(person, name, a, b))
                        break
    return found


def conflict_rows(conflicts: list[Conflict]) -> list[dict]:
    """One row per person: the types in conflict and each disagreement spelled out."""
    by_person: dict[str, list[Conflict]] = defaultdict(list)
    for c in conflicts:
        by_person[c.person].append(c)
    rows = []
    for person, mine in sorted(by_person.items()):
        types: list[str] = []
        docs: list[str] = []
        lines = []
        for c in mine:
            for claim in (c.first, c.second):
                if claim.type not in types:
                    types.append(claim.type)
                docs.extend(d for d in claim.docs if d not in docs)
            lines.append(f"{c.rule}: {c.first.describe()} vs {c.second.describe()}")
        rows.append({"person": person, "types": ";".join(types), "claims": " | ".join(lines), "docs": ";".join(sorted(docs))})
    return rows


def fate_rows(claims: list[Claim], conflicts: list[Conflict]) -> list[dict]:
    """Each person's latest reported state, as of when, and whether the sources agree."""
    disputed: dict[str, list[Claim]] = defaultdict(list)
    for c in conflicts:
        disputed[c.person].extend([c.first, c.second])
    by_person: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_person[c.person].append(c)
    rows = []
    for person, mine in sorted(by_person.items()):
        positive = [c for c in mine if not c.negated]
        latest = _latest(positive)
        status = STATUS.get(latest.type, "unknown") if latest else "unknown"
        supporting = [c for c in positive if latest and STATUS.get(c.type) == status]
        against = [c for c in disputed.get(person, []) if c not in supporting]
        if person in disputed:
            agreement = "disputed"
        elif len({s for c in supporting for s in c.evidence}) > 1 or len({s for c in supporting for s in c.sources}) > 1:
            agreement = "consistent"
        else:
            agreement = "single-source"
        rows.append({
            "person": person, "status": status, "as_of": latest.date if latest else "",
            "agreement": agreement,
            "supporting": " | ".join(c.describe() for c in supporting),
            "disputing": " | ".join(dict.fromkeys(c.describe() for c in against)),
        })
    return rows


def _latest(claims: list[Claim]) -> Claim | None:
    """The last dated claim; an end (death) outranks anything not dated after it."""
    if not claims:
        return None
    dated = sorted((c for c in claims if c.date_end), key=lambda c: (c.date_end, c.date_start))
    last = dated[-1] if dated else claims[0]
    for c in claims:
        if c.type in TERMINAL and not (c.date_end and last.date_start and c.date_end < last.date_start):
            return c
    return last
