"""Who a quote's cue names: speaker phrases, full names, pronouns and the medium.

:class:`Speakers` is built once per article. It reads a speaker phrase ("juru
bicara kementerian luar negeri China Wang Wenbin", "dia", "Presiden Rusia"),
finds the name in it (an entity mention when the ``mentions`` layer exists,
else the capitalised words), gives the full form the article uses elsewhere
("Putin" → "Vladimir Putin", "Presiden Rusia" → "Vladimir Putin"), and
resolves pronouns and ``-nya`` to the latest speaker before them.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from itertools import pairwise, takewhile

from kilas.annotate.quote_canon import Canon, Tagged
from kilas.annotate.quote_names import NameIndex, is_name_word, without_region
from kilas.lang.id.exonyms import lookup
from kilas.lang.id.speech import (
    CUE_VERBS,
    DEGREES,
    DOCUMENT_WORDS,
    GENERIC_SUBJECTS,
    INSTITUTIONS,
    INTERVIEWER_WORDS,
    KIN_WORDS,
    MEDIUM_BEFORE,
    NON_NAME_CAPITALS,
    ORG_HEADS,
    ORG_PREFIXES,
    PASSIVE_CUES,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    REGIONAL_ROLES,
    ROLE_WORDS,
    SECOND_PERSON,
    SPOKESPERSON_WORDS,
    TITLE_ABBREVIATION,
)
from kilas.model import Article, Mention, Span

WORD = re.compile(r"[\w][\w.\-’']*[\w]|[\w]")
_ORG_TAIL = re.compile(r"\s+(?:untuk|dan)(?:\s+[A-Z][\w-]*)+")
_CONNECTORS = frozenset({"bin", "binti", "van", "von", "der", "de", "al", "el", "da", "dos", "la"})
_STOP = frozenset(
    {
        "kepada",
        "pada",
        "dalam",
        "di",
        "saat",
        "ketika",
        "usai",
        "seusai",
        "seperti",
        "sebagaimana",
        "dikutip",
        "dilansir",
        "mengutip",
        "melansir",
        "yang",
        "melalui",
        "lewat",
        "kemarin",
        "hari",
        "sambil",
        "sebelum",
        "setelah",
        "dengan",
        "soal",
        "terkait",
        "mengenai",
        "tentang",
        "demikian",
        "sembari",
        "selaku",
        "sebagai",
        "via",
        "dari",
        "ke",
        "bahwa",
    }
)
_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
_CROWD_WORDS = frozenset({"orang", "warga", "penduduk", "responden", "rakyat", "masyarakat"})
_FORMER = frozenset({"mantan", "eks", "bekas"})
_JOINERS = frozenset({"dan", "serta", "di", "bersama"})
_ORIGIN = frozenset({"asal", "kelahiran", "berusia", "berkebangsaan", "berpaspor"})
# after a word, one or two capitalised words, then a lower-case one: "Bunga Citra Lestari mulai"
_CAPITAL_RUN = r"(?:\s+[A-Z][a-z]+){1,2}(?=\s+[a-z])"
_TITLES = frozenset({"dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "st", "sp", "mr", "mrs"})
_INLINE_CUE_BEFORE = re.compile(r",\s*(\w+)\s+[^.!?\"“”]*$")
_PASSIVE_CUE_BEFORE = re.compile(r"\b(di\w+)\s+[^.!?\"“”,]*$")
_MEDIUM_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(seq for seq in MEDIUM_BEFORE if seq[0] == first)
    for first in {seq[0] for seq in MEDIUM_BEFORE}
}


@dataclasses.dataclass(frozen=True, slots=True)
class Found:
    """A speaker found for a cue: the canonical name (None: unknown) and its span."""

    name: str | None
    span: tuple[int, int] | None = None
    at: int | None = None
    """Where the name was read back from the speakers before (a pronoun, "-nya"), if so."""
    unnamed: bool = False
    """Someone the text speaks of but leaves unnamed ("ibu … yang enggan menyebutkan namanya"):
    a pronoun after them means them, not an earlier named speaker."""


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` as ``(start, end, word)``."""
    return [(*m.span(), m.group()) for m in WORD.finditer(text, start, end)]


def phrase_end(text: str, start: int, limit: int, max_words: int = 14) -> int:
    """Where a speaker phrase that begins at ``start`` ends: a stop word or punctuation."""
    end = start
    for count, match in enumerate(re.finditer(r"[^\s]+", text[start:limit])):
        token = match.group()
        bare = token.strip(",.;:!?()\"“”‘’'«»[]")
        if bare.lower() in _STOP or bare.lower() in NON_NAME_CAPITALS or not bare:
            break
        if count == max_words:
            break
        if token.startswith("(") and token.endswith(")"):
            continue  # an acronym in brackets inside a role: "Kementerian Kominfo (Kemenkominfo)"
        end = start + match.start() + len(token.rstrip(",.;:!?()\"“”‘’'«»[]"))
        if token[-1] == "." and _abbreviated(bare):
            continue  # "dr. Hengky Setyahadi", "Ir. Basuki": a title, the name follows
        if token[-1] in ',.;:!?()"“”’»':
            break
    return end


def _abbreviated(word: str) -> bool:
    """A title written short before a name ("dr", "Ir", "Prof") or an initial ("M")."""
    return word.lower() in _TITLES or (len(word) == 1 and word.isupper())


