"""Small dependency-tree helpers shared by the extractor's modules.

spaCy Tokens are views created on access, so identity (``is``) never holds
between two reads of the same token: compare ``.i``.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ..lexicon import word_class
from ..nlp.cues import CUE_KEY
from ..nlp.names import APPOSITION_MARKS, apposed, fronted_subject  # noqa: F401  (shared with the name component)

SUBJECTS = {"nsubj", "nsubjpass"}
DASHES = {"—", "–", "--"}


def ancestors(tok: Token) -> list[Token]:
    """The token and its heads up to the sentence root. A fronted participle the parser read
    as a modifier ("Appointed minister in March, X resigned, police said") hangs on its clause's
    verb, as when the parser reads it as an adverbial clause."""
    chain = [tok]
    if tok.dep_ != "advcl" and (fronted := fronted_subject(tok)) is not None:
        chain.append(fronted.head)
    while chain[-1].head.i != chain[-1].i and len(chain) < 60:
        chain.append(chain[-1].head)
    return chain


RAISING = word_class("raising")


def subject(verb: Token, deps: set[str] = SUBJECTS) -> Token | None:
    """The verb's subject, inherited from the first conjunct or the governing verb when elided."""
    if "nsubjpass" in deps and (fronted := fronted_subject(verb)) is not None:
        return fronted  # "Arrested in May, X ...", "Appointed minister in March, X ...": X underwent it
    node = verb
    wanted = deps
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in wanted]
        if len(found) > 1:  # "CITY, May 5 (Wire) — the ministry said": not the dateline
            doc = node.doc
            found = [c for c in found if not any(t.text in DASHES for t in doc[c.i:node.i])] or found
        if found:
            return found[0]
        if node.dep_ in {"advcl", "conj"} and (misparsed := _clause_read_as_phrase(node)) is not None:
            return misparsed
        if node.dep_ in {"conj", "xcomp", "advcl"} and node.head.i != node.i:
            if node.dep_ == "xcomp":
                wanted = deps | SUBJECTS  # raising: "X appears to have been purged"
            elif node.dep_ == "conj" and "nsubjpass" in wanted and any(c.dep_ == "auxpass" for c in node.children):
                wanted = wanted | {"nsubj"}  # "X resigned but was arrested": X underwent the arrest
            elif node.dep_ == "conj" and "nsubj" in wanted and not any(c.dep_ == "auxpass" for c in node.children):
                wanted = wanted | {"nsubjpass"}  # "X was released and fled abroad": X fled
            elif node.dep_ == "advcl" and "nsubjpass" in wanted and node.tag_ == "VBN" \
                    and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in node.children):
                wanted = wanted | {"nsubj"}  # "Sworn in on Friday, X promised ...": X was sworn in
            node = node.head  # "X went there and requested asylum", "X decided to flee"
            if node.dep_ == "acomp" and node.head.pos_ == "AUX" and node.lemma_.lower() in RAISING:
                node = node.head  # raising through an adjective: "X is likely to have been executed"
            continue
        if node.dep_ == "pcomp" and node.head.head.i != node.head.i:
            if "nsubjpass" in wanted and any(c.dep_ == "auxpass" for c in node.children):
                wanted = wanted | {"nsubj"}  # "X headed the bureau before being promoted": X was promoted
            elif "nsubj" in wanted and not any(c.dep_ == "auxpass" for c in node.children):
                wanted = wanted | {"nsubjpass"}  # "X was removed after disappearing": X disappeared
            node = node.head.head  # "X served two years before fleeing"
            continue
        break
    return None


DOER_INTRANSITIVE = word_class("doer_intransitive")
OBJECT_DEPS = {"dobj", "dative", "ccomp", "attr"}  # what an active verb acts on: no passive has one
COMPLEMENT_DEPS = {"dobj", "attr", "oprd"}  # how the parser hangs a passive's complement ("appointed minister")


def bare_passive_subject(verb: Token, cues: Cues | None,
                         complement: Callable[[Token, Token], bool] | None = None) -> Token | None:
    """'X sacked as minister', 'X detained over protests, lawyer says': a headline's or caption's
    passive with its auxiliary dropped, which the parser reads as an active past with X for its
    subject; X underwent it. Only a past form without auxiliary or object (none shared through
    "and": "Y arrested and jailed X"), heading its sentence, the complement of a trailing
    "..., Z says" or of a reporter heading the sentence ("Police say X arrested in Y") (not a
    relative clause: "the officer X arrested"); a verb with a doer's use without object ("X
    fired at the crowd") only with a "by" agent. What the parser reads as an object may be the
    passive's complement ("X appointed defence minister", "X handed life sentence"): one that
    ``complement(verb, object)`` accepts is no object. The subject as parsed."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
        return None
    top = verb  # "X arrested and jailed": the first conjunct's subject is the second's
    while top.dep_ == "conj" and top.head.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in top.children):
        top = top.head
    reported = top.dep_ == "ccomp" and cues is not None and (cues.is_reporting(top.head) or cues.has(top.head, "report"))
    trailing_report = reported and top.head.i > top.i
    leading_report = reported and top.head.i < top.i and top.head.dep_ == "ROOT"  # "Police say X arrested"
    if top.dep_ != "ROOT" and not trailing_report and not leading_report:
        return None
    chain = [v for v in with_conjuncts(top) if v.pos_ in {"VERB", "AUX"}]
    for v in chain:
        for c in v.children:
            nominal = c.dep_ in OBJECT_DEPS or (c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"})  # not "X declared dead"
            if nominal and not (c.dep_ in COMPLEMENT_DEPS and complement is not None and complement(v, c)):
                return None
    node = verb
    while True:
        if node.tag_ not in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in node.children):
            return None
        if node.i == top.i:
            break
        node = node.head
    if verb.lemma_.lower() in DOER_INTRANSITIVE and not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in top.children if c.dep_ == "nsubj"), None)


CAUSATIVES = frozenset({"have", "get"})


def caused(verb: Token) -> bool:
    """'had X arrested', 'got X sacked': a participle after "have" or "get" and its object,
    which the parser takes for the participle's subject, tells what the object underwent;
    the causing verb carries the clause's stance ("plotted to have X killed")."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_ in CAUSATIVES and verb.head.i < verb.i \
        and verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


