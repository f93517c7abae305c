"""The Python API: a :class:`Corpus` over a store, mirroring the CLI.

corpus = Corpus.open("kilas.db")
report = corpus.ingest(["../shared/seeds"])
corpus.articles()
corpus.brief(format="md")
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from kilas.analysis import Annotator
from kilas.clean import BoilerplateLearner
from kilas.closing import Closing
from kilas.corpus.analyze import CorpusAnalysis, analyze
from kilas.corpus.dedup import DuplicateIndex
from kilas.corpus.link import find_entity
from kilas.corpus.stories import chronological
from kilas.errors import ConfigError, InputError
from kilas.findings import Findings
from kilas.ingest import read_inputs
from kilas.model import (
    Article,
    Briefing,
    Duplicate,
    Entity,
    QuoteGroup,
    Rejected,
    Story,
    SummarySentence,
    TimelineEntry,
)
from kilas.parallel import DaskRunner, ProcessRunner, Runner
from kilas.report import build_briefing, render
from kilas.settings import Settings
from kilas.store import ArticleRow, SearchHit, Store
from kilas.store.migrations import BACKFILL_KEY

log = logging.getLogger(__name__)

_BOILERPLATE_KEY = "clean.boilerplate"
ENTITY_TYPES = ("PER", "ORG", "LOC")
_ISO_BOUND = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_INDEX_LAYOUT_KEY = "dedup.layout"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class IngestReport:
    """What one ingest run did.

    ``read`` counts articles read from the inputs (rejected inputs excluded);
    ``new + unchanged + updated == read``. ``duplicates`` counts the new
    articles found to share text with an article already in the store.
    """

    read: int = 0
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    duplicates: int = 0
    recleaned: int = 0
    rejected: tuple[Rejected, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every input was read."""
        return not self.rejected

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        out["rejected"] = [r.to_dict() for r in self.rejected]
        return out


def _as_raw(article: Article) -> Article:
    """The article stripped back to its raw text and header metadata.

    Cleaning it again gives the same header fields (the cleaner keeps given
    metadata and parses the same values from the same raw text).
    """
    return Article(
        id=article.id,
        source=article.source,
        raw=article.raw,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        meta=article.meta,
    )


