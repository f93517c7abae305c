"""Calendar arithmetic for resolving Indonesian time expressions against an anchor day.

Every function is pure and total: an impossible date (31 February) gives None,
never an exception, so a scanner can try candidates freely.
"""

from __future__ import annotations

import datetime as dt

FUTURE_SLACK_DAYS = 45
"""How far after the anchor a date without a year may fall before the previous year is chosen.

News reports mostly look back; an announced event a few weeks ahead is the
exception the slack allows ("24 Februari" read on 30 December is last February,
"5 Januari" is next week).
"""

MONTH_SLACK_DAYS = 15
"""The same slack for a month named without a year, measured from its first day."""


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when it does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """Return ``(year, month)`` of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    """Return the ISO week of a day as ``2024-W20``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def expand_year(two_digits: int, anchor_year: int | None) -> int:
    """Return the four-digit year nearest ``anchor_year`` ending in ``two_digits``."""
    century = (anchor_year or 2000) // 100 * 100
    candidates = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
    return min(candidates, key=lambda y: abs(y - (anchor_year or 2000)))


def pick_year(
    month: int,
    day: int | None,
    anchor: dt.date,
    *,
    direction: str = "",
    weekday: int | None = None,
) -> tuple[int | None, float]:
    """Choose the year of a day or month the text printed without one.

    ``direction`` is ``past`` (on or before the anchor), ``future`` (after it),
    ``onward`` (on or after it, for dates announced as upcoming),
    ``this`` (the anchor's year) or empty: the most recent date not more than
    :data:`FUTURE_SLACK_DAYS` after the anchor. A ``weekday`` keeps only years
    in which the day falls on it.

    Returns:
        The year (None if no candidate exists) and a confidence.
    """
    if direction == "this":
        return anchor.year, 0.9
    candidates: list[tuple[int, dt.date]] = []
    for year in range(anchor.year - 2, anchor.year + 3):
        date = make_date(year, month, day or 1)
        if date is not None:
            candidates.append((year, date))
    if weekday is not None and day is not None:
        matching = [c for c in candidates if c[1].weekday() == weekday]
        if matching and abs(matching[0][0] - anchor.year) <= 1:
            return matching[0][0], 0.95
    chosen = _by_direction(candidates, anchor, direction, day_level=day is not None)
    confidence = 0.6 if weekday is not None else 0.85
    return chosen, confidence


def _by_direction(
    candidates: list[tuple[int, dt.date]], anchor: dt.date, direction: str, *, day_level: bool
) -> int | None:
    """The candidate year that fits the direction, nearest the anchor."""
    if direction == "future":
        after = [y for y, d in candidates if d > anchor]
        return min(after) if after else None
    if direction == "onward":
        after = [y for y, d in candidates if d >= anchor]
        return min(after) if after else None
    slack = FUTURE_SLACK_DAYS if day_level else MONTH_SLACK_DAYS
    limit = anchor if direction == "past" else anchor + dt.timedelta(days=slack)
    before = [y for y, d in candidates if d <= limit]
    return max(before) if before else None


def pin_year_by_weekday(month: int, day: int, weekday: int, years: range) -> list[int]:
    """Return the years in ``years`` in which ``day``/``month`` falls on ``weekday``."""
    out = []
    for year in years:
        date = make_date(year, month, day)
        if date is not None and date.weekday() == weekday:
            out.append(year)
    return out


def weekday_near(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """Return the day with ``weekday`` relative to the anchor.

    ``past``: the most recent on or before the anchor; ``before``: strictly
    before; ``future``: strictly after; ``onward``: on or after; ``this``: in
    the anchor's ISO week; ``next-week`` / ``last-week``: in the week after or
    before the anchor's.
    """
    delta = weekday - anchor.weekday()
    if direction == "this":
        return anchor + dt.timedelta(days=delta)
    if direction == "next-week":
        return anchor + dt.timedelta(days=delta + 7)
    if direction == "last-week":
        return anchor + dt.timedelta(days=delta - 7)
    if direction == "future":
        return anchor + dt.timedelta(days=(delta - 1) % 7 + 1)
    if direction == "onward":
        return anchor + dt.timedelta(days=delta % 7)
    if direction == "before":
        return anchor - dt.timedelta(days=(-delta - 1) % 7 + 1)
    return anchor - dt.timedelta(days=(-delta) % 7)


def shift(anchor: dt.date, amount: int, unit: str) -> tuple[str, str]:
    """Return ``(value, granularity)`` of the period ``amount`` units from the anchor.

    ``unit`` is an ISO duration letter (D, W, M, Y, DE, CE); the value has the
    precision of the unit: two days ago is a day, two months ago a month, two
    years ago a year.
    """
    if unit == "D":
        return (anchor + dt.timedelta(days=amount)).isoformat(), "day"
    if unit == "W":
        return iso_week(anchor + dt.timedelta(weeks=amount)), "week"
    if unit == "M":
        year, month = add_months(anchor, amount)
        return f"{year:04d}-{month:02d}", "month"
    if unit == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}", "year"
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}", "year"
    return f"{anchor.year + amount:04d}", "year"


def shift_day(anchor: dt.date, amount: int, unit: str) -> dt.date:
    """Return the day ``amount`` units from the anchor (months and years keep the day)."""
    if unit == "D":
        return anchor + dt.timedelta(days=amount)
    if unit == "W":
        return anchor + dt.timedelta(weeks=amount)
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}.get(unit, 0) * amount
    year, month = add_months(anchor, months)
    return make_date(year, month, min(anchor.day, 28)) or anchor
