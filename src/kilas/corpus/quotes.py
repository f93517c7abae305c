"""Quotes across the corpus: one quote carried by several outlets, and who said what when.

:func:`merge_quotes` groups the quotes of many articles so that the same words
reported by several outlets are one :class:`~kilas.model.QuoteGroup` with a
citation per article, the earliest article first. Two quotes are the same when
their normalised words match, or overlap by at least ``min_overlap`` (Jaccard
of word sets) and their speakers agree (equal, or one unknown): outlets trim
and re-punctuate a wire quote but keep its words. :func:`quotes_by_speaker`
lists each speaker's quote groups in time order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kilas.corpus.link import entity_id
from kilas.lang.id.exonyms import lookup
from kilas.model import Article, Citation, Quote, QuoteGroup

__all__ = ["merge_quotes", "quotes_by_speaker", "speaker_kind"]

_WORD = re.compile(r"\w+")
_UNDATED = "9999"


def _words(text: str) -> frozenset[str]:
    """The lowercase words of a quote."""
    return frozenset(_WORD.findall(text.casefold()))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _agree(a: str | None, b: str | None) -> bool:
    """Speakers agree when one is unknown, or one's words are all in the other's.

    "Putin" (an outlet that never gives the first name) agrees with "Vladimir Putin".
    """
    if a is None or b is None:
        return True
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa


class _Group:
    """A quote group being built."""

    def __init__(self, quote: Quote, article: Article) -> None:
        self.quote, self.words = quote, _words(quote.span.text)
        self.date = article.date
        self.members: list[tuple[Quote, Article]] = [(quote, article)]

    def fits(self, quote: Quote, words: frozenset[str], min_overlap: float) -> bool:
        same_words = words == self.words or _jaccard(words, self.words) >= min_overlap
        return (
            same_words
            and quote.kind == self.quote.kind
            and _agree(quote.speaker, self.quote.speaker)
        )

    def record(self) -> QuoteGroup:
        first_quote, first = self.members[0]
        named = [q.speaker for q, _ in self.members if q.speaker]
        speaker = max(named, key=len) if named else None  # the fullest form
        via = next((q.via for q, _ in self.members if q.via), None)
        citations = tuple(
            Citation(article_id=a.id, start=q.span.start, end=q.span.end, outlet=a.outlet)
            for q, a in self.members
        )
        return QuoteGroup(
            text=first_quote.span.text,
            speaker=speaker,
            kind=first_quote.kind,
            via=via,
            citations=citations,
            first_article=first.id,
            date=first_quote.date or first.date,
            speaker_kind=speaker_kind(speaker, [q for q, _ in self.members]),
        )


def speaker_kind(speaker: str | None, quotes: Iterable[Quote]) -> str | None:
    """What kind of speaker ``speaker`` is: ``person`` or ``organisation`` when linking gave
    the quotes its entity, ``place`` for a known country or city speaking for its government
    ("Beijing", "Amerika Serikat"), ``organisation`` for a known one ("KPK"), else None."""
    if speaker is None:
        return None
    linked = {quote.entity_id for quote in quotes if quote.entity_id}
    if entity_id("PER", speaker) in linked:
        return "person"
    if entity_id("ORG", speaker) in linked:
        return "organisation"
    known = lookup(speaker)
    if known is None:
        return None
    return "place" if known.type == "LOC" else "organisation"


def merge_quotes(
    articles: Iterable[Article], *, min_overlap: float = 0.8
) -> tuple[QuoteGroup, ...]:
    """Return the corpus's quotes, the same quote in several articles as one group.

    Articles are taken in publication order (undated last, then by id), so a
    group's first citation and ``first_article`` are the earliest carrier.
    Groups come back in the order their first quote was seen.
    """
    ordered = sorted(articles, key=lambda a: (a.date or _UNDATED, a.id))
    groups: list[_Group] = []
    by_first_word: dict[str, list[_Group]] = {}
    for article in ordered:
        for quote in article.quotes:
            words = _words(quote.span.text)
            group = _find(groups, by_first_word, quote, words, min_overlap)
            if group is None:
                group = _Group(quote, article)
                groups.append(group)
                for word in words:
                    by_first_word.setdefault(word, []).append(group)
            elif all(a.id != article.id for _, a in group.members):
                group.members.append((quote, article))
    return tuple(group.record() for group in groups)


def _find(
    groups: list[_Group],
    index: dict[str, list[_Group]],
    quote: Quote,
    words: frozenset[str],
    min_overlap: float,
) -> _Group | None:
    """An existing group with the same words, found through a shared rare word."""
    if not words:
        return None
    known = [w for w in words if index.get(w)]
    if not known:
        return None
    # A word the new quote shares with some group; an extra word of this outlet's
    # (in no group yet) must not hide the group it belongs to.
    rarest = min(known, key=lambda w: len(index[w]))
    for group in index[rarest]:
        if group.fits(quote, words, min_overlap):
            return group
    return None


def quotes_by_speaker(articles: Iterable[Article]) -> dict[str, list[QuoteGroup]]:
    """Return each named speaker's quote groups in time order (undated last).

    Unattributed quotes (speaker None) are left out.
    """
    out: dict[str, list[QuoteGroup]] = {}
    for group in merge_quotes(articles):
        if group.speaker:
            out.setdefault(group.speaker, []).append(group)
    for groups in out.values():
        groups.sort(key=lambda g: (g.date or _UNDATED)[:10])
    return out
