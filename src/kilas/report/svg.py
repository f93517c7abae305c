"""Inline SVG charts for the HTML briefing: a timeline strip and the coverage matrix."""

from __future__ import annotations

import datetime as dt
from html import escape

from kilas.model import Story, TimelineEntry

WIDTH = 900


def _start(value: str) -> dt.date | None:
    """The first day an ISO value (day, month, year, season, range) covers."""
    head = value.split("/")[0]
    parts = head.split("-")
    try:
        year = int(parts[0][:4])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def timeline_svg(entries: list[TimelineEntry]) -> str:
    """A horizontal time axis with one marker per entry (size = number of sources)."""
    points = [(d, e) for e in entries if (d := _start(e.date)) is not None]
    if not points:
        return ""
    first, last = min(d for d, _ in points), max(d for d, _ in points)
    span = max((last - first).days, 1)
    marks = []
    for k, (day, entry) in enumerate(sorted(points, key=lambda p: p[0])):
        x = 40 + (WIDTH - 80) * (day - first).days / span
        y = 40 + 14 * (k % 4)
        radius = 3 + 2 * min(len(entry.citations), 5)
        marks.append(
            f"<circle cx='{x:.1f}' cy='{y}' r='{radius}' fill='#36c' fill-opacity='.55'>"
            f"<title>{escape(entry.date)}: {escape(entry.description[:120])}</title></circle>"
        )
    axis = (
        f"<line x1='40' y1='100' x2='{WIDTH - 40}' y2='100' stroke='#999'/>"
        f"<text x='40' y='118'>{first.isoformat()}</text>"
        f"<text x='{WIDTH - 40}' y='118' text-anchor='end'>{last.isoformat()}</text>"
    )
    return (
        f"<svg role='img' aria-label='timeline' width='100%' viewBox='0 0 {WIDTH} 125' "
        f"xmlns='http://www.w3.org/2000/svg'>{axis}{''.join(marks)}</svg>"
    )


def coverage_svg(outlets: list[str], rows: list[tuple[Story, list[int]]]) -> str:
    """A grid of stories (rows) by outlets (columns); darker cells hold more articles."""
    cell, left, top = 34, 300, 110
    most = max((n for _, counts in rows for n in counts), default=1) or 1
    height = top + cell * len(rows) + 10
    width = left + cell * len(outlets) + 120  # room for the last rotated outlet name
    heads = "".join(
        f"<text transform='translate({left + cell * j + cell / 2},{top - 6}) rotate(-45)'>"
        f"{escape(name[:24])}</text>"
        for j, name in enumerate(outlets)
    )
    cells = []
    for i, (story, counts) in enumerate(rows):
        y = top + cell * i
        cells.append(
            f"<text x='{left - 8}' y='{y + cell / 2 + 4}' text-anchor='end'>"
            f"{escape(story.label[:45])}</text>"
        )
        for j, n in enumerate(counts):
            shade = 0.1 + 0.9 * n / most if n else 0.0
            cells.append(
                f"<rect x='{left + cell * j}' y='{y}' width='{cell - 2}' height='{cell - 2}' "
                f"fill='#36c' fill-opacity='{shade:.2f}' stroke='#ddd'><title>"
                f"{escape(outlets[j])}: {n} article(s)</title></rect>"
            )
            if n:
                cells.append(
                    f"<text x='{left + cell * j + cell / 2 - 1}' y='{y + cell / 2 + 4}' "
                    f"text-anchor='middle'>{n}</text>"
                )
    return (
        f"<svg role='img' aria-label='coverage' width='{width}' height='{height}' "
        f"style='max-width:100%;height:auto' viewBox='0 0 {width} {height}' "
        f"xmlns='http://www.w3.org/2000/svg'>{heads}{''.join(cells)}</svg>"
    )
