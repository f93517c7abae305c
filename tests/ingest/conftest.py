"""Helpers for the ingest tests: Indonesian sample text and a WARC builder."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kilas.ingest import read_inputs
from kilas.model import Article, Rejected
from kilas.settings import IngestSettings

BERITA = (
    "Jakarta, CNN Indonesia -- Menteri Keuangan Sri Mulyani mengatakan "
    "pertumbuhan ekonomi kuartal ketiga tetap terjaga di atas lima persen. "
    "Menurut dia, belanja rumah tangga masih menjadi penopang utama.\n\n"
    "Sri Mulyani menyampaikan hal itu dalam konferensi pers di Gedung "
    "Kementerian Keuangan, Senin (12/8). Ia menambahkan pemerintah akan "
    "menjaga daya beli masyarakat hingga akhir tahun.\n"
)


def html_page(
    *,
    title: str = "Sri Mulyani: Ekonomi Tetap Tumbuh",
    body: str = BERITA,
    charset: str | None = "utf-8",
    date: str | None = "2024-08-12",
) -> str:
    """Return a small news page with a main article and some page chrome."""
    meta = f'<meta charset="{charset}">' if charset else ""
    date_meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title>"
        f'<meta property="og:site_name" content="Kabar Contoh">{date_meta}</head>'
        f"<body><nav><a href='/'>Beranda</a> <a href='/ekonomi'>Ekonomi</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Hak cipta dilindungi undang-undang.</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gzip: bool = True) -> Path:
    """Write a WARC of response records ``(url, body, content type)`` plus a request."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, body, content_type in pages:
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n")
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return path


@pytest.fixture
def berita() -> str:
    """A short Indonesian news text written for these tests."""
    return BERITA


@pytest.fixture
def page() -> Callable[..., str]:
    """The :func:`html_page` builder."""
    return html_page


@pytest.fixture
def make_warc() -> Callable[..., Path]:
    """The :func:`write_warc` builder."""
    return write_warc


@pytest.fixture
def read(tmp_path: Path) -> Callable[..., list[Article | Rejected]]:
    """Read paths (relative to tmp_path) to a list, with optional ingest settings."""

    def run(*names: str | Path, **settings: Any) -> list[Article | Rejected]:
        paths = [tmp_path / name for name in names]
        return list(read_inputs(paths, settings=IngestSettings(**settings)))

    return run
