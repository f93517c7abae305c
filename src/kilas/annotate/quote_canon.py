"""A speaker's name as the article best gives it: whole, without roles, short forms joined.

The entity layer (or the capitalisation fallback) names a speaker from one
mention; :class:`Canon` checks that name against the rest of the article:

- a person split in two mentions is joined ("Budi Karya" + "Sumadi");
- words that are not part of a person's name are dropped from its front: a
  common word capitalised in a title ("Anggaran"), a role word, an acronym, a
  word the article uses as an organisation or a place ("Kemenkeu");
- a name found only on headline-like lines ("Baca juga: … Sandi Kalahkan
  Ahok …") is not trusted: the mention's own words are used instead;
- a one-word short form goes to the only longer person's name it abbreviates:
  a prefix of its first word ("Sandi" → "Sandiaga Uno"), syllables of its
  words ("Jokowi" → "Joko Widodo"), its initials ("BCL" → "Bunga Citra
  Lestari"), a minister's short title its holder ("Menperin" → "Airlangga
  Hartarto" when the article names the Menteri Perindustrian).
"""

from __future__ import annotations

import itertools
import re

from kilas.annotate.quote_names import NameIndex, is_name_word
from kilas.lang.id.exonyms import lookup
from kilas.lang.id.speech import (
    DEGREES,
    ORG_PREFIXES,
    RANK_WORDS,
    REGIONAL_ROLES,
    ROLE_WORDS,
    TITLE_ABBREVIATION,
)
from kilas.model import Mention

_MIN_PREFIX = 4
_STAR_WORDS = frozenset({"bintang", "legenda", "idola"})  # "Bintang Brasil Kaka"
_NICKNAME = re.compile(r"\s+[\"“'‘][^\"“”'‘’]{1,20}[\"”'’]\s+")  # Hendrik “ Acheo ” Lyanto
_MINISTER = re.compile(r"Men[a-z]{2,}$")  # "Menperin", "Menkeu": Menteri + portfolio
# Balinese birth-order and caste words that open a name ("I Ketut Artha", "Putu Kholis Aryana")
_BALINESE = frozenset(
    {"Ida", "Gusti", "Bagus", "Ayu", "Putu", "Gede", "Wayan", "Made", "Kadek", "Nengah"}
    | {"Nyoman", "Komang", "Ketut", "Luh"}
)
_BALINESE_BEFORE = re.compile(
    r"(?<![\w.])((?:(?:I|Ni|Ida|Gusti|Bagus|Ayu|Putu|Gede|Wayan|Made|Kadek|Nengah|"
    r"Nyoman|Komang|Ketut|Luh) )+)$"
)
_MINISTER_NAMED = re.compile(r"\bMenteri((?:\s+[A-Z][\w’'-]*){2,7})")


