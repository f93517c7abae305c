"""Per-article stages across processes on one machine, or across a Dask cluster.

The stages are pure functions, so a batch can be split over worker processes;
each worker builds its own :class:`~kilas.analysis.Annotator` (and loads the
NER model) once. :class:`ProcessRunner` uses this machine's cores;
:class:`DaskRunner` sends the same jobs to a ``dask.distributed`` cluster
(every worker needs kilas installed). Either way the caller stays the only
writer of the store. The caller owns the runner and closes it.
"""

from __future__ import annotations

import abc
import importlib
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from kilas.analysis import Annotator
from kilas.closing import Closing
from kilas.errors import ConfigError
from kilas.model import Article
from kilas.settings import Settings

Job = tuple[Article, frozenset[str]]
"""A raw article and its outlet's learned boilerplate lines."""


class Runner(Closing):
    """Cleans and annotates batches of raw articles somewhere else than in this process."""

    @abc.abstractmethod
    def map(self, jobs: list[Job]) -> list[Article]:
        """Return each raw article cleaned and annotated, in input order."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the workers."""


# The worker process's own annotator; set once by the pool initializer, never in the parent.
_WORKER: Annotator | None = None


def _start(settings: Settings, annotate: bool) -> None:
    global _WORKER
    _WORKER = Annotator(settings, annotate=annotate)


def _run(job: Job) -> Article:
    article, boilerplate = job
    assert _WORKER is not None, "worker started without an annotator"
    return _WORKER(article, boilerplate=boilerplate)


class ProcessRunner(Runner):
    """Runs the per-article pipeline in ``workers`` processes, results in input order."""

    def __init__(self, settings: Settings, *, workers: int, annotate: bool = True) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=workers, initializer=_start, initargs=(settings, annotate)
        )

    def map(self, jobs: list[Job]) -> list[Article]:
        """Return each raw article cleaned (with its outlet's boilerplate) and annotated."""
        return list(self.pool.map(_run, jobs, chunksize=max(1, len(jobs) // 32)))

    def close(self) -> None:
        """Stop the worker processes."""
        self.pool.shutdown(cancel_futures=True)


# A Dask worker's annotators, built on its first chunk and kept for the next ones.
_CLUSTER_ANNOTATORS: dict[str, Annotator] = {}


def _run_chunk(jobs: list[Job], settings: Settings, annotate: bool) -> list[Article]:
    """Clean and annotate a chunk of jobs on a Dask worker (runs there, not here)."""
    key = repr((settings, annotate))
    annotator = _CLUSTER_ANNOTATORS.get(key)
    if annotator is None:
        annotator = _CLUSTER_ANNOTATORS[key] = Annotator(settings, annotate=annotate)
    return [annotator(article, boilerplate=boilerplate) for article, boilerplate in jobs]


class DaskRunner(Runner):
    """Runs the per-article pipeline on a ``dask.distributed`` cluster, results in input order.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``local``, which
    starts a local cluster of ``workers`` processes for this run. ``timeout``
    is how long (seconds) to try to reach a scheduler.

    Raises:
        ConfigError: Dask is not installed, or the scheduler cannot be reached.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        address: str,
        workers: int = 2,
        annotate: bool = True,
        timeout: float = 30.0,
    ) -> None:
        try:  # untyped library: used through Any
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError as e:
            raise ConfigError(
                "a Dask cluster needs the dask extra: pip install 'kilas[dask]'", code="E106"
            ) from e
        self.settings, self.annotate = settings, annotate
        self.cluster: Any = None
        try:
            if address == "local":
                self.cluster = distributed.LocalCluster(
                    n_workers=max(1, workers), threads_per_worker=1, processes=True
                )
                self.client: Any = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(address, timeout=timeout)
        except (OSError, TimeoutError) as e:
            if self.cluster is not None:
                self.cluster.close()
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address!r}: {e}", code="E107"
            ) from e

    def map(self, jobs: list[Job]) -> list[Article]:
        """Send the jobs in chunks, a few per worker thread, and gather them in order."""
        threads = max(1, sum(self.client.nthreads().values()))
        size = max(1, -(-len(jobs) // (4 * threads)))
        chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        futures = self.client.map(
            _run_chunk, chunks, settings=self.settings, annotate=self.annotate, pure=False
        )
        return [article for chunk in self.client.gather(futures) for article in chunk]

    def close(self) -> None:
        """Disconnect (and stop a local cluster)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
