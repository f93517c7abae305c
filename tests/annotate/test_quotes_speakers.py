"""Quotes: who a cue names when it gives a title, a pronoun or an epithet, and what is not said."""

from __future__ import annotations

import pytest

from kilas.annotate.quotes import find_quotes
from kilas.annotate.sentences import split_sentences
from kilas.model import Article, Mention, Quote, Span


def annotate(text: str, persons: tuple[str, ...] = ()) -> tuple[Quote, ...]:
    """The quotes of ``text``, with a PER mention at each occurrence of ``persons``."""
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    mentions = []
    for name in persons:
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(span=Span.of(text, at, at + len(name)), label="PER"))
            at = text.find(name, at + len(name))
    mentions.sort(key=lambda m: m.span.start)
    fields = {f: getattr(article, f) for f in ("id", "source", "raw", "text", "sentences")}
    return find_quotes(Article(**fields, mentions=tuple(mentions))).quotes


def speaker_of(quotes: tuple[Quote, ...], kind: str, start: str) -> str | None:
    """The speaker of the one quote of ``kind`` whose text starts with ``start``."""
    hits = [q for q in quotes if q.kind == kind and q.span.text.startswith(start)]
    assert len(hits) == 1, [(q.kind, q.span.text, q.speaker) for q in quotes]
    return hits[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kepala Dinas Kesehatan Kolinlamil Letkol Hengky Setyahadi mengatakan fumigasi "
            'dilakukan setiap triwulan.\n\n"Fumigasi mencegah hama merusak kapal," jelas Kadiskes.',
            "Hengky Setyahadi",
        ),
        (
            "Menteri Hukum dan HAM Yasonna Laoly menyatakan eksekusi masih menunggu putusan "
            'pengadilan.\n\n"Ya menunggu hasilnya dulu, kita lihat nanti," kata Menkumham.',
            "Yasonna Laoly",
        ),
    ],
)
def test_a_short_title_alone_is_the_person_just_reported(text: str, speaker: str) -> None:
    assert speaker_of(annotate(text), "direct", "F" if "Fumigasi" in text else "Ya") == speaker


def test_a_pronoun_after_reported_speech_is_its_speaker_not_a_name_in_the_sentence() -> None:
    text = (
        "Jerman terus mendukung konservasi Candi Borobudur, kata Sekretaris Atase Pers "
        "Kedutaan Jerman di Indonesia, Alexander Thielitz.\n\n"
        '"Tahun ini tahun keenam dukungan kami," katanya.'
    )
    quotes = annotate(text, ("Candi Borobudur", "Alexander Thielitz"))
    assert speaker_of(quotes, "direct", "Tahun ini") == "Alexander Thielitz"


def test_pronouns_are_read_in_text_order_after_a_named_report() -> None:
    text = (
        "Direktur Taman Wisata Candi Borobudur, Edy Setijono, mengatakan kegiatan itu "
        'digelar malam ini.\n\n"Ini tahun kedua kami ikut serta," katanya.\n\n'
        "Ia menuturkan kegiatan itu bentuk kepedulian perusahaan kepada perempuan."
    )
    quotes = annotate(text, ("Candi Borobudur", "Edy Setijono"))
    assert speaker_of(quotes, "direct", "Ini tahun") == "Edy Setijono"
    assert speaker_of(quotes, "indirect", "kegiatan itu bentuk") == "Edy Setijono"


def test_a_generic_phrase_that_ends_with_a_name_is_that_person() -> None:
    text = (
        '"Rokok elektronik membantu orang berhenti merokok," kata seorang profesor '
        "kesehatan masyarakat Universitas oxford Susan Jebb."
    )
    assert speaker_of(annotate(text), "direct", "Rokok") == "Susan Jebb"


def test_an_uncued_quote_right_after_reported_speech_continues_its_speaker() -> None:
    text = (
        "Menurut Alexander Thielitz dana kemitraan itu mencapai 600 ribu euro.\n\n"
        '"Dana tersebut diberikan kepada UNESCO di Paris lalu diteruskan ke Jakarta.'
    )
    assert speaker_of(annotate(text), "direct", "Dana tersebut") == "Alexander Thielitz"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelatih Alfred Riedl mengaku puas dengan hasil pertandingan ini.",
        "Penyerang muda Rafid Habibie mengaku belum sepenuhnya puas dengan penampilannya.",
        "Gubernur Wahidin Halim akan mengumumkan bahwa wilayah tersebut dalam kondisi darurat.",
        "Lagu itu viral, dan penggemarnya juga menganggap lagu itu melekat di benak mereka.",
        "Baca juga: Kepala Bakamla Disebut Bahas Anggaran Satelit",
    ],
)
def test_feelings_intentions_and_links_are_not_reported_speech(sentence: str) -> None:
    assert [q for q in annotate(sentence) if q.kind == "indirect"] == []


