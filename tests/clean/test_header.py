"""Datelines, printed dates and titles, on real Indonesian header shapes."""

from __future__ import annotations

import pytest

from kilas.clean import clean_article
from kilas.clean.dates import parse_date_line
from kilas.clean.header import parse_dateline
from kilas.model import Article, PrintedDate


@pytest.mark.parametrize(
    ("text", "outlet", "place", "body"),
    [
        (
            "Liputan6.com, Beijing - Vladimir Putin dilaporkan",
            "Liputan6.com",
            "Beijing",
            "Vladimir",
        ),
        (
            "Jakarta, CNN Indonesia -- Kepolisian Malaysia bekerja sama",
            "CNN Indonesia",
            "Jakarta",
            "Kepolisian",
        ),
        ("Jakarta (ANTARA News) - Petugas Polda Metro Jaya", "ANTARA News", "Jakarta", "Petugas"),
        (
            "Sukabumi, Jawa Barat (ANTARA News) - Pusat Pelayanan",
            "ANTARA News",
            "Sukabumi, Jawa Barat",
            "Pusat",
        ),
        ("Suara.com - Diluncurkan sekitar dua pekan lalu", "Suara.com", None, "Diluncurkan"),
        ("Merdeka.com - Busana adat Batak", "Merdeka.com", None, "Busana"),
        ("Hongkong – SmokersWorld — Pertemuan Xi Jinping", "SmokersWorld", "Hongkong", "Pertemuan"),
        ("JAKARTA (Pos Kota) – Penasihat spiritual", "Pos Kota", "JAKARTA", "Penasihat"),
        ("JAKARTA (Pos Kota) –Ketua Dewan Perwakilan Rakyat", "Pos Kota", "JAKARTA", "Ketua"),
        ("LIVERPOOL, JUARA.net - Liverpool baru meraih", "JUARA.net", "LIVERPOOL", "Liverpool"),
        ("JAKARTA, KOMPAS.com - Presiden Joko Widodo", "Kompas.com", "JAKARTA", "Presiden"),
        (
            "REPUBLIKA.CO.ID, JAKARTA -- Menteri Keuangan Sri Mulyani",
            "Republika",
            "JAKARTA",
            "Menteri",
        ),
        ("TEMPO.CO, Jakarta - Presiden Joko Widodo", "Tempo.co", "Jakarta", "Presiden"),
        ("Jakarta, CNBC Indonesia - Harga minyak", "CNBC Indonesia", "Jakarta", "Harga"),
        ("Jakarta - Presiden Joko Widodo meresmikan", None, "Jakarta", "Presiden"),
        ("SPANYOL– Barcelona berhasil memboyong kemenangan", None, "SPANYOL", "Barcelona"),
        ("Rimanews – Badan Pusat Statistik mencatat", "Rimanews", None, "Badan"),
    ],
)
def test_dateline_shapes(text: str, outlet: str | None, place: str | None, body: str) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.outlet, dateline.place) == (outlet, place)
    assert text[dateline.end :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong - un dikenal memiliki sikap yang tegas",
        "Sementara itu - kata dia - harga naik",
        "Hubungan Rusia–China makin erat sejak 2022",
        "Merdeka.com - Timnas Indonesia U - 16 melanjutkan",  # only the first dash is a dateline
        "Presiden Joko Widodo - yang akrab disapa Jokowi - hadir",
        "Putin memuji Beijing atas kerja sama bersama.",
    ],
)
def test_not_a_dateline_or_only_the_first_dash(text: str) -> None:
    dateline = parse_dateline(text)
    if text.startswith("Merdeka.com"):
        assert dateline is not None and dateline.outlet == "Merdeka.com" and dateline.place is None
    else:
        assert dateline is None


@pytest.mark.parametrize(
    ("line", "value", "zone"),
    [
        ("Okt 18, 2023 12:12 Asia/Jakarta", "2023-10-18T12:12:00+07:00", "Asia/Jakarta"),
        ("30 Desember 2022 17:54 WIB", "2022-12-30T17:54:00+07:00", "WIB"),
        ("Senin, 12 Agustus 2024 | 10:00 WITA", "2024-08-12T10:00:00+08:00", "WITA"),
        ("Kamis, 16 Mei 2024 09.30 WIT", "2024-05-16T09:30:00+09:00", "WIT"),
        ("18/10/2023, 12:12 WIB", "2023-10-18T12:12:00+07:00", "WIB"),
        ("Diperbarui 18 Okt 2023", "2023-10-18", None),
        ("Rabu, 1 Nopember 2017", "2017-11-01", None),
    ],
)
def test_date_lines(line: str, value: str, zone: str | None) -> None:
    printed = parse_date_line(line)
    assert printed is not None
    assert (printed.value, printed.timezone) == (value, zone)


@pytest.mark.parametrize(
    "line",
    [
        "Presiden tiba di Beijing pada 18 Oktober 2023",
        "31 Februari 2023 10:00 WIB",
        "Kunjungan 17-18 Oktober 2023 ke Beijing",
        "waktu baca 3 menit",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def _article(raw: str, **meta: object) -> Article:
    return clean_article(Article(id="t", source="t", raw=raw, **meta))  # type: ignore[arg-type]


BODY = (
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Senin (12/8), "
    "kata Menteri Keuangan Sri Mulyani kepada wartawan."
)


def test_title_before_a_date_line() -> None:
    article = _article(f"Jokowi Resmikan Tol Baru\n\nSenin, 12 Agustus 2024 10:00 WIB\n\n{BODY}")
    assert article.title == "Jokowi Resmikan Tol Baru"
    assert article.text == BODY
    assert article.published == PrintedDate(
        value="2024-08-12T10:00:00+07:00", text="12 Agustus 2024 10:00 WIB", timezone="WIB"
    )


def test_a_short_first_line_without_header_evidence_is_kept() -> None:
    article = _article(f"Jokowi Resmikan Tol Baru\n\n{BODY}")
    assert article.title is None
    assert [h.text for h in article.headings] == ["Jokowi Resmikan Tol Baru"]


def test_feed_metadata_wins_and_missing_fields_are_filled() -> None:
    feed_date = PrintedDate(value="2024-08-12", text="2024-08-12", source="metadata")
    raw = (
        f"Jokowi Resmikan Tol Baru\n\n13 Agustus 2024 10:00 WIB\n\nJakarta, CNN Indonesia -- {BODY}"
    )
    article = _article(
        raw, title="Jokowi Resmikan Tol Baru", outlet="kompas.com", published=feed_date
    )
    assert article.title == "Jokowi Resmikan Tol Baru"
    assert article.outlet == "Kompas.com"
    assert article.published == feed_date
    assert article.dateline == "Jakarta"
    assert article.text == BODY


def test_outlet_falls_back_to_the_url() -> None:
    article = _article(BODY, url="https://news.detik.com/berita/d-123/jokowi")
    assert article.outlet == "detikcom"
