"""The clean stage: raw text in, clean body text with headers parsed out.

Every non-blank raw line is a paragraph. A line is removed with a reason (page
furniture, a caption, a repeated paragraph, the title, a date line …), kept as
a heading, or kept as a body paragraph; a dateline prefix, a glued "Baca juga"
marker and a photo credit are cut from the line they start or end. Kept text
is copied verbatim from the raw text, so a :class:`~kilas.model.Segment` maps
each kept paragraph back to its raw offsets.
"""

from __future__ import annotations

import dataclasses

from kilas.clean.boilerplate import normalize_line
from kilas.clean.captions import short_line_kind
from kilas.clean.dates import parse_date_line
from kilas.clean.header import is_title_like, parse_dateline
from kilas.clean.lines import (
    is_bare_read_also,
    is_tags,
    line_reason,
    photo_credit,
    read_also,
)
from kilas.lang.id.outlets import known_outlet, outlet_for_url
from kilas.model import Article, PrintedDate, RemovedLine, Segment, Span
from kilas.pipeline import stage
from kilas.settings import CleanSettings

PARAGRAPH_SEPARATOR = "\n\n"
REPEAT_MIN_WORDS = 5
"""Shorter paragraphs may legitimately repeat ("Babak kedua") and are never dropped as repeats."""
LINK_MAX_WORDS = 16
"""Longest line taken for a link title in a list after "Baca juga:"."""
TAG_MAX_WORDS = 6
"""Longest line taken for a tag in a closing tag list."""
HEADER_LOOKAHEAD = 8
"""Lines after the first one searched for header evidence (date, dateline, widgets)."""
_SENTENCE_END = frozenset(".!?")


@dataclasses.dataclass(frozen=True, slots=True)
class Line:
    """A stripped non-blank raw line and its raw offsets."""

    start: int
    end: int
    text: str


@dataclasses.dataclass(slots=True)
class _Result:
    """What the line walk finds (private, mutable while the walk runs)."""

    settings: CleanSettings
    boilerplate: frozenset[str]
    kept: list[tuple[Line, str]] = dataclasses.field(default_factory=list)
    removed: list[RemovedLine] = dataclasses.field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    place: str | None = None
    published: PrintedDate | None = None
    body_seen: bool = False
    dateline_tried: bool = False
    link_lines: int = 0
    kept_keys: set[str] = dataclasses.field(default_factory=set)

    def remove(self, line: Line, reason: str) -> None:
        """Record ``line`` as removed for ``reason``."""
        self.removed.append(
            RemovedLine(raw_start=line.start, raw_end=line.end, text=line.text, reason=reason)
        )


@stage(
    "clean",
    requires={"raw"},
    assigns={
        "text",
        "paragraphs",
        "headings",
        "removed",
        "segments",
        "title",
        "outlet",
        "dateline",
        "published",
    },
)
def clean_article(
    article: Article,
    *,
    settings: CleanSettings = CleanSettings(),  # noqa: B008 - frozen, shared safely
    boilerplate: frozenset[str] = frozenset(),
) -> Article:
    """Remove page furniture from ``article.raw`` and parse its header.

    Returns a new article whose ``text`` is the body: kept paragraphs (headings
    included) joined by blank lines. ``paragraphs`` and ``headings`` are spans
    of it, ``segments`` map it back to ``raw``, and every removed line is kept
    in ``removed`` with its reason. Feed metadata (``title``, ``outlet``,
    ``published``) wins over what the text prints; what it lacks is filled in.
    Cleaning the clean text again changes nothing.
    """
    lines = split_lines(article.raw)
    result = _Result(settings=settings, boilerplate=boilerplate)
    for index, line in enumerate(lines):
        _walk(line, index, lines, article, result)
    _drop_trailing_tags(result)
    return _assemble(article, result)


def split_lines(raw: str) -> list[Line]:
    """Return the non-blank lines of ``raw``, stripped, with their raw offsets."""
    lines: list[Line] = []
    offset = 0
    for chunk in raw.splitlines(keepends=True):
        text = chunk.strip()
        if text:
            start = offset + chunk.index(text[0])
            lines.append(Line(start, start + len(text), text))
        offset += len(chunk)
    return lines


def _drop_trailing_tags(result: _Result) -> None:
    """Remove closing tag lists: a "Tags" line and only short lines after it, at the end."""
    start = _tags_start(result.kept)
    while start is not None:
        for tag, _ in result.kept[start:]:
            result.remove(tag, "tags")
        del result.kept[start:]
        start = _tags_start(result.kept)


def _tags_start(kept: list[tuple[Line, str]]) -> int | None:
    """Index of the kept line that opens a closing tag list, or None."""
    for index in range(len(kept) - 1, max(-1, len(kept) - 16), -1):
        line = kept[index][0]
        if is_tags(line.text):
            return index
        if len(line.text.split()) > TAG_MAX_WORDS:
            return None
    return None


