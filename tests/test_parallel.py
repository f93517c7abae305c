"""Annotation away from the writer: a Dask cluster gives the store one process would."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import kilas.parallel
from kilas.analysis import Annotator
from kilas.api import Corpus
from kilas.errors import ConfigError
from kilas.ingest import read_inputs
from kilas.model import Article
from kilas.parallel import DaskRunner
from kilas.settings import IngestSettings, Settings

pytest.importorskip("dask.distributed", reason="the dask extra is part of the dev install")


def _snapshot(corpus: Corpus) -> list[dict[str, Any]]:
    return sorted((a.to_dict() for a in corpus.store.iter_articles()), key=lambda d: d["id"])


def test_the_cluster_annotates_what_this_process_would(seeds_dir: Path) -> None:
    settings = Settings()
    raw = [a for a in read_inputs([seeds_dir], settings=settings.ingest) if isinstance(a, Article)]
    here = Annotator(settings)
    expected = [here(a, boilerplate=frozenset()) for a in raw]
    with DaskRunner(settings, address="local", workers=2) as runner:
        got = runner.map([(a, frozenset()) for a in raw])
        workers = runner.client.run(os.getpid)
    assert got == expected
    assert got[0].mentions and any(a.quotes for a in got)
    # The work ran in the cluster's two worker processes, not in this one.
    assert len(workers) == 2 and os.getpid() not in workers.values()
    assert not kilas.parallel._CLUSTER_ANNOTATORS


def test_ingest_on_a_local_cluster_equals_one_process(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "one.db") as corpus:
        corpus.ingest([seeds_dir])
        expected = _snapshot(corpus)
    settings = Settings(ingest=IngestSettings(workers=2, cluster="local"))
    with Corpus.open(tmp_path / "cluster.db", settings=settings) as corpus:
        report = corpus.ingest([seeds_dir])
        assert (report.new, report.rejected) == (5, ())
        assert _snapshot(corpus) == expected


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"E107.*tcp://127\.0\.0\.1:9"):
        DaskRunner(Settings(), address="tcp://127.0.0.1:9", timeout=2)
