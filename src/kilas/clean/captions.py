"""Short lines: a photo caption, a subheading, or body text.

A *caption* is a short verbless line made mostly of names ("Presiden Rusia
Vladimir Putin", "Bendera Cina dan Rusia"). A *heading* is a short line made
mostly of common words ("Kemitraan Tanpa Batas", "Mantan Rival yang Kini
Akrab"). Which words are common comes from :mod:`kilas.lang.id.lexicon`;
function words ("dan", "yang") count for neither.
"""

from __future__ import annotations

import re

from kilas.lang.id.lexicon import word_tag

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = frozenset('.!?;:,"”’)')
_QUOTES = frozenset('"“”')
_VERB_PREFIX = re.compile(r"^(?:mem|men|meng|meny|me|ber|ter|di)[a-z]{3,}(?:kan|i)$")


def short_line_kind(line: str, *, max_words: int) -> str | None:
    """Return ``caption``, ``heading`` or None (body) for a line.

    Only lines of at most ``max_words`` words that do not end like a sentence
    and hold no quote marks are considered.
    """
    words = _WORD.findall(line)
    if not words or len(line.split()) > max_words or line[-1] in _SENTENCE_END:
        return None
    if _QUOTES & set(line) or not line[0].isupper():
        return None
    content = [w for w in words if word_tag(w) != "function"]
    if not content:
        return None
    common = sum(1 for w in content if _is_common(w))
    if 2 * common >= len(content):
        return "heading"
    if any(_is_verb(w) for w in words):
        return None
    return "caption"


def _is_common(word: str) -> bool:
    """A lowercase word, or a capitalised one the lexicon knows as normally lowercase."""
    return word.islower() or word_tag(word) in {"common", "verb"}


def _is_verb(word: str) -> bool:
    """A verb by the lexicon, or a lowercase word of verb shape ("menggelar", "diberikan")."""
    return word_tag(word) == "verb" or (word.islower() and _VERB_PREFIX.match(word) is not None)
