"""Resolve every DATE entity against the article's reference date.

Relative expressions ("last November", "the following day") need the
publication date (``doc._.reference``) and the date mentioned just before
(the anchor); the resolved interval is stored on the span as ``span._.date``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..dates import ResolvedDate, parse_iso, resolve_date
from ..lexicon import read_jsonl
from . import extensions  # noqa: F401


@Language.factory("date_ruler", default_config={"patterns": "patterns/dates.jsonl"})
def make_date_ruler(nlp: Language, name: str, patterns: str) -> "DateRuler":
    return DateRuler(nlp, read_jsonl(patterns))


class DateRuler:
    """Relative date phrases the model leaves untagged ("the following month", "two days
    later") become DATE entities where they overlap no other entity."""

    def __init__(self, nlp: Language, rules: list[dict]) -> None:
        self.matcher = Matcher(nlp.vocab)
        for rule in rules:
            self.matcher.add(rule["id"], [rule["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found = []
        for _, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            if not taken & set(range(start, end)):
                found.append(Span(doc, start, end, label="DATE"))
                taken.update(range(start, end))
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc


@Language.component("date_resolver")
def date_resolver(doc: Doc) -> Doc:
    reference = parse_iso(doc._.reference) if isinstance(doc._.reference, str) else doc._.reference
    anchor: ResolvedDate | None = None
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        text = ent.text
        if ent.start > 0 and doc[ent.start - 1].lower_ == "that" and not ent.text.lower().startswith("that"):
            text = "that " + text  # "removed that October": the October of the date before
        resolved = resolve_date(text, reference, anchor)
        words = text.split()
        while resolved is None and len(words) > 1:  # the model runs on: "September, weeks", "May to 14 years"
            words = words[:-1]
            resolved = resolve_date(" ".join(words).rstrip(","), reference, anchor)
        ent._.date = resolved
        if resolved is not None:
            anchor = resolved
    return doc
