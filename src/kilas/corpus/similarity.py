"""Pairwise article similarity for story clustering.

Similarity blends three signals, each in [0, 1]: TF-IDF cosine over content
words (title counted twice), TF-IDF cosine over entity keys, and agreement of
dates (publication days close together, event days mentioned by both). Known
near-duplicates are linked at similarity 1. The matrix depends only on the
set of articles, never on the order they were given in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

import numpy as np
from scipy.sparse import diags
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from kilas.corpus.layers import dating_times, day_of, entities_of
from kilas.corpus.words import content_words
from kilas.model import Article

Matrix = np.ndarray


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Features:
    """What story clustering reads from one article (computed once per article)."""

    id: str
    words: tuple[str, ...]
    entities: tuple[str, ...]
    day: dt.date | None
    event_days: frozenset[dt.date]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SimilaritySettings:
    """Weights of the similarity signals."""

    text_weight: float = 0.75
    """Weight of the content-word cosine; the entity cosine gets the rest."""

    window_days: int = 10
    """Publication days further apart than this lower the similarity."""

    decay_days: int = 60
    """Days beyond the window over which the date penalty reaches its maximum."""

    max_date_penalty: float = 0.5
    """The similarity of two articles far apart in time is at most (1 - this) of their text's."""

    shared_day_bonus: float = 0.1
    """Added when both articles mention the same event day."""


def features_of(article: Article) -> Features:
    """Return the clustering features of an article."""
    title = article.title or ""
    words = content_words(title, article.language) * 2
    words += content_words(article.text, article.language)
    entities = [k for k, n in entities_of(article).items() for _ in range(n)]
    days = {day_of(t.value) for t in dating_times(article) if t.granularity in ("day", "time")}
    return Features(
        id=article.id,
        words=tuple(words),
        entities=tuple(entities),
        day=day_of(article.date),
        event_days=frozenset(d for d in days if d is not None),
    )


def _cosine(docs: Sequence[tuple[str, ...]]) -> Matrix:
    """Cosine similarity of sublinear TF-IDF vectors of token lists.

    The IDF is ``ln((N + 1) / df)``: a word in every document weighs almost
    nothing, which keeps small piles on one subject (five articles on the
    same two leaders) from looking alike through their shared vocabulary.
    """
    if not any(docs):
        return np.zeros((len(docs), len(docs)))
    counts = CountVectorizer(analyzer=_identity).fit_transform(docs).astype(float)
    counts.data = 1.0 + np.log(counts.data)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((len(docs) + 1) / df)
    weighted = normalize(counts @ diags(idf))
    sims: Matrix = (weighted @ weighted.T).toarray()
    return sims


def _identity(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The analyzer of pre-tokenised documents."""
    return tokens


def _date_factor(a: Features, b: Features, settings: SimilaritySettings) -> float:
    """Multiplier in (0, 1] from the gap between two publication days."""
    if a.day is None or b.day is None:
        return 1.0
    gap = abs((a.day - b.day).days) - settings.window_days
    if gap <= 0:
        return 1.0
    return 1.0 - settings.max_date_penalty * min(1.0, gap / settings.decay_days)


def similarity_matrix(
    features: Sequence[Features],
    links: Mapping[str, frozenset[str]] | None = None,
    settings: SimilaritySettings | None = None,
) -> Matrix:
    """Return the symmetric similarity matrix of the articles, in the order given.

    Args:
        features: one entry per article.
        links: article id -> ids of its near-duplicates (similarity 1).
        settings: signal weights.

    Returns:
        An ``n x n`` array with values in [0, 1] and ones on the diagonal.
    """
    settings = settings or SimilaritySettings()
    text = _cosine([f.words for f in features])
    ents = _cosine([f.entities for f in features])
    sims = settings.text_weight * text + (1 - settings.text_weight) * ents
    links = links or {}
    for i, a in enumerate(features):
        for j in range(i + 1, len(features)):
            b = features[j]
            value = sims[i, j] * _date_factor(a, b, settings)
            if a.event_days & b.event_days:
                value += settings.shared_day_bonus
            if b.id in links.get(a.id, frozenset()) or a.id in links.get(b.id, frozenset()):
                value = 1.0
            sims[i, j] = sims[j, i] = min(1.0, value)
    np.fill_diagonal(sims, 1.0)
    return sims
