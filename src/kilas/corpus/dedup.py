"""Near-duplicate detection: which articles (and paragraphs) re-publish others.

An article is a set of shingles: ``shingle_size`` consecutive words of its
clean text after normalization (NFC, lowercase, punctuation dropped; the raw
text when there is no clean text). A MinHash signature of that set
(datasketch) goes into an LSH index that proposes candidates; each candidate
is then scored by *containment*: the fraction of this article's shingles found
in the other. Paragraphs of at least ``paragraph_min_words`` words are tracked
the same way in a second index, plus an exact index of normalized paragraphs.

Accuracy contract:
    * The Jaccard estimate from two signatures has a standard error of about
      ``1/sqrt(num_perm)`` (0.09 at the default 128 permutations).
    * LSH recall: with the defaults (128 permutations, threshold 0.5 → 25
      bands of 5 rows) a pair is proposed with probability 0.55 at Jaccard
      0.5, 0.87 at 0.6, 0.99 at 0.7 and 0.06 at 0.3. Paragraphs use 32
      permutations (8 bands of 4): 0.40 at 0.5, 0.67 at 0.6, 0.89 at 0.7.
      A copy that is short next to its original has a low Jaccard similarity
      even when its containment is high, so it may be missed. Identical
      normalized texts (articles or paragraphs) are always found: they go
      through an exact index, not LSH.
    * Containment is exact when both texts are at hand (this session's recent
      articles, or ``text_of``); otherwise it is estimated from the Jaccard
      estimate and the two exact set sizes carried in the signature.

Scale: everything is in memory. Measured on IndoSum (``bench/ingest.py``),
the article index costs about 3 KB per article (the signature plus
datasketch's dict-of-sets band storage, 25 bands) and the paragraph index
about 1 KB per long paragraph (8 bands), some 13 KB per news article in all;
the text cache is bounded (``cache_size`` articles, 4 bytes per shingle).
At 10M articles that is ~130 GB: past a few million articles move both
indexes to datasketch's Redis or Cassandra ``storage_config`` (or shard by
date), and keep only signatures in the store, as now.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import struct
import unicodedata
import zlib
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from kilas.model import Article, Duplicate, ParagraphDuplicate
from kilas.settings import DedupSettings

_WORD = re.compile(r"\w+")
_BLANK_LINE = re.compile(r"\n\s*\n")
_HEADER = struct.Struct("<4sIQ")  # magic, shingle count, digest of the normalized text
_MAGIC = b"KMH1"
_SEED = 1
PARAGRAPH_PERM = 32
MAX_PARAGRAPH_LINKS = 3
"""Earlier paragraphs one paragraph is linked to, at most (identical first, then nearest)."""
"""Permutations for paragraph signatures: cheaper LSH (8 bands), Jaccard error ~0.18."""

Signature = npt.NDArray[np.uint32]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class DedupResult:
    """The links found when one article was added, in both directions."""

    duplicates: tuple[Duplicate, ...] = ()
    paragraphs: tuple[ParagraphDuplicate, ...] = ()


def normalize_words(text: str) -> list[str]:
    """The words of ``text``: NFC, lowercase, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingle_set(words: list[str], size: int) -> set[str]:
    """Every run of ``size`` consecutive words (the whole text when shorter)."""
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def paragraph_texts(article: Article) -> list[str]:
    """The article's paragraphs: its paragraph spans, else blank-line blocks."""
    if article.paragraphs:
        return [span.text for span in article.paragraphs]
    return [block for block in _BLANK_LINE.split(article.text or article.raw) if block.strip()]


def containment_estimate(jaccard: float, size: int, other_size: int) -> float:
    """|A ∩ B| / |A| from a Jaccard estimate and the two set sizes."""
    if size == 0:
        return 0.0
    common = jaccard * (size + other_size) / (1.0 + jaccard)
    return min(1.0, common / size)


