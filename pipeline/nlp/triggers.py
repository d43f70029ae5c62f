"""Event triggers: dependency patterns from ``models/patterns/triggers.jsonl``.

Each match marks its trigger word in ``doc.spans["triggers"]``: the label is the
event type, ``kb_id_`` the rule id (carried to the event row so an analyst can
see which rule fired) and ``id_`` where the person is to be found (``arg``).
A rule of type NONE blocks the other rules on its word ("sentenced to death" is
not a prison term); otherwise, when rules of different types match one word,
the one with the longest pattern wins.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from ..lexicon import read_jsonl

TRIGGER_KEY = "triggers"


@Language.factory("event_triggers", default_config={"patterns": "patterns/triggers.jsonl"})
def make_event_triggers(nlp: Language, name: str, patterns: str) -> "EventTriggers":
    return EventTriggers(nlp, read_jsonl(patterns))


class EventTriggers:
    def __init__(self, nlp: Language, rules: list[dict]) -> None:
        self.matcher = DependencyMatcher(nlp.vocab)
        self.rules = {rule["id"]: rule for rule in rules}
        for rule in rules:
            self.matcher.add(rule["id"], [rule["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        by_token: dict[int, dict[str, dict]] = {}
        for match_id, token_ids in self.matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            by_token.setdefault(token_ids[0], {})[rule["id"]] = rule
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
        doc.spans[TRIGGER_KEY] = spans
        return doc
