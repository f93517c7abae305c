"""Named entities (PER, ORG, LOC) with a CRF tagger and article-level consistency.

The tagger is the CRF trained by ``training/ner.py`` and shipped in
``models/ner/`` (scores in its README and in BENCHMARKS.md). Within an article
the stage then makes its answers agree with each other:

* one label per surface form: every "Zambia" in an article gets the label
  most of its mentions got;
* partial names: a single word of a person's full name ("Putin" after
  "Vladimir Putin") is a person, and its ``name`` is the full form;
* recall: a form found once is found everywhere in the article it occurs as
  whole tokens.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import struct
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Self

import pycrfsuite

from kilas.annotate.ner_features import CodedFeatures, Lexicon, WordCache, sentence_features
from kilas.annotate.sentences import token_spans
from kilas.errors import ConfigError
from kilas.lang.id.lexicon import word_tag
from kilas.model import Article, Mention, Span
from kilas.pipeline import stage

log = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "models" / "ner"
"""The committed model, found relative to the source tree."""

# Distinct words whose features a model keeps (about 1.4 kB each, ~38 MB in all, as the 20,000
# words of 1.9 kB kept before): most of a news pile's tokens.
_CACHE_WORDS = 28_000

# Words a person's name is never reduced to.
_NOT_NAMES = frozenset("bin binti van von der de la al el da di dan".split())  # noqa: SIM905 - word list


class NerModel:
    """A loaded CRF entity tagger; the caller owns it and may share it across articles."""

    def __init__(
        self, tagger: pycrfsuite.Tagger, lexicon: Lexicon, path: Path, known: frozenset[bytes]
    ) -> None:
        self._tagger = tagger
        self.lexicon = lexicon
        self.path = path
        self._words: WordCache = {}  # per-word features; emptied when it grows past _CACHE_WORDS
        self._coded = CodedFeatures(lexicon, known, max_words=_CACHE_WORDS)

    @classmethod
    def load(cls, path: Path | None = None) -> Self:
        """Load the model in folder ``path`` (default: the committed ``models/ner``).

        Raises:
            ConfigError: the folder lacks ``model.crfsuite`` or ``lexicon.json``.
        """
        folder = path or DEFAULT_MODEL
        crf, lex = folder / "model.crfsuite", folder / "lexicon.json"
        if not crf.is_file() or not lex.is_file():
            raise ConfigError(
                f"no NER model in '{folder}': model.crfsuite and lexicon.json are needed; "
                "run `make train-ner` or pass the model folder",
                code="E110",
            )
        tagger = pycrfsuite.Tagger()
        tagger.open(str(crf))
        data = json.loads(lex.read_text(encoding="utf-8"))
        lexicon = Lexicon(
            clusters=data["clusters"],
            gazetteer=data["gazetteer"],
            common=frozenset(data.get("common", ())),
            conventions=frozenset(data.get("conventions", ())),
            known=data.get("known", {}),
            features=frozenset(data.get("features", ())),
            vocabulary=frozenset(data.get("vocabulary", ())),
        )
        return cls(tagger, lexicon, folder, model_attributes(crf, tagger))

    def tag(self, words: Sequence[str], *, convention: str | None = None) -> list[str]:
        """Return the CRF's BIO tag (``B-PER``, ``I-ORG``, ``O`` …) for each word of a sentence.

        ``convention`` tags as one training corpus's annotators bound names
        (one of ``lexicon.conventions``, e.g. ``"nergrit"``); the default is
        news text's convention.

        Raises:
            ConfigError: the model was not trained with that convention.
        """
        if not words:
            return []
        if convention is not None and convention not in self.lexicon.conventions:
            raise ConfigError(
                f"the NER model in '{self.path}' has no convention '{convention}'; "
                f"it knows {sorted(self.lexicon.conventions)}",
                code="E111",
            )
        if convention is None:
            return list(self._tagger.tag(self._coded(words)))
        if len(self._words) > _CACHE_WORDS:
            self._words.clear()
        feats = sentence_features(words, self.lexicon, self._words, convention=convention)
        return list(self._tagger.tag(feats))

    def entities(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """Return ``(start, end, label)`` word spans of one sentence's entities.

        The CRF's entities are repaired the way Indonesian news writes names:
        split at a free-standing dash (``Beijing - Vladimir Putin``), without
        leading lower-case words (``provinsi Heilongjiang``) or a
        sentence-initial common word (``Kunjungan Putin``), and with a country
        before a person's name (``Rusia Vladimir Putin``) split off. The
        training corpora bound some names otherwise, so benchmarks score
        :meth:`tag` alone.
        """
        found: list[tuple[int, int, str]] = []
        for start, end, label in bio_spans(self.tag(words)):
            found.extend(_repair(words, start, end, label, self.lexicon))
        return _particle_names(words, found)


def model_attributes(path: Path, tagger: pycrfsuite.Tagger) -> frozenset[bytes]:
    """Every attribute (feature string, UTF-8) the crfsuite model at ``path`` has a weight for.

    Read from the model file's attribute dictionary (a CQDB chunk; crfsuite
    writes only attributes with a feature there) in a few milliseconds; a file
    of another layout falls back to ``tagger.info()`` (about a second).
    """
    data = path.read_bytes()
    if data[:4] == b"lCRF" and len(data) >= 48:
        count, offset = struct.unpack_from("<I8xI", data, 24)
        if data[offset : offset + 4] == b"CQDB":
            size, back = struct.unpack_from("<II", data, offset + 16)
            if size == count:
                keys = []
                for rec in struct.unpack_from(f"<{size}I", data, offset + back):
                    start = offset + rec + 8
                    (length,) = struct.unpack_from("<I", data, start - 4)
                    keys.append(data[start : start + length - 1])
                return frozenset(keys)
    log.warning("unexpected crfsuite file layout in %s; reading its attributes slowly", path)
    return frozenset(attr.encode() for attr, _ in tagger.info().state_features)


_DASHES = frozenset("-–—")
_PARTICLES = frozenset("bin binti van von der de la al el da di".split())  # noqa: SIM905 - word list


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity ``(start, end, label)`` word spans of a BIO sequence (conlleval rules)."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if kind and (prefix != "I" or label != kind):
            found.append((start, i, kind))
            kind = ""
        if prefix == "B" or (prefix == "I" and not kind):
            start, kind = i, label
    return found


def _repair(
    words: Sequence[str], start: int, end: int, label: str, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """One tagged entity as news conventions would bound it (see :meth:`NerModel.tag`)."""
    pieces: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end + 1):
        if i == end or words[i] in _DASHES:
            if begin < i:
                pieces.append((begin, i))
            begin = i + 1
    out: list[tuple[int, int, str]] = []
    for s, e in pieces:
        while s < e and (_unnamed(words[s]) or (s == 0 and words[s].lower() in lexicon.common)):
            s += 1
        while e > s and not _named(words[e - 1]):
            e -= 1
        if s < e:
            kind = label if len(pieces) == 1 else _vote(words[s:e], lexicon, label)
            out.extend(_split_place_person(words, s, e, kind, lexicon))
    return out


def _named(word: str) -> bool:
    """True for a word that can be part of a name: it has a letter or a digit."""
    return any(ch.isalnum() for ch in word)


def _unnamed(word: str) -> bool:
    """True for a word that never begins a name: lower case, or punctuation alone."""
    return word[:1].islower() or not _named(word)


def _particle_names(
    words: Sequence[str], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Give a person whose name starts after ``von der``/``bin`` … the given name before it.

    A name's particle always follows a given name ("Ursula von der Leyen",
    "Mohammed bin Salman"); when the tagger ends another entity on that given
    name ("Komisi Uni Eropa Ursula"), the word moves to the person.
    """
    out = list(found)
    for n, (start, end, label) in enumerate(out):
        k = start
        while k > 0 and words[k - 1] in _PARTICLES:
            k -= 1
        if label != "PER" or k == start or k == 0 or not words[k - 1][:1].isupper():
            continue
        first = k - 1
        for m, (s, e, other) in enumerate(out):
            if s <= first < e:
                out[m] = (s, s if other == "PER" else first, other)
                first = s if other == "PER" else first
        out[n] = (first, end, label)
    return [span for span in out if span[0] < span[1]]