def _new_minhash(template: MinHash) -> MinHash:
    """An empty MinHash sharing the template's permutations (cheap to build)."""
    return MinHash(
        num_perm=len(template.hashvalues),
        seed=_SEED,
        hashfunc=zlib.crc32,  # stable across runs and fast; 32 bits suffice for shingles
        permutations=template.permutations,
        scheme=template.scheme,
    )


def shingle_hashes(shingles: Iterable[str]) -> npt.NDArray[np.uint32]:
    """The sorted, distinct 32-bit hashes of shingles: a compact set for exact containment."""
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint32)
    return np.unique(hashes)


def _minhash_of(template: MinHash, shingles: Iterable[str]) -> MinHash:
    """The MinHash of a shingle set."""
    minhash = _new_minhash(template)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def _digest(words: list[str]) -> int:
    """A 64-bit digest of a normalized word sequence."""
    return int.from_bytes(
        hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "little"
    )


def _relation(date: str | None, other_date: str | None) -> tuple[str, str]:
    """(this article's relation, the other's) from publication days: earlier is original.

    A date that is a prefix of the other ("2024" and "2024-01-05") does not order them.
    """
    if date is None or other_date is None or date.startswith(other_date):
        return "near", "near"
    if other_date.startswith(date):
        return "near", "near"
    return ("copy_of", "copied_by") if date > other_date else ("copied_by", "copy_of")


@dataclasses.dataclass(slots=True)
class _Entry:
    """What the index remembers of one article."""

    hashvalues: Signature
    size: int
    digest: int
    date: str | None


