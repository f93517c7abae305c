"""``kilas dates ID``: an article's publication date and its time expressions."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from kilas.cli.common import DB_OPTION, cells, opened, out
from kilas.model import Article
from kilas.report.briefing import date_of


def date_rows(article: Article) -> list[dict[str, object]]:
    """One row per time expression: text, offsets, value, granularity, kind, anchor."""
    return [
        {
            "text": t.span.text,
            "start": t.span.start,
            "end": t.span.end,
            "value": t.value,
            "granularity": t.granularity,
            "kind": t.kind,
            "anchor": t.anchor,
            "confidence": t.confidence,
            "evidence": t.evidence,
        }
        for t in article.times
    ]


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("dates")
    def dates(
        article_id: str = typer.Argument(..., help="An article id, or a unique prefix of one."),
        db: str = DB_OPTION,
        as_json: bool = typer.Option(False, "--json", help="JSON instead of a table."),
    ) -> None:
        """List an article's publication date (printed or inferred) and its time expressions."""
        with opened(db) as corpus:
            article = corpus.article(article_id)
        day, kind, evidence = date_of(article)
        rows = date_rows(article)
        if as_json:
            published = {"date": day, "kind": kind, "evidence": evidence}
            typer.echo(json.dumps({"published": published, "times": rows}, ensure_ascii=False))
            return
        note = f" (evidence: {evidence})" if evidence else ""
        out.print(f"published: {day or 'unknown'} — {kind}{note}", markup=False)
        table = Table("text", "value", "granularity", "kind", "offsets")
        for row in rows:
            table.add_row(
                *cells(
                    str(row["text"]),
                    str(row["value"] or "—"),
                    str(row["granularity"]),
                    str(row["kind"]),
                    f"{row['start']}–{row['end']}",
                )
            )
        out.print(table)
