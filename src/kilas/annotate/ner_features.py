"""Token features for the CRF entity tagger, shared by training and inference.

Features are plain strings (``name=value``) so python-crfsuite hashes them
itself. A :class:`Lexicon` carries what training learned about words beyond the
CRF weights: word clusters from unlabelled text and an entity gazetteer. Both
are loaded with the model; nothing here is a module global that changes.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

# Words that announce a person, an organisation or a place right after them.
_PER_CUES = (
    "presiden wapres menteri menko gubernur wagub bupati wali walikota camat lurah "
    "kapolri kapolda kapolres jenderal kolonel mayor kapten brigjen mayjen letjen "
    "irjen komjen kombes akbp kompol ketua wakil direktur dirut sekjen juru jubir "
    "kepala pak bu bapak ibu saudara sdr tuan nyonya dr prof ir drs haji hj kh ustaz "
    "kiai habib raja ratu pangeran sultan perdana kanselir senator anggota pelatih "
    "striker kiper gelandang penyanyi aktor aktris artis kata ujar tutur ucap jelas "
    "ungkap menurut oleh pengamat analis profesor mantan calon capres cawapres cagub"
)
_ORG_CUES = (
    "pt cv partai kementerian kemenko badan komisi dewan lembaga universitas "
    "institut sekolah bank grup kelompok organisasi asosiasi persatuan perusahaan "
    "klub tim pengadilan mahkamah kejaksaan kepolisian polri polda polres tni kodam "
    "rumah yayasan fakultas majelis pemerintah kantor dinas direktorat"
)
_LOC_CUES = (
    "di ke dari kota kabupaten provinsi kecamatan desa kelurahan jalan jl negara pulau "
    "gunung sungai danau selat laut teluk wilayah kawasan daerah ibukota ibu-kota "
    "benua asal menuju"
)
_CUES: Mapping[str, str] = {
    word: kind
    for kind, words in (("per", _PER_CUES), ("org", _ORG_CUES), ("loc", _LOC_CUES))
    for word in words.split()
}


@dataclasses.dataclass(frozen=True, slots=True)
class Lexicon:
    """Word clusters and gazetteer labels a model was trained with."""

    clusters: Mapping[str, str] = dataclasses.field(default_factory=dict)
    gazetteer: Mapping[str, str] = dataclasses.field(default_factory=dict)
    common: frozenset[str] = frozenset()  # words mostly written in lower case
    conventions: frozenset[str] = frozenset()  # corpora with their own features (NERGrit)
    known: Mapping[str, str] = dataclasses.field(default_factory=dict)  # word -> kb label
    features: frozenset[str] = frozenset()  # optional feature groups the model was trained with
    vocabulary: frozenset[str] = frozenset()  # lower-cased words of the training text


def shape(word: str) -> str:
    """Return the word's shape with runs collapsed: ``Jokowi`` -> ``Xx``, ``7.000`` -> ``d.d``."""
    out: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


_OFFSETS = (-2, -1, 1, 2)
_PADS = {off: [f"{off}:pad"] for off in _OFFSETS}


@dataclasses.dataclass(frozen=True, slots=True)
class _Word:
    """A word's own features and its features as each neighbour, position-independent."""

    low: str
    shape: str
    own: list[str]
    title: bool
    around: dict[int, list[str]]


def _describe(word: str, lexicon: Lexicon) -> _Word:
    """Compute everything about ``word`` that does not depend on where it stands."""
    low, sh, own, title, near = _word_features(word, lexicon)
    around = {off: [f"{off}:{f}" for f in near] for off in _OFFSETS}
    return _Word(low, sh, own, title, around)


