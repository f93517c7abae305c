"""Path expansion: files, folders (recursive, sorted), globs; hidden and unsupported skipped."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kilas.ingest import expand_paths
from kilas.model import Rejected


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of inputs with noise: hidden files, unsupported types, a subfolder."""
    for name in [
        "b.txt",
        "a.html",
        "catatan.pdf",
        ".tersembunyi.txt",
        "sub/c.jsonl",
        "sub/dalam/d.warc.gz",
        ".git/e.txt",
        "sub/gambar.png",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Berita.", "utf-8")
    return tmp_path


def _names(items: list[Path | Rejected], root: Path) -> list[str]:
    return [str(item.relative_to(root)) for item in items if isinstance(item, Path)]


def test_folder_is_walked_recursively_in_sorted_order(tree: Path) -> None:
    items = list(expand_paths([tree]))
    assert _names(items, tree) == ["a.html", "b.txt", "sub/c.jsonl", "sub/dalam/d.warc.gz"]


def test_supported_file_named_directly_is_yielded(tree: Path) -> None:
    assert list(expand_paths([str(tree / "b.txt"), tree / "sub/c.jsonl"])) == [
        tree / "b.txt",
        tree / "sub/c.jsonl",
    ]


def test_hidden_file_named_directly_is_yielded(tree: Path) -> None:
    assert list(expand_paths([tree / ".tersembunyi.txt"])) == [tree / ".tersembunyi.txt"]


def test_unsupported_file_named_directly_is_rejected(tree: Path) -> None:
    [rejected] = list(expand_paths([tree / "catatan.pdf"]))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E011"
    assert "catatan.pdf" in rejected.reason and ".jsonl" in rejected.reason


def test_folder_with_a_file_name_is_walked(tmp_path: Path) -> None:
    folder = tmp_path / "arsip.txt"
    (folder / "dalam").mkdir(parents=True)
    (folder / "dalam" / "a.md").write_text("Berita.", "utf-8")
    assert list(expand_paths([folder])) == [folder / "dalam" / "a.md"]


def test_glob_matching_only_unsupported_files_is_a_rejection(tree: Path) -> None:
    [rejected] = list(expand_paths([str(tree / "*.pdf")]))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E002"
    assert "*.pdf" in rejected.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_named_directly_is_rejected(tmp_path: Path) -> None:
    pipe = tmp_path / "aliran.txt"
    os.mkfifo(pipe)
    [rejected] = list(expand_paths([pipe]))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E003"
    assert "aliran.txt" in rejected.reason


def test_path_that_cannot_be_examined_is_e003(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests may run as root, who may read anything: simulate the permission error."""
    locked = tmp_path / "terkunci" / "a.txt"
    real_stat = Path.stat

    def stat(self: Path, **kwargs: bool) -> os.stat_result:
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    [rejected] = list(expand_paths([locked]))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E003"
    assert "a.txt" in rejected.reason and "Permission denied" in rejected.reason


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["b.txt"]),
        ("?.html", ["a.html"]),
        ("**/*.jsonl", ["sub/c.jsonl"]),
        ("sub", ["sub/c.jsonl", "sub/dalam/d.warc.gz"]),
        ("s*", ["sub/c.jsonl", "sub/dalam/d.warc.gz"]),
        ("*", ["a.html", "b.txt", "sub/c.jsonl", "sub/dalam/d.warc.gz"]),
    ],
)
def test_globs(tree: Path, pattern: str, expected: list[str]) -> None:
    assert _names(list(expand_paths([str(tree / pattern)])), tree) == expected


def test_missing_path_is_a_rejection(tmp_path: Path) -> None:
    [rejected] = list(expand_paths([tmp_path / "hilang"]))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E002"
    assert "hilang" in rejected.reason


def test_expand_is_lazy(tree: Path) -> None:
    items = expand_paths([tree, tree / "hilang"])
    assert isinstance(next(items), Path)
