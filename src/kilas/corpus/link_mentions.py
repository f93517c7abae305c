"""Mentions the tagger missed or bounded wrongly, found with knowledge (one article at a time).

* gazetteer: every whole-word exonym, country, city or organisation of
  :mod:`kilas.lang.id.exonyms` becomes a mention; a longer known form replaces
  the tagger's shorter mentions inside it ("Organisasi Kerja Sama *Shanghai*"),
  and a person mention that holds a country or organisation is split into the
  known names ("Hubungan Rusia-Tiongkok" → Rusia, Tiongkok);
* acronyms introduced in the text: "Pengadilan Kriminal Internasional (ICC)"
  and "ICC (Pengadilan Kriminal Internasional)" define ICC, and every later
  ICC in the article is a mention;
* place cues: "provinsi Heilongjiang" is a place;
* not names: a mention made only of month or weekday names or pronouns
  ("Agustus", "Anda", "Senin") is dropped, and so is one naming the article's
  own outlet ("… kepada CNNIndonesia.com" in a CNN Indonesia article);
* titles: a person mention loses its leading titles and ranks ("AKP Thomas
  Peranginangin" → "Thomas Peranginangin");
* persons after a role: "Sekretaris Dewan Keamanan Rusia Sergey Shoigu" names a
  person after the last known place or organisation of the title;
* heads, prefixes and partial names (:mod:`kilas.corpus.link_heads`): "Jalan
  Sudirman" and "Liga Inggris" are one mention, a lone "Liga" none;
  "Pemerintahan Jokowi" is an organisation; "Rafli Amar" beside "Boy Rafli
  Amar" takes the longer name as its full name.

Every function returns new mentions, sorted and never overlapping.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from itertools import compress

from kilas.corpus.link_forms import FormMatcher
from kilas.corpus.link_heads import contained_names, governance_orgs, join_heads, speaker_names
from kilas.lang.id.calendar import MONTHS, WEEKDAYS
from kilas.lang.id.exonyms import all_forms, lookup
from kilas.lang.id.outlets import same_outlet
from kilas.lang.id.roles import is_head, is_role_word
from kilas.lang.id.speech import FIRST_PERSON, PLURAL_PRONOUNS, PRONOUNS, SECOND_PERSON
from kilas.model import Article, Mention, Span

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
"""A word (with inner hyphens, apostrophes or dots) or one punctuation mark."""

_ACRONYM_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)\s*\)")
_ACRONYM_BEFORE = re.compile(r"(?<!\w)([A-Z][A-Z0-9&]{1,9})\s*\(\s*([A-Z][^()]{3,80}?)\s*\)")
_WORD = re.compile(r"\w[\w'’-]*")
_CONNECTORS = frozenset({"dan", "untuk", "dari", "di", "bagi", "atas", "&"})
_PLACE_CUE = re.compile(
    r"(?<!\w)(?:provinsi|kota|kabupaten|negara bagian|pulau|kecamatan|distrik|prefektur)"
    r"\s+([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
)
_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?"
_LOCATIVE = re.compile(rf"(?<!\w)(?:di|ke|dari)\s+({_NAME})(?=\s+pada\s|,\s+(\w+(?:\s\w+)?))")
_SEPARATORS = re.compile(r"[\s\-–—/,&]+")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """An article's mentions after the per-article passes, and the acronyms it defines."""

    article: Article
    mentions: tuple[Mention, ...]
    acronyms: tuple[tuple[str, str], ...] = ()  # (acronym, long form as written)
    speakers: tuple[str, ...] = ()  # fuller person names the quotes give (link_heads)


def prepare(article: Article) -> Prepared:
    """Run every per-article pass of this module on ``article``."""
    text = article.text
    mentions = drop_non_names(list(article.mentions), outlet=article.outlet)
    mentions = trim_titles(text, mentions)
    mentions = add_known(text, mentions)
    mentions = governance_orgs(join_heads(text, mentions))
    mentions = add_place_cues(text, mentions)
    mentions = add_titled_persons(article, mentions)
    mentions, acronyms = add_acronyms(text, mentions)
    speakers = speaker_names(mentions, (q.speaker for q in article.quotes))
    mentions = contained_names(mentions, speakers)
    return Prepared(
        article=article,
        mentions=tuple(mentions),
        acronyms=tuple(acronyms),
        speakers=tuple(speakers),
    )


NOT_NAMES: frozenset[str] = frozenset(
    {*MONTHS, *WEEKDAYS, *PRONOUNS, *PLURAL_PRONOUNS, *FIRST_PERSON, *SECOND_PERSON}
)
"""Capitalised words that are never a name on their own: months, weekdays, pronouns."""


def drop_non_names(mentions: list[Mention], *, outlet: str | None = None) -> list[Mention]:
    """The mentions less those whose every word is a month, a weekday or a pronoun.

    The tagger takes a capitalised "Agustus", "Senin" or "Anda" (the reader) for
    a name; none of them is an actor a briefing can list. Neither is the outlet
    that published the article ("kata dia kepada DailySocial"), when ``outlet``
    is given.
    """
    return [
        m
        for m in mentions
        if not _no_name(m.span.text) and not (outlet and _same_outlet(m.span.text, outlet))
    ]


