"""Pin the year of an article's weekday-plus-date from the years the rest of the pile gives.

News text dates what it reports as "Senin (12/8)": a weekday and a day/month,
no year. A weekday and a day/month recur every 5, 6 or 11 years, so among the
years the rest of a pile is dated to (printed dates, else dates inferred from
the other articles' own text) there is usually one candidate. This is the
corpus stage of publication-date inference:

* an article whose own text gives a weekday-plus-date but no year takes the
  candidate year the corpus supports best ("weekday-date+corpus-years"); the
  confidence is that year's share of the corpus mass behind all candidates;
* an article with only a bare day/month ("24 Februari", "(15/9)") takes the
  corpus's main year only when the corpus is concentrated on it
  (:data:`CONCENTRATION`) ("day-month+corpus-year"); else it stays unknown;
* a printed date, a URL date or a day the text already pins always wins.

Everything here is pure: the caller passes the corpus's years (leave the
article itself out, see :func:`corpus_years`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from kilas.annotate.time_calendar import make_date, pin_year_by_weekday
from kilas.annotate.time_found import Found, weekday_of
from kilas.annotate.time_infer import (
    PUBLICATION_LAG_DAYS,
    UPCOMING_METHOD,
    consistent,
    infer_published,
    latest_weekday_date,
    upcoming,
    weaker_evidence,
)
from kilas.annotate.time_scan import scan
from kilas.lang.id.calendar import month_number
from kilas.model import Article, InferredDate, Span

WEEKDAY_METHOD = "weekday-date+corpus-years"
UPCOMING_CORPUS_METHOD = "upcoming-weekday-date+corpus-years"
DAY_MONTH_METHOD = "day-month+corpus-year"
CORPUS_METHODS = frozenset({WEEKDAY_METHOD, UPCOMING_CORPUS_METHOD, DAY_MONTH_METHOD})
"""The methods of a date this stage pinned (any other came from the article alone)."""

MIN_YEAR_SHARE = 0.02
"""A year counts as one the corpus is dated to when it holds this share of its dated articles.

A few articles inferred to a historical year (a "latest date" of 1945) do not
widen the span the weekday is matched in.
"""

CONCENTRATION = 0.8
"""Share of the corpus on one year needed to give a bare day/month (no weekday) that year."""

YEAR_EDGE_DAYS = 45
"""A weekday-plus-date pinned to the year next to the chosen one counts only this close to it."""

MAX_CONFIDENCE = 0.85
"""Confidence of a weekday-pinned year the corpus supports unopposed."""

_WEEKDAY = re.compile(
    r"(?:hari\s+)?(?P<wd>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)\b", re.IGNORECASE
)
_TEXT_PINNED = "year pinned by the weekday"
"""Evidence of a year the scanner chose among the years the text names (time_absolute)."""
_DAY_MONTH = re.compile(
    r"(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})(?!\d)|(?P<day2>\d{1,2})\s+(?P<mon>[^\W\d_]+)"
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Partial:
    """A date the text printed without a year: the hit, its day, month and weekday if any."""

    found: Found
    day: int
    month: int
    weekday: int | None


def corpus_years(articles: Iterable[Article]) -> Counter[int]:
    """Count the articles of a pile by the year they are dated to.

    The year of the printed date, else of the inferred date already set, else
    of a date inferred now from the article's own text; articles without one
    are not counted. Subtract an article's own year (:func:`own_year`) before
    using the count for that article.
    """
    years: Counter[int] = Counter()
    for article in articles:
        year = own_year(article)
        if year is not None:
            years[year] += 1
    return years


def own_year(article: Article) -> int | None:
    """The year an article contributes to :func:`corpus_years`, None when undated."""
    value = article.date
    if value is None and article.inferred_date is None:
        value = infer_published(article).value
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def rest_of_pile(years: Counter[int], article: Article) -> Counter[int]:
    """The pile's year counts without ``article``'s own (no article votes for itself)."""
    year = own_year(article)
    rest = years.copy()
    if year is not None and rest[year] > 0:
        rest[year] -= 1
    return rest


def infer_with_corpus(article: Article, *, years: Counter[int]) -> InferredDate:
    """Infer the publication date, pinning a year the text leaves open with the corpus's years.

    Args:
        article: the article; a printed (or URL) date is returned as is.
        years: articles of the rest of the pile per year (see :func:`corpus_years`).

    Returns:
        The corpus-pinned day of the latest weekday-plus-date whose year the
        text does not print (its spans as evidence); else, for an article the
        text dates to no day, the latest bare day/month in the corpus's main
        year when the corpus is concentrated; else the per-article inference.
    """
    base = infer_published(article)
    if base.method in ("printed", "url"):
        return base
    partials = _partials(article.text)
    if any(p.weekday is not None and p.found.day is not None for p in partials):
        return base  # the text prints the year of one of its weekday-plus-dates
    own = int(base.value[:4]) if base.value and len(base.value) == 4 else None
    resolved, confidence = _resolve_weekday_dates(partials, years, own)
    pinned = latest_weekday_date(article.text, resolved)
    if pinned is not None:
        return dataclasses.replace(pinned, confidence=confidence, method=WEEKDAY_METHOD)
    if resolved:  # all announced as upcoming: the weaker evidence must fit the week before
        base = weaker_evidence(article.text, _with_resolved(article.text, resolved))
        if base.method == UPCOMING_METHOD:  # the week before an announced day the pile dated
            confidence = min(base.confidence, confidence)
            return dataclasses.replace(base, confidence=confidence, method=UPCOMING_CORPUS_METHOD)
    if base.value is None:
        return _pin_day_months(article.text, partials, years) or base
    return base


def _with_resolved(text: str, resolved: list[Found]) -> list[Found]:
    """The text's date and time hits, with the corpus-resolved ones in place of their own."""
    starts = {f.start for f in resolved}
    kept = [
        f
        for f in scan(text, None)
        if f.kind in ("date", "time") and f.start not in starts and consistent(f)
    ]
    return kept + resolved


