"""Sentences and tokens on real Indonesian news text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kilas.annotate.sentences import sentence_spans, split_sentences, token_spans
from kilas.model import Article, Span


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def tokens(text: str) -> list[str]:
    return [text[a:b] for a, b in token_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Kami tidak memiliki kontradiksi apapun, sebaliknya, ada sinergi tertentu," '
            "tutur Putin. Ia lalu pergi.",
            [
                '"Kami tidak memiliki kontradiksi apapun, sebaliknya, ada sinergi tertentu," '
                "tutur Putin.",
                "Ia lalu pergi.",
            ],
        ),
        ('"A. B," kata X.', ['"A. B," kata X.']),
        (
            "“Saya setuju. Kami akan pergi,” ujarnya. Dia tiba.",
            ["“Saya setuju.", "Kami akan pergi,” ujarnya.", "Dia tiba."],
        ),
        (
            "“Ayo berangkat!” seru Joko. Mereka pun pergi.",
            ["“Ayo berangkat!” seru Joko.", "Mereka pun pergi."],
        ),
        ("“Kami siap.” Demikian kata Joko.", ["“Kami siap.”", "Demikian kata Joko."]),
        (
            "Dr. Budi dan Prof. H. Agus Salim, S.H. tiba di Jl. Sudirman No. 5 pukul 06.18 WIB.",
            ["Dr. Budi dan Prof. H. Agus Salim, S.H. tiba di Jl. Sudirman No. 5 pukul 06.18 WIB."],
        ),
        ("Dana a.n. Budi dikirim. Lalu selesai.", ["Dana a.n. Budi dikirim.", "Lalu selesai."]),
        (
            "Harganya Rp 7.000 atau naik 57,8 persen. Susilo B. Yudhoyono datang.",
            ["Harganya Rp 7.000 atau naik 57,8 persen.", "Susilo B. Yudhoyono datang."],
        ),
        ("Ada buah, sayur, dll. Semua segar.", ["Ada buah, sayur, dll.", "Semua segar."]),
        ("Ada buah, sayur, dll. yang segar.", ["Ada buah, sayur, dll. yang segar."]),
        ("Dia bilang... nanti saja. Apa? Ya!", ["Dia bilang... nanti saja.", "Apa?", "Ya!"]),
        (
            "PT Toba Pulp Lestari Tbk. (INRU) dan Dencisco Pte. Ltd. rugi.",
            ["PT Toba Pulp Lestari Tbk. (INRU) dan Dencisco Pte. Ltd. rugi."],
        ),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_headline_and_dateline_lines_are_their_own_sentences() -> None:
    text = (
        "Liputan6.com, Beijing - Vladimir Putin dilaporkan telah mendarat di Beijing.\n"
        "Ahli: Kerja Sama Militer China-Rusia Akan Semakin Erat\n"
        "Putin mengatakan dia dan Xi Xinping juga akan membahas hubungan ekonomi."
    )
    assert sentences(text) == [
        "Liputan6.com, Beijing - Vladimir Putin dilaporkan telah mendarat di Beijing.",
        "Ahli: Kerja Sama Militer China-Rusia Akan Semakin Erat",
        "Putin mengatakan dia dan Xi Xinping juga akan membahas hubungan ekonomi.",
    ]


def test_wrapped_line_going_on_in_lower_case_is_one_sentence() -> None:
    text = "Presiden Joko Widodo meresmikan\njalan tol itu pada Senin (12/8)."
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harganya Rp7.000, naik 57,8%.",
            ["Harganya", "Rp", "7.000", ",", "naik", "57,8", "%", "."],
        ),
        ("pukul 06.18 WIB", ["pukul", "06.18", "WIB"]),
        ("negara-negara anggota", ["negara-negara", "anggota"]),
        ("periode 2014-2019", ["periode", "2014", "-", "2019"]),
        ("Liputan6.com, Beijing", ["Liputan6.com", ",", "Beijing"]),
        ("Dr. Budi, S.H.", ["Dr.", "Budi", ",", "S.H."]),
        ("“Ya,” katanya.", ["“", "Ya", ",", "”", "katanya", "."]),
        ("Selasa (17/10).", ["Selasa", "(", "17/10", ")", "."]),
    ],
)
def test_token_spans(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_stage_keeps_sentences_inside_paragraphs() -> None:
    text = "Judul Berita Tanpa Titik\n\nKalimat pertama. Kalimat kedua tanpa titik\nlanjut."
    heading = Span.of(text, 0, 24)
    para = Span.of(text, 26, len(text))
    article = Article(
        id="a", source="t", raw=text, text=text, headings=(heading,), paragraphs=(para,)
    )
    result = split_sentences(article)
    assert [s.text for s in result.sentences] == [
        "Judul Berita Tanpa Titik",
        "Kalimat pertama.",
        "Kalimat kedua tanpa titik\nlanjut.",
    ]
    assert "sentences" in result.layers


def test_seed_quote_with_cue_is_one_sentence(seeds_dir: Path) -> None:
    text = (seeds_dir / "000_74d07013873802ec.txt").read_text(encoding="utf-8")
    article = Article(id="s", source="seed", raw=text, text=text)
    found = [s.text for s in split_sentences(article).sentences]
    assert (
        '"Kami tidak memiliki kontradiksi apapun, sebaliknya, ada sinergi tertentu," tutur Putin.'
        in found
    )
    assert "Ahli: Kerja Sama Militer China-Rusia Akan Semakin Erat" in found


@given(st.text(alphabet=st.sampled_from(list('ab A.B,"”?! \n7.0'))))
def test_spans_cover_every_non_space_character_once(text: str) -> None:
    spans = sentence_spans(text)
    covered = [i for a, b in spans for i in range(a, b)]
    assert covered == sorted(set(covered))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= set(covered)
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)
    toks = token_spans(text)
    assert all(text[a:b].strip() == text[a:b] and a < b for a, b in toks)
    assert "".join(text[a:b] for a, b in toks) == "".join(text.split())
