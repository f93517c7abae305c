"""Speech cues around a quote: ``"…," ujar X``, ``X mengatakan: "…"``, ``menurut X, …``.

Each finder reads a stretch of the article's text next to a quoted passage
(or inside a sentence, for indirect speech) and returns a :class:`Cue`: the
cue word, the speaker it names, the medium and the date the text gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kilas.annotate.quote_speakers import Found, Speakers, phrase_end, words
from kilas.annotate.time import find_time_expressions
from kilas.lang.id.speech import (
    ADVERBS,
    CUE_VERBS,
    NON_NAME_CAPITALS,
    PRONOUNS,
    RANK_WORDS,
    RESEARCH_NOUNS,
    ROLE_WORDS,
    SAY_VERBS,
    SPEECH_ACT_NOUNS,
    TITLE_ABBREVIATION,
)

_NOT_A_SUBJECT_BEFORE = frozenset(
    {"yang", "dengan", "untuk", "tanpa", "cara", "sambil", "sembari", "setelah", "sebelum"}
)
_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
_LEADING = frozenset(
    {"sebelumnya", "kemudian", "lalu", "namun", "tetapi", "tapi", "sementara", "sedangkan"}
    | {"adapun", "bahkan", "selain", "terkadang", "kadang", "biasanya", "kini", "akhirnya"}
)
_SETTINGS = frozenset({"pada", "di", "dalam", "saat", "ketika", "usai", "seusai", "melalui"})
_PLACE_THEN_COMMA = re.compile(r"\s+(?:di|dari|untuk)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},")
_DATED = re.compile(
    r"\(\s*\d{1,2}/\d{1,2}|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b"
)
_LEAD = re.compile(r"[\s,.]*(?:(?:demikian|begitu)\s+)?")
_SAID_SO = re.compile(r"[\s,.]*(demikian|begitu)\s+", re.IGNORECASE)
_BY = re.compile(r"\s+(?:dari|oleh)\s+")
_SUBJECT_WORDS = 16


@dataclasses.dataclass(frozen=True, slots=True)
class Dated:
    """A date a cue gives: its value (ISO, or the words when unresolved) and its span."""

    value: str
    span: tuple[int, int]


@dataclasses.dataclass(frozen=True, slots=True)
class Cue:
    """What attributes a quote: the cue word's span, the speaker, the medium, the date."""

    cue: tuple[int, int]
    speaker: Found
    via: str | None = None
    date: Dated | None = None


def _date(text: str, start: int, end: int, anchor: dt.date | None) -> Dated | None:
    """The first date printed in ``text[start:end]`` (ISO when it resolves) and its span."""
    if start >= end or not _DATED.search(text, start, end):
        return None
    for expr in find_time_expressions(text[start:end], anchor=anchor, settings=None):
        if expr.kind == "date":
            where = (start + expr.span.start, start + expr.span.end)
            return Dated(expr.value or expr.span.text, where)
    return None


def _clitic(word: str) -> bool:
    """A cue verb with ``-nya`` ("tambahnya"): the speaker is an earlier one."""
    low = word.lower()
    return low.endswith("nya") and low[:-3] in CUE_VERBS


def cue_after(speakers: Speakers, start: int, end: int, anchor: dt.date | None) -> Cue | None:
    """The cue that follows a quote in ``text[start:end]`` (``, ujar X kepada Y``)."""
    text = speakers.text
    lead = _LEAD.match(text, start, end)
    pos = lead.end() if lead else start
    found = words(text, pos, min(end, pos + 200))
    if not found or found[0][0] != pos:
        return None
    word_start, word_end, word = found[0]
    if word.lower() in CUE_VERBS:
        return _bare_cue(speakers, (word_start, word_end), end, anchor)
    if word.lower() in SPEECH_ACT_NOUNS and _SAID_SO.match(text, start, pos):
        # "…," demikian pernyataan Sihar dalam surat tersebut
        return _bare_cue(speakers, (word_start, word_end), end, anchor)
    subject = _subject_cue(speakers, found, end, anchor)
    if subject is None and word[0].isupper() and _SAID_SO.match(text, start, pos):
        # "…," demikian M.U.S.T kepada Daily Mail: the speaker right after "demikian"
        said = _SAID_SO.match(text, start, pos)
        assert said is not None
        cue = _bare_cue(speakers, said.span(1), end, anchor)
        return cue if cue.speaker.name else None
    return subject


