"""Words that stick to the edge of a name without being part of it.

The model folds the words next to a name into its PERSON span: a nationality
("Kurdish Iranian X"), a title, even misspelt ("Presient X") or in another language
("Comisionado General X"), a date ("in November Seoul says") or the rest of a Title
Case headline ("X Suffered Heart Attack"). These word classes come from data files
(``titles.txt``, ``demonyms.txt``, ``name_edges.txt``) and from how the article
itself writes a word: a word it writes in lower case in running text is a common
word there, not a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import IS_STOP, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Token

from ..lexicon import read_groups, read_list

FUZZY_MIN = 8
MEMO_WORDS = 50_000  # distinct words a word-class memo holds before it starts afresh
HYPHENS = {"-", "–", "‐"}  # titles this long are recognised with one letter wrong ("Presient")


def read_titles(path: str) -> tuple[set[str], set[str]]:
    """(any-case titles, lower-case; case-sensitive titles, as written): an entry with a
    capital ("Me", "SP") is a title only when written so."""
    loose: set[str] = set()
    exact: set[str] = set()
    if not path:
        return loose, exact
    for line in read_list(path):
        for w in line.split():
            (exact if any(c.isupper() for c in w) else loose).add(w if any(c.isupper() for c in w) else w.lower())
    return loose, exact


def deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=4)
def general_words() -> frozenset[str]:
    """The general English word lists (verbs in every form, headline nouns) and stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {w.lower() for path in ("lexicon/common_words.txt", "lexicon/common_nouns.txt") for w in read_list(path)}
    return frozenset(words | set(STOP_WORDS))


@lru_cache(maxsize=1)
def common_verbs() -> frozenset[str]:
    """Every form of the general list's verbs ("collapses", "suffered")."""
    return frozenset(w.lower() for w in read_list("lexicon/common_words.txt"))


def inflected_verb(word: str) -> bool:
    """A verb form with an ending ("Collapses", "Quits", "Suffered"), as a Title Case
    headline writes it after its subject."""
    low = word.lower()
    return low in common_verbs() and low.endswith(("s", "ed", "ing")) and len(low) > 3


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """The general list's headline nouns and adjectives ("day", "top", "attack")."""
    return frozenset(w.lower() for w in read_list("lexicon/common_nouns.txt"))


STEM_SUFFIXES = ("ies", "ied", "ing", "es", "ed", "s", "e", "d")


def stem(word: str) -> str:
    """Enough of an English stem to match "suffering" with "suffered"."""
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# the four tests of a word's shape that ArticleCase reads, as bits of one small number
ALPHA_FIRST, LOWER_CASE, CAPITAL_FIRST, HYPHEN = 1, 2, 4, 8


def shape_bits(text: str) -> int:
    """A word's shape: first character a letter, all lower case, first character a capital,
    a hyphen."""
    first = text[:1]
    return (ALPHA_FIRST * first.isalpha() | LOWER_CASE * text.islower() | CAPITAL_FIRST * first.isupper()
            | HYPHEN * (text in HYPHENS))


class WordShapes:
    """Each word's text and shape by its id (``Token.orth``), remembered across articles: a
    word's id is a hash of its text, so both depend on the id alone, and reading a word's
    text from the string store costs twenty dictionary look-ups. Bounded: past
    ``MEMO_WORDS`` distinct words it starts afresh."""

    def __init__(self) -> None:
        self.text: dict[int, str] = {}
        self.bits: dict[int, int] = {}

    def of(self, doc: Doc, keys: list[int]) -> list[int]:
        """The shape bits of each of the tokens whose ids are ``keys``; afterwards ``text``
        holds the text of every one of them."""
        if len(self.bits) >= MEMO_WORDS:
            self.text.clear()
            self.bits.clear()
        bits = self.bits
        codes = list(map(bits.get, keys))
        if None in codes:  # words not seen before
            strings = doc.vocab.strings
            for n, k in enumerate(keys):
                if codes[n] is None:
                    text = self.text[k] = strings[k]
                    codes[n] = bits[k] = shape_bits(text)
        return codes


_shapes = WordShapes()


