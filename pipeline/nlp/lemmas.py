"""The base model's English rule lemmatizer, remembering each (word, POS, morphology) lemma.

A word's rule lemma depends only on its form, POS and morphology, but the stock component
works it out token by token through ``Token`` objects, and for the commonest case (a base
form: a singular noun, an infinitive) it caches nothing and works it out again every time.
Here each distinct (word, POS, morphology) is lemmatised once by the stock method and the
answer reused; the lemmas are written in one array. A new word is lemmatised by the stock
method, which asks ``form in index`` of a word list of its POS (57,000 nouns) for every
suffix rule that fits; here those lists answer it from a set. Same lemmas as the stock
component (``tests/test_lemmas.py``).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

# remembered lemmas before the memo starts again (a run over millions of words stays bounded)
MEMO_LIMIT = 200_000


class WordIndex(list):
    """A lemma index's word list that tests membership in a set: the same list, the same
    answers, in constant time. It pickles and serialises as the list it is."""

    def __init__(self, words=()) -> None:
        super().__init__(words)
        self.words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.words


def with_word_sets(lookups: Lookups) -> Lookups:
    """The same tables, the lemma index's lists as ``WordIndex`` (other tables shared)."""
    fast = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            fast.add_table(name, {key: WordIndex(words) for key, words in table.items()})
        else:
            fast.set_table(name, table)
    return fast


@Language.factory("remembering_lemmatizer", default_config={"overwrite": False})
def make_remembering_lemmatizer(nlp: Language, name: str, overwrite: bool) -> "RememberingLemmatizer":
    return RememberingLemmatizer(nlp.vocab, None, name, mode="rule", overwrite=overwrite)


class RememberingLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` in rule mode, each distinct word form lemmatised once."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # (ORTH, POS, MORPH) -> lemma; strings, not hashes: a memory zone may drop a hash's string
        self.memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if self.lookups.has_table("lemma_index") and not all(
                isinstance(words, WordIndex) for words in self.lookups.get_table("lemma_index").values()):
            self.lookups = with_word_sets(self.lookups)
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        add, memo = self.vocab.strings.add, self.memo
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = self.lemmatize(doc[i])[0]
                if pos:  # no POS: the stock method warns each time, and so it shall
                    if len(memo) >= MEMO_LIMIT:
                        memo.clear()
                    memo[key] = found
            array[i, 3] = add(found)
        doc.from_array([LEMMA], array[:, 3])
        return doc


def remember_lemmas(nlp: Language, name: str = "lemmatizer") -> None:
    """Replace the model's English rule lemmatizer by the remembering one, with its tables."""
    if name not in nlp.pipe_names:
        return
    stock = nlp.get_pipe(name)
    if type(stock) is not EnglishLemmatizer or stock.mode != "rule":
        return
    ours = nlp.replace_pipe(name, "remembering_lemmatizer", config={"overwrite": stock.overwrite})
    ours.initialize(lookups=stock.lookups)
