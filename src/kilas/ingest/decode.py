"""Turn input bytes into NFC text.

Order of trust: a forced encoding, a byte-order mark, strict UTF-8, a charset
the document declares (HTTP header or HTML ``<meta charset>``), then a guess.
Legacy Indonesian pages are Windows-1252: Latin text whose few non-ASCII bytes
stand alone (``Kaf\xe9``, ``\x93kutipan\x94``) is read as cp1252, because
charset-normalizer guesses wildly on short Latin texts. Other bytes (runs of
non-ASCII bytes, as in CJK or Cyrillic code pages) go to charset-normalizer,
and a guess in the Western single-byte family is still read as cp1252.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from kilas.errors import E_BINARY, E_DECODE, E_EMPTY
from kilas.ingest.rejections import reject, where
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
# The DOS code pages of Latin scripts count as Western too: charset-normalizer guesses cp775
# (Baltic) for Indonesian text whose two accented letters stand together ("\xe9\xe8").
_WESTERN = re.compile(
    r"^(cp125\d|windows_125\d|latin_1|iso8859_\d+|mac_\w+"
    r"|cp437|cp775|cp850|cp852|cp857|cp858|cp860|cp861|cp863|cp865)$"
)
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_LONE_HIGH_SHARE = 0.8
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
    named = where(source, line)
    if not data.strip():
        return reject(source, E_EMPTY, f"{named} is empty; nothing to read", line=line)
    text = _decode_bytes(data, encoding=encoding, html=html, declared=declared)
    if text is None:
        hint = f"the forced encoding {encoding!r} does not fit" if encoding else "no encoding fits"
        reason = f"cannot decode {named}: {hint}; pass the right --encoding"
        return reject(source, E_DECODE, reason, line=line)
    if _looks_binary(text):
        reason = f"{named} looks like binary data, not text; remove it"
        return reject(source, E_BINARY, reason, line=line)
    if not text.strip():
        return reject(source, E_EMPTY, f"{named} is empty; nothing to read", line=line)
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
    """Return the cp1252 reading of Latin text, else charset-normalizer's best reading."""
    if _looks_latin(data):
        text = _try(data, "cp1252")
        if text is not None:
            return text
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


def _looks_latin(data: bytes) -> bool:
    """True when most runs of non-ASCII bytes are a single byte, as in cp1252 Latin text."""
    runs = [len(run) for run in _HIGH_RUN.findall(data[: _SAMPLE * 8])]
    return bool(runs) and runs.count(1) >= _LONE_HIGH_SHARE * len(runs)


def _looks_binary(text: str) -> bool:
    """True when the text holds NUL or a high share of control characters."""
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    if _CONTROLS.search(sample) is None:  # the common case, without counting
        return False
    return len(_CONTROLS.findall(sample)) > _BINARY_SHARE * max(len(sample), 1)
