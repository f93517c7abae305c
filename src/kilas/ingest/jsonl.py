"""Read JSON Lines (plain or gzipped) and JSON files: one article per row.

JSONL is streamed line by line, so memory stays bounded by the longest line
whatever the file's size; ``max_bytes`` limits each line, not the file. A JSON
file (one object, or a list of objects) is read whole and must fit
``max_bytes``. Rows map to articles as :mod:`kilas.ingest.rows` describes.
"""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import io
import json
import typing
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from kilas.errors import E_BAD_JSON, E_BINARY, E_DECODE, E_EMPTY, E_TRUNCATED, E_UNREADABLE
from kilas.ingest.decode import decode
from kilas.ingest.files import read_bytes
from kilas.ingest.rejections import InputRejectedError, reject, too_large, unreadable
from kilas.ingest.rows import row_to_article
from kilas.model import Article, Rejected
from kilas.settings import IngestSettings

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SAMPLE = 8192
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)
T = TypeVar("T")


def read_jsonl(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield one article per line, streaming: memory stays bounded by one line.

    ``path`` may be gzipped (``.jsonl.gz``). Blank lines are skipped; a file
    without a row is E004. A malformed line (E009), a row without a text field
    (E010), an undecodable line (E006) or a line over ``max_bytes`` (E008)
    yields a :class:`Rejected` with its 1-based line number, and the good
    lines around it are still yielded. A binary file is one E005; a gzip cut
    short ends with E007 after the lines before the cut. Never raises.
    """
    try:
        handle = _open(path)
    except OSError as e:
        yield unreadable(path, e)
        return
    with handle:
        try:
            yield from _read_rows(handle, path=path, settings=settings)
        except InputRejectedError as e:
            yield e.rejected


def _open(path: Path) -> io.BufferedIOBase:
    """Open a JSONL file for reading bytes, decompressing a ``.gz`` one."""
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return path.open("rb")


def read_json(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield the articles of a JSON file holding one object or a list of objects.

    List items get the source ``path#N`` (1-based) and rejections name
    ``item N``. The whole file is read, so it must fit ``max_bytes`` (E008).
    Malformed JSON is one E009 with its line. Never raises.
    """
    data = read_bytes(path, max_bytes=settings.max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    text = decode(data, source=str(path), encoding=settings.encoding)
    if isinstance(text, Rejected):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        hint = "; one object per line? name it .jsonl" if e.msg == "Extra data" else ""
        reason = f"{str(path)!r} line {e.lineno}: malformed JSON ({e.msg}){hint}; fix the JSON"
        yield reject(str(path), E_BAD_JSON, reason, line=e.lineno)
        return
    if isinstance(value, list):
        for index, row in enumerate(value, start=1):
            yield row_to_article(row, path=str(path), item=index)
    else:
        yield row_to_article(value, path=str(path))


def _read_rows(
    handle: io.BufferedIOBase, *, path: Path, settings: IngestSettings
) -> Iterator[Article | Rejected]:
    """Yield the rows of an open JSONL file; raise InputRejectedError when it breaks off."""
    head = _guarded(path, 1, handle.read1, _SAMPLE)  # one chunk: a cut later still shows
    handle.seek(0)
    if head.startswith(_UTF16_BOMS):
        lines = _utf16_lines(handle, path=path, limit=settings.max_bytes)
        settings = dataclasses.replace(settings, encoding="utf-8")  # lines come re-encoded
    elif b"\x00" in head and not head.lstrip().startswith(b"{"):
        reason = f"{str(path)!r} looks like binary data, not JSON Lines; remove it"
        yield reject(str(path), E_BINARY, reason)
        return
    else:
        lines = _lines(handle.readline, path=path, limit=settings.max_bytes)
    rows = 0
    for number, line in lines:
        for item in _read_line(path, number, line, settings=settings):
            rows += 1
            yield item
    if rows == 0:
        yield reject(str(path), E_EMPTY, f"{str(path)!r} has no rows; nothing to read")


def _lines(
    readline: Callable[[int], bytes], *, path: Path, limit: int
) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``; bytes is None for a line over ``limit``."""
    number = 0
    while chunk := _guarded(path, number + 1, readline, limit + 1):
        number += 1
        if chunk.endswith(b"\n") or len(chunk) <= limit:
            yield number, chunk
            continue
        while chunk and not chunk.endswith(b"\n"):  # skip the rest of the long line
            chunk = _guarded(path, number, readline, limit + 1)
        yield number, None


def _utf16_lines(
    handle: io.BufferedIOBase, *, path: Path, limit: int
) -> Iterator[tuple[int, bytes | None]]:
    """Yield the lines of a BOM-marked UTF-16 file re-encoded as UTF-8 (None when too long)."""
    text = io.TextIOWrapper(typing.cast(typing.BinaryIO, handle), encoding="utf-16", newline="")
    yield from _lines(lambda size: text.readline(size).encode("utf-8"), path=path, limit=limit)
    text.detach()  # the caller closes the file


def _guarded(path: Path, number: int, read: Callable[..., T], *args: int) -> T:
    """Call ``read``; a cut gzip, bad UTF-16 or OS error becomes :class:`InputRejectedError`."""
    named = f"{str(path)!r} line {number}"
    try:
        return read(*args)
    except _GZIP_ERRORS as e:
        reason = f"{named}: the gzip stream is cut or damaged ({e}); download the file again"
        raise InputRejectedError(reject(str(path), E_TRUNCATED, reason, line=number)) from e
    except UnicodeDecodeError as e:
        reason = f"{named}: starts with a UTF-16 mark but is not UTF-16; re-save it as UTF-8"
        raise InputRejectedError(reject(str(path), E_DECODE, reason, line=number)) from e
    except OSError as e:
        reason = f"cannot read {named}: {e.strerror or e}; check the file"
        raise InputRejectedError(reject(str(path), E_UNREADABLE, reason, line=number)) from e


def _read_line(
    path: Path, number: int, line: bytes | None, *, settings: IngestSettings
) -> Iterator[Article | Rejected]:
    """Yield the article (or rejection) of one JSONL line; nothing for a blank line."""
    if line is None or len(line.rstrip(b"\r\n")) > settings.max_bytes:
        yield too_large(str(path), settings.max_bytes, line=number)
        return
    if number == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    if not line.strip():
        return
    text = decode(line, source=str(path), encoding=settings.encoding, line=number)
    if isinstance(text, Rejected):
        yield text
        return
    try:
        row = json.loads(text)
    except json.JSONDecodeError as e:
        reason = f"{str(path)!r} line {number}: malformed JSON ({e.msg}); fix or remove the line"
        yield reject(str(path), E_BAD_JSON, reason, line=number)
        return
    yield row_to_article(row, path=str(path), line=number)
