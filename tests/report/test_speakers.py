"""Who said what: people first, then organisations and places marked as such."""

from __future__ import annotations

from kilas.model import Citation, QuoteGroup
from kilas.report.speakers import UNATTRIBUTED, speakers_in_order


def group(speaker: str | None, kind: str | None) -> QuoteGroup:
    return QuoteGroup(
        text="kata-kata",
        speaker=speaker,
        kind="direct",
        via=None,
        citations=(Citation(article_id="a", start=0, end=9),),
        first_article="a",
        speaker_kind=kind,
    )


def test_people_come_first_and_places_and_organisations_are_marked() -> None:
    quotes = [
        group("Beijing", "place"),
        group(None, None),
        group("Xi Jinping", "person"),
        group("Kremlin", "organisation"),
        group("Alexander Gabuev", None),
        group("Amerika Serikat", "place"),
    ]
    assert speakers_in_order(quotes) == [
        ("Alexander Gabuev", None),
        ("Xi Jinping", None),
        ("Kremlin", "organisation"),
        ("Amerika Serikat", "place"),
        ("Beijing", "place"),
        (UNATTRIBUTED, None),
    ]
