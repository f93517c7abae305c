"""Canonical entities across the corpus: the seeds' gold and hand-made Indonesian cases."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kilas.analysis import Annotator
from kilas.corpus.link import EntityIndex, LinkResult, entity_id, find_entity, link_entities
from kilas.corpus.link_forms import FormMatcher
from kilas.corpus.link_names import edit_distance, is_typo
from kilas.model import Article, Entity, Mention, Quote, Span


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    """The per-article pipeline (clean, sentences, entities, dates, quotes)."""
    return Annotator()


@pytest.fixture(scope="module")
def seeds(annotator: Annotator, seed_texts: dict[str, str]) -> list[Article]:
    return [annotator(Article(id=n, source=n, raw=raw)) for n, raw in seed_texts.items()]


@pytest.fixture(scope="module")
def linked(seeds: list[Article]) -> LinkResult:
    return link_entities(seeds)


def _entity(result: LinkResult, name: str) -> Entity:
    found = find_entity(result.entities, name)
    assert found is not None, name
    return found


# ----------------------------------------------------------------------------- seeds gold


def test_every_gold_entity_is_found_with_its_aliases(
    linked: LinkResult, gold: dict[str, Any]
) -> None:
    """Each gold entity under its canonical name, with every alias the clean text still holds.

    An alias the cleaner removed with its photo credit ("REUTERS/Wu Hong/Pool")
    is not in the clean text, so no linker can see it; it is left out here.
    """
    articles = {a.id: a for a in linked.articles}
    missed = []
    for doc, spec in sorted(gold["docs"].items()):
        article = articles[doc]
        for name, aliases in spec["entities"].items():
            entity = find_entity(linked.entities, name)
            surfaces = {
                m.span.text for m in article.mentions if entity and m.entity_id == entity.id
            }
            visible = {
                a for a in aliases if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", article.text)
            }
            if entity is None or entity.name != name or not visible <= surfaces:
                missed.append((doc, name, sorted(visible - surfaces)))
    assert missed == []


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Tiongkok", "China"),
        ("Cina", "China"),
        ("Xi Xinping", "Xi Jinping"),
        ("Xi", "Xi Jinping"),
        ("Putin", "Vladimir Putin"),
        ("Gabuev", "Alexander Gabuev"),
        ("AS", "Amerika Serikat"),
        ("ICC", "Pengadilan Kriminal Internasional"),
        ("SCO", "Organisasi Kerja Sama Shanghai"),
        ("Organisasi Kerjasama Shanghai", "Organisasi Kerja Sama Shanghai"),
        ("Dewan Atlantik", "Atlantic Council"),
    ],
)
def test_seed_aliases_merge(linked: LinkResult, alias: str, name: str) -> None:
    entity = _entity(linked, name)
    assert entity.name == name
    assert alias in {a.name for a in entity.aliases}


@pytest.mark.parametrize(
    ("city", "country"),
    [("Beijing", "China"), ("Moskow", "Rusia"), ("Washington", "Amerika Serikat")],
)
def test_capital_stays_apart_from_its_country(linked: LinkResult, city: str, country: str) -> None:
    assert _entity(linked, city).id != _entity(linked, country).id
    assert city not in {a.name for a in _entity(linked, country).aliases}


@pytest.mark.parametrize(
    ("person", "role"),
    [
        ("Alexander Gabuev", "Direktur Carnegie Russia Eurasia Center"),
        ("Sergei Lavrov", "Menteri Luar Negeri Rusia"),
        ("Vladimir Putin", "Presiden Rusia"),
        ("Matthew Kroenig", "anggota lembaga think tank Dewan Atlantik"),
        ("Kurt Volker", "mantan duta besar AS untuk NATO"),
    ],
)
def test_roles_are_cited(linked: LinkResult, person: str, role: str) -> None:
    entity = _entity(linked, person)
    assert entity.type == "PER" and entity.name == person
    texts = {a.id: a.text for a in linked.articles}
    cited = [r for r in entity.roles if r.role == role]
    assert cited, [r.role for r in entity.roles]
    for r in cited:
        assert texts[r.citation.article_id][r.citation.start : r.citation.end] == role


def test_putin_is_a_person_everywhere(linked: LinkResult) -> None:
    labels = {m.label for a in linked.articles for m in a.mentions if m.span.text == "Putin"}
    assert labels == {"PER"}


def test_every_mention_is_linked_to_a_listed_entity(linked: LinkResult) -> None:
    ids = {e.id: e for e in linked.entities}
    for article in linked.articles:
        for m in article.mentions:
            assert m.entity_id in ids and ids[m.entity_id].type == m.label
            assert article.id in ids[m.entity_id].articles


def test_incremental_index_equals_rebuild(seeds: list[Article], linked: LinkResult) -> None:
    index = EntityIndex()
    index.add(seeds[:2])
    assert index.add(seeds[2:]) == linked
    assert len(index) == len(seeds)


def test_linking_linked_articles_changes_nothing(linked: LinkResult) -> None:
    assert link_entities(linked.articles) == linked


def test_salience_ranks_the_main_actors_first(linked: LinkResult) -> None:
    top = [e.name for e in linked.entities[:5]]
    assert "Vladimir Putin" in top and "China" in top
    for scores in linked.salience.values():
        assert all(0.0 <= s <= 1.0 for s in scores.values())


def test_ids_are_deterministic(linked: LinkResult) -> None:
    assert _entity(linked, "China").id == entity_id("LOC", "China")


def test_entity_round_trips(linked: LinkResult) -> None:
    for entity in linked.entities:
        assert Entity.from_dict(entity.to_dict()) == entity


# ----------------------------------------------------------------------------- hand-made


def _article(aid: str, text: str, marks: list[tuple[str, str]]) -> Article:
    """An article whose tagger found ``marks`` (surface, label): each its next occurrence."""
    mentions, pos = [], 0
    for surface, label in marks:
        start = text.index(surface, pos)
        mentions.append(Mention(span=Span.of(text, start, start + len(surface)), label=label))
        pos = start + len(surface)
    return Article(id=aid, source=aid, raw=text, text=text, mentions=tuple(mentions))


def test_typo_in_one_token_merges_into_the_more_frequent_name() -> None:
    result = link_entities(
        [
            _article(
                "a",
                "Joko Widodo tiba di Bali. Joko Widodo bertemu wartawan.",
                [("Joko Widodo", "PER"), ("Bali", "LOC"), ("Joko Widodo", "PER")],
            ),
            _article("b", "Menurut Joko Widido, proyek itu selesai.", [("Joko Widido", "PER")]),
        ]
    )
    entity = _entity(result, "Joko Widido")
    assert entity.name == "Joko Widodo"
    assert {a.name: a.count for a in entity.aliases} == {"Joko Widodo": 2, "Joko Widido": 1}


def test_a_quote_speaker_takes_the_canonical_name_and_entity() -> None:
    said = '"Kami siap," kata Joko Widido. Ia lalu pergi.'
    start = said.index("Joko Widido")
    quoted = Quote(
        span=Span.of(said, 1, 10),
        kind="direct",
        speaker="Joko Widido",
        speaker_span=Span.of(said, start, start + len("Joko Widido")),
    )
    nobody = Quote(span=Span.of(said, 1, 10), kind="direct", speaker=None)
    b = _article("b", said, [("Joko Widido", "PER")])
    b = dataclasses.replace(b, quotes=(quoted, nobody))
    result = link_entities(
        [
            _article(
                "a",
                "Joko Widodo tiba di Bali. Joko Widodo bertemu wartawan.",
                [("Joko Widodo", "PER"), ("Bali", "LOC"), ("Joko Widodo", "PER")],
            ),
            b,
        ]
    )
    jokowi = _entity(result, "Joko Widodo")
    linked, unattributed = result.articles[1].quotes
    assert (linked.speaker, linked.entity_id) == ("Joko Widodo", jokowi.id)
    assert unattributed == nobody


def test_different_names_are_not_typos() -> None:
    assert not is_typo("Kim Jong Un", "Kim Jong Il")
    assert not is_typo("Joko Widodo", "Joko Susilo")
    assert is_typo("Xi Xinping", "Xi Jinping")


def test_metonymy_keeps_the_capital_apart() -> None:
    text = "Beijing menolak tuduhan Washington. China menyebut AS tidak adil."
    result = link_entities([_article("m", text, [("Beijing", "ORG"), ("Washington", "ORG")])])
    names = {m.span.text: m.entity_id for m in result.articles[0].mentions}
    assert names["Beijing"] != names["China"] and names["Washington"] != names["AS"]
    assert _entity(result, "Beijing").type == "LOC"
    assert _entity(result, "AS").name == "Amerika Serikat"


def test_acronym_introduced_in_text_is_an_alias() -> None:
    text = (
        "Badan Riset dan Inovasi Nasional (BRIN) merilis laporan. "
        "Kepala BRIN mengatakan laporan itu terbuka."
    )
    result = link_entities([_article("r", text, [])])
    entity = _entity(result, "BRIN")
    assert entity.name == "Badan Riset dan Inovasi Nasional"
    assert {a.name: a.count for a in entity.aliases}["BRIN"] == 2


def test_acronym_long_form_loses_a_leading_title() -> None:
    text = "Ketua Front Pembela Islam (FPI) hadir. Massa FPI berkumpul."
    result = link_entities([_article("f", text, [("Ketua Front Pembela Islam", "ORG")])])
    entity = _entity(result, "FPI")
    assert entity.name == "Front Pembela Islam"
    assert {a.name for a in entity.aliases} == {"Front Pembela Islam", "FPI"}


def test_partial_name_links_across_articles() -> None:
    result = link_entities(
        [
            _article(
                "a", "Peneliti Alexander Gabuev menilai hal itu.", [("Alexander Gabuev", "PER")]
            ),
            _article("b", "Gabuev meyakini kerja sama akan tumbuh.", [("Gabuev", "LOC")]),
            _article("c", "Menurut Gabuev, Moskow berhati-hati.", [("Gabuev", "PER")]),
        ]
    )
    entity = _entity(result, "Gabuev")
    assert entity.name == "Alexander Gabuev" and entity.type == "PER"
    assert entity.articles == ("a", "b", "c")


def test_missed_names_are_found_again_across_the_corpus() -> None:
    result = link_entities(
        [
            _article(
                "a",
                "Presiden Vladimir Putin tiba. Putin tersenyum.",
                [("Vladimir Putin", "PER"), ("Putin", "PER")],
            ),
            _article("b", "Kunjungan kenegaraan Putin selama dua hari.", []),
        ]
    )
    assert [m.span.text for m in result.articles[1].mentions] == ["Putin"]
    assert _entity(result, "Putin").articles == ("a", "b")


def test_person_mention_holding_countries_is_split() -> None:
    text = "pembukaan Tahun Kebudayaan Rusia-Cina tahun ini"
    result = link_entities([_article("t", text, [("Tahun Kebudayaan Rusia-Cina", "PER")])])
    found = [(m.span.text, m.label) for m in result.articles[0].mentions]
    assert found == [("Rusia", "LOC"), ("Cina", "LOC")]
    assert _entity(result, "Cina").name == "China"


def test_organisation_spacing_variants_merge() -> None:
    text = "Badan Kerja Sama Desa menolak. Badan Kerjasama Desa lalu setuju."
    result = link_entities(
        [_article("o", text, [("Badan Kerja Sama Desa", "ORG"), ("Badan Kerjasama Desa", "ORG")])]
    )
    ids = {m.entity_id for m in result.articles[0].mentions}
    assert len(ids) == 1


def test_titles_leave_the_name_and_become_roles() -> None:
    text = "Kapolres AKP Thomas Peranginangin hadir. Raja Salman tiba di Jakarta."
    result = link_entities(
        [_article("k", text, [("AKP Thomas Peranginangin", "PER"), ("Raja Salman", "PER")])]
    )
    thomas = _entity(result, "Thomas Peranginangin")
    assert [r.role for r in thomas.roles] == ["Kapolres AKP"]
    assert [r.role for r in _entity(result, "Salman").roles] == ["Raja"]


def test_common_word_is_nobodys_surname() -> None:
    result = link_entities(
        [
            _article("a", "Aktor Film Nyai datang.", [("Film Nyai", "PER")]),
            _article("b", "Film itu laris.", [("Film", "PER")]),
        ]
    )
    assert _entity(result, "Film").name == "Film"


def test_title_before_a_name_and_place_cue() -> None:
    text = (
        "Sekretaris Dewan Keamanan Rusia Sergey Shoigu hadir. "
        "Ia akan mengunjungi Harbin, ibu kota provinsi Heilongjiang."
    )
    result = link_entities([_article("s", text, [("Harbin", "LOC")])])
    shoigu = _entity(result, "Sergey Shoigu")
    assert shoigu.type == "PER"
    assert [r.role for r in shoigu.roles] == ["Sekretaris Dewan Keamanan Rusia"]
    assert _entity(result, "Heilongjiang").type == "LOC"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("kata Menteri Keuangan Sri Mulyani di Jakarta", "Sri Mulyani", "Menteri Keuangan"),
        (
            '"Itu benar," kata Alexandra Prokopenko, peneliti di Carnegie Russia Eurasia Center.',
            "Alexandra Prokopenko",
            "peneliti di Carnegie Russia Eurasia Center",
        ),
        ("Putin dan Presiden Cina Xi Jinping bertemu", "Xi Jinping", "Presiden Cina"),
    ],
)
def test_roles(text: str, person: str, role: str) -> None:
    result = link_entities([_article("x", text, [(person, "PER")])])
    assert [r.role for r in _entity(result, person).roles] == [role]


def test_find_entity_by_exonym_and_unknown() -> None:
    result = link_entities([_article("f", "Warga China berdemo.", [("China", "LOC")])])
    assert _entity(result, "tiongkok").name == "China"
    assert find_entity(result.entities, "Atlantis") is None


@given(st.text(max_size=8), st.text(max_size=8))
def test_edit_distance_is_symmetric(a: str, b: str) -> None:
    assert edit_distance(a, b) == edit_distance(b, a)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hubungan Rusia-Tiongkok bertahan", ["Rusia", "Tiongkok"]),
        ("kurs US$ 1 dan Rp 15.000", []),
        ("kata Vladimir Putin kepada Putin", ["Vladimir Putin", "Putin"]),
        ("Putinisme bukan nama", []),
    ],
)
def test_form_matcher_finds_whole_words_longest_first(text: str, found: list[str]) -> None:
    matcher = FormMatcher(["Rusia", "Tiongkok", "US", "Putin", "Vladimir Putin"])
    assert [text[a:b] for a, b in matcher.finditer(text)] == found


_WORDS = st.sampled_from(
    ["Putin", "Vladimir", "Rusia", "Cina", "AS", "kata", "di", "-", ",", "US$"]
)


def _matches_token_by_token(forms: list[str], text: str) -> list[tuple[int, int]]:
    """The matcher's contract, tried at every token: the longest form, never overlapping."""
    toks = [m.span() for m in re.finditer(r"\w+", text)]
    found, i = [], 0
    while i < len(toks):
        hit = None
        for j in range(len(toks) - 1, i - 1, -1):
            start, end = toks[i][0], toks[j][1]
            free = (start == 0 or text[start - 1] != "$") and text[end : end + 1] != "$"
            if text[start:end] in forms and free:
                hit = j
                break
        if hit is None:
            i += 1
            continue
        found.append((toks[i][0], toks[hit][1]))
        i = hit + 1
    return found


