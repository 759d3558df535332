"""A deed joined to another under an order shares the order's reading ("ordered to put up fences and double
the patrols": both demanded), even when the first verb is "set"; "is set to sign" is still a plan. A word the
tokenizer splits at its hyphen ("cease-fire", "write-downs") is read whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 HARBOURTON — " + body
    return events_of(nlp, text)


def test_a_deed_joined_to_set_under_an_order_is_demanded(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Port guards have been ordered to set up fences and tighten security around the docks.")
    tighten = next(e for e in events if e.trigger.text == "tighten")
    assert tighten.modality == "demanded"


def test_set_to_is_still_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The club is set to sign the striker on Friday.")
    sign = next(e for e in events if e.trigger.text == "sign")
    assert sign.modality == "planned"


def test_a_hyphenated_word_is_read_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The rebels agreed to a cease-fire on Monday. The bank took write-downs of $40 million "
                          "in the third quarter.")
    readings = {e.trigger.text: e.category for e in events}
    assert readings.get("cease-fire") == "AGREE" and "fire" not in readings
    assert readings.get("write-downs") == "BUSINESS"


def test_a_hyphenated_word_that_describes_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Critics said the new ferry design was truly ground-breaking.")
    assert not any("breaking" in e.trigger.text for e in events)


def test_a_hyphenated_modifier_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The coach promised a do-or-die attack on the league title.")
    assert not any("die" in e.trigger.text for e in events)


def test_crime_words_read_in_context(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The van driver fled the scene and was caught near the docks. Burglars carried out a "
                          "break-in at the chemist on Sunday. He is due for arraignment on Monday.")
    readings = {e.trigger.text: e.category for e in events}
    assert readings.get("fled") == "CRIME" and readings.get("break-in") == "CRIME"
    assert readings.get("arraignment") == "LEGAL"


def test_fleeing_a_country_is_no_crime(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The family fled the country in 1990.")
    assert all(e.category != "CRIME" for e in events)


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # breaking out of custody is an offence of its own, told by verb or noun
    ("Two inmates escaped from the county jail on Sunday.", "escaped", "CRIME"),
    ("His escape from prison on Sunday alarmed the town.", "escape", "CRIME"),
    # hard negatives: harm or blame avoided is no escape from anyone; a family getting away from a fire is no crime
    ("The driver escaped injury on Sunday.", "escaped", None),
    ("The smugglers kept escaping long prison terms.", "escaping", None),
    ("The family escaped the flames on Sunday.", "escaped", "HAPPENING"),
])
def test_escaping_custody_is_a_crime(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert next((e.category for e in _events(nlp, body) if e.trigger.text == trigger), None) == category, body


def test_a_hit_and_run_is_a_road_crash(nlp) -> None:  # type: ignore[no-untyped-def]
    readings = {e.trigger.text: e.category for e in _events(
        nlp, "A cyclist was killed in a hit-and-run near the harbour on Friday night.")}
    assert readings == {"killed": "DEATH", "hit-and-run": "ACCIDENT"}


def test_a_mob_hit_is_a_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    readings = {e.trigger.text: e.category for e in _events(
        nlp, "A banker was killed in a mob hit near the harbour on Friday night.")}
    assert readings.get("killed") == "ASSAULT"


def test_a_hit_and_run_written_apart_is_a_road_crash(nlp) -> None:  # type: ignore[no-untyped-def]
    """Local news often drops the hyphens: "Mill Road hit and run leaves cyclist dead"."""
    events = events_of(nlp, "date 2025-09-14\n\nMill Road hit and run leaves cyclist dead\n\nA driver was arrested "
                            "hours after a late hit and run collision that left a cyclist dead on Mill Road.")
    readings = [(e.trigger.text, e.category) for e in events]
    assert ("hit", "ACCIDENT") in readings
    assert all(category != "ASSAULT" for _, category in readings)
    # the lead's collision is the headline's crash told again: one happening
    crash = next(e for e in events if e.trigger.text == "hit")
    assert any("collision" in v.span.text for v in crash.evidence)


def test_a_blow_then_a_run_is_no_road_crash(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: two verbs ("hit the guard and ran away"); a convoy that killed is no accident."""
    events = _events(nlp, "The robber hit the guard and ran away. Rebels ambushed a convoy that killed two "
                          "villagers last year.")
    assert all(e.category != "ACCIDENT" for e in events)


def test_what_a_crash_that_killed_did_is_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The … crash that killed four teenagers": "that" stands for the crash, so the deaths are its toll."""
    readings = {e.trigger.text: e.category for e in _events(
        nlp, "The Harbourton crash that killed four teenagers was caused by black ice, police said.")}
    assert readings.get("killed") == "DEATH"
