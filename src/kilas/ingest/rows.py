"""Map one JSON object (a JSONL line, a JSON list item) to an article.

Fields map as ``text``/``content``/``body`` → raw, ``title``, ``url``/``link``,
``outlet``/``source``/``site``, ``published``/``date``/``published_at`` →
:class:`PrintedDate` (source ``"metadata"``). Other short scalar fields go into
``meta`` as strings; lists, objects and long text fields (``summary``…) are
not metadata. A date that cannot be read is kept in ``meta`` under its field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import json
import unicodedata
from collections.abc import Mapping
from typing import Any

from kilas.clean.dates import parse_date_line
from kilas.errors import E_BAD_JSON, E_NO_TEXT_FIELD
from kilas.ingest.rejections import reject
from kilas.model import Article, PrintedDate, Rejected, content_id

TEXT_FIELDS = ("text", "content", "body")
TITLE_FIELDS = ("title",)
URL_FIELDS = ("url", "link")
OUTLET_FIELDS = ("outlet", "source", "site")
DATE_FIELDS = ("published", "date", "published_at")
_MAPPED = frozenset(TEXT_FIELDS + TITLE_FIELDS + URL_FIELDS + OUTLET_FIELDS + DATE_FIELDS)
_NOT_META = frozenset({"summary", "abstract", "description", "lead", "excerpt"})
_META_MAX_CHARS = 200
_EPOCH_MS = 10**11  # a Unix time above this is in milliseconds
_EPOCH_MIN, _EPOCH_MAX = 10**8, 10**10  # 1973 … 2286: anything else is not a Unix time


def row_to_article(
    row: Any, *, path: str, line: int | None = None, item: int | None = None
) -> Article | Rejected:
    """Map one decoded JSON row to an article (see the module docstring).

    The article's source is ``path:LINE`` for a JSONL row, ``path#ITEM`` for
    an item of a JSON list, else ``path``. Returns a :class:`Rejected` (source
    ``path``, with ``line``) with E009 when the row is not an object and E010
    when it has no non-empty text field. Never raises.
    """
    named = _where(path, line, item)
    if not isinstance(row, Mapping):
        reason = f"{named}: expected a JSON object, got {type(row).__name__}; fix the row"
        return reject(path, E_BAD_JSON, reason, line=line)
    raw = _first(row, TEXT_FIELDS)
    if raw is None:
        fields = "/".join(TEXT_FIELDS)
        reason = f"{named}: no non-empty text field ({fields}); add one or drop the row"
        return reject(path, E_NO_TEXT_FIELD, reason, line=line)
    url = _first(row, URL_FIELDS)
    title = _first(row, TITLE_FIELDS)
    date_field, given = _first_field(row, DATE_FIELDS)
    published = printed_date(given)
    meta = _meta(row)
    if given is not None and published is None:
        meta[date_field] = given[:_META_MAX_CHARS]
    return Article(
        id=content_id(url or "", title or "", raw),
        source=f"{path}:{line}" if line is not None else f"{path}#{item}" if item else path,
        raw=raw,
        url=url,
        title=title,
        outlet=_first(row, OUTLET_FIELDS),
        published=published,
        meta=meta,
    )


def printed_date(given: str | None) -> PrintedDate | None:
    """Return a metadata date with an ISO ``value``, or None when ``given`` cannot be read.

    Reads ISO 8601 (``2024-08-12``, ``2024-08-12T10:30:00+07:00``, ``…Z``),
    RFC 2822 (``Mon, 12 Aug 2024 10:30:00 +0700``, as in RSS), Unix times
    (seconds or milliseconds, UTC) and printed Indonesian dates
    (``Senin, 12 Agustus 2024 10:30 WIB``). ``text`` is ``given`` as is.
    """
    if given is None or not given.strip():
        return None
    text = given.strip()
    moment = _iso(text) or _rfc2822(text) or _epoch(text)
    if isinstance(moment, dt.datetime):
        offset = moment.strftime("%z")
        timezone = f"{offset[:3]}:{offset[3:]}" if offset else None
        value = moment.isoformat()
        return PrintedDate(value=value, text=given, timezone=timezone, source="metadata")
    if isinstance(moment, dt.date):
        return PrintedDate(value=moment.isoformat(), text=given, source="metadata")
    printed = parse_date_line(text)
    if printed is None:
        return None
    return dataclasses.replace(printed, text=given, source="metadata")


def _iso(text: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 day or moment; None when ``text`` is not one."""
    try:
        return dt.date.fromisoformat(text)  # a day stays a day: no invented midnight
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc2822(text: str) -> dt.datetime | None:
    """An RFC 2822 moment (RSS ``pubDate``); None when ``text`` is not one."""
    if ":" not in text:  # a day without a time is read by parse_date_line, as a day
        return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _epoch(text: str) -> dt.datetime | None:
    """A Unix time in seconds or milliseconds, as UTC; None when ``text`` is not one."""
    if not text.replace(".", "", 1).isdigit():
        return None
    seconds = float(text)
    if seconds > _EPOCH_MS:
        seconds /= 1000
    if not _EPOCH_MIN <= seconds <= _EPOCH_MAX:
        return None  # a year (2024) or a count, not a moment
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)


def _where(path: str, line: int | None, item: int | None) -> str:
    """Name a row for a message."""
    if line is not None:
        return f"{path!r} line {line}"
    if item is not None:
        return f"{path!r} item {item}"
    return repr(path)


def _first_field(row: Mapping[str, Any], names: tuple[str, ...]) -> tuple[str, str | None]:
    """The first of ``names`` holding a non-empty string or number, and its text."""
    for name in names:
        value = row.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = json.dumps(value)
        if isinstance(value, str) and value.strip():
            return name, unicodedata.normalize("NFC", value)
    return names[0], None


def _first(row: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    """NFC value of the first field in ``names`` holding a non-empty string."""
    for name in names:
        value = row.get(name)
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
