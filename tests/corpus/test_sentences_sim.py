"""Sentence similarity: TF-IDF rows equal to scikit-learn's vectorizer, bit for bit."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from kilas.corpus.sentences_sim import cosine_of, groups, tfidf_rows


def _reference(docs: list[list[str]]) -> sparse.csr_matrix:
    n = len(docs)
    counts = CountVectorizer(analyzer=lambda t: t).fit_transform(docs).astype(float)
    counts.data = 1.0 + np.log(counts.data)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return normalize(counts @ sparse.diags(np.log((n + 1) / df))).tocsr()


WORDS = st.sampled_from(["presiden", "jokowi", "tol", "resmi", "jalan", "kpk", "periksa", "ü"])


@given(st.lists(st.lists(WORDS, max_size=8), min_size=1, max_size=6).filter(any))
def test_tfidf_rows_equal_scikit_learn_bit_for_bit(docs: list[list[str]]) -> None:
    ours, theirs = tfidf_rows(docs), _reference(docs)
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)
    assert np.array_equal(ours.data, theirs.data)


def test_the_same_event_told_twice_is_more_similar_than_another() -> None:
    docs = [
        ["presiden", "resmi", "jalan", "tol"],
        ["jokowi", "resmi", "tol"],
        ["kpk", "periksa", "menteri"],
    ]
    sims = cosine_of(tfidf_rows(docs))
    assert sims[0, 1] > 0.2 > sims[0, 2] == 0.0


def _fcluster_groups(sims: np.ndarray, threshold: float) -> list[list[int]]:
    """:func:`groups` as scipy's ``fcluster`` cuts the same average-linkage tree."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distances = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(distances, 0.0)
    distances = (distances + distances.T) / 2
    labels = fcluster(
        linkage(squareform(distances, checks=False), method="average"),
        t=1.0 - threshold,
        criterion="distance",
    )
    found: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        found.setdefault(int(label), []).append(index)
    return sorted(found.values(), key=lambda g: g[0])


@given(
    st.lists(st.lists(WORDS, max_size=6), min_size=2, max_size=12),
    st.sampled_from([0.2, 0.35, 0.5, 0.8]),
)
def test_groups_equal_scipy_fcluster(docs: list[list[str]], threshold: float) -> None:
    sims = cosine_of(tfidf_rows(docs))
    assert groups(sims, threshold) == _fcluster_groups(sims, threshold)


def test_groups_merge_only_similar_rows() -> None:
    sims = np.array([[1.0, 0.9, 0.0], [0.9, 1.0, 0.1], [0.0, 0.1, 1.0]])
    assert groups(sims, 0.35) == [[0, 1], [2]]
    assert groups(sims, 0.95) == [[0], [1], [2]]