def _partials(text: str) -> list[_Partial]:
    """The day-level dates of the text whose year it does not print.

    Unresolved ones, and weekday-plus-dates whose year was pinned among the
    years the text names (a historical year the text mentions is a weaker
    guide than the corpus); a weekday-plus-date with a printed year is kept
    with its day set, so the caller can defer to it.
    """
    out = []
    for found in scan(text, None):
        if found.kind not in ("date", "time") or found.granularity not in ("day", "time"):
            continue
        if not consistent(found):
            continue
        head = _WEEKDAY.match(text, found.start)
        printed = found.evidence.startswith("printed")
        if found.value is not None and not (head and (printed or _TEXT_PINNED in found.evidence)):
            continue
        parsed = _DAY_MONTH.search(text, found.start, found.end)
        if parsed is None:
            continue
        day = int(parsed["day"] or parsed["day2"])
        month = int(parsed["month"]) if parsed["month"] else month_number(parsed["mon"])
        if month is None or make_date(2000, month, day) is None:
            continue
        kept = found if printed else dataclasses.replace(found, day=None, value=None)
        out.append(_Partial(kept, day, month, weekday_of(head["wd"]) if head else None))
    return out


def _plausible(years: Counter[int]) -> range | None:
    """The span of years the corpus is dated to (one year of slack each side), None if empty."""
    total = sum(years.values())
    kept = [y for y, n in years.items() if n > 0 and n >= MIN_YEAR_SHARE * total]
    if not kept:
        return None
    return range(min(kept) - 1, max(kept) + 2)


def _covered(partial: _Partial, year: int, years: Counter[int]) -> bool:
    """True unless the day falls in a year the pile hardly holds, far from its edge.

    A pile covers a stretch of time: a year with under :data:`MIN_YEAR_SHARE`
    of it, past its last year (or before its first), is a candidate only within
    :data:`YEAR_EDGE_DAYS` of the year it borders ("Senin (2/1)" of a pile that
    ends in December), not months into it.
    """
    floor = MIN_YEAR_SHARE * sum(years.values())
    if years[year] >= floor:
        return True
    day = make_date(year, partial.month, partial.day)
    if day is None:
        return False
    after = years[year - 1] >= floor and (day - dt.date(year, 1, 1)).days < YEAR_EDGE_DAYS
    before = years[year + 1] >= floor and (dt.date(year, 12, 31) - day).days < YEAR_EDGE_DAYS
    return after or before


def _mass(years: Counter[int], year: int) -> float:
    """Corpus support of a year: its articles, plus half of its busier neighbour's."""
    return years[year] + 0.5 * max(years[year - 1], years[year + 1])


