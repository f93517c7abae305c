"""Quality gate: the shipped NER model's held-out F1 stays at its measured level.

Measured when the model was committed (models/ner/README.md): idner-news-2k
test 87.6, NERGrit test 72.1 tagged with the model's NERGrit convention
(entity-level exact match, PER/ORG/LOC). The floors sit half a point below.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kilas.annotate.entities import NerModel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from ner_data import Sentence, idner, nergrit, score


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def f1(model: NerModel, sentences: list[Sentence], convention: str | None = None) -> float:
    pred = [model.tag([w for w, _ in s], convention=convention) for s in sentences]
    return score([[t for _, t in s] for s in sentences], pred)["ALL"][2]


def test_idner_news_test_f1_floor(model: NerModel) -> None:
    assert f1(model, idner("test")) >= 87.1


def test_nergrit_test_f1_floor(model: NerModel) -> None:
    assert f1(model, nergrit("test"), convention="nergrit") >= 71.6
