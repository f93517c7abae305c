"""``kilas serve``: the local, read-only web app."""

from __future__ import annotations

import typer

from kilas.cli.common import DB_OPTION, err, opened


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("serve")
    def serve(
        db: str = DB_OPTION,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
        port: int = typer.Option(8000, "--port", help="Port to listen on."),
    ) -> None:
        """Serve an overview, story, entity and article pages, the briefing and search locally."""
        import uvicorn

        from kilas.web.app import create_app

        with opened(db):  # a missing or foreign store fails here, not on the first request
            pass
        err.print(f"kilas: serving {db} on http://{host}:{port}/", markup=False)
        uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
