"""On whose word: the source an article attributes a claim to.

The nearest reporting verb that governs the claim's clause gives the source
(its subject, or the X of "quoted X as saying"); "according to X" counts at
the same depth. A denial verb ("denied that", "dismissed as false a report
that") makes the claim negated with the denier as its source, and the owner of
the denied report ("a newspaper's report") keeps the original claim. Inside a
quotation without a reporting verb of its own, the quote's speaker is the
source. Background in a temporal clause ("after he vanished") is the
article's own voice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ..lexicon import read_list, word_class
from ..nlp.cues import tail_lead
from .coref import Mentions
from .quotes import quote_at
from .syntax import (DASHES, SUBJECTS, Cues, ancestors, apposed, entities, entity_at, fronted_subject, person_words,
                     sentence_after, sentence_at,
                     subject, text_of)

PRONOUN_SOURCES = {"it", "they", "them", "we", "us", "i", "me", "you", "this", "which", "that", "who",
                   "he", "him", "she", "her"}
REPORT_NOUNS = frozenset(w for line in read_list("lexicon/report_nouns.txt") for w in line.split())
BACKGROUND_MARKS = {"after", "before", "since", "until", "when", "once"}
GENERIC_HEADS = word_class("generic_heads")
GENERIC_MODIFIERS = word_class("generic_modifiers")
ISSUING = word_class("issuing")
VERDICT = word_class("verdict")  # "were false", "proved untrue", "turned out to be false"
VERDICT_PASSIVE = word_class("verdict_passive")  # "were found to be false"
FALSITY = frozenset(w for line in read_list("lexicon/falsity_words.txt") for w in line.split())
NAMED_LABELS = {"ORG", "NORP", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"}


@dataclass(frozen=True)
class Attribution:
    source: str = ""
    denied: bool = False
    denier_verb: int | None = None
    of_agency: bool = False  # what is denied is someone's role in it ("denied any role in his death")


@lru_cache(maxsize=1)
def agency_nouns() -> frozenset[str]:
    return frozenset(w for line in read_list("lexicon/agency_nouns.txt") for w in line.split())


def _verdict_verb(verb: Token) -> bool:
    """A verb that says what a claim turned out to be: "were", "proved", "turned out", and in
    the passive "were found", "were shown" ("the court found the reports false" is the court's
    finding, not a verdict on its subject)."""
    if verb.lemma_ == "turn":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.lemma_ in VERDICT_PASSIVE:
        return any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_ in VERDICT or verb.lower_ in VERDICT


# the only relations in which ``Sources.reports`` can accept a noun: the subject of a
# reporting or issuing verb, the X of "according to X", or ``reporting_acl``'s noun
REPORTER_DEPS = ("nsubj", "pobj", "npadvmod", "appos")


class Sources:
    """Sources and organisations named so far, to resolve "the agency", "the paper" or "it"."""

    def __init__(self, doc: Doc, groups: list[set[str]], mentions: Mentions) -> None:
        self.groups = groups
        self.mentions = mentions
        self.cues = mentions.cues
        # (position, how it is named, the words a later "the X" can pick it up by)
        self.orgs: list[tuple[int, str, set[str]]] = []
        self.opaque: dict[int, str] = {}  # an organisation whose name and description tell no kind
        self.reporters: list[tuple[int, str, set[str]]] = []
        self.named_reporters: list[tuple[int, str]] = []
        self.extent: dict[int, int] = {}  # a reporter's head -> the last token of its phrase
        self.definites: list[int] = []  # reporters written "the X", named where they are read
        described: dict[str, set[str]] = {}  # a name -> the nouns it was described by
        kind_words = set().union(*groups)
        for ent in entities(doc):
            if ent.label_ in NAMED_LABELS:
                name = org_text(ent)
                words = {t.lower_ for t in ent} | description_nouns(ent)
                described.setdefault(name, set()).update(words)
                self.orgs.append((ent.start, name, described[name]))
                if ent.label_ == "ORG" and not words & kind_words:
                    self.opaque[ent.start] = name
        indefinite: list[Token] = []
        # only nouns can be a source, and only in a relation ``reports`` accepts: both read from
        # the array, so no Token is made for the other words
        pos_dep = doc.to_array([POS, DEP]).reshape(-1, 2)
        pos, dep = pos_dep[:, 0], pos_dep[:, 1]
        nouns = (pos == NOUN) | (pos == PROPN)  # (comparisons: ``numpy.isin`` costs more on a few hundred words)
        related = numpy.zeros(len(dep), dtype=bool)
        for label in REPORTER_DEPS:
            related |= dep == doc.vocab.strings[label]
        may_report = _report_precheck(doc, self.cues)
        for i in numpy.flatnonzero(nouns & related).tolist():
            if i in mentions.person_at or not may_report(i):
                continue
            tok = doc[i]
            if not self.reports(tok):
                continue
            self.extent[tok.i] = tok.right_edge.i
            name = named_org(tok)
            if name:
                words = described.setdefault(name, set())
                words.update({w.lower() for w in name.split()} | {tok.lower_, tok.lemma_.lower()})
                self.reporters.append((tok.i, name, words))
                self.named_reporters.append((tok.i, name))
                continue
            phrase = plain_phrase(tok)
            words = phrase.split()
            if tok.pos_ == "PROPN" and len(words) > 1 and all(w[:1].isupper() or w in {"of", "for", "and"} for w in words):
                self.named_reporters.append((tok.i, phrase))  # a name the model did not tag
            if not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
                # picked up later by its head and the head's own modifiers, not by the words
                # of its tails ("a video released by a faction" is no "the faction")
                own = {c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}}
                self.reporters.append((tok.i, phrase, own | {tok.lower_, tok.lemma_.lower()}))
                indefinite.append(tok)
            else:
                self.definites.append(tok.i)
        # "an exile-run news website reported ... The Steppe Courier said ...": later, "the
        # website" is the Bulletin
        for tok in indefinite:
            name = self.named_next(tok)
            if name:
                described.setdefault(name, set()).update({tok.lower_, tok.lemma_.lower()})
        self.orgs.sort()
        self.reporters.sort()

    def reports(self, tok: Token) -> bool:
        """The subject of a reporting verb, the X of "according to X", or a noun a reporting
        verb hangs from ("X was detained, an exile website reported", misparsed). Never true
        outside ``REPORTER_DEPS``, which ``__init__`` reads from the array first."""
        if tok.dep_ == "nsubj" and self.cues.is_reporting(tok.head):
            return True
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ISSUING and any(  # "issued a statement"
                c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS for c in tok.head.children):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return True
        return reporting_acl(tok, self.cues) is not None

    def definite(self, noun: Token) -> str:
        """The last source (else organisation) of the same kind named before ("the paper", "the
        faction"); a description's own words must fit too ("the defence ministry" is not the
        foreign ministry named before)."""
        kinds = [g for g in self.groups if noun.lower_ in g or noun.lemma_.lower() in g] or [set()]
        words = set().union(*kinds) | {noun.lower_, noun.lemma_.lower()}
        modifiers = {c.lower_ for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.lower_ not in GENERIC_MODIFIERS}
        for pool in (self.reporters, self.orgs):
            best: tuple[int, str] | None = None
            for start, text, toks in pool:
                if start < noun.i and self.extent.get(start, start) < noun.i and toks & words and modifiers <= toks \
                        and (best is None or start > best[0]):
                    best = (start, text)
            if best:
                return best[1]
        return self._opaque_before(noun)

    def _opaque_before(self, noun: Token) -> str:
        """'Liwa X's channel posted a clip ... The faction said': an organisation whose name
        tells no kind (no word of any kind of source in it) may be of the kind described, if
        that kind is often named so ("*" in source_nouns.txt): the last one named before is
        taken. Organisations of a known kind were matched by kind already."""
        if not any("*" in g and (noun.lower_ in g or noun.lemma_.lower() in g) for g in self.groups):
            return ""
        before = [start for start in self.opaque if start < noun.i]
        return self.opaque[max(before)] if before else ""

    def of_a_kind(self, noun: Token) -> bool:
        """A noun of a kind of source (``source_nouns.txt``): "newspaper", "agency"."""
        return any(noun.lemma_.lower() in g or noun.lower_ in g for g in self.groups)

    def named_next(self, noun: Token) -> str:
        """'an exiled rights group said ...' followed by 'X, which ..., said': a source first
        described, then named as the reporter of the very next sentence."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
            return ""
        if not self.of_a_kind(noun):
            return ""
        doc = noun.doc
        # (a blank after a sentence ends that sentence: the next one starts on a word)
        following = sentence_after(doc, sentence_at(doc, noun.i))
        if following is None:
            return ""
        name = next((name for start, name in self.named_reporters if following.start <= start < following.end), "")
        return name if self._may_be(noun, name) else ""

    def _may_be(self, noun: Token, name: str) -> bool:
        """A name whose head says a kind of source ("... Ministry", "... Times") is of the noun's
        kind; a name whose head says none ("Canal Sur", "Free Voice Belarus") may be of any."""
        kinds = [g for g in self.groups if noun.lemma_.lower() in g or noun.lower_ in g]
        head = name.lower().split()[-1] if name.split() else ""
        said = [g for g in self.groups if head in g]
        return not said or any(g in kinds for g in said)

    def recent(self, tok: Token) -> tuple[int, str] | None:
        """The last source named before ``tok`` (a name or a description as written) and where."""
        prior = [(s, t) for s, t, _ in self.reporters if s < tok.i]
        return max(prior) if prior else None

    def recent_definite(self, tok: Token) -> int | None:
        """Where the last source written "the X" before ``tok`` stands, if any."""
        return max((i for i in self.definites if i < tok.i), default=None)


