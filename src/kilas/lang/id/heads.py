"""Capitalised common nouns that begin a name but are none on their own.

Indonesian writes a street, a league, a stadium or a bank as a common noun
followed by its name: "Jalan Sudirman", "Liga Inggris", "Liga 1", "Stadion
Gelora Bung Karno", "Bank Mandiri". A tagger often cuts such a name after its
first word, or tags the name after it as a person ("Jalan [Gatot Subroto]").
:data:`NAME_HEADS` gives each such head the type of the name it begins; the
linker joins the head and the name after it into one mention, and drops the
head where no name follows.

:data:`LONE_HEADS` are administrative words ("Kabupaten", "Kecamatan") that the
tagger sometimes tags alone: without a name after them they are dropped; with
one, the tagger's own mention of the name is kept, as the place cues do for
"kabupaten X".

:data:`GOVERNANCE_PREFIXES` begin the name of a government, cabinet or camp
called after its leader: "Pemerintahan Jokowi", "Kabinet Kerja", "Kubu
Prabowo" are organisations, never the leader's name. "Tim" is also an English
given name ("Tim Cook"), so it is a prefix only before two or more words or a
known public figure (:data:`AMBIGUOUS_PREFIXES`).

The lists are general knowledge of how Indonesian news writes names, not
drawn from any one corpus.
"""

from __future__ import annotations

NAME_HEADS: dict[str, str] = {
    "jalan": "LOC",
    "jl": "LOC",
    "jln": "LOC",
    "gang": "LOC",
    "stadion": "LOC",
    "gedung": "LOC",
    "hotel": "LOC",
    "taman": "LOC",
    "gunung": "LOC",
    "sungai": "LOC",
    "danau": "LOC",
    "teluk": "LOC",
    "selat": "LOC",
    "bandara": "LOC",
    "pelabuhan": "LOC",
    "pasar": "LOC",
    "kampung": "LOC",
    "masjid": "LOC",
    "gereja": "LOC",
    "liga": "ORG",
    "piala": "ORG",
    "bank": "ORG",
    "universitas": "ORG",
    "kementerian": "ORG",
    "polda": "ORG",
    "polres": "ORG",
    "polsek": "ORG",
}
"""Lowercase head → the type of the name it begins."""

LONE_HEADS: frozenset[str] = frozenset(
    {"kabupaten", "kota", "kecamatan", "kelurahan", "desa", "provinsi", "pulau", "dusun"}
)
"""Administrative words that name nothing without the name after them."""

GOVERNANCE_PREFIXES: frozenset[str] = frozenset(
    {"pemerintahan", "pemerintah", "kabinet", "kubu", "rezim", "koalisi", "tim"}
)
"""Lowercase first words of an organisation called after a person ("Pemerintahan Jokowi")."""

AMBIGUOUS_PREFIXES: frozenset[str] = frozenset({"tim"})
"""Prefixes that are also given names: an organisation only before two words or a figure."""


def name_head(word: str) -> str | None:
    """The type of the name ``word`` begins ("Jalan" → LOC, "Jl." → LOC), or None."""
    return NAME_HEADS.get(word.rstrip(".").lower())


def is_lone_head(word: str) -> bool:
    """True for an administrative word that names nothing alone ("Kabupaten")."""
    return word.rstrip(".").lower() in LONE_HEADS
