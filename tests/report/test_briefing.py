"""The briefing lists articles by date with how each date is known, and cites copies."""

from __future__ import annotations

import json

import pytest

from kilas.errors import ConfigError
from kilas.model import Article, Briefing, Duplicate, InferredDate, PrintedDate, Span
from kilas.report import build_briefing, render


def _article(aid: str, outlet: str | None, **kw: object) -> Article:
    text = "Presiden Joko Widodo meresmikan jalan tol, Senin (12/8)."
    return Article(id=aid, source=f"{aid}.txt", raw=text, text=text, outlet=outlet, **kw)  # type: ignore[arg-type]


@pytest.fixture
def briefing() -> Briefing:
    text = "Presiden Joko Widodo meresmikan jalan tol, Senin (12/8)."
    articles = [
        _article(
            "b",
            "Kompas.com",
            title="Jokowi resmikan tol",
            published=PrintedDate(
                value="2024-08-12T10:00:00+07:00", text="12 Agustus 2024 10:00 WIB"
            ),
        ),
        _article(
            "a",
            "ANTARA News",
            inferred_date=InferredDate(
                value="2024-08-12",
                earliest="2024-08-12",
                latest="2024-08-12",
                confidence=0.9,
                evidence=(Span.of(text, 43, 55),),
            ),
        ),
        _article("c", None),
    ]
    links = [
        Duplicate(article_id="a", other_id="b", relation="copy_of", shared=0.82),
        Duplicate(article_id="b", other_id="a", relation="copied_by", shared=0.8),
    ]
    return build_briefing(articles, links, title="Tol")


def test_articles_are_listed_by_date_with_the_kind_of_date(briefing: Briefing) -> None:
    rows = [(a.id, a.date, a.date_kind) for a in briefing.articles]
    assert rows == [
        ("a", "2024-08-12", "inferred"),
        ("b", "2024-08-12", "printed"),
        ("c", None, "unknown"),
    ]
    assert briefing.articles[0].date_evidence == "Senin (12/8)"


def test_each_copy_is_listed_once_from_the_copy_side(briefing: Briefing) -> None:
    assert [(d.article_id, d.relation) for d in briefing.duplicates] == [("a", "copy_of")]


def test_outlets_are_counted(briefing: Briefing) -> None:
    assert {o.outlet: o.articles for o in briefing.outlets} == {
        "Kompas.com": 1,
        "ANTARA News": 1,
        "(outlet unknown)": 1,
    }


def test_markdown_cites_dates_and_copies(briefing: Briefing) -> None:
    md = render(briefing, format="md")
    assert md.startswith("# Tol\n")
    assert "2024-08-12 (inferred: Senin (12/8))" in md
    assert "copies Jokowi resmikan tol (`b`): 82% of its text shared" in md


def test_html_is_self_contained_and_escaped(briefing: Briefing) -> None:
    page = render(briefing, format="html")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page and "http" not in page
    assert "href='#a-b'" in page


def test_json_round_trips_to_the_same_briefing(briefing: Briefing) -> None:
    data = json.loads(render(briefing, format="json"))
    assert Briefing.from_dict(data) == briefing


def test_unknown_format_is_a_config_error(briefing: Briefing) -> None:
    with pytest.raises(ConfigError, match="E104"):
        render(briefing, format="pdf")