# Pure functions of a surface form (and outlet), asked once per mention: a pile repeats them.
@functools.lru_cache(maxsize=1 << 16)
def _no_name(surface: str) -> bool:
    """True when every word of ``surface`` is a month, a weekday or a pronoun."""
    return all(w.lower().rstrip(".") in NOT_NAMES for w in _WORD.findall(surface))


@functools.lru_cache(maxsize=1 << 16)
def _same_outlet(surface: str, outlet: str) -> bool:
    return same_outlet(surface, outlet)


def _title_end(name: str) -> int:
    """Offset in ``name`` where the name proper begins after leading titles ("AKP Thomas …")."""
    words = list(re.finditer(r"\S+", name))
    k = 0
    while k < len(words) - 1 and is_role_word(words[k].group()):
        k += 1
    return words[k].start() if words else 0


def trim_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Take leading titles and ranks out of person mentions ("Raja Salman" → "Salman").

    The title stays in the text, where the role finder reads it.
    """
    out: list[Mention] = []
    for m in mentions:
        cut = _title_end(m.span.text) if m.label == "PER" else 0
        if cut:
            name = m.name[_title_end(m.name) :] if m.name else None
            span = Span.of(text, m.span.start + cut, m.span.end)
            m = dataclasses.replace(m, span=span, name=name)
        out.append(m)
    return out


@functools.cache
def known_matcher() -> FormMatcher:
    """A matcher of every form the gazetteer knows."""
    return FormMatcher(all_forms())


def _overlapping(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.span.start < end and start < m.span.end]


def _new(text: str, start: int, end: int, label: str) -> Mention:
    return Mention(span=Span.of(text, start, end), label=label)


def _all_known(surface: str) -> bool:
    """True when ``surface`` is only known names joined by separators ("Rusia-China")."""
    pieces, last = [], 0
    for start, end in known_matcher().finditer(surface):
        pieces.append(surface[last:start])
        last = end
    if last == 0:
        return False
    return not _SEPARATORS.sub("", "".join(pieces) + surface[last:])


def _splittable(mention: Mention, kind: str) -> bool:
    """True when a known name inside ``mention`` should replace it."""
    if _all_known(mention.span.text):
        return True
    return mention.label == "PER" and kind != "city" and lookup(mention.span.text) is None


def add_known(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add a mention for every known form not already covered (see module docstring)."""
    out = list(mentions)
    for start, end in known_matcher().finditer(text):
        known = lookup(text[start:end])
        if known is None:
            continue
        hits = _overlapping(out, start, end)
        if len(hits) == 1 and (hits[0].span.start, hits[0].span.end) == (start, end):
            continue
        inside = all(start <= m.span.start and m.span.end <= end for m in hits)
        if inside or all(_splittable(m, known.kind) for m in hits):
            out = [m for m in out if m not in hits]
            out.append(_new(text, start, end, known.type))
    return sorted(out, key=lambda m: m.span.start)


def _locative(match: re.Match[str]) -> bool:
    """True for "di X pada …" and "di X, <country>" (not "di X, kata …")."""
    after = match.group(2)
    if after is None:
        return True
    known = lookup(after) or lookup(after.split()[0])
    return known is not None and known.kind in ("country", "region")


