"""Quotes: who said what, to whom, when.

The ``quotes`` stage finds direct quotes (the words inside quotation marks)
and indirect ones (the clause after ``X mengatakan (bahwa)``, ``menurut X,``),
and attributes each to a speaker with the medium it was given to or taken
from ("kepada CCTV", "dikutip dari AFP") and the date the text prints.

Contract:

- A direct quote's span is the text inside the marks; an indirect quote's span
  is the reported clause up to the end of its sentence.
- A quoted phrase with no speech cue in its sentence is a label or a scare
  quote ("Power of Siberia 2", 'teman baik') and is not reported, unless it is
  a whole sentence: a quote paragraph without a cue continues the previous
  speaker (of a quote or of the reported speech just before it), or with no one
  before it takes the cue of the quote paragraph right after it; a
  whole-sentence quote with no speaker is reported with ``speaker=None``
  (unattributed, never guessed). A single word or a title-case name in quotes
  inside a sentence ("Orange The World") is a term, whatever the cue.
- Words written on something ("…," demikian tertulis), a nickname inside a
  name (Hendrik “ Acheo ” Lyanto) and refused or negated speech ("enggan
  menyebutkan …") are not quotes.
- Speakers are full names when the article gives one ("Putin" → "Vladimir
  Putin", "Jokowi" → "Joko Widodo", "Menperin" → the Menteri Perindustrian it
  names), from the ``mentions`` layer when it exists, else from capitalised
  words; role words, ranks, short titles ("Kadiskes"), degrees and a place or
  firm named before a person are not part of a name; pronouns, ``-nya`` and a
  title alone go to the latest speaker before them, read in text order once
  reported speech is known; a group ("keduanya") or an unnamed source
  ("seorang pejabat", "pemerintah") is no identifiable speaker.
- ``via``: a medium the words were given to ("kepada X") wins over one that
  relayed them ("dilansir Y"). ``date``: ISO when the printed date resolves
  against the article's date, else the printed words; ``date_span`` where.
- Only the text is required: without a ``sentences`` layer the stage splits
  sentences itself (:mod:`kilas.annotate.quote_sentences`).

Accuracy and speed are recorded in BENCHMARKS.md under "Quotes".
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from kilas.annotate.quote_cues import Cue, cue_after, cue_before
from kilas.annotate.quote_indirect import find_indirect
from kilas.annotate.quote_marks import Quoted, find_quoted
from kilas.annotate.quote_names import is_name_word
from kilas.annotate.quote_sentences import article_sentences
from kilas.annotate.quote_speakers import Speakers, span_of
from kilas.lang.id.speech import SAY_VERBS
from kilas.model import Article, Quote, Span
from kilas.pipeline import stage

__all__ = ["QuoteSettings", "find_quotes"]

# Words after which a quoted phrase is a name or a term, never someone's words.
_LABEL_WORDS = frozenset(
    {
        "sebagai",
        "disebut",
        "istilah",
        "julukan",
        "dijuluki",
        "bernama",
        "berjudul",
        "bertajuk",
        "bertema",
        "tagar",
        "program",
        "operasi",
        "proyek",
        "pipa",
        "slogan",
        "jargon",
    }
)


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'-]+\s*$")
_NAME_AFTER = re.compile(r"\s+([A-Z][\w'-]+)")
Read = tuple[Quote, int | None]  # a quote, and where its pronoun was read (None: named)
_QUOTE_STOPS = frozenset(".,!?;:…")
_TITLE_WORDS = 6
_SUBJECT_PRONOUNS = frozenset({"ia", "dia", "beliau"})
_BETWEEN = frozenset(' .!?\n"“«')
_WRITTEN = re.compile(r"[\s,]*(?:demikian\s+|begitu\s+)?(?:tertulis|bunyi|berbunyi)\b")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSettings:
    """Options of the ``quotes`` stage."""

    indirect: bool = True
    """Report indirect speech ("X mengatakan bahwa …") as well as quoted words."""
    min_unattributed_words: int = 5
    """A quote with no identified speaker is reported only from this many words."""


@dataclasses.dataclass(slots=True)
class _Passage:
    """A quoted passage being attributed."""

    quoted: Quoted
    paragraph: int
    sentence: tuple[int, int]
    starts_sentence: bool
    cue: Cue | None = None
    continued: bool = False


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    """Paragraph spans: the cleaner's, else the text's lines."""
    if article.paragraphs:
        return sorted((p.start, p.end) for p in article.paragraphs)
    spans, pos = [], 0
    for line in article.text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _sentence_at(sentences: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    """Index of the sentence holding ``pos`` (-1 when none does); sentences in text order."""
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < sentences[i][1] else -1


def _passages(article: Article) -> list[_Passage]:
    """Every quoted passage with its paragraph and the sentence(s) around it."""
    text = article.text
    sentences = sorted((s.start, s.end) for s in article.sentences)
    starts = [start for start, _ in sentences]
    out: list[_Passage] = []
    for index, (p_start, p_end) in enumerate(_paragraphs(article)):
        for quoted in find_quoted(text, p_start, p_end):
            first = _sentence_at(sentences, starts, quoted.outer_start)
            last = _sentence_at(sentences, starts, max(quoted.outer_end - 1, quoted.outer_start))
            s_start = sentences[first][0] if first >= 0 else p_start
            s_end = sentences[last][1] if last >= 0 else p_end
            s_start, s_end = max(s_start, p_start), min(max(s_end, quoted.outer_end), p_end)
            lead = text[s_start : quoted.outer_start].strip(" -–—")
            out.append(_Passage(quoted, index, (s_start, s_end), not lead))
    return out


def _attribute(passages: list[_Passage], speakers: Speakers, anchor: dt.date | None) -> None:
    """Give each passage the cue after it, else the one before it, in its sentence."""
    for i, passage in enumerate(passages):
        s_start, s_end = passage.sentence
        after_end, before_start = s_end, s_start
        later = [p for p in passages[i + 1 :] if not p.quoted.single]
        if later and later[0].quoted.outer_start < s_end:
            after_end = later[0].quoted.outer_start
        earlier = [p for p in passages[:i] if not p.quoted.single]
        if earlier and earlier[-1].quoted.outer_end > s_start:
            before_start = earlier[-1].quoted.outer_end
        q = passage.quoted
        passage.cue = cue_after(speakers, q.outer_end, after_end, anchor)
        if passage.cue is None:
            passage.cue = cue_before(speakers, before_start, q.outer_start, anchor)
        if passage.cue is None and passage.starts_sentence:
            passage.cue = _announced(speakers, q.outer_start, anchor)
        if passage.cue is not None:
            speakers.remember(q.start, passage.cue.speaker)


def _announced(speakers: Speakers, open_at: int, anchor: dt.date | None) -> Cue | None:
    """ "Anita Abdulkadir kepada DailySocial menjelaskan:" ¶ “…”: a cue closing the paragraph
    before with a colon announces the quote that opens the next one."""
    text = speakers.text
    colon = len(text[:open_at].rstrip())
    if colon < 1 or text[colon - 1] not in ":.":
        return None
    start = max(text.rfind("\n", 0, colon - 1), text.rfind(". ", 0, colon - 1)) + 1
    if text[colon - 1] == ".":
        # "Dalam pernyataannya, Facebook mengatakan. “…”": a speech verb just before
        last = text[start : colon - 1].split()[-1:]
        if "\n" in text[colon:open_at] or not last or last[0].lower() not in SAY_VERBS:
            return None
    elif "\n" not in text[colon:open_at]:
        return None
    return cue_before(speakers, start, colon - 1, anchor)


def _share(passages: list[_Passage]) -> None:
    """Quotes in one sentence share its cue; a cue-less quote paragraph continues."""
    for i in range(len(passages) - 2, -1, -1):
        here, nxt = passages[i], passages[i + 1]
        if here.cue is None and nxt.cue is not None:
            same_sentence = here.sentence == nxt.sentence
            chained = not here.quoted.closed and nxt.paragraph == here.paragraph + 1
            if same_sentence or chained:
                here.cue, here.continued = nxt.cue, chained
    for i in range(1, len(passages)):
        prev, here = passages[i - 1], passages[i]
        if here.cue is not None or prev.cue is None or prev.quoted.single:
            continue
        same_sentence = here.sentence == prev.sentence
        follows = here.starts_sentence and here.paragraph - prev.paragraph <= 1
        if same_sentence or follows:
            here.cue, here.continued = prev.cue, True
    _share_back(passages)


def _share_back(passages: list[_Passage]) -> None:
    """“Podium kemarin …” ¶ “Saat ini …,” ujar Lorenzo: with no one before, the next cue's."""
    for i in range(len(passages) - 2, -1, -1):
        here, nxt = passages[i], passages[i + 1]
        uncued = here.cue is None and here.starts_sentence and not here.quoted.single
        cued = nxt.cue is not None and not nxt.continued and nxt.starts_sentence
        if uncued and cued and nxt.paragraph == here.paragraph + 1:
            here.cue, here.continued = nxt.cue, True


