"""read_inputs as a whole: stable ids, generator behaviour, the IndoSum corpus."""

from __future__ import annotations

import json
import time
import types
from pathlib import Path

import pytest

from kilas.ingest import read_inputs
from kilas.model import Article

INDOSUM = Path(__file__).resolve().parents[2].parent / "shared/data/indosum/articles.jsonl"


def _mixed_folder(root: Path, berita: str, html: str) -> Path:
    (root / "a.txt").write_text(berita, "utf-8")
    (root / "b.html").write_text(html, "utf-8")
    row = {"text": berita, "title": "Sri Mulyani", "url": "https://contoh.co.id/1"}
    (root / "c.jsonl").write_text(json.dumps(row) + "\n", "utf-8")
    return root


def test_same_input_gives_same_ids(tmp_path: Path, berita: str, page: types.FunctionType) -> None:
    folder = _mixed_folder(tmp_path, berita, page())
    first = [item.to_dict() for item in read_inputs([folder])]
    second = [item.to_dict() for item in read_inputs([folder])]
    assert first == second
    assert len({item["id"] for item in first}) == 3


def test_read_inputs_is_a_generator(tmp_path: Path, berita: str) -> None:
    (tmp_path / "a.txt").write_text(berita, "utf-8")
    items = read_inputs([tmp_path])
    assert isinstance(items, types.GeneratorType)
    assert isinstance(next(items), Article)


def test_articles_round_trip_through_dicts(
    tmp_path: Path, berita: str, page: types.FunctionType
) -> None:
    for item in read_inputs([_mixed_folder(tmp_path, berita, page())]):
        assert type(item).from_dict(item.to_dict()) == item


@pytest.mark.skipif(not INDOSUM.exists(), reason="IndoSum sample not present")
def test_indosum_reads_every_article_with_outlet_and_date() -> None:
    start = time.perf_counter()
    items = list(read_inputs([INDOSUM]))
    elapsed = time.perf_counter() - start
    assert len(items) == 2464
    assert all(isinstance(item, Article) for item in items)
    articles = [item for item in items if isinstance(item, Article)]
    assert all(article.outlet and article.published for article in articles)
    assert all(set(article.meta) == {"id", "category"} for article in articles)
    assert articles[0].source == f"{INDOSUM}:1"
    assert len({article.id for article in articles}) == len(articles)
    assert elapsed < 10