class DuplicateIndex:
    """An index of articles that finds, for each new one, those sharing its text.

    The caller owns the index; rebuild it from stored signatures with
    :meth:`load`. ``text_of`` (an article id to its clean text, e.g.
    ``Store.get_text``) makes containment exact for articles whose text is not
    in the bounded cache of recently added ones.
    """

    def __init__(
        self,
        settings: DedupSettings,
        *,
        text_of: Callable[[str], str | None] | None = None,
        cache_size: int = 8192,
    ) -> None:
        self.settings = settings
        self._text_of = text_of
        self._cache_size = cache_size
        self._template = MinHash(num_perm=settings.num_perm, seed=_SEED)
        self._lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
        self._entries: dict[str, _Entry] = {}
        self._by_digest: dict[int, list[str]] = defaultdict(list)
        self._shingles: OrderedDict[str, npt.NDArray[np.uint32]] = OrderedDict()
        self._paragraphs = _ParagraphIndex(settings)

    # ------------------------------------------------------------ public

    def contains(self, article_id: str) -> bool:
        """True when the article is in the index."""
        return article_id in self._entries

    def signature(self, article_id: str) -> bytes:
        """The article's compact signature (header + ``num_perm`` uint32), for :meth:`load`.

        Raises:
            KeyError: the article is not in the index.
        """
        entry = self._entries[article_id]
        header = _HEADER.pack(_MAGIC, entry.size, entry.digest)
        return header + entry.hashvalues.astype("<u4").tobytes()

    def date_of(self, article_id: str) -> str | None:
        """The publication day the index knows for the article."""
        return self._entries[article_id].date

    def load(self, article_id: str, signature: bytes, date: str | None = None) -> None:
        """Put a stored article back into the index from its signature alone.

        Raises:
            ValueError: the signature is not one :meth:`signature` wrote for this ``num_perm``.
        """
        magic, size, digest = _HEADER.unpack_from(signature)
        values = np.frombuffer(signature, dtype="<u4", offset=_HEADER.size)
        if magic != _MAGIC or len(values) != self.settings.num_perm:
            raise ValueError(
                f"signature of {article_id!r} does not fit num_perm={self.settings.num_perm}; "
                "re-run dedup after changing num_perm"
            )
        minhash = _new_minhash(self._template)
        minhash.hashvalues = values.astype(minhash.hashvalues.dtype)  # LSH hashes these bytes
        self._insert(article_id, _Entry(values.astype(np.uint32), size, digest, date), minhash)

    def jaccard(self, article_id: str, other_id: str) -> float:
        """The MinHash estimate of the Jaccard similarity of two indexed articles (symmetric)."""
        a, b = self._entries[article_id].hashvalues, self._entries[other_id].hashvalues
        return float(np.mean(a == b))

    def add(self, article: Article) -> DedupResult:
        """Index ``article`` and return its links to articles already indexed.

        Each article-level pair is reported in both directions (``A copy_of B``
        and ``B copied_by A``) when either direction shares at least
        ``min_shared``. Adding an article already indexed returns no links.
        """
        if article.id in self._entries:
            return DedupResult()
        words = normalize_words(article.text or article.raw)
        shingles = frozenset(shingle_set(words, self.settings.shingle_size))
        minhash = _minhash_of(self._template, shingles)
        values: Signature = minhash.hashvalues.astype(np.uint32)
        entry = _Entry(values, len(shingles), _digest(words), article.date)
        candidates = set(self._lsh.query(minhash)) if shingles else set()
        candidates.update(self._by_digest.get(entry.digest, ()))
        hashes = shingle_hashes(shingles)
        links: list[Duplicate] = []
        for other_id in sorted(candidates):
            links.extend(self._link(article.id, entry, hashes, other_id))
        self._insert(article.id, entry, minhash)
        self._remember(article.id, hashes)
        paragraphs = self._paragraphs.add(article)
        return DedupResult(duplicates=tuple(links), paragraphs=tuple(paragraphs))

    # ------------------------------------------------------------ private

    def _insert(self, article_id: str, entry: _Entry, minhash: MinHash) -> None:
        """Add an entry to the LSH and the exact-text index."""
        self._entries[article_id] = entry
        self._by_digest[entry.digest].append(article_id)
        if entry.size:
            self._lsh.insert(article_id, minhash)

    def _remember(self, article_id: str, shingles: npt.NDArray[np.uint32]) -> None:
        """Keep the shingles of a recent article, dropping the oldest past the bound."""
        self._shingles[article_id] = shingles
        while len(self._shingles) > self._cache_size:
            self._shingles.popitem(last=False)

    def _shingles_of(self, article_id: str) -> npt.NDArray[np.uint32] | None:
        """The shingles of an indexed article when its text can be had."""
        if article_id in self._shingles:
            return self._shingles[article_id]
        text = self._text_of(article_id) if self._text_of is not None else None
        if not text:
            return None
        return shingle_hashes(shingle_set(normalize_words(text), self.settings.shingle_size))

    def _link(
        self, article_id: str, entry: _Entry, hashes: npt.NDArray[np.uint32], other_id: str
    ) -> list[Duplicate]:
        """The two links between a new article and one candidate, or none."""
        other = self._entries[other_id]
        if entry.digest == other.digest and entry.size == other.size:
            return [
                Duplicate(article_id=article_id, other_id=other_id, relation="exact", shared=1.0),
                Duplicate(article_id=other_id, other_id=article_id, relation="exact", shared=1.0),
            ]
        other_hashes = self._shingles_of(other_id)
        if other_hashes is not None and hashes.size:
            common = np.intersect1d(hashes, other_hashes, assume_unique=True).size
            shared, back = common / hashes.size, common / max(other_hashes.size, 1)
        else:
            jaccard = float(np.mean(entry.hashvalues == other.hashvalues))
            shared = containment_estimate(jaccard, entry.size, other.size)
            back = containment_estimate(jaccard, other.size, entry.size)
        if max(shared, back) < self.settings.min_shared:
            return []
        mine, theirs = _relation(entry.date, other.date)
        return [
            Duplicate(article_id=article_id, other_id=other_id, relation=mine, shared=shared),
            Duplicate(article_id=other_id, other_id=article_id, relation=theirs, shared=back),
        ]


