"""A person's injuries and medical care as happenings: a knee sprained in a game, an arm broken, surgery undergone,
a stay in hospital. Sentences written for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2012-06-14\n\n" + body)


def _kinds(events: list[Event]) -> dict[str, str]:
    return {e.trigger.text: e.category for e in events}


def test_an_injury_in_a_game_is_a_happening_not_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    sprained = _events(nlp, "The quarterback sprained his knee in the loss to Chicago on Sunday.")
    assert _kinds(sprained).get("sprained") == "HAPPENING"
    assert next(e for e in sprained if e.trigger.text == "sprained").date.value == "2012-06-10"  # type: ignore[union-attr]
    assert _kinds(_events(nlp, "The winger broke his forearm in the derby.")).get("broke") == "HAPPENING"
    # hard negatives: a gunman injuring people attacks them; rioters breaking windows riot
    assert _kinds(_events(nlp, "A gunman injured three people at the mall.")).get("injured") == "ASSAULT"
    riot = _kinds(_events(nlp, "Rioters broke the windows of the bank during the protest."))
    assert riot.get("broke") != "HAPPENING"


def test_medical_care_undergone_is_a_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, trigger in (("She underwent surgery on her knee in October.", "underwent"),
                          ("The senator was hospitalized with pneumonia last week.", "hospitalized"),
                          ("The founder had a liver transplant in 2009.", "had")):
        assert _kinds(_events(nlp, body)).get(trigger) == "HAPPENING", body
    # hard negative: surgery that is only needed, as a figure of speech, is no happening
    assert not _events(nlp, "The team will need surgery on its defence, the coach joked.")


def test_going_to_or_leaving_hospital_is_care_not_diplomacy(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(_events(nlp, "The injured deputy was flown to a hospital in Yakima.")).get("flown") == "RESCUE"
    moving = _events(nlp, "Rescue crews were moving three climbers to a hospital in Tromso on Sunday.")
    assert _kinds(moving).get("moving") == "RESCUE"
    assert _kinds(_events(nlp, "Porters moved the desks to the new office on Sunday.")).get("moved") != "RESCUE"
    assert _kinds(_events(nlp, "He was released from the hospital on Friday.")).get("released") == "HAPPENING"
    trip = _kinds(_events(nlp, "The governor made an unscheduled trip to a hospital for a checkup on Saturday."))
    assert trip.get("trip") == "HAPPENING"
    # hard negatives: hostages released and a trip to a capital keep their readings
    assert _kinds(_events(nlp, "The rebels released two hostages on Friday.")).get("released") == "RETREAT"
    assert _kinds(_events(nlp, "The minister made a trip to Beijing on Saturday.")).get("trip") == "CONSULT"


def test_a_statement_released_is_one_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Her office released a statement on Saturday.")
    assert [e.category for e in events] == ["STATEMENT"]
    # hard negative: a report released is a publication
    assert _kinds(_events(nlp, "The ministry released a report on Saturday.")).get("released") == "PUBLISH"


def test_a_case_dropped_or_shelved_is_a_legal_act(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(_events(nlp, "The charges were dropped in May because the time limit had run out.")).get(
        "dropped") == "LEGAL"
    assert _kinds(_events(nlp, "The inquiry was shelved in March.")).get("shelved") == "LEGAL"
    # hard negative: a demand dropped is a concession
    assert _kinds(_events(nlp, "The union dropped its demand for a raise.")).get("dropped") == "CONCEDE"


def test_rescue_teams_deployed_and_tears_are_no_politics(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(_events(nlp, "The Red Crescent deployed rescue teams to the area on Sunday.")).get(
        "deployed") == "RESCUE"
    assert not [e for e in _events(nlp, "He wept as the verdict was read.") if e.trigger.text == "wept"]
    assert _kinds(_events(nlp, "She shut herself in the bathroom.")).get("shut") == "HAPPENING"
    # hard negative: troops deployed mobilise
    assert _kinds(_events(nlp, "The army deployed troops to the border.")).get("deployed") == "MOBILIZE"


def test_a_fall_near_a_named_place_is_an_accident_and_the_fall_no_autumn(nlp) -> None:  # type: ignore[no-untyped-def]
    told = _events(nlp, "A hiker fell on Tuesday near the Kvitfjell hut. She slipped and fell 80 metres down a "
                        "gully, and lost her pack in the fall.")
    assert _kinds(told).get("fell") == "ACCIDENT"
    assert all(e.date is None or "FA" not in (e.date.value or "") for e in told)  # the tumble, not the season
    # hard negatives: falling in the polls is no mishap; a plan for the fall is for autumn
    assert _kinds(_events(nlp, "The senator fell in the polls near the end of May.")).get("fell") != "ACCIDENT"
    autumn = _events(nlp, "Shares fell on Monday. The co-op will open a second bakery in the fall.")
    assert [e.date.value for e in autumn if e.trigger.text == "open"] == ["2012-FA"]  # type: ignore[union-attr]


def test_a_way_covered_or_a_custom_left_is_no_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in _kinds(_events(nlp, "The hiker slipped as she was approaching the hut on Sunday.")).values()
    assert "CONSULT" not in _kinds(_events(nlp, "The minister departed from the usual script on Sunday.")).values()
    # hard negatives: people approached, or a city left, are a contact and a trip
    approached = _events(nlp, "The envoy approached the rebels with an offer on Sunday.")
    assert _kinds(approached).get("approached") == "CONSULT"
    assert _kinds(_events(nlp, "The minister departed from Oslo on Sunday.")).get("departed") == "CONSULT"


def test_confined_to_a_wheelchair_is_health_not_detention(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" not in _kinds(_events(nlp, "The inmate was confined to a wheelchair after the crash.")).values()
    # hard negative: confined to a home by a court is house arrest
    assert _kinds(_events(nlp, "She was confined to her home by the court on Monday.")).get("confined") == "COERCE"
