"""Quotes: direct and indirect speech, speakers, media and dates, on real Indonesian cases."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kilas.annotate.entities import NerModel, find_entities
from kilas.annotate.quotes import QuoteSettings, find_quotes
from kilas.annotate.sentences import split_sentences
from kilas.clean.article import clean_article
from kilas.model import Article, PrintedDate, Quote


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def quotes_of(text: str, model: NerModel | None = None, **options: Any) -> tuple[Quote, ...]:
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    if model is not None:
        article = find_entities(article, model=model)
    result: Article = find_quotes(article, settings=QuoteSettings(**options))
    return result.quotes


def seed_article(name: str, raw: str, model: NerModel) -> Article:
    article = Article(id=name, source=name, raw=raw)
    article = find_entities(split_sentences(clean_article(article)), model=model)
    result: Article = find_quotes(article)
    return result


def matches(quote: Quote, gold: dict[str, Any]) -> bool:
    """A found quote fits a gold quote: kind, text by the gold's match rule, speaker."""
    text, found = gold["text"].strip(), quote.span.text
    how = gold.get("match", "exact")
    if how == "prefix":
        ok = found.startswith(text)
    elif how == "contains":
        ok = text in found
    else:
        ok = found.strip() == text
    speakers = gold["speaker"] if isinstance(gold["speaker"], list) else [gold["speaker"]]
    return ok and quote.kind == gold["kind"] and quote.speaker in speakers


# --------------------------------------------------------------------------- seeds


def test_every_seed_gold_quote_is_found_with_speaker_and_medium(
    gold: dict[str, Any], seed_texts: dict[str, str], model: NerModel
) -> None:
    missing = []
    for name, doc in gold["docs"].items():
        article = seed_article(name, seed_texts[name], model)
        for quote in doc.get("quotes", []):
            hits = [q for q in article.quotes if matches(q, quote)]
            if not hits or ("via" in quote and hits[0].via != quote["via"]):
                missing.append((name, quote["text"][:50], [(q.speaker, q.via) for q in hits]))
    assert missing == []


SCARE = {
    "002_55c167d3a3c6d0d8.txt": ["Power of Siberia 2", "kekuatan pendorong yang kuat"],
    "003_3f1231850dda2433.txt": ["teman baik", "tanpa batas", "sulit"],
    "004_5bb9aeed40329113.txt": ["tanpa batas"],
}


@pytest.mark.parametrize(("name", "phrases"), sorted(SCARE.items()))
def test_seed_scare_quotes_are_not_quotes(
    name: str, phrases: list[str], seed_texts: dict[str, str], model: NerModel
) -> None:
    article = seed_article(name, seed_texts[name], model)
    assert not [q for q in article.quotes if q.span.text in phrases]


def test_seed_pronoun_cue_goes_to_the_previous_speaker(
    seed_texts: dict[str, str], model: NerModel
) -> None:
    article = seed_article(
        "002_55c167d3a3c6d0d8.txt", seed_texts["002_55c167d3a3c6d0d8.txt"], model
    )
    tambahnya = [q for q in article.quotes if q.span.text.startswith("dia baik-baik saja")]
    assert [q.speaker for q in tambahnya] == ["Alexandra Prokopenko"]


# --------------------------------------------------------------------------- cases

