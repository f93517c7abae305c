"""What every command shares: the --db option, opening the corpus, error exits."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError

from kilas.api import Corpus
from kilas.errors import ConfigError, KilasError
from kilas.settings import Settings
from kilas.store.core import driver_message
from kilas.store.engine import E_STORE_FAILED

DB_OPTION = typer.Option(
    "kilas.db", "--db", help="The corpus: a SQLite file, or a postgresql:// URL."
)
CONFIG_OPTION = typer.Option(None, "--config", help="A TOML settings file.")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, *, code: int = 1) -> NoReturn:
    """Print one line to stderr, starting ``kilas:``, and exit with ``code``."""
    prefixed = message if message.startswith("kilas:") else f"kilas: {message}"
    err.print(prefixed, markup=False)
    raise typer.Exit(code)


@contextmanager
def opened(
    db: str,
    config: Path | None = None,
    *,
    create: bool = False,
    workers: int = 1,
    cluster: str | None = None,
) -> Iterator[Corpus]:
    """Open the corpus at ``db``; an error becomes one stderr line and an exit code.

    Only commands that add articles pass ``create=True``: a read of a SQLite file that
    does not exist (a mistyped ``--db``) is an error, not a new empty store. A failure
    of the database itself (a read-only file, a full disk) is named with the store.
    """
    try:
        settings = Settings.load(config) if config else Settings()
        if workers > 1 or cluster is not None:
            ingest = dataclasses.replace(
                settings.ingest,
                workers=workers if workers > 1 else settings.ingest.workers,
                cluster=cluster or settings.ingest.cluster,
            )
            settings = dataclasses.replace(settings, ingest=ingest)
        with Corpus.open(db, settings=settings, create=create) as corpus:
            yield corpus
    except ConfigError as e:
        fail(str(e), code=2)
    except KilasError as e:
        fail(str(e), code=1)
    except SQLAlchemyError as e:
        reason = driver_message(e)
        hint = "; check that the file and its folder are writable" if "readonly" in reason else ""
        fail(f"[{E_STORE_FAILED}] store {db!r} failed: {reason}{hint}", code=1)


def cells(*values: str) -> list[Text]:
    """Table cells shown as written: a title holding ``[/b]`` is text, not Rich markup."""
    return [Text(value) for value in values]


def is_terminal() -> bool:
    """True when stderr is a terminal (progress bars only then)."""
    return sys.stderr.isatty()
