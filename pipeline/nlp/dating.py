"""Resolve every DATE entity against the article's reference date.

Relative expressions ("last November", "the following day") need the
publication date (``doc._.reference``) and the date mentioned just before
(the anchor); the resolved interval is stored on the span as ``span._.date``.
A date without a year follows the tense of its clause: "was arrested on
Monday" is the last Monday, "will be sentenced on Nov. 16" the next 16
November (cue words in ``models/lexicon/future_cues.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..dates import ResolvedDate, depends_on_tense, parse_iso, resolve_date
from ..lexicon import read_jsonl, read_list
from . import extensions  # noqa: F401
from .lookup import among, matches_in, merged, word_ids


@Language.factory("date_ruler", default_config={"patterns": "patterns/dates.jsonl"})
def make_date_ruler(nlp: Language, name: str, patterns: str) -> "DateRuler":
    return DateRuler(nlp, read_jsonl(patterns))


@dataclass
class _Rule:
    matcher: Matcher
    anchors: frozenset[str]  # lower-case words one of which every match contains (empty: no shortcut)
    reach: int  # tokens a match can span: windows around anchor words are this wide each side
    trim: int
    absorb: frozenset[str]
    split: int  # > 0: the match is two dates, its first ``split`` tokens and the rest
    anchor_ids: tuple[int, ...] = ()  # the anchors' ids, as ``Token.lower`` holds them


def _words(spec: dict) -> frozenset[str]:
    value = spec.get("LOWER")
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and list(value) == ["IN"]:
        return frozenset(value["IN"])
    return frozenset()


class DateRuler:
    """Date phrases the model leaves untagged ("the following month", "two days later")
    become DATE entities where they overlap no other entity.

    A match may swallow entities lying wholly inside it whose label its rule lists
    under ``absorb`` (DATE by default): "[Two weeks] before," becomes "Two weeks
    before", the CARDINAL "twenty twenty-one" a DATE. A rule's ``trim`` drops its
    last tokens from the entity: they only check what follows ("two weeks before"
    must be followed by punctuation, else it is "two weeks before the election").
    A rule's ``split`` cuts its match in two entities after that many tokens: the
    model tags "[11 years last month]" as one date, which is a term and a date.

    Speed: the Matcher's cost grows with patterns times tokens, so each rule only
    looks at windows around its ``anchor`` token's words ("later", "before",
    "fiscal"...; by default its first token given by LOWER), and not at all at a
    document without them.
    """

    def __init__(self, nlp: Language, rules: list[dict]) -> None:
        self.rules: list[_Rule] = []
        for rule in rules:
            matcher = Matcher(nlp.vocab)
            matcher.add(rule["id"], [rule["pattern"]])
            pattern = rule["pattern"]
            if "anchor" in rule:
                anchors = _words(pattern[int(rule["anchor"])])
            else:
                anchors = next((w for w in map(_words, pattern) if w), frozenset())
            self.rules.append(_Rule(matcher, anchors, len(pattern), int(rule.get("trim", 0)),
                                    frozenset(rule.get("absorb", ["DATE"])), int(rule.get("split", 0)),
                                    tuple(get_string_id(w) for w in anchors)))
        self.all_anchors = frozenset().union(*(r.anchors for r in self.rules))
        self.anchor_keys = word_ids(self.all_anchors)

    def _matches(self, doc: Doc) -> list[tuple[_Rule, int, int]]:
        # where each anchor word stands (by its lower-case form), read from the Doc's array
        lower = doc.to_array(LOWER)
        where: dict[int, list[int]] = {}
        for i in numpy.flatnonzero(among(lower, self.anchor_keys)).tolist():
            where.setdefault(int(lower[i]), []).append(i)
        found = set()  # (rule's place in the list, start, end)
        for n, rule in enumerate(self.rules):
            if not rule.anchors:
                found |= {(n, s, e) for _, s, e in rule.matcher(doc)}
                continue
            # merged windows around each anchor word
            windows = merged((max(0, i - rule.reach), min(len(doc), i + rule.reach + 1))
                             for w in rule.anchor_ids for i in where.get(w, ()))
            found |= {(n, s, e) for _, s, e in matches_in(rule.matcher, doc, windows)}
        # in the rules' order: of two matches over the same words the first rule's is taken,
        # whatever the set's order (a rule's address would vary from one process to the next)
        return [(self.rules[n], s, e - self.rules[n].trim) for n, s, e in sorted(found)]

    def __call__(self, doc: Doc) -> Doc:
        matches = self._matches(doc)
        if not matches:
            return doc
        owner = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        found: list[Span] = []
        dropped: set[int] = set()  # start of each entity a match swallowed
        taken: set[int] = set()
        for rule, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            span = set(range(start, end))
            if end <= start or span & taken:
                continue
            inside = {owner[i] for i in span if i in owner}
            if any(e.label_ not in rule.absorb or e.start < start or e.end > end for e in inside):
                continue
            cut = start + rule.split if 0 < rule.split < end - start else start
            found.extend(Span(doc, a, b, label="DATE") for a, b in ((start, cut), (cut, end)) if a < b)
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
_NOUN_MODIFIERS = {"poss", "compound", "nmod", "amod", "nummod", "appos"}
_MAX_HOPS = 12


@dataclass(frozen=True)
class _Verb:
    """What looks_ahead needs of a verb's dependents, read in one pass."""

    aux: frozenset[str]  # lower-case aux/auxpass words
    perfect: bool  # "have" among them: "may have died"
    to: bool  # a to-infinitive

    @classmethod
    def of(cls, tok: Token) -> "_Verb":
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        return cls(frozenset(c.lower_ for c in aux), any(c.lemma_ == "have" for c in aux),
                   any(c.lower_ == "to" and c.dep_ == "aux" for c in aux))


