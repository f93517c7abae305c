"""Indonesian role and title words: what a person is called before or after a name.

News prose puts the title before the name ("Menteri Luar Negeri Rusia Sergei
Lavrov", "mantan duta besar AS untuk NATO Kurt Volker") or in an apposition
after it ("Matthew Kroenig, anggota lembaga think tank Dewan Atlantik,").

* :data:`ROLE_HEADS`: words that begin a role (lowercase);
* :data:`ROLE_MODIFIERS`: words that may come before a head ("mantan", "wakil");
* :data:`ROLE_INNER`: lowercase words that may sit inside a role written before a
  name (the rest of a role there is capitalised: "Menteri *Luar Negeri* Rusia").

Every list is lowercase and general: nothing here names a particular person.
"""

from __future__ import annotations

ROLE_HEADS: frozenset[str] = frozenset(
    {
        "presiden",
        "wapres",
        "menteri",
        "menlu",
        "menhan",
        "menkeu",
        "perdana",  # perdana menteri
        "kanselir",
        "raja",
        "ratu",
        "pangeran",
        "putra",  # putra mahkota
        "sultan",
        "emir",
        "direktur",
        "dirut",
        "dirjen",
        "ketua",
        "kepala",
        "juru",  # juru bicara
        "jubir",
        "sekretaris",
        "sekjen",
        "duta",  # duta besar
        "dubes",
        "utusan",
        "diplomat",
        "gubernur",
        "bupati",
        "wali",  # wali kota
        "walikota",
        "anggota",
        "peneliti",
        "pengamat",
        "analis",
        "ekonom",
        "pakar",
        "ahli",
        "guru",  # guru besar
        "dosen",
        "profesor",
        "rektor",
        "dekan",
        "panglima",
        "jenderal",
        "komandan",
        "kapolri",
        "kapolda",
        "kapolres",
        "deputi",
        "asisten",
        "penasihat",
        "staf",
        "koordinator",
        "manajer",
        "pendiri",
        "ceo",
        "komisaris",
        "senator",
        "legislator",
        "hakim",
        "jaksa",
        "pengacara",
        "pemimpin",
        "pimpinan",
        "petinggi",
        "pejabat",
        "politisi",
        "politikus",
        "pelatih",
        "kapten",
        "koresponden",
        "wartawan",
    }
)
"""Words that begin a role ("Presiden", "juru bicara", "peneliti")."""

SERVICE_RANKS: frozenset[str] = frozenset(
    {
        "aipda",
        "aiptu",
        "akbp",
        "akp",
        "brigadir",
        "brigjen",
        "brigpol",
        "bripda",
        "bripka",
        "briptu",
        "ipda",
        "iptu",
        "irjen",
        "jenderal",
        "kapten",
        "kol",
        "kolonel",
        "kombes",
        "komjen",
        "kompol",
        "laksamana",
        "laksda",
        "laksdya",
        "laksma",
        "letda",
        "letjen",
        "letkol",
        "lettu",
        "marsekal",
        "marsma",
        "mayjen",
        "mayor",
        "serda",
        "serka",
        "sertu",
    }
)
"""Military and police ranks written before a name ("Kompol Purnomo", "Brigjen", "Laksda").
"""

RANKS: frozenset[str] = SERVICE_RANKS | frozenset(
    {
        "prof",
        "dr",
        "drs",
        "ir",
        "hj",
        "kh",
        "haji",
        "syekh",
        "bendahara",
        "kapolsek",
        "kapolres",
    }
)
"""Ranks, academic and religious titles written before a name ("AKP", "Irjen", "Prof")."""

ROLE_MODIFIERS: frozenset[str] = frozenset(
    {"mantan", "eks", "bekas", "calon", "wakil", "plt", "plt.", "pelaksana", "tugas", "sang"}
)
"""Words that may precede a role head ("mantan duta besar", "Wakil Presiden")."""

ROLE_INNER: frozenset[str] = frozenset(
    {
        "untuk",
        "dan",
        "urusan",
        "bidang",
        "di",
        "dari",
        "pada",
        "luar",
        "dalam",
        "negeri",
        "besar",
        "bicara",
        "menteri",
        "kota",
        "mahkota",
        "jenderal",
        "umum",
        "utama",
        "senior",
        "tinggi",
        "khusus",
        "eksekutif",
        "kepresidenan",
        "lembaga",
        "think",
        "tank",
    }
)
"""Lowercase words allowed inside a role written before a name."""

APPOSITION_STOPS: frozenset[str] = frozenset({",", ".", ";", ":", "(", ")", '"', "“", "”", "'"})
"""Tokens that end a role written after a name ("X, peneliti di Y, mengatakan")."""


def is_head(word: str) -> bool:
    """True when ``word`` can begin a role (any case): a role head or a rank."""
    low = word.casefold().rstrip(".")
    return low in ROLE_HEADS or low in RANKS


def is_role_word(word: str) -> bool:
    """True when ``word`` is a head, a rank, a modifier or an inner role word (any case)."""
    low = word.casefold()
    return is_head(word) or low in ROLE_MODIFIERS or low in ROLE_INNER


PAIR_NOUNS: dict[str, frozenset[str]] = {
    "pemimpin": frozenset({"presiden", "perdana", "kanselir", "raja", "ratu", "sultan", "emir"}),
    "kepala negara": frozenset({"presiden", "raja", "ratu", "sultan", "emir"}),
    "kepala pemerintahan": frozenset({"presiden", "perdana", "kanselir"}),
    "presiden": frozenset({"presiden"}),
    "perdana menteri": frozenset({"perdana"}),
    "menteri luar negeri": frozenset({"menteri", "menlu"}),
    "menlu": frozenset({"menteri", "menlu"}),
    "menteri": frozenset({"menteri", "menlu", "menhan", "menkeu"}),
}
"""Nouns that refer to two persons at once in "kedua pemimpin" (both leaders) or "presiden
kedua negara" (the presidents of both countries), with the role heads those persons bear."""