def test_the_person_of_a_rejected_feeling_is_still_the_one_menurutnya_means() -> None:
    text = (
        "Kepala Mekanik Mercedes Toto Wolff mengaku kecewa dengan performa mobilnya. "
        "Menurutnya, mobil itu tidak cukup kencang di Albert Park."
    )
    quotes = annotate(text, ("Sebastian Vettel", "Toto Wolff"))
    assert speaker_of(quotes, "indirect", "mobil itu") == "Toto Wolff"


def test_a_title_case_phrase_inside_a_sentence_is_a_name_not_a_quote() -> None:
    text = (
        'Direktur Utama Edy Setijono mengatakan kegiatan "Orange The World" itu bentuk '
        "komitmen perusahaan untuk perempuan."
    )
    assert [q for q in annotate(text) if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            '"Korban ditemukan warga pagi tadi," ujar Kapolsek Kompol Aswin.\n\n'
            "Menurut dia pihaknya masih menyelidiki penyebab kematian korban.",
            "pihaknya masih",
            "Aswin",
        ),
        (
            '"Kami menghormati proses hukum di Filipina," kata Kapuspenkum Kejagung M Rum.\n\n'
            "Ditegaskan, pihaknya melaksanakan eksekusi atas perintah undang-undang.",
            "pihaknya melaksanakan",
            "M Rum",
        ),
        (
            '"Kami berharap masyarakat tetap tenang," kata Menteri Keuangan Sri Mulyani.\n\n'
            "Mantan Direktur Pelaksana Bank Dunia menyatakan, kondisi perekonomian masih stabil.",
            "kondisi perekonomian",
            "Sri Mulyani",
        ),
    ],
)
def test_reported_speech_that_refers_back(text: str, start: str, speaker: str) -> None:
    assert speaker_of(annotate(text), "indirect", start) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Sekitar 25 negara sudah mendaftar," kata Kepala Dinas Pariwisata Provinsi NTT '
            "Marius Ardu Jelamu di Kupang.",
            "Marius Ardu Jelamu",
        ),
        (
            "Jakarta - Bunga Citra Lestari mulai mengajarkan anaknya berpuasa.\n\n"
            '"Kadang bisa sampai sore, kadang setengah hari," kata Bunga di Jakarta.',
            "Bunga Citra Lestari",
        ),
        (
            '"Tersangka membacok korban dengan parang," ujar Kapolres Kotim AKBP Johanes '
            "Panghutan Siboro SH, SIK, di Sampit.",
            "Johanes Panghutan Siboro",
        ),
    ],
)
def test_the_name_in_a_speaker_phrase(text: str, speaker: str) -> None:
    assert [q.speaker for q in annotate(text) if q.kind == "direct"][:1] == [speaker]


def test_a_title_and_a_firm_before_a_name_are_not_part_of_it() -> None:
    text = (
        "Kepada wartawan, CMO Jakmall Tommy Lim mengungkapkan layanan itu tumbuh pesat.\n\n"
        '"Jakmall hadir dengan beragam produk untuk perempuan," kata Tommy.'
    )
    quotes = annotate(text)
    assert speaker_of(quotes, "direct", "Jakmall hadir") == "Tommy Lim"
    assert speaker_of(quotes, "indirect", "layanan itu") == "Tommy Lim"


def test_a_closing_attribution_after_the_quote_is_not_reported_speech() -> None:
    text = (
        '"Kita akan dorong kawasan ini menjadi destinasi wisata," kata Wakil Gubernur '
        "Sandiaga Uno.\n\nDemikian disampaikannya usai menghadiri peringatan Maulid Nabi."
    )
    assert [q for q in annotate(text) if q.kind == "indirect"] == []


def test_an_uncued_quote_before_a_cued_one_with_no_speaker_before_is_the_cues() -> None:
    text = (
        "Lorenzo finis di belakang Dani Pedrosa dan Marc Marquez.\n\n"
        "“ Podium kemarin merupakan salah satu podium terbaik saya. ”\n\n"
        "“ Saat ini motor kami sangat cepat namun belum komplet, ” ujar Jorge Lorenzo."
    )
    assert speaker_of(annotate(text), "direct", "Podium kemarin") == "Jorge Lorenzo"


def test_a_country_tagged_before_a_persons_name_is_not_part_of_it() -> None:
    text = (
        "Presiden Amerika Serikat Donald Trump bertemu dengan pemimpin Palestina Mahmoud "
        "Abbas di kantornya pada hari Rabu untuk membahas perundingan damai.\n\n"
        '"Saya akan melakukan semua yang diperlukan untuk perdamaian," kata Trump.'
    )
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    at = text.find("Amerika Serikat Donald Trump")
    last = text.rfind("Trump")
    mentions = (
        Mention(span=Span.of(text, at, at + len("Amerika Serikat Donald Trump")), label="PER"),
        Mention(span=Span.of(text, at, at + len("Amerika Serikat")), label="LOC"),
        Mention(span=Span.of(text, last, last + len("Trump")), label="PER"),
    )
    fields = {f: getattr(article, f) for f in ("id", "source", "raw", "text", "sentences")}
    quotes = find_quotes(Article(**fields, mentions=mentions)).quotes
    assert speaker_of(quotes, "direct", "Saya akan") == "Donald Trump"