def _resolve_weekday_dates(
    partials: list[_Partial], years: Counter[int], own: int | None
) -> tuple[list[Found], float]:
    """The weekday-plus-dates in the year their weekdays and the pile support best.

    Returns the hits with their days set (none when no year near the pile
    fits) and the confidence of that year.
    """
    window = _plausible(years) or (range(own - 1, own + 2) if own is not None else None)
    dated = [p for p in partials if p.weekday is not None and p.found.day is None]
    if window is None or not dated:
        return [], 0.0
    options = [
        [y for y in pin_year_by_weekday(p.month, p.day, p.weekday, window) if _covered(p, y, years)]
        if p.weekday is not None
        else []
        for p in dated
    ]
    support: Counter[int] = Counter(y for ys in options for y in ys)
    if not support:
        return [], 0.0
    prior = years if sum(years.values()) else Counter({own: 1} if own is not None else {})
    best = max(support, key=lambda y: (support[y], _mass(prior, y), -abs(y - (own or y))))
    return _around_year(dated, options, best), _confidence(prior, best, support)


def _around_year(dated: list[_Partial], options: list[list[int]], best: int) -> list[Found]:
    """The dates resolved in the chosen year, and those of a neighbouring year close to them.

    "Senin (22/5)" and "Sabtu (20/5)" pin 2017; a misprinted "Rabu (23/5)" that
    only 2018 allows is dropped, while "Senin (2/1)" after "Sabtu (31/12)" is kept
    in the next year (within :data:`YEAR_EDGE_DAYS` of a date of the chosen year).
    """
    chosen = [
        f for p, ys in zip(dated, options, strict=True) if best in ys if (f := _resolved(p, best))
    ]
    days = [f.day for f in chosen if f.day is not None]
    near = [
        f
        for p, ys in zip(dated, options, strict=True)
        for y in ys
        if abs(y - best) == 1
        and (f := _resolved(p, y)) is not None
        and f.day is not None
        and any(abs((f.day - d).days) <= YEAR_EDGE_DAYS for d in days)
    ]
    return chosen + near


def _confidence(prior: Counter[int], best: int, support: Counter[int]) -> float:
    """How decisive the corpus is: the year's share among the candidates, and its weight.

    A year the corpus barely holds (the slack year past its last) is a weaker
    pin than its busiest year, even unopposed.
    """
    masses = sum(_mass(prior, y) for y in support)
    peak = max(_mass(prior, y) for y in prior) if prior else 0.0
    if not masses or not peak:
        return 0.0
    share = _mass(prior, best) / masses
    weight = 0.5 + 0.5 * min(1.0, _mass(prior, best) / peak)
    return round(MAX_CONFIDENCE * share * weight, 3)


def _resolved(partial: _Partial, year: int) -> Found | None:
    """The hit with its day in ``year``."""
    day = make_date(year, partial.month, partial.day)
    if day is None:
        return None
    return dataclasses.replace(
        partial.found,
        value=day.isoformat(),
        day=day,
        confidence=1.0,
        evidence=f"year {year} from the corpus's years and the weekday",
    )


def _pin_day_months(
    text: str, partials: list[_Partial], years: Counter[int]
) -> InferredDate | None:
    """The latest bare day/month in the corpus's main year, when the corpus is concentrated."""
    total = sum(years.values())
    if not total or not partials:
        return None
    year, count = years.most_common(1)[0]
    share = count / total
    if share < CONCENTRATION:
        return None
    days = [
        (day, p)
        for p in partials
        if p.found.day is None
        and p.weekday is None  # a weekday no year near the pile allows is evidence against
        and (day := make_date(year, p.month, p.day)) is not None
        and not upcoming(text, p.found)
    ]
    if not days:
        return None
    latest = max(day for day, _ in days)
    value = latest + dt.timedelta(days=PUBLICATION_LAG_DAYS)
    return InferredDate(
        value=value.isoformat(),
        earliest=latest.isoformat(),
        latest=(latest + dt.timedelta(days=30)).isoformat(),
        confidence=round(0.6 * share, 3),
        evidence=tuple(
            Span.of(text, p.found.start, p.found.end) for day, p in days if day == latest
        ),
        method=DAY_MONTH_METHOD,
    )
