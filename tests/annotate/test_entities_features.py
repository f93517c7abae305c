"""The NER tagger's features: the per-word cache and annotation conventions."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from kilas.annotate.entities import NerModel, model_attributes
from kilas.annotate.ner_features import CodedFeatures, Lexicon, WordCache, sentence_features
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


def _test_sentences() -> list[list[str]]:
    return [[w for w, _ in s] for s in idner("test") + nergrit("test")]


def test_model_attributes_are_the_attributes_with_weights(model: NerModel) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model.path / "model.crfsuite"))
    slow = {attr.encode() for attr, _ in tagger.info().state_features}
    fast = model_attributes(model.path / "model.crfsuite", tagger)
    assert fast == slow
    assert b"w=jakarta" in fast


def test_coded_features_are_the_known_sentence_features_in_order(model: NerModel) -> None:
    known = model_attributes(model.path / "model.crfsuite", model._tagger)
    coder = CodedFeatures(model.lexicon, known, max_words=500)  # small: generations turn over
    sentences = [*_test_sentences()[:400], ["Jakarta"], ["a|b", "|", "b|c"], []]
    for words in sentences:
        expected = [
            [b for f in feats if (b := f.encode()) in known]
            for feats in sentence_features(words, model.lexicon)
        ]
        assert coder(words) == expected
    longest = max(map(len, sentences))  # a generation turns over between sentences
    assert max(len(coder._young), len(coder._old)) <= 250 + longest


def test_fast_tags_equal_tags_of_all_features(model: NerModel) -> None:
    tagger = model._tagger
    tags = [model.tag(words) for words in _test_sentences()]
    slow = [
        list(tagger.tag(sentence_features(w, model.lexicon))) if w else []
        for w in _test_sentences()
    ]
    assert tags == slow
    assert sum(t != "O" for ts in tags for t in ts) > 1000
