"""From an annotated Doc to event records.

Each trigger (``doc.spans["triggers"]``) is read against the dependency parse:
whom it happened to (patient, agent, possessor, meeting participants), when (a
resolved DATE in the trigger's own clause), where, on what charge, on whose word
(``attribution``), and whether it is hedged or negated (``stance``). Mentions
of the same happening in one article are merged into one record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..dates import parse_iso
from .attribution import Attribution, Attributor
from .coref import Mentions, relation_nouns
from .groups import group_argument, named_members
from .neighbours import neighbour_date
from ..dates import ResolvedDate
from ..lexicon import read_list, word_class
from .occasions import RELATIONS, RELATIVE_TIME_PREPS, Occasions, duration, shifted
from ..nlp.name_words import general_words, read_titles
from ..nlp.names import GIVING, given_term, names_recipient
from ..nlp.triggers import TRIGGER_KEY
from .quotes import find_quotes
from ..records import Event, event_id
from .stance import is_hedged, is_hypothetical, is_negated
from .syntax import (COMPLEMENT_DEPS, SUBJECTS, Cues, apposed, bare_passive_subject, caused, entities_in, entity_at,
                     entity_index, fronted_subject, sentence_at, subject, text_of, with_conjuncts)

CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "acl", "csubj", "parataxis"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "appos", "poss", "conj", "cc"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_A_DATE_PREPS = {"until", "till", "through", "throughout", "for", "during"}
SIMULTANEOUS_MARKS = {"when", "while", "as"}
PLURAL_PRONOUNS = {"they", "both", "we"}
CHARGE_NOUNS, TERM_NOUNS, MEETING_NOUNS = word_class("charge"), word_class("term"), word_class("meeting")
REFUGE = word_class("refuge")


@dataclass(frozen=True)
class Lexicon:
    """What the extractor needs from the pipeline's data files."""

    rules: dict[str, dict]
    source_nouns: list[set[str]]
    role_nouns: set[str]

    @classmethod
    def from_nlp(cls, nlp) -> "Lexicon":
        return cls(rules=nlp.get_pipe("event_triggers").rules,
                   source_nouns=nlp.get_pipe("cue_tagger").source_nouns,
                   role_nouns=nlp.get_pipe("person_names").role_nouns)


def with_changes(ev: Event, **changes) -> Event:
    """``dataclasses.replace(ev, **changes)`` without its reading of the class's fields on
    every call (a cost on every event): an Event is a plain frozen dataclass, every field set
    by ``__init__`` and kept in ``__dict__``, no ``__post_init__``, so the same record."""
    return Event(**{**ev.__dict__, **changes})


# -- who ------------------------------------------------------------------------

def _modified_noun(tok: Token) -> Token | None:
    """'X, reportedly executed in 2019' / 'the executed minister': the noun a participle describes."""
    if tok.dep_ in {"acl", "amod", "relcl"} and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # "the jailed opposition leader X": the name the description leads
        return noun
    return None


def _name_after(verb: Token, mentions: Mentions) -> Token | None:
    """The head of a name starting right after the verb, past a title ("named Colonel X as ...")."""
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].text[:1].isupper() and doc[after].lower_ in mentions.role_nouns \
            and after not in mentions.person_at:
        after += 1
    ent = mentions.person_at.get(after)
    return ent.root if ent is not None and ent.start == after else None


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a noun trigger sits in ("hanged at dawn by the guards": hanged)."""
    verb = tok.head
    while (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "pcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _only_punct(span: Span) -> bool:
    return len(span) > 0 and all(t.is_punct for t in span)


def _named(subj: Token | None, mentions: Mentions) -> Token | None:
    """'The reporter who ..., Ayman X, was detained' / 'The businessman X was detained': the
    parser gives the verb two subjects, the description and the name in apposition to it or
    right after it; the name is the one meant."""
    if subj is None or subj.i in mentions.person_at:
        return subj
    doc = subj.doc
    twins = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i > subj.i and c.i in mentions.person_at
             and (_only_punct(doc[subj.right_edge.i + 1: c.left_edge.i])  # ", X," right after it
                  or (subj.pos_ == "NOUN" and subj.right_edge.i == subj.i == c.left_edge.i - 1))]  # "the businessman X"
    return twins[0] if len(twins) == 1 else subj


def _names_someone(tok: Token, mentions: Mentions) -> bool:
    """A person's name, or a noun that a name in apposition or compound specifies ("former
    minister X"): not a pronoun or a bare description resolved to someone by coreference."""
    return tok.i in mentions.person_at or any(
        c.dep_ in {"appos", "compound"} and c.i in mentions.person_at and apposed(tok, c) for c in tok.children)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The titles of ``titles.txt`` written in lower case (any case matches)."""
    return frozenset(read_titles("lexicon/titles.txt")[0])


def _kinds_at(doc: Doc) -> dict[int, set[str]]:
    """Each trigger word's event types, built on first use and kept with the Doc."""
    key = TRIGGER_KEY + ".kinds"
    kinds = doc.user_data.get(key)
    if kinds is None:
        kinds = {}
        for span in doc.spans.get(TRIGGER_KEY, []):
            kinds.setdefault(span.root.i, set()).add(span.label_)
        doc.user_data[key] = kinds
    return kinds


def _complement(verb: Token, obj: Token, mentions: Mentions) -> bool:
    """What a headline's passive with its auxiliary dropped takes after it, which the parser reads
    as the verb's object: the office of an appointing verb ("X appointed defence minister", "X
    named ambassador to Y", "X elected president": a role noun or title in the singular, with no
    article, possessor or number: "X appointed his deputy", "X promoted officers" are objects);
    the term of a giving verb ("X handed life sentence", "X given 10 years", as the name
    component reads "was handed a term"); the asylum given a defector ("X granted asylum in Y").
    Not with a name in it ("X appointed Y defence minister"), a particle or a recipient ("X
    handed down a life sentence", "X granted asylum to Y": X is the one who gave it; an "on" of
    a date is no recipient: "X handed life sentence on Monday", ``names_recipient``)."""
    kinds = _kinds_at(verb.doc).get(verb.i, set())
    if any(t.i in mentions.person_at for t in obj.subtree) or any(c.dep_ == "prt" for c in verb.children):
        return False
    lemma = obj.lemma_.lower()
    if kinds & {"APPOINT", "ELECT"}:
        return obj.tag_ in {"NN", "NNP"} and (lemma in mentions.role_nouns or lemma in _titles()) \
            and lemma not in relation_nouns() \
            and not any(c.dep_ in {"det", "poss", "nummod", "relcl", "acl", "appos", "conj"} for c in obj.children) \
            and not _unknown_name_before(obj)
    given = not any(names_recipient(c) for c in verb.children) \
        and not any(c.dep_ == "poss" for c in obj.children)
    if "IMPRISON" in kinds and verb.lemma_.lower() in GIVING:
        return given and given_term(obj)
    if "DEFECT" in kinds:
        return given and lemma in REFUGE
    return False


