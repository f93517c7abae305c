"""Records: spans match their text, and dict round-trips are lossless."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kilas.model import (
    Article,
    Citation,
    Duplicate,
    Mention,
    PrintedDate,
    Quote,
    RemovedLine,
    Span,
    TimeExpr,
    TimelineEntry,
    content_id,
)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, Span]:
    text = draw(st.text(min_size=1, max_size=200))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, Span.of(text, start, end)


@given(text_and_span())
def test_span_text_is_its_slice(pair: tuple[str, Span]) -> None:
    text, span = pair
    assert text[span.start : span.end] == span.text
    assert span.matches(text)


@given(text_and_span())
def test_article_round_trips_through_json(pair: tuple[str, Span]) -> None:
    text, span = pair
    article = Article(
        id=content_id(text),
        source="x.txt",
        raw=text,
        text=text,
        outlet="Liputan6.com",
        published=PrintedDate(value="2023-10-18T12:12:00+07:00", text="Okt 18, 2023 12:12"),
        removed=(RemovedLine(raw_start=0, raw_end=0, text="", reason="ad"),),
        paragraphs=(span,),
        mentions=(Mention(span=span, label="PER"),),
        times=(TimeExpr(span=span, value="2023-10", granularity="month", kind="date"),),
        quotes=(Quote(span=span, kind="direct", speaker="Vladimir Putin", via="CCTV"),),
        meta={"category": "dunia"},
    )
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article


def test_span_rejects_text_of_wrong_length() -> None:
    with pytest.raises(ValueError, match="length"):
        Span(start=0, end=3, text="ab")


def test_article_rejects_span_not_matching_clean_text() -> None:
    with pytest.raises(ValueError, match="does not match"):
        Article(
            id="a",
            source="s",
            raw="Putin",
            text="Putin",
            sentences=(Span(start=0, end=2, text="Xi"),),
        )


def test_content_id_is_stable_and_separates_parts() -> None:
    assert content_id("ab", "c") == content_id("ab", "c")
    assert content_id("ab", "c") != content_id("a", "bc")


def test_corpus_records_round_trip() -> None:
    cite = Citation(article_id="a1", start=0, end=5, outlet="ANTARA News")
    entry = TimelineEntry(date="2022-02", granularity="month", description="d", citations=(cite,))
    dup = Duplicate(article_id="a", other_id="b", relation="copy_of", shared=0.9)
    assert TimelineEntry.from_dict(entry.to_dict()) == entry
    assert Duplicate.from_dict(dup.to_dict()) == dup
