"""Duplicate detection: exact copies, copy sites, paragraphs, signatures, symmetry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kilas.api import Corpus
from kilas.corpus import dedup
from kilas.corpus.dedup import DedupResult, DuplicateIndex, normalize_words, shingle_set
from kilas.errors import ConfigError
from kilas.model import Article, PrintedDate, Span
from kilas.settings import DedupSettings, IngestSettings, Settings
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


def _corpus_articles() -> list[Article]:
    footer = (
        "Ikuti terus perkembangan berita terbaru dari kami melalui kanal media sosial resmi "
        "dan aplikasi yang dapat diunduh secara gratis di ponsel pintar Anda."
    )
    reworded = ORIGINAL[1].replace("sedikitnya", "setidaknya")
    return [
        _article("asli", ORIGINAL, "2024-01-05"),
        _article("lain", (*OTHER, footer), "2024-01-05"),
        _article("salinan", (COPY_INTRO, *ORIGINAL[1:]), "2024-01-07"),
        _article("sama", ORIGINAL, "2024-01-06"),
        _article("ubah", (OTHER[0], reworded, footer)),
        *(
            _article(f"f{i}", (f"Berita nomor {i} tentang topik {i * 7}.", footer))
            for i in range(6)
        ),
    ]


def test_index_in_the_store_finds_what_the_index_in_memory_finds(tmp_path: Path) -> None:
    articles = _corpus_articles()
    in_memory = DuplicateIndex(DedupSettings(threshold=0.3))
    expected = [in_memory.add(a) for a in articles]
    with Store.open(tmp_path / "k.db") as store:
        store.write_articles(articles)
        index = DuplicateIndex(DedupSettings(threshold=0.3), storage=store)
        found = []
        for start in range(0, len(articles), 3):  # written batch by batch, looked up from SQL
            found.extend(index.add_batch(articles[start : start + 3]))
            store.write_dedup(duplicates=[], paragraphs=[], index=index.pending())
        assert index.missing(a.id for a in articles) == set()
        assert index.signature("asli") == in_memory.signature("asli")
    assert found == expected
    assert any(r.duplicates for r in found) and any(r.paragraphs for r in found)


def test_adding_an_article_twice_in_a_batch_indexes_it_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as store:
        article = _article("asli", ORIGINAL)
        store.write_articles([article])
        index = DuplicateIndex(DedupSettings(), storage=store)
        _, again = index.add_batch([article, article])
        store.write_dedup(duplicates=[], paragraphs=[], index=index.pending())
        assert again == DedupResult()
        assert index.add(article) == DedupResult()
        assert store.unindexed_articles() == []


def test_a_batch_looked_up_in_parts_finds_what_one_by_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _corpus_articles()
    in_memory = DuplicateIndex(DedupSettings(threshold=0.3))
    expected = [in_memory.add(a) for a in articles]
    monkeypatch.setattr(dedup, "LOOKUP_ARTICLES", 2)
    with Store.open(tmp_path / "k.db") as store:
        store.write_articles(articles)
        index = DuplicateIndex(DedupSettings(threshold=0.3), storage=store)
        found = index.add_batch([*articles[:5], articles[0]])  # a repeat in a later part
        store.write_dedup(duplicates=[], paragraphs=[], index=index.pending())
        found += index.add_batch(articles[5:])
        store.write_dedup(duplicates=[], paragraphs=[], index=index.pending())
        assert store.unindexed_articles() == []
    assert found[:5] == expected[:5] and found[5] == DedupResult()
    assert found[6:] == expected[5:]


def _write(folder: Path, name: str, paragraphs: tuple[str, ...]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_a_copy_ingested_in_a_later_session_is_linked_paragraphs_included(
    tmp_path: Path,
) -> None:
    original = _write(tmp_path, "asli.txt", ORIGINAL)
    copy = _write(tmp_path, "salinan.txt", (COPY_INTRO, *ORIGINAL[1:]))
    borrowed = _write(tmp_path, "pinjam.txt", (OTHER[0], ORIGINAL[3]))
    with Corpus.open(tmp_path / "k.db", annotate=False) as corpus:
        corpus.ingest([original])
        (asli,) = [row.id for row in corpus.articles()]
    with Corpus.open(tmp_path / "k.db", annotate=False) as corpus:
        report = corpus.ingest([copy, borrowed])
        ids = {row.source: row.id for row in corpus.articles()}
        links = {(d.article_id, d.other_id, d.relation) for d in corpus.duplicates()}
        paragraphs = corpus.store.paragraph_duplicates(ids[str(borrowed)])
    salinan = ids[str(copy)]
    assert report.duplicates == 1
    assert links == {(salinan, asli, "near"), (asli, salinan, "near")}
    assert {(p.paragraph, p.other_id, p.other_paragraph, p.shared) for p in paragraphs} == {
        (1, asli, 3, 1.0),
        (1, salinan, 3, 1.0),  # the copy carries the same paragraph
    }


def test_a_store_from_before_the_index_moved_is_indexed_on_the_next_ingest(
    tmp_path: Path,
) -> None:
    original = _write(tmp_path, "asli.txt", ORIGINAL)
    copy = _write(tmp_path, "salinan.txt", (COPY_INTRO, *ORIGINAL[1:]))
    with Corpus.open(tmp_path / "k.db", annotate=False) as corpus:
        corpus.ingest([original])
        with corpus.store.engine.begin() as conn:  # back to the schema of migration 2
            conn.execute(text("DROP TABLE dedup_buckets"))
            conn.execute(text("DROP TABLE dedup_texts"))
            conn.execute(text("DELETE FROM migrations WHERE version = 3"))
    with Corpus.open(tmp_path / "k.db", annotate=False) as corpus:
        assert corpus.store.unindexed_articles() == [r.id for r in corpus.articles()]
        corpus.ingest([copy])
        assert corpus.store.unindexed_articles() == []
        assert {d.relation for d in corpus.duplicates()} == {"near"}
        assert len(corpus.duplicates()) == 2


def test_links_survive_an_ingest_interrupted_between_articles_and_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [
        _write(tmp_path, "a.txt", ORIGINAL),
        _write(tmp_path, "b.txt", OTHER),
        _write(tmp_path, "c.txt", (COPY_INTRO, *ORIGINAL[1:])),
    ]
    settings = Settings(ingest=IngestSettings(batch_size=1))
    with Corpus.open(tmp_path / "whole.db", settings=settings, annotate=False) as corpus:
        corpus.ingest(paths)
        expected = corpus.duplicates()
    with Corpus.open(tmp_path / "k.db", settings=settings, annotate=False) as corpus:
        real = corpus.store.write_dedup
        calls = {"n": 0}

        def flaky(**kwargs: Any) -> None:
            calls["n"] += 1
            if calls["n"] == 3:  # the copy's articles row is stored, its links are not
                raise KeyboardInterrupt
            real(**kwargs)

        monkeypatch.setattr(corpus.store, "write_dedup", flaky)
        with pytest.raises(KeyboardInterrupt):
            corpus.ingest(paths)
        assert len(corpus.articles()) == 3 and corpus.duplicates() == []
    with Corpus.open(tmp_path / "k.db", settings=settings, annotate=False) as corpus:
        report = corpus.ingest(paths)
        assert (report.unchanged, report.duplicates) == (3, 1)
        assert corpus.duplicates() == expected


def test_dedup_settings_that_do_not_fit_the_stored_index_are_refused(tmp_path: Path) -> None:
    original = _write(tmp_path, "asli.txt", ORIGINAL)
    with Corpus.open(tmp_path / "k.db", annotate=False) as corpus:
        corpus.ingest([original])
    other = Settings(dedup=DedupSettings(num_perm=64))
    with (
        Corpus.open(tmp_path / "k.db", settings=other, annotate=False) as corpus,
        pytest.raises(ConfigError, match=r"\[E105\].*num_perm"),
    ):
        corpus.ingest([original])
    same = Settings(dedup=DedupSettings(min_shared=0.7))  # scoring only: the index still fits
    with Corpus.open(tmp_path / "k.db", settings=same, annotate=False) as corpus:
        assert corpus.ingest([original]).unchanged == 1
