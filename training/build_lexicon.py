"""Build ``src/kilas/lang/id/lexicon.tsv``: Indonesian words normally written lowercase.

Source: idner-news-2k (MIT, Copyright (c) 2020 khairunnisaor), columns
``token UPOS NER``, read from ``../shared/data/ner/idner-news-2k/``.

A word is *normally lowercase* when, in that corpus, it is written in lowercase
at least as often as it is capitalised away from the start of a sentence. Each
kept word gets one tag from its most frequent UPOS:

* ``function``: ADP, CCONJ, SCONJ, DET, PART, PRON, AUX (carry no content)
* ``verb``: VERB
* ``common``: everything else (nouns, adjectives, adverbs, numerals …)

Run from the repository root::

    .venv/bin/python training/build_lexicon.py
"""

from __future__ import annotations

import collections
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "data" / "ner" / "idner-news-2k"
TARGET = REPO / "src" / "kilas" / "lang" / "id" / "lexicon.tsv"
FUNCTION_POS = {"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "AUX"}
SENTENCE_END = {".", "!", "?", '"', "“", "”", ":"}


def count(
    paths: list[Path],
) -> tuple[collections.Counter[str], collections.Counter[str], dict[str, collections.Counter[str]]]:
    """Count lowercase and non-initial capitalised uses, and UPOS tags, per word."""
    lower: collections.Counter[str] = collections.Counter()
    upper: collections.Counter[str] = collections.Counter()
    tags: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for path in paths:
        initial = True
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.strip().split()
            if len(parts) < 2:
                initial = True
                continue
            token, upos = parts[0], parts[1]
            if token.isalpha():
                key = token.lower()
                if token.islower():
                    lower[key] += 1
                    tags[key][upos] += 1
                elif not initial:
                    upper[key] += 1
            initial = token in SENTENCE_END
    return lower, upper, tags


def tag_of(upos: collections.Counter[str]) -> str:
    """The lexicon tag of a word's most frequent UPOS."""
    top = upos.most_common(1)[0][0]
    if top in FUNCTION_POS:
        return "function"
    return "verb" if top == "VERB" else "common"


def main() -> None:
    """Write the lexicon file."""
    lower, upper, tags = count(sorted(SOURCE.glob("*.txt")))
    rows = [
        f"{word}\t{tag_of(tags[word])}"
        for word in sorted(lower)
        if len(word) > 1 and lower[word] >= upper[word]
    ]
    header = (
        "# Indonesian words normally written lowercase, tagged common, verb or function.\n"
        "# Derived by training/build_lexicon.py from idner-news-2k (MIT, (c) 2020 khairunnisaor).\n"
    )
    TARGET.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} words to {TARGET.relative_to(REPO)}")


if __name__ == "__main__":
    main()
