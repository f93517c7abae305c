"""The clean stage: boilerplate, captions, repeated paragraphs and header parsing.

Public API: :func:`clean_article` (the ``clean`` stage), :class:`BoilerplateLearner`
(per-outlet boilerplate, owned by the caller) and :func:`normalize_line`.
"""

from kilas.clean.article import clean_article
from kilas.clean.boilerplate import BoilerplateLearner, normalize_line

__all__ = ["BoilerplateLearner", "clean_article", "normalize_line"]
