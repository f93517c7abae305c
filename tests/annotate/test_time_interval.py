"""Time expressions read against an inferred publication interval instead of a day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from kilas.annotate.time import TimeSettings, find_time_expressions, find_times
from kilas.annotate.time_interval import SAMPLED_DAYS, interval_days, reading_days
from kilas.model import Article, InferredDate, PrintedDate, TimeExpr

D = dt.date
SEED_004 = "004_5bb9aeed40329113.txt"


def _article(text: str, published: str | None = None) -> Article:
    printed = PrintedDate(value=published, text=published) if published else None
    return Article(id="t", source="test", raw=text, text=text, published=printed)


def _expr(times: tuple[TimeExpr, ...] | list[TimeExpr], needle: str) -> TimeExpr:
    return next(t for t in times if t.span.text == needle)


@pytest.fixture(scope="module")
def times_004(seed_texts: dict[str, str]) -> tuple[TimeExpr, ...]:
    """Seed 004 with no printed date: its text dates it to 2024-02-01 … 2025-02-28."""
    return find_times(_article(seed_texts[SEED_004])).times


def test_004_bare_past_month_takes_the_value_most_of_the_interval_gives(
    times_004: tuple[TimeExpr, ...],
) -> None:
    maret = _expr(times_004, "Maret")
    # 2023-03 only for a February 2024 anchor; 2024-03 for the twelve later months.
    assert (maret.value, maret.granularity) == ("2024-03", "month")
    assert maret.anchor == "2024-02-01/2025-02-28"
    assert "92% of its days" in maret.evidence
    assert maret.confidence == pytest.approx(0.92 * 0.85, abs=0.02)


def test_004_october_is_the_last_one_for_most_of_the_interval(
    times_004: tuple[TimeExpr, ...],
) -> None:
    oktober = _expr(times_004, "Oktober")
    assert oktober.value == "2023-10"
    # Feb–Sep 2024 anchors (and not the days within the future slack of October 2024).
    assert oktober.confidence == pytest.approx(0.58 * 0.85, abs=0.03)


@pytest.mark.parametrize("needle", ["Selasa sore", "hari Senin"])
def test_004_weekdays_stay_unresolved_over_a_year(
    times_004: tuple[TimeExpr, ...], needle: str
) -> None:
    expr = _expr(times_004, needle)
    assert (expr.value, expr.confidence) == (None, 0.0)


def test_004_printed_values_are_untouched(times_004: tuple[TimeExpr, ...]) -> None:
    printed = _expr(times_004, "Februari 2022")
    assert (printed.value, printed.confidence, printed.anchor) == ("2022-02", 1.0, None)


def test_min_share_keeps_a_disputed_month_open(seed_texts: dict[str, str]) -> None:
    strict = find_times(_article(seed_texts[SEED_004]), settings=TimeSettings(min_share=0.75))
    assert _expr(strict.times, "Maret").value == "2024-03"
    assert _expr(strict.times, "Oktober").value is None


SECOND_HALF_2023 = (D(2023, 7, 1), D(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("Proyek itu dimulai pada Juni dan kini hampir rampung.", "Juni", "2023-06"),
        ("Konferensi itu akan digelar pada Maret di Bali.", "Maret", "2024-03"),
        ("Harga beras naik sejak Januari lalu.", "Januari lalu", "2023-01"),
    ],
)
def test_month_respects_tense_over_the_interval(text: str, needle: str, value: str) -> None:
    times = find_time_expressions(text, anchor=None, interval=SECOND_HALF_2023)
    expr = _expr(times, needle)
    assert expr.value == value
    assert expr.confidence == pytest.approx(0.85, abs=0.1)  # every day agrees


def test_weekday_resolves_when_the_interval_is_a_few_days() -> None:
    # Written Friday 17 to Sunday 19 May 2024: the last Thursday is 16 May on every day.
    times = find_time_expressions(
        "Polisi menangkap tersangka pada hari Kamis.",
        anchor=None,
        interval=(D(2024, 5, 17), D(2024, 5, 19)),
    )
    assert _expr(times, "hari Kamis").value == "2024-05-16"


def test_weekday_stays_open_when_the_interval_splits_it() -> None:
    # Monday 13 to Friday 17 May: the last Thursday is 9 May for three days, 16 May for two.
    times = find_time_expressions(
        "Polisi menangkap tersangka pada hari Kamis.",
        anchor=None,
        interval=(D(2024, 5, 13), D(2024, 5, 17)),
        settings=TimeSettings(min_share=0.7),
    )
    assert _expr(times, "hari Kamis").value is None


def test_an_article_dated_to_a_day_is_read_against_that_day_only() -> None:
    text = "Proyek itu dimulai pada Juni, kata Ali, Selasa (17/10/2023)."
    printed = find_times(_article(text, "2023-10-18")).times
    assert printed == tuple(find_time_expressions(text, anchor=D(2023, 10, 18)))
    inferred = find_times(_article(text)).times
    assert _expr(inferred, "Juni").anchor == "2023-10-18"  # inferred day: weekday-date + 1


def test_a_story_year_with_an_interval_resolves_like_an_inferred_one() -> None:
    text = "Proyek itu dimulai pada Juni dan kini hampir rampung."
    story_dated = InferredDate(
        value="2023", earliest="2023-07-01", latest="2023-12-31", confidence=0.5, method="story"
    )
    article = find_times(dataclasses.replace(_article(text), inferred_date=story_dated))
    assert _expr(article.times, "Juni").value == "2023-06"


@pytest.mark.parametrize(
    ("earliest", "latest", "days"),
    [
        ("2024-02-01", "2024-02-03", (D(2024, 2, 1), D(2024, 2, 3))),
        ("2024", "2024-12-31", None),
        ("2024-02-03", "2024-02-01", None),
        ("2020-01-01", "2024-01-01", None),
        (None, "2024-01-01", None),
    ],
)
def test_interval_days(earliest: str | None, latest: str | None, days: object) -> None:
    assert interval_days(earliest, latest) == days


def test_reading_days_all_of_a_short_interval_and_evenly_spaced_in_a_long_one() -> None:
    assert len(reading_days(D(2024, 1, 1), D(2024, 1, 10))) == 10
    long = reading_days(D(2024, 2, 1), D(2025, 2, 28))
    assert len(long) == SAMPLED_DAYS
    assert (long[0], long[-1]) == (D(2024, 2, 1), D(2025, 2, 28))
    gaps = {(b - a).days for a, b in itertools.pairwise(long)}
    assert gaps <= {8, 9}
