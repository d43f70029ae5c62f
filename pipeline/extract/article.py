"""One article's Docs to its events and the people it names (for reconciliation)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..read.articles import Article
from ..records import Event
from .events import Lexicon, extract_events, merge_mentions, with_changes
from .syntax import entities


@dataclass
class ArticleResult:
    """What one article yields: its events and the people it names (for reconciliation)."""

    events: list[Event]
    mentions: list[tuple[str, str]]  # (canonical name in the article, surface form), one per mention


def extract_article(article: Article, docs: list[tuple[int, Doc]], lexicon: Lexicon) -> ArticleResult:
    pieces = [extract_piece(article, offset, doc, lexicon) for offset, doc in docs]
    return combine_pieces(pieces)


def extract_piece(article: Article, offset: int, doc: Doc, lexicon: Lexicon) -> ArticleResult:
    """One run of an article's paragraphs: its events at the article's offsets. Nothing of
    the Doc is kept, so a long article's runs need not be held at once."""
    events: list[Event] = []
    for ev in extract_events(doc, article.doc, article.content_hash, lexicon):
        start, end = evidence_span(article, ev.char_start + offset, ev.char_end + offset)
        # the evidence as the article wrote it (the parser read a sentence-cased headline)
        events.append(with_changes(ev, char_start=start, char_end=end, sentence=article.text[start:end].strip(),
                              trigger_start=ev.trigger_start + offset, trigger_end=ev.trigger_end + offset))
    mentions = [(ent.kb_id_, ent.text) for ent in entities(doc) if ent.label_ == "PERSON" and ent.kb_id_]
    return ArticleResult(events, mentions)


def combine_pieces(pieces: list[ArticleResult]) -> ArticleResult:
    """An article's result from its runs: mentions of one happening in two runs are one."""
    events = [ev for p in pieces for ev in p.events]
    if len(pieces) > 1:
        events = merge_mentions(events)
    return ArticleResult(events, [m for p in pieces for m in p.mentions])


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
