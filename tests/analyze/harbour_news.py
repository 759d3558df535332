"""The invented harbour-town wire the court and plain-acts event tests write their sentences for: one dateline and
publication day (Friday 14 March 2025), so "on Monday" is 10 March."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of

HEAD = "date 2025-03-14\n\nHARBOURTON — "


def harbour_events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, HEAD + body)


def harbour_readings(nlp, body: str, trigger: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Category and modality of every event whose trigger is ``trigger``."""
    return [(e.category, e.modality) for e in harbour_events(nlp, body) if e.trigger.text == trigger]


def harbour_tellings(nlp, body: str, word: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Category and modality of every event told by ``word``: as its trigger, or as a mention merged into it (a
    toll "…, killing three" is the accident's, in its evidence)."""
    events = harbour_events(nlp, body)
    own = [(e.category, e.modality) for e in events if e.trigger.text == word]
    return own or [(e.category, e.modality) for e in events
                   if any(f" {word} " in f" {ev.span.text} " for ev in e.evidence[1:])]
