"""Quality gate: quote (span, speaker) F1 stays at its measured level.

Measured by ``bench/quotes.py`` (BENCHMARKS.md, "Quotes"), with the entities
layer, 2026-12-02: seeds gold direct 95.2 / indirect 70.0; IndoSum set A
(``tests/data/quotes_indosum.jsonl``) direct 84.6 / indirect 75.6; set B
(``quotes_indosum_b.jsonl``) 94.7 / 86.0; set C (``quotes_indosum_c.jsonl``)
72.1 / 79.2; set D (``quotes_indosum_d.jsonl``, held out while the rules were
last changed) 76.4 / 69.7. The floors sit a little below. The seeds indirect
floor is lower than before: the stage now also reports opinions ("AS
menganggap Tiongkok sebagai …") that the seeds gold, which lists only the
quotes the briefing needs, does not list.
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
    ("indosum", "direct"): 83.5,
    ("indosum", "indirect"): 74.5,
    ("indosum_b", "direct"): 93.5,
    ("indosum_b", "indirect"): 85.0,
    ("indosum_c", "direct"): 71.0,
    ("indosum_c", "indirect"): 78.0,
    ("indosum_d", "direct"): 75.0,
    ("indosum_d", "indirect"): 68.5,
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


@pytest.mark.parametrize("data", ["indosum", "indosum_b", "indosum_c", "indosum_d"])
def test_quotes_beat_the_regex_baseline(
    docs: dict[str, list[Any]], scores: dict[str, Any], data: str
) -> None:
    baseline = bench.score(docs[data], bench.baseline)
    for kind in bench.KINDS:
        assert scores[data][kind]["F1"] > baseline[kind]["F1"] + 30
