"""Fixtures for the clean stage: the seed articles, cleaned once per session."""

from __future__ import annotations

import pytest

from kilas.clean import clean_article
from kilas.model import Article


@pytest.fixture(scope="session")
def cleaned(seed_texts: dict[str, str]) -> dict[str, Article]:
    """Each seed article after the clean stage, by file name."""
    return {
        name: clean_article(Article(id=name, source=name, raw=raw))
        for name, raw in seed_texts.items()
    }