def _is_label(text: str, open_at: int) -> bool:
    """A quoted name or term after a naming word ("disebut", "sebagai", "bertajuk")."""
    before = text[max(0, open_at - 20) : open_at].split()
    return bool(before) and before[-1].lower() in _LABEL_WORDS


def _is_nickname(text: str, quoted: Quoted) -> bool:
    """A nickname inside a name: Hendrik “ Acheo ” Lyanto, Muhammad "Uki" Ahmad."""
    if len(text[quoted.start : quoted.end].split()) > 2:
        return False
    before = _NAME_BEFORE.search(text, max(0, quoted.outer_start - 30), quoted.outer_start)
    after = _NAME_AFTER.match(text, quoted.outer_end)
    return before is not None and after is not None and is_name_word(after.group(1))


def _is_term(words: str) -> bool:
    """A name or a term in quotes inside a sentence, not someone's words.

    Title case without a stop ("Orange The World", "Bajul Ijo"), or a single
    word ("besar"); a phrase of common words can be a partial quote (“solusi
    politik”).
    """
    if words[-1] in _QUOTE_STOPS:
        return False
    parts = words.split()
    if len(parts) == 1:
        return True
    return len(parts) <= _TITLE_WORDS and all(p[0].isupper() or not p[0].isalpha() for p in parts)


