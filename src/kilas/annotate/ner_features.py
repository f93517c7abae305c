"""Token features for the CRF entity tagger, shared by training and inference.

Features are plain strings (``name=value``) so python-crfsuite hashes them
itself. A :class:`Lexicon` carries what training learned about words beyond the
CRF weights: word clusters from unlabelled text and an entity gazetteer. Both
are loaded with the model; nothing here is a module global that changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

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
    around = {off: [f"{off}:{f}" for f in near] for off in _OFFSETS}
    return _Word(low, sh, own, title, around)


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
