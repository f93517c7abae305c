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

from kilas.lang.id.lexicon import lexicon
from kilas.lang.id.speech import (
    GENERIC_SUBJECTS,
    INTERVIEWER_WORDS,
    MEDIUM_BEFORE,
    NON_NAME_CAPITALS,
    ORG_HEADS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    ROLE_WORDS,
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
        "dan",
        "sembari",
        "selaku",
        "sebagai",
        "via",
        "dari",
        "ke",
        "bahwa",
        "itu",
        "ini",
    }
)


@dataclasses.dataclass(frozen=True, slots=True)
class Found:
    """A speaker found for a cue: the canonical name (None: unknown) and its span."""

    name: str | None
    span: tuple[int, int] | None = None


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` as ``(start, end, word)``."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def phrase_end(text: str, start: int, limit: int, max_words: int = 10) -> int:
    """Where a speaker phrase that begins at ``start`` ends: a stop word or punctuation."""
    end = start
    for count, match in enumerate(re.finditer(r"[^\s]+", text[start:limit])):
        token = match.group()
        bare = token.strip(",.;:!?()\"“”‘’'«»[]")
        if bare.lower() in _STOP or bare.lower() in NON_NAME_CAPITALS or not bare:
            break
        if count == max_words:
            break
        end = start + match.start() + len(token.rstrip(",.;:!?()\"“”‘’'«»[]"))
        if token[-1] in ',.;:!?()"“”’»':
            break
    return end


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not a common word, a day or a month."""
    if not word[0].isupper():
        return False
    low = word.lower()
    return low not in NON_NAME_CAPITALS and lexicon().get(low) is None


class Speakers:
    """Speaker resolution for one article; holds the speakers seen so far."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.mentions = sorted(article.mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]
        self._history: list[tuple[int, str]] = []
        self._full: dict[str, str] = {}
        self._title_person = _last_full_name(article.title or "")

    # ----------------------------------------------------------------- history

    def remember(self, position: int, name: str | None) -> None:
        """Record that ``name`` spoke at ``position`` (for later pronouns)."""
        if name:
            bisect.insort(self._history, (position, name))

    def latest(self, position: int) -> str | None:
        """The latest speaker before ``position``, else the latest person mentioned."""
        i = bisect.bisect_left(self._history, (position, ""))
        if i:
            return self._history[i - 1][1]
        j = bisect.bisect_left(self._starts, position)
        for mention in reversed(self.mentions[:j]):
            if mention.label == "PER":
                return mention.name or mention.span.text
        return self._title_person

    # ----------------------------------------------------------------- phrases

    def resolve(self, start: int, end: int) -> Found:
        """The speaker the phrase ``text[start:end]`` names (name None when nobody)."""
        found = _head(words(self.text, start, end))
        if not found:
            return Found(None)
        first = found[0][2].lower()
        if first in PRONOUNS or (first in PLURAL_PRONOUNS and len(found) == 1):
            return Found(self.latest(start), (found[0][0], found[0][1]))
        if first in GENERIC_SUBJECTS:
            return Found(None)
        end = found[-1][1]
        if first in ROLE_WORDS and len(found) <= 3:
            by_role = self._by_role(found)
            if by_role.name:
                return by_role
        mention = self._mention(start, end)
        if mention is not None:
            name = mention.name or self.full_name(mention.span.text)
            span = (mention.span.start, mention.span.end)
            return (
                self._extend_org(Found(name, span)) if mention.label == "ORG" else Found(name, span)
            )
        return self._extend_org(self._by_shape(found))

    def _extend_org(self, found: Found) -> Found:
        """An organisation's name goes on over ``untuk`` ("Institut X untuk Studi Keuangan")."""
        if found.span is None or found.name is None:
            return found
        match = _ORG_TAIL.match(self.text, found.span[1])
        if match is None or found.name.split()[0].lower() not in ORG_HEADS:
            return found
        return Found(found.name + match.group(), (found.span[0], match.end()))

    def _mention(self, start: int, end: int) -> Mention | None:
        """The first person (else organisation, else place) mention inside the phrase."""
        i = bisect.bisect_left(self._starts, start)
        inside = [m for m in self.mentions[i:] if m.span.start < end and m.span.end <= end]
        for label in ("PER", "ORG", "LOC", "GPE"):
            for mention in inside:
                if mention.label == label:
                    return mention
        return None

    def _by_shape(self, found: list[tuple[int, int, str]]) -> Found:
        """The name in a phrase read from capitalisation alone (no entity layer)."""
        runs: list[list[tuple[int, int, str]]] = []
        current: list[tuple[int, int, str]] = []
        for item in found:
            word = item[2]
            head = current[0][2] if current else word
            org = head.lower() in ORG_HEADS and word[0].isupper()
            if _is_name_word(word) or org or (current and word.lower() in _CONNECTORS):
                current.append(item)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        runs = [self._strip_places(_strip_roles(run)) for run in runs]
        runs = [run for run in runs if run]
        if not runs:
            return self._by_role(found)
        run = runs[-1] if len(runs[-1]) > 1 or len(runs) == 1 else max(runs, key=len)
        if len(run) > 2 and any(w.lower() in ROLE_WORDS for s, _, w in found if s < run[0][0]):
            run = run[-2:]  # a person after a role and a place: "Gubernur Jawa Barat Ridwan Kamil"
        start, end = run[0][0], run[-1][1]
        return Found(self.full_name(self.text[start:end]), (start, end))

    def _by_role(self, found: list[tuple[int, int, str]]) -> Found:
        """A role-only phrase ("Presiden Rusia") names who the article gives that role."""
        heads = [w for _, _, w in found if w.lower() not in ROLE_WORDS]
        lowered = {w.lower() for _, _, w in found}
        if lowered & GENERIC_SUBJECTS and not heads:
            return Found(None)
        if len(found) < 2 or found[0][2].lower() not in ROLE_WORDS:
            return Found(None)
        role = re.escape(self.text[found[0][0] : found[-1][1]])
        pattern = re.compile(role + r",?\s+((?:[A-Z][\w’'-]+\s?){1,4})", re.IGNORECASE)
        match = pattern.search(self.text)
        if match is None:
            return Found(None)
        name = " ".join(w for w in match.group(1).split() if _is_name_word(w))
        return Found(self.full_name(name) if name else None, (found[0][0], found[-1][1]))

    def _strip_places(self, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Drop leading words the article also uses on their own ("Rusia Vladimir Putin")."""
        while len(run) > 2 and self._alone(run[0][2], [run[1][2]]):
            run = run[1:]
        return run

    def _alone(self, word: str, following: list[str]) -> bool:
        """True when ``word`` occurs in the text without the word after it here."""
        if not following:
            return False
        pattern = r"\b" + re.escape(word) + r"\b(?!\s+" + re.escape(following[0]) + ")"
        return re.search(pattern, self.text) is not None

    def full_name(self, name: str) -> str:
        """The longest form of ``name`` the article uses ("Putin" → "Vladimir Putin")."""
        if " " in name or not name:
            return name
        if name not in self._full:
            self._full[name] = self._longest(name)
        return self._full[name]

    def _longest(self, name: str) -> str:
        """The longest run of name words ending in ``name`` anywhere in the text."""
        best = name
        after = re.compile(r"\b" + re.escape(name) + r"((?:\s[A-Z][\w’'-]*){1,2})\b")
        for match in after.finditer(self.text):
            tail = match.group(1).split()
            while tail and not _is_name_word(tail[-1]):
                tail.pop()
            if tail and all(_is_name_word(w) for w in tail):
                candidate = " ".join([name, *tail])
                if len(candidate) > len(best):
                    best = candidate
        pattern = re.compile(r"((?:[A-Z][\w’'-]*\s){1,3})" + re.escape(name) + r"\b")
        for match in pattern.finditer(self.text):
            lead = [w for w in match.group(1).split() if _is_name_word(w)]
            heads = [i for i, w in enumerate(lead) if w.lower() in ORG_HEADS]
            lead = lead[heads[-1] + 1 :] if heads else lead
            while lead and (
                lead[0].lower() in ROLE_WORDS or lead[0].isupper() or self._alone(lead[0], lead[1:])
            ):
                lead = lead[1:]
            run = match.group(1).split()
            if lead and run[-len(lead) :] == lead:
                candidate = " ".join([*lead, name])
                if len(candidate) > len(best):
                    best = candidate
        return best

    # ----------------------------------------------------------------- medium

    def medium(self, start: int, end: int) -> str | None:
        """The medium named in ``text[start:end]``: an interviewer wins over an agency."""
        found = words(self.text, start, end)
        lowered = [w.lower() for _, _, w in found]
        best: tuple[int, str] | None = None
        for i in range(len(found)):
            for seq in MEDIUM_BEFORE:
                if tuple(lowered[i : i + len(seq)]) != seq:
                    continue
                name = _name_after(found, i + len(seq))
                if name is None:
                    continue
                rank = 0 if seq[0] in INTERVIEWER_WORDS or seq[-1] in INTERVIEWER_WORDS else 1
                if best is None or rank < best[0]:
                    best = (rank, name)
        return best[1] if best else None


def _last_full_name(title: str) -> str | None:
    """The last name of two or more capitalised name words in a headline."""
    runs = re.findall(r"(?:[A-Z][\w’'-]+\s?){2,4}", title)
    names = [" ".join(w for w in r.split() if _is_name_word(w)) for r in runs]
    names = [n for n in names if " " in n]
    return names[-1] if names else None


def _head(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The head of a subject: its first conjunct, without a place after ``di``."""
    for i, (_, _, word) in enumerate(found):
        if i and word.lower() in ("dan", "serta", "di", "bersama"):
            return found[:i]
    return found


def _strip_roles(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalised run without the role words, acronyms and organisation that lead it."""
    heads = [i for i, item in enumerate(run[:-1]) if i and item[2].lower() in ORG_HEADS]
    if heads and len(run) - heads[-1] - 1 >= 2:
        run = run[heads[-1] + 1 :]
    elif run[0][2].lower() in ORG_HEADS:
        return run
    while len(run) > 1 and (run[0][2].lower() in ROLE_WORDS or run[0][2].isupper()):
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
