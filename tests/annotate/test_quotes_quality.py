"""Quality gate: quote (span, speaker) F1 stays at its measured level.

Measured by ``bench/quotes.py`` (BENCHMARKS.md, "Quotes"), with the entities
layer: seeds gold direct 93.0 / indirect 66.7; IndoSum annotated set
(``tests/data/quotes_indosum.jsonl``) direct 77.7 / indirect 58.5. The floors
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
    ("seeds", "indirect"): 65.0,
    ("indosum", "direct"): 76.0,
    ("indosum", "indirect"): 57.0,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    model = NerModel.load()
    seeds = bench.seed_docs()
    indosum, _ = bench.indosum_docs(bench.DATA)
    for doc in (*seeds, *indosum):
        doc.article = find_entities(doc.article, model=model)
    return {"seeds": bench.score(seeds, bench.kilas), "indosum": bench.score(indosum, bench.kilas)}


@pytest.mark.parametrize(("data", "kind"), sorted(FLOORS))
def test_quote_f1_floor(scores: dict[str, Any], data: str, kind: str) -> None:
    assert scores[data][kind]["F1"] >= FLOORS[(data, kind)]


def test_quotes_beat_the_regex_baseline(scores: dict[str, Any]) -> None:
    indosum, _ = bench.indosum_docs(bench.DATA)
    baseline = bench.score(indosum, bench.baseline)
    for kind in bench.KINDS:
        assert scores["indosum"][kind]["F1"] > baseline[kind]["F1"] + 30
