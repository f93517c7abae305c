"""Rules for expressions resolved against the anchor: weekdays, "kemarin", "pekan lalu", durations.

Without an anchor a relative expression keeps its granularity and gets the
value None. Durations, counts and sets are kinds of their own and never dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kilas.annotate.time_calendar import iso_week, make_date, shift, shift_day, weekday_near
from kilas.annotate.time_found import (
    Context,
    Found,
    announced,
    day_found,
    period_found,
    previous_word,
    sentence_initial,
    weekday_of,
)
from kilas.lang.id.calendar import SEASONS
from kilas.lang.id.time_words import CLOCK_UNITS, REFERENCE_WORDS, UNIT_FACTOR, UNITS, parse_number

_DAY_WORDS = {
    "hari ini": 0,
    "kemarin": -1,
    "besok": 1,
    "esok": 1,
    "esok hari": 1,
    "lusa": 2,
    "kemarin lusa": -2,
    "semalam": -1,
    "tadi malam": -1,
    "tadi": 0,
    "ini": 0,
    "nanti": 0,
}
_STEPS = {
    "ini": 0,
    "lalu": -1,
    "yang lalu": -1,
    "kemarin": -1,
    "sebelumnya": -1,
    "silam": -1,
    "depan": 1,
    "mendatang": 1,
    "berikutnya": 1,
}
_WEEKDAY_DIRECTIONS = {
    "lalu": "before",
    "kemarin": "before",
    "mendatang": "future",
    "depan": "future",
    "nanti": "future",
    "ini": "this",
    "pekan depan": "next-week",
    "minggu depan": "next-week",
    "pekan mendatang": "next-week",
    "minggu mendatang": "next-week",
    "pekan lalu": "last-week",
    "minggu lalu": "last-week",
    "pekan ini": "this",
    "minggu ini": "this",
}
_ASIDE = frozenset(
    {"setelah", "sesudah", "sebelum", "sejak", "dibanding", "dibandingkan", "seperti", "dari"}
)
"""Words before "kemarin" / "hari ini" that make it an aside, not the day the story is on."""
_FORMERLY = frozenset({"sejak", "dari", "zaman", "jaman", "masa", "seperti", "sedari"})
"""Words before "dulu" / "dahulu" that make it "formerly", not "first"."""
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_GRANULARITY = {"S": "time", "H": "time", "D": "day", "W": "week", "M": "month", "Y": "year"}


def _words(text: str | None) -> str:
    """Lowercase with single spaces."""
    return " ".join((text or "").lower().split())


def relative_day(m: re.Match[str], ctx: Context) -> Found | None:
    """hari ini · kemarin sore · besok · lusa · tadi pagi · malam ini · hari itu."""
    word = _words(m["word"] or m["word2"] or m["word3"] or m["word4"])
    part = m["part"] or m["part2"] or m["part3"] or m["part4"]
    if m["part4"]:
        whole = m["part4"].lower().startswith(("dini", "tengah"))  # "dini hari", "tengah hari"
        part = " ".join(m["part4"].split() + (["hari"] if whole else []))
    part = part or ("malam" if "malam" in word else None)
    if word in ("hari itu", "malam itu", "hari", "harinya", "hari yang sama"):
        day = ctx.last_day or (ctx.anchor if m["part4"] else None)  # "malam hari": tonight
        return day_found(m, day, part=part, confidence=0.6, evidence="the day named before")
    if word.startswith("keesokan"):
        base = ctx.last_day or ctx.anchor
        after = base + dt.timedelta(days=1) if base else None
        return day_found(
            m, after, part=part, confidence=0.6, evidence="the day after the one named"
        )
    day = ctx.anchor + dt.timedelta(days=_DAY_WORDS[word]) if ctx.anchor else None
    found = day_found(m, day, part=part, confidence=0.9, evidence=f"'{word}' from the anchor")
    if previous_word(ctx.text, m.start()).lower() in _ASIDE:
        return dataclasses.replace(found, focus=False)  # "setelah kemarin turun": an aside
    return found


def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """Kamis · pada hari Kamis · Kamis lalu · Kamis mendatang · Selasa sore · Senin pekan depan."""
    name = m["wd"]
    if name[0] == "m" and not m["hari"]:
        return None  # "minggu" in lower case is a week
    if previous_word(ctx.text, m.start()).lower() in ("pasar", "jl", "jl.", "jalan", "kliwon"):
        return None  # a place: Pasar Minggu
    if name.lower().startswith("jum") and previous_word(ctx.text, m.start()).lower() in (
        "salat",
        "shalat",
        "sholat",
        "solat",
    ):
        return None
    direction = _WEEKDAY_DIRECTIONS.get(_words(m["dir"]), "")
    number = weekday_of(name)
    named = _named_weekday(ctx, number) if not direction else None
    if named is not None:
        evidence = f"weekday {name}: the {named.isoformat()} named before"
        return day_found(m, named, part=m["part"], confidence=0.8, evidence=evidence)
    if not direction:
        direction = "onward" if announced(ctx.text, m.start()) else "past"
    day = weekday_near(ctx.anchor, number, direction) if ctx.anchor and number is not None else None
    evidence = f"weekday {name} ({direction}) from the anchor"
    return day_found(m, day, part=m["part"], confidence=0.8, evidence=evidence)


def _named_weekday(ctx: Context, number: int | None) -> dt.date | None:
    """The day of this weekday the text named before, within a week of the anchor.

    "Kamis" after "Kamis (27/11/2014)" is that Thursday, whether it was
    reported as past or upcoming.
    """
    if ctx.anchor is None or number is None:
        return None
    for day in reversed(ctx.days):
        if day.weekday() == number and abs((day - ctx.anchor).days) <= 6:
            return day
    return None


def period(m: re.Match[str], ctx: Context) -> Found | None:
    """pekan lalu · minggu depan · bulan ini · tahun lalu · akhir pekan ini · awal tahun depan."""
    unit_text = _words(m["unit"])
    if m["unit"].startswith("Minggu") and not sentence_initial(ctx.text, m.start()):
        return None  # "pada Minggu lalu" is a Sunday
    if unit_text == "hari" and _words(m["dir"]) not in ("ini", "kemarin"):
        return None
    step = _STEPS.get(_words(m["dir"]) if m["dir"] else "ini", 0)
    lead = _words(m["lead"])
    return _period_value(m, ctx, unit_text, step, lead)


def period_bare(m: re.Match[str], ctx: Context) -> Found | None:
    """awal bulan · akhir tahun · akhir pekan: the anchor's own period."""
    return _period_value(m, ctx, _words(m["unit"]), 0, _words(m["lead"]))