DIRECT = [
    (
        '"Harga beras akan turun bulan depan," kata Menteri Perdagangan Budi Santoso.',
        "Budi Santoso",
    ),
    (
        "“Kami siap bekerja sama,” ujar Gubernur Jawa Barat Ridwan Kamil kepada wartawan.",
        "Ridwan Kamil",
    ),
    ("«Tidak ada yang perlu ditakutkan,» tutur Joko Widodo.", "Joko Widodo"),
    ('Sri Mulyani mengatakan: "Defisit anggaran masih terkendali tahun ini."', "Sri Mulyani"),
    (
        '"Inflasi terkendali," tegas juru bicara Bank Indonesia Erwin Haryono pada Senin.',
        "Erwin Haryono",
    ),
    (
        '"Kami akan menaikkan suku bunga," mantan gubernur bank sentral Darmin Nasution '
        "mengatakan kepada Kompas.",
        "Darmin Nasution",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DIRECT)
def test_direct_quote_and_speaker(text: str, speaker: str) -> None:
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    assert '"' not in quotes[0].span.text and "“" not in quotes[0].span.text


CLITICS = ["tambahnya", "ujarnya", "katanya", "imbuh dia", "kata dia", "lanjutnya", "ujar ia"]


@pytest.mark.parametrize("cue", CLITICS)
def test_pronoun_and_clitic_cues_resolve_to_the_earlier_speaker(cue: str) -> None:
    text = (
        '"Ekspor tumbuh tujuh persen," kata Kepala BPS Suhariyanto.\n'
        "Pemerintah menargetkan pertumbuhan lima persen.\n"
        f'"Impor bahan baku juga naik tajam," {cue}.'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Suhariyanto", "Suhariyanto"]


def test_split_quote_keeps_its_speaker() -> None:
    text = '"Kami menolak," kata Ketua DPR Puan Maharani. "Rancangan ini harus dikaji ulang."'
    quotes = quotes_of(text)
    assert [(q.span.text, q.speaker) for q in quotes] == [
        ("Kami menolak,", "Puan Maharani"),
        ("Rancangan ini harus dikaji ulang.", "Puan Maharani"),
    ]


def test_quote_over_two_paragraphs_takes_the_cue_at_its_end() -> None:
    text = (
        '"Banjir ini yang terbesar dalam sepuluh tahun terakhir.\n'
        '"Warga harus segera mengungsi ke tempat yang lebih tinggi," kata Kepala BPBD '
        "Bambang Surya."
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Bambang Surya", "Bambang Surya"]


def test_uncued_quote_paragraph_continues_the_previous_speaker() -> None:
    text = (
        'Ekonom Faisal Basri menilai, "Pertumbuhan ini semu karena ditopang konsumsi."\n'
        '"Investasi justru melambat sejak awal tahun lalu."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Faisal Basri", "Faisal Basri"]


@pytest.mark.parametrize(
    "text",
    [
        "Proyek pipa “Power of Siberia 2” belum disepakati kedua negara.",
        "Putin menyebut Xi sebagai 'teman baik' dalam pertemuan itu.",
        "Hubungan “tanpa batas” itu diumumkan pada Februari.",
        "Warga menyebutnya sebagai kampung 'tangguh bencana' di wilayah itu.",
    ],
)
def test_scare_quotes_and_names_in_quotes_are_not_quotes(text: str) -> None:
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_apostrophe_is_not_a_quote() -> None:
    assert quotes_of("Salat Jum'at di masjid Al-Qur'an berlangsung khidmat, kata takmir.") == ()


def test_whole_sentence_quote_without_speaker_is_unattributed() -> None:
    quotes = quotes_of('"Semua jalur distribusi sudah dibuka kembali sejak pagi tadi."')
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None)]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('"Kami siap," ujar Putin kepada CCTV, seperti dilansir AP.', "CCTV"),
        ('"Kami siap," terang Putin, demikian dikutip dari AFP, Jumat (30/12).', "AFP"),
        ('"Kami siap," ujar Putin, mengutip TASS.', "TASS"),
        ('"Kami siap," kata Erdogan seperti dilansir Reuters.', "Reuters"),
    ],
)
def test_medium(text: str, via: str) -> None:
    quotes = quotes_of(text)
    assert [q.via for q in quotes] == [via]


@pytest.mark.parametrize(
    ("published", "date"), [("2023-10-18", "2023-10-17"), (None, "Selasa (17/10)")]
)
def test_printed_date_is_resolved_against_the_article_date(
    published: str | None, date: str
) -> None:
    raw = '"Kami siap bekerja sama," ujar Putin kepada CCTV, Selasa (17/10).'
    printed = PrintedDate(value=published, text=published) if published else None
    article = Article(id="t", source="t", raw=raw, text=raw, published=printed)
    quotes = find_quotes(split_sentences(article)).quotes
    assert [q.date for q in quotes] == [date]


INDIRECT = [
    (
        "Menteri Keuangan Sri Mulyani mengatakan bahwa defisit anggaran tetap di bawah "
        "tiga persen.",
        "defisit anggaran tetap di bawah tiga persen",
        "Sri Mulyani",
    ),
    (
        "Menurut Kapolda Metro Jaya Fadil Imran, pelaku sudah diintai sejak sepekan lalu.",
        "pelaku sudah diintai sejak sepekan lalu",
        "Fadil Imran",
    ),
    (
        "Direktur Carnegie Russia Eurasia Center Alexander Gabuev menilai bahwa kerja sama "
        "pertahanan kedua negara akan tumbuh.",
        "kerja sama pertahanan kedua negara akan tumbuh",
        "Alexander Gabuev",
    ),
    (
        "Xi Jinping menjawab bahwa China bersedia meningkatkan kerja sama strategis.",
        "China bersedia meningkatkan kerja sama strategis",
        "Xi Jinping",
    ),
    (
        "Matthew Kroenig, anggota lembaga think tank Dewan Atlantik, mengatakan, Moskow dan "
        "Beijing semakin selaras.",
        "Moskow dan Beijing semakin selaras",
        "Matthew Kroenig",
    ),
    (
        "Harga cabai diperkirakan turun pekan depan, kata Kepala Dinas Pertanian Ahmad Yani.",
        "Harga cabai diperkirakan turun pekan depan",
        "Ahmad Yani",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), INDIRECT)
def test_indirect_quote(text: str, content: str, speaker: str) -> None:
    quotes = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [(q.span.text, q.speaker) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Para pengamat mengatakan harga minyak akan naik tahun depan.",
        "Beijing, yang mengatakan pihaknya netral, membela perdagangannya.",
        "Kedua pemimpin berjanji memperdalam kerja sama dengan mengatakan bahwa latihan "
        "bersama akan diperluas.",
    ],
)
def test_indirect_speech_without_an_identifiable_speaker_is_not_reported(text: str) -> None:
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_indirect_off_reports_only_direct_quotes() -> None:
    text = 'Budi mengatakan harga naik. "Kami kaget," kata Budi.'
    assert {q.kind for q in quotes_of(text, indirect=False)} == {"direct"}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \"“”‘’'.,\nKata ujar Budi")), max_size=120))
def test_spans_always_match_the_text(text: str) -> None:
    article = split_sentences(Article(id="t", source="t", raw=text, text=text))
    for quote in find_quotes(article).quotes:
        assert quote.span.matches(text)
        assert quote.speaker_span is None or quote.speaker_span.matches(text)
