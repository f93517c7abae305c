"""Benchmark: story clustering time and peak memory at IndoSum 1x, 3x and 10x.

The 3x and 10x corpora are IndoSum written three and ten times with changed ids
and a short suffix (as ``bench/ingest.py``'s ``_variants``): every article has
two or nine near-copies, the hard case for clustering (large, tied groups).
IndoSum is ingested once through :class:`kilas.api.Corpus` (clean, annotate);
the copies are made of the annotated articles, deduplicated by kilas' index in
memory and linked as :func:`kilas.corpus.analyze.analyze` links them. The
linked articles and duplicate links are cached (``--cache``, a pickle per
scale) so later runs time the story stage alone.

Each scale runs ``build_stories`` in its own process: CPU seconds of the call,
the process's peak RSS before (articles loaded) and after it, the number of
stories and the SHA-256 of the sorted story ids (to compare implementations).

    nice -n 10 .venv/bin/python bench/stories_scale.py [--scales 1,3,10] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kilas.model import Article, Duplicate

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import DATA, SUFFIXES  # noqa: E402 - bench/ is not a package

CACHE = Path(tempfile.gettempdir()) / "kilas-bench-stories-scale"


def prepare(scale: int, cache: Path) -> Path:
    """Build, deduplicate and link the ``scale``-times corpus once; return its pickle."""
    target = cache / f"indosum-{scale}x.pickle"
    if target.exists():
        return target
    from kilas.corpus.link import link_entities

    articles = copies(annotated(cache), scale)
    duplicates = deduplicate(articles)
    linked = link_entities(sorted(articles, key=lambda a: a.id)).articles
    with target.open("wb") as out:
        pickle.dump((linked, duplicates), out, protocol=pickle.HIGHEST_PROTOCOL)
    return target


def annotated(cache: Path) -> list[Article]:
    """IndoSum ingested once through :class:`kilas.api.Corpus` (clean, annotate), as stored."""
    from kilas.api import Corpus

    cache.mkdir(parents=True, exist_ok=True)
    with Corpus.open(cache / "indosum-1x.db") as corpus:
        if not corpus.articles():
            corpus.ingest([DATA])
        return list(corpus.store.iter_articles())


def copies(articles: list[Article], scale: int) -> list[Article]:
    """``scale`` copies of the articles, as ``_variants`` writes them (id and text suffixed).

    The suffix is appended to the annotated text, so every span stays valid;
    annotating the suffixed raw text again would only add its one sentence.
    """
    out = list(articles)
    for k in range(1, scale):
        out.extend(
            dataclasses.replace(
                a, id=f"{a.id}-v{k}", raw=a.raw + SUFFIXES[k], text=a.text + SUFFIXES[k]
            )
            for a in articles
        )
    return out


def deduplicate(articles: list[Article]) -> tuple[Duplicate, ...]:
    """The duplicate links ingest finds, from kilas' index run in memory in ingest's order."""
    from kilas.corpus.dedup import DuplicateIndex
    from kilas.settings import Settings

    settings = Settings()
    texts = {a.id: a.text for a in articles}
    index = DuplicateIndex(settings.dedup, text_of=texts.get)
    links: list[Duplicate] = []
    size = settings.ingest.batch_size
    for start in range(0, len(articles), size):
        links.extend(
            d for r in index.add_batch(articles[start : start + size]) for d in r.duplicates
        )
    return tuple(links)


def measure(path: Path) -> dict[str, Any]:
    """Time ``build_stories`` on the cached articles (run in a fresh process)."""
    from kilas.corpus.stories import build_stories

    with path.open("rb") as f:
        articles, duplicates = pickle.load(f)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu, wall = time.process_time(), time.perf_counter()
    stories = build_stories(articles, duplicates=duplicates)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ids = "\n".join(sorted(s.id for s in stories))
    labels = "\n".join(f"{s.id}\t{s.label}\t{','.join(s.entities)}" for s in stories)
    return {
        "articles": len(articles),
        "duplicates": len(duplicates),
        "stories": len(stories),
        "largest": max(len(s.articles) for s in stories),
        "cpu_s": round(cpu, 2),
        "wall_s": round(wall, 2),
        "rss_loaded_mb": round(before, 1),
        "peak_rss_mb": round(after, 1),
        "story_ids_sha256": hashlib.sha256(ids.encode()).hexdigest()[:16],
        "stories_sha256": hashlib.sha256(labels.encode()).hexdigest()[:16],
    }


def main() -> None:
    """Prepare each scale, then measure it in a child process; print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,3,10", help="comma-separated corpus multiples")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where corpora are cached")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    results = []
    for scale in (int(s) for s in args.scales.split(",")):
        path = prepare(scale, args.cache)
        cmd = [sys.executable, __file__, "--child", str(path)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            results.append({"scale": scale, "error": done.stderr.strip().splitlines()[-1:]})
            continue
        results.append({"scale": scale, **json.loads(done.stdout.strip().splitlines()[-1])})
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        if "error" in r:
            print(f"{r['scale']:>3}x  failed: {r['error']}")
            continue
        print(
            f"{r['scale']:>3}x  {r['articles']:>6} articles  {r['duplicates']:>6} links  "
            f"{r['stories']:>6} stories (largest {r['largest']})  CPU {r['cpu_s']:>7.2f} s  "
            f"peak RSS {r['rss_loaded_mb']:.0f} → {r['peak_rss_mb']:.0f} MB  "
            f"ids {r['story_ids_sha256']}  stories {r['stories_sha256']}"
        )


if __name__ == "__main__":
    main()
