"""Brown-style hierarchical word clusters from our own unlabelled text.

Words get PPMI vectors over left and right neighbours, reduced by SVD, then a
bit-string code by recursive 2-means, so a prefix of the code is a coarser
cluster, as with Brown clusters. Text: the NER training sentences, the seed
articles, IndoTimex-dev and NERP's words without their labels (NERP is
lower-cased, which does not matter here: clusters are of lower-cased words).
Never IndoSum (evaluation only) or NER-UI (evaluation only). The co-occurrence
matrix is sparse, so the vocabulary can grow with the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from ner_data import DATA, Sentence, read_columns
from scipy import sparse
from sklearn.utils.extmath import randomized_svd

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


def nerp_sentences() -> list[list[str]]:
    """NERP's words without its labels (lower-cased news; every split, as text only)."""
    out: list[list[str]] = []
    for split in ("train", "valid", "test"):
        path = DATA / "ner" / "nerp" / f"{split}_preprocess.txt"
        out += [[w for w, _ in s] for s in read_columns(path)]
    return out


def train_clusters(
    sentences: Sequence[Sequence[str]],
    *,
    dims: int = 60,
    depth: int = 10,
    contexts: int = 1500,
    min_count: int = 2,
) -> dict[str, str]:
    """Return a bit-string cluster code for every word seen at least ``min_count`` times."""
    freq = Counter(w.lower() for s in sentences for w in s)
    vocab = [w for w, n in freq.most_common() if n >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:contexts])}
    rows: list[int] = []
    cols: list[int] = []
    for sent in sentences:
        low = [w.lower() for w in sent]
        for i, w in enumerate(low):
            row = index.get(w)
            if row is None:
                continue
            for slot, j in enumerate((i - 2, i - 1, i + 1, i + 2)):
                if 0 <= j < len(low) and (c := ctx.get(low[j])) is not None:
                    rows.append(row)
                    cols.append(slot * contexts + c)
    ones = np.ones(len(rows), dtype=np.float64)
    m = sparse.coo_matrix((ones, (rows, cols)), shape=(len(vocab), 4 * contexts)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sums = np.asarray(m.sum(1)).ravel()
    col_sums = np.asarray(m.sum(0)).ravel()
    coo = m.tocoo()
    pmi = np.log(coo.data * total / row_sums[coo.row] / col_sums[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix(
        (pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape, dtype=np.float64
    )
    u, sv, _ = randomized_svd(ppmi, dims, n_iter=4, random_state=0)
    vecs = (u * sv).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    codes = [""] * len(vocab)
    _split(vecs, np.arange(len(vocab)), "", depth, codes)
    return {w: codes[i] for i, w in enumerate(vocab)}


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
