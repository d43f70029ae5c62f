"""Which tokens hold one of a set of words, by binary search over the sorted word ids: the
same answers as ``numpy.isin``."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import LEMMA, LOWER

from pipeline.nlp.lookup import among, holding, word_ids


@pytest.mark.parametrize("size", [0, 1, 2, 7, 300])
def test_among_answers_as_isin_does(size):
    """Words below, between and above the listed ids, the largest id and 0, repeated values."""
    rng = numpy.random.default_rng(size)
    ids = numpy.unique(rng.integers(1, 2**64 - 2, size, dtype=numpy.uint64))
    values = numpy.concatenate([rng.choice(ids, 40) if size else ids,
                                rng.integers(0, 2**64 - 1, 40, dtype=numpy.uint64),
                                numpy.array([0, 2**64 - 1], dtype=numpy.uint64), ids, ids])
    assert among(values, ids).tolist() == numpy.isin(values, ids).tolist()
    assert among(values, ids).sum() >= 2 * ids.size  # every listed id was found


def test_holding_reads_the_words_of_a_doc(nlp):
    doc = nlp("Police arrested two ministers, and the arrests were reported on Monday.")
    assert numpy.flatnonzero(holding(doc, LEMMA, word_ids(["arrest", "report"]))).tolist() == [1, 7, 9]
    assert numpy.flatnonzero(holding(doc, LOWER, word_ids(["arrests", "monday"]))).tolist() == [7, 11]
    assert not holding(doc, LOWER, word_ids([])).any()
