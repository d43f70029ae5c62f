"""Which tokens of a Doc hold one of a set of words, read from the Doc's arrays.

Our components look closely only at those tokens: a Python pass over every token of every
article cost more than most of what they do with the few that matter.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc


def word_ids(words: Iterable[str]) -> numpy.ndarray:
    """The words' ids in the string store (what ``Token.lemma``, ``Token.lower`` hold), sorted."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype="uint64")


def holding(doc: Doc, attr: int, ids: numpy.ndarray) -> numpy.ndarray:
    """For each token, whether its ``attr`` (LEMMA, LOWER, ...) is one of ``ids`` (sorted, as
    ``word_ids`` gives them)."""
    return among(doc.to_array(attr), ids)


def among(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, ids)`` for sorted ``ids``, by binary search: ``isin`` sorts both
    arrays on every call (0.5 ms for a page's tokens against 2,000 words; this, 0.03 ms)."""
    if not ids.size:
        return numpy.zeros(values.shape, dtype=bool)
    at = numpy.searchsorted(ids, values)
    numpy.minimum(at, ids.size - 1, out=at)
    return ids[at] == values


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) stretches of tokens joined, in order."""
    out: list[list[int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def matches_in(matcher: Matcher, doc: Doc, windows: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """What ``matcher`` finds in each window (as ``merged`` gives them), as (match id, start,
    end) in the Doc, in order: all it finds in the whole Doc when every match lies inside a
    window (and, the windows being apart, a greedy filter keeps the same ones). A Matcher's
    cost grows with patterns times tokens: most of a Doc is in no window."""
    found: list[tuple[int, int, int]] = []
    for lo, hi in windows:
        found += [(k, lo + s, lo + e) for k, s, e in matcher(doc[lo:hi])]
    return found