def _report_precheck(doc: Doc, cues: Cues) -> Callable[[int], bool]:
    """A test, read from the arrays, false wherever ``Sources.reports`` is false for a word in
    ``REPORTER_DEPS`` (so it makes no Token for most of them): a subject is a reporter only
    if its head is a reporting cue or a verb of ``ISSUING``; the object of a preposition
    only if that is "to" ("according to"); an adverbial or apposition only if a reporting cue
    after it hangs from it (``reporting_acl``)."""
    strings = doc.vocab.strings
    arrays = doc.to_array([HEAD, DEP, LEMMA, LOWER])  # (hashes: unsigned)
    heads = (numpy.arange(len(arrays)) + arrays[:, 0].astype(numpy.int64)).tolist()  # (HEAD: the offset to the head)
    dep, lemma, lower = arrays[:, 1].tolist(), arrays[:, 2].tolist(), arrays[:, 3].tolist()
    reporting = {i for i, labels in cues.at.items() if "report" in labels}
    hung = {heads[i] for i in reporting if i > heads[i]}
    nsubj, pobj, to = strings["nsubj"], strings["pobj"], strings["to"]

    def may_report(i: int) -> bool:
        head = heads[i]
        if dep[i] == nsubj:
            return head in reporting or strings[lemma[head]].lower() in ISSUING
        if dep[i] == pobj:
            return lower[head] == to
        return i in hung  # "npadvmod", "appos"

    return may_report


