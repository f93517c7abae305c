"""What the CLI prints for text the user did not write: titles, outlets and labels as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kilas.cli.main import app

runner = CliRunner()

_ROW = {
    "title": "Harga Beras [/bold] Naik Lagi",
    "outlet": "Koran [/x]",
    "published": "2023-10-18",
    "text": (
        "Menteri Perdagangan Zulkifli Hasan mengatakan pada Senin (16/10) bahwa harga beras "
        "[/bold] naik lagi di pasar induk. Menteri Keuangan Sri Mulyani juga hadir di Istana "
        "Negara pada Selasa (17/10) untuk rapat anggaran negara."
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("brackets")
    rows = folder / "rows.jsonl"
    rows.write_text(json.dumps(_ROW) + "\n", encoding="utf-8")
    path = str(folder / "k.db")
    result = runner.invoke(app, ["ingest", str(rows), "--db", path])
    assert result.exit_code == 0, result.stderr
    return path


@pytest.mark.parametrize("command", ["articles", "stories", "outlets"])
def test_square_brackets_in_titles_and_outlets_are_printed_not_read_as_markup(
    db: str, command: str
) -> None:
    result = runner.invoke(app, [command, "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "[/bold]" in result.stdout  # the title, maybe wrapped over lines by the table
    assert "Koran [/x]" in result.stdout


def test_story_heading_prints_a_label_with_brackets(db: str) -> None:
    stories = runner.invoke(app, ["stories", "--db", db, "--json"]).stdout
    story_id = json.loads(stories.splitlines()[0])["id"]
    result = runner.invoke(app, ["story", story_id[:8], "--db", db])
    assert result.exit_code == 0, result.stderr
    first, second = result.stdout.splitlines()[:2]
    assert first == "Harga Beras [/bold] Naik Lagi  2023-10-18"
    assert second.startswith("outlets: Koran [/x]; entities: ")


def test_entity_lists_each_role_once_with_every_source(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    texts = [
        "Menteri Keuangan Sri Mulyani mengatakan anggaran negara aman pada Senin (16/10).",
        "Menteri Keuangan Sri Mulyani menambah subsidi energi pada Selasa (17/10).",
    ]
    rows.write_text(
        "".join(
            json.dumps({"text": text, "outlet": outlet, "published": "2023-10-18"}) + "\n"
            for text, outlet in zip(texts, ["Kompas.com", "Tempo.co"], strict=True)
        ),
        encoding="utf-8",
    )
    db = str(tmp_path / "k.db")
    assert runner.invoke(app, ["ingest", str(rows), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["entity", "Sri Mulyani", "--db", db])
    assert result.exit_code == 0, result.stderr
    roles = [line for line in result.stdout.splitlines() if line.startswith("role: ")]
    assert len(roles) == 1, result.stdout
    assert roles[0].startswith("role: Menteri Keuangan [")
    assert "Kompas.com" in roles[0] and "Tempo.co" in roles[0]


def test_search_prints_one_line_per_hit_and_json_on_request(
    seeds_dir: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "k.db")
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["search", "Putin", "--db", db])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5  # every seed article names Putin; a snippet spans paragraphs
    assert all(len(line.split("\t")) == 3 for line in lines)
    result = runner.invoke(app, ["search", "Novo-Ogaryovo", "--db", db, "--json"])
    assert result.exit_code == 0, result.stderr
    (hit,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (
        hit["title"] == "Putin Ajak Xi Jinping Perkuat Kerja Sama Militer, Puji Usaha Lawan Barat"
    )
    assert set(hit) == {"article_id", "title", "snippet", "rank"}
    assert runner.invoke(app, ["search", "Atlantis", "--db", db]).exit_code == 1
