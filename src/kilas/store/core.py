"""The store: articles, duplicate links, signatures, state and runs in SQL."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, false, func, insert, inspect, or_, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import SQLAlchemyError

from kilas.closing import Closing
from kilas.errors import StoreError
from kilas.model import Article, Duplicate, ParagraphDuplicate, Rejected
from kilas.store import articles as article_writes
from kilas.store import dedup_index, schema
from kilas.store.dedup_index import IndexRows, TextRow
from kilas.store.engine import E_CANNOT_OPEN, E_NOT_A_STORE, engine_for
from kilas.store.migrations import migrate
from kilas.store.rows import ArticleRow, SearchHit, WriteResult
from kilas.store.search import search_like, search_sqlite

log = logging.getLogger(__name__)

E_NO_ARTICLE = "E201"


class Store(Closing):
    """A kilas store on SQLite (a file, WAL) or PostgreSQL (a URL).

    Every write method is one transaction: an exception in the middle, a
    ``KeyboardInterrupt`` included, leaves the store as it was before the call.
    The caller owns the store; close it (or use ``with``) when done.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, target: str | Path, *, create: bool = True) -> Store:
        """Open the store at ``target``, creating it and applying missing migrations.

        ``target`` is a SQLite file path, ``:memory:``, or a ``postgresql://`` URL.
        With ``create=False`` a SQLite file that does not exist is an error, not a new store.

        Raises:
            StoreError: the store cannot be opened (E203), is another program's SQLite
                database (E204), does not exist and ``create`` is False (E205), or is newer
                than this kilas (E202).
        """
        engine = engine_for(target, create=create)
        try:
            with engine.begin() as conn:
                _refuse_foreign_sqlite(conn, target)
                applied = migrate(conn)
        except SQLAlchemyError as e:
            engine.dispose()
            reason = driver_message(e)
            if "not a database" in reason:
                reason += "; is it a kilas store? pass another --db"
            raise StoreError(
                f"cannot open store {str(target)!r}: {reason}", code=E_CANNOT_OPEN
            ) from e
        except StoreError:
            engine.dispose()
            raise
        if applied:
            log.info("store %s: applied migrations %s", target, [m.version for m in applied])
        return cls(engine)

    def close(self) -> None:
        """Release the store's connections."""
        self.engine.dispose()

    # ------------------------------------------------------------ articles

    def write_articles(self, articles: Sequence[Article]) -> WriteResult:
        """Upsert articles by id in one transaction.

        Returns:
            Which ids were new, unchanged (identical content, not rewritten) and
            updated (same id, different content: row, removed lines and search
            index replaced).
        """
        if not articles:
            return WriteResult()
        with self.engine.begin() as conn:
            return article_writes.write_articles(conn, articles)

    def iter_articles(
        self, batch_size: int = 500, *, outlets: Sequence[str | None] | None = None
    ) -> Iterator[Article]:
        """Yield every stored article (or those of ``outlets``), ordered by id.

        Pages by key, ``batch_size`` rows per query, so memory stays flat and
        writes between pages are safe.
        """
        a = schema.articles
        where = []
        if outlets is not None:
            named = [o for o in outlets if o is not None]
            where.append(
                or_(a.c.outlet.in_(named), a.c.outlet.is_(None) if None in outlets else false())
            )
        after = ""
        while True:
            with self.engine.connect() as conn:
                stmt = select(a.c.id, a.c.doc).where(a.c.id > after, *where).order_by(a.c.id)
                rows = conn.execute(stmt.limit(batch_size)).all()
            for row in rows:
                yield Article.from_dict(json.loads(row.doc))
            if len(rows) < batch_size:
                return
            after = rows[-1].id

    def outlets(self) -> list[str | None]:
        """The distinct outlets of stored articles, sorted (None, for unknown, last)."""
        a = schema.articles
        with self.engine.connect() as conn:
            found = list(conn.execute(select(a.c.outlet).distinct()).scalars())
        return sorted(found, key=lambda o: (o is None, o or ""))

    def get_article(self, article_id: str) -> Article:
        """The article with this id, or the only one whose id starts with it.

        Raises:
            StoreError: no article or several match (E201).
        """
        a = schema.articles
        with self.engine.connect() as conn:
            doc = conn.execute(select(a.c.doc).where(a.c.id == article_id)).scalar()
            if doc is None and article_id:
                stmt = select(a.c.doc).where(a.c.id.startswith(article_id, autoescape=True))
                found = conn.execute(stmt.limit(2)).scalars().all()
                if len(found) > 1:
                    raise StoreError(
                        f"article id {article_id!r} is ambiguous; give more characters",
                        code=E_NO_ARTICLE,
                    )
                doc = found[0] if found else None
        if doc is None:
            raise StoreError(
                f"no article with id {article_id!r}; list ids with `kilas articles`",
                code=E_NO_ARTICLE,
            )
        return Article.from_dict(json.loads(doc))

    def get_text(self, article_id: str) -> str | None:
        """The clean text of an article, or None when it is not stored."""
        a = schema.articles
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":  # read the one field in C, not the whole doc
                found = conn.execute(
                    select(a.c.id, func.json_extract(a.c.doc, "$.text")).where(a.c.id == article_id)
                ).first()
                return None if found is None else str(found[1] or "")
            doc = conn.execute(select(a.c.doc).where(a.c.id == article_id)).scalar()
        return None if doc is None else str(json.loads(doc).get("text", ""))

    def list_articles(self) -> list[ArticleRow]:
        """One row per article, by date (undated last), then source."""
        a = schema.articles
        stmt = select(
            a.c.id, a.c.source, a.c.outlet, a.c.title, a.c.date, a.c.date_kind, a.c.n_chars
        ).order_by(a.c.date.is_(None), a.c.date, a.c.source, a.c.id)
        with self.engine.connect() as conn:
            return [ArticleRow(**row._asdict()) for row in conn.execute(stmt)]

    def count_articles(self) -> int:
        """How many articles are stored."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.articles)).scalar_one())

    def fingerprint(self) -> str:
        """A digest of the corpus state: every article's content digest and every duplicate link.

        It changes whenever an article is added, updated or removed, or a
        duplicate link is written, so a result derived from the whole corpus
        can be stored with it and reused while it still matches.
        """
        a, d = schema.articles, schema.duplicates
        digest = hashlib.sha256()
        with self.engine.connect() as conn:
            for row in conn.execute(select(a.c.id, a.c.digest).order_by(a.c.id)):
                digest.update(f"a {row.id} {row.digest}\n".encode())
            links = select(d.c.article_id, d.c.other_id, d.c.relation, d.c.shared)
            for dup in conn.execute(links.order_by(d.c.article_id, d.c.other_id)):
                digest.update(
                    f"d {dup.article_id} {dup.other_id} {dup.relation} {dup.shared!r}\n".encode()
                )
        return digest.hexdigest()

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and clean text, best first.

        Any input is safe: operators and quotes are searched as plain words.
        """
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                return search_sqlite(conn, query, limit)
            return search_like(conn, query, limit)

    # ------------------------------------------------------------ duplicates

    def write_dedup(
        self,
        *,
        duplicates: Sequence[Duplicate],
        paragraphs: Sequence[ParagraphDuplicate],
        signatures: Sequence[tuple[str, bytes, str | None]] = (),
        index: IndexRows | None = None,
        state: Mapping[str, Any] | None = None,
    ) -> None:
        """Store duplicate links, the index's new texts, signatures and state in one transaction.

        ``index`` is what ``DuplicateIndex.pending()`` returned: its texts are
        inserted (each article or paragraph once) and filed under their bucket
        keys. Links, signatures and state are upserts, so writing them again is
        harmless; ``state`` is stored as :meth:`set_state` would.
        """
        with self.engine.begin() as conn:
            if index is not None:
                dedup_index.write_index(conn, index.texts, index.buckets)
            _upsert(conn, schema.state, [_state_row(k, v) for k, v in (state or {}).items()])
            dedup_index.upsert_links(conn, duplicates, paragraphs)
            rows = [{"article_id": i, "signature": s, "date": d} for i, s, d in signatures]
            _upsert(conn, schema.minhashes, rows)

    def load_signatures(self, batch_size: int = 5000) -> Iterator[tuple[str, bytes, str | None]]:
        """Yield ``(article_id, signature, date)`` for every signed article, by id."""
        m = schema.minhashes
        after = ""
        while True:
            with self.engine.connect() as conn:
                stmt = select(m.c.article_id, m.c.signature, m.c.date).where(m.c.article_id > after)
                rows = conn.execute(stmt.order_by(m.c.article_id).limit(batch_size)).all()
            for row in rows:
                yield row.article_id, bytes(row.signature), row.date
            if len(rows) < batch_size:
                return
            after = rows[-1].article_id

    def lookup_buckets(self, keys: Sequence[int]) -> list[tuple[int, int]]:
        """``(bucket key, text id)`` of every indexed text filed under one of ``keys``."""
        with self.engine.connect() as conn:
            return dedup_index.lookup_buckets(conn, keys)

    def lookup_candidates(self, keys: Sequence[int], width: int) -> list[tuple[int, int]]:
        """Distinct ``(asker, text id)`` of indexed texts under ``keys``, asker ``i // width``."""
        with self.engine.connect() as conn:
            return dedup_index.lookup_candidates(conn, keys, width)

    def indexed_texts(self, text_ids: Sequence[int]) -> list[TextRow]:
        """The duplicate index's texts with these ids."""
        with self.engine.connect() as conn:
            return dedup_index.texts_by_id(conn, text_ids)

    def indexed_articles(self, article_ids: Sequence[str]) -> list[TextRow]:
        """The duplicate index's article-level texts of these articles."""
        with self.engine.connect() as conn:
            return dedup_index.article_texts(conn, article_ids)

    def unindexed_articles(self, limit: int = 500) -> list[str]:
        """Ids of up to ``limit`` stored articles missing from the duplicate index, by id."""
        with self.engine.connect() as conn:
            return dedup_index.unindexed_articles(conn, limit)

    def duplicates(self, article_id: str | None = None) -> list[Duplicate]:
        """Duplicate links from one article (or all), by article then other id."""
        d = schema.duplicates
        stmt = select(d).order_by(d.c.article_id, d.c.other_id)
        if article_id is not None:
            stmt = stmt.where(d.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [Duplicate(**row._asdict()) for row in conn.execute(stmt)]

    def paragraph_duplicates(self, article_id: str | None = None) -> list[ParagraphDuplicate]:
        """Paragraph links from one article (or all), in key order."""
        p = schema.paragraph_duplicates
        stmt = select(p).order_by(p.c.article_id, p.c.paragraph, p.c.other_id, p.c.other_paragraph)
        if article_id is not None:
            stmt = stmt.where(p.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [ParagraphDuplicate(**row._asdict()) for row in conn.execute(stmt)]

    # ------------------------------------------------------------ state and runs

    def get_state(self, key: str) -> Any | None:
        """The JSON value stored under ``key``, or None."""
        with self.engine.connect() as conn:
            value = conn.execute(
                select(schema.state.c.value).where(schema.state.c.key == key)
            ).scalar()
        return None if value is None else json.loads(value)

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key`` (replacing any)."""
        with self.engine.begin() as conn:
            _upsert(conn, schema.state, [_state_row(key, value)])

    def record_run(
        self, *, paths: Sequence[str], counts: Mapping[str, int], rejected: Sequence[Rejected]
    ) -> None:
        """Append a run to the ``runs`` table: inputs, counts and rejected inputs."""
        row = {
            "started_at": article_writes.now(),
            "paths": json.dumps(list(paths), ensure_ascii=False),
            "counts": json.dumps(dict(counts), sort_keys=True),
            "rejected": json.dumps([r.to_dict() for r in rejected], ensure_ascii=False),
        }
        with self.engine.begin() as conn:
            conn.execute(insert(schema.runs).values(row))

    def runs(self) -> list[dict[str, Any]]:
        """Every recorded run, oldest first, with its JSON fields decoded."""
        r = schema.runs
        with self.engine.connect() as conn:
            rows = conn.execute(select(r).order_by(r.c.id)).all()
        return [
            {
                "id": row.id,
                "started_at": row.started_at,
                "paths": json.loads(row.paths),
                "counts": json.loads(row.counts),
                "rejected": [Rejected.from_dict(x) for x in json.loads(row.rejected)],
            }
            for row in rows
        ]


def _state_row(key: str, value: Any) -> dict[str, str]:
    """A ``state`` row: the value as sorted-key JSON."""
    return {"key": key, "value": json.dumps(value, ensure_ascii=False, sort_keys=True)}


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``, replacing the non-key columns of rows whose key exists."""
    if not rows:
        return
    dialect: Any = sqlite
    if conn.dialect.name != "sqlite":
        from sqlalchemy.dialects import postgresql  # imported only for a PostgreSQL store

        dialect = postgresql
    stmt = dialect.insert(table)
    keys = [c.name for c in table.primary_key.columns]
    others = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    if others:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=others)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    for part in article_writes.chunks(rows):
        conn.execute(stmt, list(part))


def driver_message(error: SQLAlchemyError) -> str:
    """The database's own one-line message, without SQLAlchemy's statement and link."""
    orig = getattr(error, "orig", None)
    return " ".join(str(orig if orig is not None else error).split())


def _refuse_foreign_sqlite(conn: Connection, target: str | Path) -> None:
    """Raise E204 for a SQLite file that holds another program's tables and no kilas schema.

    Migrating it would add kilas's tables to someone else's database.
    """
    if conn.dialect.name != "sqlite":
        return
    names = set(inspect(conn).get_table_names())
    if names and schema.migrations.name not in names:
        listed = ", ".join(sorted(names)[:5])
        raise StoreError(
            f"{str(target)!r} is a SQLite database but not a kilas store (it holds the tables "
            f"{listed}); pass another --db",
            code=E_NOT_A_STORE,
        )
