"""What a protest is held to voice (a demand, a denunciation, backing) is its cause, told with it — one happening;
a demand with its own subject and day stays apart. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 HARBOURTON — " + body
    return events_of(nlp, text)


@pytest.mark.parametrize("body", [
    "Thousands of dock workers rallied outside the port authority on Tuesday to demand higher pay.",
    "About 2,000 students marched through the old town on Monday, denouncing the new tuition fees.",
])
def test_the_cause_of_a_protest_is_told_with_it(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, body)
    assert [e.category for e in events] == ["PROTEST"]


def test_a_demand_with_its_own_subject_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Dock workers rallied outside the port authority on Monday, and on Tuesday the union "
                          "demanded talks with the harbour board.")
    assert {"PROTEST", "DEMAND"} <= {e.category for e in events}


RIOT = "Thousands of dock workers marched on the port authority on Tuesday in a protest over pay. "


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a riot's damage to things, and violence or clashes in a protest story with no arms, are the riot
    ("Youths smashed shop windows and hurled stones at the customs house.", "smashed", "PROTEST"),
    ("Youths smashed shop windows and hurled stones at the customs house.", "hurled", "PROTEST"),
    ("Violence broke out near the quay in the evening.", "broke", "PROTEST"),
    # hard negatives: stones hurled at police, or a guard beaten, are attacks on people
    ("Youths hurled stones at riot police near the quay.", "hurled", "ASSAULT"),
    ("Youths beat a customs guard near the quay.", "beat", "ASSAULT"),
    # defying a strike is a refusal, no blow; breaking into tears is no happening
    ("Two newspapers broke the strike and printed on Wednesday.", "broke", "REJECT"),
])
def test_a_riots_blows_at_things_are_the_riot(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              category: str) -> None:
    found = {e.trigger.text: e.category for e in _events(nlp, RIOT + body)}
    assert found.get(trigger) == category, found


def test_breaking_into_tears_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {e.trigger.text for e in _events(nlp, RIOT + "The union leader broke into tears on the quay.")}
    assert "broke" not in found
