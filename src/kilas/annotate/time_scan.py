"""One left-to-right pass over a text that finds and resolves every time expression.

All rule patterns are joined into one compiled alternation (built once, at
import). At each hit the rule that matched resolves it; if that rule declines,
the later rules are tried at the same place, so the most specific reading wins
and a declined reading ("Minggu lalu" mid-sentence, a Sunday) falls through to
the next one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable

from kilas.annotate import time_absolute as absolute
from kilas.annotate import time_patterns as p
from kilas.annotate import time_relative as relative
from kilas.annotate.time_clock import clock
from kilas.annotate.time_found import Context, Found
from kilas.lang.id.calendar import ENGLISH_MONTHS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from kilas.lang.id.time_words import UNITS

Handler = Callable[[re.Match[str], Context], Found | None]


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the function resolving its matches."""

    name: str
    pattern: str
    handler: Handler


RULES: tuple[Rule, ...] = (
    Rule("day_range", p.RANGE_DMY_RE, absolute.day_range),
    Rule("full_date", p.FULL_DATE_RE, absolute.full_date),
    Rule("month_first", p.MONTH_FIRST_RE, absolute.full_date),
    Rule("iso", p.ISO_RE, absolute.full_date),
    Rule("month_range", p.MONTH_RANGE_RE, absolute.month_range),
    Rule("quarter", p.QUARTER_RE, absolute.quarter),
    Rule("year_range", p.YEAR_RANGE_RE, absolute.year_range),
    Rule("decade", p.DECADE_RE, absolute.decade),
    Rule("clock", p.CLOCK_RE, clock),
    Rule("numeric_date", p.NUMERIC_DATE_RE, absolute.numeric_date),
    Rule("day_month", p.DAY_MONTH_RE, absolute.day_month),
    Rule("month_year", p.MONTH_YEAR_RE, absolute.month_year),
    Rule("season", p.SEASON_RE, relative.season),
    Rule("ago", p.AGO_RE, relative.ago),
    Rule("duration", p.DURATION_RE, relative.duration),
    Rule("relative_day", p.RELATIVE_DAY_RE, relative.relative_day),
    Rule("named_day", p.NAMED_DAY_RE, absolute.named_day),
    Rule("plural_duration", p.PLURAL_DURATION_RE, relative.plural_duration),
    Rule("year", p.YEAR_RE, absolute.year),
    Rule("period", p.PERIOD_RE, relative.period),
    Rule("period_bare", p.PERIOD_BARE_RE, relative.period_bare),
    Rule("month", p.MONTH_RE, absolute.bare_month),
    Rule("weekday", p.WEEKDAY_RE, relative.weekday),
    Rule("set", p.SET_RE, relative.every),
    Rule("reference", p.REFERENCE_RE, relative.reference),
)
"""Rules in priority order: at one place, the first that matches and accepts wins."""

_FLAGS = re.IGNORECASE
_COMPILED = tuple(re.compile(r"(?<![\w'’\-])(?:" + rule.pattern + ")", _FLAGS) for rule in RULES)
_YEARS = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d.,]\d)")


def _renamed(pattern: str, index: int) -> str:
    """The pattern with its group names made unique to rule ``index``."""
    return (
        re.sub(r"\(\?P<(\w+)>", rf"(?P<r{index}_\1>", pattern)
        .replace("(?P=sep)", f"(?P=r{index}_sep)")
        .replace("(?(paren)", f"(?(r{index}_paren)")
    )


_COMBINED = re.compile(
    r"(?<![\w'’\-])(?:"
    + "|".join(f"(?P<r{i}>{_renamed(rule.pattern, i)})" for i, rule in enumerate(RULES))
    + ")",
    _FLAGS,
)


def text_years(text: str) -> tuple[int, ...]:
    """The four-digit years (1950–2099) the text prints, in order."""
    return tuple(int(y) for y in _YEARS.findall(text))


