"""What a court or an official refuses to order, or does not order, is not demanded: none is held. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..conftest import events_of


def _modality(nlp, body: str, trigger: str) -> str:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 HARBOURTON — " + body
    return next(e.modality for e in events_of(nlp, text) if e.trigger.text == trigger)


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("A county judge on Tuesday refused to order a recount of the harbour ballots.", "recount", "blocked"),
    ("The tribunal declined to order the release of the inspection files.", "release", "blocked"),
    # hard negative: an order given is a demand for what it orders
    ("A county judge on Tuesday ordered a recount of the harbour ballots.", "recount", "demanded"),
])
def test_an_order_refused_holds_nothing(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality(nlp, body, trigger) == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # an order that imposes a measure puts it in force: the curfew or the embargo is there
    ("The council on Monday ordered a curfew in the old town.", "curfew", "happened"),
    ("The bloc ordered an arms embargo against the junta in May.", "embargo", "happened"),
    # hard negatives: a recount ordered is still to be done; a ban refused is blocked
    ("A county judge on Tuesday ordered a recount of the harbour ballots.", "recount", "demanded"),
    ("The court refused to order a ban on the march.", "ban", "blocked"),
])
def test_an_order_that_imposes_a_measure_puts_it_in_force(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                           modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # what someone is optimistic or hopeful about is hoped for, not told as done
    ("Few on the council were optimistic about an early settlement with the ferry crews.", "settlement",
     "hypothetical"),
    ("Union leaders are hopeful of a deal by Friday.", "deal", "hypothetical"),
    # hard negative: optimism after talks held leaves the talks held
    ("The mayor was optimistic after the talks on Monday.", "talks", "happened"),
])
def test_what_someone_is_optimistic_about_is_hoped_for(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                       modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # "was to" tells the aim of a meeting held, not a meeting ahead
    ("After a long meeting with the envoy, the premier spoke to reporters. Her main aim in the meeting was to win "
     "support for the canal.", "meeting", "happened"),
    # hard negative: an event that is to happen lies ahead
    ("The summit is to open on Friday in Oslo.", "summit", "planned"),
])
def test_what_a_meeting_was_for_is_no_plan(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # "there have been reports of looting": known only from reports no one is named for
    ("There have been reports of widespread looting in the old town, a spokesman said.", "looting", "reported"),
    # hard negative: a named body's report of a visit tells the visit
    ("The ministry's report of the visit was published on Monday.", "visit", "happened"),
])
def test_reports_of_an_act_leave_it_reported(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # "going to" + a verb is a future, not an act in progress
    ("We are going to shut the illegal quarries down, the governor said.", "shut", "planned"),
    ("The canning firm is going to close its fish plant next year.", "close", "planned"),
    ("The canning firm was going to close its fish plant, but changed course.", "close", "blocked"),
    # hard negative: an act told in the progressive is going on
    ("The ferry operator is closing the harbour office this week.", "closing", "ongoing"),
])
def test_going_to_do_something_lies_ahead(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a vow to build or open something is a pledge; a vow against someone is a threat
    ("The mayor vowed to build a footbridge and open a clinic.", "open", "planned"),
    ("The rebel commander vowed to crush the army garrison.", "crush", "hypothetical"),
])
def test_a_vow_pledges_unless_it_threatens(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality


def test_a_headline_present_is_no_happening_of_this_week(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2025-03-12\n\nHarbourton Ferries sues port board\n\nHarbourton Ferries has filed "
                            "a lawsuit against the port board this week over berth fees.")
    assert [(e.trigger.text, e.modality) for e in events if e.category == "LEGAL"] == [("sues", "happened")]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # the promise reaches a noun under the second of two promised acts
    ("The candidate promised to cut fares and make new investments in the ferry fleet.", "investments", "planned"),
    # hard negative: under two done acts, the noun is done
    ("The operator cut fares and made new investments in the ferry fleet last year.", "investments", "happened"),
])
def test_a_promise_reaches_the_noun_of_a_joined_act(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   modality: str) -> None:
    assert _modality(nlp, body, trigger) == modality
