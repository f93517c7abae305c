"""Expand files, folders and globs into the input files to read."""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kilas.errors import E_NOT_FOUND, E_UNREADABLE, E_UNSUPPORTED
from kilas.ingest.rejections import reject, unreadable
from kilas.model import Rejected

KINDS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".warc.gz": "warc",
}
_SUFFIXES = sorted(KINDS, key=len, reverse=True)
_GLOB_CHARS = frozenset("*?[")
_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR})


def kind_of(path: Path) -> str | None:
    """Return the reader kind for a file name (``text``, ``html``, …), or None."""
    name = path.name.lower()
    for suffix in _SUFFIXES:
        if name.endswith(suffix):
            return KINDS[suffix]
    return None


def unsupported(path: Path) -> Rejected:
    """The rejection for a file of a type no reader handles (E011)."""
    return reject(
        str(path),
        E_UNSUPPORTED,
        f"{str(path)!r} is not a supported file type; use one of {', '.join(KINDS)}",
    )


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | Rejected]:
    """Yield the input files named by files, folders and glob patterns, lazily.

    Folders are walked recursively in sorted order; inside them, and among glob
    matches, hidden and unsupported files are skipped silently. A file named
    directly is yielded when its type is supported, else rejected (E011). A
    path that does not exist, or a glob matching no supported file, is E002;
    a path that cannot be examined, or is not a regular file (a device, a
    pipe), is E003. Never raises.
    """
    for item in paths:
        yield from _expand(str(item))


def _expand(name: str) -> Iterator[Path | Rejected]:
    """Yield the files one named path or pattern stands for."""
    path = Path(name)
    try:
        mode = path.stat().st_mode
    except OSError as e:
        if _GLOB_CHARS & set(name):
            yield from _glob(name)
        elif e.errno in _MISSING:
            yield reject(name, E_NOT_FOUND, f"{name!r} does not exist; check the path")
        else:
            yield unreadable(path, e)
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path)
    elif not stat.S_ISREG(mode):
        reason = f"{name!r} is not a regular file (a device, pipe or socket); name a file"
        yield reject(name, E_UNREADABLE, reason)
    else:
        yield path if kind_of(path) is not None else unsupported(path)


def _glob(pattern: str) -> Iterator[Path | Rejected]:
    """Yield the supported files a glob pattern matches, sorted; E002 when there are none."""
    found = False
    # Path.glob needs a base folder; glob.glob takes absolute and relative patterns alike.
    for match in sorted(glob.glob(pattern, recursive=True)):  # noqa: PTH207
        path = Path(match)
        items = _walk(path) if path.is_dir() else iter([path] if _wanted(path) else [])
        for item in items:
            found = True
            yield item
    if not found:
        reason = f"no supported file matches {pattern!r}; check the pattern"
        yield reject(pattern, E_NOT_FOUND, reason)


def _walk(folder: Path) -> Iterator[Path | Rejected]:
    """Yield supported, non-hidden files under ``folder`` in sorted path order."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as e:
        reason = f"cannot list folder {str(folder)!r}: {e.strerror}; check its permissions"
        yield reject(str(folder), E_UNREADABLE, reason)
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
