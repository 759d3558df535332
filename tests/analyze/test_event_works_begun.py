"""Work begun on a thing and films in production: "began construction of the embassy" is work begun, not a pact
with the embassy; "shot the movie in Toronto" is filming, not gunfire; "will begin filming in March" is a planned
happening with its month; a player signed "to replace" another takes the signing's day. Sentences written for
these tests, each class beside a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import analysis_of, events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2011-01-05\n\nThe town council met on Friday. " + body)


def _by_trigger(events: list[Event]) -> dict[str, Event]:
    return {e.trigger.text: e for e in events}


def test_what_work_is_on_is_the_works_not_the_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    for body in ("Crews began construction of the bridge on Monday.", "Crews began work on the embassy on Monday."):
        found = _by_trigger(_events(nlp, body))
        assert "began" in found and found["began"].category == "LAUNCH", (body, found)
        assert found["began"].date is not None and found["began"].date.value == "2011-01-03"
    # hard negative: closing the embassy itself is an act on the embassy
    found = _by_trigger(_events(nlp, "The army closed the embassy on Monday."))
    assert found["closed"].category == "SANCTION"


def test_a_film_shot_is_filming_not_gunfire(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_trigger(_events(nlp, "The crew started shooting the movie on Monday."))
    assert found["shooting"].category == "HAPPENING", found
    assert found["shooting"].date is not None and found["shooting"].date.value == "2011-01-03"
    # hard negative: a gunman who starts shooting at a crowd attacks it
    found = _by_trigger(_events(nlp, "The gunman started shooting at the crowd on Monday."))
    assert found["shooting"].category == "ASSAULT"


def test_what_a_verb_of_beginning_governs_takes_its_time(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_trigger(_events(nlp, "The studio will begin filming the sequel in March."))
    assert "filming" in found, found
    assert found["filming"].modality == "planned" and found["filming"].date is not None
    assert found["filming"].date.value == "2011-03"
    found = _by_trigger(_events(nlp, "Workers started to dig the tunnel on Monday."))
    assert found["dig"].category == "HAPPENING" and found["dig"].date is not None
    # hard negatives: stopping is when the selling ended, told as stopped; digging into finances is a probe
    found = _by_trigger(_events(nlp, "The shop stopped selling the phone in May."))
    assert found["selling"].modality == "blocked"
    found = _by_trigger(_events(nlp, "Reporters dug into the mayor's finances last year."))
    assert found["dug"].category == "INVESTIGATE"


def test_a_player_signed_to_stand_in_takes_the_signings_day(nlp) -> None:  # type: ignore[no-untyped-def]
    for body in ("The Rovers signed a goalkeeper to replace Hart on Tuesday.",
                 "The Rovers signed keeper Tom Hart to take the injured starter's spot on Tuesday."):
        found = _by_trigger(_events(nlp, body))
        assert found["signed"].date is not None and found["signed"].date.value == "2011-01-04", (body, found)
        assert "replace" not in found  # the standing in is the signing's purpose, no planned act of its own
    # hard negative: asking someone to stand in on Friday looks ahead
    times = analysis_of(nlp, "date 2011-01-05\n\nThe coach asked a deputy to replace him on Friday.").times
    assert [t.value for t in times] == ["2011-01-07"]
