"""Shingles, MinHash signatures and LSH band keys for duplicate detection, in numpy.

A text is a set of shingles: ``size`` consecutive normalized words. Each word
is hashed once (CRC-32 of its UTF-8) and a shingle's 32-bit hash is a mixed
polynomial of its words' hashes, computed for every shingle at once; no
shingle string is ever built.

Signatures are datasketch's MinHash (the ``affine32`` scheme: permutations
``a * fmix32(h) + b`` modulo 2**32, drawn from the seed as ``datasketch.MinHash``
draws them), applied to the whole array of shingle hashes in one step. The
bands and rows of the LSH are datasketch's choice for the threshold
(``MinHashLSH``'s weighted false-positive and false-negative areas), and each
band becomes one 64-bit bucket key, so the index can live in any table keyed
by integers. Both are computed here rather than by importing datasketch, whose
import (scipy) costs more than a second of every ingest's start-up;
``tests/corpus/test_signatures.py`` checks permutations, signatures and band
layouts against datasketch itself.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from typing import Any

import numpy as np
import numpy.typing as npt

Hashes = npt.NDArray[np.uint32]
Keys = npt.NDArray[np.int64]

SEED = 1
_WORD = re.compile(r"\w+")
_PRIME = np.uint64(0x100000001B3)  # FNV-64 prime: odd, so each step is a bijection
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))
_MASK64 = (1 << 64) - 1
_FMIX64 = (np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53))


def normalize_words(text: str) -> list[str]:
    """The words of ``text``: NFC, lowercase, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingle_set(words: list[str], size: int) -> set[str]:
    """Every run of ``size`` consecutive words (the whole text when shorter), as strings."""
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def word_hashes(words: list[str]) -> npt.NDArray[np.uint64]:
    """The CRC-32 of each word, as 64-bit integers ready for mixing."""
    return np.array(list(map(zlib.crc32, map(str.encode, words))), dtype=np.uint64)


def shingle_hashes(words: npt.NDArray[np.uint64], size: int) -> Hashes:
    """Sorted distinct 32-bit hashes of the shingles of a text, given its word hashes.

    Equal shingles (the same words in the same order) always get equal hashes;
    distinct ones collide with probability about 2**-32.
    """
    return distinct(window_hashes(words, size))


