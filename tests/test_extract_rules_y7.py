"""A place is the words of its entity: the model sometimes takes a paragraph break into a
place's entity at a headline's end ("... Jailed In Msta" and the blank line after it)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.events import find_place


def test_a_place_entity_ending_in_a_paragraph_break_is_its_words(nlp):
    doc = nlp("Tomas Welk was arrested in Kestrel\n\nHe denied the charges.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    place = next(t for t in doc if t.text == "Kestrel")
    assert doc[place.i + 1].is_space
    others = [e for e in doc.ents if e.end <= place.i or e.start > place.i + 1]
    doc.ents = others + [Span(doc, place.i, place.i + 2, label="GPE")]  # as the model sometimes has it
    assert repr(doc[place.i: place.i + 2].text) == repr("Kestrel\n\n")
    assert find_place(arrested, set()) == "Kestrel"
    # and the place as the model usually has it
    doc.ents = others + [Span(doc, place.i, place.i + 1, label="GPE")]
    assert find_place(arrested, set()) == "Kestrel"
