"""Timeline: dated sentences merged per event and date, granularity kept, every entry cited."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from kilas.corpus.timeline import (
    TimelineSettings,
    build_timeline,
    chronological,
    story_timeline,
)
from kilas.model import Article, PrintedDate, Span, Story, TimeExpr, TimelineEntry


def _time(text: str, phrase: str, value: str, granularity: str, kind: str = "date") -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(
        span=Span.of(text, start, start + len(phrase)),
        value=value,
        granularity=granularity,
        kind=kind,
    )


def _article(
    id: str, text: str, times: list[tuple[str, str, str]], *, outlet: str, day: str
) -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        raw=text,
        text=text,
        outlet=outlet,
        published=PrintedDate(value=day, text=day),
        times=tuple(_time(text, *t) for t in times),
    )


TOL_KOMPAS = (
    "Presiden Joko Widodo meresmikan jalan tol Trans Jawa ruas Pejagan-Pemalang pada Kamis "
    "(20/12/2018). Peresmian dihadiri Menteri PUPR Basuki Hadimuljono. Tol ini dibangun "
    "sejak Februari 2016 dengan biaya Rp 6,9 triliun."
)
TOL_DETIK = (
    "Jalan tol Trans Jawa ruas Pejagan-Pemalang diresmikan Presiden Joko Widodo pada Kamis "
    "(20/12/2018) di Brebes. Pembangunan tol dimulai pada Februari 2016."
)
TOL_ANTARA = (
    "Presiden Joko Widodo meresmikan tol Pejagan-Pemalang, bagian jalan tol Trans Jawa, "
    "Kamis (20/12/2018). Perjalanan Jakarta-Semarang kini hanya selama enam jam."
)


@pytest.fixture()
def tol() -> list[Article]:
    """Three outlets telling the same opening, and the same background month."""
    return [
        _article(
            "kompas",
            TOL_KOMPAS,
            [("Kamis (20/12/2018)", "2018-12-20", "day"), ("Februari 2016", "2016-02", "month")],
            outlet="Kompas.com",
            day="2018-12-20",
        ),
        _article(
            "detik",
            TOL_DETIK,
            [("Kamis (20/12/2018)", "2018-12-20", "day"), ("Februari 2016", "2016-02", "month")],
            outlet="detikcom",
            day="2018-12-20",
        ),
        _article(
            "antara",
            TOL_ANTARA,
            [
                ("Kamis (20/12/2018)", "2018-12-20", "day"),
                ("selama enam jam", "PT6H", "time", "duration"),
            ],
            outlet="Antara",
            day="2018-12-21",
        ),
    ]


def test_the_same_event_told_by_three_outlets_is_one_entry_citing_all(tol: list[Article]) -> None:
    entries = [e for e in build_timeline(tol) if e.date == "2018-12-20"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.granularity == "day"
    assert {c.article_id for c in entry.citations} == {"kompas", "detik", "antara"}
    assert {c.outlet for c in entry.citations} == {"Kompas.com", "detikcom", "Antara"}
    assert "Pejagan-Pemalang" in entry.description


def test_a_month_stays_a_month(tol: list[Article]) -> None:
    (entry,) = [e for e in build_timeline(tol) if e.date.startswith("2016")]
    assert (entry.date, entry.granularity) == ("2016-02", "month")
    assert {c.article_id for c in entry.citations} == {"kompas", "detik"}


def test_a_duration_never_dates_a_sentence(tol: list[Article]) -> None:
    cited = [c for e in build_timeline(tol) for c in e.citations if c.article_id == "antara"]
    assert all("enam jam" not in TOL_ANTARA[c.start : c.end] for c in cited)


def test_citations_are_sentences_holding_the_date(tol: list[Article]) -> None:
    texts = {a.id: a.text for a in tol}
    for entry in build_timeline(tol):
        for citation in entry.citations:
            sentence = texts[citation.article_id][citation.start : citation.end]
            assert sentence.strip()
        first = entry.citations[0]
        assert entry.description in {
            " ".join(texts[c.article_id][c.start : c.end].split()) for c in entry.citations
        }
        assert first.end > first.start


def test_ranked_most_sources_first_and_limit_keeps_the_top(tol: list[Article]) -> None:
    entries = build_timeline(tol)
    assert entries[0].date == "2018-12-20"
    assert [e.score for e in entries] == sorted((e.score for e in entries), reverse=True)
    assert build_timeline(tol, limit=1) == entries[:1]
    assert len(build_timeline(tol, limit=None)) == len(entries)


def test_a_finer_date_in_the_sentence_wins_over_its_month() -> None:
    text = (
        "Putin dan Xi bertemu di sela-sela KTT Organisasi Kerja Sama Shanghai di Samarkand "
        "pada September, tepatnya Kamis (15/9)."
    )
    article = _article(
        "sco",
        text,
        [("September", "2022-09", "month"), ("Kamis (15/9)", "2022-09-15", "day")],
        outlet="kumparan",
        day="2022-12-30",
    )
    assert [(e.date, e.granularity) for e in build_timeline([article])] == [("2022-09-15", "day")]


def test_no_times_layer_no_entries() -> None:
    article = Article(id="x", source="x", raw="Presiden tiba di Beijing. " * 3, text="Presiden.")
    assert build_timeline([article]) == ()


def test_story_timeline_cites_only_the_story(tol: list[Article]) -> None:
    story = Story(id="s", label="Tol", articles=("kompas", "detik"))
    entries = story_timeline(story, tol)
    assert {c.article_id for e in entries for c in e.citations} <= {"kompas", "detik"}
    assert all(e.story_id == "s" for e in entries)
    dates = [e.date for e in chronological(entries)]
    assert dates == sorted(dates)


# ----------------------------------------------------------------- seeds, real time stage


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> list[Article]:
    """The seed articles through the per-article stages the timeline reads, linked as
    :func:`kilas.corpus.analyze.analyze` links them before building the timeline."""
    from kilas.analysis import infer_date
    from kilas.annotate.entities import NerModel, find_entities
    from kilas.annotate.sentences import split_sentences
    from kilas.annotate.time import find_times
    from kilas.clean import clean_article
    from kilas.corpus.link import link_entities
    from kilas.pipeline import Pipeline

    pipeline = Pipeline(
        [clean_article, split_sentences, find_entities, infer_date, find_times],
        options={"entities": {"model": NerModel.load()}},
    )
    annotated = [
        pipeline(Article(id=p.name, source=p.name, raw=p.read_text(encoding="utf-8")))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]
    return list(link_entities(annotated).articles)


@pytest.fixture(scope="module")
def gold_stories(gold: dict[str, Any]) -> list[Story]:
    """The gold stories of the seeds (story clustering is tested in test_stories.py)."""
    return [Story(id=s["id"], label=s["label"], articles=tuple(s["docs"])) for s in gold["stories"]]


A = "000_74d07013873802ec.txt"
B = "001_efabbbb21d33a378.txt"
C = "002_55c167d3a3c6d0d8.txt"
D = "003_3f1231850dda2433.txt"
E = "004_5bb9aeed40329113.txt"


GOLD_ENTRIES = [
    ("2022-02", "month", {A, B, D, E}),
    ("2022-02-24", "day", {D}),
    ("2022-09-15", "day", {D}),
    ("2022-12-30", "day", {D}),
    ("2023-03", "month", {A}),
    ("2023-10-16", "day", {B}),
    ("2023-10-17", "day", {A, B}),
    ("2024-03", "month", {E}),
    pytest.param(
        "2024-05-16",
        "day",
        {C},
        marks=pytest.mark.xfail(
            strict=True,
            reason="'pada hari Kamis' in 002, which prints no date and dates nothing else; its "
            "story's other article 004 is dated by its text only to months (after 'Maret' 2024, "
            "before the 2024-25 culture year opens), which hold dozens of Thursdays, and 004's own "
            "weekdays ('Selasa sore', 'hari Senin') are relative to that unknown day; naming "
            "the Thursday takes outside knowledge (when the visit was)",
        ),
    ),
]


@pytest.mark.parametrize(("date", "granularity", "docs"), GOLD_ENTRIES)
def test_seed_gold_entry_date_granularity_and_citations(
    seeds: list[Article], gold_stories: list[Story], date: str, granularity: str, docs: set[str]
) -> None:
    found = [e for e in build_timeline(seeds, gold_stories) if e.date == date]
    assert [e for e in found if e.granularity == granularity and _cited(e) == docs]


def test_seed_gold_entries_are_the_gold_list(gold: dict[str, Any]) -> None:
    listed = {getattr(c, "values", c)[:2] for c in GOLD_ENTRIES}
    assert listed == {(g["date"], g["granularity"]) for g in gold["timeline"]}


def test_seed_no_limits_month_merges_across_stories_and_keeps_the_invasion_apart(
    seeds: list[Article], gold_stories: list[Story]
) -> None:
    found = [e for e in build_timeline(seeds, gold_stories) if e.date == "2022-02"]
    assert all(e.granularity == "month" for e in found)
    # 000, 003 and 004 (three stories) tell the Beijing meeting before the Olympics, and 001
    # as "pertemuan presiden kedua negara" (the two presidents: the same people, the same act)
    (meeting,) = [e for e in found if A in _cited(e)]
    assert _cited(meeting) == {A, B, D, E}
    # 002 names the month the war began ("melancarkan perangnya di Ukraina pada Februari 2022")
    (invasion,) = [e for e in found if C in _cited(e)]
    assert _cited(invasion) == {C}
    assert "Februari 2022" in invasion.description


def _cited(entry: TimelineEntry) -> set[str]:
    return {c.article_id for c in entry.citations}


def test_the_timeline_does_not_depend_on_article_order(tol: list[Article]) -> None:
    assert build_timeline(tol) == build_timeline(list(reversed(tol)))
    assert build_timeline(tol) == build_timeline([tol[1], tol[2], tol[0]])


# ------------------------------------------- the same people doing the same thing in a month

JOKOWI_MAHATHIR = (
    "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Mahathir Mohamad di Istana Bogor "
    "pada Juni 2018 untuk membahas perbatasan."
)
TWO_LEADERS = (
    "Presiden Joko Widodo menerima Perdana Menteri Mahathir Mohamad di Istana Bogor. "
    "Pertemuan kedua pemimpin pada Juni 2018 menghasilkan kesepakatan soal tenaga kerja."
)
TWO_LEADERS_SIGN = (
    "Presiden Joko Widodo menerima Perdana Menteri Mahathir Mohamad di Istana Bogor. "
    "Kedua pemimpin menandatangani nota kesepahaman soal tenaga kerja pada Juni 2018."
)
JOKOWI_DUTERTE = (
    "Pertemuan Joko Widodo dengan Rodrigo Duterte di Davao pada Juni 2018 berlangsung "
    "tertutup selama dua jam."
)
PEOPLE = {
    "Joko Widodo": ("jokowi", "Presiden"),
    "Mahathir Mohamad": ("mahathir", "Perdana Menteri Malaysia"),
    "Rodrigo Duterte": ("duterte", "Presiden Filipina"),
}


def _with_people(id: str, text: str, date: tuple[str, str, str] | None = None) -> Article:
    """An article dated by its "Juni 2018" (or ``date``), with its persons linked."""
    from kilas.model import Mention

    mentions = tuple(
        Mention(
            span=Span.of(text, text.index(name), text.index(name) + len(name)),
            label="PER",
            entity_id=entity_id,
            role=role,
        )
        for name, (entity_id, role) in PEOPLE.items()
        if name in text
    )
    dates = [date or ("Juni 2018", "2018-06", "month")]
    article = _article(id, text, dates, outlet=id, day="2018-12-28")
    return dataclasses.replace(
        article, mentions=tuple(sorted(mentions, key=lambda m: m.span.start))
    )


def _june(articles: list[Article], **options: int) -> list[set[str]]:
    """The articles cited by each June 2018 entry."""
    settings = TimelineSettings(**options)
    entries = build_timeline(articles, settings=settings)
    return sorted((_cited(e) for e in entries if e.date == "2018-06"), key=sorted)


def test_a_meeting_told_as_both_leaders_joins_the_telling_that_names_them() -> None:
    pile = [_with_people("kompas", JOKOWI_MAHATHIR), _with_people("antara", TWO_LEADERS)]
    assert _june(pile, min_shared_people=0) == [{"antara"}, {"kompas"}]  # too few shared words
    assert _june(pile) == [{"antara", "kompas"}]


def test_the_same_pair_doing_something_else_that_month_stays_apart() -> None:
    pile = [_with_people("kompas", JOKOWI_MAHATHIR), _with_people("antara", TWO_LEADERS_SIGN)]
    assert _june(pile) == [{"antara"}, {"kompas"}]


def test_one_shared_person_doing_the_same_thing_is_not_the_same_event() -> None:
    pile = [_with_people("kompas", JOKOWI_MAHATHIR), _with_people("detik", JOKOWI_DUTERTE)]
    assert _june(pile, min_shared_people=1) == [{"detik", "kompas"}]  # Jokowi, "pertemuan"
    assert _june(pile) == [{"detik"}, {"kompas"}]


def test_a_year_holds_many_acts_of_the_same_pair_so_it_ties_nothing() -> None:
    year = ("tahun 2018", "2018", "year")
    pile = [
        _with_people("kompas", JOKOWI_MAHATHIR.replace("Juni 2018", "tahun 2018"), year),
        _with_people("antara", TWO_LEADERS.replace("Juni 2018", "tahun 2018"), year),
    ]
    entries = [e for e in build_timeline(pile) if e.date == "2018"]
    assert sorted((_cited(e) for e in entries), key=sorted) == [{"antara"}, {"kompas"}]
