"""Canonical entities across the corpus: mentions merged into entities with aliases and roles.

:func:`link_entities` takes annotated articles (``mentions`` set by the
``entities`` stage) and returns every entity the corpus names, each with its
canonical name, type (PER, ORG, LOC), aliases with counts, roles with
citations, salience and articles, together with the articles whose mentions
carry their ``entity_id`` (and ``role``).

How mentions become entities:

* per article (:mod:`kilas.corpus.link_mentions`): known exonyms, countries,
  cities and organisations the tagger missed are added; acronyms introduced in
  the text ("Pengadilan Kriminal Internasional (ICC)") are found; name heads
  are joined to their name ("Jalan Sudirman") and "Pemerintahan Jokowi" is an
  organisation (:mod:`kilas.corpus.link_heads`);
* over the corpus (:mod:`kilas.corpus.link_names`): one label per surface form
  by majority; exonyms and variants (China / Cina / Tiongkok), acronyms, case
  and spacing variants, partial names ("Putin" → "Vladimir Putin") and typos
  ("Xi Xinping" → "Xi Jinping"), public figures' short names ("Jokowi" →
  "Joko Widodo") and shorter runs of a longer name ("Rafli Amar" → "Boy Rafli
  Amar") resolve to one canonical name. A city never merges into its country
  (Beijing ≠ China); a partial name is the person its own article names;
* names the corpus knows are then found again where the tagger missed them
  (whole words, case-sensitive, never over another mention);
* roles (:mod:`kilas.corpus.link_roles`): the title before a person's name or
  in an apposition after it, cited.

Entity ids are ``content_id(type, canonical name)``: stable across runs and
corpora. :class:`EntityIndex` links incrementally; its result always equals
:func:`link_entities` over the same articles in the same order.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from kilas.corpus.link_forms import FormMatcher
from kilas.corpus.link_heads import contained_names, run_at
from kilas.corpus.link_mentions import Prepared, SentenceTokens, prepare, sentence_spans
from kilas.corpus.link_names import Observed, Resolution, resolve
from kilas.corpus.link_roles import find_role
from kilas.lang.id.exonyms import lookup
from kilas.lang.id.figures import full_name
from kilas.lang.id.lexicon import word_tag
from kilas.lang.id.roles import is_role_word
from kilas.model import Alias, Article, Citation, Entity, Mention, Quote, Role, Span, content_id

# Weights of an entity's salience in one article (they sum to 1).
_W_COUNT, _W_EARLY, _W_TITLE = 0.5, 0.3, 0.2


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class LinkResult:
    """Entities of a corpus and its articles with linked mentions.

    ``salience`` maps article id → entity id → the entity's salience in that
    article (0–1: its share of the article's mentions, how early it first
    appears, whether the title names it). ``Entity.salience`` is the mean over
    the corpus's articles.
    """

    entities: tuple[Entity, ...]
    articles: tuple[Article, ...]
    salience: Mapping[str, Mapping[str, float]] = dataclasses.field(default_factory=dict)


@functools.lru_cache(maxsize=1 << 16)  # a digest asked for at every mention of the entity
def entity_id(kind: str, name: str) -> str:
    """The deterministic id of the entity of type ``kind`` named ``name``."""
    return content_id("entity", kind, name)


def find_entity(entities: Iterable[Entity], name: str) -> Entity | None:
    """The entity called ``name``: by canonical name, else by alias, else by a known exonym.

    Matching ignores case. Returns None when no entity fits.
    """
    pool = list(entities)
    want = name.casefold()
    for entity in pool:
        if entity.name.casefold() == want:
            return entity
    for entity in pool:
        if any(alias.name.casefold() == want for alias in entity.aliases):
            return entity
    known = lookup(name)
    if known is not None and known.name.casefold() != want:
        return find_entity(pool, known.name)
    return None


class EntityIndex:
    """Canonical entities of a growing corpus; the caller owns it.

    Per-article work is done once, when an article is added; the corpus-level
    merge is redone on each :meth:`add`, so the result always equals a rebuild
    with :func:`link_entities`. Adding an article id again replaces it.
    """

    def __init__(self) -> None:
        self._prepared: dict[str, Prepared] = {}

    def __len__(self) -> int:
        return len(self._prepared)

    def add(self, articles: Iterable[Article]) -> LinkResult:
        """Add ``articles`` and return the linked result over everything added so far."""
        for article in articles:
            self._prepared[article.id] = prepare(article)
        return self.result()

    def result(self) -> LinkResult:
        """The linked result over every article added so far."""
        return _link(list(self._prepared.values()))


def link_entities(articles: Iterable[Article]) -> LinkResult:
    """Merge the mentions of ``articles`` into canonical entities.

    Returns:
        The entities (most salient first) and the articles, in input order,
        with ``mentions`` updated: mentions the linker found added, each
        mention's ``label`` the corpus's type for its entity, ``entity_id``
        set, and ``role`` set where the text gives the person a title.
    """
    return EntityIndex().add(articles)


def _acronyms(prepared: Sequence[Prepared]) -> dict[str, str]:
    """Acronym → long form, the most often given one when articles disagree."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for p in prepared:
        for acronym, long in p.acronyms:
            votes[acronym][long] += 1
    return {a: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for a, c in votes.items()}


