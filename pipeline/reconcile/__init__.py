"""Across articles: one person under every spelling, claims, conflicts and fates.

    events of many articles -> people -> claims -> conflicts -> fates

Plain functions over records; the tables are built in ``pipeline.tables``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..records import Event
from .claims import Claim, build_claims
from .conflicts import Conflict, conflict_rows, fate_rows, find_conflicts
from .people import resolve_people


@dataclass
class Reconciled:
    events: list[Event]
    canonical: dict[str, str]  # every spelling -> canonical name
    claims: list[Claim]
    conflicts: list[Conflict]
    conflict_rows: list[dict]
    fate_rows: list[dict]


def reconcile(events: list[Event], spellings: Counter, together: dict[str, set[str]],
              stories: dict[str, str] | None = None, published: dict[str, str] | None = None,
              same: list[tuple[str, str]] = (), apart: list[tuple[str, str]] = ()) -> Reconciled:
    """``spellings`` counts every way a person is written; ``together`` lists, per article,
    the people it tells apart; ``stories`` maps an article to its content hash and
    ``published`` to the last day of its reference date; ``same`` and ``apart`` are the
    analyst's merges and splits of people, which overrule the name rules."""
    for e in events:
        spellings[e.person] += 0  # every event's person is a known spelling
    canonical = resolve_people(spellings, together, same=same, apart=apart)
    renamed = [replace(e, person=canonical.get(e.person, e.person), source=canonical.get(e.source, e.source))
               for e in events]
    claims = build_claims(renamed, stories, published)
    conflicts = find_conflicts(claims)
    return Reconciled(renamed, canonical, claims, conflicts, conflict_rows(conflicts), fate_rows(claims, conflicts))


__all__ = ["Claim", "Conflict", "Reconciled", "reconcile"]
