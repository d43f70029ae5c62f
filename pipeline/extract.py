"""The main job: articles in, output tables out.

read → annotate (spaCy with our components) → extract events → tabulate. Plain
functions so that the CLI, the public API and the tests share one path.
"""

from __future__ import annotations

from collections import defaultdict
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
    aliases: dict[str, set[str]] = defaultdict(set)
    for article, doc in annotate(articles, nlp):
        found = extract_events(doc, article.doc, article.content_hash, lexicon)
        events.extend(found)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.kb_id_:
                aliases[ent.kb_id_].add(ent.text)
    return Tables(
        events=tables.events_table(events),
        people=tables.people_table(events, aliases),
        conflicts=tables.empty(tables.CONFLICT_COLUMNS),
        fates=tables.empty(tables.FATE_COLUMNS),
        documents=tables.documents_table(articles),
        records=events,
    )


def extract(source: str | Path | list[dict], nlp: Language | None = None) -> Tables:
    """Public entry point: a corpus folder, or a list of ``{"text": ..., "published": ...}`` dicts."""
    if isinstance(source, (str, Path)):
        articles = read_corpus(source)
    else:
        articles = from_texts(list(source))
    return process(articles, nlp)