def _unknown_name_before(noun: Token) -> bool:
    """A name the model missed among the noun's modifiers ("X appointed Y Z defence minister"): a
    run of proper nouns in no entity, none of them a general word, title or acronym ("Foreign
    Affairs minister", "UN envoy" are an office)."""
    run: list[Token] = []
    for t in [*(t for t in noun.subtree if t.i < noun.i), noun]:
        if t.i < noun.i and t.pos_ == "PROPN" and t.ent_type_ == "" and (not run or run[-1].i == t.i - 1):
            run.append(t)
            continue
        if run and not any(w.lower_ in general_words() or w.lower_ in _titles() or w.is_upper for w in run):
            return True
        run = [t] if t.i < noun.i and t.pos_ == "PROPN" and t.ent_type_ == "" else []
    return False


def find_people(trigger: Span, mentions: Mentions, rule: dict | None = None) -> list[tuple[Token, str]]:
    tok = trigger.root
    arg = trigger.id_
    cands: list[Token] = []
    if arg in {"patient", "patient_passive", "agent", "agent_or_patient", "clause", "recipient"}:
        # a passive subject is the patient of a participle ("was arrested", "arrested and
        # executed"), never of a gerund ("without naming the country X was accused of ...")
        # (nor of an infinitive: "X is slated to replace Y" replaces Y, whatever X underwent)
        passive = _named(subject(tok, {"nsubjpass"}), mentions) if tok.tag_ not in {"VBG", "VB"} else None
        if arg == "clause":
            # "X was killed by a firing squad" / "X faced a firing squad", not "Y wrote ... about a firing squad"
            verb = clause_verb(tok)
            subj = subject(verb, {"nsubjpass"})
            if subj is None and verb.lemma_ in set((rule or {}).get("subject_verbs", [])):
                subj = subject(verb, {"nsubj"})
            cands = [subj] if subj is not None else []
        elif passive is not None and arg != "agent":  # "X was held since May" is not X holding a post
            cands = [passive]
        elif arg == "recipient":  # "a court gave X 25 years"; "granted asylum to X": the dative's object
            cands = [g for c in tok.children if c.dep_ in {"dative", "dobj"}
                     for g in ([x for x in c.children if x.dep_ == "pobj"] if c.pos_ == "ADP" else [c])]
        elif arg == "patient_passive":  # "officers took X from his house": only a person as object
            cands = [c for c in tok.children if c.dep_ == "dobj" and mentions.person(c, loose=False)]
        elif arg == "patient":
            cands = [c for c in tok.children if c.dep_ == "dobj"] or \
                [c for c in tok.children if c.dep_ == "oprd" and c.i in mentions.person_at]  # misparsed object
            # "elected her president": "her" is the object, not the president's possessor;
            # "pushed her husband into a car", "appointed her brother governor" are about the husband, the brother
            if (rule or {}).get("type") in {"ELECT", "APPOINT"}:
                cands = [next((p for p in c.children if p.dep_ == "poss" and p.lower_ == "her"), c)
                         if c.lemma_.lower() in mentions.role_nouns and c.lemma_.lower() not in relation_nouns()
                         else c for c in cands]
            if not cands and passive is None and caused(tok):  # "the general had X arrested": X underwent it
                cands = [c for c in tok.children if c.dep_ == "nsubj"]
            if not cands and passive is None and tok.pos_ == "VERB" and (lost := _name_after(tok, mentions)) is not None:
                cands = [lost]  # "executed X, a 23-year-old ...": the parser lost the object
            if not cands and tok.tag_ == "VBG":  # "whose sacking", "his firing": a gerund's possessor
                cands = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "nsubj" and c.tag_ in {"WP$", "PRP$"})]
        elif arg in {"agent", "agent_or_patient"}:
            subj = _named(subject(tok, {"nsubj"}), mentions)
            cands = [subj] if subj is not None else []
            if subj is not None and subj.head.i == tok.i and mentions.person(subj) is None:
                # "One suspect, the banker X, died": a second subject names him
                cands += [c for c in tok.children if c.dep_ == "nsubj" and c.i != subj.i]
        if passive is None and arg in {"patient", "patient_passive", "recipient"} \
                and all(c.head.i == tok.i and c.dep_ in COMPLEMENT_DEPS for c in cands) \
                and (bare := _named(bare_passive_subject(tok, mentions.cues, lambda v, o: _complement(v, o, mentions)),
                                    mentions)) is not None \
                and _names_someone(bare, mentions):
            # "X sacked as minister", "X detained, lawyer says", "Police say X detained": a headline's
            # passive; "X appointed defence minister", "X handed life sentence": with its complement
            cands = [bare]
        if not cands and (noun := _modified_noun(tok)) is not None:
            cands = [noun]
    elif arg == "successor":
        cands = _successor(tok, mentions)
    elif arg in {"nominal", "nominal_poss"}:
        cands = [c for c in tok.children if c.dep_ == "poss"]
        if not cands and arg == "nominal":
            of = next((t for t in tok.subtree if t.lower_ == "of" and t.i > tok.i), None)
            if of is not None:
                cands.extend(g for g in of.children if g.dep_ == "pobj")
            # "the execution of X" / "the dismissal in May of X", however the parser attached X
            for t in tok.doc[tok.i + 1: min(tok.i + 7, sentence_at(tok.doc, tok.i).end - 1)]:
                if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", "."}:
                    break
                if t.lower_ == "of" and t.i + 1 in mentions.person_at:
                    cands.append(mentions.person_at[t.i + 1].root)  # its head: "and Y" hangs there
                    break
            cands.extend(c for c in tok.children if c.dep_ == "compound" and c.i in mentions.person_at)
    elif arg == "meet_poss":
        # "their second meeting": the last pair named together; "X's meeting with Y"
        for poss in (c for c in tok.children if c.dep_ == "poss"):
            if poss.lower_ == "their":
                cands.extend(mentions.last_pair(poss))
            else:
                cands.append(poss)
        cands.extend(g for c in tok.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj")
    elif arg == "meet_between":  # "talks between X and Y", "the summit between X and Y"
        cands.extend(g for c in tok.children if c.lower_ == "between" for g in c.children if g.dep_ == "pobj")
    elif arg == "meet":
        subj = subject(tok, {"nsubj"})
        if subj is not None:
            cands.append(subj)
            if mentions.person(subj, loose=False) is None and (subj.lower_ in PLURAL_PRONOUNS or subj.tag_ == "NNS") \
                    and not any(c.dep_ == "conj" for c in subj.children):
                cands.extend(mentions.last_pair(subj))  # "the two leaders met", "they met in Oslo"
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in {"other", "another"}]
        if tok.lemma_.lower() == "meet" and objects and not any(mentions.person(t) for o in objects for t in with_conjuncts(o)):
            return []  # "X and Y met reporters": they met others, unnamed, not each other ("held talks" did meet)
        near = {tok.i} | {c.i for c in tok.children}
        for c in tok.subtree:
            if c.dep_ == "dobj" and c.head.i == tok.i:
                cands.append(c)
            if c.dep_ == "pobj" and c.head.lower_ == "with" and (  # "rounds of talks with X"
                    c.head.head.i in near or c.head.head.lemma_.lower() in MEETING_NOUNS):
                cands.append(c)
    if arg in {"meet", "meet_poss", "meet_between"}:  # "the two leaders, X and Y, met": the names in apposition
        cands = [a for c in cands for a in ([x for x in c.children if x.dep_ == "appos" and x.i in mentions.person_at]
                                            or [c])]
    if arg not in {"meet", "meet_poss", "meet_between"} and cands:
        cands = [x for c in cands for x in [c, *_listed(c, mentions)]]
        cands = cands + _along_with([tok, *cands])
    people: list[tuple[Token, str]] = []
    for cand in cands:
        for t in with_conjuncts(cand):
            name = mentions.person(t)
            if name and name not in {n for _, n in people}:
                people.append((t, name))
    if arg in {"meet", "meet_poss", "meet_between"} and len(people) < 2:
        return []
    return people


