"""The roles a briefing shows for an entity: distinct up to exonyms, most cited first."""

from __future__ import annotations

from collections import Counter

from kilas.lang.id.exonyms import canonical_key
from kilas.model import Entity


def shown_roles(entity: Entity, limit: int = 3) -> list[str]:
    """Up to ``limit`` roles of ``entity``, one per canonical form ("Presiden China" = "Presiden
    Cina"), each written as its most cited form, the most cited roles first (then first seen)."""
    forms: dict[str, Counter[str]] = {}
    for role in entity.roles:
        forms.setdefault(canonical_key(role.role), Counter())[role.role] += 1
    ranked = sorted(forms.values(), key=lambda c: -sum(c.values()))
    return [counts.most_common(1)[0][0] for counts in ranked[:limit]]
