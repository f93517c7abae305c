"""Benchmark: ingest + clean + dedup into a fresh store, at 1x and 10x IndoSum.

    .venv/bin/python bench/ingest.py            # pieces: read, clean, store, dedup
    .venv/bin/python bench/ingest.py --corpus   # through kilas.api.Corpus (all stages)
    .venv/bin/python bench/ingest.py --json

Each scale runs in its own process (one core), so peak RSS is that run's own.
The 10x corpus is IndoSum written ten times with a changed id and a short
suffix appended to each text: every article then has nine near-duplicates,
the worst case for the duplicate index.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "indosum" / "articles.jsonl"
SUFFIXES = ["", *(f"\n\n(Salinan nomor {k}.)" for k in range(1, 10))]


def _variants(source: Path, scale: int, target: Path) -> Path:
    """Write ``scale`` copies of ``source`` with changed ids and texts; return the path."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    with target.open("w", encoding="utf-8") as out:
        for k in range(scale):
            for row in rows:
                copy = dict(row)
                if k:
                    copy["id"] = f"{row['id']}-v{k}"
                    copy["text"] = row["text"] + SUFFIXES[k]
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return target


class _Clock:
    """Adds the wall and CPU seconds of each ``with clock(stage):`` block to that stage."""

    def __init__(self, wall: dict[str, float], cpu: dict[str, float]) -> None:
        self.wall, self.cpu = wall, cpu

    @contextlib.contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall[stage] += time.perf_counter() - wall
        self.cpu[stage] += time.process_time() - cpu


def _run_pieces(path: Path, db: Path) -> dict[str, Any]:
    """Read, clean, store and deduplicate in batches, as Corpus does without annotation."""
    from kilas.clean import BoilerplateLearner, clean_article
    from kilas.corpus.dedup import DuplicateIndex
    from kilas.ingest import read_inputs
    from kilas.model import Article
    from kilas.settings import Settings
    from kilas.store import Store

    settings = Settings()
    seconds: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    counts = {"articles": 0, "links": 0, "paragraph_links": 0}
    clock = _Clock(seconds, cpu)
    with Store.open(db) as store:
        learner = BoilerplateLearner(settings=settings.clean)
        index = DuplicateIndex(settings.dedup, text_of=store.get_text, storage=store)
        items = iter(read_inputs([path], settings=settings.ingest))
        while True:
            with clock("read"):
                batch = [
                    a for a in islice(items, settings.ingest.batch_size) if isinstance(a, Article)
                ]
            if not batch:
                break
            with clock("clean"):
                for article in batch:
                    learner.observe(article)
                cleaned = [
                    clean_article(
                        a, settings=settings.clean, boilerplate=learner.lines_for(a.outlet)
                    )
                    for a in batch
                ]
            with clock("store"):
                store.write_articles(cleaned)
            with clock("dedup"):
                results = index.add_batch(cleaned)
                links = [d for r in results for d in r.duplicates]
                paragraphs = [p for r in results for p in r.paragraphs]
                store.write_dedup(duplicates=links, paragraphs=paragraphs, index=index.pending())
            counts["articles"] += len(cleaned)
            counts["links"] += len(links)
            counts["paragraph_links"] += len(paragraphs)
    return {"seconds": dict(seconds), "cpu_seconds": dict(cpu), **counts}


def _run_corpus(path: Path, db: Path) -> dict[str, Any]:
    """Ingest through the public API (every stage the lead wires in)."""
    from kilas.api import Corpus

    with Corpus.open(db) as corpus:
        report = corpus.ingest([path])
        links = len(corpus.duplicates())
    return {"articles": report.read, "links": links, "rejected": len(report.rejected)}


def _child(scale: int, corpus: bool) -> dict[str, Any]:
    """One measured run in this process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = DATA if scale == 1 else _variants(DATA, scale, Path(tmp) / "x.jsonl")
        start, start_cpu = time.perf_counter(), time.process_time()
        out = (_run_corpus if corpus else _run_pieces)(path, Path(tmp) / "k.db")
        wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        db_mb = (Path(tmp) / "k.db").stat().st_size / 1e6
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "scale": scale,
        "wall_s": round(wall, 2),
        "articles_per_s": round(out["articles"] / wall, 1),
        "cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(out["articles"] / cpu, 1),
        "peak_rss_mb": round(rss_mb, 1),
        "db_mb": round(db_mb, 1),
        **out,
    }


def main() -> None:
    """Run each scale in a child process and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="go through kilas.api.Corpus")
    parser.add_argument("--scales", default="1,10", help="comma-separated corpus multiples")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.corpus)))
        return
    results = []
    for scale in (int(s) for s in args.scales.split(",")):
        cmd = [sys.executable, __file__, "--child", str(scale)] + (
            ["--corpus"] if args.corpus else []
        )
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in r.get("cpu_seconds", {}).items())
        print(
            f"{r['scale']:>3}x  {r['articles']:>6} articles  {r['articles_per_s']:>7.1f}/s  "
            f"({r['articles_per_cpu_s']:.1f}/s of CPU time)  "
            f"peak RSS {r['peak_rss_mb']:>7.1f} MB  db {r['db_mb']:.1f} MB  "
            f"links {r['links']}  CPU {stages}"
        )


if __name__ == "__main__":
    main()
