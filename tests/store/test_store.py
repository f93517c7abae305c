"""The store: round trips, upserts, transactions, migrations, search."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from kilas.errors import StoreError
from kilas.model import (
    Article,
    Duplicate,
    InferredDate,
    ParagraphDuplicate,
    PrintedDate,
    Rejected,
    RemovedLine,
    Span,
)
from kilas.store import Store, WriteResult, dedup_index, schema
from kilas.store.migrations import MIGRATIONS

TEXTS = (
    "Menteri Keuangan Sri Mulyani mengatakan defisit anggaran tetap terkendali.",
    "Banjir merendam ratusan rumah di Jakarta Timur pada Senin (12/8) pagi.",
    "Presiden meresmikan jalan tol baru di Sumatera Utara pekan lalu.",
)


def _article(i: int, *, text: str | None = None, **extra: Any) -> Article:
    body = text if text is not None else TEXTS[i % len(TEXTS)]
    return Article(
        id=f"{i:016x}",
        source=f"berita/{i:03d}.txt",
        raw="JAKARTA, KOMPAS.com - " + body,
        text=body,
        title=f"Judul {i}",
        paragraphs=(Span.of(body, 0, len(body)),),
        **extra,
    )


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "k.db") as opened:
        yield opened


def test_write_reports_new_unchanged_and_updated(store: Store) -> None:
    first = store.write_articles([_article(1), _article(2)])
    assert first == WriteResult(new=(_article(1).id, _article(2).id))
    again = store.write_articles([_article(1), _article(2, text="Teks yang dibersihkan ulang.")])
    assert again.unchanged == (_article(1).id,)
    assert again.updated == (_article(2).id,)
    assert store.get_article(_article(2).id).text == "Teks yang dibersihkan ulang."
    assert store.count_articles() == 2


def test_updated_article_replaces_its_search_entry_and_removed_lines(store: Store) -> None:
    removed = (RemovedLine(raw_start=0, raw_end=8, text="JAKARTA,", reason="dateline"),)
    store.write_articles([_article(1, removed=removed)])
    store.write_articles([_article(1, text="Gempa mengguncang Lombok.")])
    assert [h.article_id for h in store.search("Gempa Lombok")] == [_article(1).id]
    assert store.search("defisit") == []
    with store.engine.connect() as conn:
        assert conn.execute(schema.removed_lines.select()).all() == []


def test_the_same_batch_twice_leaves_an_identical_store(tmp_path: Path) -> None:
    batch = [_article(i) for i in range(5)]
    with Store.open(tmp_path / "k.db") as store:
        store.write_articles(batch)
        before = _dump(tmp_path / "k.db")
        assert store.write_articles(batch).unchanged == tuple(a.id for a in batch)
    assert _dump(tmp_path / "k.db") == before


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_interrupt_mid_batch_rolls_back_and_a_rerun_completes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write_articles([_article(0)])
    from kilas.store import articles as writes

    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writes, "_write_dependents", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_articles([_article(1), _article(2)])
    assert store.count_articles() == 1
    assert store.search("Banjir") == []
    monkeypatch.undo()
    result = store.write_articles([_article(0), _article(1), _article(2)])
    assert (len(result.new), len(result.unchanged)) == (2, 1)
    assert [h.article_id for h in store.search("Banjir")] == [_article(1).id]


def test_get_article_by_unique_prefix(store: Store) -> None:
    store.write_articles([_article(0x10), _article(0x21), _article(0x22)])
    assert store.get_article("0000000000000010").id == _article(0x10).id
    assert store.get_article("000000000000001").id == _article(0x10).id
    with pytest.raises(StoreError, match=r"\[E201\].*'000000000000002'.*ambiguous"):
        store.get_article("000000000000002")
    with pytest.raises(StoreError, match=r"\[E201\].*'ffff'"):
        store.get_article("ffff")
    with pytest.raises(StoreError, match="E201"):
        store.get_article("%")


def test_list_articles_by_date_then_source_with_date_kind(store: Store) -> None:
    printed = PrintedDate(value="2023-10-18T12:12:00+07:00", text="Rabu, 18 Oktober 2023")
    feed = PrintedDate(value="2022-12-30", text="2022-12-30", source="metadata")
    inferred = InferredDate(value="2024-01-02", earliest=None, latest=None, confidence=0.6)
    store.write_articles(
        [
            _article(1, published=printed),
            _article(2),
            _article(3, published=feed),
            _article(4, inferred_date=inferred),
        ]
    )
    rows = [(r.id[-1], r.date, r.date_kind) for r in store.list_articles()]
    assert rows == [
        ("3", "2022-12-30", "metadata"),
        ("1", "2023-10-18", "printed"),
        ("4", "2024-01-02", "inferred"),
        ("2", None, "unknown"),
    ]
    assert store.list_articles()[0].to_dict()["n_chars"] == len(TEXTS[0])


def test_iter_articles_pages_through_everything(store: Store) -> None:
    batch = [_article(i) for i in range(23)]
    store.write_articles(batch)
    assert [a.id for a in store.iter_articles(batch_size=5)] == sorted(a.id for a in batch)
    assert store.get_text(batch[0].id) == batch[0].text
    assert store.get_text("nope") is None


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "banjir OR", "NEAR(", "*", "'; DROP TABLE articles; --", "", "kata:"],
)
def test_search_never_raises_on_user_input(store: Store, query: str) -> None:
    store.write_articles([_article(1)])
    assert isinstance(store.search(query), list)


def test_search_finds_words_best_first(store: Store) -> None:
    store.write_articles([_article(0), _article(1), _article(2)])
    hits = store.search("Sri Mulyani")
    assert [h.article_id for h in hits] == [_article(0).id]
    assert "Mulyani" in hits[0].snippet
    assert hits[0].title == "Judul 0"


def test_dedup_links_and_signatures_round_trip(store: Store) -> None:
    store.write_articles([_article(1), _article(2)])
    a, b = _article(1).id, _article(2).id
    links = [
        Duplicate(article_id=a, other_id=b, relation="copy_of", shared=0.8),
        Duplicate(article_id=b, other_id=a, relation="copied_by", shared=0.7),
    ]
    paragraphs = [
        ParagraphDuplicate(article_id=a, paragraph=0, other_id=b, other_paragraph=2, shared=1.0)
    ]
    store.write_dedup(
        duplicates=links,
        paragraphs=paragraphs,
        signatures=[(a, b"\x01\x02", "2024-01-01"), (b, b"\x03", None)],
    )
    store.write_dedup(duplicates=links, paragraphs=paragraphs, signatures=[])  # upsert, no error
    assert store.duplicates() == links
    assert store.duplicates(b) == [links[1]]
    assert store.paragraph_duplicates(a) == paragraphs
    assert list(store.load_signatures(batch_size=1)) == [
        (a, b"\x01\x02", "2024-01-01"),
        (b, b"\x03", None),
    ]


def test_state_and_runs(store: Store) -> None:
    assert store.get_state("clean.boilerplate") is None
    store.set_state("clean.boilerplate", {"kompas": ["Baca juga:"]})
    store.set_state("clean.boilerplate", {"kompas": ["Baca juga:", "Simak"]})
    assert store.get_state("clean.boilerplate") == {"kompas": ["Baca juga:", "Simak"]}
    store.record_run(
        paths=["berita"],
        counts={"read": 2},
        rejected=[Rejected(source="x.bin", reason="binary", code="E005")],
    )
    (run,) = store.runs()
    assert run["counts"] == {"read": 2} and run["rejected"][0].code == "E005"


def test_migrations_are_recorded_and_not_reapplied(tmp_path: Path) -> None:
    Store.open(tmp_path / "k.db").close()
    with Store.open(tmp_path / "k.db") as store, store.engine.connect() as conn:
        versions = [r.version for r in conn.execute(schema.migrations.select())]
    assert versions == [m.version for m in MIGRATIONS]


def test_a_store_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as store, store.engine.begin() as conn:
        conn.execute(insert(schema.migrations).values(version=999, name="future", applied_at="x"))
    with pytest.raises(StoreError, match=r"\[E202\].*version 999.*upgrade kilas"):
        Store.open(tmp_path / "k.db")


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[E203\].*does not exist"):
        Store.open(tmp_path / "nope" / "k.db")


def test_sqlite_file_uses_wal(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


_words = st.text(alphabet="abcdeghijklmnoprstuwyAIKJ ,.\"'()-é\n", min_size=0, max_size=200)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=_words,
    title=st.one_of(st.none(), _words),
    meta=st.dictionaries(_words, _words, max_size=3),
)
def test_store_returns_what_it_was_given(
    store: Store, text: str, title: str | None, meta: dict[str, str]
) -> None:
    article = dataclasses.replace(_article(7, text=text), title=title, meta=meta, raw=text + "!")
    store.write_articles([article])
    assert store.get_article(article.id) == article
    assert next(a for a in store.iter_articles() if a.id == article.id) == article


def test_outlets_and_iterating_one_outlet(store: Store) -> None:
    store.write_articles(
        [
            dataclasses.replace(_article(1), outlet="Kompas.com"),
            dataclasses.replace(_article(2), outlet="Tempo.co"),
            _article(3),
        ]
    )
    assert store.outlets() == ["Kompas.com", "Tempo.co", None]
    assert [a.id for a in store.iter_articles(outlets=["Tempo.co"])] == [_article(2).id]
    assert [a.id for a in store.iter_articles(outlets=[None, "Kompas.com"])] == [
        _article(1).id,
        _article(3).id,
    ]


def test_write_dedup_stores_state_in_the_same_transaction(store: Store) -> None:
    store.write_articles([_article(1)])
    store.write_dedup(
        duplicates=[], paragraphs=[], signatures=[(_article(1).id, b"x", None)], state={"k": [1]}
    )
    assert store.get_state("k") == [1]


@dataclasses.dataclass(frozen=True)
class _Rows:
    texts: tuple[tuple[int, str, int, bytes, str | None], ...]
    buckets: tuple[tuple[int, int], ...]


def test_index_texts_get_store_ids_and_are_found_by_bucket(store: Store) -> None:
    store.write_articles([_article(1), _article(2)])
    a, b = _article(1).id, _article(2).id
    low, high = -(2**63), 2**63 - 1  # bucket keys are any signed 64-bit value
    rows = _Rows(
        texts=((-1, a, -1, b"sig-a", "2024-01-01"), (-2, a, 0, b"sig-a0", None)),
        buckets=((low, -1), (7, -1), (7, -2), (high, -2)),
    )
    store.write_dedup(duplicates=[], paragraphs=[], index=rows)
    store.write_dedup(
        duplicates=[],
        paragraphs=[],
        index=_Rows(texts=((-1, b, -1, b"sig-b", None),), buckets=((7, -1),)),
    )
    found = sorted(store.lookup_buckets([low, 7, high, 12345]))
    ids = {key: sorted(i for k, i in found if k == key) for key in (low, 7, high)}
    by_id = {row[0]: row[1:] for row in store.indexed_texts([i for _, i in found])}
    assert by_id[ids[low][0]] == (a, -1, b"sig-a", "2024-01-01")
    assert by_id[ids[high][0]] == (a, 0, b"sig-a0", None)
    assert [by_id[i][0] for i in ids[7]] == [a, a, b]  # store ids follow insertion order
    assert sorted(row[1:] for row in store.indexed_articles([b, a])) == [
        (a, -1, b"sig-a", "2024-01-01"),
        (b, -1, b"sig-b", None),
    ]
    store.write_articles([_article(3)])
    assert store.unindexed_articles() == [_article(3).id]


@pytest.mark.parametrize("keys_per_query", [3, 100_000])  # 3: two queries, each whole askers
def test_candidates_are_distinct_per_owner_across_its_keys(
    store: Store, monkeypatch: pytest.MonkeyPatch, keys_per_query: int
) -> None:
    monkeypatch.setattr(dedup_index, "KEYS_PER_ARRAY", keys_per_query)
    store.write_articles([_article(1), _article(2)])
    a, b = _article(1).id, _article(2).id
    low, high = -(2**63), 2**63 - 1
    rows = _Rows(
        texts=((-1, a, -1, b"sig-a", None), (-2, b, -1, b"sig-b", None)),
        buckets=((low, -1), (7, -1), (7, -2), (high, -2)),
    )
    store.write_dedup(duplicates=[], paragraphs=[], index=rows)
    text_of = {row[1]: row[0] for row in store.indexed_articles([a, b])}
    # asker 0's two keys both file a (once in the answer); asker 1's file b, and nothing
    found = store.lookup_candidates([low, 7, high, 12345], 2)
    assert sorted(found) == [(0, text_of[a]), (0, text_of[b]), (1, text_of[b])]
    one_each = store.lookup_candidates([12345, low, 7], 1)
    assert sorted(one_each) == [(1, text_of[a]), (2, text_of[a]), (2, text_of[b])]
    assert store.lookup_candidates([12345], 1) == []
