"""Shared fixtures: the seed corpus and its gold, found at ../shared."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of seed articles."""
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The hand-made gold for the seeds."""
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Raw text of each seed article by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The shared training and evaluation data."""
    return DATA
