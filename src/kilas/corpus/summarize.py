"""Extractive summaries, every sentence cited: per article, per story, for the whole pile.

Sentences are taken verbatim. An article's summary scores each sentence by
its position (news puts the event first) and its centrality (TF-IDF cosine to
the rest of the article, LexRank-style degree), skips datelines, captions and
other fragments, and returns the best ``n`` in text order. A story's summary
pools its articles' sentences, picks salient ones (central in the story,
told by several outlets, early in their article), merges the same fact told
by several outlets into one sentence citing all of them, adds who said what
from ``article.quotes``, and orders the result by time. The pile's overview
takes each story's lead sentence, largest stories first.

Accuracy contract: ROUGE-1 of :func:`summarize_article` (three sentences) on
IndoSum is pinned as a floor by ``tests/corpus/test_summarize.py``; see
BENCHMARKS.md.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from kilas.corpus.layers import day_of, sentences_of
from kilas.corpus.sentences_sim import cosine_of, groups, tfidf_rows
from kilas.corpus.words import content_stems
from kilas.model import Article, Citation, Span, Story, SummarySentence

__all__ = [
    "SummarySettings",
    "summarize_article",
    "summarize_corpus",
    "summarize_story",
]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SummarySettings:
    """Options of the summarisers."""

    position_weight: float = 4.0
    """Weight of the position prior ``1 / (1 + index)`` against centrality (chosen on IndoSum)."""

    min_words: int = 6
    """Shorter sentences (datelines, captions, "Advertisement") are never chosen."""

    redundancy: float = 0.35
    """Sentences at least this similar are the same fact: one is shown, all are cited."""

    quotes: int = 3
    """How many reported statements (distinct speakers) a story summary adds."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _Candidate:
    """A sentence that may enter a summary."""

    article: Article
    span: Span
    index: int  # position among the article's usable sentences
    words: tuple[str, ...]


def _candidates(article: Article, settings: SummarySettings) -> list[_Candidate]:
    """The article's sentences that read as prose, in text order."""
    out: list[_Candidate] = []
    for span in sentences_of(article):
        if not _prose(span.text, settings.min_words):
            continue
        words = content_stems(span.text, article.language)
        out.append(_Candidate(article=article, span=span, index=len(out), words=words))
    return out


def _prose(text: str, min_words: int) -> bool:
    """True for a sentence of enough words that are mostly letters."""
    letters = sum(map(str.isalpha, text))
    return len(text.split()) >= min_words and letters >= 0.6 * len(text.strip())


def _citation(candidate: _Candidate) -> Citation:
    span = _trimmed(candidate)
    return Citation(
        article_id=candidate.article.id,
        start=span.start,
        end=span.end,
        outlet=candidate.article.outlet,
    )


def _text(span: Span) -> str:
    return " ".join(span.text.split())


_DATELINE = re.compile(
    r"^(?:(?:[A-Z][^\s,()]*|[(),]|\w+\.[\w.]+)\s*){1,8}?(?:-\s?-|–|—|-)\s+(?=[A-Z\"“‘])"
)


def _trimmed(candidate: _Candidate) -> Span:
    """The sentence without a leading dateline ("Jakarta, CNN Indonesia -- ") if it leads."""
    if candidate.index != 0:
        return candidate.span
    match = _DATELINE.match(candidate.span.text)
    if match is None or not any(c.isupper() for c in match.group()):
        return candidate.span
    start = candidate.span.start + match.end()
    return Span(start=start, end=candidate.span.end, text=candidate.span.text[match.end() :])


def sentence_scores(
    candidates: Sequence[_Candidate], settings: SummarySettings | None = None
) -> np.ndarray:
    """Return each candidate's score: centrality (mean cosine to the others) plus position prior."""
    settings = settings or SummarySettings()
    if not candidates:
        return np.zeros(0)
    sims = cosine_of(tfidf_rows([c.words for c in candidates]))
    np.fill_diagonal(sims, 0.0)
    n = len(candidates)
    centrality = sims.sum(axis=1) / max(n - 1, 1)
    peak = centrality.max() or 1.0
    position = np.array([1.0 / (1 + c.index) for c in candidates])
    scores: np.ndarray = centrality / peak + settings.position_weight * position
    return scores


def summarize_article(
    article: Article, n: int = 3, *, settings: SummarySettings | None = None
) -> tuple[SummarySentence, ...]:
    """Return the article's ``n`` most summary-worthy sentences, in text order.

    Every sentence is verbatim from ``article.text`` and cites its span.
    Fewer than ``n`` come back when the article has fewer prose sentences.
    """
    settings = settings or SummarySettings()
    candidates = _candidates(article, settings)
    scores = sentence_scores(candidates, settings)
    best = sorted(np.argsort(-scores, kind="stable")[:n])
    return tuple(
        SummarySentence(
            text=_text(_trimmed(candidates[i])),
            citations=(_citation(candidates[i]),),
            date=article.date,
        )
        for i in best
    )


def _members(story: Story, articles: Mapping[str, Article] | Iterable[Article]) -> list[Article]:
    """The story's articles that are given, in the story's order."""
    by_id = articles if isinstance(articles, Mapping) else {a.id: a for a in articles}
    return [by_id[i] for i in story.articles if i in by_id]


