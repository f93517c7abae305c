"""Stages declare what they need; the pipeline names a missing layer when built."""

from __future__ import annotations

import dataclasses

import pytest

from kilas.errors import PipelineError
from kilas.model import Article, Span
from kilas.pipeline import Pipeline, stage


@stage("upper", requires={"text"}, assigns={"shout"})
def shout(article: Article) -> Article:
    return dataclasses.replace(article, text=article.text.upper())


@stage("first-word", requires={"text"}, assigns={"sentences"})
def first_word(article: Article) -> Article:
    end = article.text.find(" ")
    return dataclasses.replace(article, sentences=(Span.of(article.text, 0, end),))


@stage("needs-entities", requires={"entities"}, assigns={"quotes"})
def needs_entities(article: Article) -> Article:
    return article


def test_pipeline_runs_stages_in_order_and_records_layers() -> None:
    pipeline = Pipeline([shout, first_word], provided={"text"})
    article = Article(id="a", source="s.txt", raw="kata Menteri", text="kata Menteri")
    result = pipeline(article)
    assert result.text == "KATA MENTERI"
    assert result.sentences[0].text == "KATA"
    assert result.layers == ("shout", "sentences")
    assert article.text == "kata Menteri"  # the input record is untouched


def test_pipeline_names_the_missing_layer() -> None:
    with pytest.raises(PipelineError, match=r"needs-entities.*\['entities'\]"):
        Pipeline([shout, needs_entities], provided={"text"})
