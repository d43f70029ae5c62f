"""Hedge, negation, reporting and denial cues.

Marks cue words in ``doc.spans["cues"]`` (label: hedge, negation, report, deny, and
falsity for words that call a claim untrue);
whether a cue governs a given event is decided by the extractor, which knows
the event's clause.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon import read_jsonl, read_list
from .lookup import among, holding, matches_in, merged, word_ids

CUE_KEY = "cues"


@Language.factory(
    "cue_tagger",
    default_config={
        "patterns": "patterns/cues.jsonl",
        "reporting_verbs": "lexicon/reporting_verbs.txt",
        "denial_verbs": "lexicon/denial_verbs.txt",
        "falsity_words": "lexicon/falsity_words.txt",
        "source_nouns": "lexicon/source_nouns.txt",
    },
)
def make_cue_tagger(nlp: Language, name: str, patterns: str, reporting_verbs: str, denial_verbs: str,
                    source_nouns: str, falsity_words: str = "lexicon/falsity_words.txt") -> "CueTagger":
    falsity = _words(falsity_words)
    tagger = CueTagger(nlp, read_jsonl(patterns), _words(reporting_verbs), _qualified(denial_verbs, falsity), falsity)
    # read by the extractor, which resolves "the paper" to the paper named before
    tagger.source_nouns = [set(line.lower().split()) for line in read_list(source_nouns)]
    return tagger


def _words(path: str) -> set[str]:
    return {w for line in read_list(path) for w in line.split()}


def _qualified(path: str, falsity: set[str] = frozenset()) -> dict[str, set[str]]:
    """'deny' or 'dismiss as: false lie ...': a lemma, and the words one of which must follow
    it closely for it to count (empty: none needed; @falsity: the words calling a claim untrue)."""
    out: dict[str, set[str]] = {}
    for line in read_list(path):
        if ":" in line:
            head, words = line.split(":", 1)
            listed = set(words.split())
            if "@falsity" in listed:
                listed = (listed - {"@falsity"}) | set(falsity)
            out[head.split()[0]] = set(head.split()[1:]) | listed
            continue
        for entry in line.split(","):
            if entry.split():
                out[entry.split()[0]] = set()
    return out


def _first_words(token: dict) -> list[tuple[int, str]] | None:
    """The words a pattern's first token must be, as (attribute, word); None if it names none."""
    for key, attr in (("LOWER", LOWER), ("LEMMA", LEMMA)):
        value = token.get(key)
        if isinstance(value, str):
            return [(attr, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(attr, w) for w in value["IN"]]
    return None


def _first_labels(token: dict) -> set[str] | None:
    """The dependency labels a pattern's first token must have; None if it names none."""
    value = token.get("DEP")
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict) and set(value) == {"IN"}:
        return set(value["IN"])
    return None


def tail_lead(tok: Token) -> list[Token]:
    """The words before a reporting word ending its sentence that name the reporter: "a weekly
    magazine" in "..., a weekly magazine reports"; without the claim the parser may have hung
    on it ("X executed, state media report": "executed" its complement)."""
    return sorted((t for c in tok.lefts if c.dep_ not in {"ccomp", "punct", "conj", "cc", "parataxis"}
                   for t in c.subtree), key=lambda t: t.i)