QUOTING = frozenset({"cite", "quote"})


def reporting_acl(noun: Token, cues: Cues) -> Token | None:
    """'X was detained, a news website reported': the parser hangs the noun on the event as
    an adverbial and the reporting verb on the noun; the noun is the reporter."""
    if noun.dep_ not in {"npadvmod", "appos"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and cues.is_reporting(c)
                 and not any(g.dep_ in SUBJECTS for g in c.children)), None)


def _within_clause(tok: Token, clause: set[int]) -> bool:
    """Whether ``tok`` is an object or prepositional phrase of one of the ``clause`` verbs,
    not of a clause of its own."""
    while tok.i not in clause:
        if tok.dep_ not in {"pobj", "prep", "dobj", "npadvmod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def description_nouns(ent: Span) -> set[str]:
    """Nouns that describe a named organisation where it is named: "Liwa al-Nasr, an
    armed faction", "the armed faction Liwa al-Nasr", "the website Steppe Courier"."""
    doc = ent.doc
    root = ent.root
    out: set[str] = set()
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and not (ent.start <= c.i < ent.end) and apposed(root, c):
            out.add(c.lemma_.lower())
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and apposed(root.head, root):
        out.add(root.head.lemma_.lower())
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i == ent.end:
        out.add(root.head.lemma_.lower())  # "the Telegram channel": a channel
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower:
        out.add(before.lemma_.lower())
    return out


def _after_owner(ent: Span) -> int:
    """Where an organisation's own name starts: "Haddad's Front for ..." is the front of a
    person the article names; "Free Citizens' Front" is a name of its own."""
    doc = ent.doc
    owner = next((t.i for t in doc[ent.start:ent.end] if t.text in {"'s", "’s"} and t.i > ent.start), None)
    if owner is None:
        return ent.start
    return owner + 1 if doc[owner - 1].text in person_words(doc) else ent.start


def org_text(ent: Span) -> str:
    """An organisation as named: without a leading article or a person who owns it."""
    end = ent.end - 1 if ent[-1].text in {"'s", "’s"} else ent.end  # "X's channel": X
    return strip_article(ent.doc[_after_owner(ent):end].text)


def surname(name: str) -> str:
    """The last word of a name, with a particle joined to it ("al-Qasami", "Dembara")."""
    return name.split()[-1]


def would_say(verb: Token) -> bool:
    """'some would (have) say/said': speech imagined, not reported; 'have never confirmed his
    arrest': a report not made. Either way the claim stays the article's."""
    return any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in verb.children) \
        or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def claimant_of_denied_report(node: Token, cues: Cues) -> Token | None:
    """'denied Lorvania Radio reports that X was executed': the parser reads "reports" as a
    verb, the name before it as its subject, and the two as the denial's clause. Read so, the
    report would be the speaker; it is the denial's object, the name its claimant (returned).
    "denied that an agency in Oslo reports ..." comes to the same: the agency claims, the
    subject denies."""
    if node.tag_ != "VBZ" or node.dep_ != "ccomp" or node.lemma_.lower() not in REPORT_NOUNS \
            or not cues.is_denial(node.head):
        return None
    return subject(node, {"nsubj"})


def strip_article(text: str) -> str:
    """'The Daily Planet' -> 'Daily Planet'; a proper name needs no article."""
    words = text.split(" ", 1)
    if len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper():
        return words[1]
    return text


def named_org(tok: Token) -> str:
    """A named organisation heading the phrase: 'the official X news agency' -> 'X'.

    Keeps a possessive place ('South Korea's X') and a bracketed acronym ('X (XYZ)')."""
    doc = tok.doc
    ent = entity_at(tok, NAMED_LABELS)
    if ent is not None and (not any(t.text[:1].isupper() and t.lower_ != "the" for t in ent)
                            or (ent.root.i == tok.i and tok.text.islower())):
        return ""  # "the foreign ministry", "the Lorvanian interior ministry": descriptions, not names
    if ent is None and tok.tag_ in {"NN", "NNP"}:  # singular kind noun named by a compound: "broadcaster CCTV"
        # "the Telegram channel Tikhy Dozor": the name in apposition before a qualifier
        for c in sorted(tok.children, key=lambda c: c.dep_ != "appos"):
            if c.dep_ in {"appos", "compound"} and (ent := entity_at(c, {"ORG"})) is not None:
                if not any(t.text[:1].isupper() for t in ent):
                    return ""  # "..., the foreign ministry" beside it: a description, not a name
                break
    if ent is None:
        return ""
    start, end = ent.start, ent.end
    start = _after_owner(ent)
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    poss = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.i < start]
    if poss:
        start = min(t.i for t in poss[0].subtree)
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return doc[start:end].text



