"""The briefing as one self-contained HTML page (no scripts, no network)."""

from __future__ import annotations

from html import escape

from kilas.model import BriefArticle, Briefing

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}th{background:#f6f6f6}code{font-size:.85em;color:#555}
.kind{font-size:.8em;color:#666}.inferred{color:#8a5a00}.unknown{color:#a00}
"""


_NO_DUPLICATES = "<li>No article shares its text with another.</li>"


def _e(value: object) -> str:
    return escape(str(value)) if value is not None else "—"


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


def render_html(briefing: Briefing) -> str:
    """Return the briefing as a self-contained HTML document."""
    by_id = {a.id: a for a in briefing.articles}
    span = f"{briefing.first} – {briefing.last}" if briefing.first else "dates unknown"
    outlets = "".join(
        f"<tr><td>{_e(o.outlet)}</td><td>{o.articles}</td><td>{_e(o.first)}</td>"
        f"<td>{_e(o.last)}</td></tr>"
        for o in briefing.outlets
    )
    articles = "".join(_article_row(a) for a in briefing.articles)
    dups = "".join(
        f"<li><a href='#a-{d.article_id}'>{_e(_title(by_id, d.article_id))}</a> "
        f"{_e(d.relation.replace('_', ' '))} "
        f"<a href='#a-{d.other_id}'>{_e(_title(by_id, d.other_id))}</a>: "
        f"{d.shared:.0%} shared</li>"
        for d in briefing.duplicates
    )
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{_e(briefing.title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{_e(briefing.title)}</h1>"
        f"<p>{len(briefing.articles)} articles from {len(briefing.outlets)} outlets, {span}.</p>"
        "<h2>Outlets</h2><table><tr><th>outlet</th><th>articles</th><th>first</th>"
        f"<th>last</th></tr>{outlets}</table>"
        "<h2>Articles</h2><table><tr><th>date</th><th>outlet</th><th>title</th><th>id</th></tr>"
        f"{articles}</table>"
        f"<h2>Duplicates and copies</h2><ul>{dups or _NO_DUPLICATES}</ul>"
        "</body></html>\n"
    )


def _title(by_id: dict[str, BriefArticle], article_id: str) -> str:
    article = by_id.get(article_id)
    return (article.title or article.source) if article else article_id