# "replaced Y with X": the subject gives the post; "relieved Y of his duties": takes it away
NOT_TAKING_PLACE = {"with", "of"}


def _successor(verb: Token, mentions: Mentions) -> list[Token]:
    """'X replaced Y as minister', 'Y was replaced as minister by X', 'X, who succeeded Y': the
    one who takes another's place, who takes up the post: the subject, or a passive's "by"
    agent. Only when the one replaced is a person or the role is named ("as defence minister"):
    "X replaced the old printer" is no post; not when the subject hands the place to another or
    takes it away ("replaced Y with X", "relieved Y of his duties")."""
    passive = _named(subject(verb, {"nsubjpass"}), mentions) if verb.tag_ not in {"VBG", "VB"} else None
    if passive is not None:
        replaced = [passive]
        takers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        replaced = [c for c in verb.children if c.dep_ == "dobj"]
        taker = _named(subject(verb, {"nsubj"}), mentions)
        takers = [taker] if taker is not None else []
    # the phrases after the verb, however the parser hung them: on the verb or on the one replaced
    # (on a name: "relieved Y of his duties"; "the chief of staff" is a description)
    preps = [c for h in [verb, *replaced] for c in h.children if c.dep_ == "prep" and c.i > h.i]
    if not replaced or any(p.lower_ in NOT_TAKING_PLACE and (p.head.i == verb.i or p.head.i in mentions.person_at)
                           for p in preps):
        return []
    role = any(p.lower_ == "as" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in mentions.role_nouns or g.lower_ in _titles()) for g in p.children)
        for p in preps)
    if not (role or any(mentions.person(r, loose=False) for r in replaced)):
        return []
    return takers


def _listed(tok: Token, mentions: Mentions) -> list[Token]:
    """Names a comma list hangs on the noun as appositions: "two journalists, X and Y, were
    arrested", "arrested the activists X, Y, Z and W" (the parser chains X, Y as appositions).
    On a name, only a list that goes on with "and" ("According to the prosecutor, X, Y was
    arrested" is no list)."""
    out: list[Token] = []
    for a in tok.children:
        if a.dep_ == "appos" and a.i in mentions.person_at and (
                tok.i not in mentions.person_at or any(x.dep_ == "conj" for x in a.subtree)):
            out += [a, *_listed(a, mentions)]
    return out


def _along_with(heads: list[Token]) -> list[Token]:
    """'X was arrested along with Y', 'X, together with Y, fled': Y shares what happened to X."""
    out: list[Token] = []
    for head in heads:
        for c in head.children:
            if c.lower_ in {"along", "together"} and c.dep_ in {"prep", "advmod"}:
                withs = [w for w in c.children if w.lower_ == "with" and w.dep_ == "prep"]
            elif c.lower_ == "with" and c.dep_ == "prep" and any(a.lower_ in {"along", "together"} for a in c.children):
                withs = [c]  # the parser may hang "together" on "with" instead
            else:
                continue
            out.extend(g for w in withs for g in w.children if g.dep_ == "pobj")
    return out


# -- when -------------------------------------------------------------------------

def clause_tokens(tok: Token, skip: set[int]) -> list[Token]:
    """Tokens of the trigger's own clause: its subtree without nested clauses or arguments.

    Kept: adverbial clauses of simultaneity ("when he returned in 2013") and reduced
    participles ("an order dated June 3", "a sentence imposed in 2021"). A fronted participle
    the parser read as a modifier ("Appointed defence minister in March, X ...") has the
    phrase it leads for its clause."""
    out: list[Token] = []
    stack = [c for c in tok.children if c.i not in skip]
    if (phrase := _led_phrase(tok)) is not None:
        out.extend(t for t in phrase if t.i not in skip)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS or t.dep_ in ARG_DEPS:
            simultaneous = t.dep_ == "advcl" and t.head.i == tok.i and any(
                m.lower_ in SIMULTANEOUS_MARKS for m in t.children if m.dep_ in {"mark", "advmod"})
            participle = t.dep_ == "acl" and t.tag_ == "VBN"
            if not (simultaneous or participle):
                continue
        out.append(t)
        stack.extend(t.children)
    return out


