"""Roles shown for an entity: one per canonical form, the most cited first."""

from __future__ import annotations

from kilas.model import Citation, Entity, Role
from kilas.report.roles import shown_roles


def _role(text: str, article: str) -> Role:
    return Role(role=text, citation=Citation(article_id=article, start=0, end=len(text)))


def test_exonym_variants_of_a_role_are_one_role_in_its_most_cited_form() -> None:
    entity = Entity(
        id="per:xi",
        name="Xi Jinping",
        type="PER",
        roles=(
            _role("Sekretaris Jenderal Partai Komunis", "a"),
            _role("Presiden Cina", "b"),
            _role("Presiden China", "c"),
            _role("Presiden China", "d"),
        ),
    )
    assert shown_roles(entity) == ["Presiden China", "Sekretaris Jenderal Partai Komunis"]
    assert shown_roles(entity, limit=1) == ["Presiden China"]
