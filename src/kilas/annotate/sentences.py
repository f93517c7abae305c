"""Sentences and tokens for Indonesian news text.

:func:`token_spans` is a rule tokenizer tuned on UD Indonesian (GSD, CSUI): it
keeps numbers (``7.000``, ``57,8``, ``06.18``), reduplications
(``negara-negara``), domains (``Liputan6.com``), initials (``B.``) and known
abbreviations (``Dr.``, ``Jl.``, ``S.H.``) whole. :func:`sentence_spans` splits
one block of text (a paragraph or a heading) at sentence-final punctuation
unless it ends an abbreviation, an initial or a number, or the next word goes
on in lower case; a closing quote and the speech cue after it (``"…," kata
X.``) stay with their sentence. The ``sentences`` stage never lets a sentence
cross a paragraph or heading boundary.

Accuracy (``bench/ner.py --sentences``, UD Indonesian GSD dev+test and CSUI
test) is recorded in BENCHMARKS.md under "Named entities".
"""

from __future__ import annotations

import dataclasses
import re

from kilas.model import Article, Span
from kilas.pipeline import stage

# Abbreviations that precede a name or a number and never end a sentence.
_TITLES = (  # noqa: SIM905 - a word list reads best as one string
    "Dr Dra Drs Prof Ir H Hj KH Jl Jln No Rp Kol Jend Jen Brigjen Mayjen Letjen Laksma "
    "Laksda Marsma Marsda Kapt Kompol AKBP AKP Kombes Irjen Komjen Ipda Iptu Bripda "
    "Briptu Sdr Sdri Bpk Tn Ny Nn St Yth Prov Gg Mr Mrs Ms Ust Ustaz Pdt Hlm hlm Tgl tgl "
    "Kav Telp Fax Vol vol no Jr Sr Lt Sgt Capt Adm Feb Peb Apr Agu Agt Ags Sep Sept Okt "
    "Nov Nop Pte"
).split()
# Abbreviations that may end a sentence: they end one when a capital follows.
_FINALS = "dll dsb dst dkk Tbk tbk Ltd Inc Co Corp Bhd LLC etc al".split()  # noqa: SIM905 - as above

_ABBREVIATION = "|".join(sorted({*_TITLES, *_FINALS}, key=len, reverse=True))
_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)[^\s"'<>()\[\]]*[^\s"'<>()\[\].,;:!?]   # URL
    | [\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+                        # e-mail
    | \w+(?:\.\w+)*\.(?:com|co\.id|or\.id|go\.id|ac\.id|net|org|id)(?![\w])  # domain
    | (?<![\w.])(?:[A-Za-z]\.){2,}                              # S.H., a.n., U.S.
    | (?<![\w.])(?:[A-Z][a-z]?\.)+[A-Z][a-z]{0,2}(?![\w])       # M.Si, S.Kom, Ph.D
    | (?<![\w.])(?:"""
    + _ABBREVIATION
    + r""")\.(?![\w])                                           # Dr., Jl., dll.
    | (?<![\w.])[A-Z]\.(?=\s+[A-Z(])                            # initial: Susilo B. Yudhoyono
    | Rp(?=\s?\d) | US\$ | S\$
    | \d+(?:[.,:/]\d+)+(?![\w])                                 # 7.000  57,8  06.18  17/10
    | \d+(?=[-–]\d)                                             # 2014-2019: a range splits
    | \w+(?:[-'’]\w+)*                                          # words, reduplications
    | \.{2,} | -{2,}
    | \S
    """,
    re.VERBOSE,
)

_QUOTES_CLOSE = "\"'”’»)]"
# A sentence-final mark, then any closing quotes or brackets, then a space.
_END = re.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’»)\]]*(?=\s|$)")
_FINAL_ABBREVIATIONS = frozenset(a.lower() for a in _FINALS)
_TITLE_ABBREVIATIONS = frozenset(_TITLES)
_LINE = re.compile(r"[^\n]+")


def token_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character span of every token in ``text``.

    Whitespace is never part of a token; spans are in order and never overlap.
    """
    return [m.span() for m in _TOKEN.finditer(text)]


def _word_before(text: str, end: int) -> str:
    """The run of non-space characters that ends at ``end`` (the mark included)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_boundary(text: str, mark_start: int, mark_end: int, nxt: int) -> bool:
    """Whether the sentence-final mark at ``[mark_start, mark_end)`` ends a sentence."""
    if nxt >= len(text):
        return True
    follower = text[nxt]
    if follower.islower() or follower in ",;:)]":
        return False
    mark = text[mark_start:mark_end].rstrip(_QUOTES_CLOSE)
    if mark != ".":
        return True  # ?, !, ellipsis: only a lower-case follower continues the sentence
    if text[mark_end - 1] in _QUOTES_CLOSE:
        return True  # ." closes a quoted sentence
    word = _word_before(text, mark_start + 1)[:-1].lstrip("\"'“‘«([")
    if word in _TITLE_ABBREVIATIONS or re.fullmatch(r"[A-Z]", word):
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]|(?:[A-Z][a-z]?\.)+[A-Z][a-z]{0,2}", word):
        return False  # S.H., a.n., U.S., M.Si., Ph.D.
    return not (word.lower() in _FINAL_ABBREVIATIONS and not follower.isupper())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` span of every sentence in ``text``.

    Spans exclude surrounding whitespace, are in order and never overlap; every
    non-space character of ``text`` lies in exactly one span. Lines and blank
    lines are boundaries unless the next line goes on in lower case, so
    headlines and datelines on their own line are sentences of their own.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        start = line_start
        for m in _END.finditer(text, line_start, line_end):
            nxt = m.end()
            while nxt < line_end and text[nxt].isspace():
                nxt += 1
            if _is_boundary(text, m.start(), m.end(), nxt if nxt < line_end else len(text)):
                spans.append((start, m.end()))
                start = nxt
        if start < line_end:
            spans.append((start, line_end))
    return [s for s in spans if s[0] < s[1]]


def _lines(text: str) -> list[tuple[int, int]]:
    """Stripped non-empty lines; a line going on in lower case joins the one before."""
    lines: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if lines and _continues(text, lines[-1][1], start):
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((start, end))
    return lines


def _continues(text: str, prev_end: int, start: int) -> bool:
    """Whether a line at ``start`` continues the sentence of the line ending at ``prev_end``."""
    if not text[start].islower() or text[prev_end - 1] in '.!?…"”':
        return False
    return text.count("\n", prev_end, start) < 2


def _blocks(article: Article) -> list[tuple[int, int]]:
    """Paragraph and heading spans when the cleaner set them, else the whole text."""
    blocks = sorted({(s.start, s.end) for s in (*article.paragraphs, *article.headings)})
    return blocks or [(0, len(article.text))]


@stage("sentences", requires={"text"}, assigns={"sentences"})
def split_sentences(article: Article) -> Article:
    """Return the article with ``sentences`` set: one span per sentence, in order.

    Sentences never cross a paragraph or heading the cleaner marked; without
    them, lines and blank lines bound sentences (see :func:`sentence_spans`).
    Text outside every paragraph and heading gets no sentence.
    """
    text = article.text
    found: list[Span] = []
    last = 0
    for block_start, block_end in _blocks(article):
        block_start = max(block_start, last)
        if block_start >= block_end:
            continue
        for start, end in sentence_spans(text[block_start:block_end]):
            found.append(Span.of(text, block_start + start, block_start + end))
        last = block_end
    return dataclasses.replace(article, sentences=tuple(found))
