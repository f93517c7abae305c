"""Read JSON Lines and JSON files: one article per row.

Fields map as ``text``/``content``/``body`` → raw, ``title``, ``url``/``link``,
``outlet``/``source``/``site``, ``published``/``date``/``published_at`` →
:class:`PrintedDate`. Other short scalar fields go into ``meta`` as strings;
lists, objects and long text fields (``summary``…) are not metadata.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from kilas.errors import E_BAD_JSON, E_DECODE, E_NO_TEXT_FIELD
from kilas.ingest.decode import decode
from kilas.ingest.files import read_bytes, too_large, unreadable
from kilas.model import Article, PrintedDate, Rejected, content_id
from kilas.settings import IngestSettings

TEXT_FIELDS = ("text", "content", "body")
TITLE_FIELDS = ("title",)
URL_FIELDS = ("url", "link")
OUTLET_FIELDS = ("outlet", "source", "site")
DATE_FIELDS = ("published", "date", "published_at")
_MAPPED = frozenset(TEXT_FIELDS + TITLE_FIELDS + URL_FIELDS + OUTLET_FIELDS + DATE_FIELDS)
_NOT_META = frozenset({"summary", "abstract", "description", "lead", "excerpt"})
_META_MAX_CHARS = 200


def read_jsonl(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield one article per line, streaming: memory stays bounded by one line.

    Blank lines are skipped. A malformed line, a row without a text field or a
    line over ``max_bytes`` yields a :class:`Rejected` with its 1-based line
    number; the good lines around it are still yielded. Never raises.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
            handle.seek(0)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield from _read_utf16_lines(path, settings=settings)
                return
            for number, line in _lines(handle, settings.max_bytes):
                yield from _read_line(path, number, line, settings=settings)
    except OSError as e:
        yield unreadable(path, e)


def read_json(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Yield the articles of a JSON file holding one object or a list of objects.

    List items get the source ``path#N`` (1-based). The whole file is read, so
    it must fit ``max_bytes``. Never raises.
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
        reason = f"{str(path)!r} line {e.lineno}: malformed JSON ({e.msg}); fix the JSON"
        yield _bad_json(str(path), e.lineno, reason)
        return
    if isinstance(value, list):
        for index, row in enumerate(value, start=1):
            yield row_to_article(row, path=str(path), item=index)
    else:
        yield row_to_article(value, path=str(path))


def row_to_article(
    row: Any, *, path: str, line: int | None = None, item: int | None = None
) -> Article | Rejected:
    """Map one decoded JSON row to an article (see the module docstring).

    The article's source is ``path:LINE`` for a JSONL row, ``path#ITEM`` for
    an item of a JSON list, else ``path``. Returns a :class:`Rejected` (source
    ``path``) with E009 when the row is not an object and E010 when it has no
    non-empty text field.
    """
    where = _where(path, line, item)
    if not isinstance(row, Mapping):
        return _bad_json(path, line, f"{where}: expected a JSON object, got {type(row).__name__}")
    raw = _first(row, TEXT_FIELDS)
    if raw is None:
        return Rejected(
            source=path,
            reason=f"{where}: no text field ({'/'.join(TEXT_FIELDS)}); add one or drop the row",
            code=E_NO_TEXT_FIELD,
            line=line,
        )
    url = _first(row, URL_FIELDS)
    title = _first(row, TITLE_FIELDS)
    source = f"{path}:{line}" if line is not None else f"{path}#{item}" if item else path
    return Article(
        id=content_id(url or "", title or "", raw),
        source=source,
        raw=raw,
        url=url,
        title=title,
        outlet=_first(row, OUTLET_FIELDS),
        published=printed_date(_first(row, DATE_FIELDS, scalars=True)),
        meta=_meta(row),
    )


def _where(path: str, line: int | None, item: int | None) -> str:
    """Name a row for a message."""
    if line is not None:
        return f"{path!r} line {line}"
    if item is not None:
        return f"{path!r} item {item}"
    return repr(path)


def printed_date(given: str | None) -> PrintedDate | None:
    """Return a metadata date: ISO ``value`` when parseable, else the text as given."""
    if given is None:
        return None
    text = given.strip()
    try:
        return PrintedDate(
            value=dt.date.fromisoformat(text).isoformat(), text=given, source="metadata"
        )
    except ValueError:
        pass
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return PrintedDate(value=text, text=given, source="metadata")
    offset = moment.strftime("%z")
    timezone = f"{offset[:3]}:{offset[3:]}" if offset else None
    return PrintedDate(value=moment.isoformat(), text=given, timezone=timezone, source="metadata")


def _first(row: Mapping[str, Any], names: tuple[str, ...], *, scalars: bool = False) -> str | None:
    """NFC value of the first field in ``names`` holding a non-empty string."""
    for name in names:
        value = row.get(name)
        if scalars and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return unicodedata.normalize("NFC", value)
    return None


def _meta(row: Mapping[str, Any]) -> dict[str, str]:
    """Short scalar fields not mapped elsewhere, as strings."""
    meta: dict[str, str] = {}
    for key, value in row.items():
        if key in _MAPPED or key in _NOT_META or value is None:
            continue
        if isinstance(value, str):
            text = unicodedata.normalize("NFC", value)
        elif isinstance(value, bool | int | float):
            text = json.dumps(value)
        else:
            continue
        if len(text) <= _META_MAX_CHARS:
            meta[str(key)] = text
    return meta


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``; bytes is None for a line over ``limit``."""
    number = 0
    while True:
        chunk = handle.readline(limit + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) <= limit or chunk.endswith(b"\n"):
            yield number, chunk
            continue
        while chunk and not chunk.endswith(b"\n"):  # skip the rest of the long line
            chunk = handle.readline(limit + 1)
        yield number, None


def _read_line(
    path: Path, number: int, line: bytes | None, *, settings: IngestSettings
) -> Iterator[Article | Rejected]:
    """Yield the article (or rejection) of one JSONL line; nothing for a blank line."""
    if line is None:
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
    yield from _parse_line(text, path, number)


def _parse_line(text: str, path: Path, number: int) -> Iterator[Article | Rejected]:
    """Parse one decoded JSONL line into an article or a rejection."""
    try:
        row = json.loads(text)
    except json.JSONDecodeError as e:
        yield _bad_json(
            str(path),
            number,
            f"{str(path)!r} line {number}: malformed JSON ({e.msg}); fix or remove the line",
        )
        return
    yield row_to_article(row, path=str(path), line=number)


def _read_utf16_lines(path: Path, *, settings: IngestSettings) -> Iterator[Article | Rejected]:
    """Stream a UTF-16 JSONL file (BOM-marked) line by line."""
    try:
        with path.open(encoding="utf-16") as handle:
            for number, text in enumerate(handle, start=1):
                if len(text) > settings.max_bytes:
                    yield too_large(str(path), settings.max_bytes, line=number)
                elif text.strip():
                    yield from _parse_line(unicodedata.normalize("NFC", text), path, number)
    except UnicodeDecodeError:
        yield Rejected(
            source=str(path),
            reason=(
                f"{str(path)!r} starts with a UTF-16 mark but is not UTF-16; re-save it as UTF-8"
            ),
            code=E_DECODE,
        )


def _bad_json(source: str, line: int | None, reason: str) -> Rejected:
    """The rejection for malformed JSON (E009)."""
    return Rejected(source=source, reason=reason, code=E_BAD_JSON, line=line)
