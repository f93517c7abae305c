"""Article similarity for stories, computed block by block instead of as one n-by-n matrix.

The story stage joins articles by average-link clustering cut at a threshold.
Average linkage joins two groups only when the mean similarity of their pairs
reaches the threshold, and a mean reaches it only if one of its pairs does: so
no story ever spans two connected components of the graph whose edges are the
pairs at or above the threshold. Each component is clustered on its own, on
its own similarity block, and the stories are exactly those of clustering the
whole n-by-n matrix (``tests/corpus/test_story_pairs.py`` checks it against
the dense computation).

Finding the edges never builds the n-by-n matrix either. Articles are compared
in chunks of rows, each against the articles whose dates can give a non-zero
date factor: publication periods, and days either article names, within
``window_days + decay_days`` of each other; undated articles are compared with
all. Near-duplicate links are edges of their own. Memory is O(n + edges +
chunk × candidates + the largest component's block); time is still one
similarity per candidate pair, so a pile whose dates all fall within a month
costs what the dense matrix cost, in small pieces.

Every similarity is computed with the same operations in the same order as the
dense matrix, so the values are bit-identical (TF-IDF rows are global: IDF
over the whole pile).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from kilas.corpus.terms import tfidf

if TYPE_CHECKING:
    from kilas.corpus.stories import StorySettings

__all__ = [
    "ROWS_PER_CHUNK",
    "Pairs",
    "Profile",
    "average_link",
    "components",
    "similarity_block",
]

Period = tuple[dt.date, dt.date]

ROWS_PER_CHUNK = 256
"""Articles whose candidate pairs are scored together (bounds the chunk's memory)."""

EDGE_SLACK = 1e-9
"""Pairs this close below the threshold are edges too: blocks a little coarser, never wrong."""

_NONE = np.iinfo(np.int32).max


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    """What clustering needs of one article, computed once."""

    id: str
    words: tuple[str, ...]
    entities: tuple[str, ...]
    published: Period | None
    mentioned: tuple[Period, ...]
    lead_weekdays: frozenset[int] = frozenset()
    """Weekdays an undated article's lead names without a date ("pada hari Kamis")."""


class Pairs:
    """The vectors, dates and links of a pile, and the similarity of any block of its pairs.

    Args:
        profiles: the articles, in the order their indices refer to.
        links: near-duplicate strength per pair of indices (either order).
        settings: the story settings (weights and date window).
    """

    def __init__(
        self,
        profiles: Sequence[Profile],
        links: Mapping[tuple[int, int], float],
        settings: StorySettings,
    ) -> None:
        self.profiles = profiles
        self.settings = settings
        self.text = tfidf([p.words for p in profiles])
        self.entities = tfidf([p.entities for p in profiles])
        self.has_entities = np.array([bool(p.entities) for p in profiles], dtype=bool)
        self.dated = np.array([p.published is not None for p in profiles], dtype=bool)
        # Day numbers (below 2**22) and their differences fit 32 bits, as in the dense matrix.
        self.start = np.array(
            [p.published[0].toordinal() if p.published else 0 for p in profiles], np.int32
        )
        self.end = np.array(
            [p.published[1].toordinal() if p.published else 0 for p in profiles], np.int32
        )
        self.lead = np.array([_mask(p.lead_weekdays) for p in profiles], dtype=np.int32)
        self.is_day = np.array([_is_day(p.published) for p in profiles], dtype=bool)
        window = settings.window_days
        self.own = np.array(
            [_mask(_own_weekdays(p, window)) if _is_day(p.published) else 0 for p in profiles],
            dtype=np.int32,
        )
        # The days each dated article names, flat: article i's are [named_at[i], named_at[i + 1]).
        # An undated article's factors are 1 whatever it names, and a day inside the
        # article's own publication period is never nearer than that period: both left out.
        named = [_named_outside(p) for p in profiles]
        self.named_at = np.concatenate(([0], np.cumsum([len(m) for m in named], dtype=np.int64)))
        self.named_owner = np.repeat(np.arange(len(profiles)), np.diff(self.named_at))
        periods = [period for m in named for period in m]
        self.named_first = np.array([f.toordinal() for f, _ in periods], dtype=np.int32)
        self.named_last = np.array([t.toordinal() for _, t in periods], dtype=np.int32)
        self.links: dict[tuple[int, int], float] = {}
        for (a, b), strength in links.items():
            if a != b:
                pair = (min(a, b), max(a, b))
                self.links[pair] = max(self.links.get(pair, strength), strength)
        ends = np.array(list(self.links), dtype=np.int64).reshape(-1, 2)
        strengths = np.array(list(self.links.values()), dtype=np.float64)
        # Each link in both directions, grouped by the article it leaves:
        # article i's are [link_at[i], link_at[i + 1]).
        source = np.concatenate([ends[:, 0], ends[:, 1]])
        order = np.argsort(source, kind="stable")
        self._link_to = np.concatenate([ends[:, 1], ends[:, 0]])[order]
        self._link_strength = np.tile(strengths, 2)[order]
        self._link_at = np.searchsorted(source[order], np.arange(len(profiles) + 1))

    def __len__(self) -> int:
        return len(self.profiles)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The similarity of each of ``rows`` to each of ``cols`` (indices), links included."""
        sim = similarity_block(self, rows, cols)
        if self.links:
            self._apply_links(sim, rows, cols)
        return sim

    def _apply_links(self, sim: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> None:
        """Raise each linked pair of the block to at least its link strength."""
        counts = self._link_at[rows + 1] - self._link_at[rows]
        which = _ranges(self._link_at[rows], counts)
        r = np.repeat(np.arange(len(rows)), counts)
        order = np.argsort(cols, kind="stable")
        ordered = cols[order]
        to = self._link_to[which]
        at = np.minimum(np.searchsorted(ordered, to), len(cols) - 1)
        inside = ordered[at] == to
        r, c = r[inside], order[at[inside]]
        sim[r, c] = np.maximum(sim[r, c], self._link_strength[which[inside]])

    def edges(self) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (i, j) whose similarity reaches the threshold (less ``EDGE_SLACK``)."""
        low = self.settings.threshold - EDGE_SLACK
        found_i, found_j = [], []
        for rows, cols in self._chunks():
            sim = similarity_block(self, rows, cols)
            r, c = np.nonzero(sim >= low)
            keep = rows[r] < cols[c]
            found_i.append(rows[r[keep]])
            found_j.append(cols[c[keep]])
        strong = [pair for pair, strength in self.links.items() if strength >= low]
        if strong:
            pairs = np.array(strong, dtype=np.int64)
            found_i.append(pairs[:, 0])
            found_j.append(pairs[:, 1])
        if not found_i:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(found_i), np.concatenate(found_j)

    def _chunks(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Chunks of rows (dated ones in date order) with the columns each can pair with."""
        n = len(self)
        everyone = np.arange(n)
        undated = np.flatnonzero(~self.dated)
        for k in range(0, len(undated), ROWS_PER_CHUNK):
            yield undated[k : k + ROWS_PER_CHUNK], everyone
        dated = np.flatnonzero(self.dated)
        if not len(dated):
            return
        near = _DateIndex(self)
        by_date = dated[np.argsort(self.start[dated], kind="stable")]
        for k in range(0, len(by_date), ROWS_PER_CHUNK):
            rows = by_date[k : k + ROWS_PER_CHUNK]
            yield rows, np.union1d(near.candidates(rows), undated)


def similarity_block(pairs: Pairs, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The similarity in [0, 1] of ``rows`` to ``cols`` (1 for an article to itself), no links.

    The same operations, in the same order, as the full article-by-article
    matrix: each value is bit-identical to that matrix's.
    """
    text = np.asarray((pairs.text[rows] @ pairs.text[cols].T).toarray(), dtype=np.float64)
    entities = np.asarray(
        (pairs.entities[rows] @ pairs.entities[cols].T).toarray(), dtype=np.float64
    )
    both = np.outer(pairs.has_entities[rows], pairs.has_entities[cols])
    w = pairs.settings.entity_weight
    sim = np.where(both, (1 - w) * text + w * entities, text)
    sim *= date_factors(pairs, rows, cols)
    sim[rows[:, None] == cols[None, :]] = 1.0
    return np.clip(sim, 0.0, 1.0)


def date_factors(pairs: Pairs, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Per pair, 1 within the date window, falling to 0 over the decay beyond it.

    The gap is the smallest of: publication to publication, and one article's
    publication to a day the other names. Pairs with an undated article keep 1,
    except an undated article whose lead names a weekday that is none of a
    day-dated article's own days (see ``_weekday_conflicts``): those get 0.
    """
    settings = pairs.settings
    start_r, end_r = pairs.start[rows], pairs.end[rows]
    start_c, end_c = pairs.start[cols], pairs.end[cols]
    gap = np.maximum(
        0, np.maximum(start_c[None, :] - end_r[:, None], start_r[:, None] - end_c[None, :])
    )
    if pairs.named_at[-1]:
        named = _named_gaps(pairs, rows, start_c, end_c)
        named_back = _named_gaps(pairs, cols, start_r, end_r)
        gap = np.minimum(gap, np.minimum(named, named_back.T))
    over = (gap - settings.window_days) / max(settings.decay_days, 1)
    factors = 1.0 - np.clip(over, 0.0, 1.0)
    factors[~np.outer(pairs.dated[rows], pairs.dated[cols])] = 1.0
    _weekday_conflicts(pairs, rows, cols, factors)
    return np.asarray(factors, dtype=np.float64)


def _named_gaps(pairs: Pairs, rows: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Row i: the gap from a day article ``rows[i]`` names to each publication (start, end).

    A row is the smallest over the article's named periods; rows of articles
    naming none are the largest integer, so they never lower a gap.
    """
    named = np.full((len(rows), len(start)), _NONE, dtype=np.int32)
    counts = pairs.named_at[rows + 1] - pairs.named_at[rows]
    naming = np.flatnonzero(counts)
    if not len(naming):
        return named
    sizes = counts[naming]
    which = _ranges(pairs.named_at[rows[naming]], sizes)
    first, last = pairs.named_first[which], pairs.named_last[which]
    each = np.maximum(start[None, :] - last[:, None], first[:, None] - end[None, :])
    named[naming] = np.minimum.reduceat(np.maximum(0, each), np.cumsum(sizes) - sizes, axis=0)
    return named


def _weekday_conflicts(
    pairs: Pairs, rows: np.ndarray, cols: np.ndarray, factors: np.ndarray
) -> None:
    """Set to 0 the pairs where an undated article's lead weekday is no day the other reports.

    News leads name the event's day ("Pertemuan ... di Beijing pada hari Kamis"). An
    article that prints no date but names its event's weekday reports another event than
    a dated article none of whose days (its publication day, the days it names) falls on
    that weekday: a Thursday meeting is not the Tuesday-Wednesday forum. Only the days
    within ``window_days`` of its publication count (a background event it recalls
    months earlier is not its event). An article dated to no single day gives no
    days, so it never conflicts.
    """
    lead_r, lead_c = pairs.lead[rows], pairs.lead[cols]
    if not (lead_r.any() or lead_c.any()):
        return
    own_r, own_c = pairs.own[rows], pairs.own[cols]
    day_r, day_c = pairs.is_day[rows], pairs.is_day[cols]
    conflict = (lead_r[:, None] != 0) & day_c[None, :] & ((lead_r[:, None] & own_c[None, :]) == 0)
    conflict |= (lead_c[None, :] != 0) & day_r[:, None] & ((lead_c[None, :] & own_r[:, None]) == 0)
    factors[conflict] = 0.0


def components(pairs: Pairs) -> list[np.ndarray]:
    """The connected components of the edge graph, each as sorted indices, by first index."""
    from scipy.sparse.csgraph import connected_components  # slow import: only when used

    n = len(pairs)
    if pairs.settings.threshold - EDGE_SLACK <= 0:  # every pair is an edge: one block
        return [np.arange(n)] if n else []
    i, j = pairs.edges()
    graph = sp.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    cuts = np.flatnonzero(np.diff(labels[order])) + 1
    return sorted(np.split(order, cuts), key=lambda members: int(members[0]))


def average_link(sim: np.ndarray, threshold: float) -> np.ndarray:
    """Labels of average-link (UPGMA) clustering, joining while a pair reaches ``threshold``.

    Repeatedly joins the two clusters of the smallest average distance
    (``1 - sim``) while it is at most ``1 - threshold``; a tie goes to the pair
    whose lowest members come first (by index), so the clusters of a block
    depend on the block alone, not on articles elsewhere in the pile. The
    distances are those of scipy's ``linkage(method="average")``
    (Lance-Williams, in the same floating-point operations), so without ties
    the clusters are its ``fcluster(..., 1 - threshold, "distance")``.

    Returns:
        Per row, the index of the lowest row of its cluster.
    """
    m = len(sim)
    label = np.arange(m)
    if m < 2:
        return label
    limit = 1.0 - threshold
    d = 1.0 - sim
    np.fill_diagonal(d, np.inf)
    size = np.ones(m)
    near = np.argmin(d, axis=1)  # first (lowest) column of each row's smallest distance
    low = d[np.arange(m), near]
    while True:
        x = int(np.argmin(low))  # lowest row holding the smallest distance: its pair is (x, near)
        if not low[x] <= limit:
            return label
        y = int(near[x])
        merged = (size[x] * d[x] + size[y] * d[y]) / (size[x] + size[y])
        d[x], d[:, x] = merged, merged
        d[y], d[:, y] = np.inf, np.inf
        d[x, x] = np.inf
        size[x] += size[y]
        label[label == y] = x
        low[y] = np.inf
        stale = (near == x) | (near == y)
        stale[x] = True
        stale[y] = False
        rows = np.flatnonzero(stale)
        near[rows] = np.argmin(d[rows], axis=1)
        low[rows] = d[rows, near[rows]]
        col = d[:, x]
        better = (col < low) | ((col == low) & (x < near))
        better[x] = better[y] = False
        near[better] = x
        low[better] = col[better]


class _DateIndex:
    """Which articles' publication periods and named days lie near given days."""

    def __init__(self, pairs: Pairs) -> None:
        settings = pairs.settings
        # A gap below window + decay days gives a non-zero factor (see date_factors).
        self.reach = settings.window_days + max(settings.decay_days, 1) - 1
        dated = np.flatnonzero(pairs.dated)
        order = np.argsort(pairs.start[dated], kind="stable")
        self.pub = dated[order]
        self.pub_start = pairs.start[self.pub].astype(np.int64)
        self.pub_end = pairs.end[self.pub].astype(np.int64)
        self.pub_len = int((self.pub_end - self.pub_start).max(initial=0))
        order = np.argsort(pairs.named_first, kind="stable")
        self.named_owner = pairs.named_owner[order]
        self.named_first = pairs.named_first[order].astype(np.int64)
        self.named_last = pairs.named_last[order].astype(np.int64)
        self.named_len = int((self.named_last - self.named_first).max(initial=0))
        self.pairs = pairs

    def candidates(self, rows: np.ndarray) -> np.ndarray:
        """Dated articles that can be within reach of any of ``rows`` (a superset, sorted)."""
        pairs = self.pairs
        own_low = pairs.start[rows].astype(np.int64) - self.reach
        own_high = pairs.end[rows].astype(np.int64) + self.reach
        counts = pairs.named_at[rows + 1] - pairs.named_at[rows]
        which = _ranges(pairs.named_at[rows], counts)
        low, high = _union(
            np.concatenate([own_low, pairs.named_first[which].astype(np.int64) - self.reach]),
            np.concatenate([own_high, pairs.named_last[which].astype(np.int64) + self.reach]),
        )
        found = [_overlapping(self.pub_start, self.pub_end, self.pub_len, low, high, self.pub)]
        # Articles naming a day near one of the rows' publication periods.
        low, high = _union(own_low, own_high)
        found.append(
            _overlapping(
                self.named_first, self.named_last, self.named_len, low, high, self.named_owner
            )
        )
        return np.unique(np.concatenate(found))


def _union(low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The [low, high] day intervals merged where they overlap or touch, sorted."""
    order = np.argsort(low, kind="stable")
    low, high = low[order], high[order]
    reach = np.maximum.accumulate(high)
    first = np.flatnonzero(np.concatenate(([True], low[1:] > reach[:-1] + 1)))
    return low[first], np.maximum.reduceat(high, first)


def _overlapping(
    starts: np.ndarray,
    ends: np.ndarray,
    longest: int,
    low: np.ndarray,
    high: np.ndarray,
    owners: np.ndarray,
) -> np.ndarray:
    """Owners of the periods (sorted by start) that overlap any [low, high] interval."""
    if not len(starts):
        return np.zeros(0, np.int64)
    begin = np.searchsorted(starts, low - longest, side="left")
    stop = np.searchsorted(starts, high, side="right")
    sizes = np.maximum(stop - begin, 0)
    if not sizes.sum():
        return np.zeros(0, np.int64)
    offsets = _ranges(begin, sizes)
    lows = np.repeat(low, sizes)
    hit = offsets[ends[offsets] >= lows]
    return np.asarray(owners[hit], dtype=np.int64)


def _ranges(begin: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The indices begin[k], ..., begin[k] + sizes[k] - 1 of every k, concatenated."""
    total = int(sizes.sum())
    return np.repeat(begin - np.cumsum(sizes) + sizes, sizes) + np.arange(total)


def _named_outside(profile: Profile) -> tuple[Period, ...]:
    """The periods a dated article names outside its own publication period (none if undated)."""
    pub = profile.published
    if pub is None:
        return ()
    return tuple(p for p in profile.mentioned if p[0] < pub[0] or p[1] > pub[1])


def _mask(weekdays: frozenset[int]) -> int:
    """The weekdays as bits (Monday bit 0)."""
    return sum(1 << d for d in weekdays)


def _is_day(published: Period | None) -> bool:
    return published is not None and published[0] == published[1]


def _own_weekdays(profile: Profile, window: int) -> frozenset[int]:
    """Weekdays of a day-dated article's own days: its day and the days it names near it."""
    assert profile.published is not None
    day = profile.published[0]
    near = [p for p in profile.mentioned if abs((p[0] - day).days) <= window]
    return frozenset(d.weekday() for period in [(day, day), *near] for d in _days(period))


def _days(period: Period) -> list[dt.date]:
    """The days of a (first, last) period."""
    first, last = period
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
