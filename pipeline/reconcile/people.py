"""One person across articles and spellings.

String similarity cannot tell "Ri Ung-bok"/"Lee Ung-bok" (one man) from "Kim Chol
Su"/"Kim Chol Nam" (two), so names are folded into a romanisation-aware key
(``models/reconcile/romanisation.tsv``): family-name variants share a key
(Ri/Lee/Yi, Pak/Park, Sin/Shin), and given names lose the differences between
romanisation systems (eo/o, u/o, g/k, d/t, b/p, ch/j; hyphens and spaces).
Names in surname-first order (a listed family name first) need the whole key
to agree. Other names need the same family name and given-name initial
("Sergei Orlovsky"/"Siarhei Arlouski"), or one name's words inside the
other's ("Ivan Petrov"/"Ivan Sergeyevich Petrov"); two different people an
article names side by side are never merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from ..lexicon import MODELS_DIR, read_groups, read_list

ROMANISATION = MODELS_DIR / "reconcile" / "romanisation.tsv"
PARTICLES = MODELS_DIR / "lexicon" / "name_particles.txt"
COMMON_FILES = ("lexicon/common_words.txt", "lexicon/common_nouns.txt", "lexicon/titles.txt", "lexicon/demonyms.txt")
_HYPHEN = re.compile(r"[-‐‑–]")
# letters NFKD does not take apart
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                          "þ": "th", "Ł": "L", "Ø": "O", "Đ": "D", "Æ": "AE", "Œ": "OE"})


@dataclass(frozen=True)
class Romaniser:
    surnames: dict[str, str]
    subs: tuple[tuple[str, str], ...]
    particles: dict[str, set[str]] = field(default_factory=dict)
    translit: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, path: Path = ROMANISATION) -> "Romaniser":
        surnames: dict[str, str] = {}
        subs: list[tuple[str, str]] = []
        translit: list[tuple[str, str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind, src, dst = line.split("\t")[:3]
            if kind == "surname":
                surnames[src] = dst
            elif kind == "sub":
                subs.append((src, dst))
            elif kind == "translit":
                translit.append((src, dst))
        return cls(surnames, tuple(subs), read_groups(PARTICLES), tuple(translit))

    def transliterate(self, word: str) -> str:
        """One spelling for the romanisations of a Cyrillic or Turkic name."""
        for src, dst in self.translit:
            if src.startswith("^"):
                word = dst + word[len(src) - 1:] if word.startswith(src[1:]) else word
            else:
                word = word.replace(src, dst)
        return word

    def fold(self, text: str) -> str:
        out = text
        for src, dst in self.subs:
            out = out.replace(src, dst)
        return out


@dataclass(frozen=True)
class NameKey:
    surname: str
    given: str  # folded given names, joined
    initial: str  # first letter of the first given name as written
    words: frozenset[str]  # folded words, for "one name inside the other"
    surname_first: bool


def without_particles(name: str, particles: dict[str, set[str]]) -> str:
    """'Karim al-Rawandi' -> 'Karim Rawandi', 'Ursula von der Leyen' -> 'Ursula Leyen':
    the parts spelt differently from one outlet to the next ("el-", "Al-", none)."""
    article, free = particles.get("article", set()), particles.get("free", set())
    out = []
    for word in name.split():
        parts = _HYPHEN.split(word, 1)
        if len(parts) == 2 and parts[0].lower() in article and parts[1]:
            word = parts[1]
        elif word in free:  # lower-case only: "Ben Smith" keeps his name
            continue
        out.append(word)
    return " ".join(out) or name


@lru_cache(maxsize=1 << 16)  # asked of every name over and over while people are grouped
def plain(text: str) -> str:
    """Lower-case ASCII letters and spaces: accents off, hyphens joined ("Ung-bok" -> "ungbok")."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-‐‑']", "", text)
    return re.sub(r"[^a-z ]+", " ", text).strip()


def name_key(name: str, rom: Romaniser) -> NameKey | None:
    words = plain(without_particles(name, rom.particles)).split()
    if not words:
        return None
    if len(words) == 1:
        w = rom.surnames.get(words[0], rom.fold(words[0]))
        return NameKey(w, "", "", frozenset([w]), False)
    if words[0] in rom.surnames:
        surname, given = rom.surnames[words[0]], words[1:]
        first = True
    else:
        # a hyphenated surname is two names: "Orellana-Navas" is "Orellana Navas"
        words = plain(_HYPHEN.sub(" ", without_particles(name, rom.particles))).split()
        words = [rom.transliterate(w) for w in words]
        surname, given = rom.fold(words[-1]), words[:-1]
        first = False
    folded = [rom.fold(g) for g in given]
    return NameKey(surname, rom.fold("".join(given)), given[0][:1], frozenset(folded) | {surname}, first)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """General English words, titles and nationality words: what no name adds to itself."""
    words: set[str] = set()
    for path in COMMON_FILES:
        for line in read_list(path):
            words.update(w.lower() for w in line.split() if w.isalpha())
    return frozenset(words)


