"""Entity mentions on the seed articles and article-level consistency."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kilas.annotate.entities import (
    NerModel,
    _new_surname,
    _particle_names,
    _repair,
    find_entities,
)
from kilas.annotate.ner_features import Lexicon
from kilas.annotate.sentences import split_sentences
from kilas.errors import ConfigError
from kilas.model import Article


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def annotate(text: str, model: NerModel) -> Article:
    article = Article(id="t", source="test", raw=text, text=text)
    result: Article = find_entities(split_sentences(article), model=model)
    return result


PEOPLE = {
    "000_74d07013873802ec.txt": ["Xi Jinping", "Alexander Gabuev", "Putin"],
    "001_efabbbb21d33a378.txt": ["Vladimir Putin", "Sergei Lavrov", "Matthew Kroenig"],
    "002_55c167d3a3c6d0d8.txt": ["Kurt Volker", "Andrey Belousov", "Alexandra Prokopenko"],
    "003_3f1231850dda2433.txt": ["Vladimir Putin", "Xi Jinping", "Ukhnaa Khurelsukh"],
    "004_5bb9aeed40329113.txt": ["Emmanuel Macron", "Ursula von der Leyen", "Wang Wenbin"],
}


@pytest.mark.parametrize(("name", "people"), sorted(PEOPLE.items()))
def test_seed_people_are_found_as_persons(
    name: str, people: list[str], seed_texts: dict[str, str], model: NerModel
) -> None:
    article = annotate(seed_texts[name], model)
    persons = {m.span.text for m in article.mentions if m.label == "PER"}
    assert set(people) <= persons


def test_partial_name_is_linked_to_full_name(model: NerModel) -> None:
    text = (
        "Direktur Carnegie Russia Eurasia Center Alexander Gabuev menilai hubungan itu erat. "
        "Gabuev meyakini pula bahwa kerja sama pertahanan mereka akan tumbuh."
    )
    article = annotate(text, model)
    gabuev = [m for m in article.mentions if m.span.text == "Gabuev"]
    assert gabuev
    assert gabuev[0].label == "PER"
    assert gabuev[0].name == "Alexander Gabuev"


def test_one_label_per_surface_form(seed_texts: dict[str, str], model: NerModel) -> None:
    for text in seed_texts.values():
        article = annotate(text, model)
        labels: dict[str, set[str]] = {}
        for m in article.mentions:
            labels.setdefault(m.span.text, set()).add(m.label)
        assert all(len(v) == 1 for v in labels.values())


def test_mentions_are_ordered_and_disjoint(seed_texts: dict[str, str], model: NerModel) -> None:
    article = annotate(seed_texts["003_3f1231850dda2433.txt"], model)
    spans = [(m.span.start, m.span.end) for m in article.mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert "mentions" in article.layers


def test_country_before_a_name_is_split_off(model: NerModel) -> None:
    article = annotate("Presiden Rusia Vladimir Putin tiba di Beijing.", model)
    found = {(m.span.text, m.label) for m in article.mentions}
    assert ("Vladimir Putin", "PER") in found


def test_missing_model_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E110"):
        NerModel.load(tmp_path)


def test_name_particle_takes_the_given_name_from_an_organisation() -> None:
    words = [
        "kepala",
        "Komisi",
        "Uni",
        "Eropa",
        "Ursula",
        "von",
        "der",
        "Leyen",
        ",",
        "Xi",
        "berjanji",
    ]
    spans = _particle_names(words, [(1, 5, "ORG"), (7, 8, "PER")])
    assert spans == [(1, 4, "ORG"), (4, 8, "PER")]


def test_name_particle_joins_two_halves_of_one_person() -> None:
    words = ["Pangeran", "Mohammed", "bin", "Salman", "tiba"]
    assert _particle_names(words, [(1, 2, "PER"), (3, 4, "PER")]) == [(1, 4, "PER")]


def test_particle_after_lower_case_word_is_left_alone() -> None:
    words = ["kata", "von", "der", "Leyen"]
    assert _particle_names(words, [(3, 4, "PER")]) == [(3, 4, "PER")]


@pytest.mark.parametrize(
    ("words", "end", "expected"),
    [
        (["“", "Fumigasi", "dilakukan"], 2, (1, 2, "PER")),
        (["Joko", "Widodo", "”", "tiba"], 3, (0, 2, "PER")),
    ],
)
def test_entity_never_begins_or_ends_with_punctuation(
    words: list[str], end: int, expected: tuple[int, int, str]
) -> None:
    assert _repair(words, 0, end, "PER", Lexicon()) == [expected]


def test_first_name_followed_by_a_new_surname_is_one_person(model: NerModel) -> None:
    text = (
        "Presiden China Xi Xinping tiba di Moskow pada Senin. "
        "Putin memuji pengumuman Xi Jinping mengenai jalur sutra baru itu."
    )
    article = annotate(text, model)
    found = {(m.span.text, m.label) for m in article.mentions}
    assert ("Xi Jinping", "PER") in found
    assert ("Xi", "PER") not in found


def test_surname_is_not_an_ordinary_word() -> None:
    words = ["Xi", "Bertemu"]
    toks = [(0, 2), (3, 10)]
    assert not _new_surname(words, 0, "Xi Xinping", set(), toks)
    assert _new_surname(["Xi", "Jinping"], 0, "Xi Xinping", set(), [(0, 2), (3, 10)])
    assert not _new_surname(["Putin", "Jinping"], 0, "Vladimir Putin", set(), toks)
