"""Benchmark the quotes stage: P/R/F1 of (span, speaker) on the seeds gold and IndoSum.

Usage::

    .venv/bin/python bench/quotes.py [--data ../shared/data] [--no-entities] [--json]

A found quote matches a gold quote when both are of the same kind, their spans
overlap by at least half of the longer of the two (for a seed gold quote marked
``prefix`` or ``contains``: the gold text starts, or lies, in the found span),
and the speakers are the same name (case-insensitive; ``None`` matches
``None``; a gold list of speakers matches any of them). Each gold quote
matches at most one found quote. Figures are given separately for direct and
indirect quotes, beside the span-only F1 (speaker ignored).

Data (see ``tests/data/README.md`` for how the IndoSum sets were made):

* seeds: ``../shared/gold/seeds.json`` over ``../shared/seeds``, cleaned as the
  pipeline does. That gold lists the quotes the briefing needs, not every
  quote, so precision there counts true quotes it leaves out as errors.
* indosum: ``tests/data/quotes_indosum.jsonl`` (30 articles, 120 quotes).
* indosum_b: ``tests/data/quotes_indosum_b.jsonl`` (20 other articles, 110
  quotes, annotated by a second annotator).
* indosum_c: ``tests/data/quotes_indosum_c.jsonl`` (12 more articles, 76
  quotes, second annotator, made after tuning on the other two).
* indosum_d: ``tests/data/quotes_indosum_d.jsonl`` (15 more articles, 78
  quotes, a third annotator, made before a later round of changes and held out
  from it).
* indosum_e: ``tests/data/quotes_indosum_e.jsonl`` (22 more articles from all
  ten outlets, 93 quotes, annotated before the stage was run on them, held out).
* indosum_f: ``tests/data/quotes_indosum_f.jsonl`` (26 more articles from nine
  outlets, 185 quotes, picked for several speakers and pronoun cues; a
  development set).
* indosum_g: ``tests/data/quotes_indosum_g.jsonl`` (16 more articles, 82
  quotes, picked for indirect speech; a development set).

The IndoSum sets are read on the ``text`` field as it is. The baseline, in
the same run, is one regular expression per kind: ``"…," kata|ujar NAME`` for
direct quotes and ``NAME mengatakan (bahwa) …`` for indirect ones (NAME:
capitalised words). Speed is the stage alone (sentences computed beforehand,
no entities layer), one core, on every IndoSum article, best of three rounds,
as CPU time of this process and as wall-clock time.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kilas.annotate.entities import NerModel, find_entities
from kilas.annotate.quotes import find_quotes
from kilas.annotate.sentences import split_sentences
from kilas.clean.article import clean_article
from kilas.model import Article, PrintedDate

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
GOLD = REPO.parent / "shared" / "gold" / "seeds.json"
SEEDS = REPO.parent / "shared" / "seeds"
ANNOTATED = REPO / "tests" / "data" / "quotes_indosum.jsonl"
ANNOTATED_B = REPO / "tests" / "data" / "quotes_indosum_b.jsonl"
ANNOTATED_C = REPO / "tests" / "data" / "quotes_indosum_c.jsonl"
ANNOTATED_D = REPO / "tests" / "data" / "quotes_indosum_d.jsonl"
ANNOTATED_E = REPO / "tests" / "data" / "quotes_indosum_e.jsonl"
ANNOTATED_F = REPO / "tests" / "data" / "quotes_indosum_f.jsonl"
ANNOTATED_G = REPO / "tests" / "data" / "quotes_indosum_g.jsonl"
SETS = (
    "seeds",
    "indosum",
    "indosum_b",
    "indosum_c",
    "indosum_d",
    "indosum_e",
    "indosum_f",
    "indosum_g",
)
KINDS = ("direct", "indirect")

Found = tuple[int, int, str, str | None]  # start, end, kind, speaker
Gold = tuple[int, int, str, tuple[str | None, ...], str]  # start, end, kind, speakers, match

_NAME = r"((?:[A-Z][\w.'-]*\s?){1,4})"
_BASE_DIRECT = re.compile(r"[\"“]([^\"“”]+)[\"”]\s*,?\s*(?:kata|ujar)\s+" + _NAME)
_BASE_INDIRECT = re.compile(_NAME + r"\s+mengatakan\s+(?:bahwa\s+)?([^.]+)")


@dataclasses.dataclass
class Doc:
    """An article ready for the stage, with its gold quotes."""

    article: Article
    gold: list[Gold]


def _published(value: str | None) -> PrintedDate | None:
    return PrintedDate(value=value, text=value, source="metadata") if value else None


def seed_docs() -> list[Doc]:
    """The seed articles, cleaned, with their gold quotes located in the clean text."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = []
    for name, entry in gold["docs"].items():
        raw = (SEEDS / name).read_text(encoding="utf-8")
        article = split_sentences(clean_article(Article(id=name, source=name, raw=raw)))
        quotes = []
        for quote in entry.get("quotes", []):
            start = article.text.find(quote["text"].strip())
            if start < 0:
                print(
                    f"seed gold not in clean text: {name}: {quote['text'][:40]!r}", file=sys.stderr
                )
                continue
            speakers = (
                quote["speaker"] if isinstance(quote["speaker"], list) else [quote["speaker"]]
            )
            end = start + len(quote["text"].strip())
            quotes.append((start, end, quote["kind"], tuple(speakers), quote.get("match", "")))
        docs.append(Doc(article, quotes))
    return docs


