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
        toks = list(_WORD.finditer(text))
        widths = self._widths
        after = 0  # the first token a match may start at (matches never overlap)
        # Only a token that begins some form can begin a match: the others are skipped in C.
        for i in [k for k, tok in enumerate(toks) if tok.group() in widths]:
            if i < after:
                continue
            hit = self._longest(text, toks, i)
            if hit is not None:
                yield toks[i].start(), toks[hit].end()
                after = hit + 1

    def _longest(self, text: str, toks: list[re.Match[str]], i: int) -> int | None:
        """Index of the last token of the longest form starting at token ``i``, or None."""
        start = toks[i].start()
        if start > 0 and text[start - 1] == "$":
            return None
        for width in self._widths[toks[i].group()]:
            j = i + width - 1
            if j >= len(toks):
                continue
            end = toks[j].end()
            if text[start:end] in self.forms and not (end < len(text) and text[end] == "$"):
                return j
        return None
