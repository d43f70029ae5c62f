"""Is a claim hedged, negated, or not a claim at all (hypothetical)?

Cues count only inside the event's own clause: the trigger and the heads it
hangs from up to (not beyond) the reporting verb that attributes it. "X said"
is attribution, not a hedge; but a belief verb ("the agency believes") both
attributes and hedges.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import read_list, word_class
from .syntax import Cues, caused

CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "acl", "csubj", "parataxis"}
CHAIN_DEPS = {"xcomp", "conj", "acl", "amod", "auxpass", "pcomp", "pobj", "prep", "dobj", "oprd"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
IRREALIS_MODALS = {"will", "would", "could", "should", "shall", "'ll", "must"}
# "more people may be arrested" is a possibility ahead; "X may be held in a camp" and "may have
# been arrested" hedge what is or was
POSSIBILITY_MODALS = {"may", "might"}
STATIVE = word_class("stative")
# "X will now be the Minister of Fisheries", "will henceforth serve as envoy": a change of office
# announced as done
DECIDED_ADVERBS = word_class("decided")
OFFICE_VERBS = word_class("office")
BELIEF_VERBS = word_class("belief")  # the belief verbs among the reporting verbs
RUMOUR_NOUNS = word_class("rumour")
SUBJECTS = {"nsubj", "nsubjpass"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def clause_chain(tok: Token, cues: Cues) -> tuple[list[Token], Token | None]:
    """The trigger and its heads within the claim, and the reporting verb that ends it."""
    chain = [tok]
    node = tok
    while node.head.i != node.i and (node.dep_ in CHAIN_DEPS or caused(node)):
        node = node.head
        if cues.is_reporting(node) or cues.is_denial(node):
            return chain, node
        chain.append(node)
    if node.dep_ == "ccomp" and (cues.is_reporting(node.head) or cues.is_denial(node.head)):
        return chain, node.head
    return chain, None


def is_hedged(tok: Token, cues: Cues, denied: bool = False) -> bool:
    """``denied``: the claim is called untrue ("rumours that X was executed proved false"), and
    what was uncertain about it is settled: its being a rumour no longer hedges it."""
    chain, reporter = clause_chain(tok, cues)
    for node in chain:
        for t in [node, *node.children]:
            if t.i != node.i and t.dep_ in CLAUSE_DEPS | {"conj"}:
                continue
            if cues.has(t, "hedge"):
                return True
    for node in chain:  # "according to unconfirmed reports": the source itself is unsure
        for c in node.children:
            if c.lower_ == "according" and any(cues.has(t, "hedge") for t in c.subtree):
                return True
    if not denied and any(_rumoured(node) for node in chain):
        return True
    if reporter is None:
        return False
    if reporter.lemma_ in BELIEF_VERBS:
        return True
    # "unconfirmed reports said", "rumours say": the source itself is unsure
    return any(cues.has(t, "hedge") for c in reporter.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree)


def _rumoured(clause: Token) -> bool:
    """The claim is what a rumour says: "rumours that X had been executed", "amid speculation
    that X had been purged", "there is speculation that ...", and with the rumour the subject
    of its own verb, "speculation grew that X had defected", "rumours persist that ..."."""
    if not any(c.lower_ == "that" and c.i < clause.i for c in clause.children):
        return False  # a content clause ("rumours of his arrest" is not one)
    if clause.dep_ in {"acl", "relcl"}:
        # (the parser may read "that" as a relative pronoun: the clause then still has its own subject)
        return clause.head.lemma_.lower() in RUMOUR_NOUNS or clause.head.lower_ in RUMOUR_NOUNS
    if clause.dep_ == "ccomp":
        return any(c.dep_ in SUBJECTS | {"attr"} and (c.lemma_.lower() in RUMOUR_NOUNS or c.lower_ in RUMOUR_NOUNS)
                   for c in clause.head.children)
    return False


def is_negated(tok: Token, inherent: bool = False) -> bool:
    """'was not executed', 'never arrested'; a trigger whose wording is itself negative
    ("has not been seen since") is not a denial."""
    if inherent:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.head.head.children):
        return True  # "no record of his arrest", "no evidence of her execution"
    node = tok
    while True:  # the trigger and the verbs it is the complement of ("did not seem to be arrested")
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in node.children):
            return True
        if any(c.dep_ in {"nsubj", "agent"} and _nobody(c) for c in node.children):
            return True  # "no state service has arrested X", "nobody killed X"
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head


NOBODY = {"nobody", "no-one", "none"}


def _nobody(subj: Token) -> bool:
    """'nobody', 'no one', 'none of them', 'no state service' (also as the agent: 'by nobody')."""
    if subj.dep_ == "agent":
        subj = next((g for g in subj.children if g.dep_ == "pobj"), subj)
    if subj.lower_ in NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def is_hypothetical(tok: Token, cues: Cues) -> bool:
    """Conditionals, futures and "would"/"could" without "have", plans, purposes and attempts:
    not something that happened."""
    chain, reporter = clause_chain(tok, cues)
    if is_planned(chain):
        return True
    last = chain[-1]
    if reporter is not None and reporter.dep_ == "parataxis" and last.dep_ == "xcomp" and last.head.i == reporter.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in last.children) and _is_frame(reporter.head, "to") \
            and not _perfect(last):
        return True  # "The ministry intends, officials said, to dismiss X": the infinitive hung on the report
    for node in chain:
        if node.dep_ in {"advcl", "ccomp"} and (_inverted_conditional(node) or _inverted_conditional(node.head)):
            # "Had X been arrested, ...": the event is the condition; "..., the party would have
            # protested had X been arrested": the parser may make "had" a clause of its own
            return True
        for c in node.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children):
                return True
            if c.dep_ == "advcl" and _inverted_conditional(c):
                return True
            if c.dep_ == "aux" and c.lower_ in IRREALIS_MODALS and not _perfect(node) and not _decided(node, c):
                return True
            if c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS and node.lemma_ not in STATIVE and not _perfect(node):
                return True
    top = chain[-1]
    # "Had the talks failed, X would have been arrested, her lawyer said": the parser may hang the
    # condition on the reporting verb, beside the clause it governs
    return top.dep_ == "ccomp" and any(c.dep_ in {"ccomp", "advcl"} and c.i < top.i and _inverted_conditional(c)
                                       for c in top.head.children)


def _perfect(verb: Token) -> bool:
    """'would have been arrested', 'to have been executed': told as having happened (or not)."""
    return any(a.dep_ == "aux" and a.lower_ == "have" for a in verb.children)


INVERTED_KEY = "pipeline.extract.stance.inverted"


def _inverted_conditional(clause: Token) -> bool:
    """'Had he stayed, ...' / 'Were it known, ...': a conditional without "if". Each clause is
    read once per Doc (kept with it): events of one sentence ask of the same heads, and the
    subtree walk of a sentence's root is long."""
    known: dict[int, bool] = clause.doc.user_data.setdefault(INVERTED_KEY, {})
    found = known.get(clause.i)
    if found is None:
        found = known[clause.i] = _read_inverted_conditional(clause)
    return found


