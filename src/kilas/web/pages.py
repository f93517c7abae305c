"""The web app's pages over a corpus of any size: an overview, and a page per story and entity.

The home page shows the overview summary, the largest stories a page at a time and the key
actors, so its size does not grow with the pile (the whole briefing stays at ``/briefing``).
Each story, entity and speaker has a page of its own. The pieces are the HTML briefing's
renderers (:mod:`kilas.report.html`) with citations linked to the article pages; every text
from an article is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from html import escape
from typing import TypeVar
from urllib.parse import quote

from kilas.model import BriefArticle, Briefing, Duplicate, Entity, QuoteGroup, Story
from kilas.report.by_story import StoryIndex
from kilas.report.html import Cite, entries_html, quotes_html, sentences_html
from kilas.report.roles import shown_roles

T = TypeVar("T")

PER_PAGE = 25
"""Stories (or entities) listed on one page of a listing."""
ARTICLES_SHOWN = 200
"""Articles listed on an entity's page (the count says how many there are)."""
STORIES_SHOWN = 50
"""Stories listed on an entity's page, largest first."""


def _e(value: object) -> str:
    return escape(str(value)) if value is not None else "—"


def entity_href(name: str) -> str:
    """The URL of the page of the entity called ``name``."""
    return f"/entities/{quote(name, safe='')}"


def quotes_href(speaker: str) -> str:
    """The URL of the page of ``speaker``'s quotes."""
    return f"/quotes?speaker={quote(speaker, safe='')}"


def _dates(story: Story) -> str:
    if story.start is None:
        return "undated"
    return story.start if story.start == story.end else f"{story.start} – {story.end}"


class Site:
    """One corpus state's briefing, indexed for the pages (built once per state).

    Stories are listed largest first (then earliest, then by id, so the order is stable).
    """

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.index = StoryIndex(briefing)
        self.cite = Cite(briefing, href=lambda article_id: f"/articles/{article_id}")
        self.by_size = sorted(
            briefing.stories, key=lambda s: (-len(s.articles), s.start or "~", s.id)
        )
        self.articles = {a.id: a for a in briefing.articles}
        self.duplicates: defaultdict[str, list[Duplicate]] = defaultdict(list)
        for duplicate in briefing.duplicates:
            self.duplicates[duplicate.article_id].append(duplicate)
        self.story_of: dict[str, Story] = {}
        for story in briefing.stories:
            for article_id in story.articles:
                self.story_of.setdefault(article_id, story)

    def story(self, story_id: str) -> Story | None:
        """The story with this id or unique id prefix, else None."""
        found = [s for s in self.briefing.stories if s.id.startswith(story_id)]
        return found[0] if len(found) == 1 and story_id else None

    def title(self, article_id: str) -> str:
        """The article's title (its source when untitled, its id when unknown)."""
        article = self.articles.get(article_id)
        return (article.title or article.source) if article else article_id


def page_of(items: Sequence[T], page: int) -> Sequence[T]:
    """The items shown on ``page`` (from 1) of a listing, :data:`PER_PAGE` to a page."""
    return items[(page - 1) * PER_PAGE : page * PER_PAGE]


