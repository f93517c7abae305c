"""The local web app: a read-only view of a corpus (overview, stories, entities, search, JSON).

    kilas serve --db kilas.db      # http://127.0.0.1:8000

The home page is an overview (the overview summary, the largest stories a page at a time, the
key actors); each story (``/stories/ID``), entity (``/entities/NAME``) and speaker
(``/quotes?speaker=NAME``) has a page; the whole HTML briefing is at ``/briefing``.

The JSON API under ``/api/`` mirrors :class:`kilas.api.Corpus` (``/api/docs``
lists it): articles, stories, timeline, summary, entities, quotes, duplicates,
search and the briefing. A lookup that finds nothing is a 404 with the reason.

Every page is rendered from the store. No article is written; the corpus analysis the pages
need is computed once and kept in the store (as every read command does). The app keeps one
open corpus, with the analysis it has read and the pages it has rendered, while the store's
fingerprint is unchanged: a request costs a fingerprint check (45 ms of CPU on the 2,464
IndoSum articles), not reading the analysis again (0.5–1.5 s), and an ingest running beside
the server is seen on the next request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, JSONResponse

from kilas.api import Corpus
from kilas.corpus.summarize import summarize_article
from kilas.errors import ConfigError, KilasError
from kilas.model import Article, Story
from kilas.web.pages import (
    Site,
    entity_href,
    entity_html,
    home_html,
    page_of,
    pager,
    quotes_page_html,
    story_html,
    story_rows,
)

_PAGE = """<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>
<style>body{{font:15px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse;width:100%}}td,th{{padding:.3rem .5rem;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}}th{{background:#f6f6f6}}.cite{{font-size:.8em;color:#555}}
.date{{font-weight:600;white-space:nowrap}}.gran{{font-size:.75em;color:#777}}
.time{{background:#e3f5e1}}.quote{{background:#e4eefc}}.removed{{color:#999}}
nav a{{margin-right:1rem}}mark{{background:#fff3b0}}</style></head><body>
<nav><a href='/'>home</a><a href='/stories'>stories</a><a href='/entities'>entities</a>
<a href='/articles'>articles</a><a href='/briefing'>briefing</a>
<form action='/search' style='display:inline'><input name='q' placeholder='cari…'></form></nav>
{body}</body></html>"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=escape(title), body=body))


def article_html(article: Article, *, story: Story | None = None) -> str:
    """Its story, summary, clean text (dates and quotes marked) and removed lines."""
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
    if story is not None:
        meta += f" · story: <a href='/stories/{story.id}'>{escape(story.label)}</a>"
    title = escape(article.title or article.source)
    summary = "".join(f"<li>{escape(s.text)}</li>" for s in summarize_article(article))
    summary = f"<h2>Summary</h2><ul class='summary'>{summary}</ul>" if summary else ""
    return (
        f"<h1>{title}</h1><p>{meta}</p>{summary}<p>{body}</p>"
        f"<h2>Removed lines</h2><ul>{removed}</ul>"
    )


class _Reader:
    """One corpus kept open across requests while the store's fingerprint is unchanged.

    Requests take turns (one lock): the app is a local, single-user view.
    """

    def __init__(self, db: str | Path) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._corpus: Corpus | None = None
        self._fingerprint: str | None = None
        self.pages: dict[str, str] = {}
        """Rendered pages of the current corpus state, by name (dropped when it changes)."""
        self.site: Site | None = None
        """The current corpus state's briefing, indexed for the pages (dropped when it changes)."""

    @contextmanager
    def __call__(self) -> Iterator[Corpus]:
        with self._lock:
            if self._corpus is None:
                self._corpus = Corpus.open(self.db, create=False)  # never a new empty store
                self._fingerprint = self._corpus.store.fingerprint()
            else:
                fingerprint = self._corpus.store.fingerprint()
                if fingerprint != self._fingerprint:  # articles were added: read it afresh
                    self._corpus.close()
                    self._corpus = Corpus.open(self.db, create=False)
                    self._fingerprint, self.pages, self.site = fingerprint, {}, None
            yield self._corpus

    def indexed(self, corpus: Corpus) -> Site:
        """The pages' index of the briefing, built on the first page of a corpus state."""
        if self.site is None:
            self.site = Site(corpus.briefing())
        return self.site

    def close(self) -> None:
        """Close the corpus (at shutdown)."""
        with self._lock:
            if self._corpus is not None:
                self._corpus.close()
                self._corpus = None


def create_app(db: str | Path) -> FastAPI:
    """Return the web app over the corpus at ``db`` (read-only use)."""
    corpus = _Reader(db)
    app = FastAPI(title="kilas", docs_url="/api/docs", on_shutdown=[corpus.close])

    @app.get("/briefing", response_class=HTMLResponse)
    def briefing() -> HTMLResponse:
        with corpus() as c:
            if "briefing" not in corpus.pages:
                corpus.pages["briefing"] = c.brief(format="html")
            return HTMLResponse(corpus.pages["briefing"])

    _pages(app, corpus)

    @app.get("/api/briefing")
    def briefing_json() -> JSONResponse:
        with corpus() as c:
            return JSONResponse(c.briefing().to_dict())

    _json_api(app, corpus)

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
            story = corpus.indexed(c).story_of.get(found.id)
        return _page(found.title or found.id, article_html(found, story=story))

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


def _pages(app: FastAPI, corpus: _Reader) -> None:
    """Add the home page (an overview) and the pages of stories, entities and speakers."""

    @app.get("/", response_class=HTMLResponse)
    def home(page: int = Query(1, ge=1)) -> HTMLResponse:
        with corpus() as c:
            site = corpus.indexed(c)
            return _page(site.briefing.title, home_html(site, page))

    @app.get("/stories", response_class=HTMLResponse)
    def stories(page: int = Query(1, ge=1)) -> HTMLResponse:
        with corpus() as c:
            site = corpus.indexed(c)
        body = story_rows(site, page_of(site.by_size, page)) + pager(
            "/stories", page, len(site.by_size)
        )
        return _page("stories", f"<h1>Stories, largest first</h1>{body}")

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story(story_id: str) -> HTMLResponse:
        with corpus() as c:
            site = corpus.indexed(c)
        found = site.story(story_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no story with id {story_id!r}")
        return _page(found.label, story_html(site, found))

    @app.get("/entities", response_class=HTMLResponse)
    def entities(type: str | None = None, page: int = Query(1, ge=1)) -> HTMLResponse:
        with corpus() as c:
            try:
                found = c.entities(type=type)
            except ConfigError as e:
                raise HTTPException(status_code=422, detail=str(e)) from e
        rows = "".join(
            f"<li><a href='{entity_href(e.name)}'>{escape(e.name)}</a> ({escape(e.type)}, "
            f"{len(e.articles)} articles)</li>"
            for e in page_of(found, page)
        )
        path = f"/entities?type={quote(type.upper())}" if type else "/entities"
        body = f"<h1>Entities</h1><ul>{rows}</ul>{pager(path, page, len(found))}"
        return _page("entities", body)

    @app.get("/entities/{name:path}", response_class=HTMLResponse)
    def entity(name: str) -> HTMLResponse:
        with corpus() as c:
            site = corpus.indexed(c)
            try:
                found = c.entity(name)
            except KilasError as e:
                raise HTTPException(status_code=404, detail=str(e)) from e
            quotes = c.quotes(speaker=found.name)
        return _page(found.name, entity_html(site, found, quotes))

    @app.get("/quotes", response_class=HTMLResponse)
    def quotes(speaker: str = Query(..., min_length=1, max_length=500)) -> HTMLResponse:
        with corpus() as c:
            site = corpus.indexed(c)
            found = c.quotes(speaker=speaker)
        return _page(f"quotes: {speaker}", quotes_page_html(site, speaker, found))


def _records(items: Any) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


def _json_api(app: FastAPI, corpus: _Reader) -> None:
    """Add the read-only JSON endpoints, each a thin wrapper over one Corpus call."""

    def answer(call: Callable[[Corpus], Any]) -> JSONResponse:
        with corpus() as c:
            try:
                return JSONResponse(call(c))
            except ConfigError as e:  # a bad parameter, not a lookup that found nothing
                raise HTTPException(status_code=422, detail=str(e)) from e
            except KilasError as e:
                raise HTTPException(status_code=404, detail=str(e)) from e

    @app.get("/api/articles")
    def articles_json() -> JSONResponse:
        return answer(lambda c: _records(c.articles()))

    @app.get("/api/articles/{article_id}")
    def article_json(article_id: str) -> JSONResponse:
        return answer(lambda c: c.article(article_id).to_dict())

    @app.get("/api/stories")
    def stories_json() -> JSONResponse:
        return answer(lambda c: _records(c.stories()))

    @app.get("/api/stories/{story_id}")
    def story_json(story_id: str) -> JSONResponse:
        def one(c: Corpus) -> dict[str, Any]:
            story = c.story(story_id)
            return {
                "story": story.to_dict(),
                "summary": _records(c.summary(story_id=story.id)),
                "timeline": _records(c.timeline(story_id=story.id)),
                "quotes": _records(c.quotes(story_id=story.id)),
            }

        return answer(one)

    @app.get("/api/timeline")
    def timeline_json(
        story: str | None = None,
        start: str | None = Query(None, alias="from"),
        end: str | None = Query(None, alias="to"),
    ) -> JSONResponse:
        return answer(lambda c: _records(c.timeline(story_id=story, start=start, end=end)))

    @app.get("/api/summary")
    def summary_json(story: str | None = None) -> JSONResponse:
        return answer(lambda c: _records(c.summary(story_id=story)))

    @app.get("/api/entities")
    def entities_json(type: str | None = None) -> JSONResponse:
        return answer(lambda c: _records(c.entities(type=type)))

    @app.get("/api/entities/{name}")
    def entity_json(name: str) -> JSONResponse:
        return answer(lambda c: c.entity(name).to_dict())

    @app.get("/api/quotes")
    def quotes_json(speaker: str | None = None, story: str | None = None) -> JSONResponse:
        return answer(lambda c: _records(c.quotes(speaker=speaker, story_id=story)))

    @app.get("/api/duplicates")
    def duplicates_json() -> JSONResponse:
        return answer(lambda c: _records(c.duplicates()))

    @app.get("/api/search")
    def search_json(q: str = Query(..., min_length=1, max_length=500)) -> JSONResponse:
        return answer(lambda c: _records(c.search(q)))
