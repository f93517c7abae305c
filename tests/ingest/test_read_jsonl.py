"""JSON Lines and JSON files: one article per row, fields mapped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kilas.ingest.rows import printed_date
from kilas.model import Article, PrintedDate, Rejected

Read = Callable[..., list[Article | Rejected]]


def _row(**fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": "b-001",
        "category": "ekonomi",
        "title": "Sri Mulyani: Ekonomi Tetap Tumbuh",
        "url": "https://contoh.co.id/ekonomi/1",
        "outlet": "Kabar Contoh",
        "published": "2024-08-12T10:30:00+07:00",
        "text": "Jakarta -- Menteri Keuangan Sri Mulyani mengatakan ekonomi tetap tumbuh.",
        "summary": "Ekonomi tumbuh.",
        "tokens": [["Jakarta", "--", "Menteri"]],
    }
    row.update(fields)
    return row


def _write_jsonl(path: Path, rows: list[Any]) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_row_fields_are_mapped(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "b.jsonl", [_row()])
    [article] = read("b.jsonl")
    assert isinstance(article, Article)
    assert article.source == f"{tmp_path / 'b.jsonl'}:1"
    assert article.raw.startswith("Jakarta -- Menteri Keuangan")
    assert article.title == "Sri Mulyani: Ekonomi Tetap Tumbuh"
    assert article.url == "https://contoh.co.id/ekonomi/1"
    assert article.outlet == "Kabar Contoh"
    assert article.published == PrintedDate(
        value="2024-08-12T10:30:00+07:00",
        text="2024-08-12T10:30:00+07:00",
        timezone="+07:00",
        source="metadata",
    )
    assert article.meta == {"id": "b-001", "category": "ekonomi"}


def test_alternative_field_names(tmp_path: Path, read: Read) -> None:
    row = {
        "body": "Harga cabai naik menjelang Lebaran, kata pedagang di Pasar Senen.",
        "link": "https://contoh.co.id/2",
        "source": "Warta Contoh",
        "published_at": "2024-03-28",
        "views": 120,
    }
    _write_jsonl(tmp_path / "alt.jsonl", [row])
    [article] = read("alt.jsonl")
    assert isinstance(article, Article)
    assert article.url == "https://contoh.co.id/2"
    assert article.outlet == "Warta Contoh"
    assert article.published is not None and article.published.value == "2024-03-28"
    assert article.meta == {"views": "120"}


@pytest.mark.parametrize(
    ("given", "value", "timezone"),
    [
        ("2024-08-12", "2024-08-12", None),
        ("2024-08-12T10:30:00+07:00", "2024-08-12T10:30:00+07:00", "+07:00"),
        ("2024-08-12T03:30:00Z", "2024-08-12T03:30:00+00:00", "+00:00"),
        ("2024-08-12 10:30", "2024-08-12T10:30:00", None),
        ("20240812", "2024-08-12", None),
        ("Senin, 12 Agustus 2024", "2024-08-12", None),
        ("12 Agustus 2024 10:30 WIB", "2024-08-12T10:30:00+07:00", "WIB"),
        ("Mon, 12 Aug 2024 10:30:00 +0700", "2024-08-12T10:30:00+07:00", "+07:00"),
        ("1723433400", "2024-08-12T03:30:00+00:00", "+00:00"),
        ("1723433400000", "2024-08-12T03:30:00+00:00", "+00:00"),
    ],
)
def test_printed_date(given: str, value: str, timezone: str | None) -> None:
    date = printed_date(given)
    assert date is not None
    assert (date.value, date.text, date.timezone, date.source) == (
        value,
        given,
        timezone,
        "metadata",
    )


@pytest.mark.parametrize("given", ["kemarin sore", "2024", "2024-13-45", ""])
def test_unreadable_date_is_none(given: str) -> None:
    assert printed_date(given) is None


def test_unreadable_date_is_kept_in_meta(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "tgl.jsonl", [_row(published="kemarin sore")])
    [article] = read("tgl.jsonl")
    assert isinstance(article, Article)
    assert article.published is None
    assert article.meta["published"] == "kemarin sore"


def test_malformed_line_is_rejected_and_good_lines_kept(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "campur.jsonl", [_row(), '{"text": "Berita rusak', "", _row(id="b-2")])
    items = read("campur.jsonl")
    assert [type(item).__name__ for item in items] == ["Article", "Rejected", "Article"]
    rejected = items[1]
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E009"
    assert rejected.line == 2
    assert rejected.source == str(tmp_path / "campur.jsonl")
    assert "campur.jsonl" in rejected.reason and "line 2" in rejected.reason
    assert items[2].source.endswith("campur.jsonl:4")


def test_row_without_text_field_is_rejected(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "tanpa.jsonl", [_row(), {"title": "Judul saja", "text": ""}])
    items = read("tanpa.jsonl")
    rejected = items[1]
    assert isinstance(items[0], Article)
    assert isinstance(rejected, Rejected)
    assert (rejected.code, rejected.line) == ("E010", 2)
    assert "tanpa.jsonl" in rejected.reason and "line 2" in rejected.reason


def test_row_that_is_not_an_object_is_rejected(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "daftar.jsonl", ["[1, 2, 3]"])
    [rejected] = read("daftar.jsonl")
    assert isinstance(rejected, Rejected)
    assert (rejected.code, rejected.line) == ("E009", 1)


def test_line_over_max_bytes_is_rejected_and_the_rest_read(tmp_path: Path, read: Read) -> None:
    long = _row(text="Panjang sekali. " * 200)
    _write_jsonl(tmp_path / "besar.jsonl", [_row(), long, _row(id="b-3")])
    items = read("besar.jsonl", max_bytes=1000)
    assert [type(item).__name__ for item in items] == ["Article", "Rejected", "Article"]
    rejected = items[1]
    assert isinstance(rejected, Rejected)
    assert (rejected.code, rejected.line) == ("E008", 2)
    assert "besar.jsonl" in rejected.reason


def test_utf16_jsonl_with_bom(tmp_path: Path, read: Read) -> None:
    text = "\n".join(json.dumps(_row(id=str(i)), ensure_ascii=False) for i in range(2))
    (tmp_path / "u16.jsonl").write_bytes(text.encode("utf-16"))
    items = read("u16.jsonl")
    assert len(items) == 2 and all(isinstance(item, Article) for item in items)


def test_utf8_bom_on_first_line(tmp_path: Path, read: Read) -> None:
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps(_row()).encode())
    [article] = read("bom.jsonl")
    assert isinstance(article, Article)


def test_json_list_of_objects(tmp_path: Path, read: Read) -> None:
    (tmp_path / "daftar.json").write_text(json.dumps([_row(), {"judul": "tanpa isi"}]), "utf-8")
    items = read("daftar.json")
    assert isinstance(items[0], Article)
    assert items[0].source == f"{tmp_path / 'daftar.json'}#1"
    rejected = items[1]
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E010"
    assert "daftar.json" in rejected.reason and "item 2" in rejected.reason


def test_json_single_object(tmp_path: Path, read: Read) -> None:
    (tmp_path / "satu.json").write_text(json.dumps(_row()), "utf-8")
    [article] = read("satu.json")
    assert isinstance(article, Article)
    assert article.source == str(tmp_path / "satu.json")


def test_malformed_json_file(tmp_path: Path, read: Read) -> None:
    (tmp_path / "rusak.json").write_text('[{"text": "Berita"},\n{', "utf-8")
    [rejected] = read("rusak.json")
    assert isinstance(rejected, Rejected)
    assert (rejected.code, rejected.line) == ("E009", 2)
    assert "rusak.json" in rejected.reason


def test_jsonl_is_streamed_not_loaded_whole(tmp_path: Path, read: Read) -> None:
    """A file bigger than max_bytes is still read when every line fits."""
    _write_jsonl(tmp_path / "banyak.jsonl", [_row(id=str(i)) for i in range(50)])
    items = read("banyak.jsonl", max_bytes=1000)
    assert len(items) == 50 and all(isinstance(item, Article) for item in items)