def _spreadable(
    surface: str, count: int, resolution: Resolution, acronyms: Mapping[str, str]
) -> bool:
    """True when ``surface`` may be found again wherever it is written."""
    if len(surface) < 2 or not surface[0].isupper() or is_role_word(surface):
        return False
    name, kind = resolution.of(surface)
    multi = len(surface.split()) >= 2
    if kind == "PER":
        return multi or len(name.split()) >= 2
    if not multi and word_tag(surface) is not None:
        return False  # a common word the tagger took for a name ("Selatan")
    return multi or count >= 2 or surface in acronyms


def _same_entity(surface: str, inside: Sequence[Mention], resolution: Resolution) -> bool:
    """True when a longer form covers only mentions of its own entity ("Vladimir [Putin]")."""
    if not inside:
        return False
    name = resolution.of(surface)
    return all(resolution.of(m.span.text) == name for m in inside)


def _spread(
    prepared: Sequence[Prepared], resolution: Resolution, acronyms: Mapping[str, str]
) -> list[list[Mention]]:
    """Each article's mentions plus known names found again where the tagger missed them."""
    counts = Counter(m.span.text for p in prepared for m in p.mentions)
    matcher = FormMatcher(s for s, n in counts.items() if _spreadable(s, n, resolution, acronyms))
    return [_spread_one(p.article.text, list(p.mentions), matcher, resolution) for p in prepared]


def _spread_one(
    text: str, mentions: list[Mention], matcher: FormMatcher, resolution: Resolution
) -> list[Mention]:
    """One article's mentions with the matcher's forms added (see :func:`_spread`)."""
    mentions.sort(key=lambda m: m.span.start)
    starts = [m.span.start for m in mentions]
    ends = [m.span.end for m in mentions]
    dropped: set[int] = set()
    added: list[Mention] = []
    for start, end in matcher.finditer(text):
        lo, hi = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
        hits = [mentions[k] for k in range(lo, hi)]
        if any((m.span.start, m.span.end) == (start, end) for m in hits):
            continue  # already a mention: keep it as the tagger gave it
        inside = all(start <= m.span.start and m.span.end <= end for m in hits)
        if hits and not (inside and _same_entity(text[start:end], hits, resolution)):
            continue
        dropped.update(range(lo, hi))
        label = resolution.of(text[start:end])[1]
        added.append(Mention(span=Span.of(text, start, end), label=label))
    kept = [m for k, m in enumerate(mentions) if k not in dropped]
    return sorted(kept + added, key=lambda m: m.span.start)


@dataclasses.dataclass(slots=True)
class _Tally:
    """What the corpus says about one entity while it is being built."""

    name: str
    type: str
    aliases: Counter[str] = dataclasses.field(default_factory=Counter)
    roles: list[Role] = dataclasses.field(default_factory=list)
    articles: list[str] = dataclasses.field(default_factory=list)


