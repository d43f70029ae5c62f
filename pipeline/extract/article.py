"""One article's Docs to its events and the people it names (for reconciliation)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..read.articles import Article
from ..records import Event
from .events import Lexicon, extract_events, merge_mentions


@dataclass
class ArticleResult:
    """What one article yields: its events and the people it names (for reconciliation)."""

    events: list[Event]
    mentions: list[tuple[str, str]]  # (canonical name in the article, surface form), one per mention


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