def pads(name: str, members: set[str], common: frozenset[str]) -> bool:
    """``name`` is another member of two words or more plus common words only."""
    words = plain(name).split()
    for other in members:
        shorter = plain(other).split()
        if other == name or len(shorter) < 2 or len(shorter) >= len(words) or not set(shorter) < set(words):
            continue
        if all(w in common for w in words if w not in shorter):
            return True
    return False


def accents(name: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))


def same_person(a: NameKey, b: NameKey) -> bool:
    if not a.given or not b.given:
        return False
    if a.surname_first or b.surname_first:
        return a.surname == b.surname and a.given == b.given
    if a.initial != b.initial:
        return False
    if a.surname == b.surname:
        return True
    small, big = (a, b) if len(a.words) <= len(b.words) else (b, a)
    return len(small.words) >= 2 and small.words <= big.words


def _spellings(names: list[str]) -> Callable[[str], str]:
    """An analyst's name as the spelling the articles use: exact, else the one equal to it
    but for case, hyphens and spaces (a name no article uses stays as given: it matches none)."""
    known = set(names)
    folded: dict[str, str] = {}
    for n in names:
        folded.setdefault(_fold(n), n)
    return lambda name: name if name in known else folded.get(_fold(name), name)


def _fold(name: str) -> str:
    return " ".join(_HYPHEN.sub(" ", name.lower()).split())


def resolve_people(mentions: Counter, together: dict[str, set[str]], rom: Romaniser | None = None,
                   same: Iterable[tuple[str, str]] = (), apart: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Map every spelling to one canonical name.

    ``mentions`` counts (spelling) occurrences across articles; ``together`` gives,
    per article, the canonical names it keeps apart (its own distinct people); ``same``
    and ``apart`` are pairs of spellings an analyst merged or kept apart: they win."""
    rom = rom or Romaniser.load()
    names = sorted(mentions, key=lambda n: (-mentions[n], -len(n), n))
    keys = {n: name_key(n, rom) for n in names}
    spelling = _spellings(names)
    merged = [(spelling(a), spelling(b)) for a, b in same]
    kept_apart: set[frozenset[str]] = {frozenset((spelling(a), spelling(b))) for a, b in apart}
    for people in together.values():
        people = sorted(people)
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                ka, kb = keys.get(a), keys.get(b)
                if ka and kb and ka.given != kb.given:
                    kept_apart.add(frozenset((a, b)))
    parent = {n: n for n in names}
    group_of = {n: [n] for n in names}  # a root's names: the loop below merges whole groups

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    groups: dict[str, set[str]] = defaultdict(set)
    # two spellings of one person share a word of their keys (a surname, or every word of
    # the shorter): each name is compared with the earlier names that share one, in order,
    # not with every earlier name (thousands of people in a large corpus)
    sharing: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(names):
        ka = keys[a]
        if ka is None:
            continue
        earlier = sorted({j for w in ka.words for j in sharing.get(w, ())})
        for w in ka.words:
            sharing[w].append(i)
        for b in (names[j] for j in earlier):
            kb = keys[b]
            if kb is None or not same_person(ka, kb):
                continue
            ra, rb = root(a), root(b)
            if ra == rb:
                continue
            members = group_of[ra] + group_of[rb]  # (not every name scanned for its root: thousands)
            if any(frozenset((x, y)) in kept_apart for x in members for y in members if x < y):
                continue
            parent[ra] = rb
            group_of[rb] = members
            del group_of[ra]
    for a, b in merged:  # the analyst's merges, whatever the rules said
        if a in parent and b in parent and root(a) != root(b):
            parent[root(b)] = root(a)
    for n in names:
        groups[root(n)].add(n)
    canonical: dict[str, str] = {}
    common = common_words()
    for members in groups.values():
        # the most frequent well-formed full form: never one that adds common words to a
        # shorter name of the group ("X Suffered Heart Attack" for "X"); a spelling that
        # keeps its accents before one that lost them; ties go the same way on every run
        padded = {m for m in members if pads(m, members, common)}
        # spellings that differ only in accents count together, and the accented one shows
        spelt: Counter = Counter()
        for m in members:
            spelt[plain(m)] += mentions[m]
        # a name inside a fuller one is not the full name ("Esteban Orellana" of "Esteban Orellana
        # Navas"), unless the fuller one is a rarity beside it (a third of its count, once)
        words = {m: set(plain(_HYPHEN.sub(" ", m)).split()) for m in members}
        partial = {m for m in members if any(words[m] < words[o] for o in members if o not in padded
                                             and (mentions[o] >= 2 or 3 * mentions[o] >= spelt[plain(m)]))}
        # (the last tie-break puts a space before a hyphen: "Chol Su" before "Chol-su")
        best = min(members, key=lambda m: (m in padded, m in partial, -spelt[plain(m)], -accents(m), -len(m), m))
        for m in members:
            canonical[m] = best
    return canonical
