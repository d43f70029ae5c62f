"""What the pipeline extracts from one invented text, for the rule tests (tests/test_extract_rules_*.py)."""

from __future__ import annotations

import pipeline
from snapshot import SNAP


def events(text: str, published: str = "2024-05-20"):
    """The events table of one text published on ``published`` (all it holds is checked
    against the snapshot: tests/snapshot.py)."""
    got = pipeline.extract([{"text": text, "published": published}]).events
    SNAP.check("extract", text, published, got.values.tolist())
    return got


def rows(text: str, *cols: str, published: str = "2024-05-20") -> list[tuple]:
    """The given columns of the events of one text, a tuple per event."""
    got = events(text, published)
    return list(zip(*(got[c] for c in cols)))
