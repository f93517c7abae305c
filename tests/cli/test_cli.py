"""The CLI end to end: exit codes, one stderr line per bad input, idempotent ingest."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kilas.cli.main import app

runner = CliRunner()


def kilas(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_seeds_then_again_is_unchanged(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    code, _, err = kilas("ingest", str(seeds_dir), "--db", db)
    assert code == 0, err
    assert "read 5, new 5, unchanged 0" in err
    code, _, err = kilas("ingest", str(seeds_dir), "--db", db)
    assert code == 0
    assert "read 5, new 0, unchanged 5" in err


def test_bad_inputs_are_named_and_good_ones_stored(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert kilas("ingest", str(seeds_dir), "--db", db)[0] == 0
    bad = tmp_path / "pile"
    bad.mkdir()
    (bad / "kosong.txt").write_bytes(b"")
    (bad / "biner.txt").write_bytes(bytes(range(256)) * 8)
    good = {"text": "Jakarta, CNN Indonesia -- Menteri Keuangan Sri Mulyani berkata hal itu."}
    (bad / "rows.jsonl").write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({"text": "Suara.com - Dua."}) + "\n",
        encoding="utf-8",
    )
    (bad / "potong.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\n" * 200)[:40])
    code, _, err = kilas("ingest", str(bad), str(tmp_path / "tidak-ada.txt"), "--db", db)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("kilas: ") and "[E0" in line]
    named = " ".join(lines)
    for name in ("kosong.txt", "biner.txt", "rows.jsonl' line 2", "potong.warc", "tidak-ada.txt"):
        assert name in named, err
    assert len(lines) == 5
    assert "Traceback" not in err
    code, out, _ = kilas("articles", "--db", db, "--json")
    assert code == 0
    assert len(out.splitlines()) == 5 + 2  # the seeds are untouched, both good rows stored


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_brief_ingests_a_path_and_writes_the_format(
    seeds_dir: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"briefing.{fmt}"
    code, _, err = kilas(
        "brief", str(seeds_dir), "--db", str(tmp_path / "k.db"), "-f", fmt, "-o", str(out)
    )
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "Liputan6.com" in text
    if fmt == "json":
        assert len(json.loads(text)["articles"]) == 5


def test_show_prints_removed_lines_with_reasons(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    kilas("ingest", str(seeds_dir / "003_3f1231850dda2433.txt"), "--db", db)
    _, out, _ = kilas("articles", "--db", db, "--json")
    article_id = json.loads(out.splitlines()[0])["id"]
    code, out, _ = kilas("show", article_id[:8], "--db", db)
    assert code == 0
    assert "Putin Ajak Xi Jinping" in out
    assert "sosmed-whatsapp-white" in out  # shown among the removed lines
    assert "2022-12-30T17:54:00+07:00" in out
    first = out[out.index("summary\n") :].splitlines()[1].strip()
    assert first.startswith("• Presiden Rusia, Vladimir Putin, mengungkapkan")


def test_unknown_article_is_one_line_and_exit_1(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert kilas("ingest", str(seeds_dir / "003_3f1231850dda2433.txt"), "--db", db)[0] == 0
    code, _, err = kilas("show", "ffff", "--db", db)
    assert code == 1
    assert "ffff" in err and "Traceback" not in err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert kilas("brief", "--db", str(tmp_path / "k.db"), "-f", "pdf")[0] == 2
    assert kilas("ingest")[0] == 2


def test_cli_start_up_does_not_load_the_heavy_libraries() -> None:
    # `kilas --help` and reads of a stored analysis must not pay for scikit-learn, scipy's
    # clustering, datasketch or trafilatura: they are imported where they are used.
    import subprocess
    import sys

    code = (
        "import sys, kilas.cli.main; "
        "print(sorted(m for m in ('sklearn', 'scipy.cluster', 'datasketch', 'trafilatura')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _copied_pile(tmp_path: Path) -> Path:
    """Two outlets: Suara.com re-publishes a dated ANTARA story the day after, plus an original."""
    pile = tmp_path / "pile"
    pile.mkdir()
    body = (
        "Menteri Keuangan Sri Mulyani Indrawati mengatakan pemerintah akan menambah anggaran "
        "subsidi energi tahun depan untuk menjaga daya beli masyarakat di tengah kenaikan harga "
        "minyak dunia. Ia menjelaskan tambahan itu dibahas bersama Badan Anggaran DPR pekan ini "
        "dan akan diumumkan setelah rapat kabinet terbatas di Istana Negara."
    )
    (pile / "a.txt").write_text(
        f"Anggaran Subsidi Naik\n3 Maret 2023 10:00 WIB\nJakarta (ANTARA News) - {body}\n",
        encoding="utf-8",
    )
    (pile / "b.txt").write_text(
        f"Subsidi Energi Ditambah\n4 Maret 2023 08:00 WIB\nSuara.com - {body}\n", encoding="utf-8"
    )
    (pile / "c.txt").write_text(
        "Banjir Rendam Kampung\n5 Maret 2023 07:00 WIB\nSuara.com - Banjir setinggi satu meter "
        "merendam ratusan rumah warga di Kampung Melayu sejak Sabtu dini hari, kata petugas.\n",
        encoding="utf-8",
    )
    return pile


def test_duplicates_lists_the_copy_once_with_outlets_and_share(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert kilas("ingest", str(_copied_pile(tmp_path)), "--db", db)[0] == 0
    code, out, err = kilas("duplicates", "--db", db, "--json")
    assert code == 0, err
    links = [json.loads(line) for line in out.splitlines()]
    assert len(links) == 1
    _, rows, _ = kilas("articles", "--db", db, "--json")
    outlet = {r["id"]: r["outlet"] for r in map(json.loads, rows.splitlines())}
    (link,) = links
    assert (link["relation"], link["shared"]) == ("exact", 1.0)
    assert {outlet[link["article_id"]], outlet[link["other_id"]]} == {"Suara.com", "ANTARA News"}
    code, out, _ = kilas("duplicates", link["other_id"][:8], "--db", db)
    assert code == 0
    assert "exact" in out and "100%" in out and outlet[link["article_id"]] in out
    code, _, err = kilas("duplicates", "ffffffff", "--db", db)
    assert code == 1 and "ffffffff" in err


def test_outlets_says_who_covered_what_and_who_copied(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert kilas("ingest", str(_copied_pile(tmp_path)), "--db", db)[0] == 0
    code, out, err = kilas("outlets", "--db", db, "--json")
    assert code == 0, err
    rows = {r["outlet"]: r for r in map(json.loads, out.splitlines())}
    assert set(rows) == {"Suara.com", "ANTARA News"}
    suara, antara = rows["Suara.com"], rows["ANTARA News"]
    assert (suara["articles"], suara["first"], suara["last"]) == (2, "2023-03-04", "2023-03-05")
    assert (suara["copies"], suara["copied"]) == (1, 0)
    assert (antara["articles"], antara["copies"], antara["copied"]) == (1, 0, 1)
    # The copy and its original tell one story; the flood is another, covered by Suara alone.
    assert len(suara["stories"]) == 2 and len(antara["stories"]) == 1
    assert antara["stories"][0] in suara["stories"]
