"""Read WARC archives (plain or gzipped): one article per HTML response record."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from kilas.errors import E_TRUNCATED
from kilas.ingest.decode import charset_from_header, decode
from kilas.ingest.files import too_large, unreadable
from kilas.ingest.html import extract_article
from kilas.ingest.jsonl import printed_date
from kilas.model import Article, Rejected
from kilas.settings import IngestSettings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_MAGIC = (b"WARC/", b"\x1f\x8b")


def read_warc(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield an article for each HTML ``response`` record, source ``path#N``.

    ``N`` counts every record from 1. The URL comes from ``WARC-Target-URI``;
    the date from the page, else ``WARC-Date``. Other records are skipped. A
    record over ``max_bytes`` is rejected (E008); a truncated archive yields
    the records before the cut, then a :class:`Rejected` (E007). Never raises.
    """
    number = 0
    try:
        with path.open("rb") as handle:
            if not handle.read(5).startswith(_MAGIC):
                yield _not_warc(path)
                return
            handle.seek(0)
            records = _Records(handle)
            for number, record in enumerate(records, start=1):
                item = _read_record(record, path=path, number=number, settings=settings)
                if item is not None:
                    yield item
            # warcio stops quietly at a header or gzip member cut short.
            if records.cut_gzip:
                yield _truncated(path, number + 1, "the last gzip member ends early")
            elif records.offset < os.fstat(handle.fileno()).st_size:
                yield _truncated(path, number + 1, "a record header ends early")
    except OSError as e:
        yield unreadable(path, e)
    # warcio raises AttributeError on a header cut short, zlib/EOF errors on a
    # cut gzip member, ArchiveLoadFailed on anything it cannot parse.
    except (ArchiveLoadFailed, EOFError, zlib.error, AttributeError, ValueError) as e:
        yield _truncated(path, number + 1, str(e))


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
    """Return the article of one HTML response record; None for other records."""
    content_type = _html_type(record)
    if content_type is None:
        _drain(record.raw_stream)
        return _truncated(path, number, "the record ends early") if _cut(record) else None
    source = f"{path}#{number}"
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return too_large(source, settings.max_bytes)
    if _cut(record):
        return _truncated(path, number, "the record ends early")
    page = decode(
        data,
        source=source,
        encoding=settings.encoding,
        html=True,
        declared=charset_from_header(content_type),
    )
    if isinstance(page, Rejected):
        return page
    return extract_article(
        page,
        source=source,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fallback_date=printed_date(record.rec_headers.get_header("WARC-Date")),
    )


def _html_type(record: Any) -> str | None:
    """The Content-Type of an HTML response record; None for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type: str = record.http_headers.get_header("Content-Type") or ""
    return content_type if content_type.lower().startswith(_HTML_TYPES) else None


def _drain(stream: Any) -> None:
    """Read a record's remaining bytes in chunks, so truncation shows."""
    while stream.read(_CHUNK):
        pass


def _cut(record: Any) -> bool:
    """True when the record's declared length was not all there."""
    return int(getattr(record.raw_stream, "limit", 0)) > 0


def _not_warc(path: Path) -> Rejected:
    """The rejection for a file that does not start like a WARC (E007)."""
    return Rejected(
        source=str(path),
        reason=(
            f"{str(path)!r} is not a WARC archive (empty, cut or another format); check the file"
        ),
        code=E_TRUNCATED,
    )


def _truncated(path: Path, number: int, detail: str) -> Rejected:
    """The rejection for an archive cut short at record ``number`` (E007)."""
    return Rejected(
        source=str(path),
        reason=(
            f"{str(path)!r} is truncated at record {number} ({detail}); "
            "the records before it were read — download the archive again"
        ),
        code=E_TRUNCATED,
    )
