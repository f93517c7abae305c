"""Who said what: the speakers of a story's quotes in the order a briefing lists them."""

from __future__ import annotations

from collections.abc import Iterable

from kilas.model import QuoteGroup

UNATTRIBUTED = "(unattributed)"
_ORDER = {"person": 0, None: 0, "organisation": 1, "place": 2}


def speakers_in_order(quotes: Iterable[QuoteGroup]) -> list[tuple[str, str | None]]:
    """Each speaker of ``quotes`` once, with the kind shown beside a non-person.

    People (and speakers of unknown kind) come first, then organisations, then
    places speaking for their government ("Beijing", "Amerika Serikat"), each
    group alphabetical; unattributed quotes last. The kind is None for a person
    or an unknown speaker, so only organisations and places are marked.
    """
    kinds: dict[str, str | None] = {}
    for quote in quotes:
        name = quote.speaker or UNATTRIBUTED
        if kinds.get(name) is None:
            kinds[name] = quote.speaker_kind if quote.speaker else None
    shown = {name: (None if kind == "person" else kind) for name, kind in kinds.items()}
    return sorted(
        shown.items(),
        key=lambda item: (item[0] == UNATTRIBUTED, _ORDER[kinds[item[0]]], item[0]),
    )
