"""People an event happened to who are named only after it, as members of a group.

Real reports often tell the event of a group and name its members in the next sentence:
"Two men were hanged at dawn. The men were identified as A and B", "Police detained four
activists. Those held included A and B", "A and B were among those arrested". The group is
the event's argument: a plural or counted noun, or "those"; its members are the names an
identifying sentence gives for the same group.
"""

from __future__ import annotations

from spacy.tokens import Token

from .coref import Mentions
from .syntax import SUBJECTS, subject, with_conjuncts

GROUP_PRONOUNS = {"they", "those", "both", "all", "others"}
IDENTIFYING_VERBS = {"identify", "name", "include", "be"}
LOOKAHEAD_SENTENCES = 2


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
        cands.append(tok.head)
    return next((c for c in cands if is_group(c)), None)


def is_group(tok: Token) -> bool:
    if tok.lower_ in GROUP_PRONOUNS:
        return True
    return tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or any(c.dep_ == "nummod" for c in tok.children))


def named_members(group: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    """The names given for the group: "A and B were among those arrested" in its own sentence,
    else the next sentences' "the men were identified as A and B", "those held included A",
    "the sacked ministers are A and B"."""
    among = _among(group, mentions)
    if among:
        return among
    doc = group.doc
    sent = group.sent
    for _ in range(LOOKAHEAD_SENTENCES):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        for verb in (t for t in sent if t.lemma_ in IDENTIFYING_VERBS and t.pos_ in {"VERB", "AUX"}):
            subj = subject(verb)
            if subj is None or not _same_group(subj, group):
                continue
            found = _people(_named_by(verb), mentions)
            if found:
                return found
    return []


def _among(group: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "among":
        return []
    subj = subject(prep.head)
    return _people([subj] if subj is not None else [], mentions)


def _same_group(subj: Token, group: Token) -> bool:
    if subj.lower_ in GROUP_PRONOUNS:
        return True
    return subj.pos_ == "NOUN" and subj.lemma_.lower() == group.lemma_.lower()


def _named_by(verb: Token) -> list[Token]:
    """Where the names stand: "identified as A", "included A", "are A"."""
    out = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    out += [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    return out


def _people(tokens: list[Token], mentions: Mentions) -> list[tuple[Token, str]]:
    people: list[tuple[Token, str]] = []
    for tok in tokens:
        for t in with_conjuncts(tok):
            for cand in [t, *(c for c in t.children if c.dep_ == "appos")]:
                name = mentions.person(cand, loose=False)
                if name and name not in {n for _, n in people}:
                    people.append((cand, name))
    return people