def _word_features(word: str, lexicon: Lexicon) -> tuple[str, str, list[str], bool, list[str]]:
    """``word`` lower-cased, its shape, own features, title case, features as a neighbour."""
    low = word.lower()
    sh = shape(word)
    own = [
        "b",
        f"w={low}",
        f"sh={sh}",
        f"p1={low[:1]}",
        f"p2={low[:2]}",
        f"p3={low[:3]}",
        f"s2={low[-2:]}",
        f"s3={low[-3:]}",
        f"s4={low[-4:]}",
    ]
    title = word[:1].isupper()
    if title and word.isupper() and len(word) > 1:
        own.append("allcap")
    if len(word) <= 2:
        own.append(f"len={len(word)}")
    near = [f"w={low}", f"sh={sh}"]
    if "affix" in lexicon.features:
        near.extend((f"p3={low[:3]}", f"s3={low[-3:]}"))
    cluster = lexicon.clusters.get(low)
    if cluster is not None:
        own.extend((f"c4={cluster[:4]}", f"c8={cluster[:8]}", f"c={cluster}"))
        near.append(f"c={cluster[:6]}")
    cue = _CUES.get(low.rstrip("."))
    if cue is not None:
        near.append(f"cue={cue}")
    gaz = lexicon.gazetteer.get(low)
    if gaz is not None:
        own.append(f"gaz={gaz}")
        near.append(f"gaz={gaz}")
    if cue is not None:
        own.append(f"cue={cue}")
    if "common" in lexicon.features and title and low in lexicon.common:
        own.append("common")
        near.append("common")
    if "oov" in lexicon.features and low not in lexicon.vocabulary:
        own.append("oov")
        near.append("oov")
    kb = lexicon.known.get(low)
    if kb is not None:
        own.append(f"kb={kb}")
        near.append(f"kb={kb}")
    return low, sh, own, title, near


WordCache = dict[str, _Word]
"""Per-word features already computed with one lexicon; owned by the model that uses it."""


def sentence_features(
    words: Sequence[str],
    lexicon: Lexicon,
    cache: WordCache | None = None,
    *,
    convention: str | None = None,
) -> list[list[str]]:
    """Return the CRF feature strings of every word of one sentence.

    ``cache`` keeps each distinct word's position-independent features between
    calls; it must only ever be used with the same ``lexicon``. ``convention``
    names a corpus whose annotators bound entities their own way; its features
    let the model learn that corpus's differences apart from news text's.
    """
    memo: WordCache = {} if cache is None else cache
    info: list[_Word] = []
    for word in words:
        item = memo.get(word)
        if item is None:
            item = memo[word] = _describe(word, lexicon)
        info.append(item)
    n = len(info)
    out: list[list[str]] = []
    for i, item in enumerate(info):
        feats = item.own.copy()
        if item.title:
            feats.append("title" if i else "title0")
        if i == 0:
            feats.append("bos")
        for off in _OFFSETS:
            j = i + off
            feats.extend(info[j].around[off] if 0 <= j < n else _PADS[off])
        if i > 0:
            feats.append(f"-1|0={info[i - 1].low}|{item.low}")
        if i + 1 < n:
            feats.append(f"0|1={item.low}|{info[i + 1].low}")
        if convention is not None:
            feats.extend(_convention_features(info, i, convention))
        out.append(feats)
    return out


def _convention_features(info: Sequence[_Word], i: int, name: str) -> list[str]:
    """A corpus's own copy of the word, its neighbours and its shape."""
    before = info[i - 1].low if i else "<s>"
    after = info[i + 1].low if i + 1 < len(info) else "</s>"
    item = info[i]
    return [
        f"{name}:b",
        f"{name}:w={item.low}",
        f"{name}:-1w={before}",
        f"{name}:1w={after}",
        f"{name}:sh={item.shape}",
    ]


@dataclasses.dataclass(frozen=True, slots=True)
class _Coded:
    """A word's features that one model knows, UTF-8 encoded, in :func:`sentence_features` order."""

    low: bytes
    first: list[bytes]  # its own features as a sentence's first word (``title0``, ``bos``)
    rest: list[bytes]  # its own features anywhere else (``title``)
    before2: list[bytes]  # its features as the word two before another ("-2:…")
    before1: list[bytes]
    after1: list[bytes]
    after2: list[bytes]
    left: Mapping[bytes, bytes]  # lower-cased word before it -> the known "-1|0=…" pair
    right: Mapping[bytes, bytes]  # lower-cased word after it -> the known "0|1=…" pair


_NO_PAIRS: Mapping[bytes, bytes] = {}


def _pair_index(
    known: AbstractSet[bytes], prefix: bytes, *, by_first: bool
) -> dict[bytes, dict[bytes, bytes]]:
    """Known word-pair attributes ``prefix + a|b``, filed under one word, then the other.

    A word may itself contain ``|``, so every split is filed; a lookup only
    finds an attribute whose two halves are exactly the two words.
    """
    index: dict[bytes, dict[bytes, bytes]] = {}
    for attr in known:
        if not attr.startswith(prefix):
            continue
        pair = attr[len(prefix) :]
        at = pair.find(b"|")
        while at >= 0:
            a, b = pair[:at], pair[at + 1 :]
            key, other = (a, b) if by_first else (b, a)
            index.setdefault(key, {})[other] = attr
            at = pair.find(b"|", at + 1)
    return index


