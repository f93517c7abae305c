"""A briefing's timeline entries and quotes grouped by story, built once per rendering.

A renderer shows, under each story, the entries tied to it and the quotes
citing its articles. Scanning the whole timeline and every quote for each
story is quadratic (2,000 stories × 10,000 entries on IndoSum); this index
reads each entry and quote once, and gives them back in briefing order.
"""

from __future__ import annotations

from collections import defaultdict

from kilas.model import Briefing, QuoteGroup, Story, TimelineEntry


class StoryIndex:
    """Timeline entries by story id and quotes by cited article, in briefing order."""

    def __init__(self, briefing: Briefing) -> None:
        self._entries: defaultdict[str, list[TimelineEntry]] = defaultdict(list)
        for entry in briefing.timeline:
            if entry.story_id is not None:
                self._entries[entry.story_id].append(entry)
        self._quotes = briefing.quotes
        self._citing: defaultdict[str, list[int]] = defaultdict(list)
        for k, quote in enumerate(briefing.quotes):
            for article_id in dict.fromkeys(c.article_id for c in quote.citations):
                self._citing[article_id].append(k)

    def entries(self, story: Story) -> list[TimelineEntry]:
        """The story's timeline entries by date (briefing order among the same date)."""
        return sorted(self._entries.get(story.id, ()), key=lambda e: e.date)

    def quotes(self, story: Story) -> list[QuoteGroup]:
        """The quotes citing any of the story's articles, in briefing order."""
        found = {k for article_id in story.articles for k in self._citing.get(article_id, ())}
        return [self._quotes[k] for k in sorted(found)]
