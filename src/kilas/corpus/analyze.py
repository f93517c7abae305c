"""The corpus stages in order: link → stories → dates → timeline → quotes → summaries.

Dates: an undated article's weekday-plus-date takes its year from the pile's
years, then one still undated takes its story's date.

:func:`analyze` is what the briefing and the CLI read. It is deterministic:
the same articles and duplicate links give the same analysis, whatever order
they were ingested in, and whether it runs in one process or two: with
``workers > 1`` (where the platform forks) the story summaries are written in a
forked process while this one builds the timeline and merges the quotes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor

from kilas.annotate.time import find_times
from kilas.annotate.time_corpus import CORPUS_METHODS, corpus_years, infer_with_corpus, rest_of_pile
from kilas.corpus.link import link_entities
from kilas.corpus.quotes import merge_quotes
from kilas.corpus.stories import build_stories, story_dates
from kilas.corpus.summarize import summarize_corpus, summarize_story
from kilas.corpus.timeline import build_timeline
from kilas.model import (
    Article,
    Duplicate,
    Entity,
    QuoteGroup,
    Story,
    SummarySentence,
    TimelineEntry,
)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class CorpusAnalysis:
    """Everything the corpus stages found.

    ``articles`` carry linked mentions (``entity_id`` set) and, where an
    article had no date of its own, the date its story gives it.
    """

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    stories: tuple[Story, ...]
    timeline: tuple[TimelineEntry, ...]
    quotes: tuple[QuoteGroup, ...]
    overview: tuple[SummarySentence, ...]
    story_summaries: Mapping[str, tuple[SummarySentence, ...]]

    def story_of(self, article_id: str) -> Story | None:
        """The story an article belongs to."""
        return next((s for s in self.stories if article_id in s.articles), None)


Summaries = dict[str, tuple[SummarySentence, ...]]

# What a forked process summarises: set just before the fork, read only in the child.
_TO_SUMMARISE: tuple[tuple[Story, ...], dict[str, Article]] | None = None


def analyze(
    articles: Iterable[Article], duplicates: Iterable[Duplicate] = (), *, workers: int = 1
) -> CorpusAnalysis:
    """Run the corpus stages over annotated articles.

    Args:
        articles: annotated articles, in any order.
        duplicates: the duplicate links between them.
        workers: processes to use (2 or more: summaries in a forked process).

    Returns:
        The analysis; every timeline entry, summary sentence and quote group
        cites the articles (and spans) it came from. The same for any ``workers``.
    """
    linked = link_entities(sorted(articles, key=lambda a: a.id))
    stories = build_stories(linked.articles, duplicates=tuple(duplicates))
    dated = _date_from_stories(_date_from_corpus(linked.articles), stories)
    by_id = {a.id: a for a in dated}
    with _summaries_elsewhere(stories, by_id, workers) as pending:
        timeline = build_timeline(dated, stories)
        quotes = merge_quotes(dated)
        overview = summarize_corpus(stories, by_id)
        summaries = pending.result() if pending is not None else _summarise(stories, by_id)
    return CorpusAnalysis(
        articles=dated,
        entities=linked.entities,
        stories=stories,
        timeline=timeline,
        quotes=quotes,
        overview=overview,
        story_summaries=summaries,
    )


def _summarise(stories: tuple[Story, ...], by_id: Mapping[str, Article]) -> Summaries:
    return {s.id: summarize_story(s, by_id) for s in stories}


def _summarise_forked() -> Summaries:
    """The summaries of the stories the parent set aside before forking (runs in the child)."""
    assert _TO_SUMMARISE is not None, "summaries requested from a process that was not forked"
    return _summarise(*_TO_SUMMARISE)


@contextlib.contextmanager
def _summaries_elsewhere(
    stories: tuple[Story, ...], by_id: dict[str, Article], workers: int
) -> Iterator[Future[Summaries] | None]:
    """Start the story summaries in a forked process; yield None when they are to run here."""
    if workers < 2 or len(stories) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    global _TO_SUMMARISE
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    try:
        _TO_SUMMARISE = (stories, by_id)
        try:
            pending = pool.submit(_summarise_forked)  # forks here: the child has its copy
        finally:
            _TO_SUMMARISE = None
        yield pending
    finally:
        pool.shutdown(cancel_futures=True)


def _date_from_corpus(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """Pin the year of an undated article's weekday-plus-date ("Senin (12/8)") by the pile's years.

    Only articles with no day of their own change; the prior is every other
    article's date (see :mod:`kilas.annotate.time_corpus`). With a day at last,
    relative expressions ("pada hari Kamis") resolve.
    """
    years = corpus_years(articles)
    out = []
    for article in articles:
        if article.date is None or len(article.date) < 10:
            inferred = infer_with_corpus(article, years=rest_of_pile(years, article))
            if inferred.method in CORPUS_METHODS:
                article = find_times(dataclasses.replace(article, inferred_date=inferred))
        out.append(article)
    return tuple(out)


def _date_from_stories(
    articles: tuple[Article, ...], stories: tuple[Story, ...]
) -> tuple[Article, ...]:
    """Give an undated article its story's date, and resolve its relative time expressions."""
    out = []
    by_id = {a.id: a for a in articles}
    for story in stories:
        members = [by_id[i] for i in story.articles if i in by_id]
        for article in members:
            if article.date is None and len(members) > 1:
                others = [a for a in members if a.id != article.id]
                inferred = story_dates(story, others)
                if inferred is not None and inferred.value is not None:
                    # With a date at last, relative expressions ("pada hari Kamis") resolve.
                    article = find_times(dataclasses.replace(article, inferred_date=inferred))
            out.append(article)
    seen = {a.id for a in out}
    out.extend(a for a in articles if a.id not in seen)
    return tuple(sorted(out, key=lambda a: a.id))
