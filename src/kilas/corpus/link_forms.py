"""Finding many known names in a text fast: whole words, longest first, case-sensitive.

A regex alternation of thousands of names tries each of them at every
position; :class:`FormMatcher` instead looks up runs of word tokens in a set,
so its cost grows with the text, not with the number of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"\w+")


class FormMatcher:
    """Finds whole-word occurrences of a fixed set of forms.

    A match starts and ends at word boundaries and is never touched by a
    letter, digit or ``$`` outside it (``US$`` is not ``US``). Matches never
    overlap; at each position the longest form wins.
    """

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = frozenset(f for f in forms if _WORD.search(f))
        widths: dict[str, set[int]] = {}
        for form in self.forms:
            words = _WORD.findall(form)
            widths.setdefault(words[0], set()).add(len(words))
        # Token counts of the forms starting with each word, widest first.
        self._widths = {w: sorted(n, reverse=True) for w, n in widths.items()}

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """Yield ``(start, end)`` of each match in ``text``, left to right."""
        toks = [m.span() for m in _WORD.finditer(text)]
        i = 0
        while i < len(toks):
            hit = self._longest(text, toks, i)
            if hit is None:
                i += 1
                continue
            yield toks[i][0], toks[hit][1]
            i = hit + 1

    def _longest(self, text: str, toks: list[tuple[int, int]], i: int) -> int | None:
        """Index of the last token of the longest form starting at token ``i``, or None."""
        start = toks[i][0]
        widths = self._widths.get(text[start : toks[i][1]])
        if widths is None or (start > 0 and text[start - 1] == "$"):
            return None
        for width in widths:
            j = i + width - 1
            if j >= len(toks):
                continue
            end = toks[j][1]
            if text[start:end] in self.forms and not (end < len(text) and text[end] == "$"):
                return j
        return None
