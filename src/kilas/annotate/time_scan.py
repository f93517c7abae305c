"""One left-to-right pass over a text that finds and resolves every time expression.

All rule patterns are joined into one compiled alternation (built once, at
import). At each hit the rule that matched resolves it; if that rule declines,
the later rules are tried at the same place, so the most specific reading wins
and a declined reading ("Minggu lalu" mid-sentence, a Sunday) falls through to
the next one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from kilas.annotate import time_absolute as absolute
from kilas.annotate import time_patterns as p
from kilas.annotate import time_relative as relative
from kilas.annotate.time_found import Context, Found

Handler = Callable[[re.Match[str], Context], Found | None]


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the function resolving its matches."""

    name: str
    pattern: str
    handler: Handler


RULES: tuple[Rule, ...] = (
    Rule("day_range", p.RANGE_DMY_RE, absolute.day_range),
    Rule("full_date", p.FULL_DATE_RE, absolute.full_date),
    Rule("month_first", p.MONTH_FIRST_RE, absolute.full_date),
    Rule("iso", p.ISO_RE, absolute.full_date),
    Rule("month_range", p.MONTH_RANGE_RE, absolute.month_range),
    Rule("quarter", p.QUARTER_RE, absolute.quarter),
    Rule("year_range", p.YEAR_RANGE_RE, absolute.year_range),
    Rule("decade", p.DECADE_RE, absolute.decade),
    Rule("clock", p.CLOCK_RE, absolute.clock),
    Rule("numeric_date", p.NUMERIC_DATE_RE, absolute.numeric_date),
    Rule("day_month", p.DAY_MONTH_RE, absolute.day_month),
    Rule("month_year", p.MONTH_YEAR_RE, absolute.month_year),
    Rule("season", p.SEASON_RE, relative.season),
    Rule("ago", p.AGO_RE, relative.ago),
    Rule("duration", p.DURATION_RE, relative.duration),
    Rule("relative_day", p.RELATIVE_DAY_RE, relative.relative_day),
    Rule("year", p.YEAR_RE, absolute.year),
    Rule("period", p.PERIOD_RE, relative.period),
    Rule("period_bare", p.PERIOD_BARE_RE, relative.period_bare),
    Rule("month", p.MONTH_RE, absolute.bare_month),
    Rule("weekday", p.WEEKDAY_RE, relative.weekday),
    Rule("set", p.SET_RE, relative.every),
    Rule("reference", p.REFERENCE_RE, relative.reference),
)
"""Rules in priority order: at one place, the first that matches and accepts wins."""

_FLAGS = re.IGNORECASE
_COMPILED = tuple(re.compile(r"(?<![\w'’\-])(?:" + rule.pattern + ")", _FLAGS) for rule in RULES)
_YEARS = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d.,]\d)")


def _renamed(pattern: str, index: int) -> str:
    """The pattern with its group names made unique to rule ``index``."""
    return (
        re.sub(r"\(\?P<(\w+)>", rf"(?P<r{index}_\1>", pattern)
        .replace("(?P=sep)", f"(?P=r{index}_sep)")
        .replace("(?(paren)", f"(?(r{index}_paren)")
    )


_COMBINED = re.compile(
    r"(?<![\w'’\-])(?:"
    + "|".join(f"(?P<r{i}>{_renamed(rule.pattern, i)})" for i, rule in enumerate(RULES))
    + ")",
    _FLAGS,
)


def text_years(text: str) -> tuple[int, ...]:
    """The four-digit years (1950–2099) the text prints, in order."""
    return tuple(int(y) for y in _YEARS.findall(text))


def scan(text: str, anchor: dt.date | None) -> list[Found]:
    """Return every time expression of ``text`` in order, none overlapping."""
    ctx = Context(text=text, anchor=anchor, years=text_years(text))
    out: list[Found] = []
    pos = 0
    while True:
        hit = _COMBINED.search(text, pos)
        if hit is None:
            return out
        index = int((hit.lastgroup or "r0")[1:])
        found, end = _resolve(text, hit.start(), index, ctx)
        if found is None:
            pos = hit.start() + 1
            continue
        out.append(found)
        dated = found.day is not None and found.kind in ("date", "time")
        if dated and not _attribution(text, found.start):
            ctx.last_day, ctx.last_end = found.day, found.end
        pos = max(end, hit.start() + 1)


_SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tambah|terang|papar|imbuh|tegas|sebut)(?:nya)?\b|"
    r"\bme(?:ngatakan|njelaskan|nuturkan|ngungkapkan|nyampaikan|nerangkan|negaskan)\b",
    re.IGNORECASE,
)


def _attribution(text: str, start: int) -> bool:
    """True for the date of a statement ("…, kata Ali, Kamis (28/11)"): when it was said.

    Such a reporting date does not move the story's reference day, which clock
    times later in the text are read against.
    """
    clause = text[max(0, start - 70) : start]
    clause = re.split(r"[.!?\n]\s", clause)[-1]
    return _SPEECH.search(clause) is not None


def _resolve(text: str, start: int, index: int, ctx: Context) -> tuple[Found | None, int]:
    """Resolve with rule ``index``, or the first later rule that matches here and accepts."""
    for i in range(index, len(RULES)):
        match = _COMPILED[i].match(text, start)
        if match is None:
            continue
        found = RULES[i].handler(match, ctx)
        if found is not None:
            return found, match.end()
    return None, start
