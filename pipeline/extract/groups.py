"""People an event happened to who are named only after it, as members of a group.

Real reports often tell the event of a group and name its members in the next sentence:
"Two men were hanged at dawn. The men were identified as A and B", "Police detained four
activists. Those held included A and B", "A and B were among those arrested". The group is
the event's argument: a plural or counted noun, or "those"; its members are the names an
identifying sentence gives for the same group. The same group may be called otherwise
later ("four aides ... the detainees", "three men ... the victims", "the sacked ministers",
"those affected"), its list may run over semicolons, ages and parentheses ("A, 24; B, 39",
"A (Energy); B (Trade)") or "along with", and it may be named in its own sentence ("four
activists, including A and B") or just before ("A and B led the march. They were arrested").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import read_groups, word_class
from ..nlp.triggers import TRIGGER_KEY
from .coref import Mentions
from .syntax import SUBJECTS, sentence_after, sentence_at, subject, with_conjuncts

GROUP_PRONOUNS = {"they", "those", "both", "all", "others", "them"}
PAIR_PRONOUNS = {"they", "both"}
IDENTIFYING_VERBS = word_class("identifying")
# "those affected", "the ministers concerned", "X and Y were also affected"
DESIGNATING = word_class("designating")
INCLUDING = {"including", "notably", "namely"}
ADDING = {("along", "with"), ("together", "with")}
LOOKAHEAD_SENTENCES = 2
# a noun that names the event's own participants ("the victims", "the detainees") or a
# subject marked by the event's participle ("the arrested members") is looked for further
DESIGNATED_LOOKAHEAD_SENTENCES = 4


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, set[str]]:
    return read_groups("lexicon/group_nouns.txt")


def group_argument(tok: Token, arg: str) -> Token | None:
    """The plural noun (or "those") standing where the rule looks for the person."""
    cands: list[Token] = []
    if arg in {"patient", "patient_passive", "recipient", "clause"}:
        cands = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj", "dative"}]
    elif arg in {"agent", "agent_or_patient"}:
        cands = [c for c in tok.children if c.dep_ in SUBJECTS]
    elif arg in {"nominal", "nominal_poss"}:
        cands = [c for c in tok.children if c.dep_ == "poss"]
        cands += [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in {"acl", "amod", "relcl"}:  # "those arrested", "the two hanged men"
        if _identified_here(tok.head):
            return tok.head  # "the other guard killed in the raid was X"
        cands.append(tok.head)
    cands = [t for c in cands for t in with_conjuncts(c)]  # "a Briton and three Americans died"
    return next((c for c in cands if is_group(c)), None)


def _identified_here(noun: Token) -> bool:
    """A noun the event's participle describes, named by its own clause: "the other member
    killed was X", "the man arrested was identified as X"."""
    return noun.pos_ == "NOUN" and noun.dep_ in SUBJECTS and noun.head.lemma_ in IDENTIFYING_VERBS \
        and noun.head.pos_ in {"VERB", "AUX"}


def is_group(tok: Token) -> bool:
    if tok.lower_ in GROUP_PRONOUNS:
        return True
    return tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or any(c.dep_ == "nummod" for c in tok.children))


