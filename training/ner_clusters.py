"""Brown-style hierarchical word clusters from our own unlabelled text.

Words get PPMI vectors over left and right neighbours, reduced by SVD, then a
bit-string code by recursive 2-means, so a prefix of the code is a coarser
cluster, as with Brown clusters. Text: the NER training sentences, the seed
articles and IndoTimex-dev (never IndoSum, NER-UI or NERP).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from ner_data import DATA, Sentence

ROOT = Path(__file__).resolve().parents[1]
_TAG = re.compile(r"<[^>]+>")


def unlabelled_sentences(labelled: Sequence[Sentence]) -> list[list[str]]:
    """Word sequences from the training sentences, the seeds and IndoTimex-dev."""
    from kilas.annotate.sentences import token_spans

    out = [[w for w, _ in s] for s in labelled]
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA.parent / "seeds").glob("*.txt"))]
    for path in sorted((DATA / "temporal" / "indotimex-dev").glob("*")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        texts.append(_TAG.sub(" ", raw.split("<TEXT>")[-1]))
    for text in texts:
        for line in text.splitlines():
            words = [line[a:b] for a, b in token_spans(line)]
            if words:
                out.append(words)
    return out


def train_clusters(
    sentences: Sequence[Sequence[str]], *, dims: int = 60, depth: int = 10, contexts: int = 1500
) -> dict[str, str]:
    """Return a bit-string cluster code for every word seen at least twice."""
    freq = Counter(w.lower() for s in sentences for w in s)
    vocab = [w for w, n in freq.most_common() if n >= 2]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:contexts])}
    m = np.zeros((len(vocab), 4 * contexts), dtype=np.float32)
    for sent in sentences:
        low = [w.lower() for w in sent]
        for i, w in enumerate(low):
            row = index.get(w)
            if row is None:
                continue
            for slot, j in enumerate((i - 2, i - 1, i + 1, i + 2)):
                if 0 <= j < len(low) and (c := ctx.get(low[j])) is not None:
                    m[row, slot * contexts + c] += 1
    total = m.sum()
    rows = m.sum(1, keepdims=True) + 1e-9
    cols = m.sum(0, keepdims=True) + 1e-9
    with np.errstate(divide="ignore"):
        ppmi = np.maximum(np.log(m * total / rows / cols), 0)
    vecs = _svd(ppmi, dims)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    codes = [""] * len(vocab)
    _split(vecs, np.arange(len(vocab)), "", depth, codes)
    return {w: codes[i] for i, w in enumerate(vocab)}


def _svd(m: np.ndarray, dims: int) -> np.ndarray:
    """Left singular vectors times values, by randomized SVD (two power iterations)."""
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], dims + 20)).astype(np.float32))
    for _ in range(2):
        q, _ = np.linalg.qr(m @ (m.T @ q))
    u, s, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    return (q @ u[:, :dims]) * s[:dims]


def _split(vecs: np.ndarray, ids: np.ndarray, code: str, depth: int, codes: list[str]) -> None:
    """Recursive 2-means: append a bit to each word's code per level."""
    if depth == 0 or len(ids) < 4:
        for i in ids:
            codes[i] = code
        return
    x = vecs[ids]
    rng = np.random.default_rng(len(code))
    centres = x[rng.choice(len(ids), 2, replace=False)]
    for _ in range(10):
        assign = np.argmax(x @ centres.T, axis=1)
        for k in (0, 1):
            if (assign == k).any():
                centres[k] = x[assign == k].mean(0)
    for k in (0, 1):
        _split(vecs, ids[assign == k], code + str(k), depth - 1, codes)
