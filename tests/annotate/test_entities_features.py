"""The NER tagger's features: the per-word cache and annotation conventions."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from kilas.annotate.entities import NerModel
from kilas.annotate.ner_features import Lexicon, WordCache, sentence_features
from kilas.errors import ConfigError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from ner_data import idner, nergrit

SENTENCES = [
    words.split(" ")
    for words in (
        "Presiden Joko Widodo bertemu Xi Jinping di Beijing , Tiongkok .",
        "Xi Jinping mengatakan Tiongkok siap bekerja sama dengan Indonesia .",
        "Jakarta",
    )
]


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def test_cached_features_equal_fresh_features(model: NerModel) -> None:
    cache: WordCache = {}
    for words in SENTENCES + SENTENCES:
        assert sentence_features(words, model.lexicon, cache) == sentence_features(
            words, model.lexicon
        )
    assert "Tiongkok" in cache


def test_neighbour_features_carry_their_offset() -> None:
    feats = sentence_features(["kata", "Budi"], Lexicon())
    assert "-1:w=kata" in feats[1]
    assert "-1:cue=per" in feats[1]
    assert "1:w=budi" in feats[0]
    assert "-2:pad" in feats[0]


def test_convention_features_only_when_asked() -> None:
    plain = sentence_features(["Desa", "Kedungbulus"], Lexicon())
    marked = sentence_features(["Desa", "Kedungbulus"], Lexicon(), convention="nergrit")
    assert not any(f.startswith("nergrit:") for f in plain[0])
    assert "nergrit:w=desa" in marked[0]
    assert "nergrit:-1w=desa" in marked[1]


def test_unknown_convention_is_a_config_error(model: NerModel) -> None:
    with pytest.raises(ConfigError, match="E111"):
        model.tag(["Jakarta"], convention="no-such-corpus")


def test_tagging_speed_floor() -> None:
    """At least 10,000 words per CPU-second from a freshly loaded model (measured ~60,000)."""
    words = [[w for w, _ in s] for s in idner("test") + nergrit("test")]
    model = NerModel.load()
    started = time.process_time()
    for ws in words:
        model.tag(ws)
    assert sum(map(len, words)) / (time.process_time() - started) >= 10_000
