"""Per-article repairs of names the tagger bounded by a common head or a prefix.

* name heads (:mod:`kilas.lang.id.heads`): "Jalan Sudirman", "Liga Inggris",
  "Liga 1" are one mention of the head's type, made of the head and the
  capitalised words (or, first, a short number) after it, over what the
  tagger found there ("Jalan [Sudirman]" was a person; where it found
  nothing, nothing is made). A head with no name
  after it, and an administrative word alone ("Kabupaten"), is dropped: it is
  no actor a briefing can list;
* governance prefixes: "Pemerintahan Jokowi", "Kabinet Kerja", "Kubu Prabowo"
  are organisations; a partial name the tagger linked to one ("Jokowi" →
  "Pemerintahan Jokowi") is linked to nothing;
* partial names: a person mention whose words are a contiguous run of the
  words of one longer person name in the same article ("Rafli Amar" beside
  "Boy Rafli Amar") takes it as its full name, unless the longer name adds a
  generational suffix ("Donald Trump Jr") or a word that is not a name.

Every function returns new mentions, sorted and never overlapping.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Sequence

from kilas.lang.id.calendar import MONTHS, WEEKDAYS
from kilas.lang.id.exonyms import lookup
from kilas.lang.id.figures import full_name
from kilas.lang.id.heads import (
    AMBIGUOUS_PREFIXES,
    GOVERNANCE_PREFIXES,
    LONE_HEADS,
    NAME_HEADS,
    is_lone_head,
    name_head,
)
from kilas.lang.id.lexicon import word_tag
from kilas.lang.id.roles import is_role_word
from kilas.model import Mention, Span

_MAX_NAME_WORDS = 4
_HEADS = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(sorted((w.capitalize() for w in {*NAME_HEADS, *LONE_HEADS}), key=len, reverse=True))
    + r")(?:\.|(?!\w))"
)
_NEXT = re.compile(r"[ \t]+(\w[\w'’-]*)")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DATES = frozenset({*MONTHS, *WEEKDAYS})


def _name_after(text: str, end: int) -> int:
    """Where the name written right after a head ending at ``end`` ends (``end`` if none)."""
    stop, words = end, 0
    while words < _MAX_NAME_WORDS:
        match = _NEXT.match(text, stop)
        if match is None:
            break
        word = match.group(1)
        number = words == 0 and word.isdigit() and len(word) <= 2  # "Liga 1"
        if not (number or (word[:1].isupper() and not is_role_word(word))):
            break
        if words and (lookup(word) is not None or word.lower() in _DATES):
            break  # "Jalan Sudirman Jakarta", "Jalan Sudirman Senin": not the street's name
        stop, words = match.end(), words + 1
        if number:
            break
    return stop


def _covered_end(mentions: Sequence[Mention], start: int, end: int) -> int | None:
    """``end`` stretched over the mentions that begin in ``[start, end)``; None if one is before."""
    for m in mentions:
        if m.span.start < end and start < m.span.end:
            if m.span.start < start:
                return None  # the head is inside a longer name ("Liga Arab", "Pemerintah Kota …")
            end = max(end, m.span.end)
    return end


def join_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join each name head to the name after it; drop heads that name nothing (module docstring)."""
    out = list(mentions)
    for match in _HEADS.finditer(text):
        start, head_end = match.span()
        word = match.group()
        end = _name_after(text, head_end)
        lone = end == head_end
        if lone or is_lone_head(word):
            # "Kabupaten Bogor": the tagger's "Bogor" is the place, "Kabupaten" nothing.
            out = [m for m in out if (m.span.start, m.span.end) != (start, head_end)]
            continue
        stop = _covered_end(out, start, end)
        if stop is None or any(m.span.start == start and m.span.end > head_end for m in out):
            continue  # the tagger bounded a name with the head itself: kept as it is
        inside = [m for m in out if start <= m.span.start and m.span.end <= stop]
        if not inside:
            continue  # the tagger saw no name here: none is made up
        kind = name_head(word) or "LOC"
        out = [m for m in out if m not in inside]
        out.append(Mention(span=Span.of(text, start, stop), label=kind))
    return sorted(out, key=lambda m: m.span.start)


def _is_governance(surface: str) -> bool:
    """True for "Pemerintahan Jokowi", "Kabinet Kerja", "Tim Repsol Honda"; not "Tim Cook"."""
    words = surface.split()
    if len(words) < 2 or words[0].lower() not in GOVERNANCE_PREFIXES:
        return False
    rest = " ".join(words[1:])
    if words[0].lower() in AMBIGUOUS_PREFIXES:
        return len(words) >= 3 or full_name(rest) is not None
    return True


def governance_orgs(mentions: list[Mention]) -> list[Mention]:
    """Make "Pemerintahan X" and its kind organisations; unlink partial names pointing at them."""
    orgs = {m.span.text for m in mentions if _is_governance(m.span.text)}
    if not orgs:
        return mentions
    out = []
    for m in mentions:
        if m.span.text in orgs:
            m = dataclasses.replace(m, label="ORG", name=None)
        elif m.name in orgs:
            m = dataclasses.replace(m, name=None)
        out.append(m)
    return out


