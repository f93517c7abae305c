"""Line classifiers and the context rules of the clean stage, on real page furniture."""

from __future__ import annotations

import pytest

from kilas.clean import clean_article
from kilas.clean.captions import short_line_kind
from kilas.clean.lines import line_reason, photo_credit, read_also
from kilas.model import Article


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "ad"),
        ("ADVERTISEMENT", "ad"),
        ("Scroll to continue with content", "ad"),
        ("sosmed-whatsapp-white", "share-widget"),
        ("copy-link-circle", "share-widget"),
        ("more-vertical", "share-widget"),
        ("comment", "share-widget"),
        ("Bagikan", "share-widget"),
        ("zoom-in-whitePerbesar", "caption"),
        ("waktu baca 3 menit", "reading-time"),
        ("Lama baca: 2 menit", "reading-time"),
        ("1", "counter"),
        ("·", "bullet"),
        ("* * *", "bullet"),
        ("(ard)", "editor-initials"),
        ("(vga/vga)", "editor-initials"),
        ("Penulis: Anggun Pratama", "byline"),
        ("Reporter: Edy Purnomo", "byline"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Putin memuji Beijing atas kerja sama bersama di bidang hubungan internasional.",
        "2024",
        "Kemitraan Tanpa Batas",
        '"Kami siap," kata dia.',
        "Iklan rokok dilarang tayang di televisi sejak 2012.",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Presiden Rusia Vladimir Putin", "caption"),
        ("Bendera Cina dan Rusia", "caption"),
        ("Mantan Rival yang Kini Akrab", "heading"),
        ("Kemitraan Tanpa Batas", "heading"),
        ("Ahli: Kerja Sama Militer China-Rusia Akan Semakin Erat", "heading"),
        ("Susunan Pemain", "heading"),
        ("Amerika Serikat", "heading"),
        ("Wasit: Massimiliano Irrati", "heading"),
        ("Club Brugge 1 - 2 FC Porto", None),
        ("Putin tiba di Beijing.", None),
        ("Xi menjawab bahwa China bersedia meningkatkan kerja sama strategis dengan Rusia", None),
    ],
)
def test_short_line_kinds(line: str, kind: str | None) -> None:
    assert short_line_kind(line, max_words=12) == kind


def test_photo_credit_offsets() -> None:
    line = "Vladimir Putin dan Xi Jinping. Foto: REUTERS/Wu Hong/Pool"
    at = photo_credit(line)
    assert at is not None and line[at:].strip() == "Foto: REUTERS/Wu Hong/Pool"
    assert photo_credit("Foto itu diambil di Beijing pada Selasa (17/10).") is None


def test_read_also_markers() -> None:
    assert read_also("Baca juga: Masa Tenang yang Gaduh") == len(
        "Baca juga: Masa Tenang yang Gaduh"
    )
    glued = (
        "Baca_Juga Namun masyarakat di kota besar bisa lega dengan kehadiran vaksin DBD yang baru."
    )
    assert read_also(glued) == len("Baca_Juga ")
    long_sentence = (
        "Lihat juga bagaimana warga di kota besar bisa lega dengan adanya vaksin DBD yang baru."
    )
    assert read_also(long_sentence) is None


def _clean(raw: str) -> Article:
    return clean_article(Article(id="t", source="t", raw=raw))


BODY = (
    "Kuasa hukum Andika membenarkan kliennya telah dibebaskan pada Senin (20/3) setelah membayar."
)


def test_link_list_after_a_bare_read_also_marker() -> None:
    raw = (
        f"{BODY}\n\nBaca Juga:\n\nPengacara Bantah Andika Telah Desak Istri Cabut Laporan\n\n"
        f"Kuasa Hukum Minta Penahanan Andika Ditangguhkan\n\n{BODY.replace('Senin', 'Selasa')}"
    )
    article = _clean(raw)
    assert [r.reason for r in article.removed] == ["read-also"] * 3
    assert len(article.paragraphs) == 2


def test_glued_read_also_marker_keeps_the_sentence() -> None:
    article = _clean(f"Baca_Juga {BODY}")
    assert article.text == BODY
    assert [(r.text, r.reason) for r in article.removed] == [("Baca_Juga", "read-also")]


def test_trailing_tags_list() -> None:
    article = _clean(f"{BODY}\n\nTags:\n\nPutin\n\nXi Jinping")
    assert article.text == BODY
    assert [r.reason for r in article.removed] == ["tags"] * 3


def test_a_tags_line_before_the_body_is_not_a_tag_list() -> None:
    article = _clean(f"Tags\n\n{BODY}")
    assert BODY in article.text
    assert not any(r.reason == "tags" for r in article.removed)