def distinct(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """The sorted distinct values (``np.unique`` without its overhead on small arrays)."""
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def window_hashes(words: npt.NDArray[np.uint64], size: int) -> Hashes:
    """The hash of every run of ``size`` words, in text order (one run when the text is shorter)."""
    n = len(words)
    if n == 0:
        return np.empty(0, dtype=np.uint32)
    width = min(size, n)
    count = n - width + 1
    mixed = words[:count].copy()
    for offset in range(1, width):
        mixed *= _PRIME
        mixed += words[offset : offset + count]
    return _fmix64(mixed).astype(np.uint32)


def grouped_sets(hashes: Hashes, groups: npt.NDArray[np.intp]) -> tuple[Hashes, Keys]:
    """The distinct hashes of each group, by group then hash, and the group of each.

    One sort serves every group (a paragraph, say): ``hashes[i]`` belongs to
    group ``groups[i]``.
    """
    combined = distinct((groups.astype(np.uint64) << np.uint64(32)) | hashes)
    return (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32), (combined >> np.uint64(32)).astype(
        np.int64
    )


def _fmix64(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """MurmurHash3's 64-bit finalizer, element-wise (wrapping multiplication is intended)."""
    shift, m1, m2 = _FMIX64
    values = values ^ (values >> shift)
    values = values * m1
    values = values ^ (values >> shift)
    values = values * m2
    return values ^ (values >> shift)


def _fmix32(values: Hashes) -> Hashes:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before its permutations."""
    s1, m1, s2, m2 = _FMIX32
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s1)


class MinHasher:
    """MinHash signatures of ``num_perm`` permutations, and their LSH band keys.

    Args:
        num_perm: permutations per signature.
        threshold: the Jaccard similarity the LSH is tuned for (datasketch
            chooses ``bands`` × ``rows``, weighing misses and false candidates equally).
        salt: distinguishes the band keys of one kind of text from another's.

    Raises:
        ValueError: the layout for ``threshold`` has a single band (datasketch refuses it too).
    """

    def __init__(self, num_perm: int, threshold: float, *, salt: int) -> None:
        self.num_perm = num_perm
        self.permutations: Hashes = permutations(num_perm, SEED)
        self.empty: Hashes = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        self.bands, self.rows = _band_layout(threshold, num_perm)
        if self.bands < 2:
            raise ValueError(
                f"threshold {threshold} with {num_perm} permutations leaves fewer than 2 LSH "
                "bands; lower the threshold or raise num_perm"
            )
        self.salt = salt
        power = [pow(int(_PRIME), k, 1 << 64) for k in range(self.rows + 2)]
        self._row_powers = np.array(power[self.rows - 1 :: -1], dtype=np.uint64)
        self._band_terms = np.array(
            [
                (salt * power[self.rows + 1] + band * power[self.rows]) & _MASK64
                for band in range(self.bands)
            ],
            dtype=np.uint64,
        )

    def signature(self, hashes: Hashes) -> Hashes:
        """The MinHash of a set of shingle hashes (all maxima for the empty set)."""
        if hashes.size == 0:
            return self.empty.copy()
        a, b = self.permutations
        permuted = _fmix32(hashes)[:, None] * a + b
        return np.asarray(permuted.min(axis=0), dtype=np.uint32)

    def signatures(self, hashes: Hashes, starts: npt.NDArray[np.intp]) -> npt.NDArray[np.uint32]:
        """Signatures of several sets at once: ``hashes`` concatenated, each set from its start.

        Every set must be non-empty; row ``i`` is the signature of set ``i``.
        """
        a, b = self.permutations
        permuted = _fmix32(hashes)[:, None] * a + b
        return np.asarray(np.minimum.reduceat(permuted, starts, axis=0), dtype=np.uint32)

    def band_keys(self, signatures: npt.NDArray[np.uint32]) -> Keys:
        """One signed 64-bit bucket key per band for each signature row (``(n, bands)``).

        Two signatures share a key (but for a 2**-64 chance) exactly when they
        agree on every row of that band, as datasketch's band buckets do.
        """
        rows = np.atleast_2d(signatures)[:, : self.bands * self.rows].astype(np.uint64)
        rows = rows.reshape(len(rows), self.bands, self.rows)
        # salt, band, row 0, …, row r-1 as one polynomial in _PRIME (wrapping, so mod 2**64)
        mixed: npt.NDArray[np.uint64] = np.matmul(rows, self._row_powers) + self._band_terms
        return _fmix64(mixed).view(np.int64)


def exact_key(digest: int, salt: int) -> int:
    """The bucket key under which texts with this 64-bit digest are filed."""
    value = (salt * 0x100000001B3 + digest) & _MASK64
    for multiplier in (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53):
        value ^= value >> 33
        value = (value * multiplier) & _MASK64
    value ^= value >> 33
    return value - (1 << 64) if value >= 1 << 63 else value


def permutations(num_perm: int, seed: int) -> Hashes:
    """The ``(2, num_perm)`` affine permutations ``a`` (odd) and ``b`` that
    ``datasketch.MinHash(num_perm, seed, scheme="affine32")`` draws."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b], dtype=np.uint32)


@functools.lru_cache(maxsize=16)
def _band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) as datasketch's MinHashLSH picks them for this threshold (equal weights).

    The layout minimises the area under the candidate probability
    ``1 - (1 - s**r)**b`` below the threshold plus the area above it under its
    complement. Both integrands are polynomials of degree ``b * r <= num_perm``,
    so Gauss-Legendre quadrature with ``num_perm // 2 + 1`` nodes is exact.
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    below = threshold / 2 * (nodes + 1)  # nodes mapped to [0, threshold]
    above = threshold + (1 - threshold) / 2 * (nodes + 1)  # and to [threshold, 1]
    best, layout = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            false_positive = threshold / 2 * weights @ (1 - (1 - below**rows) ** bands)
            false_negative = (1 - threshold) / 2 * weights @ ((1 - above**rows) ** bands)
            error = 0.5 * float(false_positive) + 0.5 * float(false_negative)
            if error < best:
                best, layout = error, (bands, rows)
    return layout