class CueTagger:
    def __init__(self, nlp: Language, rules: list[dict], reporting: set[str], denial: dict[str, set[str]],
                 falsity: set[str] = frozenset()) -> None:
        self.falsity = set(falsity)
        # A pattern whose first token names its word(s) is matched only from where one of them
        # stands (the Matcher's cost grows with patterns times tokens); the rest everywhere.
        self.anchored, self.free = Matcher(nlp.vocab), Matcher(nlp.vocab)
        # likewise one whose first token names no word but its dependency labels ("not": neg),
        # from where a token with one of them stands
        self.by_label = Matcher(nlp.vocab)
        first_words: dict[int, set[str]] = {LEMMA: set(), LOWER: set()}  # of one-token patterns
        # of a longer pattern, the words each of its tokens naming some must be: (offset,
        # attribute, ids); it can start only where every one of them stands at its offset
        # ("be" + "believed": not every "be")
        self.chains: list[list[tuple[int, int, numpy.ndarray]]] = []
        first_labels: set[str] = set()
        self.reach = self.label_reach = 1
        self.kinds: dict[str, str] = {}
        fixed = all("OP" not in token for rule in rules for token in rule["pattern"])
        for rule in rules:
            words = _first_words(rule["pattern"][0]) if fixed else None
            labels = _first_labels(rule["pattern"][0]) if fixed and not words else None
            (self.anchored if words else self.by_label if labels else self.free).add(rule["id"], [rule["pattern"]])
            if words and len(rule["pattern"]) == 1:
                for attr, word in words:
                    first_words[attr].add(word)
            elif words:
                self.chains.append(_chain(rule["pattern"]))
            if labels:
                first_labels |= labels
                self.label_reach = max(self.label_reach, len(rule["pattern"]))
            self.reach = max(self.reach, len(rule["pattern"]))
            self.kinds[rule["id"]] = rule["cue"]
        self.first_keys = {attr: word_ids(ws) for attr, ws in first_words.items()}
        self.label_keys = word_ids(first_labels)
        self.reporting = reporting
        self.denial = denial
        # the words a cue is read from: only tokens holding one are looked at
        self.lemma_keys = word_ids(set(reporting) | set(denial))
        self.lower_keys = word_ids(self.falsity)

    def misread_tail_verb(self, tok: Token) -> bool:
        """'..., a weekly magazine reports.': a present-tense reporting verb ending the sentence
        after a comma, which the parser took for a plural noun; or for a noun it made the
        sentence's head, the claim before the comma its complement ("X executed, state media
        report")."""
        if tok.tag_ not in {"NNS", "NN"} or tok.lemma_ not in self.reporting:
            return False
        claim = any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
        if tok.lower_ != tok.lemma_ + "s" and not (tok.tag_ == "NN" and tok.lower_ == tok.lemma_ and claim):
            return False
        doc = tok.doc
        if not all(t.is_punct for t in doc[tok.i + 1: tok.sent.end]):
            return False
        lead = tail_lead(tok)
        return bool(lead) and lead[0].i > tok.sent.start and doc[lead[0].i - 1].text == ","

    def candidates(self, doc: Doc) -> list[int]:
        """The tokens whose lemma is a reporting or denial verb or whose form is a falsity
        word, in order (a cue is read from no other: a pass in Python over every token
        cost more than the rest of this component)."""
        hits = holding(doc, LEMMA, self.lemma_keys) | holding(doc, LOWER, self.lower_keys)
        return numpy.flatnonzero(hits).tolist()

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """What the patterns match: (match id, start, end), as one Matcher over the whole Doc
        would find it (its order aside)."""
        found = list(self.free(doc)) if len(self.free) else []
        values = doc.to_array([LEMMA, LOWER, DEP])
        column = {LEMMA: values[:, 0], LOWER: values[:, 1]}
        if len(self.by_label):  # before the others, where one Matcher over the Doc put them
            found += _from(doc, self.by_label, among(values[:, 2], self.label_keys), self.label_reach)
        starts = among(column[LEMMA], self.first_keys[LEMMA]) | among(column[LOWER], self.first_keys[LOWER])
        for chain in self.chains:
            starts |= _chain_starts(chain, column)
        return found + _from(doc, self.anchored, starts, self.reach)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for match_id, start, end in self.matches(doc):
            rule_id = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=self.kinds[rule_id], kb_id=rule_id))
        for i in self.candidates(doc):
            tok = doc[i]
            if tok.lower_ in self.falsity and tok.pos_ in {"ADJ", "NOUN"}:
                spans.append(Span(doc, tok.i, tok.i + 1, label="falsity", kb_id="falsity"))
            if tok.pos_ not in {"VERB", "AUX"}:
                if self.misread_tail_verb(tok):
                    spans.append(Span(doc, tok.i, tok.i + 1, label="report", kb_id=f"report.{tok.lemma_}.tail"))
                continue
            needs = self.denial.get(tok.lemma_)
            if needs is not None and (not needs or any(t.lower_ in needs or t.lemma_ in needs for t in doc[tok.i + 1: tok.i + 6])):
                spans.append(Span(doc, tok.i, tok.i + 1, label="deny", kb_id=f"deny.{tok.lemma_}"))
            elif tok.lemma_ in self.reporting:
                spans.append(Span(doc, tok.i, tok.i + 1, label="report", kb_id=f"report.{tok.lemma_}"))
        doc.spans[CUE_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


def _chain(pattern: list[dict]) -> list[tuple[int, int, numpy.ndarray]]:
    """(offset, attribute, ids) for each token of the pattern that names its word(s)."""
    chain = []
    for offset, token in enumerate(pattern):
        words = _first_words(token)
        for attr in {attr for attr, _ in words or ()}:
            chain.append((offset, attr, word_ids(w for a, w in words if a == attr)))
    return chain


def _chain_starts(chain: list[tuple[int, int, numpy.ndarray]], column: dict[int, numpy.ndarray]) -> numpy.ndarray:
    """For each token, whether a pattern with these word tests can start there: a token
    holding none of its words cannot stand at that offset of a match."""
    n = len(column[LEMMA])
    ok = numpy.ones(n, dtype=bool)
    for offset, attr, ids in chain:
        if offset >= n:
            return numpy.zeros(n, dtype=bool)  # the pattern is longer than the Doc
        ok[n - offset:] = False  # the pattern would run past the Doc's end
        ok[:n - offset] &= among(column[attr][offset:], ids)
    return ok


def _from(doc: Doc, matcher: Matcher, starts: numpy.ndarray, reach: int) -> list[tuple[int, int, int]]:
    """What ``matcher`` (patterns of at most ``reach`` tokens, none with an operator) matches
    starting at a token where ``starts`` holds, in the order one run over the Doc gives them."""
    return matches_in(matcher, doc, merged((i, min(len(doc), i + reach)) for i in numpy.flatnonzero(starts).tolist()))
