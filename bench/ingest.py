"""Benchmark: ingest + clean + dedup into a fresh store, at 1x and 10x IndoSum.

    .venv/bin/python bench/ingest.py            # pieces: read, clean, store, dedup
    .venv/bin/python bench/ingest.py --peer     # and the datasketch peer, scale by scale
    .venv/bin/python bench/ingest.py --corpus   # through kilas.api.Corpus (all stages)
    .venv/bin/python bench/ingest.py --json

Each scale runs in its own process (one core) on a corpus file the parent
wrote, so peak RSS is that ingest's own;
wall and CPU seconds are both recorded (a shared machine inflates the wall).
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


class _Peer:
    """The peer: datasketch used as its documentation shows, everything in memory.

    ``MinHash.update_batch`` of the 5-word shingles (default SHA-1 hash) and a
    ``MinHashLSH`` query + insert at threshold 0.5, for each article (128
    permutations) and each paragraph of at least 12 words (32 permutations).
    It keeps nothing in the store and scores no candidate.
    """

    def __init__(self) -> None:
        from datasketch import MinHash, MinHashLSH

        self._minhash = MinHash
        self._articles = MinHashLSH(threshold=0.5, num_perm=128)
        self._paragraphs = MinHashLSH(threshold=0.5, num_perm=32)

    def add(self, article: Any) -> int:
        """Index one article and its long paragraphs; return the candidates proposed."""
        from kilas.corpus.dedup import normalize_words, shingle_set

        texts = [(self._articles, article.id, article.text, 128)]
        texts += [
            (self._paragraphs, f"{article.id}/{n}", span.text, 32)
            for n, span in enumerate(article.paragraphs)
            if len(span.text.split()) >= 12
        ]
        found = 0
        for lsh, key, text, num_perm in texts:
            minhash = self._minhash(num_perm=num_perm)
            minhash.update_batch([s.encode() for s in shingle_set(normalize_words(text), 5)])
            found += len(lsh.query(minhash))
            lsh.insert(key, minhash)
        return found


def _run_pieces(path: Path, db: Path, *, peer: bool = False) -> dict[str, Any]:
    """Read, clean, store and deduplicate in batches, as Corpus does without annotation.

    With ``peer`` the duplicate stage is :class:`_Peer` instead of kilas' index.
    """
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
        peer_index = _Peer() if peer else None
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
                if peer_index is not None:
                    links, paragraphs = [None] * sum(map(peer_index.add, cleaned)), []
                else:
                    results = index.add_batch(cleaned)
                    links = [d for r in results for d in r.duplicates]
                    paragraphs = [p for r in results for p in r.paragraphs]
                    write = index.pending()
                    store.write_dedup(duplicates=links, paragraphs=paragraphs, index=write)
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


def _child(scale: int, path: Path, corpus: bool, peer: bool) -> dict[str, Any]:
    """One measured run in this process, on the corpus at ``path``."""
    with tempfile.TemporaryDirectory() as tmp:
        start, start_cpu = time.perf_counter(), time.process_time()
        db = Path(tmp) / "k.db"
        out = _run_corpus(path, db) if corpus else _run_pieces(path, db, peer=peer)
        wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        db_mb = (Path(tmp) / "k.db").stat().st_size / 1e6
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "scale": scale,
        "system": "peer (datasketch in memory)" if peer else "kilas",
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
    parser.add_argument("--peer", action="store_true", help="also run the datasketch peer")
    parser.add_argument("--scales", default="1,10", help="comma-separated corpus multiples")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, default=DATA, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.input, args.corpus, args.peer)))
        return
    results = []
    for scale in (int(s) for s in args.scales.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            # Written here, so the child's peak RSS is the ingest's, not the copying's.
            path = DATA if scale == 1 else _variants(DATA, scale, Path(tmp) / "x.jsonl")
            for peer in (False, True) if args.peer and not args.corpus else (False,):
                cmd = [sys.executable, __file__, "--child", str(scale), "--input", str(path)]
                cmd += ["--corpus"] if args.corpus else ["--peer"] if peer else []
                done = subprocess.run(cmd, capture_output=True, text=True, check=True)
                results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in r.get("cpu_seconds", {}).items())
        print(
            f"{r['system']:<28} {r['scale']:>3}x  {r['articles']:>6} articles  "
            f"{r['articles_per_s']:>7.1f}/s  "
            f"({r['articles_per_cpu_s']:.1f}/s of CPU time)  "
            f"peak RSS {r['peak_rss_mb']:>7.1f} MB  db {r['db_mb']:.1f} MB  "
            f"links {r['links']}  CPU {stages}"
        )


if __name__ == "__main__":
    main()
