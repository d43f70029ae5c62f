"""Event triggers: dependency patterns from ``models/patterns/triggers.jsonl``.

Each match marks its trigger word in ``doc.spans["triggers"]``: the label is the
event type, ``kb_id_`` the rule id (carried to the event row so an analyst can
see which rule fired) and ``id_`` where the person is to be found (``arg``).
A rule of type NONE blocks the other rules on its word ("sentenced to death" is
not a prison term); otherwise, when rules of different types match one word,
the one with the longest pattern wins. A rule marked ``needs_absence`` (being seen
somewhere, present at talks) tells a reappearance only in a document that also tells an
absence: a disappearance, death, purge, arrest, or one of the words in
``models/lexicon/absence_words.txt`` ("rumours", "whereabouts", "unseen").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from ..lexicon import read_jsonl, read_list

TRIGGER_KEY = "triggers"
WINDOWS = 16  # at most this many pieces of a Doc are searched apart
ABSENCE_TYPES = frozenset({"DISAPPEAR", "DIE", "KILL", "EXECUTE", "PURGE", "ARREST", "IMPRISON", "DEFECT"})


@Language.factory("event_triggers", default_config={"patterns": "patterns/triggers.jsonl",
                                                     "absence_words": "lexicon/absence_words.txt"})
def make_event_triggers(nlp: Language, name: str, patterns: str, absence_words: str) -> "EventTriggers":
    return EventTriggers(nlp, read_jsonl(patterns), read_list(absence_words))


class EventTriggers:
    def __init__(self, nlp: Language, rules: list[dict], absence_words: list[str] = ()) -> None:
        self.rules = {rule["id"]: rule for rule in rules}
        self.absence_keys = frozenset(f"LEMMA:{w.lower()}" for w in absence_words)
        # One matcher per set of words a rule needs: a document is only searched with the
        # patterns all of whose words one of its sentences contains (a dependency pattern
        # lies inside one sentence's tree; each matcher call costs a pass over the document).
        self.groups: list[tuple[frozenset[frozenset[str]], DependencyMatcher]] = []
        grouped: dict[frozenset[frozenset[str]], list[dict]] = {}
        for rule in rules:
            grouped.setdefault(_required_words(rule), []).append(rule)
        for needs, members in grouped.items():
            matcher = DependencyMatcher(nlp.vocab)
            for rule in members:
                matcher.add(rule["id"], [rule["pattern"]])
            self.groups.append((needs, matcher))

    def __call__(self, doc: Doc) -> Doc:
        where: dict[str, set[int]] = {}  # "LEMMA:x" / "LOWER:x" -> the sentences that hold it
        for n, sent in enumerate(doc.sents):
            for t in sent:
                where.setdefault(f"LEMMA:{t.lemma_}", set()).add(n)
                where.setdefault(f"LOWER:{t.lower_}", set()).add(n)
        present = where.keys()
        by_token: dict[int, dict[str, dict]] = {}
        sents = list(doc.sents)
        # sentences are searched a window at a time, each window made a Doc of its own once:
        # at most WINDOWS windows (one sentence each in a short article, more in a long one),
        # since making a window's Doc costs a pass over the whole Doc
        width = -(-len(sents) // WINDOWS) or 1
        windows: dict[int, Doc] = {}
        arrays: tuple | None = None
        for needs, matcher in self.groups:
            for w in sorted({n // width for n in _sentences_with(needs, where, len(sents))}):
                if w not in windows:
                    if arrays is None:
                        head = doc._get_array_attrs()
                        arrays = (head, doc.to_array(head))
                    first, last = sents[w * width], sents[min(len(sents), (w + 1) * width) - 1]
                    windows[w] = doc[first.start:last.end].as_doc(array_head=arrays[0], array=arrays[1])
                offset = sents[w * width].start
                for match_id, token_ids in matcher(windows[w]):
                    rule = self.rules[doc.vocab.strings[match_id]]
                    by_token.setdefault(token_ids[0] + offset, {})[rule["id"]] = rule
        spans = []
        for i, rules in sorted(by_token.items()):
            if any(r["type"] == "NONE" for r in rules.values()):
                continue
            # when rules of different types claim one word, the most specific pattern wins
            # ("has not appeared since" over "appeared")
            most = max(len(r["pattern"]) for r in rules.values())
            types = {r["type"] for r in rules.values() if len(r["pattern"]) == most}
            for rule in rules.values():
                if rule["type"] not in types:
                    continue
                spans.append(Span(doc, i, i + 1, label=rule["type"], kb_id=rule["id"], span_id=rule["arg"]))
        if any(self.rules[s.kb_id_].get("needs_absence") for s in spans) and not (
                any(s.label_ in ABSENCE_TYPES for s in spans) or self.absence_keys & present):
            spans = [s for s in spans if not self.rules[s.kb_id_].get("needs_absence")]
        doc.spans[TRIGGER_KEY] = spans
        return doc


def _sentences_with(needs: frozenset[frozenset[str]], where: dict[str, set[int]], count: int) -> set[int]:
    """The sentences that hold one of the words of each of the rule's nodes: a dependency
    pattern lies inside one sentence's tree, so only those are searched."""
    sentences: set[int] | None = None
    for words in needs:
        here = set().union(*(where.get(w, ()) for w in words))
        sentences = here if sentences is None else sentences & here
        if not sentences:
            return set()
    return set(range(count)) if sentences is None else sentences  # a rule that names no word: everywhere


def _required_words(rule: dict) -> frozenset[frozenset[str]]:
    """For each node of the pattern that names its word(s) by lemma or lower-case form, the
    "LEMMA:x" / "LOWER:x" keys one of which the document must hold for the rule to match."""
    needs = []
    for node in rule["pattern"]:
        attrs = node.get("RIGHT_ATTRS", {})
        for attr in ("LEMMA", "LOWER"):
            value = attrs.get(attr)
            if isinstance(value, str):
                needs.append(frozenset([f"{attr}:{value}"]))
            elif isinstance(value, dict) and "IN" in value:
                needs.append(frozenset(f"{attr}:{v}" for v in value["IN"]))
    return frozenset(needs)
