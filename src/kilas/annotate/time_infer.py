"""Infer an article's publication date from its own text when none is printed.

Evidence, strongest first:

1. weekday-plus-date pairs ("Selasa (17/10)"): Indonesian news dates the day
   it reports this way; the year is the one printed, or the one in which the
   day falls on that weekday among the years the text names. The article is
   taken to appear on that day or up to two days after (value: the day after);
   "hari ini, Selasa (17/10)" / "kemarin, Senin (16/10)" pins the day itself;
   "Sabtu (14/10) lalu" puts it two to seven days after.
   A day announced as upcoming ("akan" just before it or, for a date no one is
   quoted on, anywhere earlier in its sentence outside quotation marks, and
   after a speech verb a plan it reports; "mendatang", "esok" after it) is not
   a reported day; it bounds the weaker evidence below to the week before it.
2. full printed dates ("17 Oktober 2023"): the latest one not announced as
   upcoming bounds the date from below, weakly.
3. a relative statement about a dated event ("invasi ... lebih dari dua tahun
   lalu" with "invasinya ... pada Februari 2022"): the event date plus the
   amount gives an interval; the value is then the year covering most of it.
4. an anniversary of a founding year the text gives ("75 tahun ... sejak 1949").

A printed date its own weekday contradicts ("Kamis (14/8/2017)", a Monday) is
not evidence: one of the two is misprinted and nothing says which.

A date in the article's URL (``/2016/08/19/``), when there is one, comes
before all of these: it is the publisher's own record of the day.

When none applies the value is None ("unknown") rather than a guess. A printed
date always wins.
"""

from __future__ import annotations

import datetime as dt
import re

from kilas.annotate.time_calendar import add_months, make_date
from kilas.annotate.time_found import Found
from kilas.annotate.time_patterns import AGO_RE
from kilas.annotate.time_scan import said, scan, speech_end
from kilas.lang.id.time_words import parse_number
from kilas.model import Article, InferredDate, Span

PUBLICATION_LAG_DAYS = 1
"""Days between the latest reported day and publication, as the value (the interval allows 0–2)."""

