"""Measure outlet and dateline detection of the clean stage on IndoSum.

IndoSum (CC BY-SA 4.0) is used for evaluation only: nothing is trained on it.
Its ``outlet`` field is the gold outlet. Each article is cleaned from its text
alone (no URL, no feed outlet), then once more with its URL, and the outlet
found is compared with the gold one through the known-outlet table.

Run from the repository root::

    .venv/bin/python training/eval_clean_indosum.py
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

from kilas.clean import clean_article
from kilas.lang.id.outlets import known_outlet
from kilas.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "indosum" / "articles.jsonl"
_SUFFIXES = ("com", "net", "news", "coid", "id")


def outlet_key(name: str) -> str:
    """Compare outlets by letters only, TLD and "news" dropped ("antaranews" = "ANTARA News")."""
    key = re.sub(r"[^0-9a-z]", "", (known_outlet(name) or name).casefold())
    for suffix in _SUFFIXES:
        key = key.removesuffix(suffix)
    return key


def evaluate(path: Path) -> dict[str, collections.Counter[str]]:
    """Per gold outlet: articles, datelines found, outlets found and correct (text, text+URL)."""
    per: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = outlet_key(record["outlet"])
        counts = per[record["outlet"]]
        counts["articles"] += 1
        bare = clean_article(Article(id=record["id"], source="indosum", raw=record["text"]))
        with_url = clean_article(
            Article(id=record["id"], source="indosum", raw=record["text"], url=record["url"])
        )
        counts["dateline"] += any(r.reason == "dateline" for r in bare.removed)
        counts["place"] += bare.dateline is not None
        counts["found"] += bare.outlet is not None
        counts["correct"] += bare.outlet is not None and outlet_key(bare.outlet) == gold
        counts["url_correct"] += with_url.outlet is not None and outlet_key(with_url.outlet) == gold
    return per


def main() -> None:
    """Print the table and the totals."""
    per = evaluate(DATA)
    columns = ("articles", "dateline", "place", "found", "correct", "url_correct")
    print(f"{'outlet':16}" + "".join(f"{c:>12}" for c in columns))
    total: collections.Counter[str] = collections.Counter()
    for name, counts in sorted(per.items(), key=lambda kv: -kv[1]["articles"]):
        total.update(counts)
        print(f"{name:16}" + "".join(f"{counts[c]:>12}" for c in columns))
    print(f"{'TOTAL':16}" + "".join(f"{total[c]:>12}" for c in columns))
    n = total["articles"]
    print(
        f"dateline found {total['dateline'] / n:.3f}; outlet from text: "
        f"recall {total['correct'] / n:.3f}, precision {total['correct'] / total['found']:.3f}; "
        f"with URL fallback: recall {total['url_correct'] / n:.3f}"
    )


if __name__ == "__main__":
    main()
