"""A scene's time and its asides: a relative clause keeps to its own times unless the sentence's time is put
first; a reporter's question, a region's liability to a kind of happening, a doubt about the manner of a death,
arriving for work and joining in a vigil. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2013-03-12\n\n" + body)


def _event(nlp, body: str, trigger: str) -> Event | None:  # type: ignore[no-untyped-def]
    return next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)


@pytest.mark.parametrize(("body", "trigger", "value"), [
    # the main clause's later time is not the relative clause's
    ("Tents were handed out on Monday to survivors of a flood that killed 12 people.", "killed", None),
    # hard negatives: the relative clause's own time, and a time put first that sets the whole scene
    ("Tents were handed out on Monday to survivors of a flood that struck on Sunday.", "flood", "2013-03-10"),
    ("On Friday, fishermen rescued 70 people whose ferry sank.", "sank", "2013-03-08"),
])
def test_a_relative_clause_keeps_to_its_own_times(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  value: str | None) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None and (event.date.value if event.date else None) == value, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a reporter's question is no inquiry
    ("Asked if he would resign, the mayor said no.", "Asked", None),
    ("Asked about the ruling, the mayor declined to comment.", "Asked", None),
    # a kind of happening a place is liable to is none in particular
    ("The coast is prone to frequent earthquakes.", "earthquakes", None),
    # a doubt about how someone died leaves the death known; a doubt about what killed him does not
    ("The guard probably died instantly.", "died", ("DEATH", "happened")),
    ("The guard was probably killed by a stray bullet.", "killed", ("ASSAULT", "hypothetical")),
    # arriving for work is no visit; an envoy arriving in a capital is
    ("The clerk arrived for work early on Friday.", "arrived", ("HAPPENING", "happened")),
    ("The envoy arrived in Paris on Friday.", "arrived", ("CONSULT", "happened")),
    # police stepping in at a crowd coerce it
    ("Riot police intervened at the vigil on Monday night.", "intervened", ("COERCE", "happened")),
])
def test_asides_liabilities_doubts_and_arrivals(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                expected: tuple[str, str] | None) -> None:
    event = _event(nlp, body, trigger)
    assert (None if event is None else (event.category, event.modality)) == expected, body


def test_joining_in_a_vigil_is_the_vigil(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Dozens of neighbours joined in a vigil on Monday.")
    assert [(e.trigger.text, e.category) for e in events] == [("vigil", "PROTEST")]


def test_what_prompted_a_call_is_not_whom_it_asks(nlp) -> None:  # type: ignore[no-untyped-def]
    calls = _event(nlp, "The verdict prompted calls for the harbour master to resign.", "calls")
    assert calls is not None and calls.target is None  # the verdict set the calls off; they are made to others
    # hard negative: a reaction drawn by a decision is aimed at it
    condemnation = _event(nlp, "The decision drew condemnation from the dockers' union.", "condemnation")
    assert condemnation is not None and condemnation.target is not None and condemnation.target.name == "decision"


@pytest.mark.parametrize(("body", "source"), [
    # "they" or "we" in one named person's words is the body the person speaks for
    ("Ann Lee for the Harbour Board says they are investigating the spill.", "Harbour Board"),
    ("Ann Lee, a spokeswoman for the Harbour Board, says they are investigating the spill.", "Harbour Board"),
    ("Ann Lee says they are investigating the spill.", None),  # no body named: not Ann Lee herself
    # hard negatives: "she" is the speaker; a body's "it" is the body
    ("Ann Lee says she is investigating the spill.", "Ann Lee"),
    ("The Harbour Board said it was investigating the spill.", "Harbour Board"),
])
def test_they_in_one_persons_words_is_the_body_spoken_for(nlp, body: str,  # type: ignore[no-untyped-def]
                                                         source: str | None) -> None:
    event = next(e for e in _events(nlp, body) if e.category == "INVESTIGATE")
    assert (event.source.name if event.source else None) == source, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a search for a suspect, or by police, investigates; a search for survivors rescues, whoever searches
    ("Police searched the flats near the quay on Friday.", "searched", ["INVESTIGATE"]),
    ("Troops searched the village for the attackers on Friday.", "searched", ["INVESTIGATE"]),
    ("Police searched the rubble for survivors on Friday.", "searched", ["RESCUE"]),
    # asking for a contract is a demand; striking out on one's own, mourning a loss, struggling financially: none
    ("The winger is seeking a five-year contract.", "seeking", ["DEMAND"]),
    ("The chef struck out on his own in 1999.", "struck", []),
    ("We are all mourning his loss.", "mourning", []),
    ("The port town has struggled economically for years.", "struggled", []),
    # hard negative: a scuffle with police is a struggle that happened
    ("Protesters struggled with police outside the court on Friday.", "struggled", ["ASSAULT"]),
    # a tremor is a quake; a tremor of doubt is not
    ("In 2003 a tremor destroyed the old town.", "tremor", ["DISASTER"]),
    ("The minister felt a tremor of doubt.", "tremor", []),
])
def test_searches_asks_idioms_and_tremors(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          category: list[str]) -> None:
    assert [e.category for e in _events(nlp, body) if e.trigger.text == trigger] == category, body


def test_a_fire_told_again_as_a_blaze_is_one_fire(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A fire broke out at a textile mill on Sunday. Firefighters said the blaze started in a "
                          "storeroom.")
    fires = [e for e in events if e.category == "ACCIDENT"]
    assert len(fires) == 1 and len(fires[0].evidence) == 2


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a chamber approving, authorising or adopting something votes on it
    ("Parliament approved the harbour budget on Monday.", "approved", "ELECTION"),
    ("Congress authorized the repeal of the rule in March.", "authorized", "ELECTION"),
    ("Lawmakers adopted the new maritime code on Monday.", "adopted", "ELECTION"),
    # hard negatives: a council's or a minister's approval is their own act
    ("The council approved the levy on Monday.", "approved", "CONCEDE"),
    ("The minister approved the plan on Monday.", "approved", "AGREE"),
])
def test_a_chambers_approval_is_a_vote(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == trigger] == [category], body


def test_an_order_of_a_commander_is_the_commanders(nlp) -> None:  # type: ignore[no-untyped-def]
    order = _event(nlp, "The admiral issued an order of the fleet commander on Monday.", "order")
    assert order is not None and order.target is None  # the commander issued it; he is not what it aims at
    # hard negative: what an order is of, when it is no one, is what it orders
    order = _event(nlp, "The court issued an order of protection for the witness on Monday.", "order")
    assert order is not None and order.target is not None and "protection" in order.target.name


def test_a_quakes_damage_does_not_make_it_another_quake(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A strong earthquake struck the island of Kessa on Monday. The quake damaged dozens of "
                          "homes in the harbour town.")
    assert [e.trigger.text for e in events if e.category == "DISASTER"] == ["earthquake"]
    # hard negative: a quake that hits another country is another quake
    events = _events(nlp, "A strong earthquake struck the island of Kessa on Monday. A second quake hit Chile "
                          "on Tuesday.")
    assert len([e for e in events if e.category == "DISASTER"]) == 2


def test_a_ranked_name_for_a_happening_told_is_a_judgement_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A strong earthquake struck the island of Kessa on Monday. It was the second tremor to "
                          "shake the island this year.")
    assert [e.trigger.text for e in events if e.category == "DISASTER"] == ["earthquake"]
    # hard negative: a ranked happening that is a subject is one of its own
    events = _events(nlp, "The first tremor was felt in the capital on Sunday.")
    assert [e.trigger.text for e in events] == ["tremor"]
