"""Expand files, folders and globs into the input files to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kilas.errors import E_NOT_FOUND, E_UNREADABLE
from kilas.model import Rejected

KINDS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".warc.gz": "warc",
}
_GLOB_CHARS = frozenset("*?[")


def kind_of(path: Path) -> str | None:
    """Return the reader kind for a file name (``text``, ``html``, …), or None."""
    name = path.name.lower()
    for suffix in sorted(KINDS, key=len, reverse=True):
        if name.endswith(suffix):
            return KINDS[suffix]
    return None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | Rejected]:
    """Yield the input files named by files, folders and glob patterns.

    A file named directly is yielded whatever its type (the reader rejects an
    unsupported one). Folders are walked recursively in sorted order; inside
    them, and among glob matches, hidden and unsupported files are skipped
    silently. A path that does not exist, or a glob that matches nothing,
    yields a :class:`Rejected` (E002). Never raises.
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif _GLOB_CHARS & set(str(item)):
            yield from _glob(str(item))
        else:
            yield Rejected(
                source=str(item),
                reason=f"{str(item)!r} does not exist; check the path",
                code=E_NOT_FOUND,
            )


def _glob(pattern: str) -> Iterator[Path | Rejected]:
    """Yield the supported files a glob pattern matches, sorted."""
    # Path.glob needs a base folder; glob.glob takes absolute and relative patterns alike.
    matches = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207
    if not matches:
        yield Rejected(
            source=pattern,
            reason=f"no file matches {pattern!r}; check the pattern",
            code=E_NOT_FOUND,
        )
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _walk(path)
        elif _wanted(path):
            yield path


def _walk(folder: Path) -> Iterator[Path | Rejected]:
    """Yield supported, non-hidden files under ``folder`` in sorted path order."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as e:
        yield Rejected(
            source=str(folder),
            reason=f"cannot list folder {str(folder)!r}: {e.strerror}; check its permissions",
            code=E_UNREADABLE,
        )
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file() and _wanted(path):
            yield path


def _wanted(path: Path) -> bool:
    """True for a non-hidden file of a supported type."""
    return not path.name.startswith(".") and kind_of(path) is not None
