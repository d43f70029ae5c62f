"""Dates borrowed from an occasion the article dated earlier.

"X was fired a few weeks before the Oslo summit" gives no date of its own, but an
earlier sentence said the summit was held in Oslo in May 2011.
An occasion noun ("meeting", "session", "trial"; groups in
``models/lexicon/occasions.txt``) that is definite or possessed, in the event's
clause after "before/after/at/during" or as the clause's subject ("the same
session removed X"), finds the nearest earlier noun of its group whose sentence
holds the anaphor's qualifiers ("Oslo", "second", "Berg") and a date; an
offset ("a few months before") moves that date, keeping only the precision the
vagueness allows.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..dates import ResolvedDate, from_interval
from ..lexicon import read_list, word_class
from .syntax import entities_in

NESTED_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "parataxis"}
RELATIONS = {"before": -1, "after": 1, "following": 1, "at": 0, "during": 0, "in": 0, "on": 0}
# prepositions whose object is another time than the clause's ("four days before his arrest")
RELATIVE_TIME_PREPS = frozenset({w for w, d in RELATIONS.items() if d} | {"since", "until", "till", "preceding", "ahead"})
DEFINITE = {"the", "this", "that", "its", "his", "her", "their"}
IGNORED_QUALIFIERS = word_class("ignored_qualifiers")
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
_AMOUNT = {"a": (1, 1), "an": (1, 1), "one": (1, 1), "two": (2, 2), "three": (3, 3), "four": (4, 4),
           "five": (5, 5), "six": (6, 6), "seven": (7, 7), "eight": (8, 8), "nine": (9, 9), "ten": (10, 10),
           "a couple of": (2, 3), "a few": (2, 4), "several": (3, 7), "some": (2, 7)}
_DURATION = re.compile(r"^(?:just |only |about |around |some |nearly |almost )?"
                       r"(a couple of|a few|several|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
                       r" (day|week|month|year)s?$")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def duration(text: str) -> tuple[int, int] | None:
    """Smallest and largest number of days a vague length can mean ("a few months")."""
    m = _DURATION.match(text.lower().strip())
    if not m:
        return None
    low, high = (int(m[1]), int(m[1])) if m[1].isdigit() else _AMOUNT[m[1]]
    unit = m[2]
    low_days = low * (28 if unit == "month" else 365 if unit == "year" else _UNIT_DAYS[unit])
    return low_days, high * _UNIT_DAYS[unit]


def shifted(anchor: ResolvedDate, direction: int, days: tuple[int, int] | None, text: str) -> ResolvedDate | None:
    """The anchor, or the interval an offset before/after it covers, at the precision that interval allows."""
    if direction == 0:
        return ResolvedDate(anchor.iso, anchor.precision, anchor.start, anchor.end, text)
    if days is None:
        return None  # "before the summit" alone has no bound
    low, high = (datetime.timedelta(days=d) for d in days)
    if direction < 0:
        start, end = anchor.start - high, anchor.end - low
    else:
        start, end = anchor.start + low, anchor.end + high
    if start.year != end.year:
        return None
    return from_interval(start, end, text)


@dataclass
class Occasions:
    doc: Doc
    groups: dict[str, set[int]]  # lemma -> ids of the groups it belongs to

    @classmethod
    def load(cls, doc: Doc, path: str = "lexicon/occasions.txt") -> "Occasions":
        return cls(doc, occasion_groups(path))

    def date_for(self, tok: Token, clause: list[Token]) -> ResolvedDate | None:
        for noun, direction, offset in self._anaphors(tok, clause):
            anchor = self._antecedent_date(noun)
            if anchor is None:
                continue
            days = duration(offset.text) if offset is not None else None
            text = (offset.text + " " if offset is not None else "") + " ".join(t.text for t in noun.subtree)
            found = shifted(anchor, direction, days, text)
            if found is not None:
                return found
        return None

    # -- the anaphor -----------------------------------------------------------
    def _anaphors(self, tok: Token, clause: list[Token]) -> list[tuple[Token, int, Span | None]]:
        out: list[tuple[Token, int, Span | None]] = []
        for prep in clause:
            if prep.dep_ != "prep" or prep.lower_ not in RELATIONS:
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and self._is_anaphor(noun):
                out.append((noun, RELATIONS[prep.lower_], self.offset(prep)))
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            if subj.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl":
                subj = tok.head  # "the March strike, which killed X"
            if self._is_anaphor(subj):  # "the same congress also expelled X"
                out.append((subj, 0, None))
        return out

    def _is_anaphor(self, noun: Token) -> bool:
        if noun.lemma_.lower() not in self.groups:
            return False
        return any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE | {"’s", "'s"} or c.dep_ == "poss"
                   for c in noun.children)

    def offset(self, prep: Token) -> Span | None:
        """'a few months before': the length hung on the preposition or just before it."""
        near = [prep.i - 1] + [c.i for c in prep.children if c.i < prep.i]
        for ent in entities_in(self.doc, near, "DATE"):
            if ent.end == prep.i or ent.root.head.i == prep.i and ent.end <= prep.i:
                return ent
        return None

    # -- the antecedent --------------------------------------------------------
    def _qualifiers(self, noun: Token) -> set[str]:
        out = set()
        for c in noun.children:
            if c.dep_ in {"compound", "amod", "poss", "nmod", "nummod"} and c.lower_ not in IGNORED_QUALIFIERS:
                if c.text[:1].isupper() or c.lower_ in ORDINALS:
                    out.add(c.lower_)
        return out

    def _antecedent_date(self, noun: Token) -> ResolvedDate | None:
        groups = self.groups[noun.lemma_.lower()]
        wanted = self._qualifiers(noun)
        for cand in reversed(self.doc[: noun.sent.start]):
            if not groups & self.groups.get(cand.lemma_.lower(), set()) or cand.pos_ not in {"NOUN", "PROPN", "VERB"}:
                continue  # the verb too: "vehicles were struck late on Saturday" ... "killed in the strike"
            words = {t.lower_ for t in cand.sent}
            if not wanted <= words:
                continue
            found = self._date_near(cand)
            if found is not None:
                return found
        return None

    def _date_near(self, noun: Token) -> ResolvedDate | None:
        """The date of the clause that introduces the occasion ("held ... in June 2018")."""
        scope = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and noun.pos_ != "VERB" else noun
        if noun.dep_ == "pobj":
            scope = noun.head.head
        tokens = {t.i for t in scope.subtree}
        for t in scope.subtree:  # not a date of another clause hung inside ("who oversaw ... in 2014"),
            # but the occasion's own ("a party congress, convened in the first days of June")
            if t.dep_ in NESTED_CLAUSES and t.i != scope.i and t.head.i != noun.i \
                    and not (t.left_edge.i <= noun.i <= t.right_edge.i):
                tokens -= {x.i for x in t.subtree}
        best: tuple[int, ResolvedDate] | None = None
        for ent in entities_in(self.doc, tokens, "DATE"):
            if ent._.date is None or ent.start not in tokens:
                continue
            dist = abs(ent.start - noun.i)
            if best is None or dist < best[0]:
                best = (dist, ent._.date)
        return best[1] if best else None


@lru_cache(maxsize=None)
def occasion_groups(path: str) -> dict[str, set[int]]:
    groups: dict[str, set[int]] = {}
    for n, line in enumerate(read_list(path)):
        for word in line.split():
            groups.setdefault(word.lower(), set()).add(n)
    return groups
