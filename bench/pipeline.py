"""Benchmark: the whole kilas pipeline (ingest → briefing) on IndoSum, beside a peer stack.

    .venv/bin/python bench/pipeline.py                  # kilas (1 and 2 workers) + peer (300)
    .venv/bin/python bench/pipeline.py --runs 2 --json  # best of two runs, all figures as JSON
    .venv/bin/python bench/pipeline.py --peer-n 2464    # the peer on every article

Three sides, each in its own process so its peak RSS is its own:

- ``kilas``: the public API end to end, ``Corpus.open(tmp) → ingest([articles.jsonl]) →
  brief(format="md")`` (``analysis()`` is called first so the corpus stages and the rendering
  are timed apart; ``brief`` then reuses the analysis and stores it). Then, outside the total,
  what a later command pays on the unchanged store: ``brief`` and ``stories`` after reopening.
- ``stages``: the same work piece by piece, to time each stage: the per-article stages of
  ``kilas.analysis.Annotator`` (clean → sentences → entities → publication-date → times →
  quotes), the store writes and the duplicate index as ``Corpus.ingest`` runs them (batches
  of 500, boilerplate learned as it goes), then the corpus stages of
  ``kilas.corpus.analyze`` and the Markdown briefing.
- ``peer``: per article ``dateparser.search.search_dates(text, languages=["id"])``, a spaCy
  pass (``spacy.blank("id")`` + sentencizer + an ``ner`` pipe trained here for a few epochs
  on idner-news-2k train, cached under /tmp — no Indonesian spaCy model is downloadable
  offline), datasketch MinHash (128 permutations over 5-word shingles, then an LSH query and
  insert at threshold 0.5) and sumy LexRank (3 sentences over spaCy's sentences).

BLAS / OpenMP threads are pinned to one per process, so "1 worker" means one core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data" / "indosum" / "articles.jsonl"
NER_TRAIN = ROOT.parent / "shared" / "data" / "ner" / "idner-news-2k" / "train.txt"
PEER_MODEL = Path(tempfile.gettempdir()) / "kilas-bench-peer-spacy-id-ner"
PEER_EPOCHS = 8
THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _peak_mb() -> dict[str, float]:
    """This process's peak RSS, and its largest finished child's (workers), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_rss_worker_mb": round(kids, 1)}


# ---------------------------------------------------------------------- kilas


def run_kilas(path: Path, workers: int) -> dict[str, Any]:
    """Ingest and brief through the public API in a fresh store."""
    from kilas.api import Corpus
    from kilas.settings import IngestSettings, Settings

    settings = Settings(ingest=IngestSettings(workers=workers))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with Corpus.open(Path(tmp) / "kilas.db", settings=settings) as corpus:
            report = corpus.ingest([path])
            ingested = time.perf_counter()
            analysis = corpus.analysis()
            analysed = time.perf_counter()
            briefing = corpus.brief(format="md")
            done = time.perf_counter()
        # A later command on the unchanged store (`kilas brief --db`): the stored analysis.
        with Corpus.open(Path(tmp) / "kilas.db", settings=settings) as corpus:
            again = corpus.brief(format="md")
        reopened = time.perf_counter() - done
        with Corpus.open(Path(tmp) / "kilas.db", settings=settings) as corpus:
            listed = len(corpus.stories())
        stories_s = time.perf_counter() - done - reopened
    assert again == briefing and listed == len(analysis.stories)
    return {
        "articles": report.read,
        "duplicates": report.duplicates,
        "stories": len(analysis.stories),
        "briefing_chars": len(briefing),
        "seconds": {
            "ingest": ingested - started,
            "corpus stages": analysed - ingested,
            "briefing (build + store analysis + render)": done - analysed,
            "total": done - started,
        },
        "later_commands_s": {"brief md (reopened)": reopened, "stories (reopened)": stories_s},
        **_peak_mb(),
    }


