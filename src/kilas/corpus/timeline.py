"""Timeline: dated events across a pile of articles, each told by a sentence and cited.

A sentence is dated by the calendar expressions inside it (``article.times``
of kind date or time with a resolved value; durations, counts and "kini"
never date anything). Its most specific dates are kept ("15/9" over
"September" in the same sentence), at their own granularity: "Februari 2022"
stays the month ``2022-02``, a clock time becomes its day.

Sentences with the same date that tell the same event (similar content words,
or the same story) are merged into one :class:`~kilas.model.TimelineEntry`
citing every article that told it. Tellings of one day, week or month in
other words are tied too when they name the same two or more persons (a pair
reference such as "presiden kedua negara" counts as the article's two leaders,
see :mod:`kilas.corpus.participants`) and share a word outside names, roles and
dates ("pertemuan" ~ "bertemu"): the same date, the same people and the same act
are one event. An entry's description is the most central of its sentences,
verbatim. Entries are ranked by importance (sources, story
salience, specificity) so the important ones come first; ``limit=None``
returns them all.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse

from kilas.corpus.layers import dating_times, sentences_of
from kilas.corpus.participants import Participants
from kilas.corpus.sentences_sim import cosine_of, groups, tfidf_rows
from kilas.corpus.words import content_words, stem
from kilas.lang.id.roles import is_role_word
from kilas.model import Article, Citation, Span, Story, TimelineEntry

__all__ = ["TimelineSettings", "build_timeline", "chronological", "story_timeline"]

SPECIFICITY = {"day": 1.0, "week": 0.8, "month": 0.7, "season": 0.6, "range": 0.6, "year": 0.4}
"""How much a date's granularity adds to an entry's importance."""

FINE = frozenset({"day", "week"})
"""Granularities fine enough that one story naming the date twice tells one development."""

TIED = FINE | {"month"}
"""Granularities at which the same people doing the same thing are one event (a year or a
season holds many acts of the same pair: a contract signed and a contract ended)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class TimelineSettings:
    """Options of the timeline."""

    merge_threshold: float = 0.08
    """Same-date sentences merge while their average content similarity is at least this."""

    same_story_bonus: float = 0.15
    """Added to the similarity of two same-day sentences from the same story (a month or a
    year is background that can hold several events, so it gets no bonus)."""

    min_words: int = 5
    """Shorter "sentences" (datelines, captions) are not events."""

    min_shared_people: int = 2
    """Tellings of one day, week or month naming at least this many of the same persons, and
    sharing a word besides names, roles and dates, are one event whatever their other words
    (0 turns the tie off)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _Dated:
    """One dated sentence: a candidate event."""

    date: str
    granularity: str
    article: Article
    sentence: Span
    story_id: str | None
    words: tuple[str, ...]
    people: frozenset[str] = frozenset()
    told: frozenset[str] = frozenset()
    row: int = -1


def build_timeline(
    articles: Iterable[Article],
    stories: Sequence[Story] | None = None,
    *,
    limit: int | None = None,
    settings: TimelineSettings | None = None,
) -> tuple[TimelineEntry, ...]:
    """Return the dated events of the articles, most important first.

    Args:
        articles: annotated articles (``times`` needed for any entry; without
            it an article contributes nothing).
        stories: the pile's stories, to tie entries to a story and rank by
            story size; None treats every article as its own story.
        limit: keep the ``limit`` most important entries; None keeps all.
        settings: merge options.

    Returns:
        Entries ranked by ``score`` (ties: earlier date first). Every entry's
        description is a sentence of a cited article, and each citation's
        span is a sentence of that article holding the entry's date.
    """
    settings = settings or TimelineSettings()
    articles = sorted(articles, key=lambda a: a.id)
    story_of = {i: s.id for s in stories or () for i in s.articles}
    size = Counter(story_of.values())
    dated = [d for a in articles for d in _dated_sentences(a, story_of.get(a.id), settings)]
    dated = [dataclasses.replace(d, row=k) for k, d in enumerate(_unique(dated))]
    rows = tfidf_rows([d.words for d in dated])
    by_date: dict[tuple[str, str], list[_Dated]] = {}
    for item in dated:
        by_date.setdefault((item.date, item.granularity), []).append(item)
    largest = max(size.values(), default=1)
    entries = []
    for key in sorted(by_date):
        for members in _events(by_date[key], rows, settings):
            entries.append(_entry(members, rows, size, largest))
    entries.sort(key=lambda e: (-e.score, e.date, e.description))
    return tuple(entries[:limit] if limit is not None else entries)


def story_timeline(
    story: Story, articles: Iterable[Article], *, limit: int | None = None
) -> tuple[TimelineEntry, ...]:
    """Return the timeline of one story: :func:`build_timeline` over its articles only."""
    members = [a for a in articles if a.id in set(story.articles)]
    return build_timeline(members, [story], limit=limit)


def chronological(entries: Iterable[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    """Return entries in date order (coarser dates before finer ones of the same start)."""
    return tuple(sorted(entries, key=lambda e: (e.date, -e.score, e.description)))


def _dated_sentences(
    article: Article, story_id: str | None, settings: TimelineSettings
) -> list[_Dated]:
    """The article's dated sentences, one candidate per (sentence, most specific date)."""
    times = dating_times(article)
    participants = Participants(article)
    out = []
    for sentence in sentences_of(article):
        if len(sentence.text.split()) < settings.min_words:
            continue
        inside = [t for t in times if sentence.start <= t.span.start < sentence.end]
        if not inside:
            continue
        words = tuple(map(stem, content_words(sentence.text, article.language)))
        people = participants.of(sentence)
        told = frozenset[str]()
        if settings.min_shared_people and len(people) >= settings.min_shared_people:
            blanks = [(t.span.start, t.span.end) for t in inside]
            told = _told(article, sentence, blanks + participants.references(sentence))
        for date, granularity in _most_specific((t.value or "", t.granularity) for t in inside):
            out.append(
                _Dated(
                    date=date,
                    granularity=granularity,
                    article=article,
                    sentence=sentence,
                    story_id=story_id,
                    words=words,
                    people=people,
                    told=told,
                )
            )
    return out


