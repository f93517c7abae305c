"""WARC archives: HTML responses become articles; truncation is reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kilas.model import Article, Rejected

Read = Callable[..., list[Article | Rejected]]
MakeWarc = Callable[..., Path]
HTML = "text/html; charset=utf-8"


@pytest.fixture
def arsip(tmp_path: Path, make_warc: MakeWarc, page: Callable[..., str]) -> Path:
    """A gzipped WARC: a dated page, an undated page, an image."""
    return make_warc(
        tmp_path / "arsip.warc.gz",
        [
            ("https://contoh.co.id/a", page().encode(), HTML),
            ("https://contoh.co.id/b", page(title="Harga Cabai", date=None).encode(), HTML),
            ("https://contoh.co.id/c.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        ],
    )


def test_html_responses_become_articles(arsip: Path, read: Read) -> None:
    items = read(arsip.name)
    assert len(items) == 2
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    # Records: 1 request, 2 response, 3 request, 4 response, …
    assert first.source == f"{arsip}#2"
    assert second.source == f"{arsip}#4"
    assert first.url == "https://contoh.co.id/a"
    assert "Menteri Keuangan Sri Mulyani" in first.raw
    assert first.published is not None and first.published.value == "2024-08-12"


def test_warc_date_is_used_when_the_page_has_none(arsip: Path, read: Read) -> None:
    second = read(arsip.name)[1]
    assert isinstance(second, Article)
    assert second.published is not None
    assert second.published.source == "metadata"
    assert second.published.timezone == "+00:00"
    assert second.published.text.endswith("Z")


def test_plain_warc(
    tmp_path: Path, read: Read, make_warc: MakeWarc, page: Callable[..., str]
) -> None:
    make_warc(
        tmp_path / "polos.warc", [("https://contoh.co.id/a", page().encode(), HTML)], gzip=False
    )
    [article] = read("polos.warc")
    assert isinstance(article, Article)


def test_http_charset_header_is_honoured(
    tmp_path: Path, read: Read, make_warc: MakeWarc, page: Callable[..., str], berita: str
) -> None:
    body = berita.replace("Senin (12/8)", "\u201cSenin (12/8)\u201d")
    html = page(body=body, charset=None).encode("cp1252")
    make_warc(
        tmp_path / "lama.warc.gz",
        [("https://contoh.co.id/a", html, "text/html; charset=windows-1252")],
    )
    [article] = read("lama.warc.gz")
    assert isinstance(article, Article)
    assert "\u201cSenin (12/8)\u201d" in article.raw


@pytest.mark.parametrize("keep", [0.9, 0.6])
@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_keeps_records_before_the_cut(
    tmp_path: Path,
    read: Read,
    make_warc: MakeWarc,
    page: Callable[..., str],
    keep: float,
    gzip: bool,
) -> None:
    pages = [
        (f"https://contoh.co.id/{i}", page(title=f"Berita {i}").encode(), HTML) for i in range(4)
    ]
    whole = make_warc(tmp_path / "utuh.warc", pages, gzip=gzip).read_bytes()
    (tmp_path / "putus.warc").write_bytes(whole[: int(len(whole) * keep)])
    items = read("putus.warc")
    assert any(isinstance(item, Article) for item in items)
    last = items[-1]
    assert isinstance(last, Rejected)
    assert last.code == "E007"
    assert "putus.warc" in last.reason


def test_warc_cut_inside_the_first_header(
    tmp_path: Path, read: Read, make_warc: MakeWarc, page: Callable[..., str]
) -> None:
    whole = make_warc(
        tmp_path / "utuh.warc", [("https://x.id/", page().encode(), HTML)], gzip=False
    )
    (tmp_path / "putus.warc").write_bytes(whole.read_bytes()[:30])
    [rejected] = read("putus.warc")
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E007"


def test_record_over_max_bytes_is_rejected(arsip: Path, read: Read) -> None:
    items = read(arsip.name, max_bytes=500)
    assert [item.code for item in items if isinstance(item, Rejected)] == ["E008", "E008"]
    assert all(arsip.name in item.reason for item in items if isinstance(item, Rejected))


def test_not_a_warc(tmp_path: Path, read: Read) -> None:
    (tmp_path / "palsu.warc").write_text("Ini bukan arsip WARC sama sekali.\n", "utf-8")
    [rejected] = read("palsu.warc")
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E007"
    assert "palsu.warc" in rejected.reason


def test_page_without_text_is_rejected_and_the_rest_read(
    tmp_path: Path, read: Read, make_warc: MakeWarc, page: Callable[..., str]
) -> None:
    empty = b"<html><head><title>Beranda</title></head><body><nav></nav></body></html>"
    path = make_warc(
        tmp_path / "campur.warc.gz",
        [("https://contoh.co.id/", empty, HTML), ("https://contoh.co.id/a", page().encode(), HTML)],
    )
    rejected, article = read(path.name)
    assert isinstance(rejected, Rejected) and isinstance(article, Article)
    assert rejected.code == "E012"
    assert rejected.source == f"{path}#2"
    assert f"{path.name}#2" in rejected.reason
    assert article.source == f"{path}#4"


def test_meta_charset_inside_a_record_is_honoured(
    tmp_path: Path, read: Read, make_warc: MakeWarc, page: Callable[..., str], berita: str
) -> None:
    body = berita.replace("Senin (12/8)", "Senin (12/8) bersama Tomáš Šťastný")
    html = page(body=body, charset="windows-1250").encode("cp1250")
    make_warc(tmp_path / "ceko.warc.gz", [("https://contoh.cz/a", html, "text/html")])
    [article] = read("ceko.warc.gz")
    assert isinstance(article, Article)
    assert "Tomáš Šťastný" in article.raw


def test_same_archive_gives_the_same_ids(arsip: Path, read: Read) -> None:
    first, second = read(arsip.name), read(arsip.name)
    assert [item.to_dict() for item in first] == [item.to_dict() for item in second]
    assert len({item.id for item in first if isinstance(item, Article)}) == 2


def test_gzip_member_damaged_in_the_middle(
    tmp_path: Path, read: Read, make_warc: MakeWarc, page: Callable[..., str]
) -> None:
    pages = [
        (f"https://contoh.co.id/{i}", page(title=f"Berita {i}").encode(), HTML) for i in range(4)
    ]
    data = bytearray(make_warc(tmp_path / "utuh.warc.gz", pages).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    (tmp_path / "rusak.warc.gz").write_bytes(bytes(data))
    items = read("rusak.warc.gz")
    assert isinstance(items[0], Article)
    assert any(isinstance(item, Rejected) and item.code == "E007" for item in items)
    for item in items:
        if isinstance(item, Rejected):
            assert "rusak.warc.gz" in item.reason and item.reason.isprintable()