@given(st.lists(_WORDS, max_size=25), st.sampled_from([" ", "-", ", "]))
def test_form_matcher_equals_trying_every_token(words: list[str], sep: str) -> None:
    forms = ["Putin", "Vladimir Putin", "Rusia", "Cina", "AS", "Rusia-Cina", "US", "di Rusia"]
    text = sep.join(words)
    assert list(FormMatcher(forms).finditer(text)) == _matches_token_by_token(forms, text)


@given(st.lists(_WORDS, max_size=25))
def test_linked_mentions_match_the_text_and_never_overlap(words: list[str]) -> None:
    text = " ".join(words)
    seed = _article(
        "seed", "Vladimir Putin di Rusia.", [("Vladimir Putin", "PER"), ("Rusia", "LOC")]
    )
    result = link_entities([seed, _article("p", text, [])])
    article = result.articles[1]
    ends = [0]
    for m in article.mentions:
        assert m.span.matches(article.text) and m.entity_id is not None
        assert m.span.start >= ends[-1]
        ends.append(m.span.end)


_TOKEN_TEXT = (
    "Menteri Luar Negeri Rusia Sergei Lavrov, yang tiba di Beijing pada hari Senin(16/10), "
    "bertemu Presiden Cina Xi Jinping. Hubungan Rusia-Tiongkok, kata U.S. Dept. itu, "
    "membaik  sejak 2022."
)


