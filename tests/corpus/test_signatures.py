"""Shingle hashes, MinHash signatures and band keys against datasketch and the string shingles."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from kilas.corpus.signatures import (
    MinHasher,
    exact_key,
    grouped_sets,
    normalize_words,
    shingle_hashes,
    shingle_set,
    window_hashes,
    word_hashes,
)

TEXT = (
    "Kepala Badan Penanggulangan Bencana Daerah Sleman mengatakan sedikitnya tiga ratus "
    "rumah warga terendam air setinggi satu meter di tiga kecamatan."
)

_words = st.lists(
    st.sampled_from(["banjir", "warga", "sungai", "rumah", "hujan", "pasar", "harga", "desa"]),
    min_size=0,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(words=_words)
def test_shingle_hashes_count_the_distinct_shingles(words: list[str]) -> None:
    assert len(shingle_hashes(word_hashes(words), 5)) == len(shingle_set(words, 5))


def test_equal_word_runs_hash_equal_and_order_matters() -> None:
    words = normalize_words(TEXT)
    hashes = window_hashes(word_hashes(words + words), 5)
    n = len(words)
    assert hashes[0] == hashes[n]  # the same five words at the start of each copy
    swapped = window_hashes(word_hashes(["tiga", "ratus", "rumah", "warga", "terendam"]), 5)
    straight = window_hashes(word_hashes(["ratus", "tiga", "rumah", "warga", "terendam"]), 5)
    assert swapped[0] != straight[0]


@settings(max_examples=30, deadline=None)
@given(values=st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=200))
def test_signature_is_datasketch_minhash_of_the_same_hashes(values: list[int]) -> None:
    hasher = MinHasher(128, 0.5, salt=1)
    reference = MinHash(num_perm=128, seed=1, hashfunc=int)
    reference.update_batch(values)
    hashes = np.unique(np.array(values, dtype=np.uint32))
    assert hasher.signature(hashes).tolist() == reference.hashvalues.tolist()


@pytest.mark.parametrize("num_perm", [8, 32, 128, 256])
def test_permutations_and_empty_signature_are_datasketchs(num_perm: int) -> None:
    reference = MinHash(num_perm=num_perm, seed=1, scheme="affine32")
    hasher = MinHasher(num_perm, 0.5, salt=1)
    assert hasher.permutations.tolist() == reference.permutations.tolist()
    assert hasher.empty.tolist() == reference.hashvalues.tolist()


def test_signatures_of_groups_equal_one_by_one() -> None:
    hasher = MinHasher(32, 0.5, salt=2)
    sets = [np.array([5, 9, 11], dtype=np.uint32), np.array([1], dtype=np.uint32)]
    hashes, groups = grouped_sets(np.concatenate(sets), np.array([0, 0, 0, 1]))
    assert groups.tolist() == [0, 0, 0, 1]
    together = hasher.signatures(hashes, np.array([0, 3]))
    assert [row.tolist() for row in together] == [hasher.signature(s).tolist() for s in sets]


@pytest.mark.parametrize("num_perm", [16, 32, 64, 100, 128, 256])
@pytest.mark.parametrize("threshold", [0.2, 0.3, 0.45, 0.5, 0.6, 0.75, 0.9])
def test_bands_are_the_ones_datasketch_picks(num_perm: int, threshold: float) -> None:
    try:
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    except ValueError:  # datasketch refuses a single band: so do we
        with pytest.raises(ValueError, match="fewer than 2 LSH bands"):
            MinHasher(num_perm, threshold, salt=1)
        return
    hasher = MinHasher(num_perm, threshold, salt=1)
    assert (hasher.bands, hasher.rows) == (lsh.b, lsh.r)


def test_default_bands() -> None:
    assert (MinHasher(128, 0.5, salt=1).bands, MinHasher(32, 0.5, salt=1).bands) == (25, 8)


def test_band_keys_agree_exactly_on_the_bands_two_signatures_share() -> None:
    hasher = MinHasher(32, 0.5, salt=2)  # 8 bands of 4 rows
    a = hasher.signature(shingle_hashes(word_hashes(normalize_words(TEXT)), 5))
    b = a.copy()
    b[5] += 1  # row 5 is in band 1
    keys = hasher.band_keys(np.stack([a, b]))
    assert keys.shape == (2, 8)
    assert [bool(x == y) for x, y in zip(keys[0], keys[1], strict=True)] == [
        True,
        False,
        *[True] * 6,
    ]
    other_salt = MinHasher(32, 0.5, salt=4).band_keys(a)
    assert not set(other_salt[0].tolist()) & set(keys[0].tolist())


def test_exact_keys_are_signed_64_bit_and_salted() -> None:
    keys = {exact_key(digest, salt) for digest in (0, 1, 2**64 - 1) for salt in (3, 4)}
    assert len(keys) == 6
    assert all(-(2**63) <= k < 2**63 for k in keys)