def _period_value(m: re.Match[str], ctx: Context, unit_text: str, step: int, lead: str) -> Found:
    """Resolve ``step`` periods of ``unit_text`` from the anchor."""
    weekend = unit_text == "akhir pekan" or (lead == "akhir" and unit_text in ("pekan", "minggu"))
    unit = {"hari": "D", "pekan": "W", "minggu": "W", "bulan": "M", "tahun": "Y"}.get(
        unit_text, "W"
    )
    if ctx.anchor is None:
        return period_found(m, None, "week" if weekend else _GRANULARITY[unit])
    value, granularity = shift(ctx.anchor, step, unit)
    if weekend:
        value = iso_week(ctx.anchor + dt.timedelta(weeks=step)) + "-WE"
    evidence = f"{_words(m.group(0))} from the anchor"
    if unit == "D":
        return day_found(m, dt.date.fromisoformat(value), confidence=0.9, evidence=evidence)
    return period_found(m, value, granularity, confidence=0.9, evidence=evidence)


def season(m: re.Match[str], ctx: Context) -> Found | None:
    """musim semi 2023 → 2023-SP · musim dingin · musim semi mendatang.

    Not "Olimpiade Musim Dingin", an event's name.
    """
    if previous_word(ctx.text, m.start()).lower() in ("olimpiade", "paralimpiade", "olympic"):
        return None
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return period_found(m, f"{m['year']}-{code}", "season", evidence="printed season")
    if ctx.anchor is None:
        return period_found(m, None, "season")
    direction = _words(m["dir"] or m["ydir"])
    year = _season_year(ctx.anchor, code, direction)
    return period_found(
        m,
        f"{year}-{code}",
        "season",
        confidence=0.8,
        evidence=f"season from anchor {ctx.anchor.isoformat()}",
    )


def _season_year(anchor: dt.date, code: str, direction: str) -> int:
    """Year of the season nearest the anchor in the given direction."""
    starts = [
        (y, make_date(y, _SEASON_START[code], 1)) for y in range(anchor.year - 2, anchor.year + 2)
    ]
    dated = [(y, d) for y, d in starts if d is not None]
    if direction in ("depan", "mendatang", "nanti"):
        return min(y for y, d in dated if d > anchor)
    if direction == "lalu":
        return max(y for y, d in dated if d + dt.timedelta(days=90) <= anchor)
    return max(y for y, d in dated if d <= anchor + dt.timedelta(days=45))


