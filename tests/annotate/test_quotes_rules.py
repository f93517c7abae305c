"""Quotes: speaker and cue rules, each on a real Indonesian construction."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kilas.annotate.quote_canon import _abbreviates
from kilas.annotate.quote_marks import find_quoted
from kilas.annotate.quote_sentences import sentence_spans
from kilas.annotate.quote_speakers import _whole_occurrences
from kilas.annotate.quotes import find_quotes
from kilas.annotate.sentences import split_sentences
from kilas.model import Article, Mention, PrintedDate, Quote, Span


def annotate(text: str, persons: tuple[str, ...] = (), *, sentences: bool = True) -> Article:
    """The article with its sentences and a PER mention at each occurrence of ``persons``."""
    article = Article(id="t", source="test", raw=text, text=text)
    if sentences:
        article = split_sentences(article)
    mentions = []
    for name in persons:
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(span=Span.of(text, at, at + len(name)), label="PER"))
            at = text.find(name, at + len(name))
    mentions.sort(key=lambda m: m.span.start)
    return find_quotes(Article(**{**_fields(article), "mentions": tuple(mentions)}))


def _fields(article: Article) -> dict[str, object]:
    return {f: getattr(article, f) for f in ("id", "source", "raw", "text", "sentences")}


def only(quotes: tuple[Quote, ...], kind: str, start: str) -> Quote:
    """The one quote of ``kind`` whose text starts with ``start``."""
    hits = [q for q in quotes if q.kind == kind and q.span.text.startswith(start)]
    assert len(hits) == 1, [(q.kind, q.span.text) for q in quotes]
    return hits[0]


def annotate_quotes(text: str, persons: tuple[str, ...] = ()) -> tuple[Quote, ...]:
    """The quotes of ``text``, with a PER mention at each occurrence of ``persons``."""
    return annotate(text, persons).quotes


def speaker_of(quotes: tuple[Quote, ...], kind: str, start: str) -> str | None:
    """The speaker of the one quote of ``kind`` whose text starts with ``start``."""
    return only(quotes, kind, start).speaker


# --------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    "text",
    [
        "” Kami berkomitmen memperkuat kerja sama bilateral, ” kata Menperin.",
        "Investasi sudah masuk.”Kita berharap Poso menjadi primadona investasi, ” ujar Rizal.",
    ],
)
def test_a_closing_curly_mark_can_open_a_quote(text: str) -> None:
    quoted = find_quoted(text, 0, len(text))
    assert [text[q.start : q.end].split()[0] for q in quoted] in (["Kami"], ["Kita"])


def test_a_closing_curly_mark_after_a_comma_still_closes() -> None:
    text = "“Semua berjalan sesuai harapan, ” ujar Riedl."
    quoted = find_quoted(text, 0, len(text))
    assert [text[q.start : q.end] for q in quoted] == ["Semua berjalan sesuai harapan,"]


# --------------------------------------------------------------------------- menurut


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            'Sandiaga Uno memberi pelatihan. "Harus ada kesamaan visi," ujar Sandiaga Uno. '
            "Menurutnya, jika visi dan misinya sama, persahabatan tidak akan rusak.",
            "jika visi dan misinya sama",
        ),
        (
            'Sandiaga Uno memberi pelatihan. "Harus ada kesamaan visi," ujar Sandiaga Uno. '
            "Menurutnya persahabatan tidak akan rusak karena pasang surut usaha.",
            "persahabatan tidak akan rusak",
        ),
    ],
)
def test_menurutnya_goes_to_the_latest_speaker(text: str, start: str) -> None:
    quote = only(annotate(text, ("Sandiaga Uno",)).quotes, "indirect", start)
    assert quote.speaker == "Sandiaga Uno"


def test_menurut_inside_a_sentence_reports_the_whole_sentence() -> None:
    text = (
        "Wakil Ketua DPR Fadli Zon hadir. Buni Yani, menurut Fadli, hanya mengunggah video "
        "yang bersumber dari akun Youtube pemerintah provinsi."
    )
    quote = only(annotate(text, ("Fadli Zon", "Fadli")).quotes, "indirect", "Buni Yani")
    assert quote.speaker == "Fadli Zon"


def test_menurut_without_a_comma_ends_the_speaker_at_the_name() -> None:
    text = "Menurut Fadli tindakan menghasut yang dituduhkan kepada Buni Yani harusnya gugur."
    quote = only(annotate(text).quotes, "indirect", "tindakan menghasut")
    assert quote.speaker == "Fadli"


def test_menurut_a_described_source_then_the_name_after_the_comma() -> None:
    text = (
        "Menurut penuturan peneliti keamanan senior Kaspersky Lab, Seongsu Park, data yang "
        "dicuri meliputi nama pelanggan dan alamat surel."
    )
    quote = only(annotate(text, ("Seongsu Park",)).quotes, "indirect", "data yang dicuri")
    assert quote.speaker == "Seongsu Park"


# --------------------------------------------------------------------------- not said


@pytest.mark.parametrize(
    "sentence",
    [
        "Toto enggan menyebutkan berapa nominal yang diberikan kepada keluarga korban.",
        "Namun Toto belum bisa menjelaskan berapa kali kliennya harus wajib lapor.",
        "Jokowi memang tidak secara khusus mengatakan organisasi mana yang dimaksudnya.",
        "Dalam pidatonya Jokowi mengingatkan tentang Indonesia yang merupakan bangsa majemuk.",
    ],
)
def test_refused_negated_or_topic_only_speech_is_not_a_quote(sentence: str) -> None:
    text = "Presiden Joko Widodo dan pengacara Toto Ruhanto hadir. " + sentence
    assert annotate(text, ("Joko Widodo", "Toto Ruhanto")).quotes == ()


# --------------------------------------------------------------------------- speakers


def test_a_described_speaker_gives_way_to_the_person_named_after_the_comma() -> None:
    text = (
        "Vokalis Maesa Andika Setiawan bebas. "
        '"Mediasi itu untuk memastikan satu poin," ujar kuasa hukum Andika, Toto Ruhanto, '
        "ketika dihubungi, Senin (20/3)."
    )
    quote = only(
        annotate(text, ("Maesa Andika Setiawan", "Andika", "Toto Ruhanto")).quotes,
        "direct",
        "Mediasi",
    )
    assert quote.speaker == "Toto Ruhanto"


def test_a_title_alone_names_whom_the_article_gives_it() -> None:
    text = (
        "Presiden Joko Widodo meminta penegak hukum tidak ragu. "
        '"Kalau ada bukti silakan ditindak," kata Presiden di Istana Merdeka, Rabu (17/5).'
    )
    quote = only(annotate(text, ("Joko Widodo",)).quotes, "direct", "Kalau ada bukti")
    assert quote.speaker == "Joko Widodo"


def test_a_description_with_ini_is_the_person_already_named() -> None:
    text = (
        'Presiden Joko Widodo berbicara. "Kalau PKI muncul gebuk saja," ujar Joko Widodo. '
        "Mantan Gubernur DKI Jakarta ini mengingatkan bahwa dia dipilih oleh rakyat."
    )
    quote = only(annotate(text, ("Joko Widodo",)).quotes, "indirect", "dia dipilih")
    assert quote.speaker == "Joko Widodo"


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Jokowi", "Joko Widodo", True),
        ("Sandi", "Sandiaga Uno", True),
        ("BCL", "Bunga Citra Lestari", True),
        ("SBY", "Susilo Bambang Yudhoyono", True),
        ("Putin", "Vladimir Putin", False),  # a surname: the name index's job
        ("Joko", "Joko Widodo", False),
        ("Budi", "Sandiaga Uno", False),
    ],
)
def test_short_forms_of_a_name(short: str, full: str, expected: bool) -> None:
    assert _abbreviates(short, full) is expected


def test_a_short_form_speaker_gets_the_full_name() -> None:
    text = (
        "Presiden Joko Widodo membuka kongres. "
        '"Agar Jakarta menjadi dingin kembali," kata Jokowi di Jakarta.'
    )
    quote = only(annotate(text, ("Joko Widodo", "Jokowi")).quotes, "direct", "Agar Jakarta")
    assert quote.speaker == "Joko Widodo"


def test_a_name_only_in_a_read_also_headline_is_not_the_speaker() -> None:
    text = (
        "Calon Wakil Gubernur DKI Sandiaga Uno memberi pelatihan wirausaha.\n\n"
        "Baca juga: Prediksi Survei: Anies - Sandi Kalahkan Ahok - Djarot di Pilgub DKI\n\n"
        '"Kita tahu teman sejati itu ada di saat susah," ujar Sandi.'
    )
    mentions = ("Sandiaga Uno", "Sandi Kalahkan Ahok")
    article = annotate(text, mentions)
    quote = only(article.quotes, "direct", "Kita tahu")
    assert quote.speaker == "Sandiaga Uno"


def test_a_person_split_in_two_mentions_is_joined() -> None:
    text = (
        '"Kemenhub akan memanfaatkan hasil perekayasaan BPPT," kata Menteri Perhubungan '
        "Budi Karya Sumadi melalui keterangan resminya."
    )
    quote = only(annotate(text, ("Budi Karya", "Sumadi")).quotes, "direct", "Kemenhub")
    assert quote.speaker == "Budi Karya Sumadi"


def test_an_office_acronym_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Direktur Jenderal Anggaran Kemenkeu Askolani mengungkapkan belanja modal naik. "
        '"Belanja pemerintah sudah jauh lebih agresif," tutur Askolani.'
    )
    article = annotate(text, ("Anggaran Kemenkeu Askolani",))
    assert {q.speaker for q in article.quotes} == {"Askolani"}


# --------------------------------------------------------------------------- no layers


def test_the_stage_runs_without_a_sentences_layer() -> None:
    text = (
        "Kementerian Kesehatan Brazil mengatakan telah mengukuhkan 47 penderita demam kuning. "
        '"Vaksin tambahan sudah dikirim," kata juru bicara kementerian, Ana Souza.'
    )
    with_layer = annotate(text).quotes
    without = annotate(text, sentences=False).quotes
    assert [(q.kind, q.speaker) for q in without] == [(q.kind, q.speaker) for q in with_layer]
    assert {q.kind for q in without} == {"direct", "indirect"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kata dr. Hengky fumigasi aman. Kapal bersih kembali.", 2),
        ("Presiden B. J. Habibie hadir. Ia berpidato.", 2),
        ('"Kami siap," kata Andi. "Kami menang," lanjutnya.', 2),
        ("Baris pertama\nBaris kedua", 2),
    ],
)
def test_fallback_sentence_split(text: str, count: int) -> None:
    assert len(sentence_spans(text)) == count


# --------------------------------------------------------------------------- passive, groups


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Pelatih timnas U-19 Indra Sjafri kecewa. Dinilai Indra, faktor fisik berperan "
            "besar dalam kekalahan Indonesia.",
            "faktor fisik",
            "Indra Sjafri",
        ),
        (
            "Menteri Perindustrian Airlangga Hartarto hadir. Dikatakannya, pemerintah "
            "Afghanistan telah mengambil langkah reformasi.",
            "pemerintah Afghanistan",
            "Airlangga Hartarto",
        ),
        (
            "Direktur Matthew Talbot hadir. Ketersediaan fitur belanja daring disebut Talbot "
            "bisa memudahkan pengguna.",
            "Ketersediaan fitur",
            "Matthew Talbot",
        ),
    ],
)
def test_passive_speech_verbs_with_their_agent(text: str, start: str, speaker: str) -> None:
    persons = ("Indra Sjafri", "Airlangga Hartarto", "Matthew Talbot")
    quote = only(annotate(text, persons).quotes, "indirect", start)
    assert quote.speaker == speaker


def test_a_passive_without_an_agent_is_not_a_quote() -> None:
    text = "Kegiatan organisasi itu dinilai bertentangan dengan Pancasila dan UUD 1945."
    assert annotate(text).quotes == ()


def test_a_group_subject_is_not_one_speaker() -> None:
    text = (
        "Keith Duffy dan Brian McFadden membentuk Boyzlife. Keduanya mengungkapkan tidak "
        "memiliki batasan untuk berbagi rencana lain."
    )
    assert annotate(text, ("Keith Duffy", "Brian McFadden")).quotes == ()


def test_a_ministers_short_title_is_the_minister() -> None:
    text = (
        "Menteri Perindustrian RI Airlangga Hartarto menerima delegasi. "
        "“ Kami berkomitmen memperkuat kerja sama bilateral, ” kata Menperin di Jakarta."
    )
    quote = only(annotate(text, ("Airlangga Hartarto",)).quotes, "direct", "Kami")
    assert quote.speaker == "Airlangga Hartarto"


def test_the_name_that_ends_a_role_phrase_is_the_speaker() -> None:
    text = "“ Sean semakin gendut, ” kata Kepala Urusan Strategis Gedung Putih Steve Bannon."
    quote = only(annotate(text, ("Gedung Putih", "Steve Bannon")).quotes, "direct", "Sean")
    assert quote.speaker == "Steve Bannon"


def test_a_clitic_before_any_speaker_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Pelatih Persebaya Iwan Setiawan mengevaluasi pemainnya usai melawan Madiun Putra FC.\n\n"
        '"Saya akui itu dan ke depan menjadi PR untuk dievaluasi," ujarnya.'
    )
    quote = only(annotate(text, ("Iwan Setiawan", "Madiun Putra FC")).quotes, "direct", "Saya")
    assert quote.speaker == "Iwan Setiawan"


def test_an_english_title_before_the_comma_gives_way_to_the_name() -> None:
    text = (
        "“ Sekarang tinggal keputusan iya atau tidak, ” kata Executive General Manager "
        "Toyota - Astra Motor, Fransiscus Soerjopranoto kepada wartawan."
    )
    quote = only(annotate(text, ("Fransiscus Soerjopranoto",)).quotes, "direct", "Sekarang")
    assert quote.speaker == "Fransiscus Soerjopranoto"


def test_a_noun_object_reports_no_words_unless_bahwa_follows() -> None:
    text = (
        "Presiden Rusia Vladimir Putin mengungkapkan ambisi untuk meningkatkan kerja sama "
        "militer. Putin menyampaikan harapan bahwa Xi dapat berkunjung ke Rusia pada musim semi."
    )
    quotes = annotate(text, ("Vladimir Putin", "Putin")).quotes
    assert [q.span.text for q in quotes] == ["Xi dapat berkunjung ke Rusia pada musim semi"]


def test_a_speaker_in_the_sentence_wins_over_the_report_that_carried_it() -> None:
    text = (
        "Menurut laporan Reuters, Google sendiri mengaku kerja sama demikian merupakan cara "
        "kerja yang kerap mereka lakukan."
    )
    quote = only(annotate(text).quotes, "indirect", "kerja sama demikian")
    assert quote.speaker == "Google"


def test_a_report_alone_is_quoted_as_its_medium() -> None:
    text = (
        "Xi Jinping tiba di Rusia. "
        "Menurut portal berita Rusia Portamur.ru, kedua pemimpin akan menghadiri gala."
    )
    quote = only(annotate(text).quotes, "indirect", "kedua pemimpin")
    assert (quote.speaker, quote.via) == ("Portamur.ru", "Portamur.ru")


def test_words_written_on_something_are_not_a_quote() -> None:
    text = '"Kwon Ji Yong, tipe darah A, 8/18/1988," demikian tertulis di kartu identitasnya.'
    assert annotate(text).quotes == ()


def test_a_nameless_spokesperson_speaks_for_the_organisation() -> None:
    text = (
        "“ Kami selalu punya kebijakan yang jelas dan konsisten, ” tutur seorang juru bicara "
        "Google di California."
    )
    quote = only(annotate(text).quotes, "direct", "Kami")
    assert quote.speaker == "Google"


def test_a_nameless_official_is_unattributed() -> None:
    text = '"Jumlah konferensi pers dikurangi sejak bulan lalu," ujar seorang pejabat pemerintahan.'
    quote = only(annotate(text).quotes, "direct", "Jumlah")
    assert quote.speaker is None


@pytest.mark.parametrize("subject", ["pemerintah", "pihak kepolisian", "jaksa"])
def test_an_institution_named_only_by_its_kind_is_no_speaker(subject: str) -> None:
    text = (
        "Presiden Joko Widodo berpidato di Istana. "
        f"Seperti diketahui, {subject} telah menyatakan bahwa organisasi itu dibubarkan."
    )
    assert annotate(text, ("Joko Widodo",)).quotes == ()


def test_the_date_a_cue_gives_is_kept_with_its_span() -> None:
    text = (
        '"Kami tidak memiliki kontradiksi apapun," ujar Vladimir Putin kepada CCTV, Selasa (17/10).'
    )
    article = Article(
        id="t",
        source="test",
        raw=text,
        text=text,
        published=PrintedDate(value="2023-10-18", text="18/10/2023"),
    )
    quote = only(find_quotes(split_sentences(article)).quotes, "direct", "Kami")
    assert (quote.via, quote.date) == ("CCTV", "2023-10-17")
    assert quote.date_span is not None and quote.date_span.text.startswith("Selasa (17/10")


def test_a_nickname_inside_a_name_is_not_a_quote() -> None:
    text = (
        "Tokoh Masyarakat Poso Hendrik “ Acheo ” Lyanto mengatakan, masyarakat Poso sudah "
        "dewasa dalam hal hidup dalam keragaman."
    )
    assert [q.kind for q in annotate(text).quotes] == ["indirect"]


def test_a_partial_quote_inside_a_sentence_keeps_its_speaker() -> None:
    text = (
        "Kementerian Luar Negeri Tiongkok mengutip Xi Jinping yang mengulangi seruan untuk "
        "“solusi politik” di Ukraina."
    )
    quote = only(annotate(text, ("Xi Jinping",)).quotes, "direct", "solusi politik")
    assert quote.speaker == "Xi Jinping"


def test_a_generic_opening_then_the_persons_name() -> None:
    text = (
        '"Rokok elektronik adalah strategi yang efektif," kata seorang profesor kesehatan '
        "masyarakat Universitas Oxford Susan Jebb."
    )
    quote = only(annotate(text, ("Susan Jebb",)).quotes, "direct", "Rokok")
    assert quote.speaker == "Susan Jebb"


def test_an_inline_cue_with_a_role_placed_before_the_name() -> None:
    text = (
        "Pemerintah Jerman terus mendukung konservasi Candi Borobudur, kata Sekretaris Atase "
        "Pers Kedutaan Jerman di Indonesia, Alexander Thielitz."
    )
    quote = only(annotate(text, ("Alexander Thielitz",)).quotes, "indirect", "Pemerintah")
    assert quote.speaker == "Alexander Thielitz"


def test_a_clause_after_the_comma_is_not_an_apposed_speaker() -> None:
    text = (
        "Gedung Putih mengurangi konferensi pers. Hal itu, ujar seorang pejabat pemerintahan, "
        "dikarenakan sang juru bicara Sean Spicer bertambah gendut."
    )
    assert [q.speaker for q in annotate(text, ("Sean Spicer",)).quotes] == []


def test_a_common_word_inside_a_name_is_kept() -> None:
    text = (
        '"Tahun ini kita mulai dengan tol laut," jelas Menhub Budi Karya Sumadi. '
        '"Adanya tol laut dapat mengurangi disparitas harga," papar Budi.'
    )
    quotes = annotate(text).quotes
    assert {q.speaker for q in quotes} == {"Budi Karya Sumadi"}


# ------------------------------------------------------------ titles, pronouns, epithets


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
    assert (
        speaker_of(annotate_quotes(text), "direct", "F" if "Fumigasi" in text else "Ya") == speaker
    )


def test_a_pronoun_after_reported_speech_is_its_speaker_not_a_name_in_the_sentence() -> None:
    text = (
        "Jerman terus mendukung konservasi Candi Borobudur, kata Sekretaris Atase Pers "
        "Kedutaan Jerman di Indonesia, Alexander Thielitz.\n\n"
        '"Tahun ini tahun keenam dukungan kami," katanya.'
    )
    quotes = annotate_quotes(text, ("Candi Borobudur", "Alexander Thielitz"))
    assert only(quotes, "direct", "Tahun ini").speaker == "Alexander Thielitz"


def test_pronouns_are_read_in_text_order_after_a_named_report() -> None:
    text = (
        "Direktur Taman Wisata Candi Borobudur, Edy Setijono, mengatakan kegiatan itu "
        'digelar malam ini.\n\n"Ini tahun kedua kami ikut serta," katanya.\n\n'
        "Ia menuturkan kegiatan itu bentuk kepedulian perusahaan kepada perempuan."
    )
    quotes = annotate_quotes(text, ("Candi Borobudur", "Edy Setijono"))
    assert only(quotes, "direct", "Ini tahun").speaker == "Edy Setijono"
    assert only(quotes, "indirect", "kegiatan itu bentuk").speaker == "Edy Setijono"


def test_a_generic_phrase_that_ends_with_a_name_is_that_person() -> None:
    text = (
        '"Rokok elektronik membantu orang berhenti merokok," kata seorang profesor '
        "kesehatan masyarakat Universitas oxford Susan Jebb."
    )
    assert speaker_of(annotate_quotes(text), "direct", "Rokok") == "Susan Jebb"


def test_an_uncued_quote_right_after_reported_speech_continues_its_speaker() -> None:
    text = (
        "Menurut Alexander Thielitz dana kemitraan itu mencapai 600 ribu euro.\n\n"
        '"Dana tersebut diberikan kepada UNESCO di Paris lalu diteruskan ke Jakarta.'
    )
    assert speaker_of(annotate_quotes(text), "direct", "Dana tersebut") == "Alexander Thielitz"


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
    assert [q for q in annotate_quotes(sentence) if q.kind == "indirect"] == []


def test_the_person_of_a_rejected_feeling_is_still_the_one_menurutnya_means() -> None:
    text = (
        "Kepala Mekanik Mercedes Toto Wolff mengaku kecewa dengan performa mobilnya. "
        "Menurutnya, mobil itu tidak cukup kencang di Albert Park."
    )
    quotes = annotate_quotes(text, ("Sebastian Vettel", "Toto Wolff"))
    assert only(quotes, "indirect", "mobil itu").speaker == "Toto Wolff"


def test_a_title_case_phrase_inside_a_sentence_is_a_name_not_a_quote() -> None:
    text = (
        'Direktur Utama Edy Setijono mengatakan kegiatan "Orange The World" itu bentuk '
        "komitmen perusahaan untuk perempuan."
    )
    assert [q for q in annotate_quotes(text) if q.kind == "direct"] == []


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
    assert speaker_of(annotate_quotes(text), "indirect", start) == speaker


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
    assert [q.speaker for q in annotate_quotes(text) if q.kind == "direct"][:1] == [speaker]


def test_a_title_and_a_firm_before_a_name_are_not_part_of_it() -> None:
    text = (
        "Kepada wartawan, CMO Jakmall Tommy Lim mengungkapkan layanan itu tumbuh pesat.\n\n"
        '"Jakmall hadir dengan beragam produk untuk perempuan," kata Tommy.'
    )
    quotes = annotate_quotes(text)
    assert only(quotes, "direct", "Jakmall hadir").speaker == "Tommy Lim"
    assert only(quotes, "indirect", "layanan itu").speaker == "Tommy Lim"


def test_a_closing_attribution_after_the_quote_is_not_reported_speech() -> None:
    text = (
        '"Kita akan dorong kawasan ini menjadi destinasi wisata," kata Wakil Gubernur '
        "Sandiaga Uno.\n\nDemikian disampaikannya usai menghadiri peringatan Maulid Nabi."
    )
    assert [q for q in annotate_quotes(text) if q.kind == "indirect"] == []


def test_an_uncued_quote_before_a_cued_one_with_no_speaker_before_is_the_cues() -> None:
    text = (
        "Lorenzo finis di belakang Dani Pedrosa dan Marc Marquez.\n\n"
        "“ Podium kemarin merupakan salah satu podium terbaik saya. ”\n\n"
        "“ Saat ini motor kami sangat cepat namun belum komplet, ” ujar Jorge Lorenzo."
    )
    assert speaker_of(annotate_quotes(text), "direct", "Podium kemarin") == "Jorge Lorenzo"


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
    assert only(quotes, "direct", "Saya akan").speaker == "Donald Trump"


# ------------------------------------------------------- objects, links, descriptions


def test_a_speech_verb_with_a_noun_object_reports_nothing() -> None:
    text = (
        "Tahun lalu Brasil hanya mengumumkan tujuh kasus demam kuning.\n\n"
        "Dalam pelatihan itu Sandi menjawab beberapa pertanyaan dari mahasiswa.\n\n"
        "Melalui akun resminya, Persija mengumumkan fasilitas baru klub itu untuk lawatan."
    )
    assert [q.span.text for q in annotate_quotes(text, ("Sandi",))] == []


def test_a_speech_verb_with_a_clause_after_it_reports_the_clause() -> None:
    text = (
        "Direktur Jakmall Tommy Lim mengungkapkan layanan itu tumbuh pesat.\n\n"
        "Brasil mengumumkan, tujuh kasus demam kuning sudah dipastikan."
    )
    quotes = annotate_quotes(text, ("Tommy Lim",))
    assert only(quotes, "indirect", "layanan itu").speaker == "Tommy Lim"
    assert only(quotes, "indirect", "tujuh kasus").speaker == "Brasil"


def test_menulis_reports_words_only_before_bahwa() -> None:
    text = (
        "Psikolog Lisa Firestone menulis dalam Psychology Today bahwa hubungan bisa goyah "
        "saat Anda berhenti membuka diri.\n\n"
        "Firestone juga menulis buku tentang hubungan suami istri."
    )
    quotes = annotate_quotes(text, ("Lisa Firestone", "Firestone"))
    assert [(q.span.text[:13], q.speaker) for q in quotes] == [("hubungan bisa", "Lisa Firestone")]


def test_a_nameless_subject_gives_way_to_the_next_speech_verb() -> None:
    text = (
        "Profesor Linda Bauld meneliti rokok elektronik.\n\n"
        "Kendati menilai jauh lebih aman, Bauld menekankan timnya tidak mendukung promosi "
        "rokok elektronik bagi bukan perokok."
    )
    quotes = annotate_quotes(text, ("Linda Bauld", "Bauld"))
    assert only(quotes, "indirect", "timnya tidak").speaker == "Linda Bauld"


def test_a_pronoun_after_a_setting_is_the_subject() -> None:
    text = (
        '"Kami ingin melanjutkan kisah Furiosa," kata sutradara George Miller.\n\n'
        "Akan tetapi, saat itu ia mengatakan masih akan menangani proyek skala kecil."
    )
    quotes = annotate_quotes(text, ("George Miller",))
    assert only(quotes, "indirect", "masih akan").speaker == "George Miller"


def test_a_capitalised_word_with_nya_is_not_a_name() -> None:
    text = "Pengembangnya mengklaim teknologi itu sanggup memperbesar gambar tanpa kabur."
    assert annotate_quotes(text) == ()


def test_a_relative_of_a_named_person_is_not_that_person() -> None:
    text = (
        "Pesulap Edison mengalami kecelakaan saat latihan.\n\n"
        '"Hari ini sudah bisa keluar dari ruang ICU," tulis kerabat Edison di media sosial.'
    )
    assert speaker_of(annotate_quotes(text, ("Edison",)), "direct", "Hari ini") is None


def test_a_description_that_is_not_a_person_does_not_refer_back() -> None:
    text = (
        '"Kamera ini yang terbaik," kata Tim Cook.\n\n'
        "Sementara itu, bocoran yang beredar di internet mengatakan bahwa ponsel itu "
        "dibekali memori 3 GB."
    )
    quotes = annotate_quotes(text, ("Tim Cook",))
    assert [q.kind for q in quotes] == ["direct"]


def test_a_person_in_an_appositive_wins_over_a_description_before_it() -> None:
    text = (
        "Petenis tunggal putra nomor satu dunia, Rafael Nadal, mengaku bakal pensiun apabila "
        "tidak lagi memiliki motivasi."
    )
    quotes = annotate_quotes(text, ("Rafael Nadal",))
    assert only(quotes, "indirect", "bakal pensiun").speaker == "Rafael Nadal"


def test_menurut_a_statement_noun_names_who_made_it() -> None:
    text = (
        "Kebakaran melanda rumah Budi Santoso di Bekasi.\n\n"
        "Menurut keterangan Budi Santoso, api bermula dari dapur rumahnya.\n\n"
        "Menurut pengakuannya, ia sedang tidur saat api membesar."
    )
    quotes = annotate_quotes(text, ("Budi Santoso",))
    assert only(quotes, "indirect", "api bermula").speaker == "Budi Santoso"
    assert only(quotes, "indirect", "ia sedang").speaker == "Budi Santoso"


def test_an_organisation_keeps_its_own_name() -> None:
    text = (
        "Layanan Apple Pay kini hadir di lebih banyak negara.\n\n"
        "Apple mengklaim kamera barunya mampu menghasilkan foto yang lebih baik."
    )
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    at = text.find("Apple mengklaim")
    mentions = (Mention(span=Span.of(text, at, at + len("Apple")), label="ORG"),)
    fields = {f: getattr(article, f) for f in ("id", "source", "raw", "text", "sentences")}
    quotes = find_quotes(Article(**fields, mentions=mentions)).quotes
    assert only(quotes, "indirect", "kamera barunya").speaker == "Apple"


def test_a_bare_cue_opening_a_sentence_reports_the_clause_after_its_comma() -> None:
    text = (
        "Rizieq sudah lama berada di luar negeri, kata kuasa hukumnya Sugito Atmo Pawiro yang "
        "ditemui di kantornya.\n\n"
        "Kata Sugito, kliennya akan menghadiri milad FPI pada 17 Agustus.\n\n"
        "Katanya, ia juga akan menemui para pendukungnya.\n\n"
        "Kata kunci itu tidak muncul dalam dokumen."
    )
    quotes = annotate_quotes(text, ("Sugito Atmo Pawiro", "Sugito"))
    assert [(q.span.text[:12], q.speaker) for q in quotes] == [
        ("kliennya aka", "Sugito Atmo Pawiro"),
        ("ia juga akan", "Sugito Atmo Pawiro"),
    ]


def test_dianggap_with_an_agent_is_reported_speech() -> None:
    text = (
        "Pelatih Indra Sjafri memanggil 30 pemain.\n\n"
        "Sebelumnya, para pemain yang berlatih di luar negeri dianggap Indra memiliki "
        "kemampuan fisik di bawah pemain lokal."
    )
    quotes = annotate_quotes(text, ("Indra Sjafri", "Indra"))
    assert only(quotes, "indirect", "Sebelumnya, para pemain").speaker == "Indra Sjafri"


def test_demikian_pernyataan_names_the_speaker_of_the_quote_before() -> None:
    text = (
        "Presiden klub Sihar Sitorus mengirim surat ke PSSI.\n\n"
        '"Tidak adanya kepastian jadwal membuat kami mundur dari kompetisi," demikian '
        "pernyataan Sihar dalam surat tersebut."
    )
    quotes = annotate_quotes(text, ("Sihar Sitorus", "Sihar"))
    assert speaker_of(quotes, "direct", "Tidak adanya") == "Sihar Sitorus"


def test_a_study_speaks_for_the_institution_it_names_else_for_no_one() -> None:
    text = (
        '"Kami meneliti perilaku pekerja selama dua puluh tahun," ungkap penelitian dari '
        "Indiana University ini.\n\n"
        "Daun mint dipercaya meredakan asma.\n\n"
        '"Panaskan minyak mustard kemudian campur dengan daun mint," terang penelitian ini.'
    )
    quotes = annotate_quotes(text)
    assert speaker_of(quotes, "direct", "Kami meneliti") == "Indiana University"
    assert speaker_of(quotes, "direct", "Panaskan") is None


def test_pemerintah_and_a_country_is_the_government() -> None:
    text = "Pemerintah Brasil mengatakan telah mengirim dua juta dosis vaksin ke Minas Gerais."
    quotes = annotate_quotes(text, ("Brasil",))  # the tagger takes the country for a person
    assert only(quotes, "indirect", "telah mengirim").speaker == "Pemerintah Brasil"


def test_dan_inside_an_organisations_name_does_not_end_the_subject() -> None:
    text = (
        "Dirjen Aplikasi Informatika Kementerian Komunikasi dan Informatika Semuel Abrijani "
        "Pangerapan mengatakan media abal-abal harus mendaftar ke Dewan Pers."
    )
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    org = "Kementerian Komunikasi dan Informatika"
    person = "Semuel Abrijani Pangerapan"
    at, p_at = text.find(org), text.find(person)
    mentions = (
        Mention(span=Span.of(text, at, at + len(org)), label="ORG"),
        Mention(span=Span.of(text, p_at, p_at + len(person)), label="LOC"),  # a tagger slip
    )
    fields = {f: getattr(article, f) for f in ("id", "source", "raw", "text", "sentences")}
    quotes = find_quotes(Article(**fields, mentions=mentions)).quotes
    assert only(quotes, "indirect", "media abal-abal").speaker == person


def test_a_name_written_with_a_nickname_is_one_person() -> None:
    text = (
        "Tokoh Masyarakat Poso Hendrik “ Acheo ” Lyanto mengatakan, masyarakat Poso sudah "
        "dewasa.\n\n"
        "“ Poso siap menyambut wisatawan dari mana saja, ” ujar Acheo.\n\n"
        "Hendrik mengatakan, festival tahun ini yang terbesar."
    )
    quotes = annotate_quotes(text, ("Hendrik", "Acheo", "Lyanto"))
    assert [q.speaker for q in quotes] == ["Hendrik Lyanto"] * 3


def test_a_place_after_di_is_not_the_speaker_even_when_tagged_a_person() -> None:
    text = (
        "Kepala Kantor Wilayah Kemenkumham Bali Ida Bagus Ketut Adnyana di Denpasar, Sabtu, "
        "mengatakan bahwa Corby telah menaati semua ketentuan pembebasan bersyarat."
    )
    quotes = annotate_quotes(text, ("Ida Bagus Ketut Adnyana", "Denpasar"))
    assert only(quotes, "indirect", "Corby telah").speaker == "Ida Bagus Ketut Adnyana"


def test_a_demonstrative_description_opening_with_a_person_noun_refers_back() -> None:
    text = (
        '"Film ini mengajarkan kita untuk berempati," kata Aura Kasih di Jakarta.\n\n'
        "Pelantun ' Mari Bercinta ' ini mengaku tak perlu pikir panjang saat ditawari peran."
    )
    quotes = annotate_quotes(text, ("Aura Kasih", "Mari Bercinta"))  # the song taken for a name
    assert only(quotes, "indirect", "tak perlu").speaker == "Aura Kasih"


def test_a_common_noun_with_a_relative_clause_names_no_one() -> None:
    text = (
        "Tim yang mendampingi pertemuan Trump dengan Jack Ma mengatakan, kedua tokoh fokus "
        "pada lapangan pekerjaan."
    )
    assert annotate_quotes(text, ("Trump", "Jack Ma")) == ()


def test_memberitahu_reports_the_clause_after_the_addressee_and_bahwa() -> None:
    text = (
        "Calon presiden dari partai itu, Donald Trump, pada hari Minggu memberitahu Perdana "
        "Menteri Israel Benjamin Netanyahu bahwa jika dia terpilih maka Amerika Serikat akan "
        "mengakui Yerusalem sebagai ibu kota Israel.\n\n"
        "Trump juga memberitahu wartawan jadwal kunjungannya."
    )
    quotes = annotate_quotes(text, ("Donald Trump", "Trump", "Benjamin Netanyahu"))
    assert [(q.span.text[:16], q.speaker) for q in quotes] == [("jika dia terpili", "Donald Trump")]


def test_menurut_informasi_dari_names_the_source_after_dari() -> None:
    text = (
        "Menurut informasi dari Kanit Laka Polres Bogor Ipda Asep Saepudin, pengemudi bus itu "
        "tidak mengantongi SIM."
    )
    quotes = annotate_quotes(text, ("Asep Saepudin",))
    assert only(quotes, "indirect", "pengemudi bus").speaker == "Asep Saepudin"


def test_a_cue_closing_the_paragraph_with_a_colon_announces_the_next_quote() -> None:
    text = (
        "Chief Marketing Officer XDana Anita Abdulkadir kepada DailySocial menjelaskan:\n\n"
        "“ XDana sebagai perusahaan yang memasarkan reksa dana menggunakan pendekatan "
        "teknologi. ”\n\n"
        "Anita melanjutkan, “ Secara terus menerus kami mengedukasi calon investor. ”"
    )
    article = split_sentences(Article(id="t", source="test", raw=text, text=text))
    whole = "Chief Marketing Officer XDana Anita Abdulkadir"
    mentions = (Mention(span=Span.of(text, 0, len(whole)), label="PER"),)  # as the tagger has it
    fields = {f: getattr(article, f) for f in ("id", "source", "raw", "text", "sentences")}
    quotes = find_quotes(Article(**fields, mentions=mentions)).quotes
    assert only(quotes, "direct", "XDana sebagai").speaker == "Anita Abdulkadir"


def test_an_appositive_opening_with_a_rank_is_the_name_part() -> None:
    text = (
        "Kasubbag Humas Polres Metro Jakbar, Kompol Purnomo, mengungkapkan, dalam razia itu "
        "pihaknya melakukan tes urine kepada 130 pengunjung."
    )
    quotes = annotate_quotes(text)
    assert only(quotes, "indirect", "dalam razia").speaker == "Purnomo"


def test_tak_lupa_before_a_speech_verb_is_not_a_negation() -> None:
    text = (
        "SteelSeries tak lupa menambahkan bahwa sensor ekstranya masih bisa bekerja secara "
        "presisi.\n\n"
        "SteelSeries tidak menjelaskan harga mouse tersebut di Indonesia."
    )
    quotes = annotate_quotes(text)
    assert [(q.span.text[:16], q.speaker) for q in quotes] == [("sensor ekstranya", "SteelSeries")]


def test_mengatakan_hal_tersebut_refers_to_words_said_before() -> None:
    text = (
        "Marquez mengatakan bahwa Indonesia layak memiliki sirkuit balap.\n\n"
        "Marquez mengatakan hal tersebut dalam konferensi pers jelang GP Argentina."
    )
    quotes = annotate_quotes(text, ("Marquez",))
    assert [q.span.text[:9] for q in quotes] == ["Indonesia"]


def test_a_role_after_the_comma_leaves_the_name_before_it() -> None:
    text = (
        "Djoko Hariyanto, Kepala Unit Pelaksana Teknis Lokawisata Baturraden menyebut dua "
        "wahana baru tersebut adalah sepeda gantung dan ayunan."
    )
    quotes = annotate_quotes(text, ("Djoko Hariyanto",))
    assert only(quotes, "indirect", "dua wahana").speaker == "Djoko Hariyanto"


def test_bahwa_after_menurut_x_is_not_part_of_the_clause() -> None:
    text = "Menurut Kamhar Lakumani, bahwa Agus turun menyapa masyarakat di Jembatan Besi."
    quotes = annotate_quotes(text, ("Kamhar Lakumani",))
    assert only(quotes, "indirect", "Agus turun").speaker == "Kamhar Lakumani"


def test_a_role_with_an_origin_describes_someone_named_before() -> None:
    text = (
        '"Theo Walcott mungkin tidak akan bermain besok," kata Arsene Wenger.\n\n'
        '"Hari ini kami memiliki 21 pemain dalam kondisi fit," sambung pelatih asal Prancis.'
    )
    quotes = annotate_quotes(text, ("Arsene Wenger",))
    assert speaker_of(quotes, "direct", "Hari ini") == "Arsene Wenger"


def test_a_derived_noun_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Menteri Kordinator Bidang Kemaritiman Luhut Binsar Panjaitan mengatakan pemerintah "
        "masih melakukan kajian ganjil genap untuk arus mudik."
    )
    quotes = annotate_quotes(text, ("Kemaritiman Luhut Binsar Panjaitan",))
    assert only(quotes, "indirect", "pemerintah masih").speaker == "Luhut Binsar Panjaitan"


def test_a_subject_addressing_the_reader_names_no_one() -> None:
    text = (
        '"Saya bangga padamu," kata Rina Wulandari.\n\n'
        "Ibu Anda selalu mengatakan kepada orang lain betapa bangganya ia dengan Anda."
    )
    quotes = annotate_quotes(text, ("Rina Wulandari",))
    assert [q.kind for q in quotes] == ["direct"]


def test_a_source_close_to_a_person_is_not_that_person() -> None:
    text = (
        "Kylie Jenner melahirkan anak pertamanya pekan lalu.\n\n"
        "Seorang sumber terdekat dengan Jenner mengungkapkan kepada People bila pengusaha "
        "kosmetik itu selalu menghabiskan waktunya bersama sang bayi."
    )
    assert annotate_quotes(text, ("Kylie Jenner", "Jenner")) == ()


def test_a_police_rank_written_with_pol_is_not_part_of_the_name() -> None:
    text = (
        "Kadiv Humas Polri Irjen Pol Boy Rafli Amar mengatakan polisi terus memantau "
        "jaringan tersebut."
    )
    quotes = annotate_quotes(text, ("Pol Boy Rafli Amar",))
    assert only(quotes, "indirect", "polisi terus").speaker == "Boy Rafli Amar"


def test_an_opening_adverb_is_not_part_of_the_subject() -> None:
    text = (
        "Sebelumnya para pemohon menilai secara formil Perppu Ormas telah menyalahi prosedur.\n\n"
        "Sementara pihak Lion Air membantah terjadi kebocoran avtur pada pesawat tersebut."
    )
    quotes = annotate_quotes(text)
    assert [(q.span.text[:10], q.speaker) for q in quotes] == [("terjadi ke", "Lion Air")]


def test_a_law_or_data_is_no_speaker() -> None:
    text = (
        "Undang-Undang Thailand tahun 1948 juga telah menjelaskan bahwa pendapatan kerajaan "
        "hanya dapat digunakan oleh raja."
    )
    assert annotate_quotes(text) == ()


def test_demikian_and_a_name_after_a_quote_is_its_speaker() -> None:
    text = (
        "Rencana itu ditentang kelompok suporter Manchester United.\n\n"
        "“ Kami tidak mengerti mengapa fans harus dikorbankan, ” demikian MUST kepada Daily "
        "Mail."
    )
    quote = only(annotate_quotes(text), "direct", "Kami tidak")
    assert (quote.speaker, quote.via) == ("MUST", "Daily Mail")


def test_a_speech_verb_closing_the_sentence_before_announces_the_quote() -> None:
    text = (
        "Fitur itu kini tersedia di Amerika Serikat. Dalam pernyataannya, Facebook mengatakan. "
        "“ Dengan memudahkan pencarian berita, kami ingin orang lebih mudah mendapat informasi. ”"
    )
    assert speaker_of(annotate_quotes(text), "direct", "Dengan memudahkan") == "Facebook"


def test_saran_is_a_cue() -> None:
    text = (
        "Peneliti Kathy Barbour meneliti konsumsi protein perempuan.\n\n"
        '"Gagal jantung adalah hal yang bisa dicegah dengan pola makan," saran Barbour.'
    )
    quotes = annotate_quotes(text, ("Kathy Barbour", "Barbour"))
    assert speaker_of(quotes, "direct", "Gagal jantung") == "Kathy Barbour"


def test_the_region_after_a_regional_role_is_not_part_of_the_name() -> None:
    text = (
        "Pemkab Lamongan memberi santunan kepada keluarga almarhum.\n\n"
        "“ Wajar bila diberikan penghargaan sebagai pahlawan, ” ucap Bupati Lamongan Fadeli.\n\n"
        "Gubernur Jawa Barat Ridwan Kamil mengatakan provinsi akan membantu biaya sekolah anak "
        "almarhum."
    )
    quotes = annotate_quotes(text, ("Lamongan Fadeli", "Jawa Barat Ridwan Kamil"))
    assert [q.speaker for q in quotes] == ["Fadeli", "Ridwan Kamil"]


# ------------------------------------------------------------ names of speakers (round 3)


def test_a_short_name_becomes_the_one_longer_name_it_is_part_of() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati membuka rapat kerja di Jakarta.\n\n"
        '"Penerimaan pajak harus naik tahun depan," kata Sri Mulyani.\n\n'
        "Aktor Robert De Niro juga hadir.\n\n"
        '"Saya hanya penonton di sini," ujar De Niro.'
    )
    quotes = annotate_quotes(
        text, ("Sri Mulyani Indrawati", "Sri Mulyani", "Robert De Niro", "De Niro")
    )
    assert speaker_of(quotes, "direct", "Penerimaan pajak") == "Sri Mulyani Indrawati"
    assert speaker_of(quotes, "direct", "Saya hanya") == "Robert De Niro"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Kabid Humas Polda Bali AKBP I Wayan Sudarma", "I Wayan Sudarma"),
        ("Kasat Reskrim Kompol Putu Hendra Wijaya", "Putu Hendra Wijaya"),
        ("Koordinator Wilayah Indonesia I Andi Wahyudi", "Andi Wahyudi"),
    ],
)
def test_balinese_name_words_before_a_name_belong_to_it(role: str, expected: str) -> None:
    name = expected.split(maxsplit=1)[1] if expected.startswith(("I ", "Putu ")) else expected
    text = f'"Kami sudah memeriksa dua saksi," kata {role}.'
    assert speaker_of(annotate_quotes(text, (name,)), "direct", "Kami sudah") == expected


def test_an_acronym_tagged_as_a_person_is_not_what_dia_refers_to() -> None:
    text = (
        "Ketua Peradi Hermansyah Dulaimi menilai ada pelanggaran etik.\n\n"
        "KPK menahan pengacara itu sejak Sabtu.\n\n"
        '"Tidak ada ketentuan itu," kata dia.\n\n'
        "Juru bicara KPK Febri Diansyah mengatakan berkas segera lengkap."
    )
    quotes = annotate_quotes(text, ("Hermansyah Dulaimi", "KPK", "Febri Diansyah"))
    assert speaker_of(quotes, "direct", "Tidak ada") == "Hermansyah Dulaimi"


def test_a_name_written_with_a_spaced_hyphen_is_one_name() -> None:
    text = (
        '"Kami percaya kepadanya," tutur CEO Bayern, Karl - Heinz Rummenigge, di laman klub.\n\n'
        '"Dia pelatih yang sempurna," lanjutnya.'
    )
    quotes = annotate_quotes(text, ("Karl", "Heinz Rummenigge"))
    assert speaker_of(quotes, "direct", "Kami percaya") == "Karl - Heinz Rummenigge"
    assert speaker_of(quotes, "direct", "Dia pelatih") == "Karl - Heinz Rummenigge"


def test_a_star_word_and_a_country_before_a_name_are_not_part_of_it() -> None:
    text = "Bintang Brasil Kaka mengungkapkan bahwa ia pernah menolak tawaran City."
    quotes = annotate_quotes(text, ("Bintang Brasil Kaka",))
    assert speaker_of(quotes, "indirect", "ia pernah") == "Kaka"


def test_a_team_the_text_names_alone_is_not_part_of_its_coach_name() -> None:
    text = (
        "Petro Kimia menang 3-2 atas Popsivo.\n\n"
        "Pelatih Petro Kimia Moch Hanafiah mengakui pemain tampil lepas.\n\n"
        '"Mereka tidak terbebani," ucap Hanafiah.'
    )
    quotes = annotate_quotes(text, ("Petro Kimia", "Petro Kimia Moch Hanafiah", "Hanafiah"))
    assert speaker_of(quotes, "indirect", "pemain tampil") == "Moch Hanafiah"


def test_a_pair_of_candidates_joined_by_a_hyphen_stays_two_people() -> None:
    text = (
        "Pasangan Ahok - Djarot Saiful Hidayat unggul di hitung cepat.\n\n"
        '"Kami bersyukur atas kepercayaan warga," kata Ahok.'
    )
    quotes = annotate_quotes(text, ("Ahok", "Djarot Saiful Hidayat"))
    assert speaker_of(quotes, "direct", "Kami bersyukur") == "Ahok"


def test_a_person_acronym_is_still_an_antecedent() -> None:
    text = (
        "Menteri Pertahanan Prabowo Subianto mengatakan anggaran cukup.\n\n"
        "Mantan presiden Susilo Bambang Yudhoyono hadir di acara itu. SBY berdiri di podium.\n\n"
        '"Kita harus bersatu," ujarnya.'
    )
    quotes = annotate_quotes(text, ("Prabowo Subianto", "Susilo Bambang Yudhoyono", "SBY"))
    assert speaker_of(quotes, "direct", "Kita harus") == "Susilo Bambang Yudhoyono"


# ------------------------------------------------------- cues inside a sentence (round 3)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Jadi, katanya, bagi wisatawan yang datang terlambat ada jadwal tambahan.", "Jadi,"),
        ("Setelah lahan dibebaskan, lanjutnya maka tim appraisal akan menghitung.", "Setelah"),
        ("Bengkulu lanjut dia perlu membuka destinasi wisata baru.", "Bengkulu"),
        ("Sebetulnya kata Dahanan, penonton asing makin banyak tahun ini.", "Sebetulnya"),
    ],
)
def test_a_cue_inside_a_sentence_reports_the_whole_sentence(sentence: str, start: str) -> None:
    text = f'"Penonton kami stabil," kata pimpinan sanggar Dahanan.\n\n{sentence}'
    quotes = annotate_quotes(text, ("Dahanan",))
    quote = only(quotes, "indirect", start)
    assert quote.speaker == "Dahanan"
    assert quote.span.text == sentence.rstrip(".")


def test_a_common_word_before_a_cue_word_is_no_cue() -> None:
    text = "Harga cabai naik tajam pekan ini.\n\nPedagang itu tambah Rp5.000 per kilo."
    assert annotate_quotes(text, ()) == ()


def test_cuit_is_a_cue() -> None:
    text = '"Fokus saja ke terorisme di negerimu," cuit Trump.'
    quotes = annotate_quotes(text, ("Trump",))
    assert speaker_of(quotes, "direct", "Fokus saja") == "Trump"


def test_membeberkan_and_beranggapan_report_speech() -> None:
    text = (
        "Kapolsek Suwarno membeberkan, sembilan siswa itu dibawa ke panti sosial malam ini.\n\n"
        "Politikus Golkar Fahmi Idris beranggapan partai bisa menarik dukungan."
    )
    quotes = annotate_quotes(text, ("Suwarno", "Fahmi Idris"))
    assert speaker_of(quotes, "indirect", "sembilan siswa") == "Suwarno"
    assert speaker_of(quotes, "indirect", "partai bisa") == "Fahmi Idris"


def test_an_untagged_surname_opening_a_sentence_is_what_ia_refers_to() -> None:
    text = (
        "Aktor Robert De Niro mengkritik calon presiden itu.\n\n"
        '"Kata-katanya kotor," tulis Jon Voight di Twitter.\n\n'
        "De Niro akhirnya menanggapi kritik itu. Ia mengatakan, Voight pria yang baik.\n\n"
        '"Partai itu akan menghancurkan diri sendiri," tuturnya.'
    )
    # the tagger found only the full name and Voight; "De Niro" is left untagged
    quotes = annotate_quotes(text, ("Robert De Niro", "Jon Voight"))
    assert speaker_of(quotes, "indirect", "Voight pria") == "Robert De Niro"
    assert speaker_of(quotes, "direct", "Partai itu") == "Robert De Niro"


def test_an_uncued_quote_after_a_pronoun_subject_is_that_persons() -> None:
    text = (
        '"Saya sudah titip salam lewat asistennya," ungkap Angel Lelga di rumah sakit.\n\n'
        "Melihat kondisi sahabatnya, ia tak henti berdoa. Ia pun berharap Jupe tetap semangat.\n\n"
        '"Harapan saya semoga Jupe tetap semangat dan cepat pulih dari sakitnya."\n\n'
        "Dokter masih memantau kondisi pasien.\n\n"
        '"Kondisi pasien seperti ini memang naik turun setiap hari di rumah sakit."'
    )
    quotes = annotate_quotes(text, ("Angel Lelga",))
    assert speaker_of(quotes, "direct", "Harapan saya") == "Angel Lelga"
    assert speaker_of(quotes, "direct", "Kondisi pasien") is None


def test_a_subject_after_a_dateline_is_read_from_the_dateline_on() -> None:
    text = "Jakarta, CNN Indonesia -- Kementerian Kesehatan menyatakan kasus baru terus menurun."
    quotes = annotate_quotes(text, ())
    assert speaker_of(quotes, "indirect", "kasus baru") == "Kementerian Kesehatan"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Kapolres Dicky Hermawan menjelaskan empat bus disiagakan di seberang pos.", True),
        ("Kapolres Dicky Hermawan mengumumkan tujuh kasus yang dilaporkan pekan lalu.", False),
        ("Kapolres Dicky Hermawan menjelaskan beberapa pertanyaan yang diajukan warga.", False),
    ],
)
def test_a_number_opens_a_clause_when_a_passive_verb_follows_it(
    sentence: str, reported: bool
) -> None:
    quotes = annotate_quotes(sentence, ("Dicky Hermawan",))
    assert bool([q for q in quotes if q.kind == "indirect"]) is reported


@pytest.mark.parametrize(
    "sentence",
    [
        "Aktor Jon Voight mengaku prihatin dengan pernyataan rekannya itu.",
        "Kelompok militan ISIS mengklaim serangan di kuil tersebut.",
    ],
)
def test_a_feeling_or_a_claimed_deed_is_not_reported_speech(sentence: str) -> None:
    assert [q for q in annotate_quotes(sentence, ("Jon Voight",)) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Bayern mengonfirmasi bahwa Heynckes kembali menangani tim hingga akhir musim.", True),
        ("Polisi Malaysia mengonfirmasi serangan pertama di negeri itu.", False),
        ("Theresa May mengulang pandangannya bahwa presiden itu bertindak salah.", True),
        ("Theresa May mengulangi kesalahan yang sama.", False),
    ],
)
def test_mengonfirmasi_and_mengulang_report_a_clause_not_an_object(
    sentence: str, reported: bool
) -> None:
    quotes = annotate_quotes(sentence, ("Theresa May",))
    assert bool([q for q in quotes if q.kind == "indirect"]) is reported


def test_a_speaker_who_withholds_the_name_is_no_one() -> None:
    text = (
        "Kepala Rutan Budi Santoso membantah ada pungutan.\n\n"
        '"Aku diminta bayar lima juta kalau mau suamiku dipindah," kata ibu berlogat Batak '
        "yang enggan menyebutkan namanya."
    )
    quotes = annotate_quotes(text, ("Budi Santoso",))
    assert speaker_of(quotes, "direct", "Aku diminta") is None


def test_a_rank_inside_a_tagged_name_ends_the_words_before_the_name() -> None:
    text = (
        "Mahasiswi itu sudah ditemukan. Hal tersebut dikatakan Kasat Reskrim Polresta Depok "
        "Kompol Putu Kholis Aryana.\n\n"
        '"Korban ditemukan malam tadi di rumah kerabatnya," ujarnya.'
    )
    quotes = annotate_quotes(text, ("Reskrim Polresta Depok Kompol Putu Kholis Aryana",))
    assert speaker_of(quotes, "direct", "Korban ditemukan") == "Putu Kholis Aryana"


@pytest.mark.parametrize(
    "middle",
    [
        "Vivi berhasil ditemukan Sabtu kemarin di rumah kerabatnya.",
        "(Baca: Polisi Memprediksi Vivi Mahasiswi UI Tidak Hilang)",
        "Mantan Kasat Narkoba Polresta Vivi ini belum merinci kronologinya.",
    ],
)
def test_a_person_acted_on_described_or_in_a_link_is_not_what_nya_refers_to(
    middle: str,
) -> None:
    text = (
        '"Ada yang memberitahukan, lalu fakultas menjemputnya," ucap Humas UI Egia Tarigan.\n\n'
        f"{middle}\n\n"
        '"Kondisi kesehatannya baik dan sehat," tuturnya.'
    )
    quotes = annotate_quotes(text, ("Egia Tarigan", "Vivi"))
    assert speaker_of(quotes, "direct", "Kondisi") == "Egia Tarigan"


@settings(max_examples=300)
@given(
    text=st.text(alphabet="De Niro-_é1 .,", max_size=60),
    form=st.sampled_from(["De Niro", "Niro", "De", "e", "o-"]),
)
def test_whole_occurrences_are_the_regex_matches(text: str, form: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    assert _whole_occurrences(text, form) == [m.span() for m in re.finditer(pattern, text)]


def test_whole_occurrences_skip_parts_of_words() -> None:
    text = "Robert De Niro, De Niros, Anti-De Niro dan De Niro."
    assert _whole_occurrences(text, "De Niro") == [(7, 14), (43, 50)]
