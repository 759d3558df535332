"""A club's roster moves (a player put on injured reserve, shut down for the season) and courtesies offered
(congratulations, condolences). Sentences written for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2012-06-14\n\n" + body)


def test_a_player_put_on_injured_reserve_is_one_roster_move(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Hawks placed the running back on injured reserve on Wednesday.")
    assert [(e.trigger.text, e.category) for e in events] == [("placed", "APPOINT")]
    # hard negative: money placed in a fund is no roster move
    assert all(e.category != "APPOINT" for e in _events(nlp, "The club placed the money in a trust fund."))


def test_a_player_shut_down_for_the_season_is_a_roster_decision(nlp) -> None:  # type: ignore[no-untyped-def]
    shut = [e for e in _events(nlp, "The Owls decided to shut down their quarterback until next season.")
            if e.trigger.text == "shut"]
    assert shut and shut[0].category == "APPOINT" and shut[0].modality == "planned"
    # hard negative: a border crossing shut down is a state's sanction
    crossing = [e for e in _events(nlp, "The army shut down the border crossing.") if e.trigger.text == "shut"]
    assert crossing and crossing[0].category == "SANCTION"


def test_congratulations_offered_are_support_not_a_bid(nlp) -> None:  # type: ignore[no-untyped-def]
    offered = [e for e in _events(nlp, "Fans offered their congratulations to the team.")
               if e.trigger.text == "offered"]
    assert offered and offered[0].category == "SUPPORT"
    # hard negative: a settlement offered is an offer of terms
    terms = [e for e in _events(nlp, "The company offered a settlement to the workers.") if e.trigger.text == "offered"]
    assert terms and terms[0].category == "AGREE"


def test_a_person_joining_a_side_or_a_group_takes_a_post(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = {e.trigger.text: e.category for e in _events(nlp, "He joined the Harriers on May 3, 2009, after five "
                                                             "seasons as an assistant.")}
    assert kinds.get("joined") == "APPOINT"
    kinds = {e.trigger.text: e.category for e in _events(nlp, "Ana Ruiz joined Greenpeace in 2010.")}
    assert kinds.get("joined") == "APPOINT"
    # hard negatives: a country joining a coalition cooperates; a state joining talks consults
    kinds = {e.trigger.text: e.category for e in _events(nlp, "Norway joined the coalition in 2009.")}
    assert kinds.get("joined") == "COOPERATE"


def test_a_person_picked_to_lead_or_host_is_a_choice_and_the_role_still_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    told = _events(nlp, "The guild picked Ana Ruiz on Friday to host the harbour film awards next spring.")
    kinds = {e.trigger.text: (e.category, e.modality) for e in told}
    assert kinds.get("picked") == ("APPOINT", "happened")
    chosen = _events(nlp, "Omar Diaz was chosen on Monday to lead the trade delegation to Oslo.")
    assert [(e.category, e.modality) for e in chosen if e.trigger.text == "chosen"] == [("APPOINT", "happened")]
    assert all(e.modality != "happened" for e in chosen if e.trigger.text == "lead")  # what he was chosen for
    # hard negative: picking up a phone chooses no one
    assert all(e.category != "APPOINT" for e in _events(nlp, "She picked up the phone on Monday."))