def _link(prepared: Sequence[Prepared]) -> LinkResult:
    """Resolve, spread, cite roles and build entities (see the module docstring)."""
    acronyms = _acronyms(prepared)
    observed = [
        Observed(surface=m.span.text, label=m.label, name=m.name)
        for p in prepared
        for m in p.mentions
    ]
    observed += [Observed(surface=s, label="PER") for p in prepared for s in p.speakers]
    resolution = resolve(observed, acronyms)
    tallies: dict[str, _Tally] = {}
    articles: list[Article] = []
    salience: dict[str, dict[str, float]] = {}
    for p, mentions in zip(prepared, _spread(prepared, resolution, acronyms), strict=True):
        # Names found again get their article's full name too, as they will when linked again.
        mentions = contained_names(mentions, p.speakers)
        article = _linked_article(p.article, mentions, resolution, tallies)
        articles.append(article)
        salience[article.id] = article_salience(article)
    entities = _entities(tallies, salience, len(articles))
    return LinkResult(entities=entities, articles=tuple(articles), salience=salience)


def _linked_article(
    article: Article, mentions: list[Mention], resolution: Resolution, tallies: dict[str, _Tally]
) -> Article:
    """The article with linked mentions; records aliases, roles and the article in ``tallies``."""
    text = article.text
    sentences = list(sentence_spans(article))
    starts = [s for s, _ in sentences]
    tokens = SentenceTokens(text)
    persons = [m for m in mentions if m.label == "PER"]  # all the role finder looks at
    linked: list[Mention] = []
    for m in mentions:
        name, kind = resolved(m, resolution)
        eid = entity_id(kind, name)
        tally = tallies.setdefault(eid, _Tally(name=name, type=kind))
        tally.aliases[m.span.text] += 1
        if not tally.articles or tally.articles[-1] != article.id:
            tally.articles.append(article.id)
        role = None
        if kind == "PER":
            sentence = sentences[max(0, bisect.bisect_right(starts, m.span.start) - 1)]
            found = find_role(text, m, persons, sentence, tokens=tokens)
            if found is not None:
                role = " ".join(text[found[0] : found[1]].split())
                cite = Citation(
                    article_id=article.id, start=found[0], end=found[1], outlet=article.outlet
                )
                tally.roles.append(Role(role=role, citation=cite))
        # The constructor, not ``dataclasses.replace`` (which inspects the fields on every call).
        linked.append(Mention(span=m.span, label=kind, entity_id=eid, role=role, name=m.name))
    quotes = tuple(_linked_quote(q, linked, resolution) for q in article.quotes)
    return dataclasses.replace(article, mentions=tuple(linked), quotes=quotes)


def resolved(mention: Mention, resolution: Resolution) -> tuple[str, str]:
    """``(canonical name, type)`` of ``mention``.

    A mention of a person the article itself gave a full name ("Tanaka" after
    "Ichi Tanaka") is that name's entity, whichever "Tanaka" the rest of the
    corpus means most often, when its words are words of that entity's name.
    A public figure's short name ("Jokowi"), a form the corpus does not take
    for a person, and any other mention are their surface's entity.
    """
    surface = mention.span.text
    own = resolution.of(surface)
    full = mention.name
    if full is None or full == surface or full not in resolution.canonical or own[1] != "PER":
        return own
    if full_name(surface) is not None:
        return own  # "Jokowi" is Joko Widodo whatever longer form the article holds
    name, kind = resolution.of(full)
    if kind != "PER" or run_at(surface.split(), name.split()) is None:
        return own  # "KTP" of "KTP Setya Novanto" is no part of Setya Novanto's name
    return name, kind


