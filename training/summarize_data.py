"""IndoSum for the summariser: rows, the fixed held-out split, articles, references, oracle labels.

IndoSum's ``articles.jsonl`` carries no fold or split field, so the split is
fixed by article id: an article is held out when the SHA-1 of its id is 0
modulo 5 (480 of the 2,464 articles). ``training/summarize.py`` trains only
on the other articles; ``bench/summarize.py`` and the quality floor in
``tests/corpus/test_summarize.py`` score the held-out ones.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kilas.model import Article, Span

INDOSUM = Path(__file__).resolve().parents[2] / "shared" / "data" / "indosum" / "articles.jsonl"
PARTS = ("heldout", "train", "all")


def is_heldout(article_id: str) -> bool:
    """True for the articles the shipped model never sees (about one in five, fixed by id)."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 5 == 0


def load(part: str = "all", limit: int | None = None) -> list[dict[str, Any]]:
    """IndoSum rows of one part (``heldout``, ``train``, ``all``); the first ``limit`` if given."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; use one of {', '.join(PARTS)}")
    rows = []
    with INDOSUM.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if part == "all" or is_heldout(row["id"]) == (part == "heldout"):
                rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    return rows


def as_article(row: dict[str, Any]) -> tuple[Article, list[str]]:
    """The row as an article whose sentences are the published sentence units (and their texts).

    ``tokens`` is paragraphs of sentences of words; words are joined by
    spaces, sentences by a space, paragraphs by a blank line.
    """
    sentences: list[str] = []
    spans: list[tuple[int, int]] = []
    text = ""
    for paragraph in row["tokens"]:
        if text:
            text += "\n\n"
        for k, sentence in enumerate(paragraph):
            if k:
                text += " "
            words = " ".join(sentence)
            spans.append((len(text), len(text) + len(words)))
            sentences.append(words)
            text += words
    article = Article(
        id=row["id"],
        source=row["id"],
        raw=text,
        text=text,
        outlet=row.get("outlet"),
        sentences=tuple(Span.of(text, a, b) for a, b in spans),
    )
    return article, sentences


def reference(row: dict[str, Any]) -> str:
    """The gold summary, tokens joined, lowercase."""
    return " ".join(" ".join(s) for s in row["summary_tokens"]).lower()


def rouge_tokens(text: str) -> list[str]:
    """Tokens as ``rouge-score`` makes them: lowercase runs of ``[a-z0-9]``."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(zip(*[tokens[i:] for i in range(n)], strict=False))


def _f1(reference: Counter[tuple[str, ...]], summary: Counter[tuple[str, ...]]) -> float:
    overlap = sum((reference & summary).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(summary.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def oracle(sentences: Sequence[Sequence[str]], gold: Sequence[str], k: int = 3) -> list[int]:
    """Greedy ROUGE oracle: indices of up to ``k`` sentences that maximise ROUGE-1 + ROUGE-2 F1.

    A sentence is added while it raises the score (the usual labelling of
    extractive training data, as in SummaRuNNer and BertSum).
    """
    gold1, gold2 = _ngrams(gold, 1), _ngrams(gold, 2)
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < k:
        gains = []
        for i in range(len(sentences)):
            if i in chosen:
                continue
            words = [w for j in sorted([*chosen, i]) for w in sentences[j]]
            score = _f1(gold1, _ngrams(words, 1)) + _f1(gold2, _ngrams(words, 2))
            if score > best + 1e-9:
                gains.append((score, -i))
        if not gains:
            break
        score, minus_i = max(gains)
        best = score
        chosen.append(-minus_i)
    return chosen
