"""Tests of the time stage on real Indonesian cases and on the seed gold."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kilas.annotate.time import (
    TimeSettings,
    date_sentences,
    find_time_expressions,
    find_times,
    find_timex3,
    infer_published,
)
from kilas.lang.id.time_words import parse_number
from kilas.model import Article, PrintedDate, TimeExpr

D = dt.date
GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "seeds.json"


def _article(text: str, published: str | None = None) -> Article:
    printed = PrintedDate(value=published, text=published) if published else None
    return Article(id="t", source="test", raw=text, text=text, published=printed)


def _covering(times: list[TimeExpr], text: str, needle: str) -> TimeExpr | None:
    """The expression overlapping the first occurrence of ``needle``."""
    start = text.index(needle)
    end = start + len(needle)
    for expr in times:
        if expr.span.start < end and start < expr.span.end:
            return expr
    return None


CASES = [
    # absolute
    ("berlangsung pada 17-18 Oktober 2023.", D(2023, 10, 20), "2023-10-17/2023-10-18", "range"),
    ("pada 17 Oktober 2023 di Beijing", None, "2023-10-17", "day"),
    ("Okt 18, 2023 12:12 Asia/Jakarta", None, "2023-10-18T12:12+07:00", "time"),
    ("tanggal 17/10/2023 lalu", None, "2023-10-17", "day"),
    ("yang berlangsung dari 2024-25.", None, "2024/2025", "range"),
    ("sebelum tahun 2024.", None, "2024", "year"),
    ("pada 5 Agt 2021", None, "2021-08-05", "day"),
    ("pada 3 Nop 2019", None, "2019-11-03", "day"),
    ("pada 9 Des 2020", None, "2020-12-09", "day"),
    ("pukul 06.18 WIB", D(2014, 12, 28), "2014-12-28T06:18+07:00", "time"),
    ("pukul 09.30 WITA", D(2014, 12, 28), "2014-12-28T09:30+08:00", "time"),
    ("pukul 10.00 WIT", D(2014, 12, 28), "2014-12-28T10:00+09:00", "time"),
    ("30 Desember 2022 17:54 WIB", None, "2022-12-30T17:54+07:00", "time"),
    ("pada Februari 2022", None, "2022-02", "month"),
    ("Juni-Juli 2014", None, "2014-06/2014-07", "range"),
    ("pada kuartal kedua 2015", None, "2015-Q2", "month"),
    ("sejak 1980-an", None, "198", "year"),
    # news-style partial dates
    ("kata Putin, Selasa (17/10).", D(2023, 10, 18), "2023-10-17", "day"),
    ("pada hari Senin(16/10), mengumumkan", D(2023, 10, 18), "2023-10-16", "day"),
    ("panggilan video pada Jumat (30/12).", D(2022, 12, 30), "2022-12-30", "day"),
    ("di Samarkand pada 15/9.", D(2022, 12, 30), "2022-09-15", "day"),
    ("ke Ukraina pada 24 Februari.", D(2022, 12, 30), "2022-02-24", "day"),
    ("di Uzbekistan pada September.", D(2022, 12, 30), "2022-09", "month"),
    ("ditangguhkan pada Maret karena sanksi", D(2024, 5, 14), "2024-03", "month"),
    ("ke Beijing pada Oktober adalah", D(2024, 5, 14), "2023-10", "month"),
    ("akan digelar pada 5 Januari.", D(2022, 12, 30), "2023-01-05", "day"),
    ("Minggu (12/8) kemarin", D(2018, 8, 14), "2018-08-12", "day"),
    ("Presiden, Kamis (18/8/2016), mengatakan", None, "2016-08-18", "day"),
    # relative
    ("hari ini harga naik", D(2024, 5, 16), "2024-05-16", "day"),
    ("kemarin harga naik", D(2024, 5, 16), "2024-05-15", "day"),
    ("besok akan diumumkan", D(2024, 5, 16), "2024-05-17", "day"),
    ("lusa akan diumumkan", D(2024, 5, 16), "2024-05-18", "day"),
    ("kemarin lusa ia tiba", D(2024, 5, 16), "2024-05-14", "day"),
    ("Pertemuan di Beijing pada hari Kamis tidak", D(2024, 5, 16), "2024-05-16", "day"),
    ("pernyataan pada Selasa sore, Kremlin", D(2024, 5, 16), "2024-05-14", "day"),
    ("Wang Wenbin pada hari Senin.", D(2024, 5, 16), "2024-05-13", "day"),
    ("bertemu Kamis lalu", D(2024, 5, 16), "2024-05-09", "day"),
    ("bertemu Kamis mendatang", D(2024, 5, 16), "2024-05-23", "day"),
    ("pekan lalu harga turun", D(2024, 5, 16), "2024-W19", "week"),
    ("minggu lalu harga turun", D(2024, 5, 16), "2024-W19", "week"),
    ("rampung bulan depan.", D(2024, 5, 16), "2024-06", "month"),
    ("naik tahun lalu.", D(2024, 5, 16), "2023", "year"),
    ("tiba dua hari lalu", D(2024, 5, 16), "2024-05-14", "day"),
    ("terjadi tiga tahun lalu", D(2024, 5, 16), "2021", "year"),
    ("invasi lebih dari dua tahun lalu,", D(2024, 5, 14), "../2022-05-14", "range"),
    ("digelar akhir pekan ini", D(2024, 5, 16), "2024-W20-WE", "week"),
    ("sejak awal bulan", D(2024, 5, 16), "2024-05", "month"),
    ("pada musim semi 2023.", None, "2023-SP", "season"),
    ("Anda pada musim semi mendatang", D(2022, 12, 30), "2023-SP", "season"),
    ("pada musim dingin", D(2024, 1, 10), "2023-WI", "season"),
    ("hingga saat ini belum", D(2024, 5, 16), "2024-05-16", "day"),
    ("pada tahun ini", D(2024, 5, 16), "2024", "year"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "granularity"), CASES)
def test_resolves_real_cases(text: str, anchor: D | None, value: str, granularity: str) -> None:
    times = find_time_expressions(text, anchor=anchor)
    dated = [t for t in times if t.kind in ("date", "time")]
    assert dated, f"nothing found in {text!r}"
    assert (dated[0].value, dated[0].granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("selama dua hari", "P2D", "day"),
        ("selama empat jam perundingan", "PT4H", "time"),
        ("waktu baca 3 menit", "PT3M", "time"),
        ("menandai 75 tahun hubungan diplomatik", "P75Y", "year"),
        ("memperingati 10 tahun pengumuman", "P10Y", "year"),
        ("selama dua minggu", "P2W", "week"),
        ("selama sebelas bulan", "P11M", "month"),
        ("sudah dua puluh lima tahun", "P25Y", "year"),
        ("dalam beberapa hari", "PXD", "day"),
        ("dalam lima tahun terakhir", "P5Y", "year"),
    ],
)
def test_durations_are_not_dates(text: str, value: str, granularity: str) -> None:
    times = find_time_expressions(text, anchor=D(2024, 5, 16))
    assert [(t.kind, t.value, t.granularity) for t in times] == [("duration", value, granularity)]


@pytest.mark.parametrize(
    "text",
    [
        "pernyataan bersama sepanjang 7.000 kata",
        "pipa Power of Siberia 2 yang",
        "sekitar 80 persen penyelesaian",
        "skor akhir 2-1 untuk tuan rumah",
        "harga Rp 2.024 per liter",
        "naik 2,5 persen dari 1.250 unit",
        "Olimpiade Musim Dingin di Beijing",
        "di Jl Raya Pasar Minggu 14, Pancoran",
        "pameran GIIAS 2016 di BSD",
        "toko itu menerima 1800 pesanan sehari",
        "sebanyak 1500 peserta hadir",
        "layar beresolusi 1080 x 1920 piksel",
        "Bayern menang 3-0 atas 1899 Hoffenheim di Sinsheim",
        "klub 1860 München terdegradasi ke divisi empat",
        "satu sendok teh garam mengandung 1900 mg natrium",
        "jalan tol sepanjang 2000 km itu",
        "tiket dijual seharga $2000 per lembar",
        "harga emas menjadi 2017 per gram",
    ],
)
def test_counts_and_names_are_not_dates(text: str) -> None:
    times = find_time_expressions(text, anchor=D(2024, 5, 16))
    assert [t for t in times if t.kind in ("date", "time")] == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Gedung itu dibangun 1920 oleh Belanda.", "1920"),
        ("Film itu dirilis 2015 silam.", "2015"),
        ("Pemilu 2019 berlangsung damai.", "2019"),
        ("Pada 1998 krisis melanda Asia.", "1998"),
        ("Pada 1998 Soeharto mundur dari jabatannya.", "1998"),
    ],
)
def test_a_bare_year_after_a_verb_is_still_a_year(text: str, year: str) -> None:
    times = find_time_expressions(text, anchor=D(2024, 5, 16))
    assert [(t.value, t.granularity) for t in times] == [(year, "year")]


def test_a_range_glued_to_a_table_cell_keeps_its_second_year() -> None:
    text = "Juara: Marseille1993 - 1994 AC Milan"  # table cells run together by extraction
    times = find_time_expressions(text, anchor=D(2024, 5, 16))
    assert [(t.value, t.granularity) for t in times] == [("1994", "year")]


@pytest.mark.parametrize(
    "text",
    [
        "Manusia diperkirakan hidup di Papua sejak 6.000 tahun yang lalu.",
        "Candi dibangun 12 abad lalu.",
    ],
)
def test_far_past_is_no_calendar_year(text: str) -> None:
    times = find_time_expressions(text, anchor=D(2017, 8, 18))
    assert [(t.kind, t.value, t.granularity) for t in times] == [("date", None, "year")]


def test_a_laws_number_and_year_date_no_event() -> None:
    text = (
        "Pasal 82 Undang-Undang Nomor 8 Tahun 1981 bertentangan dengan Undang-Undang Dasar "
        "Negara Republik Indonesia Tahun 1945, kata hakim pada tahun 2016."
    )
    times = find_time_expressions(text, anchor=D(2017, 8, 18))
    assert [(text[t.span.start : t.span.end], t.kind, t.value) for t in times] == [
        ("Tahun 1981", "date", None),
        ("Tahun 1945", "date", None),
        ("tahun 2016", "date", "2016"),
    ]
    assert [t.value for t in find_timex3(text, anchor=D(2017, 8, 18))] == ["1981", "1945", "2016"]


def test_two_centuries_ago_is_still_a_century() -> None:
    times = find_time_expressions("Benteng itu dibangun dua abad lalu.", anchor=D(2017, 8, 18))
    assert [t.value for t in times] == ["18"]


def test_minggu_is_week_or_sunday_by_context() -> None:
    anchor = D(2024, 5, 16)
    assert find_time_expressions("dua minggu", anchor=anchor)[0].kind == "duration"
    assert find_time_expressions("minggu lalu", anchor=anchor)[0].granularity == "week"
    assert find_time_expressions("pada hari Minggu", anchor=anchor)[0].value == "2024-05-12"
    assert find_time_expressions("Minggu (12/5)", anchor=anchor)[0].value == "2024-05-12"


def test_without_anchor_relative_values_are_none_but_granularity_kept() -> None:
    times = find_time_expressions("kemarin, pekan lalu dan bulan depan", anchor=None)
    assert [(t.value, t.granularity) for t in times] == [
        (None, "day"),
        (None, "week"),
        (None, "month"),
    ]


def test_never_fills_in_day_or_month() -> None:
    (expr,) = find_time_expressions("pada Februari 2022", anchor=D(2024, 5, 16))
    assert expr.value == "2022-02"
    (expr,) = find_time_expressions("pada 2014", anchor=D(2024, 5, 16))
    assert expr.value == "2014"


def test_weekday_pins_the_year_of_a_partial_date() -> None:
    text = "Forum pada 17-18 Oktober 2023. Putin tiba, Selasa (17/10)."
    times = find_time_expressions(text, anchor=None)
    assert _covering(times, text, "Selasa (17/10)") is not None
    assert _covering(times, text, "Selasa (17/10)").value == "2023-10-17"  # type: ignore[union-attr]


def test_clock_time_takes_the_day_named_before() -> None:
    text = "Pesawat hilang Minggu (28/12/2014). Kontak terakhir pukul 06.17 WIB."
    times = find_time_expressions(text, anchor=D(2014, 12, 29))
    assert times[-1].value == "2014-12-28T06:17+07:00"


def test_parse_number_words() -> None:
    assert parse_number("dua puluh lima") == 25
    assert parse_number("sebelas") == 11
    assert parse_number("tiga belas") == 13
    assert parse_number("seratus dua") == 102
    assert parse_number("7.000") == 7000
    assert parse_number("3,5") == 3.5
    assert parse_number("kata") is None


def test_settings_can_drop_durations() -> None:
    times = find_time_expressions(
        "selama dua hari pada 17 Oktober 2023", anchor=None, settings=TimeSettings(durations=False)
    )
    assert [t.kind for t in times] == ["date"]


# ----------------------------------------------------------------- seeds


def _seed_anchor(doc: dict[str, Any]) -> D | None:
    published = doc["published"]
    if published.get("explicit") or any(t.get("needs_anchor") for t in doc["time_expressions"]):
        return D.fromisoformat(published["date"])
    return None


def _seed_cases() -> list[tuple[str, str]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [
        (name, t["text"]) for name, doc in gold["docs"].items() for t in doc["time_expressions"]
    ]


def _seed_times(name: str, gold: dict[str, Any], seed_texts: dict[str, str]) -> list[TimeExpr]:
    doc = gold["docs"][name]
    anchor = _seed_anchor(doc)
    article = _article(seed_texts[name], anchor.isoformat() if anchor else None)
    return list(find_times(article).times)


@pytest.mark.parametrize(("name", "needle"), _seed_cases())
def test_seed_time_expressions(
    name: str, needle: str, gold: dict[str, Any], seed_texts: dict[str, str]
) -> None:
    expected = next(t for t in gold["docs"][name]["time_expressions"] if t["text"] == needle)
    text = seed_texts[name]
    expr = _covering(_seed_times(name, gold, seed_texts), text, needle)
    assert expr is not None, f"{needle!r} not found"
    assert (expr.value, expr.granularity) == (expected["value"], expected["granularity"])


def test_seed_not_dates(gold: dict[str, Any], seed_texts: dict[str, str]) -> None:
    for name, doc in gold["docs"].items():
        text = seed_texts[name]
        times = _seed_times(name, gold, seed_texts)
        for needle in doc.get("not_dates", []):
            expr = _covering(times, text, needle)
            assert expr is None or expr.kind not in ("date", "time"), (name, needle, expr)


def test_seed_000_date_inferred_within_a_day(seed_texts: dict[str, str]) -> None:
    inferred = infer_published(_article(seed_texts["000_74d07013873802ec.txt"]))
    assert inferred.value is not None
    assert abs((D.fromisoformat(inferred.value) - D(2023, 10, 17)).days) <= 1
    assert inferred.evidence and inferred.method == "weekday-date"


def test_seed_004_year_inferred_from_its_own_text(seed_texts: dict[str, str]) -> None:
    inferred = infer_published(_article(seed_texts["004_5bb9aeed40329113.txt"]))
    assert inferred.value == "2024"
    assert inferred.earliest is not None and inferred.earliest.startswith("2024")
    assert any("lebih dari dua tahun lalu" in span.text for span in inferred.evidence)


def test_relative_dating_ignores_history_and_the_future() -> None:
    # "N tahun lalu" beside a dated event dates the report (event + N) ...
    recent = _article(
        "Rusia menyerang Ukraina pada Februari 2022. Invasi Rusia ke Ukraina terjadi lebih dari"
        " dua tahun lalu."
    )
    assert infer_published(recent).value == "2024"
    # ... but not when N reaches back into history, nor when event + N lies in the future.
    history = _article(
        "Situs itu digali pada Maret 2010. Situs itu dihuni manusia 6.000 tahun yang lalu."
    )
    assert infer_published(history).method != "relative-to-dated-event"
    future = _article("Kota itu berdiri pada Juni 2020. Kota itu berdiri 20 tahun lalu.")
    assert infer_published(future).method != "relative-to-dated-event"


def test_printed_date_wins() -> None:
    article = _article("Selasa (17/10/2023) Putin tiba.", "2023-10-18T12:12:00+07:00")
    inferred = infer_published(article)
    assert (inferred.value, inferred.method, inferred.confidence) == ("2023-10-18", "printed", 1.0)


def test_unknown_rather_than_guess() -> None:
    inferred = infer_published(_article("Putin bertemu Xi untuk membahas kerja sama."))
    assert inferred.value is None and inferred.method == "unknown"


def test_stage_anchors_on_inferred_date(seed_texts: dict[str, str]) -> None:
    text = seed_texts["000_74d07013873802ec.txt"]
    times = find_times(_article(text)).times
    expr = _covering(list(times), text, "Selasa (17/10)")
    assert expr is not None and expr.anchor is not None


# ----------------------------------------------------------------- sentences


def test_sentence_dating_own_inherited_and_publication() -> None:
    text = (
        "Putin tiba di Beijing pada Selasa (17/10). Ia disambut Xi di bandara tersebut.\n"
        "Rusia adalah pemasok minyak terbesar bagi China."
    )
    article = find_times(_article(text, "2023-10-18"))
    dated = date_sentences(article)
    assert [d.basis for d in dated] == ["own", "inherited", "publication"]
    assert dated[0].dates == ("2023-10-17",) and dated[1].dates == ("2023-10-17",)
    assert dated[2].dates == ("2023-10-18",)


# ----------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Selasa (17/10)",
                "kemarin",
                "dua hari",
                "2024",
                "pukul 06.18 WIB",
                "Maret",
                "pekan lalu",
                "Putin",
                " ",
                ",",
                "(",
                "15/9",
                "Rp 2.000",
                "tahun",
                "lalu",
            ]
        ),
        max_size=12,
    )
)
def test_spans_match_text(parts: list[str]) -> None:
    text = " ".join(parts)
    times = find_time_expressions(text, anchor=D(2024, 5, 16))
    for expr in times:
        assert expr.span.matches(text)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(times))


@pytest.mark.parametrize(
    "expr", find_time_expressions("Selasa (17/10) dan dua hari", anchor=D(2023, 10, 18))
)
def test_time_expr_round_trips(expr: TimeExpr) -> None:
    assert TimeExpr.from_dict(expr.to_dict()) == expr


def test_url_date_is_evidence() -> None:
    article = Article(
        id="u",
        source="test",
        raw="Kamis (18/8) ia datang.",
        text="Kamis (18/8) ia datang.",
        url="http://www.suara.com/otomotif/2016/08/19/110340/calya",
    )
    inferred = infer_published(article)
    assert (inferred.value, inferred.method) == ("2016-08-19", "url")


def test_quote_continuation_inherits_across_paragraphs() -> None:
    text = 'Putin berbicara pada Jumat (30/12).\n"Kami bertujuan memperkuat kerja sama," tambahnya.'
    dated = date_sentences(find_times(_article(text, "2022-12-30")))
    assert [d.basis for d in dated] == ["own", "inherited"]
