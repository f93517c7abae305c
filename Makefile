# kilas — everything a fresh machine needs, from python3 alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEEDS  ?= ../shared/seeds

.PHONY: demo test lint typecheck unit install clean bench

$(BIN)/kilas: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/kilas

install: $(BIN)/kilas

demo: install
	rm -f demo.db
	$(BIN)/kilas ingest $(SEEDS) --db demo.db
	$(BIN)/kilas brief --db demo.db --format md -o briefing.md
	$(BIN)/kilas brief --db demo.db --format html -o briefing.html
	@echo "wrote briefing.md and briefing.html"

lint: install
	$(BIN)/ruff check src tests bench training
	$(BIN)/ruff format --check src tests bench training

typecheck: install
	$(BIN)/mypy --strict src

unit: install
	$(BIN)/pytest

test: lint typecheck unit

train-ner: install  ## retrain models/ner/ from ../shared/data/ner (about 1 minute, one core)
	OMP_NUM_THREADS=1 nice -n 10 $(BIN)/python training/ner.py

clean:
	rm -rf $(VENV) demo.db briefing.md briefing.html .pytest_cache .mypy_cache .ruff_cache
