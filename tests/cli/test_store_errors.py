"""A --db that is not a usable store, and an interrupted ingest: one line, no traceback."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kilas.api import Corpus, IngestReport
from kilas.cli import ingest as ingest_command
from kilas.cli.main import app

runner = CliRunner()


def kilas(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("command", ["articles", "stories", "brief", "search Putin"])
def test_reading_a_store_that_does_not_exist_does_not_create_an_empty_one(
    tmp_path: Path, command: str
) -> None:
    db = tmp_path / "salah-ketik.db"
    code, out, err = kilas(*command.split(), "--db", str(db))
    assert code == 1
    assert out == ""
    line = _one_line(err)
    assert line.startswith("kilas: [E205] no store at ")
    assert "salah-ketik.db" in line and "kilas ingest" in line
    assert not db.exists()


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    db = tmp_path / "catatan.db"
    db.write_text("bukan basis data\n" * 100, encoding="utf-8")
    code, _, err = kilas("articles", "--db", str(db))
    assert code == 1
    line = _one_line(err)
    assert line.startswith("kilas: [E203] cannot open store ")
    assert "catatan.db" in line and "file is not a database" in line
    assert "sqlalche.me" not in line


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "kontak.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE kontak (nama TEXT, telepon TEXT)")
    code, _, err = kilas("ingest", str(tmp_path / "tidak-ada.txt"), "--db", str(db))
    assert code == 1
    line = _one_line(err)
    assert line.startswith("kilas: [E204] ")
    assert "not a kilas store" in line and "kontak" in line
    with sqlite3.connect(db) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
    assert tables == ["kontak"]


def test_a_folder_given_as_db_is_named(tmp_path: Path) -> None:
    code, _, err = kilas("articles", "--db", str(tmp_path))
    assert code == 1
    assert "it is a folder" in _one_line(err)


def test_writing_to_a_read_only_store_is_one_line(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    assert kilas("ingest", str(seeds_dir / "003_3f1231850dda2433.txt"), "--db", str(db))[0] == 0
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"  # as a file the user cannot write
    code, _, err = kilas("ingest", str(seeds_dir), "--db", read_only)
    assert code == 1
    line = _one_line(err)
    assert line.startswith("kilas: [E206] store ")
    assert "readonly database" in line and "writable" in line
    code, out, _ = kilas("articles", "--db", read_only, "--json")
    assert code == 0 and len(out.splitlines()) == 1


def test_interrupted_ingest_keeps_what_was_stored_and_a_rerun_completes_it(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pile = tmp_path / "pile"
    shutil.copytree(seeds_dir, pile)
    first = sorted(pile.iterdir())[0]

    def interrupted(corpus: Corpus, paths: list[Path]) -> IngestReport:
        corpus.ingest([first])  # one batch committed, then Ctrl-C
        raise KeyboardInterrupt

    db = str(tmp_path / "k.db")
    with monkeypatch.context() as patch:
        patch.setattr(ingest_command, "run_ingest", interrupted)
        code, _, err = kilas("ingest", str(pile), "--db", db)
    assert code == 130
    line = _one_line(err)
    assert line.startswith("kilas: interrupted; ") and "run the same command again" in line
    code, _, err = kilas("ingest", str(pile), "--db", db)
    assert code == 0, err
    assert "read 5, new 4, unchanged 1" in err
    code, out, _ = kilas("articles", "--db", db, "--json")
    assert len(out.splitlines()) == 5