def _amount(m: re.Match[str]) -> float | None:
    """The number of units (None for "beberapa" and other vague amounts)."""
    if m["se"]:
        return 1.0
    return parse_number(m["n"])


def _unit(m: re.Match[str]) -> tuple[str, float]:
    """ISO letter of the unit and its multiplier (a windu is eight years)."""
    word = m["unit"].lower()
    letter, factor = UNIT_FACTOR.get(word, (UNITS[word], 1))
    return letter, float(factor)


MAX_YEARS_AWAY = 200
"""Farther than this from the anchor, "N tahun lalu" / "N abad lalu" names no calendar year."""

_YEARS_PER = {"M": 1 / 12, "Y": 1.0, "DE": 10.0, "CE": 100.0}


def ago(m: re.Match[str], ctx: Context) -> Found | None:
    """dua hari lalu · tiga tahun lalu · lebih dari dua tahun lalu (open) · dua pekan lagi."""
    amount = _amount(m)
    letter, factor = _unit(m)
    word = m["unit"].lower()
    backward = _words(m["dir"]) in ("lalu", "yang lalu", "silam", "sebelumnya")
    if letter in ("H", "S") or word == "menit" or amount is None or ctx.anchor is None:
        vague = "PAST_REF" if backward else "FUTURE_REF"
        granularity = "day" if word in CLOCK_UNITS else _GRANULARITY.get(letter, "year")
        return period_found(m, None, granularity, timex_value=vague, evidence="vague or no anchor")
    count = round(amount * factor) * (-1 if backward else 1)
    if abs(count) * _YEARS_PER.get(letter, 0.0) > MAX_YEARS_AWAY:
        # "6.000 tahun yang lalu" is prehistory, not the year -3983: no calendar value
        vague = "PAST_REF" if backward else "FUTURE_REF"
        return period_found(
            m, None, "year", timex_value=vague, evidence="too far from the anchor for a year"
        )
    value, granularity = shift(ctx.anchor, count, letter)
    year = _year_before(ctx.text, m.start()) if letter == "Y" else None
    if year is not None and _words(m["dir"]) in ("sebelumnya", "kemudian"):
        # "setahun sebelumnya" after "Pada 2012": the year before the year named
        evidence = f"{_words(m.group(0))} from the year {year} named before"
        return period_found(m, str(year + count), "year", confidence=0.8, evidence=evidence)
    hedge = _words(m["hedge"])
    evidence = f"{_words(m.group(0))} from anchor {ctx.anchor.isoformat()}"
    if hedge in ("lebih dari", "lebih") and backward:
        edge = shift_day(ctx.anchor, count, letter).isoformat()
        return period_found(
            m, f"../{edge}", "range", confidence=0.8, evidence=evidence, timex_value=value
        )
    if hedge == "kurang dari" and backward:
        edge = shift_day(ctx.anchor, count, letter).isoformat()
        return period_found(
            m,
            f"{edge}/{ctx.anchor.isoformat()}",
            "range",
            confidence=0.8,
            evidence=evidence,
            timex_value=value,
        )
    if granularity == "day":
        day = day_found(m, dt.date.fromisoformat(value), confidence=0.85, evidence=evidence)
        return dataclasses.replace(day, focus=False)
    return period_found(m, value, granularity, confidence=0.85, evidence=evidence)


_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]\d)")


def _year_before(text: str, start: int) -> int | None:
    """The last four-digit year printed in the 300 characters before ``start``."""
    years = _YEAR_BEFORE.findall(text, max(0, start - 300), start)
    return int(years[-1]) if years else None


_NUMBER_WORDS = frozenset({"nomor", "nomer", "no"})


def duration(m: re.Match[str], ctx: Context) -> Found | None:
    """10 tahun → P10Y · selama empat jam → PT4H · beberapa hari → PXD; a length, never a date."""
    word = m["unit"].lower()
    if m["se"] and word in ("jam", "menit", "detik", "abad"):
        return None  # "sejam" is rare; "seabad" fine but "sedetik" often idiom
    if previous_word(ctx.text, m.start()).lower().rstrip(".") in _NUMBER_WORDS:
        return None  # "UU Nomor 8 Tahun 1981": a law's number and year, not eight years
    amount = _amount(m)
    letter, factor = _unit(m)
    prefix = "PT" if word in CLOCK_UNITS else "P"
    if amount is None:
        number = "X"
    else:
        total = amount * factor
        number = str(int(total)) if total.is_integer() else f"{total:g}"
    value = f"{prefix}{number}{letter}"
    granularity = "time" if word in CLOCK_UNITS else _GRANULARITY.get(letter, "year")
    return period_found(m, value, granularity, kind="duration", evidence="a length of time")


