"""Within-article name linking from capitalisation alone (no entity layer needed).

:class:`NameIndex` indexes an article's words once, then answers two
questions cheaply: the longest form the article gives a name ("Putin" →
"Vladimir Putin", "Xi" → "Xi Jinping"), and whether a word also stands on
its own (so "Rusia" in "Presiden Rusia Vladimir Putin" is a place, not part
of the name). Headline-like lines ("Siapa Pantas Gantikan Neymar?"), where
every word is capitalised, are not evidence.
"""

from __future__ import annotations

import functools
import re

from kilas.lang.id.lexicon import word_tag
from kilas.lang.id.speech import (
    NON_NAME_CAPITALS,
    ORG_HEADS,
    ORG_PREFIXES,
    REGION_FIRST,
    REGIONAL_ROLES,
    ROLE_WORDS,
    TITLE_ABBREVIATION,
)

_WORD = re.compile(r"[\w][\w.\-’']*[\w]|[\w]")
_LAST_WORD = re.compile(r"(?:[\w][\w.\-’']*[\w]|[\w])$")
_NICKNAME = re.compile(r"[\"“‘] ?([A-Z][\w'-]*) ?[\"”’] ?([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")
_NAME_BEFORE = re.compile(r"([A-Z][\w'-]+) ?$")  # Hendrik “ Acheo ” Lyanto, Muhammad "Uki" Ahmad
_HEADLINE_SHARE = 0.6
_HEADLINE_WORDS = 20  # a longer line is prose, however many names it holds


def without_region(parts: list[str]) -> list[str]:
    """A name after a regional role without the region's words ("Lamongan Fadeli" -> "Fadeli",
    "Jawa Barat Ridwan Kamil" -> "Ridwan Kamil"); one word of the name stays at least."""
    size = 2 if parts and parts[0].lower() in REGION_FIRST else 1
    return parts[size:] if len(parts) > size else parts