TEMPORAL_CONJUNCTIONS = {"after", "before", "since", "until", "till", "when", "as", "while", "because"}


def _clause_read_as_phrase(verb: Token) -> Token | None:
    """'He took over after its founder, X, died': the parser reads "after its founder" as a
    phrase and leaves "died" without a subject; the phrase's noun, right before it, is it."""
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in TEMPORAL_CONJUNCTIONS or prep.i > verb.i:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.right_edge.i + 1 >= verb.i - 1 and noun.right_edge.i < verb.i:
            between = verb.doc[noun.right_edge.i + 1: verb.i]
            if all(t.is_punct for t in between):
                return noun
    return None


def with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(with_conjuncts(c))
    return out


def text_of(tokens: list[Token]) -> str:
    """The text from the first to the last token, without edge punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,.;:\"“”'‘’")


ENTITY_INDEX = "pipeline.entity_index"


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once and kept with the Doc: each read of ``doc.ents`` walks every
    token and makes every Span anew, and extraction reads them in four places. Read only
    once the pipeline has set the entities (extraction never changes them)."""
    key = ENTITY_INDEX + ".ents"
    ents = doc.user_data.get(key)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[key] = ents
    return ents


def entity_index(doc: Doc) -> dict[int, Span]:
    """Each token's entity, built on first use and kept with the Doc. ``doc.ents`` makes
    every Span anew on each read, so scanning it once per event is quadratic in a long
    article. Read only once the pipeline has set the entities (extraction never changes them)."""
    index = doc.user_data.get(ENTITY_INDEX)
    if index is None:
        index = {i: ent for ent in entities(doc) for i in range(ent.start, ent.end)}
        doc.user_data[ENTITY_INDEX] = index
    return index


SENTENCES_KEY = "pipeline.extract.sentences"


def _sentences(doc: Doc) -> tuple[list[int], list[Span]]:
    """The Doc's sentences and where each starts, read once and kept with the Doc."""
    found = doc.user_data.get(SENTENCES_KEY)
    if found is None:
        spans = list(doc.sents)
        found = ([s.start for s in spans], spans)
        doc.user_data[SENTENCES_KEY] = found
    return found


def sentence_at(doc: Doc, i: int) -> Span:
    """``doc[i].sent``, and a Span's ``.sent`` (the sentence of its first token), found by
    bisection: each ``.sent`` checks the whole Doc's annotation and walks to both of the
    sentence's boundaries. The same boundaries (``sent_start``; no sentence hooks are set)."""
    starts, spans = _sentences(doc)
    return spans[bisect_right(starts, i) - 1]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, read once per Doc (not to be changed)."""
    return _sentences(doc)[1]


def sentence_number(doc: Doc, i: int) -> int:
    """The index in ``doc.sents`` of the sentence holding token i."""
    return bisect_right(_sentences(doc)[0], i) - 1


def sentence_after(doc: Doc, sent: Span) -> Span | None:
    """The sentence after this one (``doc[sent.end].sent``), None after the last."""
    starts, spans = _sentences(doc)
    k = bisect_right(starts, sent.start)
    return spans[k] if k < len(spans) else None


def person_words(doc: Doc) -> frozenset[str]:
    """Every word of every person's name in the Doc, gathered once with the entity index."""
    key = ENTITY_INDEX + ".person_words"
    words = doc.user_data.get(key)
    if words is None:
        words = frozenset(w for e in set(entity_index(doc).values()) if e.label_ == "PERSON" for w in e.text.split())
        doc.user_data[key] = words
    return words


def entities_in(doc: Doc, tokens: Iterable[int], label: str) -> list[Span]:
    """The entities of this label with a token among these, in document order."""
    index = entity_index(doc)
    found = {index[i].start: index[i] for i in tokens if i in index and index[i].label_ == label}
    return [found[k] for k in sorted(found)]


def entity_at(tok: Token, labels: set[str]) -> Span | None:
    ent = entity_index(tok.doc).get(tok.i)
    return ent if ent is not None and ent.label_ in labels else None


class Cues:
    """The cue spans of a Doc indexed by token, built once per document."""

    def __init__(self, doc: Doc) -> None:
        self.at: dict[int, set[str]] = {}
        for span in doc.spans.get(CUE_KEY, []):
            for i in range(span.start, span.end):
                self.at.setdefault(i, set()).add(span.label_)

    def has(self, tok: Token, label: str) -> bool:
        return label in self.at.get(tok.i, ())

    def is_reporting(self, tok: Token) -> bool:
        """An active reporting verb ("said", "told"); "is said to" is a hedge, not a source."""
        return self.has(tok, "report") and not any(c.dep_ == "auxpass" for c in tok.children)

    def is_denial(self, tok: Token) -> bool:
        return self.has(tok, "deny") and tok.pos_ == "VERB"
