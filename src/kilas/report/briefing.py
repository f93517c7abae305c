"""Assemble a :class:`~kilas.model.Briefing` from what the store knows."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable

from kilas.corpus.analyze import CorpusAnalysis
from kilas.model import (
    Article,
    BriefArticle,
    Briefing,
    Duplicate,
    Entity,
    OutletCoverage,
    Story,
)

UNKNOWN_OUTLET = "(outlet unknown)"


def date_of(article: Article) -> tuple[str | None, str, str]:
    """Return ``(ISO day, kind, evidence)`` for an article's publication date.

    ``kind`` is ``printed`` (read from the page), ``metadata`` (given by the
    feed), ``inferred`` (from the text, with its evidence) or ``unknown``.
    """
    if article.published is not None:
        kind = "printed" if article.published.source == "text" else "metadata"
        return article.published.value[:10], kind, article.published.text
    inferred = article.inferred_date
    if inferred is not None and inferred.value is not None:
        evidence = "; ".join(span.text for span in inferred.evidence)
        return inferred.value, "inferred", evidence
    return None, "unknown", ""


def build_briefing(
    articles: Iterable[Article],
    duplicates: Iterable[Duplicate],
    *,
    title: str = "Briefing",
    analysis: CorpusAnalysis | None = None,
    actors: int = 15,
) -> Briefing:
    """Return the briefing of a corpus.

    Without ``analysis``: articles, outlets, dates, duplicates. With it also
    the overview, stories with their summaries (largest stories first), the
    timeline (most important entries first), who said what and the key
    actors. Articles are listed by date (undated last), then source, so the
    same corpus always gives the same briefing.
    """
    if analysis is not None:
        articles = analysis.articles
    links = tuple(sorted(duplicates, key=lambda d: (d.article_id, d.other_id)))
    by_article: defaultdict[str, list[Duplicate]] = defaultdict(list)
    for link in links:
        by_article[link.article_id].append(link)
    listed: list[BriefArticle] = []
    removed: Counter[str] = Counter()
    for article in articles:
        day, kind, evidence = date_of(article)
        removed.update(line.reason for line in article.removed)
        listed.append(
            BriefArticle(
                id=article.id,
                source=article.source,
                title=article.title,
                outlet=article.outlet,
                date=day,
                date_kind=kind,
                date_evidence=evidence,
                copies=tuple(by_article.get(article.id, ())),
            )
        )
    listed.sort(key=lambda a: (a.date is None, a.date or "", a.source))
    dates = [a.date for a in listed if a.date]
    briefing = Briefing(
        title=title,
        articles=tuple(listed),
        outlets=_outlets(listed),
        duplicates=one_way(links),
        removed_by_reason=dict(sorted(removed.items())),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
    )
    if analysis is None:
        return briefing
    return dataclasses.replace(
        briefing,
        stories=tuple(sorted(analysis.stories, key=_importance)),
        timeline=analysis.timeline,
        overview=analysis.overview,
        story_summaries=dict(analysis.story_summaries),
        quotes=analysis.quotes,
        actors=key_actors(analysis.entities, limit=actors),
    )


def _importance(story: Story) -> tuple[int, int, bool, str, str]:
    """Largest stories first (articles, then outlets), then the earliest, dated before undated."""
    return (
        -len(story.articles),
        -len(story.outlets),
        story.start is None,
        story.start or "",
        story.id,
    )


def key_actors(entities: Iterable[Entity], *, limit: int = 15) -> tuple[Entity, ...]:
    """The most salient entities: people first, then organisations, then places."""
    ranked = sorted(entities, key=lambda e: (-e.salience * len(e.articles), e.name))
    order = {"PER": 0, "ORG": 1}
    top = ranked[:limit]
    return tuple(sorted(top, key=lambda e: (order.get(e.type, 2), -e.salience * len(e.articles))))


def _outlets(articles: list[BriefArticle]) -> tuple[OutletCoverage, ...]:
    grouped: defaultdict[str, list[BriefArticle]] = defaultdict(list)
    for article in articles:
        grouped[article.outlet or UNKNOWN_OUTLET].append(article)
    rows = []
    for outlet, items in grouped.items():
        dates = [a.date for a in items if a.date]
        rows.append(
            OutletCoverage(
                outlet=outlet,
                articles=len(items),
                first=min(dates) if dates else None,
                last=max(dates) if dates else None,
            )
        )
    rows.sort(key=lambda r: (-r.articles, r.outlet == UNKNOWN_OUTLET, r.outlet))
    return tuple(rows)


def one_way(links: Iterable[Duplicate]) -> tuple[Duplicate, ...]:
    """Keep one link per pair: the copy's side (or the smaller id for exact/near)."""
    kept = []
    for link in links:
        if link.relation == "copied_by":
            continue
        if link.relation in ("exact", "near") and link.article_id > link.other_id:
            continue
        kept.append(link)
    return tuple(kept)
