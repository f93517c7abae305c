"""Single-article summaries on IndoSum: ROUGE-1/2/L F1 of kilas beside Lead-3, LexRank, TextRank.

Every system picks three sentences from the article's own sentence units
(the published tokenisation: ``tokens`` is paragraphs of sentences of
words), so only the choice of sentences differs. By default only the
held-out articles are scored (one in five, fixed by id; see
``training/summarize_data.py``): the shipped model never saw them. The reference is
``summary_tokens`` joined; both sides are lowercased and scored with
``rouge-score`` (F1, no stemming), as IndoSum and IndoLEM report it.

    nice -n 10 .venv/bin/python bench/summarize.py [--part heldout|train|all] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from summarize_data import PARTS, as_article, load, reference

from kilas.corpus.summarize import SummarySettings, summarize_article
from kilas.model import Article

METRICS = ("rouge1", "rouge2", "rougeL")

Summariser = Callable[[Article, list[str]], list[str]]


def kilas(settings: SummarySettings) -> Summariser:
    """Our single-article summary at three sentences."""

    def run(article: Article, sentences: list[str]) -> list[str]:
        return [s.text for s in summarize_article(article, 3, settings=settings)]

    return run


def lead3(article: Article, sentences: list[str]) -> list[str]:
    """The first three sentences."""
    return sentences[:3]


class _WordSplitter:
    """Words of a pre-tokenised sentence (sumy's own tokenizer needs NLTK data)."""

    language = "indonesian"

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in sentence.split() if any(c.isalnum() for c in w))

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)


def sumy_system(name: str) -> Summariser:
    """sumy's LexRank or TextRank on the same sentence units (no stemmer, no stopwords)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summariser = LexRankSummarizer() if name == "lexrank" else TextRankSummarizer()
    tokenizer = _WordSplitter()

    def run(article: Article, sentences: list[str]) -> list[str]:
        doc = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
        return [str(s) for s in summariser(doc, 3)]

    return run


def evaluate(rows: list[dict[str, Any]], system: Summariser) -> dict[str, float]:
    """Mean ROUGE F1 (x100) of one system over the rows, and its speed."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=False)
    totals = dict.fromkeys(METRICS, 0.0)
    started = time.perf_counter()
    for row in rows:
        article, sentences = as_article(row)
        summary = " ".join(system(article, sentences)).lower()
        scores = scorer.score(reference(row), summary)
        for metric in METRICS:
            totals[metric] += scores[metric].fmeasure
    seconds = time.perf_counter() - started
    out = {m: round(100 * totals[m] / len(rows), 2) for m in METRICS}
    out["docs_per_s"] = round(len(rows) / seconds, 1)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run every system on the same articles and print a Markdown table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, default="heldout")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--position-weight", type=float, default=None)
    parser.add_argument("--only-kilas", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = load(args.part, args.limit)
    settings = SummarySettings()
    if args.position_weight is not None:
        settings = SummarySettings(position_weight=args.position_weight)
    systems: dict[str, Summariser] = {"kilas (summarize_article, 3)": kilas(settings)}
    if not args.only_kilas:
        systems |= {
            "Lead-3": lead3,
            "sumy LexRank": sumy_system("lexrank"),
            "sumy TextRank": sumy_system("textrank"),
        }
    results = {name: evaluate(rows, system) for name, system in systems.items()}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"IndoSum, {args.part} part, {len(rows)} articles")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-L | docs/s |")
    print("|---|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['rouge1']} | {r['rouge2']} | {r['rougeL']} | {r['docs_per_s']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
