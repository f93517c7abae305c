"""``kilas search``: full-text search over the corpus."""

from __future__ import annotations

import json

import typer

from kilas.cli.common import DB_OPTION, opened


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("search")
    def search(
        query: str = typer.Argument(..., help="Words to find (all of them)."),
        db: str = DB_OPTION,
        limit: int = typer.Option(20, "--limit", "-n", min=1, help="Most hits shown."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """Find articles by their words, best match first: id, title, snippet (one line each).

        Exits 1 when nothing matches.
        """
        with opened(db) as corpus:
            hits = corpus.search(query, limit=limit)
        for hit in hits:
            if as_json:
                typer.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
                continue
            # A snippet spans paragraphs: one line per hit keeps the output a table.
            snippet = " ".join(hit.snippet.split())
            title = " ".join((hit.title or "").split())
            typer.echo(f"{hit.article_id}\t{title}\t{snippet}")
        if not hits:
            raise typer.Exit(1)