_TIME_NOUNS = {"time", "moment", "day", "week", "month", "year", "weekend", "night", "morning", "evening"}


def _only_when(clause: Token) -> bool:
    """A participle that says only when ('issued at the time', 'released on Monday')."""
    nouns = [t for t in clause.subtree if t.pos_ in {"NOUN", "PROPN"}]
    return bool(nouns) and all(t.ent_type_ in {"DATE", "TIME"} or t.lemma_.lower() in _TIME_NOUNS for t in nouns)


def plain_phrase(tok: Token) -> str:
    """The phrase as written, without relative clauses, appositions, 'with'/'in' tails or conjuncts."""
    drop: set[int] = set()
    for c in tok.children:
        if c.dep_ in {"preconj", "case"}:  # "both the agency and ...", "the paper's"
            drop.update(t.i for t in c.subtree)
        if c.i < tok.i:
            continue
        if c.dep_ in {"relcl", "appos", "cc", "conj", "punct", "case"} or (c.dep_ == "prep" and c.lower_ in {"with", "in", "at", "from", "based"}):
            drop.update(t.i for t in c.subtree)
        if c.dep_ == "prep" and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree):
            drop.update(t.i for t in c.subtree)  # "the embassy on Monday"
        if c.dep_ == "acl" and (c.tag_ != "VBN" or _only_when(c)
                                or any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)):
            # "a statement issued at the time": when, not who; "the police, reached by
            # telephone on Monday," are the police; "channels linked to rival groups" stay whole
            drop.update(t.i for t in c.subtree)
    keep = [t for t in tok.subtree if t.i not in drop]
    dashes = [t.i for t in keep if t.i < tok.i and t.text in DASHES]
    if dashes:  # "CITY, Jan. 5 (Wire) — the embassy said": the dateline is not the source
        keep = [t for t in keep if t.i > dashes[-1]]
    return strip_article(text_of(keep)) if tok.pos_ == "PROPN" and tok.text[:1].isupper() else text_of(keep)


