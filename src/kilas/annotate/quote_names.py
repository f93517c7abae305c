"""Within-article name linking from capitalisation alone (no entity layer needed).

:class:`NameIndex` indexes an article's words once, then answers two
questions cheaply: the longest form the article gives a name ("Putin" →
"Vladimir Putin", "Xi" → "Xi Jinping"), and whether a word also stands on
its own (so "Rusia" in "Presiden Rusia Vladimir Putin" is a place, not part
of the name). Headline-like lines ("Siapa Pantas Gantikan Neymar?"), where
every word is capitalised, are not evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kilas.lang.id.lexicon import lexicon
from kilas.lang.id.speech import NON_NAME_CAPITALS, ORG_HEADS, ROLE_WORDS

_WORD = re.compile(r"[\w][\w.\-’']*[\w]|[\w]")
_HEADLINE_SHARE = 0.6


def is_name_word(word: str) -> bool:
    """A capitalised word that is not a common word, a day or a month."""
    if not word[0].isupper():
        return False
    low = word.lower()
    return low not in NON_NAME_CAPITALS and lexicon().get(low) is None


class NameIndex:
    """The words of one text, indexed for name linking."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        self._at: defaultdict[str, list[int]] = defaultdict(list)
        for i, (_, _, word) in enumerate(self.words):
            self._at[word].append(i)
        self._headline: dict[int, bool] = {}
        self._longest: dict[str, str] = {}

    def _adjacent(self, i: int) -> bool:
        """Word ``i`` follows word ``i - 1`` after one space on the same line."""
        return i > 0 and self.text[self.words[i - 1][1] : self.words[i][0]] == " "

    def _in_headline(self, i: int) -> bool:
        """Word ``i`` sits on a line where most words are capitalised."""
        line = self.text.rfind("\n", 0, self.words[i][0]) + 1
        if line not in self._headline:
            end = self.text.find("\n", line)
            words = _WORD.findall(self.text, line, end if end >= 0 else len(self.text))
            caps = sum(1 for w in words if w[0].isupper())
            self._headline[line] = len(words) >= 3 and caps / len(words) >= _HEADLINE_SHARE
        return self._headline[line]

    def alone(self, word: str, following: str) -> bool:
        """True when ``word`` occurs somewhere not followed by ``following``."""
        for i in self._at.get(word, ()):
            nxt = i + 1
            if nxt >= len(self.words) or not self._adjacent(nxt) or self.words[nxt][2] != following:
                return True
        return False

    def longest(self, name: str) -> str:
        """The longest form of the one-word ``name`` found in the text."""
        if name not in self._longest:
            best = name
            for i in self._at.get(name, ()):
                if self._in_headline(i):
                    continue
                candidate = " ".join([*self._lead(i), name, *self._tail(i)])
                if len(candidate) > len(best):
                    best = candidate
            self._longest[name] = best
        return self._longest[name]

    def _lead(self, i: int) -> list[str]:
        """Name words right before word ``i`` (roles, places and organisations left out)."""
        lead: list[str] = []
        j = i
        while len(lead) < 3 and self._adjacent(j) and is_name_word(self.words[j - 1][2]):
            j -= 1
            lead.insert(0, self.words[j][2])
        heads = [k for k, w in enumerate(lead) if w.lower() in ORG_HEADS]
        lead = lead[heads[-1] + 1 :] if heads else lead
        while lead and (lead[0].lower() in ROLE_WORDS or lead[0].isupper()):
            lead = lead[1:]
        while len(lead) > 1 and self.alone(lead[0], lead[1]):
            lead = lead[1:]  # a place before the name: "Rusia Vladimir Putin"
        return lead

    def _tail(self, i: int) -> list[str]:
        """Name words right after word ``i`` ("Xi" → "Jinping")."""
        tail: list[str] = []
        j = i + 1
        while len(tail) < 2 and j < len(self.words) and self._adjacent(j):
            word = self.words[j][2]
            if not is_name_word(word) or word.isupper():
                break
            tail.append(word)
            j += 1
        return tail
