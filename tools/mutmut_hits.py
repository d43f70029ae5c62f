"""pytest plugin for ``make mutation`` (loaded by mutmut through ``[tool.mutmut]``).

mutmut 3 learns which tests reach which function from its trampolines, in the
process that runs pytest. Two things in this project escape that bookkeeping:

* ``tests/test_ingest.py`` drives ``pipeline/jobs/`` in child Pythons, so no
  jobs function would have a test and every jobs mutant would count as "no
  tests". During mutmut's stats run this plugin puts ``tools/mutmut_site`` on
  the children's ``PYTHONPATH``; its ``sitecustomize`` writes the child's hits
  to a folder at exit, and the plugin adds them to the current test's hits.
  Only ``pipeline.jobs`` hits are carried over: extraction is tested in process,
  and mapping the slow ingest tests to it would make every extraction mutant
  wait for them.
* A function beneath an ``lru_cache`` (a word list's loader, say) runs once per
  process: in the stats run only the first test to need it would be credited
  with it, and mutmut forks each mutant's run from that process, so the cached
  result of the original code would be inherited and the mutant never run. The
  plugin empties the caches of ``pipeline`` modules before every test of the
  stats run and before a mutant's tests (not the spaCy pipeline itself, which
  takes seconds to load and holds no mutated code).
* mutmut runs a mutant's tests fastest first, by the time of the test body
  alone, and stops at the first failure. A test whose module fixture runs the
  whole pipeline (``tests/test_end_to_end.py``) looks quick but costs seconds
  before it starts, in every mutant's run. The stats run records each test
  file's setup time in ``mutants/mutmut-setup-times.json``; a mutant's run then
  takes the files with a costly setup last, so a mutant another test kills
  never pays for it.
* The ingest tests (``tests/test_ingest.py``) start child Pythons and cost
  minutes per surviving mutant; they are there for ``pipeline/jobs``. A mutant
  of any other module runs without them: its code is tested in process, and
  with them a run over ``pipeline/reconcile`` took hours instead of minutes.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HITS_ENV = "MUTMUT_SUBPROCESS_HITS"
MODULES_ENV = "MUTMUT_SUBPROCESS_MODULES"
SUBPROCESS_MODULES = ("pipeline.jobs.",)
SITE_DIR = Path(__file__).resolve().parent / "mutmut_site"
KEEP_CACHED = {("pipeline.nlp.build", "build_nlp")}
SETUP_TIMES = Path("mutmut-setup-times.json")  # tests run with mutants/ as the working folder
COSTLY_SETUP_S = 1.0
JOBS_TESTS = "tests/test_ingest.py"  # child Pythons: run only for pipeline.jobs mutants

_saved_pythonpath: str | None = None
_setup_times: dict[str, float] = {}
_first_setup_seen = False


def _mutant_under_test() -> str:
    return os.environ.get("MUTANT_UNDER_TEST", "")


def _clear_caches() -> None:
    """Empty every ``functools`` cache defined in a loaded ``pipeline`` module."""
    for name, module in list(sys.modules.items()):
        if not (name == "pipeline" or name.startswith("pipeline.")) or module is None:
            continue
        for attr, value in list(vars(module).items()):
            owners = [value] + (list(vars(value).values()) if isinstance(value, type) else [])
            for obj in owners:
                obj = getattr(obj, "__func__", obj)  # classmethod / staticmethod
                if (name, attr) in KEEP_CACHED or getattr(obj, "__module__", None) != name:
                    continue
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


def pytest_configure(config: pytest.Config) -> None:
    global _saved_pythonpath
    mutant = _mutant_under_test()
    if "__mutmut_" in mutant:
        _clear_caches()
    if mutant != "stats":
        return
    _saved_pythonpath = os.environ.get("PYTHONPATH")
    os.environ[HITS_ENV] = tempfile.mkdtemp(prefix="mutmut-hits-")
    os.environ[MODULES_ENV] = ",".join(SUBPROCESS_MODULES)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(SITE_DIR), _saved_pythonpath) if p)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a mutant's run, leave out the ingest tests unless it is a jobs mutant, and move the
    tests of files with a costly setup to the end (stable)."""
    mutant = _mutant_under_test()
    if "__mutmut_" not in mutant:
        return
    if not mutant.startswith(SUBPROCESS_MODULES):
        dropped = [item for item in items if item.nodeid.split("::")[0] == JOBS_TESTS]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
            items[:] = [item for item in items if item.nodeid.split("::")[0] != JOBS_TESTS]
    if not SETUP_TIMES.exists():
        return
    costs = json.loads(SETUP_TIMES.read_text(encoding="utf-8"))
    items.sort(key=lambda item: costs.get(item.nodeid.split("::")[0], 0.0) > COSTLY_SETUP_S)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    """In the stats run, empty the caches, then note the longest setup of each test file
    (not the session's first, which loads the spaCy pipeline once for all mutants)."""
    global _first_setup_seen
    if _mutant_under_test() != "stats":
        yield
        return
    _clear_caches()
    start = time.perf_counter()
    yield
    if _first_setup_seen:
        path = item.nodeid.split("::")[0]
        _setup_times[path] = max(_setup_times.get(path, 0.0), time.perf_counter() - start)
    _first_setup_seen = True


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Add the hits of the test's child processes before mutmut reads the test's hits."""
    folder = os.environ.get(HITS_ENV)
    if _mutant_under_test() != "stats" or not folder:
        return
    from mutmut.state import state

    for path in Path(folder).glob("*.json"):
        state()._stats.update(json.loads(path.read_text(encoding="utf-8")))
        path.unlink()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _setup_times:  # a stats run over new tests only adds to what the full one found
        known = json.loads(SETUP_TIMES.read_text(encoding="utf-8")) if SETUP_TIMES.exists() else {}
        known.update(_setup_times)
        SETUP_TIMES.write_text(json.dumps(known, indent=1, sort_keys=True), encoding="utf-8")
    folder = os.environ.pop(HITS_ENV, None)
    if folder is None:
        return
    os.environ.pop(MODULES_ENV, None)
    if _saved_pythonpath is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = _saved_pythonpath
    shutil.rmtree(folder, ignore_errors=True)
