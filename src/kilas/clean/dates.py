"""Printed publication dates: "Okt 18, 2023 12:12 Asia/Jakarta", "30 Desember 2022 17:54 WIB".

A *date line* is a header line that holds a printed date (with an optional time
and time zone) and nothing else but a weekday, separators and words such as
"Diterbitkan" or "Diperbarui".
"""

from __future__ import annotations

import datetime
import re

from kilas.lang.id.calendar import (
    ENGLISH_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    TIMEZONES,
    WEEKDAYS,
    month_number,
)
from kilas.model import PrintedDate


def _alternation(words: list[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_MONTH = _alternation([*MONTHS, *MONTH_ABBREVIATIONS, *ENGLISH_MONTHS])
_ZONE = _alternation(list(TIMEZONES))
_DAY_FORMS = (
    rf"(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?\s+(?P<y>\d{{4}})",
    rf"(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})",
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
)
_TIME = (
    r"(?:[\s,|•·–-]*(?:pukul|jam|at)?\s*(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:[:.](?P<ss>\d{2}))?"
    rf"(?:\s*(?P<tz>{_ZONE})\b)?)?"
)
_DATES = tuple(re.compile(rf"\b{form}\b{_TIME}", re.IGNORECASE) for form in _DAY_FORMS)
_FILLER = frozenset(
    {
        *WEEKDAYS,
        "diterbitkan",
        "dipublikasikan",
        "diperbarui",
        "diperbaharui",
        "diunggah",
        "terbit",
        "update",
        "updated",
        "published",
        "posted",
        "pada",
        "on",
        "pukul",
        "jam",
    }
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_YEAR = re.compile(r"\d{4}")


def find_date(text: str) -> tuple[PrintedDate, int, int] | None:
    """Return the first valid printed date in ``text`` with its offsets, or None."""
    if _YEAR.search(text) is None:  # every form has a four-digit year: skip the four patterns
        return None
    for pattern in _DATES:
        for match in pattern.finditer(text):
            printed = _printed(match)
            if printed is not None:
                return printed, match.start(), match.end()
    return None


def parse_date_line(line: str) -> PrintedDate | None:
    """Return the printed date when ``line`` is a date line, else None.

    >>> parse_date_line("30 Desember 2022 17:54 WIB").value
    '2022-12-30T17:54:00+07:00'
    """
    found = find_date(line)
    if found is None:
        return None
    printed, start, end = found
    rest = line[:start] + " " + line[end:]
    if any(word.lower() not in _FILLER for word in _WORD.findall(rest)):
        return None
    return printed


def _printed(match: re.Match[str]) -> PrintedDate | None:
    """Build the PrintedDate of a match, or None when the day does not exist."""
    groups = match.groupdict()
    month = month_number(groups["mon"]) if groups.get("mon") else int(groups["m"])
    if month is None:
        return None
    try:
        day = datetime.date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None
    if groups["hh"] is None:
        return PrintedDate(value=day.isoformat(), text=match.group(0).strip())
    hour, minute, second = int(groups["hh"]), int(groups["mm"]), int(groups["ss"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return PrintedDate(value=day.isoformat(), text=match.group(0).strip())
    zone = groups["tz"]
    offset = TIMEZONES[zone.lower()] if zone else ""
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{offset}"
    return PrintedDate(value=value, text=match.group(0).strip(), timezone=zone)