class Speakers:
    """Speaker resolution for one article; holds the speakers seen so far."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.mentions = _with_short_forms(
            article.text, sorted(article.mentions, key=lambda m: m.span.start)
        )
        self._starts = [m.span.start for m in self.mentions]
        self._history: list[tuple[int, str]] = []
        self._spoken: list[tuple[int, str | None, int | None]] = []
        self._person_starts: set[str] | None = None
        self._index: NameIndex | None = None
        self._canon: Canon | None = None
        self._quoted_ranges: list[tuple[int, int]] = []
        self._sentence_list = sorted(sentence.start for sentence in article.sentences)
        self._sentence_starts = set(self._sentence_list)
        self._title_person = _last_full_name(article.title or "")
        self._tagged = Tagged(self.mentions)

    # ----------------------------------------------------------------- history

    def remember(self, position: int, found: Found) -> None:
        """Record that ``found`` spoke at ``position`` (for later pronouns)."""
        name = "" if found.unnamed else found.name  # "": someone unnamed spoke here
        self._spoken.append((position, name, found.at))
        if name is not None and (name or found.unnamed):
            bisect.insort(self._history, (position, name))

    def anaphor(self, position: int, span: tuple[int, int] | None = None) -> Found:
        """The speaker a pronoun or "-nya" at ``position`` stands for (:meth:`latest`)."""
        return Found(self.latest(position), span, position)

    def reread(self) -> dict[int, str | None]:
        """Pronouns read again in text order, once every named speaker is known.

        Direct quotes are attributed before reported speech, so a pronoun first
        saw only the quotes' speakers. Returns the new name for each position
        a pronoun was read from.
        """
        self._history = sorted(
            (p, name) for p, name, at in self._spoken if at is None and name is not None
        )
        answers: dict[int, str | None] = {}
        for position, _, at in sorted(e for e in self._spoken if e[2] is not None):
            assert at is not None
            if at not in answers:
                answers[at] = self.latest(at)
            name = answers[at]
            if name:
                bisect.insort(self._history, (position, name))
        return answers

    def latest(self, position: int) -> str | None:
        """The latest speaker before ``position``, or a later sentence-opening person.

        With no speaker yet, the first person named in the sentence of the latest
        person mentioned, else the headline's.
        """
        i = bisect.bisect_left(self._history, (position, ""))
        spoke = self._history[i - 1] if i else None
        j = bisect.bisect_left(self._starts, position)
        for mention in reversed(self.mentions[:j]):
            if mention.label != "PER" or self._quoted(mention.span.start):
                continue
            if spoke is not None and mention.span.start <= spoke[0]:
                break
            if mention.span.text.isupper() and not self.canon.spells_person(mention.span.text):
                continue  # "KPK" tagged as a person: an institution, not what "dia" means
            line = self.text.rfind("\n", 0, mention.span.start) + 1
            if _LINK_LINE.match(self.text, line):
                continue  # "(Baca: Wah, Polisi Memprediksi, Vivi Mahasiswi UI Tidak Hilang)"
            if _DESCRIBED_AFTER.match(self.text, mention.span.end):
                continue  # "Mantan Kasat … Polresta Depok ini": a description of someone named
            if _PASSIVE_AFTER.match(self.text, mention.span.end):
                continue  # "Vivi berhasil ditemukan Sabtu": the one acted on, not a speaker
            if spoke is None:
                mention = self._sentence_subject(mention)
            if spoke is None or self._opens_sentence(mention.span.start):
                name = mention.name or self.full_name(mention.span.text)
                return self.canon.fix(name, mention.span.text)
        return (spoke[1] or None) if spoke else self._title_person

    def _sentence_subject(self, mention: Mention) -> Mention:
        """The first person named in ``mention``'s sentence (its likely subject).

        A person named by an inline cue ("…, kata Sekretaris … Alexander Thielitz")
        is the one who spoke, whoever the sentence names first.
        """
        k = bisect.bisect_right(self._sentence_list, mention.span.start) - 1
        begin = self._sentence_list[k] if k >= 0 else 0
        lead = _INLINE_CUE_BEFORE.search(
            self.text, max(begin, mention.span.start - 160), mention.span.start
        )
        if lead is not None and lead.group(1).lower() in CUE_VERBS:
            return mention
        passive = _PASSIVE_CUE_BEFORE.search(self.text, begin, mention.span.start)
        if passive is not None and passive.group(1).lower() in PASSIVE_CUES:
            # "Hal tersebut dikatakan Kasat Reskrim … Putu Kholis Aryana": the last person
            # after the cue is the one who spoke
            return mention
        for other in self.mentions[bisect.bisect_left(self._starts, begin) :]:
            if other.label == "PER" and not self._quoted(other.span.start):
                return other
        return mention

    @property
    def canon(self) -> Canon:
        """Name checks against the whole article, built on first use."""
        if self._canon is None:
            self._canon = Canon(self.text, self.mentions, self._names)
        return self._canon

    @property
    def names(self) -> NameIndex:
        """The article's name index (public view)."""
        return self._names

    @property
    def _names(self) -> NameIndex:
        """The article's name index, built on first use."""
        if self._index is None:
            self._index = NameIndex(self.text)
        return self._index

    def quoted_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Tell which stretches are quoted words (names there are not antecedents)."""
        self._quoted_ranges = sorted(ranges)

    def _quoted(self, pos: int) -> bool:
        """True when ``pos`` lies inside quoted words."""
        i = bisect.bisect_right(self._quoted_ranges, (pos, len(self.text) + 1))
        return bool(i) and self._quoted_ranges[i - 1][0] <= pos < self._quoted_ranges[i - 1][1]

    def _opens_sentence(self, start: int) -> bool:
        """A mention that is a sentence's subject: first, or after a short opening phrase."""
        if start in self._sentence_starts:
            return True
        lead = self.text[max(0, start - 80) : start]
        head = max(lead.rfind(". "), lead.rfind("\n"))
        opening = lead[head + 1 :] if head >= 0 else lead
        if len(lead) < 80 and head < 0 and start - len(lead) > 0:
            return False
        size = len(opening.split())
        if size <= 1 or (opening.rstrip().endswith(",") and size <= 8):
            return True
        # a title before the name: "Menteri Hukum dan HAM Yasonna Laoly menyatakan …"
        titled = opening.split()
        return (
            size <= 8
            and titled[0].lower() in ROLE_WORDS
            and all(w[0].isupper() or w in ("dan", "&") for w in titled)
        )

    # ----------------------------------------------------------------- phrases

    def resolve(self, start: int, end: int) -> Found:
        """The speaker the phrase ``text[start:end]`` names (name None when nobody)."""
        found = words(self.text, start, end)
        line_end = self.text.find("\n", end)
        stop = min(end + 60, line_end if line_end >= 0 else len(self.text))
        if not found:
            return Found(None)
        if _ANONYMOUS.search(self.text, start, stop):
            return Found(None, unnamed=True)  # "ibu … yang enggan menyebutkan namanya"
        unnamed = self._unnamed(found, start, end)
        if unnamed is not None:
            return unnamed
        if len(found) == 1 and found[0][2][0].isupper() and found[0][2].lower() in ORG_HEADS:
            return self._by_org_head(found[0])
        if len(found) == 1 and _short_title(found[0][2]):
            return self._by_short_title(found[0], start)
        if found[0][2] == "Pemerintah" and len(found) > 1 and is_name_word(found[1][2]):
            # "Pemerintah Brazil": the government, named as the article names it
            run = [found[0], *takewhile(lambda w: is_name_word(w[2]), found[1:4])]
            return Found(self.text[run[0][0] : run[-1][1]], (run[0][0], run[-1][1]))
        if (
            len(found) > 2
            and found[1][2] == "yang"
            and not is_name_word(found[0][2])
            and found[0][2].lower() not in ROLE_WORDS | PERSON_NOUNS
        ):
            return Found(None)  # "Tim yang mendampingi pertemuan Trump dengan Jack Ma"
        at = next((w for w in found[1:] if w[2] == "di"), None)
        person = self._mention(start, at[0] if at else end, ("PER",))  # not "di Denpasar"
        if person is not None:
            named = self._person(person)
            if named.name is None or lookup(named.name) is None:
                return named  # not "Indonesia" from "Serikat Pekerja Indonesia" tagged a person
        if self._describes(found, end):
            return self.anaphor(start, (found[0][0], found[-1][1]))
        joined = any(w[2] in _JOINERS for w in found[1:])
        found = _head(found, self._organisations(start, end) if joined else [])
        end = found[-1][1]
        if found[0][2].lower() in ROLE_WORDS and len(found) <= 3:
            by_role = self._by_role(found)
            if by_role.name:
                return by_role
        mention = self._mention(start, end, ("ORG", "LOC", "GPE"))
        trailing = self._trailing_person(found, mention)
        if trailing is not None:
            return trailing
        if found[0][2].lower() in _FORMER and len(found) > 1 and not self._names_in(found, mention):
            # "Mantan Direktur Pelaksana Bank Dunia": an epithet of someone named before
            by_role = self._by_role(found[1:])
            return by_role if by_role.name else self.anaphor(start, (found[0][0], found[-1][1]))
        if mention is not None:
            inside = self._person_inside(mention) or self._affiliated(mention)
            if inside is not None:
                return inside
            regional = mention.label != "ORG" and " " in mention.span.text
            if regional and self._after_region_role(mention):
                return self._person(mention)  # "Bupati Lamongan Fadeli", tagged a place
            name = mention.name or (
                self.full_name(mention.span.text) if mention.label == "PER" else mention.span.text
            )  # "Apple" stays "Apple" where the article also writes "Apple Pay"
            span = (mention.span.start, mention.span.end)
            return (
                self._extend_org(Found(name, span)) if mention.label == "ORG" else Found(name, span)
            )
        shaped = self._extend_org(self._by_shape(found))
        if shaped.name is None:
            return self._name_from_common_word(found[0])
        if self.is_person(shaped):
            return Found(self.canon.fix(shaped.name), shaped.span)
        return shaped

    def person_in(self, start: int, end: int) -> bool:
        """True when the entity layer tags a person inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        for mention in self.mentions[i:]:
            if mention.span.start >= end:
                return False
            if mention.label == "PER" and mention.span.end <= end:
                return True
        return False

    def _organisations(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the organisation mentions inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        spans = []
        for mention in self.mentions[i:]:
            if mention.span.start >= end:
                break
            if mention.label == "ORG":
                spans.append((mention.span.start, mention.span.end))
        return spans

    def _unnamed(self, found: list[tuple[int, int, str]], start: int, end: int) -> Found | None:
        """A pronoun, a generic or an institutional subject, or an anaphoric description.

        None when the phrase is none of these (a name is to be read from it).
        """
        first = found[0][2].lower()
        if any(w.lower() in SECOND_PERSON for _, _, w in found):
            return Found(None)  # "Ibu Anda selalu mengatakan …": the reader's, no one named
        if first in DOCUMENT_WORDS:
            return Found(None)  # "Undang-Undang Thailand tahun 1948 menjelaskan …"
        if first in PRONOUNS or (first in PLURAL_PRONOUNS and len(found) == 1):
            return self.anaphor(start, (found[0][0], found[0][1]))
        if found[-1][2].lower() in ("ia", "dia", "beliau") and not is_name_word(found[0][2]):
            # "saat itu ia mengatakan": a setting, then the pronoun that is the subject
            return self.anaphor(found[-1][0], (found[-1][0], found[-1][1]))
        if first in GENERIC_SUBJECTS:
            # "seorang juru bicara Google": Google; "seorang profesor … Susan Jebb": Susan Jebb
            spokesperson = self._spokesperson(found)
            near = next((w[0] for w in found if w[2].lower() == "dengan"), end)
            person = self._mention(start, near, ("PER",))  # not "sumber dekat dengan Jenner"
            if spokesperson.name:
                return spokesperson
            if first == "pihak" and len(found) > 1 and found[1][2][0].isupper():
                # "pihak Lion Air membantah …": the side named, an organisation
                run = list(takewhile(lambda w: w[2][0].isupper(), found[1:]))
                side = _BRACKETED.sub("", self.text[run[0][0] : run[-1][1]])
                return Found(side, (run[0][0], run[-1][1]))  # without "(Bawaslu)"
            if person is not None:
                return self._person(person)
            return self._trailing_name(found)
        if self._crowd(found, start, end):
            return Found(None)  # "Hampir dua dari lima orang Amerika …": a share of a people
        if all(w.islower() for _, _, w in found) and found[-1][2] in INSTITUTIONS:
            return Found(None)  # "pemerintah", "pihak kepolisian": no one named
        if found[0][2] in KIN_WORDS and len(found) > 1 and found[-1][2] not in _DEMONSTRATIVES:
            return Found(None, unnamed=True)  # "kerabat Echon", "istri korban": unnamed
        if (
            len(found) > 1
            and found[-1][2].lower() in _DEMONSTRATIVES
            and (not is_name_word(found[0][2]) or found[0][2].lower() in PERSON_NOUNS)
        ):
            # "Mantan Gubernur DKI Jakarta ini": someone already named, whatever it names
            return self.anaphor(start, (found[0][0], found[-1][1]))
        return None

    def _crowd(self, found: list[tuple[int, int, str]], start: int, end: int) -> bool:
        """A subject that counts people ("dua dari lima orang Amerika", "sebagian warga"):
        a word for people after only common words, and no person named."""
        at = next((i for i, w in enumerate(found) if w[2] in _CROWD_WORDS), None)
        if not at or any(is_name_word(w) for _, _, w in found[:at]):
            return False
        return not self.person_in(start, end)

    def _person(self, mention: Mention) -> Found:
        """A person mention's name, cleaned and checked against the article."""
        name = self._clean_person(mention.name or mention.span.text)
        if mention.name is None and self._after_region_role(mention):
            name = " ".join(without_region(name.split()))  # "Bupati Lamongan Fadeli"
        return Found(
            self.canon.fix(self.full_name(name), mention.span.text),
            (mention.span.start, mention.span.end),
        )

    def _after_region_role(self, mention: Mention) -> bool:
        """The mention opens with, or follows, a regional role ("Bupati", "Kapolres")."""
        first = mention.span.text.split(maxsplit=1)[0].lower()
        before = self.text[max(0, mention.span.start - 20) : mention.span.start].split()[-1:]
        return first in REGIONAL_ROLES or (
            bool(before) and before[0].lower() in REGIONAL_ROLES and " " in mention.span.text
        )

    def _spokesperson(self, found: list[tuple[int, int, str]]) -> Found:
        """ "seorang juru bicara Google": the organisation a nameless spokesperson speaks for."""
        lowered = [w.lower() for _, _, w in found]
        at = next((i for i, w in enumerate(lowered) if w in SPOKESPERSON_WORDS), None)
        if at is None:
            return Found(None)
        run: list[tuple[int, int, str]] = []
        for item in found[at + 1 :]:
            if not item[2][0].isupper():
                if run:
                    break
                continue
            run.append(item)
        if not run:
            return Found(None)
        return Found(self.text[run[0][0] : run[-1][1]], (run[0][0], run[-1][1]))

    def is_person(self, found: Found) -> bool:
        """True when ``found`` is a person's name (a PER mention, or name-shaped words)."""
        if found.name is None or found.span is None:
            return False
        for mention in self.mentions:
            if mention.span.start == found.span[0]:
                return mention.label == "PER"
        first = self.text[found.span[0] : found.span[1]].split()[0]
        return is_name_word(first) and first.lower() not in ORG_HEADS

    def _trailing_person(
        self, found: list[tuple[int, int, str]], mention: Mention | None
    ) -> Found | None:
        """Two or more name words ending the phrase after an organisation or place."""
        if mention is None:
            return None
        run: list[tuple[int, int, str]] = []
        for item in reversed(found):
            word = item[2]
            if item[0] < mention.span.end or not is_name_word(word) or word.isupper():
                break
            if word.lower() in ORG_HEADS or word.lower() in ROLE_WORDS:
                break
            if word.lower().startswith(ORG_PREFIXES) or TITLE_ABBREVIATION.fullmatch(word):
                break  # "(Kemenkominfo) Semuel Abrijani Pangerapan": the office, then the name
            run.insert(0, item)
        if len(run) < 2:
            return None
        return Found(" ".join(w for _, _, w in run), (run[0][0], run[-1][1]))

    def _describes(self, found: list[tuple[int, int, str]], end: int) -> bool:
        """A description of someone already named ("mantan pelatih Persija tersebut")."""
        if found[-1][2].lower() in _DEMONSTRATIVES and len(found) > 1:
            return True
        lowered = [w.lower() for _, _, w in found]
        if lowered[0] in ROLE_WORDS | PERSON_NOUNS and _ORIGIN & set(lowered[1:3]):
            return True  # "pelatih asal Prancis", "pebalap kelahiran Spanyol": someone named
        if found[0][2][0].isupper():
            return False
        head = found[0][2].lower()
        if len(found) == 1 and head.endswith("nya") and head not in PRONOUNS:
            return False  # "penggemarnya", "pengacaranya": someone of the latest speaker's
        if head not in ROLE_WORDS and head not in PERSON_NOUNS:
            return False  # "bocoran yang beredar": not a person, so no one named before
        after = self.text[end : end + 5].lstrip().lower()
        named = any(is_name_word(w) for _, _, w in found)
        return after.startswith("yang") or not named

    @staticmethod
    def _clean_person(name: str) -> str:
        """A person's name without leading acronyms and role words ("VI Atyanto Busono")."""
        parts = name.split()
        while len(parts) > 1 and (
            (parts[0].isupper() and len(parts[0].rstrip(".")) > 1)  # "M Rum": an initial stays
            or parts[0].lower() in ROLE_WORDS
        ):
            parts = parts[1:]
        return " ".join(parts)

    def _extend_org(self, found: Found) -> Found:
        """An organisation's name goes on over ``untuk`` ("Institut X untuk Studi Keuangan")."""
        if found.span is None or found.name is None:
            return found
        match = _ORG_TAIL.match(self.text, found.span[1])
        if match is None or found.name.split()[0].lower() not in ORG_HEADS:
            return found
        return Found(found.name + match.group(), (found.span[0], match.end()))

    def _mention(self, start: int, end: int, labels: tuple[str, ...]) -> Mention | None:
        """The mention inside the phrase with the first label of ``labels`` that has one.

        Of several, the last (a role phrase ends with the name), unless "dan" joins them.
        """
        i = bisect.bisect_left(self._starts, start)
        inside = []
        for mention in self.mentions[i:]:
            if mention.span.start >= end:
                break
            if mention.span.end <= end:
                inside.append(mention)
        for label in labels:
            hits = [mention for mention in inside if mention.label == label]
            if not hits:
                continue
            # "Kepala Urusan Strategis Gedung Putih Steve Bannon": the name ends the phrase;
            # "Putin dan Xi": two speakers joined, the first.
            gaps = [self.text[a.span.end : b.span.start].strip() for a, b in pairwise(hits)]
            if any(gap.lower() in ("dan", "serta", "&", ",") for gap in gaps):
                return hits[0]
            k = len(hits) - 1
            while (
                k
                and self.text[hits[k - 1].span.end : hits[k].span.start] == " "
                and " " not in hits[k].span.text
            ):
                k -= 1  # one name split in two mentions ("Budi Karya" "Sumadi")
            return hits[k]
        return None

    def _by_shape(self, found: list[tuple[int, int, str]]) -> Found:
        """The name in a phrase read from capitalisation alone (no entity layer)."""
        runs: list[list[tuple[int, int, str]]] = []
        current: list[tuple[int, int, str]] = []
        for item in found:
            word = item[2]
            head = current[0][2] if current else word
            org = head.lower() in ORG_HEADS and word[0].isupper()
            if is_name_word(word) or org or (current and word.lower() in _CONNECTORS):
                current.append(item)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        runs = [self._strip_places(_strip_roles(_strip_degrees(run))) for run in runs]
        runs = [run for run in runs if run]
        if not runs:
            return self._by_role(found)
        run = runs[-1] if len(runs[-1]) > 1 or len(runs) == 1 else max(runs, key=len)
        if len(run) > 2 and any(w.lower() in ROLE_WORDS for s, _, w in found if s < run[0][0]):
            # a person after a role and a place or an office: "Gubernur Jawa Barat Ridwan
            # Kamil", "Kepala Dinas Pariwisata Provinsi NTT Marius Ardu Jelamu"
            marks = [i for i, (_, _, w) in enumerate(run) if w.isupper() and len(w) > 1]
            run = run[marks[-1] + 1 :] if marks and len(run) - marks[-1] > 2 else run[-2:]
        run = _with_common_last_word(found, run)
        start, end = run[0][0], run[-1][1]
        return Found(self.full_name(self.text[start:end]), (start, end))

    def _by_role(self, found: list[tuple[int, int, str]]) -> Found:
        """A role-only phrase ("Presiden Rusia") names who the article gives that role."""
        heads = [w for _, _, w in found if w.lower() not in ROLE_WORDS]
        lowered = {w.lower() for _, _, w in found}
        if lowered & GENERIC_SUBJECTS and not heads:
            return Found(None)
        if found[0][2].lower() not in ROLE_WORDS:
            return Found(None)
        if len(found) == 1:
            return self._by_title(found[0])
        role = re.escape(self.text[found[0][0] : found[-1][1]])
        pattern = re.compile(role + r",?\s+((?:[A-Z][\w’'-]+\s?){1,4})", re.IGNORECASE)
        # not the phrase itself before its comma: "Menurut mantan Walikota Solo, Indonesia …"
        closed = self.text.startswith(",", found[-1][1])
        match = next(
            (m for m in pattern.finditer(self.text) if not closed or m.start() != found[0][0]),
            None,
        )
        if match is None:
            return Found(None)
        name = " ".join(w for w in match.group(1).split() if is_name_word(w))
        if not name:
            return Found(None)
        return Found(self.canon.fix(self._clean_person(name)), (found[0][0], found[-1][1]))

    def _by_title(self, word: tuple[int, int, str]) -> Found:
        """A capitalised title alone ("kata Presiden"): the person the article gives it to."""
        title = word[2]
        if not title[0].isupper():
            return Found(None)
        pattern = re.compile(r"\b" + re.escape(title) + r"((?:,?\s+[A-Z][\w’'-]*){1,6})")
        for match in pattern.finditer(self.text):
            person = self._mention(match.start(1), match.end(1), ("PER",))
            if person is not None:
                name = self._clean_person(person.name or self.full_name(person.span.text))
                return Found(self.canon.fix(name, person.span.text), (word[0], word[1]))
            names = [w for w in match.group(1).replace(",", " ").split() if is_name_word(w)]
            while len(names) > 2 and self._names.alone(names[0], names[1]):
                names = names[1:]  # a place or an office between title and name
            names = [w for w in names if w.lower() not in ROLE_WORDS and not w.isupper()]
            if len(names) >= 2:
                return Found(self.canon.fix(" ".join(names[-3:])), (word[0], word[1]))
        return Found(None)

    def _person_inside(self, mention: Mention) -> Found | None:
        """A person's name ending an organisation mention that opens with a title.

        "CMO Jakmall Tommy Lim": the name starts at a word that the article tags
        as a person on its own, and has two words at least.
        """
        if self._person_starts is None:
            self._person_starts = {
                m.span.text.split()[0] for m in self.mentions if m.label == "PER"
            }
        found = words(self.text, mention.span.start, mention.span.end)
        head = found[0][2] if found else ""
        titled = head.lower() in ROLE_WORDS or (head.isupper() and len(head) > 1)
        if not titled or head.lower() in ORG_HEADS:
            return None  # only a title before the name: "CMO Jakmall Tommy Lim"
        for i in range(1, len(found) - 1):
            if found[i][2] in self._person_starts and is_name_word(found[i][2]):
                name = self.text[found[i][0] : mention.span.end]
                return Found(self.canon.fix(name), (found[i][0], mention.span.end))
        return None

    def _affiliated(self, mention: Mention) -> Found | None:
        """A person tagged together with the organisation or place before the name.

        "Sekretaris Jenderal Partai Demokrat Hinca Panjaitan", "Kepala Perwakilan Bank
        Dunia Rodrigo Chaves", "CGT Philippe Martinez": the words before the name are an
        organisation or place the article names on its own (or an acronym, or a known
        place), the name is two or more name words, and a role comes before the mention
        or the article names the person elsewhere. The person is the speaker; the
        organisation is their affiliation.
        """
        found = words(self.text, mention.span.start, mention.span.end)
        head = found[0][2].lower() if found else ""
        if len(found) < 3 or (head in ROLE_WORDS and head not in ORG_HEADS):
            return None
        for i in range(1, len(found) - 1):
            tail = found[i:]
            inner = all(
                w[0].isupper() and (_person_word(w, inner=True) or len(w.rstrip(".")) == 1)
                for _, _, w in tail
            )  # an initial inside: "Vicky G. Saputra"
            if not (inner and _person_word(tail[0][2]) and _person_word(tail[-1][2])):
                continue  # "Elia Massa Manik": a common word inside a name, never at its ends
            prefix = self.text[found[0][0] : found[i - 1][1]]
            if not self._organisation_alone(prefix, mention):
                continue
            named = bool({w for _, _, w in tail} & self._person_words(mention))
            before = self.text[max(0, mention.span.start - 40) : mention.span.start].split()
            if named or any(w.lower() in ROLE_WORDS for w in before[-3:]):
                span = (tail[0][0], tail[-1][1])
                return Found(self.canon.fix(self.text[span[0] : span[1]]), span)
        return None

    def _organisation_alone(self, prefix: str, mention: Mention) -> bool:
        """``prefix`` is an organisation or place: an acronym, a known place, or a mention
        of its own elsewhere in the article."""
        if (prefix.isupper() and " " not in prefix and len(prefix) > 1) or lookup(prefix):
            return True
        return any(
            m.span.text == prefix and m.label != "PER" and m is not mention for m in self.mentions
        )

    def _person_words(self, mention: Mention) -> set[str]:
        """The words of the article's person mentions other than ``mention``."""
        return {
            w
            for m in self.mentions
            if m.label == "PER" and m is not mention
            for w in m.span.text.split()
        }

    @staticmethod
    def _names_in(found: list[tuple[int, int, str]], organisation: Mention | None) -> bool:
        """True when the phrase holds a name word outside its role words and organisation."""
        for w_start, _, word in found:
            if not is_name_word(word) or word.lower() in ROLE_WORDS or word.lower() in ORG_HEADS:
                continue
            if organisation is None or not (
                organisation.span.start <= w_start < organisation.span.end
            ):
                return True
        return False

    def _trailing_name(self, found: list[tuple[int, int, str]]) -> Found:
        """Two or more name words ending a generic phrase ("seorang profesor … Susan Jebb")."""
        run: list[tuple[int, int, str]] = []
        for item in reversed(found):
            word = item[2]
            if not is_name_word(word) or word.isupper() or word.lower() in ORG_HEADS:
                break
            if word.lower() in ROLE_WORDS:
                break
            run.insert(0, item)
        if len(run) < 2:
            return Found(None)
        return Found(self.canon.fix(" ".join(w for _, _, w in run)), (run[0][0], run[-1][1]))

    def _name_from_common_word(self, word: tuple[int, int, str]) -> Found:
        """A capitalised common word that starts a name the article gives ("Bunga" → BCL)."""
        if not word[2][0].isupper() or word[2].lower() in ROLE_WORDS:
            return Found(None)
        longest = self._names.longest(word[2])
        rest = longest.split()[1:]
        if longest.startswith(word[2] + " ") and all(is_name_word(w) for w in rest):
            return Found(self.canon.fix(longest), (word[0], word[1]))
        # a name of common words ("Bunga Citra Lestari"): capitalised words after it, then
        # lower case, on a line that is not a headline
        if self.text.count(word[2]) < 2:
            return Found(None)
        pattern = re.compile(r"\b" + re.escape(word[2]) + _CAPITAL_RUN)
        for match in pattern.finditer(self.text):
            if not self._names.headline_at(match.start()) and match.start() != word[0]:
                return Found(match.group(), (word[0], word[1]))
        return Found(None)
        pattern = re.compile(r"\b" + re.escape(word[2]) + r"(?:\s+[A-Z][a-z]+){1,2}(?=\s+[a-z])")
        for match in pattern.finditer(self.text):
            if not self._names.headline_at(match.start()) and match.start() != word[0]:
                return Found(match.group(), (word[0], word[1]))
        return Found(None)

    def _by_org_head(self, word: tuple[int, int, str]) -> Found:
        """An organisation's head word alone ("Kementerian menyatakan …"): the organisation of
        that kind the article named last before it, else the word itself."""
        i = bisect.bisect_left(self._starts, word[0])
        for mention in reversed(self.mentions[:i]):
            text = mention.span.text
            if mention.label == "ORG" and text.startswith(word[2] + " "):
                return Found(text, (word[0], word[1]))
        return Found(word[2], (word[0], word[1]))

    def _by_short_title(self, word: tuple[int, int, str], start: int) -> Found:
        """A title alone ("jelas Kadiskes"): whom the article gives it, else the latest speaker."""
        titled = self._by_title(word)
        if titled.name:
            return titled
        fixed = self.canon.fix(word[2])
        if fixed and fixed != word[2]:
            return Found(fixed, (word[0], word[1]))
        return self.anaphor(start, (word[0], word[1]))

    def _strip_places(self, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Drop leading words the article also uses on their own ("Rusia Vladimir Putin")."""
        while len(run) > 2 and self._names.alone(run[0][2], run[1][2]):
            rest = self.text[run[1][0] : run[-1][1]]
            if run[1][2].isupper() or lookup(rest) is not None:
                break  # "Bawaslu DKI Jakarta": an office and its region, not a place and a name
            run = run[1:]
        return run

    def full_name(self, name: str) -> str:
        """The longest form of ``name`` the article uses ("Putin" → "Vladimir Putin").

        A word written before a person's whole name is not part of it: "Tesla" in "CEO
        Tesla Elon Musk" stays "Tesla" when the article names "Elon Musk" as a person.
        """
        if " " in name or not name or lookup(name) is not None:
            return name  # a known place is not the start of a longer name: "Saudi", "China"
        longest = self._names.longest(name)
        return name if self._tagged.before_person(name, longest) else longest

    # ----------------------------------------------------------------- medium

    def medium(self, start: int, end: int) -> str | None:
        """The medium named in ``text[start:end]``: an interviewer wins over an agency."""
        found = words(self.text, start, end)
        lowered = [w.lower() for _, _, w in found]
        best: tuple[int, str] | None = None
        for i in range(len(found)):
            for seq in _MEDIUM_BY_FIRST.get(lowered[i], ()):
                if tuple(lowered[i : i + len(seq)]) != seq:
                    continue
                name = _name_after(found, i + len(seq))
                if name is None:
                    continue
                rank = 0 if seq[0] in INTERVIEWER_WORDS or seq[-1] in INTERVIEWER_WORDS else 1
                if best is None or rank < best[0]:
                    best = (rank, name)
        return best[1] if best else None


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_LINK_LINE = re.compile(
    r"[(\[]?\s*(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)(?:\s+[Jj]uga|\s+JUGA)?\s*:"
)
_DESCRIBED_AFTER = re.compile(r"\s+(?:ini|itu|tersebut)\b")
_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:berhasil|telah|sudah|akhirnya|kemudian|pun|juga|lalu|sempat)\s+)*"
    r"di(?!ri)[a-z]{4,}(?:kan|i|nya)?\b"
)
_ANONYMOUS = re.compile(
    r"\b(?:enggan|tak|tidak|tak mau|tidak mau|menolak|minta|meminta)\s+"
    r"(?:mau\s+|ingin\s+)?(?:di|me[nm]?)?(?:sebut|sebutkan|nyebut|nyebutkan|tulis|ungkap)\w*"
    r"\s+(?:nama|identitas)"
)


def _with_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person mention wherever the text repeats the last words of a
    person's multi-word name that the tagger left untagged ("De Niro" after "Robert De
    Niro", "Hanafiah" after "Moch Hanafiah"); each names the full form."""
    taken = [(m.span.start, m.span.end) for m in mentions if m.label == "PER"]
    added: list[Mention] = []
    for full in sorted({m.span.text for m in mentions if m.label == "PER" and " " in m.span.text}):
        parts = full.split()
        for size in range(len(parts) - 1, 0, -1):
            tail = " ".join(parts[-size:])
            if not tail[0].isupper() or (size == 1 and not is_name_word(tail)):
                continue
            for at, end in _whole_occurrences(text, tail):
                if any(s < end and at < e for s, e in taken):
                    continue
                taken.append((at, end))
                added.append(Mention(span=Span.of(text, at, end), label="PER", name=full))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.span.start)


