"""Stages and the pipeline that runs them.

A stage is a pure function ``Article -> Article`` declared with :func:`stage`,
naming the layers it requires and the layers it assigns. :class:`Pipeline`
checks the wiring when it is built, so a missing layer is named before any
article is processed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from kilas.errors import PipelineError
from kilas.model import Article

StageFunc = Callable[..., Article]
"""A per-article stage: ``(article, *, <keyword options>) -> Article``."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    """A named per-article stage and its declared layers."""

    name: str
    func: StageFunc
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, article: Article, **options: Any) -> Article:
        """Run the stage and record the layers it assigned on the article."""
        result = self.func(article, **options)
        layers = tuple(dict.fromkeys((*result.layers, *sorted(self.assigns))))
        return dataclasses.replace(result, layers=layers)


def stage(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFunc], Stage]:
    """Declare a per-article stage.

    Returns:
        A decorator turning a function into a :class:`Stage`.
    """

    def wrap(func: StageFunc) -> Stage:
        return Stage(name=name, func=func, requires=frozenset(requires), assigns=frozenset(assigns))

    return wrap


class Pipeline:
    """Per-article stages run in order, wiring checked on construction."""

    def __init__(
        self,
        stages: Sequence[Stage],
        *,
        provided: Iterable[str] = ("raw",),
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        have = set(provided)
        for st in stages:
            missing = st.requires - have
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} requires {sorted(missing)} but no earlier stage "
                    f"assigns it; add the stage that does before {st.name!r}",
                    code="E301",
                )
            have |= st.assigns
        self.stages = tuple(stages)
        self.layers = frozenset(have)
        self.options = {name: dict(opts) for name, opts in (options or {}).items()}
        unknown = set(self.options) - set(self.names)
        if unknown:
            raise PipelineError(
                f"options given for unknown stage(s) {sorted(unknown)}", code="E302"
            )

    def __call__(self, article: Article, **extra: Mapping[str, Any]) -> Article:
        """Return the article with every stage applied.

        ``extra`` maps a stage name to per-call options (e.g. the boilerplate
        lines learned for this article's outlet), merged over the pipeline's.
        """
        for st in self.stages:
            article = st(article, **self.options.get(st.name, {}), **extra.get(st.name, {}))
        return article

    @property
    def names(self) -> tuple[str, ...]:
        """Stage names in run order."""
        return tuple(st.name for st in self.stages)
