"""Option values that cannot mean anything are usage errors (exit 2), in the CLI and the API."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kilas.cli.main import app
from kilas.web.app import create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("options")
    rows = folder / "rows.jsonl"
    row = {
        "title": "Subsidi Energi Ditambah",
        "outlet": "Kompas.com",
        "published": "2023-10-18",
        "text": (
            "Menteri Keuangan Sri Mulyani mengatakan pada Senin (16/10) bahwa pemerintah akan "
            "menambah anggaran subsidi energi tahun depan untuk menjaga daya beli masyarakat."
        ),
    }
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")
    path = str(folder / "k.db")
    assert runner.invoke(app, ["ingest", str(rows), "--db", path]).exit_code == 0
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--from", "kemarin"], "[E108] --from 'kemarin' is not an ISO date"),
        (["timeline", "--to", "2023-13"], "[E108] --to '2023-13' is not an ISO date"),
        (["entities", "--type", "PERSON"], "[E109] --type 'PERSON' is not an entity type"),
    ],
)
def test_a_meaningless_filter_is_a_usage_error_not_an_empty_list(
    db: str, args: list[str], message: str
) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == result.stderr.strip().splitlines()[0]
    assert message in result.stderr


def test_good_filters_still_select(db: str) -> None:
    result = runner.invoke(app, ["timeline", "--from", "2023-10-16", "--to", "2023-10", "--db", db])
    assert result.exit_code == 0
    assert result.stdout.startswith("2023-10-16\tday\tMenteri Keuangan Sri Mulyani")
    result = runner.invoke(app, ["entities", "--type", "per", "--json", "--db", db])
    assert [json.loads(line)["name"] for line in result.stdout.splitlines()] == ["Sri Mulyani"]


def test_the_json_api_answers_a_meaningless_filter_with_422(db: str) -> None:
    client = TestClient(create_app(db))
    bad = client.get("/api/timeline", params={"from": "kemarin"})
    assert bad.status_code == 422
    assert "not an ISO date" in bad.json()["detail"]
    assert client.get("/api/entities", params={"type": "PERSON"}).status_code == 422
    assert client.get("/api/timeline", params={"from": "2023-10"}).status_code == 200
