"""Plain-text and Markdown files: one article per file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kilas.model import Article, Rejected, content_id

Read = Callable[..., list[Article | Rejected]]


def test_text_file_is_one_article_with_raw_as_is(tmp_path: Path, read: Read, berita: str) -> None:
    (tmp_path / "berita.txt").write_text(berita, encoding="utf-8")
    [article] = read("berita.txt")
    assert isinstance(article, Article)
    assert article.raw == berita
    assert article.text == ""
    assert article.source == str(tmp_path / "berita.txt")
    assert article.id == content_id("", "", berita)
    assert article.url is None and article.title is None and article.published is None


def test_markdown_file_is_read_like_text(tmp_path: Path, read: Read, berita: str) -> None:
    (tmp_path / "catatan.md").write_text("# Ekonomi\n\n" + berita, encoding="utf-8")
    [article] = read("catatan.md")
    assert isinstance(article, Article)
    assert article.raw.startswith("# Ekonomi\n\n")


def test_cp1252_file_with_curly_quotes(tmp_path: Path, read: Read) -> None:
    text = "\u201cKami optimistis,\u201d ujar Gubernur BI Perry Warjiyo \u2014 Senin (12/8)."
    (tmp_path / "lama.txt").write_bytes(text.encode("cp1252"))
    [article] = read("lama.txt")
    assert isinstance(article, Article)
    assert article.raw == text


def test_utf16_file_with_bom(tmp_path: Path, read: Read, berita: str) -> None:
    (tmp_path / "u16.txt").write_bytes(berita.encode("utf-16"))
    [article] = read("u16.txt")
    assert isinstance(article, Article)
    assert article.raw == berita


def test_utf8_bom_is_not_part_of_raw(tmp_path: Path, read: Read, berita: str) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + berita.encode("utf-8"))
    [article] = read("bom.txt")
    assert isinstance(article, Article)
    assert article.raw == berita


def test_decomposed_characters_are_composed(tmp_path: Path, read: Read) -> None:
    (tmp_path / "kafe.txt").write_text("Kafe\u0301 baru dibuka di Bandung pekan lalu.", "utf-8")
    [article] = read("kafe.txt")
    assert isinstance(article, Article)
    assert article.raw == "Kafé baru dibuka di Bandung pekan lalu."


@pytest.mark.parametrize(
    "text",
    [
        "Kafé",
        "Kafé di Bandung ramai sekali.",
        "Menteri Keuangan Sri Mulyani mengatakan \u201cekonomi tetap tumbuh\u201d; harga kopi €5.",
    ],
    ids=["one-word", "sentence", "quotes-and-euro"],
)
def test_short_cp1252_text_is_not_mistaken_for_another_code_page(
    tmp_path: Path, read: Read, text: str
) -> None:
    """charset-normalizer alone reads these as UTF-16 or cp775; the Latin rule fixes it."""
    (tmp_path / "lama.txt").write_bytes(text.encode("cp1252"))
    [article] = read("lama.txt")
    assert isinstance(article, Article)
    assert article.raw == text


def test_forced_encoding(tmp_path: Path, read: Read) -> None:
    (tmp_path / "a.txt").write_bytes("Kafé di Bandung.".encode("latin-1"))
    [article] = read("a.txt", encoding="latin-1")
    assert isinstance(article, Article)
    assert article.raw == "Kafé di Bandung."
