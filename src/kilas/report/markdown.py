"""The briefing as Markdown: readable as plain text, every claim cited."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kilas.model import (
    BriefArticle,
    Briefing,
    Citation,
    Duplicate,
    QuoteGroup,
    Story,
    SummarySentence,
    TimelineEntry,
)
from kilas.report.by_story import StoryIndex
from kilas.report.coverage import coverage_matrix
from kilas.report.roles import shown_roles
from kilas.report.speakers import UNATTRIBUTED, speakers_in_order

TIMELINE_SHOWN = 25
# Characters that would make an article's words into markup: an HTML tag (an article
# quoting "<script>" must not become one in a Markdown viewer), a link, code or emphasis.
_MARKUP = re.compile(r"([\\`*\[\]<])")


def _md(text: str) -> str:
    """Text from the articles, escaped so that a Markdown renderer shows it as written."""
    return _MARKUP.sub(r"\\\1", text)


def _cell(value: object) -> str:
    text = _md(str(value)) if value is not None else "—"
    return text.replace("|", "\\|").replace("\n", " ")


def _label(article: BriefArticle) -> str:
    return article.title or article.source


def _date_note(article: BriefArticle) -> str:
    if article.date_kind == "unknown":
        return "unknown"
    if article.date_kind == "inferred":
        return f"{article.date} (inferred: {article.date_evidence or 'from its story'})"
    return f"{article.date} ({article.date_kind})"


class _Cite:
    """Formats citations as ``[outlet, date, id]`` using the briefing's article list."""

    def __init__(self, briefing: Briefing) -> None:
        self.by_id = {a.id: a for a in briefing.articles}

    def __call__(self, citations: Iterable[Citation]) -> str:
        parts = []
        for cite in dict.fromkeys(c.article_id for c in citations):
            article = self.by_id.get(cite)
            outlet = (article.outlet if article else None) or "outlet unknown"
            date = (article.date if article else None) or "undated"
            parts.append(f"{_md(outlet)}, {date}, `{cite[:8]}`")
        return "[" + "; ".join(parts) + "]"


def render_markdown(briefing: Briefing) -> str:
    """Return the briefing as a Markdown document."""
    cite = _Cite(briefing)
    span = f"{briefing.first} – {briefing.last}" if briefing.first else "dates unknown"
    lines = [
        f"# {_md(briefing.title)}",
        "",
        f"{len(briefing.articles)} articles from {len(briefing.outlets)} outlets, {span}"
        + (f", {len(briefing.stories)} stories." if briefing.stories else "."),
    ]
    if briefing.overview:
        lines += ["", "## Overview", "", *_sentences(briefing.overview, cite)]
    index = StoryIndex(briefing)
    for story in briefing.stories:
        lines += _story(story, briefing, index, cite)
    if briefing.timeline:
        lines += _timeline(briefing.timeline, cite)
    if briefing.actors:
        lines += _actors(briefing)
    if briefing.stories:
        lines += _coverage(briefing)
    lines += _articles(briefing)
    lines += _duplicates(briefing)
    if briefing.removed_by_reason:
        removed = ", ".join(f"{reason} {n}" for reason, n in briefing.removed_by_reason.items())
        lines += ["", "## Cleaning", "", f"Lines removed, by reason: {removed}."]
    return "\n".join(lines) + "\n"


def _sentences(sentences: Iterable[SummarySentence], cite: _Cite) -> list[str]:
    return [f"- {_md(s.text)} {cite(s.citations)}" for s in sentences]


