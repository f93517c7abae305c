"""Engines for the store: a SQLite file (WAL) or a PostgreSQL server."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from kilas.errors import StoreError

E_CANNOT_OPEN = "E203"
E_NOT_A_STORE = "E204"
E_NO_STORE = "E205"
E_STORE_FAILED = "E206"

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def engine_for(target: str | Path, *, create: bool = True) -> Engine:
    """Return an engine for a SQLite path, ``:memory:``, or a ``postgresql://`` URL.

    With ``create=False`` a SQLite path must name an existing file.

    Raises:
        StoreError: the URL's driver is not installed, the path is a folder or its folder
            does not exist (E203), or ``create`` is False and there is no file (E205).
    """
    name = str(target)
    if name.startswith(("postgresql:", "postgresql+", "postgres:")):
        return _postgres(name)
    if name.startswith("sqlite:"):
        return _sqlite(name)
    if name == ":memory:":
        return _sqlite("sqlite+pysqlite://", memory=True)
    path = Path(target)
    if path.is_dir():
        raise StoreError(
            f"cannot open store {name!r}: it is a folder; pass a file such as "
            f"{str(path / 'kilas.db')!r}",
            code=E_CANNOT_OPEN,
        )
    if not create and not path.exists():
        raise StoreError(
            f"no store at {name!r}; ingest articles first (kilas ingest PATH --db {name}) "
            "or pass the right --db",
            code=E_NO_STORE,
        )
    if not path.parent.is_dir():
        raise StoreError(
            f"cannot create store {name!r}: folder {str(path.parent)!r} does not exist; create it",
            code=E_CANNOT_OPEN,
        )
    return _sqlite(f"sqlite+pysqlite:///{path}")


def _postgres(name: str) -> Engine:
    """A PostgreSQL engine through psycopg 3 (imported only when asked for)."""
    url = make_url(name.replace("postgres:", "postgresql:", 1))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if importlib.util.find_spec("psycopg") is None:
        raise StoreError(
            f"cannot open {url.render_as_string(hide_password=True)!r}: psycopg is not "
            "installed; pip install 'kilas[postgres]'",
            code=E_CANNOT_OPEN,
        )
    return create_engine(url, pool_pre_ping=True)


def _sqlite(url: str, *, memory: bool = False) -> Engine:
    """A SQLite engine with WAL, foreign keys and real transactions (DDL included)."""
    extra: dict[str, Any] = {"poolclass": StaticPool} if memory else {}
    engine = create_engine(url, connect_args={"check_same_thread": False}, **extra)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite would otherwise run DDL outside any transaction; we issue BEGIN ourselves.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
