"""Sentence spans for the quotes stage when the article has no ``sentences`` layer.

A plain splitter, good enough to bound a cue and a reported clause: a sentence
ends at a line break, or at ``.``, ``!`` or ``?`` (and any closing quotation
marks or brackets after it) followed by a space and a capital letter, a digit
or an opening quotation mark. A stop after a one-letter initial or a common
abbreviation ("dr.", "Prof.", "No.") does not end a sentence. The
``sentences`` stage does better; use it when you can.
"""

from __future__ import annotations

import re

from kilas.model import Article, Span

_END = re.compile(r"[.!?]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9])|\n+")
_ABBREVIATIONS = frozenset(
    {
        "dr",
        "drs",
        "ir",
        "prof",
        "no",
        "jl",
        "st",
        "sp",
        "h",
        "hj",
        "kh",
        "tn",
        "ny",
        "sdr",
        "bpk",
        "mr",
        "mrs",
        "ms",
        "jr",
        "dkk",
        "dll",
        "tgl",
        "kec",
        "kab",
    }
)
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _abbreviation(text: str, stop: int) -> bool:
    """The stop at ``stop`` closes an initial or a known abbreviation."""
    match = _LAST_WORD.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group()[0] != "\n" and _abbreviation(text, match.start()):
            continue
        end = match.end() if match.group()[0] != "\n" else match.start()
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def article_sentences(article: Article) -> tuple[Span, ...]:
    """The article's ``sentences`` layer, else this module's split of its text."""
    if article.sentences:
        return article.sentences
    return tuple(Span.of(article.text, s, e) for s, e in sentence_spans(article.text))
