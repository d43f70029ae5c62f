"""The remembering lemmatizer gives the lemmas of the model's stock English rule lemmatizer."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import LEMMA
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

from pipeline.nlp import lemmas
from pipeline.nlp.lemmas import RememberingLemmatizer

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "The ministers were arrested, jailed and later freed; she has been appointed twice.",
    "He is appealing the sentences handed down by the courts, which were harsher than expected.",
    "They'd gone, and the generals' wives fled; the best of the older officers stayed.",
    "I ain't gonna sign it.  \n\nThe data were lost.",
]


def before_lemmas(nlp, texts: list[str]) -> list[Doc]:
    with nlp.select_pipes(enable=["tok2vec", "tagger", "paragraph_breaks", "parser", "attribute_ruler"]):
        return list(nlp.pipe(texts))


def stock_of(nlp) -> EnglishLemmatizer:
    """The stock component with the model's tables, its word index as plain lists."""
    from spacy.lookups import Lookups

    ours = nlp.get_pipe("lemmatizer")
    plain = Lookups()
    for name in ours.lookups.tables:
        table = ours.lookups.get_table(name)
        plain.add_table(name, {k: list(v) if name == "lemma_index" else v for k, v in table.items()})
    assert not any(isinstance(v, lemmas.WordIndex) for v in plain.get_table("lemma_index").values())
    stock = EnglishLemmatizer(nlp.vocab, None, "stock", mode="rule", overwrite=ours.overwrite)
    stock.initialize(lookups=plain)
    return stock


def copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def test_the_pipeline_lemmatizes_with_the_remembering_lemmatizer(nlp):
    assert type(nlp.get_pipe("lemmatizer")) is RememberingLemmatizer
    assert [t.lemma_ for t in nlp("Two ministers were arrested.")] == ["two", "minister", "be", "arrest", "."]


def test_every_lemma_is_the_stock_lemmatizers_twice_over(nlp):
    """Compared on a first pass (nothing remembered) and a second (everything remembered)."""
    ours = RememberingLemmatizer(nlp.vocab, None, "ours", mode="rule")
    ours.initialize(lookups=nlp.get_pipe("lemmatizer").lookups)
    stock = stock_of(nlp)
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    docs = before_lemmas(nlp, texts)
    for _ in range(2):
        for doc in docs:
            theirs, mine = copy(doc), copy(doc)
            stock(theirs)
            ours(mine)
            assert mine.to_array([LEMMA]).tolist() == theirs.to_array([LEMMA]).tolist(), doc.text[:60]
    assert len(ours.memo) > 500
    # a lemma the attribute ruler set is kept, as the stock component keeps it
    (doc,) = before_lemmas(nlp, SENTENCES[3:4])
    ours(doc)
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "go", "to"]


def test_the_memo_starts_again_when_full_and_the_lemmas_stay_right(nlp, monkeypatch):
    monkeypatch.setattr(lemmas, "MEMO_LIMIT", 5)
    ours = RememberingLemmatizer(nlp.vocab, None, "ours", mode="rule")
    ours.initialize(lookups=nlp.get_pipe("lemmatizer").lookups)
    (doc,) = before_lemmas(nlp, SENTENCES[:1])
    theirs = copy(doc)
    ours(doc)
    stock_of(nlp)(theirs)
    assert 0 < len(ours.memo) <= 5
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in theirs]


def test_a_token_without_a_pos_is_lemmatized_each_time_with_spacys_warning(nlp):
    ours = RememberingLemmatizer(nlp.vocab, None, "ours", mode="rule")
    ours.initialize(lookups=nlp.get_pipe("lemmatizer").lookups)
    bare = nlp.make_doc("Ministers resigned")
    with pytest.warns(UserWarning, match="W108"):
        ours(bare)
    assert [t.lemma_ for t in bare] == ["ministers", "resigned"] and not ours.memo


def test_an_empty_doc_is_left_as_it_is(nlp):
    assert len(nlp.get_pipe("lemmatizer")(nlp.make_doc(""))) == 0


def test_the_lemma_index_answers_from_a_set_and_stays_the_list_it_was(nlp):
    """The stock method asks ``form in index`` of each POS's word list; the lists are swapped
    for ``WordIndex`` (a list testing membership in a set) on first use. Same list, same
    answers; it pickles and serialises as a list."""
    import pickle

    from spacy.lookups import Lookups

    ours = nlp.get_pipe("lemmatizer")
    nlp("Two ministers were arrested.")  # through the pipeline, whose lemmatizer this is
    fast = ours.lookups.get_table("lemma_index")
    assert fast and all(isinstance(words, lemmas.WordIndex) for words in fast.values())
    words = ["minister", "arrest", "minister", "go"]
    index = lemmas.WordIndex(words)
    assert index == words and list(index) == words
    assert ("minister" in index, "ministers" in index, 5 in index) == (True, False, False)
    assert pickle.loads(pickle.dumps(index)) == words and "go" in pickle.loads(pickle.dumps(index))
    again = Lookups().from_bytes(ours.lookups.to_bytes()).get_table("lemma_index")
    assert {k: list(v) for k, v in again.items()} == {k: list(v) for k, v in fast.items()}
    with_sets = lemmas.with_word_sets(ours.lookups)
    assert with_sets.get_table("lemma_rules") is ours.lookups.get_table("lemma_rules")  # shared, not copied
