"""The mutation plugin (tools/mutmut_hits.py) gives each mutant the tests that can reach it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "mutmut_hits.py"
spec = importlib.util.spec_from_file_location("mutmut_hits", SCRIPT)
mutmut_hits = importlib.util.module_from_spec(spec)
sys.modules["mutmut_hits"] = mutmut_hits
spec.loader.exec_module(mutmut_hits)

IDS = ["tests/test_ingest.py::test_killed_run", "tests/test_reconcile.py::test_fates",
       "tests/test_ingest.py::test_second_run"]


def collect(monkeypatch, tmp_path, mutant: str) -> tuple[list[str], list[str]]:
    monkeypatch.setenv("MUTANT_UNDER_TEST", mutant)
    monkeypatch.chdir(tmp_path)  # no setup times recorded here
    items = [SimpleNamespace(nodeid=i) for i in IDS]
    deselected: list[str] = []
    config = SimpleNamespace(hook=SimpleNamespace(
        pytest_deselected=lambda items: deselected.extend(i.nodeid for i in items)))
    mutmut_hits.pytest_collection_modifyitems(config, items)
    return [i.nodeid for i in items], deselected


def test_a_mutant_outside_the_jobs_runs_without_the_ingest_tests(monkeypatch, tmp_path):
    kept, dropped = collect(monkeypatch, tmp_path, "pipeline.reconcile.people.x_same_person__mutmut_5")
    assert kept == ["tests/test_reconcile.py::test_fates"]
    assert dropped == [IDS[0], IDS[2]]


def test_a_jobs_mutant_keeps_them(monkeypatch, tmp_path):
    kept, dropped = collect(monkeypatch, tmp_path, "pipeline.jobs.ingest.x_export__mutmut_3")
    assert kept == IDS and dropped == []


def test_the_stats_run_keeps_every_test(monkeypatch, tmp_path):
    # the stats run learns which tests reach which function: it must see them all
    kept, dropped = collect(monkeypatch, tmp_path, "stats")
    assert kept == IDS and dropped == []
