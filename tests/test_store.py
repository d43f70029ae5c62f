"""The SQLite store on its own: round trips and all-or-nothing batches."""

from __future__ import annotations

import pytest

from pipeline.extract.events import Event
from pipeline.read.articles import from_texts
from pipeline.output.store import Store

TEXT = "Marta Oliveira, the deputy mayor, was arrested on Monday, police said."


def event(doc: str, n: int) -> Event:
    return Event(f"id-{doc}-{n}", doc, "ARREST", "Marta Oliveira", "deputy mayor", "2023-05-01", "2023-05-01",
                 "2023-05-01", "Monday", "", "police", False, n % 2 == 1, "", TEXT, 0, len(TEXT), "test")


def test_documents_events_and_mentions_round_trip(tmp_path):
    (art,) = from_texts([{"doc": "a1", "text": TEXT, "published": "2023-05-03", "outlet": "Courier"}])
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_document(art.content_hash, art, run_id=1, story=art.content_hash, simhash=2**63 + 5)
            store.replace_results(art.content_hash, [event("a1", 0), event("a1", 1)],
                                  [("Marta Oliveira", "Marta Oliveira")], "v1")
        assert store.events() == [event("a1", 0), event("a1", 1)]
        assert store.mentions() == {"a1": [("Marta Oliveira", "Marta Oliveira")]}
        (back,) = store.articles()
        assert (back.doc, back.published, back.outlet, back.reference.iso) == ("a1", "2023-05-03", "Courier", "2023-05-03")
        assert back.meta["content_hash"] == art.content_hash and back.meta["n_chars"] == len(TEXT)
        assert store.stories() == [("a1", art.content_hash, 2**63 + 5)]
        assert store.stale("v1") == 0 and store.stale("v2") == 1
        # re-extraction replaces, never adds
        with store.transaction():
            store.replace_results(art.content_hash, [event("a1", 0)], [], "v2")
        assert store.events() == [event("a1", 0)] and store.counts()["events"] == 1


def test_a_failed_batch_leaves_nothing(tmp_path):
    (art,) = from_texts([{"doc": "a1", "text": TEXT}])
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.add_document(art.content_hash, art, run_id=1)
                store.replace_results(art.content_hash, [event("a1", 0)], [], "v1")
                raise RuntimeError("killed")
        assert store.counts() == {"documents": 0, "events": 0, "rows": 0}


def test_runs_are_recorded_and_unfinished_ones_found(tmp_path):
    with Store(tmp_path / "s.db") as store:
        first = store.start_run("0.1", "abc")
        second = store.start_run("0.1", "abc")
        store.finish_run(second, "done", {"n_new_documents": 3, "bogus": 1})
        assert store.interrupted_runs() == [first]
        store.mark_interrupted([first])
        assert store.interrupted_runs() == []
        last = store.last_run()
        assert (last["id"], last["status"], last["n_new_documents"]) == (second, "done", 3)


def test_a_store_made_before_the_trigger_offsets_opens_and_its_rows_get_the_default(tmp_path):
    import sqlite3
    from dataclasses import replace

    (art,) = from_texts([{"doc": "a1", "text": TEXT}])
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_document(art.content_hash, art, run_id=1, story=art.content_hash, simhash=1)
            store.replace_results(art.content_hash, [replace(event("a1", 0), trigger_start=31, trigger_end=39)], [], "v1")
    old = sqlite3.connect(tmp_path / "s.db")  # the schema as it was: no trigger columns
    old.execute("ALTER TABLE events DROP COLUMN trigger_start")
    old.execute("ALTER TABLE events DROP COLUMN trigger_end")
    old.commit()
    old.close()
    with Store(tmp_path / "s.db") as store:
        assert store.events() == [event("a1", 0)]  # trigger_start/end -1: not known
        with store.transaction():
            store.replace_results(art.content_hash, [replace(event("a1", 0), trigger_start=31, trigger_end=39)], [], "v2")
        assert (store.events()[0].trigger_start, store.events()[0].trigger_end) == (31, 39)
