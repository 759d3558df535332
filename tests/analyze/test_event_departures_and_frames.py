"""One departure told twice is one event; what "emerged" is the happening, not its coming out. Sentences written
for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2011-08-25\n\n" + body)


def test_stepping_down_and_resigning_are_one_departure(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Ann Holt, who founded Corvo, has stepped down from the post of chief executive. Holt "
                          "resigned in a short note to the board.")
    assert [e.category for e in events if e.category == "APPOINT"] == ["APPOINT"]
    # hard negative: two people leaving are two departures
    two = _events(nlp, "Ann Holt resigned as chair of Corvo in May. Omar Reyes resigned from the board on Friday.")
    assert [e.category for e in two] == ["APPOINT", "APPOINT"]


def test_what_emerged_is_the_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A scandal broke in 2003 when it emerged that a manager had hired an official's son.")
    assert "emerged" not in [e.trigger.text for e in events]
    # hard negative: people emerging from the rubble do so
    rubble = _events(nlp, "Survivors emerged from the rubble on Monday.")
    assert [e.trigger.text for e in rubble] == ["emerged"]


def test_a_body_discovered_is_a_death_and_the_one_told(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, "Police discovered the body of a hiker near the falls on Monday.")
    assert [(e.trigger.text, e.category) for e in found] == [("discovered", "DEATH")]
    # the body of someone whose death was told is that death, with the death's own day
    obituary = _events(nlp, "Ray Lunn, a former city treasurer, has died. He was 81. His body was discovered on "
                            "Tuesday by a neighbour. The coroner said Lunn died on Saturday.")
    deaths = [e for e in obituary if e.category == "DEATH"]
    assert len(deaths) == 1 and deaths[0].date is not None and deaths[0].date.value == "2011-08-20"
    # hard negatives: a body of evidence is no one's; another body is another death
    evidence = _events(nlp, "Researchers discovered a body of evidence linking the drug to the illness.")
    assert all(e.category != "DEATH" for e in evidence)
    other = _events(nlp, "A gunman killed a guard on Friday. The body of a woman was discovered in a park on "
                         "Saturday.")
    assert [e.category for e in other] == ["ASSAULT", "DEATH"]


def test_checking_out_of_a_clinic_and_heading_to_rehab_are_happenings(nlp) -> None:  # type: ignore[no-untyped-def]
    out = _events(nlp, "The singer checked out of the clinic on Monday.")
    assert [(e.trigger.text, e.category) for e in out] == [("checked", "HAPPENING")]
    rehab = _events(nlp, "The singer heads to rehab")
    assert [e.category for e in rehab if e.trigger.text == "heads"] == ["HAPPENING"]
    # hard negative: a product checked out is no happening
    assert [e for e in _events(nlp, "Reviewers checked out the new phone on Monday.") if e.trigger.text == "checked"] \
        == []


def test_a_time_in_an_apposition_says_who_someone_is(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The team placed Ray Otis, its leading scorer in 2009, on injured reserve.")
    assert [(e.trigger.text, e.date) for e in events if e.trigger.text == "placed"] == [("placed", None)]
    # hard negative: the act's own time dates it
    own = _events(nlp, "The team placed Ray Otis on injured reserve in 2009.")
    assert [e.date.value for e in own if e.trigger.text == "placed" and e.date] == ["2009"]


def test_a_headline_found_dead_is_the_death_and_the_life_keeps_its_own_times(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("date 2004-07-29\n\nFormer aide Ray Lunn found dead in motel\n\nRay Lunn, a former city treasurer who "
            "served a prison term for fraud, has died. A cleaner discovered his body on Tuesday. The coroner said "
            "Lunn died Saturday of natural causes. Lunn served four months in a state prison for the fraud.")
    events = events_of(nlp, text)
    assert [e.category for e in events if e.trigger.text == "found"] in ([], ["DEATH"])
    assert all(e.category != "ASSAULT" for e in events)
    served = [e for e in events if e.trigger.text == "served"]
    assert served and all(e.date is None for e in served)


def test_an_act_told_as_recent_keeps_off_the_day_just_told(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The firm opened a plant in Leeds on Monday. It recently hired 200 workers.")
    assert [e.date for e in events if e.trigger.text == "hired"] == [None]
    # hard negative: an act told next, with no such word, is on the day just told
    next_act = _events(nlp, "The firm opened a plant in Leeds on Monday. It hired 200 workers.")
    assert [e.date.value for e in next_act if e.trigger.text == "hired" and e.date] == ["2011-08-22"]
