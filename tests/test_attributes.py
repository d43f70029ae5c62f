"""The indexed attribute ruler gives the tokens the model's stock ruler gives: same POS, tag,
morphology and lemma exceptions, with later rules winning as in spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.nlp.attributes import IndexedAttributeRuler

ROOT = Path(__file__).resolve().parent.parent
# the model's word exceptions: contractions, two-word forms, auxiliaries, "there is", pronouns
# as objects, determiners as pronouns, whitespace
SENTENCES = [
    "I ain't gonna sign it, y'all, and we gotta leave. Let's go. C'mon, there's nothin' left.",
    "There were riots after the minister was arrested, and he has not been seen since.",
    "She gave it to him, and they told me that you had done it. That was all; those are hers.",
    "The court  sentenced him   on Monday.\n\n\nHe did not appeal, though he could have.",
    "Does he know? He does. It gets worse: he got ten years, which he is appealing.",
]


def texts() -> list[str]:
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def parsed(nlp, items: list[str]) -> list[Doc]:
    """Tagged and parsed, before any attribute ruler ran."""
    with nlp.select_pipes(enable=["tok2vec", "tagger", "paragraph_breaks", "parser"]):
        return list(nlp.pipe(items))


def copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def attributes(doc: Doc) -> list[list[int]]:
    return doc.to_array([POS, TAG, MORPH, LEMMA, DEP]).tolist()


def stock_and_indexed(vocab, rules: list[dict]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    stock, indexed = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    stock.add_patterns(rules)
    indexed.add_patterns(rules)
    return stock, indexed


def test_the_pipeline_runs_the_indexed_ruler_with_the_models_rules(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    # most rules are looked up: the Matcher keeps only those of several tokens or a pattern
    assert 100 < len(ruler.patterns) and 0 < len(ruler.matcher) < 20
    stock, _ = stock_and_indexed(nlp.vocab, ruler.patterns)
    assert stock.patterns == ruler.patterns
    assert stock.to_bytes() == ruler.to_bytes()


def test_every_token_gets_what_the_stock_ruler_gives_it(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    stock, _ = stock_and_indexed(nlp.vocab, ruler.patterns)
    compared = 0
    for doc in parsed(nlp, texts()):
        before, theirs, ours = attributes(doc), copy(doc), copy(doc)
        stock(theirs)
        ruler(ours)
        assert attributes(ours) == attributes(theirs), doc.text[:60]
        assert attributes(theirs) != before  # the rules did change the tokens
        compared += len(doc)
    assert compared > 1000
    # the exceptions themselves, as the model has them
    (doc,) = parsed(nlp, SENTENCES[:1])
    ruler(doc)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["ai"], lemmas["gon"], lemmas["na"]) == ("be", "go", "to")


def test_a_later_rule_wins_and_a_rule_of_several_tokens_sets_the_token_it_names(nlp):
    rules = [
        {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": {"IN": ["varga", "solben"]}, "TAG": "NNP"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": "tomas"}, {"LOWER": "varga"}]], "attrs": {"LEMMA": "varga-t"}, "index": -1},
        {"patterns": [[{"TAG": {"NOT_IN": ["NNP", ""]}, "DEP": {"IN": ["nsubj", "nsubjpass"]}}]],
         "attrs": {"MORPH": "Case=Nom"}},
        {"patterns": [[{"LOWER": {"REGEX": "^sol"}}]], "attrs": {"LEMMA": "sol"}},
    ]
    stock, indexed = stock_and_indexed(nlp.vocab, rules)
    assert len(indexed.matcher) == 2  # the two-token rule and the regular expression
    (doc,) = parsed(nlp, ["Police arrested Tomas Varga and Marta Solben, and he said it was wrong."])
    theirs, ours = copy(doc), copy(doc)
    stock(theirs)
    indexed(ours)
    assert attributes(ours) == attributes(theirs)
    by_word = {t.text: t for t in ours}
    assert by_word["Varga"].pos_ == "X" and by_word["Tomas"].pos_ == "PROPN"  # the later rule won
    assert str(by_word["Varga"].morph) == "Number=Sing"  # what the later rule did not set stays
    assert by_word["Varga"].lemma_ == "varga-t" and by_word["Solben"].lemma_ == "sol"
    assert str(by_word["he"].morph) == "Case=Nom" and str(by_word["Police"].morph) == "Case=Nom"


def test_the_leading_tag_rules_are_applied_first_with_arrays_and_later_rules_still_win(nlp):
    """The first rules that set POS or morphology from the tag alone are applied together (the
    last of them winning per attribute); every rule after the first other one, a tag rule too,
    is applied after them, in order, as the stock ruler does."""
    rules = [
        {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"TAG": "VBD"}]], "attrs": {"MORPH": "Tense=Past"}},
        {"patterns": [[{"LOWER": "arrested", "TAG": "VBD"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "ADJ"}},
        {"patterns": [[{"TAG": "NNP"}]], "attrs": {"MORPH": "Number=Plur"}, "index": 0},
    ]
    stock, indexed = stock_and_indexed(nlp.vocab, rules)
    (doc,) = parsed(nlp, ["Police arrested Tomas Varga and questioned him."])
    theirs, ours = copy(doc), copy(doc)
    stock(theirs)
    indexed(ours)
    assert indexed._bulk()[0] == 3  # the word rule ends the leading ones
    assert attributes(ours) == attributes(theirs)
    by_word = {t.text: t for t in ours}
    assert (by_word["Varga"].pos_, str(by_word["Varga"].morph)) == ("X", "Number=Plur")
    assert (by_word["arrested"].pos_, str(by_word["arrested"].morph)) == ("ADJ", "Tense=Past")
    assert by_word["Police"].pos_ == doc[0].pos_  # no rule for its tag: as the tagger left it


def test_the_models_tag_map_is_applied_with_arrays(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    first, by_tag = ruler._bulk()
    assert first > 40 and len(by_tag) > 40  # the model's tag map: one rule per tag, first


@pytest.mark.parametrize("pattern, looked_up", [
    ([{"TAG": "NN"}], True),
    ([{"LOWER": {"IN": ["is", "was"]}, "TAG": "VBZ"}], True),
    ([{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}], True),  # a plain value and an exclusion
    ([{"DEP": {"NOT_IN": ["det"]}}], False),  # exclusions alone: every token is a candidate
    ([{"LOWER": {"REGEX": "^n't$"}}], False),
    ([{"LOWER": "gon"}, {"LOWER": "na"}], False),
    ([{"LOWER": "is", "OP": "?"}], False),
    ([{"ORTH": "Is"}], False),  # an attribute the tables do not hold
    ([{"LOWER": 5}], False),  # not a string: the Matcher says what it makes of it
])
def test_which_patterns_are_looked_up(nlp, pattern, looked_up):
    ruler = IndexedAttributeRuler(nlp.vocab)
    assert ruler._index(pattern, 0) is looked_up


@pytest.mark.parametrize("extra, windowed", [
    (None, True),  # the model's: fixed lengths, first tokens known by word, regex or relation
    ([{"LOWER": "is", "OP": "?"}, {"LOWER": "not"}], False),  # an operator: its length varies
    ([{"IS_SPACE": True}, {"LOWER": "the"}], False),  # a first token known by none of them
])
def test_the_rules_left_to_the_matcher_run_only_where_one_can_start(nlp, extra, windowed):
    """The Matcher's rules run on windows at the tokens where one can start when every one has
    a fixed length and a first token known by its word, relation or tag; otherwise on the
    whole document. Either way it finds what it finds on the whole document, and the tokens
    are the stock ruler's."""
    rules = nlp.get_pipe("attribute_ruler").patterns
    if extra:
        rules = rules + [{"patterns": [extra], "attrs": {"LEMMA": "x"}}]
    stock, indexed = stock_and_indexed(nlp.vocab, rules)
    found = 0
    for doc in parsed(nlp, texts() + ["It is not what there is. Is not the end near? We let nothin' stop us."]):
        whole = indexed.matcher(doc, allow_missing=True, as_spans=False)
        assert sorted(indexed._matched(doc)) == sorted(whole), doc.text[:60]
        found += len(whole)
        theirs, ours = copy(doc), copy(doc)
        stock(theirs)
        indexed(ours)
        assert attributes(ours) == attributes(theirs), doc.text[:60]
    assert found >= 9  # "ain't", "gonna", "y'all", "gotta", "Let's", "C'mon", "there's", "nothin'", ...
    assert (indexed._starts is not None) is windowed


def test_an_index_outside_the_match_is_an_error(nlp):
    _, indexed = stock_and_indexed(nlp.vocab, [{"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "X"}, "index": 1}])
    (doc,) = parsed(nlp, ["Tomas Varga was arrested."])
    with pytest.raises(ValueError, match="outside its match"):
        indexed(doc)


def test_a_config_can_keep_the_stock_ruler(tmp_path):
    import re

    from pipeline.nlp.build import DEFAULT_CONFIG, _build

    text = DEFAULT_CONFIG.read_text(encoding="utf-8").replace("index_attribute_ruler = true", "index_attribute_ruler = false")
    # the data files where they are (a config's paths are relative to its folder)
    text = re.sub(r'= "([\w/]+\.(?:txt|jsonl|json|tsv|csv))"', lambda m: f'= "{DEFAULT_CONFIG.parent / m.group(1)}"', text)
    config = tmp_path / "config.cfg"
    config.write_text(text, encoding="utf-8")
    stock = _build.__wrapped__(str(config), None)  # not the cached pipeline of the session
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert stock("Police arrested Tomas Varga.")[1].pos_ == "VERB"
