"""Content words for the corpus stages: a tokenizer and stopword list per language.

Stories, timeline and summaries compare texts by their content words. The
language is a plug-in: :func:`content_words` takes a language code and looks
up its stopwords (Indonesian built in, English from scikit-learn's list), so
the same code clusters English benchmark data and Indonesian news.
"""

from __future__ import annotations

import functools
import re
from itertools import repeat

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

_ID_STOPWORDS = """
ada adalah adanya agar akan aku anda antara apa apabila apakah atas atau ataupun bagaimana
bagi bahkan bahwa baik banyak baru beberapa begitu belum bersama beserta bila bisa boleh
bukan cukup dalam dan dapat dari daripada demi dengan di dia diri dirinya dua hal hanya
harus hingga ia ialah ini itu jadi jika juga kalau kami kamu kan karena ke kedua kembali
kemudian kepada ketika kini kita lagi lain lalu lebih maka masih mau melalui memang
menjadi menurut mereka meski meskipun mungkin namun nya oleh pada para per perlu pernah
pula pun saat saja sama sampai sangat satu saya sebagai sebelum sebuah secara sedang
sehingga sejak sekitar selain selama semua sendiri seperti serta setelah setiap sudah
supaya tak tanpa tapi telah tengah tentang terhadap tersebut tetapi tidak tiga untuk
walaupun yaitu yakni yang sementara mengatakan kata katanya ujar ujarnya menurutnya
dikatakan mengungkapkan menyebut menyebutkan tambahnya lanjutnya jelasnya hari tahun
bulan pekan minggu senin selasa rabu kamis jumat sabtu lalu mendatang akan tersebut
""".split()  # noqa: SIM905 (a word list reads better as text)


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    """Return the lowercase stopwords of a language (``id``, ``en``); empty when unknown."""
    if language == "en":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told"}
    if language == "id":
        return frozenset(_ID_STOPWORDS)
    return frozenset()


def words(text: str) -> list[str]:
    """Return the lowercase word tokens of ``text`` (letters and digits, hyphenated kept whole)."""
    return [w.lower() for w in _WORD.findall(text)]


def content_words(text: str, language: str = "id") -> list[str]:
    """Return the lowercase content words of ``text``.

    Stopwords, bare numbers and one-letter words are left out.
    """
    stop = stopwords(language)
    found = map(str.lower, _WORD.findall(text))  # words(text), without building the list
    return [w for w in found if len(w) > 1 and w not in stop and not w.isdigit()]


def content_stems(text: str, language: str = "id") -> tuple[str, ...]:
    """Return the stems of the content words of ``text``: ``map(stem, content_words(…))``.

    Each written word's fate (left out, or its stem) is memoised: a pile repeats its words.
    """
    return tuple(filter(None, map(_content_stem, _WORD.findall(text), repeat(language))))


@functools.lru_cache(maxsize=1 << 17)
def _content_stem(word: str, language: str) -> str:
    """The stem of ``word`` as :func:`content_words` keeps it, or '' when it leaves it out."""
    low = word.lower()
    if len(low) > 1 and low not in stopwords(language) and not low.isdigit():
        return stem(low)
    return ""


_NAME = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|bin|van|von|de|der|al))*(?:\s+[A-Z][\w’'-]*)?"
)


def capitalised_names(text: str, language: str = "id") -> list[str]:
    """Return runs of capitalised words that are not sentence-initial stopwords.

    A fallback for "entities" when an article has no ``mentions`` layer: noisy,
    but names of people, places and organisations are in it.
    """
    stop = stopwords(language)
    out = []
    for m in _NAME.finditer(text):
        parts = m.group().split()
        while parts and parts[0].lower() in stop:
            parts = parts[1:]
        if parts and len(" ".join(parts)) > 1:
            out.append(" ".join(parts))
    return out


_PARTICLES = ("lah", "kah", "tah", "pun", "nya")
_SUFFIXES = ("kan", "an", "i")
_PREFIXES = (
    "memper", "menge", "meng", "meny", "mem", "men", "me", "diper", "di", "ber",
    "per", "pe", "peng", "peny", "pem", "pen", "ter", "ke", "se",
)  # fmt: skip
_LONGEST_FIRST = tuple(sorted(_PREFIXES, key=len, reverse=True))


# A pure function of the word, called for every word of every sentence by the corpus stages;
# memoised (bounded), it costs a dict lookup for the words a pile repeats.
@functools.lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """Return a light Indonesian stem: clitics, one suffix and one prefix stripped.

    "pertemuan" and "bertemu" both give "temu", "invasinya" gives "invasi";
    a stem is never shorter than four letters (the word is kept instead).
    Good enough to match one event told in different words; not a
    dictionary stemmer.
    """
    word = _strip_end(word, _PARTICLES)
    word = _strip_end(word, _SUFFIXES)
    for prefix in _LONGEST_FIRST:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            return word[len(prefix) :]
    return word


def _strip_end(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
