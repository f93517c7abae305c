"""Indonesian time expressions: find them, resolve them to calendar values, date an article.

The ``time`` stage fills ``article.times`` with every expression naming a
calendar point or period ("17 Oktober 2023", "Selasa (17/10)", "pekan lalu",
"musim semi 2023", "pukul 06.18 WIB"), and lengths and frequencies as their
own kinds ("selama dua hari" is a duration, never a date).

Accuracy contract: a value never has more precision than the text gave —
"Februari 2022" is ``2022-02``; a date printed without a year takes the year
from the anchor (the article's printed date, else its inferred date), and a
relative expression without an anchor keeps its granularity with value None.
An article its text dates only to an interval of days (no day of its own)
has its relative expressions read against every day of the interval (see
:mod:`kilas.annotate.time_interval`): a value most of the interval agrees on,
with that share in the confidence. Every value records its anchor (a day, or
an interval ``first/last``) and evidence. On IndoTimex (BENCHMARKS.md) the
value F1 is pinned as a floor by ``tests/annotate/test_time_quality.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from kilas.annotate.time_found import Found
from kilas.annotate.time_infer import infer_published
from kilas.annotate.time_interval import interval_days, scan_over_interval
from kilas.annotate.time_scan import scan
from kilas.annotate.time_sentences import SentenceDate, date_sentences
from kilas.model import Article, Span, TimeExpr
from kilas.pipeline import stage

__all__ = [
    "SentenceDate",
    "TimeSettings",
    "Timex3",
    "date_sentences",
    "find_time_expressions",
    "find_times",
    "find_timex3",
    "infer_published",
]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class TimeSettings:
    """Options of the ``time`` stage."""

    durations: bool = True
    """Report lengths of time ("selama dua hari") and frequencies as kind duration / set."""

    infer_anchor: bool = True
    """Without a printed or inferred date, infer one from the text to anchor relative ones."""

    min_confidence: float = 0.0
    """Drop resolved expressions below this confidence (unresolved ones are always kept)."""

    min_share: float = 0.5
    """Against an inferred interval, the least share of its days that must give an expression
    the same value for it to take that value (a weekday, different every week, never does)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Timex3:
    """A time expression as a TimeML TIMEX3 annotator would write it (for evaluation)."""

    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None


def find_time_expressions(
    text: str,
    *,
    anchor: dt.date | None,
    settings: TimeSettings | None = None,
    interval: tuple[dt.date, dt.date] | None = None,
) -> list[TimeExpr]:
    """Return the time expressions of ``text`` resolved against ``anchor``, in text order.

    Args:
        text: any Indonesian text.
        anchor: the day the text was written (None: relative expressions get value None).
        settings: stage options; the defaults report durations and sets too.
        interval: without an anchor, the first and last day the text may have
            been written: relative expressions take the value most of its days
            give (at least ``settings.min_share`` of them).

    Returns:
        One :class:`TimeExpr` per expression, spans into ``text``, none overlapping.
    """
    settings = settings or TimeSettings()
    if anchor is None and interval is not None:
        scanned = scan_over_interval(text, *interval, min_share=settings.min_share)
        anchor_text: str | None = f"{interval[0].isoformat()}/{interval[1].isoformat()}"
    else:
        scanned = scan(text, anchor)
        anchor_text = anchor.isoformat() if anchor else None
    out = []
    for found in scanned:
        if not settings.durations and found.kind in ("duration", "set"):
            continue
        if found.value is not None and found.confidence < settings.min_confidence:
            continue
        out.append(_to_time_expr(text, found, anchor_text))
    return out


def _to_time_expr(text: str, found: Found, anchor: str | None) -> TimeExpr:
    """The product record of a scanner hit."""
    printed = found.evidence.startswith("printed")
    return TimeExpr(
        span=Span.of(text, found.start, found.end),
        value=found.value,
        granularity=found.granularity,
        kind=found.kind,
        anchor=None if printed else anchor,
        confidence=round(found.confidence, 3),
        evidence=found.evidence,
    )


def find_timex3(text: str, *, anchor: dt.date | None) -> list[Timex3]:
    """Return the expressions of ``text`` as TimeML TIMEX3 (type, value), for evaluation.

    Values follow TimeML: a part of day is a suffix (``2024-05-14TAF``), clock
    times carry no offset, a month range is one TIMEX3 per month, vague
    references are ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, durations
    are ISO durations (``P2D``).
    """
    out = []
    for f in scan(text, anchor):
        parts = f.timex_parts or ((f.start, f.end, f.timex_value),)
        out += [Timex3(start=s, end=e, type=f.timex_type, value=v) for s, e, v in parts]
    return out


def article_anchor(article: Article, *, infer: bool = True) -> dt.date | None:
    """The day an article's relative expressions are resolved against.

    The printed (or feed) date, else the inferred date, else (when ``infer``) a
    date inferred from the text now; None when nothing dates the article to a day.
    """
    return article_dating(article, infer=infer)[0]


def article_dating(
    article: Article, *, infer: bool = True
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """The article's anchor day (:func:`article_anchor`), else the interval of days it lies in.

    The interval is given only for an article with no printed date whose
    inferred date is coarser than a day ("2024") but bounded by ISO days; it
    is None whenever there is an anchor.
    """
    if article.published is not None:
        return _day(article.published.value), None
    inferred = article.inferred_date
    if (inferred is None or not inferred.value) and infer:
        inferred = infer_published(article)
    if inferred is None:
        return None, None
    anchor = _day(inferred.value) if inferred.value else None
    if anchor is not None:
        return anchor, None
    return None, interval_days(inferred.earliest, inferred.latest)


def _day(value: str) -> dt.date | None:
    """The day of an ISO value, None when it is coarser than a day."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@stage("time", requires={"text"}, assigns={"times"})
def find_times(article: Article, *, settings: TimeSettings = TimeSettings()) -> Article:
    """Fill ``article.times`` with the article's time expressions, resolved against its date.

    The anchor is the printed date, else the inferred one, else one inferred
    from the text (see :func:`article_anchor`); an article dated only to an
    interval of days has them read over that interval (:func:`article_dating`);
    with neither, relative expressions keep value None.
    """
    anchor, interval = article_dating(article, infer=settings.infer_anchor)
    times = find_time_expressions(article.text, anchor=anchor, settings=settings, interval=interval)
    return dataclasses.replace(article, times=tuple(times))
