"""Indonesian calendar vocabulary: months, weekdays, seasons and time zones.

Keys are lowercase; look words up with ``word.lower().rstrip(".")``.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "nopember": 11,
    "november": 11,
    "desember": 12,
}
"""Full Indonesian month names, with the older spellings still printed."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "mei": 5,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "agus": 8,
    "ags": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nop": 11,
    "nov": 11,
    "des": 12,
}
"""Abbreviated month names as Indonesian sites print them ("Okt 18, 2023")."""

ENGLISH_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "aug": 8,
    "oct": 10,
    "dec": 12,
}
"""English month names that differ from the Indonesian ones (bilingual sites)."""

WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
"""Weekday names, Monday = 0 as in :meth:`datetime.date.weekday`."""

SEASONS: dict[str, str] = {
    "semi": "SP",
    "panas": "SU",
    "gugur": "FA",
    "dingin": "WI",
    "hujan": "WI",
    "penghujan": "WI",
    "kemarau": "SU",
}
"""``musim <name>`` to the TimeML season code.

Indonesia's rainy season (musim hujan / penghujan, about November to March)
is written as winter and its dry season (kemarau) as summer, the nearest
TimeML codes.
"""

TIMEZONES: dict[str, str] = {
    "wib": "+07:00",
    "wita": "+08:00",
    "wit": "+09:00",
    "asia/jakarta": "+07:00",
    "asia/pontianak": "+07:00",
    "asia/makassar": "+08:00",
    "asia/jayapura": "+09:00",
    "utc": "+00:00",
    "gmt": "+00:00",
}
"""Indonesian time-zone names and the IANA zones sites print, to UTC offsets."""


def month_number(word: str) -> int | None:
    """Return the month number of an Indonesian (or English) month word, if it is one."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key) or ENGLISH_MONTHS.get(key)
