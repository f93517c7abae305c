"""Which canonical entity each surface form names, decided over the whole corpus.

Rules, in order of trust:

1. the gazetteer (:mod:`kilas.lang.id.exonyms`): its canonical name and type;
   the short names of well-known public figures (:mod:`kilas.lang.id.figures`:
   "Jokowi" → Joko Widodo, PER); online platforms are organisations
   (:mod:`kilas.lang.id.platforms`: "di Instagram" is not a place);
2. acronyms introduced in the text: the acronym names what its long form names;
3. one label per surface form, by majority over the corpus ("Putin" is PER
   everywhere, "Zambia" LOC);
4. forms equal ignoring case, spaces and hyphens are one name
   ("Kerjasama" / "Kerja Sama", "REUTERS" / "Reuters"), the most frequent written form leading;
5. persons: the full name the article itself linked a partial name to, by
   majority over the corpus; a name one small typo away (one token, edit
   distance 1, or 2 for long tokens) from a more frequent name sharing the
   other tokens ("Xi Xinping" → "Xi Jinping"); a one-word name (not a common
   or role word) that is the last word of one multi-word name, or of the most
   frequent ("Gabuev" → "Alexander Gabuev"); a name of two or more words and
   the longer name holding it as a run of its words, linked in one article
   ("Rafli Amar" / "Boy Rafli Amar") or, when the corpus has only one such
   longer name, across it: one entity, named by the more frequent of the two
   (so a word the tagger glued before a name, "Arsenal Olivier Giroud", does
   not become the name).

A city is never merged into its country: no rule maps a place to another place.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from kilas.corpus.link_heads import composite, run_at, widest, within
from kilas.lang.id.exonyms import fold, lookup
from kilas.lang.id.figures import full_name
from kilas.lang.id.heads import name_head
from kilas.lang.id.lexicon import word_tag
from kilas.lang.id.platforms import is_platform
from kilas.lang.id.roles import is_role_word

_LABEL_ORDER = {"PER": 0, "ORG": 1, "LOC": 2, "GPE": 3}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Observed:
    """One mention as the resolver sees it: surface, tagger label, within-article full name."""

    surface: str
    label: str
    name: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """Each surface's canonical name and the canonical name's type."""

    canonical: Mapping[str, str]
    types: Mapping[str, str]

    def of(self, surface: str) -> tuple[str, str]:
        """``(canonical name, type)`` of ``surface`` (itself and its label when unknown)."""
        name = self.canonical.get(surface, surface)
        return name, self.types.get(name, "ORG")


def majority_labels(observed: Iterable[Observed]) -> dict[str, str]:
    """One label per surface: the gazetteer's, else known knowledge's, else the corpus majority.

    Public figures' short names are PER, platforms ORG, a name after a head
    ("Liga Champions") the head's type; on a tie PER comes first.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for o in observed:
        votes[o.surface][o.label] += 1
    labels: dict[str, str] = {}
    for surface, counter in votes.items():
        known = lookup(surface)
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], _LABEL_ORDER.get(kv[0], 9)))
        if known is not None:
            labels[surface] = known.type
        elif full_name(surface) is not None:
            labels[surface] = "PER"
        elif is_platform(surface):
            labels[surface] = "ORG"
        elif len(surface.split()) >= 2 and name_head(surface.split()[0]) is not None:
            labels[surface] = name_head(surface.split()[0]) or "ORG"  # "Liga Champions"
        else:
            labels[surface] = ranked[0][0]
    return labels


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between ``a`` and ``b``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def is_typo(a: str, b: str) -> bool:
    """True when names ``a`` and ``b`` differ in one token by a small edit ("Xinping"/"Jinping")."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    shortest = min(len(x), len(y))
    limit = 2 if shortest >= 8 else 1
    return shortest >= 4 and x[0].isupper() and y[0].isupper() and edit_distance(x, y) <= limit


class _Resolver:
    """Builds the surface → canonical map (see the module docstring)."""

    def __init__(self, observed: list[Observed], acronyms: Mapping[str, str]) -> None:
        self.labels = majority_labels(observed)
        self.counts = Counter(o.surface for o in observed)
        self.acronyms = acronyms
        self.parent: dict[str, str] = {}
        self.glued: dict[str, frozenset[str]] = {}  # "KTP Setya Novanto" → {"KTP"}
        self.links: dict[str, Counter[str]] = defaultdict(Counter)
        for o in observed:
            if o.name and o.name != o.surface and self.labels.get(o.name, "PER") == "PER":
                self.links[o.surface][o.name] += 1

    def _frequent(self, names: Iterable[str]) -> str:
        """The most frequent of ``names`` (mixed case, then alphabetical, on ties)."""
        return min(names, key=lambda n: (-self.counts[n], n.isupper(), n))

    def _fold_groups(self) -> None:
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for surface, label in self.labels.items():
            if lookup(surface) is None and surface not in self.acronyms:
                groups[(label, fold(surface))].append(surface)
        for members in groups.values():
            lead = self._frequent(members)
            for m in members:
                if m != lead:
                    self.parent[m] = lead

    def _persons(self) -> list[str]:
        return sorted(s for s, lab in self.labels.items() if lab == "PER" and s not in self.parent)

    def _typos(self) -> None:
        # Names are bucketed by their tokens with one left out, so only names
        # that share every other token are compared.
        buckets: dict[tuple[str, ...], list[str]] = defaultdict(list)
        full = [p for p in self._persons() if len(p.split()) >= 2]
        for name in full:
            words = name.split()
            for i in range(len(words)):
                buckets[(*words[:i], "\0", *words[i + 1 :])].append(name)
        for name in full:
            words = name.split()
            near = {
                o for i in range(len(words)) for o in buckets[(*words[:i], "\0", *words[i + 1 :])]
            }
            better = [o for o in near if self.counts[o] > self.counts[name] and is_typo(name, o)]
            if better:
                self.parent[name] = self._frequent(better)

    def _owners(self) -> dict[str, list[str]]:
        """Multi-word person names by their last word."""
        last: dict[str, list[str]] = defaultdict(list)
        for name in self._persons():
            words = name.split()
            if len(words) >= 2:
                last[words[-1]].append(name)
        return last

    def _partials(self) -> None:
        last = self._owners()
        for surface in self._persons():
            single = len(surface.split()) == 1
            if single and (word_tag(surface) is not None or is_role_word(surface)):
                continue  # a common word the tagger took for a name is nobody's name
            if surface in self.links:
                target = self.links[surface].most_common(1)[0][0]
                if target == surface or self.labels.get(target, "PER") != "PER":
                    continue
                if single or len(target.split()) < len(surface.split()):
                    self.parent[surface] = target  # a partial name, or words glued before one
                    if not single:
                        glue = surface.split()[: -len(target.split())]
                        self.glued[surface] = frozenset(glue)
                else:
                    self._union(surface, target)
                continue
            if not single:
                continue
            owners = last.get(surface)
            if owners:
                self.parent[surface] = self._frequent(owners)

    def _union(self, a: str, b: str) -> None:
        """Make ``a`` and ``b`` one entity, named by the more frequent root (the longer on ties)."""
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return
        lead = min((ra, rb), key=lambda n: (-self.counts[n], -len(n.split()), n))
        other = rb if lead == ra else ra
        self.parent[other] = lead
        held = run_at(lead.split(), other.split())
        if held is not None:  # the longer form's other words are not the name ("KTP")
            words = other.split()
            self.glued[other] = frozenset(words[:held] + words[held + len(lead.split()) :])

    def _held(self) -> None:
        """A name of 2+ words held by exactly one longer person name of the corpus joins it."""
        persons = [p for p in self._persons() if full_name(p) is None]
        names = frozenset(p for p in persons if len(p.split()) >= 2)
        runs: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for name in persons:
            words = name.split()
            if len(words) >= 3 and composite(name, names):
                continue
            for n in range(2, len(words)):
                for i in range(len(words) - n + 1):
                    runs[tuple(words[i : i + n])].append(name)
        for name in persons:
            words = name.split()
            if len(words) < 2 or name in self.links or tuple(words) not in runs:
                continue
            longer = widest([o for o in runs[tuple(words)] if within(words, o.split())])
            if len(longer) == 1:
                self._union(name, longer[0])

    def _unglue(self) -> None:
        """A name made only of the words glued before another ("KTP") does not follow it."""
        for surface, parent in list(self.parent.items()):
            glue = self.glued.get(parent)
            if glue and set(surface.split()) <= glue:
                del self.parent[surface]

    def _root(self, surface: str) -> str:
        seen: set[str] = set()
        while surface in self.parent and surface not in seen:
            seen.add(surface)
            surface = self.parent[surface]
        return surface

    def resolve(self) -> Resolution:
        """Apply every rule and return each surface's canonical name and type."""
        self._fold_groups()
        self._typos()
        self._partials()
        self._held()
        self._unglue()
        canonical: dict[str, str] = {}
        types: dict[str, str] = {}
        for surface in self.labels:
            name, kind = self._canonical(surface)
            name = " ".join(name.split())  # "Kukei \xa0 Tanaka" is shown "Kukei Tanaka"
            canonical[surface] = name
            types.setdefault(name, kind)
        return Resolution(canonical=canonical, types=types)

    def _canonical(self, surface: str) -> tuple[str, str]:
        known = lookup(surface)
        if known is not None:
            return known.name, known.type
        if surface in self.acronyms and self.acronyms[surface] != surface:
            long = self.acronyms[surface]
            known = lookup(long)
            if known is not None:
                return known.name, known.type
            root = self._root(long)
            return root, self.labels.get(root, "ORG")
        figure = full_name(surface)
        if figure is not None:
            return figure, "PER"
        root = self._root(surface)
        known = lookup(root)
        if known is not None:
            return known.name, known.type
        figure = full_name(root)
        if figure is not None:
            return figure, "PER"
        return root, self.labels.get(root, self.labels[surface])


def resolve(observed: Iterable[Observed], acronyms: Mapping[str, str]) -> Resolution:
    """Decide the canonical name and type of every observed surface form.

    Args:
        observed: every mention of the corpus.
        acronyms: acronym → long form as written, from the text ("ICC" →
            "Pengadilan Kriminal Internasional").

    Returns:
        The surface → canonical map; surfaces of one entity share a canonical name.
    """
    return _Resolver(list(observed), acronyms).resolve()