def _led_phrase(tok: Token) -> Span | None:
    """'Appointed defence minister in March, X resigned': the words a fronted participle leads,
    up to the comma, which the parser took for a noun the participle modifies (and may have
    hung their time on the verb)."""
    if tok.dep_ != "advcl" and (subj := fronted_subject(tok)) is not None:
        return tok.doc[tok.i + 1: subj.left_edge.i - 1]
    return None


@lru_cache(maxsize=1)
def occurrence_verbs() -> frozenset[str]:
    return frozenset(w for line in read_list("lexicon/occurrence_verbs.txt") for w in line.split())


def in_dateline(span: Span) -> bool:
    return any(start <= span.start_char < end and kind == "dateline" for start, end, kind, _ in span.doc._.parts or ())


def _date_in(tokens: set[int], tok: Token) -> Span | None:
    """The resolved DATE among these tokens nearest the trigger, unless it bounds a duration."""
    best: tuple[int, Span] | None = None
    for ent in entities_in(tok.doc, tokens, "DATE"):
        if ent._.date is None:
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in NOT_A_DATE_PREPS:
            continue
        if in_dateline(ent):
            continue  # "HARARE, 26 February 2024 —": when the story was filed
        dist = min(abs(ent.start - tok.i), abs(ent.end - 1 - tok.i))
        if best is None or dist < best[0]:
            best = (dist, ent)
    return best[1] if best else None


def _direct_modifiers(verb: Token, skip: set[int]) -> set[int]:
    """Tokens of the verb's own time adjuncts ("on Tuesday", "last week"), not of its arguments."""
    out: set[int] = set()
    for c in verb.children:
        if c.i in skip or c.dep_ not in {"prep", "npadvmod", "advmod", "tmod", "obl"}:
            continue
        out.update(t.i for t in c.subtree)
    return out


def _misattached_dates(arg_tokens: set[int], doc: Doc) -> set[int]:
    """'met X in May', 'On 22 June X was shown': the parser hangs the date on the person (a
    preposition or a compound), whom no date describes; not a date inside a clause about the
    person ("X, who was arrested in May")."""
    out: set[int] = set()
    for ent in entities_in(doc, arg_tokens, "DATE"):
        if ent.start not in arg_tokens:
            continue
        node = ent.root.head
        if node.pos_ == "ADP" and node.lower_ in {"in", "on", "at"}:
            prep, node = node, node.head  # hung on the name by a preposition, or as part of it
            if prep.i > node.i and doc[prep.i - 1].text == "," \
                    and any(c.dep_ == "appos" and c.i > prep.i for c in node.children):
                continue  # "X, in 2019 the mayor of Y, was arrested": it dates the description
        if node.ent_type_ == "PERSON" and node.pos_ == "PROPN":
            out.update(range(ent.start, ent.end))
    return out


def _subject_dates(tok: Token) -> set[int]:
    """'Police on Monday arrested X', 'A further order that week named X': a time the
    parser hangs on the verb's subject is the verb's."""
    out: set[int] = set()
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in {"NOUN", "PROPN"}:
        subjects.append(tok.head)  # "The board on Friday named X": the sentence's verb misread as a modifier
    for subj in (c for c in subjects if c.ent_type_ != "PERSON"):
        for c in subj.children:
            if c.i > subj.i and (c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in {"on", "in", "at"})):
                if any(t.ent_type_ == "DATE" for t in c.subtree):
                    out.update(t.i for t in c.subtree)
            if c.dep_ == "acl" and c.tag_ == "VBN" and subj.lemma_.lower() in media_nouns():
                # "a video released on Tuesday shows X alive": the release dates what it shows
                out.update(t.i for t in c.subtree if t.ent_type_ == "DATE")
    return out


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    return frozenset(w for line in read_list("lexicon/media_nouns.txt") for w in line.split())


def _possessive_dates(tok: Token) -> set[int]:
    """'won Saturday's by-election', 'after Monday's raid': a date owning the verb's object."""
    nouns = [c for c in tok.children if c.dep_ in {"dobj", "dative", "attr"}]
    nouns += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return {t.i for n in nouns for c in n.children if c.dep_ == "poss" and c.ent_type_ == "DATE" for t in c.subtree}


def _term_dates(tok: Token) -> set[int]:
    """'gave X a ten-year sentence on Monday': the parser hangs the time on the term given."""
    terms = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in TERM_NOUNS]
    return {t.i for n in terms for c in n.children if c.dep_ == "prep" and c.lower_ in {"on", "in", "at"}
            and any(t.ent_type_ == "DATE" for t in c.subtree) for t in c.subtree}


