"""One named person's death or attack told again in later sentences is one happening; a second attack, a threat
beside the killing and two attackers stay apart. Sentences written for these tests."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 HARBOURTON — " + body
    return events_of(nlp, text)


def _of(events: list[Event], category: str) -> list[Event]:
    return [e for e in events if e.category == category]


def test_a_named_persons_death_told_again_is_one_death(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Dr. Marta Lindqvist was killed on Oct. 3 by a gunman hiding in her garden. Two men "
                          "visited the clinic the day after Lindqvist's death, police said.")
    deaths = _of(events, "DEATH") + _of(events, "ASSAULT")  # a killing is the attack and the death at once
    assert len(deaths) == 1
    assert deaths[0].date is not None and deaths[0].date.value == "2024-10-03"


def test_two_people_who_died_are_two_deaths(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Dr. Marta Lindqvist was killed on Oct. 3 by a gunman hiding in her garden. Colin "
                          "Ashby, her neighbour, died in hospital on Saturday.")
    assert len(_of(events, "DEATH") + _of(events, "ASSAULT")) == 2


def test_an_attack_on_a_named_person_told_again_is_one_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Gunmen shot Daniel Okafor outside his office in the port district. Okafor, 41, was "
                          "stabbed as he tried to flee, witnesses said.")
    assert len(_of(events, "ASSAULT")) == 1


def test_a_second_attack_on_the_same_person_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Gunmen shot Daniel Okafor outside his office in 2019. Okafor was attacked again in "
                          "2021 by a man with a knife.")
    assert len(_of(events, "ASSAULT")) == 2


def test_a_shooting_and_the_death_it_caused_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Gunmen shot Daniel Okafor outside his office on Friday. Okafor died in hospital on "
                          "Sunday.")
    assert len(_of(events, "ASSAULT")) == 1 and len(_of(events, "DEATH")) == 1


def test_an_offence_named_by_a_charge_is_the_incident_told(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A gunman shot two clerks at a petrol station on Tuesday, killing one. Police on "
                          "Thursday charged Dale Brant, 24, with murder and attempted murder.")
    assert not any(e.trigger.text == "murder" for e in events)
    assert any(e.category == "LEGAL" for e in events)


def test_a_charged_offence_told_nowhere_else_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Police on Thursday charged Dale Brant, 24, with murder.")
    assert any(e.trigger.text == "murder" for e in events)


def test_incidents_a_charge_lists_by_number_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A sniper shot a doctor in his kitchen in October. The suspect is also charged in "
                          "three bombings in the capital, including one at a clinic in 1997.")
    assert any(e.trigger.text == "bombings" for e in events)
