"""The mutation report (tools/mutation_report.py) counts mutmut's listing right."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "mutation_report.py"
spec = importlib.util.spec_from_file_location("mutation_report", SCRIPT)
mutation_report = importlib.util.module_from_spec(spec)
sys.modules["mutation_report"] = mutation_report  # dataclasses look their module up
spec.loader.exec_module(mutation_report)

LISTING = """\
    pipeline.jobs.lock.xǁRunLockǁ__enter____mutmut_1: killed
    pipeline.jobs.lock.xǁRunLockǁ__enter____mutmut_2: killed
    pipeline.jobs.lock.xǁRunLockǁ__exit____mutmut_1: survived
    pipeline.jobs.ingest.x_patterns_version__mutmut_1: killed
    pipeline.jobs.ingest.x_patterns_version__mutmut_2: timeout
    pipeline.jobs.ingest.x_patterns_version__mutmut_3: no tests
    pipeline.jobs.ingest.x_patterns_version__mutmut_4: suspicious
    pipeline.jobs.ingest.x_patterns_version__mutmut_5: skipped
    pipeline.read.page.x_is_prose__mutmut_7: killed
    pipeline.read.page.x_is_prose__mutmut_8: not checked
    pipeline.reconcile.conflicts.x__one_account__mutmut_3: survived
Removed 2 obsolete test names
"""


def test_counts_per_module_and_the_closing_line():
    counts = mutation_report.parse_results(LISTING)
    assert sorted(counts) == ["pipeline.jobs.ingest", "pipeline.jobs.lock", "pipeline.read.page",
                              "pipeline.reconcile.conflicts"]
    ingest = counts["pipeline.jobs.ingest"]
    assert (ingest.statuses["killed"], ingest.statuses["timeout"], ingest.statuses["no tests"]) == (1, 1, 1)
    assert (ingest.detected, ingest.scored, ingest.other) == (2, 4, 1)  # skipped is left out, suspicious is other
    assert counts["pipeline.jobs.lock"].statuses == {"killed": 2, "survived": 1}
    # killed 2 + timeout 1 (ingest), 2 (lock), 1 (page); 'skipped' is not scored, 'not checked' is
    assert mutation_report.score_line(counts) == "mutation score: 50.0% (killed 5 of 10)"
    lines = mutation_report.report(counts).splitlines()
    assert lines[-1] == "mutation score: 50.0% (killed 5 of 10)"
    assert sum(line.startswith("mutation score:") for line in lines) == 1
    row = next(line for line in lines if line.startswith("pipeline.jobs.ingest "))
    assert row.split()[1:] == ["1", "0", "1", "1", "1", "50.0%"]


@pytest.mark.parametrize("modules, expected", [
    (["pipeline/jobs"], "mutation score: 57.1% (killed 4 of 7)"),
    (["pipeline/jobs/lock.py"], "mutation score: 66.7% (killed 2 of 3)"),
    (["pipeline.read", "pipeline/reconcile/"], "mutation score: 33.3% (killed 1 of 3)"),
    (["pipeline/re"], "mutation score: 0.0% (killed 0 of 0)"),  # a prefix of a name is no package
])
def test_a_module_argument_keeps_only_its_mutants(modules, expected):
    counts = mutation_report.parse_results(LISTING, modules)
    assert mutation_report.score_line(counts) == expected


def test_main_reads_a_saved_listing(tmp_path, capsys):
    saved = tmp_path / "results.txt"
    saved.write_text(LISTING, encoding="utf-8")
    assert mutation_report.main(["--results", str(saved), "pipeline/jobs/lock.py"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "mutation score: 66.7% (killed 2 of 3)"
    assert [line.split()[0] for line in out[1:-1]] == ["pipeline.jobs.lock"]


def test_a_sample_keeps_only_its_mutants_and_gives_an_interval(tmp_path, capsys):
    listing = tmp_path / "results.txt"
    listing.write_text(LISTING, encoding="utf-8")
    sample = tmp_path / "sample.txt"
    sample.write_text("pipeline.jobs.lock.xǁRunLockǁ__enter____mutmut_1\n"
                      "pipeline.jobs.lock.xǁRunLockǁ__exit____mutmut_1\n", encoding="utf-8")
    assert mutation_report.main(["--results", str(listing), "--sample", str(sample)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == "mutation score: 50.0% (killed 1 of 2)"
    assert out[-1] == "all mutants (estimated from a sample of 2): 9.5% to 90.5%"


@pytest.mark.parametrize("detected, scored, low, high", [
    (0, 10, 0.0, 0.2775),     # nothing killed: the interval still reaches above zero
    (10, 10, 0.7225, 1.0),    # all killed: and below one
    (85, 100, 0.7672, 0.9069),
])
def test_the_interval_is_wilsons(detected, scored, low, high):
    got = mutation_report.interval(detected, scored)
    assert got == pytest.approx((low, high), abs=5e-4)


def test_no_mutants_scored_say_nothing():
    assert mutation_report.interval(0, 0) == (0.0, 1.0)
