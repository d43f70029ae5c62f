"""Shared fixtures: one real spaCy pipeline per test session."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.events import Event, Lexicon, extract_events
from pipeline.nlp.build import build_nlp
from snapshot import SNAP, UPDATE


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
    """Events extracted from a hand-written text (all they hold is checked against the
    snapshot: tests/snapshot.py)."""
    lexicon = Lexicon.from_nlp(nlp)

    def run(text: str, published: str | None = "2022-06-15") -> list[Event]:
        events = extract_events(annotate(text, published), "t", "hash", lexicon)
        SNAP.check("events_of", text, published, [list(astuple(e)) for e in events])
        return events

    return run


def pytest_configure(config) -> None:
    if UPDATE and getattr(config.option, "numprocesses", None):
        # each worker would write only the texts it saw over the whole file
        raise pytest.UsageError("UPDATE_SNAPSHOT=1 needs one process: run `make snapshot` (no -n)")


def pytest_sessionfinish(session, exitstatus) -> None:
    if UPDATE:
        SNAP.write()


JOB_STORY = "Police arrested the harbour inspector Tomas Varga in Kestrel Bay on Monday, the ministry said.\n"


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    """A job's inbox: two stories and an empty file it must reject."""
    src = tmp_path / "inbox"
    src.mkdir()
    (src / "a_story.txt").write_text(JOB_STORY, encoding="utf-8")
    (src / "b_story.txt").write_text(JOB_STORY.replace("Tomas Varga", "Ilse Brandt"), encoding="utf-8")
    (src / "c_empty.txt").write_bytes(b"")
    return src
