"""Briefing assembly and rendering (Markdown, self-contained HTML, JSON)."""

from kilas.report.briefing import build_briefing
from kilas.report.render import FORMATS, render

__all__ = ["FORMATS", "build_briefing", "render"]