def _bare_cue(speakers: Speakers, cue: tuple[int, int], end: int, anchor: dt.date | None) -> Cue:
    """``ujar X …`` / ``tambahnya …``: the speaker follows the cue word or is its clitic."""
    text = speakers.text
    if _clitic(text[cue[0] : cue[1]]):
        speaker, tail = speakers.anaphor(cue[0]), cue[1]
    else:
        phrase_start = cue[1] + len(text[cue[1] : end]) - len(text[cue[1] : end].lstrip())
        tail = phrase_end(text, phrase_start, end)
        speaker = speakers.resolve(phrase_start, tail)
        if _research(text, phrase_start, tail):
            speaker, tail = _institution(speakers, tail, end)
        elif not speakers.is_person(speaker) or described(text, phrase_start, tail):
            speaker, tail = apposed(speakers, speaker, tail, end)
    return Cue(cue, speaker, speakers.medium(tail, end), _date(text, tail, end, anchor))


def _research(text: str, start: int, tail: int) -> bool:
    """The cue names a study ("ungkap penelitian dari …", "terang penelitian ini")."""
    first = text[start:tail].split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in RESEARCH_NOUNS


def _institution(speakers: Speakers, tail: int, end: int) -> tuple[Found, int]:
    """The institution a study is credited to ("… dari Indiana University"), else nobody."""
    text = speakers.text
    by = _BY.match(text, tail, end)
    if by is None:
        return Found(None), tail
    stop = phrase_end(text, by.end(), end)
    named = [w for w in words(text, by.end(), stop) if w[2][0].isupper()]
    if not named:
        return Found(None), tail
    span = (named[0][0], named[-1][1])
    return Found(text[span[0] : span[1]], span), stop


def described(text: str, start: int, tail: int) -> bool:
    """A speaker phrase that is a description closed by a comma ("kuasa hukum Andika, …").

    The person named after the comma is then the speaker, not one named inside
    the description (the client, the club, the firm).
    """
    first = text[start:tail].split(maxsplit=1)[:1]
    if not first or is_pronoun(first[0]):
        return False
    if not text.startswith(",", tail) and _PLACE_THEN_COMMA.match(text, tail) is None:
        return False  # "Sekretaris … Kedutaan Jerman di Indonesia, Alexander Thielitz"
    return first[0][0].islower() or first[0].lower() in ROLE_WORDS


def apposed(speakers: Speakers, speaker: Found, tail: int, end: int) -> tuple[Found, int]:
    """``kata pengacaranya, Eric Corngold``: a person named after the comma wins over a role."""
    text = speakers.text
    comma = text.find(",", tail, min(end, tail + 60))
    if comma < 0:
        return speaker, tail
    start = comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())
    head = text[start:end].split(maxsplit=1)[:1]
    if not head or not (head[0][0].isupper() or head[0].lower() in ROLE_WORDS):
        return speaker, tail  # ", dikarenakan …", ", adalah …": the sentence goes on
    stop = phrase_end(text, start, end)
    if _title_only(text, (start, stop)):
        return speaker, tail  # "Siboro SH, SIK": a degree after the name, not another person
    apposed = speakers.resolve(start, stop)
    if apposed.name and speakers.is_person(apposed):
        return apposed, stop
    return speaker, tail


def _subject_cue(
    speakers: Speakers, found: list[tuple[int, int, str]], end: int, anchor: dt.date | None
) -> Cue | None:
    """``"…," X mengatakan kepada Y.``: a short subject, then a speech verb."""
    text = speakers.text
    if found[0][2].lower() in _NOT_A_SUBJECT_BEFORE:
        return None
    for i, (word_start, word_end, word) in enumerate(found[: _SUBJECT_WORDS + 1]):
        if re.search(r"[.;:!?\"“”]", text[found[0][0] : word_start]):
            return None
        if word.lower() in SAY_VERBS and i > 0:
            speaker = speakers.resolve(found[0][0], found[i - 1][1])
            via = speakers.medium(word_end, end)
            return Cue((word_start, word_end), speaker, via, _date(text, word_end, end, anchor))
    return None


