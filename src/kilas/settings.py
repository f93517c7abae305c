"""One typed settings tree. Each stage owns a section; defaults live here.

Settings can be loaded from a TOML file whose tables are named after the
sections (``[clean]``, ``[dedup]``, …); unknown keys are an error, so a typo
never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

from kilas.errors import ConfigError


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    """How inputs are read."""

    max_bytes: int = 64 * 1024 * 1024
    """Largest single file (or WARC record) read; larger inputs are rejected."""
    max_chars: int = 100_000
    """Longest single article, in characters of decoded text; longer ones are rejected (E015).
    News articles run to a few thousand characters (IndoSum's longest: 8,830). Annotation
    grows faster than the length on text without sentence ends: a 10 MB line read as one
    article took a minute of CPU and 5 GB of memory, 195,000 characters 30 CPU s."""
    encoding: str | None = None
    """Force an encoding instead of detecting it."""
    batch_size: int = 500
    """Articles written per store transaction."""
    workers: int = 1
    """Processes that clean and annotate articles in parallel (1: in this process)."""
    cluster: str | None = None
    """Clean and annotate on a Dask cluster instead: a scheduler address
    (``tcp://host:8786``), or ``local`` for a local Dask cluster of ``workers`` processes.
    Needs the ``dask`` extra; the store is still written by this process alone."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class CleanSettings:
    """How raw text is cleaned."""

    boilerplate_min_articles: int = 3
    """A line seen in at least this many articles of one outlet is boilerplate…"""
    boilerplate_min_share: float = 0.3
    """…and in at least this share of that outlet's articles."""
    caption_max_words: int = 12
    """Longest verbless line that may be taken for a photo caption."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class DedupSettings:
    """How near-duplicates are found."""

    num_perm: int = 128
    """MinHash permutations; the Jaccard estimate's standard error is ~1/sqrt(num_perm)."""
    shingle_size: int = 5
    """Words per shingle."""
    threshold: float = 0.5
    """LSH Jaccard threshold for article candidates."""
    min_shared: float = 0.5
    """Smallest shared fraction (containment) reported as a copy."""
    paragraph_min_words: int = 12
    """Shorter paragraphs are not tracked across articles."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The whole settings tree."""

    ingest: IngestSettings = dataclasses.field(default_factory=IngestSettings)
    clean: CleanSettings = dataclasses.field(default_factory=CleanSettings)
    dedup: DedupSettings = dataclasses.field(default_factory=DedupSettings)

    @classmethod
    def load(cls, path: str | Path) -> Settings:
        """Read settings from a TOML file, over the defaults.

        Raises:
            ConfigError: the file is unreadable, not TOML, or names an unknown key.
        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"cannot read settings {str(path)!r}: {e}", code="E101") from e
        return cls.from_mapping(data, origin=str(path))

    @classmethod
    def from_mapping(cls, data: dict[str, Any], *, origin: str = "<settings>") -> Settings:
        """Build settings from nested dicts, rejecting unknown sections and keys."""
        sections: dict[str, Any] = {}
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for name, values in data.items():
            if name not in fields:
                raise ConfigError(
                    f"{origin}: unknown settings section [{name}]; "
                    f"known sections: {', '.join(sorted(fields))}",
                    code="E102",
                )
            section_type = type(getattr(cls(), name))
            known = {f.name for f in dataclasses.fields(section_type)}
            unknown = set(values) - known
            if unknown:
                raise ConfigError(
                    f"{origin}: unknown key(s) {sorted(unknown)} in [{name}]; "
                    f"known keys: {', '.join(sorted(known))}",
                    code="E103",
                )
            sections[name] = section_type(**values)
        return cls(**sections)
