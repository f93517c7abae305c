"""``kilas stories``, ``kilas story ID``, ``kilas timeline``, ``kilas summary``."""

from __future__ import annotations

import json

import typer
from rich.table import Table
from rich.text import Text

from kilas.cli.cite import Citer
from kilas.cli.common import DB_OPTION, cells, fail, opened, out
from kilas.errors import ConfigError, KilasError


def register(app: typer.Typer) -> None:
    """Add the commands to ``app``."""

    @app.command("stories")
    def stories(
        db: str = DB_OPTION,
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """List the stories: articles grouped by the event they cover."""
        with opened(db) as corpus:
            found = corpus.stories()
        if as_json:
            for story in found:
                typer.echo(json.dumps(story.to_dict(), ensure_ascii=False))
            return
        table = Table("id", "dates", "articles", "outlets", "label")
        for s in found:
            dates = s.start if s.start == s.end else f"{s.start} – {s.end}"
            table.add_row(
                *cells(s.id[:10], dates or "—", str(len(s.articles)), ", ".join(s.outlets), s.label)
            )
        out.print(table)

    @app.command("story")
    def story(
        story_id: str = typer.Argument(..., help="A story id or a unique prefix."),
        db: str = DB_OPTION,
    ) -> None:
        """Show one story: its articles, summary, timeline and who said what."""
        with opened(db) as corpus:
            try:
                found = corpus.story(story_id)
                summary = corpus.summary(story_id=found.id)
                entries = corpus.timeline(story_id=found.id)
                quotes = corpus.quotes(story_id=found.id)
            except KilasError as e:
                fail(str(e))
            cite = Citer(corpus)
        dates = found.start if found.start == found.end else f"{found.start} – {found.end}"
        out.print(Text(found.label, style="bold") + Text(f"  {dates or 'undated'}"))
        outlets = ", ".join(found.outlets) or "outlet unknown"
        out.print(f"outlets: {outlets}; entities: {', '.join(found.entities)}", markup=False)
        out.print("\n[bold]Summary[/bold]")
        for sentence in summary:
            out.print(f"- {sentence.text} {cite(sentence.citations)}", markup=False)
        out.print("\n[bold]Timeline[/bold]")
        for entry in entries:
            out.print(
                f"- {entry.date} ({entry.granularity}) {entry.description} {cite(entry.citations)}",
                markup=False,
            )
        out.print("\n[bold]Who said what[/bold]")
        for q in quotes:
            via = f" via {q.via}" if q.via else ""
            out.print(
                f"- {q.speaker or '(unattributed)'}: “{q.text}”{via} {cite(q.citations)}",
                markup=False,
            )

    @app.command("timeline")
    def timeline(
        db: str = DB_OPTION,
        story_id: str | None = typer.Option(None, "--story", help="Only this story."),
        start: str | None = typer.Option(
            None, "--from", help="From this ISO date (2023, 2023-10…)."
        ),
        end: str | None = typer.Option(None, "--to", help="Up to this ISO date."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """The dated events of the pile (or of one story), each with its sources."""
        with opened(db) as corpus:
            try:
                entries = corpus.timeline(story_id=story_id, start=start, end=end)
            except ConfigError as e:
                fail(str(e), code=2)
            except KilasError as e:
                fail(str(e))
            cite = Citer(corpus)
        for entry in entries:
            if as_json:
                typer.echo(json.dumps(entry.to_dict(), ensure_ascii=False))
            else:
                line = f"{entry.date}\t{entry.granularity}\t{entry.description}"
                typer.echo(f"{line} {cite(entry.citations)}")

    @app.command("summary")
    def summary(
        db: str = DB_OPTION,
        story_id: str | None = typer.Option(None, "--story", help="Summarise this story."),
    ) -> None:
        """A cited summary of the pile, or of one story."""
        with opened(db) as corpus:
            try:
                sentences = corpus.summary(story_id=story_id)
            except KilasError as e:
                fail(str(e))
            cite = Citer(corpus)
        for sentence in sentences:
            typer.echo(f"- {sentence.text} {cite(sentence.citations)}")
