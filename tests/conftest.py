"""Shared fixtures: one real spaCy pipeline per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.events import Event, Lexicon, extract_events
from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()


@pytest.fixture(scope="session")
def annotate(nlp):
    """Annotate a hand-written text as the pipeline would, with a reference date."""

    def run(text: str, published: str | None = "2022-06-15") -> Doc:
        doc = nlp.make_doc(text)
        doc._.reference = published
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def events_of(annotate, nlp):
    """Events extracted from a hand-written text."""
    lexicon = Lexicon.from_nlp(nlp)

    def run(text: str, published: str | None = "2022-06-15") -> list[Event]:
        return extract_events(annotate(text, published), "t", "hash", lexicon)

    return run
