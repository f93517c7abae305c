"""Path expansion: files, folders (recursive, sorted), globs; hidden and unsupported skipped."""

from __future__ import annotations

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


def test_file_named_directly_is_kept_whatever_its_type(tree: Path) -> None:
    assert list(expand_paths([tree / "catatan.pdf", str(tree / "b.txt")])) == [
        tree / "catatan.pdf",
        tree / "b.txt",
    ]


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
