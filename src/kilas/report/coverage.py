"""Who covered what: the outlet × story matrix of a briefing."""

from __future__ import annotations

from kilas.model import Briefing, Story
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