class _ParagraphIndex:
    """Long paragraphs across articles: exact normalized text, and MinHash LSH.

    Each paragraph is linked to at most :data:`MAX_PARAGRAPH_LINKS` earlier
    ones: identical paragraphs first (earliest first), else the nearest. A
    paragraph seen verbatim before is not indexed again, so boilerplate that
    the cleaner left costs neither time nor memory, and links stay linear in
    the number of paragraphs instead of quadratic in a boilerplate's spread.
    """

    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings
        self._minhash = _new_minhash(MinHash(num_perm=PARAGRAPH_PERM, seed=_SEED))
        self._lsh = MinHashLSH(threshold=settings.threshold, num_perm=PARAGRAPH_PERM)
        self._serials = 0  # every long paragraph gets the next serial number
        self._where: dict[int, tuple[str, int]] = {}  # serial -> (article id, paragraph)
        self._exact: dict[int, list[int]] = {}  # digest -> first serials with that text
        self._known: dict[int, tuple[int, Signature]] = {}  # LSH serial -> (size, values)

    def add(self, article: Article) -> list[ParagraphDuplicate]:
        """Index the article's long paragraphs; return their links to earlier articles."""
        links: list[ParagraphDuplicate] = []
        for n, text in enumerate(paragraph_texts(article)):
            words = normalize_words(text)
            if len(words) < self.settings.paragraph_min_words:
                continue
            serial, digest = self._serials, _digest(words)
            self._serials += 1
            seen = self._exact.get(digest)
            if seen is not None:
                others = [self._where[k] for k in seen if self._where[k][0] != article.id]
                for other in others[:MAX_PARAGRAPH_LINKS]:
                    links.extend(_pair(article.id, n, other, 1.0, 1.0))
                if len(seen) <= MAX_PARAGRAPH_LINKS:
                    seen.append(serial)
                    self._where[serial] = (article.id, n)
                continue
            self._exact[digest] = [serial]
            self._where[serial] = (article.id, n)
            links.extend(self._index_near(article.id, n, serial, words))
        return links

    def _index_near(
        self, article_id: str, n: int, serial: int, words: list[str]
    ) -> list[ParagraphDuplicate]:
        """Put a new paragraph in the LSH; return links to its nearest earlier ones."""
        shingles = shingle_set(words, self.settings.shingle_size)
        minhash = self._minhash  # reused: building a MinHash costs more than hashing
        minhash.clear()
        minhash.update_batch([s.encode("utf-8") for s in shingles])
        values: Signature = minhash.hashvalues.astype(np.uint32)
        scored: list[tuple[float, float, tuple[str, int]]] = []
        for other in self._lsh.query(minhash):
            where = self._where[other]
            if where[0] == article_id:
                continue
            other_size, other_values = self._known[other]
            jaccard = float(np.mean(values == other_values))
            shared = containment_estimate(jaccard, len(shingles), other_size)
            back = containment_estimate(jaccard, other_size, len(shingles))
            if max(shared, back) >= self.settings.min_shared:
                scored.append((shared, back, where))
        scored.sort(key=lambda x: (-x[0], x[2]))
        self._known[serial] = (len(shingles), values)
        self._lsh.insert(serial, minhash)
        links: list[ParagraphDuplicate] = []
        for shared, back, where in scored[:MAX_PARAGRAPH_LINKS]:
            links.extend(_pair(article_id, n, where, shared, back))
        return links


def _pair(
    article_id: str, n: int, other: tuple[str, int], shared: float, back: float
) -> tuple[ParagraphDuplicate, ParagraphDuplicate]:
    """A paragraph link and its mirror."""
    other_id, other_n = other
    return (
        ParagraphDuplicate(
            article_id=article_id,
            paragraph=n,
            other_id=other_id,
            other_paragraph=other_n,
            shared=shared,
        ),
        ParagraphDuplicate(
            article_id=other_id,
            paragraph=other_n,
            other_id=article_id,
            other_paragraph=n,
            shared=back,
        ),
    )
