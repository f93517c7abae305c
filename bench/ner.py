"""Benchmark tokens, sentences and named entities; print Markdown for BENCHMARKS.md.

    python bench/ner.py                  # shipped model on every corpus, and speed
    python bench/ner.py --nerui-retrain  # NER-UI as IndoLEM: retrain with each training fold
    python bench/ner.py --peer           # also the spaCy peer of bench/pipeline.py, same run
    python bench/ner.py --sentences      # tokens and sentence boundaries against UD Indonesian

Entity scores are exact-match P/R/F1 (conlleval) over PER, ORG and LOC on the
corpora's own tokens. NERGrit is scored twice: with the model's NERGrit
convention features (how NERGrit's annotators bound names; see
models/ner/README.md) and as news text. Speed is words per CPU-second of this
process (so other work on a shared machine does not count) through feature
extraction and CRF tagging on idner-news-2k test + NERGrit test: a fresh model
(empty word cache) and the same model again (warm cache).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training"), str(ROOT / "bench")]

from ner_data import DATA, Sentence, idner, nergrit, nerui, score  # noqa: E402

from kilas.annotate.entities import NerModel  # noqa: E402
from kilas.annotate.sentences import sentence_spans, token_spans  # noqa: E402

Table = dict[str, tuple[float, float, float, int]]


def evaluate(
    model: NerModel, sentences: Sequence[Sentence], convention: str | None = None
) -> Table:
    """Scores of ``model`` on gold-tokenized ``sentences``."""
    pred = [model.tag([w for w, _ in s], convention=convention) for s in sentences]
    return score([[t for _, t in s] for s in sentences], pred)


def speed(folder: Path | None, sentences: Sequence[Sentence]) -> tuple[float, float]:
    """Words per CPU-second tagging ``sentences``: fresh model, then warm (best of 2)."""
    words = [[w for w, _ in s] for s in sentences]
    total = sum(map(len, words))
    model = NerModel.load(folder)
    rates = []
    for _ in range(3):
        started = time.process_time()
        for ws in words:
            model.tag(ws)
        rates.append(total / (time.process_time() - started))
    return rates[0], max(rates[1:])


def peer_report(sentences: dict[str, Sequence[Sentence]]) -> None:
    """The spaCy peer (trained by bench/pipeline.py on idner-news-2k train): F1 and speed."""
    import pipeline
    import spacy
    from spacy.tokens import Doc

    info = pipeline.train_peer()
    nlp = spacy.load(info["model"])
    ner = nlp.get_pipe("ner")
    for name, sents in sentences.items():
        docs = [Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents]
        started = time.process_time()
        tagged = [ner(doc) for doc in docs]
        rate = sum(map(len, docs)) / (time.process_time() - started)
        pred = [
            [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ != "O" else "O" for t in d] for d in tagged
        ]
        f1 = score([[t for _, t in s] for s in sents], pred)["ALL"][2]
        print(f"peer spaCy ({info['model']}): {name} F1 {f1:.1f}, {rate:,.0f} words/CPU-s")


def rows(name: str, table: Table) -> list[str]:
    """Markdown table rows, one per type then ALL."""
    order = [k for k in ("PER", "ORG", "LOC") if k in table] + ["ALL"]
    out = []
    for k in order:
        p, r, f, n = table[k]
        out.append(f"| {name} | {k} | {p:.1f} | {r:.1f} | {f:.1f} | {n} |")
    return out


def nerui_folds(retrain: bool) -> Table:
    """NER-UI micro-averaged over its 5 folds (the model is retrained per fold if asked)."""
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    for fold in range(1, 6):
        test = nerui("test", fold)
        model = _retrained(fold) if retrain else NerModel.load()
        gold += [[t for _, t in s] for s in test]
        pred += [model.tag([w for w, _ in s]) for s in test]
    return score(gold, pred)


def _retrained(fold: int) -> NerModel:
    """The shipped recipe trained with NER-UI's training fold added (never shipped)."""
    import ner as recipe

    news = idner("train") + idner("dev") + nerui("train", fold)
    out = Path(tempfile.mkdtemp(prefix=f"nerui{fold}-"))
    recipe.fit(news, nergrit("train") + nergrit("valid"), out)
    return NerModel.load(out)


