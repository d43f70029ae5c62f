"""Our pattern matching against spaCy's own matchers, on the same patterns.

The trigger matcher (pipeline/nlp/triggers.py) searches from each trigger word only; on
every text here it must find exactly the (trigger word, rule) pairs spaCy's
DependencyMatcher finds, and the texts must between them use each relation the patterns
use, so no relation is left unchecked. The cue tagger (pipeline/nlp/cues.py) runs its
token patterns only around their first words; it must find what one spaCy Matcher over
the whole text finds.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import DependencyMatcher, Matcher

from pipeline.lexicon import read_jsonl
from pipeline.nlp.cues import _chain, _chain_starts
from pipeline.nlp.triggers import EventTriggers, _possible

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# each names the relation its rule needs besides ">" (child) and ">>" (descendant)
SENTENCES = [
    "Gunmen shot dead the mayor of the town on Monday.",  # "." next word
    "The mayor was shot dead on Monday.",
    "The colonel was relieved of his appointment in March.",  # "<" head, "<<" ancestor
    "He was stripped of his promotion by the court.",
    "She won by a landslide in the elections of May.",
    "It was his first appearance since the purge in 2019.",  # ".*" any later word
    "Kim was seen in public for the first time since January.",
    "He made his first appearance in public since March at the parade.",
    "The defector said the minister was executed last year and his deputy jailed.",
    "Police arrested two activists; a third fled to Seoul, where she was granted asylum.",
    "The former envoy, who vanished in 2018, reappeared at a party meeting on Friday.",
    "Voters elected Anna Berg mayor, and the council appointed Tomas Varga its chief.",
    # cues: a word alone, two words, a dependency label, a cue word ending the text
    "The envoy was reportedly detained and is believed to have been tortured; he may have died.",
    "It is unclear whether he was never arrested, amid unconfirmed reports of a purge.",
    "She was not seen again and is feared dead, the alleged plot's leaders said, probably",
]


@pytest.fixture(scope="module")
def rules() -> list[dict]:
    return read_jsonl("patterns/triggers.jsonl")


@pytest.fixture(scope="module")
def spacy_matcher(nlp, rules) -> DependencyMatcher:
    matcher = DependencyMatcher(nlp.vocab)
    for rule in rules:
        matcher.add(rule["id"], [rule["pattern"]])
    return matcher


@pytest.fixture(scope="module")
def parsed(nlp) -> list:
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    with nlp.select_pipes(disable=["event_triggers", "cue_tagger"]):
        return list(nlp.pipe(texts))


def test_same_matches_as_spacy_dependency_matcher(nlp, rules, spacy_matcher, parsed):
    ours = nlp.get_pipe("event_triggers")
    relations: set[str] = set()
    by_id = {rule["id"]: rule for rule in rules}
    total = 0
    for doc in parsed:
        theirs = {(ids[0], nlp.vocab.strings[key]) for key, ids in spacy_matcher(doc)}
        found = {(i, rule["id"]) for i, rule in ours.matches(doc)}
        assert found == theirs, doc.text[:80]
        total += len(found)
        relations |= {node["REL_OP"] for _, rule_id in found for node in by_id[rule_id]["pattern"][1:]}
    assert total > 50
    used = {node["REL_OP"] for rule in rules for node in rule["pattern"][1:]}
    assert relations == used  # every relation the patterns use was matched somewhere


def test_a_pattern_with_an_unsupported_relation_or_attribute_fails_to_load(nlp):
    node = {"RIGHT_ID": "t", "RIGHT_ATTRS": {"LEMMA": "arrest"}}
    with pytest.raises(ValueError, match="relation"):
        EventTriggers(nlp, [{"id": "x", "type": "ARREST", "arg": "patient", "pattern": [
            node, {"LEFT_ID": "t", "REL_OP": "$+", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj"}}]}])
    with pytest.raises(ValueError, match="attribute"):
        EventTriggers(nlp, [{"id": "x", "type": "ARREST", "arg": "patient", "pattern": [
            node, {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"SHAPE": "Xxxx"}}]}])
    with pytest.raises(ValueError, match="test"):
        EventTriggers(nlp, [{"id": "x", "type": "ARREST", "arg": "patient", "pattern": [
            node, {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^may"}}}]}])
    # and the same rule with a supported relation loads and matches
    ok = EventTriggers(nlp, [{"id": "x", "type": "ARREST", "arg": "patient", "pattern": [
        node, {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj"}}]}])
    doc = nlp("Police arrested the mayor.")
    assert [(doc[i].text, rule["id"]) for i, rule in ok.matches(doc)] == [("arrested", "x")]


def test_a_rule_whose_trigger_names_no_word_is_tried_on_every_word(nlp):
    rule = {"id": "any.verb_with_object", "type": "ARREST", "arg": "patient", "pattern": [
        {"RIGHT_ID": "t", "RIGHT_ATTRS": {"POS": "VERB"}},
        {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj", "ENT_TYPE": {"NOT_IN": ["GPE"]}}}]}
    doc = nlp("Police detained the mayor and raided London on Friday.")
    found = [doc[i].text for i, _ in EventTriggers(nlp, [rule]).matches(doc)]
    assert found == ["detained"]  # "raided" has an object, but it is a place


def test_a_rule_needing_a_word_the_text_lacks_is_not_tried(nlp, rules, spacy_matcher):
    """The pre-check ``_possible`` (every word a rule's later nodes need is somewhere in the
    Doc) holds for every rule spaCy's matcher finds, and rules out the others' words."""
    ours = nlp.get_pipe("event_triggers")
    texts = ["Judges sentenced Ilse Moran to death in March.",
             "Judges sentenced Ilse Moran to ten years in March.",
             "Troops put the rebel Orin Dask to death.",
             "The minister was put in charge of the port."]
    with nlp.select_pipes(disable=["event_triggers", "cue_tagger"]):
        docs = list(nlp.pipe(texts))
    ruled_out = set()
    for doc in docs:
        values = doc.to_array([LEMMA, LOWER, ORTH])
        present = {attr: set(values[:, n].tolist()) for n, attr in enumerate((LEMMA, LOWER, ORTH))}
        theirs = {nlp.vocab.strings[key] for key, _ in spacy_matcher(doc)}
        assert all(_possible(ours.needs[rule_id], present) for rule_id in theirs), doc.text
        ruled_out |= {rule_id for rule_id in ours.needs if not _possible(ours.needs[rule_id], present)}
        assert {(i, r["id"]) for i, r in ours.matches(doc)} == {
            (ids[0], nlp.vocab.strings[key]) for key, ids in spacy_matcher(doc)}, doc.text
    assert "execute.put_to_death" in ruled_out  # no "death" in the last text


def test_cue_matches_are_those_of_one_spacy_matcher_over_the_whole_text(nlp, parsed):
    cues = nlp.get_pipe("cue_tagger")
    rules = read_jsonl("patterns/cues.jsonl")
    matcher = Matcher(nlp.vocab)
    for rule in rules:
        matcher.add(rule["id"], [rule["pattern"]])
    kinds = set()
    for doc in parsed:
        theirs = sorted(matcher(doc))
        assert sorted(cues.matches(doc)) == theirs, doc.text[:80]
        kinds |= {(nlp.vocab.strings[m], e - s) for m, s, e in theirs}
    assert {n for _, n in kinds} == {len(r["pattern"]) for r in rules}  # patterns of each length matched
    assert "negation.not" in cues.by_label and "negation.not" in {k for k, _ in kinds}  # and one with no word


def test_a_cue_pattern_is_looked_for_only_where_each_of_its_words_stands(nlp):
    """The pre-check ``_chain_starts``: a longer cue pattern can start only where each of its
    tokens naming words holds one at its offset; it keeps every start spaCy's Matcher finds
    and drops the "be" not followed by a reporting word."""
    cues = nlp.get_pipe("cue_tagger")
    rules = {r["id"]: r for r in read_jsonl("patterns/cues.jsonl")}
    chain = _chain(rules["hedge.believed_to_be"]["pattern"])
    matcher = Matcher(nlp.vocab)
    matcher.add("x", [rules["hedge.believed_to_be"]["pattern"]])
    texts = ["Orin Dask is believed to be in Velm. He was said to have fled.",
             "The envoy is in Velm and was seen there.", "Be", "was believed", ""]
    with nlp.select_pipes(disable=["event_triggers", "cue_tagger"]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        values = doc.to_array([LEMMA, LOWER])
        starts = _chain_starts(chain, {LEMMA: values[:, 0], LOWER: values[:, 1]})
        assert {s for _, s, _ in matcher(doc)} <= set(numpy.flatnonzero(starts).tolist()), doc.text
        assert not any(starts[t.i] for t in doc if t.lemma_ == "be" and (t.i + 1 == len(doc) or doc[t.i + 1].lemma_ in {"in", "see"}))
        assert sorted(cues.matches(doc)) == sorted(cues.anchored(doc) + cues.by_label(doc)), doc.text
    assert [docs[0][s:e].text for _, s, e in matcher(docs[0])] == ["is believed", "was said"]
