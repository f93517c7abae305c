"""The HTML briefing of the seeds rendered by a real headless browser (Chromium).

CI installs Debian's chromium (.ci/run); the test is skipped only on a machine without it.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from kilas.api import Corpus

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")


def _browser(page: Path, tmp_path: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def _pixels(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and raw RGB(A) rows (filters undone) of an 8-bit non-interlaced PNG."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and color in (2, 6)
    step = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * step
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up, corner = previous[x], previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                near = min((abs(p - left), 0), (abs(p - up), 1), (abs(p - corner), 2))[1]
                line[x] = (line[x] + (left, up, corner)[near]) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, b"".join(rows)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    with Corpus.open(folder / "k.db") as corpus:
        corpus.ingest([seeds_dir])
        html = corpus.brief(format="html")
    path = folder / "briefing.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_the_browser_builds_the_briefing_page(page: Path, tmp_path: Path) -> None:
    dom = _browser(page, tmp_path, "--dump-dom")
    assert dom.count("<h2") >= 3  # the three stories (and the other sections)
    assert "Putin Ajak Xi Jinping Perkuat Kerja Sama Militer" in dom
    assert dom.count("<svg") >= 2  # the timeline strip and the coverage grid, drawn inline
    assert "musim semi 2023" in dom


def test_the_screenshot_shows_a_drawn_page(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "briefing.png"
    _browser(page, tmp_path, "--window-size=800,1200", f"--screenshot={shot}")
    width, height, pixels = _pixels(shot.read_bytes())
    assert (width, height) == (800, 1200)
    # Text and charts, not a blank page: a good share of the pixels are not background white.
    inked = sum(1 for b in pixels[::97] if b < 200)
    assert inked / len(pixels[::97]) > 0.02