def _batches(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Corpus(Closing):
    """A pile of articles in a store, and everything kilas knows about it.

    The caller owns the corpus: it holds the store connection, the duplicate
    index and the learned boilerplate; close it (or use ``with``) when done.
    """

    def __init__(
        self, store: Store, *, settings: Settings | None = None, annotate: bool = True
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        self._learner: BoilerplateLearner | None = None
        self._index: DuplicateIndex | None = None
        self._annotator: Annotator | None = None
        self._analysis: CorpusAnalysis | None = None
        self._found: Findings | None = None
        self._runner: Runner | None = None
        self._annotate = annotate

    @classmethod
    def open(
        cls,
        target: str | Path = "kilas.db",
        *,
        settings: Settings | None = None,
        annotate: bool = True,
        create: bool = True,
    ) -> Corpus:
        """Open (creating and migrating if needed) the corpus stored at ``target``.

        ``target`` is a SQLite file path or a ``postgresql://`` URL. With
        ``annotate=False`` ingest only cleans (no sentences, entities, times).
        With ``create=False`` a SQLite file that does not exist is an error (E205).

        Raises:
            StoreError: the store cannot be opened, created or migrated.
        """
        return cls(Store.open(target, create=create), settings=settings, annotate=annotate)

    def close(self) -> None:
        """Stop any worker processes and close the store."""
        if self._runner is not None:
            self._runner.close()
            self._runner = None
        self.store.close()

    # ------------------------------------------------------------------ ingest

    @property
    def learner(self) -> BoilerplateLearner:
        """The boilerplate learned so far, loaded from the store on first use."""
        if self._learner is None:
            state = self.store.get_state(_BOILERPLATE_KEY)
            settings = self.settings.clean
            self._learner = (
                BoilerplateLearner.from_dict(state, settings=settings)
                if state
                else BoilerplateLearner(settings=settings)
            )
        return self._learner

    @property
    def index(self) -> DuplicateIndex:
        """The near-duplicate index; it lives in the store, so opening it reads nothing.

        Raises:
            ConfigError: the ``[dedup]`` settings differ from those the store's index was made with.
        """
        return self._open_index()

    def _open_index(self) -> DuplicateIndex:
        if self._index is None:
            index = DuplicateIndex(
                self.settings.dedup, text_of=self.store.get_text, storage=self.store
            )
            stored = self.store.get_state(_INDEX_LAYOUT_KEY)
            if stored is None:
                self.store.set_state(_INDEX_LAYOUT_KEY, index.layout)
            elif stored != index.layout:
                raise ConfigError(
                    f"[dedup] settings {index.layout} do not fit the duplicate index in this "
                    f"store, made with {stored}; use those, or ingest into a new store",
                    code="E105",
                )
            self._index = index
        return self._index

    @property
    def annotator(self) -> Annotator:
        """The per-article pipeline (loads the NER model on first use)."""
        if self._annotator is None:
            self._annotator = Annotator(self.settings, annotate=self._annotate)
        return self._annotator

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        on_item: Callable[[Article | Rejected], None] | None = None,
    ) -> IngestReport:
        """Read, clean, annotate, deduplicate and store every article under ``paths``.

        Each batch is one transaction, so an interrupted ingest leaves a
        consistent store and running it again completes it. Bad inputs are
        reported in ``IngestReport.rejected``, never raised.
        """
        paths = list(paths)
        totals: dict[str, int] = dict.fromkeys(
            ("read", "new", "unchanged", "updated", "duplicates"), 0
        )
        rejected: list[Rejected] = []
        before = self._learned_snapshot()
        self._open_index()  # refuses [dedup] settings that do not fit the store before reading
        self._index_stored_articles()
        items = read_inputs(paths, settings=self.settings.ingest)
        for batch in _batches(items, self.settings.ingest.batch_size):
            articles = []
            for item in batch:
                if on_item is not None:
                    on_item(item)
                if isinstance(item, Rejected):
                    rejected.append(item)
                else:
                    articles.append(item)
            self._ingest_batch(articles, totals)
        recleaned = self._reclean_changed_outlets(before)
        self._analysis = self._found = None
        self.store.record_run(paths=[str(p) for p in paths], counts=totals, rejected=rejected)
        return IngestReport(recleaned=recleaned, rejected=tuple(rejected), **totals)

    def _process(self, article: Article) -> Article:
        return self.annotator(article, boilerplate=self.learner.lines_for(article.outlet))

    def _process_all(self, raw_articles: list[Article]) -> list[Article]:
        workers, cluster = self.settings.ingest.workers, self.settings.ingest.cluster
        if cluster is None and (workers <= 1 or len(raw_articles) < 2 * workers):
            return [self._process(a) for a in raw_articles]
        if self._runner is None:
            self._runner = (
                DaskRunner(self.settings, address=cluster, workers=workers, annotate=self._annotate)
                if cluster is not None
                else ProcessRunner(self.settings, workers=workers, annotate=self._annotate)
            )
        jobs = [(a, self.learner.lines_for(a.outlet)) for a in raw_articles]
        return self._runner.map(jobs)

    def _ingest_batch(self, raw_articles: list[Article], totals: dict[str, int]) -> None:
        if not raw_articles:
            return
        articles = self._process_all(raw_articles)
        result = self.store.write_articles(articles)
        totals["read"] += len(articles)
        totals["new"] += len(result.new)
        totals["unchanged"] += len(result.unchanged)
        totals["updated"] += len(result.updated)
        # An unchanged article not yet in the index was stored by an interrupted run.
        fresh = set(result.new) | self.index.missing(result.unchanged)
        totals["duplicates"] += self._register([a for a in articles if a.id in fresh])

    def _register(self, articles: list[Article], *, observe: bool = True) -> int:
        """Count new articles' boilerplate lines (unless told not to) and index them."""
        if observe:
            for article in articles:
                self.learner.observe(article)
        results = self.index.add_batch(articles)
        state: dict[str, Any] = {_BOILERPLATE_KEY: self.learner.to_dict()} if observe else {}
        self.store.write_dedup(
            duplicates=[d for r in results for d in r.duplicates],
            paragraphs=[p for r in results for p in r.paragraphs],
            index=self.index.pending(),
            state=state,
        )
        return sum(bool(r.duplicates) for r in results)

    def _index_stored_articles(self) -> None:
        """Index stored articles that the duplicate index lacks (a store made before it moved).

        Their boilerplate was learned when they were stored, so it is not counted again.
        """
        if not self.store.get_state(BACKFILL_KEY):
            return
        while ids := self.store.unindexed_articles(self.settings.ingest.batch_size):
            self._register([self.store.get_article(i) for i in ids], observe=False)
        self.store.set_state(BACKFILL_KEY, False)

    def _learned_snapshot(self) -> dict[str | None, frozenset[str]]:
        return {outlet: self.learner.lines_for(outlet) for outlet in self.store.outlets()}

    def _reclean_changed_outlets(self, before: dict[str | None, frozenset[str]]) -> int:
        """Clean again the stored articles whose outlet learned new boilerplate.

        This keeps an incremental ingest equal to a rebuild: an article stored
        before its outlet's boilerplate was learned is cleaned again.
        """
        changed = {
            outlet
            for outlet in self.store.outlets()
            if outlet is not None
            and self.learner.lines_for(outlet) != before.get(outlet, frozenset())
        }
        if not changed:
            return 0
        count = 0
        batch: list[Article] = []
        for article in self.store.iter_articles(outlets=sorted(changed)):
            redone = self._process(_as_raw(article))
            if redone.text != article.text:
                batch.append(redone)
            if len(batch) >= self.settings.ingest.batch_size:
                count += len(self.store.write_articles(batch).updated)
                batch = []
        if batch:
            count += len(self.store.write_articles(batch).updated)
        return count

    # ------------------------------------------------------------------ reads

    def articles(self) -> list[ArticleRow]:
        """One summary row per stored article, oldest first."""
        return self.store.list_articles()

    def article(self, article_id: str) -> Article:
        """The stored article with this id (or unique id prefix).

        Raises:
            StoreError: no article, or several, match.
        """
        return self.store.get_article(article_id)

    def duplicates(self, article_id: str | None = None) -> list[Duplicate]:
        """Duplicate links, for one article or all."""
        return self.store.duplicates(article_id)

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and clean text, best first."""
        return self.store.search(query, limit=limit)

    def brief(self, *, format: str = "md", title: str = "Briefing") -> str:
        """A briefing of everything the pipeline knows, as Markdown, HTML or JSON."""
        return render(self.briefing(title=title), format=format)

    def briefing(self, *, title: str = "Briefing") -> Briefing:
        """The briefing record that :meth:`brief` renders."""
        return self._findings().briefing(title=title)

    def analysis(self) -> CorpusAnalysis:
        """The corpus stages' results (entities, stories, timeline, quotes, summaries).

        Computed from the stored articles on first use (in two processes when
        ``settings.ingest.workers`` allows) and kept until the next ingest
        changes the corpus. The reads (:meth:`brief`, :meth:`stories`,
        :meth:`timeline`, …) read the stored :class:`~kilas.findings.Findings` instead.
        """
        if self._analysis is None:
            workers = self.settings.ingest.workers
            articles, duplicates = self.store.iter_articles(), self.store.duplicates()
            self._analysis = analyze(articles, duplicates, workers=workers)
        return self._analysis

    def _findings(self) -> Findings:
        """The stored analysis of the current corpus (computed and stored when stale)."""
        if self._found is None:
            self._found = Findings(self.store, self._compute_findings)
        return self._found

    def _compute_findings(self) -> tuple[Briefing, tuple[Entity, ...]]:
        analysis = self.analysis()
        return build_briefing((), self.store.duplicates(), analysis=analysis), analysis.entities

    def stories(self) -> tuple[Story, ...]:
        """The stories of the pile, earliest first (undated last)."""
        return chronological(self._findings().stories())

    def story(self, story_id: str) -> Story:
        """The story with this id (or unique id prefix).

        Raises:
            InputError: no story, or several, match.
        """
        found = [s for s in self.stories() if s.id.startswith(story_id)]
        if len(found) != 1:
            what = "no story" if not found else f"{len(found)} stories"
            raise InputError(
                f"{what} with id {story_id!r}; `kilas stories` lists them", code="E013"
            )
        return found[0]

    def timeline(
        self, *, story_id: str | None = None, start: str | None = None, end: str | None = None
    ) -> tuple[TimelineEntry, ...]:
        """Timeline entries in date order, for one story or all, within ``[start, end]``.

        ``start`` and ``end`` are ISO prefixes (``2023``, ``2023-10``, ``2023-10-18``); an
        entry is in range when its date, cut to the bound's length, is.

        Raises:
            ConfigError: a bound is not an ISO year, month or day (E108).
            InputError: no story, or several, match ``story_id``.
        """
        for name, bound in (("from", start), ("to", end)):
            if bound is not None and not _ISO_BOUND.fullmatch(bound):
                raise ConfigError(
                    f"--{name} {bound!r} is not an ISO date; use a year, month or day "
                    "(2023, 2023-10, 2023-10-18)",
                    code="E108",
                )
        entries = self._findings().timeline()
        if story_id is not None:
            story = self.story(story_id)
            entries = tuple(e for e in entries if e.story_id == story.id)
        return tuple(
            sorted(
                (
                    e
                    for e in entries
                    if (start is None or e.date[: len(start)] >= start)
                    and (end is None or e.date[: len(end)] <= end)
                ),
                key=lambda e: (e.date, -e.score),
            )
        )

    def entities(self, *, type: str | None = None) -> tuple[Entity, ...]:
        """Canonical entities, most salient first, optionally of one type (PER, ORG, LOC).

        Raises:
            ConfigError: ``type`` is not one of :data:`ENTITY_TYPES` (E109).
        """
        if type is not None and type.upper() not in ENTITY_TYPES:
            raise ConfigError(
                f"--type {type!r} is not an entity type; use one of {', '.join(ENTITY_TYPES)}",
                code="E109",
            )
        found = self._findings().entities()
        if type is not None:
            found = tuple(e for e in found if e.type == type.upper())
        return tuple(sorted(found, key=lambda e: (-e.salience * len(e.articles), e.name)))

    def entity(self, name: str) -> Entity:
        """The entity with this canonical name or alias.

        Raises:
            InputError: no entity is known by that name.
        """
        found = find_entity(self._findings().entities(), name)
        if found is None:
            raise InputError(f"no entity named {name!r}; `kilas entities` lists them", code="E014")
        return found

    def quotes(
        self, *, speaker: str | None = None, story_id: str | None = None
    ) -> tuple[QuoteGroup, ...]:
        """Quotes (one group per quote carried by several articles), in time order."""
        groups = self._findings().quotes()
        if speaker is not None:
            names = {speaker.casefold()}
            entity = find_entity(self._findings().entities(), speaker)
            if entity is not None:
                names |= {entity.name.casefold()} | {a.name.casefold() for a in entity.aliases}
            groups = tuple(g for g in groups if (g.speaker or "").casefold() in names)
        if story_id is not None:
            members = set(self.story(story_id).articles)
            groups = tuple(g for g in groups if {c.article_id for c in g.citations} & members)
        return groups

    def summary(self, *, story_id: str | None = None) -> tuple[SummarySentence, ...]:
        """The overview of the pile, or one story's summary; every sentence cited."""
        if story_id is None:
            return self._findings().overview()
        return self._findings().story_summary(self.story(story_id).id)