def find_date(tok: Token, arg_tokens: set[int], cues: Cues, triggers: frozenset[int] = frozenset(),
              clause: list[Token] | None = None) -> Span | None:
    """``clause``: ``clause_tokens(tok, arg_tokens)`` if the caller has it already."""
    mine = clause if clause is not None else clause_tokens(tok, arg_tokens)
    # "resurfaced after his disappearance in 2014": a date hung on another happening is its own
    nested = {x.i for t in mine if t.i in triggers and t.i != tok.i and t.pos_ in {"NOUN", "PROPN"} for x in t.subtree}
    own = _date_in({t.i for t in mine if t.i not in nested} | _misattached_dates(arg_tokens, tok.doc)
                   | _subject_dates(tok) | _possessive_dates(tok) | _term_dates(tok), tok)
    if own is not None:
        return own
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.i not in arg_tokens and c.i not in triggers):
        # "assumed the post of defence minister in March": the parser hangs the verb's time on its object
        hung = {t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "on"} and p.i > obj.i
                for t in p.subtree}
        if (found := _date_in(hung, tok)) is not None:
            return found
    for t in tok.subtree:  # "became minister ... when he returned in 2013", however deep it was hung
        if t.dep_ == "advcl" and t.i not in arg_tokens and any(
                m.lower_ == "when" for m in t.children if m.dep_ == "advmod"):
            when = _date_in({x.i for x in clause_tokens(t, arg_tokens)}, tok)
            if when is not None:
                return when
    skip = arg_tokens | {t.i for t in tok.subtree}
    gov = tok.head
    date_head = entity_at(gov, {"DATE"})
    if tok.dep_ in {"relcl", "acl"} and date_head is not None and date_head._.date is not None:
        # "the next winter a judge jailed him", "a further order the same day named X": the
        # parser hangs the clause on the date
        return date_head
    nominal = tok.pos_ in {"NOUN", "PROPN"} or tok.tag_ == "VBG"
    if nominal and tok.dep_ == "dobj":
        # "reported his sentence, handed down in April": the parser hangs the noun's
        # participle on the verb
        for part in (c for c in gov.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                     and c.left_edge.i == tok.right_edge.i + 2 and tok.doc[tok.right_edge.i + 1].text == ","
                     and not any(g.dep_ in SUBJECTS for g in c.children)):
            found = _date_in({t.i for t in clause_tokens(part, arg_tokens)}, tok)
            if found is not None:
                return found
    if nominal and (prep := _time_preposition(tok)) is not None and prep.lower_ in RELATIVE_TIME_PREPS:
        return None  # "fled on May 6, four days before his arrest": May 6 is not the arrest's
    if nominal and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "csubj"}:
        # "his execution took place in 2019" / "witnessed the execution on Monday"
        verb = gov if tok.dep_ != "pobj" else gov.head
        if tok.dep_ in SUBJECTS and verb.lemma_.lower() not in occurrence_verbs():
            return None  # "her arrest follows the sacking in May of Y": May is the sacking's
        return _date_in(_direct_modifiers(verb, skip), tok)
    if tok.dep_ in {"xcomp", "advcl"} and not any(c.dep_ == "mark" for c in tok.children) \
            and fronted_subject(tok) is None:  # "Detained at the border, X was freed on Monday": not Monday
        # "met on Friday to sack X", "went back in 2009 to become mayor"
        return _date_in(_direct_modifiers(gov, skip), tok)
    if tok.dep_ == "conj" and gov.pos_ in {"VERB", "AUX"}:
        # "In May X went to the embassy and requested asylum" / "led a delegation in July and
        # held talks": the first verb's date covers the second unless it has its own time word;
        # an event's own date does not ("arrested in May and executed"), a date they share does
        # ("met on Friday to sack X and to name Y")
        if any(c.dep_ in {"advmod", "npadvmod"} for c in tok.children):
            return None
        if gov.i in triggers:
            own = _date_in({t.i for t in clause_tokens(gov, skip)}, gov)
            if own is not None:
                # "sacked X on May 3 and named Y in his place": one act on two people
                return own if _other_objects(gov, tok) else None
            return find_date(gov, skip, cues, triggers)
        return _date_in(_direct_modifiers(gov, skip), tok)
    if tok.dep_ == "relcl" and any(c.lower_ in {"where", "when"} for c in tok.children):
        # "was last seen on May 2 in Lima, where she gave a speech"
        verb = next((a for a in gov.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return _date_in(_direct_modifiers(verb, skip), tok) if verb is not None else None
    if tok.dep_ == "ccomp" and cues.is_reporting(gov) and gov.i > tok.i:
        # "The following day, X was named envoy, the ministry said": a fronted date
        # hangs from the reporting verb but dates the claim
        first = min(t.i for t in tok.subtree)
        fronted = {t.i for c in gov.children if c.i < first and c.dep_ in {"npadvmod", "prep", "advmod"} for t in c.subtree}
        return _date_in(fronted, tok)
    return None


def _time_preposition(tok: Token) -> Token | None:
    """The preposition whose object the noun is: "before his arrest", "before his brother's
    arrest" (the parser may hang the noun on the possessor as an apposition)."""
    node = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" else tok
    return node.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else None


def _counted_from_governor(tok: Token, occasions: Occasions) -> ResolvedDate | None:
    """'X fled on May 6, four days before his arrest': the arrest is the flight's date moved
    by the length given (after it for "before"); without a length it stays undated."""
    prep = _time_preposition(tok)
    if prep is None or not RELATIONS.get(prep.lower_) or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    length = occasions.offset(prep)
    days = duration(length.text) if length is not None else None
    if days is None:
        return None
    anchor = _date_in(_direct_modifiers(prep.head, {t.i for t in prep.subtree}), prep.head)
    if anchor is None or anchor._.date is None:
        return None
    return shifted(anchor._.date, -RELATIONS[prep.lower_], days, f"{length.text} {prep.text} {anchor.text}")


def _other_objects(first: Token, second: Token) -> bool:
    """Two conjoined verbs acting on two different people: each names an object of its own."""
    a = [c for c in first.children if c.dep_ in {"dobj", "oprd"}]  # "named X" is misparsed as oprd
    b = [c for c in second.children if c.dep_ in {"dobj", "oprd"}]
    return bool(a and b) and a[0].pos_ == "PROPN" and b[0].pos_ == "PROPN" and a[0].lower_ != b[0].lower_


_CALENDAR = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                       r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
                       r"jul|aug|sept?|oct|nov|dec|yesterday|today|tonight|tomorrow|ago|last|next|this|"
                       r"earlier|later)\b", re.I)


def _unresolved_date(tok: Token, clause: list[Token]) -> Span | None:
    """A calendar expression in the trigger's clause that could not be resolved: the
    happening has a date of its own, just not one we know."""
    ids = {t.i for t in clause}
    for ent in entities_in(tok.doc, ids, "DATE"):
        if ent._.date is None and ent.start in ids and _CALENDAR.search(ent.text) \
                and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in NOT_A_DATE_PREPS):
            return ent
    return None


# -- where, why ---------------------------------------------------------------------

def find_place(tok: Token, arg_tokens: set[int], clause: list[Token] | None = None) -> str:
    """``clause``: ``clause_tokens(tok, arg_tokens)`` if the caller has it already."""
    clause = clause if clause is not None else clause_tokens(tok, arg_tokens)
    for t in sorted(clause, key=lambda x: abs(x.i - tok.i)):
        if t.ent_type_ in PLACE_LABELS and t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "to", "from", "near", "outside", "on"}:
            return entity_index(tok.doc)[t.i].text.strip()  # the model may take in a paragraph break
    return ""


