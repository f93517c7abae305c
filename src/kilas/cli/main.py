"""The ``kilas`` command: thin wrappers over :class:`kilas.api.Corpus`.

Data goes to stdout, messages to stderr. Exit 0 when everything worked, 1 when
some inputs failed or a lookup found nothing, 2 on a usage error.
"""

from __future__ import annotations

import logging

import typer

from kilas.cli import (
    articles,
    brief,
    coverage,
    dates,
    entities,
    ingest,
    search,
    serve,
    stories,
)

app = typer.Typer(
    name="kilas",
    help="Turn a pile of Indonesian news articles into a sourced briefing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
) -> None:
    """kilas: offline, Indonesian-first news intelligence."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


ingest.register(app)
articles.register(app)
brief.register(app)
search.register(app)
dates.register(app)
stories.register(app)
entities.register(app)
coverage.register(app)
serve.register(app)
