"""Invariants over arbitrary input: readers never raise, text round-trips through encodings."""

from __future__ import annotations

import codecs
import gzip
import json
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kilas.ingest import read_inputs
from kilas.ingest.decode import decode
from kilas.ingest.rows import row_to_article
from kilas.model import Article, Rejected

_EXTENSIONS = ("txt", "md", "html", "json", "jsonl", "jsonl.gz", "warc", "warc.gz")
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "body", "title", "url", "published", "outlet", "id", "x"]),
            children,
            max_size=6,
        )
    ),
    max_leaves=12,
)
# Text a news file could hold: letters, digits, punctuation, spaces and newlines.
_TEXT = st.text(
    st.characters(categories=("L", "N", "P", "Zs", "Sc"), include_characters="\n"), min_size=1
).filter(str.strip)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    result = decode(data, source="acak.txt", html=True)
    assert isinstance(result, str | Rejected)
    if isinstance(result, str):
        assert unicodedata.is_normalized("NFC", result)
    else:
        assert "acak.txt" in result.reason and result.reason.isprintable()


@settings(max_examples=100, deadline=None)
@given(_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_encodings_round_trip_to_nfc(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        return  # the text itself starts with U+FEFF, read as a BOM
    assert decode(data, source="a.txt") == unicodedata.normalize("NFC", text)


@settings(max_examples=200, deadline=None)
@given(_JSON)
def test_row_mapping_never_raises(row: Any) -> None:
    result = row_to_article(row, path="b.jsonl", line=7)
    if isinstance(result, Rejected):
        assert result.line == 7 and "line 7" in result.reason
    else:
        assert result.raw.strip() and result.source == "b.jsonl:7"
        assert all(isinstance(v, str) for v in result.meta.values())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000), st.sampled_from(_EXTENSIONS))
def test_readers_never_raise_on_arbitrary_bytes(data: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"acak.{extension}"
        path.write_bytes(data)
        for item in read_inputs([path]):
            assert isinstance(item, Article | Rejected)
            if isinstance(item, Rejected):
                assert "acak" in item.reason and item.reason.isprintable()


_ARCHIVES: dict[str, bytes] = {}


def _archives(page: Callable[..., str], make_warc: Callable[..., Path], berita: str) -> None:
    """Fill ``_ARCHIVES`` once: valid gzipped and plain WARCs and a gzipped JSONL."""
    if _ARCHIVES:
        return
    pages = [
        (f"https://contoh.co.id/{i}", page(title=f"Berita {i}").encode(), "text/html")
        for i in range(3)
    ]
    with tempfile.TemporaryDirectory() as folder:
        for extension, packed in (("warc.gz", True), ("warc", False)):
            path = make_warc(Path(folder) / f"a.{extension}", pages, gzip=packed)
            _ARCHIVES[extension] = path.read_bytes()
    rows = (json.dumps({"text": f"Berita nomor {i}: {berita}", "id": str(i)}) for i in range(20))
    _ARCHIVES["jsonl.gz"] = gzip.compress("\n".join(rows).encode())


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(["warc.gz", "warc", "jsonl.gz"]), st.floats(0, 1))
def test_a_file_cut_anywhere_never_raises(
    page: Callable[..., str],
    make_warc: Callable[..., Path],
    berita: str,
    extension: str,
    keep: float,
) -> None:
    """Truncation yields what came before the cut and at most a coded rejection."""
    _archives(page, make_warc, berita)
    whole = _ARCHIVES[extension]
    cut = int(len(whole) * keep)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"putus.{extension}"
        path.write_bytes(whole[:cut])
        items = list(read_inputs([path]))
    rejected = [item for item in items if isinstance(item, Rejected)]
    assert all(item.code in {"E004", "E007", "E009", "E012"} for item in rejected)
    assert len(rejected) <= 2
    if cut == len(whole):
        assert not rejected and len(items) in {3, 20}
    elif not rejected:  # silence only where nothing of a record was lost
        assert extension.startswith("warc")
        assert whole[cut:].startswith((b"WARC/", b"\x1f\x8b")) or whole[:cut].endswith(b"\r\n")
