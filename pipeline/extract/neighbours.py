"""Dates from the sentences around an event that tell more of the same happening.

A report often names a happening in one sentence and dates it in another: "X has been
detained, a channel said. ... Officers stopped him on Saturday at a checkpoint." A verb
that elaborates the event's type (``models/lexicon/elaborations.txt``) or another trigger of
that type, about the same person, in the event's sentence or the two after it (else the
one before), dates an undated event. So does a verb whose subject is a definite noun naming
a happening of that type (``models/lexicon/happening_nouns.txt``): "X got 11 years. The
sentence was passed on Monday." That verb must tell the happening, not a
report of it ("his death was announced on Friday") or a plan ("the talks will resume").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import numpy
from spacy.attrs import DEP, LEMMA, POS
from spacy.tokens import Doc, Span, Token

from ..lexicon import read_groups
from .coref import Mentions
from .syntax import Cues, sentence_number, sentences, subject

ARG_DEPS = {"nsubj", "nsubjpass", "dobj"}
DEFINITE = {"the", "this", "that", "his", "her", "their", "its"}
DateOf = Callable[[Token, set[int]], "Span | None"]


@lru_cache(maxsize=None)
def _by_type(path: str) -> dict[str, frozenset[str]]:
    """A "TYPE: words" lexicon, by event type."""
    return {kind.upper(): frozenset(words) for kind, words in read_groups(path).items()}


def elaborations() -> dict[str, frozenset[str]]:
    return _by_type("lexicon/elaborations.txt")


def happening_nouns() -> dict[str, frozenset[str]]:
    return _by_type("lexicon/happening_nouns.txt")


def neighbour_date(tok: Token, event_type: str, names: set[str], mentions: Mentions, date_of: DateOf,
                   cues: Cues, after: int = 2, before: int = 1) -> Span | None:
    verbs = elaborations().get(event_type, frozenset())
    nouns = happening_nouns().get(event_type, frozenset())
    doc = tok.doc
    is_verb = _verbs(doc)
    heads = _happening_heads(doc)
    for sent in _nearby(tok, after, before):
        for i in range(sent.start, sent.end):
            if i == tok.i or not is_verb[i]:
                continue
            verb = doc[i]
            # (no subject of the kind ``_happening_subject`` looks for, no need to look)
            named = _happening_subject(verb, nouns, cues) if i in heads else None
            if named is not None:
                found = date_of(verb, {t.i for t in named.subtree})
                if found is not None:
                    return found
            if verb.lemma_.lower() not in verbs:
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


VERBS_KEY = "pipeline.extract.neighbours.verbs"


def _verbs(doc: Doc) -> list[bool]:
    """Which tokens are verbs, read from the array (a Token for every word costs) once per
    Doc and kept with it, not once per undated event."""
    is_verb = doc.user_data.get(VERBS_KEY)
    if is_verb is None:
        is_verb = (doc.to_array(POS) == doc.vocab.strings["VERB"]).tolist()
        doc.user_data[VERBS_KEY] = is_verb
    return is_verb


HEADS_KEY = "pipeline.extract.neighbours.heads"
HAPPENING_SUBJECTS = ("nsubj", "nsubjpass")


def _happening_heads(doc: Doc) -> set[int]:
    """The words with a subject that is a happening noun of any type: the only verbs
    ``_happening_subject`` can find a subject for. The subjects are found in the array, once per Doc."""
    heads = doc.user_data.get(HEADS_KEY)
    if heads is None:
        nouns = _any_happening_noun()
        strings = doc.vocab.strings
        dep_lemma = doc.to_array([DEP, LEMMA]).reshape(-1, 2)
        is_subject = numpy.zeros(len(dep_lemma), dtype=bool)
        for label in HAPPENING_SUBJECTS:
            is_subject |= dep_lemma[:, 0] == strings[label]
        heads = {doc[i].head.i for i in numpy.flatnonzero(is_subject).tolist()
                 if strings[int(dep_lemma[i, 1])].lower() in nouns}
        doc.user_data[HEADS_KEY] = heads
    return heads


@lru_cache(maxsize=1)
def _any_happening_noun() -> frozenset[str]:
    return frozenset().union(*happening_nouns().values())


def _happening_subject(verb: Token, nouns: frozenset[str], cues: Cues) -> Token | None:
    """The definite noun of the event's type that is the subject of ``verb`` ("the sentence",
    "his arrest"; not "an arrest", nor "Y's arrest", which the trigger rules read), when the
    verb tells the happening itself: not a report or denial of it, not a modal or future."""
    if cues.has(verb, "report") or cues.is_denial(verb) \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    for noun in verb.children:
        if noun.dep_ not in HAPPENING_SUBJECTS or noun.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in noun.children):
            return noun
    return None


def _nearby(tok: Token, after: int, before: int) -> list[Span]:
    """The event's sentence, the ones after it, then the ones before, nearest first."""
    doc = tok.doc
    spans = sentences(doc)  # (by index: each ``.sent`` walks the tokens to the boundaries)
    k = sentence_number(doc, tok.i)
    return [spans[k], *spans[k + 1: k + 1 + after], *reversed(spans[max(0, k - before): k])]
