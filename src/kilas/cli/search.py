"""``kilas search``: full-text search over the corpus."""

from __future__ import annotations

import typer

from kilas.cli.common import DB_OPTION, opened


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("search")
    def search(
        query: str = typer.Argument(..., help="Words to find (all of them)."),
        db: str = DB_OPTION,
        limit: int = typer.Option(20, "--limit", "-n", min=1, help="Most hits shown."),
    ) -> None:
        """Find articles by their words, best match first."""
        with opened(db) as corpus:
            hits = corpus.search(query, limit=limit)
        for hit in hits:
            typer.echo(f"{hit.article_id}\t{hit.title or ''}\t{hit.snippet}")
        if not hits:
            raise typer.Exit(1)
