"""The base model's attribute ruler (tag → POS and morphology, and its word exceptions) with
its one-token patterns looked up per token instead of run through a Matcher.

The stock ruler runs ~180 one-token patterns through spaCy's Matcher, which tests every
pattern at every token: about a tenth of the whole parse, for what is mostly a table lookup.
Here a pattern whose every constraint is an equality or an ``IN`` list on ``TAG``, ``LOWER``,
``DEP`` or ``IS_SPACE`` (with ``NOT_IN`` lists beside them checked per hit) becomes dictionary
entries, sieved by their most telling column; the rest (regular expressions, exclusions
alone, patterns of several tokens) stay in a Matcher of their own, run only at the tokens
where one of them can start. The leading rules that map a tag to POS and morphology (the
model's tag map) are applied first, with arrays; the other matches are the stock ruler's,
sorted and applied as it does (later rules win), with spaCy's own setter: the tokens come
out the same (``tests/test_attributes.py`` compares them on every shipped article).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

import numpy as np

from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

from .lookup import among

# the token attributes a pattern may test and still be looked up, with their array column
_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_STRING_VALUED = {"TAG", "LOWER", "DEP"}
_NAMES = list(_COLUMNS)
_ARRAY = [_COLUMNS[n] for n in _NAMES]


def _choices(value: object) -> list | None:
    """The values one constraint accepts, or None when it is not a plain set of values."""
    if isinstance(value, (str, bool)):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
        return list(value["IN"])
    return None


@Language.factory("indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> "IndexedAttributeRuler":
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose plain one-token patterns are a dictionary per attribute set."""

    def __init__(self, vocab, name: str = "attribute_ruler", **kwargs) -> None:
        super().__init__(vocab, name, **kwargs)
        self._clear_index()

    def clear(self) -> None:
        super().clear()
        self._clear_index()

    def _clear_index(self) -> None:
        # (attribute names tested) -> (their values at a token) -> (rule number, exclusions)
        self._tables: dict[tuple[str, ...], dict[tuple, list[tuple[int, tuple]]]] = {}
        self._sieved: dict[int, list] | None = None  # built from the tables on first use, per first rule
        self._given: list[list] = []  # each rule's patterns as added, for ``patterns``
        self._match_ids: list[int] = []  # each rule's key, as the Matcher would give it
        self._rest: list[list[dict]] = []  # the patterns left to the Matcher
        self._starts: _Starts | None | bool = False  # where they can start (False: not worked out yet)
        self._placed: dict[int, set[tuple]] = defaultdict(set)  # rule -> (table, with exclusions) of its patterns
        self._leading: tuple[int, dict[int, tuple]] | None = None  # see _bulk

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        patterns = list(patterns)
        rule = len(self.attrs)
        rest = [p for p in patterns if not self._index(p, rule)]
        self._leading = None
        if rest:
            self.matcher.add(self.vocab.strings.add(str(rule)), rest)
            self._rest.extend(rest)
            self._starts = False
            self._placed[rule].add(("matcher", True))
        else:
            self.vocab.strings.add(str(rule))
        self._given.append(patterns)
        self._match_ids.append(self.vocab.strings[str(rule)])
        # the stock bookkeeping, without its Matcher.add
        self._attrs_unnormed.append(attrs)
        self.attrs.append(normalize_token_attrs(self.vocab, attrs))
        self.indices.append(index)

    def _index(self, pattern: list[dict], rule: int) -> bool:
        """Enter a one-token pattern of plain values (and ``NOT_IN`` lists beside at least one
        plain value) in the tables; False when it is not one."""
        if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= set(_COLUMNS):
            return False
        wanted, refused = {}, {}
        for name, value in pattern[0].items():
            if isinstance(value, dict) and list(value) == ["NOT_IN"] and isinstance(value["NOT_IN"], list):
                refused[name] = value["NOT_IN"]
            else:
                wanted[name] = _choices(value)
            values = refused[name] if name in refused else wanted[name]
            if values is None or not all(isinstance(v, str if name in _STRING_VALUED else bool) for v in values):
                return False
        if not wanted:
            return False
        as_ints = {name: [self.vocab.strings.add(v) if name in _STRING_VALUED else int(v) for v in values]
                   for name, values in {**wanted, **refused}.items()}
        names = tuple(sorted(wanted))
        keys: list[tuple] = [()]
        for name in names:
            keys = [k + (v,) for k in keys for v in as_ints[name]]
        unless = tuple((name, frozenset(as_ints[name])) for name in sorted(refused))
        self._sieved = None
        table = self._tables.setdefault(names, defaultdict(list))
        self._placed[rule].add((names, bool(unless)))
        for key in keys:
            if (rule, unless) not in table[key]:
                table[key].append((rule, unless))
        return True

    @property
    def patterns(self) -> list[dict]:
        return [{"patterns": self._given[i], "attrs": self._attrs_unnormed[i], "index": self.indices[i]}
                for i in range(len(self.attrs))]

    def _sieves(self, first: int = 0) -> list[tuple[tuple[str, ...], dict, int, np.ndarray, list[int]]]:
        """Per table holding rules from the ``first`` on: a column to sieve tokens with (a
        word, a relation, a tag: the most telling the table tests), the values of it that
        such a rule asks for, and the array columns of the table's key."""
        if self._sieved is None:
            self._sieved = {}
        if first not in self._sieved:
            self._sieved[first] = []
            for names, table in self._tables.items():
                live = [key for key, hits in table.items() if any(rule >= first for rule, _ in hits)]
                if not live:
                    continue  # all its rules applied already
                by = next(n for n in ("LOWER", "DEP", "TAG", "IS_SPACE") if n in names)
                keep = np.array(sorted({key[names.index(by)] for key in live}), dtype="uint64")
                self._sieved[first].append((names, table, _NAMES.index(by), keep, [_NAMES.index(n) for n in names]))
        return self._sieved[first]

    def _matched(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's matches of the rules left to it. When each of them has a fixed length
        and a first token known by its word, relation or tag, the Matcher runs only on the
        few tokens where one can start (a window as long as the longest); its regular
        expressions are otherwise Python calls at every token of every document."""
        if not len(self.matcher):
            return []
        if self._starts is False:
            self._starts = _Starts.of(self._rest, self.vocab)
        if self._starts is None:
            return self.matcher(doc, allow_missing=True, as_spans=False)
        width = self._starts.width
        return [(m_id, i + s, i + e) for i in self._starts.at(doc)
                for m_id, s, e in self.matcher(doc[i:i + width], allow_missing=True, as_spans=False) if s == 0]

    def _bulk(self) -> tuple[int, dict[int, tuple]]:
        """How many of the first rules set only POS and morphology by the tag alone (the
        model's tag map), and what they leave on a token of each tag, later rules winning.
        They come before every other rule, so they can all be applied first, with arrays."""
        if self._leading is None:
            first = 0
            while first < len(self.attrs) and self._placed.get(first) == {(("TAG",), False)} \
                    and self.indices[first] == 0 and set(self.attrs[first]) <= {POS, MORPH}:
                first += 1
            by_tag: dict[int, tuple] = {}
            for (tag,), hits in self._tables.get(("TAG",), {}).items():
                pos = morph = None
                for rule, _ in sorted(hits):
                    if rule < first:
                        pos = self.attrs[rule].get(POS, pos)
                        morph = self.attrs[rule].get(MORPH, morph)
                if pos is not None or morph is not None:
                    by_tag[tag] = (pos, morph)
            self._leading = (first, by_tag)
        return self._leading

    def _apply_bulk(self, doc: Doc, by_tag: dict[int, tuple]) -> None:
        array = doc.to_array([TAG, POS, MORPH])
        tags, at = np.unique(array[:, 0], return_inverse=True)
        found = [by_tag.get(t, (None, None)) for t in tags.tolist()]
        for column, k in ((1, 0), (2, 1)):
            given = np.array([f[k] is not None for f in found], dtype=bool)
            if given.any():
                values = np.array([0 if f[k] is None else f[k] for f in found], dtype="uint64")
                array[:, column] = np.where(given[at], values[at], array[:, column])
        doc.from_array([POS, MORPH], array[:, 1:])

    def __call__(self, doc: Doc) -> Doc:
        """As the stock ruler; the leading tag-map rules (see ``_bulk``) applied with arrays."""
        try:
            first, by_tag = self._bulk()
            if first and len(doc):
                self._apply_bulk(doc, by_tag)
            self.set_annotations(doc, self.match(doc, first=first))
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)

    def match(self, doc: Doc, first: int = 0) -> list[tuple[int, int, int, int]]:
        """The matches of every rule from the ``first`` on, sorted as the stock ruler's."""
        strings = self.vocab.strings
        found = [(int(strings[m_id]), m_id, s, e) for m_id, s, e in self._matched(doc)]
        if self._tables and len(doc):
            array = doc.to_array(_ARRAY)
            for names, table, by, keep, cols in self._sieves(first):
                at = np.flatnonzero(among(array[:, by], keep))
                keys = map(tuple, array[np.ix_(at, cols)].tolist())
                for i, hits in zip(at.tolist(), map(table.get, keys)):
                    if hits:
                        for rule, unless in hits:
                            if rule >= first and (not unless or not any(int(array[i, _NAMES.index(name)]) in values
                                                                        for name, values in unless)):
                                found.append((rule, self._match_ids[rule], i, i + 1))
        found.sort()
        return found

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """As the stock ruler, without a Span per match."""
        for rule, _, start, end in matches:
            index = self.indices[rule]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                raise ValueError(f"attribute rule {rule}: index {index} is outside its match of {end - start} tokens")
            set_token_attrs(doc[at], self.attrs[rule])


class _Starts:
    """Where patterns of fixed length can start: tokens whose word (an equality, a list or a
    regular expression on ``LOWER``), relation or tag is one a pattern's first token asks for."""

    _KEYS = {"LOWER": LOWER, "DEP": DEP, "TAG": TAG}
    _SEEN_MAX = 200_000  # words whose regular-expression answers are remembered

    def __init__(self, width: int, values: dict[str, set[int]], regexes: list) -> None:
        self.width = width
        self.values = {name: np.array(sorted(v), dtype="uint64") for name, v in values.items() if v}
        self.regexes = regexes
        self.seen: dict[int, bool] = {}

    @classmethod
    def of(cls, patterns: list[list[dict]], vocab) -> "_Starts | None":
        """None when some pattern has an operator (its length varies) or a first token not
        known by one of those attributes: the Matcher then runs on the whole document."""
        values: dict[str, set[int]] = {name: set() for name in cls._KEYS}
        regexes = []
        for pattern in patterns:
            if not pattern or any("OP" in token for token in pattern):
                return None
            first = pattern[0]
            name = next((n for n in cls._KEYS if n in first), None)
            if name is None:
                return None
            value = first[name]
            if isinstance(value, dict) and list(value) == ["REGEX"] and name == "LOWER":
                regexes.append(re.compile(value["REGEX"]))
                continue
            choices = _choices(value)
            if choices is None or not all(isinstance(v, str) for v in choices):
                return None
            values[name].update(vocab.strings.add(v) for v in choices)
        return cls(max(map(len, patterns)), values, regexes)

    def at(self, doc: Doc) -> list[int]:
        array = doc.to_array([self._KEYS[name] for name in self._KEYS])
        hit = np.zeros(len(doc), dtype=bool)
        for column, name in enumerate(self._KEYS):
            if name in self.values:
                hit |= among(array[:, column], self.values[name])
        if self.regexes:
            lowers = array[:, 0]
            strings = doc.vocab.strings
            if len(self.seen) > self._SEEN_MAX:
                self.seen.clear()
            words = set(lowers.tolist())
            for word in words - self.seen.keys():
                text = strings[word]
                self.seen[word] = any(r.search(text) for r in self.regexes)
            wanted = [w for w in words if self.seen[w]]
            if wanted:
                hit |= among(lowers, np.array(sorted(wanted), dtype="uint64"))
        return np.flatnonzero(hit).tolist()


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the model's stock attribute ruler by the indexed one, with the same rules."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return
    rules = nlp.get_pipe(name).patterns
    ruler = nlp.replace_pipe(name, "indexed_attribute_ruler")
    ruler.add_patterns(rules)
