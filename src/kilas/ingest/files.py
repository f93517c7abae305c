"""Read whole input files within the size limit."""

from __future__ import annotations

from pathlib import Path

from kilas.ingest.rejections import too_large, unreadable
from kilas.model import Rejected


def read_bytes(path: Path, *, max_bytes: int) -> bytes | Rejected:
    """Return the bytes of ``path``, or a rejection when it is too large or unreadable.

    Never reads more than ``max_bytes + 1`` bytes, so a file that grows while
    read is still caught. Rejections are E008 (too large) and E003 (an OS
    error: permission, a folder where a file was expected, …).
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as e:
        return unreadable(path, e)
    if len(data) > max_bytes:
        return too_large(str(path), max_bytes)
    return data