def looks_ahead(span: Span, cues: FutureCues) -> bool:
    """Does the clause the date belongs to speak of what is still to come?

    The date hangs from a verb, through a preposition or directly ("on Monday",
    "Monday"), possibly through nouns ("at its next meeting on March 3"); that
    verb looks ahead when it has a future or modal auxiliary ("will open in
    January"), is a cue word by the date's preposition ("scheduled for March",
    "adjourned until Feb. 2"), is the to-infinitive of a cue ("is due to appear
    on Monday", "is expected to rule on Friday"), a purpose infinitive ("a
    programme to run through June") or a headline infinitive ("Rival leaders
    to meet on Monday"). Conjoined verbs and participles share their head's
    tense. A perfect ("may have died on Monday") never looks ahead.
    """
    tok, link = span.root, None
    for _ in range(_MAX_HOPS):  # up to the governing verb (or adjective: "due on Monday")
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ == "pobj" or head.pos_ == "ADP":
            link = head.lower_
        elif head.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "amod" and c.lower_ in cues.mods for c in head.children):
                return True  # "his next hearing on Feb. 2"
            if tok.dep_ in _NOUN_MODIFIERS:
                return False  # "will visit the site of Monday's attack": the attack has its own time
        tok = head
        if tok.pos_ in _VERBAL or (tok.pos_ == "ADJ" and cues.head(tok, link)):
            break
    else:
        return False
    verb = _Verb.of(tok)
    if cues.head(tok, link) and not verb.perfect:
        return True  # "scheduled for March", "due on Monday"
    for _ in range(_MAX_HOPS):
        if verb.perfect:
            return False
        if verb.aux & cues.aux:
            return True
        dep = tok.dep_
        if verb.to and (dep == "ROOT" or dep == "acl" or (dep == "advcl" and tok.head.tag_ != "VBD")):
            return True  # headline "Rival leaders to meet on Monday"; purpose "a programme to run through June"
        if dep == "conj" or (dep in _PARTICIPLE_LINKS and tok.tag_ in ("VBG", "VBN") and not verb.aux):
            tok = tok.head  # shares its head's tense: "will fly to Paris, arriving on Monday"
            if tok.pos_ == "ADP" and tok.head.i != tok.i:
                tok = tok.head  # "would leave on Monday, with the third departing from August 6"
        elif dep == "xcomp" and verb.to:
            tok = tok.head
            verb = _Verb.of(tok)
            if cues.head(tok, "to") and not verb.perfect:
                return True  # "is due to appear on Monday"
            continue
        else:
            return False
        verb = _Verb.of(tok)
    return False


