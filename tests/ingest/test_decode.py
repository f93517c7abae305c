"""Decoding: BOMs, legacy code pages, declared charsets, NFC, forced encodings."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from kilas.ingest.decode import charset_from_header, decode
from kilas.model import Rejected

KUTIPAN = "\u201cEkonomi kita tetap tumbuh,\u201d kata Menteri Keuangan Sri Mulyani di Jakarta."


@pytest.mark.parametrize(
    "data",
    [
        KUTIPAN.encode("utf-8"),
        codecs.BOM_UTF8 + KUTIPAN.encode("utf-8"),
        KUTIPAN.encode("utf-16"),  # with BOM, native order
        codecs.BOM_UTF16_BE + KUTIPAN.encode("utf-16-be"),
        KUTIPAN.encode("cp1252"),  # curly quotes as 0x93/0x94
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "cp1252"],
)
def test_each_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode(data, source="kutipan.txt") == KUTIPAN


def test_two_accented_letters_together_are_read_as_windows_1252() -> None:
    # charset-normalizer guesses cp775 (Baltic DOS) here: "\xe9\xe8" became "ķĶ".
    text = (
        "Presiden Joko Widodo mengatakan bahwa ekonomi éè tumbuh pesat tahun ini di Jakarta "
        "menurut data."
    )
    assert decode(text.encode("cp1252"), source="lama.txt") == text


def test_latin1_labelled_page_is_read_as_windows_1252() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{KUTIPAN}</body></html>'
    text = decode(page.encode("cp1252"), source="lama.html", html=True)
    assert isinstance(text, str)
    assert KUTIPAN in text


def test_meta_charset_is_honoured() -> None:
    body = "Koran lama: Żaneta Šťastná menulis tentang Praha."
    page = f'<html><head><meta charset="windows-1250"></head><body>{body}</body></html>'
    text = decode(page.encode("cp1250"), source="praha.html", html=True)
    assert isinstance(text, str)
    assert body in text


def test_http_header_charset_is_honoured() -> None:
    data = "Bank Sentral Eropa menaikkan suku bunga ¾ poin.".encode("cp1252")
    assert decode(data, source="x#1", declared="windows-1252") == data.decode("cp1252")


def test_decomposed_text_is_normalized_to_nfc() -> None:
    decomposed = "Kafe\u0301 di Bandung ramai, kata pemilik Andre\u0301."
    text = decode(decomposed.encode("utf-8"), source="kafe.txt")
    assert text == unicodedata.normalize("NFC", decomposed)
    assert "é" in str(text)


def test_forced_encoding_wins_over_detection() -> None:
    data = "Kafé di Bandung".encode()
    assert decode(data, source="a.txt", encoding="latin-1") == "KafÃ© di Bandung"


def test_forced_encoding_that_does_not_fit_is_rejected() -> None:
    result = decode(KUTIPAN.encode("cp1252"), source="kutipan.txt", encoding="utf-8")
    assert isinstance(result, Rejected)
    assert result.code == "E006"
    assert "kutipan.txt" in result.reason


def test_unknown_forced_encoding_is_rejected() -> None:
    result = decode(b"Berita hari ini", source="a.txt", encoding="no-such-codec")
    assert isinstance(result, Rejected)
    assert result.code == "E006"


def test_header_charset_parsing() -> None:
    assert charset_from_header("text/html; charset=ISO-8859-1") == "ISO-8859-1"
    assert charset_from_header('text/html; charset="utf-8"') == "utf-8"
    assert charset_from_header("text/html") is None
    assert charset_from_header(None) is None
