"""Train the shipped entity tagger (models/ner/) from idner-news-2k and NERGrit.

A linear-chain CRF (CRFsuite, L-BFGS with L1+L2) over word, shape, affix,
context, cue-word, gazetteer, knowledge-list and new-word features
(:mod:`kilas.annotate.ner_features`). The gazetteer and new-word features are
jack-knifed on the training data (each fifth sees a gazetteer and a vocabulary
built from the other four) so the CRF learns how far to trust them. The
knowledge-list feature (``--kb``) marks words of kilas's exonym, outlet and
role lists. With ``--nergrit-convention`` NERGrit's sentences carry features of
their own (its annotation convention, ``nergrit``) so its way of bounding names
(``Desa X``, ``Kabupaten X`` inside the place) does not blur news text's.
Defaults are the shipped recipe (models/ner/README.md); ``--clusters`` (word
clusters from unlabelled text: the training sentences, the seeds, IndoTimex-dev
and NERP's words without its labels, never IndoSum or NER-UI), ``--common``,
``--affix`` (prefixes and suffixes of the neighbours) and ``--minfreq`` were
tried and are off.

    nice -n 10 python training/ner.py                        # writes models/ner/
    python training/ner.py --out /tmp/x --no-dev --dev-only  # an experiment: dev scores only
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training")]

from ner_clusters import nerp_sentences, train_clusters, unlabelled_sentences  # noqa: E402
from ner_data import Sentence, idner, nergrit, score  # noqa: E402

from kilas.annotate.entities import NerModel  # noqa: E402
from kilas.annotate.ner_features import Lexicon, WordCache, sentence_features  # noqa: E402

GRIT = "nergrit"  # the name of NERGrit's annotation convention in the model
PARAMS = {"c1": 0.05, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}


def gazetteer(sentences: Sequence[Sentence], *, min_count: int = 2) -> dict[str, str]:
    """Lower-cased words that are mostly part of one entity type in ``sentences``."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for word, tag in sent:
            counts[word.lower()][tag[2:] or "O"] += 1
    out: dict[str, str] = {}
    for word, c in counts.items():
        kind, n = c.most_common(1)[0]
        total = sum(c.values())
        if kind != "O" and n >= min_count and n / total >= 0.5 and len(word) > 1:
            out[word] = kind
    return out


def vocabulary(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Every lower-cased word of ``sentences``: a word outside it is new to the model."""
    return frozenset(word.lower() for sent in sentences for word, _ in sent)


def common_words(sentences: Sequence[Sentence], *, min_count: int = 3) -> frozenset[str]:
    """Words written in lower case at least ``min_count`` times and never inside an entity."""
    lower: Counter[str] = Counter()
    named: set[str] = set()
    for sent in sentences:
        for word, tag in sent:
            if tag != "O":
                named.add(word.lower())
            elif word.islower():
                lower[word] += 1
    return frozenset(w for w, n in lower.items() if n >= min_count and w not in named)


def knowledge() -> dict[str, str]:
    """Lower-cased words of kilas's knowledge lists: exonyms (LOC/ORG), outlets, role words."""
    from kilas.lang.id import exonyms, outlets, roles

    known: dict[str, str] = {}
    for word in roles.ROLE_HEADS | roles.RANKS:
        known[word] = "ROLE"
    for outlet in outlets.OUTLETS:
        for form in (outlet.name, *outlet.aliases):
            for word in form.lower().split():
                known.setdefault(word, "MEDIA")
    for entry in exonyms.KNOWN:
        for form in entry.forms:
            words = form.lower().split()
            label = entry.kind.upper() if len(words) == 1 else entry.type
            for word in words:
                known.setdefault(word, label)
    return known


def train(
    sentences: Sequence[Sentence],
    clusters: dict[str, str],
    out: Path,
    conventions: Sequence[str | None] | None = None,
    *,
    known: dict[str, str] | None = None,
    features: frozenset[str] = frozenset(),
) -> Lexicon:
    """Train a CRF on ``sentences``; write it to ``out``; return the inference lexicon.

    ``conventions`` gives, per sentence, the name of its corpus's annotation
    convention when that corpus has its own features (None: news convention).
    """
    marks = list(conventions) if conventions is not None else [None] * len(sentences)
    trainer = pycrfsuite.Trainer(verbose=False)
    folds = 5
    for k in range(folds):
        rest = [s for i, s in enumerate(sentences) if i % folds != k]
        lexicon = Lexicon(
            clusters=clusters,
            gazetteer=gazetteer(rest),
            common=common_words(rest),
            known=known or {},
            features=features,
            vocabulary=vocabulary(rest) if "oov" in features else frozenset(),
        )
        cache: WordCache = {}
        for i, sent in enumerate(sentences):
            if i % folds == k:
                words = [w for w, _ in sent]
                feats = sentence_features(words, lexicon, cache, convention=marks[i])
                trainer.append(feats, [t for _, t in sent])
    trainer.set_params(PARAMS)
    out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out / "model.crfsuite"))
    return Lexicon(
        clusters=clusters,
        gazetteer=gazetteer(sentences),
        common=common_words(sentences),
        conventions=frozenset(m for m in marks if m),
        known=known or {},
        features=features,
        vocabulary=vocabulary(sentences) if "oov" in features else frozenset(),
    )