def _index_triggers() -> dict[str, tuple[int, ...]]:
    """First word of an expression → the rules that can start with it (the speed-up index)."""
    names = {rule.name: i for i, rule in enumerate(RULES)}
    table: dict[str, set[str]] = {}

    def add(words: Iterable[str], *rules: str) -> None:
        for word in words:
            table.setdefault(word, set()).update(rules)

    add(
        ["0"],
        "day_range",
        "full_date",
        "iso",
        "year_range",
        "decade",
        "clock",
        "numeric_date",
        "day_month",
        "ago",
        "duration",
        "year",
    )
    add(["(", "'"], "numeric_date", "decade")
    add(
        list(MONTHS) + list(MONTH_ABBREVIATIONS) + list(ENGLISH_MONTHS),
        "month_first",
        "month_range",
        "month_year",
        "month",
    )
    add([w.split("'")[0] for w in WEEKDAYS], "full_date", "numeric_date", "day_month", "weekday")
    add(["hari"], "full_date", "numeric_date", "day_month", "relative_day", "period", "weekday")
    add(["kemarin", "besok"], "numeric_date", "relative_day")
    add(["esok", "lusa", "tadi", "semalam", "keesokan", *PARTS], "relative_day")
    add(["natal", "tahun", "malam", "hari", "pergantian"], "named_day")
    add(["ber" + unit for unit in UNITS if unit != "malam"], "plural_duration")
    add(["tanggal"], "day_month")
    add(LEADS, "month_year", "year", "period", "period_bare", "month")
    add(["bulan"], "month_year", "period", "month")
    add(["tahun"], "year_range", "decade", "year", "period")
    add(["era"], "decade")
    add(["periode"], "year_range")
    add(["pekan", "minggu", "akhir"], "period")
    add(["kuartal", "triwulan", "caturwulan", "semester", "paruh"], "quarter")
    add(["musim"], "season")
    add([*HEDGES, *NUMBER_WORDS, *SE_UNITS, "beberapa"], "ago", "duration")
    add(["puluhan", "ratusan", "belasan"], "duration")
    add(["pukul", "pkl", "jam"], "clock")
    add(["setiap", "tiap"], "set")
    add(["nanti"], "relative_day", "reference")
    add(["tengah"], "relative_day")
    add(
        [
            "saat",
            "sekarang",
            "kini",
            "dewasa",
            "masa",
            "baru",
            "belakangan",
            "akhir",
            "dalam",
            "beberapa",
            "sementara",
            "waktu",
            "ketika",
            "kala",
            "sebelum",
            "sebelumnya",
            "dulu",
            "dahulu",
            "nantinya",
            "sebentar",
            "sesaat",
            "sejenak",
        ],
        "reference",
    )
    return {word: tuple(sorted(names[r] for r in rules)) for word, rules in table.items()}


PARTS = ("pagi", "siang", "sore", "petang", "malam", "dini")
LEADS = ("awal", "akhir", "pertengahan", "penghujung", "medio", "sepanjang")
HEDGES = (
    "lebih",
    "kurang",
    "hampir",
    "sekitar",
    "sekira",
    "kira",
    "setidaknya",
    "paling",
    "maksimal",
    "minimal",
)
NUMBER_WORDS = (
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "seratus",
    "seribu",
)
SE_UNITS = tuple("se" + unit for unit in UNITS)
_TRIGGERS = _index_triggers()
_FOLLOWER_PATTERNS = {
    "dalam": r"\s+waktu\s+dekat",
    "baru": r"-baru\s+ini",
    "masa": r"\s+(?:kini|lalu|silam|depan|mendatang|sebelumnya)",
    "tengah": r"\s+hari",
    "saat": r"\s+(?:ini|itu)",
    "waktu": r"\s+(?:itu|mendatang)",
    "ketika": r"\s+itu",
    "kala": r"\s+itu",
    "sebelum": r"\s+itu",
    "sementara": r"\s+(?:waktu|ini)",
    "dewasa": r"\s+ini",
    "belakangan": r"\s+ini",
}
"""Common words that begin an expression only before these words ("saat ini", not "saat kami").

The token scan checks them with a lookahead, so "saat kami" is never a candidate."""


