"""Stories: articles grouped by the specific event or development they report.

Two articles are compared by three signals: TF-IDF cosine over content words
(title and text), TF-IDF cosine over the named entities they mention (by
linked entity, else by known canonical name: China / Cina / Tiongkok are one), and the
distance between their dates (publication dates, and the days they mention).
Articles more than ``window_days`` apart lose similarity linearly over
``decay_days``, so two summits of the same two leaders months apart are two
stories while a preview and a report of the same visit (days apart, or the
preview naming the report's day) stay one. Near-duplicate links join articles
outright. Articles are grouped by average-link clustering with a fixed
threshold over articles sorted by id, so the result does not depend on the
order articles arrive in.

The clustering never holds the n-by-n similarity matrix: only the pairs at the
threshold are found (by date window, in chunks), and each connected component
of them is clustered on its own, which gives exactly the clusters of the whole
matrix (:mod:`kilas.corpus.story_pairs`). Memory grows with the articles and
those pairs; time with the pairs of articles dated near each other.

Accuracy contract: B³ F1 on ECB+ dev at the subtopic level (look-alike events)
is pinned as a floor by ``tests/corpus/test_stories.py`` (figures in BENCHMARKS.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from kilas.corpus.layers import entity_key
from kilas.corpus.periods import length_days, period
from kilas.corpus.story_pairs import ROWS_PER_CHUNK, Pairs, average_link, components
from kilas.corpus.story_pairs import Profile as _Profile
from kilas.corpus.terms import capitalised, content_words, stopwords
from kilas.lang.id.calendar import WEEKDAYS
from kilas.lang.id.exonyms import lookup
from kilas.model import Article, Duplicate, InferredDate, Mention, Story, content_id

__all__ = ["StoryIndex", "StorySettings", "build_stories", "chronological", "story_dates"]

Period = tuple[dt.date, dt.date]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    """Options of the story stage."""

    threshold: float = 0.15
    """Average similarity two groups need to be joined into one story."""

    entity_weight: float = 0.3
    """Share of the entity cosine in the similarity (the rest is the word cosine)."""

    window_days: int = 3
    """Dates this many days apart or closer count as the same moment."""

    decay_days: int = 30
    """Beyond the window, similarity falls to zero over this many days."""

    mentioned_max_days: int = 7
    """Mentioned dates covering more days than this (months, years) do not count."""

    stopwords: frozenset[str] | None = None
    """Stopwords for the content words; None takes the list of each article's language."""

    key_entities: int = 5
    """How many key entities a story lists."""


class StoryIndex:
    """A caller-owned, growing set of articles and the stories they form.

    Profiles (words, entities, dates) are computed once per article; the IDF
    and the clustering are recomputed over all articles on each :meth:`add`,
    sorted by id, so any sequence of batches gives exactly the stories a
    single rebuild gives.
    """

    def __init__(self, *, settings: StorySettings | None = None) -> None:
        self.settings = settings or StorySettings()
        self._articles: dict[str, Article] = {}
        self._profiles: dict[str, _Profile] = {}
        self._links: dict[tuple[str, str], float] = {}
        self._stories: tuple[Story, ...] = ()

    @property
    def stories(self) -> tuple[Story, ...]:
        """The current stories, ordered by start date then id."""
        return self._stories

    def add(
        self, articles: Iterable[Article], *, duplicates: Iterable[Duplicate] = ()
    ) -> tuple[Story, ...]:
        """Add articles (and near-duplicate links between them) and return all stories.

        An article already in the index (same id) is replaced.
        """
        for article in articles:
            self._articles[article.id] = article
            self._profiles[article.id] = _profile(article, self.settings)
        for dup in duplicates:
            pair = (min(dup.article_id, dup.other_id), max(dup.article_id, dup.other_id))
            strength = 1.0 if dup.relation in ("exact", "copy_of", "copied_by") else dup.shared
            self._links[pair] = max(self._links.get(pair, 0.0), strength)
        self._stories = self._cluster()
        return self._stories

    def story_of(self, article_id: str) -> Story | None:
        """Return the story holding an article, None when the article is not indexed."""
        return next((s for s in self._stories if article_id in s.articles), None)

    def _cluster(self) -> tuple[Story, ...]:
        """Cluster all indexed articles, one block of possibly joined articles at a time."""
        ids = sorted(self._profiles)
        if not ids:
            return ()
        position = {article_id: i for i, article_id in enumerate(ids)}
        links = {
            (position[a], position[b]): strength
            for (a, b), strength in self._links.items()
            if a in position and b in position
        }
        pairs = Pairs([self._profiles[i] for i in ids], links, self.settings)
        stories = [
            _story([self._articles[ids[i]] for i in members], sim, self.settings.key_entities)
            for members, sim in clusters(pairs)
        ]
        return chronological(stories)