@dataclass
class ArticleCase:
    """How one article writes its words: in lower case, or capitalised inside running text."""

    lower: set[str] = field(default_factory=set)
    prose_capital: set[str] = field(default_factory=set)
    title_case: set[int] = field(default_factory=set)  # starts of sentences in Title Case

    @classmethod
    def of(cls, doc: Doc) -> "ArticleCase":
        """Read from the Doc's arrays: what a word's case is depends on its text alone, so it
        is looked at once per distinct word (``WordShapes``), not once per token."""
        if not len(doc):
            return cls()
        arr = doc.to_array([ORTH, IS_STOP, SPACY, SENT_START])
        keys = arr[:, 0]
        code = numpy.array(_shapes.of(doc, keys.tolist()), dtype=numpy.uint8)
        alpha, lower_case = (code & ALPHA_FIRST) > 0, (code & LOWER_CASE) > 0
        capital_first, hyphen = (code & CAPITAL_FIRST) > 0, (code & HYPHEN) > 0
        stop, spaced = arr[:, 1].astype(bool), arr[:, 2].astype(bool)
        # where doc.sents starts its sentences: the first token and each one marked as a start
        opens = arr[:, 3].astype(numpy.int64) == 1
        opens[0] = True
        starts = numpy.flatnonzero(opens)
        sent_of = numpy.cumsum(opens) - 1
        # a sentence in Title Case ("X Collapses in Bedroom After Suffering Heart Attack")
        # says nothing about which of its words are names
        words = alpha & ~stop
        title = (numpy.bincount(sent_of, weights=words & capital_first, minlength=len(starts))
                 > numpy.bincount(sent_of, weights=words & lower_case, minlength=len(starts)))
        in_title = title[sent_of]
        # "bok" of "Ung-bok" is a syllable of a name, not a word the article writes
        syllable = numpy.zeros(len(doc), dtype=bool)
        syllable[2:] = hyphen[1:-1] & ~spaced[1:-1] & capital_first[:-2]
        prose_capital = alpha & ~lower_case & capital_first & ~in_title
        text = _shapes.text

        def words_at(mask: numpy.ndarray) -> set[str]:
            """The distinct words of the masked tokens."""
            return set(map(text.__getitem__, set(keys[mask].tolist())))

        lower = words_at(alpha & lower_case & ~syllable)
        capital = {w.lower() for w in words_at(prose_capital & ~opens)}
        opening = {w.lower() for w in words_at(prose_capital & opens & ~stop)}
        # "Banks said ...": a capital opening a sentence is a name's when the article never
        # writes the word in lower case
        capital |= opening - lower
        return cls(lower, capital, set(starts[title].tolist()))

    def writes_lower(self, word: str) -> bool:
        """The article writes this word in lower case and never as a name in its prose."""
        key = word.lower()
        if key in self.prose_capital:
            return False
        return key in self.lower or self.writes_stem(stem(key))

    def writes_stem(self, base: str) -> bool:
        """Whether some word the article writes in lower case has this stem. Asked for a few
        words of an article only, so it looks up the words that can have it rather than
        stemming every word of the article: ``stem`` cuts at most one suffix, so a word with
        stem ``base`` is ``base`` itself or ``base`` plus one of the suffixes."""
        return any(w in self.lower and stem(w) == base for w in (base, *(base + s for s in STEM_SUFFIXES)))


