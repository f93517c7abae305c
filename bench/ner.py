"""Benchmark tokens, sentences and named entities; print Markdown for BENCHMARKS.md.

    python bench/ner.py                  # shipped model on every corpus, and speed
    python bench/ner.py --nerui-retrain  # NER-UI as IndoLEM: retrain with each training fold
    python bench/ner.py --sentences      # tokens and sentence boundaries against UD Indonesian

Entity scores are exact-match P/R/F1 (conlleval) over PER, ORG and LOC on the
corpora's own tokens. Speed is words per second on one core through feature
extraction and CRF tagging, measured on idner-news-2k test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training")]

from ner_data import DATA, Sentence, idner, nergrit, nerui, score  # noqa: E402

from kilas.annotate.entities import NerModel  # noqa: E402
from kilas.annotate.sentences import sentence_spans, token_spans  # noqa: E402

Table = dict[str, tuple[float, float, float, int]]


def evaluate(model: NerModel, sentences: Sequence[Sentence]) -> Table:
    """Scores of ``model`` on gold-tokenized ``sentences``."""
    pred = [model.tag([w for w, _ in s]) for s in sentences]
    return score([[t for _, t in s] for s in sentences], pred)


def speed(model: NerModel, sentences: Sequence[Sentence], rounds: int = 3) -> float:
    """Words per second tagging ``sentences`` (best of ``rounds``)."""
    words = [[w for w, _ in s] for s in sentences]
    best = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        for ws in words:
            model.tag(ws)
        best = max(best, sum(map(len, words)) / (time.perf_counter() - started))
    return best


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

    data = idner("train") + nergrit("train") + idner("dev") + nergrit("valid")
    data += nerui("train", fold)
    out = Path(tempfile.mkdtemp(prefix=f"nerui{fold}-"))
    lexicon = recipe.train(data, {}, out)
    recipe.write_lexicon(out, lexicon)
    return NerModel.load(out)


def entities_report(args: argparse.Namespace) -> None:
    """Entity scores and speed of the shipped model."""
    model = NerModel.load(args.model)
    lines = [
        "| data | type | P | R | F1 | gold |",
        "|---|---|---:|---:|---:|---:|",
        *rows("idner-news-2k test", evaluate(model, idner("test"))),
        *rows("NERGrit test", evaluate(model, nergrit("test"))),
    ]
    label = "NER-UI 5-fold, retrained per fold" if args.nerui_retrain else "NER-UI 5 test folds"
    lines += rows(label, nerui_folds(args.nerui_retrain))
    print("\n".join(lines))
    print(f"\nspeed: {speed(model, idner('test')):,.0f} words/s on one core")


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
    args = parser.parse_args()
    if args.sentences:
        sentences_report()
    else:
        entities_report(args)


if __name__ == "__main__":
    main()
