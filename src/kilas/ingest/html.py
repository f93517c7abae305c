"""Read HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from typing import Any

import trafilatura

from kilas.errors import E_NO_MAIN_TEXT
from kilas.ingest.decode import decode
from kilas.ingest.files import read_bytes
from kilas.model import Article, PrintedDate, Rejected, content_id
from kilas.settings import IngestSettings

logger = logging.getLogger(__name__)


def read_html(path: Path, *, settings: IngestSettings) -> Article | Rejected:
    """Return the page's main text as one article, with its title, date, outlet and url.

    Bad input becomes a :class:`Rejected` (E012 when no main text can be
    extracted), never raises.
    """
    data = read_bytes(path, max_bytes=settings.max_bytes)
    if isinstance(data, Rejected):
        return data
    page = decode(data, source=str(path), encoding=settings.encoding, html=True)
    if isinstance(page, Rejected):
        return page
    return extract_article(page, source=str(path))


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
        a :class:`Rejected` with code E012.
    """
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    raw = _norm(_field(doc, "text"))
    if not raw:
        return Rejected(
            source=source,
            reason=f"no main text found in {source!r}; is it an article page?",
            code=E_NO_MAIN_TEXT,
        )
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
    )


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
