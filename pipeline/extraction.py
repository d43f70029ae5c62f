"""The main job: articles in, output tables out.

read → annotate (spaCy with our components) → extract events → tabulate. Plain
functions so that the CLI, the public API and the tests share one path.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import tables
from .events import Event, Lexicon, extract_events, merge_mentions
from .ingest.articles import Article, from_texts, read_corpus
from .ingest.duplicates import mark_duplicates
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


CHUNK_CHARS = 100_000  # long articles are parsed a run of paragraphs at a time


@dataclass
class ArticleResult:
    """What one article yields: its events and the people it names (for reconciliation)."""

    events: list[Event]
    mentions: list[tuple[str, str]]  # (canonical name in the article, surface form), one per mention


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, text) runs of whole paragraphs of at most ``size`` characters (a longer
    paragraph is its own run, cut hard at ``size``)."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            end = cut + 2 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def annotate(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[tuple[Article, list[tuple[int, Doc]]]]:
    """Docs carry the article's reference date, which the date component reads; a long
    article comes back as several docs with their character offsets."""
    articles = [a for a in articles if a.status == "ok"]
    pieces = [(n, off, part) for n, a in enumerate(articles) for off, part in chunks(a.text)]

    def docs() -> Iterator[Doc]:
        for n, _, part in pieces:
            doc = nlp.make_doc(part)
            ref = articles[n].reference
            doc._.reference = ref.iso if ref else None
            yield doc

    current: list[tuple[int, Doc]] = []
    current_n = 0
    for (n, off, _), doc in zip(pieces, nlp.pipe(docs(), batch_size=batch_size)):
        if n != current_n and current:
            yield articles[current_n], current
            current = []
        current_n = n
        current.append((off, doc))
    if current:
        yield articles[current_n], current


def extract_article(article: Article, docs: list[tuple[int, Doc]], lexicon: Lexicon) -> ArticleResult:
    events: list[Event] = []
    mentions: list[tuple[str, str]] = []
    for offset, doc in docs:
        for ev in extract_events(doc, article.doc, article.content_hash, lexicon):
            events.append(replace(ev, char_start=ev.char_start + offset, char_end=ev.char_end + offset)
                          if offset else ev)
        mentions.extend((ent.kb_id_, ent.text) for ent in doc.ents if ent.label_ == "PERSON" and ent.kb_id_)
    if len(docs) > 1:
        events = merge_mentions(events)
    return ArticleResult(events, mentions)


def assemble(articles: list[Article], results: dict[str, ArticleResult],
             stories: dict[str, str] | None = None) -> Tables:
    """Reconcile every article's results and build the output tables. ``stories`` maps an
    article to the story it copies (a near-duplicate counts once as evidence)."""
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


def process(articles: list[Article], nlp: Language | None = None) -> Tables:
    nlp = nlp or build_nlp()
    lexicon = Lexicon.from_nlp(nlp)
    stories = mark_duplicates(articles)
    results = {article.doc: extract_article(article, docs, lexicon) for article, docs in annotate(articles, nlp)}
    return assemble(articles, results, stories)


def extract(source: str | Path | list[dict], nlp: Language | None = None) -> Tables:
    """Public entry point: a corpus folder, or a list of ``{"text": ..., "published": ...}`` dicts."""
    if isinstance(source, (str, Path)):
        articles = read_corpus(source)
    else:
        articles = from_texts(list(source))
    return process(articles, nlp)