def _told(article: Article, sentence: Span, blanks: list[tuple[int, int]]) -> frozenset[str]:
    """Stems of the sentence's content words outside names, roles and dates: what happened.

    ``blanks`` are the article offsets of its dates, named entities and pair references.
    """
    text = sentence.text
    for start, end in blanks:
        a, b = max(0, start - sentence.start), min(len(text), end - sentence.start)
        text = text[:a] + " " * (b - a) + text[b:]
    words = content_words(text, article.language)
    return frozenset(stem(w) for w in words if not is_role_word(w))


def _most_specific(values: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Distinct dates, a clock time as its day, minus any that a finer one in the list refines."""
    found: dict[str, str] = {}
    for value, granularity in values:
        if granularity == "time":
            value, granularity = value[:10], "day"
        found.setdefault(value, granularity)
    return [
        (v, g)
        for v, g in sorted(found.items())
        if not any(o != v and o.startswith(v) and "/" not in o for o in found)
    ]


def _events(
    items: list[_Dated], rows: sparse.csr_matrix, settings: TimelineSettings
) -> list[list[_Dated]]:
    """Split same-date sentences into events (average linkage on content similarity).

    Word weights come from all dated sentences of the pile, so names shared
    by the tellings of one event still count.
    """
    if len(items) == 1:
        return [items]
    sims = cosine_of(rows[[i.row for i in items]])
    if items[0].granularity in FINE:
        same_story = np.array(
            [[a.story_id is not None and a.story_id == b.story_id for b in items] for a in items]
        )
        sims = np.minimum(1.0, sims + settings.same_story_bonus * same_story)
    found = groups(sims, settings.merge_threshold)
    return [[items[k] for k in group] for group in _join_tied(found, items, settings)]


def _join_tied(
    found: list[list[int]], items: list[_Dated], settings: TimelineSettings
) -> list[list[int]]:
    """Join groups holding two tellings of the same people doing the same thing."""
    if settings.min_shared_people < 1 or items[0].granularity not in TIED:
        return found
    group_of = {k: g for g, members in enumerate(found) for k in members}
    parent = list(range(len(found)))

    def root(g: int) -> int:
        while parent[g] != g:
            g = parent[g]
        return g

    named = [k for k, item in enumerate(items) if item.told]  # enough people, something done
    for n, i in enumerate(named):
        for j in named[n + 1 :]:
            a, b = items[i], items[j]
            if len(a.people & b.people) >= settings.min_shared_people and a.told & b.told:
                low, high = sorted((root(group_of[i]), root(group_of[j])))
                parent[high] = low
    joined: dict[int, list[int]] = {}
    for g, members in enumerate(found):
        joined.setdefault(root(g), []).extend(members)
    return sorted((sorted(m) for m in joined.values()), key=lambda m: m[0])


def _describes(item: _Dated, sims: np.ndarray) -> tuple[bool, float, int]:
    """How well a sentence describes its event: narration over quotes, central, early."""
    quoted = item.sentence.text.lstrip()[:1] in "\"“‘'"
    return (not quoted, round(float(sims.sum()), 6), -item.sentence.start)


def _unique(items: list[_Dated]) -> list[_Dated]:
    """One candidate per article, date and sentence text (a repeated paragraph counts once)."""
    seen: dict[tuple[str, str, str], _Dated] = {}
    for item in items:
        text = " ".join(item.sentence.text.split())
        seen.setdefault((item.article.id, item.date, text), item)
    return list(seen.values())


def _entry(
    members: list[_Dated], rows: sparse.csr_matrix, size: Counter[str], largest: int
) -> TimelineEntry:
    """The entry of one event: most central sentence, every telling cited, a score."""
    first = members[0]
    if len(members) > 1:  # one telling describes itself: no similarities to compute
        sims = cosine_of(rows[[m.row for m in members]])
        first = members[max(range(len(members)), key=lambda i: _describes(members[i], sims[i]))]
    citations = tuple(
        sorted(
            {
                Citation(
                    article_id=m.article.id,
                    start=m.sentence.start,
                    end=m.sentence.end,
                    outlet=m.article.outlet,
                )
                for m in members
            },
            key=lambda c: (c.article_id, c.start),
        )
    )
    stories = {m.story_id for m in members}
    articles = {m.article.id for m in members}
    salience = max((size[s] for s in stories if s is not None), default=1) / largest
    score = math.log1p(len(articles)) + 0.5 * salience + SPECIFICITY.get(first.granularity, 0.3)
    return TimelineEntry(
        date=first.date,
        granularity=first.granularity,
        description=" ".join(first.sentence.text.split()),
        citations=citations,
        story_id=stories.pop() if len(stories) == 1 else None,
        score=round(score, 4),
    )