def find_charge(tok: Token, arg_tokens: set[int], clause: list[Token] | None = None) -> str:
    """``clause``: ``clause_tokens(tok, arg_tokens)`` if the caller has it already."""
    for t in clause if clause is not None else clause_tokens(tok, arg_tokens):
        if t.dep_ == "pobj" and t.lower_ in CHARGE_NOUNS and t.head.lower_ in {"on", "over", "under"}:
            of = [g for c in t.children if c.dep_ in {"prep", "acl"} for g in c.subtree]
            if of:
                body = [g for g in of if g.lower_ not in {"of", "that"} or g.i != of[0].i]
                return text_of(body)
            kinds = [c for c in t.lefts if c.dep_ in {"compound", "nmod"}]  # "on corruption charges"
            if kinds:
                return text_of([g for c in kinds for g in c.subtree])
        if t.dep_ == "prep" and t.lower_ == "for" and (t.head.i == tok.i or _term_of(t.head, tok)):
            obj = [c for c in t.children if c.dep_ in {"pobj", "pcomp"}]
            if obj and not _how_long(obj[0]):
                return text_of(list(obj[0].subtree))
    return ""


def _term_of(noun: Token, tok: Token) -> bool:
    """'jailed for 12 years for fraud', 'sentenced to 12 years for fraud': the parser hangs the
    reason on the term."""
    return noun.dep_ == "pobj" and noun.ent_type_ == "DATE" and noun.head.head.i == tok.i


def _how_long(obj: Token) -> bool:
    """'for 12 years', 'for 48 hours', 'for a third time' tell how long or how often, not why;
    'for three counts of fraud' is a reason."""
    return obj.lemma_.lower() == "time" or obj.ent_type_ in {"CARDINAL", "ORDINAL"} \
        or any(x.ent_type_ in {"DATE", "TIME"} for x in obj.subtree)


# -- the page ---------------------------------------------------------------------

HEADING_KINDS = {"headline", "subhead"}


