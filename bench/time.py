"""Benchmark the Indonesian time stage against IndoTimex gold, dateparser, and IndoSum dates.

Usage::

    .venv/bin/python bench/time.py [--data ../shared/data] [--dateparser-docs 25] [--json]
                                   [--dates-only]
    .venv/bin/python bench/time.py --dev [--errors]   # development gold only

Figures (TempEval-3 style, on ``temporal/indotimex-test-gold.jsonl``):

* span strict / relaxed P, R, F1: exact offsets / any overlap;
* type F1 and value F1: a system expression counts when it overlaps a gold one
  (relaxed) and its TIMEX3 type / value equals the gold's (P over system
  expressions, R over gold ones), as in TempEval-3;
* TimeML placeholders are compared as strings: kilas writes ``PRESENT_REF``
  for "saat ini" / "sekarang" / "kini", ``PAST_REF`` for "baru-baru ini",
  ``PXD`` / ``PXY`` for "beberapa hari" / "beberapa tahun", a part of day as a
  suffix (``TAF``). dateparser has no placeholders, so it cannot match those.

dateparser is given the same anchor (``RELATIVE_BASE`` = the DCT); its value is
cut to the precision of the matched words (a bare year "2014" → ``2014``, a
month and year → ``2014-12``) so it is not penalised for filling in a day, and
its type is TIME when the words carry a clock time, else DATE.

The same figures on the development gold ``tests/data/indotimex_dev_gold.jsonl``
(37 ``temporal/indotimex-dev`` articles annotated for this project; see
``tests/data/README.md``), which is the data rules are developed on, and on its
held-out part ``indotimex_dev_heldout_gold.jsonl`` (the other 13, annotated
after a round of rule changes): ``--dev`` measures only these, ``--errors``
lists the development part's misses. The test gold is measured, never read for
errors.

Then, on ``indosum/articles.jsonl`` with ``published`` withheld: the share of
articles whose inferred date is within ±1 day of the real one, overall and
among those printing a weekday-plus-date ("Kamis (18/8)"), and how many say
"unknown"; per article (its own text) and, in the same run, at corpus level
(``kilas.annotate.time_corpus``: a year the text leaves open is pinned by the
years the *other* articles' text gives, never by ``published``). The same
counts against the day in the article's URL (withheld from the inference too),
for the articles that have one: that is the publisher's own day, while IndoSum's
``published`` runs 1–2 days after it. IndoSum is evaluation data, so these
counts come for its development part and its held-out fifth separately (the
split of ``training/summarize_data.py``: SHA-1 of the id ≡ 0 mod 5 is held
out), then for all. Finally the stage's speed in articles per second on one
core.

Last, on the IndoSum articles whose text dates them only to an interval of
days (``published`` and ``url`` withheld): the expressions the ``time`` stage
resolves over that interval (:mod:`kilas.annotate.time_interval`), scored
against the value the same scanner gives with the real ``published`` day as
the anchor; in the same run, the simple alternative of reading them against
the interval's middle day.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kilas.annotate.time import (
    article_dating,
    find_time_expressions,
    find_times,
    find_timex3,
    infer_published,
)
from kilas.annotate.time_corpus import corpus_years, infer_with_corpus, rest_of_pile
from kilas.model import Article, InferredDate

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEV_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "indotimex_dev_gold.jsonl"
DEV_HELDOUT_GOLD = DEV_GOLD.with_name("indotimex_dev_heldout_gold.jsonl")
_WEEKDAY_DATE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*,?\s*\(\s*\d{1,2}/\d{1,2}"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Tx:
    """A TIMEX3 reduced to what is scored."""

    start: int
    end: int
    type: str
    value: str | None


@dataclasses.dataclass(slots=True)
class Score:
    """Counts for TempEval-3 figures."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: list[Tx], system: list[Tx]) -> None:
        """Count one document."""
        self.gold += len(gold)
        self.system += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        self.strict += sum((s.start, s.end) in gold_spans for s in system)
        self.relaxed_gold += sum(any(_overlap(g, s) for s in system) for g in gold)
        for s in system:
            matches = [g for g in gold if _overlap(g, s)]
            if not matches:
                continue
            self.relaxed_system += 1
            best = min(matches, key=lambda g: abs(g.start - s.start) + abs(g.end - s.end))
            self.type_ok += best.type == s.type
            self.value_ok += best.value == s.value

    def figures(self) -> dict[str, float]:
        """P, R, F1 (percent) of each measure."""
        out: dict[str, float] = {}
        for name, p_hits, r_hits in (
            ("strict", self.strict, self.strict),
            ("relaxed", self.relaxed_system, self.relaxed_gold),
            ("type", self.type_ok, self.type_ok),
            ("value", self.value_ok, self.value_ok),
        ):
            p = p_hits / self.system if self.system else 0.0
            r = r_hits / self.gold if self.gold else 0.0
            out[f"{name}_p"] = 100 * p
            out[f"{name}_r"] = 100 * r
            out[f"{name}_f1"] = 100 * (2 * p * r / (p + r) if p + r else 0.0)
        return out