class CodedFeatures:
    """:func:`sentence_features` as one CRF model reads them, for fast tagging.

    crfsuite drops every attribute its model has no weight for and adds up the
    weights of the others in the order given, so tagging with these lists gives
    exactly the tags and scores of tagging with :func:`sentence_features`:
    each word's features are those of :func:`sentence_features`, UTF-8 encoded
    (python-crfsuite then copies them without encoding), with the ones the model
    does not know left out and the others in the same order. Each distinct
    word's lists are built once and kept in two generations of about
    ``max_words / 2`` words each: when the young one fills up it becomes the
    old one and the former old one is dropped; a word found in the old
    generation moves back to the young one, so the words of every article
    (function words, frequent names) stay cached while rare words age out.

    Args:
        lexicon: the lexicon the model was trained with.
        known: every attribute (feature string, UTF-8) the model has a weight for.
        max_words: distinct words kept between calls.
    """

    def __init__(
        self, lexicon: Lexicon, known: AbstractSet[bytes], *, max_words: int = 20_000
    ) -> None:
        self.lexicon = lexicon
        self._known = known
        self._half = max(1, max_words // 2)
        self._young: dict[str, _Coded] = {}
        self._old: dict[str, _Coded] = {}
        self._left = _pair_index(known, b"-1|0=", by_first=False)
        self._right = _pair_index(known, b"0|1=", by_first=True)
        # A neighbour's features the model knows at each offset, without the "-2:" … prefix.
        self._near = {off: self._suffixes(f"{off}:") for off in _OFFSETS}
        self._title, self._title0 = self._keep(["title"]), self._keep(["title0", "bos"])
        self._bos = self._keep(["bos"])
        m2, m1, p1, p2 = (self._keep(_PADS[off]) for off in _OFFSETS)
        self._pad = _Coded(b"", [], [], m2, m1, p1, p2, _NO_PAIRS, _NO_PAIRS)

    def _suffixes(self, prefix: str) -> frozenset[str]:
        """What follows ``prefix`` in the known attributes that begin with it."""
        start = prefix.encode()
        return frozenset(a[len(start) :].decode() for a in self._known if a.startswith(start))

    def _keep(self, feats: Sequence[str]) -> list[bytes]:
        """The encoded features the model knows, in order."""
        known = self._known
        return [b for f in feats if (b := f.encode()) in known]

    def _describe(self, word: str) -> _Coded:
        """Everything about ``word`` not depending on where it stands, as the model knows it."""
        low, _, own, title, near = _word_features(word, self.lexicon)
        mine = self._keep(own)
        key = low.encode()
        m2, m1, p1, p2 = (self._neighbour(near, off) for off in _OFFSETS)
        return _Coded(
            key,
            [*mine, *self._title0] if title else [*mine, *self._bos],
            [*mine, *self._title] if title else mine,
            m2,
            m1,
            p1,
            p2,
            self._left.get(key, _NO_PAIRS),
            self._right.get(key, _NO_PAIRS),
        )

    def _neighbour(self, near: Sequence[str], off: int) -> list[bytes]:
        """A word's known features as the neighbour at offset ``off``, encoded."""
        known = self._near[off]
        return [f"{off}:{f}".encode() for f in near if f in known]

    def __call__(self, words: Sequence[str]) -> list[list[bytes]]:
        """Return the known, encoded features of every word of one sentence (news convention)."""
        if not words:
            return []
        if len(self._young) > self._half:
            self._old, self._young = self._young, {}
        young, old = self._young, self._old
        pad = self._pad
        info = [pad, pad]
        for word in words:
            item = young.get(word)
            if item is None:
                item = young[word] = old.get(word) or self._describe(word)
            info.append(item)
        info += (pad, pad)
        owns = [info[2].first, *[item.rest for item in info[3:-2]]]
        out = [
            [*own, *a.before2, *b.before1, *c.after1, *d.after2]
            for own, a, b, c, d in zip(owns, info, info[1:], info[3:], info[4:], strict=False)
        ]
        # The pair features come last, the "-1|0=" one before the "0|1=" one.
        for i, (prev, item) in enumerate(itertools.pairwise(info[2:-2]), 1):
            if item.left and (pair := item.left.get(prev.low)) is not None:
                out[i].append(pair)
        for i, (item, nxt) in enumerate(itertools.pairwise(info[2:-2])):
            if item.right and (pair := item.right.get(nxt.low)) is not None:
                out[i].append(pair)
        return out