class PageParts:
    """The page's parts (from the page stage) as this Doc's offsets: which part a token is in."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.parts: list[tuple[int, int, str, str | None]] = list(doc._.parts or [])
        self._confirmed: set[str] | None = None
        self._sentence_kinds: dict[tuple[int, int], str] = {}  # (start, end) -> kind: at most one per sentence

    def part_at(self, offset: int) -> tuple[int, int, str, str | None] | None:
        return next((p for p in self.parts if p[0] <= offset < p[1]), None)

    def kind_at(self, tok: Token) -> str:
        return self.kind_at_char(tok.idx)

    def kind_of(self, ev: Event) -> str:
        """The part an event's sentence is in (past the blanks a date marker leaves before it),
        found once per sentence (asked of every event, twice); with no parts, every offset is
        in the body."""
        if not self.parts:
            return "body"
        key = (ev.char_start, ev.char_end)
        kind = self._sentence_kinds.get(key)
        if kind is None:
            kind = self._sentence_kinds[key] = self._kind_of_sentence(*key)
        return kind

    def _kind_of_sentence(self, start: int, end: int) -> str:
        sent = self.doc.char_span(start, end)  # a sentence: token-aligned
        if sent is None:
            return self.kind_at_char(start)
        return self.kind_at_char(next((t.idx for t in sent if not t.is_space), end))

    def kind_at_char(self, offset: int) -> str:
        part = self.part_at(offset)
        return part[2] if part is not None else "body"

    def date_at(self, tok: Token) -> ResolvedDate | None:
        part = self.part_at(tok.idx)
        return parse_iso(part[3]) if part is not None and part[3] else None

    def headlines_defer(self, events: list[Event]) -> list[Event]:
        """"X Died In Prison, Exile Website Claims": a headline's source is the article's
        shorthand for one the body names ("the Orvik Bulletin reported"); it takes that name."""
        body = [e for e in events if self.kind_of(e) not in HEADING_KINDS]
        out = []
        for e in events:
            if e.source and e not in body:
                named = next((b.source for b in body if (b.type, b.person, b.negated) == (e.type, e.person, e.negated)
                              and b.source and _compatible(b.date, e.date)), "")
                e = with_changes(e, source=named or e.source)
            out.append(e)
        return out

    def confirmed(self, mentions: Mentions) -> set[str]:
        """People named outside headlines and crossheads: the ones a headline may speak of."""
        if self._confirmed is None:
            self._confirmed = {mentions.name(e) for e in mentions.mentions
                               if self.kind_at(e[0]) not in HEADING_KINDS}
        return self._confirmed


# -- extraction -------------------------------------------------------------------

def extract_events(doc: Doc, doc_id: str, content_hash: str = "", lexicon: Lexicon | None = None) -> list[Event]:
    """Every event the article reports, one record per distinct happening."""
    rules = lexicon.rules if lexicon else {}
    cues = Cues(doc)
    mentions = Mentions(doc, cues, find_quotes(doc, cues), lexicon.role_nouns if lexicon else None)
    attributor = Attributor(doc, mentions, lexicon.source_nouns if lexicon else [])
    occasions = Occasions.load(doc)
    page = PageParts(doc)
    raw: list[Event] = []
    nearby: dict[tuple, ResolvedDate] = {}  # undated mentions -> the date a neighbouring sentence gives
    undated_since: set[tuple] = set()  # "has not been seen since": since the last thing told of them
    trigger_tokens = frozenset(t.start for t in doc.spans.get(TRIGGER_KEY, []))
    sentences: dict[int, str] = {}  # a sentence's text by its start, made once for the events in it
    for trigger in doc.spans.get(TRIGGER_KEY, []):
        tok = trigger.root
        rule = rules.get(trigger.kb_id_, {})
        if is_hypothetical(tok, cues):
            continue
        people = find_people(trigger, mentions, rule)
        if not people and (group := group_argument(tok, trigger.id_)) is not None:
            people = named_members(group, mentions)  # "Two men were hanged. They were named as A and B"
        kind = page.kind_at(tok)
        if kind in HEADING_KINDS:  # a headline names only people the article confirms
            people = [(t, name) for t, name in people if name in page.confirmed(mentions)]
        if not people:
            continue
        arg_tokens = {t.i for p, _ in people for t in p.subtree}
        clause = clause_tokens(tok, arg_tokens)  # read once: the date, place and charge all look in it
        date_span = find_date(tok, arg_tokens, cues, trigger_tokens, clause)
        date: ResolvedDate | None = date_span._.date if date_span is not None else None
        if date is None and (rule.get("inherent_negation") or trigger.label_ == "DISAPPEAR"):
            # "has not been seen since she left the office on Friday", "has been missing since he
            # was summoned in March": the since-clause dates it
            for since in (c for c in tok.children if c.dep_ == "advcl"
                          and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)):
                date_span = _date_in({t.i for t in clause_tokens(since, arg_tokens)} | {since.i}, since)
                date = date_span._.date if date_span is not None else None
                if date is not None:
                    break
        since_then = date is None and date_span is None and rule.get("inherent_negation") and any(
            c.dep_ == "advmod" and c.lower_ == "since" for c in tok.children)  # "not seen since"
        if date is None:  # "a few weeks before the Oslo summit"
            date = occasions.date_for(tok, clause)
        if date is None and date_span is None:  # "fled on May 6, four days before his arrest"
            date = _counted_from_governor(tok, occasions)
        if date is None and date_span is None:  # "on Tuesday" with no reference date: kept as words
            date_span = _unresolved_date(tok, clause)
        neighbour: Span | None = None
        if date is None and date_span is None:  # "... Officers stopped him on Saturday at a checkpoint"
            neighbour = neighbour_date(tok, trigger.label_, {name for _, name in people}, mentions,
                                       lambda verb, args: find_date(verb, args, cues, trigger_tokens), cues)
        if date is None and kind == "caption" and (caption_date := page.date_at(tok)) is not None:
            date = caption_date  # "X at a rally in Lima, 2019. Photo: ...": the caption's own date
        said = attributor.attribute(tok) if kind != "caption" else Attribution()  # a caption is the article's voice
        if not said.source and rule.get("subject_is_source"):  # "state television showed X at ..."
            shower = subject(tok, {"nsubj"})
            if shower is not None:
                said = replace(said, source=attributor.name(shower))
        event_type = trigger.label_
        if said.of_agency:
            if event_type == "DIE":
                event_type = "KILL"  # "denied a part in the ambush that killed X": a killing, denied
            else:  # "denied any role in the murder of X": the murder stands, only the role is denied
                said = Attribution()
        stance_of = clause_verb(tok) if trigger.id_ == "clause" else tok  # the clause's verb carries its stance
        negated = said.denied or is_negated(stance_of, bool(rule.get("inherent_negation")))
        if rule.get("denies"):  # "X is alive and well": a death denied; "X is not alive" asserts it
            negated = not negated
        sent = sentence_at(doc, tok.i)
        if sent.start not in sentences:
            sentences[sent.start] = sent.text.strip()
        base = dict(
            doc=doc_id, type=event_type,
            date=date.iso if date else "", date_start=date.start.isoformat() if date else "",
            date_end=date.end.isoformat() if date else "", date_text=date_span.text if date_span is not None else date.text if date else "",
            place=find_place(tok, arg_tokens, clause), hedged=is_hedged(stance_of, cues, said.denied),
            charge=find_charge(tok, arg_tokens, clause), sentence=sentences[sent.start],
            char_start=sent.start_char, char_end=sent.end_char, rule_id=trigger.kb_id_,
            trigger_start=trigger.start_char, trigger_end=trigger.end_char,
        )
        claimant = attributor.claimant(tok, said.denier_verb) if said.denier_verb is not None else ""
        for ptok, name in people:
            role = mentions.role_of(ptok, name)
            if claimant:  # the claim, then its denial
                raw.append(Event(event_id="", person=name, role=role, source=claimant, negated=False, **base))
            raw.append(Event(event_id="", person=name, role=role, source=said.source, negated=negated, **base))
            if neighbour is not None:
                nearby[_key(raw[-1])] = neighbour._.date
            if since_then:
                undated_since.add(_key(raw[-1]))
    raw = _since_then(raw, undated_since)
    raw = page.headlines_defer(raw)
    raw = _deny_what_was_claimed(raw, rules)
    # a neighbour's date may date the very claim a denial or an undated account is about
    headed = {id(e) for e in raw if page.kind_of(e) in HEADING_KINDS}
    merged = _one_telling(date_from_neighbours(merge_mentions(raw, headed), nearby))
    return [with_changes(e, event_id=event_id(content_hash or doc_id, e.type, e.person, e.date, e.negated, e.source))
            for e in merged]


def _since_then(events: list[Event], since: set[tuple]) -> list[Event]:
    """'X was seized on Thursday. He has not been seen since': a bare "since" counts from the
    latest dated happening the article told of that person before it."""
    out = []
    for e in events:
        if _key(e) in since:
            before = [b for b in events if b.person == e.person and b.date and not b.negated
                      and b.char_start <= e.char_start and b is not e]
            if before:
                last = max(before, key=lambda b: (b.date_end, len(b.date)))
                e = replace(e, date=last.date, date_start=last.date_start, date_end=last.date_end,
                            date_text=last.date_text)
        out.append(e)
    return out


def _key(ev: Event) -> tuple:
    return ev.type, ev.person, ev.negated, ev.source, ev.char_start


def date_from_neighbours(events: list[Event], nearby: dict[tuple, ResolvedDate]) -> list[Event]:
    """An undated happening takes the date a neighbouring sentence gives it, unless the article
    dates another account of it (that account is the same happening, told by someone else)."""
    dated = {(e.type, e.person, e.negated) for e in events if e.date}
    out = []
    for e in events:
        found = nearby.get(_key(e))
        if found is not None and not e.date and (e.type, e.person, e.negated) not in dated:
            e = replace(e, date=found.iso, date_start=found.start.isoformat(), date_end=found.end.isoformat(),
                        date_text=found.text)
        out.append(e)
    return out


def _compatible(a: str, b: str) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def merge_mentions(events: list[Event], headed: set[int] = frozenset()) -> list[Event]:
    """One record per happening: mentions of one type, person and polarity (headline, lede,
    body) whose dates do not contradict and whose sources agree (or are not given) are one
    happening. It takes the most precise date, the source and place a mention gives, and is
    hedged when any mention hedges it. The most precise mentions are placed first, so that a
    vague one ("his arrest") joins the happening it fits best; of equal ones, the body's
    before a headline's (``headed``: their ids), which tells it in shorthand."""
    groups: dict[tuple[str, str, bool], list[Event]] = {}
    for ev in events:
        groups.setdefault((ev.type, ev.person, ev.negated), []).append(ev)
    merged: list[Event] = []
    for mentions in groups.values():
        happenings: list[_Happening] = []
        for ev in sorted(mentions, key=lambda e: (-len(e.date), not e.source, id(e) in headed, e.char_start)):
            fits = [h for h in happenings if h.admits(ev)]
            same_word = [h for h in fits if ev.source and ev.source in h.sources]
            if len(same_word) == 1:
                fits = same_word  # "his arrest, police said": the one police dated
            elif not ev.date and (ev.date_text or len(fits) > 1):
                # its own date, unknown ("on Tuesday" without a reference), or a vague mention
                # that could be any of several dated happenings: it stays apart from them
                fits = [h for h in fits if not h.dated]
            if fits:
                fits[0].add(ev)
            else:
                happenings.append(_Happening(ev))
        merged.extend(_combine(h.mentions) for h in happenings)
    return sorted(_fold_deaths(merged), key=lambda e: (e.char_start, e.type, e.person))


