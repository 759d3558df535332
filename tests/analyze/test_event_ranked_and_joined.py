"""An infinitive that ranks its doer among others ("the first three states to join on Friday") is a record of the
act, dated as past as the clause that tells it; acceding to a bloc or a treaty is joining it, acceding to demands
is a concession. Sentences written for these tests."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str, published: str = "2025-03-15") -> list[Event]:  # type: ignore[no-untyped-def]
    text = f"date {published} HARBOURTON — " + body  # 2025-03-15 is a Saturday
    return events_of(nlp, text)


def _one(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


def test_a_ranked_infinitive_is_dated_by_its_past_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(_events(nlp, "Among the first countries to sign the fisheries pact on Friday were Palau and "
                              "Tonga."), "sign")
    assert event.modality == "happened"
    assert event.date is not None and event.date.value == "2025-03-14"


def test_a_ranked_infinitive_parsed_as_a_subject_clause_is_past(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Among the first two coastal states to sign the reef treaty on Friday were Palau and "
                          "Fiji.")
    assert all(e.date is None or e.date.value == "2025-03-14" for e in events)
    assert any(e.date is not None for e in events)


def test_a_plain_infinitive_still_looks_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(_events(nlp, "Four island states are expected to ratify the fisheries pact on Friday."), "ratify")
    assert event.date is not None and event.date.value == "2025-03-21"


def test_acceding_to_a_bloc_is_joining_it(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(_events(nlp, "Montenegro acceded to NATO in 2017 after a decade of talks."), "acceded")
    assert event.category == "COOPERATE"


def test_acceding_to_demands_is_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(_events(nlp, "The port authority acceded to the strikers' demands on Monday."), "acceded")
    assert event.category == "CONCEDE"


def test_a_phase_verb_under_will_looks_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(_events(nlp, "The army said it will begin withdrawing troops from the valley on Friday."),
                 "withdrawing")
    assert event.modality == "planned"
    assert event.date is not None and event.date.value == "2025-03-21"


def test_an_infinitive_in_a_bodys_name_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "She worked for the Committee to Re-elect the Governor in 1994. The Campaign to Protect "
                          "Upland Farms objected to the quarry on Monday.")
    triggers = [e.trigger.text for e in events]
    assert "Re-elect" not in triggers and "elect" not in triggers and "Protect" not in triggers
    assert "objected" in triggers


def test_a_committee_voting_to_re_elect_is_still_a_vote(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Committee voted to re-elect her as chair on Monday.")
    assert any(e.category == "ELECTION" for e in events)
