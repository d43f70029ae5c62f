"""Every article's results reconciled and turned into the five output tables."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

import pandas as pd

from ..extract.article import ArticleResult
from ..read.articles import Article
from ..reconcile import reconcile
from ..reconcile.people import common_words, pads
from ..reconcile.reviews import REJECTED, Anchor, Outcome, apply_reviews
from ..read.reviews import Review
from ..records import Event
from . import tables


@dataclass
class Tables:
    """The five output tables of ``spec/OUTPUT.md`` as DataFrames."""

    events: pd.DataFrame
    people: pd.DataFrame
    conflicts: pd.DataFrame
    fates: pd.DataFrame
    documents: pd.DataFrame
    records: list[Event] = field(default_factory=list, repr=False)
    reviews: Outcome | None = field(default=None, repr=False)  # what the analyst's corrections did

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {"events": self.events, "people": self.people, "conflicts": self.conflicts,
                "fates": self.fates, "documents": self.documents}


def assemble(articles: list[Article], results: dict[str, ArticleResult],
             stories: dict[str, str] | None = None, reviews: list[Review] | None = None,
             anchors: dict[str, Anchor] | None = None) -> Tables:
    """Reconcile every article's results and build the output tables. ``stories`` maps an
    article to the story it copies (a near-duplicate counts once as evidence); ``reviews``
    are the analyst's corrections, applied first (``anchors``: where their events were)."""
    events: list[Event] = []
    spellings: Counter = Counter()  # article-level canonical names, weighted by mentions
    surfaces: dict[str, set[str]] = defaultdict(set)  # every way each is written
    together: dict[str, set[str]] = {}
    for article in articles:
        result = results.get(article.doc)
        if result is None:
            continue
        events.extend(result.events)
        for name, surface in result.mentions:
            spellings[name] += 1
            surfaces[name].add(surface)
        together[article.doc] = {name for name, _ in result.mentions if len(name.split()) > 1}
    if stories is None:
        stories = {a.doc: a.content_hash for a in articles if a.status == "ok"}
    published = {a.doc: a.reference.end.isoformat() for a in articles if a.reference is not None}
    outcome = apply_reviews(events, reviews or [], anchors)
    rec = reconcile(outcome.kept, spellings, together, stories, published, outcome.same, outcome.apart)
    rejected = [replace(e, person=rec.canonical.get(e.person, e.person), source=rec.canonical.get(e.source, e.source))
                for e in outcome.events if e.review == REJECTED]  # listed, not evidence
    aliases: dict[str, set[str]] = defaultdict(set)
    for name, canon in rec.canonical.items():
        aliases[canon].add(name)
        aliases[canon].update(s for s in surfaces.get(name, ()) if len(s.split()) > 1)
    common = common_words()
    for canon, names in aliases.items():
        # a spelling that is the name plus common words ("X Suffered Heart Attack") is no alias
        aliases[canon] = {n for n in names if n == canon or not pads(n, names | {canon}, common)}
    return Tables(
        events=tables.events_table(rec.events + rejected),
        people=tables.people_table(rec.events, aliases, set(rec.canonical.values())),
        conflicts=tables.frame(rec.conflict_rows, tables.CONFLICT_COLUMNS),
        fates=tables.frame(rec.fate_rows, tables.FATE_COLUMNS),
        documents=tables.documents_table(articles),
        records=rec.events,
        reviews=outcome,
    )


