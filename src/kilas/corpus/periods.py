"""Calendar periods of ISO values, for comparing dates of different granularity.

"2023-10-17" is one day, "2022-02" a month, "2024" a year, "2023-10-17/2023-10-18"
a range, "2023-SP" a season; each becomes the first and last day it covers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day an ISO value covers; None when it names no period."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = period(first), period(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    return _single(value)


def _single(value: str) -> tuple[dt.date, dt.date] | None:
    """The period of a value without a range."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", value):
        day = _date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        return (day, day) if day else None
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:7])
        if not 1 <= month <= 12:
            return None
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if (m := _QUARTER.fullmatch(value)) is not None:
        year, last = int(m.group(1)), 3 * int(m.group(2))
        return dt.date(year, last - 2, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    if re.fullmatch(r"\d{4}-(SP|SU|FA|AU|WI)", value):
        year, (first, last) = int(value[:4]), _SEASONS[value[5:]]
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        return dt.date(year, first, 1), end
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def gap_days(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Return the days between two periods (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def length_days(p: tuple[dt.date, dt.date]) -> int:
    """Return how many days a period covers."""
    return (p[1] - p[0]).days + 1