_WEEKDAY_START = re.compile(
    r"(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)", re.IGNORECASE
)
_DEIXIS_WORDS = r"(?P<deixis>hari\s+ini|kemarin|besok|esok|lusa)"
_DEIXIS_BEFORE = re.compile(r"\b" + _DEIXIS_WORDS + r"\s*,?\s*\(?\s*$", re.IGNORECASE)
_DEIXIS_START = re.compile(_DEIXIS_WORDS + r"\s*,?\s*\(", re.IGNORECASE)
_DEIXIS_SHIFT = {"hari ini": 0, "kemarin": 1, "besok": -1, "esok": -1, "lusa": -2}
"""Days from a date to the writer's day, by the word that places it ("kemarin, Senin (12/8)")."""
_BAKAL = r"bakal(?!\s+(?:calon|cagub|cawagub|capres|cawapres|caleg)\b)"
""""bakal" as "will", not "bakal calon" (a candidate-to-be)."""
_FUTURE_CUE = re.compile(
    r"\b(?:akan|" + _BAKAL + r"|hendak|berencana|dijadwalkan|diagendakan|direncanakan|rencananya|"
    r"ditargetkan|mendatang|nanti|jelang|menjelang|besok|esok|lusa)\b",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(
    r"[^.,;!?\n]{0,25}?\b(?:mendatang|nanti|besok|esok|(?:pekan|minggu|bulan|tahun)\s+depan)\b",
    re.IGNORECASE,
)
_PLAN_NEXT = re.compile(r"\s+(?:akan|" + _BAKAL + r"|mau)\b", re.IGNORECASE)
"""A plan right after the date: "Senin (15/5) akan digelar", "Senin (15/5) mau kami terbitkan"."""
_PLAN_CUE = re.compile(
    r"\b(?:akan|" + _BAKAL + r"|hendak|berencana|"
    r"(?:di|men)jadwalkan|diagendakan|(?:di|me)rencanakan|rencananya|(?:pekan|minggu|bulan)\s+depan|"
    # a day an event was due on ("seharusnya digelar Minggu (18/2)") reports no past event
    r"(?:seharusnya|semestinya|sedianya)\s+(?:digelar|diadakan|dilaksanakan|dilangsungkan|"
    r"berlangsung))\b",
    re.IGNORECASE,
)
"""A plan or schedule anywhere in the sentence before a date no one is quoted on."""
_TOLD_TAIL = re.compile(r"\bkepada\s+[A-Z][\w.\-]*(?:[ ,]+[A-Z][\w.\-]*)*\s*,\s*$")
"""A date after "kepada Kompas.com, " is when the writer was told, not a plan's day."""
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
"""A quotation: the speaker's plans, not the date's."""
UPCOMING_REACH = 60
"""Characters before a date searched for a word announcing it ("akan", "dijadwalkan")."""
SENTENCE_REACH = 200
"""Characters before a date, up to its sentence start, searched for a plan (:data:`_PLAN_CUE`)
when the date is not a statement's ("…, kata Ali, Senin (12/8)")."""
LAST_WEEK_LAG_DAYS = 2
"""Days from a reported day the text calls past ("Sabtu (13/5) lalu") to publication, the
value and the least: the day before publication would be "kemarin"; at most a week back."""
_LAST_WEEK = re.compile(
    r"\s*(?:(?:dini|pagi|siang|sore|malam)(?:\s+hari)?\s+)?(?:yang\s+)?lalu\b", re.IGNORECASE
)
ANNOUNCED_WITHIN_DAYS = 7
"""An upcoming day named by its weekday ("Sabtu (3/6)") lies at most this many days ahead
(and a past one, "Sabtu (3/6) lalu", this many days back)."""
UPCOMING_METHOD = "upcoming-weekday-date"
ANNOUNCED_LEAD_DAYS = 1
"""Days from publication to the first announced day, when the text reports no day of its own."""
MAX_AGO_MONTHS = 25 * 12
"""An "N tahun lalu" further back than this is history ("6.000 tahun yang lalu"), not a date
for the report: it is not used to date the publication."""
_AGO = re.compile(r"(?<!\w)" + AGO_RE, re.IGNORECASE)
_ANNIVERSARY = re.compile(
    r"(?<!\w)(?P<n>\d{1,3})\s+tahun\b[^.!?\n]{0,80}?\b(?:sejak|didirikan|berdiri|dibentuk|lahir)"
    r"\s+(?:pada\s+)?(?:tahun\s+)?(?P<year>1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/(20\d\d)/([01]\d)/([0-3]\d)/|/(20\d\d)([01]\d)([0-3]\d)\d{4,6}")
_WEEKDAY_MISMATCH = "does not match"
"""In a hit's evidence: the printed weekday is not the printed date's (time_absolute)."""
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d\d){0,2}$")
_STOP = frozenset(
    {
        "yang",
        "dengan",
        "untuk",
        "dalam",
        "pada",
        "dari",
        "telah",
        "akan",
        "oleh",
        "belum",
        "sudah",
        "secara",
        "sebelum",
        "setelah",
        "bahwa",
        "tahun",
        "lalu",
    }
)


def infer_published(article: Article) -> InferredDate:
    """Return the article's publication date, printed if it is, else inferred from the text.

    Returns:
        An :class:`InferredDate` with the value (an ISO day, an ISO year when
        only the year is known, or None for unknown), the interval it lies in,
        the spans of the evidence, a confidence and the method used.
    """
    if article.published is not None:
        day = article.published.value[:10]
        return InferredDate(value=day, earliest=day, latest=day, confidence=1.0, method="printed")
    from_url = _from_url(article.url)
    if from_url is not None:
        return from_url
    text = article.text
    found = [f for f in scan(text, None) if f.kind in ("date", "time") and consistent(f)]
    inferred = _from_weekday_dates(text, found)
    if inferred is not None:
        return inferred
    return weaker_evidence(text, found)


