"""Quotes: an organisation or place written before a speaker's name, and verbs that say
nothing (each test on an invented Indonesian sentence of a kind news text uses)."""

from __future__ import annotations

import pytest

from kilas.annotate.quotes import find_quotes
from kilas.annotate.sentences import split_sentences
from kilas.model import Article, Mention, Quote, Span


def quotes_of(text: str, mentions: tuple[tuple[str, str], ...] = ()) -> tuple[Quote, ...]:
    """The quotes of ``text``, with a mention of each ``(words, label)`` wherever it occurs
    (a longer mention wins over one inside it)."""
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    taken: list[Mention] = []
    for words, label in sorted(mentions, key=lambda m: -len(m[0])):
        at = text.find(words)
        while at >= 0:
            end = at + len(words)
            if not any(m.span.start < end and at < m.span.end for m in taken):
                taken.append(Mention(span=Span.of(text, at, end), label=label))
            at = text.find(words, end)
    taken.sort(key=lambda m: m.span.start)
    return find_quotes(
        Article(
            id="t",
            source="test",
            raw=text,
            text=text,
            sentences=article.sentences,
            mentions=tuple(taken),
        )
    ).quotes


def speakers(quotes: tuple[Quote, ...], kind: str) -> list[str | None]:
    """The speakers of the quotes of ``kind``, in text order."""
    return [quote.speaker for quote in quotes if quote.kind == kind]