class Canon:
    """Name checks for one article (built once, answers cached)."""

    def __init__(self, text: str, mentions: list[Mention], names: NameIndex) -> None:
        self.text = text
        self._names = names
        self._joined = _joined_persons(text, mentions)
        self._other = {
            m.span.text
            for m in mentions
            if m.label in ("ORG", "LOC", "GPE") and " " not in m.span.text
        }
        self._other_phrases = sorted(
            {
                m.span.text + " "
                for m in mentions
                if m.label in ("ORG", "LOC", "GPE") and " " in m.span.text
            },
            key=len,
            reverse=True,
        )
        self._team_phrases = sorted(
            {m.span.text + " " for m in mentions if m.label == "PER" and " " in m.span.text},
            key=len,
        )
        persons = {self._joined.get(n, n) for n in _person_names(mentions)}
        self._full = sorted({self._strip(n) for n in persons if " " in n}, key=len, reverse=True)
        self.tagged = Tagged(mentions)
        self._cache: dict[str, str] = {}

    def fix(self, name: str | None, mention_text: str | None = None) -> str | None:
        """The best form of ``name`` (``mention_text``: the words the name came from)."""
        if not name:
            return name
        key = f"{name}\x1f{mention_text or ''}"
        if key not in self._cache:
            whole = self._whole(name)  # before any stripping: "De Niro", not "Niro"
            fixed = whole if whole != name else self._whole(self._fix(name, mention_text))
            self._cache[key] = _without_degrees(fixed)
        return self._cache[key]

    def _whole(self, name: str) -> str:
        """``name`` as the only longer person's name that contains its words in order
        ("De Niro" -> "Robert De Niro", "Sri Mulyani" -> "Sri Mulyani Indrawati"), with the
        Balinese name words written before it ("AKBP I Ketut Artha": "I Ketut Artha")."""
        if " " in name:
            padded = f" {name} "
            hits = [
                full
                for full in self._full
                if len(full) > len(name)
                and padded in f" {full} "
                and not self._regional(full)
                and all(
                    is_name_word(w) and w not in self._other
                    for w in full.split()
                    if w not in name.split()
                )
            ]
            if len(hits) == 1:
                name = hits[0]
        at = self.text.find(name) if name else -1
        match = _BALINESE_BEFORE.search(self.text, max(0, at - 40), at) if at > 0 else None
        if match is None:
            return name
        lead = match.group(1).split()
        if lead[-1] in ("I", "Ni") and name.split()[0] not in _BALINESE:
            lead.pop()  # "Wilayah Indonesia I Nusron Wahid": a numeral, "I Ketut": a name
        return " ".join([*lead, name])

    def _fix(self, name: str, mention_text: str | None) -> str:
        """Uncached :meth:`fix`."""
        if (
            " " in name
            and mention_text
            and mention_text != name
            and not self._names.nicknamed(name)  # "Hendrik Lyanto", written with “ Acheo ”
            and self._headline_only(name)
        ):
            name = mention_text
        name = self._joined.get(name, name)
        stripped = self._strip(name)
        if " " in stripped:
            return stripped
        longer = self._strip(self._names.longest(stripped))
        if self.tagged.before_person(stripped, longer):
            return stripped  # "Bawaslu DKI Jakarta Muhammad Jufri": the place, not the person
        if stripped != name and " " in longer and stripped in longer.split():
            return longer  # not "KPK" -> "Febri Diansyah" from "Juru bicara KPK Febri Diansyah"
        return self._expand(stripped)

    def spells_person(self, acronym: str) -> bool:
        """True when ``acronym`` is a person's initials ("SBY", "JK") in this article."""
        if lookup(acronym) is not None:
            return False  # "KPK", "DPR": a known organisation
        return any(_abbreviates(acronym, full) for full in self._full) or bool(
            self._spelled(acronym)
        )

    def _after_role(self, name: str) -> bool:
        """``name`` is written right after a role word ("Bintang" before "Brasil Kaka")."""
        at = self.text.find(name)
        before = self.text[max(0, at - 20) : at].split()
        return at > 0 and bool(before) and _role(before[-1])

    def _regional(self, full: str) -> bool:
        """``full`` follows a regional role ("Gubernur Jawa Barat Ridwan Kamil"): its first
        words are the region."""
        at = self.text.find(full)
        before = self.text[max(0, at - 20) : at].split()
        return bool(before) and before[-1].lower() in REGIONAL_ROLES

    def _headline_only(self, name: str) -> bool:
        """True when ``name`` occurs only on headline-like lines (or nowhere)."""
        for match in re.finditer(re.escape(name), self.text):
            if not self._names.headline_at(match.start()):
                return False
        return True

    def _strip(self, name: str) -> str:
        """``name`` without leading words that are not part of a person's name.

        A nickname in quotes inside the name is left out (Hendrik “ Acheo ” Lyanto).
        """
        name = _NICKNAME.sub(" ", name)
        for phrase in self._other_phrases:  # "Amerika Serikat Donald Trump"
            if name.startswith(phrase) and len(name[len(phrase) :].split()) >= 2:
                name = name[len(phrase) :]
                break
        for phrase in self._team_phrases:  # "Petro Kimia Moch Hanafiah", "Petro Kimia" alone too
            if (
                name.startswith(phrase)
                and len(name[len(phrase) :].split()) >= 2
                and self.text.count(phrase.strip()) > self.text.count(name)
            ):
                name = name[len(phrase) :]
                break
        parts = name.split()
        ranks = [i for i, p in enumerate(parts[:-1]) if p.lower() in RANK_WORDS]
        if ranks:
            parts = parts[ranks[-1] + 1 :]  # "Reskrim Polresta Depok Kompol Putu Kholis Aryana"
        parts = self._strip_firm(parts)
        if len(parts) > 2 and _role(parts[0]) and _country(parts[1]):
            parts = parts[2:]  # "Bintang Brasil Kaka", "Pemain Jepang Keisuke Honda"
        elif len(parts) > 1 and _country(parts[0]) and self._after_role(" ".join(parts)):
            parts = parts[1:]
        while len(parts) > 1 and (
            parts[0].lower() in ROLE_WORDS
            or (parts[0].isupper() and len(parts[0].rstrip(".")) > 1)  # an initial stays
            or not is_name_word(parts[0])
            or parts[0] in self._other
            or parts[0].lower().startswith(ORG_PREFIXES)
            or _MINISTER.match(parts[0]) is not None  # "Menhub Budi Karya Sumadi"
            or TITLE_ABBREVIATION.fullmatch(parts[0]) is not None  # "Kapuspenkum"
        ):
            parts = parts[1:]
        return " ".join(self._strip_firm(parts))

    def _strip_firm(self, parts: list[str]) -> list[str]:
        """Drop a firm or place before a name ("Jakmall Tommy Lim", after "Chief Marketing
        Officer": "XDana Anita Abdulkadir") when the text also uses each on its own."""
        while len(parts) > 2 and self._names.alone(parts[0], parts[1]):
            if not self._names.alone_after(parts[1], parts[0]):
                break
            parts = parts[1:]
        return parts

    def _expand(self, word: str) -> str:
        """The only longer person's name that ``word`` abbreviates, else ``word``."""
        if len(word) < 2:
            return word
        if _MINISTER.match(word):
            return self._minister(word) or word
        hits = [full for full in self._full if _abbreviates(word, full)]
        if not hits and len(word) >= _MIN_PREFIX and not word.isupper():
            hits = self._prefixed(word)
        if not hits and word.isupper() and 2 <= len(word) <= 4:
            hits = self._spelled(word)
        return hits[0] if len(hits) == 1 else word

    def _spelled(self, acronym: str) -> list[str]:
        """Names in the text whose initials spell ``acronym`` ("BCL" → "Bunga Citra Lestari")."""
        pattern = r"\b" + r"\s+".join(re.escape(c) + r"[a-z]+" for c in acronym) + r"\b"
        return sorted(set(re.findall(pattern, self.text)))

    def _minister(self, word: str) -> str | None:
        """ "Menperin", "Menkeu", "Menhub": the minister the article names in full.

        The part after "Men" is read inside the portfolio ("perin" in
        "Menteri Perindustrian RI Airlangga Hartarto", "hub" in "Perhubungan").
        """
        field = word[3:].lower()
        for match in _MINISTER_NAMED.finditer(self.text):
            parts = match.group(1).split()
            at = next((i for i, p in enumerate(parts[:3]) if field in p.lower()), None)
            if at is None:
                continue
            names = [p for p in parts[at + 1 :] if is_name_word(p) and not p.isupper()]
            if names:
                return self._strip(" ".join(names[-3:]))
        return None

    def _prefixed(self, word: str) -> list[str]:
        """Multi-word names in the text whose first word begins with ``word`` ("Sandiaga Uno")."""
        found = set(re.findall(r"\b" + re.escape(word) + r"\w+", self.text))
        names = set()
        for w in (w for w in found if is_name_word(w)):
            parts = self._names.longest(w).split()
            names.add(" ".join(parts[parts.index(w) :]))  # "Jakarta Sandiaga Uno": from w on
        return sorted(n for n in names if " " in n)


