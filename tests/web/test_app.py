"""The web app serves the briefing, the article view with marked dates and quotes, and search."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kilas.api import Corpus
from kilas.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "k.db"
    with Corpus.open(db) as corpus:
        corpus.ingest([seeds_dir / "003_3f1231850dda2433.txt"])
    return TestClient(create_app(db))


def test_home_is_the_html_briefing(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Putin Ajak Xi Jinping" in page.text


def test_article_view_marks_dates_and_quotes(client: TestClient) -> None:
    row = client.get("/api/briefing").json()["articles"][0]
    page = client.get(f"/articles/{row['id'][:8]}").text
    assert "<span class='time'>Jumat (30/12)</span>" in page
    assert "<span class='quote'>Kami bertujuan untuk memperkuat" in page
    assert "[share-widget] sosmed-whatsapp-white" in page
    summary = page[page.index("<ul class='summary'>") :]
    assert summary.startswith(
        "<ul class='summary'><li>Presiden Rusia, Vladimir Putin, mengungkapkan"
    )


def test_search_finds_words_and_unknown_article_is_404(client: TestClient) -> None:
    assert "Putin Ajak" in client.get("/search", params={"q": "Novo-Ogaryovo"}).text
    assert client.get("/articles/ffffffff").status_code == 404
