"""The web app serves the briefing, the article view with marked dates and quotes, and search."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kilas.api import Corpus
from kilas.web import pages
from kilas.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "k.db"
    with Corpus.open(db) as corpus:
        corpus.ingest([seeds_dir / "003_3f1231850dda2433.txt"])
    return TestClient(create_app(db))


def test_the_whole_html_briefing_is_at_briefing(client: TestClient) -> None:
    page = client.get("/briefing")
    assert page.status_code == 200
    assert "<h2>Duplicates and copies</h2>" in page.text
    assert "Putin Ajak Xi Jinping" in page.text


def test_article_view_marks_dates_and_quotes(client: TestClient) -> None:
    row = client.get("/api/briefing").json()["articles"][0]
    page = client.get(f"/articles/{row['id'][:8]}").text
    assert "<span class='time'>Jumat (30/12)</span>" in page
    story = client.get("/api/stories").json()[0]
    assert f"story: <a href='/stories/{story['id']}'>{story['label']}</a>" in page
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


def test_home_is_an_overview_of_the_largest_stories_and_key_actors(api: TestClient) -> None:
    home = api.get("/").text
    assert "5 articles from 3 outlets, 2022-12-30 – 2024, 3 stories." in home
    overview = home[home.index("<h2>Overview</h2>") : home.index("<h2>Largest stories</h2>")]
    assert "Presiden Rusia Vladimir Putin tiba di Beijing pada Selasa (17/10/2023)" in overview
    stories = api.get("/api/stories").json()
    largest = sorted(stories, key=lambda s: (-len(s["articles"]), s["start"] or "~"))
    listed = home[home.index("<h2>Largest stories</h2>") : home.index("<h2>Key actors</h2>")]
    hrefs = [listed.index(f"href='/stories/{s['id']}'") for s in largest]
    assert hrefs == sorted(hrefs)  # two-article stories first, then the one-article story
    assert "<td>2</td><td>Liputan6.com</td>" in listed
    actors = home[home.index("<h2>Key actors</h2>") :]
    assert "<a href='/entities/Vladimir%20Putin'>Vladimir Putin</a>" in actors
    assert "<a href='/briefing'>" in home and "<form action='/search'" in home
    assert "<h2>Articles</h2>" not in home  # the article list is the briefing's, not home's


def test_story_page_lists_its_articles_timeline_and_speakers(api: TestClient) -> None:
    stories = api.get("/api/stories").json()
    video_call = next(s for s in stories if s["start"] == "2022-12-30")
    page = api.get(f"/stories/{video_call['id'][:8]}").text
    articles = page[page.index("<h2>Articles</h2>") :]
    assert "Putin Ajak Xi Jinping Perkuat Kerja Sama Militer, Puji Usaha Lawan Barat</a>" in (
        articles
    )
    assert articles.count("href='/articles/") == len(video_call["articles"]) == 1
    assert "<span class='date'>2023-SP</span> <span class='gran'>season</span>" in page
    said = page[page.index("<h2>Who said what</h2>") : page.index("<h2>Articles</h2>")]
    assert "<a href='/quotes?speaker=Vladimir%20Putin'><strong>Vladimir Putin</strong></a>" in said
    assert "“Kami bertujuan untuk memperkuat kerja sama" in said
    assert "Pertemuan Xi Jinping dan Vladimir Putin di Beijing" not in page  # another story
    assert api.get("/stories/zzzz").status_code == 404


def test_entity_page_lists_its_quotes_roles_and_stories(api: TestClient) -> None:
    page = api.get("/entities/Gabuev").text  # an alias finds the entity
    assert "<h1>Alexander Gabuev</h1>" in page
    assert "<li>Direktur Carnegie Russia Eurasia Center</li>" in page
    quotes = page[page.index("<h2>Quotes (4)</h2>") : page.index("<h2>Stories (1)</h2>")]
    assert "“Bagi Rusia, China adalah penyelamatnya" in quotes
    assert "Liputan6.com, 2023-10-18</a>" in quotes
    stories = page[page.index("<h2>Stories (1)</h2>") : page.index("<h2>Articles</h2>")]
    assert "Forum Belt and Road" in stories and "Putin Ajak" not in stories
    assert api.get("/entities/Atlantis").status_code == 404


def test_speaker_page_gathers_the_quotes_of_every_name_of_the_speaker(api: TestClient) -> None:
    page = api.get("/quotes", params={"speaker": "Gabuev"}).text
    assert "<h1>Quotes of Gabuev</h1><p>4 quotes" in page
    assert page.count("<li>“") == 3 and page.count("(indirect)") == 1
    none = api.get("/quotes", params={"speaker": "Atlantis"}).text
    assert "<p>0 quotes" in none and "<p>No quotes.</p>" in none


def test_listings_are_paginated(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PER_PAGE", 2)
    first, last = api.get("/stories").text, api.get("/stories", params={"page": 2}).text
    assert first.count("href='/stories/") == 2 and last.count("href='/stories/") == 1
    assert "page 1 of 2 · <a href='/stories?page=2'>more →</a>" in first
    assert "<a href='/stories?page=1'>← previous</a> · page 2 of 2" in last
    home = api.get("/", params={"page": 2}).text
    assert home.count("href='/stories/") == 1 and "<h2>Overview</h2>" not in home
    people = api.get("/entities", params={"type": "per", "page": 2}).text
    assert "<a href='/entities?type=PER&page=1'>← previous</a>" in people
    assert api.get("/", params={"page": 0}).status_code == 422


def test_entity_page_of_a_frequent_entity_shows_its_largest_stories_first(
    api: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "STORIES_SHOWN", 1)
    monkeypatch.setattr(pages, "ARTICLES_SHOWN", 2)
    page = api.get("/entities/Vladimir%20Putin").text
    assert "<p>PER · 5 articles" in page
    stories = page[page.index("<h2>Stories (3)</h2>") : page.index("<h2>Articles</h2>")]
    assert stories.count("href='/stories/") == 1 and "<p>and 2 more, smaller.</p>" in stories
    assert "Putin Ajak" not in stories  # the one-article story is the smallest
    articles = page[page.index("<h2>Articles</h2>") :]
    assert articles.count("href='/articles/") == 2 and "<p>and 3 more.</p>" in articles


def test_pages_load_nothing_from_the_network(api: TestClient) -> None:
    story = api.get("/api/stories").json()[0]["id"]
    for url in ("/", "/stories", f"/stories/{story}", "/entities", "/entities/China"):
        page = api.get(url).text.casefold()
        assert "<script" not in page and "<link" not in page and " src=" not in page, url
        assert "//" not in page.replace("<!doctype html>", ""), url  # no http(s):// anywhere
