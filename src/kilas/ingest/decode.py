"""Turn input bytes into NFC text.

Order of trust: a forced encoding, a byte-order mark, strict UTF-8, a charset
the document declares (HTTP header or HTML ``<meta charset>``), then
charset-normalizer's guess. Legacy Indonesian pages are Windows-1252, so a
guess in the Western single-byte family is read as cp1252 when that fits.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from kilas.errors import E_BINARY, E_DECODE, E_EMPTY
from kilas.model import Rejected

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG: pages labelled latin-1 or ASCII are decoded as windows-1252.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}
_WESTERN = re.compile(r"^(cp125\d|windows_125\d|latin_1|iso8859_\d+|mac_\w+)$")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_BINARY_SHARE = 0.10
_SAMPLE = 8192


def charset_from_header(content_type: str | None) -> str | None:
    """Return the charset named in an HTTP ``Content-Type`` value, or None."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def decode(
    data: bytes,
    *,
    source: str,
    encoding: str | None = None,
    html: bool = False,
    declared: str | None = None,
    line: int | None = None,
) -> str | Rejected:
    """Decode ``data`` to NFC text, or say why it cannot be read.

    Args:
        data: the raw bytes of one file, row or record.
        source: where the bytes came from; named in every rejection.
        encoding: a forced encoding (``IngestSettings.encoding``).
        html: honour a ``<meta charset>`` in the first bytes.
        declared: a charset declared outside the bytes (an HTTP header).
        line: the 1-based line the bytes came from, for rejections.

    Returns:
        The NFC-normalized text, or a :class:`Rejected` with code E004
        (empty), E005 (binary) or E006 (no encoding fits). Never raises.
    """
    where = _where(source, line)
    if not data.strip():
        return _reject(source, line, E_EMPTY, f"{where} is empty; nothing to read")
    text = _decode_bytes(data, encoding=encoding, html=html, declared=declared)
    if text is None:
        hint = f"the forced encoding {encoding!r} does not fit" if encoding else "no encoding fits"
        return _reject(
            source, line, E_DECODE, f"cannot decode {where}: {hint}; pass the right --encoding"
        )
    if _looks_binary(text):
        return _reject(
            source, line, E_BINARY, f"{where} looks like binary data, not text; remove it"
        )
    if not text.strip():
        return _reject(source, line, E_EMPTY, f"{where} is empty; nothing to read")
    return unicodedata.normalize("NFC", text)


def _decode_bytes(
    data: bytes, *, encoding: str | None, html: bool, declared: str | None
) -> str | None:
    """Decode by the order of trust in the module docstring; None when nothing fits."""
    if encoding:
        return _try(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _try(data, name)
    if b"\x00" in data[:_SAMPLE]:
        return "\x00"  # binary: let the binary check name it
    text = _try(data, "utf-8")
    if text is not None:
        return text
    if html and declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    if declared:
        text = _try(data, _WHATWG_ALIASES.get(_canonical(declared), declared))
        if text is not None:
            return text
    return _guess(data)


def _guess(data: bytes) -> str | None:
    """Return charset-normalizer's best reading, preferring cp1252 for Western guesses."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    if _WESTERN.match(best.encoding):
        text = _try(data, "cp1252")
        if text is not None:
            return text
    return str(best)


def _try(data: bytes, encoding: str) -> str | None:
    """Strictly decode ``data``; None when the encoding is unknown or does not fit."""
    if not _canonical(encoding):
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _canonical(encoding: str) -> str:
    """Python's name for an encoding label; "" when unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return ""


def _looks_binary(text: str) -> bool:
    """True when the text holds NUL or a high share of control characters."""
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls > _BINARY_SHARE * max(len(sample), 1)


def _where(source: str, line: int | None) -> str:
    """Name a file (and line) for a message."""
    return f"{source!r} line {line}" if line is not None else repr(source)


def _reject(source: str, line: int | None, code: str, reason: str) -> Rejected:
    """Build a rejection."""
    return Rejected(source=source, reason=reason, code=code, line=line)
