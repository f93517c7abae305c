"""Read HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from typing import Any

from kilas.errors import E_NO_MAIN_TEXT
from kilas.ingest.decode import decode
from kilas.ingest.files import read_bytes
from kilas.ingest.rejections import InputRejectedError, reject
from kilas.model import Article, PrintedDate, Rejected, content_id
from kilas.settings import IngestSettings

logger = logging.getLogger(__name__)

MIN_WORDS = 5
"""Fewer words than this is a menu or a button ("Home"), not an article's main text."""


def read_html(path: Path, *, settings: IngestSettings) -> Article | Rejected:
    """Return the page's main text as one article, with its title, date, outlet and url.

    Bad input becomes a :class:`Rejected` (E012 when no main text can be
    extracted or trafilatura fails on the page), never raises.
    """
    data = read_bytes(path, max_bytes=settings.max_bytes)
    if isinstance(data, Rejected):
        return data
    page = decode(data, source=str(path), encoding=settings.encoding, html=True)
    if isinstance(page, Rejected):
        return page
    try:
        return extract_article(page, source=str(path))
    except InputRejectedError as e:
        return e.rejected


def extract_article(
    page: str,
    *,
    source: str,
    url: str | None = None,
    fallback_date: PrintedDate | None = None,
) -> Article | Rejected:
    """Extract one article from decoded HTML.

    Args:
        page: the decoded HTML.
        source: where the page came from (named in rejections).
        url: the page's address when known outside the page (a WARC record);
            it wins over a URL the page declares.
        fallback_date: the date to use when the page shows none.

    Returns:
        An :class:`Article` whose ``raw`` is the extracted main text (NFC), or
        a :class:`Rejected` with code E012 when the page has no main text.
        The trafilatura author, when found, is kept in ``meta["author"]``.

    Raises:
        InputRejectedError: trafilatura failed on the page (E012).
    """
    doc = _extract(page, source=source, url=url)
    raw = _norm(_field(doc, "text"))
    if not raw:
        reason = f"no main text found in {source!r}; is it an article page?"
        return reject(source, E_NO_MAIN_TEXT, reason)
    if len(raw.split()) < MIN_WORDS:
        found = raw.strip()[:60]
        reason = (
            f"no article in {source!r}: its main text is only {found!r}; is it an article page?"
        )
        return reject(source, E_NO_MAIN_TEXT, reason)
    url = url or _norm(_field(doc, "url"))
    title = _norm(_field(doc, "title"))
    day = _norm(_field(doc, "date"))
    published = PrintedDate(value=day, text=day, source="metadata") if day else fallback_date
    return Article(
        id=content_id(url or "", title or "", raw),
        source=source,
        raw=raw,
        url=url,
        title=title,
        outlet=_norm(_field(doc, "sitename")),
        published=published,
        meta={"author": author} if (author := _norm(_field(doc, "author"))) else {},
    )


def _extract(page: str, *, source: str, url: str | None) -> Any:
    """Run trafilatura on a page; its failures become :class:`InputRejectedError` (E012)."""
    try:
        import trafilatura  # slow import: only when an HTML page is read

        return trafilatura.bare_extraction(page, url=url, with_metadata=True)
    except Exception as e:  # trafilatura and lxml raise many types on odd markup
        error = f"{type(e).__name__}: {str(e)[:200]}"
        reason = f"cannot extract text from {source!r} ({error}); check the page"
        raise InputRejectedError(reject(source, E_NO_MAIN_TEXT, reason)) from e


def _field(doc: Any, name: str) -> Any:
    """Read a field from trafilatura's result (a Document in 2.x, a dict in 1.x)."""
    if doc is None:
        return None
    if isinstance(doc, dict):
        return doc.get(name)
    return getattr(doc, name, None)


def _norm(value: Any) -> str | None:
    """NFC text of a non-empty string field, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    return unicodedata.normalize("NFC", value)