def clusters(pairs: Pairs) -> Iterator[tuple[list[int], np.ndarray]]:
    """The average-link clusters of a pile: member indices (ascending) and their similarity block.

    Exactly the clusters of average linkage over the whole similarity matrix:
    each connected component of the pairs at the threshold is clustered on its
    own (see :mod:`kilas.corpus.story_pairs`).
    """
    for batch in _batches(components(pairs), ROWS_PER_CHUNK):
        # One similarity block for several components; each one's is on its diagonal.
        joined = np.concatenate(batch)
        whole = pairs.block(joined, joined)
        at = 0
        for block in batch:
            sim = whole[at : at + len(block), at : at + len(block)]
            at += len(block)
            labels = average_link(sim, pairs.settings.threshold)
            groups: dict[int, list[int]] = {}
            for index, label in enumerate(labels):
                groups.setdefault(int(label), []).append(index)
            for members in groups.values():
                yield [int(block[i]) for i in members], sim[np.ix_(members, members)]


def _batches(blocks: Iterable[np.ndarray], size: int) -> Iterator[list[np.ndarray]]:
    """Consecutive blocks gathered until they hold ``size`` articles (a larger block alone)."""
    batch: list[np.ndarray] = []
    held = 0
    for block in blocks:
        if batch and held + len(block) > size:
            yield batch
            batch, held = [], 0
        batch.append(block)
        held += len(block)
    if batch:
        yield batch


def build_stories(
    articles: Iterable[Article],
    *,
    duplicates: Iterable[Duplicate] = (),
    settings: StorySettings | None = None,
) -> tuple[Story, ...]:
    """Group articles into stories (see the module docstring for how).

    Returns:
        Every article in exactly one story, stories ordered by start date then
        id. A story's id is a hash of its sorted article ids, so the same
        grouping always has the same ids.
    """
    return StoryIndex(settings=settings).add(articles, duplicates=duplicates)


def _profile(article: Article, settings: StorySettings) -> _Profile:
    """Words, entities and dates of an article."""
    stop = settings.stopwords
    if stop is None:
        stop = stopwords(article.language)
    text = f"{article.title}\n{article.text}" if article.title else article.text
    mentioned = tuple(
        p
        for t in article.times
        if t.kind in ("date", "time")
        and (p := period(t.value)) is not None
        and length_days(p) <= settings.mentioned_max_days
    )
    published = _published(article)
    return _Profile(
        id=article.id,
        words=tuple(content_words(text, stop)),
        entities=_entities(article, stop),
        published=published,
        mentioned=mentioned,
        lead_weekdays=_lead_weekdays(article) if published is None else frozenset(),
    )


def _lead_weekdays(article: Article) -> frozenset[int]:
    """Weekdays the first sentence names as a day the time stage could not date."""
    if not article.sentences:
        return frozenset()
    lead_end = article.sentences[0].end
    found: set[int] = set()
    for t in article.times:
        if t.span.start < lead_end and t.value is None and t.granularity == "day":
            found.update(WEEKDAYS[word] for word in t.span.text.lower().split() if word in WEEKDAYS)
    return frozenset(found)


def _published(article: Article) -> Period | None:
    """The period the article was published in: its day, else its inferred bounds, else its date."""
    known = period(article.date)
    inferred = article.inferred_date
    if known is not None and known[0] == known[1]:
        return known
    if inferred is not None and inferred.earliest and inferred.latest:
        first, last = period(inferred.earliest), period(inferred.latest)
        if first is not None and last is not None and first[0] <= last[1]:
            return first[0], last[1]
    return known


def _entities(article: Article, stop: frozenset[str] | set[str]) -> tuple[str, ...]:
    """Entity keys of the article's mentions; without mentions, runs of capitalised words."""
    if article.mentions:
        return tuple(_mention_key(m) for m in article.mentions)
    return tuple(entity_key(name) for name in capitalised(article.text, stop))


def _mention_key(mention: Mention) -> str:
    """Comparison key of a mention: its linked entity, else its known canonical name, else its name.

    So "China", "Cina" and "Tiongkok" (or "AS" and "Amerika Serikat") are one
    entity, shared by the articles that write it differently.
    """
    if mention.entity_id:
        return mention.entity_id
    return entity_key(_display(mention))


def _display(mention: Mention) -> str:
    """The name a mention shows: the canonical name of a known place or body, else its full name."""
    name = mention.name or mention.span.text
    known = lookup(name)
    return known.name if known is not None else name


