"""Who a token refers to: named people, appositions, pronouns, role nouns.

Pronouns are resolved by salience, not mere recency: main-clause subjects (and
their possessors) of the nearest sentences rank first; a pronoun that reports
something ("he said") prefers the last speaker and one that does not prefers
the last topic; an object pronoun is never its own clause's subject ("X
replaced him"); "I" inside a quotation is its speaker; a pronoun in the
complement of "X said"/"X denied" is X when X comes first ("X said he ...", not
"he died, X said"), unless X's own phrase ties X to someone of the pronoun's
gender ("X, his lawyer, said he ..."); a role description there is never X
("the driver died, X said").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Iterator

import numpy
from spacy.attrs import DEP, POS
from spacy.symbols import PRON
from spacy.tokens import Doc, Span, Token

from ..lexicon import read_groups, read_list, word_class
from .quotes import Quote, quote_at
from .syntax import SUBJECTS, Cues, apposed, entities, sentence_at, sentence_number, sentences, subject

PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
RELATIVES = {"who", "whom", "whose", "that", "which"}
LOOKBACK_SENTENCES = 4
PRONOUN_VOTE_DEPS = ("nsubj", "nsubjpass", "poss")  # the pronouns ``Mentions._genders`` counts
GROUP_NOUNS = word_class("delegations")
HONORIFICS = word_class("honorifics")
NEW_REFERENT = word_class("new_referent")


@lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Nouns that name a person by a tie (models/lexicon/relation_nouns.txt)."""
    return frozenset(w.lower() for line in read_list("lexicon/relation_nouns.txt") for w in line.split())


@lru_cache(maxsize=1)
def gendered_words() -> dict[str, str]:
    """word -> "female" / "male" (models/lexicon/gendered_words.txt)."""
    return {w: kind for kind, words in read_groups("lexicon/gendered_words.txt").items() for w in words}


