"""What a rule, a law, a change or a course of action does to something is an effect told of a thing, not
anyone's act: event data codes acts of actors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..conftest import events_of


def _triggers(nlp, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.text for e in events_of(nlp, "date 2025-03-12\n\nHARBOURTON — " + body)]


@pytest.mark.parametrize(("body", "effect"), [
    ("The council today scrapped a last-minute rule that undermined protections for tenants.", "undermined"),
    ("For decades, the Clean Harbours Act has protected the fishing grounds, the minister said.", "protected"),
    ("Putting limits on the inspectors fundamentally undermines the ability of regulators to act.", "undermines"),
    ("Several late regulatory changes by the previous government have weakened the tenancy law.", "weakened"),
    ("The earlier Mayor Grant move allowed landlords to decide for themselves whether repairs were needed.",
     "allowed"),
])
def test_an_effect_of_a_thing_is_no_event(nlp, body: str, effect: str) -> None:  # type: ignore[no-untyped-def]
    assert effect not in _triggers(nlp, body)


@pytest.mark.parametrize(("body", "act"), [
    # hard negatives: the same verbs done by someone stay acts
    ("Rebels threatened the town on Monday.", "threatened"),
    ("Troops protected the convoy as it crossed the border.", "protected"),
    ("Whoever fired the warning shot protected the children, the officer said.", "protected"),
    ("The minister allowed the ship to dock on Tuesday.", "allowed"),
    ("The council today scrapped a last-minute rule that undermined protections for tenants.", "scrapped"),
])
def test_the_same_verbs_done_by_someone_stay(nlp, body: str, act: str) -> None:  # type: ignore[no-untyped-def]
    assert act in _triggers(nlp, body)