def run_stages(path: Path) -> dict[str, Any]:
    """Every stage timed on its own, in the order Corpus.ingest and Corpus.brief run them."""
    from kilas.analysis import Annotator
    from kilas.clean import BoilerplateLearner
    from kilas.corpus import analyze as corpus_analyze
    from kilas.corpus.dedup import DuplicateIndex
    from kilas.corpus.link import link_entities
    from kilas.corpus.quotes import merge_quotes
    from kilas.corpus.stories import build_stories
    from kilas.corpus.summarize import summarize_corpus, summarize_story
    from kilas.corpus.timeline import build_timeline
    from kilas.ingest import read_inputs
    from kilas.model import Article, Duplicate
    from kilas.report import build_briefing, render
    from kilas.settings import Settings
    from kilas.store import Store

    settings = Settings()
    per_article: dict[str, float] = defaultdict(float)
    ingest: dict[str, float] = defaultdict(float)
    corpus: dict[str, float] = {}
    clock = time.perf_counter

    t = clock()
    annotator = Annotator(settings)
    ingest["load NER model"] = clock() - t
    stages = annotator.pipeline.stages
    options = annotator.pipeline.options

    t = clock()
    raw = [a for a in read_inputs([path], settings=settings.ingest) if isinstance(a, Article)]
    ingest["read"] = clock() - t

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "kilas.db") as store:
        learner = BoilerplateLearner(settings=settings.clean)
        index = DuplicateIndex(settings.dedup, text_of=store.get_text)
        size = settings.ingest.batch_size
        for start in range(0, len(raw), size):
            done = []
            for article in raw[start : start + size]:
                extra = {"clean": {"boilerplate": learner.lines_for(article.outlet)}}
                for st in stages:
                    t = clock()
                    article = st(article, **options.get(st.name, {}), **extra.get(st.name, {}))
                    per_article[st.name] += clock() - t
                done.append(article)
            t = clock()
            result = store.write_articles(done)
            ingest["store articles"] += clock() - t
            fresh = set(result.new)
            batch_links: list[Duplicate] = []
            paragraphs, signatures = [], []
            t = clock()
            for article in done:
                if article.id not in fresh:
                    continue
                learner.observe(article)
                found = index.add(article)
                batch_links.extend(found.duplicates)
                paragraphs.extend(found.paragraphs)
                signatures.append((article.id, index.signature(article.id), article.date))
            ingest["dedup (+ boilerplate learning)"] += clock() - t
            t = clock()
            store.write_dedup(
                duplicates=batch_links,
                paragraphs=paragraphs,
                signatures=signatures,
                state={"clean.boilerplate": learner.to_dict()},
            )
            ingest["store dedup"] += clock() - t

        t = clock()
        stored = list(store.iter_articles())
        duplicates = tuple(store.duplicates())
        corpus["read store"] = clock() - t

    t = clock()
    linked = link_entities(sorted(stored, key=lambda a: a.id))
    corpus["link_entities"] = clock() - t
    t = clock()
    stories = build_stories(linked.articles, duplicates=duplicates)
    corpus["build_stories"] = clock() - t
    t = clock()
    dated = corpus_analyze._date_from_stories(
        corpus_analyze._date_from_corpus(linked.articles), stories
    )
    corpus["dates (pile + story)"] = clock() - t
    by_id = {a.id: a for a in dated}
    t = clock()
    timeline = build_timeline(dated, stories)
    corpus["build_timeline"] = clock() - t
    t = clock()
    quotes = merge_quotes(dated)
    corpus["merge_quotes"] = clock() - t
    t = clock()
    overview = summarize_corpus(stories, by_id)
    corpus["summarize_corpus"] = clock() - t
    t = clock()
    summaries = {s.id: summarize_story(s, by_id) for s in stories}
    corpus["summarize_story (all)"] = clock() - t
    analysis = corpus_analyze.CorpusAnalysis(
        articles=dated,
        entities=linked.entities,
        stories=stories,
        timeline=timeline,
        quotes=quotes,
        overview=overview,
        story_summaries=summaries,
    )
    t = clock()
    text = render(build_briefing((), duplicates, analysis=analysis), format="md")
    corpus["briefing (build + render md)"] = clock() - t
    return {
        "articles": len(raw),
        "stories": len(stories),
        "briefing_chars": len(text),
        "per_article": dict(per_article),
        "ingest": dict(ingest),
        "corpus": corpus,
        **_peak_mb(),
    }


# ----------------------------------------------------------------------- peer


