"""The per-article pipeline kilas runs on every ingested article.

clean → sentences → entities → publication date (inferred when not printed)
→ time expressions → quotes. Every stage is pure, so an :class:`Annotator` can
run in any process; it owns the loaded NER model.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from typing import Any

from kilas.annotate.entities import NerModel, find_entities
from kilas.annotate.sentences import split_sentences
from kilas.annotate.time import find_times, infer_published
from kilas.clean import clean_article
from kilas.model import Article
from kilas.pipeline import Pipeline, Stage, stage
from kilas.settings import Settings


@stage("publication-date", requires={"text"}, assigns={"inferred_date"})
def infer_date(article: Article) -> Article:
    """Infer the publication date from the text when none was printed or given."""
    if article.published is not None:
        return article
    return dataclasses.replace(article, inferred_date=infer_published(article))


def _quote_stage() -> Stage | None:
    """The quotes stage, when this installation has it."""
    if importlib.util.find_spec("kilas.annotate.quotes") is None:
        return None
    from kilas.annotate.quotes import find_quotes

    found: Stage = find_quotes
    return found


class Annotator:
    """Runs the per-article stages on raw articles.

    Args:
        settings: the settings tree (``clean`` section used here).
        model: a loaded NER model; loaded from ``models/ner`` when omitted.
        annotate: False runs the cleaner only (fast ingest).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        model: NerModel | None = None,
        annotate: bool = True,
    ) -> None:
        self.settings = settings or Settings()
        stages: list[Stage] = [clean_article]
        options: dict[str, dict[str, Any]] = {"clean": {"settings": self.settings.clean}}
        if annotate:
            quotes = _quote_stage()
            stages += [split_sentences, find_entities, infer_date, find_times]
            stages += [quotes] if quotes is not None else []
            options["entities"] = {"model": model or NerModel.load()}
        self.pipeline = Pipeline(stages, options=options)

    def __call__(self, article: Article, *, boilerplate: frozenset[str] = frozenset()) -> Article:
        """Return the cleaned and annotated article."""
        return self.pipeline(article, clean={"boilerplate": boilerplate})

    @property
    def stage_names(self) -> tuple[str, ...]:
        """The stages this annotator runs, in order."""
        return self.pipeline.names
