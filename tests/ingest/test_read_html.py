"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kilas.model import Article, Rejected, content_id

Read = Callable[..., list[Article | Rejected]]


def test_page_gives_main_text_and_metadata(
    tmp_path: Path, read: Read, page: Callable[..., str]
) -> None:
    (tmp_path / "berita.html").write_text(page(), encoding="utf-8")
    [article] = read("berita.html")
    assert isinstance(article, Article)
    assert "Menteri Keuangan Sri Mulyani" in article.raw
    assert "Beranda" not in article.raw
    assert "Hak cipta" not in article.raw
    assert article.title == "Sri Mulyani: Ekonomi Tetap Tumbuh"
    assert article.outlet == "Kabar Contoh"
    assert article.published is not None
    assert article.published.value == "2024-08-12"
    assert article.published.source == "metadata"
    assert article.id == content_id(article.url or "", article.title, article.raw)


def test_htm_extension_and_legacy_charset(
    tmp_path: Path, read: Read, page: Callable[..., str], berita: str
) -> None:
    body = berita.replace("Senin (12/8)", "\u201cSenin (12/8)\u201d")
    html = page(body=body, charset="windows-1252")
    (tmp_path / "lama.htm").write_bytes(html.encode("cp1252"))
    [article] = read("lama.htm")
    assert isinstance(article, Article)
    assert "\u201cSenin (12/8)\u201d" in article.raw


def test_page_without_main_text_is_rejected(tmp_path: Path, read: Read) -> None:
    (tmp_path / "kosong.html").write_text(
        "<html><head><title>Beranda</title></head><body><nav></nav></body></html>", "utf-8"
    )
    [rejected] = read("kosong.html")
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E012"
    assert "kosong.html" in rejected.reason
