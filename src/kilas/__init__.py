"""kilas: offline, Indonesian-first news intelligence.

The public API: open a corpus, ingest a pile of articles, read what kilas
found, and write a sourced briefing.

    >>> import kilas
    >>> corpus = kilas.Corpus.open("kilas.db")          # doctest: +SKIP
    >>> report = corpus.ingest(["../shared/seeds"])      # doctest: +SKIP
    >>> print(corpus.brief(format="md"))                 # doctest: +SKIP
"""

from kilas.api import Corpus, IngestReport
from kilas.errors import ConfigError, InputError, KilasError, PipelineError, StoreError
from kilas.model import Article, Rejected
from kilas.settings import Settings

__all__ = [
    "Article",
    "ConfigError",
    "Corpus",
    "IngestReport",
    "InputError",
    "KilasError",
    "PipelineError",
    "Rejected",
    "Settings",
    "StoreError",
]
__version__ = "0.1.0"
