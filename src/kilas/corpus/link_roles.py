"""Roles and titles given to a person where it is named, kept apart from the name.

Before the name, a role runs from a role head ("Presiden", "juru bicara",
"Direktur"), with any modifier before it ("mantan", "Wakil"), over capitalised
words and the few lowercase words a title holds ("luar negeri", "untuk") up to
the name: "Menteri Luar Negeri Rusia Sergei Lavrov" → "Menteri Luar Negeri
Rusia"; "mantan duta besar AS untuk NATO Kurt Volker" → "mantan duta besar AS
untuk NATO". After the name, an apposition that starts with a role head runs to
the next comma or full stop: "Matthew Kroenig, anggota lembaga think tank Dewan
Atlantik," → "anggota lembaga think tank Dewan Atlantik". Another person's name
always ends a role.
"""

from __future__ import annotations

from collections.abc import Sequence

from kilas.corpus.link_mentions import SentenceTokens
from kilas.lang.id.roles import (
    APPOSITION_STOPS,
    ROLE_MODIFIERS,
    is_head,
    is_role_word,
)
from kilas.model import Mention

_MAX_TOKENS = 12
_TRAILING = frozenset({"untuk", "dan", "di", "dari", "pada", "bagi"})  # never end a role


def _person_at(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return any(m.label == "PER" and m.span.start < end and start < m.span.end for m in mentions)


def role_before(
    text: str,
    mention: Mention,
    mentions: Sequence[Mention],
    sentence: tuple[int, int],
    *,
    tokens: SentenceTokens | None = None,
) -> tuple[int, int] | None:
    """The ``(start, end)`` of the role written just before ``mention``, or None.

    ``tokens`` (of ``text``) saves tokenizing the sentence again for each person in it.
    """
    toks = (tokens or SentenceTokens(text)).between(sentence, sentence[0], mention.span.start)
    if toks and text[toks[-1][0] : toks[-1][1]] == ",":
        toks.pop()  # "Presiden Rusia, Vladimir Putin, mengatakan"
    head: int | None = None
    for i in range(len(toks) - 1, max(-1, len(toks) - 1 - _MAX_TOKENS), -1):
        a, b = toks[i]
        word = text[a:b]
        if not (word[:1].isupper() or is_role_word(word)) or _person_at(mentions, a, b):
            break
        if is_head(word):
            head = i
    if head is None:
        return None
    while head > 0 and text[toks[head - 1][0] : toks[head - 1][1]].casefold() in ROLE_MODIFIERS:
        head -= 1
    end = len(toks)
    while end > head and text[toks[end - 1][0] : toks[end - 1][1]].casefold() in _TRAILING:
        end -= 1
    return (toks[head][0], toks[end - 1][1]) if end > head else None


def role_after(
    text: str,
    mention: Mention,
    mentions: Sequence[Mention],
    sentence: tuple[int, int],
    *,
    tokens: SentenceTokens | None = None,
) -> tuple[int, int] | None:
    """The ``(start, end)`` of a role in an apposition ("X, peneliti di Y,"), or None."""
    toks = (tokens or SentenceTokens(text)).between(sentence, mention.span.end, sentence[1])
    if len(toks) < 2 or text[toks[0][0] : toks[0][1]] != ",":
        return None
    first = 1
    while first < len(toks) and text[toks[first][0] : toks[first][1]].casefold() in ROLE_MODIFIERS:
        first += 1
    if first >= len(toks) or not is_head(text[toks[first][0] : toks[first][1]]):
        return None
    last = 1
    for i in range(1, min(len(toks), _MAX_TOKENS + 1)):
        a, b = toks[i]
        if text[a:b] in APPOSITION_STOPS or _person_at(mentions, a, b):
            break
        last = i
    return toks[1][0], toks[last][1]


def find_role(
    text: str,
    mention: Mention,
    mentions: Sequence[Mention],
    sentence: tuple[int, int],
    *,
    tokens: SentenceTokens | None = None,
) -> tuple[int, int] | None:
    """The role of person ``mention``: before the name first, else in an apposition after it."""
    tokens = tokens or SentenceTokens(text)
    return role_before(text, mention, mentions, sentence, tokens=tokens) or role_after(
        text, mention, mentions, sentence, tokens=tokens
    )
