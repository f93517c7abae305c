"""Read news inputs (text, Markdown, HTML, JSON, JSONL, WARC) into articles.

>>> from kilas.ingest import read_inputs
>>> for item in read_inputs(["berita/"]):  # doctest: +SKIP
...     print(item.source)
"""

from kilas.ingest.paths import expand_paths
from kilas.ingest.read import read_inputs

__all__ = ["expand_paths", "read_inputs"]
