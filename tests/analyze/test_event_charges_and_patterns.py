"""Charges filed, pressed or brought are a legal step whoever files them; a pattern's preposition must be the
verb's own, not one inside the object of the verb it governs. Sentences written for these tests, each with a hard
negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2011-01-05\n\n" + body)


def test_charges_filed_are_legal_whoever_files_them(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The city attorney said he is considering whether to file charges against the player.")
    assert {e.category for e in events if e.trigger.text in ("file", "charges")} == {"LEGAL"}
    # hard negative: an arrest stays an arrest
    arrest = _events(nlp, "Police arrested the player on Monday.")
    assert [e.category for e in arrest] == ["COERCE"]


def test_a_preposition_in_the_object_of_a_governed_verb_is_not_the_governors(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The family decided to press charges against the driver.")
    assert all(e.category != "REJECT" for e in events)
    # hard negative: deciding against a merger rejects it
    against = _events(nlp, "The board decided against the merger.")
    assert [e.category for e in against if e.trigger.text == "decided"] == ["REJECT"]


def test_a_statement_or_reply_opening_a_quotation_is_the_quote_layers(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, 'The firm released a statement: "We will rebuild the mill."')
    assert all(e.trigger.text not in ("released", "statement") for e in events)
    reply = _events(nlp, 'The host released a cheeky reply to the honour: "I am thrilled," she wrote.')
    assert all(e.trigger.text != "released" for e in reply)
    # hard negative: a statement about a vote, with no quotation, is a statement told
    told = _events(nlp, "The firm released a statement about the vote on Monday.")
    assert any(e.trigger.text in ("released", "statement") for e in told)
