"""Recorded schema migrations.

Each migration is a function applied once, in order; the ``migrations`` table
records ``(version, name, applied_at)`` for each one applied. Opening a store
applies the missing ones in one transaction, so a store is never left
half-migrated. Add a migration by appending to :data:`MIGRATIONS`; never edit
one that has shipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, func, insert, select, text

from kilas.errors import StoreError
from kilas.store import schema

E_STORE_TOO_NEW = "E202"
BACKFILL_KEY = "dedup.backfill"
"""State key set when stored articles still have to be put in the duplicate index."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """One schema step: its version, a short name and the function applying it."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def _initial_schema(conn: Connection) -> None:
    """Create the tables of :data:`schema.V1_TABLES` with their indexes."""
    schema.metadata.create_all(conn, tables=list(schema.V1_TABLES))


def _full_text_index(conn: Connection) -> None:
    """Add the FTS5 table over titles and clean text (SQLite only)."""
    if conn.dialect.name != "sqlite":
        return  # PostgreSQL searches with ILIKE; see Store.search
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
    )


def _duplicate_index(conn: Connection) -> None:
    """Move the duplicate index into the store; articles already stored are indexed on next use."""
    schema.metadata.create_all(conn, tables=[schema.dedup_texts, schema.dedup_buckets])
    if conn.execute(select(schema.articles.c.id).limit(1)).first() is not None:
        conn.execute(insert(schema.state).values(key=BACKFILL_KEY, value="true"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=1, name="initial schema", apply=_initial_schema),
    Migration(version=2, name="full-text index", apply=_full_text_index),
    Migration(version=3, name="duplicate index", apply=_duplicate_index),
)


def current_version(conn: Connection) -> int:
    """The highest migration version recorded in the store (0 for a new store)."""
    version = conn.execute(select(func.max(schema.migrations.c.version))).scalar()
    return int(version or 0)


def migrate(conn: Connection) -> list[Migration]:
    """Apply the migrations the store lacks, inside the caller's transaction.

    Returns:
        The migrations applied, oldest first (empty when up to date).

    Raises:
        StoreError: the store was written by a newer kilas (E202).
    """
    schema.migrations.create(conn, checkfirst=True)
    have = current_version(conn)
    latest = MIGRATIONS[-1].version
    if have > latest:
        raise StoreError(
            f"store schema is version {have} but this kilas knows only up to {latest}; "
            "upgrade kilas to open it",
            code=E_STORE_TOO_NEW,
        )
    applied = [m for m in MIGRATIONS if m.version > have]
    for migration in applied:
        migration.apply(conn)
        conn.execute(
            insert(schema.migrations).values(
                version=migration.version,
                name=migration.name,
                applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            )
        )
    return applied