def named_members(group: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    """The names given for the group: "A and B were among those arrested" or "four activists,
    including A and B" in its own sentence, "the arrested members included A" with the group
    as subject, else the next sentences' "the men were identified as A and B", "those held
    included A", "the sacked ministers are A; B", "A and B were among them", "A and B were
    also affected", else for "they" the two people named together just before."""
    found = _among(group, mentions) or _including(group, mentions) or _apposed_to_owner(group, mentions)
    if found:
        return found
    if group.dep_ in SUBJECTS and group.head.lemma_ in IDENTIFYING_VERBS and group.head.pos_ in {"VERB", "AUX"}:
        found = _people(_named_by(group.head), mentions)  # "the arrested members included A"
        if found:
            return found
    types = _event_types(group)
    doc = group.doc
    sent = sentence_at(doc, group.i)
    for n in range(DESIGNATED_LOOKAHEAD_SENTENCES):
        sent = sentence_after(doc, sent)
        if sent is None:
            break
        for verb in (t for t in sent if t.pos_ in {"VERB", "AUX"}):
            found = _members_told(verb, group, types, mentions, designated_only=n >= LOOKAHEAD_SENTENCES)
            if found:
                return found
    if group.lower_ in PAIR_PRONOUNS:  # "A and B led the march. They were arrested"
        return _people(mentions.last_pair(group), mentions)
    return []


def _members_told(verb: Token, group: Token, types: set[str], mentions: Mentions,
                  designated_only: bool = False) -> list[tuple[Token, str]]:
    subj = subject(verb)
    if subj is None:
        return []
    if designated_only:  # further on, only "the victims were ...", "the arrested members included ..."
        if verb.lemma_ in IDENTIFYING_VERBS and _designated(subj, types):
            return _people(_named_by(verb), mentions)
        return []
    if verb.lemma_ in IDENTIFYING_VERBS and _same_group(subj, group, types):
        return _people(_named_by(verb), mentions)
    if any(p.lower_ == "among" and any(_same_group(g, group, types) for g in p.children if g.dep_ == "pobj")
           for p in verb.children if p.dep_ == "prep"):
        return _people([subj], mentions)  # "A and B were among them"
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "A and B were not affected"
    if verb.lemma_.lower() in DESIGNATING and any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ in {"acomp", "attr"} and c.lower_ in DESIGNATING for c in verb.children):
        return _people([subj], mentions)  # "A and B were also affected"
    return []


def _event_types(group: Token) -> set[str]:
    """The types of the events the group is the argument of ("sacked six ministers": PURGE)."""
    heads = {group.head.i, group.i}
    if group.head.lower_ == "of":
        heads.add(group.head.head.i)  # "the sack of two ministers"
    return {s.label_ for s in group.doc.spans.get(TRIGGER_KEY, [])
            if s.root.i in heads or (s.root.head.i == group.i and s.root.dep_ in {"amod", "acl", "relcl"})}