def _read_inverted_conditional(clause: Token) -> bool:
    first = min(clause.subtree, key=lambda t: t.i)
    # the subject after the verb, on the clause or on the word it hangs its verb on ("Were the
    # border closed": "closed" taken for a complement of "Were", its subject with it)
    return first.lower_ in {"had", "were", "should"} and first.dep_ in {"aux", "auxpass", "ROOT", "advcl", "ccomp", "dep"} \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in clause.subtree
                if c.head == clause or c.head.head == clause)


@lru_cache(maxsize=1)
def irrealis_frames() -> frozenset[tuple[str, str, str]]:
    """(frame lemma, link, lemma the frame word hangs from or "") from the lexicon file."""
    out = set()
    for line in read_list("lexicon/irrealis_frames.txt"):
        parts = line.lower().split()
        out.add((parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return frozenset(out)


def _is_frame(word: Token, link: str) -> bool:
    frames = irrealis_frames()
    head = word.head.lemma_.lower()
    return any((form, link, "") in frames or (form, link, head) in frames for form in _forms(word))


def _forms(word: Token) -> set[str]:
    """The lemma, the word as written, and an inflected verb's stems, where the lemmatizer
    misses ("slated": "slat"; "hopes", "hoping": "hop")."""
    lower = word.lower_
    forms = {word.lemma_.lower(), lower}
    if word.tag_ in {"VBG", "VBZ", "VBD", "VBN"}:
        for suffix in ("ing", "es", "s", "ed", "d"):
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                forms |= {lower[:-len(suffix)], lower[:-len(suffix)] + "e"}
    return forms


def _own_clause(verb: Token) -> bool:
    """'tried to flee and was arrested': a conjunct with its own subject or tense is told as such."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS)
               for c in verb.children)


def is_planned(chain: list[Token]) -> bool:
    """The event is what a plan, purpose or attempt is about ("tried to flee", "willing to
    replace X", "an uprising aimed at ousting X", "a bid to topple X", "urge them to make sure
    X was not murdered"): the frame words are in ``models/lexicon/irrealis_frames.txt``."""
    if _after_frame_word(chain[0]):
        return True
    for node in chain:
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in {"xcomp", "acl", "relcl", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                and _is_frame(head, "to") and not _perfect(node):
            return True  # (a perfect infinitive tells what is held to have happened: "likely to have been executed")
        if node.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep" and _is_frame(head.head, head.lower_):
            return True
        if node.dep_ == "conj" and _own_clause(node):
            return False
    last = chain[-1]
    if last.dep_ == "ccomp" and _is_frame(last.head, "that"):
        verb = last.head if last.head.pos_ in {"VERB", "AUX"} else last.head.head
        return verb.tag_ == "VB"  # "make sure X is freed", not "made sure X was arrested"
    return False


def _after_frame_word(tok: Token) -> bool:
    """'the April plot to oust X' however the parser hung the infinitive: the words right
    before it are a frame word and "to"."""
    doc = tok.doc
    to = tok.i - 1
    if to >= 0 and doc[to].lower_ == "be" and doc[to].dep_ == "auxpass":
        to -= 1  # "due to be sworn in"
    if to < 1 or doc[to].lower_ != "to" or doc[to].tag_ != "TO":
        return False
    frames = irrealis_frames()
    before = doc[to - 2].lemma_.lower() if to >= 2 else None
    return any((form, "to", "") in frames or (form, "to", before) in frames for form in _forms(doc[to - 1]))


def _decided(verb: Token, modal: Token) -> bool:
    """'X will now be the Minister of Fisheries': an office taken, announced as settled."""
    return modal.lower_ in {"will", "'ll"} and verb.lemma_ in OFFICE_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in DECIDED_ADVERBS for c in verb.children)
