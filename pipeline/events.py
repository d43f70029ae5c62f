"""From an annotated Doc to event records.

Each trigger (``doc.spans["triggers"]``) is read against the dependency parse:
whom it happened to (patient, agent, possessor, meeting participants), when (a
resolved DATE in the trigger's own clause), where, on what charge, on whose word
(the subject of the reporting verb that governs the clause, or "according to
X"), and whether the clause is hedged or negated. Mentions of the same
happening in one article are merged into one record.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace

from spacy.tokens import Doc, Span, Token

from .dates import ResolvedDate
from .nlp.cues import CUE_KEY
from .nlp.triggers import TRIGGER_KEY

EVENT_TYPES = ("DEFECT", "DISAPPEAR", "REAPPEAR", "ARREST", "IMPRISON", "EXECUTE",
               "KILL", "DIE", "PURGE", "APPOINT", "ELECT", "MEET")
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
RELATIVES = {"who", "whom", "whose", "that"}
SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "acl", "csubj", "parataxis"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
CHARGE_HEADS = {"charge", "charges", "suspicion", "accusation", "accusations", "allegation", "allegations"}
REPORT_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations", "account", "rumour",
                "rumours", "rumor", "rumors", "story", "assertion", "version"}


@dataclass(frozen=True)
class Event:
    event_id: str
    doc: str
    type: str
    person: str
    role: str
    date: str
    date_start: str
    date_end: str
    date_text: str
    place: str
    source: str
    hedged: bool
    negated: bool
    charge: str
    sentence: str
    char_start: int
    char_end: int
    rule_id: str

    def as_row(self) -> dict:
        return asdict(self)


# -- mentions -------------------------------------------------------------------

class Mentions:
    """Who a token refers to: person entities, appositions, pronouns, role nouns."""

    def __init__(self, doc: Doc, source_nouns: list[set[str]] | None = None) -> None:
        self.doc = doc
        self.person_at: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                for i in range(ent.start, ent.end):
                    self.person_at[i] = ent
        self.speakers: set[int] = set()  # starts of person mentions that report something
        for ent in set(self.person_at.values()):
            head = ent.root.head
            if ent.root.dep_ == "nsubj" and is_reporting(head):
                self.speakers.add(ent.start)
            if ent.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
                self.speakers.add(ent.start)
        self.mentions = sorted(set(self.person_at.values()), key=lambda e: e.start)
        self.roles: dict[str, list[str]] = doc._.roles or {}
        self.mention_roles: dict[int, str] = doc._.mention_roles or {}
        self.sources = Sources(doc, source_nouns or [], self)

    def person(self, tok: Token, depth: int = 0) -> str | None:
        """Canonical name of the person a token stands for, if any."""
        if depth > 3:
            return None
        ent = self.person_at.get(tok.i)
        if ent is not None:
            return ent.kb_id_ or ent.text
        for child in tok.children:  # "the minister, X," / "minister X"
            if child.dep_ in {"appos", "compound"} and child.i in self.person_at:
                ent = self.person_at[child.i]
                return ent.kb_id_ or ent.text
        low = tok.lower_
        if low in RELATIVES and tok.tag_ in {"WP", "WP$", "WDT"}:
            head = tok
            while head.dep_ not in {"relcl", "acl"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in {"relcl", "acl"}:
                return self.person(head.head, depth + 1)
            return None
        if low in PRONOUNS and tok.pos_ == "PRON":
            return self.antecedent(tok)
        if tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            return self.by_role(tok)
        return None

    def antecedent(self, tok: Token) -> str | None:
        """Most recent earlier mention; a pronoun that reports something prefers the last speaker."""
        wants_speaker = tok.dep_ == "nsubj" and is_reporting(tok.head)
        fallback = None
        for ent in reversed(self.mentions):
            if ent.start >= tok.i:
                continue
            if ent.root.head.i == tok.head.i and ent.root.dep_ in SUBJECTS and tok.dep_ in SUBJECTS:
                continue  # "X and he" share a verb: not an antecedent
            is_speaker = ent.start in self.speakers
            if is_speaker == wants_speaker:
                return ent.kb_id_ or ent.text
            if fallback is None:
                fallback = ent.kb_id_ or ent.text
        return fallback

    def by_role(self, noun: Token) -> str | None:
        """'the defector' / 'the former minister': the last person given that role."""
        for ent in reversed(self.mentions):
            if ent.start >= noun.i:
                continue
            name = ent.kb_id_ or ent.text
            if any(noun.lemma_ in role.lower().split() for role in self.roles.get(name, [])):
                return name
        return None

    def role_of(self, tok: Token, name: str) -> str:
        ent = self.person_at.get(tok.i)
        if ent is not None and ent.start in self.mention_roles:
            return self.mention_roles[ent.start]
        roles = self.roles.get(name) or []
        return roles[0] if roles else ""


def is_reporting(tok: Token) -> bool:
    return any(span.label_ == "report" for span in _cues_at(tok)) and not any(
        c.dep_ == "auxpass" for c in tok.children)


def _cues_at(tok: Token) -> list[Span]:
    cache = tok.doc.user_data.setdefault("_cue_index", {})
    if not cache and tok.doc.spans.get(CUE_KEY):
        for span in tok.doc.spans[CUE_KEY]:
            for i in range(span.start, span.end):
                cache.setdefault(i, []).append(span)
        cache.setdefault(-1, [])
    return cache.get(tok.i, [])


# -- arguments ------------------------------------------------------------------

def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_with_conjuncts(c))
    return out


def _subject(verb: Token, deps: set[str]) -> Token | None:
    """The verb's subject, inherited from the first conjunct or the governing verb when elided."""
    node = verb
    for _ in range(4):
        for c in node.children:
            if c.dep_ in deps:
                return c
        if node.dep_ in {"conj", "xcomp"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _modified_noun(tok: Token) -> Token | None:
    """'X, reportedly executed in 2019' / 'the executed minister': the noun a participle describes."""
    if tok.dep_ in {"acl", "amod", "relcl"} and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return tok.head
    return None


def find_people(trigger: Span, mentions: Mentions) -> list[tuple[Token, str]]:
    tok = trigger.root
    arg = trigger.id_
    cands: list[Token] = []
    if arg in {"patient", "patient_passive", "agent", "agent_or_patient", "clause"}:
        passive = _subject(tok, {"nsubjpass"})
        if arg == "clause":
            verb = tok
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subj = _subject(verb, SUBJECTS)
            cands = [subj] if subj is not None else []
        elif passive is not None:
            cands = [passive]
        elif arg == "patient":
            cands = [c for c in tok.children if c.dep_ in {"dobj"}]
        elif arg in {"agent", "agent_or_patient"}:
            subj = _subject(tok, {"nsubj"})
            cands = [subj] if subj is not None else []
        if not cands and (noun := _modified_noun(tok)) is not None:
            cands = [noun]
    elif arg in {"nominal", "nominal_poss"}:
        cands = [c for c in tok.children if c.dep_ == "poss"]
        if not cands and arg == "nominal":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    cands.extend(g for g in c.children if g.dep_ == "pobj")
                    after = c.i + 1  # "the execution of X" however the parser attached X
                    if after < len(tok.doc) and after in mentions.person_at:
                        cands.append(tok.doc[after])
                elif c.dep_ == "compound" and c.i in mentions.person_at:
                    cands.append(c)
    elif arg == "meet":
        subj = _subject(tok, {"nsubj"})
        if subj is not None:
            cands.append(subj)
        for c in tok.subtree:
            if c.dep_ == "dobj" and c.head == tok:
                cands.append(c)
            if c.dep_ == "pobj" and c.head.lower_ == "with" and c.head.head.i in {tok.i} | {x.i for x in tok.children}:
                cands.append(c)
    people: list[tuple[Token, str]] = []
    for cand in cands:
        for t in _with_conjuncts(cand):
            name = mentions.person(t)
            if name and name not in {n for _, n in people}:
                people.append((t, name))
    if arg == "meet" and len(people) < 2:
        return []
    return people


def _clause_tokens(tok: Token, skip: set[int]) -> list[Token]:
    """Tokens of the trigger's own clause: its subtree without nested clauses or arguments."""
    out: list[Token] = []
    stack = [c for c in tok.children if c.i not in skip]
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS or t.dep_ in {"nsubj", "nsubjpass", "dobj", "appos", "poss", "conj", "cc"}:
            if t.head == tok and t.dep_ not in {"relcl", "ccomp", "csubj", "parataxis", "conj", "cc", "nsubj", "nsubjpass", "dobj", "appos", "poss"}:
                pass  # advcl/acl of the trigger itself: keep looking inside
            else:
                continue
        out.append(t)
        stack.extend(t.children)
    return out


def find_date(tok: Token, arg_tokens: set[int]) -> Span | None:
    """The resolved DATE nearest the trigger within its own clause."""
    doc = tok.doc
    clause = {t.i for t in _clause_tokens(tok, arg_tokens)}
    if tok.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        # "his execution in February" / "witnessed the execution": the governing clause too
        gov = tok.head if tok.dep_ != "pobj" else tok.head.head
        clause |= {t.i for t in _clause_tokens(gov, arg_tokens | {tok.i})}
    best: tuple[int, Span] | None = None
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent._.date is None:
            continue
        if not any(i in clause for i in range(ent.start, ent.end)):
            continue
        dist = min(abs(ent.start - tok.i), abs(ent.end - 1 - tok.i))
        if best is None or dist < best[0]:
            best = (dist, ent)
    return best[1] if best else None


def find_place(tok: Token, arg_tokens: set[int]) -> str:
    clause = _clause_tokens(tok, arg_tokens)
    for t in sorted(clause, key=lambda x: abs(x.i - tok.i)):
        if t.ent_type_ in PLACE_LABELS and t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "to", "from", "near", "outside", "on"}:
            ent = next(e for e in tok.doc.ents if e.start <= t.i < e.end)
            return ent.text
    return ""