def _speaker_mention(quote: Quote, mentions: Sequence[Mention]) -> Mention | None:
    """The linked mention that names the quote's speaker.

    The mention its speaker span lies in, else the one person mention inside
    the span whose words the speaker's name holds: the speaker "Tesla Elon Musk"
    is the person the linker found there ("Elon Musk"); the speaker of "eks
    gelandang Sabah FA itu" is not Sabah FA.
    """
    span = quote.speaker_span
    if span is None or quote.speaker is None:
        return None
    at = next((m for m in mentions if m.span.start <= span.start and span.end <= m.span.end), None)
    if at is not None:
        return at
    words = quote.speaker.split()
    inside = [
        m
        for m in mentions
        if span.start <= m.span.start and m.span.end <= span.end and m.label == "PER"
        if run_at(m.span.text.split(), words) is not None
    ]
    return inside[0] if len({m.entity_id for m in inside}) == 1 else None


def _speaker_name(quote: Quote, at: Mention, resolution: Resolution) -> tuple[str, str]:
    """The entity of speaker mention ``at``: the quote's own fuller name for it if a person's.

    The quotes stage names "Sean" "Sean Gelael" where the tagger's longer span
    was "Motivasi Sean"; the speaker's name, known to the linker, wins.
    """
    speaker = quote.speaker or ""
    held = run_at(at.span.text.split(), speaker.split()) is not None
    if at.label == "PER" and held and speaker in resolution.canonical:
        name, kind = resolution.of(speaker)
        if kind == "PER":
            return name, kind
    return resolved(at, resolution)


def _linked_quote(quote: Quote, mentions: Sequence[Mention], resolution: Resolution) -> Quote:
    """The quote with its speaker's canonical name and entity ("Xi Xinping" → Xi Jinping).

    The speaker is the linked mention of :func:`_speaker_mention`, else the entity its name
    is a known form of; an unattributed quote, or a speaker no mention names, is left as it is.
    """
    if quote.speaker is None:
        return quote
    at = _speaker_mention(quote, mentions)
    if at is not None and at.entity_id is not None and at.label in ("PER", "ORG"):
        name, kind = _speaker_name(quote, at, resolution)
    elif quote.speaker in resolution.canonical:
        name, kind = resolution.of(quote.speaker)
    else:
        return quote
    if kind not in ("PER", "ORG"):
        return quote
    return dataclasses.replace(quote, speaker=name, entity_id=entity_id(kind, name))


def _title_text(article: Article) -> str:
    """The article's title, else its first heading, else ''."""
    if article.title:
        return article.title
    return article.headings[0].text if article.headings else ""


def _has_word(text: str, form: str) -> bool:
    """True when ``form`` occurs in ``text`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def article_salience(article: Article) -> dict[str, float]:
    """Entity id → salience (0–1) in a linked ``article``.

    Half of it is the entity's share of mentions (relative to the most
    mentioned entity), 0.3 how early it first appears, 0.2 whether the title
    names it.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    for m in article.mentions:
        if m.entity_id is None:
            continue
        counts[m.entity_id] += 1
        first.setdefault(m.entity_id, m.span.start)
        forms[m.entity_id].add(m.span.text)
    if not counts:
        return {}
    top, length, title = max(counts.values()), max(1, len(article.text)), _title_text(article)
    scores: dict[str, float] = {}
    for eid, n in counts.items():
        in_title = any(f in title and _has_word(title, f) for f in forms[eid])
        score = _W_COUNT * n / top + _W_EARLY * (1 - first[eid] / length) + _W_TITLE * in_title
        scores[eid] = round(score, 4)
    return scores


def _entities(
    tallies: Mapping[str, _Tally], salience: Mapping[str, Mapping[str, float]], n_articles: int
) -> tuple[Entity, ...]:
    """Entities from their tallies, most salient first (then by type and name)."""
    out: list[Entity] = []
    for eid, tally in tallies.items():
        total = sum(salience.get(a, {}).get(eid, 0.0) for a in tally.articles)
        aliases = sorted(tally.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append(
            Entity(
                id=eid,
                name=tally.name,
                type=tally.type,
                aliases=tuple(Alias(name=n, count=c) for n, c in aliases),
                roles=tuple(tally.roles),
                salience=round(total / max(1, n_articles), 4),
                articles=tuple(tally.articles),
            )
        )
    return tuple(sorted(out, key=lambda e: (-e.salience, e.type, e.name)))
