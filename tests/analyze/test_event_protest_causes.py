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
