"""Content words and their stems, as the corpus stages compare texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kilas.corpus.words import content_stems, content_words, stem


def test_content_stems_of_a_sentence() -> None:
    text = "Presiden Jokowi meresmikan jalan tol pada 2019 dan pertemuan di Istana."
    assert content_stems(text) == ("presiden", "jokow", "resmi", "jalan", "tol", "temu", "istana")


PIECES = st.sampled_from(
    [
        "Pertemuan",
        "bertemu",
        "yang",
        "dan",
        "2019",
        "a",
        "KPK",
        "invasinya",
        "x-ray",
        " ",
        ", ",
        ".",
    ]
)


@given(st.lists(PIECES, max_size=12), st.sampled_from(["id", "en", "xx"]))
def test_content_stems_are_the_stems_of_content_words(pieces: list[str], language: str) -> None:
    text = " ".join(pieces)
    assert content_stems(text, language) == tuple(map(stem, content_words(text, language)))
