"""Who covered what: the outlet × story matrix of a briefing."""

from __future__ import annotations

import dataclasses
from collections import Counter

from kilas.model import Briefing, Duplicate, Story
from kilas.report.briefing import UNKNOWN_OUTLET as UNKNOWN


def coverage_matrix(briefing: Briefing) -> tuple[list[str], list[tuple[Story, list[int]]]]:
    """Return the outlets (most articles first) and, per story, its article count per outlet."""
    outlet_of = {a.id: a.outlet or UNKNOWN for a in briefing.articles}
    outlets = [o.outlet for o in briefing.outlets]
    rows = []
    for story in briefing.stories:
        counts = [0] * len(outlets)
        for article_id in story.articles:
            outlet = outlet_of.get(article_id, UNKNOWN)
            if outlet in outlets:
                counts[outlets.index(outlet)] += 1
        rows.append((story, counts))
    return outlets, rows


@dataclasses.dataclass(frozen=True, slots=True)
class OutletRow:
    """One outlet's part in the pile: its articles, dates, stories and copies."""

    outlet: str
    articles: int
    first: str | None
    last: str | None
    stories: tuple[Story, ...]
    """The stories it covered, largest first."""
    copies: int
    """Its articles that re-publish an earlier article of another outlet (a later day)."""
    copied: int
    """Its articles that another outlet re-published later."""


def outlet_rows(briefing: Briefing) -> list[OutletRow]:
    """Return, per outlet (most articles first), what it covered and what it copied."""
    outlet_of = {a.id: a.outlet or UNKNOWN for a in briefing.articles}
    stories: dict[str, list[Story]] = {o.outlet: [] for o in briefing.outlets}
    for story in sorted(briefing.stories, key=lambda s: (-len(s.articles), s.id)):
        for outlet in dict.fromkeys(outlet_of.get(a, UNKNOWN) for a in story.articles):
            stories.setdefault(outlet, []).append(story)
    day_of = {a.id: a.date for a in briefing.articles}
    copies: Counter[str] = Counter()
    copied: Counter[str] = Counter()
    for article in briefing.articles:
        outlet = outlet_of[article.id]
        order = {
            _order(link, day_of)
            for link in article.copies
            if outlet_of.get(link.other_id) != outlet
        }
        copies[outlet] += 1 in order
        copied[outlet] += -1 in order
    return [
        OutletRow(
            outlet=o.outlet,
            articles=o.articles,
            first=o.first,
            last=o.last,
            stories=tuple(stories.get(o.outlet, ())),
            copies=copies[o.outlet],
            copied=copied[o.outlet],
        )
        for o in briefing.outlets
    ]


def _order(link: Duplicate, day_of: dict[str, str | None]) -> int:
    """1 when the link's article re-publishes the other, -1 when it was re-published, else 0.

    The index orders near-duplicates by their dates; an exact copy is ordered here by the
    articles' days (known to the day on both sides, and different).
    """
    if link.relation in ("copy_of", "copied_by"):
        return 1 if link.relation == "copy_of" else -1
    mine, theirs = day_of.get(link.article_id), day_of.get(link.other_id)
    if not mine or not theirs or len(mine) != 10 or len(theirs) != 10 or mine == theirs:
        return 0
    return 1 if mine > theirs else -1
