"""Per-outlet boilerplate learned across articles."""

from __future__ import annotations

import json

import pytest

from kilas.clean import BoilerplateLearner, clean_article, normalize_line
from kilas.errors import ConfigError
from kilas.model import Article
from kilas.settings import CleanSettings

PROMO = "Ikuti berita terkini dari Kompas.com di Google News"
BODIES = (
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Senin (12/8).",
    "Menteri Keuangan Sri Mulyani mengatakan defisit anggaran tetap terjaga tahun ini.",
    "Harga beras di Pasar Induk Cipinang naik dua persen sepanjang pekan lalu.",
    "Polda Metro Jaya menilang 219 pengendara yang melanggar aturan ganjil genap.",
)


def _article(
    index: int, body: str, *, outlet: str | None = "Kompas.com", url: str | None = None
) -> Article:
    return Article(id=str(index), source="t", raw=f"{body}\n\n{PROMO}", outlet=outlet, url=url)


def test_normalize_line() -> None:
    assert normalize_line("  Baca  Juga: Berita 2024 ") == "baca juga: berita 0000"
    assert normalize_line("ADVERTISEMENT") == normalize_line("advertisement")


def test_a_line_in_every_article_of_an_outlet_is_learned_and_removed() -> None:
    learner = BoilerplateLearner()
    for i, body in enumerate(BODIES):
        learner.observe(_article(i, body))
    lines = learner.lines_for("Kompas.com")
    assert normalize_line(PROMO) in lines
    assert not any(normalize_line(body) in lines for body in BODIES)
    cleaned = clean_article(_article(9, BODIES[0]), boilerplate=lines)
    assert cleaned.text == BODIES[0]
    assert [(r.text, r.reason) for r in cleaned.removed] == [(PROMO, "learned-boilerplate")]


def test_thresholds_need_enough_articles() -> None:
    learner = BoilerplateLearner(settings=CleanSettings(boilerplate_min_articles=5))
    for i, body in enumerate(BODIES):
        learner.observe(_article(i, body))
    assert learner.lines_for("Kompas.com") == frozenset()


def test_outlets_are_kept_apart_and_url_host_is_the_fallback() -> None:
    learner = BoilerplateLearner()
    for i, body in enumerate(BODIES):
        learner.observe(_article(i, body, outlet=None, url=f"https://www.kompas.com/read/{i}"))
    assert normalize_line(PROMO) in learner.lines_for("kompas.com")
    assert normalize_line(PROMO) in learner.lines_for("Kompas")
    assert learner.lines_for("Tempo.co") == frozenset()
    assert learner.lines_for(None) == frozenset()


def test_round_trip_through_json() -> None:
    learner = BoilerplateLearner()
    for i, body in enumerate(BODIES):
        learner.observe(_article(i, body))
    again = BoilerplateLearner.from_dict(json.loads(json.dumps(learner.to_dict())))
    assert again.lines_for("Kompas.com") == learner.lines_for("Kompas.com")
    assert again.to_dict() == learner.to_dict()


def test_bad_dict_is_a_coded_error() -> None:
    with pytest.raises(ConfigError, match="E110"):
        BoilerplateLearner.from_dict({"lines": []})


def test_memory_stays_bounded() -> None:
    from kilas.clean.boilerplate import MAX_LINES_PER_OUTLET

    learner = BoilerplateLearner()
    for i in range(3 * MAX_LINES_PER_OUTLET):
        learner.observe(
            Article(id=str(i), source="t", raw=f"baris unik nomor {'x' * (i % 97)} {i}", outlet="X")
        )
    assert len(learner.to_dict()["lines"]["x"]) <= 2 * MAX_LINES_PER_OUTLET
