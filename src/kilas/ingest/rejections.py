"""Rejections: the coded, one-line results for inputs that cannot become articles.

Inside a reader, a third-party failure is wrapped as :class:`InputRejectedError`
(``raise InputRejectedError(...) from e``); the reader boundary (one file, one JSONL
line, one WARC record) turns it back into the :class:`Rejected` it carries, so
no traceback escapes for bad input and the inputs around it are still read.
"""

from __future__ import annotations

from pathlib import Path

from kilas.errors import E_TOO_LARGE, E_TOO_LONG, E_UNREADABLE, InputError
from kilas.model import Rejected


class InputRejectedError(InputError):
    """Raised inside a reader for an input that cannot be read; carries its rejection."""

    def __init__(self, rejected: Rejected) -> None:
        super().__init__(rejected.reason, code=rejected.code)
        self.rejected = rejected


def where(source: str, line: int | None = None) -> str:
    """Name a source (and line) for a message: ``'a.jsonl' line 3``."""
    return f"{source!r} line {line}" if line is not None else repr(source)


def reject(source: str, code: str, reason: str, *, line: int | None = None) -> Rejected:
    """Return a rejection whose reason is one printable line.

    ``reason`` names the input and what to do; newlines, NUL and other
    unprintable characters (from a third-party message quoting the input)
    become single spaces.
    """
    printable = "".join(ch if ch.isprintable() else " " for ch in reason)
    return Rejected(source=source, reason=" ".join(printable.split()), code=code, line=line)


def unreadable(path: Path, error: OSError) -> Rejected:
    """The rejection for a file the OS will not let us read (E003)."""
    return reject(
        str(path),
        E_UNREADABLE,
        f"cannot read {str(path)!r}: {error.strerror or error}; check it is a readable file",
    )


def too_large(source: str, max_bytes: int, *, line: int | None = None) -> Rejected:
    """The rejection for an input over ``max_bytes`` (E008)."""
    return reject(
        source,
        E_TOO_LARGE,
        f"{where(source, line)} is larger than max_bytes={max_bytes}; "
        "split it or raise [ingest] max_bytes",
        line=line,
    )


def too_long(source: str, chars: int, max_chars: int) -> Rejected:
    """The rejection for one article longer than ``max_chars`` characters (E015)."""
    return reject(
        source,
        E_TOO_LONG,
        f"{source!r} is one article of {chars:,} characters, over max_chars={max_chars:,}; "
        "split it into articles or raise [ingest] max_chars",
    )