_WORDISH = re.compile(r"[\w-]")


def _whole_occurrences(text: str, form: str) -> list[tuple[int, int]]:
    r"""Spans of ``form`` in ``text`` with no word character or hyphen on either side.

    The same spans as ``re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)``
    without compiling a pattern per name.
    """
    found: list[tuple[int, int]] = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _WORDISH.match(text, at - 1)) and not _WORDISH.match(text, end):
            found.append((at, end))
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)
    return found


def _last_full_name(title: str) -> str | None:
    """The last name of two or more capitalised name words in a headline."""
    runs = re.findall(r"(?:[A-Z][\w’'-]+\s?){2,4}", title)
    names = [" ".join(w for w in r.split() if is_name_word(w)) for r in runs]
    names = [n for n in names if " " in n]
    return names[-1] if names else None


def _with_common_last_word(
    found: list[tuple[int, int, str]], run: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A person's name read from capitals, with the one capitalised common word that ends it
    ("Jaksa Irene Putri menyatakan": "Irene Putri"): the name's words are plain name words
    and the common word is the last capitalised word of the phrase."""
    at = found.index(run[-1]) + 1
    if at >= len(found) or not _common_in_name(found[at][2]):
        return run
    if at + 1 < len(found) and found[at + 1][2][0].isupper():
        return run
    plain = all(
        is_name_word(w) and not w.isupper() and w.lower() not in ROLE_WORDS | ORG_HEADS
        for _, _, w in run
    )
    return [*run, found[at]] if plain else run


def _common_in_name(word: str) -> bool:
    """A capitalised common word that goes on a person's name ("Irene Putri", "Bunga Citra
    Lestari"): title case, not a role, an organisation's head, a day or month, or a place."""
    low = word.lower()
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and low not in ROLE_WORDS
        and low not in ORG_HEADS
        and low not in NON_NAME_CAPITALS
        and lookup(word) is None
    )


