"""The corpus analysis as the reads need it, stored so it is computed once per corpus state.

``kilas stories``, ``kilas timeline``, ``kilas brief`` and the web app each
open the corpus anew. Without a stored result each would run the corpus stages
again over every article (half a minute for 2,500 articles). :class:`Findings`
keeps what they read — the briefing's parts and every entity — in the store's
``state`` table, one row per part, each stamped with :meth:`Store.fingerprint`
of the corpus it was computed from. A read loads only the parts it needs
(``kilas stories`` reads the stories, not the timeline); a part whose stamp no
longer matches (an article was added or updated, a duplicate link written) is
never used: everything is computed again and stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from kilas.model import Briefing, Entity, QuoteGroup, Story, SummarySentence, TimelineEntry
from kilas.store import Store

KEY = "corpus.findings"
FORMAT = 2
"""Version of the stored parts; bump it when the corpus stages change what they find."""

_SPLIT = ("stories", "timeline", "quotes", "overview", "story_summaries")
"""Briefing fields stored as parts of their own; the rest of the briefing is the ``listing``."""

Compute = Callable[[], tuple[Briefing, tuple[Entity, ...]]]


def _encode(briefing: Briefing, entities: tuple[Entity, ...]) -> dict[str, Any]:
    """Every part as JSON-ready values (summaries as pairs: the state table sorts object keys)."""
    data = briefing.to_dict()
    parts = {name: data.pop(name) for name in _SPLIT}
    parts["story_summaries"] = list(parts["story_summaries"].items())
    parts["listing"] = data
    parts["entities"] = [e.to_dict() for e in entities]
    return parts


def _decode(name: str, value: Any) -> Any:
    """A stored part back as records."""
    records: dict[str, Any] = {
        "stories": Story,
        "timeline": TimelineEntry,
        "quotes": QuoteGroup,
        "overview": SummarySentence,
        "entities": Entity,
    }
    if name in records:
        return tuple(records[name].from_dict(v) for v in value)
    if name == "story_summaries":
        return {i: tuple(SummarySentence.from_dict(s) for s in ss) for i, ss in value}
    return Briefing.from_dict(value)


class Findings:
    """The stored analysis of one corpus state; computed (and stored) when absent or stale.

    Args:
        store: the corpus's store.
        compute: runs the corpus stages and returns the briefing (any title)
            and every entity; called at most once.
    """

    def __init__(self, store: Store, compute: Compute) -> None:
        self._store = store
        self._compute = compute
        self._parts: dict[str, Any] = {}
        self._fingerprint: str | None = None

    def briefing(self, *, title: str) -> Briefing:
        """The briefing, with ``title``."""
        listing: Briefing = self._part("listing")
        split = {name: self._part(name) for name in _SPLIT}
        return dataclasses.replace(listing, title=title, **split)

    def stories(self) -> tuple[Story, ...]:
        """The stories, earliest first."""
        found: tuple[Story, ...] = self._part("stories")
        return found

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Every timeline entry, most important first."""
        found: tuple[TimelineEntry, ...] = self._part("timeline")
        return found

    def quotes(self) -> tuple[QuoteGroup, ...]:
        """The quote groups, in time order."""
        found: tuple[QuoteGroup, ...] = self._part("quotes")
        return found

    def overview(self) -> tuple[SummarySentence, ...]:
        """The overview of the pile."""
        found: tuple[SummarySentence, ...] = self._part("overview")
        return found

    def story_summary(self, story_id: str) -> tuple[SummarySentence, ...]:
        """One story's summary (empty when the story has none)."""
        summaries: dict[str, tuple[SummarySentence, ...]] = self._part("story_summaries")
        return summaries.get(story_id, ())

    def entities(self) -> tuple[Entity, ...]:
        """Every canonical entity, most salient first."""
        found: tuple[Entity, ...] = self._part("entities")
        return found

    def _part(self, name: str) -> Any:
        if name not in self._parts:
            stored = self._stored(name)
            if stored is None:
                self._parts = self._computed()
            else:
                self._parts[name] = _decode(name, stored)
        return self._parts[name]

    def _stored(self, name: str) -> Any | None:
        """The stored value of a part, or None when absent, of another format or stale."""
        row = self._store.get_state(f"{KEY}.{name}")
        if not isinstance(row, dict) or row.get("format") != FORMAT:
            return None
        if row.get("kilas") != _kilas_version():
            return None
        if self._fingerprint is None:
            self._fingerprint = self._store.fingerprint()
        return row["value"] if row.get("fingerprint") == self._fingerprint else None

    def _computed(self) -> dict[str, Any]:
        """Every part, computed now and stored under the current fingerprint."""
        fingerprint = self._store.fingerprint()
        briefing, entities = self._compute()
        for name, value in _encode(briefing, entities).items():
            row = {
                "format": FORMAT,
                "kilas": _kilas_version(),
                "fingerprint": fingerprint,
                "value": value,
            }
            self._store.set_state(f"{KEY}.{name}", row)
        self._fingerprint = fingerprint
        split = {name: getattr(briefing, name) for name in _SPLIT}
        listing = dataclasses.replace(
            briefing, stories=(), timeline=(), quotes=(), overview=(), story_summaries={}
        )
        return {"listing": listing, "entities": entities, **split}


def _kilas_version() -> str:
    """The running kilas version: parts stored by another version are recomputed."""
    import kilas  # imported here: kilas imports this module

    return kilas.__version__
