"""The duplicate index's tables: texts with their signatures, and bucket rows.

``kilas.corpus.dedup`` decides what a text and a bucket key are; this module
only files and finds them, in batches, inside the caller's connection.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, select

from kilas.model import Duplicate, ParagraphDuplicate
from kilas.store import schema
from kilas.store.articles import chunks

ROWS_PER_CALL = 50_000  # rows per executemany, so a huge batch never builds one giant list
KEYS_PER_QUERY = 900  # bound parameters per IN (...), under SQLite's and PostgreSQL's limits
KEYS_PER_ARRAY = 100_000  # keys per array parameter of one lookup

TextRow = tuple[int, str, int, bytes, str | None]
"""(text id, article id, paragraph or -1, signature bytes, date)."""


class IndexRows(Protocol):
    """New texts of the duplicate index (provisional ids) and their ``(key, text id)`` rows."""

    @property
    def texts(self) -> Sequence[TextRow]: ...

    @property
    def buckets(self) -> Sequence[tuple[int, int]]: ...


def lookup_buckets(conn: Connection, keys: Sequence[int]) -> list[tuple[int, int]]:
    """``(key, text id)`` for every text filed under one of ``keys``.

    The keys go to the database as one array parameter (``json_each`` on
    SQLite, ``ANY`` on PostgreSQL), so a batch's tens of thousands of index
    probes are one statement; rows come back with one ``fetchall``.
    """
    sql = "SELECT b.bucket, b.text_id FROM dedup_buckets AS b WHERE " + _any(conn, "b.bucket")
    found: list[tuple[int, int]] = []
    for part in chunks(keys, KEYS_PER_ARRAY):
        found.extend(_fetch(conn, sql, part))
    return found


def lookup_candidates(conn: Connection, keys: Sequence[int], width: int) -> list[tuple[int, int]]:
    """Distinct ``(asker, text id)`` of the texts filed under ``keys``, asker ``i // width``.

    Each asker (the caller's article or paragraph being added) asks for
    ``width`` consecutive keys; a text filed under several of one asker's
    keys comes back once for it. The join and ``DISTINCT`` run in the
    database, so a near-copy sharing 25 bands is one row, not 25. The keys go
    as one array (``json_each`` on SQLite, ``unnest … WITH ORDINALITY`` on
    PostgreSQL) whose positions name the askers.
    """
    if conn.dialect.name == "postgresql":
        sql = (
            "SELECT DISTINCT (q.n - 1) / %s, b.text_id FROM unnest(%s::bigint[]) "
            "WITH ORDINALITY AS q(bucket, n) JOIN dedup_buckets AS b ON b.bucket = q.bucket"
        )
    else:
        sql = (
            "SELECT DISTINCT q.key / ?, b.text_id FROM json_each(?) AS q "
            "JOIN dedup_buckets AS b ON b.bucket = q.value"
        )
    step = max(1, KEYS_PER_ARRAY // width) * width  # a chunk never splits an asker's keys
    found: list[tuple[int, int]] = []
    for start in range(0, len(keys), step):
        part = list(keys[start : start + step])
        param = part if conn.dialect.name == "postgresql" else json.dumps(part)
        first = start // width
        found.extend((first + n, text_id) for n, text_id in _run(conn, sql, (width, param)))
    return found


def texts_by_id(conn: Connection, text_ids: Sequence[int]) -> list[TextRow]:
    """The texts with these ids."""
    sql = f"SELECT {_TEXT_COLUMNS} FROM dedup_texts AS t WHERE " + _any(conn, "t.id")
    found: list[TextRow] = []
    for part in chunks(text_ids, KEYS_PER_ARRAY):
        found.extend((i, a, p, bytes(s), d) for i, a, p, s, d in _fetch(conn, sql, part))
    return found


def article_texts(conn: Connection, article_ids: Sequence[str]) -> list[TextRow]:
    """The article-level texts (paragraph -1) of these articles."""
    where = _any(conn, "t.article_id") + " AND t.paragraph = -1"
    sql = f"SELECT {_TEXT_COLUMNS} FROM dedup_texts AS t WHERE " + where
    found: list[TextRow] = []
    for part in chunks(article_ids, KEYS_PER_ARRAY):
        found.extend((i, a, p, bytes(s), d) for i, a, p, s, d in _fetch(conn, sql, part))
    return found


_TEXT_COLUMNS = "t.id, t.article_id, t.paragraph, t.signature, t.date"


def _any(conn: Connection, column: str) -> str:
    """``column`` is one of an array parameter's values."""
    if conn.dialect.name == "postgresql":
        return f"{column} = ANY(%s)"
    return f"{column} IN (SELECT value FROM json_each(?))"


def _fetch(conn: Connection, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` run with ``values`` as its one array parameter."""
    param = list(values) if conn.dialect.name == "postgresql" else json.dumps(list(values))
    return _run(conn, sql, (param,))


def _run(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Every row of ``sql``, as plain tuples, through the driver's own cursor.

    A lookup returns tens of rows per article, and a SQLAlchemy ``Row`` for
    each would cost more than the query.
    """
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())  # tuples on SQLite and psycopg
    finally:
        cursor.close()


def write_index(
    conn: Connection, texts: Sequence[TextRow], buckets: Sequence[tuple[int, int]]
) -> None:
    """Insert texts (their provisional ids replaced by the store's) and their bucket rows.

    Rows go straight to the driver's ``executemany``: there are some hundred
    per article, and building SQLAlchemy parameters for each would cost more
    than the insert.
    """
    if not texts:
        return
    ids = _insert_texts(conn, [(a, p, s, d) for _, a, p, s, d in texts])
    given = {text[0]: stored for text, stored in zip(texts, ids, strict=True)}
    filed = [(key, given[text_id]) for key, text_id in buckets]
    filed.sort()  # in key order, each B-tree page is visited once per batch
    mark = _mark(conn)
    sql = f"INSERT INTO dedup_buckets (bucket, text_id) VALUES ({mark}, {mark})"
    for part in chunks(filed, ROWS_PER_CALL):
        conn.exec_driver_sql(sql, list(part))


def _insert_texts(conn: Connection, rows: list[tuple[str, int, bytes, str | None]]) -> list[int]:
    """Insert texts in order and return the ids they got, in the same order."""
    mark = _mark(conn)
    columns = "article_id, paragraph, signature, date"
    if conn.dialect.name == "postgresql":
        reserve = (
            "SELECT nextval(pg_get_serial_sequence('dedup_texts', 'id')) "
            "FROM generate_series(1, %s)"
        )
        ids = [int(i) for i in conn.exec_driver_sql(reserve, (len(rows),)).scalars()]
        sql = f"INSERT INTO dedup_texts (id, {columns}) VALUES (%s, %s, %s, %s, %s)"
        conn.exec_driver_sql(sql, [(i, *row) for i, row in zip(ids, rows, strict=True)])
        return ids
    # SQLite gives each new row max(id) + 1, and this transaction holds the
    # only write lock from its first insert on, so the ids are consecutive.
    sql = f"INSERT INTO dedup_texts ({columns}) VALUES ({mark}, {mark}, {mark}, {mark})"
    conn.exec_driver_sql(sql, list(rows))
    last = int(conn.exec_driver_sql("SELECT max(id) FROM dedup_texts").scalar_one())
    return list(range(last - len(rows) + 1, last + 1))


def _mark(conn: Connection) -> str:
    """The driver's placeholder for one parameter."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def upsert_links(
    conn: Connection,
    duplicates: Sequence[Duplicate],
    paragraphs: Sequence[ParagraphDuplicate],
) -> None:
    """Insert duplicate and paragraph links, replacing the score of a link already stored.

    Plain ``INSERT … ON CONFLICT`` through the driver's ``executemany``, which
    SQLite and PostgreSQL both speak: a 10× corpus has a million paragraph links.
    """
    m = _mark(conn)
    if duplicates:
        conn.exec_driver_sql(
            "INSERT INTO duplicates (article_id, other_id, relation, shared) "
            f"VALUES ({m}, {m}, {m}, {m}) ON CONFLICT (article_id, other_id) "
            "DO UPDATE SET relation = excluded.relation, shared = excluded.shared",
            sorted((d.article_id, d.other_id, d.relation, d.shared) for d in duplicates),
        )
    if paragraphs:
        conn.exec_driver_sql(
            "INSERT INTO paragraph_duplicates "
            "(article_id, paragraph, other_id, other_paragraph, shared) "
            f"VALUES ({m}, {m}, {m}, {m}, {m}) "
            "ON CONFLICT (article_id, paragraph, other_id, other_paragraph) "
            "DO UPDATE SET shared = excluded.shared",
            sorted(  # in key order, each B-tree page of the primary key is visited once
                (p.article_id, p.paragraph, p.other_id, p.other_paragraph, p.shared)
                for p in paragraphs
            ),
        )


def unindexed_articles(conn: Connection, limit: int) -> list[str]:
    """Ids of up to ``limit`` stored articles that have no text in the index, by id."""
    a, t = schema.articles, schema.dedup_texts
    indexed = select(t.c.article_id).where(t.c.article_id == a.c.id, t.c.paragraph == -1)
    stmt = select(a.c.id).where(~indexed.exists()).order_by(a.c.id).limit(limit)
    return list(conn.execute(stmt).scalars())