def _is_written(text: str, close_at: int) -> bool:
    """Words written on something, not said ("…," demikian tertulis di kartu itu)."""
    return _WRITTEN.match(text, close_at) is not None


def _direct(article: Article, speakers: Speakers, settings: QuoteSettings) -> list[Read]:
    """The direct quotes of the article, attributed (with where a pronoun was read)."""
    text = article.text
    anchor = (
        dt.date.fromisoformat(article.date) if article.date and len(article.date) == 10 else None
    )
    passages = _passages(article)
    speakers.quoted_ranges([(p.quoted.start, p.quoted.end) for p in passages])
    _attribute(passages, speakers, anchor)
    _share(passages)
    quotes = []
    for passage in passages:
        own = passage.cue is not None and not passage.continued
        q, cue = passage.quoted, passage.cue
        n_words = len(text[q.start : q.end].split())
        name = cue.speaker.name if cue else None
        if (q.single and not passage.starts_sentence) or _is_label(text, q.outer_start):
            continue
        if _is_written(text, q.outer_end) or _is_nickname(text, q):
            continue
        if not passage.starts_sentence and _is_term(text[q.start : q.end]):
            continue
        if cue is None and not (passage.starts_sentence and not q.single):
            continue
        if name is None and n_words < settings.min_unattributed_words:
            continue
        if name is None and cue is not None and not passage.starts_sentence:
            continue
        quote = Quote(
            span=Span.of(text, q.start, q.end),
            kind="direct",
            speaker=name,
            speaker_span=None if cue is None or passage.continued else span_of(text, cue.speaker),
            via=cue.via if cue else None,
            cue=Span.of(text, *cue.cue) if cue and own else None,
            date=cue.date.value if cue and cue.date else None,
            date_span=Span.of(text, *cue.date.span) if cue and cue.date and own else None,
        )
        quotes.append((quote, cue.speaker.at if cue else None))
    return quotes


def _after_reported(text: str, direct: list[Quote], indirect: list[Quote]) -> list[Quote]:
    """An unattributed quote right after reported speech continues its speaker.

    "Menurut Alexander dana … 600 ribu euro." then “Dana tersebut …” with no cue.
    """
    ends = {quote.span.end: quote for quote in indirect}
    out = []
    for quote in direct:
        if quote.speaker is None:
            pos = quote.span.start
            while pos > 0 and text[pos - 1] in _BETWEEN:
                pos -= 1
            before = ends.get(pos)
            if before is not None and pos < quote.span.start:
                quote = dataclasses.replace(quote, speaker=before.speaker)
        out.append(quote)
    return out


def _after_pronoun_subject(
    article: Article, speakers: Speakers, direct: list[Quote]
) -> list[Quote]:
    """An unattributed quote opening a paragraph after a sentence whose subject is "ia",
    "dia" or "beliau" is that person's: "Ia pun berharap Jupe tetap semangat." ¶ “…”."""
    text = article.text
    starts = sorted(sentence.start for sentence in article.sentences)
    out = []
    for quote in direct:
        head = text[: quote.span.start].rstrip(' "“«')
        k = bisect.bisect_right(starts, len(head.rstrip()) - 1) - 1
        if quote.speaker is None and k >= 0 and head.endswith("\n"):
            first = text[starts[k] : starts[k] + 8].split()[:1]
            if first and first[0].lower() in _SUBJECT_PRONOUNS:
                quote = dataclasses.replace(quote, speaker=speakers.latest(starts[k]))
        out.append(quote)
    return out


@stage("quotes", requires={"text"}, assigns={"quotes"})
def find_quotes(article: Article, *, settings: QuoteSettings = QuoteSettings()) -> Article:
    """Return the article with ``quotes`` set: direct and indirect quotes, in text order.

    Uses the ``sentences`` and ``mentions`` layers when they are present;
    without them, a plain sentence split and capitalised names stand in. A
    quote whose speaker cannot be identified has ``speaker=None``.
    """
    work = article
    if not article.sentences and article.text:
        work = dataclasses.replace(article, sentences=article_sentences(article))
    speakers = Speakers(work)
    read = _direct(work, speakers, settings)
    if settings.indirect:
        read += find_indirect(work, speakers, [quote for quote, _ in read])
    answers = speakers.reread()
    quotes = [
        dataclasses.replace(quote, speaker=answers[at])
        if at is not None and answers[at] and answers[at] != quote.speaker
        else quote
        for quote, at in read
    ]
    direct = [quote for quote in quotes if quote.kind == "direct"]
    indirect = [quote for quote in quotes if quote.kind == "indirect"]
    direct = _after_reported(work.text, direct, indirect)
    quotes = _after_pronoun_subject(work, speakers, direct) + indirect
    quotes.sort(key=lambda quote: (quote.span.start, quote.span.end))
    return dataclasses.replace(article, quotes=tuple(quotes))
