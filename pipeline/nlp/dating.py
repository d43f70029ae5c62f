"""Resolve every DATE entity against the article's reference date.

Relative expressions ("last November", "the following day") need the
publication date (``doc._.reference``) and the date mentioned just before
(the anchor); the resolved interval is stored on the span as ``span._.date``.
A date without a year follows the tense of its clause: "was arrested on
Monday" is the last Monday, "will be sentenced on Nov. 16" the next 16
November (cue words in ``models/lexicon/future_cues.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..dates import ResolvedDate, parse_iso, resolve_date
from ..lexicon import read_jsonl, read_list
from . import extensions  # noqa: F401


@Language.factory("date_ruler", default_config={"patterns": "patterns/dates.jsonl"})
def make_date_ruler(nlp: Language, name: str, patterns: str) -> "DateRuler":
    return DateRuler(nlp, read_jsonl(patterns))


class DateRuler:
    """Date phrases the model leaves untagged ("the following month", "two days later")
    become DATE entities where they overlap no other entity.

    A match may swallow entities lying wholly inside it whose label its rule lists
    under ``absorb`` (DATE by default): "[Two weeks] before," becomes "Two weeks
    before", the CARDINAL "twenty twenty-one" a DATE. A rule's ``trim`` drops its
    last tokens from the entity: they only check what follows ("two weeks before"
    must be followed by punctuation, else it is "two weeks before the election").
    """

    def __init__(self, nlp: Language, rules: list[dict]) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.trim: dict[int, int] = {}
        self.absorb: dict[int, frozenset[str]] = {}
        for rule in rules:
            self.matcher.add(rule["id"], [rule["pattern"]])
            key = nlp.vocab.strings[rule["id"]]
            self.trim[key] = int(rule.get("trim", 0))
            self.absorb[key] = frozenset(rule.get("absorb", ["DATE"]))

    def __call__(self, doc: Doc) -> Doc:
        owner = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        found: list[Span] = []
        dropped: set[int] = set()  # start of each model DATE entity a match swallowed
        taken: set[int] = set()
        matches = [(mid, s, e - self.trim.get(mid, 0)) for mid, s, e in self.matcher(doc)]
        for mid, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            span = set(range(start, end))
            if end <= start or span & taken:
                continue
            inside = {owner[i] for i in span if i in owner}
            if any(e.label_ not in self.absorb[mid] or e.start < start or e.end > end for e in inside):
                continue
            found.append(Span(doc, start, end, label="DATE"))
            taken |= span
            dropped |= {e.start for e in inside}
        if found:
            kept = [e for e in doc.ents if e.start not in dropped]
            doc.ents = sorted([*kept, *found], key=lambda e: e.start)
        return doc


@dataclass(frozen=True)
class FutureCues:
    """What makes a clause look ahead; read from a data file (see its header)."""

    aux: frozenset[str] = frozenset()
    heads: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> links ("to", "for", "*")
    mods: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path: str) -> "FutureCues":
        aux, mods, heads = set(), set(), {}
        for line in read_list(path):
            kind, *words = line.split()
            if kind == "aux":
                aux.add(words[0].lower())
            elif kind == "mod":
                mods.add(words[0].lower())
            elif kind == "head":
                heads.setdefault(words[0].lower(), set()).add(words[1].lower())
            else:
                raise ValueError(f"{path}: unknown cue kind {kind!r} in {line!r}")
        return cls(frozenset(aux), {k: frozenset(v) for k, v in heads.items()}, frozenset(mods))

    def head(self, tok: Token, link: str | None) -> bool:
        links = self.heads.get(tok.lemma_.lower()) or self.heads.get(tok.lower_)
        return bool(links) and ("*" in links or link in links)


_VERBAL = {"VERB", "AUX"}
_PARTICIPLE_LINKS = {"advcl", "acl", "xcomp", "pcomp"}
_MAX_HOPS = 12


def _has_aux(tok: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in tok.children)


def _perfect(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def looks_ahead(span: Span, cues: FutureCues) -> bool:
    """Does the clause the date belongs to speak of what is still to come?

    The date hangs from a verb, through a preposition or directly ("on Monday",
    "Monday"), possibly through nouns ("at its next meeting on March 3"); that
    verb looks ahead when it has a future or modal auxiliary ("will open in
    January"), is a cue word by the date's preposition ("scheduled for March",
    "adjourned until Feb. 2"), is the to-infinitive of a cue ("is due to appear
    on Monday", "is expected to rule on Friday"), or is a headline infinitive
    ("Rival leaders to meet on Monday"). Conjoined verbs share their auxiliary.
    """
    tok, link = span.root, None
    for _ in range(_MAX_HOPS):  # up to the governing verb (or adjective: "due on Monday")
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ == "pobj" or head.pos_ == "ADP":
            link = head.lower_
        elif head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.lower_ in cues.mods for c in head.children):
            return True  # "his next hearing on Feb. 2"
        tok = head
        if tok.pos_ in _VERBAL or (tok.pos_ == "ADJ" and cues.head(tok, link)):
            break
    else:
        return False
    if cues.head(tok, link) and not _perfect(tok):
        return True  # "scheduled for March", "due on Monday"
    for _ in range(_MAX_HOPS):
        if _has_aux(tok, cues.aux) and not _perfect(tok):
            return True
        if tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True  # headline: "Rival leaders to meet on Monday"
        if tok.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and not (tok.dep_ == "advcl" and tok.head.tag_ == "VBD"):
            return True  # purpose: "a programme to run through June", "has picked three firms to run until May"
        if tok.dep_ == "conj" or (tok.dep_ in _PARTICIPLE_LINKS and tok.tag_ in ("VBG", "VBN")
                                  and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
            tok = tok.head  # shares its head's tense: "will fly to Paris, arriving on Monday"
            if tok.pos_ == "ADP" and tok.head.i != tok.i:
                tok = tok.head  # "would leave on Monday, with the third departing from August 6"
            continue
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            if cues.head(tok.head, "to") and not _perfect(tok.head):
                return True
            tok = tok.head
            continue
        return False
    return False


@Language.factory("date_resolver", default_config={"future_cues": "lexicon/future_cues.txt"})
def make_date_resolver(nlp: Language, name: str, future_cues: str) -> "DateResolver":
    return DateResolver(FutureCues.from_file(future_cues))


class DateResolver:
    """Sets ``span._.date`` on every DATE entity, each the anchor of the next."""

    def __init__(self, cues: FutureCues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        reference = parse_iso(doc._.reference) if isinstance(doc._.reference, str) else doc._.reference
        anchor: ResolvedDate | None = None
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            text = ent.text
            if ent.start > 0 and doc[ent.start - 1].lower_ == "that" and not ent.text.lower().startswith("that"):
                text = "that " + text  # "removed that October": the October of the date before
            future = looks_ahead(ent, self.cues)
            resolved = resolve_date(text, reference, anchor, future=future)
            words = text.split()
            while resolved is None and len(words) > 1:  # the model runs on: "September, weeks", "May to 14 years"
                words = words[:-1]
                resolved = resolve_date(" ".join(words).rstrip(","), reference, anchor, future=future)
            ent._.date = resolved
            if resolved is not None:
                anchor = resolved
        return doc