def _overlap(a: Tx, b: Tx) -> bool:
    return a.start < b.end and b.start < a.end


def load_jsonl(path: Path) -> list[dict[str, object]]:
    """Rows of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def kilas_timexes(text: str, dct: dt.date) -> list[Tx]:
    """kilas's TIMEX3 reading of a text."""
    return [Tx(t.start, t.end, t.type, t.value) for t in find_timex3(text, anchor=dct)]


def dateparser_timexes(text: str, dct: dt.date) -> list[Tx]:
    """dateparser's search_dates reading, with values cut to the precision of the words."""
    from dateparser.search import search_dates

    base = dt.datetime(dct.year, dct.month, dct.day, 12, 0)
    found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
    out, cursor = [], 0
    for words, when in found:
        start = text.find(words, cursor)
        if start < 0:
            start = text.find(words)
        if start < 0:
            continue
        cursor = start + len(words)
        out.append(Tx(start, start + len(words), *_dateparser_value(words, when)))
    return out


def _dateparser_value(words: str, when: dt.datetime) -> tuple[str, str]:
    """TIMEX3 type and value of a dateparser hit."""
    if re.search(r"\d{1,2}[.:]\d{2}|pukul|jam", words, re.IGNORECASE):
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"\s*(?:tahun\s+)?\d{4}\s*", words, re.IGNORECASE):
        return "DATE", f"{when.year:04d}"
    if not re.search(r"\d{1,2}\s*[/\-]|\b\d{1,2}\s+[A-Za-z]", words) and re.search(r"\d{4}", words):
        return "DATE", when.strftime("%Y-%m")
    return "DATE", when.strftime("%Y-%m-%d")


def indotimex(data: Path, dateparser_docs: int) -> dict[str, object]:
    """TempEval-3 figures for kilas and dateparser on the IndoTimex test gold."""
    rows = load_jsonl(data / "temporal" / "indotimex-test-gold.jsonl")
    ours, theirs = Score(), Score()
    dp_seconds = 0.0
    for i, row in enumerate(rows):
        text, dct = str(row["text"]), dt.date.fromisoformat(str(row["dct"])[:10])
        gold = [Tx(t["start"], t["end"], t["type"], t["value"]) for t in row["timexes"]]  # type: ignore[attr-defined]
        ours.add(gold, kilas_timexes(text, dct))
        if i < dateparser_docs:
            began = time.perf_counter()
            theirs.add(gold, dateparser_timexes(text, dct))
            dp_seconds += time.perf_counter() - began
    return {
        "docs": len(rows),
        "gold_timexes": ours.gold,
        "kilas": ours.figures(),
        "dateparser": theirs.figures(),
        "dateparser_docs": min(dateparser_docs, len(rows)),
        "dateparser_docs_per_s": min(dateparser_docs, len(rows)) / dp_seconds if dp_seconds else 0,
    }


def load_dev_text(data: Path, doc_id: str) -> tuple[str, dt.date]:
    """The text of an IndoTimex-dev document and its creation date.

    The text is what lies between ``<TEXT>`` and ``</TEXT>``, decoded as cp1252
    with CRLF turned into LF: the text the development gold's offsets refer to.
    """
    raw = (data / "temporal" / "indotimex-dev" / f"{doc_id}.tml").read_bytes()
    markup = raw.decode("cp1252").replace("\r\n", "\n")
    text = markup.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    found = re.search(r'value="(\d+)-(\d+)-(\d+)"[^>]*CREATION_TIME', markup)
    assert found is not None, doc_id
    return text, dt.date(*(int(g) for g in found.groups()))