class Tagged:
    """What the entity layer tags in one article: every person text, and every word of
    its organisation and place mentions."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.persons = {m.span.text for m in mentions if m.label == "PER"}
        self.other_words = {
            w for m in mentions if m.label in ("ORG", "LOC", "GPE") for w in m.span.text.split()
        }

    def before_person(self, name: str, longer: str) -> bool:
        """``longer`` is ``name`` written before a person's whole name ("Tesla" in "CEO Tesla
        Elon Musk", "Jakarta" in "Bawaslu DKI Jakarta Muhammad Jufri"): ``name`` is an
        organisation or a place (a word of one the article tags, or a known one) and the
        rest of ``longer`` is tagged as a person; not a first name the tagger split off
        ("Boy" before "Rafli Amar")."""
        at = f" {longer} ".find(f" {name} ")
        rest = longer[at + len(name) + 1 :] if at >= 0 else ""
        if " " not in rest or rest not in self.persons or name in self.persons:
            return False
        return name in self.other_words or lookup(name) is not None


def _role(word: str) -> bool:
    """``word`` is a role or a star word that can stand before a country and a name."""
    return word.lower() in ROLE_WORDS or word.lower() in _STAR_WORDS


def _country(word: str) -> bool:
    """``word`` names a country ("Brasil", "Jepang")."""
    known = lookup(word)
    return known is not None and known.kind == "country" and not word.isupper()


def _without_degrees(name: str) -> str:
    """``name`` without the academic degrees written after it ("Hengky Setyahadi Sp")."""
    parts = name.split()
    while len(parts) > 2 and (
        parts[-1].replace(".", "").lower() in DEGREES or len(parts[-1].rstrip(".")) == 1
    ):
        parts.pop()  # "Sp. B": a degree and its field
    return " ".join(parts)


def _person_names(mentions: list[Mention]) -> list[str]:
    """The names the person mentions give (their full form when known)."""
    return [m.name or m.span.text for m in mentions if m.label == "PER"]


def _joined_persons(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Person mentions split by the tagger and written side by side, joined by name."""
    persons = sorted((m for m in mentions if m.label == "PER"), key=lambda m: m.span.start)
    joined: dict[str, str] = {}
    for first, second in itertools.pairwise(persons):
        gap = text[first.span.end : second.span.start]
        if gap == " " and " " not in second.span.text:
            whole = f"{first.span.text} {second.span.text}"
            joined.setdefault(first.name or first.span.text, whole)
            joined.setdefault(first.span.text, whole)
        elif (
            gap.strip() == "-"
            and " " not in first.span.text
            and " " in second.span.text
            and text.count(first.span.text) == text.count(first.span.text + gap)
        ):  # "Karl - Heinz Rummenigge"; not a pair ("Ahok - Djarot"), whose names stand alone
            whole = text[first.span.start : second.span.end]
            for part in (first.span.text, second.span.text):
                joined.setdefault(part, whole)
    return joined


def _abbreviates(word: str, full: str) -> bool:
    """``word`` is a short form of the multi-word name ``full``."""
    parts = full.split()
    if word.isupper() and len(word) >= 2:
        return word == "".join(p[0] for p in parts).upper()
    low, first = word.lower(), parts[0].lower()
    if word in parts:
        return False  # "Putin" is handled as a surname by the name index
    if len(low) >= _MIN_PREFIX and first.startswith(low) and first != low:
        return True
    return _syllables(low, [p.lower() for p in parts])


def _syllables(word: str, parts: list[str], used: int = 0) -> bool:
    """``word`` is prefixes of two or more of ``parts`` in order ("jokowi" = "joko" + "wi")."""
    if not word:
        return used >= 2
    if not parts:
        return False
    head = parts[0]
    for size in range(min(len(head), len(word)), 1, -1):
        if word.startswith(head[:size]) and _syllables(word[size:], parts[1:], used + 1):
            return True
    return False