def _person_word(word: str, *, inner: bool = False) -> bool:
    """A word that can be part of a person's name after an organisation: a capitalised
    name word (inside the name, any capitalised word), not an acronym, a role, an
    organisation's head word or a known place."""
    low = word.lower()
    return (
        (inner or is_name_word(word))
        and not word.isupper()
        and low not in ROLE_WORDS
        and low not in ORG_HEADS
        and lookup(word) is None
    )


def _strip_degrees(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalised run without the degrees written after the name ("Siboro SH")."""
    while len(run) > 2 and run[-1][2].replace(".", "").lower() in DEGREES:
        run = run[:-1]
    return run


def _short_title(word: str) -> bool:
    """A capitalised title used alone as a speaker ("Kapolsek", "Menkumham", "Presiden")."""
    if not word[0].isupper():
        return False
    low = word.lower()
    if low in ROLE_WORDS:
        return low not in GENERIC_SUBJECTS and len(low) > 3
    return TITLE_ABBREVIATION.fullmatch(word) is not None


def _head(
    found: list[tuple[int, int, str]], organisations: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The head of a subject: its first conjunct, without a place after ``di``.

    A "dan" inside an organisation's name ("Kementerian Komunikasi dan
    Informatika") joins nothing.
    """
    for i, (w_start, _, word) in enumerate(found):
        if i and word.lower() in _JOINERS:
            if any(start < w_start < end for start, end in organisations):
                continue
            return found[:i]
    return found


def _strip_roles(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalised run without the role words, acronyms and organisation that lead it."""
    heads = [i for i, item in enumerate(run[:-1]) if i and item[2].lower() in ORG_HEADS]
    if heads and len(run) - heads[-1] - 1 >= 2:
        run = run[heads[-1] + 1 :]
    elif run[0][2].lower() in ORG_HEADS:
        return run
    while len(run) > 1 and (
        run[0][2].lower() in ROLE_WORDS
        or (run[0][2].isupper() and len(run[0][2]) > 1)  # an initial stays: "M Rum"
        or TITLE_ABBREVIATION.fullmatch(run[0][2])
        or run[0][2].lower().startswith(ORG_PREFIXES)
    ):
        run = run[1:]
    if len(run) == 1 and run[0][2].lower() in ROLE_WORDS:
        return []
    return run


def _name_after(found: list[tuple[int, int, str]], i: int) -> str | None:
    """The capitalised name that starts at word ``i`` (a medium such as "CNN Indonesia")."""
    names: list[str] = []
    for _, _, word in found[i : i + 4]:
        if not (word[0].isupper() or word[0].isdigit()) or word.lower() in NON_NAME_CAPITALS:
            break
        names.append(word)
    return " ".join(names) or None


def span_of(text: str, found: Found) -> Span | None:
    """The speaker span of ``found`` as a record."""
    return Span.of(text, *found.span) if found.span else None