class _Node(dict[str, "_Node"]):
    """A letter trie node; the key "" marks the end of a word."""


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, factored by prefix (fast to scan)."""
    tree = _Node()
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, _Node())
        node[""] = _Node()

    def build(node: _Node) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(tree)


def _word_trie(words: Iterable[str], followers: dict[str, str]) -> str:
    """Like :func:`_trie` for whole words, each ending in its follower lookahead if it has one."""
    tree: dict[str, object] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = r"(?![^\W\d_])" + (f"(?={followers[word]})" if word in followers else "")

    def build(node: dict[str, object]) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]  # type: ignore[arg-type]
        end = node.get("")
        if isinstance(end, str):
            branches.append(end)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(tree)


_TOKEN = re.compile(
    r"(?<![\w'’\-])(?:"
    + _word_trie((w for w in _TRIGGERS if w.isalpha()), _FOLLOWER_PATTERNS)
    + r"|(?<!\d[.,:/])\d+|\((?=\s*\d)|'(?=\d))",
    re.IGNORECASE,
)
_DIGIT_NEXT = re.compile(
    r"\s*[-–—/.:,]\s*\d|\s*[-–—]|\s+(?:"
    + _trie(sorted({*MONTHS, *MONTH_ABBREVIATIONS, *ENGLISH_MONTHS, *UNITS, "hingga", "sampai"}))
    + r")(?![^\W\d_])|\s+s[/.]d",
    re.IGNORECASE,
)
"""What can follow the digits that begin a date, clock time or length ("17 Oktober", "06.18",
"2,5 tahun", "17-18", "1990-an"); a number followed by anything else ("10 persen") is not one."""


def _could_start(text: str, digits: str, end: int) -> bool:
    """True when a run of digits may begin a time expression (a year, or a fitting follower)."""
    if len(digits) == 4 and digits[:2] in ("18", "19", "20"):
        return True
    return _DIGIT_NEXT.match(text, end) is not None


_SUBSETS: dict[tuple[int, ...], re.Pattern[str]] = {
    rules: re.compile(
        r"(?<![\w'’\-])(?:"
        + "|".join(f"(?P<r{i}>{_renamed(RULES[i].pattern, i)})" for i in rules)
        + ")",
        _FLAGS,
    )
    for rules in set(_TRIGGERS.values())
}


def scan(text: str, anchor: dt.date | None) -> list[Found]:
    """Return every time expression of ``text`` in order, none overlapping.

    Only words that can begin an expression are tried, each against the rules
    that can begin with it (one precompiled alternation per set of rules).
    """
    ctx = Context(text=text, anchor=anchor, years=text_years(text) if anchor is None else ())
    out: list[Found] = []
    pos = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        word = token.group()
        rules = _TRIGGERS.get(
            "0" if word[0].isdigit() else word[0] if word[0] in "('" else word.lower()
        )
        if start < pos or rules is None:
            continue
        if word[0].isdigit() and not _could_start(text, word, token.end()):
            continue
        hit = _SUBSETS[rules].match(text, start)
        if hit is None:
            continue
        index = int((hit.lastgroup or "r0")[1:])
        found, end = _resolve(text, start, index, ctx, rules)
        if found is None:
            continue
        out.append(found)
        dated = found.day is not None and found.kind in ("date", "time")
        if found.day is not None and dated:
            ctx.near_day, ctx.near_end = found.day, found.end
            ctx.days.append(found.day)
        moves = dated and found.focus and found.day != ctx.last_day
        if moves and not attribution(text, found.start):
            ctx.last_day, ctx.last_end = found.day, found.end
        pos = end
    return out


_SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tambah|terang|papar|imbuh|tegas|sebut|tanya)(?:nya)?\b|"
    r"\bme(?:ngatakan|njelaskan|nuturkan|ngungkapkan|nyampaikan|nerangkan|negaskan|nyebutkan)\b|"
    r"\b(?:ditemui|dihubungi|dikonfirmasi|diwawancarai|konferensi\s+pers|jumpa\s+pers)\b",
    re.IGNORECASE,
)
_PLACE_TAIL = re.compile(r"\b(?:di|kepada)\s+[A-Z][\w.\-]*(?:[ ,]+[A-Z][\w.\-]*)*\s*,\s*$")
"""A clause ending "di Jakarta, " or "kepada Kompas.com, ": the date after it is the statement's."""


def attribution(text: str, start: int) -> bool:
    """True for the date of a statement ("…, kata Ali di Jakarta, Kamis (28/11)"): when it was said.

    Such a reporting date does not move the story's day, which clock times
    later in the text are read against.
    """
    return said(text, start) or _PLACE_TAIL.search(_clause_before(text, start)) is not None


def said(text: str, start: int) -> bool:
    """True when the sentence before ``start`` reports speech ("kata Ali", "ditemui")."""
    return _SPEECH.search(_clause_before(text, start)) is not None


def speech_end(clause: str) -> int:
    """Where the last speech verb of a clause ends ("…, kata Ali"), 0 when it has none."""
    ends = [m.end() for m in _SPEECH.finditer(clause)]
    return ends[-1] if ends else 0


def _clause_before(text: str, start: int) -> str:
    """The sentence up to ``start`` (at most 160 characters back)."""
    head = text[max(0, start - 160) : start]
    cut = max(head.rfind(end) for end in (". ", "! ", "? ", ".\n", "\n"))
    return head[cut + 1 :] if cut >= 0 else head


def _resolve(
    text: str, start: int, index: int, ctx: Context, rules: tuple[int, ...]
) -> tuple[Found | None, int]:
    """Resolve with rule ``index``, or the first later rule that matches here and accepts."""
    for i in rules:
        if i < index:
            continue
        match = _COMPILED[i].match(text, start)
        if match is None:
            continue
        found = RULES[i].handler(match, ctx)
        if found is not None:
            return found, match.end()
    return None, start