def _story(members: list[Article], sim: np.ndarray, key_entities: int) -> Story:
    """Build the story record of a cluster (``sim`` is the members' similarity block)."""
    centre = members[int(np.argmax(sim.sum(axis=1)))]
    days = sorted(d for a in members if (d := _day(a.date)) is not None)
    outlets = sorted({a.outlet for a in members if a.outlet})
    ordered = sorted(members, key=lambda a: (_day(a.date) or "9999", a.id))
    return Story(
        id=content_id(*sorted(a.id for a in members)),
        label=_label(centre),
        articles=tuple(a.id for a in ordered),
        start=days[0] if days else None,
        end=days[-1] if days else None,
        outlets=tuple(outlets),
        entities=_key_entities(members, key_entities),
    )


def _day(value: str | None) -> str | None:
    """The ISO day of a value, None when coarser than a day."""
    p = period(value)
    return p[0].isoformat() if p is not None and p[0] == p[1] else None


LABEL_WORDS = 14
"""A label taken from a sentence keeps at most this many words (a headline's length)."""


def _label(article: Article) -> str:
    """The article's title, else its first sentence (headline-long), else its text's start."""
    if article.title:
        return article.title.strip()
    first = article.sentences[0].text if article.sentences else article.text.split("\n", 1)[0]
    words = first.split()
    if len(words) <= LABEL_WORDS:
        return first.strip()
    return " ".join(words[:LABEL_WORDS]).rstrip(",;:") + " …"


def _key_entities(members: Sequence[Article], limit: int) -> tuple[str, ...]:
    """Names mentioned by the most member articles, then most often.

    Mentions count under their linked entity or known canonical name (China /
    Cina / Tiongkok are one); the name shown is a known canonical one, else the
    longest form.

    A person's short name that is the first or last words of exactly one longer
    person's name in the story ("Putin", "Xi") counts as that name
    ("Vladimir Putin", "Xi Jinping"). Keys that show the same name count as one.
    """
    per_article = [{_mention_key(m): m for m in a.mentions} for a in members]
    forms: dict[str, set[str]] = {}
    for article in members:
        for mention in article.mentions:
            forms.setdefault(_mention_key(mention), set()).add(_display(mention))
    names = {
        key: max(found, key=lambda n: (lookup(n) is not None, len(n), n))
        for key, found in forms.items()
    }
    people = {_mention_key(m) for a in members for m in a.mentions if m.label == "PER"}
    full = _full_names(people)
    # Keys shown under one name (an entity the linker typed PER in one article
    # and ORG in another) count as one: the briefing never lists a name twice.
    shown: dict[str, str] = {}
    for key in sorted(names, key=lambda k: (-len(forms[k]), k)):
        shown.setdefault(names[key].casefold(), key)
    for key in names:
        target = full.get(key, key)
        full[key] = shown[names[target].casefold()]
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for article, found in zip(members, per_article, strict=True):
        articles.update({full.get(k, k) for k in found})
        mentions.update(full.get(k, k) for k in map(_mention_key, article.mentions))
    ranked = sorted(articles, key=lambda k: (-articles[k], -mentions[k], k))
    return tuple(names[k] for k in ranked[:limit])


def _full_names(keys: set[str]) -> dict[str, str]:
    """Map each name key to the one longer key it begins or ends (itself when none or several)."""
    out = {}
    for key in keys:
        longer = [
            other
            for other in keys
            if other != key and (other.startswith(key + " ") or other.endswith(" " + key))
        ]
        out[key] = longer[0] if len(longer) == 1 else key
    return out


def story_dates(story: Story, articles: Iterable[Article]) -> InferredDate | None:
    """Return the date an undated member of ``story`` can take from its dated members.

    ``value`` is the day most dated members carry (the earliest on a tie);
    ``earliest``/``latest`` bound all their dates; confidence is the share of
    dated members on that day. None when no member of the story is dated.
    """
    ids = set(story.articles)
    periods = [p for a in articles if a.id in ids and (p := _published(a)) is not None]
    if not periods:
        return None
    days = Counter(p[0] for p in periods if p[0] == p[1])
    best = min(days, key=lambda d: (-days[d], d)) if days else None
    return InferredDate(
        value=best.isoformat() if best else None,
        earliest=min(p[0] for p in periods).isoformat(),
        latest=max(p[1] for p in periods).isoformat(),
        confidence=round(days[best] / len(periods), 3) if best else 0.0,
        method="story",
    )


def chronological(stories: Iterable[Story]) -> tuple[Story, ...]:
    """The stories earliest first, undated last, ties by id (the order ``build_stories`` gives)."""
    return tuple(sorted(stories, key=lambda s: (s.start or "9999", s.id)))
