"""Writing articles: upsert by id, one transaction per batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, text, update

from kilas.model import Article
from kilas.store import schema
from kilas.store.rows import (
    WriteResult,
    article_values,
    digest_of,
    dump_doc,
    layer_values,
    removed_values,
)

CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-variable limit


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Consecutive slices of ``items`` of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def now() -> str:
    """The current UTC time, ISO, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def stored_digests(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Digest of each already-stored article among ``ids``."""
    a = schema.articles
    found: dict[str, str] = {}
    for part in chunks(ids):
        rows = conn.execute(select(a.c.id, a.c.digest).where(a.c.id.in_(part)))
        found.update((row.id, row.digest) for row in rows)
    return found


def write_articles(conn: Connection, articles: Sequence[Article]) -> WriteResult:
    """Upsert ``articles`` within the caller's transaction and say what changed.

    A repeated id in one batch is judged against its previous version in the
    batch; the last version is what gets stored.
    """
    stored = stored_digests(conn, list(dict.fromkeys(a.id for a in articles)))
    new: list[str] = []
    unchanged: list[str] = []
    updated: list[str] = []
    final: dict[str, tuple[Article, str, str]] = {}
    for article in articles:
        doc = dump_doc(article)
        digest = digest_of(doc)
        previous = final[article.id][2] if article.id in final else stored.get(article.id)
        if previous is None:
            new.append(article.id)
        elif previous == digest:
            unchanged.append(article.id)
            continue
        else:
            updated.append(article.id)
        final[article.id] = (article, doc, digest)
    inserts = [(a, doc) for i, (a, doc, _) in final.items() if i not in stored]
    updates = [(a, doc) for i, (a, doc, d) in final.items() if i in stored and stored[i] != d]
    stamp = now()
    if inserts:
        conn.execute(insert(schema.articles), [article_values(a, d, stamp) for a, d in inserts])
    if updates:
        _update_rows(conn, updates, stamp)
    _write_dependents(conn, [a for a, _ in inserts + updates], replacing=bool(updates))
    return WriteResult(new=tuple(new), unchanged=tuple(unchanged), updated=tuple(updated))


def _update_rows(conn: Connection, updates: list[tuple[Article, str]], stamp: str) -> None:
    """Rewrite the ``articles`` rows of changed articles, keeping when they came in."""
    a = schema.articles
    rows = []
    for article, doc in updates:
        values = article_values(article, doc, stamp)
        del values["ingested_at"]
        values["key"] = values.pop("id")
        rows.append(values)
    columns: dict[str, Any] = {k: bindparam(k) for k in rows[0] if k != "key"}
    conn.execute(update(a).where(a.c.id == bindparam("key")).values(columns), rows)


def _write_dependents(conn: Connection, articles: list[Article], *, replacing: bool) -> None:
    """Write sources, removed lines and the search index of written articles."""
    if not articles:
        return
    ids = [a.id for a in articles]
    sources = list(dict.fromkeys(a.source for a in articles))
    for part in chunks(sources):
        conn.execute(
            delete(schema.article_sources).where(schema.article_sources.c.source.in_(part))
        )
    conn.execute(
        insert(schema.article_sources),
        [{"source": s, "article_id": a.id} for s, a in {a.source: a for a in articles}.items()],
    )
    if replacing:
        for part in chunks(ids):
            conn.execute(
                delete(schema.removed_lines).where(schema.removed_lines.c.article_id.in_(part))
            )
    removed = [row for a in articles for row in removed_values(a)]
    if removed:
        conn.execute(insert(schema.removed_lines), removed)
    _write_layers(conn, articles, replacing=replacing)
    if conn.dialect.name == "sqlite":
        _index_text(conn, articles, replacing=replacing)


def _write_layers(conn: Connection, articles: list[Article], *, replacing: bool) -> None:
    """Mirror the annotation layers into their tables, for SQL over mentions, dates and quotes."""
    rows: dict[str, list[dict[str, Any]]] = {"mentions": [], "time_exprs": [], "quotes": []}
    for article in articles:
        for name, values in layer_values(article).items():
            rows[name].extend(values)
    for name, values in rows.items():
        table = schema.metadata.tables[name]
        if replacing:
            for part in chunks([a.id for a in articles]):
                conn.execute(delete(table).where(table.c.article_id.in_(part)))
        if values:
            conn.execute(insert(table), values)


def _index_text(conn: Connection, articles: list[Article], *, replacing: bool) -> None:
    """Keep the FTS5 table in step: delete the old rows of updated articles, insert new."""
    if replacing:
        for part in chunks([a.id for a in articles]):
            marks = ",".join(f":i{n}" for n in range(len(part)))
            conn.execute(
                text(f"DELETE FROM articles_fts WHERE article_id IN ({marks})"),
                {f"i{n}": i for n, i in enumerate(part)},
            )
    conn.execute(
        text("INSERT INTO articles_fts (article_id, title, text) VALUES (:id, :title, :text)"),
        [{"id": a.id, "title": a.title or "", "text": a.text or a.raw} for a in articles],
    )
