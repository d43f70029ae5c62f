"""The snapshot net (tests/snapshot.py) fails when output moves, and only then."""

from __future__ import annotations

import pytest

import snapshot
from snapshot import Snapshot


def test_a_moved_field_a_lost_event_and_an_unknown_text_each_fail(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "UPDATE", True)
    path = tmp_path / "snap.jsonl"
    first = Snapshot(path)
    first.check("events_of", "Tomas Varga was arrested.", "2022-06-15", [["ARREST", "Tomas Varga", True, 3]])
    first.write()

    monkeypatch.setattr(snapshot, "UPDATE", False)
    again = Snapshot(path)
    again.check("events_of", "Tomas Varga was arrested.", "2022-06-15", [["ARREST", "Tomas Varga", True, 3]])
    with pytest.raises(AssertionError, match="moved from the snapshot"):
        again.check("events_of", "Tomas Varga was arrested.", "2022-06-15", [["ARREST", "Tomas Varga", False, 3]])
    with pytest.raises(AssertionError, match="1 events then, 0 now"):
        again.check("events_of", "Tomas Varga was arrested.", "2022-06-15", [])
    with pytest.raises(AssertionError, match="not in snap.jsonl"):
        again.check("events_of", "Tomas Varga was arrested.", "2023-01-01", [["ARREST", "Tomas Varga", True, 3]])
    with pytest.raises(AssertionError, match="not in snap.jsonl"):  # another way in is another entry
        again.check("extract", "Tomas Varga was arrested.", "2022-06-15", [["ARREST", "Tomas Varga", True, 3]])


def test_one_text_giving_two_outputs_in_one_session_is_an_error_when_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "UPDATE", True)
    snap = Snapshot(tmp_path / "snap.jsonl")
    snap.check("events_of", "Ilse Brandt defected.", None, [["DEFECT"]])
    snap.check("events_of", "Ilse Brandt defected.", None, [["DEFECT"]])  # the same again is fine
    with pytest.raises(AssertionError, match="two outputs"):
        snap.check("events_of", "Ilse Brandt defected.", None, [["DEFECT"], ["ARREST"]])
