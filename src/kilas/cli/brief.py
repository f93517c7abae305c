"""``kilas brief``: write a briefing of the corpus (ingesting paths first if given)."""

from __future__ import annotations

from pathlib import Path

import typer

from kilas.cli.common import CONFIG_OPTION, DB_OPTION, err, fail, opened
from kilas.cli.ingest import run_ingest, summarize
from kilas.report import FORMATS


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("brief")
    def brief(
        paths: list[Path] = typer.Argument(None, help="Ingest these first (optional)."),
        db: str = DB_OPTION,
        format: str = typer.Option("md", "--format", "-f", help="md, html or json."),
        output: Path | None = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
        title: str = typer.Option("Briefing", "--title", help="The briefing's title."),
        config: Path | None = CONFIG_OPTION,
    ) -> None:
        """Write a sourced briefing of everything the corpus knows."""
        if format not in FORMATS:
            fail(f"kilas: unknown format {format!r}; use one of {', '.join(FORMATS)}", code=2)
        rejected = 0
        with opened(db, config, create=bool(paths)) as corpus:
            if paths:
                report = run_ingest(corpus, paths)
                err.print(summarize(report), markup=False)
                rejected = len(report.rejected)
            text = corpus.brief(format=format, title=title)
        if output is None:
            typer.echo(text, nl=False)
        else:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as e:
                fail(f"kilas: cannot write {str(output)!r}: {e.strerror}", code=1)
        if rejected:
            raise typer.Exit(1)
