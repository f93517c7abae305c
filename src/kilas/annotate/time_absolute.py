"""Rules for dates the text prints: full dates, news-style partial dates, months, years, clocks.

Each rule takes a match of its pattern and the scan :class:`Context` and
returns a :class:`Found`, or None to decline (the scanner then tries the next
rule at the same place). A day or month is never filled in: a date printed
without a year takes its year from the anchor (or, with no anchor, from a
weekday that pins it among the years the text names), else it stays None.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kilas.annotate.time_calendar import expand_year, make_date, pick_year, pin_year_by_weekday
from kilas.annotate.time_found import (
    Context,
    Found,
    announced,
    day_found,
    month_of,
    offset_of,
    period_found,
    previous_word,
    sentence_initial,
    weekday_of,
)
from kilas.annotate.time_patterns import QUARTER_PAIR_RE
from kilas.lang.id.calendar import month_number
from kilas.lang.id.lexicon import word_tag

QUARTER_PAIR = re.compile(QUARTER_PAIR_RE, re.IGNORECASE)

DIRECTIONS = {
    "lalu": "past",
    "kemarin": "past",
    "depan": "future",
    "mendatang": "future",
    "nanti": "future",
    "ini": "this",
}
"""Words after a date without a year, to the direction its year is sought in."""

_PARTIAL_DATE_CUES = frozenset(
    {"pada", "tanggal", "tgl", "tgl.", "sejak", "hingga", "sampai", "mulai", "per", "hari", "dan"}
)
_YEAR_CUES = frozenset(
    {
        "pada",
        "sejak",
        "hingga",
        "sampai",
        "tahun",
        "awal",
        "akhir",
        "pertengahan",
        "sebelum",
        "setelah",
        "sesudah",
        "jelang",
        "menjelang",
        "selama",
        "sepanjang",
        "di",
        "dari",
        "ke",
        "per",
        "mulai",
        "periode",
        "semester",
        "kuartal",
        "triwulan",
        "era",
        "medio",
        "dan",
        "atau",
        "antara",
        "tahun-tahun",
        "dalam",
        "pascapemilu",
        "oleh",
        "untuk",
        # state and regional budgets are named for their fiscal year: "APBN-P 2014"
        "apbn",
        "apbn-p",
        "apbnp",
        "rapbn",
        "rapbn-p",
        "apbd",
        "apbd-p",
        "rapbd",
        "rkap",
        # the second year of a spaced range: "1993 - 1994 AC Milan"
        "-",
        "–",
    }
)
_COUNT_WORDS = re.compile(
    r"\s*(?:orang|unit|ton|kata|km|meter|rupiah|dolar|kg|jiwa|ekor|buah|kali|kursi|suara|"
    r"hektare|ha|mw|mega|lembar|paket|titik|kasus|peserta|siswa|warga|personel|rumah|desa|"
    # measures and currencies: "1900 mg", "2000 kilometer", "1950 euro"
    r"mg|gram|gr|ml|liter|cm|mm|kilometer|mil|kaki|inci|m2|kw|kwh|watt|volt|cc|hp|mah|gb|mb|tb|"
    r"mbps|piksel|pixel|rpm|kalori|kkal|barel|poin|euro|yen|yuan|ringgit|dollar|"
    r"batang|botol|bungkus|keping|pasang|helai|per\s+[a-z]+)\b",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'’.-]*)")
_ERA_WORDS = frozenset({"m", "m.", "masehi", "h", "h.", "hijriah", "sm", "sm.", "ce", "ad", "bc"})
_CURRENCY_SIGNS = "$€£¥"
_LAW_NAME = re.compile(
    r"(?:\b(?:nomor|nomer|no\.?)\s*\d+[\w/.\-]*|undang-undang\s+dasar(?:\s+negara\s+republik"
    r"\s+indonesia)?)\s*$",
    re.IGNORECASE,
)
"""Before "Tahun 1981" in a law's or regulation's name: "UU Nomor 8 Tahun 1981", "Perpres No. 3
Tahun 2016", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"."""


_DIMENSION_AFTER = re.compile(r"\s*[x×]\s*\d")
_QUANTITY_WORDS = frozenset(
    {
        "sebanyak",
        "sejumlah",
        "sekitar",
        "hampir",
        "mencapai",
        "total",
        "setidaknya",
        "sedikitnya",
        "kurang",
        "lebih",
        "ada",
        "terdapat",
        "minimal",
        "maksimal",
        "tercatat",
        "hanya",
        "baru",
    }
)
_TIME_AFTER = frozenset({"silam", "lalu", "mendatang", "nanti", "kemarin", "depan", "ini", "itu"})
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def _counted(text: str, end: int, previous: str) -> bool:
    """True when a bare number counts the lowercase noun after it, after a verb or quantity word.

    "menerima 1800 pesanan" counts orders; "dibangun 1920 oleh Belanda" and "dirilis 2015 silam"
    are years: the word after is a function or time word, not a counted noun.
    """
    after = _NEXT_WORD.match(text, end)
    if after is None or word_tag(after.group(1)) != "common" or after.group(1) in _TIME_AFTER:
        return False
    low = previous.lower()
    return low in _QUANTITY_WORDS or word_tag(low) == "verb"


def resolve_partial(
    ctx: Context, month: int, day: int | None, *, weekday: int | None = None, direction: str = ""
) -> tuple[int | None, float, str]:
    """Year of a date printed without one: from the anchor, else pinned by a weekday."""
    if ctx.anchor is not None:
        year, confidence = pick_year(month, day, ctx.anchor, direction=direction, weekday=weekday)
        return year, confidence, f"year from anchor {ctx.anchor.isoformat()}"
    if weekday is not None and day is not None and ctx.years:
        years = pin_year_by_weekday(
            month, day, weekday, range(min(ctx.years) - 1, max(ctx.years) + 2)
        )
        if len(years) == 1:
            return years[0], 0.8, "year pinned by the weekday among the years the text names"
    return None, 0.0, "no anchor for the year"


def _clock_value(date: dt.date, clock: str, zone: str | None) -> tuple[str, str]:
    """Product and TimeML values of a day with a printed clock time."""
    hour, minute = re.split(r"[.:]", clock)
    stamp = f"{date.isoformat()}T{int(hour):02d}:{minute}"
    return stamp + offset_of(zone), stamp


def _weekday_check(date: dt.date, wd: str | None) -> tuple[float, str]:
    """Confidence and evidence after checking a printed weekday against the date."""
    weekday = weekday_of(wd)
    if weekday is None or weekday == date.weekday():
        return 1.0, "printed date"
    return 0.7, f"printed date; the weekday {wd} does not match"


def full_date(m: re.Match[str], ctx: Context) -> Found | None:
    """17 Oktober 2023 · Jumat, 18 Oktober 2013 · Okt 18, 2023 12:12 Asia/Jakarta · 2023-10-17."""
    groups = m.groupdict()
    month = int(groups["month"]) if groups.get("month") else month_of(groups["mon"])
    date = make_date(int(groups["year"]), month, int(groups["day"]))
    if date is None:
        return None
    confidence, evidence = _weekday_check(date, groups.get("wd"))
    if groups.get("clock"):
        value, timex = _clock_value(date, groups["clock"], groups.get("zone"))
        return Found(
            start=m.start(),
            end=m.end(),
            value=value,
            granularity="time",
            kind="time",
            timex_type="TIME",
            timex_value=timex,
            confidence=confidence,
            evidence=evidence,
            day=date,
        )
    return day_found(m, date, confidence=confidence, evidence=evidence)


def day_range(m: re.Match[str], ctx: Context) -> Found | None:
    """17-18 Oktober 2023 → 2023-10-17/2023-10-18."""
    first, last, month = int(m["d1"]), int(m["d2"]), month_of(m["mon"])
    if last <= first:
        return None
    year, confidence, evidence = (
        (int(m["year"]), 1.0, "printed range")
        if m["year"]
        else (resolve_partial(ctx, month, first))
    )
    start = make_date(year, month, first) if year else None
    end = make_date(year, month, last) if year else None
    if year and (start is None or end is None):
        return None
    value = f"{start.isoformat()}/{end.isoformat()}" if start and end else None
    found = period_found(m, value, "range", confidence=confidence, evidence=evidence)
    timex = start.isoformat() if start else None
    return dataclasses.replace(found, timex_value=timex, day=start)


def numeric_date(m: re.Match[str], ctx: Context) -> Found | None:
    """Selasa (17/10) · Senin(16/10/2023) · (15/9) · pada 15/9 · 17/10/2023."""
    wd, paren, sep, year_text = m["wd"], m["paren"], m["sep"], m["year"]
    if m["rel"] and not paren:
        return None
    cued = previous_word(ctx.text, m.start()).lower() in _PARTIAL_DATE_CUES
    if not year_text and not paren and not wd and (sep != "/" or not cued):
        return None
    if year_text and not paren and not wd and sep == "." and len(year_text) != 4:
        return None
    month, day = int(m["month"]), int(m["day"])
    weekday = weekday_of(wd)
    if year_text:
        year: int | None = (
            int(year_text)
            if len(year_text) == 4
            else expand_year(int(year_text), ctx.anchor.year if ctx.anchor else None)
        )
        confidence, evidence = 1.0, "printed date"
    else:
        year, confidence, evidence = resolve_partial(ctx, month, day, weekday=weekday)
    date = make_date(year, month, day) if year else None
    if year and date is None:
        return None
    if date and year_text:
        confidence, evidence = _weekday_check(date, wd)
    span = None
    if paren and not wd and not m["rel"]:
        span = (m.start("day"), m.end("year") if year_text else m.end("month"))
    return day_found(m, date, part=m["part"], confidence=confidence, evidence=evidence, span=span)


def day_month(m: re.Match[str], ctx: Context) -> Found | None:
    """24 Februari · Senin, 24 Februari · 2 Agustus lalu."""
    month, day = month_of(m["mon"]), int(m["day"])
    if make_date(2000, month, day) is None:
        return None
    direction = DIRECTIONS.get((m["dir"] or "").lower(), "")
    if not direction and announced(ctx.text, m.start()):
        direction = "onward"
    year, confidence, evidence = resolve_partial(
        ctx, month, day, weekday=weekday_of(m["wd"]), direction=direction
    )
    return day_found(
        m, make_date(year, month, day) if year else None, confidence=confidence, evidence=evidence
    )


_NOT_CHRISTMAS = frozenset({"mandailing", "pulau", "kabupaten", "kota"})
"""Words before "Natal" that make it a place (Mandailing Natal, Pulau Natal)."""


def named_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Natal → 25 December · Tahun Baru → 1 January · malam Tahun Baru → 31 December, night.

    Only capitalised ("Natal", "Tahun Baru"): "tahun baru" in lower case is "a new year".
    """
    name = m["natal"] or m["ny"] or m["turn"]
    if m["turn"] and not m["eve"]:
        return None
    if not m["turn"] and not name[0].isupper():
        return None
    if previous_word(ctx.text, m.start()).lower() in _NOT_CHRISTMAS:
        return None
    night = bool(m["eve"]) and not m["natal"]
    month, day = (12, 25) if m["natal"] else (12, 31) if night else (1, 1)
    if m["natal"] and m["eve"]:
        day = 24
    if m["year"]:
        year: int | None = int(m["year"]) - (1 if night else 0)
        confidence, evidence = 1.0, "printed holiday"
    else:
        year, confidence, evidence = resolve_partial(ctx, month, day)
    date = make_date(year, month, day) if year else None
    return day_found(
        m, date, part="malam" if m["eve"] else None, confidence=confidence, evidence=evidence
    )


