"""Who a sentence tells about: the persons it names, and the pair it calls "kedua pemimpin".

News retells a meeting of two leaders without naming them: "pertemuan presiden
kedua negara pada Februari 2022" (the meeting of both countries' presidents),
"kedua pemimpin akan membahas ...". Such a pair reference is read as the
article's two persons that bear the referred role ("Presiden Rusia Vladimir
Putin", "Presiden Cina Xi Jinping"), most mentioned first; when fewer than two
bear it, the article's two most mentioned persons. "presiden kedua negara ini"
(the country's second president) is an ordinal, not a pair, and is left out.

Persons are keyed as :func:`kilas.corpus.layers.entities_of` keys them (linked
entity, else name), so participants compare across articles once mentions are
linked.
"""

from __future__ import annotations

import re
from collections import Counter

from kilas.corpus.layers import entity_key
from kilas.lang.id.roles import PAIR_NOUNS, ROLE_MODIFIERS
from kilas.model import Article, Mention, Span

__all__ = ["Participants"]

_NOUN = "|".join(n.replace(" ", r"\s+") for n in sorted(PAIR_NOUNS, key=len, reverse=True))
_PAIR = re.compile(
    rf"\b(?:kedua\s+(?P<both>{_NOUN})|(?P<of>{_NOUN})\s+kedua\s+negara(?!\s+ini\b))\b",
    re.IGNORECASE,
)


def _key(mention: Mention) -> str:
    return mention.entity_id or entity_key(mention.name or mention.span.text)


def _head(role: str | None) -> str:
    """The first word of a role past its modifiers ("mantan Presiden AS" → "presiden")."""
    words = [w for w in (role or "").casefold().split() if w not in ROLE_MODIFIERS]
    return words[0] if words else ""


class Participants:
    """The persons of one article, to ask which of them a sentence tells about."""

    def __init__(self, article: Article) -> None:
        self._mentions = article.mentions
        self._persons = [m for m in article.mentions if m.label == "PER"]
        self._counts = Counter(_key(m) for m in self._persons)
        self._first: dict[str, int] = {}
        self._heads: dict[str, set[str]] = {}
        for mention in self._persons:
            self._first.setdefault(_key(mention), mention.span.start)
            self._heads.setdefault(_key(mention), set()).add(_head(mention.role))

    def of(self, sentence: Span) -> frozenset[str]:
        """Return the person keys the sentence names or refers to as a pair."""
        named = {_key(m) for m in self._persons if sentence.start <= m.span.start < sentence.end}
        for match in _PAIR.finditer(sentence.text):
            noun = " ".join((match.group("both") or match.group("of")).casefold().split())
            named.update(self._pair(PAIR_NOUNS[noun]))
        return frozenset(named)

    def references(self, sentence: Span) -> list[tuple[int, int]]:
        """Return where the sentence names a named entity or refers to a pair (article offsets)."""
        spans = [
            (m.span.start, m.span.end)
            for m in self._mentions
            if sentence.start <= m.span.start and m.span.end <= sentence.end
        ]
        spans.extend(
            (sentence.start + m.start(), sentence.start + m.end())
            for m in _PAIR.finditer(sentence.text)
        )
        return spans

    def _pair(self, heads: frozenset[str]) -> list[str]:
        """The two persons bearing one of ``heads`` (else the two most mentioned), or none."""
        if len(self._counts) < 2:
            return []
        ranked = sorted(
            self._counts,
            key=lambda k: (not self._heads[k] & heads, -self._counts[k], self._first[k]),
        )
        return ranked[:2]
