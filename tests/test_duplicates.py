"""Tests for pipeline.read.duplicates: which stories are near-copies of one seen earlier.

Every text here is invented for the tests.
"""

from __future__ import annotations

import pytest

from pipeline.read import duplicates
from pipeline.read.articles import Article
from pipeline.read.duplicates import Seen, mark_duplicates, similarity, simhash

STORY = ("Harbour police in Kestrel Bay detained the ferry company's former director, Ilse Marrow, "
         "at her home on Sunday night, her family said on Monday. Officers gave no reason for the "
         "detention, and the ferry company declined to comment on the case of its former director.")
COPY = STORY + " Reporting by the Tideline desk."
OTHER = ("The Marrowby town council voted on Tuesday to close the old fish market for repairs, "
         "and traders will move to a car park near the station until the spring, the mayor said.")


def test_similarity_is_the_share_of_bits_that_agree():
    assert similarity(0, 0) == 1.0
    assert similarity(0b101, 0b101) == 1.0  # equal hashes agree on every bit, set or not
    assert similarity(0, 1) == 1.0 - 1 / 64
    assert similarity(0b1100, 0b0110) == 1.0 - 2 / 64
    assert similarity(0, 2**64 - 1) == 0.0
    assert similarity(0b11, 0, bits=8) == 0.75


@pytest.mark.parametrize("text", [
    STORY, COPY, OTHER, "", "   ", "Ilse", "a b c d", "!!! ??? ...",
    "\u6e2f\u53e3\u8b66\u5bdf\u62d8\u7559\u4e86\u524d\u8463\u4e8b\u3002 \u5bb6\u4eba\u8868\u793a\u3002",  # no Latin words
    " ".join(f"w{i % 37}x" for i in range(500)),  # words repeated: votes tie on some bits
])
def test_simhash_is_trafilaturas(text):
    from trafilatura.deduplication import Simhash

    assert simhash(text) == int(Simhash(text).hash)


def test_original_of_takes_the_first_story_that_agrees_on_at_least_the_threshold(monkeypatch):
    seen = Seen()
    seen.add("a", "hash-a", 0)
    seen.add("b", "hash-b", 0b1)
    assert seen.original_of(0b1) == ("a", "hash-a")  # the first one seen, though "b" is identical
    assert seen.original_of(2**64 - 1) is None
    # exactly at the threshold counts ("at least")
    monkeypatch.setattr(duplicates, "THRESHOLD", 1.0 - 6 / 64)
    assert seen.original_of(0b111111) == ("a", "hash-a")
    assert seen.original_of(0b1111111 << 1) is None  # 7 bits from "a", 8 from "b"
    assert Seen().original_of(0) is None


def _article(doc: str, text: str, status: str = "ok") -> Article:
    return Article(doc=doc, file=f"{doc}.txt", text=text, status=status)


def test_a_republished_copy_records_its_original_and_counts_as_its_story():
    assert similarity(simhash(STORY), simhash(COPY)) >= duplicates.THRESHOLD  # the premise
    assert similarity(simhash(STORY), simhash(OTHER)) < duplicates.THRESHOLD
    failed = _article("broken", STORY, status="error")
    first, other, copy = _article("first", STORY), _article("other", OTHER), _article("copy", COPY)
    stories = mark_duplicates([failed, first, other, copy])
    # an article that failed to read is neither an original nor a copy, and does not stop the rest
    assert stories == {"first": first.content_hash, "other": other.content_hash, "copy": first.content_hash}
    assert (failed.duplicate_of, first.duplicate_of, other.duplicate_of) == ("", "", "")
    assert copy.duplicate_of == "first"
    assert first.content_hash != copy.content_hash


def test_a_copy_of_a_story_seen_in_an_earlier_run():
    seen = Seen()
    seen.add("stored", "hash-stored", simhash(STORY))
    copy = _article("copy", COPY)
    assert mark_duplicates([copy], seen) == {"copy": "hash-stored"}
    assert copy.duplicate_of == "stored"
    fresh = _article("fresh", OTHER)
    assert mark_duplicates([fresh], seen) == {"fresh": fresh.content_hash}
    assert [d for d, _, _ in seen.stories] == ["stored", "fresh"]


@pytest.mark.parametrize("status", ["error", "empty", "OK"])
def test_only_articles_read_ok_take_part(status):
    skipped = _article("skipped", STORY, status=status)
    assert mark_duplicates([skipped]) == {}
    assert skipped.duplicate_of == ""
