"""Quality gate: quote (span, speaker) F1 stays at its measured level.

Measured by ``bench/quotes.py`` (BENCHMARKS.md, "Quotes"), with the entities
layer (main's NER model as of commit 538c4aa), 2026-12-02 (third round): seeds
gold direct 95.2 / indirect 70.0; IndoSum set A (``tests/data/quotes_indosum.jsonl``)
direct 92.3 / indirect 87.8; set B (``quotes_indosum_b.jsonl``) 98.2 / 94.3; set C
(``quotes_indosum_c.jsonl``) 76.7 / 86.8; set D (``quotes_indosum_d.jsonl``,
held out) 85.4 / 72.7; set E (``quotes_indosum_e.jsonl``, held out) 82.2 / 57.5;
set F (``quotes_indosum_f.jsonl``, development set of hard speaker cases) 93.2 /
90.9. The floors sit a little below. The seeds indirect floor is low: the stage
also reports opinions ("AS menganggap Tiongkok sebagai …") that the seeds gold,
which lists only the quotes the briefing needs, does not list. Set E's indirect
floor is the earlier one: its figure fell from 60.0 to 57.5 (one speaker fewer
right) in this round and is above it still. Set G (``quotes_indosum_g.jsonl``, development
set rich in indirect speech, added later the same day) 85.0 / 74.2 with this stage.
Fourth round (branch ``quotes``, 2026-12-02 18:34 UTC): A indirect 90.2, B indirect 95.2,
F 94.1 / 91.5, G 95.0 / 83.2 (development sets; their floors raised to just below);
seeds, C, D and E unchanged, so their floors stay.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import quotes as bench

from kilas.annotate.entities import NerModel, find_entities

FLOORS = {
    ("seeds", "direct"): 94.0,
    ("seeds", "indirect"): 69.0,
    ("indosum", "direct"): 91.5,
    ("indosum", "indirect"): 90.0,
    ("indosum_b", "direct"): 97.5,
    ("indosum_b", "indirect"): 95.0,
    ("indosum_c", "direct"): 76.0,
    ("indosum_c", "indirect"): 86.0,
    ("indosum_d", "direct"): 85.0,
    ("indosum_d", "indirect"): 72.5,
    ("indosum_e", "direct"): 82.0,
    ("indosum_e", "indirect"): 57.0,
    ("indosum_f", "direct"): 94.0,
    ("indosum_f", "indirect"): 91.0,
    ("indosum_g", "direct"): 94.5,
    ("indosum_g", "indirect"): 83.0,
}


@pytest.fixture(scope="module")
def docs() -> dict[str, list[Any]]:
    model = NerModel.load()
    articles = bench.load_indosum(bench.DATA)
    sets = {
        "seeds": bench.seed_docs(),
        "indosum": bench.annotated_docs(bench.ANNOTATED, articles),
        "indosum_b": bench.annotated_docs(bench.ANNOTATED_B, articles),
        "indosum_c": bench.annotated_docs(bench.ANNOTATED_C, articles),
        "indosum_d": bench.annotated_docs(bench.ANNOTATED_D, articles),
        "indosum_e": bench.annotated_docs(bench.ANNOTATED_E, articles),
        "indosum_f": bench.annotated_docs(bench.ANNOTATED_F, articles),
        "indosum_g": bench.annotated_docs(bench.ANNOTATED_G, articles),
    }
    for doc in (d for found in sets.values() for d in found):
        doc.article = find_entities(doc.article, model=model)
    return sets


@pytest.fixture(scope="module")
def scores(docs: dict[str, list[Any]]) -> dict[str, Any]:
    return {name: bench.score(found, bench.kilas) for name, found in docs.items()}


@pytest.mark.parametrize(("data", "kind"), sorted(FLOORS))
def test_quote_f1_floor(scores: dict[str, Any], data: str, kind: str) -> None:
    assert scores[data][kind]["F1"] >= FLOORS[(data, kind)]


@pytest.mark.parametrize(
    "data",
    ["indosum", "indosum_b", "indosum_c", "indosum_d", "indosum_e", "indosum_f", "indosum_g"],
)
def test_quotes_beat_the_regex_baseline(
    docs: dict[str, list[Any]], scores: dict[str, Any], data: str
) -> None:
    baseline = bench.score(docs[data], bench.baseline)
    for kind in bench.KINDS:
        assert scores[data][kind]["F1"] > baseline[kind]["F1"] + 30
