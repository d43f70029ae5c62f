"""Claims: the same happening reported by several articles or sources, counted once.

Events of one person and type whose dates do not contradict (one contains the
other, or one has none) and that agree on polarity are one claim, listing every
article and source. Copies of one story (same content hash) count once as
evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Event


OWN_VOICE = "(article's own voice)"  # the source of a claim an article makes itself


@dataclass
class Claim:
    person: str
    type: str
    negated: bool
    date: str = ""
    date_start: str = ""
    date_end: str = ""
    hedged: bool = True
    sources: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)  # distinct stories (content hashes)
    reported_by: str = ""  # latest publication date of its articles: a state claim holds then

    def add(self, ev: Event, story: str, published: str = "") -> None:
        self.reported_by = max(self.reported_by, published)
        if len(ev.date) > len(self.date):
            self.date, self.date_start, self.date_end = ev.date, ev.date_start, ev.date_end
        self.hedged = self.hedged and ev.hedged
        src = ev.source or OWN_VOICE
        if src not in self.sources:
            self.sources.append(src)
        if ev.doc not in self.docs:
            self.docs.append(ev.doc)
        self.event_ids.append(ev.event_id)
        self.evidence.add(story)

    @property
    def who(self) -> str:
        return ", ".join(self.sources)

    def describe(self) -> str:
        """'EXECUTE 2011-02 per Anna Berg (doc-1, doc-2)' — what, when, whose word, where."""
        what = ("denied " if self.negated else "") + self.type
        when = self.date or "undated"
        hedge = ", hedged" if self.hedged and not self.negated else ""
        return f"{what} {when} per {self.who}{hedge} ({'; '.join(sorted(self.docs))})"


def _compatible(a: str, b: str) -> bool:
    """Dates that do not contradict: one inside the other, or one unknown ("" starts any)."""
    return a.startswith(b) or b.startswith(a)


def build_claims(events: list[Event], stories: dict[str, str] | None = None,
                 published: dict[str, str] | None = None) -> list[Claim]:
    """Group events into claims; ``stories`` maps a doc to its content hash (copies count
    once), ``published`` to the last day its reference date covers."""
    stories = stories or {}
    published = published or {}
    claims: list[Claim] = []
    by_key: dict[tuple[str, str, bool], list[Claim]] = {}  # only claims of one key can take an event
    for ev in sorted(events, key=lambda e: (e.person, e.type, -len(e.date), e.doc)):
        story = stories.get(ev.doc, ev.doc)
        same = by_key.setdefault((ev.person, ev.type, ev.negated), [])
        for claim in same:
            if _compatible(claim.date, ev.date):
                claim.add(ev, story, published.get(ev.doc, ""))
                break
        else:
            claim = Claim(ev.person, ev.type, ev.negated)
            claim.add(ev, story, published.get(ev.doc, ""))
            claims.append(claim)
            same.append(claim)
    return claims
