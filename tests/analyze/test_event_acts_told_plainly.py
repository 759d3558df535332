"""Acts told in plain words that no CAMEO verb names: people counted rather than named ("three were arrested"),
an enterprise set up, damages to pay, duties announced, a refusal of an act no lexicon holds. Sentences written
for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2025-03-14\n\nHARBOURTON — " + body)


def _readings(nlp, body: str, trigger: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # people counted are people: an arrest of "three" is an arrest
    ("Two deckhands were held at the quay; four were arrested at a farm.", "arrested", [("COERCE", "happened")]),
    ("Two others were questioned and released.", "released", [("RETREAT", "happened")]),
    ("Four were detained on Monday.", "detained", [("COERCE", "happened")]),
    # an enterprise set up is founded; roadblocks set up are not
    ("In 2021 she set up a bakery near the harbour.", "set", [("LAUNCH", "happened")]),
    ("He opened a tea stall by the ferry terminal in 2019.", "opened", [("LAUNCH", "happened")]),
    ("Police set up roadblocks around the harbour.", "set", []),
    # what a court makes a party pay is the case's; a price paid is a purchase
    ("The two skippers will have to pay $40,000 in damages.", "pay", [("LEGAL", "planned")]),
    ("The co-operative paid $2 million for the quay.", "paid", []),
    # duties announced are imposed; talks announced stay talks
    ("Ostrava announced duties on imported steel on Monday.", "announced", [("SANCTION", "happened")]),
    # a refusal of an act no lexicon names is a rejection; a refusal to speak is routine
    ("The council refused to consider the petition.", "refused", [("REJECT", "happened")]),
    ("The port authority declined to comment.", "declined", []),
    ("The board refused to approve the merger.", "approve", [("CONCEDE", "blocked")]),
])
def test_acts_told_plainly(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_counted_people_are_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    (arrest,) = [e for e in _events(nlp, "Three were arrested on Monday.") if e.trigger.text == "arrested"]
    assert arrest.target is not None and arrest.target.name == "Three"
    assert arrest.date is not None and arrest.date.value == "2025-03-10"
