"""Per-article stages across processes on one machine.

The stages are pure functions, so a batch can be split over worker processes;
each worker builds its own :class:`~kilas.analysis.Annotator` (and loads the
NER model) once, when it starts. The caller owns the runner and closes it.
For a cluster the same ``annotate`` call maps over a Dask bag unchanged.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import Self

from kilas.analysis import Annotator
from kilas.model import Article
from kilas.settings import Settings

# The worker process's own annotator; set once by the pool initializer, never in the parent.
_WORKER: Annotator | None = None


def _start(settings: Settings, annotate: bool) -> None:
    global _WORKER
    _WORKER = Annotator(settings, annotate=annotate)


def _run(job: tuple[Article, frozenset[str]]) -> Article:
    article, boilerplate = job
    assert _WORKER is not None, "worker started without an annotator"
    return _WORKER(article, boilerplate=boilerplate)


class ProcessRunner:
    """Runs the per-article pipeline in ``workers`` processes, results in input order."""

    def __init__(self, settings: Settings, *, workers: int, annotate: bool = True) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=workers, initializer=_start, initargs=(settings, annotate)
        )

    def map(self, jobs: list[tuple[Article, frozenset[str]]]) -> list[Article]:
        """Return each raw article cleaned (with its outlet's boilerplate) and annotated."""
        return list(self.pool.map(_run, jobs, chunksize=max(1, len(jobs) // 32)))

    def close(self) -> None:
        """Stop the worker processes."""
        self.pool.shutdown(cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
