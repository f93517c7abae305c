"""Annotation layers are mirrored into their tables, and replaced when an article changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import text

from kilas.model import Article, Mention, Quote, Span, TimeExpr
from kilas.store import Store

TEXT = '"Kami siap," kata Menteri Keuangan Sri Mulyani di Jakarta, Senin (12/8).'


def _article() -> Article:
    return Article(
        id="a1",
        source="berita.txt",
        raw=TEXT,
        text=TEXT,
        mentions=(Mention(span=Span.of(TEXT, 35, 46), label="PER", name="Sri Mulyani"),),
        times=(
            TimeExpr(
                span=Span.of(TEXT, 59, 71), value="2024-08-12", granularity="day", kind="date"
            ),
        ),
        quotes=(Quote(span=Span.of(TEXT, 1, 10), kind="direct", speaker="Sri Mulyani"),),
    )


def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def test_layers_are_queryable_in_sql(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as store:
        store.write_articles([_article()])
        assert _rows(store, "SELECT text, name FROM mentions") == [("Sri Mulyani", "Sri Mulyani")]
        assert _rows(store, "SELECT text, value FROM time_exprs") == [
            ("Senin (12/8)", "2024-08-12")
        ]
        assert _rows(store, "SELECT text, speaker FROM quotes") == [("Kami siap", "Sri Mulyani")]


def test_an_updated_article_replaces_its_layer_rows(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as store:
        store.write_articles([_article()])
        result = store.write_articles([dataclasses.replace(_article(), quotes=())])
        assert result.updated == ("a1",)
        assert _rows(store, "SELECT count(*) FROM quotes") == [(0,)]
        assert _rows(store, "SELECT count(*) FROM time_exprs") == [(1,)]