def load_indosum(data: Path) -> dict[str, Article]:
    """Every IndoSum article by id, sentences split, its ``text`` field as the clean text."""
    articles = {}
    with (data / "indosum" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            article = Article(
                id=row["id"],
                source="indosum",
                raw=row["text"],
                text=row["text"],
                published=_published(row.get("published")),
            )
            articles[row["id"]] = split_sentences(article)
    return articles


def annotated_docs(path: Path, articles: dict[str, Article]) -> list[Doc]:
    """The articles annotated in ``path`` with their gold quotes.

    A gold ``speaker`` is a name, ``null``, or a list of names any of which counts.
    """
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold: list[Gold] = []
        for q in row["quotes"]:
            speakers = q["speaker"] if isinstance(q["speaker"], list) else [q["speaker"]]
            gold.append((q["start"], q["end"], q["kind"], tuple(speakers), ""))
        docs.append(Doc(articles[row["id"]], gold))
    return docs


def indosum_docs(data: Path) -> tuple[list[Doc], list[Article]]:
    """The first annotated IndoSum set (with gold) and every IndoSum article (for speed)."""
    articles = load_indosum(data)
    return annotated_docs(ANNOTATED, articles), list(articles.values())


def kilas(article: Article) -> list[Found]:
    """The stage's quotes."""
    return [(q.span.start, q.span.end, q.kind, q.speaker) for q in find_quotes(article).quotes]


def baseline(article: Article) -> list[Found]:
    """One regular expression per kind."""
    text = article.text
    found: list[Found] = []
    for match in _BASE_DIRECT.finditer(text):
        found.append((match.start(1), match.end(1), "direct", match.group(2).strip()))
    for match in _BASE_INDIRECT.finditer(text):
        found.append((match.start(2), match.end(2), "indirect", match.group(1).strip()))
    return found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def _span_fits(found: Found, gold: Gold) -> bool:
    """Overlap by half the longer span; a seed gold "prefix"/"contains" text lies inside."""
    if gold[4] == "prefix":
        return (
            found[0] <= gold[0] < found[1] and gold[0] - found[0] <= 2 and gold[1] <= found[1] + 2
        )
    if gold[4] == "contains":
        return found[0] <= gold[0] + 2 and gold[1] <= found[1] + 2
    return _overlaps((found[0], found[1]), (gold[0], gold[1]))


def _same(speaker: str | None, accepted: tuple[str | None, ...]) -> bool:
    low = speaker.casefold() if speaker else None
    return any((a.casefold() if a else None) == low for a in accepted)


def score(docs: Sequence[Doc], system: Callable[[Article], list[Found]]) -> dict[str, Any]:
    """P/R/F1 per kind, with and without the speaker."""
    counts = {k: {"tp": 0, "span_tp": 0, "found": 0, "gold": 0} for k in KINDS}
    for doc in docs:
        found = system(doc.article)
        for kind in KINDS:
            mine = [f for f in found if f[2] == kind]
            gold = [g for g in doc.gold if g[2] == kind]
            counts[kind]["found"] += len(mine)
            counts[kind]["gold"] += len(gold)
            counts[kind]["tp"] += _matched(mine, gold, speaker=True)
            counts[kind]["span_tp"] += _matched(mine, gold, speaker=False)
    return {kind: _prf(c) for kind, c in counts.items()}


def _matched(found: list[Found], gold: list[Gold], *, speaker: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, f in enumerate(found):
            if i in used or not _span_fits(f, g):
                continue
            if speaker and not _same(f[3], g[3]):
                continue
            used.add(i)
            hits += 1
            break
    return hits


def _prf(c: dict[str, int]) -> dict[str, float | int]:
    p = c["tp"] / c["found"] if c["found"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    sp = c["span_tp"] / c["found"] if c["found"] else 0.0
    sr = c["span_tp"] / c["gold"] if c["gold"] else 0.0
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    return {
        "P": round(100 * p, 1),
        "R": round(100 * r, 1),
        "F1": round(100 * f, 1),
        "span_F1": round(100 * sf, 1),
        "found": c["found"],
        "gold": c["gold"],
    }


def speed(articles: Sequence[Article], rounds: int = 3) -> tuple[float, float]:
    """Articles per second of the stage alone, best of ``rounds``: (CPU time, wall clock)."""
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for article in articles:
            find_quotes(article)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return len(articles) / best_cpu, len(articles) / best_wall


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmark and print a report (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-entities", action="store_true", help="run without the NER layer")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    articles = load_indosum(args.data)
    docs = {
        "seeds": seed_docs(),
        "indosum": annotated_docs(ANNOTATED, articles),
        "indosum_b": annotated_docs(ANNOTATED_B, articles),
        "indosum_c": annotated_docs(ANNOTATED_C, articles),
        "indosum_d": annotated_docs(ANNOTATED_D, articles),
        "indosum_e": annotated_docs(ANNOTATED_E, articles),
        "indosum_f": annotated_docs(ANNOTATED_F, articles),
        "indosum_g": annotated_docs(ANNOTATED_G, articles),
    }
    if not args.no_entities:
        model = NerModel.load()
        for doc in (d for name in SETS for d in docs[name]):
            doc.article = find_entities(doc.article, model=model)
    cpu, wall = speed(list(articles.values()))
    report: dict[str, Any] = {
        "entities": not args.no_entities,
        **{
            name: {"kilas": score(docs[name], kilas), "baseline": score(docs[name], baseline)}
            for name in SETS
        },
        "speed_articles_per_s_cpu": round(cpu),
        "speed_articles_per_s_wall": round(wall),
        "articles_timed": len(articles),
        "machine": f"{platform.machine()} Python {platform.python_version()}",
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return report


def _print(report: dict[str, Any]) -> None:
    print(f"entities layer: {report['entities']}")
    print("| data | system | kind | P | R | F1 | span F1 | found | gold |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for data in SETS:
        for system in ("kilas", "baseline"):
            for kind in KINDS:
                s = report[data][system][kind]
                print(
                    f"| {data} | {system} | {kind} | {s['P']} | {s['R']} | {s['F1']} | "
                    f"{s['span_F1']} | {s['found']} | {s['gold']} |"
                )
    print(
        f"speed: {report['speed_articles_per_s_cpu']} articles/s CPU time, "
        f"{report['speed_articles_per_s_wall']} wall clock, one core "
        f"({report['articles_timed']} IndoSum articles); {report['machine']}"
    )


if __name__ == "__main__":
    main()
