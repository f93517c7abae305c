"""Invariants of the clean stage: idempotence, spans and segments, on seed-made texts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kilas.clean import clean_article
from kilas.model import Article

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED_LINES = sorted(
    {line.strip() for path in SEEDS.glob("*.txt") for line in path.read_text("utf-8").splitlines()}
    - {""}
)
EXTRA_LINES = [
    "Liputan6.com, Beijing - Putin tiba di Beijing pada Selasa (17/10).",
    "Jakarta (ANTARA News) - Petugas Polda Metro Jaya menindak 219 pengendara.",
    "Baca juga: Masa Tenang yang Gaduh",
    "Baca_Juga Namun masyarakat di kota besar bisa lega dengan kehadiran vaksin DBD yang baru.",
    "Baca Juga:",
    "Penulis: Anggun Pratama",
    "(ard)",
    "Tags:",
    "Senin, 12 Agustus 2024 10:00 WIB",
]
LINES = st.sampled_from(SEED_LINES + EXTRA_LINES)
SEPARATORS = st.sampled_from(["\n", "\n\n", "\n \n", "\r\n"])


@st.composite
def raw_texts(draw: st.DrawFn) -> str:
    """Texts made of real seed lines and furniture, in any order, with repeats."""
    lines = draw(st.lists(LINES, min_size=1, max_size=25))
    pieces = []
    for line in lines:
        pieces.append(line)
        pieces.append(draw(SEPARATORS))
    return "".join(pieces)


def _clean(raw: str) -> Article:
    return clean_article(Article(id="p", source="p", raw=raw))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_texts())
@example("Baca Juga:\nLiputan6.com, Beijing - Putin tiba di Beijing pada Selasa (17/10).\n")
@example(
    "Kemitraan Tanpa Batas\nMantan Rival yang Kini Akrab\n"
    "Liputan6.com, Beijing - Putin tiba di Beijing pada Selasa (17/10).\n"
    "Senin, 12 Agustus 2024 10:00 WIB\n"
)
def test_cleaning_is_idempotent(raw: str) -> None:
    once = _clean(raw)
    twice = _clean(once.text)
    assert twice.text == once.text
    assert twice.removed == ()
    assert [p.text for p in twice.paragraphs] == [p.text for p in once.paragraphs]
    assert [h.text for h in twice.headings] == [h.text for h in once.headings]


@settings(max_examples=150, deadline=None)
@given(raw_texts())
def test_spans_and_segments_point_at_identical_text(raw: str) -> None:
    article = _clean(raw)
    for span in (*article.paragraphs, *article.headings):
        assert article.text[span.start : span.end] == span.text
    covered = 0
    for segment in article.segments:
        clean = article.text[segment.start : segment.start + segment.length]
        assert clean == raw[segment.raw_start : segment.raw_start + segment.length]
        covered += segment.length
    assert covered == len(article.text.replace("\n\n", ""))  # every kept character is mapped
    for removed in article.removed:
        assert raw[removed.raw_start : removed.raw_end] == removed.text


def test_seeds_are_idempotent() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        once = _clean(path.read_text("utf-8"))
        assert _clean(once.text).text == once.text, path.name
