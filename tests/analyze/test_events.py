"""Events with actors, dates and modality, on sentences written for each modality."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 GENEVA, Switzerland — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


@pytest.mark.parametrize(("body", "category", "modality"), [
    ("Foreign Minister Amara Okonkwo met Karim Haddad on Tuesday.", "CONSULT", "happened"),
    ("Foreign Minister Amara Okonkwo will meet Karim Haddad on Friday.", "CONSULT", "planned"),
    ("Foreign Minister Amara Okonkwo tried to meet Karim Haddad on Tuesday.", "CONSULT", "attempted"),
    ("Foreign Minister Amara Okonkwo did not meet Karim Haddad on Tuesday.", "CONSULT", "blocked"),
    ("A planned meeting between Amara Okonkwo and Karim Haddad will not take place.", "CONSULT", "blocked"),
    ("Troops may attack the border town of Kassala next week.", "FIGHT", "hypothetical"),
])
def test_modality(nlp, body: str, category: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, body) if e.category == category]
    assert events, body
    assert events[0].modality == modality


def test_actors_and_date(nlp) -> None:  # type: ignore[no-untyped-def]
    (meeting,) = [e for e in _events(nlp, "Foreign Minister Amara Okonkwo met Karim Haddad on Tuesday.")
                  if e.category == "CONSULT"]
    assert meeting.source is not None and meeting.source.name == "Amara Okonkwo"
    assert meeting.target is not None and meeting.target.name == "Karim Haddad"
    assert meeting.date is not None and meeting.date.value == "2025-03-11" and meeting.date.precision == "day"
    assert meeting.place is not None and meeting.place.name == "Geneva"


def test_a_blocked_meeting_keeps_both_readings(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Amara Okonkwo tried to meet Karim Haddad on Tuesday before the meeting was blocked by the council.")
    (meeting,) = [e for e in _events(nlp, body) if e.category == "CONSULT"]
    assert meeting.modality == "blocked"
    assert {e.modality for e in meeting.evidence} >= {"attempted", "blocked"}


def test_passive_accusation_has_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    (accusation,) = [e for e in _events(nlp, "Karim Haddad has been accused of hiding the report.")
                     if e.category == "DISAPPROVE"]
    assert accusation.source is None
    assert accusation.target is not None and accusation.target.name == "Karim Haddad"
