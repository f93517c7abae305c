"""Heads, prefixes, public figures' short names and partial names (hand-made Indonesian cases)."""

from __future__ import annotations

import dataclasses

from kilas.corpus.link import LinkResult, find_entity, link_entities
from kilas.model import Article, Entity, Mention, Quote, Span


def _article(aid: str, text: str, marks: list[tuple[str, str] | tuple[str, str, str]]) -> Article:
    """An article whose tagger found ``marks`` (surface, label[, full name]), each its next one."""
    mentions, pos = [], 0
    for surface, label, *name in marks:
        start = text.index(surface, pos)
        span = Span.of(text, start, start + len(surface))
        mentions.append(Mention(span=span, label=label, name=name[0] if name else None))
        pos = start + len(surface)
    return Article(id=aid, source=aid, raw=text, text=text, mentions=tuple(mentions))


def _entity(result: LinkResult, name: str) -> Entity:
    found = find_entity(result.entities, name)
    assert found is not None, name
    return found


def _names(result: LinkResult) -> dict[str, str]:
    return {e.name: e.type for e in result.entities}


def test_a_street_is_its_head_and_name_not_a_person() -> None:
    text = "Kecelakaan terjadi di Jalan Gatot Subroto, Senin. Jalan itu ditutup."
    marks = [("Jalan", "LOC"), ("Gatot Subroto", "PER"), ("Jalan", "LOC")]
    result = link_entities([_article("j", text, marks)])
    assert _names(result) == {"Jalan Gatot Subroto": "LOC"}


def test_a_league_cut_short_by_the_tagger_is_joined_and_a_lone_head_dropped() -> None:
    text = "Chelsea memimpin Liga Inggris. Persija juara Liga 1. Liga bergulir lagi."
    marks = [("Chelsea", "ORG"), ("Liga", "ORG"), ("Inggris", "LOC"), ("Liga", "ORG")]
    marks += [("Liga", "ORG")]
    result = link_entities([_article("l", text, marks)])
    assert _names(result) == {"Chelsea": "ORG", "Liga Inggris": "ORG", "Liga 1": "ORG"}


def test_a_street_name_stops_before_a_city_or_a_weekday() -> None:
    text = "Massa berkumpul di Jalan Merdeka Barat Jakarta. Polisi berjaga di Jalan Thamrin Senin."
    marks = [("Jalan Merdeka", "LOC"), ("Jakarta", "LOC"), ("Jalan", "LOC"), ("Thamrin", "PER")]
    result = link_entities([_article("s", text, marks)])
    assert {m.span.text for m in result.articles[0].mentions} >= {"Jakarta", "Jalan Thamrin"}


def test_an_administrative_word_alone_is_no_entity() -> None:
    text = "Banjir melanda Kabupaten Bogor. Bupati meninjau lokasi."
    result = link_entities([_article("k", text, [("Kabupaten", "LOC"), ("Bogor", "LOC")])])
    assert _names(result) == {"Bogor": "LOC"}


def test_an_online_platform_is_an_organisation() -> None:
    text = "Foto itu diunggah di Instagram. Ia juga menulis di Instagram."
    result = link_entities([_article("i", text, [("Instagram", "LOC"), ("Instagram", "LOC")])])
    assert _names(result) == {"Instagram": "ORG"}


def test_a_government_named_for_its_leader_is_an_organisation_not_his_name() -> None:
    text = "Pemerintahan Jokowi menargetkan pertumbuhan. Jokowi mengatakan ekonomi membaik."
    marks = [("Pemerintahan Jokowi", "PER"), ("Jokowi", "PER", "Pemerintahan Jokowi")]
    other = _article("b", "Presiden Joko Widodo meresmikan jalan tol.", [("Joko Widodo", "PER")])
    result = link_entities([_article("a", text, marks), other])
    assert _names(result) == {"Pemerintahan Jokowi": "ORG", "Joko Widodo": "PER"}
    assert {a.name for a in _entity(result, "Joko Widodo").aliases} == {"Jokowi", "Joko Widodo"}


def test_tim_is_a_prefix_only_before_a_team_not_a_given_name() -> None:
    text = "Tim Cook mengumumkan produk baru. Tim Repsol Honda menang di Sepang."
    marks = [("Tim Cook", "PER"), ("Tim Repsol Honda", "PER")]
    result = link_entities([_article("t", text, marks)])
    assert _names(result) == {"Tim Cook": "PER", "Tim Repsol Honda": "ORG"}


def test_a_public_figure_s_short_name_is_the_full_name() -> None:
    result = link_entities(
        [
            _article("a", "SBY bertemu Ahok di Cikeas.", [("SBY", "ORG"), ("Ahok", "PER")]),
            _article(
                "b",
                "Susilo Bambang Yudhoyono menerima Basuki Tjahaja Purnama.",
                [("Susilo Bambang Yudhoyono", "PER"), ("Basuki Tjahaja Purnama", "PER")],
            ),
        ]
    )
    assert _names(result) == {"Susilo Bambang Yudhoyono": "PER", "Basuki Tjahaja Purnama": "PER"}


def test_a_shorter_run_of_a_name_in_the_same_article_is_the_same_person() -> None:
    text = "Irjen Boy Rafli Amar mengatakan pelaku ditangkap. Rafli Amar menambahkan hal itu."
    marks = [("Boy Rafli Amar", "PER"), ("Rafli Amar", "PER")]
    result = link_entities([_article("r", text, marks)])
    assert _names(result) == {"Boy Rafli Amar": "PER"}
    assert len({m.entity_id for m in result.articles[0].mentions}) == 1


