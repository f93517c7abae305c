"""Article text that looks like markup stays text in every briefing format."""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt

from kilas.api import Corpus

HOSTILE = {
    "title": "<script>alert(1)</script> Harga [beras](javascript:alert(5)) naik",
    "outlet": "<img src=x onerror=alert(2)>",
    "published": "2023-10-18",
    "text": (
        "Presiden Joko Widodo mengatakan pada Senin (16/10) bahwa <script>alert(3)</script> "
        'harus dihentikan. "Kami <b>tidak</b> akan menyerah pada *spekulan* beras," kata Joko '
        "Widodo kepada wartawan di Jakarta. Menteri Keuangan Sri Mulyani juga hadir di Istana "
        "Negara pada Selasa (17/10) untuk rapat anggaran [lihat](javascript:alert(6)) negara."
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("hostile")
    rows = folder / "rows.jsonl"
    rows.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    corpus = Corpus.open(folder / "k.db")
    assert corpus.ingest([rows]).new == 1
    return corpus


def test_markdown_briefing_renders_article_markup_as_text(corpus: Corpus) -> None:
    md = corpus.brief(format="md")
    html = MarkdownIt("commonmark").render(md)  # CommonMark passes raw HTML through
    for tag in ("<script", "<img", "<b>", "href=", "<em>spekulan"):
        assert tag not in html, tag
    assert "&lt;script&gt;alert(3)&lt;/script&gt; harus dihentikan" in html
    assert "## Story: \\<script>alert(1)\\</script> Harga \\[beras\\]" in md
    assert "Kami \\<b>tidak\\</b> akan menyerah pada \\*spekulan\\* beras" in md


def test_html_briefing_escapes_article_markup(corpus: Corpus) -> None:
    page = corpus.brief(format="html")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


def test_json_briefing_keeps_the_text_as_written(corpus: Corpus) -> None:
    data = json.loads(corpus.brief(format="json"))
    assert data["articles"][0]["title"] == HOSTILE["title"]
