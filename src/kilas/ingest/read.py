"""Read inputs of every supported type: dispatch by file extension."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kilas.ingest.html import read_html
from kilas.ingest.jsonl import read_json, read_jsonl
from kilas.ingest.paths import expand_paths, kind_of, unsupported
from kilas.ingest.rejections import too_long
from kilas.ingest.text import read_text
from kilas.ingest.warc import read_warc
from kilas.model import Article, Rejected
from kilas.settings import IngestSettings

_DEFAULT_SETTINGS = IngestSettings()


def read_inputs(
    paths: Iterable[str | Path], *, settings: IngestSettings = _DEFAULT_SETTINGS
) -> Iterator[Article | Rejected]:
    """Yield an article or a rejection for every input under ``paths``.

    ``paths`` may name files, folders (read recursively, sorted) and glob
    patterns. A generator holding at most one file (or one JSONL line / WARC
    record) in memory. Every bad input becomes a :class:`Rejected` naming the
    file; good inputs next to it are still yielded. Never raises for bad input.
    """
    for item in expand_paths(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        for found in read_file(item, settings=settings):
            if isinstance(found, Article) and len(found.raw) > settings.max_chars:
                yield too_long(found.source, len(found.raw), settings.max_chars)
            else:
                yield found


def read_file(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield the articles of one file, chosen by its extension (E011 when unknown)."""
    kind = kind_of(path)
    if kind == "text":
        yield read_text(path, settings=settings)
    elif kind == "html":
        yield read_html(path, settings=settings)
    elif kind == "jsonl":
        yield from read_jsonl(path, settings=settings)
    elif kind == "json":
        yield from read_json(path, settings=settings)
    elif kind == "warc":
        yield from read_warc(path, settings=settings)
    else:
        yield unsupported(path)
