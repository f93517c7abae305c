"""Indonesian words for time arithmetic: numbers, units, parts of day, direction words.

Keys are lowercase. :func:`parse_number` reads digits ("3", "3,5", "7.000")
and number words ("dua", "sebelas", "dua puluh lima", "setahun" via ``se``).
"""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
"""Indonesian number words below ten, and the ``se-`` forms that stand alone."""

VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"beberapa", "sejumlah", "berapa", "puluhan", "ratusan", "belasan", "banyak"}
)
"""Quantifiers that make a duration of unknown length ("beberapa hari" is PXD)."""

NUMBER_WORD_PATTERN = (
    r"(?:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:puluh|belas|ratus)"
    r"(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?"
    r"|se(?:puluh|belas|ratus)(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?"
    r"|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sebelas|seribu)"
)
"""A regular expression matching one written-out Indonesian number up to 999."""

UNITS: dict[str, str] = {
    "detik": "S",
    "menit": "M",
    "jam": "H",
    "hari": "D",
    "malam": "D",
    "pekan": "W",
    "minggu": "W",
    "bulan": "M",
    "tahun": "Y",
    "windu": "Y",
    "dekade": "DE",
    "dasawarsa": "DE",
    "abad": "CE",
}
"""Time units to their ISO 8601 duration letter (``DE`` decade, ``CE`` century as TimeML)."""

CLOCK_UNITS: frozenset[str] = frozenset({"detik", "menit", "jam"})
"""Units written after ``T`` in an ISO 8601 duration."""

UNIT_FACTOR: dict[str, tuple[str, int]] = {"windu": ("Y", 8)}
"""Units that are a multiple of another (a windu is eight years)."""

PARTS_OF_DAY: dict[str, str] = {
    "pagi": "MO",
    "siang": "AF",
    "sore": "AF",
    "petang": "EV",
    "malam": "NI",
    "dini hari": "MO",  # the small hours: "early morning", as IndoTimex's grammar reads it
    "tengah hari": "12:00",  # noon, a clock time in IndoTimex's grammar
}
"""Parts of the day to their TimeML code (morning, afternoon, evening, night)."""

PART_OF_DAY_HOURS: dict[str, int] = {"pagi": 0, "siang": 12, "sore": 12, "petang": 12, "malam": 12}
"""Hours added to a clock time followed by a part of day ("pukul 8 malam" is 20:00)."""

PAST_WORDS: frozenset[str] = frozenset({"lalu", "yang lalu", "silam", "sebelumnya", "kemarin"})
"""Words after an amount or a period that point back from the anchor."""

FUTURE_WORDS: frozenset[str] = frozenset(
    {"depan", "mendatang", "lagi", "ke depan", "kemudian", "nanti", "yang akan datang"}
)
"""Words after an amount or a period that point forward from the anchor."""

REFERENCE_WORDS: dict[str, str] = {
    "saat ini": "PRESENT_REF",
    "sekarang": "PRESENT_REF",
    "sekarang ini": "PRESENT_REF",
    "kini": "PRESENT_REF",
    "dewasa ini": "PRESENT_REF",
    "masa kini": "PRESENT_REF",
    "baru-baru ini": "PAST_REF",
    "beberapa waktu lalu": "PAST_REF",
    "beberapa waktu yang lalu": "PAST_REF",
    "beberapa saat lalu": "PAST_REF",
    "beberapa saat yang lalu": "PAST_REF",
    "belakangan ini": "PAST_REF",
    "akhir-akhir ini": "PAST_REF",
    "dulu": "PAST_REF",
    "dahulu": "PAST_REF",
    "masa lalu": "PAST_REF",
    "masa silam": "PAST_REF",
    "sebelumnya": "PAST_REF",
    "sebelum itu": "PAST_REF",
    "saat itu": "PAST_REF",
    "waktu itu": "PAST_REF",
    "ketika itu": "PAST_REF",
    "kala itu": "PAST_REF",
    "beberapa waktu": "PXX",
    "beberapa saat": "PXX",
    "sementara waktu": "PXX",
    "sesaat": "PXX",
    "sejenak": "PXX",
    "sebentar": "PXX",
    "sementara ini": "PRESENT_REF",
    "masa sebelumnya": "PAST_REF",
    "nantinya": "FUTURE_REF",
    "sebentar lagi": "FUTURE_REF",
    "selama ini": "PAST_REF",
    "masa depan": "FUTURE_REF",
    "masa mendatang": "FUTURE_REF",
    "waktu mendatang": "FUTURE_REF",
    "ke depan": "FUTURE_REF",
    "nanti": "FUTURE_REF",
    "dalam waktu dekat": "FUTURE_REF",
}
"""Vague references to the present, past or future (TimeML placeholders)."""

_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+(?:,\d+)?$")


def parse_number(words: str) -> float | None:
    """Return the number written as digits or Indonesian words, or None if it is not one.

    "3" → 3, "3,5" → 3.5, "7.000" → 7000, "dua puluh lima" → 25, "sebelas" → 11.
    """
    text = " ".join(words.lower().split())
    if _DIGITS.match(text):
        return float(text.replace(".", "").replace(",", "."))
    total = 0
    current = 0
    for word in text.split():
        if word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            if value >= 100:
                total += value
            else:
                current += value
        elif word in ("puluh", "ratus") and current:
            current *= 10 if word == "puluh" else 100
        elif word == "belas" and current:
            current += 10
        elif word.startswith("se") and word[2:] in ("puluh", "belas", "ratus"):
            current += {"puluh": 10, "belas": 11, "ratus": 100}[word[2:]]
        else:
            return None
        if word in ("puluh", "ratus"):
            total += current
            current = 0
    return float(total + current) if text else None
