"""Every kind of bad input becomes a coded rejection naming the file; nothing raises."""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kilas.ingest import read_inputs
from kilas.model import Article, Rejected

Read = Callable[..., list[Article | Rejected]]


def _only_rejection(items: list[Article | Rejected], code: str, name: str) -> Rejected:
    assert len(items) == 1
    [rejected] = items
    assert isinstance(rejected, Rejected)
    assert rejected.code == code
    assert name in rejected.reason
    assert "\n" not in rejected.reason
    return rejected


@pytest.mark.parametrize("name", ["kosong.txt", "kosong.html", "kosong.json", "spasi.md"])
def test_empty_file(tmp_path: Path, read: Read, name: str) -> None:
    (tmp_path / name).write_text("  \n\n" if name == "spasi.md" else "", "utf-8")
    _only_rejection(read(name), "E004", name)


def test_empty_jsonl_yields_nothing(tmp_path: Path, read: Read) -> None:
    (tmp_path / "kosong.jsonl").write_text("", "utf-8")
    assert read("kosong.jsonl") == []


@pytest.mark.parametrize(
    "data",
    [b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, bytes([1, 2, 3, 4, 5, 6, 65]) * 100],
    ids=["nul-bytes", "control-chars"],
)
def test_binary_file(tmp_path: Path, read: Read, data: bytes) -> None:
    (tmp_path / "program.txt").write_bytes(data)
    _only_rejection(read("program.txt"), "E005", "program.txt")


def test_binary_line_in_jsonl(tmp_path: Path, read: Read) -> None:
    (tmp_path / "b.jsonl").write_bytes(b'{"text": "Berita pagi ini."}\n\x00\x01\x02\x03\n')
    items = read("b.jsonl")
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Rejected)
    assert (items[1].code, items[1].line) == ("E005", 2)


def test_undecodable_file(tmp_path: Path, read: Read) -> None:
    (tmp_path / "acak.txt").write_bytes(bytes(range(128, 256)) * 3)
    _only_rejection(read("acak.txt"), "E006", "acak.txt")


def test_truncated_gzip_warc(tmp_path: Path, read: Read) -> None:
    whole = gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n" + os.urandom(4000))
    (tmp_path / "putus.warc.gz").write_bytes(whole[: len(whole) // 2])
    items = read("putus.warc.gz")
    assert isinstance(items[-1], Rejected)
    assert items[-1].code == "E007"
    assert "putus.warc.gz" in items[-1].reason


@pytest.mark.parametrize("name", ["besar.txt", "besar.html", "besar.json"])
def test_file_over_max_bytes(tmp_path: Path, read: Read, berita: str, name: str) -> None:
    (tmp_path / name).write_text(berita * 10, "utf-8")
    _only_rejection(read(name, max_bytes=200), "E008", name)


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.txt"
    items = list(read_inputs([missing]))
    rejected = _only_rejection(items, "E002", "tidak-ada.txt")
    assert rejected.source == str(missing)


def test_glob_without_matches(tmp_path: Path) -> None:
    items = list(read_inputs([str(tmp_path / "*.jsonl")]))
    _only_rejection(items, "E002", "*.jsonl")


def test_unsupported_extension_named_directly(tmp_path: Path, read: Read) -> None:
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4")
    _only_rejection(read("laporan.pdf"), "E011", "laporan.pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text("Dokumen rahasia.", "utf-8")
    path.chmod(0)
    _only_rejection(read("rahasia.txt"), "E003", "rahasia.txt")


def test_good_inputs_next_to_bad_ones_are_still_read(tmp_path: Path, berita: str) -> None:
    folder = tmp_path / "campur"
    folder.mkdir()
    (folder / "a.txt").write_text(berita, "utf-8")
    (folder / "b.txt").write_text("", "utf-8")
    (folder / "c.txt").write_bytes(b"\x00" * 50)
    (folder / "d.md").write_text(berita.upper(), "utf-8")
    items = list(read_inputs([folder, tmp_path / "hilang.txt"]))
    kinds = [item.code if isinstance(item, Rejected) else "ok" for item in items]
    assert kinds == ["ok", "E004", "E005", "ok", "E002"]