def _walk(line: Line, index: int, lines: list[Line], article: Article, result: _Result) -> None:
    """Classify one line and record it as removed, heading or body."""
    text = line.text
    if result.boilerplate and normalize_line(text) in result.boilerplate:
        return result.remove(line, "learned-boilerplate")
    reason = line_reason(text)
    if reason is not None:
        return result.remove(line, reason)
    if _take_link(line, result):
        return None
    if not result.body_seen and _take_header(line, index, lines, article, result):
        return None
    credit = photo_credit(text)
    if credit is not None:
        if len(text[:credit].split()) <= result.settings.caption_max_words:
            return result.remove(line, "caption")
        kept, cut = _split(line, credit)
        result.remove(cut, "photo-credit")
        line = kept
    _keep(line, result)
    return None


def _take_header(
    line: Line, index: int, lines: list[Line], article: Article, result: _Result
) -> bool:
    """Remove a title or date line of the header; strip a dateline prefix. True when consumed."""
    is_first = not result.kept and result.title is None and not result.dateline_tried
    if is_first and _is_title(line, lines[index + 1 :], article):
        result.title = line.text
        result.remove(line, "title")
        return True
    printed = parse_date_line(line.text)
    if printed is not None:
        result.published = result.published or printed
        result.remove(line, "dateline-date")
        return True
    if result.dateline_tried:
        return False
    dateline = parse_dateline(line.text)
    if dateline is None:
        # Only the first body paragraph may open with a dateline; headlines come before it.
        result.dateline_tried = not is_title_like(line.text)
        return False
    result.dateline_tried = True
    result.outlet, result.place = dateline.outlet, dateline.place
    prefix, rest = _split(line, dateline.end)
    result.remove(prefix if rest.text else line, "dateline")
    if rest.text:
        _keep(rest, result)
    return True


def _is_title(line: Line, following: list[Line], article: Article) -> bool:
    """True when the first line is the title (the feed's, or a headline before header lines)."""
    if article.title is not None:
        return normalize_line(article.title) == normalize_line(line.text)
    if not is_title_like(line.text) or parse_date_line(line.text) is not None:
        return False
    for after in following[:HEADER_LOOKAHEAD]:
        if parse_date_line(after.text) is not None or line_reason(after.text) is not None:
            return True
        dateline = parse_dateline(after.text)
        if dateline is not None and dateline.outlet is not None:
            return True
        if len(after.text.split()) > 8 or after.text.rstrip()[-1:] in _SENTENCE_END:
            # A body sentence comes before any header line: this line opens the body.
            return False
    return False


def _take_link(line: Line, result: _Result) -> bool:
    """Remove a "Baca juga" link, or the link titles listed after a bare marker."""
    text = line.text
    resume = read_also(text)
    if resume is not None:
        result.link_lines = 5 if is_bare_read_also(text) else 0
        if resume >= len(text):
            result.remove(line, "read-also")
            return True
        marker, rest = _split(line, resume)
        result.remove(marker, "read-also")
        _keep(rest, result)
        return True
    if result.link_lines > 0:
        result.link_lines -= 1
        if len(text.split()) <= LINK_MAX_WORDS and text[-1] not in '.!?"”':
            result.remove(line, "read-also")
            return True
        result.link_lines = 0
    return False


def _keep(line: Line, result: _Result) -> None:
    """Keep a line as heading or body, unless it is a caption or a repeat."""
    kind = short_line_kind(line.text, max_words=result.settings.caption_max_words)
    if kind == "caption":
        return result.remove(line, "caption")
    key = normalize_line(line.text)
    if len(key.split()) >= REPEAT_MIN_WORDS and key in result.kept_keys:
        return result.remove(line, "repeated-paragraph")
    result.kept.append((line, kind or "body"))
    result.kept_keys.add(key)
    if kind != "heading":
        result.body_seen = True
    return None


def _split(line: Line, at: int) -> tuple[Line, Line]:
    """Split a line at ``at``; both parts stripped (the right one may be empty)."""
    left = line.text[:at].rstrip()
    right = line.text[at:]
    skip = len(right) - len(right.lstrip())
    right = right.strip()
    return (
        Line(line.start, line.start + len(left), left),
        Line(line.start + at + skip, line.start + at + skip + len(right), right),
    )


def _assemble(article: Article, result: _Result) -> Article:
    """Build the clean article from the kept lines and the header found."""
    pieces: list[str] = []
    paragraphs: list[Span] = []
    headings: list[Span] = []
    segments: list[Segment] = []
    offset = 0
    for line, kind in result.kept:
        if pieces:
            offset += len(PARAGRAPH_SEPARATOR)
        span = Span(start=offset, end=offset + len(line.text), text=line.text)
        (headings if kind == "heading" else paragraphs).append(span)
        segments.append(Segment(start=offset, raw_start=line.start, length=len(line.text)))
        pieces.append(line.text)
        offset = span.end
    outlet = article.outlet or result.outlet
    if outlet is None and article.url:
        outlet = outlet_for_url(article.url)
    return dataclasses.replace(
        article,
        text=PARAGRAPH_SEPARATOR.join(pieces),
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        segments=tuple(segments),
        removed=tuple(sorted(result.removed, key=lambda r: r.raw_start)),
        title=article.title or result.title,
        outlet=known_outlet(outlet) or outlet if outlet else None,
        dateline=result.place or article.dateline,
        published=article.published or result.published,
    )
