"""Read plain-text and Markdown files: one article per file."""

from __future__ import annotations

from pathlib import Path

from kilas.ingest.decode import decode
from kilas.ingest.files import read_bytes
from kilas.model import Article, Rejected, content_id
from kilas.settings import IngestSettings


def read_text(path: Path, *, settings: IngestSettings) -> Article | Rejected:
    """Return the file as one article whose ``raw`` is the whole decoded text.

    The text is NFC-normalized and otherwise left as is; ``text`` is left
    empty for the cleaner. Bad input becomes a :class:`Rejected`, never raises.
    """
    data = read_bytes(path, max_bytes=settings.max_bytes)
    if isinstance(data, Rejected):
        return data
    raw = decode(data, source=str(path), encoding=settings.encoding)
    if isinstance(raw, Rejected):
        return raw
    return Article(id=content_id("", "", raw), source=str(path), raw=raw)
