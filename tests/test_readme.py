"""The README stays true: its two commands come first and every command it shows exists."""

from __future__ import annotations

import re
from pathlib import Path

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