def find_charge(tok: Token, arg_tokens: set[int]) -> str:
    for t in _clause_tokens(tok, arg_tokens):
        if t.dep_ == "pobj" and t.lower_ in CHARGE_HEADS and t.head.lower_ in {"on", "over", "under"}:
            of = [g for c in t.children if c.dep_ in {"prep", "acl"} for g in c.subtree]
            if of:
                body = [g for g in of if g.lower_ not in {"of", "that"} or g.i != of[0].i]
                return _text(body)
        if t.dep_ == "prep" and t.lower_ == "for" and t.head == tok:
            obj = [c for c in t.children if c.dep_ in {"pobj", "pcomp"}]
            if obj and not any(x.ent_type_ in {"DATE", "CARDINAL"} for x in obj[0].subtree):
                return _text(list(obj[0].subtree))
    return ""


def _text(tokens: list[Token]) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,.;:\"“”'")


# -- attribution, hedges, negation -------------------------------------------------

def _ancestors(tok: Token) -> list[Token]:
    """The trigger and its heads up to the sentence root."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def noun_phrase(tok: Token, mentions: Mentions) -> str:
    """How the article names a source: a person's canonical name, a named organisation
    (without "the", with a possessive place and a bracketed acronym), a definite
    description resolved to the source it refers back to, or the phrase as written."""
    name = mentions.person(tok)
    if name:
        return name
    if tok.lower_ in {"it", "they", "we", "i", "you", "this", "which", "that", "who"}:
        return mentions.sources.recent(tok) if tok.lower_ in {"it", "they"} else ""
    doc = tok.doc
    ent = _org_entity(tok)
    if ent is not None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        poss = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.i < start]
        if poss:
            start = min(t.i for t in poss[0].subtree)
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3
        return doc[start:end].text
    keep = [t for t in tok.subtree
            if not any(a.dep_ in {"relcl", "appos", "acl", "prep"} and a.head.i == tok.i and a.i > tok.i and t in a.subtree
                       for a in tok.children)
            or any(a.dep_ == "prep" and a.lower_ not in {"with", "in", "at", "from"} and t in a.subtree for a in tok.children)]
    if doc[tok.i].pos_ == "NOUN" and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        antecedent = mentions.sources.definite(tok)
        if antecedent:
            return antecedent
    return _text(keep)


def _org_entity(tok: Token) -> Span | None:
    """The named organisation a source phrase is about: the head's own entity, or one in apposition."""
    doc = tok.doc
    for t in [tok, *(c for c in tok.children if c.dep_ in {"appos", "compound"})]:
        ent = next((e for e in doc.ents if e.start <= t.i < e.end and e.label_ in {"ORG", "NORP"}), None)
        if ent is not None:
            return ent
    return None


