"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

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


def test_author_is_kept_in_meta(tmp_path: Path, read: Read, page: Callable[..., str]) -> None:
    html = page().replace("</head>", '<meta name="author" content="Dewi Lestari"></head>')
    (tmp_path / "penulis.html").write_text(html, "utf-8")
    [article] = read("penulis.html")
    assert isinstance(article, Article)
    assert article.meta == {"author": "Dewi Lestari"}


@pytest.mark.parametrize(
    ("encoding", "prefix", "charset"),
    [
        ("utf-8", b"\xef\xbb\xbf", "utf-8"),
        ("utf-16", b"", "utf-16"),  # Python writes the BOM
        ("cp1252", b"", None),  # no declaration: guessed
    ],
    ids=["utf8-bom", "utf16-bom", "cp1252-undeclared"],
)
def test_page_encodings(
    tmp_path: Path,
    read: Read,
    page: Callable[..., str],
    berita: str,
    encoding: str,
    prefix: bytes,
    charset: str | None,
) -> None:
    body = berita.replace("Senin (12/8)", "\u201cSenin (12/8)\u201d di Kafé Pelangi")
    (tmp_path / "p.html").write_bytes(prefix + page(body=body, charset=charset).encode(encoding))
    [article] = read("p.html")
    assert isinstance(article, Article)
    assert "\u201cSenin (12/8)\u201d di Kafé Pelangi" in article.raw


def test_decomposed_page_text_is_composed(
    tmp_path: Path, read: Read, page: Callable[..., str], berita: str
) -> None:
    body = berita.replace("Senin (12/8)", "Senin (12/8) di Kafe\u0301 Pelangi")
    (tmp_path / "nfd.html").write_text(page(body=body, title="Kafe\u0301 Pelangi"), "utf-8")
    [article] = read("nfd.html")
    assert isinstance(article, Article)
    assert "Kafé Pelangi" in article.raw and "\u0301" not in article.raw
    assert article.title == "Kafé Pelangi"


def test_meta_charset_wins_over_a_guess(
    tmp_path: Path, read: Read, page: Callable[..., str], berita: str
) -> None:
    """cp1250 bytes that would also pass for cp1252: the declaration decides."""
    body = berita.replace("Senin (12/8)", "Senin (12/8) bersama Tomáš Šťastný")
    (tmp_path / "ceko.html").write_bytes(page(body=body, charset="windows-1250").encode("cp1250"))
    [article] = read("ceko.html")
    assert isinstance(article, Article)
    assert "Tomáš Šťastný" in article.raw


def test_same_page_gives_the_same_id(tmp_path: Path, read: Read, page: Callable[..., str]) -> None:
    (tmp_path / "a.html").write_text(page(), "utf-8")
    [first], [second] = read("a.html"), read("a.html")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id and first == second


def test_canonical_link_gives_the_url(tmp_path: Path, read: Read, page: Callable[..., str]) -> None:
    link = '<link rel="canonical" href="https://kabar.contoh.id/ekonomi/2024/08/12/sri-mulyani">'
    (tmp_path / "kanon.html").write_text(page().replace("</head>", f"{link}</head>"), "utf-8")
    [article] = read("kanon.html")
    assert isinstance(article, Article)
    assert article.url == "https://kabar.contoh.id/ekonomi/2024/08/12/sri-mulyani"
    assert article.id == content_id(article.url, article.title or "", article.raw)


def test_page_without_metadata_still_gives_an_article(
    tmp_path: Path, read: Read, berita: str
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in berita.split("\n\n"))
    (tmp_path / "polos.html").write_text(f"<html><body>{paragraphs}</body></html>", "utf-8")
    [article] = read("polos.html")
    assert isinstance(article, Article)
    assert "Sri Mulyani" in article.raw
    assert article.published is None and article.url is None
