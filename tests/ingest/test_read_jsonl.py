"""JSON Lines and JSON files: one article per row, fields mapped."""

from __future__ import annotations

import gzip
import json
import tracemalloc
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


def test_gzipped_jsonl(tmp_path: Path, read: Read) -> None:
    lines = "".join(json.dumps(_row(id=str(i))) + "\n" for i in range(3))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    items = read("b.jsonl.gz")
    assert [item.source for item in items] == [f"{tmp_path / 'b.jsonl.gz'}:{i}" for i in (1, 2, 3)]
    assert all(isinstance(item, Article) for item in items)


def test_truncated_gzipped_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path, read: Read) -> None:
    lines = "".join(
        json.dumps(_row(id=str(i), text=f"Berita nomor {i}. " * 40)) + "\n" for i in range(40)
    )
    whole = gzip.compress(lines.encode())
    (tmp_path / "putus.jsonl.gz").write_bytes(whole[: len(whole) * 3 // 4])
    items = read("putus.jsonl.gz")
    *articles, last = items
    assert articles and all(isinstance(item, Article) for item in articles)
    assert isinstance(last, Rejected)
    assert last.code == "E007"
    assert "putus.jsonl.gz" in last.reason and f"line {last.line}" in last.reason


def test_jsonl_gz_that_is_not_gzip(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "palsu.jsonl.gz", [_row()])
    [rejected] = read("palsu.jsonl.gz")
    assert isinstance(rejected, Rejected)
    assert (rejected.code, rejected.line) == ("E007", 1)


def test_json_file_holding_json_lines_gets_a_hint(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "baris.json", [_row(), _row(id="2")])
    [rejected] = read("baris.json")
    assert isinstance(rejected, Rejected)
    assert (rejected.code, rejected.line) == ("E009", 2)
    assert ".jsonl" in rejected.reason


def test_row_with_non_string_text_is_rejected(tmp_path: Path, read: Read) -> None:
    _write_jsonl(tmp_path / "angka.jsonl", [_row(text=12345), _row(text=["a", "b"]), _row()])
    items = read("angka.jsonl")
    assert [(item.code, item.line) for item in items if isinstance(item, Rejected)] == [
        ("E010", 1),
        ("E010", 2),
    ]
    assert isinstance(items[2], Article)


def test_cp1252_line_among_utf8_lines(tmp_path: Path, read: Read) -> None:
    good = json.dumps(_row(), ensure_ascii=False).encode() + b"\n"
    legacy = json.dumps(_row(text="\u201cKafé\u201d dibuka lagi."), ensure_ascii=False)
    (tmp_path / "campur.jsonl").write_bytes(good + legacy.encode("cp1252") + b"\n")
    items = read("campur.jsonl")
    assert isinstance(items[1], Article)
    assert items[1].raw == "\u201cKafé\u201d dibuka lagi."


def test_decomposed_row_text_is_composed(tmp_path: Path, read: Read) -> None:
    _write_jsonl(
        tmp_path / "nfd.jsonl", [_row(text="Kafe\u0301 baru di Bandung.", title="Kafe\u0301")]
    )
    [article] = read("nfd.jsonl")
    assert isinstance(article, Article)
    assert (article.raw, article.title) == ("Kafé baru di Bandung.", "Kafé")


def test_huge_jsonl_is_streamed_in_bounded_memory(tmp_path: Path, read: Read) -> None:
    """A 200 MB file (sparse, so cheap to make) whose middle is one 200 MB line.

    The rows around the giant line are read, the giant line is rejected, and
    memory never holds more than about one ``max_bytes`` chunk.
    """
    path = tmp_path / "besar.jsonl"
    head = "".join(json.dumps(_row(id=str(i))) + "\n" for i in range(3)).encode()
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(200 * 1024 * 1024)  # a hole of NUL bytes: no newline for 200 MB
        handle.seek(0, 2)
        handle.write(b"\n" + head)
    tracemalloc.start()
    items = read("besar.jsonl", max_bytes=1 << 20)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [item.code if isinstance(item, Rejected) else "ok" for item in items] == [
        *["ok"] * 3,
        "E008",
        *["ok"] * 3,
    ]
    giant = items[3]
    assert isinstance(giant, Rejected) and giant.line == 4
    assert items[6].source.endswith("besar.jsonl:7")
    assert peak < 8 * (1 << 20)
