"""The briefing as one self-contained HTML page: no scripts, no network, SVG charts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from kilas.model import (
    BriefArticle,
    Briefing,
    Citation,
    QuoteGroup,
    Story,
    SummarySentence,
    TimelineEntry,
)
from kilas.report.by_story import StoryIndex
from kilas.report.coverage import coverage_matrix
from kilas.report.roles import shown_roles
from kilas.report.speakers import UNATTRIBUTED, speakers_in_order
from kilas.report.svg import coverage_svg, timeline_svg

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}th{background:#f6f6f6}code{font-size:.85em;color:#555}
.kind{font-size:.8em;color:#666}.inferred{color:#8a5a00}.unknown{color:#a00}
.cite{font-size:.8em;color:#555}.cite a{color:#36c}.date{font-weight:600;white-space:nowrap}
.gran{font-size:.75em;color:#777}.story{border-left:3px solid #36c;padding-left:1rem}
svg text{font:11px system-ui,sans-serif}
"""
_NO_DUPLICATES = "<li>No article shares its text with another.</li>"
TIMELINE_SHOWN = 25


def _e(value: object) -> str:
    return escape(str(value)) if value is not None else "—"


class Cite:
    """Citations as links ``[outlet, date]``: to the article list, or where ``href`` says."""

    def __init__(self, briefing: Briefing, href: Callable[[str], str] | None = None) -> None:
        self.by_id = {a.id: a for a in briefing.articles}
        self.href = href or (lambda article_id: f"#a-{article_id}")

    def __call__(self, citations: Iterable[Citation]) -> str:
        links = []
        for article_id in dict.fromkeys(c.article_id for c in citations):
            article = self.by_id.get(article_id)
            outlet = (article.outlet if article else None) or "outlet unknown"
            date = (article.date if article else None) or "undated"
            links.append(f"<a href='{self.href(article_id)}'>{_e(outlet)}, {_e(date)}</a>")
        return f"<span class='cite'>[{'; '.join(links)}]</span>"


def render_html(briefing: Briefing) -> str:
    """Return the briefing as a self-contained HTML document."""
    cite = Cite(briefing)
    span = f"{briefing.first} – {briefing.last}" if briefing.first else "dates unknown"
    parts = [
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>",
        f"<title>{_e(briefing.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(briefing.title)}</h1>",
        f"<p>{len(briefing.articles)} articles from {len(briefing.outlets)} outlets, {span}"
        f"{f', {len(briefing.stories)} stories' if briefing.stories else ''}.</p>",
    ]
    if briefing.overview:
        parts += ["<h2>Overview</h2>", sentences_html(briefing.overview, cite)]
    index = StoryIndex(briefing)
    parts += [_story(s, briefing, index, cite) for s in briefing.stories]
    if briefing.timeline:
        parts.append(_timeline(briefing.timeline, cite))
    if briefing.actors:
        parts.append(_actors(briefing))
    if briefing.stories:
        outlets, rows = coverage_matrix(briefing)
        parts += ["<h2>Coverage</h2>", coverage_svg(outlets, rows)]
    parts += [_articles(briefing), _duplicates(briefing), "</body></html>\n"]
    return "".join(parts)


def sentences_html(sentences: Iterable[SummarySentence], cite: Cite) -> str:
    items = "".join(f"<li>{_e(s.text)} {cite(s.citations)}</li>" for s in sentences)
    return f"<ul>{items}</ul>"


def entries_html(entries: Iterable[TimelineEntry], cite: Cite) -> str:
    items = "".join(
        f"<li><span class='date'>{_e(e.date)}</span> <span class='gran'>{_e(e.granularity)}"
        f"</span> {_e(e.description)} {cite(e.citations)}</li>"
        for e in entries
    )
    return f"<ul>{items}</ul>"


def _story(story: Story, briefing: Briefing, index: StoryIndex, cite: Cite) -> str:
    dates = story.start if story.start == story.end else f"{story.start} – {story.end}"
    parts = [
        f"<section class='story' id='s-{story.id}'><h2>{_e(story.label)}</h2>",
        f"<p>{_e(dates or 'undated')} · {len(story.articles)} articles · "
        f"{_e(', '.join(story.outlets) or 'outlets unknown')}</p>",
    ]
    summary = briefing.story_summaries.get(story.id, ())
    if summary:
        parts += ["<h3>Summary</h3>", sentences_html(summary, cite)]
    entries = index.entries(story)
    if entries:
        parts += ["<h3>Timeline</h3>", entries_html(entries[:TIMELINE_SHOWN], cite)]
    quotes = index.quotes(story)
    if quotes:
        parts += ["<h3>Who said what</h3>", quotes_html(quotes, cite)]
    return "".join(parts) + "</section>"


