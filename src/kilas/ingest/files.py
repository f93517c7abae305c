"""Read whole input files within the size limit."""

from __future__ import annotations

from pathlib import Path

from kilas.errors import E_TOO_LARGE, E_UNREADABLE
from kilas.model import Rejected


def read_bytes(path: Path, *, max_bytes: int) -> bytes | Rejected:
    """Return the bytes of ``path``, or a rejection when it is too large or unreadable.

    Never reads more than ``max_bytes + 1`` bytes, so a file that grows while
    read is still caught. Rejections are E008 (too large) and E003 (OS error).
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as e:
        return unreadable(path, e)
    if len(data) > max_bytes:
        return too_large(str(path), max_bytes)
    return data


def unreadable(path: Path, error: OSError) -> Rejected:
    """The rejection for a file the OS will not let us read (E003)."""
    return Rejected(
        source=str(path),
        reason=(
            f"cannot read {str(path)!r}: {error.strerror or error}; check it exists and is readable"
        ),
        code=E_UNREADABLE,
    )


def too_large(source: str, max_bytes: int, *, line: int | None = None) -> Rejected:
    """The rejection for an input over ``max_bytes`` (E008)."""
    where = f"{source!r} line {line}" if line is not None else repr(source)
    return Rejected(
        source=source,
        reason=(
            f"{where} is larger than max_bytes={max_bytes}; split it or raise [ingest] max_bytes"
        ),
        code=E_TOO_LARGE,
        line=line,
    )
