"""Near-duplicate detection: which articles (and paragraphs) re-publish others.

An article is a set of shingles: ``shingle_size`` consecutive words of its
clean text after normalization (NFC, lowercase, punctuation dropped; the raw
text when there is no clean text). Its MinHash signature (datasketch's
permutations, see :mod:`kilas.corpus.signatures`) is cut into LSH bands whose
bucket keys propose candidates; each candidate is then scored by
*containment*: the fraction of this article's shingles found in the other.
Paragraphs of at least ``paragraph_min_words`` words are filed the same way
(32 permutations); an article is also filed under an exact key of its
normalized text, while identical paragraphs are told apart by digest within
their shared bands.

Accuracy contract:
    * The Jaccard estimate from two signatures has a standard error of about
      ``1/sqrt(num_perm)`` (0.09 at the default 128 permutations).
    * LSH recall: with the defaults (128 permutations, threshold 0.5 → 25
      bands of 5 rows) a pair is proposed with probability 0.55 at Jaccard
      0.5, 0.87 at 0.6, 0.99 at 0.7 and 0.06 at 0.3. Paragraphs use 32
      permutations (8 bands of 4): 0.40 at 0.5, 0.67 at 0.6, 0.89 at 0.7.
      A copy that is short next to its original has a low Jaccard similarity
      even when its containment is high, so it may be missed. Identical
      normalized texts (articles or paragraphs) are always found: they share
      an exact key (articles) or every band (paragraphs), whatever the threshold.
    * Containment is exact when both texts are at hand (this session's recent
      articles, or ``text_of``); otherwise it is estimated from the Jaccard
      estimate and the two exact set sizes carried in the signature.

Scale: the index is a table of texts (article or paragraph, signature) and a
table of ``(bucket key, text)`` rows. Given an :class:`IndexStorage` (the
store), both live there and this object keeps only what was added since the
caller last wrote it (:meth:`DuplicateIndex.pending`) and a bounded cache of
recent shingle sets, so what it holds does not grow with the corpus
(BENCHMARKS.md has the measured peak RSS); candidates are looked up once per
:data:`LOOKUP_ARTICLES` articles. Without one, everything is in memory (tests, one-off use).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import struct
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from kilas.corpus.signatures import (
    Hashes,
    MinHasher,
    distinct,
    exact_key,
    grouped_sets,
    normalize_words,
    shingle_hashes,
    shingle_set,
    window_hashes,
    word_hashes,
)
from kilas.model import Article, Duplicate, ParagraphDuplicate
from kilas.settings import DedupSettings

__all__ = [
    "DedupResult",
    "DuplicateIndex",
    "IndexRows",
    "IndexStorage",
    "containment_estimate",
    "normalize_words",
    "paragraph_texts",
    "shingle_set",
]

_BLANK_LINE = re.compile(r"\n\s*\n")
_HEADER = struct.Struct("<4sIQ")  # magic, shingle count, digest of the normalized text
_MAGIC = b"KMH2"
ARTICLE = -1
"""The paragraph number of an article-level text in the index."""
PARAGRAPH_PERM = 32
"""Permutations for paragraph signatures: cheaper LSH (8 bands), Jaccard error ~0.18."""
MAX_PARAGRAPH_LINKS = 3
"""Earlier paragraphs one paragraph is linked to, at most (identical first, then nearest)."""
LOOKUP_ARTICLES = 100
"""Articles whose candidates are looked up together: one query each, and the candidates
held at once stay bounded by this many articles' near-copies rather than a whole batch's."""
_SALT_ARTICLE, _SALT_PARAGRAPH, _SALT_EXACT_ARTICLE = 1, 2, 3

TextRow = tuple[int, str, int, bytes, str | None]
"""A stored text of the index: (id, article id, paragraph or -1, signature bytes, date)."""


class IndexStorage(Protocol):
    """Where an index's texts and bucket rows are kept (``kilas.store.Store`` is one)."""

    def lookup_buckets(self, keys: Sequence[int]) -> Iterable[tuple[int, int]]:
        """``(key, text id)`` for every stored text filed under one of ``keys``."""
        ...

    def lookup_candidates(self, keys: Sequence[int], width: int) -> Iterable[tuple[int, int]]:
        """Distinct ``(i // width, text id)`` of every stored text filed under ``keys[i]``."""
        ...

    def indexed_texts(self, text_ids: Sequence[int]) -> Iterable[TextRow]:
        """The stored texts with these ids."""
        ...

    def indexed_articles(self, article_ids: Sequence[str]) -> Iterable[TextRow]:
        """The stored article-level texts of these articles."""
        ...


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class DedupResult:
    """The links found when one article was added, in both directions."""

    duplicates: tuple[Duplicate, ...] = ()
    paragraphs: tuple[ParagraphDuplicate, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class IndexRows:
    """Texts and bucket rows added to an index, for the store to write.

    Text ids here are provisional (negative); the store gives each text its
    own id and writes the bucket rows with it.
    """

    texts: tuple[TextRow, ...] = ()
    buckets: tuple[tuple[int, int], ...] = ()


@dataclasses.dataclass(slots=True)
class _Text:
    """One indexed text: an article (paragraph -1) or one of its long paragraphs.

    Its id is 0 until :class:`_Memory` files it (private, so set in place).
    """

    text_id: int
    article_id: str
    paragraph: int
    size: int
    digest: int
    values: Hashes  # empty for a paragraph filed only as an exact repeat
    date: str | None

    def to_row(self) -> TextRow:
        """The row the store keeps."""
        header = _HEADER.pack(_MAGIC, self.size, self.digest)
        signature = header + self.values.astype("<u4").tobytes()
        return self.text_id, self.article_id, self.paragraph, signature, self.date


def _from_row(row: TextRow) -> _Text:
    """A text back from its stored row.

    Raises:
        ValueError: the signature was not written by this version of the index.
    """
    text_id, article_id, paragraph, signature, date = row
    magic, size, digest = _HEADER.unpack_from(signature)
    if magic != _MAGIC:
        raise ValueError(
            f"signature of {article_id!r} was written by another version of the duplicate "
            "index; re-run dedup"
        )
    values = np.frombuffer(signature, dtype="<u4", offset=_HEADER.size)
    values = values.astype(np.uint32, copy=False)  # read-only; a copy only on big-endian
    return _Text(text_id, article_id, paragraph, size, digest, values, date)


@dataclasses.dataclass(slots=True)
class _Paragraph:
    """A long paragraph of an article being added."""

    number: int
    size: int
    digest: int
    values: Hashes
    keys: list[int]
    stored: list[_Text] = dataclasses.field(default_factory=list)  # candidates in the storage


@dataclasses.dataclass(slots=True)
class _Prepared:
    """An article being added: its shingles, signature, keys and long paragraphs."""

    article: Article
    hashes: Hashes
    text: _Text
    keys: list[int]
    paragraphs: list[_Paragraph]
    stored: list[_Text] = dataclasses.field(default_factory=list)  # candidates in the storage


class _Memory:
    """Texts and bucket rows held in memory: all of them, or those not yet written."""

    def __init__(self) -> None:
        self.texts: dict[int, _Text] = {}
        self.buckets: dict[int, int | list[int]] = {}  # one id (the usual case) or several
        self.articles: dict[str, int] = {}
        self.new: list[int] = []  # text ids not yet taken by DuplicateIndex.pending
        self.keys: list[int] = []  # bucket rows not yet taken: keys[i] files ids[i]
        self.ids: list[int] = []
        self._next = 0

    def add(self, text: _Text, keys: list[int]) -> None:
        """File ``text`` (its id assigned here) under ``keys``."""
        self._next -= 1
        text.text_id = text_id = self._next
        self.texts[text_id] = text
        self.new.append(text_id)
        if text.paragraph == ARTICLE:
            self.articles[text.article_id] = text_id
        buckets = self.buckets
        for key in keys:
            found = buckets.get(key)
            if found is None:
                buckets[key] = text_id
            elif isinstance(found, int):
                buckets[key] = [found, text_id]
            else:
                found.append(text_id)
        self.keys.extend(keys)
        self.ids.extend([text_id] * len(keys))

    def take(self) -> IndexRows:
        """The texts and rows added since the last take."""
        texts = tuple(self.texts[i].to_row() for i in self.new)
        rows = IndexRows(texts=texts, buckets=tuple(zip(self.keys, self.ids, strict=True)))
        self.new, self.keys, self.ids = [], [], []
        return rows


def _order(text: _Text) -> tuple[bool, int]:
    """Insertion order: stored texts (positive ids) first, then those held in memory."""
    return text.text_id < 0, abs(text.text_id)


def _digest(words: list[str]) -> int:
    """A 64-bit digest of a normalized word sequence."""
    return int.from_bytes(
        hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "little"
    )


def paragraph_texts(article: Article) -> list[str]:
    """The article's paragraphs: its paragraph spans, else blank-line blocks."""
    if article.paragraphs:
        return [span.text for span in article.paragraphs]
    return [block for block in _BLANK_LINE.split(article.text or article.raw) if block.strip()]


def _words(article: Article) -> tuple[list[str] | None, list[list[str]]]:
    """The article's normalized words (None when they are its paragraphs' joined), and each
    paragraph's.

    The text's words are the paragraphs' words joined when the text is its
    blocks joined by blank lines (what the cleaner writes), so it is read once.
    """
    text = article.text or article.raw
    paragraphs = [normalize_words(p) for p in paragraph_texts(article)]
    if article.paragraphs and (
        article.headings or text != "\n\n".join(span.text for span in article.paragraphs)
    ):
        return normalize_words(text), paragraphs
    return None, paragraphs


def containment_estimate(jaccard: float, size: int, other_size: int) -> float:
    """|A ∩ B| / |A| from a Jaccard estimate and the two set sizes."""
    if size == 0:
        return 0.0
    common = jaccard * (size + other_size) / (1.0 + jaccard)
    return min(1.0, common / size)


def _relation(date: str | None, other_date: str | None) -> tuple[str, str]:
    """(this article's relation, the other's) from publication days: earlier is original.

    A date that is a prefix of the other ("2024" and "2024-01-05") does not order them.
    """
    if date is None or other_date is None or date.startswith(other_date):
        return "near", "near"
    if other_date.startswith(date):
        return "near", "near"
    return ("copy_of", "copied_by") if date > other_date else ("copied_by", "copy_of")


class DuplicateIndex:
    """An index of articles that finds, for each new one, those sharing its text.

    The caller owns the index. With ``storage`` (a store) the indexed texts
    live there: write :meth:`pending` in the same transaction as the links
    (``Store.write_dedup(index=...)``). ``text_of`` (an article id to its
    clean text, e.g. ``Store.get_text``) makes containment exact for articles
    whose shingles are not in the bounded cache of recently added ones.
    """

    def __init__(
        self,
        settings: DedupSettings,
        *,
        text_of: Callable[[str], str | None] | None = None,
        storage: IndexStorage | None = None,
        cache_size: int = 8192,
    ) -> None:
        self.settings = settings
        self._text_of = text_of
        self._storage = storage
        self._cache_size = cache_size
        self._articles = MinHasher(settings.num_perm, settings.threshold, salt=_SALT_ARTICLE)
        self._paragraphs = MinHasher(PARAGRAPH_PERM, settings.threshold, salt=_SALT_PARAGRAPH)
        self._memory = _Memory()
        self._shingles: OrderedDict[str, Hashes] = OrderedDict()

    # ------------------------------------------------------------ public

    @property
    def layout(self) -> dict[str, float]:
        """The settings that decide signatures and bucket keys: a stored index only fits these."""
        return {
            "num_perm": self.settings.num_perm,
            "shingle_size": self.settings.shingle_size,
            "threshold": self.settings.threshold,
        }

    def contains(self, article_id: str) -> bool:
        """True when the article is in the index."""
        return not self.missing([article_id])

    def missing(self, article_ids: Iterable[str]) -> set[str]:
        """Those of ``article_ids`` that are not in the index."""
        wanted = {i for i in article_ids if i not in self._memory.articles}
        if wanted and self._storage is not None:
            wanted -= {row[1] for row in self._storage.indexed_articles(sorted(wanted))}
        return wanted

    def signature(self, article_id: str) -> bytes:
        """The article's compact signature (header + ``num_perm`` uint32), for :meth:`load`.

        Raises:
            KeyError: the article is not in the index.
        """
        return self._article(article_id).to_row()[3]

    def date_of(self, article_id: str) -> str | None:
        """The publication day the index knows for the article."""
        return self._article(article_id).date

    def load(self, article_id: str, signature: bytes, date: str | None = None) -> None:
        """Put an article back into the index from its signature alone.

        Raises:
            ValueError: the signature is not one :meth:`signature` wrote for this ``num_perm``.
        """
        text = _from_row((0, article_id, ARTICLE, signature, date))
        if len(text.values) != self.settings.num_perm:
            raise ValueError(
                f"signature of {article_id!r} does not fit num_perm={self.settings.num_perm}; "
                "re-run dedup after changing num_perm"
            )
        self._memory.add(text, self._article_keys(text))

    def jaccard(self, article_id: str, other_id: str) -> float:
        """The MinHash estimate of the Jaccard similarity of two indexed articles (symmetric)."""
        a, b = self._article(article_id).values, self._article(other_id).values
        return float(np.mean(a == b))

    def add(self, article: Article) -> DedupResult:
        """Index ``article`` and return its links to articles already indexed.

        Each article-level pair is reported in both directions (``A copy_of B``
        and ``B copied_by A``) when either direction shares at least
        ``min_shared``. Adding an article already indexed returns no links.
        """
        return self.add_batch([article])[0]

    def add_batch(self, articles: Sequence[Article]) -> list[DedupResult]:
        """:meth:`add` each article in order, looking candidates up once per
        :data:`LOOKUP_ARTICLES` articles."""
        missing = self.missing(a.id for a in articles)
        results = []
        for start in range(0, len(articles), LOOKUP_ARTICLES):
            part = articles[start : start + LOOKUP_ARTICLES]
            prepared = {a.id: self._prepare(a) for a in part if a.id in missing}
            owners: list[_Prepared | _Paragraph] = []
            for each in prepared.values():
                owners.append(each)
                owners.extend(each.paragraphs)
            self._lookup(owners)
            for article in part:
                ready = prepared.pop(article.id, None)
                results.append(DedupResult() if ready is None else self._add(ready))
                missing.discard(article.id)  # a repeat in a later part is indexed already
        return results

    def pending(self) -> IndexRows:
        """Texts and bucket rows added since the last call, to be written to the storage.

        With a storage the index then forgets them (the storage answers for
        them once written); without one it keeps them, and the next call
        returns only what was added after this one.
        """
        rows = self._memory.take()
        if self._storage is not None:
            self._memory = _Memory()
        return rows

    # ------------------------------------------------------------ private

    def _article(self, article_id: str) -> _Text:
        """The indexed article-level text of an article."""
        text_id = self._memory.articles.get(article_id)
        if text_id is not None:
            return self._memory.texts[text_id]
        if self._storage is not None:
            for row in self._storage.indexed_articles([article_id]):
                return _from_row(row)
        raise KeyError(article_id)

    def _article_keys(self, text: _Text) -> list[int]:
        """The exact key and, for a non-empty text, the band keys of an article."""
        keys = [exact_key(text.digest, _SALT_EXACT_ARTICLE)]
        if text.size:
            keys.extend(self._articles.band_keys(text.values)[0].tolist())
        return keys

    def _prepare(self, article: Article) -> _Prepared:
        """Shingle, sign and key an article and its long paragraphs."""
        words, by_paragraph = _words(article)
        size = self.settings.shingle_size
        flat = [w for paragraph in by_paragraph for w in paragraph]
        paragraph_words = word_hashes(flat)
        windows = window_hashes(paragraph_words if words is None else word_hashes(words), size)
        hashes = distinct(windows)
        digest = _digest(flat if words is None else words)
        values = self._articles.signature(hashes)
        text = _Text(0, article.id, ARTICLE, len(hashes), digest, values, article.date)
        minimum = max(1, self.settings.paragraph_min_words)
        lengths = np.array([len(w) for w in by_paragraph], dtype=np.intp)
        long = np.flatnonzero(lengths >= minimum)
        paragraphs: list[_Paragraph] = []
        if long.size:
            if words is None and size <= minimum:  # each long paragraph's shingles are windows
                owner = np.repeat(np.arange(len(lengths)), lengths)
                first, last = owner[: len(windows)], owner[size - 1 :]
                inside = (first == last) & (lengths[first] >= minimum)
                sets, groups = grouped_sets(windows[inside], first[inside])
            else:
                sets, groups = self._paragraph_sets(paragraph_words, lengths, long)
            starts = np.searchsorted(groups, long)
            counts = np.diff(np.append(starts, len(sets)))
            signatures = self._paragraphs.signatures(sets, starts)
            keys = self._paragraphs.band_keys(signatures).tolist()
            for n, count, sig, band in zip(
                long.tolist(), counts.tolist(), signatures, keys, strict=True
            ):
                digest = _digest(by_paragraph[n])
                paragraphs.append(_Paragraph(n, count, digest, sig, band))
        return _Prepared(article, hashes, text, self._article_keys(text), paragraphs)

    def _paragraph_sets(
        self,
        words: npt.NDArray[np.uint64],
        lengths: npt.NDArray[np.intp],
        long: npt.NDArray[np.intp],
    ) -> tuple[Hashes, npt.NDArray[np.int64]]:
        """Shingle sets of the long paragraphs one by one (shingles longer than a paragraph)."""
        ends = np.cumsum(lengths)
        parts = [
            window_hashes(words[ends[n] - lengths[n] : ends[n]], self.settings.shingle_size)
            for n in long
        ]
        groups = np.repeat(long, [len(p) for p in parts])
        return grouped_sets(np.concatenate(parts), groups)

    def _lookup(self, owners: Sequence[_Prepared | _Paragraph]) -> None:
        """Give each owner (an article or a paragraph being added) the stored texts under its keys.

        One query per number of keys asked (articles, paragraphs), joined to
        their owners in the database, so a text filed under several of one
        owner's keys (a near-copy shares most bands) is one candidate of that
        owner; each text is read once.
        """
        if self._storage is None:
            return
        by_width: defaultdict[int, list[_Prepared | _Paragraph]] = defaultdict(list)
        for owner in owners:  # articles ask for 1 + bands keys (1 when empty), paragraphs bands
            if owner.keys:
                by_width[len(owner.keys)].append(owner)
        hits: list[tuple[_Prepared | _Paragraph, int]] = []
        for width, group in by_width.items():
            keys = [k for owner in group for k in owner.keys]
            hits.extend((group[n], i) for n, i in self._storage.lookup_candidates(keys, width))
        if not hits:
            return
        wanted = sorted({i for _, i in hits})
        texts = {row[0]: _from_row(row) for row in self._storage.indexed_texts(wanted)}
        for owner, text_id in hits:
            text = texts.get(text_id)
            if text is not None:
                owner.stored.append(text)

    def _candidates(self, keys: Iterable[int], stored: list[_Text]) -> list[_Text]:
        """Texts filed under any of ``keys``: stored ones, then those added since."""
        texts, buckets = self._memory.texts, self._memory.buckets
        hits = list(stored)
        for key in keys:
            added = buckets.get(key)
            if isinstance(added, int):
                hits.append(texts[added])
            elif added is not None:
                hits.extend(texts[i] for i in added)
        return hits

    def _add(self, ready: _Prepared) -> DedupResult:
        """Link a prepared article to the indexed ones, then index it."""
        text = ready.text
        others: dict[str, _Text] = {}
        for other in self._candidates(ready.keys, ready.stored):
            if other.paragraph == ARTICLE and other.article_id != text.article_id:
                others[other.article_id] = other
        links: list[Duplicate] = []
        for other_id in sorted(others):
            links.extend(self._link(text, ready.hashes, others[other_id]))
        self._memory.add(text, ready.keys)
        self._remember(text.article_id, ready.hashes)
        paragraphs: list[ParagraphDuplicate] = []
        for paragraph in ready.paragraphs:
            paragraphs.extend(self._add_paragraph(text, paragraph))
        return DedupResult(duplicates=tuple(links), paragraphs=tuple(paragraphs))

    def _remember(self, article_id: str, shingles: Hashes) -> None:
        """Keep the shingles of a recent article, dropping the oldest past the bound."""
        self._shingles[article_id] = shingles
        while len(self._shingles) > self._cache_size:
            self._shingles.popitem(last=False)

    def _shingles_of(self, article_id: str) -> Hashes | None:
        """The shingles of an indexed article when its text can be had."""
        if article_id in self._shingles:
            return self._shingles[article_id]
        text = self._text_of(article_id) if self._text_of is not None else None
        if not text:
            return None
        return shingle_hashes(word_hashes(normalize_words(text)), self.settings.shingle_size)

    def _link(self, text: _Text, hashes: Hashes, other: _Text) -> list[Duplicate]:
        """The two links between a new article and one candidate, or none."""
        article_id, other_id = text.article_id, other.article_id
        if text.digest == other.digest and text.size == other.size:
            return [
                Duplicate(article_id=article_id, other_id=other_id, relation="exact", shared=1.0),
                Duplicate(article_id=other_id, other_id=article_id, relation="exact", shared=1.0),
            ]
        other_hashes = self._shingles_of(other_id)
        if other_hashes is not None and hashes.size:
            common = np.intersect1d(hashes, other_hashes, assume_unique=True).size
            shared, back = common / hashes.size, common / max(other_hashes.size, 1)
        else:
            jaccard = float(np.mean(text.values == other.values))
            shared = containment_estimate(jaccard, text.size, other.size)
            back = containment_estimate(jaccard, other.size, text.size)
        if max(shared, back) < self.settings.min_shared:
            return []
        mine, theirs = _relation(text.date, other.date)
        return [
            Duplicate(article_id=article_id, other_id=other_id, relation=mine, shared=shared),
            Duplicate(article_id=other_id, other_id=article_id, relation=theirs, shared=back),
        ]

    def _add_paragraph(self, article: _Text, paragraph: _Paragraph) -> list[ParagraphDuplicate]:
        """Link one long paragraph to earlier ones (identical first, else nearest), then file it.

        Identical paragraphs have identical signatures, so they share every
        band: they are told by their digest among the band's texts. A paragraph
        seen verbatim before is filed only under its first band, and only while
        fewer than :data:`MAX_PARAGRAPH_LINKS` + 1 copies are, so boilerplate
        the cleaner left costs neither time nor storage, and links stay linear
        in the number of paragraphs.
        """
        article_id, n = article.article_id, paragraph.number
        entry = _Text(0, article_id, n, paragraph.size, paragraph.digest, paragraph.values, None)
        hits = self._candidates(paragraph.keys, paragraph.stored)
        seen = sorted(
            {
                t.text_id: t
                for t in hits
                if t.digest == paragraph.digest and t.paragraph != ARTICLE
            }.values(),
            key=_order,
        )
        if seen:
            others = [t for t in seen if t.article_id != article_id][:MAX_PARAGRAPH_LINKS]
            if len(seen) <= MAX_PARAGRAPH_LINKS:
                entry.values = np.empty(0, dtype=np.uint32)
                self._memory.add(entry, paragraph.keys[:1])
            return [p for t in others for p in _pair(article_id, n, t, 1.0, 1.0)]
        scored: dict[tuple[str, int], tuple[float, float, _Text]] = {}
        for other in hits:
            if other.paragraph == ARTICLE or other.article_id == article_id:
                continue
            if not other.values.size or (other.article_id, other.paragraph) in scored:
                continue
            jaccard = float(np.mean(paragraph.values == other.values))
            shared = containment_estimate(jaccard, paragraph.size, other.size)
            back = containment_estimate(jaccard, other.size, paragraph.size)
            if max(shared, back) >= self.settings.min_shared:
                scored[other.article_id, other.paragraph] = (shared, back, other)
        self._memory.add(entry, paragraph.keys)
        best = sorted(scored.items(), key=lambda x: (-x[1][0], x[0]))[:MAX_PARAGRAPH_LINKS]
        return [p for _, (shared, back, t) in best for p in _pair(article_id, n, t, shared, back)]


def _pair(
    article_id: str, n: int, other: _Text, shared: float, back: float
) -> tuple[ParagraphDuplicate, ParagraphDuplicate]:
    """A paragraph link and its mirror."""
    return (
        ParagraphDuplicate(
            article_id=article_id,
            paragraph=n,
            other_id=other.article_id,
            other_paragraph=other.paragraph,
            shared=shared,
        ),
        ParagraphDuplicate(
            article_id=other.article_id,
            paragraph=other.paragraph,
            other_id=article_id,
            other_paragraph=n,
            shared=back,
        ),
    )
