"""Assemble a :class:`~kilas.model.Briefing` from what the store knows."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from kilas.model import Article, BriefArticle, Briefing, Duplicate, OutletCoverage

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
) -> Briefing:
    """Return the briefing of a corpus: articles, outlets, dates, duplicates.

    Articles are listed by date (undated last), then source, so the same
    corpus always gives the same briefing.
    """
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
    return Briefing(
        title=title,
        articles=tuple(listed),
        outlets=_outlets(listed),
        duplicates=_one_way(links),
        removed_by_reason=dict(sorted(removed.items())),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
    )


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


def _one_way(links: tuple[Duplicate, ...]) -> tuple[Duplicate, ...]:
    """Keep one link per pair: the copy's side (or the smaller id for exact/near)."""
    kept = []
    for link in links:
        if link.relation == "copied_by":
            continue
        if link.relation in ("exact", "near") and link.article_id > link.other_id:
            continue
        kept.append(link)
    return tuple(kept)