@given(st.data())
def test_sentence_tokens_slice_equals_tokenizing_the_range(data: st.DataObject) -> None:
    from kilas.corpus.link_mentions import SentenceTokens, tokens

    n = len(_TOKEN_TEXT)
    s0 = data.draw(st.integers(0, n))
    s1 = data.draw(st.integers(s0, n))
    start = data.draw(st.integers(max(0, s0 - 3), min(n, s1 + 3)))
    end = data.draw(st.integers(start, min(n, s1 + 3)))
    cached = SentenceTokens(_TOKEN_TEXT)
    cached.between((s0, s1), s0, s1)  # the sentence is tokenized first, then sliced
    assert cached.between((s0, s1), start, end) == tokens(_TOKEN_TEXT, start, end)


def test_months_weekdays_and_pronouns_are_not_entities() -> None:
    """A tagger's "Agustus", "Senin" or "Anda" (the reader) is no actor; a name holding one is."""
    text = (
        "Pada Agustus, Joko Widodo berkata: Anda harus datang Senin. "
        "April Jasmine dan Mei Lin hadir."
    )
    names = [
        ("Agustus", "LOC"),
        ("Joko Widodo", "PER"),
        ("Anda", "PER"),
        ("Senin", "LOC"),
        ("April Jasmine", "PER"),
        ("Mei Lin", "PER"),
    ]
    mentions = []
    for surface, label in names:
        start = text.index(surface)
        mentions.append(
            Mention(span=Span.of(text, start, start + len(surface)), label=label, name=surface)
        )
    article = Article(id="a", source="a", raw=text, text=text, mentions=tuple(mentions))
    result = link_entities([article])
    assert sorted(e.name for e in result.entities) == ["April Jasmine", "Joko Widodo", "Mei Lin"]
    assert [m.span.text for m in result.articles[0].mentions] == [
        "Joko Widodo",
        "April Jasmine",
        "Mei Lin",
    ]


@pytest.mark.parametrize(
    ("outlet", "own"),
    [("dailysocial.id", "DailySocial"), ("CNN Indonesia", "CNNIndonesia.com")],
)
def test_the_articles_own_outlet_is_not_an_entity(outlet: str, own: str) -> None:
    """ "… kata dia kepada DailySocial" in a dailysocial.id article names no actor; Gojek is one."""
    text = f"Gojek menambah layanan baru, kata juru bicara kepada {own}."
    mentions = []
    for surface, label in [("Gojek", "ORG"), (own, "ORG")]:
        start = text.index(surface)
        mentions.append(
            Mention(span=Span.of(text, start, start + len(surface)), label=label, name=surface)
        )
    article = Article(
        id="a", source="a", raw=text, text=text, outlet=outlet, mentions=tuple(mentions)
    )
    assert [e.name for e in link_entities([article]).entities] == ["Gojek"]
    other = dataclasses.replace(article, outlet="Tempo.co")
    assert sorted(e.name for e in link_entities([other]).entities) == sorted(["Gojek", own])