@pytest.mark.parametrize(
    ("text", "mentions", "speaker"),
    [
        (  # the party is named on its own in the sentence before
            "Partai Amanat Rakyat mendukung pasangan itu. Sekretaris Jenderal Partai Amanat "
            "Rakyat Budi Santoso menyatakan partainya akan mengumumkan calon pekan depan.",
            (("Partai Amanat Rakyat", "ORG"), ("Partai Amanat Rakyat Budi Santoso", "ORG")),
            "Budi Santoso",
        ),
        (  # an acronym before the name
            "Ketua SBK Andreas Lubis mengatakan buruh akan terus mogok sampai pekan depan.",
            (("SBK Andreas Lubis", "ORG"),),
            "Andreas Lubis",
        ),
        (  # an office whose name holds "dan", the person named elsewhere by one word
            "Dirjen Kementerian Kelautan dan Perikanan Zulficar Mochtar menyatakan kredit itu "
            "akan cair pekan depan. Kementerian Kelautan dan Perikanan menyiapkan dana itu. "
            "Zulficar juga menyebut nelayan kecil akan didahulukan.",
            (
                ("Kementerian Kelautan dan Perikanan Zulficar Mochtar", "ORG"),
                ("Kementerian Kelautan dan Perikanan", "ORG"),
                ("Zulficar", "PER"),
            ),
            "Zulficar Mochtar",
        ),
        (  # an initial inside the name
            "CEO Papillon Group Vicky G. Saputra menjelaskan token itu akan dijual di bursa. "
            "Papillon Group menyiapkan platform itu sejak tahun lalu.",
            (("Papillon Group Vicky G. Saputra", "ORG"), ("Papillon Group", "ORG")),
            "Vicky G. Saputra",
        ),
        (  # a country before the name, after a role
            "Duta Besar Jepang Kenji Tanaka menilai kerja sama kedua negara akan terus tumbuh.",
            (("Jepang Kenji Tanaka", "LOC"),),
            "Kenji Tanaka",
        ),
    ],
)
def test_a_person_tagged_with_the_organisation_before_the_name_is_the_speaker(
    text: str, mentions: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert speakers(quotes_of(text, mentions), "indirect")[:1] == [speaker]


def test_an_organisation_name_that_ends_in_capitalised_words_is_not_split() -> None:
    text = "Universitas Gadjah Mada menyatakan kuliah akan dimulai lagi bulan depan."
    found = quotes_of(text, (("Universitas Gadjah Mada", "ORG"),))
    assert speakers(found, "indirect") == ["Universitas Gadjah Mada"]


def test_a_firm_before_a_named_person_does_not_take_the_persons_name() -> None:
    text = (
        "Tesla Motors memperbarui perangkat lunak mobilnya.\n\n"
        "“Mobil ini akan jauh lebih aman,” ungkap CEO Tesla Elon Musk.\n\n"
        "Tesla memastikan sistem baru itu lebih bertenaga dari versi sebelumnya."
    )
    found = quotes_of(text, (("Elon Musk", "PER"), ("Tesla Motors", "ORG")))
    assert speakers(found, "direct") == ["Elon Musk"]
    assert speakers(found, "indirect") == ["Tesla"]


def test_a_place_before_a_named_person_does_not_take_the_persons_name() -> None:
    text = (
        "Bawaslu menerima laporan warga. “Kami sudah menerima laporan itu,” kata Ketua "
        "Bawaslu DKI Jakarta Muhammad Jufri.\n\n"
        "Bawaslu DKI Jakarta menyatakan aksi penolakan itu melanggar aturan."
    )
    found = quotes_of(text, (("Muhammad Jufri", "PER"),))
    assert speakers(found, "direct") == ["Muhammad Jufri"]
    assert speakers(found, "indirect") == ["Bawaslu DKI Jakarta"]


@pytest.mark.parametrize(
    ("text", "mentions", "speaker"),
    [
        (
            "Jakarta, CNN Indonesia -- Asosiasi Serikat Pekerja Indonesia (ASPEK Indonesia) "
            "menilai gerakan itu hanya menguntungkan bank.",
            (
                ("CNN Indonesia -- Asosiasi Serikat", "ORG"),
                ("Pekerja Indonesia", "PER"),
                ("ASPEK Indonesia", "ORG"),
            ),
            "ASPEK Indonesia",
        ),
        (
            "Sementara itu, pihak Badan Pengawas Pemilu (Bawaslu) DKI Jakarta menyatakan aksi "
            "penolakan itu melanggar aturan.",
            (("Badan Pengawas Pemilu", "ORG"),),
            "Badan Pengawas Pemilu DKI Jakarta",
        ),
    ],
)
def test_an_acronym_in_brackets_is_part_of_the_organisation_that_speaks(
    text: str, mentions: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert speakers(quotes_of(text, mentions), "indirect") == [speaker]


def test_a_role_alone_before_a_comma_is_not_followed_into_the_clause() -> None:
    text = (
        '"Bangsa ini harus bersatu," kata Joko Widodo di Malang.\n\n'
        "Menurut mantan Walikota Solo, Indonesia memiliki bonus demografi sampai 2030."
    )
    found = quotes_of(text, (("Joko Widodo", "PER"), ("Indonesia", "LOC"), ("Solo", "LOC")))
    assert speakers(found, "indirect") == ["Joko Widodo"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tim putri Indonesia memastikan diri lolos ke final setelah menang 13 - 6.",
        "Dua pasangan ganda putra Indonesia memastikan tempat di babak 16 besar.",
        "Bisa dikatakan Indonesia memiliki tempat menyelam terbaik di dunia.",
        "Bulu mata ini favorit masyarakat Indonesia karena modelnya yang bisa menegaskan riasan "
        "mata seseorang.",
    ],
)
def test_securing_a_place_or_one_could_say_is_not_reported_speech(sentence: str) -> None:
    found = quotes_of(sentence, (("Indonesia", "LOC"),))
    assert speakers(found, "indirect") == []


def test_an_accusation_with_a_clause_is_reported_speech() -> None:
    text = "Dalam pernyataannya, Qatar menuding Saudi mempolitisasi ibadah haji tahun ini."
    found = quotes_of(text, (("Qatar", "LOC"), ("Saudi", "LOC")))
    quote = next(q for q in found if q.kind == "indirect")
    assert (quote.speaker, quote.span.text) == (
        "Qatar",
        "Saudi mempolitisasi ibadah haji tahun ini",
    )


def test_an_accusation_without_a_clause_is_not() -> None:
    text = "Kelompok itu menuding pemerintah daerah."
    assert speakers(quotes_of(text), "indirect") == []


def test_a_negation_with_lah_makes_the_object_a_clause() -> None:
    text = "Menteri Riset Budi Hartono mengakui pengembangan mobil listrik tidaklah mudah."
    found = quotes_of(text, (("Budi Hartono", "PER"),))
    assert speakers(found, "indirect") == ["Budi Hartono"]


def test_a_country_speaking_is_not_read_as_a_longer_name_that_starts_with_it() -> None:
    text = (
        "Maskapai Saudi Arabian Airlines menyiapkan pesawat ke Doha.\n\n"
        "Saudi menuding Qatar telah mendukung gerakan terorisme di kawasan itu."
    )
    found = quotes_of(text, (("Saudi Arabian Airlines", "ORG"),))
    assert speakers(found, "indirect") == ["Saudi"]


def test_a_pronoun_after_an_unnamed_speaker_is_not_the_earlier_named_one() -> None:
    text = (
        "Kepala Rutan Ferdinand Siagian membantah ada pungutan.\n\n"
        "“Kami diminta membayar lima juta rupiah,” kata seorang ibu yang enggan menyebutkan "
        "namanya.\n\n"
        "Dia juga mengatakan petugas kerap meminta uang setiap pekan dengan dalih uang air."
    )
    found = quotes_of(text, (("Ferdinand Siagian", "PER"),))
    assert "Ferdinand Siagian" not in speakers(found, "indirect")
    assert speakers(found, "direct") == [None]


def test_a_verb_after_yakni_names_an_act_and_reports_nothing() -> None:
    text = (
        "Presiden Joko Widodo meninjau pabrik itu. Mantan Gubernur DKI Jakarta itu menyinggung "
        "salah satu tugas berat yakni memastikan harga mobil listrik bisa bersaing di pasar."
    )
    found = quotes_of(text, (("Joko Widodo", "PER"), ("DKI Jakarta", "LOC")))
    assert speakers(found, "indirect") == []


def test_an_empty_speaker_phrase_is_not_an_unnamed_person() -> None:
    text = (
        '"Titiknya berlokasi di Rawapanjang," kata Kepada Dinas PUPR Kota Bekasi Tri Adhiyanto.\n\n'
        "Ia menjelaskan pemerintah kota telah sepakat membangun jalan itu pada 2017."
    )
    found = quotes_of(text, (("Tri Adhiyanto", "PER"),))
    assert speakers(found, "indirect") == ["Tri Adhiyanto"]


def test_an_organisations_head_word_alone_is_the_organisation_named_before() -> None:
    text = (
        "Kementerian Pertahanan Sipil Selandia Baru membatalkan peringatan tsunami.\n\n"
        "Menurut kantor berita Xinhua, gempa susulan masih terjadi.\n\n"
        "Kementerian menyatakan aktivitas tsunami terbesar telah lewat."
    )
    found = quotes_of(
        text, (("Kementerian Pertahanan Sipil", "ORG"), ("Kementerian", "ORG"), ("Xinhua", "ORG"))
    )
    assert speakers(found, "indirect") == ["Xinhua", "Kementerian Pertahanan Sipil"]


def test_a_capitalised_common_word_ending_a_name_is_part_of_it() -> None:
    text = "Jaksa Irene Putri menyatakan pihaknya akan memanggil saksi itu pekan depan."
    assert speakers(quotes_of(text), "indirect") == ["Irene Putri"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hampir dua dari lima orang Amerika dalam jajak pendapat mengatakan mereka berbohong.",
        "Mayoritas warga Rakhine menilai kehadiran pasukan itu tidak membantu.",
    ],
)
def test_a_share_of_a_people_is_no_identifiable_speaker(sentence: str) -> None:
    assert speakers(quotes_of(sentence, (("Amerika", "LOC"), ("Rakhine", "LOC"))), "indirect") == []


def test_an_organisation_named_for_a_people_still_speaks() -> None:
    text = "Federasi Olahraga Masyarakat Indonesia (FORMI) menyatakan timnya siap berangkat."
    found = quotes_of(text, (("Federasi Olahraga Masyarakat Indonesia", "ORG"),))
    assert speakers(found, "indirect") == ["FORMI"]


def test_a_first_name_the_tagger_split_off_still_opens_the_name() -> None:
    text = (
        '"Mereka merencanakan serangan itu di beberapa tempat sejak bulan lalu," kata Kadiv '
        "Humas Polri Irjen Boy Rafli Amar.\n\n"
        '"Semua tersangka sudah kami periksa," kata Boy.'
    )
    found = quotes_of(text, (("Rafli Amar", "PER"),))
    assert speakers(found, "direct")[1] == "Boy Rafli Amar"