class Sources:
    """Sources named so far, to resolve "the agency" or "the paper" back to them."""

    def __init__(self, doc: Doc, nouns: list[set[str]], mentions: "Mentions") -> None:
        self.nouns = nouns
        self.named: list[tuple[int, str, set[str]]] = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                self.named.append((ent.start, ent.text, {t.lower_ for t in ent}))
        for tok in doc:
            if tok.dep_ == "nsubj" and is_reporting(tok.head) and tok.pos_ in {"NOUN", "PROPN"} \
                    and tok.i not in mentions.person_at and not any(c.lower_ == "the" for c in tok.children):
                text = _text([t for t in tok.subtree if t.dep_ not in {"relcl", "acl"}])
                self.named.append((tok.i, text, {t.lower_ for t in tok.subtree}))
        self.named.sort()

    def definite(self, noun: Token) -> str:
        kinds = [group for group in self.nouns if noun.lower_ in group] or [{noun.lower_}]
        words = set().union(*kinds)
        for start, text, toks in reversed(self.named):
            if start < noun.i and toks & words:
                return _strip_the(text)
        return ""

    def recent(self, tok: Token) -> str:
        for start, text, _ in reversed(self.named):
            if start < tok.i:
                return _strip_the(text)
        return ""


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") and text[4:5].isupper() else text