def write_lexicon(out: Path, lexicon: Lexicon) -> None:
    """Write the lexicon the model needs at inference beside it."""
    data = {
        "clusters": dict(lexicon.clusters),
        "gazetteer": dict(lexicon.gazetteer),
        "common": sorted(lexicon.common),
        "conventions": sorted(lexicon.conventions),
        "known": dict(lexicon.known),
        "features": sorted(lexicon.features),
        "vocabulary": sorted(lexicon.vocabulary),
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0)
    (out / "lexicon.json").write_text(text, encoding="utf-8")


def evaluate(
    folder: Path, sentences: Sequence[Sentence], convention: str | None = None
) -> dict[str, tuple[float, float, float, int]]:
    """Entity-level scores of the model in ``folder`` on ``sentences``."""
    ner = NerModel.load(folder)
    known = convention if convention in ner.lexicon.conventions else None
    pred = [ner.tag([w for w, _ in s], convention=known) for s in sentences]
    return score([[t for _, t in s] for s in sentences], pred)


def fit(
    news: Sequence[Sentence],
    grit: Sequence[Sentence],
    out: Path,
    *,
    clusters: bool = False,
    convention: bool = True,
    kb: bool = True,
    common: bool = False,
    oov: bool = True,
    affix: bool = False,
) -> Lexicon:
    """Train on news and NERGrit sentences; write the model to ``out``.

    With ``convention`` NERGrit's sentences get their own features; ``kb``,
    ``common`` and ``oov`` switch feature groups on (see the module docstring).
    The defaults are the shipped recipe (models/ner/README.md).
    """
    data = [*news, *grit]
    marks = [None] * len(news) + [GRIT if convention else None] * len(grit)
    codes = train_clusters(unlabelled_sentences(data) + nerp_sentences()) if clusters else {}
    groups = frozenset(
        name for name, on in (("common", common), ("oov", oov), ("affix", affix)) if on
    )
    lexicon = train(data, codes, out, marks, known=knowledge() if kb else None, features=groups)
    write_lexicon(out, lexicon)
    return lexicon


def main() -> None:
    """Train, score on the held-out sets and write the model folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "ner")
    parser.add_argument("--no-dev", action="store_true", help="train on train splits only")
    on_off = argparse.BooleanOptionalAction
    parser.add_argument("--clusters", action=on_off, default=False, help="word-cluster features")
    parser.add_argument(
        "--nergrit-convention", action=on_off, default=True, help="NERGrit's own features"
    )
    parser.add_argument("--kb", action=on_off, default=True, help="knowledge-list word features")
    parser.add_argument(
        "--common", action=on_off, default=False, help="capitalised but mostly lower-case"
    )
    parser.add_argument("--oov", action=on_off, default=True, help="a word new to the model")
    parser.add_argument("--dev-only", action="store_true", help="with --no-dev: score dev only")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--affix", action=on_off, default=False, help="neighbours' affixes")
    parser.add_argument("--minfreq", type=float, default=0.0, help="drop rarer features")
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    parser.add_argument("--only", choices=["idner", "nergrit"], help="train on one corpus")
    args = parser.parse_args()
    PARAMS.update(c1=args.c1, c2=args.c2, max_iterations=args.iterations)
    if args.minfreq:
        PARAMS["feature.minfreq"] = args.minfreq

    news = [] if args.only == "nergrit" else idner("train") + ([] if args.no_dev else idner("dev"))
    grit = (
        [] if args.only == "idner" else nergrit("train") + ([] if args.no_dev else nergrit("valid"))
    )
    started = time.perf_counter()
    fit(
        news,
        grit,
        args.out,
        clusters=args.clusters,
        convention=args.nergrit_convention,
        kb=args.kb,
        common=args.common,
        oov=args.oov,
        affix=args.affix,
    )
    seconds = time.perf_counter() - started
    scores = {}
    if not args.dev_only:
        scores["idner-news-2k test"] = evaluate(args.out, idner("test"))
        scores["nergrit test"] = evaluate(args.out, nergrit("test"), GRIT)
    if args.nergrit_convention and not args.dev_only:
        scores["nergrit test, news convention"] = evaluate(args.out, nergrit("test"))
    if args.no_dev:
        scores["idner-news-2k dev"] = evaluate(args.out, idner("dev"))
        scores["nergrit dev"] = evaluate(args.out, nergrit("valid"), GRIT)
    meta = {
        "params": PARAMS,
        "clusters": args.clusters,
        "nergrit_convention": args.nergrit_convention,
        "kb": args.kb,
        "common": args.common,
        "oov": args.oov,
        "train_sentences": len(news) + len(grit),
        "train_seconds": round(seconds),
    }
    (args.out / "scores.json").write_text(
        json.dumps({"meta": meta, "scores": scores}, indent=1), encoding="utf-8"
    )
    for name, table in scores.items():
        line = "  ".join(f"{k} {v[2]:.1f}" for k, v in table.items())
        print(f"{name:22s} {line}")
    print(f"trained on {len(news) + len(grit)} sentences in {seconds:.0f}s")


if __name__ == "__main__":
    main()