def entities_report(args: argparse.Namespace) -> None:
    """Entity scores and speed of the shipped model."""
    model = NerModel.load(args.model)
    grit = "nergrit" if "nergrit" in model.lexicon.conventions else None
    lines = [
        "| data | type | P | R | F1 | gold |",
        "|---|---|---:|---:|---:|---:|",
        *rows("idner-news-2k test", evaluate(model, idner("test"))),
        *rows(
            f"NERGrit test ({grit or 'news'} convention)", evaluate(model, nergrit("test"), grit)
        ),
    ]
    if grit:
        lines += rows("NERGrit test (news convention)", evaluate(model, nergrit("test")))
    label = "NER-UI 5-fold, retrained per fold" if args.nerui_retrain else "NER-UI 5 test folds"
    lines += rows(label, nerui_folds(args.nerui_retrain))
    print("\n".join(lines))
    timed = idner("test") + nergrit("test")
    cold, warm = speed(args.model, timed)
    words = sum(map(len, timed))
    print(f"\nspeed ({words} words): {cold:,.0f} words/CPU-s fresh model, {warm:,.0f} warm")
    if args.peer:
        peer_report({"idner-news-2k test": idner("test"), "NERGrit test": nergrit("test")})


def _ud(path: Path) -> tuple[list[str], list[list[str]]]:
    """Sentence texts and surface tokens of a CoNLL-U file."""
    texts: list[str] = []
    tokens: list[list[str]] = []
    skip: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            texts.append(line[9:])
            tokens.append([])
            skip = set()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                skip.update(range(int(a), int(b) + 1))
                tokens[-1].append(cols[1])
            elif "." not in cols[0] and int(cols[0]) not in skip:
                tokens[-1].append(cols[1])
    return texts, tokens


def _f1(gold: set[tuple[int, int]] | set[int], pred: set[tuple[int, int]] | set[int]) -> float:
    tp = len(gold & pred)  # type: ignore[operator]
    return 200 * tp / (len(gold) + len(pred)) if gold or pred else 100.0


def sentences_report() -> None:
    """Token and sentence-boundary F1 on UD Indonesian (sentences joined by one space)."""
    print("| UD treebank | tokens F1 | sentence boundary F1 | sentences |")
    print("|---|---:|---:|---:|")
    for name in (
        "UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
        "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
        "UD_Indonesian-CSUI/id_csui-ud-test.conllu",
    ):
        texts, tokens = _ud(DATA / "ud" / name)
        gold_tokens: set[tuple[int, int]] = set()
        ends: set[int] = set()
        pos = 0
        for text, toks in zip(texts, tokens, strict=True):
            i = 0
            for tok in toks:
                j = text.find(tok, i)
                gold_tokens.add((pos + j, pos + j + len(tok)))
                i = j + len(tok)
            pos += len(text)
            ends.add(pos)
            pos += 1
        joined = " ".join(texts)
        tok_f1 = _f1(gold_tokens, set(token_spans(joined)))
        sent_f1 = _f1(ends, {e for _, e in sentence_spans(joined)})
        print(f"| {name.split('/')[1]} | {tok_f1:.2f} | {sent_f1:.2f} | {len(texts)} |")


def main() -> None:
    """Run the chosen benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--nerui-retrain", action="store_true")
    parser.add_argument("--sentences", action="store_true")
    parser.add_argument("--peer", action="store_true", help="also the spaCy peer (bench extra)")
    args = parser.parse_args()
    if args.sentences:
        sentences_report()
    else:
        entities_report(args)


if __name__ == "__main__":
    main()
