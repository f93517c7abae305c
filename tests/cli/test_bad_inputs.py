"""Inputs that are not articles are named on one stderr line; the good ones are stored."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kilas.cli.main import app

runner = CliRunner()

_BODY = (
    "Menteri Keuangan Sri Mulyani mengatakan pemerintah akan menambah anggaran subsidi energi "
    "tahun depan untuk menjaga daya beli masyarakat, Senin (12/8)."
)


def test_a_page_with_only_a_menu_is_rejected_not_stored(tmp_path: Path) -> None:
    menu = tmp_path / "beranda.html"
    menu.write_text(
        "<html><head><title>Beranda</title></head><body><nav><a href='/'>Home</a></nav>"
        "</body></html>",
        encoding="utf-8",
    )
    article = tmp_path / "berita.html"
    article.write_text(
        f"<html><head><title>Subsidi Energi Ditambah</title></head><body><article><p>{_BODY}"
        "</p></article></body></html>",
        encoding="utf-8",
    )
    db = str(tmp_path / "k.db")
    result = runner.invoke(app, ["ingest", str(menu), str(article), "--db", db])
    assert result.exit_code == 1
    rejected = [line for line in result.stderr.splitlines() if "[E012]" in line]
    assert len(rejected) == 1, result.stderr
    assert "beranda.html" in rejected[0] and "'Home'" in rejected[0]
    assert "Traceback" not in result.stderr
    rows = runner.invoke(app, ["articles", "--db", db, "--json"]).stdout.splitlines()
    assert [json.loads(row)["title"] for row in rows] == ["Subsidi Energi Ditambah"]


def test_one_huge_line_is_rejected_before_annotation(tmp_path: Path) -> None:
    # A 10 MB single line read as one article took a minute of CPU and 5 GB of memory.
    huge = tmp_path / "satu-baris.txt"
    huge.write_text("kata " * 30_000, encoding="utf-8")  # 150,000 characters, no sentence end
    good = tmp_path / "berita.txt"
    good.write_text(f"Subsidi Energi Ditambah\n\n{_BODY}\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    result = runner.invoke(app, ["ingest", str(huge), str(good), "--db", db])
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if "[E015]" in line]
    assert "satu-baris.txt' is one article of 150,000 characters, over max_chars=100,000" in line
    assert "read 1, new 1" in result.stderr
