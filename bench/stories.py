"""Story clustering: B³ precision / recall / F1 and ARI on ECB+ dev and on the seeds.

ECB+ dev (English, topics 1–22 less those held out): every topic holds two
similar but different real events; the gold story is the ``subtopic``. All
documents are clustered together (not topic by topic), with scikit-learn's
English stopword list plugged in through ``StorySettings.stopwords``; ECB+
has no entity or date layers, so stories fall back to capitalised words for
entities and use no dates. The seeds are clustered three times: from raw text
only, after the per-article pipeline (clean, sentences, entities, dates,
times), and after that and entity linking (what ``kilas.corpus.analyze`` runs).

The seeds' timeline is scored against the nine gold entries: an entry is found
when the timeline has one with the gold date, the gold granularity and exactly
the gold articles cited; once over the analysis (stories computed), once over
the gold stories (the timeline alone, on the articles linked as the analysis
links them).

    nice -n 10 .venv/bin/python bench/stories.py [--threshold 0.15] [--sweep] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.metrics import adjusted_rand_score

from kilas.corpus.stories import StorySettings, build_stories
from kilas.model import Article
from kilas.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
ECB = SHARED / "data" / "clustering" / "ecbplus-dev.jsonl"


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 of a clustering against gold labels (one label per item)."""
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_sizes = Counter(gold)
    pred_sizes = Counter(predicted)
    precision = sum(n * n / pred_sizes[p] for (g, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_sizes[g] for (g, p), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def ecb_articles(limit_topics: int | None = None) -> tuple[list[Article], list[str]]:
    """ECB+ dev documents as English articles, with their gold subtopic."""
    rows = [json.loads(line) for line in ECB.read_text(encoding="utf-8").splitlines()]
    if limit_topics is not None:
        topics = sorted({r["topic"] for r in rows})[:limit_topics]
        rows = [r for r in rows if r["topic"] in topics]
    articles = [
        Article(id=r["doc_id"], source=r["doc_id"], raw=r["text"], text=r["text"], language="en")
        for r in rows
    ]
    return articles, [r["subtopic"] for r in rows]


def seed_articles(annotate: bool) -> tuple[list[Article], list[str]]:
    """The seed articles (raw text, or run through the per-article pipeline) and gold stories."""
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    story_of = {doc: s["id"] for s in gold["stories"] for doc in s["docs"]}
    articles = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        articles.append(Article(id=path.name, source=path.name, raw=raw, text=raw))
    if annotate:
        pipeline = annotation_pipeline()
        articles = [pipeline(Article(id=a.id, source=a.source, raw=a.raw)) for a in articles]
    return articles, [story_of[a.id] for a in articles]


def annotation_pipeline() -> Pipeline:
    """Clean, sentences, entities, publication date, times (the stages stories read)."""
    from kilas.analysis import infer_date
    from kilas.annotate.entities import NerModel, find_entities
    from kilas.annotate.sentences import split_sentences
    from kilas.annotate.time import find_times
    from kilas.clean import clean_article

    stages = [clean_article, split_sentences, find_entities, infer_date, find_times]
    return Pipeline(stages, options={"entities": {"model": NerModel.load()}})


def linked(articles: list[Article]) -> list[Article]:
    """The articles with their mentions linked across the pile (as the corpus stages do)."""
    from kilas.corpus.link import link_entities

    by_id = {a.id: a for a in link_entities(articles).articles}
    return [by_id[a.id] for a in articles]


def timeline_found(articles: list[Article]) -> dict[str, str]:
    """Gold timeline entries found, over the analysis and over the gold stories."""
    from kilas.corpus.analyze import analyze
    from kilas.corpus.timeline import build_timeline
    from kilas.model import Story

    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    stories = [
        Story(id=s["id"], label=s["label"], articles=tuple(s["docs"])) for s in gold["stories"]
    ]
    runs = {
        "analysis": analyze(articles).timeline,
        "gold stories": build_timeline(linked(articles), stories),
    }
    out = {}
    for name, timeline in runs.items():
        found = [
            g["date"]
            for g in gold["timeline"]
            if any(
                (e.date, e.granularity) == (g["date"], g["granularity"])
                and {c.article_id for c in e.citations} == set(g["docs"])
                for e in timeline
            )
        ]
        missed = [g["date"] for g in gold["timeline"] if g["date"] not in found]
        out[name] = f"{len(found)}/{len(gold['timeline'])} (missed: {', '.join(missed) or 'none'})"
    return out


def score(articles: list[Article], gold: list[str], settings: StorySettings) -> dict[str, float]:
    """Cluster and score one data set."""
    started = time.perf_counter()
    stories = build_stories(articles, settings=settings)
    seconds = time.perf_counter() - started
    story_of = {i: s.id for s in stories for i in s.articles}
    predicted = [story_of[a.id] for a in articles]
    p, r, f = bcubed(gold, predicted)
    return {
        "docs": len(articles),
        "gold_stories": len(set(gold)),
        "stories": len(stories),
        "b3_p": round(100 * p, 2),
        "b3_r": round(100 * r, 2),
        "b3_f1": round(100 * f, 2),
        "ari": round(adjusted_rand_score(gold, predicted), 4),
        "seconds": round(seconds, 2),
    }


def sweep(settings: StorySettings) -> int:
    """Print ECB+ dev B³ F1 and ARI for a range of thresholds (to show the plateau)."""
    articles, gold = ecb_articles()
    print("| threshold | stories | B³ P | B³ R | B³ F1 | ARI |")
    print("|---:|---:|---:|---:|---:|---:|")
    for step in range(8, 25, 2):
        r = score(articles, gold, dataclasses.replace(settings, threshold=step / 100))
        print(
            f"| {step / 100:.2f} | {r['stories']} | {r['b3_p']} | {r['b3_r']} | {r['b3_f1']} "
            f"| {r['ari']} |"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=StorySettings().threshold)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sweep", action="store_true", help="ECB+ B³ F1 over thresholds")
    args = parser.parse_args(argv)
    settings = StorySettings(threshold=args.threshold)
    english = StorySettings(threshold=args.threshold, stopwords=frozenset(ENGLISH_STOP_WORDS))
    if args.sweep:
        return sweep(english)
    annotated, gold = seed_articles(annotate=True)
    results = {
        "ecbplus-dev": score(*ecb_articles(), english),
        "seeds (raw text)": score(*seed_articles(annotate=False), settings),
        "seeds (annotated)": score(annotated, gold, settings),
        "seeds (annotated, linked)": score(linked(annotated), gold, settings),
    }
    timeline = timeline_found(annotated)
    if args.json:
        print(json.dumps({"stories": results, "timeline": timeline}, indent=2))
        return 0
    print("| data | docs | gold stories | stories | B³ P | B³ R | B³ F1 | ARI | s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(
            f"| {name} | {r['docs']} | {r['gold_stories']} | {r['stories']} | {r['b3_p']} "
            f"| {r['b3_r']} | {r['b3_f1']} | {r['ari']} | {r['seconds']} |"
        )
    print()
    for name, found in timeline.items():
        print(f"Seeds timeline, gold entries found over the {name}: {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
