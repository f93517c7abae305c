"""Blocked story clustering equals the dense n-by-n clustering it replaced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from kilas.corpus.stories import StorySettings, build_stories, clusters
from kilas.corpus.story_pairs import (
    Pairs,
    Profile,
    _named_gaps,
    average_link,
    components,
    similarity_block,
)
from kilas.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dense_stories import _similarity, dense_stories

ECB = Path(__file__).resolve().parents[3] / "shared" / "data" / "clustering" / "ecbplus-dev.jsonl"

_WORDS = st.sampled_from(["banjir", "garut", "jokowi", "mahathir", "bogor", "gempa", "2023"])
_NAMES = st.sampled_from(["Garut", "Joko Widodo", "Bogor", "Malaysia"])
_DAY = st.integers(min_value=0, max_value=120).map(lambda k: dt.date(2024, 1, 1) + dt.timedelta(k))
_PERIOD = st.tuples(_DAY, st.sampled_from([0, 0, 0, 1, 6, 40])).map(
    lambda p: (p[0], p[0] + dt.timedelta(p[1]))
)


@st.composite
def _profiles(draw: st.DrawFn) -> Profile:
    published = draw(st.one_of(st.none(), _PERIOD))
    return Profile(
        id="",
        words=tuple(draw(st.lists(_WORDS, max_size=6))),
        entities=tuple(draw(st.lists(_NAMES, max_size=3))),
        published=published,
        mentioned=tuple(draw(st.lists(_PERIOD, max_size=2))),
        lead_weekdays=frozenset()
        if published is not None
        else frozenset(draw(st.sets(st.integers(0, 6), max_size=2))),
    )


@st.composite
def _piles(draw: st.DrawFn) -> tuple[list[Profile], dict[tuple[int, int], float]]:
    profiles = draw(st.lists(_profiles(), min_size=1, max_size=14))
    profiles = [dataclasses.replace(p, id=f"a{k:02d}") for k, p in enumerate(profiles)]
    n = len(profiles)
    links = draw(
        st.dictionaries(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            st.sampled_from([0.1, 0.5, 1.0]),
            max_size=3,
        )
    )
    return profiles, links


def _dense(
    profiles: list[Profile], links: dict[tuple[int, int], float], story: StorySettings
) -> np.ndarray:
    sim = _similarity(profiles, story)
    for (i, j), strength in links.items():
        sim[i, j] = sim[j, i] = max(sim[i, j], strength)
    return sim


@given(
    pile=_piles(),
    threshold=st.sampled_from([0.15, 0.3, 0.6]),
    window=st.sampled_from([0, 3]),
    decay=st.sampled_from([0, 5, 30]),
)
@settings(max_examples=300, deadline=None)
def test_blocked_clusters_equal_dense_average_linkage(
    pile: tuple[list[Profile], dict[tuple[int, int], float]],
    threshold: float,
    window: int,
    decay: int,
) -> None:
    profiles, links = pile
    story = StorySettings(threshold=threshold, window_days=window, decay_days=decay)
    dense = _dense(profiles, links, story)
    labels = average_link(dense, threshold)
    expected = {frozenset(int(i) for i in np.flatnonzero(labels == label)) for label in set(labels)}
    found = list(clusters(Pairs(profiles, links, story)))
    assert {frozenset(members) for members, _ in found} == expected
    for members, sim in found:  # the story's centre is read from this block: bit-identical
        assert np.array_equal(sim, dense[np.ix_(members, members)])


@given(
    values=st.lists(
        st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
        min_size=45,
        max_size=45,
        unique=True,
    ),
    size=st.integers(2, 10),
    threshold=st.sampled_from([0.15, 0.5, 0.8]),
)
@settings(max_examples=300, deadline=None)
def test_average_link_is_scipys_average_linkage_cut_at_the_threshold(
    values: list[float], size: int, threshold: float
) -> None:
    """Without ties, the same clusters as scipy's linkage(method="average") and fcluster."""
    from scipy.cluster.hierarchy import fcluster, linkage

    sim = np.ones((size, size))
    upper = np.triu_indices(size, k=1)
    sim[upper] = values[: len(upper[0])]
    sim.T[upper] = values[: len(upper[0])]
    tree = linkage(1.0 - sim[upper], method="average")
    theirs = fcluster(tree, t=1.0 - threshold, criterion="distance")
    ours = average_link(sim, threshold)
    assert len(set(zip(theirs, ours, strict=True))) == len(set(theirs)) == len(set(ours))