class _Happening:
    """The mentions of one happening, with the distinct dates and sources they give, so that
    a mention is checked against those (a few) and not against every earlier mention: an
    article that tells one thing ten thousand times costs ten thousand checks."""

    def __init__(self, ev: Event) -> None:
        self.mentions = [ev]
        self.dates = {ev.date}
        self.sources = {ev.source} - {""}

    @property
    def dated(self) -> bool:
        return any(self.dates)

    def admits(self, ev: Event) -> bool:
        if not all(_compatible(d, ev.date) for d in self.dates):
            return False
        return not ev.source or not self.sources or self.sources == {ev.source}

    def add(self, ev: Event) -> None:
        self.mentions.append(ev)
        self.dates.add(ev.date)
        if ev.source:
            self.sources.add(ev.source)


VIOLENT_ENDS = ("EXECUTE", "KILL")
TERMINAL = ("DIE", *VIOLENT_ENDS)


def _fold_deaths(events: list[Event]) -> list[Event]:
    """"Gunmen shot X; he died of his wounds": on one word, a death and the killing that
    caused it are one happening, the killing (dated by the death when only the death was).
    A death told by someone else (the prison says he died, his lawyer says he was
    murdered) is a rival account and stays."""
    deaths: dict[tuple[str, str, bool], list[Event]] = {}
    for ev in events:
        if ev.type == "DIE":
            deaths.setdefault((ev.person, ev.source, ev.negated), []).append(ev)
    out: list[Event] = []
    folded: set[int] = set()
    for ev in events:
        if ev.type not in VIOLENT_ENDS:
            continue
        for death in deaths.get((ev.person, ev.source, ev.negated), []):
            if _compatible(death.date, ev.date):
                folded.add(id(death))
                if len(death.date) > len(ev.date):
                    ev = replace(ev, date=death.date, date_start=death.date_start, date_end=death.date_end,
                                 date_text=death.date_text)
        out.append(ev)
    return _one_telling(_one_death([e for e in events if e.type not in VIOLENT_ENDS and id(e) not in folded] + out))


# a person lives these once in an article's telling, unless the article dates them apart
ONCE = ("ARREST", "DISAPPEAR", "REAPPEAR", "IMPRISON", "DEFECT")


def _one_telling(events: list[Event]) -> list[Event]:
    """An arrest (disappearance, sentence, defection) that one source dates and another
    tells undated ("his family said he was taken"; "his wife said he was seized on
    Thursday") is one happening, told best by the account that dates it: the undated
    account joins it, unless the article gives the happening dates that disagree (two
    arrests). A denial of it carries its date, as a denial of a death does."""
    joined: set[int] = set()
    dating: dict[int, Event] = {}
    for e in events:
        if e.type not in ONCE or e.date:
            continue
        dated = [c for c in events if c.type == e.type and c.person == e.person and c.date and not c.negated]
        if not dated:
            continue
        best = max(dated, key=lambda d: (len(d.date), bool(d.source)))
        if not all(_compatible(d.date, best.date) for d in dated):
            continue
        if e.negated:
            dating[id(e)] = best
        else:
            joined.add(id(e))
    out = []
    for e in events:
        if id(e) in joined:
            continue
        if id(e) in dating:
            d = dating[id(e)]
            e = replace(e, date=d.date, date_start=d.date_start, date_end=d.date_end, date_text=d.date_text)
        out.append(e)
    return out


def _deny_what_was_claimed(events: list[Event], rules: dict[str, dict]) -> list[Event]:
    """'X is alive and well' denies the end the article reports: a killing when the claim
    was that X was beaten to death, an execution when it was a firing squad."""
    out = []
    for e in events:
        if e.negated and e.type == "DIE" and rules.get(e.rule_id, {}).get("denies"):
            claimed = {c.type for c in events if c.person == e.person and not c.negated and c.type in TERMINAL}
            if "DIE" not in claimed and len(claimed) == 1:
                e = replace(e, type=next(iter(claimed)))
        out.append(e)
    return out


def _one_death(events: list[Event]) -> list[Event]:
    """A person dies once: the accounts of an article that give no date for a death
    (killed, executed, died) are about the death it dates itself (or their own source
    dates), when every such date agrees ("died in August 2022 ... the party says he was
    murdered"); a rival source's date for its own version is not theirs. A denial carries
    the date of the claim it denies (a killing on the 3rd, whatever day the death came)."""
    out = []
    for e in events:
        if e.type in TERMINAL and not e.date:
            if e.negated:
                dated = [c for c in events if c.type == e.type and c.person == e.person and c.date and not c.negated]
            else:  # the article's own dating, or the same source's; not a rival account's
                dated = [c for c in events if c.type in TERMINAL and c.person == e.person and c.date and not c.negated
                         and c.source in {"", e.source}]
            if dated:
                best = max(dated, key=lambda d: len(d.date))
                if all(_compatible(d.date, best.date) for d in dated):
                    e = replace(e, date=best.date, date_start=best.date_start, date_end=best.date_end,
                                date_text=best.date_text)
        out.append(e)
    return out


def _combine(happening: list[Event]) -> Event:
    """The most precise mention, completed by the others. A source is borrowed only from a
    mention that dates the happening as precisely ("X was arrested on May 5" in the article's
    own voice stays its own even if a lawyer later says X was arrested); the happening is
    hedged when any mention on the same word hedges it."""
    best = happening[0]
    source = best.source or next((m.source for m in happening if m.source and m.date == best.date), "")
    return with_changes(
        best,
        source=source,
        place=best.place or next((m.place for m in happening if m.place), ""),
        charge=best.charge or next((m.charge for m in happening if m.charge), ""),
        role=best.role or next((m.role for m in happening if m.role), ""),
        hedged=any(m.hedged for m in happening if m.source == source),
    )
