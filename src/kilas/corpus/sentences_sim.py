"""Similarity of short texts (sentences) and grouping by it, for timeline and summaries.

Texts are bags of content words weighted by sublinear TF and an IDF of
``ln((N + 1) / df)`` over the texts compared, so a word every text shares
weighs almost nothing. Grouping is average-linkage clustering cut at a fixed
similarity: deterministic, and independent of the order within each row set
up to ties, which are broken by position.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

Matrix = np.ndarray


def tfidf_rows(docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Return L2-normalised TF-IDF rows of token lists (an empty list gives a zero row)."""
    n = len(docs)
    if not any(docs):
        return sparse.csr_matrix((n, 1))
    counts = _counts(docs)
    tf = 1.0 + np.log(counts.data.astype(float))
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((n + 1) / df)
    # ``counts @ diags(idf)`` without scipy's product: each entry is one product (tf times its
    # term's idf, never 0), and the product lists each row's entries by descending column,
    # which this keeps, so every sum after it is bit for bit the same.
    indptr = counts.indptr
    row = np.repeat(np.arange(n), np.diff(indptr))
    order = np.lexsort((-counts.indices, row))
    data, indices = tf[order] * idf[counts.indices[order]], counts.indices[order]
    rows = sparse.csr_matrix((data, indices, indptr), shape=counts.shape)
    # sklearn's ``normalize`` runs this after validating (and copying) its input; ``rows`` is a
    # fresh float64 CSR matrix, so it is normalised in place, bit for bit as ``normalize`` would.
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2  # slow import

    inplace_csr_row_normalize_l2(rows)
    return rows


def cosine_matrix(docs: Sequence[Sequence[str]]) -> Matrix:
    """Return the ``n x n`` cosine similarity of TF-IDF vectors of token lists."""
    return cosine_of(tfidf_rows(docs))


def cosine_of(rows: sparse.csr_matrix) -> Matrix:
    """Return the cosine similarity of normalised rows, as a dense array."""
    sims: Matrix = np.asarray((rows @ rows.T).todense())
    return sims


def _counts(docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Term counts per document, laid out as scikit-learn's ``CountVectorizer`` lays them out.

    Columns are terms in sorted order; within a row, entries follow the order
    in which the pile first saw each term. The same layout keeps every sum
    after it (norms, dot products) bit-identical, without the vectorizer's
    per-call overhead (a story summary calls this once per story).
    """
    first: dict[str, int] = {}
    ids: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counter: dict[int, int] = {}
        for token in doc:
            k = first.setdefault(token, len(first))
            counter[k] = counter.get(k, 0) + 1
        for k in sorted(counter):
            ids.append(k)
            values.append(counter[k])
        indptr.append(len(ids))
    rank = np.empty(len(first), dtype=np.int32)
    for r, term in enumerate(sorted(first)):
        rank[first[term]] = r
    columns = rank[np.asarray(ids, dtype=np.intp)]
    shape = (len(docs), len(first))
    data = np.asarray(values, dtype=np.int64)
    return sparse.csr_matrix((data, columns, np.asarray(indptr, dtype=np.int32)), shape=shape)


def groups(sims: Matrix, threshold: float) -> list[list[int]]:
    """Return row indices grouped by average linkage, merged while similarity >= threshold.

    Groups are sorted by their smallest index; indices within a group ascend.
    """
    n = sims.shape[0]
    if n <= 1:
        return [[0]] if n else []
    distances = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(distances, 0.0)
    distances = (distances + distances.T) / 2
    from scipy.cluster.hierarchy import linkage  # slow import: only when used
    from scipy.spatial.distance import squareform

    tree = linkage(squareform(distances, checks=False), method="average")
    return _cut(tree, 1.0 - threshold)


def _cut(tree: Matrix, cut: float) -> list[list[int]]:
    """The flat clusters of ``fcluster(tree, t=cut, criterion="distance")``, as index groups.

    A cluster is a topmost node whose subtree merges at heights no greater
    than ``cut`` (its height: the largest merge height in it, as ``fcluster``
    reads it). The same groups without ``fcluster``'s validation of the tree,
    which cost more than the cut on a story's few hundred sentences.
    """
    n = len(tree) + 1
    height = [0.0] * (2 * n - 1)
    leaf = list(range(2 * n - 1))  # one leaf under each node
    root = list(range(n))  # union-find over the leaves

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for k, (a, b, distance, _) in enumerate(tree.tolist()):
        left, right, node = int(a), int(b), n + k
        height[node] = max(distance, height[left], height[right])
        leaf[node] = leaf[left]
        if height[node] <= cut:
            root[find(leaf[right])] = find(leaf[left])
    found: dict[int, list[int]] = {}
    for index in range(n):
        found.setdefault(find(index), []).append(index)
    return sorted(found.values(), key=lambda g: g[0])
