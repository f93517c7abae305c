"""Duplicate detection: exact copies, copy sites, paragraphs, signatures, symmetry."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kilas.corpus.dedup import DuplicateIndex, normalize_words, shingle_set
from kilas.model import Article, PrintedDate, Span
from kilas.settings import DedupSettings
from kilas.store import Store

# Written for these tests; not taken from any outlet.
ORIGINAL = (
    "Pemerintah Kabupaten Sleman menetapkan status tanggap darurat banjir selama "
    "empat belas hari setelah hujan deras mengguyur wilayah itu sejak Minggu malam.",
    "Kepala Badan Penanggulangan Bencana Daerah Sleman mengatakan sedikitnya tiga ratus "
    "rumah warga terendam air setinggi satu meter di tiga kecamatan.",
    "Warga yang rumahnya terendam diungsikan ke balai desa dan sekolah terdekat, sementara "
    "dapur umum didirikan oleh relawan bersama anggota Tagana.",
    "Menurut dia, luapan sungai terjadi karena saluran air di hilir tersumbat sampah dan "
    "sedimen yang menumpuk selama musim kemarau panjang tahun ini.",
    "Pemerintah daerah meminta warga yang tinggal di bantaran sungai tetap waspada karena "
    "hujan dengan intensitas tinggi diperkirakan masih turun hingga akhir pekan.",
)
COPY_INTRO = (
    "Portal Berita Nusantara - Simak kabar terbaru dari Yogyakarta berikut ini yang kami "
    "rangkum untuk pembaca setia di seluruh tanah air."
)
OTHER = (
    "Harga cabai rawit di Pasar Beringharjo naik tajam menjelang bulan puasa karena pasokan "
    "dari petani di lereng Merapi berkurang akibat cuaca buruk.",
    "Para pedagang berharap pemerintah segera menggelar operasi pasar agar harga kembali "
    "stabil dan daya beli masyarakat tidak semakin tertekan.",
)


def _article(article_id: str, paragraphs: tuple[str, ...], date: str | None = None) -> Article:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for paragraph in paragraphs:
        spans.append(Span.of(text, at, at + len(paragraph)))
        at += len(paragraph) + 2
    published = PrintedDate(value=date, text=date) if date else None
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        raw=text,
        text=text,
        paragraphs=tuple(spans),
        published=published,
    )


def test_identical_copy_is_exact_with_everything_shared() -> None:
    index = DuplicateIndex(DedupSettings())
    index.add(_article("a", ORIGINAL, "2024-01-05"))
    result = index.add(_article("b", ORIGINAL, "2024-01-06"))
    relations = {(d.article_id, d.other_id, d.relation, d.shared) for d in result.duplicates}
    assert relations == {("b", "a", "exact", 1.0), ("a", "b", "exact", 1.0)}


def test_copy_site_with_its_own_intro_is_copy_of_the_original() -> None:
    index = DuplicateIndex(DedupSettings())
    assert index.add(_article("asli", ORIGINAL, "2024-01-05")).duplicates == ()
    index.add(_article("lain", OTHER, "2024-01-05"))
    copy = _article("salinan", (COPY_INTRO, *ORIGINAL[1:]), "2024-01-07")
    result = index.add(copy)
    by_pair = {(d.article_id, d.other_id): d for d in result.duplicates}
    assert set(by_pair) == {("salinan", "asli"), ("asli", "salinan")}
    assert by_pair["salinan", "asli"].relation == "copy_of"
    assert by_pair["salinan", "asli"].shared >= 0.6
    assert by_pair["asli", "salinan"].relation == "copied_by"
    copied = {
        (p.paragraph, p.other_paragraph) for p in result.paragraphs if p.article_id == "salinan"
    }
    assert copied == {(1, 1), (2, 2), (3, 3), (4, 4)}


def test_unknown_dates_make_a_near_link() -> None:
    index = DuplicateIndex(DedupSettings())
    index.add(_article("asli", ORIGINAL))
    result = index.add(_article("salinan", (COPY_INTRO, *ORIGINAL[1:])))
    assert {d.relation for d in result.duplicates} == {"near"}


def test_a_reworded_paragraph_is_a_near_paragraph_duplicate() -> None:
    index = DuplicateIndex(DedupSettings(threshold=0.3))
    index.add(_article("asli", ORIGINAL))
    reworded = ORIGINAL[1].replace("sedikitnya", "setidaknya")
    result = index.add(_article("ubah", (OTHER[0], reworded)))
    (link,) = [p for p in result.paragraphs if p.article_id == "ubah"]
    assert (link.paragraph, link.other_id, link.other_paragraph) == (1, "asli", 1)
    assert 0.3 <= link.shared < 1.0


def test_index_rebuilt_from_stored_signatures_still_finds_copies(tmp_path: Path) -> None:
    index = DuplicateIndex(DedupSettings())
    original = _article("asli", ORIGINAL, "2024-01-05")
    index.add(original)
    with Store.open(tmp_path / "k.db") as store:
        store.write_articles([original])
        store.write_dedup(
            duplicates=[],
            paragraphs=[],
            signatures=[("asli", index.signature("asli"), "2024-01-05")],
        )
        rebuilt = DuplicateIndex(DedupSettings())
        for article_id, signature, date in store.load_signatures():
            rebuilt.load(article_id, signature, date)
    assert rebuilt.contains("asli") and rebuilt.signature("asli") == index.signature("asli")
    exact = rebuilt.add(_article("sama", ORIGINAL, "2024-01-09"))
    assert {d.relation for d in exact.duplicates} == {"exact"}
    copy = rebuilt.add(_article("salinan", (COPY_INTRO, *ORIGINAL[1:]), "2024-01-08"))
    link = next(d for d in copy.duplicates if d.article_id == "salinan" and d.other_id == "asli")
    assert link.relation == "copy_of" and link.shared >= 0.6  # estimated, no text at hand


def test_text_of_makes_containment_exact_after_a_reload() -> None:
    first = DuplicateIndex(DedupSettings())
    first.add(_article("asli", ORIGINAL))
    texts = {"asli": "\n\n".join(ORIGINAL)}
    index = DuplicateIndex(DedupSettings(), text_of=texts.get)
    index.load("asli", first.signature("asli"))
    copy = _article("salinan", (COPY_INTRO, *ORIGINAL[1:]))
    link = next(d for d in index.add(copy).duplicates if d.article_id == "salinan")
    mine = shingle_set(normalize_words(copy.text), 5)
    theirs = shingle_set(normalize_words(texts["asli"]), 5)
    assert link.shared == len(mine & theirs) / len(mine)


def test_normalization_ignores_case_and_punctuation() -> None:
    assert normalize_words("Kata Menteri, “Kita SIAP!”") == ["kata", "menteri", "kita", "siap"]


_words = st.lists(
    st.sampled_from(["banjir", "warga", "sungai", "rumah", "hujan", "pasar", "harga", "desa"]),
    min_size=1,
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(a=_words, b=_words, date_a=st.sampled_from([None, "2024-01-01", "2024-02-01"]))
def test_similarity_is_symmetric_and_links_mirror(
    a: list[str], b: list[str], date_a: str | None
) -> None:
    index = DuplicateIndex(DedupSettings(min_shared=0.0, threshold=0.1))
    index.add(_article("a", (" ".join(a),), date_a))
    result = index.add(_article("b", (" ".join(b),), "2024-01-15"))
    assert index.jaccard("a", "b") == index.jaccard("b", "a")
    mirror = {"exact": "exact", "near": "near", "copy_of": "copied_by", "copied_by": "copy_of"}
    links = {(d.article_id, d.other_id): d.relation for d in result.duplicates}
    for (x, y), relation in links.items():
        assert links[y, x] == mirror[relation]


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=300))
def test_an_article_and_its_identical_copy_are_exact(text: str) -> None:
    index = DuplicateIndex(DedupSettings())
    index.add(Article(id="a", source="a", raw=text, text=text))
    result = index.add(Article(id="b", source="b", raw=text, text=text))
    assert {(d.relation, d.shared) for d in result.duplicates} == {("exact", 1.0)}


def test_a_paragraph_repeated_everywhere_is_linked_to_a_few_earliest_only() -> None:
    footer = (
        "Ikuti terus perkembangan berita terbaru dari kami melalui kanal media sosial resmi "
        "dan aplikasi yang dapat diunduh secara gratis di ponsel pintar Anda."
    )
    index = DuplicateIndex(DedupSettings())
    results = [
        index.add(_article(f"a{i}", (f"Berita nomor {i} tentang topik {i * 7}.", footer)))
        for i in range(12)
    ]
    last = [p for p in results[-1].paragraphs if p.article_id == "a11"]
    assert [(p.other_id, p.shared) for p in last] == [("a0", 1.0), ("a1", 1.0), ("a2", 1.0)]
