# The two commands of the README are `make run` and `make test`; the rest are their parts.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run demo system install install-test test lint format lock clean

run: install
	$(BIN)/sakip demo

demo: run

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The runtime closure, pinned by requirements.lock (used as pip constraints).
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install -q -c requirements.lock -e .
	touch $@

# The test tools on top, pinned by the same file.
$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -c requirements.lock -e ".[test]"
	touch $@

# Debian packages (fonts, poppler-utils, chromium): installed once when missing.
system:
	./scripts/system-deps

install: system $(VENV)/.installed

install-test: $(VENV)/.installed-test

lint: install-test
	$(BIN)/ruff check src benchmarks
	$(BIN)/ruff format --check src benchmarks
	$(BIN)/sakip manage makemigrations --check --dry-run

test: install-test lint
	$(BIN)/pytest -n 2 -q

format: install-test
	$(BIN)/ruff check --fix src
	$(BIN)/ruff format src

# Regenerate requirements.lock from a clean environment after changing pyproject.toml.
lock:
	rm -rf /tmp/sakip-lock && $(PYTHON) -m venv /tmp/sakip-lock
	/tmp/sakip-lock/bin/pip install -q -e ".[test]"
	/tmp/sakip-lock/bin/pip freeze --exclude-editable | grep -v '^sakip' > requirements.lock

clean:
	rm -rf $(VENV) var