def month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Februari 2022 · awal Maret 2023."""
    value = f"{int(m['year']):04d}-{month_of(m['mon']):02d}"
    return period_found(m, value, "month", evidence="printed month")


def bare_month(m: re.Match[str], ctx: Context) -> Found | None:
    """Maret · bulan September · Juli lalu · Oktober ini (a capitalised month name)."""
    name = m["mon"]
    if not name[0].isupper() or (name.lower() == "mei" and _followed_by_name(ctx.text, m.end())):
        return None
    month = month_of(name)
    direction = (m["dir"] or "").lower()
    if direction.startswith("tahun") and ctx.anchor is not None:
        shift = {"tahun lalu": -1, "tahun depan": 1}.get(" ".join(direction.split()), 0)
        year: int | None = ctx.anchor.year + shift
        confidence, evidence = 0.9, f"year from anchor {ctx.anchor.isoformat()}"
    else:
        ahead = announced(ctx.text, m.start()) or previous_word(ctx.text, m.start()) == "untuk"
        upcoming = "onward" if ahead else ""
        year, confidence, evidence = resolve_partial(
            ctx, month, None, direction=DIRECTIONS.get(direction, upcoming)
        )
    value = f"{year:04d}-{month:02d}" if year else None
    return period_found(m, value, "month", confidence=confidence, evidence=evidence)


def _followed_by_name(text: str, end: int) -> bool:
    """True when a capitalised word follows (a person named Mei, not the month)."""
    return re.match(r"\s+[A-Z][a-z]", text[end : end + 4]) is not None


def month_range(m: re.Match[str], ctx: Context) -> Found | None:
    """Juni-Juli 2014 → 2014-06/2014-07."""
    first, last = month_of(m["mon"]), month_of(m["mon2"])
    if last <= first:
        return None
    year = int(m["year"])
    value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    found = period_found(
        m, value, "range", evidence="printed month range", timex_value=f"{year:04d}-{first:02d}"
    )
    # TimeML marks each month: "Juni" 2014-06 and "Juli 2014" 2014-07
    parts = (
        (m.start("mon"), m.end("mon"), f"{year:04d}-{first:02d}"),
        (m.start("mon2"), m.end(), f"{year:04d}-{last:02d}"),
    )
    return dataclasses.replace(found, timex_parts=parts)


_QUARTERS = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "satu": 1,
    "kedua": 2,
    "dua": 2,
    "ketiga": 3,
    "tiga": 3,
    "keempat": 4,
    "empat": 4,
}


def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """kuartal ketiga → 2014-Q3 · triwulan I-2015 · semester I tahun ini → 2014-H1."""
    number = _QUARTERS[m["q"].lower()]
    half = m["unit"].lower() in ("semester", "paruh")
    if (half and number > 2) or m["unit"].lower() == "caturwulan":
        return None
    pair = QUARTER_PAIR.match(ctx.text, m.end()) if not (m["year"] or m["dir"]) else None
    printed, direction = (pair or m)["year"], (pair or m)["dir"]
    if printed:
        year: int | None = int(printed)
        confidence, evidence = 1.0, "printed quarter"
    elif ctx.anchor is not None:
        year = ctx.anchor.year + {"lalu": -1, "depan": 1}.get((direction or "").lower(), 0)
        confidence, evidence = 0.8, f"year from anchor {ctx.anchor.isoformat()}"
    else:
        year, confidence, evidence = None, 0.0, "no anchor for the year"
    value = f"{year:04d}-{'H' if half else 'Q'}{number}" if year else None
    granularity = "month" if not half else "season"
    return period_found(m, value, granularity, confidence=confidence, evidence=evidence)


def year_range(m: re.Match[str], ctx: Context) -> Found | None:
    """2024-25 → 2024/2025 · 2014-2015 · tahun 2014/2015."""
    first = int(m["y1"])
    second = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if not 0 < second - first <= 10:
        return None
    return period_found(
        m, f"{first}/{second}", "range", evidence="printed year range", timex_value=str(first)
    )


def decade(m: re.Match[str], ctx: Context) -> Found | None:
    """1990-an → 199 (the TimeML decade) · 90-an → 199."""
    digits = m["decade"].lstrip("'")
    if len(digits) == 1 and not m["era"] and not m["decade"].startswith("'"):
        return None  # "level 60-an dollar AS": an amount
    value = digits if len(digits) == 3 else "19" + digits
    return period_found(m, value, "year", evidence="printed decade")


def _names_after(text: str, end: int) -> bool:
    """True when a capitalised word (not a month, weekday or era) follows on the same line."""
    after = _NAME_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return (
        word.lower() not in _ERA_WORDS
        and weekday_of(word) is None
        and month_number(word.rstrip(".")) is None
    )


def year(m: re.Match[str], ctx: Context) -> Found | None:
    """2014 · tahun 2024 · pertengahan 2014; not a count ("2016 unit") nor a name ("GIIAS 2016").

    A bare number is a count, not a year, when it measures what follows it after a verb or a
    quantity word ("menerima 1800 pesanan", "sebanyak 1500 peserta"), is one side of a
    dimension ("1080 x 1920"), a price ("$2000") or a measure ("1900 mg", "2000 km"). Before a
    capitalised name it is part of the name ("melawan 1899 Hoffenheim", "klub 1860 München")
    unless a year cue precedes it ("pada 1998 Soeharto lengser").
    """
    if not m["lead"] and not m["tahun"]:
        before = ctx.text[max(0, m.start() - 1) : m.start()]
        word = previous_word(ctx.text, m.start())
        if before and (before.isdigit() or before in "/-.,:#" + _CURRENCY_SIGNS):
            return None
        if word.lower() in ("x", "×") or _DIMENSION_AFTER.match(ctx.text, m.end()):
            return None
        if _counted(ctx.text, m.end(), word):
            return None
        if (
            word
            and word[0].isupper()
            and word.lower() not in _YEAR_CUES
            and not sentence_initial(ctx.text, m.start() - len(word) - 1)
        ):
            return None
        if word.lower() in ("rp", "rp.", "no", "no.", "nomor", "nomer", "usd", "us$"):
            return None
        if word.lower() not in _YEAR_CUES and _names_after(ctx.text, m.end()):
            return None
    if _COUNT_WORDS.match(ctx.text, m.end()):
        return None
    if m["tahun"] and _LAW_NAME.search(ctx.text, max(0, m.start() - 60), m.start()):
        # the year of a law's name dates no event (TimeML still marks it as a year)
        evidence = "the year in a regulation's name"
        return period_found(m, None, "year", evidence=evidence, timex_value=m["year"])
    return period_found(m, m["year"], "year", evidence="printed year")
