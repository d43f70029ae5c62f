"""Event triggers: dependency patterns from ``models/patterns/triggers.jsonl``.

Each match marks its trigger word in ``doc.spans["triggers"]``: the label is the
event type, ``kb_id_`` the rule id (carried to the event row so an analyst can
see which rule fired) and ``id_`` where the person is to be found (``arg``).
A rule of type NONE blocks the other rules on its word ("sentenced to death" is
not a prison term), except those whose ``arg`` it lists in ``spares`` ("replaced the
outgoing minister Y": Y's leaving is no purge, but the one who replaced Y took up the
post); otherwise, when rules of different types match one word,
the one with the longest pattern wins, except a rule marked ``alongside``, which
tells a second happening on its word (the successor's appointment on the word
that tells the predecessor's removal) and is kept beside the winner. A rule marked ``needs_absence`` (being seen
somewhere, present at talks) tells a reappearance only in a document that also tells an
absence: a disappearance, death, purge, arrest, or one of the words in
``models/lexicon/absence_words.txt`` ("rumours", "whereabouts", "unseen").

The patterns are spaCy ``DependencyMatcher`` patterns, and spaCy's matcher checks them
when they are loaded; but they are matched here, from their trigger word only: spaCy's
matcher first runs a token matcher for every node of every pattern over the whole
document, which cost more than the parse (a trigger word is rare; its pattern is a few
steps through its tree). ``tests/test_triggers.py`` holds the two to the same matches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from ..lexicon import read_jsonl, read_list
from .lookup import among, holding, word_ids

TRIGGER_KEY = "triggers"
ABSENCE_TYPES = frozenset({"DISAPPEAR", "DIE", "KILL", "EXECUTE", "PURGE", "ARREST", "IMPRISON", "DEFECT"})

# the token attributes and relations the patterns use; a pattern using another fails to load
# (compared by their ids in the vocabulary's string store, as spaCy's matchers compare them)
_ATTRS = {"LEMMA": "lemma", "LOWER": "lower", "ORTH": "orth", "POS": "pos", "TAG": "tag",
          "DEP": "dep", "ENT_TYPE": "ent_type"}
_WORD_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH}  # tests of a word, read from ``Doc.to_array``
_OPS: dict[str, Callable[[Token], Iterator[Token]]] = {
    ">": lambda t: t.children,
    "<": lambda t: (t.head,) if t.head.i != t.i else (),
    ">>": lambda t: (d for d in t.subtree if d.i != t.i),
    "<<": lambda t: t.ancestors,
    ".": lambda t: (t.doc[t.i + 1],) if t.i + 1 < t.sent.end else (),
    ".*": lambda t: t.doc[t.i + 1: t.sent.end],
}


@Language.factory("event_triggers", default_config={"patterns": "patterns/triggers.jsonl",
                                                     "absence_words": "lexicon/absence_words.txt"})
def make_event_triggers(nlp: Language, name: str, patterns: str, absence_words: str) -> "EventTriggers":
    return EventTriggers(nlp, read_jsonl(patterns), read_list(absence_words))


class EventTriggers:
    def __init__(self, nlp: Language, rules: list[dict], absence_words: list[str] = ()) -> None:
        self.rules = {rule["id"]: rule for rule in rules}
        strings = nlp.vocab.strings
        self.absence = word_ids(w.lower() for w in absence_words)
        checked = DependencyMatcher(nlp.vocab, validate=True)  # spaCy's own check of each pattern
        # the rules by their trigger word: (attribute, hash of the word) -> rules
        self.by_word: dict[tuple[int, int], list[tuple[dict, list[_Node]]]] = {}
        self.anywhere: list[tuple[dict, list[_Node]]] = []  # rules whose trigger names no word
        for rule in rules:
            checked.add(rule["id"], [rule["pattern"]])
            nodes = _compile(rule, strings)
            words = nodes[0].words
            if words is None:
                self.anywhere.append((rule, nodes))
            for attr, word in words or ():
                self.by_word.setdefault((attr, strings.add(word)), []).append((rule, nodes))
        self.keys = {attr: numpy.array(sorted({w for a, w in self.by_word if a == attr}), dtype="uint64")
                     for attr in (LEMMA, LOWER)}
        # per rule, the words its later nodes must hold (see ``_possible``)
        self.needs = {rule["id"]: _needs(nodes) for rule, nodes in
                      [*self.anywhere, *(entry for entries in self.by_word.values() for entry in entries)]}

    def matches(self, doc: Doc) -> Iterator[tuple[int, dict]]:
        """(trigger word's index, rule) for each rule that matches there."""
        values = doc.to_array([LEMMA, LOWER, ORTH])
        lemmas, lowers = values[:, 0], values[:, 1]
        hits = among(lemmas, self.keys[LEMMA]) | among(lowers, self.keys[LOWER])
        candidates = numpy.flatnonzero(hits).tolist() if not self.anywhere else range(len(doc))
        present: dict[int, set[int]] | None = None  # the Doc's words, read once if a candidate needs them
        plans: dict[tuple[int, int], list[tuple[dict, list[_Node]]]] = {}  # (lemma, lower) -> rules to try
        possible: dict[str, bool] = {}  # rule id -> whether the Doc holds every word the rule needs
        for i in candidates:
            token = doc[i]
            key = (token.lemma, token.lower)
            plan = plans.get(key)
            if plan is None:
                if present is None:
                    present = {attr: set(values[:, n].tolist()) for n, attr in enumerate((LEMMA, LOWER, ORTH))}
                plan = plans[key] = self._plan(key, present, possible)
            for rule, nodes in plan:
                if nodes[0].fits(token) and _found(nodes, [token]):
                    yield i, rule

    def _plan(self, key: tuple[int, int], present: dict[int, set[int]],
              possible: dict[str, bool]) -> list[tuple[dict, list[_Node]]]:
        """The rules to try on a word of this (lemma, lower) in a Doc holding the words
        ``present``, once each: a rule listed twice (under the lemma and the form) fares
        the same both times, and one needing a word the Doc lacks cannot match
        (``possible`` keeps that answer per rule for the Doc)."""
        plan: list[tuple[dict, list[_Node]]] = []
        listed: set[str] = set()
        for rule, nodes in self.by_word.get((LEMMA, key[0]), []) + self.by_word.get((LOWER, key[1]), []) + self.anywhere:
            if rule["id"] not in listed:
                listed.add(rule["id"])
                ok = possible.get(rule["id"])
                if ok is None:
                    ok = possible[rule["id"]] = _possible(self.needs[rule["id"]], present)
                if ok:
                    plan.append((rule, nodes))
        return plan

    def __call__(self, doc: Doc) -> Doc:
        by_token: dict[int, dict[str, dict]] = {}
        for i, rule in self.matches(doc):
            by_token.setdefault(i, {})[rule["id"]] = rule
        spans = []
        for i, rules in sorted(by_token.items()):
            blocks = [r for r in rules.values() if r["type"] == "NONE"]
            if blocks:
                # a NONE rule blocks every rule on its word but those whose person it ``spares``
                rules = {k: r for k, r in rules.items() if r["type"] != "NONE"
                         and all(r["arg"] in b.get("spares", ()) for b in blocks)}
                if not rules:
                    continue
            # when rules of different types claim one word, the most specific pattern wins
            # ("has not appeared since" over "appeared"); a rule marked alongside tells a second
            # happening on the word ("X replaced Y": Y's removal, X's taking up the post) and
            # neither outranks the others nor is outranked, unless a rule of its type won
            ranked = [r for r in rules.values() if not r.get("alongside")]
            most = max((len(r["pattern"]) for r in ranked), default=0)
            types = {r["type"] for r in ranked if len(r["pattern"]) == most}
            beside = [r for r in rules.values() if r.get("alongside") and r["type"] not in types]
            for rule in [*ranked, *beside]:
                if rule["type"] not in types and rule not in beside:
                    continue
                spans.append(Span(doc, i, i + 1, label=rule["type"], kb_id=rule["id"], span_id=rule["arg"]))
        if any(self.rules[s.kb_id_].get("needs_absence") for s in spans) and not (
                any(s.label_ in ABSENCE_TYPES for s in spans) or self._tells_absence(doc)):
            spans = [s for s in spans if not self.rules[s.kb_id_].get("needs_absence")]
        doc.spans[TRIGGER_KEY] = spans
        return doc

    def _tells_absence(self, doc: Doc) -> bool:
        return bool(holding(doc, LEMMA, self.absence).any())


class _Node:
    """One node of a dependency pattern: its relation to an earlier node and its tests."""

    def __init__(self, spec: dict, ids: dict[str, int], rule_id: str, strings: StringStore) -> None:
        if "REL_OP" in spec and spec["REL_OP"] not in _OPS:
            raise ValueError(f"trigger rule {rule_id}: relation {spec['REL_OP']!r} is not supported")
        self.left = ids[spec["LEFT_ID"]] if "LEFT_ID" in spec else -1
        self.op = _OPS[spec["REL_OP"]] if "REL_OP" in spec else None
        self.tests: list[tuple[str, Callable[[int], bool]]] = []
        self.words: list[tuple[int, str]] | None = None
        self.required: tuple[int, frozenset[int]] | None = None  # (attribute, ids) one of which it must hold
        for attr, value in spec.get("RIGHT_ATTRS", {}).items():
            if attr not in _ATTRS:
                raise ValueError(f"trigger rule {rule_id}: attribute {attr!r} is not supported")
            self.tests.append((_ATTRS[attr], _predicate(value, rule_id, strings)))
            if attr in _WORD_ATTRS and self.required is None:
                listed = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
                if listed is not None:
                    self.required = (_WORD_ATTRS[attr], frozenset(strings.add(w) for w in listed))
            if attr in ("LEMMA", "LOWER") and self.words is None:
                listed = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
                if listed is not None:
                    self.words = [(LEMMA if attr == "LEMMA" else LOWER, w) for w in listed]

    def fits(self, token: Token) -> bool:
        for attr, test in self.tests:
            if not test(getattr(token, attr)):
                return False
        return True


def _predicate(value: object, rule_id: str, strings: StringStore) -> Callable[[int], bool]:
    if isinstance(value, str):
        return strings.add(value).__eq__
    if isinstance(value, dict) and len(value) == 1:
        (kind, listed), = value.items()
        if kind == "IN":
            return frozenset(strings.add(v) for v in listed).__contains__
        if kind == "NOT_IN":
            excluded = frozenset(strings.add(v) for v in listed)
            return lambda v: v not in excluded
    raise ValueError(f"trigger rule {rule_id}: the test {value!r} is not supported")


def _compile(rule: dict, strings: StringStore) -> list[_Node]:
    ids: dict[str, int] = {}
    nodes = []
    for n, spec in enumerate(rule["pattern"]):
        nodes.append(_Node(spec, ids, rule["id"], strings))
        ids[spec["RIGHT_ID"]] = n
    return nodes


def _needs(nodes: list[_Node]) -> list[tuple[int, frozenset[int]]]:
    """(attribute, ids) for each node after the trigger with a LEMMA, LOWER or ORTH test
    that a token passes only by holding one of those words ("death" of "sentenced to death")."""
    return [need for node in nodes[1:] if (need := node.required) is not None]


def _possible(needs: list[tuple[int, frozenset[int]]], present: dict[int, set[int]]) -> bool:
    """Whether a Doc holding the words ``present`` (attribute -> ids) can match a rule with
    these ``needs``: a node cannot be bound without a token of the Doc holding one of its
    words, so a rule one of whose words the Doc lacks matches nowhere in it (most rules
    over a trigger word need a word that most articles lack)."""
    return all(not ids.isdisjoint(present[attr]) for attr, ids in needs)


def _found(nodes: list[_Node], bound: list[Token]) -> bool:
    """Whether the nodes after those already bound to tokens can be bound too."""
    if len(bound) == len(nodes):
        return True
    node = nodes[len(bound)]
    return any(node.fits(t) and _found(nodes, bound + [t]) for t in node.op(bound[node.left]))
