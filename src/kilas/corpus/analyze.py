"""The corpus stages in order: link → stories → story dates → timeline → quotes → summaries.

:func:`analyze` is what the briefing and the CLI read. It is deterministic:
the same articles and duplicate links give the same analysis, whatever order
they were ingested in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from kilas.annotate.time import find_times
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


def analyze(articles: Iterable[Article], duplicates: Iterable[Duplicate] = ()) -> CorpusAnalysis:
    """Run the corpus stages over annotated articles.

    Returns:
        The analysis; every timeline entry, summary sentence and quote group
        cites the articles (and spans) it came from.
    """
    linked = link_entities(sorted(articles, key=lambda a: a.id))
    stories = build_stories(linked.articles, duplicates=tuple(duplicates))
    dated = _date_from_stories(linked.articles, stories)
    by_id = {a.id: a for a in dated}
    return CorpusAnalysis(
        articles=dated,
        entities=linked.entities,
        stories=stories,
        timeline=build_timeline(dated, stories),
        quotes=merge_quotes(dated),
        overview=summarize_corpus(stories, by_id),
        story_summaries={s.id: summarize_story(s, by_id) for s in stories},
    )


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
