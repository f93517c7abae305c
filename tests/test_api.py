"""The Python API: idempotent ingest, safe interruption, briefing of the seeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kilas.api import Corpus
from kilas.settings import IngestSettings, Settings


def _snapshot(corpus: Corpus) -> list[dict[str, Any]]:
    return sorted((a.to_dict() for a in corpus.store.iter_articles()), key=lambda d: d["id"])


def test_ingest_is_idempotent(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "k.db") as corpus:
        first = corpus.ingest([seeds_dir])
        before = _snapshot(corpus)
        again = corpus.ingest([seeds_dir])
        assert (first.new, again.new, again.unchanged) == (5, 0, 5)
        assert _snapshot(corpus) == before


def test_interrupted_ingest_is_completed_by_a_rerun(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(ingest=IngestSettings(batch_size=2))
    with Corpus.open(tmp_path / "clean.db", settings=settings) as corpus:
        corpus.ingest([seeds_dir])
        expected = _snapshot(corpus)
    with Corpus.open(tmp_path / "k.db", settings=settings) as corpus:
        real_write = corpus.store.write_articles
        calls = {"n": 0}

        def flaky(articles: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt
            return real_write(articles)

        monkeypatch.setattr(corpus.store, "write_articles", flaky)
        with pytest.raises(KeyboardInterrupt):
            corpus.ingest([seeds_dir])
        assert len(corpus.articles()) == 2  # the first batch, whole; nothing half-written
    with Corpus.open(tmp_path / "k.db", settings=settings) as corpus:
        report = corpus.ingest([seeds_dir])
        assert (report.new, report.unchanged) == (3, 2)
        assert _snapshot(corpus) == expected


def test_the_briefing_puts_the_largest_stories_first(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "k.db") as corpus:
        corpus.ingest([seeds_dir])
        stories = corpus.briefing().stories
        earliest_first = corpus.stories()
    # Two-article stories (the dated one first) before the one-article story of 2022-12-30,
    # while `stories()` keeps listing them earliest first.
    assert [(len(s.articles), s.start) for s in stories] == [
        (2, "2023-10-18"),
        (2, None),
        (1, "2022-12-30"),
    ]
    assert earliest_first[0].start == "2022-12-30"


def test_seed_briefing_lists_printed_dates_and_outlets(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "k.db") as corpus:
        corpus.ingest([seeds_dir])
        briefing = json.loads(corpus.brief(format="json"))
    by_source = {Path(a["source"]).name: a for a in briefing["articles"]}
    assert by_source["003_3f1231850dda2433.txt"]["date"] == "2022-12-30"
    assert by_source["003_3f1231850dda2433.txt"]["date_kind"] == "printed"
    assert by_source["001_efabbbb21d33a378.txt"]["date"] == "2023-10-18"
    assert by_source["000_74d07013873802ec.txt"]["outlet"] == "Liputan6.com"
    assert by_source["002_55c167d3a3c6d0d8.txt"]["outlet"] == "SmokersWorld"


def test_ingest_in_two_processes_equals_one(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "one.db") as corpus:
        corpus.ingest([seeds_dir])
        expected = _snapshot(corpus)
    settings = Settings(ingest=IngestSettings(workers=2))
    with Corpus.open(tmp_path / "two.db", settings=settings) as corpus:
        report = corpus.ingest([seeds_dir])
        assert report.new == 5
        assert _snapshot(corpus) == expected


def test_a_second_open_reads_the_stored_analysis(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Corpus.open(tmp_path / "k.db") as corpus:
        corpus.ingest([seeds_dir])
        computed = corpus.brief(format="json")
        stories = corpus.stories()
    import kilas.api

    def no_analysis(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the corpus stages ran again on an unchanged store")

    monkeypatch.setattr(kilas.api, "analyze", no_analysis)
    with Corpus.open(tmp_path / "k.db") as corpus:
        assert corpus.stories() == stories
        assert corpus.brief(format="json") == computed
        assert corpus.entity("Xi Jinping").name == "Xi Jinping"
        story = max(stories, key=lambda s: len(s.articles))
        assert corpus.summary(story_id=story.id)
        assert corpus.timeline(story_id=story.id)


def test_an_added_article_makes_the_stored_analysis_stale(seeds_dir: Path, tmp_path: Path) -> None:
    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    rest.mkdir()
    for k, path in enumerate(sorted(seeds_dir.glob("*.txt"))):
        (first if k < 4 else rest).joinpath(path.name).write_bytes(path.read_bytes())
    with Corpus.open(tmp_path / "k.db") as corpus:
        corpus.ingest([first])
        assert len(corpus.briefing().articles) == 4
    with Corpus.open(tmp_path / "k.db") as other:
        other.ingest([rest])  # another process adds an article
        assert len(other.briefing().articles) == 5
    with Corpus.open(tmp_path / "k.db") as corpus:
        assert len(corpus.briefing().articles) == 5
        assert sum(len(s.articles) for s in corpus.stories()) == 5


def test_another_kilas_version_recomputes_the_stored_analysis(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Corpus.open(tmp_path / "k.db") as corpus:
        corpus.ingest([seeds_dir])
        stories = corpus.stories()
    import kilas
    import kilas.api

    calls = []
    real = kilas.api.analyze

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kilas.api, "analyze", counted)
    monkeypatch.setattr(kilas, "__version__", kilas.__version__ + ".next")
    with Corpus.open(tmp_path / "k.db") as corpus:
        assert corpus.stories() == stories
    assert calls == [1]


def test_analysis_in_two_processes_equals_one(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "one.db") as corpus:
        corpus.ingest([seeds_dir])
        expected = corpus.analysis()
    settings = Settings(ingest=IngestSettings(workers=2))
    with Corpus.open(tmp_path / "one.db", settings=settings) as corpus:
        got = corpus.analysis()
    assert got == expected
    assert got.story_summaries and all(got.story_summaries.values())
