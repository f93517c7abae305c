"""The working record of the time scanner and the helpers every rule shares.

A :class:`Found` carries both the product's value (``2024-05-14``, day) and
the TimeML value a TIMEX3 annotator would write for the same words
(``2024-05-14TAF`` for "Selasa sore", ``PRESENT_REF`` for "saat ini"), so the
benchmark and the product read the same scan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kilas.lang.id.calendar import TIMEZONES, WEEKDAYS, month_number
from kilas.lang.id.time_words import PARTS_OF_DAY


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """One recognised expression, resolved (or not) against the anchor."""

    start: int
    end: int
    value: str | None
    granularity: str
    kind: str  # date, time, duration, set
    timex_type: str  # DATE, TIME, DURATION, SET
    timex_value: str | None
    confidence: float = 1.0
    evidence: str = ""
    day: dt.date | None = None  # the calendar day named, for "hari itu" and clock times
    focus: bool = True  # a named day that later clock times and "hari itu" refer to
    timex_parts: tuple[tuple[int, int, str], ...] = ()  # TIMEX3s it splits into (start, end, value)


@dataclasses.dataclass(slots=True, kw_only=True)
class Context:
    """What a rule may consult: the text, the anchor, and the days named before.

    ``last_day`` is the story's day in focus (a day named, not a statement's
    date nor an aside "setelah kemarin"); ``near_day`` is the last day named at all, which
    a clock time right after it ("Rabu (31/12) sekitar pukul 09.00") belongs to;
    ``days`` are all the days named so far, in order.
    """

    text: str
    anchor: dt.date | None
    years: tuple[int, ...] = ()
    last_day: dt.date | None = None
    last_end: int = -1
    near_day: dt.date | None = None
    near_end: int = -1
    days: list[dt.date] = dataclasses.field(default_factory=list)


_SENTENCE_END = re.compile(r"[.!?\n]\s")
_FUTURE_CUE = re.compile(
    r"\b(?:akan|bakal|dijadwalkan|direncanakan|rencananya|ditargetkan|diperkirakan|diprediksi|"
    r"pengiriman|pengantaran|kontrak)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.!?;,\n]")


def announced(text: str, start: int) -> bool:
    """True when the clause before ``start`` announces something upcoming ("akan")."""
    clause = _CLAUSE_BREAK.split(text[max(0, start - 60) : start])[-1]
    return _FUTURE_CUE.search(clause) is not None


def weekday_of(word: str | None) -> int | None:
    """Monday-zero weekday of an Indonesian weekday name, or None."""
    if not word:
        return None
    return WEEKDAYS.get(word.lower().replace("’", "'").replace("jum'at", "jumat"))


def month_of(word: str) -> int:
    """Month number of a month word the patterns already accepted."""
    number = month_number(word)
    if number is None:  # the patterns are built from the same tables
        raise ValueError(f"not a month: {word!r}")
    return number


def offset_of(zone: str | None) -> str:
    """UTC offset of a printed time zone ("WIB" → "+07:00"), empty when none or local."""
    if not zone:
        return ""
    return TIMEZONES.get(zone.lower(), "")


def part_code(part: str | None) -> str:
    """TimeML part-of-day code of "pagi", "sore", … (empty when none)."""
    if not part:
        return ""
    return PARTS_OF_DAY.get(" ".join(part.lower().split()), "")


def previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (empty at the start of the text)."""
    head = text[max(0, start - 40) : start].rstrip()
    match = re.search(r"([\w'’./-]+)$", head)
    return match.group(1) if match else ""


def sentence_initial(text: str, start: int) -> bool:
    """True when only space separates ``start`` from the text start or a sentence end."""
    head = text[max(0, start - 5) : start].rstrip(" \t")
    return not head or head[-1] in ".!?\n\"“”'(" or start <= 2


def same_clause(text: str, start: int, end: int) -> bool:
    """True when no sentence end lies between two offsets."""
    return _SENTENCE_END.search(text, start, end) is None


def clock_stamp(hour: int, minute: str | None, part: str | None) -> str | None:
    """``T06:18`` (``T06`` when no minutes were printed), the hour moved by a part of day."""
    word = " ".join((part or "").lower().split())
    if (word in ("sore", "petang", "malam") and hour < 12) or (word == "siang" and hour < 6):
        hour += 12
    if hour > 24 or (hour == 24 and minute and int(minute)):
        return None
    return f"T{hour % 24:02d}" + (f":{minute}" if minute else "")


def day_found(
    m: re.Match[str],
    day: dt.date | None,
    *,
    granularity: str = "day",
    part: str | None = None,
    confidence: float = 1.0,
    evidence: str = "",
    span: tuple[int, int] | None = None,
) -> Found:
    """A day (or a part of one, or a clock time on it, when the match has a ``ch`` clock tail).

    The product keeps the day; TimeML adds the part-of-day code (``TAF``).
    """
    start, end = span or m.span()
    groups = m.groupdict()
    if groups.get("ch"):
        stamp = clock_stamp(int(groups["ch"]), groups.get("cm"), groups.get("cpart") or part)
        if stamp is not None:
            date = day.isoformat() if day else None
            return Found(
                start=start,
                end=m.end(),
                value=date + stamp + offset_of(groups.get("czone")) if date else None,
                granularity="time",
                kind="time",
                timex_type="TIME",
                timex_value=(date or "XXXX-XX-XX") + stamp,
                confidence=confidence if day else 0.0,
                evidence=evidence + "; clock time",
                day=day,
            )
    code = part_code(part)
    value = day.isoformat() if day else None
    timex = (value or "XXXX-XX-XX") + ("T" + code if code else "")
    return Found(
        start=start,
        end=end,
        value=value,
        granularity=granularity,
        kind="date",
        timex_type="TIME" if code else "DATE",
        timex_value=timex,
        confidence=confidence if day else 0.0,
        evidence=evidence,
        day=day,
    )


def period_found(
    m: re.Match[str],
    value: str | None,
    granularity: str,
    *,
    confidence: float = 1.0,
    evidence: str = "",
    timex_value: str | None = None,
    kind: str = "date",
) -> Found:
    """A month, week, season, year or range; the TimeML value defaults to the same."""
    return Found(
        start=m.start(),
        end=m.end(),
        value=value,
        granularity=granularity,
        kind=kind,
        timex_type={"date": "DATE", "duration": "DURATION", "set": "SET"}.get(kind, "DATE"),
        timex_value=timex_value if timex_value is not None else value,
        confidence=confidence if value else 0.0,
        evidence=evidence,
    )