def test_a_tie_goes_to_the_lowest_members_whatever_else_is_in_the_pile() -> None:
    """Two articles with the same words, one linked to a third: a tie at distance 0.

    The pair of lowest ids joins first and the third stays apart (its average
    distance to the pair is 0.5), with or without unrelated articles around
    (scipy's nearest-neighbour chain broke this tie by where its chain started).
    """

    def profile(id_: str, words: tuple[str, ...], names: tuple[str, ...] = ()) -> Profile:
        return Profile(id=id_, words=words, entities=names, published=None, mentioned=())

    story = StorySettings(threshold=0.6)
    pile = [profile("b", ("banjir",)), profile("c", ("banjir",)), profile("e", (), ("Garut",))]
    alone = {frozenset(m) for m, _ in clusters(Pairs(pile, {(0, 2): 1.0}, story))}
    assert alone == {frozenset({0, 1}), frozenset({2})}
    around = [profile("a", ()), profile("a1", (), ("Garut",)), *pile[:2], profile("d", ()), pile[2]]
    found = {frozenset(m) for m, _ in clusters(Pairs(around, {(2, 5): 1.0}, story))}
    assert found == {
        frozenset({0}),
        frozenset({1}),
        frozenset({2, 3}),
        frozenset({4}),
        frozenset({5}),
    }


@given(pile=_piles(), decay=st.sampled_from([0, 5, 30]))
@settings(max_examples=200, deadline=None)
def test_similarity_blocks_are_bit_identical_to_the_dense_matrix(
    pile: tuple[list[Profile], dict[tuple[int, int], float]], decay: int
) -> None:
    profiles, _ = pile
    story = StorySettings(decay_days=decay)
    dense = _similarity(profiles, story)
    pairs = Pairs(profiles, {}, story)
    n = len(profiles)
    rows, cols = np.arange(0, n, 2), np.arange(n)[::-1]
    assert np.array_equal(similarity_block(pairs, rows, cols), dense[np.ix_(rows, cols)])


@given(pile=_piles(), decay=st.sampled_from([0, 5, 30]))
@settings(max_examples=200, deadline=None)
def test_edges_are_every_pair_at_the_threshold(
    pile: tuple[list[Profile], dict[tuple[int, int], float]], decay: int
) -> None:
    """No pair at or above the threshold is left out by the date blocking."""
    profiles, links = pile
    story = StorySettings(decay_days=decay)
    dense = _dense(profiles, links, story)
    i, j = Pairs(profiles, links, story).edges()
    found = set(zip(i.tolist(), j.tolist(), strict=True))
    upper = np.triu(dense >= story.threshold, k=1)
    assert {(int(a), int(b)) for a, b in zip(*np.nonzero(upper), strict=True)} <= found


def test_components_split_events_months_apart_and_join_a_linked_pair() -> None:
    day = dt.date(2023, 6, 8)
    summit = ("jokowi", "anwar", "istana", "bogor", "kerja", "sama")
    profiles = [
        Profile(id="a", words=summit, entities=(), published=(day, day), mentioned=()),
        Profile(id="b", words=summit, entities=(), published=(day, day), mentioned=()),
        Profile(
            id="c", words=summit, entities=(), published=(day.replace(year=2024),) * 2, mentioned=()
        ),
        Profile(id="d", words=("banjir", "garut"), entities=(), published=None, mentioned=()),
    ]
    blocks = components(Pairs(profiles, {}, StorySettings()))
    assert [b.tolist() for b in blocks] == [[0, 1], [2], [3]]
    linked = components(Pairs(profiles, {(2, 3): 1.0}, StorySettings()))
    assert [b.tolist() for b in linked] == [[0, 1], [2, 3]]


@given(st.lists(st.tuples(_PERIOD, st.lists(_PERIOD, max_size=3)), min_size=1, max_size=6))
def test_date_gaps_are_the_smallest_of_publication_and_each_named_period(
    found: list[tuple[tuple[dt.date, dt.date], list[tuple[dt.date, dt.date]]]],
) -> None:
    """Publication to publication, or a day one article names to the other's publication."""
    profiles = [
        Profile(id=str(k), words=(), entities=(), published=pub, mentioned=tuple(named))
        for k, (pub, named) in enumerate(found)
    ]
    pairs = Pairs(profiles, {}, StorySettings())
    everyone = np.arange(len(found))
    named = _named_gaps(pairs, everyone, pairs.start, pairs.end)
    gap = np.minimum(named, named.T)
    for i, (pub_i, named_i) in enumerate(found):
        for j, (pub_j, named_j) in enumerate(found):

            def apart(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
                return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)

            want = min(
                [apart(pub_i, pub_j)]
                + [apart(p, pub_j) for p in named_i]
                + [apart(p, pub_i) for p in named_j]
            )
            assert min(int(gap[i, j]), apart(pub_i, pub_j)) == want


@pytest.mark.skipif(not ECB.exists(), reason="ECB+ dev not available")
def test_ecbplus_dev_stories_equal_the_dense_clustering() -> None:
    rows = [json.loads(line) for line in ECB.read_text(encoding="utf-8").splitlines()]
    articles = [
        Article(id=r["doc_id"], source=r["doc_id"], raw=r["text"], text=r["text"], language="en")
        for r in rows
    ]
    english = StorySettings(stopwords=frozenset(ENGLISH_STOP_WORDS))  # as bench/stories.py runs
    assert build_stories(articles, settings=english) == dense_stories(articles, settings=english)
    assert build_stories(articles) == dense_stories(articles)
