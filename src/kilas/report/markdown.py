"""The briefing as Markdown: readable as plain text, every claim cited."""

from __future__ import annotations

from kilas.model import BriefArticle, Briefing, Duplicate


def _cell(value: object) -> str:
    return str(value if value is not None else "—").replace("|", "\\|").replace("\n", " ")


def _label(article: BriefArticle) -> str:
    return article.title or article.source


def _date_note(article: BriefArticle) -> str:
    if article.date_kind == "unknown":
        return "unknown"
    if article.date_kind == "inferred":
        return f"{article.date} (inferred: {article.date_evidence})"
    return f"{article.date} ({article.date_kind})"


def render_markdown(briefing: Briefing) -> str:
    """Return the briefing as a Markdown document."""
    by_id = {a.id: a for a in briefing.articles}
    lines = [f"# {briefing.title}", ""]
    span = f"{briefing.first} – {briefing.last}" if briefing.first else "dates unknown"
    lines += [
        f"{len(briefing.articles)} articles from {len(briefing.outlets)} outlets, {span}.",
        "",
        "## Outlets",
        "",
        "| outlet | articles | first | last |",
        "|---|---:|---|---|",
    ]
    lines += [
        f"| {_cell(o.outlet)} | {o.articles} | {_cell(o.first)} | {_cell(o.last)} |"
        for o in briefing.outlets
    ]
    lines += ["", "## Articles", "", "| date | outlet | title | id |", "|---|---|---|---|"]
    lines += [
        f"| {_cell(_date_note(a))} | {_cell(a.outlet)} | {_cell(_label(a))} | `{a.id}` |"
        for a in briefing.articles
    ]
    lines += ["", "## Duplicates and copies", ""]
    if not briefing.duplicates:
        lines.append("No article shares its text with another.")
    lines += [_duplicate_line(d, by_id) for d in briefing.duplicates]
    if briefing.removed_by_reason:
        removed = ", ".join(f"{reason} {n}" for reason, n in briefing.removed_by_reason.items())
        lines += ["", "## Cleaning", "", f"Lines removed, by reason: {removed}."]
    return "\n".join(lines) + "\n"


def _duplicate_line(link: Duplicate, by_id: dict[str, BriefArticle]) -> str:
    this, other = by_id.get(link.article_id), by_id.get(link.other_id)
    name = _label(this) if this else link.article_id
    other_name = _label(other) if other else link.other_id
    verb = {"copy_of": "copies", "exact": "is identical to", "near": "shares text with"}.get(
        link.relation, link.relation
    )
    return (
        f"- {name} (`{link.article_id}`) {verb} {other_name} (`{link.other_id}`): "
        f"{link.shared:.0%} of its text shared"
    )