class NameWords:
    """The word classes of a name's edge, from the data files."""

    def __init__(self, titles: str = "", demonyms: str = "", edges: str = "") -> None:
        self.titles, self.exact_titles = read_titles(titles)
        self.demonyms: dict[str, list[tuple[str, ...]]] = {}  # by first word
        self.demonym_words: set[str] = set()  # one-word entries
        for entry in (read_list(demonyms) if demonyms else []):
            words = tuple(w.lower() for w in entry.split())
            self.demonyms.setdefault(words[0], []).append(words)
            if len(words) == 1:
                self.demonym_words.add(words[0])
        groups = read_groups(edges) if edges else {}
        self.months = groups.get("month", set())
        self.weekdays = groups.get("weekday", set())
        self.before_date = groups.get("before_date", set())
        self.tails = groups.get("tail", set())
        self.place_of = groups.get("place_of", set())
        self.portfolios = groups.get("portfolio", set())
        self.place_heads = groups.get("place_head", set())
        self.title_modifiers = groups.get("title_modifier", set())
        # is_title and is_misspelt_title depend on a word's text alone and are asked of the same
        # words many times per article: remembered per word, in bounded memos
        self._title_memo: dict[int, bool] = {}
        self._misspelt = lru_cache(maxsize=4096)(self._misspelt_text)
        self._fuzzy: dict[str, str] = {}
        for t in self.titles:
            if len(t) >= FUZZY_MIN and t.isalpha():
                self._fuzzy[t] = t
                for d in deletions(t):
                    self._fuzzy.setdefault(d, t)

    def is_title(self, token: Token) -> bool:
        """A title as the data file lists it ("minister", "Dr.", "SP" as written)."""
        orth = token.orth  # the word's id in its vocabulary: its text and lower case go with it
        known = self._title_memo.get(orth)
        if known is None:
            if len(self._title_memo) >= MEMO_WORDS:
                self._title_memo.clear()
            low = token.lower_
            known = self._title_memo[orth] = (low in self.titles or low.rstrip(".") in self.titles
                                              or token.text in self.exact_titles)
        return known

    def is_misspelt_title(self, token: Token) -> bool:
        """One letter off a long title, same first letter, capitalised ("Presient", "Minster")."""
        return self._misspelt(token.text)

    def _misspelt_text(self, text: str) -> bool:
        if len(text) < FUZZY_MIN - 1 or not text[:1].isupper() or not text.isalpha():
            return False
        low = text.lower()
        if low in self.titles:
            return True
        hits = {self._fuzzy[w] for w in deletions(low) | {low} if w in self._fuzzy}
        return any(h[0] == low[0] for h in hits)

    def demonym_at(self, doc: Doc, i: int, end: int) -> int:
        """End of a nationality phrase starting at token i ("Kurdish", "North Korean",
        "British-born", "Kurdish-Iranian"), or i."""
        best = i
        for words in self.demonyms.get(doc[i].lower_, []):
            j = i + len(words)
            if j <= end and all(doc[i + k].lower_ == w for k, w in enumerate(words)) and doc[i].text[:1].isupper():
                best = max(best, j)
        if best > i and best + 1 < end and doc[best].text in {"-", "–"} and not doc[best - 1].whitespace_:
            nxt = doc[best + 1]
            if nxt.lower_ in self.tails or (nxt.text.islower() and nxt.text.endswith("ed")):
                return best + 2  # "British-born"
            more = self.demonym_at(doc, best + 1, end)
            if more > best + 1:
                return more  # "Kurdish-Iranian"
        return best

    def is_month(self, token: Token) -> bool:
        return token.lower_.rstrip(".") in self.months or token.lower_ in self.weekdays

    def is_date_word(self, doc: Doc, i: int) -> bool:
        """A month or weekday used as a date: a weekday anywhere, a month after a word of time
        ("in November") or before a number ("May 5")."""
        tok = doc[i]
        if not tok.text[:1].isupper():
            return False
        if tok.lower_ in self.weekdays:
            return True
        if tok.lower_.rstrip(".") not in self.months:
            return False
        before = doc[i - 1].lower_ if i > 0 else ""
        after = doc[i + 1] if i + 1 < len(doc) else None
        return before in self.before_date or (after is not None and after.like_num)

    def is_tail(self, token: Token) -> bool:
        """The lower-case half of "Olancho-based", "Kremlin-backed"."""
        low = token.text
        return low.islower() and (low in self.tails or (low.endswith("ed") and len(low) > 3))

    def is_noise(self, token: Token, case: ArticleCase | None) -> bool:
        """A word that is no part of a name: a title, nationality, date word, a general
        English word, or one the article writes in lower case."""
        low = token.lower_
        if self.is_title(token) or low in self.demonym_words or self.is_month(token) or low in self.portfolios:
            return True
        if low in general_words():
            return case is None or low not in case.prose_capital
        return case is not None and case.writes_lower(token.text)