def consistent(found: Found) -> bool:
    """False for a printed date its own weekday contradicts ("Kamis (14/8/2017)", a Monday).

    One of the two is misprinted and nothing says which, so it dates nothing.
    """
    return _WEEKDAY_MISMATCH not in found.evidence


UNKNOWN = InferredDate(value=None, earliest=None, latest=None, confidence=0.0, method="unknown")


def weaker_evidence(text: str, found: list[Found]) -> InferredDate:
    """The date the weaker evidence gives (full dates, "N tahun lalu", anniversaries).

    A weekday-plus-date announced as upcoming ("akan digelar Sabtu (3/6)")
    names a day of the coming week, so the article appears in the week before
    it: a date the weaker evidence gives outside that week is not used, and
    without one the week before the first announced day is the answer
    (:func:`_before_announced`).
    """
    announced: list[Found] | None = None  # computed once, when first needed
    for method in (_from_full_dates, _from_relative, _from_anniversary):
        inferred = method(text, found)
        if inferred is None:
            continue
        if announced is None:
            announced = _announced(text, found)
        if not announced or _week_before(inferred, min(f.day for f in announced if f.day)):
            return inferred
    if announced is None:
        announced = _announced(text, found)
    return _before_announced(text, announced) if announced else UNKNOWN


def _announced(text: str, found: list[Found]) -> list[Found]:
    """The weekday-plus-dates the text announces as upcoming."""
    return [f for f in _weekday_dated(text, found) if f.day and _upcoming(text, f)]


def _before_announced(text: str, announced: list[Found]) -> InferredDate:
    """Publication in the week before the first day the text announces ("akan digelar Sabtu (3/6)").

    News announces a match or a hearing mostly the day before or on the day,
    so the value is the day before, at a lower confidence than a reported day.
    """
    first = min(announced, key=lambda f: f.day or dt.date.max)
    assert first.day is not None  # only hits with a day are announced
    return InferredDate(
        value=(first.day - dt.timedelta(days=ANNOUNCED_LEAD_DAYS)).isoformat(),
        earliest=(first.day - dt.timedelta(days=ANNOUNCED_WITHIN_DAYS)).isoformat(),
        latest=first.day.isoformat(),
        confidence=min(0.5, first.confidence),
        evidence=(_span(text, first),),
        method=UPCOMING_METHOD,
    )


def _week_before(inferred: InferredDate, announced: dt.date) -> bool:
    """True when an inferred day (or year) can lie in the week before an announced day."""
    value = inferred.value or ""
    if len(value) < 10:
        return value == str(announced.year)
    lag = (announced - dt.date.fromisoformat(value[:10])).days
    return 0 <= lag <= ANNOUNCED_WITHIN_DAYS


