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


def _word_features(word: str, lexicon: Lexicon, prefix: str) -> list[str]:
    """Features of a neighbouring word, each name prefixed by its position."""
    low = word.lower()
    feats = [f"{prefix}w={low}", f"{prefix}sh={shape(word)}"]
    if (cluster := lexicon.clusters.get(low)) is not None:
        feats.append(f"{prefix}c={cluster[:6]}")
    if (cue := _CUES.get(low.rstrip("."))) is not None:
        feats.append(f"{prefix}cue={cue}")
    if (gaz := lexicon.gazetteer.get(low)) is not None:
        feats.append(f"{prefix}gaz={gaz}")
    return feats


def sentence_features(words: Sequence[str], lexicon: Lexicon) -> list[list[str]]:
    """Return the CRF feature strings of every word of one sentence."""
    n = len(words)
    lows = [w.lower() for w in words]
    out: list[list[str]] = []
    for i, word in enumerate(words):
        low = lows[i]
        feats = [
            "b",
            f"w={low}",
            f"sh={shape(word)}",
            f"p1={low[:1]}",
            f"p2={low[:2]}",
            f"p3={low[:3]}",
            f"s2={low[-2:]}",
            f"s3={low[-3:]}",
            f"s4={low[-4:]}",
        ]
        if word[:1].isupper():
            feats.append("title" if i else "title0")
            if word.isupper() and len(word) > 1:
                feats.append("allcap")
        if i == 0:
            feats.append("bos")
        if len(word) <= 2:
            feats.append(f"len={len(word)}")
        if (cluster := lexicon.clusters.get(low)) is not None:
            feats.extend((f"c4={cluster[:4]}", f"c8={cluster[:8]}", f"c={cluster}"))
        if (gaz := lexicon.gazetteer.get(low)) is not None:
            feats.append(f"gaz={gaz}")
        if (cue := _CUES.get(low.rstrip("."))) is not None:
            feats.append(f"cue={cue}")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.extend(_word_features(words[j], lexicon, f"{off}:"))
            else:
                feats.append(f"{off}:pad")
        if i > 0:
            feats.append(f"-1|0={lows[i - 1]}|{low}")
        if i + 1 < n:
            feats.append(f"0|1={low}|{lows[i + 1]}")
        out.append(feats)
    return out
