"""Indonesian words that are normally written lowercase, with a coarse tag.

The word list ``lexicon.tsv`` is derived by ``training/build_lexicon.py`` from
idner-news-2k (MIT). It tells a capitalised *common* word ("Kemitraan",
"Batas") from a name ("Putin", "Rusia"): a word not in the list is taken for
a name unless its shape is clearly derived (``ke…an``, ``pe…an``).
"""

from __future__ import annotations

import functools
from importlib import resources

TAGS = ("common", "verb", "function")
"""``common`` content word, ``verb``, ``function`` word (preposition, conjunction …)."""

_DERIVED_PREFIXES = ("ke", "pe", "pem", "pen", "peng", "peny", "per")


@functools.cache
def lexicon() -> dict[str, str]:
    """Return the lexicon: lowercase word → tag (read once from the package)."""
    text = resources.files("kilas.lang.id").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    words: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, tag = line.split("\t")
            words[word] = tag
    return words


def word_tag(word: str) -> str | None:
    """Return ``common``, ``verb`` or ``function`` for a normally-lowercase word, else None.

    Unknown words of a derived noun shape (``kemitraan``, ``pertemuan``) are
    ``common``; other unknown words return None (possibly a name).
    """
    key = word.lower()
    tag = lexicon().get(key)
    if tag is not None:
        return tag
    if len(key) >= 7 and key.endswith("an") and key.startswith(_DERIVED_PREFIXES):
        return "common"
    return None