@Language.factory("date_resolver", default_config={"future_cues": "lexicon/future_cues.txt",
                                                    "reporting_verbs": "lexicon/reporting_verbs.txt"})
def make_date_resolver(nlp: Language, name: str, future_cues: str, reporting_verbs: str) -> "DateResolver":
    words = frozenset(w.lower() for line in read_list(reporting_verbs) for w in line.split())
    return DateResolver(FutureCues.from_file(future_cues), words)


_YEAR_OF = re.compile(r"^(?:of )?(?:that|the same|that same|the following|the next|the previous) year$", re.I)


class DateResolver:
    """Sets ``span._.date`` on every DATE entity, each the anchor of the next."""

    def __init__(self, cues: FutureCues, reporting: frozenset[str] = frozenset()) -> None:
        self.cues = cues
        self.reporting = reporting

    def _when_told(self, ent: Span) -> bool:
        """'his wife told reporters on Friday': when a report was made, not when the story
        happened; it anchors no later "the same night"."""
        head = ent.root.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        return head.pos_ == "VERB" and head.lemma_.lower() in self.reporting

    def __call__(self, doc: Doc) -> Doc:
        reference = parse_iso(doc._.reference) if isinstance(doc._.reference, str) else doc._.reference
        anchor: ResolvedDate | None = None
        anchors: list[ResolvedDate] = []  # every date resolved so far, the last one the anchor
        told: tuple[ResolvedDate, int] | None = None  # when the last report was made, and its sentence
        ents = [e for e in doc.ents if e.label_ == "DATE"]
        for n, ent in enumerate(ents):
            if ent._.date is not None:
                continue  # resolved with the month before it ("August" + "that year")
            text = ent.text
            after = ents[n + 1] if n + 1 < len(ents) else None
            if after is not None and after.start == ent.end and _YEAR_OF.match(after.text):
                # "in August that year": one expression the model tagged as two
                resolved = resolve_date(f"{text} {after.text}", reference, anchor)
                if resolved is not None:
                    ent._.date = after._.date = resolved
                    anchor = resolved
                    anchors.append(resolved)
                    continue
            if ent.start > 0 and doc[ent.start - 1].lower_ == "that" and not ent.text.lower().startswith("that"):
                text = "that " + text  # "removed that October": the October of the date before
            future = depends_on_tense(text) and looks_ahead(ent, self.cues)
            if told is not None and told[1] == ent.sent.start:
                anchor = told[0]  # "reported on May 13 that he had died four days earlier"
            resolved = resolve_date(text, reference, anchor, future=future)
            for earlier in reversed(anchors[:-1]) if resolved is None else ():
                # "died on Thursday, treated since the spring. Two days later ...": the
                # offset counts from the last date it can count from, not from a season
                resolved = resolve_date(text, reference, earlier, future=future)
                if resolved is not None:
                    break
            words = text.split()
            for cut in range(1, len(words)) if resolved is None else ():
                # The model runs on: "September, weeks", "May to 14 years" (the date is at the start),
                # "sentenced to [14 years last month]" (at the end): the longest part that resolves.
                resolved = resolve_date(" ".join(words[:-cut]).rstrip(","), reference, anchor, future=future) \
                    or resolve_date(" ".join(words[cut:]).lstrip(","), reference, anchor, future=future)
                if resolved is not None:
                    break
            ent._.date = resolved
            anchor = anchors[-1] if anchors else None
            if resolved is not None and self._when_told(ent):
                told = (resolved, ent.sent.start)  # anchors its own sentence only
            elif resolved is not None:
                anchor = resolved
                anchors.append(resolved)
        return doc