def _story(story: Story, briefing: Briefing, index: StoryIndex, cite: _Cite) -> list[str]:
    dates = story.start if story.start == story.end else f"{story.start} – {story.end}"
    lines = [
        "",
        f"## Story: {_md(story.label)}",
        "",
        f"{dates or 'undated'} · {len(story.articles)} articles · "
        f"{_md(', '.join(story.outlets)) or 'outlets unknown'}",
    ]
    if story.entities:
        lines.append(f"Key entities: {_md(', '.join(story.entities))}")
    summary = briefing.story_summaries.get(story.id, ())
    if summary:
        lines += ["", "### Summary", "", *_sentences(summary, cite)]
    entries = index.entries(story)
    if entries:
        lines += ["", "### Timeline", ""]
        lines += [
            f"- **{e.date}** ({e.granularity}) {_md(e.description)} {cite(e.citations)}"
            for e in entries[:TIMELINE_SHOWN]
        ]
    quotes = index.quotes(story)
    if quotes:
        lines += ["", "### Who said what", "", *_quotes(quotes, cite)]
    return lines


def _quotes(quotes: list[QuoteGroup], cite: _Cite) -> list[str]:
    lines = []
    for speaker, kind in speakers_in_order(quotes):
        lines.append(f"- **{_md(speaker)}**{f' ({kind})' if kind else ''}")
        for q in quotes:
            if (q.speaker or UNATTRIBUTED) != speaker:
                continue
            via = f" (via {_md(q.via)})" if q.via else ""
            text = f"“{_md(q.text)}”" if q.kind == "direct" else f"{_md(q.text)} (indirect)"
            lines.append(f"  - {text}{via} {cite(q.citations)}")
    return lines


def _timeline(entries: tuple[TimelineEntry, ...], cite: _Cite) -> list[str]:
    shown = sorted(entries[:TIMELINE_SHOWN], key=lambda e: e.date)
    more = len(entries) - len(shown)
    lines = ["", "## Timeline", ""]
    lines += [
        f"- **{e.date}** ({e.granularity}) {_md(e.description)} {cite(e.citations)}" for e in shown
    ]
    if more > 0:
        lines.append(f"- … {more} more entries (`kilas timeline` lists them all)")
    return lines


def _actors(briefing: Briefing) -> list[str]:
    lines = ["", "## Key actors", ""]
    for entity in briefing.actors:
        aliases = [_md(a.name) for a in entity.aliases if a.name != entity.name]
        roles = [_md(role) for role in shown_roles(entity)]
        detail = f"; also {', '.join(aliases)}" if aliases else ""
        role = f" — {'; '.join(roles)}" if roles else ""
        lines.append(
            f"- **{_md(entity.name)}** ({entity.type}{detail}){role} · "
            f"{len(entity.articles)} articles"
        )
    return lines


def _coverage(briefing: Briefing) -> list[str]:
    outlets, rows = coverage_matrix(briefing)
    lines = ["", "## Coverage", "", "| story | " + " | ".join(map(_cell, outlets)) + " |"]
    lines.append("|---|" + "---:|" * len(outlets))
    for story, counts in rows:
        lines.append(
            f"| {_cell(story.label[:60])} | " + " | ".join(str(n or "") for n in counts) + " |"
        )
    return lines


def _articles(briefing: Briefing) -> list[str]:
    lines = ["", "## Articles", "", "| date | outlet | title | id |", "|---|---|---|---|"]
    lines += [
        f"| {_cell(_date_note(a))} | {_cell(a.outlet)} | {_cell(_label(a))} | `{a.id}` |"
        for a in briefing.articles
    ]
    return lines


def _duplicates(briefing: Briefing) -> list[str]:
    by_id = {a.id: a for a in briefing.articles}
    lines = ["", "## Duplicates and copies", ""]
    if not briefing.duplicates:
        lines.append("No article shares its text with another.")
    lines += [_duplicate_line(d, by_id) for d in briefing.duplicates]
    return lines


def _duplicate_line(link: Duplicate, by_id: dict[str, BriefArticle]) -> str:
    this, other = by_id.get(link.article_id), by_id.get(link.other_id)
    name = _md(_label(this)) if this else link.article_id
    other_name = _md(_label(other)) if other else link.other_id
    verb = {"copy_of": "copies", "exact": "is identical to", "near": "shares text with"}.get(
        link.relation, link.relation
    )
    return (
        f"- {name} (`{link.article_id}`) {verb} {other_name} (`{link.other_id}`): "
        f"{link.shared:.0%} of its text shared"
    )
