"""Benchmark and output check: the per-article stages on IndoSum and the seeds, in CPU seconds.

    .venv/bin/python bench/annotate.py                   # 600 IndoSum articles + the seeds
    .venv/bin/python bench/annotate.py -n 2464 --rounds 3
    PYTHONPATH=/path/to/other/src .venv/bin/python bench/annotate.py   # another checkout

Runs ``kilas.analysis.Annotator`` stage by stage (as ``bench/pipeline.py``'s
``stages`` side does) and prints each stage's **process CPU time** per article,
then the storage work (``Article.to_dict`` + ``json.dumps``, what the store
writes per article). Every annotated article's ``to_dict()`` is dumped as JSON
(sorted keys) and hashed: the SHA-256 printed last is the same for two
checkouts exactly when every article's annotation (tags, mentions, quotes,
times …) is byte-identical. ``--rounds`` repeats the timing on the same
articles (the model and its caches stay warm, as in a long ingest); the digest
is taken from the first round.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
INDOSUM = SHARED / "data" / "indosum" / "articles.jsonl"
SEEDS = SHARED / "seeds"


def main() -> None:
    """Annotate, time and hash; print one line per stage and the digest."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=600, help="IndoSum articles (first n)")
    parser.add_argument("--rounds", type=int, default=1, help="timed passes over the articles")
    args = parser.parse_args()

    import kilas
    from kilas.analysis import Annotator
    from kilas.ingest import read_inputs
    from kilas.model import Article
    from kilas.settings import Settings

    settings = Settings()
    started = time.process_time()
    annotator = Annotator(settings)
    load = time.process_time() - started
    raw = [a for a in read_inputs([INDOSUM], settings=settings.ingest) if isinstance(a, Article)]
    raw = raw[: args.n]
    raw += [a for a in read_inputs([SEEDS], settings=settings.ingest) if isinstance(a, Article)]
    stages, options = annotator.pipeline.stages, annotator.pipeline.options

    digest = hashlib.sha256()
    for rnd in range(args.rounds):
        cpu: dict[str, float] = defaultdict(float)
        done = []
        for article in raw:
            for st in stages:
                t = time.process_time()
                article = st(article, **options.get(st.name, {}))
                cpu[st.name] += time.process_time() - t
            done.append(article)
        t = time.process_time()
        rows = [json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True) for a in done]
        cpu["(to_dict + json)"] = time.process_time() - t
        if rnd == 0:
            for row in rows:
                digest.update(row.encode("utf-8"))
                digest.update(b"\n")
        n = len(raw)
        per = "  ".join(f"{name} {1000 * s / n:.3f}" for name, s in cpu.items())
        total = sum(s for name, s in cpu.items() if not name.startswith("("))
        print(f"round {rnd + 1}: ms/article (CPU)  {per}  | stages {1000 * total / n:.3f}")
    print(f"kilas from {Path(kilas.__file__).parent}; model load {load:.2f} CPU s")
    print(f"{len(raw)} articles, sha256 of to_dict JSON: {digest.hexdigest()}")


if __name__ == "__main__":
    main()
