"""A trial report tells two times: the day in court, and the deed the witnesses recall. What is testified to or
alleged, and a moment recalled, keep to their own time; the victim is no doer of the deed; on whose orders a
shot was fired names no target. Sentences written for these tests, each class beside a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2014-05-09\n\n" + body)  # a Friday


def _one(events: list[Event], trigger: str) -> Event:
    event = next((e for e in events if e.trigger.text == trigger), None)
    assert event is not None, [e.trigger.text for e in events]
    return event


def test_what_a_witness_testifies_to_is_not_the_day_in_court(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Jurors on Thursday heard from a dock worker at the trial of two brothers. The worker also "
                          "testified that he heard shouting before the attack on the guard.")
    assert _one(events, "testified").date is not None
    attack = _one(events, "attack")
    assert attack.date is None or attack.date.value != "2014-05-08"
    # hard negative: what the police report of the story's own day is dated by it
    events = _events(nlp, "Police sealed off the harbour on Thursday. Officers said a gunman opened fire on a "
                          "ferry.")
    assert _one(events, "opened").date is not None


def test_a_moment_recalled_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "On Thursday, the widow told jurors about the moment her husband was stabbed in the "
                          "market.")
    stabbed = _one(events, "stabbed")
    assert stabbed.date is None or stabbed.date.value != "2014-05-08"
    # hard negative: a relative clause with no moment takes the day put first
    events = _events(nlp, "On Thursday, fishermen rescued 40 migrants whose boat sank off the cape.")
    sank = _one(events, "sank")
    assert sank.date is not None and sank.date.value == "2014-05-08"


def test_the_victim_named_by_another_mention_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Two men are on trial, accused of killing Dana Whitlock in 2012. A witness said she saw "
                          "Whitlock killed near the quay.")
    killing = next(e for e in events if e.category == "ASSAULT")
    assert killing.target is not None and "Whitlock" in killing.target.name
    assert killing.source is None or "Whitlock" not in killing.source.name


def test_on_whose_orders_a_shot_was_fired_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    fired = _one(_events(nlp, "A gunman fired from a balcony at the command of his uncle Joe Marr."), "fired")
    assert fired.target is None or ("Marr" not in fired.target.name and "balcony" not in fired.target.name)
    # hard negative: fired on a convoy, the convoy is the target
    fired = _one(_events(nlp, "Rebels fired on the convoy on Monday."), "fired")
    assert fired.target is not None and fired.target.name == "convoy"


def test_the_deeds_a_sentence_is_for_are_not_dated_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "He was jailed in March 1990 on two sentences for arson of a barn, aggravated robbery "
                          "and burglary of a warehouse with intent to commit theft.")
    dated = {e.trigger.text: (e.date.value if e.date else None) for e in events}
    assert dated.get("jailed") == "1990-03"
    for deed in ("arson", "robbery", "burglary"):
        assert dated.get(deed, "absent") != "1990-03", (deed, dated)
    assert "commit" not in dated  # part of the offence's legal name
    # hard negative: a date inside the deed's own phrase dates the deed
    events = _events(nlp, "He was convicted in 2001 of a robbery committed in 1998.")
    assert {e.trigger.text: e.date.value for e in events if e.date}.get("robbery") == "1998"


def test_a_traffic_stop_and_the_arrest_after_it_are_two_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Tom Reyes was pulled over on a bridge on May 4 and later arrested for driving while "
                          "drunk.")
    assert [e.trigger.text for e in events if e.category == "COERCE"] == ["pulled", "arrested"]
    # hard negative: an arrest told again as "his arrest" is the same arrest
    events = _events(nlp, "Police arrested Tom Reyes on May 4. His arrest drew wide attention.")
    assert [e.trigger.text for e in events if e.category == "COERCE"] == ["arrested"]


def test_charges_weighed_are_not_filed(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The city attorney is considering whether to file charges against Tom Reyes.")
    assert [(e.category, e.modality) for e in events] == [("LEGAL", "hypothetical")]


def test_a_trial_date_set_or_a_hearing_pencilled_in_is_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A trial date has been set for the dock worker. A two-day hearing was pencilled in for "
                          "October.")
    found = {e.trigger.text: (e.modality, e.date.value if e.date else None) for e in events}
    assert found.get("trial", ("?",))[0] == "planned", found
    assert found.get("hearing") == ("planned", "2014-10"), found
    # hard negative: a hearing held on a day is done
    events = _events(nlp, "A two-day hearing was held in March.")
    assert [(e.modality, e.date.value if e.date else None) for e in events if e.trigger.text == "hearing"] == [
        ("happened", "2014-03")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The bodies of two fishermen were found on the shore on Monday.", "found", "DEATH"),
    ("The files were found in a skip on Monday.", "found", "HAPPENING"),  # hard negative: a discovery
    ("The dock worker entered a plea of not guilty on Monday.", "entered", "LEGAL"),
    ("The trial resumed on Monday.", "trial", "LEGAL"),
    ("The skipper was threatened with death by a rival crew.", "death", "ASSAULT"),
    ("The death of the witness shocked the port.", "death", "DEATH"),  # hard negative: a death told
])
def test_court_and_crime_words_in_their_own_categories(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                       expected: str) -> None:
    assert [e.category for e in _events(nlp, body) if e.trigger.text == trigger] == [expected], body


def test_a_participle_in_the_subject_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Footage of a guard wounded in the robbery was released on Thursday.")
    found = {e.trigger.text: (e.date.value if e.date else None) for e in events}
    assert found.get("released") == "2014-05-08" and found.get("robbery", "absent") != "2014-05-08", found
    # hard negative: a participle's own time dates it
    events = _events(nlp, "Footage of a guard wounded in a robbery on Monday was released on Thursday.")
    assert {e.trigger.text: (e.date.value if e.date else None) for e in events}.get("robbery") == "2014-05-05"
