"""The briefing JSON is documented by docs/briefing-schema.json, and a real one validates."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from kilas.api import Corpus
from kilas.report.schema import briefing_schema

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "briefing-schema.json"


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert committed == briefing_schema(), "regenerate: python -m kilas.report.schema"


def test_seed_briefing_validates(seeds_dir: Path, tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "k.db") as corpus:
        corpus.ingest([seeds_dir])
        briefing = json.loads(corpus.brief(format="json"))
    jsonschema.validate(briefing, briefing_schema())
    assert briefing["stories"] and briefing["timeline"] and briefing["quotes"]


def test_a_wrong_field_fails_validation() -> None:
    bad = {"title": "x", "articles": [], "outlets": [], "stories": "none"}
    with pytest.raises(jsonschema.ValidationError, match="'none' is not of type 'array'"):
        jsonschema.validate(bad, briefing_schema())
