"""``kilas ingest``: read, clean, deduplicate and store articles."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from kilas.api import Corpus, IngestReport
from kilas.cli.common import CONFIG_OPTION, DB_OPTION, err, fail, is_terminal, opened
from kilas.model import Article, Rejected


def run_ingest(corpus: Corpus, paths: list[Path]) -> IngestReport:
    """Ingest ``paths`` with a progress bar on a terminal and a line per rejected input."""

    def report(item: Article | Rejected) -> None:
        if isinstance(item, Rejected):
            err.print(f"kilas: [{item.code}] {item.reason}", markup=False)

    if not is_terminal():
        return corpus.ingest(paths, on_item=report)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def tick(item: Article | Rejected) -> None:
            report(item)
            progress.advance(task)
            progress.update(task, description=f"read {progress.tasks[0].completed:.0f}")

        return corpus.ingest(paths, on_item=tick)


def summarize(report: IngestReport) -> str:
    """The closing summary line of an ingest."""
    parts = [
        f"read {report.read}",
        f"new {report.new}",
        f"unchanged {report.unchanged}",
        f"updated {report.updated}",
        f"with duplicates {report.duplicates}",
        f"rejected {len(report.rejected)}",
    ]
    return "kilas: " + ", ".join(parts)


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("ingest")
    def ingest(
        paths: list[Path] = typer.Argument(..., help="Files, folders or globs to read."),
        db: str = DB_OPTION,
        config: Path | None = CONFIG_OPTION,
        workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes to use."),
        cluster: str | None = typer.Option(
            None,
            "--cluster",
            help="Annotate on a Dask cluster: a scheduler address (tcp://host:8786), "
            "or 'local' for a local one of --workers processes.",
        ),
    ) -> None:
        """Read articles (.txt .md .html .jsonl .json .warc .warc.gz) into the corpus."""
        try:
            with opened(db, config, create=True, workers=workers, cluster=cluster) as corpus:
                report = run_ingest(corpus, paths)
        except KeyboardInterrupt:
            # Each batch is one transaction: what was written stays, the batch in flight is
            # rolled back, and ids are content hashes, so a rerun stores only what is missing.
            fail(
                f"kilas: interrupted; the batches already stored in {db!r} are kept; "
                "run the same command again to finish",
                code=130,
            )
        err.print(summarize(report), markup=False)
        if report.rejected:
            reasons: dict[str, int] = {}
            for item in report.rejected:
                reasons[item.code] = reasons.get(item.code, 0) + 1
            listed = ", ".join(f"{code} ×{n}" for code, n in sorted(reasons.items()))
            fail(f"kilas: {len(report.rejected)} input(s) rejected ({listed})", code=1)
