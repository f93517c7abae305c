"""Read WARC archives (plain or gzipped): one article per HTML response record."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from kilas.errors import E_EMPTY, E_TRUNCATED
from kilas.ingest.decode import charset_from_header, decode
from kilas.ingest.html import extract_article
from kilas.ingest.rejections import InputRejectedError, reject, too_large, unreadable
from kilas.ingest.rows import printed_date
from kilas.model import Article, Rejected
from kilas.settings import IngestSettings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_MAGIC = (b"WARC/", b"\x1f\x8b")
# What warcio raises while parsing damaged input: AttributeError on a header cut
# short, zlib/EOF errors on a cut gzip member, ValueError on a bad length,
# ArchiveLoadFailed on anything else. Caught only around warcio's own calls.
_WARCIO_ERRORS = (
    ArchiveLoadFailed,
    ChunkedDataException,
    StatusAndHeadersParserException,
    EOFError,
    zlib.error,
    AttributeError,
    ValueError,
)


def read_warc(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield an article for each HTML ``response`` record, source ``path#N``.

    ``N`` counts every record from 1. The URL comes from ``WARC-Target-URI``;
    the date from the page, else ``WARC-Date``. Other records are skipped. A
    record over ``max_bytes`` is rejected (E008); a truncated or corrupt
    archive yields the records before the cut, then a :class:`Rejected`
    (E007); an empty file is E004. Never raises.
    """
    try:
        handle = path.open("rb")
    except OSError as e:
        yield unreadable(path, e)
        return
    with handle:
        try:
            yield from _read_archive(handle, path=path, settings=settings)
        except InputRejectedError as e:
            yield e.rejected


def _read_archive(
    handle: IO[bytes], *, path: Path, settings: IngestSettings
) -> Iterator[Article | Rejected]:
    """Yield the articles of an open archive; raise :class:`InputRejectedError` at a cut."""
    head = handle.read(5)
    if not head.strip():
        yield reject(str(path), E_EMPTY, f"{str(path)!r} is empty; nothing to read")
        return
    if not head.startswith(_MAGIC):
        yield _truncated(path, 1, "it does not start like a WARC record")
        return
    handle.seek(0)
    for number, record in _records(handle, path=path):
        try:
            item = _read_record(record, path=path, number=number, settings=settings)
        except InputRejectedError as e:  # one bad record; the iterator says if the rest is lost
            item = e.rejected
        if item is not None:
            yield item
        if isinstance(item, Rejected) and item.code == E_TRUNCATED:
            return  # the archive is cut here: one rejection says so


def _records(handle: IO[bytes], *, path: Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(number, record)`` from 1; warcio failures and cuts raise InputRejectedError."""
    records = _Records(handle)
    iterator = iter(records)
    number = 0
    while True:
        number += 1
        try:
            record = next(iterator, None)
        except _WARCIO_ERRORS as e:
            raise InputRejectedError(_truncated(path, number, f"{type(e).__name__}: {e}")) from e
        if record is None:
            break
        yield number, record
    # warcio stops quietly at a header or gzip member cut short.
    if records.cut_gzip:
        raise InputRejectedError(_truncated(path, number, "the last gzip member ends early"))
    if records.offset < os.fstat(handle.fileno()).st_size or _cut_tail(handle):
        raise InputRejectedError(_truncated(path, number, "a record header ends early"))


def _cut_tail(handle: IO[bytes]) -> bool:
    """True when an uncompressed archive does not end as a record must, with CRLF CRLF.

    warcio silently skips a few bytes of a next header cut short ("WARC/1").
    """
    handle.seek(0)
    if handle.read(2) == _MAGIC[1][:2]:
        return False  # gzipped: a cut member is caught by the decompressor
    handle.seek(-min(4, handle.seek(0, os.SEEK_END)), os.SEEK_END)
    return handle.read(4) != b"\r\n\r\n"


class _Records(ArchiveIterator):  # type: ignore[misc]  # warcio ships no type hints
    """An ArchiveIterator that remembers whether the last gzip member was complete."""

    cut_gzip = False

    def close(self) -> None:
        """Note an unfinished gzip member, then close as usual."""
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and not decompressor.eof:
            self.cut_gzip = True
        super().close()


def _read_record(
    record: Any, *, path: Path, number: int, settings: IngestSettings
) -> Article | Rejected | None:
    """Return the article of one HTML response record; None for other records.

    Raises:
        InputRejectedError: the record's payload cannot be read, or trafilatura fails.
    """
    content_type = _html_type(record)
    source = f"{path}#{number}"
    if content_type is None:
        _payload(record.raw_stream, source=source, limit=None)
        return _truncated(path, number, "the record ends early") if _cut(record) else None
    data = _payload(record.content_stream(), source=source, limit=settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return too_large(source, settings.max_bytes)
    if _cut(record):
        return _truncated(path, number, "the record ends early")
    declared = charset_from_header(content_type)
    page = decode(data, source=source, encoding=settings.encoding, html=True, declared=declared)
    if isinstance(page, Rejected):
        return page
    return extract_article(
        page,
        source=source,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fallback_date=printed_date(record.rec_headers.get_header("WARC-Date")),
    )


def _payload(stream: Any, *, source: str, limit: int | None) -> bytes:
    """Read up to ``limit`` bytes of a record (None: drain it, keeping nothing)."""
    try:
        if limit is not None:
            return bytes(stream.read(limit))
        while stream.read(_CHUNK):
            pass
    except _WARCIO_ERRORS as e:
        reason = f"cannot read {source!r}: {type(e).__name__}: {e}; the record is damaged"
        raise InputRejectedError(reject(source, E_TRUNCATED, reason)) from e
    return b""


def _html_type(record: Any) -> str | None:
    """The Content-Type of an HTML response record; None for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type: str = record.http_headers.get_header("Content-Type") or ""
    return content_type if content_type.lower().startswith(_HTML_TYPES) else None


def _cut(record: Any) -> bool:
    """True when the record's declared length was not all there, or its header was cut.

    warcio limits a record's stream to its Content-Length; a record without
    that limit, or without a Content-Length, had its header cut.
    """
    limit = getattr(record.raw_stream, "limit", None)
    declared = record.rec_headers.get_header("Content-Length")
    return limit is None or int(limit) > 0 or not declared


def _truncated(path: Path, number: int, detail: str) -> Rejected:
    """The rejection for an archive cut short or damaged at record ``number`` (E007)."""
    return reject(
        str(path),
        E_TRUNCATED,
        f"{str(path)!r} is truncated or damaged at record {number} ({detail[:200]}); "
        "the records before it were read — download the archive again",
    )
