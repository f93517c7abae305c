"""Sentence similarity: TF-IDF rows equal to scikit-learn's vectorizer, bit for bit."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from kilas.corpus.sentences_sim import cosine_of, tfidf_rows


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