class Mentions:
    def __init__(self, doc: Doc, cues: Cues, quotes: list[Quote], role_nouns: set[str] | None = None) -> None:
        self.doc = doc
        self.role_nouns = role_nouns or set()
        self.cues = cues
        self.quotes = quotes
        self.person_at: dict[int, Span] = {}
        for ent in entities(doc):
            if ent.label_ == "PERSON":
                for i in range(ent.start, ent.end):
                    self.person_at[i] = ent
        self.mentions = sorted(set(self.person_at.values()), key=lambda e: e.start)
        self._starts = [e.start for e in self.mentions]
        self._names_at: dict[str, list[int]] | None = None  # name -> its mentions' starts
        self.speakers = {e.start for e in self.mentions if self._reports(e.root)}
        self.sent_index = {s.start: n for n, s in enumerate(sentences(doc))}
        self.roles: dict[str, list[str]] = doc._.roles or {}
        self.mention_roles: dict[int, str] = doc._.mention_roles or {}
        self.gender = self._genders()

    def _genders(self) -> dict[str, str]:
        """Each person's gender as the article shows it: a gendered title or role ("Mr",
        "the businesswoman"), or gendered pronouns in sentences that name no one else."""
        words = gendered_words()
        votes: dict[str, dict[str, int]] = {}

        def vote(name: str, kind: str | None, weight: int = 1) -> None:
            if kind:
                votes.setdefault(name, {}).setdefault(kind, 0)
                votes[name][kind] += weight

        for ent in self.mentions:
            for w in self.mention_roles.get(ent.start, "").lower().replace(".", "").split():
                vote(self.name(ent), words.get(w), 3)
        pronouns = self._gendered_pronouns(words)
        for sent in sentences(self.doc):
            # no gendered pronoun of the kind read below, no vote: the sentence's people are not read
            here = pronouns[bisect_left(pronouns, sent.start): bisect_left(pronouns, sent.end)]
            if not here:
                continue
            ents = {self.person_at[i] for i in range(sent.start, sent.end) if i in self.person_at}
            if len({self.name(e) for e in ents}) != 1 or not any(self.rank(e) == 0 for e in ents):
                continue  # "X said he ...": one person, the sentence's subject
            # not a pronoun inside the person's own phrase ("her campaign manager, X": her is not X)
            own = {t.i for e in ents for t in (e.root.head if e.root.dep_ == "appos" else e.root).subtree}
            # nor one inside what the person reports ("X said he faces charges": he may be anyone)
            # but "X said her husband ...": a possessive in X's own report is X's
            name = self.name(next(iter(ents)))
            kinds = {words[t.lower_] for t in (self.doc[i] for i in here) if t.i not in own
                     and (not self._reported(t) or (t.dep_ == "poss" and quote_at(self.quotes, t) is None
                                                    and self._reporter_of(t) == name))}
            if len(kinds) == 1:
                vote(name, next(iter(kinds)))
        return {name: max(v, key=v.get) for name, v in votes.items() if len(v) == 1 or max(v.values()) >= 2 * min(v.values())}

    def _gendered_pronouns(self, words: dict[str, str]) -> list[int]:
        """Where the pronouns that can vote for a gender stand (a gendered word, a subject or a
        possessor), in order: the parts of speech and relations read from the array, so that
        ``_genders`` makes no Token for the other words of a sentence."""
        doc = self.doc
        strings = doc.vocab.strings
        pos_dep = doc.to_array([POS, DEP]).reshape(-1, 2)
        voting = pos_dep[:, 0] == PRON
        related = numpy.zeros(len(pos_dep), dtype=bool)
        for label in PRONOUN_VOTE_DEPS:
            related |= pos_dep[:, 1] == strings[label]
        return [i for i in numpy.flatnonzero(voting & related).tolist() if doc[i].lower_ in words]

    def _reporter_of(self, tok: Token) -> str | None:
        """The person whose report a token stands in."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and self.cues.is_reporting(node.head):
                subj = subject(node.head, {"nsubj"})
                return self.person_at_token(subj) if subj is not None else None
            node = node.head
        return None

    def person_at_token(self, tok: Token) -> str | None:
        ent = self.person_at.get(tok.i)
        return self.name(ent) if ent is not None else None

    def _reported(self, tok: Token) -> bool:
        """Inside the complement of a reporting or denial verb."""
        return self.reporting_verb(tok) is not None

    def reporting_verb(self, tok: Token) -> Token | None:
        """The reporting or denial verb whose complement holds ``tok`` (the nearest)."""
        node = tok
        while node.head.i != node.i:
            if self._reports_on(node):
                return node.head
            node = node.head
        return None

    def _reports_on(self, node: Token) -> bool:
        """``node`` is the complement of a reporting or denial verb."""
        return node.dep_ in {"ccomp", "xcomp"} and (self.cues.is_reporting(node.head) or self.cues.is_denial(node.head))

    def agrees(self, name: str, pronoun: Token) -> bool:
        """'she' is not a man the article calls "he"; an unknown gender agrees with both."""
        kind = gendered_words().get(pronoun.lower_)
        return kind is None or self.gender.get(name, kind) == kind

    def _reports(self, tok: Token) -> bool:
        head = tok.head
        if tok.dep_ == "nsubj" and (self.cues.is_reporting(head) or self.cues.is_denial(head)):
            return True
        return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    @staticmethod
    def name(ent: Span) -> str:
        return ent.kb_id_ or ent.text

    # -- entry point -----------------------------------------------------------
    def person(self, tok: Token, depth: int = 0, loose: bool = True) -> str | None:
        """Canonical name of the person a token stands for, if any. ``loose`` lets a
        role description ("the former ambassador") fall back on the most salient person."""
        if depth > 4:
            return None
        ent = self.person_at.get(tok.i)
        if ent is not None:
            return self.name(ent)
        for child in tok.children:  # "the minister, X," / "minister X"
            if child.dep_ in {"appos", "compound"} and child.i in self.person_at and apposed(tok, child):
                return self.name(self.person_at[child.i])
        low = tok.lower_
        if low in RELATIVES and tok.tag_ in {"WP", "WP$", "WDT"}:
            head = self.relative_head(tok)
            return self.person(head, depth + 1) if head is not None else None
        if tok.pos_ == "PRON" and low in FIRST_PERSON:
            return self.speaker_of_quote(tok, depth)
        if tok.pos_ == "PRON" and low in PRONOUNS:
            return self.antecedent(tok, depth)
        found = self.described(tok) or self.leader_of(tok) or self.tied_to_speaker(tok, depth)
        if found:
            return found
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.role_nouns:
            det = next((c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}), "")
            if det in {"its", "their"}:  # "the club said its coach had resigned"
                return self.lede_subject(tok, anywhere=True)
            if det == "the" and any(c.dep_ == "amod" and c.lower_ in NEW_REFERENT for c in tok.children):
                return None  # "did not name the new commander": someone not yet named
            if det == "the":
                found = self.by_role(tok)
                if found is None and loose and tok.dep_ in SUBJECTS:
                    # "the former envoy": the story's protagonist, never the one reporting it
                    found = self.antecedent(tok, depth, description=True)
                    if found and any(r.lower().rstrip(".") not in HONORIFICS for r in self.roles.get(found, [])):
                        found = None  # unless known by another role ("Mr." is no role)
                return found
            if det in {"a", "an"}:
                return self.lede_subject(tok)
        return None

    def lede_subject(self, noun: Token, anywhere: bool = False) -> str | None:
        """'A vice minister who vanished was dismissed ...' opening a story: the person
        the next sentence names (with the same role, or as its subject)."""
        sent_no = sentence_number(self.doc, noun.i)
        if sent_no > 3 or (noun.dep_ not in SUBJECTS | {"dobj", "ROOT"} and not anywhere):
            return None
        following = [e for e in self.mentions if e.start > noun.i
                     and 0 < sentence_number(self.doc, e.start) - sent_no <= (3 if anywhere else 1)]
        for ent in following:
            if any(noun.lemma_.lower() in r.lower().split() for r in self.roles.get(self.name(ent), [])):
                return self.name(ent)
        if anywhere:
            return None
        for ent in following:
            if ent.root.dep_ in SUBJECTS and ent.start == sentence_at(self.doc, ent.start).start:
                return self.name(ent)
        return None

    @staticmethod
    def relative_head(tok: Token) -> Token | None:
        """The noun a relative pronoun stands for; through an apposition to its head."""
        node = tok
        while node.dep_ not in {"relcl", "acl"} and node.head.i != node.i:
            if node.dep_ == "appos" and tok.lower_ == "whose" and node.i > node.head.i:
                # "X, the minister whose disappearance alarmed ...": misparsed as an apposition
                head = node.head
                return head.head if head.dep_ == "appos" and head.head.pos_ == "PROPN" else head
            node = node.head
        if node.dep_ not in {"relcl", "acl"}:
            return None
        head = node.head
        if head.dep_ == "appos":  # "Voice Group, the website that said ..."
            return head.head
        if head.dep_ == "attr":  # "He was an engineer who ...": the subject
            subj = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
            return subj or head
        return head

    def tied_to_speaker(self, tok: Token, depth: int) -> str | None:
        """'X's lawyer said his client was detained' / 'my client' in the lawyer's quote:
        the speaker is someone's tie (lawyer, wife), and the tie named from the speaker's
        side is that someone."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in relation_nouns():
            return None
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return None
        speaker: Token | None = None
        quote = quote_at(self.quotes, tok)
        if quote is not None and quote.verb is not None:
            speaker = subject(self.doc[quote.verb], {"nsubj"})
        else:  # the speaker of the report or denial it sits in ("rejected claims that his client ...")
            node = tok
            while node.head.i != node.i and speaker is None:
                head = node.head
                if node.dep_ in {"ccomp", "dobj", "acl"} and (self.cues.is_reporting(head) or self.cues.is_denial(head)):
                    speaker = subject(head, {"nsubj"})
                node = head
        if speaker is None or speaker.i in self.person_at:
            return None
        for child in speaker.children:  # "X's lawyer", "the lawyer for X"
            if child.dep_ == "poss" and child.i in self.person_at:
                return self.name(self.person_at[child.i])
            if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i in self.person_at:
                    return self.name(self.person_at[obj.i])
        return None

    def speaker_of_quote(self, tok: Token, depth: int) -> str | None:
        quote = quote_at(self.quotes, tok)
        if quote is None or quote.verb is None:
            return None
        subj = subject(self.doc[quote.verb], {"nsubj"})
        return self.person(subj, depth + 1) if subj is not None else None

    # -- pronouns --------------------------------------------------------------
    def antecedent(self, tok: Token, depth: int = 0, description: bool = False) -> str | None:
        """``description``: a role description standing for someone ("the activist died, X
        said"), which is never the one whose report holds it."""
        own = self.relative_owner(tok, depth)
        if own:
            return own
        # "X said the activist died" / "X, his lawyer, said he died": not X
        other = self.governing_reporter(tok, depth) if description else self.tied_reporter(tok, depth)
        reporter = None if other or description else self.reporter_of_complement(tok, depth)
        if reporter:
            return reporter
        cataphor = self.cataphora(tok)
        if cataphor:
            return cataphor
        excluded = self.local_subject(tok, depth)
        chained = self.pronoun_chain(tok, depth)
        if chained and chained != excluded:
            return chained
        wants_speaker = tok.dep_ in SUBJECTS and self._reports(tok)
        speaker = self.speaker_of_quote(tok, depth) if quote_at(self.quotes, tok) else None
        if tok.dep_ not in SUBJECTS and speaker is None:
            # "Y told reporters the evidence tied him to ...": Y would have said "me"
            speaker = self._reporter_of(tok)
        sent_no = sentence_number(self.doc, tok.i)
        best: tuple[float, int, str] | None = None
        for ent in self.before(tok.i):
            dist = sent_no - sentence_number(self.doc, ent.start)
            if dist > LOOKBACK_SENTENCES and best is not None:
                break
            name = self.name(ent)
            if name in {excluded, speaker, other} or not self.agrees(name, tok):
                continue  # not its own clause's subject; a quoted "he" is not the speaker; "she" is no man
            if dist == 0 and ent.root.head.i == tok.head.i and ent.root.dep_ in SUBJECTS and tok.dep_ in SUBJECTS:
                continue  # "X and he": coordinated, not coreferent
            is_speaker = ent.start in self.speakers
            score = 2 * dist + self.rank(ent) + (0 if is_speaker == wants_speaker else 1.5)
            if best is None or score < best[0]:
                best = (score, -ent.start, name)
        if best is None and not (other or description):
            # "Police took his passport ..., X said", no one named before: X's own story
            return self.reporter_of_complement(tok, depth, fronted=True)
        return best[2] if best else None

    def relative_owner(self, tok: Token, depth: int) -> str | None:
        """'X, the contractor who fell to his death': a possessive in a relative clause whose
        subject is "who" belongs to the one the clause describes."""
        if tok.dep_ != "poss" or tok.head.dep_ == "dobj":
            return None  # "who had ordered his arrest": what one does to another
        node = tok.head
        while node.head.i != node.i and node.dep_ not in {"relcl", "ccomp", "advcl", "ROOT"}:
            node = node.head
        if node.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in node.children):
            return None
        described = node.head.head if node.head.dep_ == "appos" else node.head  # "X, the contractor who ..."
        name = self.person(node.head, depth + 1, loose=False) or self.person(described, depth + 1, loose=False)
        return name if name and self.agrees(name, tok) else None

    def pronoun_chain(self, tok: Token, depth: int) -> str | None:
        """'X said he faces charges tying him to the killing of Y, who had ordered his arrest':
        pronouns of one gender in one sentence are one person; a later one is the earlier one."""
        kind = gendered_words().get(tok.lower_)
        if kind is None or depth > 2:
            return None
        quote = quote_at(self.quotes, tok)
        sent = sentence_at(self.doc, tok.i)
        for prev in reversed(sent[: tok.i - sent.start]):
            if prev.pos_ == "PRON" and gendered_words().get(prev.lower_) == kind and quote_at(self.quotes, prev) == quote:
                return self.person(prev, depth + 1)  # (the gendered words hold no first person)
        return None

    @staticmethod
    def rank(ent: Span) -> float:
        """Salience by grammatical role: 0 main-clause subject (or its apposition), 1 any
        subject or the main subject's possessor, 2 object, 3 anything buried deeper."""
        root = ent.root
        if root.dep_ == "appos":
            root = root.head  # "the successor, X," is as salient as "the successor"
        if root.dep_ in SUBJECTS:
            if Mentions._in_main_clause(ent, root.head):
                return 0
            return 2.5 if root.head.dep_ in {"relcl", "advcl", "acl"} else 1
        if root.dep_ == "poss" and root.head.dep_ in SUBJECTS:
            return 1 if Mentions._in_main_clause(ent, root.head.head) else 3
        if root.dep_ in {"dobj", "attr", "oprd"}:
            return 2
        return 3.5 if root.dep_ in {"poss", "compound"} else 3

    @staticmethod
    def _in_main_clause(ent: Span, verb: Token) -> bool:
        """``verb`` is the root of the entity's sentence or a conjunct or complement of it (read
        only for a subject: an object's rank does not ask)."""
        sent_root = sentence_at(ent.doc, ent.start).root
        return verb.i == sent_root.i or any(c.i == verb.i for c in sent_root.children if c.dep_ in {"conj", "ccomp"})

    def reporter_of_complement(self, tok: Token, depth: int, fronted: bool = False) -> str | None:
        """'X said he ...' / 'X rejects the claim that it fired him': the pronoun is X
        (not in a direct quotation, where "he" is someone other than the speaker). Before
        X ("he died, X said") only when ``fronted``: it is first whoever it was before."""
        if quote_at(self.quotes, tok) is not None:
            return None
        verb = tok.head
        if tok.dep_ not in SUBJECTS | {"dobj", "poss"}:
            return None
        if tok.dep_ == "poss":
            verb = tok.head.head if tok.head.dep_ in SUBJECTS | {"dobj"} else None
            if verb is None:
                return None
            own = subject(verb)
            if own is not None and own.i < tok.i and own.i in self.person_at:
                return None  # "X lost his post, Y said": X's post, not Y's
        node = verb
        if node.dep_ in {"acl", "relcl"} and node.head.dep_ == "dobj":
            node = node.head  # "the claim that ..."
        if node.dep_ not in {"ccomp", "dobj", "xcomp"}:
            return None
        governor = node.head
        if not (self.cues.is_reporting(governor) or self.cues.is_denial(governor)):
            return None
        subj = subject(governor, {"nsubj"})
        if subj is None or subj.i == tok.i:
            return None
        if subj.i > tok.i and not fronted:
            return None  # "he died, X said": whoever "he" was before; X would have said "he said"
        denial = governor.head if self.cues.is_denial(governor.head) else governor.head.head \
            if governor.head.dep_ == "ccomp" and self.cues.is_denial(governor.head.head) else None
        if governor.tag_ == "VBG" and governor.dep_ == "advcl" and denial is not None:
            # "denied that officers had detained X, saying he had never been held": he is X
            denied = [self.person_at[t.i] for t in denial.subtree if t.i < governor.i
                      and t.i in self.person_at and self.person_at[t.i].root.i != subj.i]
            if denied:
                name = self.name(denied[-1])
                return name if self.agrees(name, tok) else None
        if tok.dep_ == "dobj" and subject(verb) is not None and self.person(subject(verb), depth + 1) is None \
                and subject(verb).lower_ not in {"it", "they"}:
            return None
        reporter = self.person(subj, depth + 1)
        # "His daughter, X, said he may have been beaten": "he" is not the daughter
        return reporter if reporter is None or self.agrees(reporter, tok) else None

    def governing_reporter(self, tok: Token, depth: int) -> str | None:
        """The person on whose word the clause holding a token stands: the subject of the
        reporting or denial verb whose complement holds it, or the X of "according to X"."""
        node = tok
        while node.head.i != node.i:
            head = node.head
            if self._reports_on(node):
                subj = subject(head, {"nsubj"})
                return self.person(subj, depth + 1) if subj is not None and subj.i != tok.i else None
            for c in head.children:
                if c.lower_ == "according" and c.dep_ in {"prep", "advcl", "advmod"}:
                    obj = next((g for to in c.children if to.lower_ == "to"
                                for g in to.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.person(obj, depth + 1)
            node = head
        return None

    def tied_reporter(self, tok: Token, depth: int) -> str | None:
        """'X, his lawyer, said he died' / 'His wife, X, said he ...': the reporter whose own
        phrase ties them, by a possessive of the pronoun's gender, to someone else; the pronoun
        in the report is that someone, not the reporter. And that possessive itself is not
        the one it is apposed to."""
        kind = gendered_words().get(tok.lower_)
        if kind is None or quote_at(self.quotes, tok) is not None:
            return None
        if tok.dep_ == "poss":  # "X, his lawyer": "his" is not X
            noun = tok.head
            if noun.dep_ == "appos" and noun.head.i in self.person_at:
                return self.name(self.person_at[noun.head.i])
            named = next((c for c in noun.children if c.dep_ == "appos" and c.i in self.person_at), None)
            if named is not None:
                return self.name(self.person_at[named.i])
        verb = self.reporting_verb(tok)
        subj = subject(verb, {"nsubj"}) if verb is not None else None
        if subj is None or subj.i > tok.i:
            return None
        phrase = [subj, *(c for c in subj.children if c.dep_ == "appos")]
        if any(p.dep_ == "poss" and gendered_words().get(p.lower_) == kind for n in phrase for p in n.children):
            return self.person(subj, depth + 1)
        return None

    def cataphora(self, tok: Token) -> str | None:
        """'After his election, X ...': a possessive in a fronted phrase is the subject that follows."""
        if tok.dep_ != "poss":
            return None
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.i < tok.i:
            return None
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is None or subj.i <= tok.i or any(a.i == subj.i for a in tok.ancestors):
            return None
        phrase = next(c for c in verb.children if c.left_edge.i <= tok.i <= c.right_edge.i)
        if any(c.i < phrase.left_edge.i and c.dep_ not in {"punct", "cc"} for c in verb.children):
            return None  # only a fronted phrase looks ahead ("X was fired, weeks before his arrest, Y said")
        ent = self.person_at.get(subj.i)
        return self.name(ent) if ent is not None else None

    def local_subject(self, tok: Token, depth: int) -> str | None:
        """An object pronoun cannot be its own clause's subject ("Y was named to replace him")."""
        if tok.dep_ not in {"dobj", "pobj"}:
            return None
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is None and verb.dep_ in {"xcomp", "advcl"}:
            gov = verb.head
            subj = next((c for c in gov.children if c.dep_ == "dobj"), None) or \
                next((c for c in gov.children if c.dep_ in SUBJECTS), None)
        if subj is None or subj.lower_ in PRONOUNS:
            return None
        ent = self.person_at.get(subj.i)
        if ent is None:
            for c in subj.children:
                if c.dep_ == "appos" and c.i in self.person_at:
                    ent = self.person_at[c.i]
        return self.name(ent) if ent is not None else None

    def last_pair(self, tok: Token) -> list[Token]:
        """'their': the two people last named together ("X and Y held talks")."""
        for ent in self.before(tok.i):
            if sentence_number(self.doc, tok.i) - sentence_number(self.doc, ent.start) > LOOKBACK_SENTENCES:
                break
            root = ent.root
            partner = next((c for c in root.children if c.dep_ == "conj" and c.i in self.person_at), None)
            if partner is not None:
                return [root, partner]
        return []

    def by_role(self, noun: Token) -> str | None:
        """'the defector' / 'the former foreign minister': the person last given that role;
        the one whose role shares most words with the description when several fit."""
        words = {t.lower_ for t in noun.lefts if t.dep_ in {"amod", "compound"}} | {noun.lemma_.lower(), noun.lower_}
        best: tuple[int, str] | None = None
        for name in self.named_before(noun.i):
            for role in self.roles.get(name, []):
                role_words = set(role.lower().split())
                if noun.lemma_.lower() in role_words or noun.lower_ in role_words:
                    overlap = len(words & role_words)
                    if best is None or overlap > best[0]:
                        best = (overlap, name)
        return best[1] if best else None

    def before(self, i: int) -> Iterator[Span]:
        """The mentions that start before token i, nearest first (found by bisection: a
        long article has thousands)."""
        k = bisect_left(self._starts, i)
        return (self.mentions[j] for j in range(k - 1, -1, -1))

    def named_before(self, i: int) -> list[str]:
        """Each person mentioned before token i, once, the last mentioned first."""
        if self._names_at is None:
            self._names_at = {}
            for ent in self.mentions:
                self._names_at.setdefault(self.name(ent), []).append(ent.start)
        latest = []
        for name, starts in self._names_at.items():
            k = bisect_left(starts, i)
            if k:
                latest.append((starts[k - 1], name))
        return [name for _, name in sorted(latest, reverse=True)]

    def same_description(self, noun: Token) -> str | None:
        """'according to the former ambassador': whoever 'the former ambassador' was when it
        first stood as a subject in the article."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.role_nouns:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        for t in self.doc[: noun.i]:
            if t.lemma_ == noun.lemma_ and t.dep_ in SUBJECTS and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                return self.person(t, loose=True)
        return None

    def leader_of(self, noun: Token) -> str | None:
        """'received a delegation led by X': meeting a delegation is meeting its leader."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GROUP_NOUNS:
            return None
        # "a team from Oslo headed by X": the parser may hang the participle on the place
        for acl in (c for c in noun.subtree if c.dep_ == "acl" and c.lemma_ in {"lead", "head"}):
            for by in (c for c in acl.children if c.dep_ == "agent"):
                obj = next((g for g in by.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i in self.person_at:
                    return self.name(self.person_at[obj.i])
        return None

    def described(self, noun: Token) -> str | None:
        """'the chargé d'affaires to Kuwait, X,': a role noun whose phrase names the person in apposition."""
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        for t in noun.subtree:
            if t.i in self.person_at and t.i > noun.i and t.dep_ in {"appos", "compound"} and self.doc[t.i - 1].text != "(":
                ent = self.person_at[t.i]
                start = ent.start
                while start > noun.i + 1 and self.doc[start - 1].pos_ not in {"VERB", "AUX"} and (
                        self.doc[start - 1].dep_ in {"det", "amod", "compound"}
                        or self.doc[start - 1].lemma_.lower() in self.role_nouns):
                    start -= 1  # ", the businessman X,": the comma opens the phrase
                if self.doc[start - 1].text == "," and (t.dep_ == "appos" or t.head.dep_ == "appos"):
                    return self.name(ent)
        return None

    def role_of(self, tok: Token, name: str) -> str:
        ent = self.person_at.get(tok.i)
        if ent is not None and ent.start in self.mention_roles:
            return self.mention_roles[ent.start]
        roles = self.roles.get(name) or []
        return roles[0] if roles else ""
