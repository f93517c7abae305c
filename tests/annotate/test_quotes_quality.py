"""Quality gate: quote (span, speaker) F1 stays at its measured level.

Measured by ``bench/quotes.py`` (BENCHMARKS.md, "Quotes"), with the entities
layer: seeds gold direct 93.0 / indirect 73.7; IndoSum set A
(``tests/data/quotes_indosum.jsonl``) direct 83.3 / indirect 73.2; IndoSum set
B (``tests/data/quotes_indosum_b.jsonl``) direct 93.0 / indirect 81.1; set C
(``tests/data/quotes_indosum_c.jsonl``) direct 60.5 / indirect 50.9. The floors
sit a little below.
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
    ("seeds", "direct"): 92.0,
    ("seeds", "indirect"): 72.0,
    ("indosum", "direct"): 82.0,
    ("indosum", "indirect"): 72.0,
    ("indosum_b", "direct"): 91.0,
    ("indosum_b", "indirect"): 79.0,
    ("indosum_c", "direct"): 59.0,
    ("indosum_c", "indirect"): 49.0,
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


@pytest.mark.parametrize("data", ["indosum", "indosum_b", "indosum_c"])
def test_quotes_beat_the_regex_baseline(
    docs: dict[str, list[Any]], scores: dict[str, Any], data: str
) -> None:
    baseline = bench.score(docs[data], bench.baseline)
    for kind in bench.KINDS:
        assert scores[data][kind]["F1"] > baseline[kind]["F1"] + 30