def indotimex_dev(data: Path, gold_path: Path = DEV_GOLD) -> dict[str, object]:
    """TempEval-3 figures for kilas on the development gold, with its misses.

    ``errors`` lists, per document, each gold expression kilas misses or gets
    wrong and each kilas expression that overlaps no gold one.
    """
    score, errors = Score(), []
    for row in load_jsonl(gold_path):
        text, dct = load_dev_text(data, str(row["doc_id"]))
        digest = hashlib.sha1(text.encode()).hexdigest()
        assert digest == row["text_sha1"], f"{row['doc_id']}: not the annotated text"
        gold = [Tx(t["start"], t["end"], t["type"], t["value"]) for t in row["timexes"]]  # type: ignore[attr-defined]
        system = kilas_timexes(text, dct)
        score.add(gold, system)
        errors += [f"{row['doc_id']} {dct} {e}" for e in _misses(text, gold, system)]
    return {
        "docs": len(load_jsonl(gold_path)),
        "gold_timexes": score.gold,
        "kilas": score.figures(),
        "errors": errors,
    }


def _misses(text: str, gold: list[Tx], system: list[Tx]) -> list[str]:
    """Readable differences between a document's gold and system expressions."""
    out = []
    for g in gold:
        near = [s for s in system if _overlap(g, s)]
        shown = f"{text[g.start : g.end]!r} {g.type} {g.value}"
        if not near:
            out.append(f"MISSED {shown}")
        elif not any(s.value == g.value and s.type == g.type for s in near):
            found = "; ".join(f"{text[s.start : s.end]!r} {s.type} {s.value}" for s in near)
            out.append(f"WRONG  {shown} <- {found}")
    for s in system:
        if not any(_overlap(g, s) for g in gold):
            out.append(f"EXTRA  {text[s.start : s.end]!r} {s.type} {s.value}")
    return out


def _articles(rows: Iterable[dict[str, object]]) -> list[tuple[Article, dt.date, dt.date | None]]:
    """IndoSum rows as articles without their date or URL, with the real date and the URL's."""
    out = []
    for row in rows:
        text = str(row["text"])
        article = Article(id=str(row["id"]), source="indosum", raw=text, text=text)
        published = dt.date.fromisoformat(str(row["published"])[:10])
        out.append((article, published, _url_day(str(row.get("url") or ""))))
    return out


_URL_DAY = re.compile(r"/(20\d\d)/([01]\d)/([0-3]\d)/|/(20\d\d)([01]\d)([0-3]\d)\d{4,6}")


def _url_day(url: str) -> dt.date | None:
    """The day a news URL carries (``/2016/08/19/``, ``/20160824…``): the publisher's own day."""
    match = _URL_DAY.search(url)
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups() if g is not None)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _within(inferred: InferredDate, real: dt.date) -> bool | None:
    """True within ±1 day, False when off, None when unknown or coarser than a day."""
    if inferred.value is None or len(inferred.value) < 10:
        return None
    return abs((dt.date.fromisoformat(inferred.value[:10]) - real).days) <= 1


def heldout(article_id: str) -> bool:
    """True for IndoSum's held-out fifth: SHA-1 of the id ≡ 0 (mod 5).

    The same fixed split as ``training/summarize_data.py``: date-inference rules
    are developed on the other four fifths ("dev") and this part is reported
    on its own.
    """
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 5 == 0


def indosum(data: Path, limit: int | None = None) -> dict[str, object]:
    """Publication-date inference on IndoSum with ``published`` withheld.

    Per article (its own text only) and at corpus level (a year the text leaves
    open pinned by the other articles' text-inferred years, never by
    ``published``), on the first ``limit`` articles when given. The top-level
    counts are for all of them; ``dev`` and ``heldout`` hold the same counts
    for each part of the split (:func:`heldout`); the pile is always all of
    them, since its years come from text only.
    """
    triples = _articles(load_jsonl(data / "indosum" / "articles.jsonl")[:limit])
    years = corpus_years(a for a, _, _ in triples)
    parts: dict[str, tuple[dict[str, int], dict[str, int]]] = {
        name: ({}, {}) for name in ("all", "dev", "heldout")
    }
    for article, real, url_day in triples:
        has_pair = bool(_WEEKDAY_DATE.search(article.text))
        alone = infer_published(article)
        pinned = infer_with_corpus(article, years=rest_of_pile(years, article))
        for name in ("all", "heldout" if heldout(article.id) else "dev"):
            per_article, corpus = parts[name]
            _count(per_article, alone, real, has_pair, url_day)
            _count(corpus, pinned, real, has_pair, url_day)
    out: dict[str, object] = {
        name: {**per_article, "corpus": corpus} for name, (per_article, corpus) in parts.items()
    }
    return {
        **parts["all"][0],
        "corpus": parts["all"][1],
        "dev": out["dev"],
        "heldout": out["heldout"],
        "corpus_years": {str(y): n for y, n in sorted(years.items()) if n * 50 >= len(triples)},
    }


