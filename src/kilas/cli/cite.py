"""How the CLI prints a citation: outlet, date and short article id."""

from __future__ import annotations

from collections.abc import Iterable

from kilas.api import Corpus
from kilas.model import Citation


class Citer:
    """Formats citations against the corpus's article list."""

    def __init__(self, corpus: Corpus) -> None:
        self.rows = {row.id: row for row in corpus.articles()}

    def __call__(self, citations: Iterable[Citation]) -> str:
        parts = []
        for article_id in dict.fromkeys(c.article_id for c in citations):
            row = self.rows.get(article_id)
            outlet = (row.outlet if row else None) or "outlet unknown"
            date = (row.date if row else None) or "undated"
            parts.append(f"{outlet}, {date}, {article_id[:8]}")
        return "[" + "; ".join(parts) + "]"
