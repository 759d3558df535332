"""The actor layer on a corpus of synthetic articles, one construction (or hard negative) each.

What each article should give is stated in tests/fixtures/actors/cases.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Analysis, Entity

from ..conftest import analyse_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"
CASES: dict[str, dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def analyses(nlp) -> dict[str, Analysis]:  # type: ignore[no-untyped-def]
    return analyse_fixtures(nlp, FIXTURES, sorted(CASES))  # type: ignore[return-value]


def _entity(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"{name} not among {[e.name for e in analysis.entities]}"
    return found[0]


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_actor_reading(analyses: dict[str, Analysis], name: str) -> None:
    case, analysis = CASES[name], analyses[name]
    people = sorted(e.name for e in analysis.entities if e.type == "person")
    assert people == sorted(case["people"])
    for person, (title, affiliation) in case.get("roles", {}).items():
        roles = [(r.title, r.affiliation) for r in _entity(analysis, person).roles]
        assert (title, affiliation) in roles, roles
    for person, title in case.get("not_roles", {}).items():
        assert title not in [r.title for r in _entity(analysis, person).roles]
    for actor, kind in case.get("types", {}).items():
        assert _entity(analysis, actor).actor_type == kind
    for actor, code in case.get("countries", {}).items():
        assert _entity(analysis, actor).country_code == code
    for actor, count in case.get("mentions", {}).items():
        assert len(_entity(analysis, actor).mentions) == count
    for actor, alias in case.get("aliases", {}).items():
        assert alias in _entity(analysis, actor).aliases
    for office, owner in case.get("belongs_to", {}).items():
        entity = _entity(analysis, office)
        assert entity.belongs_to == _entity(analysis, owner).id and entity.belongs_to_name == owner
    for text, actor in case.get("linked", {}).items():
        assert text in [m.text for m in _entity(analysis, actor).mentions]
    for text in case.get("unresolved", []):
        assert text in [m.text for m in analysis.unresolved]
        assert all(text not in [m.text for m in e.mentions] for e in analysis.entities)


def test_every_mention_and_role_points_at_its_text(analyses: dict[str, Analysis]) -> None:
    for analysis in analyses.values():
        text = analysis.article.text
        for entity in analysis.entities:
            for mention in entity.mentions:
                assert text[mention.start:mention.end] == mention.text
            for role in entity.roles:
                assert text[role.span.start:role.span.end] == role.span.text
                assert role.rule
