"""Happenings named by what falls, bursts or strikes, and by event nouns with a sense check — each class beside
a hard negative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 NAIROBI, Kenya — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _category(nlp, body: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    return next((e.category for e in _events(nlp, body) if e.trigger.text == trigger), None)


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a structure that falls is an accident; a quantity that falls is a trend, no happening
    ("A tower crane fell onto a bus shelter in the city centre on Monday.", "fell", "ACCIDENT"),
    ("A wall of the old school fell onto the street late on Sunday.", "fell", "ACCIDENT"),
    ("Share prices fell sharply in Nairobi on Monday.", "fell", None),
    ("Turnout rose in the western counties on Sunday.", "rose", None),
    # shells that land or fall are fire; an aircraft that lands on a given day is a happening, no fire
    ("Three mortar shells fired by rebel fighters landed near the market on Sunday.", "landed", "FIGHT"),
    ("The presidential plane landed in Mombasa on Monday.", "landed", "HAPPENING"),
    # a gas cylinder or a tanker that explodes is an accident; a bomb that explodes or goes off is an attack
    ("A gas cylinder exploded in a restaurant kitchen on Monday.", "exploded", "ACCIDENT"),
    ("A fuel tanker exploded on the highway near Naivasha on Tuesday.", "exploded", "ACCIDENT"),
    ("A bomb exploded outside the police station on Monday.", "exploded", "ASSAULT"),
    ("A roadside bomb went off near a police convoy on Monday.", "went", "ASSAULT"),
    ("The lights went off across the city.", "went", None),
    # a workers' strike is a protest; an air strike is military force (PLOVER FIGHT, CAMEO 195 aerial weapons),
    # striking a deal an agreement
    ("Dock workers began a strike at the port on Monday.", "strike", "PROTEST"),
    ("The teachers' union called a nationwide strike for next week.", "strike", "PROTEST"),
    ("An air strike hit a fuel depot on Monday.", "strike", "FIGHT"),
    # a prison sentence is a court's act; a sentence of a text is not
    ("The court handed the former mayor a prison sentence on Monday.", "sentence", "LEGAL"),
    ("The first sentence of the statement was deleted on Monday.", "sentence", None),
    # a competition held or won is a contest; competition between firms is not
    ("The annual robotics competition ended on Tuesday.", "competition", "CONTEST"),
    ("Competition from cheap imports has squeezed local farmers.", "competition", None),
    # heavy rain and strong winds are weather that does harm; rain in a forecast of its kind is not named
    ("Heavy rain flooded the valley on Monday.", "rain", "DISASTER"),
    ("Strong winds tore roofs off houses on Monday.", "winds", "DISASTER"),
    ("The winds of change are blowing through the party.", "winds", None),
    # a report issued is a publication; a report that speaks is the quote layer's
    ("The audit office issued a report on hospital spending on Monday.", "report", "PUBLISH"),
    ("The report said hospital spending rose by a third.", "report", None),
    # one act of a crime kind is an event; the kind named after a preposition is not
    ("Police said the robbery at the jewellery shop took place on Monday.", "robbery", "CRIME"),
    ("The government has cracked down on human trafficking.", "trafficking", None),
    # an insurgency or an uprising is fighting
    ("The insurgency in the north began in 2019.", "insurgency", "FIGHT"),
])
def test_happening_classes(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _category(nlp, body, trigger) == category


def test_a_pointing_noun_is_the_event_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """"this ruling" and "the court's ruling" after a dated ruling are that ruling (one event, its date);
    "a second ruling" is another."""
    body = ("The High Court ruled on Monday that the eviction orders were unlawful. Lawyers for the families "
            "welcomed the court's ruling. Residents celebrated outside the court.")
    rulings = [e for e in _events(nlp, body) if e.category == "LEGAL"]
    assert len(rulings) == 1
    assert rulings[0].date is not None and rulings[0].date.value == "2025-03-10"
    assert len(rulings[0].evidence) == 2
    body = ("The High Court ruled on Monday that the eviction orders were unlawful. A second ruling, on the "
            "water tariffs, is expected next month.")
    assert len([e for e in _events(nlp, body) if e.category == "LEGAL"]) == 2


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a CAMEO pattern without a preposition names the verb's object; an adjunct does not supply it
    ("The army gave the rebels a deadline to surrender their weapons.", "gave", "THREATEN"),
    ("The council will give its answer before the deadline.", "give", None),
])
def test_pattern_words_are_the_object(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _category(nlp, body, trigger) == category


def test_a_remembered_event_keeps_no_date_of_the_remembering(nlp) -> None:  # type: ignore[no-untyped-def]
    """Commemorating is a ceremony on its day; the flood it remembers did not happen that day. A flood told
    with its day keeps it."""
    events = {e.trigger.text: e for e in _events(
        nlp, "The town commemorated the anniversary of the flood on Monday.")}
    assert events["commemorated"].category == "STATEMENT"
    assert events["commemorated"].date is not None and events["commemorated"].date.value == "2025-03-10"
    assert events["flood"].date is None
    events = {e.trigger.text: e for e in _events(nlp, "The flood on Monday destroyed two bridges.")}
    assert events["flood"].date is not None and events["flood"].date.value == "2025-03-10"
    # praise of a person is still support
    assert _category(nlp, "Fans celebrated the new coach on Monday.", "celebrated") == "SUPPORT"
    events = {e.trigger.text: e for e in _events(
        nlp, "The school marked the anniversary of the fire in 1998 with a service on Monday.")}
    assert events["fire"].date is not None and events["fire"].date.value == "1998"