def _apposed_to_owner(group: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    """'the deaths of two activists, A and B, shocked ...': the parser hangs the names on the noun
    the group's "of" phrase belongs to."""
    if group.dep_ != "pobj" or group.head.lower_ != "of" or group.head.head.pos_ != "NOUN":
        return []
    return _people([c for c in group.head.head.children if c.dep_ == "appos" and c.i > group.i], mentions)


def _among(group: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "among":
        return []
    subj = subject(prep.head)
    return _people([subj] if subj is not None else [], mentions)


def _including(group: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    """"four activists, including A and B", "officials including the minister, A", "detained
    four activists as well as A", "detained 12 people, among them A": names the group's own
    sentence gives it."""
    owners = [group] + ([group.head] if group.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"} else [])
    named: list[Token] = []
    for owner in owners:
        for c in owner.children:
            if c.lower_ in INCLUDING or (c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"):
                for g in (g for g in c.children if g.dep_ == "pobj"):
                    named.append(g)
                    after = g.right_edge.i + 1
                    if after + 1 < len(g.doc) and g.doc[after].text == "," and after + 1 in mentions.person_at:
                        named.append(mentions.person_at[after + 1].root)  # "the minister, A," misparsed
            if c.dep_ in {"npadvmod", "conj", "appos"} and \
                    c.doc[max(c.left_edge.i - 3, 0): c.left_edge.i].text.lower() == "as well as":
                named.append(c)
            elif any(p.lower_ == "among" and any(g.dep_ == "pobj" and g.lower_ == "them" for g in p.children)
                     for p in c.children if p.i < c.i):
                named.append(c)  # "detained 12 people, among them A": "among them" hung on the name
            elif c.lower_ == "as" and c.doc[max(c.i - 2, 0): c.i].text.lower() == "as well":
                named += [g for g in c.children if g.dep_ in {"pobj", "conj"}]
    return _people(named, mentions)


def _same_group(subj: Token, group: Token, types: set[str] = frozenset()) -> bool:
    """'The men' of 'two men'; 'they', 'those'; 'the victims' of a death, 'the detainees' of an
    arrest; 'the arrested members' of an arrest; 'those affected', 'the ministers concerned'."""
    if subj.lower_ in GROUP_PRONOUNS:
        return True
    if subj.pos_ != "NOUN":
        return False
    if subj.lemma_.lower() == group.lemma_.lower():
        return True
    marks = [c for c in subj.children if c.dep_ in {"amod", "acl", "relcl"}]
    if any(c.lemma_.lower() in DESIGNATING or c.lower_ in DESIGNATING for c in marks):
        return True
    return _designated(subj, types)


def _designated(subj: Token, types: set[str]) -> bool:
    """'the victims' of a death, 'the detainees' of an arrest, 'the arrested members' of an arrest."""
    if subj.pos_ != "NOUN":
        return False
    if any(subj.lemma_.lower() in group_nouns().get(t, ()) for t in types):
        return True
    marks = {c.i for c in subj.children if c.dep_ in {"amod", "acl", "relcl"}}
    return any(s.root.i in marks and s.label_ in types for s in subj.doc.spans.get(TRIGGER_KEY, []))


def _named_by(verb: Token) -> list[Token]:
    """Where the names stand: "identified as A", "included A", "are A", and what the list adds
    on: "A along with B", "A (Energy); B (Trade)" (the parser hangs B on the verb)."""
    out = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    out += [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd", "dep"}]
    for owner in [verb, *out]:
        for c in owner.children:
            if c.dep_ == "prep" and (c.lower_, next((w.lower_ for w in c.children if w.dep_ == "prep"), "")) in ADDING:
                out += [g for w in c.children if w.dep_ == "prep" for g in w.children if g.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in {"along", "together"}:
                out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _people(tokens: list[Token], mentions: Mentions) -> list[tuple[Token, str]]:
    """The people these tokens name, with their conjuncts and appositions, and the rest of a
    list separated by semicolons ("A, 24; B, 39; and C, 48")."""
    people: list[tuple[Token, str]] = []
    for tok in tokens:
        for t in with_conjuncts(tok):
            for cand in [t, *(c for c in t.children if c.dep_ == "appos")]:
                name = mentions.person(cand, loose=False)
                if name and name not in {n for _, n in people}:
                    people.append((cand, name))
    if people:
        for cand in _list_continued(max(t.i for t, _ in people), mentions):
            name = mentions.person(cand, loose=False)
            if name and name not in {n for _, n in people}:
                people.append((cand, name))
    return people


LIST_GLUE = {",", ";", "and", "&"}


def _list_continued(last: int, mentions: Mentions) -> list[Token]:
    """After a listed name, the names the list goes on with: right after a comma or "and"
    (", B and C", however the parser hung them), or opening each following ';'-separated
    part of the sentence ("A, 24; B, 39; and Prof. C (Energy)"), as long as each does."""
    ent = mentions.person_at.get(last)
    if ent is None:
        return []
    doc = ent.doc
    sent = sentence_at(doc, last)
    out: list[Token] = []
    i = ent.end - 1
    while i + 1 < sent.end:
        nxt = next((j for j in range(i + 1, min(i + 4, sent.end)) if doc[j].text.strip() and doc[j].text not in LIST_GLUE
                    and doc[j].lower_ not in LIST_GLUE), None)
        glue = doc[i + 1: nxt] if nxt is not None else []
        if nxt is not None and nxt in mentions.person_at and len(glue) > 0:  # (nxt is the first word past the glue)
            start = nxt
        else:
            semi = next((t.i for t in doc[i + 1: sent.end] if t.text == ";"), None)
            if semi is None:
                break
            start = next((j for j in range(semi + 1, min(semi + 5, sent.end)) if j in mentions.person_at), None)
            if start is None or any(not (t.is_punct or t.is_space or t.lower_ == "and" or t.is_title
                                         or t.text.endswith(".")) for t in doc[semi + 1: start]):
                break
        ent = mentions.person_at[start]
        out.append(ent.root)
        i = ent.end - 1
    return out