@functools.lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A capitalised word that is not a common word, a day, a month or a word with "-nya".

    A derived noun ("Kemaritiman", "Pertahanan") is a common word too.
    """
    if not word[0].isupper():
        return False
    low = word.lower()
    if low.endswith("nya") and len(low) >= 7:
        return False  # "Pengembangnya", "Menurutnya": a word with "-nya", not a name
    return low not in NON_NAME_CAPITALS and word_tag(low) is None


class NameIndex:
    """Name lookups in one text; occurrences are found on demand and cached."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._headline: dict[int, bool] = {}
        self._longest: dict[str, str] = {}
        self._found: dict[str, list[int]] = {}
        self._nicknamed: dict[str, str] | None = None

    def _positions(self, word: str) -> list[int]:
        """Where ``word`` occurs as a whole word."""
        if word not in self._found:
            text = self.text
            found: list[int] = []
            pos = text.find(word)
            while pos >= 0:
                end = pos + len(word)
                if (pos == 0 or not text[pos - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    found.append(pos)
                pos = text.find(word, pos + 1)
            self._found[word] = found
        return self._found[word]

    def _before(self, pos: int) -> tuple[int, str] | None:
        """The word just before ``pos`` across one space, with its start."""
        if pos < 2 or self.text[pos - 1] != " ":
            return None
        match = _LAST_WORD.search(self.text, max(0, pos - 40), pos - 1)
        return (match.start(), match.group()) if match else None

    def _after(self, end: int) -> tuple[int, str] | None:
        """The word just after ``end`` across one space, with its end."""
        if end >= len(self.text) - 1 or self.text[end] != " ":
            return None
        match = _WORD.match(self.text, end + 1)
        return (match.end(), match.group()) if match else None

    def _in_headline(self, pos: int) -> bool:
        """The word at ``pos`` sits on a line where most words are capitalised."""
        line = self.text.rfind("\n", 0, pos) + 1
        if line not in self._headline:
            end = self.text.find("\n", line)
            words = _WORD.findall(self.text, line, end if end >= 0 else len(self.text))
            caps = sum(1 for w in words if w[0].isupper())
            self._headline[line] = (
                3 <= len(words) <= _HEADLINE_WORDS and caps / len(words) >= _HEADLINE_SHARE
            )
        return self._headline[line]

    def headline_at(self, pos: int) -> bool:
        """True when ``pos`` is on a headline-like line (most words capitalised)."""
        return self._in_headline(pos)

    def alone(self, word: str, following: str) -> bool:
        """True when ``word`` occurs somewhere not followed by ``following``."""
        for pos in self._positions(word):
            nxt = self._after(pos + len(word))
            if nxt is None or nxt[1] != following:
                return True
        return False

    def alone_after(self, word: str, preceding: str) -> bool:
        """True when ``word`` occurs somewhere not preceded by ``preceding``."""
        for pos in self._positions(word):
            prev = self._before(pos)
            if prev is None or prev[1] != preceding:
                return True
        return False

    def _nicknames(self) -> dict[str, str]:
        """Each part of a name written with a nickname in quotes, and the nickname, to the name.

        "Hendrik “ Acheo ” Lyanto": "Hendrik", "Acheo" and "Lyanto" → "Hendrik Lyanto".
        """
        if self._nicknamed is None:
            self._nicknamed = {}
            if "“" in self.text or '"' in self.text:
                for match in _NICKNAME.finditer(self.text):
                    before = _NAME_BEFORE.search(
                        self.text, max(0, match.start() - 30), match.start()
                    )
                    if before is None:
                        continue
                    first, (nick, rest) = before.group(1), match.groups()
                    if not all(is_name_word(w) for w in (first, nick, *rest.split())):
                        continue
                    full = f"{first} {rest}"
                    for part in (first, nick, *rest.split()):
                        self._nicknamed.setdefault(part, full)
        return self._nicknamed

    def nicknamed(self, name: str) -> bool:
        """True when ``name`` is a name the text writes with a nickname inside it."""
        return name in self._nicknames().values()

    def longest(self, name: str) -> str:
        """The longest form of the one-word ``name`` found in the text."""
        nicknamed = self._nicknames().get(name)
        if nicknamed is not None:
            return nicknamed
        if name not in self._longest:
            best = name
            for pos in self._positions(name):
                if self._in_headline(pos):
                    continue
                candidate = " ".join([*self._lead(pos), name, *self._tail(pos + len(name))])
                if len(candidate) > len(best):
                    best = candidate
            self._longest[name] = best
        return self._longest[name]

    def _lead(self, pos: int) -> list[str]:
        """Name words right before ``pos`` (roles, places and organisations left out)."""
        lead: list[str] = []
        while len(lead) < 3:
            prev = self._before(pos)
            if prev is None or not is_name_word(prev[1]):
                if prev is not None and prev[1].lower() in REGIONAL_ROLES and lead:
                    size = 2 if lead[0].lower() in REGION_FIRST else 1
                    lead = lead[size:]  # "Bupati Lamongan Fadeli": "Lamongan" is the region
                break
            lead.insert(0, prev[1])
            pos = prev[0]
        heads = [k for k, w in enumerate(lead) if w.lower() in ORG_HEADS]
        lead = lead[heads[-1] + 1 :] if heads else lead
        while lead and (
            lead[0].lower() in ROLE_WORDS
            or (lead[0].isupper() and len(lead[0]) > 1)  # an initial stays: "M Rum"
            or TITLE_ABBREVIATION.fullmatch(lead[0]) is not None
            or lead[0].lower().startswith(ORG_PREFIXES)
        ):
            regional = lead[0].lower() in REGIONAL_ROLES
            lead = lead[1:]
            if regional and lead:
                lead = lead[2 if lead[0].lower() in REGION_FIRST else 1 :]  # the region
        while len(lead) > 1 and self.alone(lead[0], lead[1]):
            lead = lead[1:]  # a place before the name: "Rusia Vladimir Putin"
        return lead

    def _tail(self, end: int) -> list[str]:
        """Name words right after ``end`` ("Xi" → "Jinping")."""
        tail: list[str] = []
        while len(tail) < 2:
            nxt = self._after(end)
            word = nxt[1] if nxt else ""
            if nxt is None or not word[0].isupper() or word.isupper():
                break
            if word.lower() in NON_NAME_CAPITALS:
                break
            tail.append(word)
            end = nxt[0]
        while tail and not is_name_word(tail[-1]):
            tail.pop()  # "Budi Karya Sumadi": a common word inside a name, never at its end
        return tail
