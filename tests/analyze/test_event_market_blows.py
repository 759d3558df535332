"""A blow whose only sufferer is a traded thing is a price move, not violence; an attack on a bourse building or
on people stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..conftest import events_of


def _categories(nlp, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 HARBOURTON — " + body
    return [e.category for e in events_of(nlp, text)]


@pytest.mark.parametrize("body", [
    "Mining stocks were hammered on Tuesday after the copper forecast.",
    "Government bonds have been getting beat up all week.",
    "The rate decision battered the rupee on Monday.",
])
def test_a_price_move_told_as_a_blow_is_no_violence(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body) == []


@pytest.mark.parametrize("body", [
    "Gunmen attacked the stock exchange on Monday.",
    "Riot police beat protesters outside the bourse on Tuesday.",
])
def test_an_attack_on_a_building_or_people_stays_violence(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _categories(nlp, body)