class Attributor:
    def __init__(self, doc: Doc, mentions: Mentions, groups: list[set[str]]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.cues = mentions.cues
        self.sources = Sources(doc, groups, mentions)

    # -- naming a source -------------------------------------------------------
    def _referent(self, pronoun: Token) -> str:
        """"it", "they", "them": the source last named before, a description written "the X"
        included ("The ministry issued a statement. It said ..."), named as it is there."""
        prior = self.sources.recent(pronoun)
        definite = self.sources.recent_definite(pronoun)
        if definite is not None and (prior is None or definite > prior[0]):
            return self.name(self.doc[definite])
        return prior[1] if prior else ""

    def name(self, tok: Token) -> str:
        """A person's canonical name, a named organisation, a definite description resolved
        to the source it refers back to, or the phrase as written."""
        person = self.mentions.person(tok, loose=False) or self.mentions.same_description(tok)
        if person:
            return person
        low = tok.lower_
        if tok.tag_ in {"WDT", "WP"} and low in {"which", "that", "who"}:
            head = self.mentions.relative_head(tok)
            return self.name(head) if head is not None and head.i != tok.i else ""
        if low in PRONOUN_SOURCES and not tok.ent_type_:  # "the WHO said": a name, not "who"
            return self._referent(tok) if low in {"it", "they", "them"} else ""
        org = named_org(tok)
        if org:
            return org
        named = self._named_beside(tok)
        if named:  # "according to the prosecutor general, Sekou Camble, ..."
            return named
        if tok.lemma_.lower() in REPORT_NOUNS:
            # "reports on Telegram channels", "a report in a Turkish daily" are the channels' and
            # the daily's word; bare "reports" are no one's
            where = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "in", "by", "from"}
                          for g in c.children if g.dep_ == "pobj"), None)
            if tok.tag_ == "NNS" and where is None:
                return ""
            if where is not None and (tok.tag_ == "NNS" or (where.head.lower_ != "on" and self._may_speak(where))):
                return self.name(where)  # not "a readout on the ministry's website": a text of its own
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and owner.tag_ == "PRP$":
                said = self.mentions.person(owner)  # "according to his statement": his word
                if said:
                    return said
            elif owner is not None and self._may_speak(owner):
                return self.name(owner)  # "the prosecutors' filing", "a Japanese newspaper's report"
        left = [c for c in tok.children if c.i < tok.i and c.dep_ != "preconj"]
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in left) \
                and all(c.dep_ in {"det", "amod", "compound"} for c in left):
            antecedent = self.sources.definite(tok)  # "the agency", "the same paper": named before
            if antecedent:
                return antecedent
        agent = self.agent_of_document(tok)
        if agent is not None:  # "figures released by the census office"
            return self.name(agent)
        on_report = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in REPORT_NOUNS  # "reports on a website"
        later = "" if on_report else self.sources.named_next(tok)  # where the reports are, not who speaks next
        return self.named_later(tok) or later or self._owned(tok) or plain_phrase(tok)

    def _owned(self, tok: Token) -> str:
        """'his family' -> "Haddad's family": whose family, said by name, since the row is
        read away from the sentence."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        owner = self.mentions.person(poss) if poss is not None else None
        if not owner:
            return ""
        phrase = plain_phrase(tok)
        if not phrase.lower().startswith(poss.lower_ + " "):
            return ""
        return f"{surname(owner)}'s {phrase[len(poss.text) + 1:]}"

    def _named_beside(self, tok: Token) -> str:
        """A description followed by the name it describes, the parser having lost the
        apposition: "the prosecutor general, Sekou Camble, said"."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.mentions.role_nouns:
            return ""
        doc = tok.doc
        i = tok.right_edge.i + 1
        if i + 1 < len(doc) and doc[i].text == "," and (ent := self.mentions.person_at.get(i + 1)) is not None \
                and ent.start == i + 1 and (ent.end >= len(doc) or doc[ent.end].text in {",", ".", ")"}):
            return self.mentions.name(ent)
        return ""

    def agent_of_document(self, tok: Token) -> Token | None:
        """The X of 'a statement issued by X', 'results announced by X': whoever issued the
        words is the source; but people and bodies speak for themselves ('the police, reached
        by telephone,' are the police)."""
        kind = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or kind in self.mentions.role_nouns or any(kind in g for g in self.sources.groups):
            return None
        for acl in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for by in (c for c in acl.children if c.dep_ == "agent"):
                obj = next((g for g in by.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        return None

    def named_later(self, tok: Token) -> str:
        """'his brother said ... his brother, X, said': the same description named soon after."""
        if tok.lemma_.lower() not in self.mentions.role_nouns:
            return ""
        for t in self.doc[tok.i + 1: min(len(self.doc), sentence_at(self.doc, tok.i).end + 80)]:
            if t.lemma_ == tok.lemma_ and t.i != tok.i:
                for c in t.children:
                    if c.dep_ == "appos" and c.i in self.mentions.person_at:
                        return self.mentions.name(self.mentions.person_at[c.i])
        return ""

    def reporter(self, verb: Token) -> str | None:
        cited = self.cited_body(verb)
        if cited is not None:  # "the radio reported, citing the tribunal's press office"
            return self.name(cited)
        subj = subject(verb, {"nsubj"})
        if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
            subj = subject(verb.head, {"nsubjpass"})  # "X was freed on Monday, saying he had been ...": X says it
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(own) > 1:  # a misparse gives "reported" two subjects: the speaker is the nearer one
            subj = min(own, key=lambda c: abs(verb.i - c.i))
        if subj is not None and subj.i < verb.i:
            if not self._may_speak(subj) or self._bare_office(subj):
                # "X was named chargé d'affaires, the ministry said": the office taken for the
                # speaker, the speaker hung on it as an apposition after a comma
                speaker = [c for c in subj.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1
                           and self.doc[c.left_edge.i - 1].text == "," and self._may_speak(c)]
                if speaker:
                    subj = speaker[-1]
        if subj is not None:
            return self.name(subj)
        misread = self._misread_participle(verb)
        if misread:
            return misread
        before = self._speaker_before(verb)
        if before is not None:
            return self.name(before)
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"} \
                and (verb.tag_ in {"VBD", "VBZ", "VBP"} or verb.head.dep_ == "ROOT") \
                and not any(t.text in DASHES for t in self.doc[verb.head.i + 1: verb.i]):
            # "X, a business magazine, reported ...": the verb misparsed as a modifier; not
            # across a dash ("CITY, date — ..."), where the head is a dateline, no one
            return self.name(verb.head)
        return None

    def _misread_participle(self, verb: Token) -> str:
        """'Channels linked to the opposition said ...': the parser reads "linked" as the
        verb of a clause with "Channels" its subject, and leaves "said" without one. Not after a
        comma: "X granted asylum in Y, says Z was beaten" is a headline's two clauses of X."""
        if verb.i > 0 and self.doc[verb.i - 1].text == ",":
            return ""
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in {"VBN", "VBD"}
                       and not any(g.dep_ in {"aux", "auxpass"} for g in c.children)), None)
        subj = next((g for g in clause.children if g.dep_ == "nsubj"), None) if clause is not None else None
        if subj is None or not self._may_speak(subj) or clause.right_edge.i + 1 != verb.i:
            return ""
        if subj.i in self.mentions.person_at or entity_at(subj, NAMED_LABELS) is not None:
            return self.name(subj)
        return text_of(list(self.doc[subj.left_edge.i: clause.right_edge.i + 1]))

    def _speaker_before(self, verb: Token) -> Token | None:
        """'X was detained near the border, a local channel said': the parser hung the speaker
        on the noun before it as an apposition, leaving "said" no subject."""
        if verb.i == 0 or verb.dep_ not in {"parataxis", "ROOT", "ccomp"} \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        before = self.doc[verb.i - 1]
        if before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"appos", "conj", "npadvmod"} \
                and before.left_edge.i > 0 and self.doc[before.left_edge.i - 1].text == "," \
                and self._may_speak(before) and before.i not in self.mentions.person_at:
            return before
        return None

    def _may_speak(self, tok: Token) -> bool:
        """A person, a pronoun, a named body, or a noun of people, bodies or texts that speak."""
        if tok.i in self.mentions.person_at or tok.pos_ == "PRON" or entity_at(tok, NAMED_LABELS) is not None:
            return True
        kind = tok.lemma_.lower()
        return kind in self.mentions.role_nouns or kind in REPORT_NOUNS or any(kind in g for g in self.sources.groups)

    def _bare_office(self, tok: Token) -> bool:
        """'defence minister' without an article or owner names an office, not who holds it."""
        return tok.tag_ == "NN" and tok.lemma_.lower() in self.mentions.role_nouns \
            and not any(c.dep_ in {"det", "poss"} for c in tok.children)

    def cited_body(self, verb: Token) -> Token | None:
        """'X reported, citing/quoting Y': when Y is an organisation or one of its texts (a
        newspaper, an agency, a press service, a memo), Y made the claim X passes on. A person
        or an anonymous source cited stays behind the outlet that vouches for them, unless the
        chain names who first said it ("citing a site which quoted two officials")."""
        # the participle may hang on the reported clause, before its "that"
        citing = [*verb.children, *(g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.i < c.i)]
        for c in citing:
            if c.lemma_ not in QUOTING or c.tag_ != "VBG":
                continue
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is None:
                continue
            first = self._first_teller(obj)
            if first is not None:
                return first
            if obj.i in self.mentions.person_at or obj.lemma_.lower() in self.mentions.role_nouns:
                continue
            kind = obj.lemma_.lower()
            if entity_at(obj, NAMED_LABELS) is not None or kind in REPORT_NOUNS or any(kind in g for g in self.sources.groups):
                return obj
        return None

    @staticmethod
    def _first_teller(cited: Token) -> Token | None:
        """The end of a chain told in relative clauses: 'a site, which quoted two officials',
        'a relative of a detainee who quoted guards' are the officials' and the guards' word."""
        end = None
        for _ in range(4):  # chains are short; a parse that loops is not followed
            quoted = next((t for t in cited.subtree if t.dep_ == "relcl" and t.lemma_ in QUOTING), None)
            obj = next((g for g in quoted.children if g.dep_ == "dobj"), None) if quoted is not None else None
            if obj is None:
                return end
            end = cited = obj
        return end

    # -- attributing a claim ---------------------------------------------------
    def attribute(self, tok: Token) -> Attribution:
        chain = ancestors(tok)
        agency = self._agency_denial(chain)
        if agency is not None:
            return agency
        found = self._governing(chain)
        if found is None:
            found = self._parataxis(tok, chain)
        quote = quote_at(self.mentions.quotes, tok)
        if quote is not None and quote.verb is not None:
            speaker = self.reporter(self.doc[quote.verb]) or ""
            if found is None or (not found.denied and self._generic(found.source)):
                return Attribution(speaker) if speaker else (found or Attribution())
        return found or Attribution()

    def _agency_denial(self, chain: list[Token]) -> Attribution | None:
        """'denied a part in the ambush that killed X' / 'rejected responsibility for his
        death': a denial reaching the event through a noun of agency, however deeply the event
        is embedded (a relative clause would otherwise count as presupposed)."""
        through_agency = False
        for n, node in enumerate(chain[1:], 1):
            below = chain[n - 1]
            if node.pos_ == "NOUN" and node.lemma_.lower() in agency_nouns():
                through_agency = True
            elif self.cues.is_denial(node):
                # the parser may hang "in the crash" on the verb beside "any role"
                beside = below.dep_ == "prep" and any(c.dep_ == "dobj" and c.lemma_.lower() in agency_nouns()
                                                      for c in node.children)
                if not (through_agency or beside):
                    return None
                subj = subject(node, {"nsubj"})
                return Attribution(self.name(subj) if subj is not None else "", True, node.i, True)
            elif node.pos_ in {"VERB", "AUX"}:
                return None
        return None

    def _generic(self, source: str) -> bool:
        first = source.split(" ", 1)[0].lower() if source else ""
        return not source or first in GENERIC_HEADS

    def _governing(self, chain: list[Token]) -> Attribution | None:
        # "denied that X was tortured after his arrest": the denial is of the torture; the
        # arrest it is dated by is taken as known, on the denier's word as on a reporter's
        background = len(chain) > 2 and chain[0].dep_ == "pobj" and chain[1].dep_ == "prep" \
            and chain[1].lower_ in BACKGROUND_MARKS
        for n, node in enumerate(chain):
            if n > 0:
                below = chain[n - 1]
                if below.dep_ == "nsubjpass" and below.lemma_.lower() in REPORT_NOUNS and self.cues.is_denial(node):
                    # "reports that X was arrested were dismissed as false by Y"
                    agent = next((g for c in node.children if c.dep_ == "agent" for g in c.children
                                  if g.dep_ == "pobj"), None)
                    return Attribution(self.name(agent) if agent is not None else "", True, node.i)
                if below.dep_ in {"nsubj", "nsubjpass"} and below.lemma_.lower() in REPORT_NOUNS and self._called_untrue(node):
                    # "reports that X was arrested were nonsense[, the ministry said]"
                    said = self._governing(chain[n:])
                    return Attribution(said.source if said is not None else "", True, node.i)
                if node.lemma_.lower() in REPORT_NOUNS and (verdict := self._verdict_astray(node, below)) is not None:
                    # the same, the parser having hung "proved untrue" on the claim's clause
                    said = self._governing(chain[n:])
                    return Attribution(said.source if said is not None else "", True, verdict.i)
                if below.dep_ in SUBJECTS and (self.cues.is_reporting(node) or self.cues.is_denial(node)):
                    return None  # the claim sits in the reporter's own subject
                if n == 1 and (self.cues.is_reporting(node) or self.cues.is_denial(node)) \
                        and fronted_subject(below) is not None:
                    return None  # "Arrested in May, X said ...": what X underwent, not what X said
                if below.dep_ == "conj" and self.cues.is_reporting(node) \
                        and not any(c.dep_ in SUBJECTS for c in below.children):
                    return None  # "the court found him guilty and stripped him of his rank": its own act
                # the subject of a reported clause ("said the talks took place") is reported
                if below.dep_ in {"advcl", "conj"} and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                                          for c in below.children):
                    # "after he vanished": background in the article's voice (a conjunct when misparsed)
                    return None
                if below.dep_ == "relcl" and node.lemma_.lower() not in REPORT_NOUNS \
                        and any(t.tag_ in {"WP", "WP$", "WDT"} for t in below.subtree if t.i < below.i):
                    return None  # "X, who was detained in June, ...": presupposed, not reported
                if self.cues.is_denial(node):
                    subj = subject(node, {"nsubj"})
                    if subj is None and node.tag_ == "VBG":
                        # "X reported that ..., contradicting earlier reports that ...": the
                        # participle's denier is whoever made the report it hangs on
                        said = next((a for a in node.ancestors if self.cues.is_reporting(a)), None)
                        who = self.reporter(said) if said is not None else None
                        return Attribution(who or "", True, node.i)
                    denier = self.name(subj) if subj is not None else ""
                    return Attribution(denier) if background else Attribution(denier, True, node.i)
                if self.cues.is_reporting(node) and not would_say(node) \
                        and claimant_of_denied_report(node, self.cues) is None:
                    who = self.reporter(node)
                    if who is not None:
                        return Attribution(who)
            for c in node.children:
                if c.lower_ != "according" or c.dep_ not in {"prep", "advcl", "advmod"}:
                    continue  # (checked first: the clause walk below is for an "according" only)
                if n == 0 and self._intervening_clause(node, c):
                    continue  # "X was sidelined and, according to Y, executed": Y speaks of the second
                to = next((g for g in c.children if g.lower_ == "to"), None)
                obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                if obj is None and to is not None:  # "according to what her lawyer told reporters"
                    said = next((g for g in to.children if g.dep_ == "pcomp" and self.cues.is_reporting(g)), None)
                    obj = next((g for g in said.children if g.dep_ == "nsubj"), None) if said is not None else None
                if obj is not None:
                    return Attribution(self.name(obj))
        return None

    def _called_untrue(self, verb: Token) -> bool:
        """A copula whose complement calls its subject untrue ("were false", "was a fabrication",
        "proved false", "proved to be false", "turned out to be untrue", "turned out to be
        fabricated", "were later found to be false")."""
        if not _verdict_verb(verb):
            return False
        comps = [c for c in verb.children if c.dep_ in {"acomp", "attr", "oprd"}]
        comps += [g for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"
                  for g in c.children if g.dep_ in {"acomp", "attr"}]
        if any(self.cues.has(c, "falsity") for c in comps):
            return True
        # "turned out to be fabricated": the participle taken for a passive clause of its own
        return any(c.dep_ in {"xcomp", "advcl"} and c.lower_ in FALSITY and any(
            a.dep_ == "auxpass" and a.lemma_ == "be" for a in c.children) for c in verb.children)

    def _verdict_astray(self, noun: Token, clause: Token) -> Token | None:
        """'Rumours that X was executed proved untrue' where the parser left the report noun
        without its verb (the noun the root, or the complement of "said") and hung the verdict
        ("proved untrue", "later turned out to be false") on the noun or on the claim's own
        clause: that verb, if it has no subject of its own and calls the claim untrue."""
        if noun.dep_ in SUBJECTS or clause.dep_ not in {"acl", "relcl", "ccomp"} or clause.i < noun.i \
                or not any(c.lower_ == "that" and noun.i < c.i < clause.i for c in clause.children):
            return None  # not the content clause of a report noun ("reports that ..."); a subject has its verb
        for verb in clause.doc[clause.i + 1: sentence_at(clause.doc, clause.i).end]:
            if not _verdict_verb(verb):  # (the parser may take a verdict verb for an adjective: "proved"/JJ)
                continue
            hung = verb.head.i in {noun.i, clause.i}
            # "proved groundless" read as a modifier of the adjective, the adjective as the clause's complement
            modifier = verb.dep_ == "amod" and verb.i < verb.head.i and verb.head.head.i in {noun.i, clause.i} \
                and verb.head.dep_ in {"oprd", "acomp", "attr"} and self.cues.has(verb.head, "falsity")
            if not (hung or modifier) or any(c.dep_ in SUBJECTS | {"expl"} for c in verb.children):
                continue
            if modifier or hung and self._called_untrue(verb):
                return verb
        return None

    @staticmethod
    def _intervening_clause(node: Token, phrase: Token) -> bool:
        """A coordinator or another clause between the trigger and a trailing 'according to'."""
        for t in node.doc[node.i + 1: phrase.i]:
            if t.dep_ == "cc" and t.head.i == node.i:
                return True
            if t.dep_ in {"relcl", "advcl", "ccomp"} and t.pos_ in {"VERB", "AUX"} \
                    and any(c.dep_ in SUBJECTS for c in t.children):
                return True
        return False

    def _parataxis(self, tok: Token, chain: list[Token]) -> Attribution | None:
        """'..., the agency said.' parsed as a parataxis or adverbial clause of the event clause."""
        ids = {t.i for t in chain}
        ids |= {c.i for t in chain for c in t.children if c.dep_ == "conj"}
        for node in chain:
            for c in node.children:
                if c.i > tok.i and reporting_acl(c, self.cues) is not None:
                    return Attribution(self.name(c))
        after = list(tok.doc[tok.i + 1:sentence_at(tok.doc, tok.i).end])  # the words after the event, in its sentence (read twice)
        for c in after:  # '... arrested in Darnel, a weekly newspaper reported': hung on the place
            if c.dep_ == "appos" and _within_clause(c.head, ids) and self._source_word(c) \
                    and (verb := reporting_acl(c, self.cues)) is not None \
                    and not any(g.dep_ in {"xcomp", "ccomp"} for g in verb.children):  # not "a city reported to be calm"
                return Attribution(self.name(c))
        for c in after:
            if c.dep_ in {"parataxis", "advcl", "conj", "ccomp", "oprd"} and c.head.i in ids \
                    and self.cues.is_reporting(c) and not would_say(c) \
                    and (any(g.dep_ == "nsubj" for g in c.children) or self._speaker_before(c) is not None) \
                    and not any(g.dep_ in SUBJECTS and g.left_edge.i <= tok.i <= g.right_edge.i for g in c.children):
                # its own subject: "met X to discuss border security" is no attribution; the
                # event is not its own reporter ("Her appointment tells you ...")
                who = self.reporter(c)
                if who is not None:
                    return Attribution(who)
        return self._tail_report(tok)

    def _source_word(self, noun: Token) -> bool:
        """A name, or a noun of a kind of source (``source_nouns.txt``): "a weekly newspaper"."""
        return noun.pos_ == "PROPN" or self.sources.of_a_kind(noun)

    def _tail_report(self, tok: Token) -> Attribution | None:
        """'X was detained in May, a weekly magazine reports.': the cue tagger marked the
        reporting verb the parser took for a noun; the words before it name the reporter."""
        last = sentence_at(self.doc, tok.i)[-1]
        while last.i > tok.i and last.is_punct:
            last = self.doc[last.i - 1]
        if last.i <= tok.i or last.pos_ == "VERB" or not self.cues.has(last, "report"):
            return None
        lead = tail_lead(last)
        person = self.mentions.person(lead[-1], loose=False) if lead else None
        return Attribution(person or text_of(lead))

    def claimant(self, tok: Token, denier_verb: int) -> str:
        """'dismissed a newspaper's report that X was executed': the newspaper made the claim."""
        for node in ancestors(tok)[1:]:
            if node.i == denier_verb:
                break
            if node.lemma_.lower() in REPORT_NOUNS:
                owner = [c for c in node.children if c.dep_ == "poss"]
                if owner:
                    return self.name(owner[0])
                by = [g for c in node.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
                if by:
                    return self.name(by[0])
                # "Hong Kong media reports that ...", "state media reports": the reporters named
                # in front of the noun
                lead = [c for c in node.children if c.dep_ == "compound" and c.i < node.i]
                reported = claimant_of_denied_report(node, self.cues)
                if reported is not None:
                    lead = [reported]
                if lead and self._may_speak(lead[-1]):
                    return text_of([t for c in lead for t in c.subtree])
        verb = self.doc[denier_verb]  # "denied reports by X that ..." / "denied ..., dismissing reports by X"
        for v in [verb, *(c for c in verb.children if c.dep_ in {"advcl", "conj"} and self.cues.is_denial(c))]:
            for c in v.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS:
                    by = [g for p in c.children if p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
                    if by:
                        return self.name(by[0])
        return ""