def _reporter(verb: Token, mentions: Mentions) -> str | None:
    """The source of a reporting verb: its subject, or the object of "quoted X as saying"."""
    subj = _subject(verb, {"nsubj"})
    if subj is not None:
        return noun_phrase(subj, mentions)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoter = verb.head.head
        obj = next((c for c in quoter.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return noun_phrase(obj, mentions)
    return None


def find_source(tok: Token, mentions: Mentions) -> tuple[str, bool, Token | None]:
    """(source, is_denial, deny_verb) for the claim whose trigger is ``tok``.

    The nearest governing reporting verb wins over an "according to" further out:
    in "X told Y that Z was arrested, according to W", X is the source."""
    chain = _ancestors(tok)
    for n, node in enumerate(chain):
        if n > 0 and chain[n - 1].dep_ not in SUBJECTS:
            cues = {s.label_ for s in _cues_at(node)}
            if "deny" in cues and node.pos_ == "VERB":
                subj = _subject(node, {"nsubj"})
                return (noun_phrase(subj, mentions) if subj is not None else ""), True, node
            if "report" in cues and is_reporting(node):
                who = _reporter(node, mentions)
                if who is not None:
                    return who, False, None
        for c in node.children:
            if c.lower_ == "according" and c.dep_ in {"prep", "advcl", "advmod"}:
                to = next((g for g in c.children if g.lower_ == "to"), None)
                obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    return noun_phrase(obj, mentions), False, None
    # "..., the agency said." parsed as a parataxis of the event clause
    for c in tok.sent:
        if c.dep_ in {"parataxis", "advcl"} and c.head in chain and is_reporting(c):
            who = _reporter(c, mentions)
            if who is not None:
                return who, False, None
    return "", False, None


def reported_claim_source(tok: Token, deny_verb: Token, mentions: Mentions) -> str:
    """'dismissed a newspaper's report that X was executed': the newspaper is the claim's source."""
    for node in _ancestors(tok)[1:]:
        if node.i == deny_verb.i:
            break
        if node.lower_ in REPORT_NOUNS:
            owner = [c for c in node.children if c.dep_ == "poss"]
            if owner:
                return noun_phrase(owner[0], mentions)
            by = [g for c in node.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            if by:
                return noun_phrase(by[0], mentions)
    return ""


def _clause_chain(tok: Token) -> list[Token]:
    """The trigger and the heads it hangs from within its own claim (up to a reporting verb)."""
    chain = [tok]
    node = tok
    while node.head.i != node.i and node.dep_ in {"xcomp", "conj", "acl", "amod", "auxpass", "pcomp", "pobj", "prep", "dobj", "oprd"}:
        node = node.head
        if is_reporting(node) or any(s.label_ == "deny" for s in _cues_at(node)):
            break
        chain.append(node)
    return chain


def is_hedged(tok: Token) -> bool:
    for node in _clause_chain(tok):
        for t in [node, *node.children]:
            if t.i != node.i and t.dep_ in CLAUSE_DEPS | {"conj"}:
                continue
            if any(s.label_ == "hedge" for s in _cues_at(t)):
                return True
    return False


def is_negated(tok: Token, inherent: bool) -> bool:
    if inherent:
        return False
    for node in _clause_chain(tok)[:2]:
        for c in node.children:
            if c.dep_ == "neg" or c.lower_ == "never":
                return True
    return False


CONDITIONAL_MARKS = {"if", "unless", "whether"}
IRREALIS_MODALS = {"will", "would", "could", "should", "shall", "'ll", "must"}


def is_hypothetical(tok: Token) -> bool:
    """Conditionals, futures and "would"/"could" without "have": not something that happened."""
    for node in _clause_chain(tok):
        for c in node.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children):
                return True
            if c.dep_ == "aux" and c.lower_ in IRREALIS_MODALS and not any(
                    a.dep_ == "aux" and a.lower_ == "have" for a in node.children):
                return True
    return False


# -- extraction -------------------------------------------------------------------

def event_id(content_hash: str, *parts: object) -> str:
    key = "|".join([content_hash, *(str(p) for p in parts)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Lexicon:
    """What the extractor needs from the pipeline's data files."""

    rules: dict[str, dict]
    source_nouns: list[set[str]]

    @classmethod
    def from_nlp(cls, nlp) -> "Lexicon":
        return cls(rules=nlp.get_pipe("event_triggers").rules,
                   source_nouns=nlp.get_pipe("cue_tagger").source_nouns)


def extract_events(doc: Doc, doc_id: str, content_hash: str = "", lexicon: Lexicon | None = None) -> list[Event]:
    """Every event the article reports, one record per distinct happening."""
    rules = lexicon.rules if lexicon else {}
    mentions = Mentions(doc, lexicon.source_nouns if lexicon else None)
    raw: list[Event] = []
    for trigger in doc.spans.get(TRIGGER_KEY, []):
        tok = trigger.root
        rule = rules.get(trigger.kb_id_, {})
        if is_hypothetical(tok):
            continue
        people = find_people(trigger, mentions)
        if not people:
            continue
        arg_tokens = {t.i for p, _ in people for t in p.subtree}
        date_span = find_date(tok, arg_tokens)
        date: ResolvedDate | None = date_span._.date if date_span is not None else None
        source, denial, deny_verb = find_source(tok, mentions)
        negated = denial or is_negated(tok, bool(rule.get("inherent_negation")))
        hedged = is_hedged(tok)
        sent = tok.sent
        base = dict(
            doc=doc_id, type=trigger.label_,
            date=date.iso if date else "", date_start=date.start.isoformat() if date else "",
            date_end=date.end.isoformat() if date else "", date_text=date_span.text if date_span is not None else "",
            place=find_place(tok, arg_tokens), hedged=hedged,
            charge=find_charge(tok, arg_tokens), sentence=sent.text.strip(),
            char_start=sent.start_char, char_end=sent.end_char, rule_id=trigger.kb_id_,
        )
        for ptok, name in people:
            if source and source == name and trigger.label_ != "MEET" and not denial:
                pass  # a person reporting on themselves is still a claim with a source
            role = mentions.role_of(ptok, name)
            raw.append(Event(event_id="", person=name, role=role, source=source, negated=negated, **base))
            if denial and deny_verb is not None:
                claimant = reported_claim_source(tok, deny_verb, mentions)
                if claimant:
                    raw.append(Event(event_id="", person=name, role=role, source=claimant, negated=False, **base))
    return [replace(e, event_id=event_id(content_hash or doc_id, e.type, e.person, e.date, e.negated, e.source))
            for e in merge_mentions(raw)]


def _compatible(a: str, b: str) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def merge_mentions(events: list[Event]) -> list[Event]:
    """One record per happening: same type, person and polarity with compatible dates and sources."""
    merged: list[Event] = []
    for ev in events:
        for k, old in enumerate(merged):
            if (old.type, old.person, old.negated) != (ev.type, ev.person, ev.negated):
                continue
            if not _compatible(old.date, ev.date):
                continue
            if old.source and ev.source and old.source != ev.source:
                continue
            better = ev if len(ev.date) > len(old.date) else old
            other = old if better is ev else ev
            merged[k] = replace(
                better,
                source=better.source or other.source,
                place=better.place or other.place,
                charge=better.charge or other.charge,
                role=better.role or other.role,
            )
            break
        else:
            merged.append(ev)
    return merged
