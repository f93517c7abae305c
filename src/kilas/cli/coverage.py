"""``kilas outlets`` (who covered what) and ``kilas duplicates`` (copies and syndication)."""

from __future__ import annotations

import json

import typer
from rich.table import Column, Table

from kilas.cli.common import DB_OPTION, cells, fail, opened, out
from kilas.errors import KilasError
from kilas.report.briefing import one_way
from kilas.report.coverage import outlet_rows


def register(app: typer.Typer) -> None:
    """Add the commands to ``app``."""

    @app.command("outlets")
    def outlets(
        db: str = DB_OPTION,
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """Which outlet covered what: articles, dates, stories, copies made and copied."""
        with opened(db) as corpus:
            rows = outlet_rows(corpus.briefing())
        if as_json:
            for row in rows:
                record = {
                    "outlet": row.outlet,
                    "articles": row.articles,
                    "first": row.first,
                    "last": row.last,
                    "stories": [s.id for s in row.stories],
                    "copies": row.copies,
                    "copied": row.copied,
                }
                typer.echo(json.dumps(record, ensure_ascii=False))
            return
        table = Table(
            Column("outlet", min_width=12),
            Column("articles", min_width=8),
            Column("dates", min_width=10),
            *(Column(h, min_width=len(h)) for h in ("stories", "copies", "copied")),
            Column("largest story", max_width=28, no_wrap=True, overflow="ellipsis"),
        )
        for row in rows:
            dates = row.first if row.first == row.last else f"{row.first} – {row.last}"
            table.add_row(
                *cells(
                    row.outlet,
                    str(row.articles),
                    dates or "—",
                    str(len(row.stories)),
                    str(row.copies),
                    str(row.copied),
                    row.stories[0].label if row.stories else "—",
                )
            )
        out.print(table)

    @app.command("duplicates")
    def duplicates(
        article_id: str | None = typer.Argument(
            None, help="Only this article's links (an id or a unique prefix)."
        ),
        db: str = DB_OPTION,
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """Exact and near-duplicate articles: who copies whom, and how much text they share."""
        with opened(db) as corpus:
            try:
                wanted = corpus.article(article_id).id if article_id else None
            except KilasError as e:
                fail(str(e))
            links = corpus.duplicates(wanted)
            rows = {row.id: row for row in corpus.articles()}
        if wanted is None:
            links = list(one_way(links))
        if as_json:
            for link in links:
                typer.echo(json.dumps(link.to_dict(), ensure_ascii=False))
            return
        if not links:
            out.print("no duplicate articles")
            return
        table = Table("article", "outlet", "relation", "other", "other outlet", "shared")
        for link in links:
            mine, other = rows.get(link.article_id), rows.get(link.other_id)
            table.add_row(
                *cells(
                    link.article_id[:10],
                    (mine.outlet if mine else None) or "—",
                    link.relation.replace("_", " "),
                    link.other_id[:10],
                    (other.outlet if other else None) or "—",
                    f"{link.shared:.0%}",
                )
            )
        out.print(table)