_SUBJECT_BREAK = re.compile(r"[,:;]|\((?!(?:[A-Z]{2,}[\w-]* )?[A-Z][\w-]*\))|\s[-–—]+\s")


def subject_before(speakers: Speakers, start: int, verb: int) -> tuple[int, int] | None:
    """The subject of a speech verb at ``verb``, read back to ``start`` (appositives skipped)."""
    text = speakers.text
    dateline = text.rfind(" -- ", start, verb)
    if dateline >= 0:
        start = dateline + 4  # "Jakarta, CNN Indonesia -- Bank Indonesia (BI) memandang,"
    found = words(text, start, verb)
    while found and found[-1][2].lower() in ADVERBS - _DEMONSTRATIVES:
        found.pop()  # a demonstrative stays: "Mantan gubernur ini" describes someone named
    if not found:
        return None
    if found[-1][2].lower() in _NOT_A_SUBJECT_BEFORE:
        return None
    seg_end = found[-1][1]
    # an acronym in brackets is part of the name it follows: "Badan Pengawas Pemilu (Bawaslu)
    # DKI Jakarta menyatakan" (a bracket opening anything else breaks the subject)
    commas = [m.start() for m in _SUBJECT_BREAK.finditer(text[start:seg_end])]
    cut = start + commas[-1] + 1 if commas else start
    trailing_comma = re.match(r"[\s)\]]*,", text[seg_end:verb]) is not None
    if trailing_comma:
        return _appositive(speakers, start, seg_end)
    segment = [w for w in found if w[0] >= cut]
    if commas and segment and _role_only(speakers, segment):
        # "Djoko Hariyanto, Kepala Unit Pelaksana Teknis Lokawisata Baturraden menyebut":
        # a role after the comma, the person before it
        return _appositive(speakers, start, seg_end)
    if commas and segment and _only_setting(segment):
        # "Donald Trump, pada hari Minggu memberitahu", "Trump pada Minggu (25/9) memberitahu":
        # a time or a place between the subject and the verb
        return subject_before(speakers, start, cut - 1)
    found = segment[-_SUBJECT_WORDS:]
    while len(found) > 1 and found[0][2].lower() in _LEADING:
        found = found[1:]  # "Sebelumnya para Pemohon menilai": the subject is "para Pemohon"
    at = next((i for i, w in enumerate(found) if i and w[2].lower() in _SETTINGS), None)
    found = found[:at] if at is not None else found  # "Donald Trump pada Minggu"
    return (found[0][0], found[-1][1]) if found else None


def _role_only(speakers: Speakers, found: list[tuple[int, int, str]]) -> bool:
    """A stretch that opens with a role and names no person ("Kepala Unit … Baturraden")."""
    if found[0][2].lower() not in ROLE_WORDS or found[0][2].lower() in RANK_WORDS:
        return False
    return not _has_person(speakers, (found[0][0], found[-1][1])) and not any(
        is_pronoun(w[2]) for w in found
    )


def _only_setting(found: list[tuple[int, int, str]]) -> bool:
    """A stretch that is only a setting ("pada hari Minggu", "25/9", "di Jakarta").

    "saat itu ia" is not: its pronoun is the subject.
    """
    if any(is_pronoun(w[2]) for w in found):
        return False
    return found[0][2].lower() in _SETTINGS or all(
        w[2].isdigit() or w[2].lower() in NON_NAME_CAPITALS for w in found
    )


def _appositive(speakers: Speakers, start: int, end: int) -> tuple[int, int] | None:
    """``X, anggota Y, mengatakan``: the part of the last two that names a person."""
    text = speakers.text
    bounds = [start, *[start + m.end() for m in re.finditer(r",", text[start:end])], end + 1]
    parts = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    parts = [p for p in parts if text[p[0] : p[1]].strip() and not _title_only(text, p)]
    parts = [p for p in parts if not _DATED.search(text, *p) and not _place(speakers, p)][-2:]
    # a part that opens with a role ("Direktur Taman Wisata Candi Borobudur") is the
    # description; the other one is the name
    # a part holding a person mention is the name ("Petenis …, Rafael Nadal, mengaku")
    ranked = sorted(parts, key=lambda p: (not _has_person(speakers, p), _opens_with_role(text, p)))
    for part in ranked:
        found = speakers.resolve(*part)
        if found.name and found.span and _is_person(speakers, found.span):
            return part
    return parts[0] if parts else None


