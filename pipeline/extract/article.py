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
            start, end = evidence_span(article, ev.char_start + offset, ev.char_end + offset)
            # the evidence as the article wrote it (the parser read a sentence-cased headline)
            events.append(replace(ev, char_start=start, char_end=end, sentence=article.text[start:end].strip()))
        mentions.extend((ent.kb_id_, ent.text) for ent in doc.ents if ent.label_ == "PERSON" and ent.kb_id_)
    if len(docs) > 1:
        events = merge_mentions(events)
    return ArticleResult(events, mentions)


def evidence_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """The sentence's offsets without the page furniture the parser saw as blanks (a photo
    credit after a caption, a byline after a headline)."""
    for part in article.layout.parts:
        if part.blanked and part.start <= start < part.end:
            start = part.end  # the date marker before a headline
        elif part.blanked and start < part.start < end:
            end = part.start
            break
    while start < end and article.text[start].isspace():
        start += 1
    while end > start and article.text[end - 1].isspace():
        end -= 1
    return start, end
