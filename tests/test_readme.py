"""The README stays true: its two commands come first and every command it shows exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kilas.cli.main import app

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_opens_with_make_demo_and_make_test() -> None:
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```")[1]
    assert first_block.split() == ["make", "demo", "make", "test"]


def test_every_kilas_command_in_the_readme_exists() -> None:
    text = README.read_text(encoding="utf-8")
    shown = set(re.findall(r"^kilas ([a-z]+)", text, flags=re.MULTILINE))
    shown |= set(re.findall(r"\| ([a-z]+) ID", text))
    help_text = CliRunner().invoke(app, ["--help"]).stdout
    assert shown, "the README shows no command"
    for command in sorted(shown):
        assert re.search(rf"│ {command}\b", help_text), f"`kilas {command}` is not a command"


def test_the_python_api_example_runs_as_written(
    seeds_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = README.read_text(encoding="utf-8")
    example = text.split("## Python API", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    assert 'kilas.Corpus.open("kilas.db")' in example and '"../shared/seeds"' in example
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "seeds").symlink_to(seeds_dir)
    monkeypatch.chdir(work)  # the example's relative paths, as from the repository root
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "5 0 []"  # five new articles, none rejected
    assert "# Briefing" in printed
