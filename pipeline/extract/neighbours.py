"""Dates from the sentences around an event that tell more of the same happening.

A report often names a happening in one sentence and dates it in another: "X has been
detained, a channel said. ... Officers stopped him on Saturday at a checkpoint." A verb
that elaborates the event's type (``models/lexicon/elaborations.txt``) or another trigger of
that type, about the same person, in the event's sentence or the two after it (else the
one before), dates an undated event.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Span, Token

from ..lexicon import read_groups
from .coref import Mentions
from .syntax import subject

ARG_DEPS = {"nsubj", "nsubjpass", "dobj"}
DateOf = Callable[[Token, set[int]], "Span | None"]


@lru_cache(maxsize=1)
def elaborations() -> dict[str, frozenset[str]]:
    return {kind.upper(): frozenset(words) for kind, words in read_groups("lexicon/elaborations.txt").items()}


def neighbour_date(tok: Token, event_type: str, names: set[str], mentions: Mentions, date_of: DateOf,
                   after: int = 2, before: int = 1) -> Span | None:
    verbs = elaborations().get(event_type, frozenset())
    for sent in _nearby(tok, after, before):
        for verb in sent:
            if verb.i == tok.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            args = [c for c in verb.children if c.dep_ in ARG_DEPS]
            inherited = subject(verb)
            if inherited is not None:
                args.append(inherited)
            if not any(mentions.person(a, loose=False) in names for a in args):
                continue
            found = date_of(verb, {t.i for a in args for t in a.subtree})
            if found is not None:
                return found
    return None


def _nearby(tok: Token, after: int, before: int) -> list[Span]:
    """The event's sentence, the ones after it, then the ones before, nearest first."""
    doc = tok.doc
    out = [tok.sent]
    sent = tok.sent
    for _ in range(after):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        out.append(sent)
    sent = tok.sent
    for _ in range(before):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        out.append(sent)
    return out
