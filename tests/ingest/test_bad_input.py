"""Every kind of bad input becomes a coded rejection naming the file; nothing raises."""

from __future__ import annotations

import errno
import gzip
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import trafilatura

from kilas.ingest import read_inputs
from kilas.ingest.read import read_file
from kilas.model import Article, Rejected
from kilas.settings import IngestSettings

Read = Callable[..., list[Article | Rejected]]


def _only_rejection(items: list[Article | Rejected], code: str, name: str) -> Rejected:
    assert len(items) == 1
    [rejected] = items
    assert isinstance(rejected, Rejected)
    assert rejected.code == code
    assert name in rejected.reason
    assert "\n" not in rejected.reason
    return rejected


@pytest.mark.parametrize(
    "name",
    ["kosong.txt", "kosong.html", "kosong.json", "spasi.md", "kosong.jsonl", "kosong.warc"],
)
def test_empty_file(tmp_path: Path, read: Read, name: str) -> None:
    (tmp_path / name).write_text("  \n\n" if name == "spasi.md" else "", "utf-8")
    _only_rejection(read(name), "E004", name)


def test_jsonl_of_blank_lines_is_empty(tmp_path: Path, read: Read) -> None:
    (tmp_path / "spasi.jsonl").write_text("\n  \n\n", "utf-8")
    _only_rejection(read("spasi.jsonl"), "E004", "spasi.jsonl")


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


def test_whole_binary_jsonl_is_one_rejection(tmp_path: Path, read: Read) -> None:
    (tmp_path / "gambar.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300) + b"\n" * 50)
    _only_rejection(read("gambar.jsonl"), "E005", "gambar.jsonl")


def test_text_not_in_the_forced_encoding(tmp_path: Path, read: Read) -> None:
    (tmp_path / "lama.txt").write_bytes("\u201cKafé\u201d di Bandung.".encode("cp1252"))
    rejected = _only_rejection(read("lama.txt", encoding="utf-8"), "E006", "lama.txt")
    assert "--encoding" in rejected.reason


def test_jsonl_line_not_in_the_forced_encoding(tmp_path: Path, read: Read) -> None:
    good = b'{"text": "Harga beras naik."}\n'
    bad = '{"text": "Kafé baru."}\n'.encode("cp1252")
    (tmp_path / "campur.jsonl").write_bytes(good + bad + good)
    items = read("campur.jsonl", encoding="utf-8")
    assert [item.code if isinstance(item, Rejected) else "ok" for item in items] == [
        "ok",
        "E006",
        "ok",
    ]
    rejected = items[1]
    assert isinstance(rejected, Rejected)
    assert rejected.line == 2 and "line 2" in rejected.reason


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


@pytest.mark.parametrize(
    "name",
    [
        "rahasia.txt",
        "rahasia.html",
        "rahasia.json",
        "rahasia.jsonl",
        "rahasia.jsonl.gz",
        "rahasia.warc.gz",
    ],
)
def test_permission_denied_is_e003(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, berita: str, name: str
) -> None:
    """Tests may run as root, who reads anything: simulate the OS refusing the file."""
    locked = tmp_path / name
    locked.write_text(berita, "utf-8")
    (tmp_path / "terbuka.txt").write_text(berita, "utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(gzip, "GzipFile", lambda path, mode: refuse(path, mode))
    rejected, article = list(read_inputs([tmp_path]))
    assert isinstance(article, Article)
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E003"
    assert name in rejected.reason and "Permission denied" in rejected.reason


@pytest.mark.parametrize("name", ["map.txt", "map.html", "map.json", "map.jsonl", "map.warc"])
def test_folder_read_as_a_file_is_e003(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    _only_rejection(list(read_file(tmp_path / name, settings=IngestSettings())), "E003", name)


def test_trafilatura_failure_is_a_rejection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: Callable[..., str], berita: str
) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("Document is empty\nat line 1")

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    (tmp_path / "a.html").write_text(page(), "utf-8")
    (tmp_path / "b.txt").write_text(berita, "utf-8")
    rejected, article = list(read_inputs([tmp_path]))
    assert isinstance(article, Article)
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E012"
    assert "a.html" in rejected.reason and "ValueError" in rejected.reason
    assert "\n" not in rejected.reason


def test_unreadable_file(tmp_path: Path, read: Read, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text("Dokumen rahasia.", "utf-8")
    path.chmod(0)
    real_open = Path.open

    def denied(self: Path, *args: Any, **kwargs: Any) -> Any:
        # Root reads any file whatever its mode, so refuse the way the OS would for others.
        if self.name == "rahasia.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
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
