"""A company's or a building's history told in a feature: a business that "died", the "failures" of a programme,
"her administration", what a co-op "once produced and sold", a mill that "burned down", a lawyer who bought the
site. Sentences written for these tests, each class beside a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2012-08-07\n\n" + body)


def _readings(nlp, body: str, trigger: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.category, e.date.value if e.date else None) for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a business, a plan or an engine that "dies" is no death; a person's is, and a bill's is a happening
    ("The cannery eventually died despite a state rescue.", "died", []),
    ("The retired fisherman died at his home on Sunday.", "died", [("DEATH", "2012-08-05")]),
    ("The ferry bill died in committee in May.", "died", [("HAPPENING", "2012-05")]),
    # the failures of a programme are a judgement; a power failure is an accident
    ("The audit listed the successes and failures of the programme.", "failures", []),
    ("A power failure hit the harbour district on Sunday.", "failure", [("ACCIDENT", "2012-08-05")]),
    # a term in office is no happening
    ("The trouble goes back to before her administration.", "administration", []),
    # a building or a forest burning is a fire
    ("The old cannery burned to the ground on Sunday.", "burned", [("ACCIDENT", "2012-08-05")]),
    # a body, colony or fund established is founded; relations established are diplomatic support (PLOVER)
    ("The settlement was established by the federal government in 1935.", "established", [("LAUNCH", "1935")]),
    ("The two kingdoms established diplomatic relations in 1990.", "established", [("SUPPORT", "1990")]),
    # someone falling somewhere is an accident; falling ill or an amount falling is not
    ("A hiker slipped and fell into a gully on Sunday.", "slipped", [("ACCIDENT", "2012-08-05")]),
    ("The skipper fell ill on Sunday.", "fell", [("HAPPENING", "2012-08-05")]),
    ("Shares in the cannery fell 6 percent on Sunday.", "fell", []),
    # a car that rear-ends another crashes, however the tokenizer splits the word
    ("The driver rear-ended a truck on Aug. 5.", "rear-ended", [("ACCIDENT", "2012-08-05")]),
    # parole revoked is a court's act
    ("His parole was revoked on Sunday.", "revoked", [("LEGAL", "2012-08-05")]),
    # what results or a survey show is a finding, no happening; a carmaker showing models at a fair is one
    ("The test results were released on Sunday and showed no trace of the toxin.", "showed", []),
    # what something sounded or looked like is a likeness; the blaze itself is told
    ("The blaze looked like an explosion.", "explosion", []),
    ("The blaze looked like an explosion.", "blaze", [("ACCIDENT", None)]),
    # a lawyer buying a site trades like anyone; a state buying oil stays CAMEO's cooperation
    ("The site was purchased by a local attorney in 2010.", "purchased", [("BUSINESS", "2010")]),
    ("China purchased oil from Iran in 2010.", "purchased", [("COOPERATE", "2010")]),
])
def test_histories_in_features(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                               expected: list[tuple[str, str | None]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_once_before_a_pair_of_verbs_makes_both_background(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The cannery burned down on Sunday. The co-op once canned and sold most of the salmon "
                          "in the state.")
    sold = [e for e in events if e.trigger.text == "sold"]
    assert sold and sold[0].date is None
    # hard negative: without "once", the pair is told on the story's day
    events = _events(nlp, "The cannery burned down on Sunday. Volunteers salvaged and sold the old machinery.")
    sold = [e for e in events if e.trigger.text == "sold"]
    assert sold and sold[0].date is not None and sold[0].date.value == "2012-08-05"


def test_a_participle_describing_a_noun_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, "The fund was set up to relocate struggling fishermen.")
                if e.trigger.text == "struggling"]
