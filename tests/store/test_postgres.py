"""The same corpus on a PostgreSQL server: migrations, idempotent ingest, search, briefing.

Runs when ``KILAS_TEST_POSTGRES`` names a database the test may wipe (``.ci/run``
starts a local server and sets it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kilas.api import Corpus
from kilas.corpus.dedup import DuplicateIndex
from kilas.model import Article, Span
from kilas.settings import DedupSettings
from kilas.store import Store

URL = os.environ.get("KILAS_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server given (KILAS_TEST_POSTGRES)")


@pytest.fixture
def url() -> str:
    assert URL is not None
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"))
    engine.dispose()
    return URL


def test_seeds_on_postgres_match_sqlite(url: str, seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "k.db") as lite:
        lite.ingest([seeds_dir])
        expected = json.loads(lite.brief(format="json"))
    with Corpus.open(url) as corpus:
        first = corpus.ingest([seeds_dir])
        again = corpus.ingest([seeds_dir])
        assert (first.new, again.unchanged) == (5, 5)
        hits = corpus.search("Zhongnanhai")
        assert [h.title for h in hits] == ["Pertemuan Xi Jinping dan Vladimir Putin di Beijing"]
        briefing = json.loads(corpus.brief(format="json"))
    assert briefing == expected


def _article(article_id: str, paragraphs: list[str]) -> Article:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for paragraph in paragraphs:
        spans.append(Span.of(text, at, at + len(paragraph)))
        at += len(paragraph) + 2
    return Article(id=article_id, source=article_id, raw=text, text=text, paragraphs=tuple(spans))


def test_duplicate_index_on_postgres_finds_what_it_finds_in_memory(
    url: str, seed_texts: dict[str, str]
) -> None:
    blocks = [
        [p.strip() for p in text.split("\n\n") if len(p.split()) >= 12]
        for text in seed_texts.values()
    ]
    articles = [
        _article("a", blocks[0]),
        _article("b", blocks[1]),
        _article("salinan-a", blocks[0][1:]),  # a copy without its first paragraph
        _article("campuran", [blocks[1][0], blocks[2][0]]),  # borrows one paragraph of b
        _article("sama-a", blocks[0]),
    ]
    in_memory = DuplicateIndex(DedupSettings())
    expected = [in_memory.add(a) for a in articles]
    with Store.open(url) as store:
        store.write_articles(articles)
        index = DuplicateIndex(DedupSettings(), storage=store)
        found = []
        for batch in (articles[:2], articles[2:4], articles[4:]):
            results = index.add_batch(batch)
            found.extend(results)
            links = [d for r in results for d in r.duplicates]
            paragraphs = [p for r in results for p in r.paragraphs]
            for _ in range(2):  # links are upserts: the second write changes nothing
                store.write_dedup(duplicates=links, paragraphs=paragraphs, index=index.pending())
        stored = (set(store.duplicates()), set(store.paragraph_duplicates()))
    assert found == expected
    assert stored == (
        {d for r in found for d in r.duplicates},
        {p for r in found for p in r.paragraphs},
    )
    assert {d.other_id for d in found[4].duplicates if d.article_id == "sama-a"} >= {"a"}
    assert any(p.other_id == "b" for r in found for p in r.paragraphs)
