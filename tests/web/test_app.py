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


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> TestClient:
    db = tmp_path_factory.mktemp("api") / "k.db"
    with Corpus.open(db) as corpus:
        corpus.ingest([seeds_dir])
    return TestClient(create_app(db))


def test_json_api_stories_carry_their_own_summary_timeline_and_quotes(api: TestClient) -> None:
    stories = api.get("/api/stories").json()
    assert len(stories) == 3
    video_call = next(s for s in stories if s["start"] == "2022-12-30")
    one = api.get(f"/api/stories/{video_call['id'][:8]}").json()
    members = set(video_call["articles"])
    assert one["story"]["id"] == video_call["id"]
    cited = {
        c["article_id"]
        for part in ("summary", "timeline", "quotes")
        for item in one[part]
        for c in item["citations"]
    }
    assert cited and cited <= members
    assert any(e["date"] == "2023-SP" and e["granularity"] == "season" for e in one["timeline"])
    assert api.get("/api/stories/zzzz").status_code == 404


def test_json_api_timeline_entities_quotes_and_search(api: TestClient) -> None:
    december = api.get("/api/timeline", params={"from": "2022-12", "to": "2022-12"}).json()
    assert [e["date"] for e in december] == ["2022-12-30"]
    china = api.get("/api/entities/Tiongkok").json()
    assert china["name"] == "China"
    assert {"Cina", "Tiongkok"} <= {a["name"] for a in china["aliases"]}
    assert api.get("/api/entities/Atlantis").status_code == 404
    people = api.get("/api/entities", params={"type": "PER"}).json()
    assert {p["type"] for p in people} == {"PER"}
    gabuev = api.get("/api/quotes", params={"speaker": "Gabuev"}).json()
    assert len(gabuev) >= 3 and {q["speaker"] for q in gabuev} == {"Alexander Gabuev"}
    hits = api.get("/api/search", params={"q": "Lavrov"}).json()
    article = api.get(f"/api/articles/{hits[0]['article_id']}").json()
    assert "Sergei Lavrov" in article["text"]
    assert api.get("/api/articles/ffffffff").status_code == 404
