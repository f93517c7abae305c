"""The clean stage against the hand-made gold of the five seed articles."""

from __future__ import annotations

from typing import Any

import pytest

from kilas.model import Article

SEEDS = (
    "000_74d07013873802ec.txt",
    "001_efabbbb21d33a378.txt",
    "002_55c167d3a3c6d0d8.txt",
    "003_3f1231850dda2433.txt",
    "004_5bb9aeed40329113.txt",
)
CAPTION_REASONS = {"caption"}
BOILERPLATE_REASONS = {
    "ad",
    "share-widget",
    "reading-time",
    "tags",
    "counter",
    "bullet",
    "caption",
}


def _removed(article: Article, text: str) -> list[str]:
    return [r.reason for r in article.removed if r.text == text]


@pytest.mark.parametrize("name", SEEDS)
def test_gold_boilerplate_lines_are_removed_with_a_reason(
    name: str, cleaned: dict[str, Article], gold: dict[str, Any]
) -> None:
    article = cleaned[name]
    for line in gold["docs"][name].get("boilerplate_lines", []):
        reasons = _removed(article, line)
        assert reasons, f"{line!r} not removed"
        assert set(reasons) <= BOILERPLATE_REASONS
        assert line not in article.text.split("\n\n")


@pytest.mark.parametrize("name", SEEDS)
def test_gold_caption_lines_are_removed_as_captions(
    name: str, cleaned: dict[str, Article], gold: dict[str, Any]
) -> None:
    article = cleaned[name]
    for line in gold["docs"][name].get("caption_lines", []):
        assert set(_removed(article, line)) == CAPTION_REASONS, line
        assert line not in article.text.split("\n\n")


def test_specific_reasons_on_seed_003(cleaned: dict[str, Article]) -> None:
    reasons = {r.text: r.reason for r in cleaned["003_3f1231850dda2433.txt"].removed}
    assert reasons["ADVERTISEMENT"] == "ad"
    assert reasons["sosmed-whatsapp-white"] == "share-widget"
    assert reasons["waktu baca 3 menit"] == "reading-time"
    assert reasons["1"] == "counter"
    assert reasons["·"] == "bullet"
    assert reasons["Foto: Mikhail METZEL / SPUTNIK / AFP"] == "photo-credit"


def test_repeated_paragraph_removed_once_and_kept_once(
    cleaned: dict[str, Article], gold: dict[str, Any]
) -> None:
    name = "001_efabbbb21d33a378.txt"
    article = cleaned[name]
    for paragraph in gold["docs"][name]["duplicate_paragraphs"]:
        assert article.text.count(paragraph) == 1
        assert _removed(article, paragraph) == ["repeated-paragraph"]
    # The first occurrence is the one kept.
    kept = article.text.index(gold["docs"][name]["duplicate_paragraphs"][0])
    raw_start = article.raw_offset(kept)
    assert raw_start == article.raw.index(gold["docs"][name]["duplicate_paragraphs"][0])


@pytest.mark.parametrize("name", SEEDS)
def test_outlet_and_dateline_place(
    name: str, cleaned: dict[str, Article], gold: dict[str, Any]
) -> None:
    doc = gold["docs"][name]
    article = cleaned[name]
    assert article.outlet == doc["outlet"]
    assert article.dateline == doc.get("dateline_place")


def test_dateline_prefix_is_stripped_from_the_body(cleaned: dict[str, Article]) -> None:
    article = cleaned["000_74d07013873802ec.txt"]
    assert article.text.startswith("Vladimir Putin dilaporkan telah mendarat di Beijing")
    assert _removed(article, "Liputan6.com, Beijing -") == ["dateline"]
    smokers = cleaned["002_55c167d3a3c6d0d8.txt"]
    assert smokers.text.startswith("Pertemuan Xi Jinping dan Vladimir Putin di Beijing pada hari")


@pytest.mark.parametrize("name", SEEDS)
def test_titles(name: str, cleaned: dict[str, Article], gold: dict[str, Any]) -> None:
    article = cleaned[name]
    assert article.title == gold["docs"][name].get("title")
    if article.title is not None:
        assert _removed(article, article.title) == ["title"]


@pytest.mark.parametrize(
    ("name", "value", "printed", "zone"),
    [
        (
            "001_efabbbb21d33a378.txt",
            "2023-10-18T12:12:00+07:00",
            "Okt 18, 2023 12:12 Asia/Jakarta",
            "Asia/Jakarta",
        ),
        (
            "003_3f1231850dda2433.txt",
            "2022-12-30T17:54:00+07:00",
            "30 Desember 2022 17:54 WIB",
            "WIB",
        ),
    ],
)
def test_printed_dates(
    name: str,
    value: str,
    printed: str,
    zone: str,
    cleaned: dict[str, Article],
    gold: dict[str, Any],
) -> None:
    published = cleaned[name].published
    assert published is not None
    assert published.value == value == gold["docs"][name]["published"]["datetime"]
    assert published.text == printed
    assert published.timezone == zone
    assert _removed(cleaned[name], printed) == ["dateline-date"]


@pytest.mark.parametrize(
    "name", ["000_74d07013873802ec.txt", "002_55c167d3a3c6d0d8.txt", "004_5bb9aeed40329113.txt"]
)
def test_no_printed_date_is_invented(name: str, cleaned: dict[str, Article]) -> None:
    assert cleaned[name].published is None


@pytest.mark.parametrize("name", SEEDS)
def test_no_quote_or_time_expression_is_lost(
    name: str, cleaned: dict[str, Article], gold: dict[str, Any]
) -> None:
    doc = gold["docs"][name]
    text = cleaned[name].text
    for quote in doc.get("quotes", []):
        assert quote["text"] in text, quote["text"]
    for time in doc.get("time_expressions", []):
        assert time["text"] in text, time["text"]


@pytest.mark.parametrize("name", SEEDS)
def test_body_sentences_survive(name: str, cleaned: dict[str, Article]) -> None:
    """Every long raw line (a body paragraph) is in the clean text, less a prefix or credit."""
    article = cleaned[name]
    cut = {r.text for r in article.removed if r.reason in {"dateline", "photo-credit"}}
    for line in article.raw.splitlines():
        line = line.strip()
        if len(line.split()) < 15 or any(r.text == line for r in article.removed):
            continue
        for piece in cut:
            line = line.replace(piece, "").strip()
        assert line in article.text, line[:80]


def test_headings_are_kept_as_headings(cleaned: dict[str, Article]) -> None:
    liputan = cleaned["000_74d07013873802ec.txt"]
    kumparan = cleaned["003_3f1231850dda2433.txt"]
    assert "Mantan Rival yang Kini Akrab" in [h.text for h in liputan.headings]
    assert "Kemitraan Tanpa Batas" in [h.text for h in kumparan.headings]
    for article in (liputan, kumparan):
        assert not {h.text for h in article.headings} & {p.text for p in article.paragraphs}
        for heading in article.headings:
            assert heading.matches(article.text)


def test_stage_records_its_layers(cleaned: dict[str, Article]) -> None:
    layers = set(cleaned["000_74d07013873802ec.txt"].layers)
    assert {"text", "paragraphs", "headings", "removed", "segments", "outlet"} <= layers
