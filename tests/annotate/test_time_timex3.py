"""TimeML readings (TIMEX3 type, value, extent) of Indonesian news phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from kilas.annotate.time import find_time_expressions, find_timex3

D = dt.date


def _timex(text: str, anchor: D) -> list[tuple[str, str | None, str]]:
    return [(t.type, t.value, text[t.start : t.end]) for t in find_timex3(text, anchor=anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saat itu pesawat berada di ketinggian.", ("DATE", "PAST_REF", "Saat itu")),
        ("pada waktu itu cuaca buruk", ("DATE", "PAST_REF", "waktu itu")),
        ("Sebelumnya, Basarnas menyatakan", ("DATE", "PAST_REF", "Sebelumnya")),
        ("seperti dulu, kata dia", ("DATE", "PAST_REF", "dulu")),
        ("akhir-akhir ini harga turun", ("DATE", "PAST_REF", "akhir-akhir ini")),
        ("beberapa saat lalu ia tiba", ("DATE", "PAST_REF", "beberapa saat lalu")),
        ("di masa mendatang akan", ("DATE", "FUTURE_REF", "masa mendatang")),
        ("sekarang ini sudah", ("DATE", "PRESENT_REF", "sekarang ini")),
        ("ditutup untuk sementara waktu", ("DURATION", "PXX", "sementara waktu")),
        ("menunggu beberapa saat", ("DURATION", "PXX", "beberapa saat")),
        ("sudah berbulan-bulan", ("DURATION", "PXM", "berbulan-bulan")),
        ("antre berjam-jam", ("DURATION", "PTXH", "berjam-jam")),
        ("Tapi lihat nilai tukar, nanti (bisa) naik lagi", ("DATE", "FUTURE_REF", "nanti")),
        ("Meskipun OPEC nantinya menyetujui", ("DATE", "FUTURE_REF", "nantinya")),
        ("Padahal sebelumnya, analis memprediksi", ("DATE", "PAST_REF", "sebelumnya")),
        ("Sebagaimana diberitakan sebelumnya, baru 1 persen", ("DATE", "PAST_REF", "sebelumnya")),
        ("yang pada masa sebelumnya amat terbebani", ("DATE", "PAST_REF", "masa sebelumnya")),
        ("RFID sementara ini hanya memonitor", ("DATE", "PRESENT_REF", "sementara ini")),
        ("Namun hal itu hanya sesaat", ("DURATION", "PXX", "sesaat")),
    ],
)
def test_vague_references_are_timeml_placeholders(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _timex(text, D(2014, 12, 29)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kita lihat dulu prosedurnya.",  # "first", not "formerly"
        "lebih rendah dari prediksi sebelumnya",  # "the earlier forecast"
        "warga Kabupaten Mandailing Natal",  # a place
        "menyambut tahun baru dengan semangat",  # "a new year"
        "perayaan Tahun Baru Imlek",  # another calendar's new year
        "meluncur ke level 60-an dollar AS per barrel",  # an amount, not the 1960s
        "Namun, sebelum itu tercapai, berapa harganya?",  # a clause: "before that is reached"
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert _timex(text, D(2014, 12, 29)) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("libur Natal kemarin", D(2014, 12, 29), ("DATE", "2014-12-25", "Natal")),
        ("selama libur Tahun Baru", D(2014, 12, 29), ("DATE", "2015-01-01", "Tahun Baru")),
        ("Tahun Baru 2015 dirayakan", D(2014, 12, 29), ("DATE", "2015-01-01", "Tahun Baru 2015")),
        ("pada malam Tahun Baru", D(2015, 1, 2), ("TIME", "2014-12-31TNI", "malam Tahun Baru")),
    ],
)
def test_holidays(text: str, anchor: D, expected: tuple[str, str, str]) -> None:
    assert _timex(text, anchor)[0] == expected


def test_clock_time_takes_the_date_printed_after_it() -> None:
    text = "Harga turun ke 66,69 dollar AS pada pukul 7:55 WIB, Jumat (5/12/2014)."
    assert _timex(text, D(2014, 12, 5))[0] == ("TIME", "2014-12-05T07:55", "pukul 7:55 WIB")
    late = "Kemarin harga naik. Harga turun pada pukul 7:55 WIB, Jumat (5/12/2014)."
    assert ("TIME", "2014-12-05T07:55", "pukul 7:55 WIB") in _timex(late, D(2014, 12, 6))


def test_a_word_between_date_and_clock_makes_two_expressions() -> None:
    text = "Sofyan tiba pada Rabu (31/12/2014) sekitar pukul 09.00 WIB."
    assert _timex(text, D(2014, 12, 31)) == [
        ("DATE", "2014-12-31", "Rabu (31/12/2014)"),
        ("TIME", "2014-12-31T09:00", "pukul 09.00 WIB"),
    ]
    adjacent = "Pesawat hilang kontak Minggu (28/12/2014) pukul 06.17 WIB."
    assert _timex(adjacent, D(2014, 12, 29)) == [
        ("TIME", "2014-12-28T06:17", "Minggu (28/12/2014) pukul 06.17 WIB")
    ]


def test_kemarin_in_passing_does_not_move_the_story_day() -> None:
    text = (
        "Harga minyak turun pada Selasa (16/12/2014) setelah kemarin terpangkas 3 persen.\n\n"
        "Harga berada pada 55,64 dollar AS per barel pukul 10:14 WIB."
    )
    assert _timex(text, D(2014, 12, 16))[-1] == ("TIME", "2014-12-16T10:14", "pukul 10:14 WIB")


def test_a_statement_date_does_not_move_the_story_day() -> None:
    text = (
        "Pesawat hilang kontak pada Minggu (28/12/2014). "
        '"Pencarian terus berjalan," kata Bambang di Jakarta, Senin (29/12/2014). '
        "Kontak terakhir terjadi pukul 06.17 WIB."
    )
    assert _timex(text, D(2014, 12, 29))[-1] == ("TIME", "2014-12-28T06:17", "pukul 06.17 WIB")


def test_a_clock_before_any_day_takes_the_date_later_in_its_sentence() -> None:
    text = "Pesawat yang hilang kontak pukul 06.17 WIB itu terbang pada Minggu (28/12/2014)."
    assert _timex(text, D(2014, 12, 30))[0] == ("TIME", "2014-12-28T06:17", "pukul 06.17 WIB")


def test_keesokan_harinya_is_the_day_after_the_story_day() -> None:
    text = "Pesawat hilang Minggu (28/12/2014). Keesokan harinya tim SAR tiba."
    assert _timex(text, D(2014, 12, 31))[-1] == ("DATE", "2014-12-29", "Keesokan harinya")


def test_vague_references_have_no_calendar_value_in_the_product() -> None:
    (expr,) = find_time_expressions(
        "Saat itu pesawat berada di ketinggian.", anchor=D(2014, 12, 29)
    )
    assert (expr.value, expr.kind, expr.granularity) == (None, "date", "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minggu (28/12/2014). Pada dini hari tim tiba.", ("TIME", "2014-12-28TMO", "dini hari")),
        ("kemarin dini hari", ("TIME", "2014-12-28TMO", "kemarin dini hari")),
        ("pada malam hari, tim bergerak", ("TIME", "2014-12-29TNI", "malam hari")),
    ],
)
def test_parts_of_day(text: str, expected: tuple[str, str, str]) -> None:
    assert _timex(text, D(2014, 12, 29))[-1] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a budget is named for its fiscal year
        ("asumsi ICP pada APBN-P 2015.", D(2014, 12, 29), [("DATE", "2015", "2015")]),
        ("hingga tengah hari,", D(2014, 12, 3), [("TIME", "2014-12-03T12:00", "tengah hari")]),
        ("Kapan? nanti malam", D(2014, 12, 3), [("TIME", "2014-12-03TNI", "nanti malam")]),
        ("Setiap 5 menit pindah SPBU", D(2013, 12, 5), [("SET", "PT5M", "Setiap 5 menit")]),
        (
            "hingga paruh pertama tahun depan",
            D(2014, 12, 9),
            [("DATE", "2015-H1", "paruh pertama tahun depan")],
        ),
        (
            "kenaikan 9,7 persen pada 2012 dibanding setahun sebelumnya",
            D(2013, 12, 6),
            [("DATE", "2012", "2012"), ("DATE", "2011", "setahun sebelumnya")],
        ),
        (
            "pada Juni-Juli 2014 berkisar",
            D(2014, 12, 3),
            [("DATE", "2014-06", "Juni"), ("DATE", "2014-07", "Juli 2014")],
        ),
    ],
)
def test_news_expressions(text: str, anchor: D, expected: list[tuple[str, str, str]]) -> None:
    assert _timex(text, anchor) == expected


def test_the_first_of_a_quarter_pair_takes_the_year_printed_after_the_second() -> None:
    text = "terserap dalam kuartal pertama dan kedua tahun depan."
    assert _timex(text, D(2014, 12, 9))[0] == ("DATE", "2015-Q1", "kuartal pertama")


def test_a_bare_weekday_is_the_same_weekday_named_with_its_date() -> None:
    text = (
        "OPEC akan menggelar pertemuan pada Kamis (27/11/2014). Venezuela mendesak untuk "
        "memotong produksi pada pertemuan Kamis di markas OPEC."
    )
    found = _timex(text, D(2014, 11, 26))
    assert found[-1] == ("DATE", "2014-11-27", "Kamis")
    # without the dated mention a past Thursday is read, as before
    assert _timex(text.split(". ")[1], D(2014, 11, 26)) == [("DATE", "2014-11-20", "Kamis")]
