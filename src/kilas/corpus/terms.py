"""Content words and TF-IDF vectors for the story, timeline and summary stages.

The language is a plug-in: :func:`stopwords` returns the built-in Indonesian
list for ``id`` and scikit-learn's English list for ``en``; callers may pass
their own set instead. Vectors are L2-normalised TF-IDF rows whose vocabulary
is sorted, so the same documents always give the same matrix.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

import numpy as np
import scipy.sparse as sp

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

_INDONESIAN = """
ada adalah adanya agar akan aku anda antara apa apabila apakah atas atau ataupun bagaimana
bagi bahkan bahwa baik banyak baru beberapa begitu belum bersama beserta bila bisa boleh
bukan cukup dalam dan dapat dari daripada demi dengan di dia diri dirinya hal hanya harus
hingga ia ialah ini itu jadi jika juga kalau kami kamu kan karena ke kepada ketika kini
kita lagi lain lalu lebih maka masih mau melalui memang menjadi menurut mereka meski
meskipun mungkin namun nya oleh pada para per perlu pernah pula pun saat saja sama sampai
sangat saya sebagai sebelum sebuah secara sedang sehingga sejak sekitar selain selama
semua sendiri seperti serta setelah setiap sudah supaya tak tanpa tapi telah tengah
tentang terhadap tersebut tetapi tidak untuk walaupun yaitu yakni yang sementara
mengatakan kata katanya ujar ujarnya menurutnya dikatakan mengungkapkan menyebut
menyebutkan tambahnya lanjutnya jelasnya hari tahun bulan pekan minggu senin selasa rabu
kamis jumat sabtu mendatang sebelumnya kemudian salah satu dua tiga antaranya pukul wib
""".split()  # noqa: SIM905 - a word list reads better as text than as 150 literals


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    """Return the lowercase stopwords of a language (``id`` or ``en``); empty when unknown."""
    if language == "en":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "according"}
    if language == "id":
        return frozenset(_INDONESIAN)
    return frozenset()


def words(text: str) -> list[str]:
    """Return the lowercase word tokens of ``text`` (hyphenated words kept whole)."""
    return [w.lower() for w in _WORD.findall(text)]  # no capturing group: whole matches


def content_words(text: str, stop: Collection[str]) -> list[str]:
    """Return the words of ``text`` that are not stopwords or single characters.

    Numbers are kept: "23 pirates" and "5 vessels" tell two look-alike events apart.
    """
    return [w for w in words(text) if len(w) > 1 and w not in stop]


_NAME = re.compile(r"[A-Z][^\W_]*(?:[-'’][^\W_]+)*(?:\s+[A-Z][^\W_]*(?:[-'’][^\W_]+)*)*")


def capitalised(text: str, stop: Collection[str]) -> list[str]:
    """Return runs of capitalised words, leading stopwords dropped: a stand-in for names.

    Noisy (sentence-initial words come with them) but names of people,
    places and organisations are in it when no entity layer is available.
    """
    out = []
    for match in _NAME.finditer(text):
        parts = match.group().split()
        while parts and parts[0].lower() in stop:
            parts = parts[1:]
        if parts and not (len(parts) == 1 and len(parts[0]) < 2):
            out.append(" ".join(parts))
    return out


def tfidf(documents: Sequence[Sequence[str]], *, sublinear: bool = True) -> sp.csr_matrix:
    """Return L2-normalised TF-IDF rows of pre-tokenised documents (smooth IDF over them).

    An empty collection, or one without a single token, gives an all-zero matrix.
    """
    if not any(documents):
        return sp.csr_matrix((len(documents), 1), dtype=np.float64)
    from sklearn.feature_extraction.text import TfidfVectorizer  # slow import: only when used

    vectorizer = TfidfVectorizer(
        analyzer=_identity, sublinear_tf=sublinear, norm="l2", dtype=np.float64
    )
    return sp.csr_matrix(vectorizer.fit_transform(list(documents)))


def _identity(tokens: Sequence[str]) -> Sequence[str]:
    """Pass pre-tokenised documents through the vectorizer unchanged."""
    return tokens


def cosine(matrix: sp.csr_matrix) -> np.ndarray:
    """Return the dense row-by-row cosine matrix of L2-normalised rows."""
    product = matrix @ matrix.T
    return np.asarray(product.toarray(), dtype=np.float64)
