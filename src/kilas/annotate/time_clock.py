"""Clock times ("pukul 06.18 WIB") and the day each one is on.

A clock time rarely prints its day. News names the day once ("Minggu
(28/12/2014)") and then gives times; a TimeML annotator puts those times on
that day. The day of a clock time is, in order:

1. a day printed right after it ("pukul 07.55 WIB, Jumat (5/12/2014)",
   "pukul 10.00 kemarin");
2. a day printed right before it, whatever the clause ("kata Ali, Rabu
   (31/12/2014) sekitar pukul 09.00");
3. the story's day in focus (the last calendar date named, see
   :class:`~kilas.annotate.time_found.Context`);
4. with no day named yet, the first date later in the same paragraph
   ("hilang kontak pukul 06.17 WIB ... pada Minggu (28/12/2014)");
5. the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from kilas.annotate import time_absolute as absolute
from kilas.annotate import time_patterns as p
from kilas.annotate import time_relative as relative
from kilas.annotate.time_found import Context, Found, clock_stamp, offset_of

_Handler = Callable[[re.Match[str], Context], Found | None]

_JUST_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:sekitar|pada|mulai|hingga|sampai|sejak|antara|dari|kira-kira)\s+)*",
    re.IGNORECASE,
)
_JUST_AFTER = re.compile(r"\s*,?\s*(?:(?:pada|hari)\s+)*", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n\s*\n")


def _compiled(pattern: str) -> re.Pattern[str]:
    """A rule pattern compiled to match at a word start."""
    return re.compile(r"(?<![\w'’\-])(?:" + pattern + ")", re.IGNORECASE)


_DATES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_compiled(p.FULL_DATE_RE), absolute.full_date),
    (_compiled(p.NUMERIC_DATE_RE), absolute.numeric_date),
    (_compiled(p.WEEKDAY_RE), relative.weekday),
)
_ADJACENT: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    *_DATES,
    (_compiled(p.RELATIVE_DAY_RE), relative.relative_day),
)


def _day_at(
    patterns: tuple[tuple[re.Pattern[str], _Handler], ...], ctx: Context, at: int
) -> Found | None:
    """The day expression starting exactly at ``at``, if one does."""
    for pattern, handler in patterns:
        hit = pattern.match(ctx.text, at)
        if hit is not None:
            found = handler(hit, ctx)
            if found is not None and found.day is not None:
                return found
    return None


def _day_later_in_paragraph(ctx: Context, start: int) -> Found | None:
    """The first calendar day named after ``start`` in the same paragraph."""
    stop = _PARAGRAPH_END.search(ctx.text, start)
    end = stop.start() if stop else len(ctx.text)
    hits = []
    for pattern, handler in _DATES:
        for hit in pattern.finditer(ctx.text, start, end):
            found = handler(hit, ctx)
            if found is not None and found.day is not None:
                hits.append(found)
                break
    return min(hits, key=lambda f: f.start) if hits else None


def clock_day(m: re.Match[str], ctx: Context) -> tuple[dt.date | None, str]:
    """The day a clock time is on, and why (see the module docstring for the order)."""
    gap = _JUST_AFTER.match(ctx.text, m.end())
    after = _day_at(_ADJACENT, ctx, gap.end() if gap else m.end())
    if after is not None:
        return after.day, "the day printed beside it"
    before = ctx.text[max(ctx.near_end, m.start() - 40) : m.start()]
    if ctx.near_day is not None and ctx.near_end >= 0 and _JUST_BEFORE.fullmatch(before):
        return ctx.near_day, "the day printed beside it"
    if ctx.last_day is not None:
        return ctx.last_day, "the story's day"
    later = _day_later_in_paragraph(ctx, m.end())
    if later is not None:
        return later.day, "the day the paragraph names"
    return ctx.anchor, "the anchor"


def clock(m: re.Match[str], ctx: Context) -> Found | None:
    """pukul 06.18 WIB · pukul 10 pagi · 12:12 WIT, on the day :func:`clock_day` finds."""
    hour = int(m["h"] if m["h"] is not None else m["h2"])
    stamp = clock_stamp(hour, m["m"] or m["m2"], m["part"])
    if stamp is None:
        return None
    day, why = clock_day(m, ctx)
    date = day.isoformat() if day else None
    return Found(
        start=m.start(),
        end=m.end(),
        value=date + stamp + offset_of(m["zone"]) if date else None,
        granularity="time",
        kind="time",
        timex_type="TIME",
        timex_value=(date or "XXXX-XX-XX") + stamp,
        confidence=0.8 if date else 0.0,
        evidence=f"clock time on {date or 'an unknown day'} ({why})",
        day=day,
    )
