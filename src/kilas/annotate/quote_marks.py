"""Quotation marks: where quoted passages begin and end in one paragraph.

Double marks (straight ``"``, curly “ ”, guillemets « », low „) are paired in
order; single marks (‘ ’ and straight ``'``) only outside a double quote and
only at a word edge, so apostrophes ("Jum'at", "Qur’an") are never taken for
quotes. A double quote still open at the end of a paragraph runs to the end
of it (the English convention for a quote over several paragraphs, which
Indonesian outlets follow): it is reported ``closed=False``.
"""

from __future__ import annotations

import dataclasses
import re

_MARK = re.compile(r"[\"“”«»„‘’']")
_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"


@dataclasses.dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted passage: the text inside the marks and the marks' extent."""

    start: int  # first character inside the marks (whitespace trimmed)
    end: int  # end of the text inside the marks (whitespace trimmed)
    outer_start: int  # the opening mark
    outer_end: int  # just after the closing mark (the paragraph end when unclosed)
    closed: bool
    single: bool


def _is_single_open(text: str, i: int) -> bool:
    """A single mark at ``i`` opens a quote: a word edge before, a word after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and after.isalnum()


def _is_single_close(text: str, i: int) -> bool:
    """A single mark at ``i`` closes a quote: a word or stop before, no word after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _make(text: str, open_at: int, close_at: int, closed: bool, single: bool) -> Quoted | None:
    """The passage between a mark at ``open_at`` and one at ``close_at``; None when empty."""
    start, end = _trimmed(text, open_at + 1, close_at)
    if start >= end:
        return None
    outer_end = close_at + 1 if closed else close_at
    return Quoted(start, end, open_at, outer_end, closed, single)


def _double_opens(text: str, i: int, mark: str) -> bool:
    """A double mark at ``i`` opens when nothing is open."""
    if mark in _OPEN_DOUBLE or mark == '"':
        return True
    # A "”" used as an opening mark (some outlets print ”…” or ” … ”): nothing open, a
    # paragraph start or a sentence end before it (spaces skipped), a word after it.
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    opens_after = j < 0 or text[j] in "\n.!?:;([—–-"
    return opens_after and k < len(text) and text[k].isalnum()


def find_quoted(text: str, start: int, end: int) -> list[Quoted]:
    """Return the quoted passages of the paragraph ``text[start:end]``, in order.

    Passages never overlap; a quote nested in another is part of the outer one.
    """
    found: list[Quoted] = []
    open_at: int | None = None
    single_at: int | None = None
    for match in _MARK.finditer(text, start, end):
        i, mark = match.start(), match.group()
        if mark in "‘’'":
            if open_at is not None:
                continue
            if single_at is None and mark != "’" and _is_single_open(text, i):
                single_at = i
            elif single_at is not None and mark != "‘" and _is_single_close(text, i):
                quoted = _make(text, single_at, i, True, True)
                found.extend([quoted] if quoted else [])
                single_at = None
            continue
        if open_at is None:
            if _double_opens(text, i, mark):
                open_at, single_at = i, None
        elif mark not in _OPEN_DOUBLE or mark == '"':
            quoted = _make(text, open_at, i, True, False)
            found.extend([quoted] if quoted else [])
            open_at = None
    if open_at is not None:
        quoted = _make(text, open_at, end, False, False)
        found.extend([quoted] if quoted else [])
    return found
