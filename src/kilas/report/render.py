"""Render a :class:`~kilas.model.Briefing` as Markdown, HTML or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from kilas.errors import ConfigError
from kilas.model import Briefing
from kilas.report.html import render_html
from kilas.report.markdown import render_markdown


def render_json(briefing: Briefing) -> str:
    """The briefing as JSON (``Briefing.to_dict()``, schema-versioned)."""
    return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Briefing], str]] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
}


def render(briefing: Briefing, *, format: str = "md") -> str:
    """Return the briefing in ``format`` (``md``, ``html`` or ``json``).

    Raises:
        ConfigError: the format is not one of :data:`FORMATS`.
    """
    try:
        renderer = FORMATS[format]
    except KeyError as e:
        raise ConfigError(
            f"unknown briefing format {format!r}; use one of {', '.join(FORMATS)}", code="E104"
        ) from e
    return renderer(briefing)
