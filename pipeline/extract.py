"""The main job: articles in, output tables out.

read → annotate (spaCy with our components) → extract events → tabulate. Plain
functions so that the CLI, the public API and the tests share one path.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import tables
from .events import Event, Lexicon, extract_events
from .ingest.articles import Article, from_texts, read_corpus
from .nlp.build import build_nlp
from .reconcile import reconcile


@dataclass
class Tables:
    """The five output tables of ``spec/OUTPUT.md`` as DataFrames."""

    events: pd.DataFrame
    people: pd.DataFrame
    conflicts: pd.DataFrame
    fates: pd.DataFrame
    documents: pd.DataFrame
    records: list[Event] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {"events": self.events, "people": self.people, "conflicts": self.conflicts,
                "fates": self.fates, "documents": self.documents}


def annotate(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[tuple[Article, Doc]]:
    """Docs carry the article's reference date, which the date component reads."""
    articles = [a for a in articles if a.status == "ok"]

    def docs() -> Iterator[Doc]:
        for a in articles:
            doc = nlp.make_doc(a.text)
            doc._.reference = a.reference.iso if a.reference else None
            yield doc

    yield from zip(articles, nlp.pipe(docs(), batch_size=batch_size))


def process(articles: list[Article], nlp: Language | None = None) -> Tables:
    nlp = nlp or build_nlp()
    lexicon = Lexicon.from_nlp(nlp)
    events: list[Event] = []
    spellings: Counter = Counter()  # article-level canonical names, weighted by mentions
    surfaces: dict[str, set[str]] = defaultdict(set)  # every way each is written
    together: dict[str, set[str]] = {}
    for article, doc in annotate(articles, nlp):
        events.extend(extract_events(doc, article.doc, article.content_hash, lexicon))
        people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.kb_id_]
        for ent in people:
            spellings[ent.kb_id_] += 1
            surfaces[ent.kb_id_].add(ent.text)
        together[article.doc] = {ent.kb_id_ for ent in people if len(ent.kb_id_.split()) > 1}
    stories = {a.doc: a.content_hash for a in articles if a.status == "ok"}
    published = {a.doc: a.reference.end.isoformat() for a in articles if a.reference is not None}
    rec = reconcile(events, spellings, together, stories, published)
    aliases: dict[str, set[str]] = defaultdict(set)
    for name, canon in rec.canonical.items():
        aliases[canon].add(name)
        aliases[canon].update(s for s in surfaces.get(name, ()) if len(s.split()) > 1)
    return Tables(
        events=tables.events_table(rec.events),
        people=tables.people_table(rec.events, aliases, set(rec.canonical.values())),
        conflicts=tables.frame(rec.conflict_rows, tables.CONFLICT_COLUMNS),
        fates=tables.frame(rec.fate_rows, tables.FATE_COLUMNS),
        documents=tables.documents_table(articles),
        records=rec.events,
    )


def extract(source: str | Path | list[dict], nlp: Language | None = None) -> Tables:
    """Public entry point: a corpus folder, or a list of ``{"text": ..., "published": ...}`` dicts."""
    if isinstance(source, (str, Path)):
        articles = read_corpus(source)
    else:
        articles = from_texts(list(source))
    return process(articles, nlp)
