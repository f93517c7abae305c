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
