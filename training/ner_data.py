"""Readers for the NER corpora under ../shared/data/ner and entity-level scoring.

Every corpus is read as a list of sentences, each a list of ``(word, tag)``
pairs with BIO tags over PER, ORG and LOC.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from kilas.annotate.entities import bio_spans

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NER = DATA / "ner"

Sentence = list[tuple[str, str]]

_TYPES = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "PLACE": "LOC",
    "LOCATION": "LOC",
}


def _tag(raw: str) -> str:
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, kind = raw.split("-", 1)
    label = _TYPES.get(kind)
    return f"{prefix}-{label}" if label else "O"


def read_columns(path: Path) -> list[Sentence]:
    """Read a CoNLL-style file: word first, NER tag last, blank lines between sentences."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.strip().split()
        if not cols:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append((cols[0], _tag(cols[-1])))
    if current:
        sentences.append(current)
    return sentences


def idner(split: str) -> list[Sentence]:
    """idner-news-2k: ``train``, ``dev`` or ``test``."""
    return read_columns(NER / "idner-news-2k" / f"{split}.txt")


def nergrit(split: str) -> list[Sentence]:
    """NERGrit (IndoNLU split): ``train``, ``valid`` or ``test``."""
    return read_columns(NER / "nergrit" / f"{split}_preprocess.txt")


def nerui(split: str, fold: int) -> list[Sentence]:
    """NER-UI (IndoLEM folds): ``train``, ``dev`` or ``test`` of fold 1..5."""
    return read_columns(NER / "nerui" / f"{split}.{fold:02d}.tsv")


def entities(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` in a BIO sequence (conlleval rules)."""
    return set(bio_spans(tags))


def score(
    gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]
) -> dict[str, tuple[float, float, float, int]]:
    """Entity-level P/R/F1 (percent) and support per type and ``ALL``."""
    counts: dict[str, list[int]] = {}
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g, p = entities(g_tags), entities(p_tags)
        for kind in {k for *_, k in g | p} | {"ALL"}:
            c = counts.setdefault(kind, [0, 0, 0])
            gk = g if kind == "ALL" else {e for e in g if e[2] == kind}
            pk = p if kind == "ALL" else {e for e in p if e[2] == kind}
            c[0] += len(gk & pk)
            c[1] += len(pk)
            c[2] += len(gk)
    out: dict[str, tuple[float, float, float, int]] = {}
    for kind, (tp, npred, ngold) in sorted(counts.items()):
        p = 100 * tp / npred if npred else 0.0
        r = 100 * tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = (p, r, f, ngold)
    return out
