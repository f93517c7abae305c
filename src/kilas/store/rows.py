"""What the store returns besides records, and how an article becomes a row."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from kilas.model import Article


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class WriteResult:
    """What one :meth:`Store.write_articles` call did, by article id.

    Every article given lands in exactly one of the three tuples, in input order.
    """

    new: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRow:
    """One stored article as a listing shows it."""

    id: str
    source: str
    outlet: str | None
    title: str | None
    date: str | None
    date_kind: str  # printed, metadata, inferred, unknown
    n_chars: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this row."""
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """A full-text search match; a higher ``rank`` is a better match."""

    article_id: str
    title: str | None
    snippet: str
    rank: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this hit."""
        return dataclasses.asdict(self)


def dump_doc(article: Article) -> str:
    """The article's stable JSON form (what the ``doc`` column holds)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))


def digest_of(doc: str) -> str:
    """A content digest of a doc, to tell unchanged articles without reading them."""
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


def date_kind(article: Article) -> tuple[str | None, str]:
    """Return ``(ISO day, kind)``: printed, metadata, inferred or unknown."""
    if article.published is not None:
        kind = "printed" if article.published.source == "text" else "metadata"
        return article.published.value[:10], kind
    inferred = article.inferred_date
    if inferred is not None and inferred.value is not None:
        return inferred.value, "inferred"
    return None, "unknown"


def article_values(article: Article, doc: str, now: str) -> dict[str, Any]:
    """The ``articles`` row of an article whose doc is ``doc``."""
    day, kind = date_kind(article)
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "dateline": article.dateline,
        "published": article.published.value if article.published else None,
        "date": day,
        "date_kind": kind,
        "n_chars": len(article.text),
        "doc": doc,
        "digest": digest_of(doc),
        "ingested_at": now,
    }


def removed_values(article: Article) -> list[dict[str, Any]]:
    """The ``removed_lines`` rows of an article."""
    return [
        {
            "article_id": article.id,
            "idx": i,
            "reason": line.reason,
            "text": line.text,
            "raw_start": line.raw_start,
            "raw_end": line.raw_end,
        }
        for i, line in enumerate(article.removed)
    ]


def layer_values(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The ``mentions``, ``time_exprs`` and ``quotes`` rows of an article's annotation layers."""
    mentions = [
        {
            "article_id": article.id,
            "idx": i,
            "start": m.span.start,
            "end": m.span.end,
            "text": m.span.text,
            "label": m.label,
            "entity_id": m.entity_id,
            "role": m.role,
            "name": m.name,
        }
        for i, m in enumerate(article.mentions)
    ]
    times = [
        {
            "article_id": article.id,
            "idx": i,
            "start": t.span.start,
            "end": t.span.end,
            "text": t.span.text,
            "value": t.value,
            "granularity": t.granularity,
            "kind": t.kind,
            "anchor": t.anchor,
            "confidence": t.confidence,
            "evidence": t.evidence,
        }
        for i, t in enumerate(article.times)
    ]
    quotes = [
        {
            "article_id": article.id,
            "idx": i,
            "start": q.span.start,
            "end": q.span.end,
            "text": q.span.text,
            "kind": q.kind,
            "speaker": q.speaker,
            "entity_id": q.entity_id,
            "date": q.date,
            "doc": json.dumps(q.to_dict(), ensure_ascii=False),
        }
        for i, q in enumerate(article.quotes)
    ]
    return {"mentions": mentions, "time_exprs": times, "quotes": quotes}