def test_a_son_and_two_people_in_one_span_are_not_partial_names() -> None:
    text = (
        "Donald Trump Jr bertemu Donald Trump. Pernikahan putri Joko Widodo Kahiyang Ayu "
        "digelar. Joko Widodo hadir bersama Kahiyang Ayu."
    )
    marks = [
        ("Donald Trump Jr", "PER"),
        ("Donald Trump", "PER"),
        ("Joko Widodo Kahiyang Ayu", "PER"),
        ("Joko Widodo", "PER"),
        ("Kahiyang Ayu", "PER"),
    ]
    result = link_entities([_article("d", text, marks)])
    ids = {m.span.text: m.entity_id for m in result.articles[0].mentions}
    assert ids["Donald Trump Jr"] != ids["Donald Trump"]
    assert ids["Joko Widodo"] != ids["Kahiyang Ayu"]


def test_words_glued_before_a_name_do_not_become_the_name() -> None:
    text = "Deputi Kemaritiman Budi Santoso hadir. Budi Santoso menolak berkomentar."
    marks = [("Kemaritiman Budi Santoso", "PER"), ("Budi Santoso", "PER")]
    result = link_entities([_article("g", text, marks)])
    assert len({m.entity_id for m in result.articles[0].mentions}) == 1
    assert _entity(result, "Kemaritiman Budi Santoso").name == "Budi Santoso"


def test_a_word_glued_before_a_name_does_not_follow_it_into_the_person() -> None:
    text = (
        "Sidang kasus KTP Setya Novanto digelar. Setya Novanto hadir. Proyek KTP mangkrak. "
        "Setya Novanto diam."
    )
    marks = [
        ("KTP Setya Novanto", "PER"),
        ("Setya Novanto", "PER"),
        ("KTP", "PER", "KTP Setya Novanto"),
        ("Setya Novanto", "PER"),
    ]
    result = link_entities([_article("k", text, marks)])
    ids = {m.span.text: m.entity_id for m in result.articles[0].mentions}
    assert ids["KTP Setya Novanto"] == ids["Setya Novanto"] != ids["KTP"]
    assert {a.name for a in _entity(result, "Setya Novanto").aliases} == {
        "Setya Novanto",
        "KTP Setya Novanto",
    }


def test_a_name_held_by_one_longer_name_of_the_corpus_joins_it() -> None:
    result = link_entities(
        [
            _article("a", "Siti Fadilah Supari diperiksa.", [("Siti Fadilah Supari", "PER")]),
            _article("b", "Siti Fadilah Supari membantah.", [("Siti Fadilah Supari", "PER")]),
            _article("c", "Menurut Siti Fadilah, dana itu sah.", [("Siti Fadilah", "PER")]),
        ]
    )
    assert _names(result) == {"Siti Fadilah Supari": "PER"}


def test_a_partial_name_is_the_person_its_own_article_names() -> None:
    kukei = "Kukei Tanaka tiba. Tanaka berbicara."
    result = link_entities(
        [
            _article("a", kukei, [("Kukei Tanaka", "PER"), ("Tanaka", "PER")]),
            _article("b", kukei, [("Kukei Tanaka", "PER"), ("Tanaka", "PER")]),
            _article(
                "c",
                "Ichi Tanaka menang. Tanaka senang.",
                [("Ichi Tanaka", "PER"), ("Tanaka", "PER")],
            ),
        ]
    )
    ichi = _entity(result, "Ichi Tanaka")
    assert [m.span.text for m in result.articles[2].mentions] == ["Ichi Tanaka", "Tanaka"]
    assert {m.entity_id for m in result.articles[2].mentions} == {ichi.id}


def test_a_speaker_the_quotes_name_in_full_joins_the_tagger_s_shorter_mention() -> None:
    text = '"Saya tidak bersalah," kata Zuma. Dia menambahkan bahwa ia akan melawan.'
    start = text.index("Zuma")
    said = Quote(
        span=Span.of(text, 1, 21),
        kind="direct",
        speaker="Jacob Zuma",
        speaker_span=Span.of(text, start, start + 4),
    )
    dia = text.index("Dia")
    added = Quote(
        span=Span.of(text, dia + 4, len(text) - 1),
        kind="indirect",
        speaker="Jacob Zuma",
        speaker_span=Span.of(text, dia, dia + 3),
    )
    article = dataclasses.replace(_article("z", text, [("Zuma", "PER")]), quotes=(said, added))
    result = link_entities([article])
    quotes = result.articles[0].quotes
    assert {(q.speaker, q.entity_id) for q in quotes} == {
        ("Jacob Zuma", _entity(result, "Zuma").id)
    }


def test_a_speaker_described_by_a_phrase_is_not_a_name_inside_the_phrase() -> None:
    text = '"Kami siap," kata eks gelandang Persib Bandung itu. Dedi Kusnandar tersenyum.'
    start = text.index("eks")
    described = Quote(
        span=Span.of(text, 1, 10),
        kind="direct",
        speaker="Dedi Kusnandar",
        speaker_span=Span.of(text, start, text.index(" itu") + 4),
    )
    marks = [("Persib Bandung", "PER"), ("Dedi Kusnandar", "PER")]
    article = dataclasses.replace(_article("p", text, marks), quotes=(described,))
    quote = link_entities([article]).articles[0].quotes[0]
    assert quote.speaker == "Dedi Kusnandar"
