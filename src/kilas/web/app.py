"""The local web app: a read-only view of a corpus (briefing, articles, search, JSON).

    kilas serve --db kilas.db      # http://127.0.0.1:8000

Every page is rendered from the store. No article is written; the corpus analysis the pages
need is computed once and kept in the store (as every read command does), so later requests
reuse it until articles are added.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, JSONResponse

from kilas.api import Corpus
from kilas.corpus.summarize import summarize_article
from kilas.errors import KilasError
from kilas.model import Article

_PAGE = """<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>
<style>body{{font:15px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
.time{{background:#e3f5e1}}.quote{{background:#e4eefc}}.removed{{color:#999}}
nav a{{margin-right:1rem}}mark{{background:#fff3b0}}</style></head><body>
<nav><a href='/'>briefing</a><a href='/articles'>articles</a>
<form action='/search' style='display:inline'><input name='q' placeholder='cari…'></form></nav>
{body}</body></html>"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=escape(title), body=body))


def article_html(article: Article) -> str:
    """Its summary, the clean text with time expressions and quotes marked, the removed lines."""
    marks = sorted(
        [(t.span.start, t.span.end, "time") for t in article.times if t.kind in ("date", "time")]
        + [(q.span.start, q.span.end, "quote") for q in article.quotes]
    )
    out, pos = [], 0
    for start, end, kind in marks:
        if start < pos:
            continue
        out += [escape(article.text[pos:start]), f"<span class='{kind}'>"]
        out += [escape(article.text[start:end]), "</span>"]
        pos = end
    out.append(escape(article.text[pos:]))
    body = "".join(out).replace("\n\n", "</p><p>")
    removed = "".join(
        f"<li class='removed'>[{escape(r.reason)}] {escape(r.text)}</li>" for r in article.removed
    )
    meta = " · ".join(escape(v) for v in (article.outlet, article.dateline, article.date) if v)
    title = escape(article.title or article.source)
    summary = "".join(f"<li>{escape(s.text)}</li>" for s in summarize_article(article))
    summary = f"<h2>Summary</h2><ul class='summary'>{summary}</ul>" if summary else ""
    return (
        f"<h1>{title}</h1><p>{meta}</p>{summary}<p>{body}</p>"
        f"<h2>Removed lines</h2><ul>{removed}</ul>"
    )


def create_app(db: str | Path) -> FastAPI:
    """Return the web app over the corpus at ``db`` (opened per request, read-only use)."""
    app = FastAPI(title="kilas", docs_url="/api/docs")

    def corpus() -> Corpus:
        return Corpus.open(db)

    @app.get("/", response_class=HTMLResponse)
    def briefing() -> HTMLResponse:
        with corpus() as c:
            return HTMLResponse(c.brief(format="html"))

    @app.get("/api/briefing")
    def briefing_json() -> JSONResponse:
        with corpus() as c:
            return JSONResponse(c.briefing().to_dict())

    @app.get("/articles", response_class=HTMLResponse)
    def articles() -> HTMLResponse:
        with corpus() as c:
            rows = c.articles()
        items = "".join(
            f"<li>{escape(r.date or '—')} · {escape(r.outlet or '—')} · "
            f"<a href='/articles/{r.id}'>{escape(r.title or r.source)}</a></li>"
            for r in rows
        )
        return _page("articles", f"<h1>Articles</h1><ul>{items}</ul>")

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(article_id: str) -> HTMLResponse:
        with corpus() as c:
            try:
                found = c.article(article_id)
            except KilasError as e:
                raise HTTPException(status_code=404, detail=str(e)) from e
        return _page(found.title or found.id, article_html(found))

    @app.get("/search", response_class=HTMLResponse)
    def search(q: str = Query("", max_length=500)) -> HTMLResponse:
        with corpus() as c:
            hits = c.search(q) if q.strip() else []
        items = "".join(
            f"<li><a href='/articles/{h.article_id}'>{escape(h.title or h.article_id)}</a>"
            f" — {escape(h.snippet)}</li>"
            for h in hits
        )
        return _page(
            f"search: {q}", f"<h1>{len(hits)} results for “{escape(q)}”</h1><ul>{items}</ul>"
        )

    return app