def _vote(words: Sequence[str], lexicon: Lexicon, default: str) -> str:
    """The gazetteer's majority label for ``words``, else ``default``."""
    votes = Counter(g for w in words if (g := lexicon.gazetteer.get(w.lower())))
    return votes.most_common(1)[0][0] if votes else default


def _split_place_person(
    words: Sequence[str], s: int, e: int, label: str, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """Split ``Rusia Vladimir Putin`` into a place and a person."""
    gaz = lexicon.gazetteer
    for k in range(s, e - 1):
        rest = words[k + 1 : e]
        if gaz.get(words[k].lower()) != "LOC" or gaz.get(rest[0].lower()) not in (None, "PER"):
            continue
        names = all(w[:1].isupper() or w.lower() in _PARTICLES for w in rest)
        if names and rest[0][:1].isupper() and (len(rest) >= 2 or gaz.get(rest[0].lower())):
            head = "LOC" if k == s else label
            return [(s, k + 1, head), (k + 1, e, "PER")]
    return [(s, e, label)]


@dataclasses.dataclass(slots=True)
class _Found:
    start: int
    end: int
    label: str
    name: str | None = None


def _tagged(article: Article, model: NerModel) -> tuple[list[_Found], list[list[tuple[int, int]]]]:
    """Entity spans the tagger finds, and each sentence's tokens (article offsets)."""
    text = article.text
    found: list[_Found] = []
    sentences: list[list[tuple[int, int]]] = []
    for sent in article.sentences:
        toks = [(sent.start + a, sent.start + b) for a, b in token_spans(sent.text)]
        sentences.append(toks)
        for start, end, label in model.entities([text[a:b] for a, b in toks]):
            found.append(_Found(toks[start][0], toks[end - 1][1], label))
    return found, sentences


def _majority_labels(found: list[_Found], text: str) -> None:
    """Give every surface form the label most of its mentions have (first seen wins ties)."""
    votes: dict[str, Counter[str]] = {}
    for f in found:
        votes.setdefault(text[f.start : f.end], Counter())[f.label] += 1
    for f in found:
        f.label = votes[text[f.start : f.end]].most_common(1)[0][0]


def _partial_names(found: list[_Found], text: str) -> dict[str, str]:
    """Map each single word of a person's full name to that name (the most frequent, if several)."""
    owners: dict[str, set[str]] = {}
    for f in found:
        surface = text[f.start : f.end]
        words = surface.split()
        if f.label != "PER" or len(words) < 2:
            continue
        for word in words:
            if len(word) > 1 and word[0].isupper() and word.lower() not in _NOT_NAMES:
                owners.setdefault(word, set()).add(surface)
    counts = Counter(text[f.start : f.end] for f in found)
    return {w: max(sorted(names), key=counts.__getitem__) for w, names in owners.items()}


def _propagate(
    found: list[_Found], sentences: list[list[tuple[int, int]]], text: str, partial: dict[str, str]
) -> list[_Found]:
    """Add unfound whole-token occurrences of forms the article already names."""
    known: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for f in found:
        surface = text[f.start : f.end]
        if len(surface) > 2 and surface[0].isupper():
            known.setdefault(tuple(surface.split()), (f.label, f.name))
    for word, name in partial.items():
        known.setdefault((word,), ("PER", name))
    taken = {i for f in found for i in range(f.start, f.end)}
    # Only the lengths of the forms a word begins can match there: longest first.
    firsts: dict[str, set[int]] = {}
    for key in known:
        firsts.setdefault(key[0], set()).add(len(key))
    lengths = {word: sorted(sizes, reverse=True) for word, sizes in firsts.items()}
    added: list[_Found] = []
    for toks in sentences:
        words = [text[a:b] for a, b in toks]
        i = 0
        while i < len(toks):
            for n in lengths.get(words[i], ()):
                if n > len(toks) - i:
                    continue
                hit = known.get(tuple(words[i : i + n]))
                if hit and n == 1 and _new_surname(words, i, hit[1], taken, toks):
                    n, hit = 2, ("PER", None)
                span = range(toks[i][0], toks[i + n - 1][1])
                if hit and not any(k in taken for k in span):
                    added.append(_Found(span.start, span.stop, hit[0], hit[1]))
                    taken.update(span)
                    i += n - 1
                    break
            i += 1
    return added


def _new_surname(
    words: Sequence[str], i: int, name: str | None, taken: set[int], toks: Sequence[tuple[int, int]]
) -> bool:
    """True when given name ``words[i]`` of person ``name`` is followed by a surname of its own.

    "Xi Jinping" where the article named "Xi Xinping": a person's first name
    followed by an untagged capitalised word that is not an ordinary word is
    one full name, not the first name alone.
    """
    if name is None or i + 1 >= len(words) or name.split()[0] != words[i]:
        return False
    after = words[i + 1]
    return (
        after[:1].isupper()
        and after[1:].islower()
        and word_tag(after) is None
        and toks[i + 1][0] not in taken
    )


def consistent(found: list[_Found], sentences: list[list[tuple[int, int]]], text: str) -> None:
    """Apply the article-level rules in place (see the module docstring)."""
    _majority_labels(found, text)
    partial = _partial_names(found, text)
    for f in found:
        surface = text[f.start : f.end]
        if surface in partial and partial[surface] != surface:
            f.label, f.name = "PER", partial[surface]
    found.extend(_propagate(found, sentences, text, partial))
    found.sort(key=lambda f: f.start)


@stage("entities", requires={"sentences"}, assigns={"mentions"})
def find_entities(article: Article, *, model: NerModel) -> Article:
    """Return the article with ``mentions`` set: PER, ORG and LOC spans, in text order.

    Mentions never overlap and never cross a sentence. A mention of part of a
    person's name carries the full form in ``name``.
    """
    found, sentences = _tagged(article, model)
    consistent(found, sentences, article.text)
    mentions = tuple(
        Mention(span=Span.of(article.text, f.start, f.end), label=f.label, name=f.name)
        for f in found
    )
    log.debug("article %s: %d mentions", article.id, len(mentions))
    return dataclasses.replace(article, mentions=mentions)