def _from_url(url: str | None) -> InferredDate | None:
    """The day a news URL carries (``/2016/08/19/``, ``/20160824…``): the publisher's own date."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    parts = [int(g) for g in match.groups() if g is not None]
    day = make_date(parts[0], parts[1], parts[2])
    if day is None:
        return None
    value = day.isoformat()
    return InferredDate(value=value, earliest=value, latest=value, confidence=0.9, method="url")


def _upcoming(text: str, found: Found) -> bool:
    """True when the text announces the day as upcoming.

    "laga ... Jumat (16/9) dini hari WIB mendatang", "akan digelar pada Senin
    (15/5)"; not a statement's date ("akan naik, kata Ali, Senin (12/8)",
    "… kepada Kompas.com, Senin (12/8)"): that is when it was said. A venue
    before the date ("akan menghadapi Feyenoord di Stadion Old Trafford, Kamis
    (24/11)") is the plan's place, not a statement's.
    """
    if _FUTURE_AFTER.match(text, found.end) or _PLAN_NEXT.match(text, found.end):
        return True
    sentence = re.split(r"[.!?\n]\s", text[max(0, found.start - SENTENCE_REACH) : found.start])[-1]
    unquoted = re.split(r"[\"“”]", _QUOTED.sub(" ", sentence))[-1]  # after a quote's lone end
    heard = speech_end(unquoted)
    if heard:  # "Ia menjelaskan penyidik menjadwalkan pemanggilan pada Selasa (30/1)"
        return _PLAN_CUE.search(unquoted, heard) is not None
    if said(text, found.start):
        return False
    clause = re.split(r"[.!?;\n]", text[max(0, found.start - UPCOMING_REACH) : found.start])[-1]
    if _FUTURE_CUE.search(clause) is not None:
        return True
    if _TOLD_TAIL.search(unquoted):
        return False
    return _PLAN_CUE.search(unquoted) is not None


def _span(text: str, found: Found) -> Span:
    """The evidence span of a hit."""
    return Span.of(text, found.start, found.end)


def _from_weekday_dates(text: str, found: list[Found]) -> InferredDate | None:
    """The latest reported weekday-plus-date, plus the usual publication lag.

    A weekday-plus-date the text places from the writer's day ("hari ini,
    Selasa (13/9)", "besok, Rabu (14/9)") pins the publication day itself, when
    no reported day lies after it.
    """
    dated = _weekday_dated(text, found)
    days = [f for f in dated if not _upcoming(text, f) and _WEEKDAY_START.match(text, f.start)]
    latest = max(days, key=lambda f: f.day or dt.date.min) if days else None
    pinned = _pinned_by_deixis(text, dated)
    if pinned is not None and (latest is None or (latest.day and latest.day <= pinned[0])):
        day, evidence = pinned
        return InferredDate(
            value=day.isoformat(),
            earliest=day.isoformat(),
            latest=day.isoformat(),
            confidence=0.9,
            evidence=(_span(text, evidence),),
            method="weekday-date+deixis",
        )
    if latest is None or latest.day is None:
        return None
    return _after_latest(text, latest.day, [f for f in days if f.day == latest.day])


def _after_latest(text: str, day: dt.date, hits: list[Found]) -> InferredDate:
    """Publication after the latest reported day: the usual lag, or more after "lalu"."""
    low, lag, high = 0, PUBLICATION_LAG_DAYS, 2
    if all(_LAST_WEEK.match(text, f.end) for f in hits):
        low = lag = LAST_WEEK_LAG_DAYS
        high = ANNOUNCED_WITHIN_DAYS
    return InferredDate(
        value=(day + dt.timedelta(days=lag)).isoformat(),
        earliest=(day + dt.timedelta(days=low)).isoformat(),
        latest=(day + dt.timedelta(days=high)).isoformat(),
        confidence=min(0.9, min(f.confidence for f in hits)),
        evidence=tuple(_span(text, f) for f in hits),
        method="weekday-date",
    )


def _weekday_dated(text: str, found: list[Found]) -> list[Found]:
    """The hits that are a weekday-plus-date with a known day ("Selasa (17/10)", "kemarin, (…)")."""
    return [
        f
        for f in found
        if f.day is not None
        and f.granularity in ("day", "time")
        and (_WEEKDAY_START.match(text, f.start) or _DEIXIS_START.match(text, f.start))
    ]


def _pinned_by_deixis(text: str, dated: list[Found]) -> tuple[dt.date, Found] | None:
    """The publication day a "hari ini / kemarin / besok" before a weekday-plus-date gives."""
    pins = []
    for found in dated:
        head = _DEIXIS_START.match(text, found.start) or _DEIXIS_BEFORE.search(
            text, max(0, found.start - 20), found.start
        )
        if head is not None and found.day is not None:
            shift = _DEIXIS_SHIFT[" ".join(head["deixis"].lower().split())]
            pins.append((found.day + dt.timedelta(days=shift), found))
    return max(pins, key=lambda pin: pin[0]) if pins else None


def latest_weekday_date(text: str, found: list[Found]) -> InferredDate | None:
    """The weekday-plus-date rule on hits resolved elsewhere (the corpus stage pins their year)."""
    return _from_weekday_dates(text, found)


def upcoming(text: str, found: Found) -> bool:
    """True when the clause before the expression announces it as upcoming ("akan")."""
    return _upcoming(text, found)


def _from_full_dates(text: str, found: list[Found]) -> InferredDate | None:
    """The latest printed full date not announced as upcoming: a weak lower bound."""
    days = [
        f
        for f in found
        if f.day is not None and f.evidence.startswith("printed") and not _upcoming(text, f)
    ]
    if not days:
        return None
    latest = max(days, key=lambda f: f.day or dt.date.min)
    assert latest.day is not None  # filtered above
    return InferredDate(
        value=latest.day.isoformat(),
        earliest=latest.day.isoformat(),
        latest=(latest.day + dt.timedelta(days=30)).isoformat(),
        confidence=0.4,
        evidence=(_span(text, latest),),
        method="latest-date",
    )


def _content_words(text: str) -> set[str]:
    """Six-letter stems of the content words of a snippet (links "invasi" and "invasinya")."""
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def _from_relative(text: str, found: list[Found]) -> InferredDate | None:
    """A dated event the text also places "N tahun lalu": event + N, as an interval."""
    dated = [
        f
        for f in found
        if f.evidence.startswith("printed") and f.value and _CALENDAR_VALUE.match(f.value)
    ]
    for match in _AGO.finditer(text):
        unit = match["unit"].lower()
        amount = 1.0 if match["se"] else parse_number(match["n"] or "")
        if unit not in ("tahun", "bulan") or amount is None or not dated:
            continue
        words = _content_words(text[max(0, match.start() - 80) : match.start()])
        scored = [
            (len(words & _content_words(text[max(0, f.start - 80) : f.start])), f) for f in dated
        ]
        overlap, event = max(scored, key=lambda s: s[0])
        if overlap == 0:
            continue
        months = round(amount * (12 if unit == "tahun" else 1))
        if months > MAX_AGO_MONTHS:
            continue
        inferred = _shifted(text, event, match, months, (match["hedge"] or "").lower())
        if inferred.earliest is not None and inferred.earliest > dt.date.today().isoformat():
            continue
        return inferred
    return None


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO day, month or year."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = add_months(dt.date(parts[0], parts[1], 1), 1)
        return dt.date(parts[0], parts[1], 1), dt.date(year, month, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _plus_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (clamped to the 28th when needed)."""
    year, month = add_months(day, months)
    return make_date(year, month, day.day) or dt.date(year, month, 28)


def _shifted(
    text: str, event: Found, match: re.Match[str], months: int, hedge: str
) -> InferredDate:
    """Publication interval of "event happened ``months`` before", per the hedge."""
    first, last = _bounds(event.value or "")
    low, high = months, months
    if hedge.startswith("lebih"):
        high = months + (12 if months >= 12 else 1)
    elif hedge == "kurang dari":
        low = max(0, months - (12 if months >= 12 else 1))
    elif hedge:
        low, high = months - 1, months + 1
    earliest, latest = _plus_months(first, low), _plus_months(last, high)
    return _year_value(
        earliest,
        latest,
        0.6,
        (_span(text, event), Span.of(text, *match.span())),
        "relative-to-dated-event",
    )


def _year_value(
    earliest: dt.date, latest: dt.date, confidence: float, evidence: tuple[Span, ...], method: str
) -> InferredDate:
    """An interval whose value is the year covering most of it (None if it spans over a year)."""
    years: dict[int, int] = {}
    day = earliest
    while day <= latest and (day - earliest).days < 800:
        years[day.year] = years.get(day.year, 0) + 1
        day += dt.timedelta(days=1)
    best = max(years, key=lambda y: years[y])
    total = (latest - earliest).days + 1
    value = str(best) if total <= 400 and years[best] * 2 > total else None
    return InferredDate(
        value=value,
        earliest=earliest.isoformat(),
        latest=latest.isoformat(),
        confidence=confidence if value else 0.2,
        evidence=evidence,
        method=method,
    )


def _from_anniversary(text: str, found: list[Found]) -> InferredDate | None:
    """ "75 tahun ... sejak 1949": the year of the anniversary, when the text gives the founding."""
    match = _ANNIVERSARY.search(text)
    if match is None:
        return None
    year = int(match["year"]) + int(match["n"])
    return _year_value(
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        0.5,
        (Span.of(text, *match.span()),),
        "anniversary",
    )
