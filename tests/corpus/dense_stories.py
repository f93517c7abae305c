"""The dense story clustering (one n-by-n similarity matrix): the oracle the blocked one must equal.

This is the implementation ``kilas.corpus.stories`` had before it clustered
block by block (``kilas.corpus.story_pairs``), kept verbatim for the tests: it
needs O(n²) memory, so it is not shipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import numpy as np

from kilas.corpus.stories import (
    StorySettings,
    _profile,
    _story,
    chronological,
)
from kilas.corpus.story_pairs import Profile as _Profile
from kilas.corpus.terms import cosine, tfidf
from kilas.model import Article, Duplicate, Story

Period = tuple[dt.date, dt.date]


def dense_stories(
    articles: Iterable[Article],
    *,
    duplicates: Iterable[Duplicate] = (),
    settings: StorySettings | None = None,
) -> tuple[Story, ...]:
    """The stories of the dense clustering (``StoryIndex._cluster`` before blocks)."""
    settings = settings or StorySettings()
    by_id = {a.id: a for a in articles}
    links: dict[tuple[str, str], float] = {}
    for dup in duplicates:
        pair = (min(dup.article_id, dup.other_id), max(dup.article_id, dup.other_id))
        strength = 1.0 if dup.relation in ("exact", "copy_of", "copied_by") else dup.shared
        links[pair] = max(links.get(pair, 0.0), strength)
    ids = sorted(by_id)
    if not ids:
        return ()
    position = {article_id: i for i, article_id in enumerate(ids)}
    sim = _similarity([_profile(by_id[i], settings) for i in ids], settings)
    for (a, b), strength in links.items():
        if a in position and b in position:
            i, j = position[a], position[b]
            sim[i, j] = sim[j, i] = max(sim[i, j], strength)
    labels = _average_link(sim, settings.threshold)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    stories = [
        _story(
            [by_id[ids[i]] for i in members], sim[np.ix_(members, members)], settings.key_entities
        )
        for members in groups.values()
    ]
    return chronological(stories)


def _similarity(profiles: Sequence[_Profile], settings: StorySettings) -> np.ndarray:
    """The symmetric article-by-article similarity in [0, 1] (1 on the diagonal)."""
    text = cosine(tfidf([p.words for p in profiles]))
    entities = cosine(tfidf([p.entities for p in profiles]))
    has = np.array([bool(p.entities) for p in profiles])
    both = np.outer(has, has)
    w = settings.entity_weight
    sim = np.where(both, (1 - w) * text + w * entities, text)
    sim *= _date_factors(profiles, settings)
    np.fill_diagonal(sim, 1.0)
    return np.clip(sim, 0.0, 1.0)


def _date_factors(profiles: Sequence[_Profile], settings: StorySettings) -> np.ndarray:
    """Per pair, 1 within the date window, falling to 0 over the decay beyond it.

    The gap is the smallest of: publication to publication, and one article's
    publication to a day the other names. Pairs with an undated article keep 1.
    """
    dated = np.array([p.published is not None for p in profiles])
    # Day numbers (below 2**22) and their differences fit 32 bits: half the memory of the
    # n-by-n gaps, the same values.
    start = np.array([p.published[0].toordinal() if p.published else 0 for p in profiles], np.int32)
    end = np.array([p.published[1].toordinal() if p.published else 0 for p in profiles], np.int32)
    gap = np.maximum(0, np.maximum(start[None, :] - end[:, None], start[:, None] - end[None, :]))
    named = _named_gaps(profiles, start, end)
    if named is not None:
        gap = np.minimum(gap, np.minimum(named, named.T))
    over = (gap - settings.window_days) / max(settings.decay_days, 1)
    factors = 1.0 - np.clip(over, 0.0, 1.0)
    factors[~np.outer(dated, dated)] = 1.0
    _weekday_conflicts(profiles, factors, settings.window_days)
    return np.asarray(factors, dtype=np.float64)


def _named_gaps(
    profiles: Sequence[_Profile], start: np.ndarray, end: np.ndarray
) -> np.ndarray | None:
    """Row i: the gap from a day article i names to each publication (None when none names one).

    A row is the smallest over the article's named periods; rows of articles
    naming none are the largest integer, so they never lower a gap.
    """
    if not any(p.mentioned for p in profiles):
        return None
    named = np.full((len(profiles), len(profiles)), np.iinfo(np.int32).max, dtype=np.int32)
    for i, profile in enumerate(profiles):
        if profile.mentioned:
            first = np.array([f.toordinal() for f, _ in profile.mentioned], dtype=np.int32)
            last = np.array([t.toordinal() for _, t in profile.mentioned], dtype=np.int32)
            each = np.maximum(start[None, :] - last[:, None], first[:, None] - end[None, :])
            named[i] = np.maximum(0, each).min(axis=0)
    return named


def _weekday_conflicts(profiles: Sequence[_Profile], factors: np.ndarray, window: int) -> None:
    """Set to 0 the pairs where an undated article's lead weekday is no day the other reports.

    News leads name the event's day ("Pertemuan ... di Beijing pada hari Kamis"). An
    article that prints no date but names its event's weekday reports another event than
    a dated article none of whose days (its publication day, the days it names) falls on
    that weekday: a Thursday meeting is not the Tuesday-Wednesday forum. Only the days
    within ``window`` days of its publication count (a background event it recalls
    months earlier is not its event). An article dated to no single day gives no
    days, so it never conflicts.
    """
    undated = [i for i, p in enumerate(profiles) if p.published is None and p.lead_weekdays]
    if not undated:
        return
    own = {j: _own_weekdays(p, window) for j, p in enumerate(profiles) if _is_day(p.published)}
    for i in undated:
        for j, weekdays in own.items():
            if not weekdays & profiles[i].lead_weekdays:
                factors[i, j] = factors[j, i] = 0.0


def _is_day(published: Period | None) -> bool:
    return published is not None and published[0] == published[1]


def _own_weekdays(profile: _Profile, window: int) -> frozenset[int]:
    """Weekdays of a day-dated article's own days: its day and the days it names near it."""
    assert profile.published is not None
    day = profile.published[0]
    near = [p for p in profile.mentioned if abs((p[0] - day).days) <= window]
    return frozenset(d.weekday() for period in [(day, day), *near] for d in _days(period))


def _days(period: Period) -> list[dt.date]:
    """The days of a (first, last) period."""
    first, last = period
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]


def _average_link(sim: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster labels from average-link clustering cut at ``1 - threshold`` distance."""
    n = sim.shape[0]
    if n == 1:
        return np.array([1])
    from scipy.cluster.hierarchy import fcluster, linkage  # slow import: only when used
    from scipy.spatial.distance import squareform

    distance = squareform(1.0 - sim, checks=False)
    tree = linkage(distance, method="average")
    return np.asarray(fcluster(tree, t=1.0 - threshold, criterion="distance"))