def _has_person(speakers: Speakers, part: tuple[int, int]) -> bool:
    """The entity layer tags a person inside the comma part."""
    return speakers.person_in(*part)


def _opens_with_role(text: str, part: tuple[int, int]) -> bool:
    """The comma part starts with a role word or a lower-case word (a description)."""
    first = text[part[0] : part[1]].split()[:1]
    if first and first[0].lower() in RANK_WORDS:
        return False  # "Kasubbag Humas Polres Metro Jakbar, Kompol Purnomo,": a rank, a name
    return (
        not first
        or first[0].lower() in ROLE_WORDS
        or first[0][0].islower()
        or TITLE_ABBREVIATION.fullmatch(first[0]) is not None  # "Kasubbag Humas Polres …"
    )


def _place(speakers: Speakers, part: tuple[int, int]) -> bool:
    """A comma part that is only a place ("di Palembang, Sumatera Selatan, Senin")."""
    found = words(speakers.text, *part)
    if not found:
        return False
    if found[0][2].lower() in ("di", "dari"):
        return True
    for mention in speakers.mentions:
        if mention.span.start == found[0][0]:
            return mention.label in ("LOC", "GPE") and mention.span.end >= found[-1][1]
    return False


def _title_only(text: str, part: tuple[int, int]) -> bool:
    """A comma part that is only a degree or an acronym after a name ("Sp. B, FINACS, FICS")."""
    found = text[part[0] : part[1]].split()
    return len(found) <= 2 and all(w.replace(".", "").isupper() or len(w) <= 2 for w in found)


def _is_person(speakers: Speakers, span: tuple[int, int]) -> bool:
    """True unless the entity layer says the span is not a person."""
    for mention in speakers.mentions:
        if mention.span.start == span[0] and mention.span.end == span[1]:
            return mention.label == "PER"
    return True


def cue_before(speakers: Speakers, start: int, end: int, anchor: dt.date | None) -> Cue | None:
    """The cue before a quote in ``text[start:end]`` (``X mengatakan: "…"``)."""
    text = speakers.text
    found = words(text, start, end)
    for i in range(len(found) - 1, -1, -1):
        word_start, word_end, word = found[i]
        low = word.lower()
        if low in ("menurut", "mengutip") or (low in CUE_VERBS and _leads_in(text, found[i], end)):
            return _named_after(speakers, found[i], start, end, anchor)
        if low in SAY_VERBS:
            if i and found[i - 1][2].lower() in _NOT_A_SUBJECT_BEFORE:
                return Cue((word_start, word_end), Found(None))
            subject = subject_before(speakers, start, word_start)
            speaker = speakers.resolve(*subject) if subject else Found(None)
            via = speakers.medium(word_end, end)
            return Cue((word_start, word_end), speaker, via, _date(text, word_end, end, anchor))
    return None


def _leads_in(text: str, cue: tuple[int, int, str], end: int) -> bool:
    """A bare cue before a quote: its speaker phrase runs up to the quote (``kata X: "…"``)."""
    if _clitic(cue[2]):
        return not text[cue[1] : end].strip(" ,:")
    tail = phrase_end(text, cue[1] + 1, end)
    return tail > cue[1] + 1 and not text[tail:end].strip(" ,:")


def _named_after(
    speakers: Speakers,
    cue: tuple[int, int, str],
    start: int,
    end: int,
    anchor: dt.date | None,
) -> Cue:
    """``menurut X`` / ``kata X:`` / ``Y mengutip X``: the speaker follows the cue word."""
    text = speakers.text
    if _clitic(cue[2]):
        return Cue(cue[:2], speakers.anaphor(cue[0]))
    phrase_start = cue[1] + 1
    tail = phrase_end(text, phrase_start, end)
    speaker = speakers.resolve(phrase_start, tail)
    via = None
    if cue[2].lower() == "mengutip":
        subject = subject_before(speakers, start, cue[0])
        via = speakers.resolve(*subject).name if subject else None
    return Cue(cue[:2], speaker, via, _date(text, tail, end, anchor))


def is_pronoun(word: str) -> bool:
    """True for a word that stands for an earlier speaker."""
    return word.lower() in PRONOUNS
