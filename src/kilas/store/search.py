"""Full-text search: FTS5 on SQLite, ``ILIKE`` on PostgreSQL."""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, and_, case, literal, or_, select, text

from kilas.store import schema
from kilas.store.rows import SearchHit

_WORD = re.compile(r"\w+")
_SNIPPET_CHARS = 160


def fts_query(query: str) -> str:
    """Turn user input into an FTS5 query that cannot be a syntax error.

    Every word becomes a quoted phrase and all must match, so ``AND``, ``*``,
    quotes and parentheses typed by a user are searched for as words, never
    parsed as operators.
    """
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


def search_sqlite(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    """Search the FTS5 index, best (lowest bm25) first."""
    match = fts_query(query)
    if not match:
        return []
    rows = conn.execute(
        text(
            "SELECT article_id, title, snippet(articles_fts, 2, '', '', '…', 24), "
            "bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts "
            "WHERE articles_fts MATCH :match ORDER BY score, article_id LIMIT :limit"
        ),
        {"match": match, "limit": limit},
    )
    return [SearchHit(article_id=r[0], title=r[1], snippet=r[2], rank=-float(r[3])) for r in rows]


def search_like(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    """Search titles and docs with ``ILIKE`` (every word must occur); title hits first."""
    words = _WORD.findall(query)
    if not words:
        return []
    a = schema.articles
    patterns = ["%" + w.replace("_", "\\_") + "%" for w in words]
    per_word = [
        or_(a.c.title.ilike(p, escape="\\"), a.c.doc.ilike(p, escape="\\")) for p in patterns
    ]
    in_title = sum(
        (case((a.c.title.ilike(p, escape="\\"), 1), else_=0) for p in patterns), literal(0)
    )
    stmt = (
        select(a.c.id, a.c.title, a.c.doc, in_title.label("score"))
        .where(and_(*per_word))
        .order_by(in_title.desc(), a.c.id)
        .limit(limit)
    )
    hits = []
    for row in conn.execute(stmt):
        hits.append(
            SearchHit(
                article_id=row.id,
                title=row.title,
                snippet=_snippet(row.doc, words[0]),
                rank=float(row.score),
            )
        )
    return hits


def _snippet(doc: str, word: str) -> str:
    """A window of the clean text around the first occurrence of ``word``."""
    body = str(json.loads(doc).get("text", ""))
    at = max(body.lower().find(word.lower()), 0)
    start = max(at - _SNIPPET_CHARS // 2, 0)
    return body[start : start + _SNIPPET_CHARS]