def quotes_html(
    quotes: list[QuoteGroup], cite: Cite, *, speaker_href: Callable[[str], str] | None = None
) -> str:
    """Quotes grouped by speaker; a speaker's name links where ``speaker_href`` says."""
    out = []
    for speaker, kind in speakers_in_order(quotes):
        items = "".join(
            f"<li>{'“' + _e(q.text) + '”' if q.kind == 'direct' else _e(q.text) + ' (indirect)'}"
            f"{' via ' + _e(q.via) if q.via else ''} {cite(q.citations)}</li>"
            for q in quotes
            if (q.speaker or UNATTRIBUTED) == speaker
        )
        label = f" ({_e(kind)})" if kind else ""
        name = f"<strong>{_e(speaker)}</strong>"
        if speaker_href is not None and speaker != UNATTRIBUTED:
            name = f"<a href='{speaker_href(speaker)}'>{name}</a>"
        out.append(f"<li>{name}{label}<ul>{items}</ul></li>")
    return f"<ul>{''.join(out)}</ul>"


def _timeline(entries: tuple[TimelineEntry, ...], cite: Cite) -> str:
    shown = sorted(entries[:TIMELINE_SHOWN], key=lambda e: e.date)
    return "<h2>Timeline</h2>" + timeline_svg(shown) + entries_html(shown, cite)


def _actors(briefing: Briefing) -> str:
    rows = "".join(
        f"<tr><td>{_e(e.name)}</td><td>{_e(e.type)}</td>"
        f"<td>{_e(', '.join(a.name for a in e.aliases if a.name != e.name))}</td>"
        f"<td>{_e('; '.join(shown_roles(e, limit=len(e.roles))))}</td>"
        f"<td>{len(e.articles)}</td></tr>"
        for e in briefing.actors
    )
    head = "<tr><th>name</th><th>type</th><th>also</th><th>roles</th><th>articles</th></tr>"
    return f"<h2>Key actors</h2><table>{head}{rows}</table>"


def _article_row(article: BriefArticle) -> str:
    evidence = f": {_e(article.date_evidence)}" if article.date_kind == "inferred" else ""
    date = (
        f"{_e(article.date)} <span class='kind {article.date_kind}'>"
        f"{article.date_kind}{evidence}</span>"
    )
    return (
        f"<tr id='a-{article.id}'><td>{date}</td><td>{_e(article.outlet)}</td>"
        f"<td>{_e(article.title or article.source)}</td><td><code>{article.id}</code></td></tr>"
    )


def _articles(briefing: Briefing) -> str:
    outlets = "".join(
        f"<tr><td>{_e(o.outlet)}</td><td>{o.articles}</td><td>{_e(o.first)}</td>"
        f"<td>{_e(o.last)}</td></tr>"
        for o in briefing.outlets
    )
    rows = "".join(_article_row(a) for a in briefing.articles)
    return (
        "<h2>Outlets</h2><table><tr><th>outlet</th><th>articles</th><th>first</th>"
        f"<th>last</th></tr>{outlets}</table>"
        "<h2>Articles</h2><table><tr><th>date</th><th>outlet</th><th>title</th><th>id</th></tr>"
        f"{rows}</table>"
    )


def _duplicates(briefing: Briefing) -> str:
    by_id = {a.id: a for a in briefing.articles}

    def title(article_id: str) -> str:
        article = by_id.get(article_id)
        return (article.title or article.source) if article else article_id

    items = "".join(
        f"<li><a href='#a-{d.article_id}'>{_e(title(d.article_id))}</a> "
        f"{_e(d.relation.replace('_', ' '))} "
        f"<a href='#a-{d.other_id}'>{_e(title(d.other_id))}</a>: {d.shared:.0%} shared</li>"
        for d in briefing.duplicates
    )
    return f"<h2>Duplicates and copies</h2><ul>{items or _NO_DUPLICATES}</ul>"
