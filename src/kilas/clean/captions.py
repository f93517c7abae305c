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

HEADING_MAX_PLAIN_WORDS = 6
"""A longer line of common words is a heading only in Title Case; else it is a sentence."""
CAPTION_MIN_WORDS = 3
"""Shorter name lines are kept as headings: too little to call them captions."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = frozenset('.!?;:,"”’)')
_QUOTES = frozenset('"“”')
_VERB_SHAPE = re.compile(
    r"^(?:(?:mem|men|meng|meny|me|ber|ter|di)[a-z]{3,}(?:kan|i)|[a-z]{3,}kan)$"
)


def short_line_kind(line: str, *, max_words: int) -> str | None:
    """Return ``caption``, ``heading`` or None (body) for a line.

    Only lines of at most ``max_words`` words that start with a capital, do
    not end like a sentence and hold no quote marks or digits (scores, dates,
    data) are considered.
    """
    if not line or line[-1] in _SENTENCE_END or len(line.split()) > max_words:
        return None  # most lines are body sentences: tell them before finding words
    words = _WORD.findall(line)
    if not words:
        return None
    if _QUOTES & set(line) or not line[0].isupper() or any(c.isdigit() for c in line):
        return None
    if line.isupper():
        return "heading"
    content = [w for w in words if word_tag(w) != "function"]
    if not content:
        return None
    common = sum(1 for w in content if _is_common(w))
    if 2 * common >= len(content):
        capitalised = sum(1 for w in content if w[0].isupper())
        is_heading = len(words) <= HEADING_MAX_PLAIN_WORDS or 2 * capitalised > len(content)
        return "heading" if is_heading else None
    # Too short to tell a caption from a name heading ("Amerika Serikat"), or a
    # "label: value" data line ("Wasit: Massimiliano Irrati"): keep it.
    if len(line.split()) < CAPTION_MIN_WORDS or ":" in line or ";" in line:
        return "heading"
    if any(_is_verb(w) for w in words):
        return None
    return "caption"


def _is_common(word: str) -> bool:
    """A lowercase word, a word the lexicon knows as normally lowercase, or a verb shape."""
    return word.islower() or word_tag(word) in {"common", "verb"} or _is_verb(word)


def _is_verb(word: str) -> bool:
    """A verb by the lexicon, or a word of verb shape ("diberikan", "Rampungkan")."""
    return word_tag(word) == "verb" or _VERB_SHAPE.match(word.lower()) is not None