def pager(path: str, page: int, total: int) -> str:
    """Links to the previous and next pages of a listing of ``total`` items."""
    pages = max(1, -(-total // PER_PAGE))
    sep = "&" if "?" in path else "?"
    links = []
    if page > 1:
        links.append(f"<a href='{path}{sep}page={page - 1}'>← previous</a>")
    links.append(f"page {page} of {pages}")
    if page < pages:
        links.append(f"<a href='{path}{sep}page={page + 1}'>more →</a>")
    return f"<p class='pager'>{' · '.join(links)}</p>"


def story_rows(site: Site, stories: Iterable[Story]) -> str:
    """A table of stories: label (linked), dates, article count, outlets."""
    rows = "".join(
        f"<tr><td><a href='/stories/{s.id}'>{_e(s.label)}</a></td><td>{_e(_dates(s))}</td>"
        f"<td>{len(s.articles)}</td><td>{_e(', '.join(s.outlets) or '—')}</td></tr>"
        for s in stories
    )
    head = "<tr><th>story</th><th>dates</th><th>articles</th><th>outlets</th></tr>"
    return f"<table>{head}{rows}</table>"


def home_html(site: Site, page: int) -> str:
    """The overview: counts, overview summary, the largest stories (one page), key actors."""
    b = site.briefing
    span = f"{b.first} – {b.last}" if b.first else "dates unknown"
    parts = [
        f"<h1>{_e(b.title)}</h1>",
        f"<p>{len(b.articles)} articles from {len(b.outlets)} outlets, {span}, "
        f"{len(b.stories)} stories. <a href='/briefing'>The whole briefing</a> "
        "(one page, large for a big pile).</p>",
    ]
    if b.overview and page == 1:
        parts += ["<h2>Overview</h2>", sentences_html(b.overview, site.cite)]
    if b.stories:
        parts += [
            "<h2>Largest stories</h2>",
            story_rows(site, page_of(site.by_size, page)),
            pager("/", page, len(b.stories)),
        ]
    if b.actors and page == 1:
        parts.append(actors_html(b.actors))
    return "".join(parts)


def actors_html(actors: tuple[Entity, ...]) -> str:
    """The key actors as a table, each linked to its entity page."""
    rows = "".join(
        f"<tr><td><a href='{entity_href(e.name)}'>{_e(e.name)}</a></td><td>{_e(e.type)}</td>"
        f"<td>{_e('; '.join(shown_roles(e, limit=3)))}</td><td>{len(e.articles)}</td></tr>"
        for e in actors
    )
    head = "<tr><th>name</th><th>type</th><th>roles</th><th>articles</th></tr>"
    return f"<h2>Key actors</h2><table>{head}{rows}</table>"


def _article_rows(site: Site, article_ids: tuple[str, ...] | list[str]) -> str:
    def row(article_id: str) -> str:
        article: BriefArticle | None = site.articles.get(article_id)
        date = article.date if article else None
        outlet = article.outlet if article else None
        return (
            f"<tr><td>{_e(date)}</td><td>{_e(outlet)}</td>"
            f"<td><a href='/articles/{article_id}'>{_e(site.title(article_id))}</a></td></tr>"
        )

    head = "<tr><th>date</th><th>outlet</th><th>title</th></tr>"
    return f"<table>{head}{''.join(row(a) for a in article_ids)}</table>"


def story_html(site: Site, story: Story) -> str:
    """A story: summary, whole timeline, who said what, its articles and their duplicates."""
    parts = [
        f"<h1>{_e(story.label)}</h1>",
        f"<p>{_e(_dates(story))} · {len(story.articles)} articles · "
        f"{_e(', '.join(story.outlets) or 'outlets unknown')}</p>",
    ]
    if story.entities:
        links = ", ".join(f"<a href='{entity_href(n)}'>{_e(n)}</a>" for n in story.entities)
        parts.append(f"<p>Entities: {links}</p>")
    summary = site.briefing.story_summaries.get(story.id, ())
    if summary:
        parts += ["<h2>Summary</h2>", sentences_html(summary, site.cite)]
    entries = site.index.entries(story)
    if entries:
        parts += ["<h2>Timeline</h2>", entries_html(entries, site.cite)]
    quotes = site.index.quotes(story)
    if quotes:
        parts += [
            "<h2>Who said what</h2>",
            quotes_html(quotes, site.cite, speaker_href=quotes_href),
        ]
    parts += ["<h2>Articles</h2>", _article_rows(site, story.articles)]
    parts.append(_duplicates_html(site, story.articles))
    return "".join(parts)


def _duplicates_html(site: Site, article_ids: tuple[str, ...]) -> str:
    items = "".join(
        f"<li><a href='/articles/{d.article_id}'>{_e(site.title(d.article_id))}</a> "
        f"{_e(d.relation.replace('_', ' '))} "
        f"<a href='/articles/{d.other_id}'>{_e(site.title(d.other_id))}</a>: "
        f"{d.shared:.0%} shared</li>"
        for article_id in article_ids
        for d in site.duplicates.get(article_id, ())
    )
    return f"<h2>Duplicates and copies</h2><ul>{items or '<li>None.</li>'}</ul>"


def entity_html(site: Site, entity: Entity, quotes: tuple[QuoteGroup, ...]) -> str:
    """An entity: aliases, roles, its stories, its articles and its quotes."""
    also = ", ".join(a.name for a in entity.aliases if a.name != entity.name)
    roles = "".join(f"<li>{_e(r)}</li>" for r in shown_roles(entity, limit=len(entity.roles)))
    stories = {site.story_of[a].id: site.story_of[a] for a in entity.articles if a in site.story_of}
    by_size = sorted(stories.values(), key=lambda s: (-len(s.articles), s.start or "~", s.id))
    shown = list(entity.articles[:ARTICLES_SHOWN])
    more = len(entity.articles) - len(shown)
    parts = [
        f"<h1>{_e(entity.name)}</h1>",
        f"<p>{_e(entity.type)} · {len(entity.articles)} articles"
        f"{' · also ' + _e(also) if also else ''}</p>",
    ]
    if roles:
        parts.append(f"<h2>Roles</h2><ul>{roles}</ul>")
    if quotes:
        parts += [f"<h2>Quotes ({len(quotes)})</h2>", quotes_html(list(quotes), site.cite)]
    if by_size:
        parts += [f"<h2>Stories ({len(by_size)})</h2>", story_rows(site, by_size[:STORIES_SHOWN])]
        if len(by_size) > STORIES_SHOWN:
            parts.append(f"<p>and {len(by_size) - STORIES_SHOWN} more, smaller.</p>")
    parts += ["<h2>Articles</h2>", _article_rows(site, shown)]
    if more > 0:
        parts.append(f"<p>and {more} more.</p>")
    return "".join(parts)


def quotes_page_html(site: Site, speaker: str, quotes: tuple[QuoteGroup, ...]) -> str:
    """The quotes of one speaker (every name the speaker is known by)."""
    body = quotes_html(list(quotes), site.cite) if quotes else "<p>No quotes.</p>"
    return (
        f"<h1>Quotes of {_e(speaker)}</h1><p>{len(quotes)} quotes · "
        f"<a href='{entity_href(speaker)}'>entity page</a></p>{body}"
    )
