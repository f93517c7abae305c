"""Sentence dating for the timeline: which date(s) each sentence talks about.

A sentence's own date and time expressions date it (basis ``own``). A sentence
without one inherits the dates of the sentence before it when the text makes
the link clear: it continues a quote ("tambahnya", an opening quote mark, also
across a paragraph break) or refers back within the paragraph ("tersebut",
"saat itu") (basis ``inherited``). Otherwise it is dated only by publication
(basis ``publication``, the article's date) or not at all (``unknown``). So a
timeline can tell a reported event date from the date the report appeared.
"""

from __future__ import annotations

import dataclasses
import re

from kilas.model import Article, Record, Span, TimeExpr

_SENTENCE = re.compile(
    r"[^\n]+?(?:(?<!\b[A-Z])(?<!\bRp)(?<!\bNo)[.!?]+[\"”’)]*(?=\s+[\"“‘(A-Z0-9])|$)", re.MULTILINE
)
_CONTINUES = re.compile(
    r"^[\"“‘]|\b(?:tambahnya|katanya|ujarnya|lanjutnya|tuturnya|ungkapnya|jelasnya|imbuhnya)\b",
    re.IGNORECASE,
)
_REFERS = re.compile(
    r"\b(?:tersebut|saat\s+itu|kala\s+itu|waktu\s+itu|ketika\s+itu|pada\s+kesempatan\s+itu|"
    r"kemudian|selanjutnya)\b",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SentenceDate(Record):
    """The date(s) one sentence talks about and how they are known.

    ``basis``: ``own`` (its own expressions), ``inherited`` (from ``source``,
    an expression in an earlier sentence), ``publication`` (only the article's
    date applies) or ``unknown``.
    """

    span: Span
    dates: tuple[str, ...]
    granularity: str
    basis: str
    source: Span | None = None


def split_sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans of a text: paragraphs split on sentence-final punctuation."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            spans.append(Span.of(text, start, end))
    return tuple(spans)


def _dating(times: tuple[TimeExpr, ...]) -> tuple[TimeExpr, ...]:
    """The expressions that date a sentence: resolved calendar points, not lengths or "kini"."""
    return tuple(
        t
        for t in times
        if t.kind in ("date", "time") and t.value is not None and "present" not in t.evidence
    )


def date_sentences(article: Article) -> tuple[SentenceDate, ...]:
    """Return, for each sentence of the article, the date(s) it talks about.

    Uses ``article.sentences`` when set, else splits the text itself, and
    ``article.times`` (run the ``time`` stage first for resolved values).
    """
    sentences = article.sentences or split_sentences(article.text)
    times = sorted(article.times, key=lambda t: t.span.start)
    published = article.date
    out: list[SentenceDate] = []
    previous: SentenceDate | None = None
    for sentence in sentences:
        own = _dating(
            tuple(t for t in times if sentence.start <= t.span.start and t.span.end <= sentence.end)
        )
        if own:
            dated = SentenceDate(
                span=sentence,
                dates=tuple(dict.fromkeys(t.value or "" for t in own)),
                granularity=own[0].granularity,
                basis="own",
                source=own[0].span,
            )
        elif previous is not None and previous.dates and _linked(article.text, previous, sentence):
            dated = dataclasses.replace(previous, span=sentence, basis="inherited")
        else:
            dated = SentenceDate(
                span=sentence,
                dates=(published,) if published else (),
                granularity="day" if published else "unknown",
                basis="publication" if published else "unknown",
            )
        out.append(dated)
        previous = dated if dated.basis in ("own", "inherited") else None
    return tuple(out)


def _linked(text: str, previous: SentenceDate, sentence: Span) -> bool:
    """True when the sentence continues the previous one's quote, or its paragraph and refers back.

    A quote often runs on in the next paragraph ("…," tambahnya); a reference
    back ("tersebut", "saat itu") only within the paragraph.
    """
    if _CONTINUES.search(sentence.text):
        return True
    between = text[previous.span.end : sentence.start]
    return "\n" not in between.strip(" \t") and _REFERS.search(sentence.text) is not None