def _name_word(word: str) -> bool:
    """True for a word a person's name can hold beside another name's words."""
    return (
        word[:1].isupper()
        and word.rstrip(".").lower() not in _SUFFIXES
        and word_tag(word) is None
        and not is_role_word(word)
        and lookup(word) is None
    )


def run_at(short: Sequence[str], long: Sequence[str]) -> int | None:
    """Where ``short`` begins as a contiguous run of the words ``long``, or None."""
    n = len(short)
    for i in range(len(long) - n + 1):
        if list(long[i : i + n]) == list(short):
            return i
    return None


def within(short: Sequence[str], long: Sequence[str]) -> bool:
    """True when ``short`` is a shorter contiguous run of ``long`` whose other words are names."""
    i = run_at(short, long) if len(short) < len(long) else None
    if i is None:
        return False
    return all(_name_word(w) for w in (*long[:i], *long[i + len(short) :]))


def composite(name: str, persons: Collection[str]) -> bool:
    """True when ``name`` holds two person names of ``persons`` side by side.

    "Joko Widodo Kahiyang Ayu" (a tagger's span over two people) is no one's
    full name.
    """
    words = name.split()
    found = [
        (i, i + n)
        for n in range(1, len(words))
        for i in range(len(words) - n + 1)
        if " ".join(words[i : i + n]) in persons
    ]
    return any(b1 <= a2 for a1, b1 in found for a2, b2 in found)


def _glued(long: Sequence[str], short: Sequence[str]) -> bool:
    """True when ``long`` is ``short`` after words that are no name ("Kemaritiman Luhut …").

    The words before are capitalised ("Ayu binti Joko Widodo" is another person).
    """
    n = len(short)
    glue = long[:-n]
    return (
        len(long) > n >= 2
        and list(long[-n:]) == list(short)
        and all(w[:1].isupper() for w in glue)
        and not all(_name_word(w) for w in glue)
    )


def contained_names(mentions: list[Mention], speakers: Collection[str] = ()) -> list[Mention]:
    """Give a person mention the name the article means by it.

    "Rafli Amar" beside "Boy Rafli Amar" gets ``name="Boy Rafli Amar"``: the
    one longer person name of the article that holds it, with only name words
    added. "Kementerian Kemaritiman Luhut Binsar Panjaitan" beside "Luhut Binsar
    Panjaitan" gets the shorter name: the words glued before it are no name. A
    mention the tagger already gave a full name keeps it; a run held by two
    different longer names ("Kim" in "Kim Jong Un" and "Kim Yo Jong") or by a
    span over two people gets none. ``speakers`` are more person names of the
    article (see :func:`speaker_names`).
    """
    persons = {m.span.text for m in mentions if m.label == "PER"} | set(speakers)
    words = {p: p.split() for p in persons}
    named: dict[str, str | None] = {}  # surface → the name it gets: an article repeats a name
    out = []
    for m in mentions:
        surface = m.span.text
        if m.label == "PER" and (m.name is None or m.name == surface):
            if surface not in named:
                named[surface] = _contained_name(surface, persons, words)
            name = named[surface]
            if name is not None:
                m = dataclasses.replace(m, name=name)
        out.append(m)
    return out


def _contained_name(
    surface: str, persons: Collection[str], words: dict[str, list[str]]
) -> str | None:
    """The name :func:`contained_names` gives a person mention written ``surface``, or None."""
    short = words[surface]
    longer = widest([p for p in persons if within(short, words[p]) and not composite(p, persons)])
    if len(longer) == 1 and (len(short) >= 2 or _name_word(surface)):
        return longer[0]
    glued = [p for p in persons if _glued(short, words[p])]
    if glued:
        return max(glued, key=lambda p: len(words[p]))
    return None


def widest(names: Sequence[str]) -> list[str]:
    """The ``names`` that are no shorter run of another of them."""
    split = {n: n.split() for n in names}
    return [
        n for n in names if not any(run_at(split[n], split[o]) is not None for o in names if o != n)
    ]


def speaker_names(mentions: Sequence[Mention], speakers: Iterable[str | None]) -> list[str]:
    """The quote speakers' names that are fuller forms of a person mention of the article.

    The quotes stage names a speaker by the fullest form the article gives
    ("Jacob Zuma", "Boy Rafli Amar") even where the tagger found only a shorter
    one ("Zuma", "Rafli Amar"); such a name is a person name of the article too.
    """
    persons = {m.span.text for m in mentions if m.label == "PER"}
    out = set()
    for name in speakers:
        if name is None or name in persons or len(name.split()) < 2:
            continue
        words = name.split()
        if any(within(p.split(), words) for p in persons) and not composite(name, persons):
            out.add(name)
    return sorted(out)
