"""``kilas articles`` (a table) and ``kilas show ID`` (one article, annotated)."""

from __future__ import annotations

import json

import typer
from rich.table import Table
from rich.text import Text

from kilas.cli.common import DB_OPTION, cells, opened, out
from kilas.corpus.summarize import summarize_article
from kilas.model import Article


def article_view(article: Article) -> Text:
    """The article as a terminal shows it: metadata, summary, clean text, removed lines greyed."""
    view = Text()
    for name, value in (
        ("id", article.id),
        ("source", article.source),
        ("url", article.url),
        ("outlet", article.outlet),
        ("dateline", article.dateline),
        ("title", article.title),
        ("published", article.published.value if article.published else None),
        ("printed as", article.published.text if article.published else None),
    ):
        if value:
            view.append(f"{name:>10}: ", style="bold")
            view.append(f"{value}\n")
    summary = summarize_article(article)
    if summary:
        view.append("\nsummary\n", style="bold")
        for sentence in summary:
            view.append(f"  • {sentence.text}\n", style="italic")
    view.append("\n")
    view.append_text(_highlighted(article))
    if article.removed:
        view.append("\n\nremoved lines\n", style="bold")
        for line in article.removed:
            view.append(f"  [{line.reason}] ", style="dim italic")
            view.append(f"{line.text}\n", style="dim strike")
    return view


def _highlighted(article: Article) -> Text:
    text = Text(article.text)
    for span in article.headings:
        text.stylize("bold underline", span.start, span.end)
    for time in article.times:
        if time.kind in ("date", "time"):
            text.stylize("green", time.span.start, time.span.end)
    for quote in article.quotes:
        text.stylize("cyan", quote.span.start, quote.span.end)
    return text


def register(app: typer.Typer) -> None:
    """Add the commands to ``app``."""

    @app.command("articles")
    def articles(
        db: str = DB_OPTION,
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """List the stored articles."""
        with opened(db) as corpus:
            rows = corpus.articles()
        if as_json:
            for row in rows:
                typer.echo(json.dumps(row.to_dict(), ensure_ascii=False))
            return
        table = Table("id", "date", "outlet", "title", "chars")
        for row in rows:
            table.add_row(
                *cells(
                    row.id,
                    row.date or "—",
                    row.outlet or "—",
                    row.title or row.source,
                    str(row.n_chars),
                )
            )
        out.print(table)

    @app.command("show")
    def show(
        article_id: str = typer.Argument(..., help="An article id, or a unique prefix of one."),
        db: str = DB_OPTION,
        as_json: bool = typer.Option(False, "--json", help="The full record as JSON."),
    ) -> None:
        """Show one article: metadata, clean text, and the lines the cleaner removed."""
        with opened(db) as corpus:
            article = corpus.article(article_id)
        if as_json:
            typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
            return
        out.print(article_view(article))