def _count(
    counts: dict[str, int],
    inferred: InferredDate,
    real: dt.date,
    has_pair: bool,
    url_day: dt.date | None,
) -> None:
    """Add one article to the counts (``weekday_date``: it prints a weekday-plus-date).

    ``url_*``: against the day in the article's URL (the publisher's own day;
    IndoSum's ``published`` runs 1–2 days after it), for articles that have one.
    """
    ok = _within(inferred, real)
    unknown = inferred.value is None
    url_ok = bool(url_day and _within(inferred, url_day))
    for key, hit in (
        ("url_dated", url_day is not None),
        ("url_within_1", url_ok),
        ("weekday_date_url_dated", url_day is not None and has_pair),
        ("weekday_date_url_within_1", url_ok and has_pair),
        ("weekday_date_url_unknown", url_day is not None and has_pair and unknown),
        ("articles", True),
        ("within_1", bool(ok)),
        ("unknown", unknown),
        ("year_only", ok is None and not unknown),
        ("weekday_date", has_pair),
        ("weekday_date_within_1", bool(ok) and has_pair),
        ("weekday_date_unknown", unknown and has_pair),
    ):
        counts[key] = counts.get(key, 0) + hit


def interval_values(data: Path, limit: int | None = None) -> dict[str, int]:
    """Expressions resolved over an inferred interval against their value with the real day.

    ``interval_ok``: kilas (the value most of the interval gives) equals it;
    ``middle_ok``: the same expressions read against the interval's middle day
    do; ``open``: expressions the real day resolves that the interval leaves
    without a value. ``held_*``: the same, only for articles whose interval
    holds the real day (the inference right, so only this stage is scored).
    """
    counts: dict[str, int] = {}
    for article, real, _ in _articles(load_jsonl(data / "indosum" / "articles.jsonl")[:limit]):
        inferred = infer_published(article)
        dated = dataclasses.replace(article, inferred_date=inferred)
        anchor, interval = article_dating(dated)
        if anchor is not None or interval is None:
            continue
        held = interval[0] <= real <= interval[1]
        truth = {t.span: t.value for t in find_time_expressions(article.text, anchor=real)}
        middle_day = interval[0] + (interval[1] - interval[0]) / 2
        middle = {t.span: t.value for t in find_time_expressions(article.text, anchor=middle_day)}
        tally = Counter({"articles": 1})
        for expr in find_times(dated).times:
            if "inferred interval" in expr.evidence:
                tally["resolved"] += 1
                tally["interval_ok"] += expr.value == truth.get(expr.span)
                tally["middle_ok"] += middle.get(expr.span) == truth.get(expr.span)
            elif expr.value is None and truth.get(expr.span) and expr.kind in ("date", "time"):
                tally["open"] += 1
        for key, n in tally.items():
            counts[key] = counts.get(key, 0) + n
            counts["held_" + key] = counts.get("held_" + key, 0) + n * held
    return counts


def speed(data: Path, repeat: int = 2) -> dict[str, float]:
    """Articles per second of the ``time`` stage (one core, printed date given as the anchor).

    Wall-clock and CPU time (the process's own, which a busy shared machine
    disturbs less), best of ``repeat`` runs.
    """
    from kilas.model import PrintedDate

    rows = load_jsonl(data / "indosum" / "articles.jsonl")
    articles = [
        Article(
            id=str(r["id"]),
            source="indosum",
            raw=str(r["text"]),
            text=str(r["text"]),
            published=PrintedDate(value=str(r["published"]), text=""),
        )
        for r in rows
    ]
    best = cpu = float("inf")
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        for article in articles:
            find_times(article)
        best = min(best, time.perf_counter() - began)
        cpu = min(cpu, time.process_time() - began_cpu)
    no_date = [dataclasses.replace(a, published=None) for a in articles]
    began = time.perf_counter()
    for article in no_date:
        find_times(article)
    inferred_seconds = time.perf_counter() - began
    return {
        "articles": len(articles),
        "articles_per_s": len(articles) / best,
        "articles_per_cpu_s": len(articles) / cpu,
        "articles_per_s_inferring_anchor": len(articles) / inferred_seconds,
    }


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--dateparser-docs", type=int, default=25)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dev", action="store_true", help="only the development gold")
    parser.add_argument("--errors", action="store_true", help="list the development misses")
    parser.add_argument(
        "--dates-only", action="store_true", help="only the IndoSum publication-date figures"
    )
    args = parser.parse_args(argv)
    result: dict[str, object] = {
        "machine": f"{platform.machine()} python {platform.python_version()}",
    }
    if not args.dates_only:
        dev = indotimex_dev(args.data)
        heldout = indotimex_dev(args.data, DEV_HELDOUT_GOLD)
        if args.errors:
            print("\n".join(dev["errors"]))  # type: ignore[arg-type]
        if args.dev:
            _report_dev(dev, "dev")
            _report_dev(heldout, "dev held-out")
            return 0
        result["indotimex_dev"] = {k: v for k, v in dev.items() if k != "errors"}
        result["indotimex_dev_heldout"] = {k: v for k, v in heldout.items() if k != "errors"}
    result["indosum"] = indosum(args.data)
    if not args.dates_only:
        result["indotimex"] = indotimex(args.data, args.dateparser_docs)
        result["interval"] = interval_values(args.data)
        result["speed"] = speed(args.data)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        _report(result)
    return 0


