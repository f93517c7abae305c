"""``kilas entities``, ``kilas entity NAME`` and ``kilas quotes``."""

from __future__ import annotations

import json

import typer
from rich.table import Table
from rich.text import Text

from kilas.cli.cite import Citer
from kilas.cli.common import DB_OPTION, cells, fail, opened, out
from kilas.errors import KilasError
from kilas.model import Citation


def register(app: typer.Typer) -> None:
    """Add the commands to ``app``."""

    @app.command("entities")
    def entities(
        db: str = DB_OPTION,
        type: str | None = typer.Option(None, "--type", help="PER, ORG or LOC."),
        limit: int = typer.Option(50, "--limit", "-n", min=1, help="Most shown."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """Canonical entities with their aliases, most salient first."""
        with opened(db) as corpus:
            found = corpus.entities(type=type)[:limit]
        if as_json:
            for entity in found:
                typer.echo(json.dumps(entity.to_dict(), ensure_ascii=False))
            return
        table = Table("name", "type", "articles", "aliases")
        for e in found:
            aliases = ", ".join(f"{a.name} ×{a.count}" for a in e.aliases)
            table.add_row(*cells(e.name, e.type, str(len(e.articles)), aliases))
        out.print(table)

    @app.command("entity")
    def entity(
        name: str = typer.Argument(..., help="A canonical name or an alias."),
        db: str = DB_OPTION,
    ) -> None:
        """One entity: aliases, roles with their sources, articles and quotes."""
        with opened(db) as corpus:
            try:
                found = corpus.entity(name)
            except KilasError as e:
                fail(str(e))
            quotes = corpus.quotes(speaker=found.name)
            cite = Citer(corpus)
        heading = f" ({found.type}), {len(found.articles)} articles"
        out.print(Text(found.name, style="bold") + Text(heading))
        out.print(
            "aliases: " + ", ".join(f"{a.name} ×{a.count}" for a in found.aliases), markup=False
        )
        roles: dict[str, list[Citation]] = {}
        for role in found.roles:  # one line per role, citing every article that gives it
            roles.setdefault(role.role, []).append(role.citation)
        for role_name, citations in roles.items():
            out.print(f"role: {role_name} {cite(citations)}", markup=False)
        for q in quotes:
            via = f" via {q.via}" if q.via else ""
            out.print(f"said: “{q.text}”{via} {cite(q.citations)}", markup=False)

    @app.command("quotes")
    def quotes(
        db: str = DB_OPTION,
        speaker: str | None = typer.Option(None, "--speaker", help="Only this speaker."),
        story_id: str | None = typer.Option(None, "--story", help="Only this story."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    ) -> None:
        """Who said what: quotes with speaker, medium and sources, in time order."""
        with opened(db) as corpus:
            try:
                found = corpus.quotes(speaker=speaker, story_id=story_id)
            except KilasError as e:
                fail(str(e))
            cite = Citer(corpus)
        for q in found:
            if as_json:
                typer.echo(json.dumps(q.to_dict(), ensure_ascii=False))
                continue
            via = f" via {q.via}" if q.via else ""
            text = f"“{q.text}”" if q.kind == "direct" else q.text
            typer.echo(f"{q.speaker or '(unattributed)'}: {text}{via} {cite(q.citations)}")
