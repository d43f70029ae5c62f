"""Quotations and who speaks them.

A sentence inside quotation marks often has no reporting verb of its own
('"He was never tried," the chairman said.' or a quote running over several
sentences); its claims belong to the quote's speaker, and its "I" is the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.tokens import Doc, Token

from ..nlp.lookup import holding, word_ids
from .syntax import Cues, sentence_at

OPEN = {"“": "”", '"': '"', "‘": "’"}
QUOTE_MARK_IDS = word_ids([*OPEN, *OPEN.values()])


@dataclass(frozen=True)
class Quote:
    start: int  # first token inside the marks
    end: int  # one past the last token inside
    verb: int | None  # the reporting verb that introduces or closes it


def find_quotes(doc: Doc, cues: Cues) -> list[Quote]:
    """Double-quoted stretches, paragraph by paragraph, with their reporting verb."""
    quotes: list[Quote] = []
    opened: int | None = None
    closer = ""
    marks = holding(doc, ORTH, QUOTE_MARK_IDS) | doc.to_array(IS_SPACE).astype(bool)
    for i in numpy.flatnonzero(marks).tolist():  # a quotation mark or a line break: all it reads
        tok = doc[i]
        if "\n" in tok.text and opened is not None and "\n\n" in tok.text:
            opened = None  # an unclosed quote ends with its paragraph
        if opened is None and tok.text in ("“", '"'):
            opened, closer = tok.i, OPEN[tok.text]
        elif opened is not None and tok.text == closer:
            verb = _speaker_verb(doc, opened, tok.i, cues)
            if verb is None and quotes and quotes[-1].verb is not None \
                    and not any("\n\n" in t.text for t in doc[quotes[-1].end: opened]):
                verb = quotes[-1].verb  # '"...," X said. "More of it."': the same speaker goes on
            quotes.append(Quote(opened + 1, tok.i, verb))
            opened = None
    return quotes


def _speaker_verb(doc: Doc, open_i: int, close_i: int, cues: Cues) -> int | None:
    """'"...," X said' after the closing mark, else 'X said: "..."' before the opening one."""
    for tok in doc[close_i + 1: min(len(doc), close_i + 12)]:
        if tok.text in ("“", '"') or "\n" in tok.text:
            break
        if cues.is_reporting(tok):
            return tok.i
    before = sentence_at(doc, open_i)
    for tok in reversed(doc[before.start: open_i]):
        if cues.is_reporting(tok):
            return tok.i
    return None


def quote_at(quotes: list[Quote], tok: Token) -> Quote | None:
    for q in quotes:
        if q.start <= tok.i < q.end:
            return q
    return None