def _report_dev(dev: dict[str, object], part: str) -> None:
    """Print the development-gold figures."""
    f = dev["kilas"]
    assert isinstance(f, dict)
    print(
        f"IndoTimex {part} (own gold): {dev['docs']} docs, {dev['gold_timexes']} TIMEX3; kilas "
        f"strict F1 {f['strict_f1']:.2f}, relaxed F1 {f['relaxed_f1']:.2f}, "
        f"type F1 {f['type_f1']:.2f}, value F1 {f['value_f1']:.2f} "
        f"(P {f['value_p']:.2f}, R {f['value_r']:.2f})"
    )


def _report(result: dict[str, object]) -> None:
    """Print the figures as small text tables."""
    dates = result["indosum"]
    assert isinstance(dates, dict)
    for part in ("dev", "heldout", "all"):
        _report_dates(part, dates if part == "all" else dates[part])
    print("IndoSum corpus years (text-inferred, ≥2%):", json.dumps(dates["corpus_years"]))
    if "indotimex" in result:
        for key, part in (("indotimex_dev", "dev"), ("indotimex_dev_heldout", "dev held-out")):
            dev = result[key]
            assert isinstance(dev, dict)
            _report_dev(dev, part)
        _report_times(result)
    print("Machine:", result["machine"])


def _report_dates(part: str, dates: dict[str, Any]) -> None:
    """Print the date-inference counts of one part of IndoSum."""
    corpus = dates["corpus"]
    for name, counts in (("per article", dates), ("corpus level", corpus)):
        print(
            f"IndoSum [{part}] date inference, {name}: ±1 day "
            f"{counts['within_1']}/{counts['articles']}; weekday-plus-date "
            f"{counts['weekday_date_within_1']}/{counts['weekday_date']} "
            f"({100 * counts['weekday_date_within_1'] / max(1, counts['weekday_date']):.1f}%), "
            f"unknown {counts['unknown']} ({counts['weekday_date_unknown']} with a pair)"
        )
    share = corpus["weekday_date_url_within_1"] / max(1, corpus["weekday_date_url_dated"])
    wrong = corpus["weekday_date_url_dated"] - corpus["weekday_date_url_within_1"]
    print(
        f"IndoSum [{part}] against the URL's day, corpus level: "
        f"±1 day {corpus['url_within_1']}/{corpus['url_dated']}; weekday-plus-date "
        f"{corpus['weekday_date_url_within_1']}/{corpus['weekday_date_url_dated']} "
        f"({100 * share:.1f}%), of the misses {corpus['weekday_date_url_unknown']} unknown, "
        f"{wrong - corpus['weekday_date_url_unknown']} a wrong date"
    )


def _report_times(result: dict[str, object]) -> None:
    """Print the expression, interval and speed figures."""
    timex = result["indotimex"]
    assert isinstance(timex, dict)
    print(f"IndoTimex test: {timex['docs']} docs, {timex['gold_timexes']} gold TIMEX3")
    print(
        f"{'':12}{'strict F1':>10}{'relaxed F1':>11}{'type F1':>9}{'value F1':>10}"
        f"{'value P':>9}{'value R':>9}"
    )
    for name in ("kilas", "dateparser"):
        f = timex[name]
        print(
            f"{name:12}{f['strict_f1']:10.2f}{f['relaxed_f1']:11.2f}{f['type_f1']:9.2f}"
            f"{f['value_f1']:10.2f}{f['value_p']:9.2f}{f['value_r']:9.2f}"
        )
    print(
        f"dateparser: {timex['dateparser_docs_per_s']:.1f} docs/s "
        f"on {timex['dateparser_docs']} docs"
    )
    print("Resolved over an inferred interval (IndoSum):", json.dumps(result["interval"]))
    print("Speed:", json.dumps(result["speed"]))


if __name__ == "__main__":
    raise SystemExit(main())
