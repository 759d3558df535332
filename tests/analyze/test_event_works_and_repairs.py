"""Happenings told with common verbs whose object decides them: lines repaired and power restored, a firm
dissolved, money borrowed, a letter written. Sentences written for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2012-06-14\n\n" + body)


def _kind(nlp, body: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    return next((e.category for e in _events(nlp, body) if e.trigger.text == trigger), None)


def test_repairs_and_restored_service_are_happenings(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kind(nlp, "Crews are repairing the damaged cable off the coast.", "repairing") == "HAPPENING"
    assert _kind(nlp, "The utility restored power to most homes on Tuesday.", "restored") == "HAPPENING"
    # hard negatives: ties repaired and order restored keep their own readings
    assert _kind(nlp, "The two leaders sought to repair ties.", "repair") == "SUPPORT"
    assert not _events(nlp, "The sugar dissolved in the warm water.")


def test_a_firm_dissolved_and_money_borrowed_are_business(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kind(nlp, "Members voted on Monday to dissolve the cooperative.", "dissolve") == "BUSINESS"
    assert _kind(nlp, "The firm borrowed $2 million from a bank in May.", "borrowed") == "BUSINESS"
    # hard negative: a book borrowed is no deal
    assert _kind(nlp, "She borrowed a book from the library.", "borrowed") is None


def test_a_letter_written_is_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kind(nlp, "The quarterback wrote a letter to fans on Tuesday.", "wrote") == "STATEMENT"
    assert _kind(nlp, "The mayor penned a column on the budget.", "penned") == "PUBLISH"
    # hard negative: "wrote that …" is the quote layer's, no event
    assert _kind(nlp, "He wrote that the plan would fail.", "wrote") is None


def test_a_fix_released_is_a_launch_not_a_release_of_people(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2013-09-18\n\nAdobe releases fix for browser flaw\n\nThe flaw was found last week "
                          "by a student in Tromso.")
    assert [e.category for e in told if e.trigger.text == "releases"] == ["LAUNCH"]
    # hard negative: prisoners released are people freed
    freed = events_of(nlp, "date 2013-09-18\n\nThe junta released two prisoners on Tuesday.")
    assert [e.category for e in freed if e.trigger.text == "released"] == ["RETREAT"]