def _conll_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    """(words, IOB tags) per sentence of a ``token UPOS NER`` file (CRLF, blank-line separated)."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split()
        if len(parts) < 3:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def train_peer(epochs: int = PEER_EPOCHS) -> dict[str, Any]:
    """Train spacy.blank("id") + ner on idner-news-2k train; save under /tmp (once)."""
    target = Path(f"{PEER_MODEL}-e{epochs}")
    if (target / "meta.json").exists():
        return {"model": str(target), "cached": True}
    import random

    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import minibatch

    started = time.perf_counter()
    nlp = spacy.blank("id")
    nlp.add_pipe("ner")
    examples = []
    for words, tags in _conll_sentences(NER_TRAIN):
        gold = Doc(nlp.vocab, words=words, ents=tags)
        examples.append(Example(nlp.make_doc(" ".join(words)), gold))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    losses: dict[str, float] = {}
    for _ in range(epochs):
        rng.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
    nlp.to_disk(target)
    return {
        "model": str(target),
        "cached": False,
        "sentences": len(examples),
        "epochs": epochs,
        "last_loss": round(float(losses.get("ner", 0.0)), 1),
        "train_seconds": round(time.perf_counter() - started, 1),
    }


class _Words:
    """sumy's tokenizer interface over pre-split sentences (its own needs NLTK punkt data)."""

    language = "indonesian"

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in sentence.split() if any(c.isalnum() for c in w))

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)


def run_peer(path: Path, n: int, epochs: int) -> dict[str, Any]:
    """The peer stack per article on the first ``n`` articles."""
    clock = time.perf_counter
    load: dict[str, float] = {}
    t = clock()
    import spacy
    from datasketch import MinHash, MinHashLSH
    from dateparser.search import search_dates
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    load["imports"] = clock() - t
    t = clock()
    nlp = spacy.load(f"{PEER_MODEL}-e{epochs}")
    nlp.add_pipe("sentencizer", first=True)
    load["load spaCy model"] = clock() - t
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = [r["text"] for r in rows[:n]]
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    lexrank = LexRankSummarizer()
    words = _Words()
    seconds: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    t = clock()
    search_dates("Kemarin, Senin 12 Agustus 2016", languages=["id"])  # warm its caches
    load["dateparser warm-up"] = clock() - t
    for k, text in enumerate(texts):
        t = clock()
        found = search_dates(text, languages=["id"]) or []
        seconds["dateparser search_dates"] += clock() - t
        counts["dates"] += len(found)

        t = clock()
        doc = nlp(text)
        seconds["spaCy (sentencizer + ner)"] += clock() - t
        counts["entities"] += len(doc.ents)

        t = clock()
        tokens = text.split()
        shingles = {" ".join(tokens[i : i + 5]) for i in range(max(1, len(tokens) - 4))}
        mh = MinHash(num_perm=128)
        mh.update_batch([s.encode("utf-8") for s in shingles])
        counts["near_duplicates"] += bool(lsh.query(mh))
        lsh.insert(str(k), mh)
        seconds["datasketch MinHash + LSH"] += clock() - t

        t = clock()
        sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
        model = ObjectDocumentModel([Paragraph([Sentence(s, words) for s in sentences])])
        counts["summary_sentences"] += len(lexrank(model, 3))
        seconds["sumy LexRank (3)"] += clock() - t
    return {
        "articles": len(texts),
        "per_article": dict(seconds),
        "load": load,
        "counts": dict(counts),
        **_peak_mb(),
    }


# ----------------------------------------------------------------------- main


def _child(args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, **dict.fromkeys(THREADS, "1"))
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"child {args} failed ({out.returncode})")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _rate(articles: int, seconds: float) -> float:
    return articles / seconds if seconds else 0.0


def _better(a: dict[str, Any] | None, b: dict[str, Any], key: str) -> dict[str, Any]:
    return b if a is None or b[key] < a[key] else a