def summarize_story(
    story: Story,
    articles: Mapping[str, Article] | Iterable[Article],
    n: int = 5,
    *,
    settings: SummarySettings | None = None,
) -> tuple[SummarySentence, ...]:
    """Return a multi-document summary of one story: salient facts, then who said what.

    Sentences come only from the story's own articles. A fact told by
    several articles (sentences at least ``settings.redundancy`` similar)
    appears once and cites every article that told it. The ``n`` facts are
    ordered by time (the earliest telling's article date, then position),
    followed by up to ``settings.quotes`` reported statements of speakers not
    yet heard (``speaker`` set) when the articles carry quotes; a fact that
    holds a quote carries its speaker too.
    """
    settings = settings or SummarySettings()
    candidates = [c for a in _members(story, articles) for c in _candidates(a, settings)]
    if not candidates:
        return ()
    sims = cosine_of(tfidf_rows([c.words for c in candidates]))
    scores = _story_scores(candidates, sims, settings)
    facts = []
    for group in groups(sims, settings.redundancy):
        best = max(group, key=lambda i: (scores[i], -i))
        tellers = {candidates[i].article.id for i in group}
        facts.append((scores[best] + 0.5 * np.log(len(tellers)), best, group))
    facts.sort(key=lambda f: (-f[0], f[1]))
    chosen = [_fact(candidates, best, group, story.id) for _, best, group in facts[:n]]
    chosen.sort(key=lambda s: (s.date or "~", s.citations[0].article_id, s.citations[0].start))
    shown = {(s.citations[0].article_id, s.citations[0].start) for s in chosen}
    heard = {s.speaker for s in chosen if s.speaker}
    members = _members(story, articles)
    return (*chosen, *_who_said_what(story, members, shown, heard, settings))


def _story_scores(
    candidates: Sequence[_Candidate], sims: np.ndarray, settings: SummarySettings
) -> np.ndarray:
    """Centrality across the story's other articles plus the position prior."""
    owners = np.array([c.article.id for c in candidates])
    other = owners[:, None] != owners[None, :]
    pool = sims * other if other.any() else sims - np.eye(len(candidates))
    centrality = pool.sum(axis=1) / max(int(pool.astype(bool).sum(axis=1).max()), 1)
    peak = centrality.max() or 1.0
    position = np.array([1.0 / (1 + c.index) for c in candidates])
    scores: np.ndarray = centrality / peak + settings.position_weight / 4 * position
    return scores


def _fact(
    candidates: Sequence[_Candidate], best: int, group: Sequence[int], story_id: str
) -> SummarySentence:
    """One summary sentence: the best telling, citing one telling per article (best first)."""
    cited = {candidates[best].article.id: candidates[best]}
    for i in group:
        cited.setdefault(candidates[i].article.id, candidates[i])
    dates = sorted(d for c in cited.values() if (d := _day_text(c.article)))
    return SummarySentence(
        text=_text(_trimmed(candidates[best])),
        citations=tuple(_citation(c) for c in cited.values()),
        speaker=_speaker(candidates[best]),
        date=dates[0] if dates else None,
        story_id=story_id,
    )


def _speaker(candidate: _Candidate) -> str | None:
    """Who the sentence quotes, when the article's quotes layer has a quote inside it."""
    span = candidate.span
    for quote in candidate.article.quotes:
        if quote.speaker and span.start <= quote.span.start < span.end:
            return quote.speaker
    return None


def _day_text(article: Article) -> str | None:
    day = day_of(article.date)
    return day.isoformat() if day else None


def _who_said_what(
    story: Story,
    members: Sequence[Article],
    shown: set[tuple[str, int]],
    heard: set[str],
    settings: SummarySettings,
) -> list[SummarySentence]:
    """Sentences reporting what speakers not yet ``heard`` said (direct first, longest first)."""
    found = []
    for article in members:
        sentences = sentences_of(article)
        for quote in article.quotes:
            if not quote.speaker:
                continue
            holder = next((s for s in sentences if s.start <= quote.span.start < s.end), quote.span)
            rank = (quote.kind != "direct", -len(quote.span.text), article.id, holder.start)
            found.append((rank, quote.speaker, article, holder))
    out: list[SummarySentence] = []
    speakers = set(heard)
    for _, speaker, article, holder in sorted(found, key=lambda f: f[0]):
        if len(out) >= settings.quotes or speaker in speakers:
            continue
        if (article.id, holder.start) in shown:
            continue
        speakers.add(speaker)
        citation = Citation(
            article_id=article.id, start=holder.start, end=holder.end, outlet=article.outlet
        )
        out.append(
            SummarySentence(
                text=_text(holder),
                citations=(citation,),
                speaker=speaker,
                date=_day_text(article),
                story_id=story.id,
            )
        )
    return out


def summarize_corpus(
    stories: Sequence[Story],
    articles: Mapping[str, Article] | Iterable[Article],
    n: int = 5,
    *,
    settings: SummarySettings | None = None,
) -> tuple[SummarySentence, ...]:
    """Return a short overview of the pile: the leading fact of each of the ``n`` largest stories.

    Stories are taken largest first (then earliest, then id); each sentence
    carries its ``story_id`` and cites only that story's articles.
    """
    by_id = articles if isinstance(articles, Mapping) else {a.id: a for a in articles}
    ranked = sorted(stories, key=lambda s: (-len(s.articles), s.start or "~", s.id))
    out = []
    for story in ranked[:n]:
        facts = summarize_story(story, by_id, 1, settings=settings)
        if facts:  # the leading fact; reported statements follow it
            out.append(facts[0])
    return tuple(out)
