"""Indonesian exonyms, countries, cities and organisations; role words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kilas.lang.id.exonyms import KNOWN, fold, is_acronym, lookup, pattern
from kilas.lang.id.roles import is_head, is_role_word


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("China", "China"),
        ("Cina", "China"),
        ("Tiongkok", "China"),
        ("RRT", "China"),
        ("RRC", "China"),
        ("Republik Rakyat Tiongkok", "China"),
        ("Rusia", "Rusia"),
        ("Russia", "Rusia"),
        ("Federasi Rusia", "Rusia"),
        ("Amerika Serikat", "Amerika Serikat"),
        ("AS", "Amerika Serikat"),
        ("US", "Amerika Serikat"),
        ("USA", "Amerika Serikat"),
        ("Amerika", "Amerika Serikat"),
        ("Korut", "Korea Utara"),
        ("Korsel", "Korea Selatan"),
        ("Britania Raya", "Inggris"),
        ("Perancis", "Prancis"),
        ("UE", "Uni Eropa"),
        ("EU", "Uni Eropa"),
        ("PBB", "Perserikatan Bangsa-Bangsa"),
        ("Perserikatan Bangsa Bangsa", "Perserikatan Bangsa-Bangsa"),
        ("SCO", "Organisasi Kerja Sama Shanghai"),
        ("Organisasi Kerjasama Shanghai", "Organisasi Kerja Sama Shanghai"),
        ("organisasi kerja sama shanghai", "Organisasi Kerja Sama Shanghai"),
        ("REUTERS", "Reuters"),
        ("Dewan Atlantik", "Atlantic Council"),
    ],
)
def test_variants_resolve_to_the_canonical_name(form: str, name: str) -> None:
    known = lookup(form)
    assert known is not None and known.name == name


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Beijing", "China"),
        ("Moskow", "Rusia"),
        ("Washington", "Amerika Serikat"),
        ("Kyiv", "Ukraina"),
    ],
)
def test_a_capital_is_never_its_country(city: str, country: str) -> None:
    known = lookup(city)
    assert known is not None and known.name == city and known.kind == "city"
    assert country not in known.forms


@pytest.mark.parametrize(("form", "kind"), [("Tiongkok", "LOC"), ("NATO", "ORG"), ("BRICS", "ORG")])
def test_types(form: str, kind: str) -> None:
    known = lookup(form)
    assert known is not None and known.type == kind


@pytest.mark.parametrize("form", ["as", "As", "Us", "sco", "Bukan Negara"])
def test_acronyms_match_case_sensitively_and_unknown_is_none(form: str) -> None:
    assert lookup(form) is None


def test_no_form_names_two_entries() -> None:
    owner: dict[str, str] = {}
    for known in KNOWN:
        for form in known.forms:
            key = form if is_acronym(form) else fold(form)
            assert owner.setdefault(key, known.name) == known.name, form


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hubungan Rusia-Tiongkok bertahan", ["Rusia", "Tiongkok"]),
        ("nilai tukar US$ 1 terhadap rupiah", []),
        ("negara-negara Amerika Latin dan AS", ["Amerika Latin", "AS"]),
        ("perusahaan asing di Asia Tenggara", ["Asia Tenggara"]),
        ("pertemuan puncak Organisasi Kerja Sama Shanghai", ["Organisasi Kerja Sama Shanghai"]),
    ],
)
def test_pattern_finds_whole_known_forms_longest_first(text: str, found: list[str]) -> None:
    assert [m.group() for m in pattern().finditer(text)] == found


@given(st.text(alphabet="abcKS -", max_size=20))
def test_fold_is_idempotent(form: str) -> None:
    assert fold(fold(form)) == fold(form)


@pytest.mark.parametrize("word", ["Presiden", "menteri", "Direktur", "juru", "peneliti", "anggota"])
def test_role_heads(word: str) -> None:
    assert is_head(word) and is_role_word(word)


@pytest.mark.parametrize("word", ["mantan", "luar", "untuk"])
def test_role_words_that_do_not_begin_a_role(word: str) -> None:
    assert is_role_word(word) and not is_head(word)


def test_canonical_key_reads_exonyms_inside_longer_text() -> None:
    from kilas.lang.id.exonyms import canonical_key

    assert canonical_key("Presiden Cina") == canonical_key("Presiden China")
    assert canonical_key("Menlu AS") == canonical_key("Menlu Amerika Serikat")
    assert canonical_key("Duta Besar Korea Utara") != canonical_key("Duta Besar Korea Selatan")
    # a city is not its country
    assert canonical_key("Wali Kota Beijing") != canonical_key("Wali Kota China")