def add_place_cues(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add places the tagger missed: "provinsi X", "kota X", "di X pada …", "di X, Uzbekistan"."""
    out = list(mentions)
    found = list(_PLACE_CUE.finditer(text))
    found += [m for m in _LOCATIVE.finditer(text) if _locative(m)]
    for match in found:
        start, end = match.span(1)
        if not _overlapping(out, start, end) and not is_role_word(match.group(1).split()[0]):
            out.append(_new(text, start, end, "LOC"))
    return sorted(out, key=lambda m: m.span.start)


def sentence_spans(article: Article) -> Iterator[tuple[int, int]]:
    """Each sentence's ``(start, end)``, or the whole text when none are marked."""
    if article.sentences:
        for sent in article.sentences:
            yield sent.start, sent.end
    else:
        yield 0, len(article.text)


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token offsets of ``text[start:end]`` (article offsets)."""
    # pos/endpos match as the slice would: TOKEN has no anchor or lookaround.
    return [m.span() for m in TOKEN.finditer(text, start, end)]


class SentenceTokens:
    """:func:`tokens` of ranges inside one text's sentences, each sentence tokenized once.

    The role finder asks for the tokens between a sentence's start and each
    person it names; tokenizing the sentence once and slicing gives the same
    tokens (a token never spans whitespace, and only a token cut by the range
    is tokenized again).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}

    def between(self, sentence: tuple[int, int], start: int, end: int) -> list[tuple[int, int]]:
        """Exactly ``tokens(text, start, end)``, sliced from the sentence's tokens if it can."""
        if not sentence[0] <= start <= end <= sentence[1]:
            return tokens(self.text, start, end)
        if sentence not in self._sentences:
            toks = tokens(self.text, *sentence)
            self._sentences[sentence] = (toks, [b for _, b in toks])
        toks, ends = self._sentences[sentence]
        first = bisect.bisect_right(ends, start)
        if first < len(toks) and toks[first][0] < start:
            return tokens(self.text, start, end)  # a token runs across ``start``
        last = bisect.bisect_right(ends, end)
        out = toks[first:last]
        if last < len(toks) and toks[last][0] < end:
            out += tokens(self.text, toks[last][0], end)  # the token ``end`` cuts, as cut
        return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _titled_name(text: str, toks: list[tuple[int, int]], head: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of a name after the title that begins at token ``head``."""
    i, last_known = head + 1, -1
    while i < len(toks):
        word = text[toks[i][0] : toks[i][1]]
        if not (_is_cap(word) or is_role_word(word)):
            break
        if lookup(word) is not None:
            last_known = i
        i += 1
    names = toks[last_known + 1 : i] if last_known > head else []
    words = [text[a:b] for a, b in names]
    if not 2 <= len(words) <= 4 or any(is_role_word(w) or not w[:1].isupper() for w in words):
        return None
    return names[0][0], names[-1][1]


@functools.lru_cache(maxsize=1 << 16)
def _capitalised_head(word: str) -> bool:
    """True for a capitalised role head or rank (a token is never empty)."""
    return word[0].isupper() and is_head(word)


def add_titled_persons(article: Article, mentions: list[Mention]) -> list[Mention]:
    """Add persons named after a title ending in a known place ("… Rusia Sergey Shoigu")."""
    text, out = article.text, list(mentions)
    for s_start, s_end in sentence_spans(article):
        # ``findall`` gives the words of ``tokens`` (same pattern, same range) without offsets:
        # only a sentence with a capitalised head is tokenized with them.
        words = TOKEN.findall(text, s_start, s_end)
        heads = list(compress(range(len(words)), map(_capitalised_head, words)))
        if not heads:
            continue
        toks = tokens(text, s_start, s_end)
        for k in heads:
            found = _titled_name(text, toks, k)
            if found is not None and not _overlapping(out, *found):
                out.append(_new(text, found[0], found[1], "PER"))
    return sorted(out, key=lambda m: m.span.start)


def _long_form_before(text: str, mentions: list[Mention], paren: int) -> tuple[int, int] | None:
    """The span of the organisation named just before ``(`` at ``paren``."""
    for m in mentions:
        if m.span.end <= paren and not text[m.span.end : paren].strip():
            return (m.span.start, m.span.end) if m.label == "ORG" else None
    words = list(_WORD.finditer(text, max(0, paren - 160), paren))
    run: list[re.Match[str]] = []
    for w in reversed(words):
        follow = run[0].start() if run else paren
        if text[w.end() : follow].strip() or not (_is_cap(w.group()) or w.group() in _CONNECTORS):
            break
        run.insert(0, w)
    while run and not _is_cap(run[0].group()):
        run.pop(0)
    return (run[0].start(), run[-1].end()) if len(run) >= 2 else None


def _acceptable(acronym: str, long: str) -> bool:
    """False when the gazetteer already knows the acronym or gives the long form other names."""
    if lookup(acronym) is not None:
        return False
    known = lookup(long)
    return known is None or acronym in known.forms


def _untitled(text: str, start: int, end: int) -> int:
    """Where an organisation's name begins after a leading title ("Ketua Front Pembela Islam")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    k = 0
    while len(words) - k > 2 and is_head(words[k].group()):
        k += 1
    return start + words[k].start() if words else start


def _define(text: str, out: list[Mention], long: tuple[int, int], acr: tuple[int, int]) -> str:
    """Make the long form (without a leading title) and the acronym mentions; return the form."""
    start = _untitled(text, *long)
    for m in _overlapping(out, *long):
        if (m.span.start, m.span.end) == long and start != long[0]:
            out.remove(m)
    for a, b in ((start, long[1]), acr):
        if not _overlapping(out, a, b):
            out.append(_new(text, a, b, "ORG"))
    return text[start : long[1]]


def add_acronyms(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[tuple[str, str]]]:
    """Add mentions of acronyms the text introduces; return ``(acronym, long form)`` pairs."""
    out = list(mentions)
    defined: dict[str, str] = {}
    for match in _ACRONYM_AFTER.finditer(text):
        long = _long_form_before(text, out, match.start())
        if long is None or not _acceptable(match.group(1), text[long[0] : long[1]]):
            continue
        if match.group(1) not in defined:
            defined[match.group(1)] = _define(text, out, long, match.span(1))
    for match in _ACRONYM_BEFORE.finditer(text):
        acceptable = _acceptable(match.group(1), match.group(2))
        if acceptable and match.group(1) not in defined and len(match.group(2).split()) >= 2:
            defined[match.group(1)] = _define(text, out, match.span(2), match.span(1))
    for acr in defined:
        for hit in re.finditer(rf"(?<![\w$]){re.escape(acr)}(?![\w$])", text):
            if not _overlapping(out, *hit.span()):
                out.append(_new(text, hit.start(), hit.end(), "ORG"))
    return sorted(out, key=lambda m: m.span.start), sorted(defined.items())
