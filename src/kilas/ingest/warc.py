"""Read WARC archives (plain or gzipped): one article per HTML response record."""

from __future__ import annotations

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
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                item = _read_record(record, path=path, number=number, settings=settings)
                if item is not None:
                    yield item
    except OSError as e:
        yield unreadable(path, e)
    # warcio raises AttributeError on a header cut short, zlib/EOF errors on a
    # cut gzip member, ArchiveLoadFailed on anything it cannot parse.
    except (ArchiveLoadFailed, EOFError, zlib.error, AttributeError, ValueError) as e:
        yield _truncated(path, number + 1, str(e))


def _read_record(
    record: Any, *, path: Path, number: int, settings: IngestSettings
) -> Article | Rejected | None:
    """Return the article of one HTML response record; None for other records."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    source = f"{path}#{number}"
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return too_large(source, settings.max_bytes)
    if getattr(record.raw_stream, "limit", 0) > 0:
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
