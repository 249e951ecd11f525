# Copydesk: the two commands are `make run` and `make test`; both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install compile run test lint typecheck deadcode pytest bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Bytecode is compiled ahead (also where PYTHONDONTWRITEBYTECODE is set), so start-up
# does not pay for compiling the package.
compile: install
	$(BIN)/python -m compileall -q editor > /dev/null

run: compile
	$(BIN)/copydesk gui

lint: install
	$(BIN)/ruff check editor tests
	$(BIN)/ruff format --check editor tests

typecheck: install
	$(BIN)/mypy
	$(BIN)/lint-imports

# Dead code: a name nothing in the package or its tests uses. Names only Qt, SQLAlchemy,
# Alembic or pytest use (by override or reflection) are listed in the whitelist.
deadcode: install
	$(BIN)/vulture editor tests tests/vulture_whitelist.py --min-confidence 60

pytest: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck deadcode pytest

bench: compile
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
