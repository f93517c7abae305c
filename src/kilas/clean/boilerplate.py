"""Boilerplate learned per outlet: short lines that recur across an outlet's articles.

The caller owns a :class:`BoilerplateLearner`, feeds it articles with
:meth:`~BoilerplateLearner.observe`, and passes
:meth:`~BoilerplateLearner.lines_for` of an article's outlet to
:func:`kilas.clean.clean_article`. It persists through ``to_dict``/``from_dict``.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Mapping
from typing import Any

from kilas.errors import ConfigError
from kilas.lang.id.outlets import known_outlet, outlet_for_url, url_host
from kilas.model import Article
from kilas.settings import CleanSettings

MAX_LINE_WORDS = 12
"""Longer lines are never learned: boilerplate is short."""
MAX_LINES_PER_OUTLET = 2000
"""Lines kept per outlet; when exceeded, the rarest are pruned."""
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = str.maketrans("0123456789", "0" * 10)


def normalize_line(line: str) -> str:
    """Return the matching key of a line: lowercase, whitespace collapsed, digits as 0.

    >>> normalize_line("  Baca  Juga: Berita 2024 ")
    'baca juga: berita 0000'
    """
    # str.split() and the regex \s agree on what whitespace is; splitting is the faster of the two.
    return _key(line.split())


def _key(words: list[str]) -> str:
    """:func:`normalize_line` of a line already split into words."""
    key = " ".join(words).casefold()
    return key.translate(_ASCII_DIGITS) if key.isascii() else _DIGIT.sub("0", key)


def outlet_key(outlet: str | None, url: str | None = None) -> str | None:
    """The key an article's outlet is counted under: the outlet, else its URL's outlet or host."""
    if outlet:
        return (known_outlet(outlet) or outlet).casefold()
    if url:
        name = outlet_for_url(url) or url_host(url)
        return name.casefold() if name else None
    return None


class BoilerplateLearner:
    """Counts short normalised lines per outlet, across articles.

    A line is boilerplate for an outlet once it was seen in at least
    ``settings.boilerplate_min_articles`` of its articles and in at least
    ``settings.boilerplate_min_share`` of them. Memory stays bounded: each
    outlet keeps at most :data:`MAX_LINES_PER_OUTLET` lines, the rarest pruned
    first (a pruned line starts counting again from zero).
    """

    def __init__(self, *, settings: CleanSettings | None = None) -> None:
        self.settings = settings or CleanSettings()
        self._articles: collections.Counter[str] = collections.Counter()
        self._lines: dict[str, collections.Counter[str]] = {}
        # outlet key -> (its article count when computed, its boilerplate lines)
        self._found: dict[str, tuple[int, frozenset[str]]] = {}

    def observe(self, article: Article) -> None:
        """Count the short lines of ``article.raw`` under the article's outlet (or URL host)."""
        key = outlet_key(article.outlet, article.url)
        if key is None:
            return
        seen = set()
        for line in article.raw.splitlines():
            words = line.split()
            if words and len(words) <= MAX_LINE_WORDS:
                seen.add(_key(words))
        self._articles[key] += 1
        counts = self._lines.setdefault(key, collections.Counter())
        counts.update(seen)
        if len(counts) > 2 * MAX_LINES_PER_OUTLET:
            self._lines[key] = collections.Counter(dict(counts.most_common(MAX_LINES_PER_OUTLET)))

    def lines_for(self, outlet: str | None) -> frozenset[str]:
        """Return the normalised boilerplate lines of ``outlet`` (empty when unknown).

        Computed once per outlet until the outlet's next observed article.
        """
        key = outlet_key(outlet)
        if key is None or key not in self._lines:
            return frozenset()
        total = self._articles[key]
        found = self._found.get(key)
        if found is not None and found[0] == total:
            return found[1]
        floor = max(
            self.settings.boilerplate_min_articles, self.settings.boilerplate_min_share * total
        )
        lines = frozenset(line for line, n in self._lines[key].items() if n >= floor)
        self._found[key] = (total, lines)
        return lines

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the counts."""
        return {
            "version": 1,
            "articles": dict(self._articles),
            "lines": {key: dict(counts) for key, counts in self._lines.items()},
        }

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, settings: CleanSettings | None = None
    ) -> BoilerplateLearner:
        """Rebuild a learner from :meth:`to_dict` output.

        Raises:
            ConfigError: the data is not a learner's dict.
        """
        if data.get("version") != 1 or not isinstance(data.get("lines"), Mapping):
            raise ConfigError(
                f"cannot load boilerplate counts: expected version 1 with 'lines', "
                f"got keys {sorted(data)}; rebuild them by observing the articles again",
                code="E110",
            )
        learner = cls(settings=settings)
        learner._articles = collections.Counter(
            {str(k): int(v) for k, v in data["articles"].items()}
        )
        learner._lines = {
            str(k): collections.Counter({str(line): int(n) for line, n in v.items()})
            for k, v in data["lines"].items()
        }
        return learner
