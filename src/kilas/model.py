"""Frozen records that flow through kilas.

Every record is a frozen, slotted, keyword-only dataclass holding tuples, never
lists. Stages return new records with :func:`dataclasses.replace`. Every record
has ``to_dict()`` / ``from_dict()``; the dict form is the stable JSON form,
versioned by :data:`SCHEMA_VERSION`.

Offsets are half-open character offsets into ``Article.text`` (the clean text)
unless a field says ``raw_``: those index ``Article.raw``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar

SCHEMA_VERSION = 1

R = TypeVar("R", bound="Record")


class Record:
    """Mixin giving dataclass records a stable dict form."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of this record (nested records included)."""
        out: dict[str, Any] = {}
        for name in _field_names(typing.cast(type, type(self))):
            value = getattr(self, name)
            out[name] = value if type(value) in _PLAIN else _dump(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build the record back from :meth:`to_dict` output.

        Raises:
            ValueError: a required field is missing or a value has the wrong shape.
        """
        kwargs: dict[str, Any] = {}
        for name, load in _plan(typing.cast(type, cls)):
            if name in data:
                value = data[name]
                kwargs[name] = value if load is None or value is None else load(value)
        try:
            return cls(**kwargs)
        except TypeError as e:
            raise ValueError(f"cannot build {cls.__name__} from dict: {e}") from e


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """Resolved type hints of a record class (type introspection, not data)."""
    return typing.get_type_hints(cls)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The field names of a record class, in order (type introspection, not data)."""
    return tuple(field.name for field in dataclasses.fields(cls))


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Types whose values are their own dict form (most fields): no isinstance chain for them."""


def _dump(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(members[0], value) if len(members) == 1 else value
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v) for v in value)
        return tuple(_load(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        _, vt = typing.get_args(hint)
        return {k: _load(vt, v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


Loader = Callable[[Any], Any]


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, Loader | None], ...]:
    """Each field of a record class with the loader of its hint (None: the value as it is)."""
    hints = _hints(cls)
    return tuple((f.name, _loader(hints[f.name])) for f in dataclasses.fields(cls))


@functools.cache
def _loader(hint: Any) -> Loader | None:
    """What :func:`_load` does for ``hint``, decided once per hint (None: the value as it is).

    A loader is called only with a value that is not None, as ``_load`` returns None for None.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return _loader(members[0]) if len(members) == 1 else None
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            each = _loader(args[0])
            if each is None:
                return tuple
            return lambda value: tuple([None if v is None else each(v) for v in value])
        return lambda value: tuple(_load(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        _, vt = typing.get_args(hint)
        return lambda value: {k: _load(vt, v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict
    return None


def content_id(*parts: str) -> str:
    """Return a stable 16-hex-digit id for the given content."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- spans


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Span(Record):
    """A half-open ``[start, end)`` character range and the text it covers."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span [{self.start}, {self.end}) has text of length {len(self.text)}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Return the span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])

    def matches(self, text: str) -> bool:
        """True when this span's text is ``text[start:end]``."""
        return text[self.start : self.end] == self.text


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Citation(Record):
    """Where a claim comes from: an article and a span of its clean text."""

    article_id: str
    start: int
    end: int
    outlet: str | None = None


# --------------------------------------------------------------------------- cleaning


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RemovedLine(Record):
    """A line the cleaner took out of the raw text, with why."""

    raw_start: int
    raw_end: int
    text: str
    reason: str


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Segment(Record):
    """A run of clean text copied verbatim from the raw text."""

    start: int
    raw_start: int
    length: int


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class PrintedDate(Record):
    """A publication date as printed on the page (or given by the feed).

    ``value`` is ISO 8601: ``2023-10-18T12:12:00+07:00`` when a time was
    printed, ``2023-10-18`` when only the day was.
    """

    value: str
    text: str
    timezone: str | None = None
    source: str = "text"  # "text" (read from the page) or "metadata" (feed field)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class InferredDate(Record):
    """A publication date inferred from the text when none was printed."""

    value: str | None  # ISO day, or None when the evidence is too weak
    earliest: str | None
    latest: str | None
    confidence: float
    evidence: tuple[Span, ...] = ()
    method: str = ""


# --------------------------------------------------------------------------- annotations


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Record):
    """A named-entity mention in an article."""

    span: Span
    label: str  # PER, ORG, LOC, GPE
    entity_id: str | None = None
    role: str | None = None
    name: str | None = None  # its full form in the article: "Putin" -> "Vladimir Putin"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr(Record):
    """A time expression and its calendar value.

    ``value`` never invents precision: "Februari 2022" is ``2022-02``.
    """

    span: Span
    value: str | None
    granularity: str  # time, day, week, month, season, year, range, unknown
    kind: str  # date, time, duration, set
    anchor: str | None = None
    confidence: float = 1.0
    evidence: str = ""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Quote(Record):
    """Words attributed to a speaker, directly or indirectly."""

    span: Span
    kind: str  # direct, indirect
    speaker: str | None
    speaker_span: Span | None = None
    entity_id: str | None = None
    via: str | None = None
    cue: Span | None = None
    date: str | None = None  # ISO when it resolves against the article's date, else as printed
    date_span: Span | None = None  # where the text gives that date ("Selasa (17/10)")


# --------------------------------------------------------------------------- article


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Article(Record):
    """One news article: raw input, clean text, metadata and annotation layers.

    ``id`` is a content hash of the raw text and its identifying metadata, so
    re-ingesting the same input yields the same id.
    """

    id: str
    source: str
    raw: str
    text: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    dateline: str | None = None
    published: PrintedDate | None = None
    inferred_date: InferredDate | None = None
    language: str = "id"
    removed: tuple[RemovedLine, ...] = ()
    segments: tuple[Segment, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    meta: dict[str, str] = dataclasses.field(default_factory=dict)
    layers: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        for span in self.spans():
            if not span.matches(self.text):
                raise ValueError(
                    f"article {self.id}: span [{span.start}, {span.end}) "
                    f"{span.text!r} does not match the clean text"
                )

    def spans(self) -> typing.Iterator[Span]:
        """Yield every span of every layer (for validation and display)."""
        yield from self.paragraphs
        yield from self.headings
        yield from self.sentences
        for mention in self.mentions:
            yield mention.span
        for time in self.times:
            yield time.span
        for quote in self.quotes:
            yield quote.span
            if quote.speaker_span is not None:
                yield quote.speaker_span
            if quote.cue is not None:
                yield quote.cue
            if quote.date_span is not None:
                yield quote.date_span

    def raw_offset(self, offset: int) -> int | None:
        """Map a clean-text offset to the raw-text offset it was copied from."""
        for seg in self.segments:
            if seg.start <= offset <= seg.start + seg.length:
                return seg.raw_start + (offset - seg.start)
        return None

    @property
    def date(self) -> str | None:
        """The best known publication day (printed first, then inferred), ISO."""
        if self.published is not None:
            return self.published.value[:10]
        if self.inferred_date is not None:
            return self.inferred_date.value
        return None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Rejected(Record):
    """An input that could not become an article, and why."""

    source: str
    reason: str
    code: str = "E000"
    line: int | None = None


# --------------------------------------------------------------------------- corpus


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Duplicate(Record):
    """A link between an article and another that shares its text.

    ``shared`` is the fraction of *this* article's shingles found in the other.
    ``relation`` is ``exact``, ``copy_of`` (this article re-publishes the
    other, which came first), ``copied_by`` or ``near`` (order unknown).
    """

    article_id: str
    other_id: str
    relation: str
    shared: float


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ParagraphDuplicate(Record):
    """A paragraph of an article found again in another article.

    ``paragraph`` and ``other_paragraph`` index each article's paragraphs
    (``Article.paragraphs``, else its blank-line blocks). ``shared`` is the
    fraction of this paragraph's shingles found in the other (1.0 when the
    normalized paragraphs are identical).
    """

    article_id: str
    paragraph: int
    other_id: str
    other_paragraph: int
    shared: float


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Alias(Record):
    """A surface form of an entity and how often it occurs."""

    name: str
    count: int


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Role(Record):
    """A role or title an entity is given in an article."""

    role: str
    citation: Citation


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Record):
    """A canonical entity merged from mentions across the corpus."""

    id: str
    name: str
    type: str
    aliases: tuple[Alias, ...] = ()
    roles: tuple[Role, ...] = ()
    salience: float = 0.0
    articles: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Story(Record):
    """Articles grouped by the event they cover."""

    id: str
    label: str
    articles: tuple[str, ...]
    start: str | None = None
    end: str | None = None
    outlets: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry(Record):
    """A dated event, described by a sentence from the text, with its sources."""

    date: str
    granularity: str
    description: str
    citations: tuple[Citation, ...]
    story_id: str | None = None
    score: float = 0.0


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence(Record):
    """One sentence of an extractive summary, verbatim from the text, with its sources.

    ``citations`` holds every article that told the same fact (the first is
    where ``text`` was taken from); ``speaker`` is set when the sentence
    reports someone's words.
    """

    text: str
    citations: tuple[Citation, ...]
    speaker: str | None = None
    date: str | None = None
    story_id: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class QuoteGroup(Record):
    """One quote as the corpus carries it: the same words in one or more articles.

    ``citations`` are in publication order; ``first_article`` is the earliest
    (the outlet that had it first).
    """

    text: str
    speaker: str | None
    kind: str  # direct, indirect
    via: str | None
    citations: tuple[Citation, ...]
    first_article: str
    date: str | None = None
    speaker_kind: str | None = None
    """``person``, ``organisation`` or ``place`` (a country or city speaking for its
    government: "Beijing", "Amerika Serikat"); None when unknown or unattributed."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class BriefArticle(Record):
    """One article as the briefing lists it, with how its date is known."""

    id: str
    source: str
    title: str | None
    outlet: str | None
    date: str | None
    date_kind: str  # printed, metadata, inferred, unknown
    date_evidence: str = ""
    copies: tuple[Duplicate, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class OutletCoverage(Record):
    """How much one outlet contributed to the pile, and when."""

    outlet: str
    articles: int
    first: str | None = None
    last: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Briefing(Record):
    """Everything a briefing shows; renderers only format this record."""

    title: str
    articles: tuple[BriefArticle, ...]
    outlets: tuple[OutletCoverage, ...]
    duplicates: tuple[Duplicate, ...] = ()
    stories: tuple[Story, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    removed_by_reason: dict[str, int] = dataclasses.field(default_factory=dict)
    first: str | None = None
    last: str | None = None
    overview: tuple[SummarySentence, ...] = ()
    story_summaries: dict[str, tuple[SummarySentence, ...]] = dataclasses.field(
        default_factory=dict
    )
    quotes: tuple[QuoteGroup, ...] = ()
    actors: tuple[Entity, ...] = ()
    schema_version: int = SCHEMA_VERSION


RECORDS: tuple[type[Record], ...] = (
    Span,
    Citation,
    RemovedLine,
    Segment,
    PrintedDate,
    InferredDate,
    Mention,
    TimeExpr,
    Quote,
    Article,
    Rejected,
    Duplicate,
    Alias,
    Role,
    Entity,
    Story,
    TimelineEntry,
    SummarySentence,
    BriefArticle,
    OutletCoverage,
    Briefing,
    ParagraphDuplicate,
    QuoteGroup,
)
