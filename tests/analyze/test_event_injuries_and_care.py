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