def _machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    load = os.getloadavg()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": sys.version.split()[0],
        "loadavg_at_start": [round(x, 2) for x in load],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--workers", default="1,2", help="kilas ingest workers, comma-separated")
    parser.add_argument("--peer-n", type=int, default=300, help="articles the peer runs on")
    parser.add_argument("--peer-epochs", type=int, default=PEER_EPOCHS)
    parser.add_argument("--runs", type=int, default=2, help="runs per side; the best is kept")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage run")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--side", choices=["kilas", "stages", "peer", "train"], help=argparse.SUPPRESS
    )
    args = parser.parse_args()

    if args.side == "kilas":
        print(json.dumps(run_kilas(args.data, int(args.workers))))
        return
    if args.side == "stages":
        print(json.dumps(run_stages(args.data)))
        return
    if args.side == "peer":
        print(json.dumps(run_peer(args.data, args.peer_n, args.peer_epochs)))
        return
    if args.side == "train":
        print(json.dumps(train_peer(args.peer_epochs)))
        return

    machine = _machine()
    epochs = ["--peer-epochs", str(args.peer_epochs)]
    trained = _child(["--side", "train", *epochs])
    kilas: dict[int, dict[str, Any] | None] = {}
    stages: dict[str, Any] | None = None
    peer: dict[str, Any] | None = None
    for run in range(args.runs):
        print(f"run {run + 1}/{args.runs} ...", file=sys.stderr, flush=True)
        for w in (int(x) for x in args.workers.split(",")):
            got = _child(["--side", "kilas", "--workers", str(w), "--data", str(args.data)])
            got["total_s"] = got["seconds"]["total"]
            kilas[w] = _better(kilas.get(w), got, "total_s")
        if not args.no_stages:
            got = _child(["--side", "stages", "--data", str(args.data)])
            got["per_article_s"] = sum(got["per_article"].values())
            stages = _better(stages, got, "per_article_s")
        got = _child(["--side", "peer", "--peer-n", str(args.peer_n), *epochs])
        got["per_article_s"] = sum(got["per_article"].values())
        peer = _better(peer, got, "per_article_s")
    assert peer is not None

    peer_rate = _rate(peer["articles"], peer["per_article_s"])
    summary: dict[str, Any] = {
        "machine": machine,
        "runs": args.runs,
        "peer_model": trained,
        "kilas": {str(w): r for w, r in kilas.items()},
        "stages": stages,
        "peer": peer,
        "peer_articles_per_s": peer_rate,
    }
    for w, r in kilas.items():
        assert r is not None
        rate = _rate(r["articles"], r["total_s"])
        summary[f"kilas_{w}w_articles_per_s"] = rate
        summary[f"ratio_{w}w"] = rate / peer_rate
    if stages is not None:
        rate = _rate(stages["articles"], stages["per_article_s"])
        summary["kilas_per_article_stages_articles_per_s"] = rate
        summary["ratio_per_article_stages"] = rate / peer_rate
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    _print_table(summary)


def _print_table(s: dict[str, Any]) -> None:
    m = s["machine"]
    print(f"machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB, Python {m['python']}")
    print(f"best of {s['runs']} runs per side\n")
    print(
        f"{'system':<44} {'articles':>8} {'seconds':>8} {'art/s':>8} {'peak RSS':>9} {'vs peer':>8}"
    )
    peer_rate = s["peer_articles_per_s"]
    for w, r in s["kilas"].items():
        rate = s[f"kilas_{w}w_articles_per_s"]
        rss = max(r["peak_rss_mb"], r["peak_rss_worker_mb"])
        print(
            f"{f'kilas end to end, {w} worker(s)':<44} {r['articles']:>8} {r['total_s']:>8.1f} "
            f"{rate:>8.1f} {rss:>7.0f}MB {rate / peer_rate:>7.1f}x"
        )
    st = s["stages"]
    if st is not None:
        rate = s["kilas_per_article_stages_articles_per_s"]
        print(
            f"{'kilas per-article stages only, 1 core':<44} {st['articles']:>8} "
            f"{st['per_article_s']:>8.1f} {rate:>8.1f} {st['peak_rss_mb']:>7.0f}MB "
            f"{rate / peer_rate:>7.1f}x"
        )
    p = s["peer"]
    print(
        f"{'peer stack, 1 core':<44} {p['articles']:>8} {p['per_article_s']:>8.1f} "
        f"{peer_rate:>8.1f} {p['peak_rss_mb']:>7.0f}MB {1:>7.1f}x"
    )
    for w, r in s["kilas"].items():
        print(f"\nkilas end to end, {w} worker(s):")
        for name, sec in r["seconds"].items():
            print(f"  {name:<40} {sec:>8.2f} s")
        for name, sec in r.get("later_commands_s", {}).items():
            print(f"  (later) {name:<32} {sec:>8.2f} s")
    if st is not None:
        n = st["articles"]
        for part in ("per_article", "ingest", "corpus"):
            print(f"\nkilas {part.replace('_', '-')} stages (1 core):")
            for name, sec in st[part].items():
                print(f"  {name:<40} {sec:>8.2f} s  {1000 * sec / n:>7.2f} ms/article")
    print(f"\npeer per article ({p['articles']} articles):")
    for name, sec in p["per_article"].items():
        print(f"  {name:<40} {sec:>8.2f} s  {1000 * sec / p['articles']:>7.2f} ms/article")
    for name, sec in p["load"].items():
        print(f"  (load) {name:<33} {sec:>8.2f} s")


if __name__ == "__main__":
    main()
