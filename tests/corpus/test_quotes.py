"""Quotes across the corpus: one quote in several outlets, each speaker's quotes in time order."""

from __future__ import annotations

import dataclasses

from kilas.corpus.link import entity_id
from kilas.corpus.quotes import merge_quotes, quotes_by_speaker, speaker_kind
from kilas.model import Article, PrintedDate, Quote, QuoteGroup, Span


def article(
    id: str, outlet: str, date: str | None, quotes: list[tuple[str, str | None]]
) -> Article:
    text = " ".join(f'"{words}," kata {speaker or "sumber"}.' for words, speaker in quotes)
    found, pos = [], 0
    for words, speaker in quotes:
        start = text.index(words, pos)
        found.append(
            Quote(span=Span.of(text, start, start + len(words)), kind="direct", speaker=speaker)
        )
        pos = start + len(words)
    published = PrintedDate(value=date, text=date) if date else None
    return Article(
        id=id,
        source=id,
        raw=text,
        text=text,
        outlet=outlet,
        published=published,
        quotes=tuple(found),
    )


WIRE = "Kami bertujuan untuk memperkuat kerja sama antara angkatan bersenjata Rusia dan China"


def test_same_quote_in_three_outlets_is_one_group_first_outlet_first() -> None:
    articles = [
        article("b", "Kompas.com", "2022-12-31", [(WIRE, "Vladimir Putin")]),
        article("a", "kumparan", "2022-12-30", [(WIRE + " semuanya", "Vladimir Putin")]),
        article("c", "detikcom", None, [(WIRE, None)]),
    ]
    groups = merge_quotes(articles)
    assert len(groups) == 1
    group = groups[0]
    assert group.first_article == "a"
    assert [c.article_id for c in group.citations] == ["a", "b", "c"]
    assert [c.outlet for c in group.citations] == ["kumparan", "Kompas.com", "detikcom"]
    assert group.speaker == "Vladimir Putin"


def test_different_speakers_are_different_quotes() -> None:
    articles = [
        article("a", "x", "2024-05-16", [("Hubungan kedua negara sangat erat", "Xi Jinping")]),
        article("b", "y", "2024-05-16", [("Hubungan kedua negara sangat erat", "Joe Biden")]),
    ]
    assert len(merge_quotes(articles)) == 2


def test_quotes_by_speaker_in_time_order() -> None:
    articles = [
        article("late", "x", "2024-05-16", [("Kita akan membahas energi", "Vladimir Putin")]),
        article("early", "y", "2023-10-17", [("Tidak ada kontradiksi apapun", "Vladimir Putin")]),
        article("anon", "z", "2023-01-01", [("Semua jalur dibuka kembali", None)]),
    ]
    by_speaker = quotes_by_speaker(articles)
    assert list(by_speaker) == ["Vladimir Putin"]
    assert [g.first_article for g in by_speaker["Vladimir Putin"]] == ["early", "late"]


def test_quote_group_round_trips() -> None:
    group = merge_quotes([article("a", "x", "2023-10-17", [(WIRE, "Vladimir Putin")])])[0]
    assert QuoteGroup.from_dict(group.to_dict()) == group


def test_an_outlet_that_adds_a_word_still_carries_the_same_quote() -> None:
    first = article("a", "Antara", "2023-10-18", [(WIRE, "Vladimir Putin")])
    edited = WIRE.replace("untuk memperkuat", "untuk terus memperkuat")
    second = article("b", "Kompas", "2023-10-19", [(edited, "Putin")])
    groups = merge_quotes([second, first])
    assert len(groups) == 1
    assert groups[0].first_article == "a"
    assert groups[0].speaker == "Vladimir Putin"
    assert [c.outlet for c in groups[0].citations] == ["Antara", "Kompas"]


def test_a_country_or_city_speaking_is_a_place_not_a_person() -> None:
    groups = merge_quotes(
        [
            article(
                "a",
                "Kompas.com",
                "2023-10-18",
                [
                    ("Kami menolak tuduhan itu sepenuhnya", "Beijing"),
                    ("Sanksi akan diperluas pekan depan", "Amerika Serikat"),
                    ("Tidak ada pembicaraan soal senjata", "Vladimir Putin"),
                ],
            )
        ]
    )
    assert {g.speaker: g.speaker_kind for g in groups} == {
        "Beijing": "place",
        "Amerika Serikat": "place",
        "Vladimir Putin": None,
    }


def test_a_speaker_linked_as_a_person_or_organisation_takes_that_kind() -> None:
    text = "Kremlin menolak."
    quote = Quote(span=Span.of(text, 0, 7), kind="direct", speaker="Kremlin")
    as_org = dataclasses.replace(quote, entity_id=entity_id("ORG", "Kremlin"))
    as_person = dataclasses.replace(quote, entity_id=entity_id("PER", "Kremlin"))
    assert speaker_kind("Kremlin", [as_org]) == "organisation"
    assert speaker_kind("Kremlin", [as_person]) == "person"
    assert speaker_kind(None, [quote]) is None
