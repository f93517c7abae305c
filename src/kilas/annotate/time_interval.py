"""Resolve time expressions when the article's date is known only as an interval.

An article that prints no date may still be dated by its text to a span of
days ("invasi ... lebih dari dua tahun lalu" after "Februari 2022": published
between 2024-02-01 and 2025-02-28). Its relative expressions are then read
against every day of that interval, each day equally likely: an expression
takes the value most of the days give, and its confidence is that share times
the rule's own confidence. "ditangguhkan pada Maret" (past) reads 2023-03 for
a February 2024 anchor and 2024-03 for the twelve later months, so it becomes
``2024-03`` at a share of 0.92; "Oktober" reads 2023-10 for eight months and
2024-10 for five, ``2023-10`` at 0.62. A weekday ("Selasa sore") falls on a
different day for every week of the interval: no value reaches the minimum
share, and it stays unresolved.

A long interval is read at :data:`SAMPLED_DAYS` evenly spaced days rather than
at each of its days (one scan per day read): the shares are then estimates,
within about 1/``SAMPLED_DAYS`` of the exact ones.

Accuracy contract: only expressions the unanchored scan leaves without a value
change; what the text dates by itself (a printed date) is never touched, nor
is any article dated to a day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict

from kilas.annotate.time_found import Found
from kilas.annotate.time_scan import scan

MAX_INTERVAL_DAYS = 800
"""Longer intervals date nothing (more than two years: no month value can hold a majority)."""

SAMPLED_DAYS = 48
"""Days of the interval an expression is read against: all of them when it is this short."""


def interval_days(earliest: str | None, latest: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an inferred interval, None when it is not one of ISO days."""
    if not earliest or not latest or len(earliest) < 10 or len(latest) < 10:
        return None
    try:
        first, last = dt.date.fromisoformat(earliest[:10]), dt.date.fromisoformat(latest[:10])
    except ValueError:
        return None
    if last < first or (last - first).days >= MAX_INTERVAL_DAYS:
        return None
    return first, last


def scan_over_interval(
    text: str, first: dt.date, last: dt.date, *, min_share: float
) -> list[Found]:
    """Return the expressions of ``text``, the unresolved ones read against an interval's days.

    Args:
        text: any Indonesian text.
        first: the earliest day the text may have been written.
        last: the latest such day (inclusive).
        min_share: the least share of the interval's days that must agree on a
            value for an expression to take it.

    Returns:
        The unanchored scan (:func:`~kilas.annotate.time_scan.scan` with no
        anchor), in which each expression it left without a value carries the
        value most days of the interval give, when their share reaches
        ``min_share``; its confidence is the share times the mean confidence
        the rule gave on those days.
    """
    base = scan(text, None)
    open_spans = {(f.start, f.end) for f in base if f.value is None}
    if not open_spans:
        return base
    votes: dict[tuple[int, int], list[Found]] = defaultdict(list)
    days = reading_days(first, last)
    total = len(days)
    for day in days:
        for found in scan(text, day):
            if (found.start, found.end) in open_spans and found.value is not None:
                votes[(found.start, found.end)].append(found)
    interval = f"{first.isoformat()}/{last.isoformat()}"
    return [
        _majority(f, votes.get((f.start, f.end), []), total, interval, min_share)
        if f.value is None
        else f
        for f in base
    ]


def reading_days(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """Each day from ``first`` to ``last``, or :data:`SAMPLED_DAYS` evenly spaced (ends kept)."""
    span = (last - first).days
    if span < SAMPLED_DAYS:
        return tuple(first + dt.timedelta(days=k) for k in range(span + 1))
    step = span / (SAMPLED_DAYS - 1)
    return tuple(first + dt.timedelta(days=round(k * step)) for k in range(SAMPLED_DAYS))


def _majority(
    found: Found, votes: list[Found], total: int, interval: str, min_share: float
) -> Found:
    """The unresolved hit with the value most of the interval gives, if its share is enough."""
    counts = Counter(v.value for v in votes)
    if not counts:
        return found
    value, count = counts.most_common(1)[0]
    share = count / total
    if share < min_share:
        return found
    agreeing = [v for v in votes if v.value == value]
    rule_confidence = sum(v.confidence for v in agreeing) / len(agreeing)
    return dataclasses.replace(
        agreeing[0],
        confidence=share * rule_confidence,
        evidence=f"over the inferred interval {interval}: {share:.0%} of its days give it",
        day=agreeing[0].day if share == 1.0 else None,
    )
