"""Repair and link person names inside one article.

The small model mislabels names (a Korean surname as a place, a name after a
title as an organisation), folds titles and possessives into PERSON spans and
never links "Berg" to "Anna Berg". This component:

1. cleans PERSON spans: leading titles go to the mention's role, possessives and
   anything after a line break or slash are cut;
2. relabels as PERSON a title-led phrase ("Queen Astrid II") or a name-shaped
   phrase in apposition to a role noun ("the lawyer, Anna Berg");
3. links every mention to one canonical full name per article (``ent.kb_id_``):
   shorter full forms merge into longer ones, and a lone surname or given name
   of a known person becomes a mention of that person (first-introduced wins);
4. records each mention's role (title or apposition) in ``doc._.mention_roles``
   and per person in ``doc._.roles``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon import read_groups, read_list, word_class
from . import extensions  # noqa: F401
from .lookup import holding, word_ids
from .name_words import ArticleCase, NameWords, common_nouns, general_words, inflected_verb

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
POSSESSIVE = {"'s", "’s", "'", "’"}
HYPHENS = {"-", "–", "‐"}
NAME_BREAKS = {"/", "|", "(", ")"}  # a name ends before these
_ROMAN = re.compile(r"^[IVX]{1,4}$")


@lru_cache(maxsize=8192)  # a pure test of a word's text, asked of the same few words again and again
def is_name_piece(text: str) -> bool:
    """A capitalised word of any script ("Ýazgül", "Şahin", "McDonald", "O'Brien"), an
    initial ("J.", "JR") or a regnal number ("II"); not an all-capitals acronym."""
    word = text[:-1] if text.endswith(".") else text
    if not word or not word[0].isupper() or not word[0].isalpha():
        return False
    if _ROMAN.match(word) or (len(word) <= 2 and word.isalpha()):
        return True
    rest = word[1:]
    return all(c.isalpha() or c in "'’" for c in rest) and not word.isupper()


def is_syllable(text: str) -> bool:
    """The lower-case part of a hyphenated given name ("ho" of "Min-ho")."""
    return text.isalpha() and text.islower()


APPOSITION_MARKS = {",", "(", "—", "–", "-", ":"}


def apposed(head: Token, child: Token) -> bool:
    """Whether an ``appos`` arc is a real apposition: the two phrases meet at a comma or
    bracket with no verb between ("the envoy for the region, X"), not a misparse that
    hangs a name from a distant clause on an earlier noun."""
    if child.i < head.i:
        return True
    left = child.left_edge.i
    between = head.doc[head.i + 1:left]
    if not len(between):  # "his counterpart Zoltan Kiss": side by side
        return True
    if between[-1].text not in APPOSITION_MARKS:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in between)


FRONTED_PARTICIPLE_DEPS = {"advcl", "amod", "acl", "compound"}


def fronted_subject(part: Token) -> Token | None:
    """'Arrested in May, X spent six months in jail', 'Appointed defence minister in March, X
    resigned': a past participle opening its sentence and set off by a comma tells what the
    subject right after the comma underwent. The parser hangs it on the clause's verb (advcl)
    or reads it as a modifier of the noun it leads ("Appointed defence minister"), which it
    takes for an extra subject or a loose piece of the clause; either way the clause's verb
    has its own subject right after the comma. Not "Arrested protesters, X said, were
    beaten": X is the subject of "said", and the participle describes the protesters."""
    if part.tag_ != "VBN" or part.dep_ not in FRONTED_PARTICIPLE_DEPS:
        return None
    doc = part.doc
    sent = part.sent
    if any(not t.is_punct for t in doc[sent.start: part.i]):
        return None  # it opens the sentence (past a quote mark or a dash at most)
    if part.dep_ == "advcl":
        if any(c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"} for c in part.children):
            return None  # "After being arrested, ...", "Having been arrested, ...", a clause of its own
        phrase, verb = part, part.head
    else:
        phrase, verb = part.head, part.head.head
        if phrase.i < part.i or phrase.left_edge.i != part.i or phrase.pos_ not in {"NOUN", "PROPN"} \
                or phrase.dep_ == "ROOT":
            return None
    # the comma that ends the participle's phrase (the parser may hang the phrase's time on the verb)
    comma = phrase.right_edge.i + 1
    if comma >= sent.end or doc[comma].text != ",":
        comma = next((t.i for t in doc[part.i + 1: sent.end] if t.text == ","), sent.end)
    if verb.pos_ not in {"VERB", "AUX"} or comma >= verb.i or phrase.i > comma:
        return None
    if comma + 1 >= sent.end:
        return None
    subj = doc[comma + 1]
    while subj.dep_ not in {"nsubj", "nsubjpass"} and subj.head.i != subj.i and subj.head.left_edge.i == comma + 1:
        subj = subj.head  # from the phrase's first word ("the", "Tomas") up to its head
    if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.left_edge.i != comma + 1:
        return None
    clause = subj.head
    # its clause is the verb's, or, read as a claim, the complement of a verb of saying after it
    # ("Appointed minister in March, X resigned, police said": the phrase hung on "said")
    if clause.i == verb.i or (clause.dep_ == "ccomp" and clause.head.i == verb.i and verb.i > clause.i):
        return subj
    return None


def unaccented(text: str) -> str:
    """Letters without their accents ("Caïd" -> "Caid")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NOT_WORD = re.compile(r"[^\w]")


@lru_cache(maxsize=8192)  # each name's key is asked for many times per article
def name_key(text: str) -> str:
    """In-article identity of a name: letters only, lower-case."""
    return _NOT_WORD.sub("", text.lower())


@Language.factory(
    "person_names",
    default_config={"titles": "", "role_nouns": "", "outlets": "", "organisations": "",
                    "org_words": "lexicon/org_words.txt", "person_slots": "lexicon/person_slots.txt",
                    "person_patients": "lexicon/person_patients.txt",
                    "particles": "lexicon/name_particles.txt", "demonyms": "lexicon/demonyms.txt",
                    "edges": "lexicon/name_edges.txt", "armed_groups": "lexicon/armed_groups.txt"},
)
def make_person_names(nlp: Language, name: str, titles: str, role_nouns: str, outlets: str,
                      organisations: str, org_words: str, person_slots: str,
                      particles: str = "lexicon/name_particles.txt", demonyms: str = "lexicon/demonyms.txt",
                      edges: str = "lexicon/name_edges.txt", armed_groups: str = "lexicon/armed_groups.txt",
                      person_patients: str = "lexicon/person_patients.txt") -> "PersonNames":
    def words(path: str) -> set[str]:
        return {w.lower() for line in read_list(path) for w in line.split()}

    name_words = NameWords(titles, demonyms, edges)
    return PersonNames(
        titles=name_words.titles,
        role_nouns=words(role_nouns),
        org_phrases={p.lower() for path in (outlets, organisations, armed_groups) if path for p in read_list(path)},
        org_words=words(org_words),
        person_slots=words(person_slots),
        person_patients=words(person_patients) if person_patients else set(),
        name_words=name_words,
        **particle_kinds(particles),
    )


def particle_kinds(path: str) -> dict[str, set[str]]:
    """Free-standing and hyphen-only name particles from the data file."""
    if not path:
        return {"particles": set(), "joined_particles": set()}
    groups = read_groups(path)
    return {"particles": groups.get("free", set()), "joined_particles": groups.get("article", set())}


HONORIFICS = word_class("honorifics")
GIVING, TERMS = word_class("giving"), word_class("term")
PERSONAL_POSSESSIVES = {"his", "her"}  # a possessive that only a person is referred to by
ROLE_COMPLEMENT_DEPS = {"oprd", "attr", "xcomp"}
RECIPIENT_PREPS = {"to", "on", "upon"}
DATE_ENTITIES = {"DATE", "TIME"}


def given_term(noun: Token) -> bool:
    """A sentence or a counted term ("a five-year prison term", "11 years"), as a court gives it;
    not a deadline ("a month to respond": no count, an infinitive)."""
    return noun.lemma_.lower() in TERMS and not any(k.dep_ in {"relcl", "acl"} for k in noun.children) and (
        noun.lemma_.lower() in {"sentence", "term"} or any(k.dep_ == "nummod" or k.like_num for k in noun.subtree))


def names_recipient(prep: Token) -> bool:
    """A preposition or dative naming who a giving verb's term or refuge goes to ("handed a term
    to X", "imposed on X", "granted asylum to X"); not an "on/upon" whose object is a date ("X
    handed life sentence on Monday": a DATE or TIME entity), which says when it was given."""
    if prep.dep_ not in {"dative", "prep"} or prep.lower_ not in RECIPIENT_PREPS:
        return False
    return prep.lower_ == "to" or not any(
        o.dep_ == "pobj" and o.ent_type_ in DATE_ENTITIES for o in prep.children)


def _before_who(span: Span) -> bool:
    """'Ana Pereira, who fled in 2019, ...': a relative clause opened by "who" right after the
    name, hung on it, says a person (only for names the model tagged as nothing at all)."""
    doc = span.doc
    e = span.end
    if e + 1 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ != "who":
        return False
    clause = doc[e + 1].head
    return clause.dep_ == "relcl" and span.start <= clause.head.i < span.end


def _honorific(title: str) -> bool:
    """A title that is a courtesy ("Mr", "Ms."), which only a person's name follows."""
    words = title.lower().replace(".", " ").split()
    return bool(words) and words[-1] in HONORIFICS


class PersonNames:
    def __init__(self, titles: set[str], role_nouns: set[str], org_phrases: set[str], org_words: set[str],
                 person_slots: set[str] | None = None, particles: set[str] | None = None,
                 joined_particles: set[str] | None = None, name_words: NameWords | None = None,
                 person_patients: set[str] | None = None) -> None:
        self.titles = titles
        self.words = name_words or NameWords()
        if not name_words:
            self.words.titles = titles
        self.case: ArticleCase | None = None  # how the article being read writes its words
        self.particles = particles or set()  # "bin", "von", "al"
        self.joined_particles = joined_particles or set()  # only before a hyphen: "ash-"
        self.particle_words = self.particles | self.joined_particles  # what a particle run opens with
        self.role_nouns = role_nouns
        self.org_phrases = org_phrases
        self.org_keys = {name_key(p) for p in org_phrases}  # "al-Qaeda" = "Al Qaeda"
        self.org_words = org_words
        self.person_slots = person_slots or set()
        self.person_patients = person_patients or set()  # only their undergoer is a person

    # -- shape tests -------------------------------------------------------
    def is_title(self, token: Token) -> bool:
        return self.words.is_title(token)

    def looks_like_name(self, tokens: list[Token]) -> bool:
        """Capitalised pieces (hyphenated syllables and name particles allowed), no org or title word."""
        if not tokens:
            return False
        texts = [t.text for t in tokens]  # each token's text read once
        if texts[0] in HYPHENS:
            return False
        words = [(t, text) for t, text in zip(tokens, texts) if text not in HYPHENS]
        if not words or any(t.lower_ in self.org_words for t, _ in words):
            return False
        if " ".join(texts).lower() in self.org_phrases or name_key("".join(texts)) in self.org_keys:
            return False
        if not any(is_name_piece(text) for _, text in words):
            return False
        first, last = tokens[0].i, tokens[-1].i
        for t, text in words:
            if is_name_piece(text):
                continue
            prev = t.doc[t.i - 1] if t.i > first else None
            if prev is not None and prev.text in HYPHENS and is_syllable(text):
                continue  # "Min-ho"
            if t.i < last and self.particle_before_name(t):
                continue  # "al-Rawandi", "bin Salman", "von der Leyen"
            return False
        return True

    def is_particle(self, tok: Token) -> bool:
        doc = tok.doc
        if tok.lower_ in self.particles:
            return True
        hyphenated = tok.i + 1 < len(doc) and doc[tok.i + 1].text in HYPHENS and not tok.whitespace_
        return hyphenated and tok.lower_ in self.joined_particles

    def particle_before_name(self, tok: Token) -> bool:
        """A particle followed (through more particles or a hyphen) by a capitalised piece."""
        return self._particle_run(tok.i, tok.doc) > tok.i

    def _particle_run(self, i: int, doc: Doc) -> int:
        """End of a particle run that leads into a name piece starting at token i ("al-Rawandi",
        "von der Leyen"), or i when there is none."""
        # a run opens with a particle (a hyphen counts only after one): none without a particle word
        if i >= len(doc) or doc[i].lower_ not in self.particle_words:
            return i
        j = i
        while j < len(doc) and j - i < 4 and (self.is_particle(doc[j])
                                               or (doc[j].text in HYPHENS and j > i and not doc[j - 1].whitespace_)):
            j += 1
        if j > i and j < len(doc) and is_name_piece(doc[j].text) and doc[j].lower_ not in self.org_words \
                and not self.is_title(doc[j]):
            return j + 1
        return i

    def is_slot_verb(self, tok: Token) -> bool:
        """A word of ``person_slots.txt``, its "re-" form included; the lemmatizer leaves an
        unknown word's stem half cut ("reappointed": "reappointe", "re-elected": "re-electe")."""
        return self._listed(tok, self.person_slots)

    def _listed(self, tok: Token, words: set[str]) -> bool:
        """The word's lemma, its "re-" form or, as "verb_particle", its phrasal verb ("passed
        away", "gunned down") is in the list."""
        lemma = tok.lemma_.lower()
        if lemma.startswith("re-"):  # "re-elected"
            lemma = lemma[3:]
        if lemma in words or (lemma.endswith("e") and lemma[:-1] in words):
            return True
        return tok.pos_ == "VERB" and any(c.dep_ in {"prt", "advmod"} and f"{lemma}_{c.lower_}" in words
                                          for c in tok.children)

    def is_patient_verb(self, tok: Token) -> bool:
        """A word of ``person_patients.txt``: its undergoer is a person, its doer need not be."""
        return self._listed(tok, self.person_patients)

    def is_role(self, tok: Token) -> bool:
        """A role noun or title ("prime minister", "queen")."""
        return tok.pos_ in {"NOUN", "PROPN"} and (tok.lemma_.lower() in self.role_nouns or self.is_title(tok))

    def installed_in_role(self, root: Token) -> bool:
        """'X was inaugurated as president', 'X was crowned queen', 'installed X as leader': the
        undergoer of a verb whose complement is a role or title takes up that role, which only a
        person does."""
        if root.dep_ not in {"nsubjpass", "dobj"}:
            return False
        verb = root.head
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and self.is_role(p) for p in c.children):
                return True
            if c.dep_ in ROLE_COMPLEMENT_DEPS and c.i > root.i and self.is_role(c):
                return True
        return False

    def given_a_term(self, root: Token) -> bool:
        """'X was handed a five-year prison term', 'X was given 11 years': the passive subject of a
        giving verb whose object is a sentence or a counted term is the one sentenced, and so the
        subject of a headline's "X handed life sentence" with its auxiliary dropped; not "was
        given a month to respond" (a deadline: no count, an infinitive)."""
        verb = root.head
        if verb.lemma_.lower() not in GIVING or not (
                root.dep_ == "nsubjpass" or (root.dep_ == "nsubj" and self.bare_giving(verb))):
            return False
        return any(c.dep_ in {"dobj", "npadvmod"} and given_term(c) for c in verb.children)

    def bare_giving(self, verb: Token) -> bool:
        """'X handed life sentence', 'X given 10 years, lawyer says': a headline's passive of a
        giving verb with its auxiliary dropped, which the parser reads as an active past with X for
        its subject: a past form heading its sentence or before a trailing reporter ("..., Z says":
        a verb of ``person_slots.txt``), without auxiliary, particle or recipient ("X handed down a
        term", "X handed Y a term", "X handed a term to Y": X is the one who gave it; an "on" of a
        date is no recipient: ``names_recipient``)."""
        heads = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i and self.is_slot_verb(verb.head))
        return heads and verb.tag_ in {"VBD", "VBN"} and not any(
            c.dep_ in {"aux", "auxpass", "prt", "dative"} or names_recipient(c) for c in verb.children)

    def referred_to_by_pronoun(self, span: Span) -> bool:
        """'X has been held since her arrest': the subject of a clause whose own happening noun of
        a person (``person_slots.txt``, ``person_patients.txt``) has "his" or "her" for possessor,
        with no other noun phrase between for the pronoun to agree with."""
        root = span.root
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        verb = root.head
        for t in verb.subtree:
            if t.i < span.end or t.lower_ not in PERSONAL_POSSESSIVES or t.dep_ != "poss":
                continue
            noun = t.head
            if not (self.is_slot_verb(noun) or self.is_patient_verb(noun)) or noun.pos_ != "NOUN":
                continue
            between = span.doc[span.end:t.i]
            if any(b.pos_ in {"PROPN", "PRON"} or (b.pos_ == "NOUN" and b.lemma_.lower() in self.role_nouns)
                   for b in between):
                return False  # "X praised Y since her arrest", "... the minister since her arrest": another referent
            # the possessor's noun hangs in the subject's own clause, not a clause of its own
            up = noun
            while up.i != verb.i and up.dep_ not in {"ccomp", "advcl", "relcl", "conj", "xcomp"}:
                up = up.head
            if up.i == verb.i:
                return True
        return False

    def in_person_slot(self, span: Span) -> bool:
        """Syntax that only a person fills: subject of "said", object of "detained",
        "talks with X", "the arrest of X", or an age in apposition ("X, 52,")."""
        doc = span.doc
        root = span.root
        head = root.head
        if root.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"} and self.is_slot_verb(head):
            return True
        if root.dep_ in {"nsubjpass", "dobj", "poss"} and self.is_patient_verb(head):
            return True  # "X was freed", "pardoned X", "X's release"
        if self.installed_in_role(root) or self.given_a_term(root) or self.referred_to_by_pronoun(span):
            return True
        if root.dep_ in {"nsubj", "nsubjpass"}:  # "Arrested in May, X spent ...": X was arrested
            first = next((t for t in doc[root.sent.start: span.start] if not t.is_punct), None)
            if first is not None and self.is_slot_verb(first) and (fronted := fronted_subject(first)) is not None \
                    and fronted.i == root.i:
                return True
        if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in {"identify", "name"}:
            return True  # "the men were identified as X and Y"
        if root.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "among" for c in head.children):
            return True  # "X and Y were among those arrested"
        if root.dep_ in {"attr", "dobj"} and head.lemma_ in {"be", "include"} and any(
                c.dep_ == "nsubj" and (c.tag_ == "NNS" or c.lower_ in {"those", "they"}) for c in head.children):
            return True  # "the sacked ministers are X and Y", "those held included X"
        if root.dep_ == "pobj" and head.lower_ in {"with", "of"}:
            gov = head.head
            if gov.lemma_.lower() in self.person_slots or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.person_slots for c in gov.children):
                return True
            if head.lower_ == "of" and gov.pos_ == "NOUN" and gov.lemma_.lower() in self.person_patients:
                return True  # "the release of X"
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
                doc[span.start - 2].lemma_.lower() in self.person_slots
                or doc[span.start - 2].pos_ == "NOUN" and doc[span.start - 2].lemma_.lower() in self.person_patients):
            return True
        e = span.end
        if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].like_num and doc[e + 2].text in {",", "."}:
            return True
        return False

    # -- span surgery --------------------------------------------------------
    def clean(self, span: Span) -> tuple[Span | None, str]:
        """Cut a name span down to the name; return it and the stripped title."""
        doc = span.doc
        start, end = span.start, span.end
        for tok in span:  # a line break or slash ends the name (a token's trailing whitespace is one space at most)
            if "\n" in tok.text or tok.text in NAME_BREAKS:
                end = tok.i + (0 if tok.text in NAME_BREAKS or tok.is_space else 1)
                break
        while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1  # "-- X", "(X"
        if start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        end = self.trim_tail(doc, start, end)
        # the model often stops short of a name's pieces: "Song" of "Song Min-ho", "Dube" of "Thabo Dube"
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            nxt = doc[end]
            if not self.may_extend(nxt):
                break
            if nxt.text in HYPHENS and not doc[end - 1].whitespace_ and not nxt.whitespace_ and end + 1 < len(doc) \
                    and is_syllable(doc[end + 1].text) and not self.words.is_tail(doc[end + 1]):
                end += 2
            elif nxt.pos == PROPN and is_name_piece(nxt.text) and not self.is_title(nxt) and nxt.lower_ not in self.org_words \
                    and not self.words.is_date_word(doc, end):
                end += 1
            elif is_name_piece(nxt.text) and end + 2 < len(doc) and doc[end + 1].text in HYPHENS \
                    and not nxt.whitespace_ and is_syllable(doc[end + 2].text) and not self.words.is_tail(doc[end + 2]):
                end += 3  # a hyphenated given name whatever its tag: "Bo-ram"
            elif (run_end := self._particle_run(end, doc)) > end:
                end = run_end  # "Karim Sadiq" + "al-Rawandi"
            elif end > start and self.is_title(nxt) and is_name_piece(nxt.text) \
                    and (run_end := self._particle_run(end + 1, doc)) > end + 1:
                end = run_end  # a title word inside a long name: "Ahmad Sultan al-Bajari"
            else:
                break
        while start > 0 and "\n" not in doc[start - 1].text_with_ws:
            prev = doc[start - 1]
            if prev.pos == PROPN and is_name_piece(prev.text) and not self.is_title(prev) \
                    and prev.lower_ not in self.org_words and not prev.ent_type_ and not self.words.is_date_word(doc, start - 1) \
                    and prev.lower_ not in self.words.demonym_words:
                start -= 1
            else:
                break
        title_start = start
        start, has_title = self.strip_head(doc, start, end)
        if start >= end:
            return None, ""
        title = doc[title_start:start].text if has_title else ""
        # a lone title word left at the end ("Kim said Minister") is not a name
        if self.is_title(doc[start]) and end - start == 1:
            return None, title
        # "Former Tajik interior minister": one word before a lower-case role is a modifier
        if end - start == 1 and end < len(doc) and doc[end].text.islower() \
                and (self.is_title(doc[end]) or doc[end].lemma_.lower() in self.role_nouns):
            return None, title
        return Span(doc, start, end), title  # doc[start:end] without its slice checks: start < end here

    def may_extend(self, nxt: Token) -> bool:
        """Whether ``clean`` could extend a name over the token after it: every way it does
        starts with a hyphen, a name piece or a particle (``_particle_run`` opens with one)."""
        text = nxt.text
        return text in HYPHENS or is_name_piece(text) or nxt.lower_ in self.particle_words

    def trim_tail(self, doc: Doc, start: int, end: int) -> int:
        """Cut what trails a name but is none of it: a lower-case word or dash ("Hasina - the"),
        the tail of a hyphenated adjective ("Olancho-based"), a month before a day number."""
        while end - start > 1:
            last = doc[end - 1]
            if last.is_punct or last.is_space:
                end -= 1
            elif doc[end - 2].text in HYPHENS and not doc[end - 2].whitespace_ and self.words.is_tail(last):
                end -= 2
            elif last.text.islower() and not (doc[end - 2].text in HYPHENS and not doc[end - 2].whitespace_ and end >= 3
                                               and not doc[end - 3].whitespace_ and is_syllable(last.text)):
                end -= 1  # but "Min-ho" keeps its syllable
            elif self.words.is_date_word(doc, end - 1):
                end -= 1
            else:
                break
        return end

    def strip_head(self, doc: Doc, start: int, end: int) -> tuple[int, bool]:
        """Skip the words that lead a name without being part of it, and say whether a title
        was among them: titles, even misspelt ("Presient"), nationalities ("Kurdish
        Iranian", "British-born"), a date ("in November"), and one or two unknown words
        before a title ("Comisionado General X", "Agham Representative X")."""
        has_title = False
        while start < end - 1:
            tok = doc[start]
            # the name pieces after a word are counted only for a word that may be a misspelt title
            if self.is_title(tok) or (self.words.is_misspelt_title(tok)
                                      and sum(1 for t in doc[start + 1:end] if is_name_piece(t.text)) >= 2):
                start += 1
                has_title = True
                continue
            if tok.lower_ in self.words.portfolios and tok.text[:1].isupper():
                start += 1  # "(Minister of) Finance X"
                continue
            nat = self.words.demonym_at(doc, start, end)
            if nat > start and sum(1 for t in doc[nat:end] if is_name_piece(t.text)) >= 2 - has_title:
                start = nat
                continue
            if self.words.is_date_word(doc, start) and start > 0:
                start += 1
                continue
            lead = self.unknown_before_title(doc, start, end)
            if lead > start:
                start = lead
                has_title = True
                continue
            break
        return start, has_title

    def unknown_before_title(self, doc: Doc, start: int, end: int) -> int:
        """"Comisionado General Luis Mora", "Agham Representative Ana Cruz": one or two
        capitalised words followed by a title and a full name are part of the title."""
        for k in (1, 2):
            t = start + k
            if t >= end or not self.is_title(doc[t]) or not doc[t].text[:1].isupper():
                continue
            lead = doc[start:t]
            if any(self.is_title(w) or not w.text[:1].isupper() or self.is_particle(w) for w in lead):
                continue
            j = t
            while j < end and self.is_title(doc[j]):
                j += 1
            if sum(1 for w in doc[j:end] if is_name_piece(w.text)) >= 2:
                return j
        return start

    def apposition_role(self, span: Span) -> str:
        """The role phrase a name stands in apposition to ("the former minister, X").

        Coordinated names and roles pair up in order: "X and Y, the minister and
        the envoy" gives X the minister and Y the envoy."""
        root = span.root
        candidates: list[Token] = []
        if root.dep_ == "appos" and apposed(root.head, root):
            head = root.head
            candidates.append(head)
            for _ in range(2):  # "the envoy for the region, X": the parser hangs X on "region"
                if head.dep_ != "pobj" or head.head.dep_ != "prep":
                    break
                head = head.head.head
                candidates.append(head)
        appos = [c for c in root.children if c.dep_ == "appos" and apposed(root, c)]
        if root.dep_ == "conj" and appos:
            second = [c for c in appos[0].children if c.dep_ == "conj"]
            candidates.extend(second or appos)
        elif not appos:
            for conj in (c for c in root.children if c.dep_ == "conj"):
                shared = [c for c in conj.children if c.dep_ == "appos"]
                if shared and any(c.dep_ == "conj" for c in shared[0].children):
                    candidates.append(shared[0])
        else:
            candidates.extend(appos)
        for noun in candidates:
            if noun.lower_ in self.role_nouns and noun.pos_ in {"NOUN", "PROPN"} and not (span.start <= noun.i < span.end):
                left = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod"} and t.i not in range(span.start, span.end)]
                words = sorted(left + [noun], key=lambda t: t.i)
                start = words[0].i
                doc = noun.doc
                while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                        and not doc[start - 1].whitespace_:
                    start -= 2  # "a one-time minister": the tokenizer split the hyphenated word
                return doc[start:noun.i + 1].text
        return ""

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        people: list[Span] = []
        titles: dict[tuple[int, int], str] = {}
        self.case = ArticleCase.of(doc)
        cleaned: dict[tuple[int, int], tuple[Span | None, str]] = {}

        def clean(span: Span) -> tuple[Span | None, str]:  # a span is often tried more than once
            key = (span.start, span.end)
            if key not in cleaned:
                cleaned[key] = self.clean(span)
            return cleaned[key]

        runs = self.proper_runs(doc)
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                kept.append(ent)
                continue
            if self.after_place_noun(ent):
                kept.append(Span(doc, ent.start, ent.end, label="GPE"))  # "the town of Governor Generoso"
                continue
            span, title = clean(ent)
            is_person = False
            if span is not None and self.looks_like_name(list(span)):
                if ent.label_ == "PERSON":
                    is_person = True
                elif title and ent.label_ != "NORP" and not self.all_common(span) \
                        and any(w.lower() not in self.words.title_modifiers for w in title.split()):
                    is_person = True  # "Queen Astrid II", not "(national) Student Day", "Foreign Relations"
                elif len(span) > 1 and (self.apposition_role(span) or (ent.label_ != "GPE" and self.in_person_slot(span))):
                    is_person = True
                elif ent.label_ == "GPE" and len(span) > len(ent) and self.referred_to_by_pronoun(span):
                    # the model took part of a name for a place (its surname alone) and
                    # a later "his"/"her" agrees with it: "X has been held since her arrest"
                    is_person = True
            if is_person:
                people.append(Span(doc, span.start, span.end, label="PERSON"))
                if title:
                    titles[(span.start, span.end)] = title
            elif ent.label_ == "PERSON":
                # a title alone, an outlet or an org-shaped phrase: not a person
                if span is not None and not self.is_title(span[0]):
                    kept.append(Span(doc, span.start, span.end, label="ORG"))
            else:
                kept.append(ent)
        # names the model did not label at all: runs of proper nouns in a person's slot
        taken = {i for e in people for i in range(e.start, e.end)}
        for run in runs:
            if taken.intersection(range(run.start, run.end)):
                continue
            span, title = clean(run)
            if span is None or (len(span) < 2 and not _honorific(title)) or not self.looks_like_name(list(span)) \
                    or self.after_place_noun(run):  # "Mr Welk": a courtesy title makes one word a name
                continue
            if title or self.apposition_role(span) or self.in_person_slot(span) or _before_who(span):
                people.append(Span(doc, span.start, span.end, label="PERSON"))
                taken.update(range(span.start, span.end))
                if title:
                    titles[(span.start, span.end)] = title
        people = [p for p in people if not self.is_byline(p)]
        # "the armed faction Liwa al-Nasr", "Ardenvale Group, the company": a name
        # described as an organisation is one, wherever else it stands
        orgs = {name_key(p.text) for p in people if self.described_as_org(p)}
        kept.extend(Span(doc, p.start, p.end, label="ORG") for p in people if name_key(p.text) in orgs)
        people = [p for p in people if name_key(p.text) not in orgs]
        # "Teo Marsh and Ilan Vokk": a name-shaped phrase coordinated with a person is one
        at_person = {i for p in people for i in range(p.start, p.end)}
        others = [e for e in kept if e.label_ in NAME_LABELS and e.label_ not in {"PERSON", "NORP", "GPE"}]
        taken = {i for e in kept for i in range(e.start, e.end)} | at_person
        others += [r for r in runs if not taken.intersection(range(r.start, r.end))]
        for ent in others:
            span, title = clean(ent)
            if span is None or len(span) < 2 or not self.looks_like_name(list(span)):
                continue
            root = span.root
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [c for c in root.children if c.dep_ == "conj"]
            if any(t.i in at_person for t in partners):
                if ent in kept:
                    kept.remove(ent)
                people.append(Span(doc, span.start, span.end, label="PERSON"))
        # a name already known as a person is a person wherever the model put it
        known = {name_key(p.text) for p in people}
        for ent in list(kept):
            if ent.label_ in NAME_LABELS and ent.label_ != "PERSON":
                span, title = clean(ent)
                if span is not None and len(span) > 1 and name_key(span.text) in known:
                    kept.remove(ent)
                    people.append(Span(doc, span.start, span.end, label="PERSON"))
                    if title:
                        titles[(span.start, span.end)] = title
        people, titles = self.settle(doc, people, titles)
        canonical = self.link(doc, people)
        people.extend(self.propagate(doc, canonical, kept + people, people))
        # entities that overlap a person mention give way to it
        taken = {i for p in people for i in range(p.start, p.end)}
        kept = [e for e in kept if not taken.intersection(range(e.start, e.end))]
        linked = [Span(doc, p.start, p.end, label="PERSON", kb_id=canonical.get(name_key(p.text), p.text)) for p in people]
        # a lone word linked to no full name and with no title is too weak to be a person ("Turnout")
        linked = [p for p in linked if len(p) > 1 or len(p.kb_id_.split()) > 1 or self.title_before(p)]
        ents = filter_spans(kept + linked)
        doc.ents = ents
        self.record_roles(doc, titles, ents)
        return doc

    def after_place_noun(self, span: Span) -> bool:
        """"the town of Governor Generoso": a name after "<place noun> of" names a place."""
        doc = span.doc
        i = span.start + (1 if span[0].lower_ == "the" else 0)
        while i > 0 and self.is_title(doc[i - 1]) and doc[i - 1].text[:1].isupper():
            i -= 1  # the model left the title out: "of Governor [Generoso]"
        return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lemma_.lower() in self.words.place_of

    def clear_slot(self, span: Span) -> bool:
        """Syntax that says the phrase is a person's name: a person's slot or a role in apposition."""
        return self.in_person_slot(span) or bool(self.apposition_role(span))

    def settle(self, doc: Doc, people: list[Span], titles: dict[tuple[int, int], str]
               ) -> tuple[list[Span], dict[tuple[int, int], str]]:
        """Names validated against the article. A form seen once that is a name the article
        gives elsewhere plus common words ("X Collapses", with "X" attested) becomes that
        name; trailing words the article writes in lower case are cut ("X Suffered Heart
        Attack"); a phrase of nothing but titles, nationalities, dates or the article's
        lower-case words ("Top Commander") is no name. A form seen twice, or in a slot only a
        person fills, keeps its words ("Theresa May", "Rose Young")."""
        keys = [name_key(p.text) for p in people]
        counts = Counter(keys)
        # words of the article's multiword names: "King" is a surname where "Ada King" is named
        in_names: dict[str, set[str]] = defaultdict(set)
        for p, key in zip(people, keys):
            if len(p) > 1:
                for t in p:
                    in_names[t.lower_].add(key)
        out: list[Span] = []
        kept_titles: dict[tuple[int, int], str] = {}
        for p, own in zip(people, keys):
            start, end = p.start, p.end
            once = counts[own] == 1
            if once and len(p) > 2:
                part = self.attested_part(p, counts)
                if part is not None:
                    start, end = part
                # the slot is looked at only when there is something to cut (both tests are pure)
                elif (cut := self.trim_common(doc, p, start, end)) < end and not self.clear_slot(p):
                    end = cut
            span = Span(doc, start, end, label="PERSON")
            words = [t for t in span if t.text not in HYPHENS]
            named = {t.i for t in words if in_names.get(t.lower_, set()) - {own}}
            if self.names_a_place(span):
                continue  # "La Tolva prison"
            if all((self.lexical_noise(t) or t.lower_ in common_nouns()) and t.i not in named for t in words):
                continue  # "National Security Advisor", "Detective Branch", "Top Commander"
            # the words first: they are cheaper than the syntax and seldom all noise (both tests are pure)
            if once and all(self.words.is_noise(t, self.case) and t.i not in named for t in words) \
                    and not self.clear_slot(span):
                continue  # "Top Commander", "Say Reports" in a headline
            out.append(span)
            title = titles.get((p.start, p.end))
            if title:
                kept_titles[(start, end)] = title
        return out, kept_titles

    def trim_common(self, doc: Doc, p: Span, start: int, end: int) -> int:
        """The end of a once-seen name cut before the trailing words the article writes in lower
        case ("X Suffered Heart Attack"), and before a Title Case line's verb ("X Y Collapses in
        ...", "X Y Shares Details About ...", unless the article writes the word as a name)."""
        while end - start > 2 and self.case is not None and is_name_piece(doc[end - 1].text) \
                and self.case.writes_lower(doc[end - 1].text):
            end -= 1
        while end - start > 2 and self.case is not None and p.sent.start in self.case.title_case \
                and inflected_verb(doc[end - 1].text) and doc[end - 1].lower_ not in self.case.prose_capital:
            end -= 1
        return end

    def attested_part(self, span: Span, counts: Counter) -> tuple[int, int] | None:
        """The longest part of two words or more that the article names as a person elsewhere,
        when all that is left over is common words or titles."""
        n = len(span)
        texts = [t.text for t in span]
        spaced = [t.text_with_ws for t in span]
        pieces = [is_name_piece(text) for text in texts]
        for size in range(n - 1, 1, -1):
            for i in range(0, n - size + 1):
                last = i + size - 1
                # the part's text as Span.text gives it, without making the part
                if name_key("".join(spaced[i:last]) + texts[last]) not in counts or not (pieces[i] and pieces[last]) \
                        or sum(pieces[i:i + size]) < 2:
                    continue
                part = span[i:i + size]
                rest = list(span[:i]) + list(span[i + size:])
                if all(is_name_piece(t.text) and self.words.is_noise(t, self.case) for t in rest):
                    return part.start, part.end
        return None

    def names_a_place(self, span: Span) -> bool:
        """The name modifies a lower-case noun of a place: "La Tolva prison", "the Kestrel
        maximum-security prison"."""
        doc = span.doc
        head = span.root.head
        if not span.end <= head.i <= span.end + 2 or not head.text.islower() or head.pos_ != "NOUN" \
                or head.lemma_.lower() not in self.words.place_heads:  # not "X jailed"
            return False
        # only lower-case modifiers between: "La Tolva maximum-security prison"
        return all(t.text.islower() and t.pos_ in {"ADJ", "NOUN", "PUNCT"} for t in doc[span.end:head.i])

    def all_common(self, span: Span) -> bool:
        """Every word a headline noun of the general list or written in lower case by the article."""
        return all(t.lower_ in common_nouns() or (self.case is not None and self.case.writes_lower(t.text))
                   for t in span if t.text not in HYPHENS)

    def lexical_noise(self, token: Token) -> bool:
        """By the word lists, no part of a name: a title, nationality, date word, department
        or an organisation's word."""
        w = self.words
        return (w.is_title(token) or token.lower_ in w.demonym_words or w.is_month(token)
                or token.lower_ in w.portfolios or token.lower_ in self.org_words)

    def described_as_org(self, span: Span) -> bool:
        """In apposition to, or right after, a noun that names a kind of organisation."""
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not span.start <= c.i < span.end
                 and apposed(root, c)]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and apposed(root.head, root):
            nouns.append(root.head)
        if span.start > 0 and span.doc[span.start - 1].pos_ == "NOUN" and span.doc[span.start - 1].is_lower:
            nouns.append(span.doc[span.start - 1])
        return any(n.lemma_.lower() in self.org_words and n.lemma_.lower() not in self.role_nouns for n in nouns)

    def proper_runs(self, doc: Doc) -> list[Span]:
        """Maximal runs of proper nouns, hyphenated syllables included ("Yun Song-chol")."""
        runs: list[Span] = []
        i = 0
        for k in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist():  # a run starts on a proper noun
            if k < i or not doc[k].text[:1].isupper():
                continue
            j = k + 1
            while j < len(doc):
                t = doc[j]
                if "\n" in doc[j - 1].text_with_ws:
                    break
                if t.pos == PROPN and t.text[:1].isupper():
                    j += 1
                elif t.text in HYPHENS and j + 1 < len(doc) and not doc[j - 1].whitespace_ and is_syllable(doc[j + 1].text):
                    j += 2
                elif (run_end := self._particle_run(j, doc)) > j:
                    j = run_end
                else:
                    break
            runs.append(doc[k:j])
            i = j
        return runs

    @staticmethod
    def is_byline(span: Span) -> bool:
        """"By Jane Roe" on a line of its own names the author, about whom nothing is reported."""
        doc = span.doc
        i = span.start - 1
        if i < 0 or doc[i].lower_ != "by":
            return False
        return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space

    def link(self, doc: Doc, people: list[Span]) -> dict[str, str]:
        """Map each name key to its canonical full form within the article."""
        forms: dict[str, Counter] = defaultdict(Counter)
        first_seen: dict[str, int] = {}
        for p in people:
            key = name_key(p.text)
            forms[key][p.text] += 1
            first_seen.setdefault(key, p.start)
        # accents folded: the headline's "Caïd Essebsi" is the body's "Beji Caid Essebsi"
        words = {k: set(re.findall(r"\w+", unaccented(max(c, key=c.get).lower()))) for k, c in forms.items()}
        parent: dict[str, str] = {}
        multi = [k for k in forms if len(words[k]) > 1]
        for k in forms:
            bigger = [m for m in multi if m != k and words[k] < words[m]]
            if not bigger or len(words[k]) < 2:
                continue
            # a longer form that only adds common words ("X Suffered Heart Attack") is the
            # shorter name, never its full form
            padded = [m for m in bigger if all(self.common(w) for w in words[m] - words[k])]
            for m in padded:
                parent.setdefault(m, k)
            bigger = [m for m in bigger if m not in padded]
            if bigger:
                parent[k] = max(bigger, key=lambda m: (len(words[m]), -first_seen[m]))
        canonical: dict[str, str] = {}
        for k, c in forms.items():
            root, seen = k, {k}
            while root in parent and parent[root] not in seen:
                root = parent[root]
                seen.add(root)
            best = max(forms[root].items(), key=lambda kv: (kv[1], -len(kv[0])))[0]
            canonical[k] = best
        # single words point at the first-introduced full name that has them as its first or
        # last word ("Kumar" is Anil Kumar, not Ravi Kumar Sethi), else that contains them
        edges: dict[str, set[str]] = {}
        for k, c in forms.items():
            seq = re.findall(r"\w+", unaccented(max(c, key=c.get).lower()))
            edges[k] = {seq[0], seq[-1]} if seq else set()
        ordered = sorted((k for k in forms if len(words[k]) > 1), key=lambda k: first_seen[k])
        for k in forms:
            if len(words[k]) == 1:
                w = next(iter(words[k]))
                hits = [m for m in ordered if w in words[m]]
                hits.sort(key=lambda m: w not in edges[m])  # stable: first-introduced within each kind
                if hits:
                    canonical[k] = canonical[hits[0]]
        return canonical

    def common(self, word: str) -> bool:
        """A lower-case word that is a general English word, a title or nationality, or one
        the article writes in lower case."""
        if word in general_words() and (self.case is None or word not in self.case.prose_capital):
            return True
        if word in self.words.titles or word in self.words.demonym_words or word in self.words.months \
                or word in self.words.portfolios:
            return True
        return self.case is not None and self.case.writes_lower(word)

    def propagate(self, doc: Doc, canonical: dict[str, str], ents: list[Span], people: list[Span]) -> list[Span]:
        """A lone capitalised word that is part of a known full name is that person
        (the first-introduced one when several share it)."""
        short: dict[str, str] = {}
        titled: set[str] = set()  # surnames that are title words: "King" of "Ada King"
        order = [canonical.get(name_key(p.text), p.text) for p in sorted(people, key=lambda p: p.start)]
        for full in dict.fromkeys(order):
            parts = [w for w in re.findall(r"[\w’']+", full) if w[:1].isupper()]
            if len(parts) > 1:
                for w in (parts[0], parts[-1]):
                    if w.lower() not in self.titles:
                        short.setdefault(w.lower(), full)
                    elif w == parts[-1] and w.lower() not in short:
                        short[w.lower()] = full
                        titled.add(w.lower())
        if not short:
            return []
        ent_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for i in numpy.flatnonzero(holding(doc, LOWER, word_ids(short))).tolist():  # the words of a known name
            tok = doc[i]
            ent = ent_at.get(i)
            lone = ent is None or (ent.label_ != "PERSON" and len([t for t in ent if t.text not in POSSESSIVE and t.lower_ != "the"]) == 1)
            acronym = len(tok.text) > 1 and tok.text.isupper()  # "UN" is not a short form of "... Un"
            if tok.lower_ in short and tok.text[:1].isupper() and not acronym and tok.pos_ not in {"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ"} and lone:
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                prev = doc[i - 1] if i > 0 else None
                # a title-word surname stands alone: not "the King", "King Carl"
                as_title = tok.lower_ in titled and (tok.pos_ != "PROPN" or (nxt is not None and nxt.text[:1].isupper())
                                                      or (prev is not None and (prev.pos_ in {"DET", "PRON"} or prev.text in POSSESSIVE
                                                                                or prev.text[:1].isupper() and not prev.is_sent_start
                                                                                and prev.is_alpha)))
                # "Kim Chol Su" after "Kim Chol": a longer unknown name is someone else, leave it
                if not as_title and (nxt is None or not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.i not in ent_at)):
                    found.append(Span(doc, i, i + 1, label="PERSON"))
                    canonical.setdefault(name_key(tok.text), short[tok.lower_])
        return found

    def title_before(self, span: Span) -> str:
        """Title words just left of a name the model did not include: "Colonel X", and in
        lower case "former defence minister X" (the run must end in a title or role noun)."""
        doc = span.doc
        start = i = span.start
        while i > 0 and self.is_title(prev := doc[i - 1]) and prev.text[:1].isupper():
            i -= 1
        if i < start:
            return doc[i:start].text
        while i > 0 and "\n" not in (prev := doc[i - 1]).text_with_ws and prev.is_lower and prev.is_alpha and (
                self.is_title(prev) or prev.lemma_ in self.role_nouns or prev.dep_ in {"amod", "compound"}):
            i -= 1
        if i == start:
            return ""  # no title or role word before the name: nothing to look through
        while i < start and not (self.is_title(doc[i]) or doc[i].lemma_ in self.role_nouns):
            i += 1  # "ruling party official X": from the first role word on
        last = doc[start - 1]  # the phrase must end in a title or role noun
        if i < start and (self.is_title(last) or last.lemma_ in self.role_nouns):
            return doc[i:start].text
        return ""

    def record_roles(self, doc: Doc, titles: dict[tuple[int, int], str], ents: list[Span] | None = None) -> None:
        """Each person mention's role, and each person's roles in order. ``ents`` are the spans
        just set as ``doc.ents`` (non-overlapping, in order, as filter_spans gives them), which
        ``doc.ents`` would only build again."""
        mention_roles: dict[int, str] = {}
        roles: dict[str, list[str]] = defaultdict(list)
        for ent in (doc.ents if ents is None else ents):
            if ent.label_ != "PERSON":
                continue
            role = titles.get((ent.start, ent.end)) or self.title_before(ent) or self.apposition_role(ent)
            if role:
                mention_roles[ent.start] = role
                if role not in roles[ent.kb_id_]:
                    roles[ent.kb_id_].append(role)
        doc._.mention_roles = mention_roles
        doc._.roles = dict(roles)
