"""Read an article's annotation layers, with fallbacks when a layer is missing.

The corpus stages work on whatever layers an article has: sentences from the
``sentences`` layer or, without it, from the sentence splitter; entities from
``mentions`` or, without them, from runs of capitalised words; dates from
``times`` or none at all.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from kilas.annotate.sentences import sentence_spans
from kilas.corpus.words import capitalised_names
from kilas.model import Article, Span, TimeExpr

DATING_KINDS = ("date", "time")
"""TimeExpr kinds that name a calendar point; durations and sets never date anything."""


def sentences_of(article: Article) -> tuple[Span, ...]:
    """Return the article's sentence spans: its ``sentences`` layer, else split from its text."""
    if article.sentences:
        return article.sentences
    text = article.text
    return tuple(Span.of(text, start, end) for start, end in sentence_spans(text))


def entity_key(name: str) -> str:
    """Return the comparison key of an entity name (case and spacing folded)."""
    return " ".join(name.lower().split())


def entities_of(article: Article) -> Counter[str]:
    """Return entity keys with their mention counts.

    Linked mentions count under their ``entity_id``; others under their full
    name (``Mention.name``) or surface text. Without mentions, runs of
    capitalised words stand in.
    """
    counts: Counter[str] = Counter()
    if article.mentions:
        for mention in article.mentions:
            counts[mention.entity_id or entity_key(mention.name or mention.span.text)] += 1
        return counts
    counts.update(entity_key(n) for n in capitalised_names(article.text, article.language))
    return counts


def entity_names(article: Article) -> dict[str, str]:
    """Return, for each entity key of :func:`entities_of`, the longest name the article gives it."""
    names: dict[str, str] = {}
    if article.mentions:
        for mention in article.mentions:
            key = mention.entity_id or entity_key(mention.name or mention.span.text)
            name = mention.name or mention.span.text
            if len(name) > len(names.get(key, "")):
                names[key] = name
        return names
    for name in capitalised_names(article.text, article.language):
        key = entity_key(name)
        if len(name) > len(names.get(key, "")):
            names[key] = name
    return names


def day_of(value: str | None) -> dt.date | None:
    """Return the day of an ISO value, None when it is coarser than a day or absent."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def dating_times(article: Article) -> tuple[TimeExpr, ...]:
    """Return the article's resolved calendar expressions, present references ("kini") excluded."""
    return tuple(
        t
        for t in article.times
        if t.kind in DATING_KINDS and t.value and "present" not in t.evidence
    )
