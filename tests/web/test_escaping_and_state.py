"""The web app shows hostile article text as text, and follows the store as it changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kilas.api import Corpus
from kilas.web.app import create_app

HOSTILE = {
    "title": "<script>alert(1)</script> Harga beras naik",
    "outlet": "<img src=x onerror=alert(2)>",
    "published": "2023-10-18",
    "text": (
        "Presiden Joko Widodo mengatakan pada Senin (16/10) bahwa <script>alert(3)</script> "
        'harus dihentikan. "Kami <b>tidak</b> akan menyerah pada spekulan beras," kata Joko '
        "Widodo kepada wartawan di Jakarta."
    ),
}


def _rows(folder: Path, *rows: dict[str, str]) -> Path:
    path = folder / f"rows{len(list(folder.glob('*.jsonl')))}.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.db"
    with Corpus.open(path) as corpus:
        assert corpus.ingest([_rows(tmp_path, HOSTILE)]).new == 1
    return path


def test_no_page_runs_a_script_from_an_article(db: Path) -> None:
    client = TestClient(create_app(db))
    article_id = client.get("/api/articles").json()[0]["id"]
    story_id = client.get("/api/stories").json()[0]["id"]
    pages = ("/", "/briefing", "/stories", f"/stories/{story_id}", "/entities")
    people = ("/entities/Joko%20Widodo", "/quotes?speaker=Joko%20Widodo")
    for url in (*pages, *people, "/articles", f"/articles/{article_id}", "/search?q=script"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert "<script" not in page.text and "<img" not in page.text, url
        assert "<b>tidak" not in page.text, url
    article = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in article
    story = client.get(f"/stories/{story_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Harga beras naik</a>" in story
    assert "“Kami &lt;b&gt;tidak&lt;/b&gt; akan menyerah" in client.get(people[0]).text
    found = client.get("/search", params={"q": "<script>"}).text
    assert "1 results for “&lt;script&gt;”" in found


def test_pages_follow_an_ingest_made_while_the_app_runs(db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(db))
    assert "Harga beras naik" in client.get("/").text
    assert len(client.get("/api/stories").json()) == 1
    later = {
        "title": "Banjir rendam Kampung Melayu",
        "outlet": "Kompas.com",
        "published": "2023-11-02",
        "text": (
            "Banjir setinggi satu meter merendam ratusan rumah warga di Kampung Melayu sejak "
            "Kamis (2/11) dini hari, kata Kepala BPBD DKI Jakarta Isnawa Adji kepada wartawan."
        ),
    }
    with Corpus.open(db) as corpus:
        assert corpus.ingest([_rows(tmp_path, later)]).new == 1
    assert "Banjir rendam Kampung Melayu" in client.get("/").text
    assert len(client.get("/api/stories").json()) == 2
    assert len(client.get("/api/articles").json()) == 2


def test_the_app_refuses_a_store_that_does_not_exist(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "tidak-ada.db"), raise_server_exceptions=False)
    assert client.get("/api/articles").status_code == 500
    assert not (tmp_path / "tidak-ada.db").exists()


def test_requests_share_one_open_corpus_while_the_store_is_unchanged(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Opening the corpus anew for each request read the stored analysis again: 0.5-1.5 s of
    # CPU per page on 2,464 IndoSum articles.
    opened: list[object] = []
    real_open = Corpus.open

    def counting_open(*args: object, **kwargs: object) -> Corpus:
        opened.append(args)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Corpus, "open", counting_open)
    client = TestClient(create_app(db))
    for url in ("/", "/api/stories", "/api/entities", "/", "/articles"):
        assert client.get(url).status_code == 200
    assert len(opened) == 1