def plural_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """berhari-hari → PXD · berbulan-bulan → PXM · berjam-jam → PTXH: an unstated length."""
    word = m["unit"].split("-")[0].lower()
    letter = UNITS[word]
    prefix = "PT" if word in CLOCK_UNITS else "P"
    granularity = "time" if word in CLOCK_UNITS else _GRANULARITY.get(letter, "year")
    value = f"{prefix}X{letter}"
    return period_found(
        m, value, granularity, kind="duration", evidence="a length of several units"
    )


def every(m: re.Match[str], ctx: Context) -> Found | None:
    """setiap hari → P1D · tiap Senin → XXXX-WXX-1 · per bulan → P1M."""
    if m["wd"]:
        number = weekday_of(m["wd"])
        if number is None or (m["wd"][0] == "m" and previous_word(ctx.text, m.start()) != "hari"):
            return None
        value = f"XXXX-WXX-{number + 1}"
        return period_found(m, value, "day", kind="set", evidence="every weekday")
    word = m["unit"].lower()
    amount = parse_number(m["n"]) if m["n"] else 1.0
    if amount is None or not amount.is_integer():
        return None
    prefix = "PT" if word in CLOCK_UNITS else "P"
    value = f"{prefix}{int(amount)}{UNITS[word]}"
    granularity = _GRANULARITY.get(UNITS[word], "time")
    return period_found(m, value, granularity, kind="set", evidence="every period")


_BEFORE_PREVIOUSLY = frozenset(
    {
        "padahal",
        "namun",
        "tetapi",
        "tapi",
        "sedangkan",
        "diberitakan",
        "disebutkan",
        "dikabarkan",
        "dilaporkan",
        "diketahui",
    }
)
"""Words after which "sebelumnya" is the adverb "previously" ("Padahal sebelumnya, …")."""


_VERB_NEXT = re.compile(r"\s+(?:ter|di|ber|me)[a-z]{3,}\b")
"""A lowercase verb next: "sebelum itu tercapai" joins a clause, it names no time."""


def _previously(text: str, start: int, end: int) -> bool:
    """True when "sebelumnya" is "previously", not "the earlier" ("prediksi sebelumnya")."""
    if sentence_initial(text, start):
        return True
    word = previous_word(text, start).lower()
    return word in _BEFORE_PREVIOUSLY or (word.endswith(",") and text[end : end + 1] == ",")


def reference(m: re.Match[str], ctx: Context) -> Found | None:
    """saat ini, sekarang, kini → the anchor day (PRESENT_REF); baru-baru ini, saat itu → PAST_REF.

    "Sebelumnya" is "previously" only opening a sentence ("prediksi sebelumnya"
    is "the earlier forecast"); "dulu" is "formerly" only after "sejak", "dari",
    "zaman", "masa", "seperti" ("lihat dulu" is "first have a look").
    """
    words = _words(m["ref"])
    if words == "sebelumnya" and not _previously(ctx.text, m.start(), m.end()):
        return None
    if words == "sebelum itu" and _VERB_NEXT.match(ctx.text, m.end()):
        return None  # "sebelum itu tercapai": "before that is reached", a clause
    if words in ("dulu", "dahulu") and previous_word(ctx.text, m.start()).lower() not in _FORMERLY:
        return None
    ref = REFERENCE_WORDS[words]
    if ref == "PXX":
        return period_found(m, "PXX", "unknown", kind="duration", evidence="an unstated length")
    if ref == "PRESENT_REF" and ctx.anchor is not None:
        found = day_found(m, ctx.anchor, confidence=0.5, evidence="the present (anchor day)")
    else:
        found = period_found(m, None, "unknown", evidence=f"vague reference ({ref})")
    return Found(
        start=found.start,
        end=found.end,
        value=found.value,
        granularity=found.granularity,
        kind="date",
        timex_type="DATE",
        timex_value=ref,
        confidence=found.confidence,
        evidence=found.evidence,
    )
