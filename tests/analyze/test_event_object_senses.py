"""What a verb names depends on what it acts on and where: "looked into the complaints" is an inquiry,
"looked into the camera" is not; boats "turned away" at sea are expelled, a person turning away is not;
footage that "surfaced online" was published, a submarine that surfaced was not. And who acts in a
complement: "urged the navy not to turn the boats away" asks the navy, not the envoy. Sentences written
for these tests, each class with a hard negative where the plain reading stands."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-06-18\n\nVALLETTA, Malta — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _categories(nlp, body: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.category for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The harbour authority said it would look into the complaints from fishermen.", "look", ["INVESTIGATE"]),
    ("The singer looked into the camera and smiled.", "looked", []),                          # a gaze
    ("The coast guard turned away two boats carrying migrants on Sunday.", "turned", ["COERCE"]),
    ("The captain turned away from the crowd on the quay.", "turned", []),                      # a movement
    ("Greece sent back 300 migrants to Turkey last week.", "sent", ["COERCE"]),
    ("The shop sent back the faulty pumps last week.", "sent", ["HAPPENING"]),                 # goods returned
    ("The forum kept hosting the leaked footage despite the complaints.", "hosting", ["PUBLISH"]),
    ("The island hosted the summit of Mediterranean ministers in May.", "summit", ["CONSULT"]),  # a meeting
    ("Footage of the collision surfaced online on Tuesday.", "surfaced", ["PUBLISH"]),
    ("The submarine surfaced near the breakwater on Tuesday.", "surfaced", ["HAPPENING"]),      # a craft's move
    ("Firefighters pulled six people from the rubble of the hotel.", "pulled", ["RESCUE"]),
    ("The army pulled its troops from the border.", "pulled", ["RETREAT"]),                     # a withdrawal
    ("Two divers were taken to hospital after the dive on Sunday.", "taken", ["RESCUE"]),
    ("The skipper was taken to court on Monday.", "taken", ["LEGAL"]),                          # not a rescue
])
def test_what_the_verb_acts_on_or_where_decides_its_sense(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                          expected: list[str]) -> None:
    assert _categories(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Most visits to the portal come from phones.", "visits", []),                           # page views
    ("The minister's visit to Rabat ended on Monday.", "visit", ["CONSULT"]),                 # a trip
    ("The inspectors approached the problem calmly.", "approached", []),                      # a manner of work
    ("The firm approached the ministry with an offer.", "approached", ["CONSULT"]),           # a contact
    ("Two provinces were excluded from the survey.", "excluded", []),                         # a study's scope
    ("The party was excluded from the coalition talks.", "excluded", ["COERCE"]),             # a shut-out
    ("Failure to renew the licence may lead to a fine.", "Failure", []),                      # a condition
    ("An engine failure forced the ferry back to port.", "failure", ["ACCIDENT"]),            # a breakdown
    ("The port reforms are already yielding benefits.", "yielding", []),                      # results
    ("The rebels yielded the town to the army.", "yielded", ["CONCEDE"]),                     # a concession
    ("The pilots have been trained on the new simulator.", "trained", []),                    # a course
    ("Foreign advisers trained Libyan troops last year.", "trained", ["AID"]),                # military aid
])
def test_uses_that_name_no_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                     expected: list[str]) -> None:
    assert _categories(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The parents shunned conventional treatment for months.", "shunned", ["REJECT"]),
    ("A denial-of-service attack took the registry's servers down for six hours.", "attack", ["CRIME"]),
    ("Gunmen launched an attack on a bus on Monday.", "attack", ["ASSAULT"]),                 # hard negative
    ("The army launched an attack on the town at dawn.", "attack", ["FIGHT"]),                # an armed force
    ("Volunteers started bombarding the agency's homepage with requests.", "bombarding", ["CRIME"]),
    ("After the exchange of fire, both patrols withdrew.", "exchange", ["FIGHT"]),
    ("The exchange of letters lasted a year.", "exchange", []),                               # correspondence
])
def test_kinds_of_harm_and_refusal(nlp, body: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == expected, body


def test_people_named_by_a_harm_are_no_new_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The injured were taken to hospital" names people; "a bomb injured 12" tells the harm."""
    assert _categories(nlp, "The injured were taken to hospital.", "injured") == []
    assert _categories(nlp, "A bomb injured 12 people on Monday.", "injured") == ["ASSAULT"]


def test_what_an_act_takes_is_no_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    """An act as the subject of "required"/"demanded" states a condition; a union demanding is a demand."""
    assert "DEMAND" not in _categories(nlp, "Getting a permit required the crew to travel to the capital.",
                                       "required")
    assert "DEMAND" not in _categories(nlp, "Winning the contract demanded heavy investment.", "demanded")
    assert _categories(nlp, "The union demanded a pay rise on Monday.", "demanded") == ["DEMAND"]


def test_a_relative_pronoun_stands_for_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The fisherman who was shot on Monday has died.")
    shot = next(e for e in events if e.trigger.text == "shot")
    assert shot.target is not None and shot.target.name == "fisherman"


def test_the_object_of_an_appeal_is_who_would_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Urged the navy not to turn boats away": the navy would turn them, and not turning them is what is asked
    (demanded, not blocked); "the navy did not turn the boats away" is blocked."""
    urged = _events(nlp, "The envoy urged the navy not to turn away boats carrying refugees.")
    turn = next(e for e in urged if e.trigger.text == "turn")
    assert turn.modality == "demanded" and turn.source is not None and turn.source.name == "navy"
    plain = _events(nlp, "The navy did not turn away the boats.")
    assert [e.modality for e in plain if e.trigger.text == "turn"] == ["blocked"]


def test_a_stop_that_did_not_happen_blocks_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Would retaliate if the shelling did not stop": a threat on a condition, not a blocked happening;
    "the army stopped the shelling" blocks it."""
    threat = _events(nlp, "The militia said it would retaliate within a day if the shelling did not stop.")
    assert "blocked" not in [e.modality for e in threat]
    assert [e.modality for e in threat if e.trigger.text == "retaliate"] == ["hypothetical"]
    stopped = _events(nlp, "The army stopped the shelling on Monday.")
    assert [e.modality for e in stopped if e.trigger.text == "shelling"] == ["blocked"]


def test_a_policy_of_doing_is_ongoing(nlp) -> None:  # type: ignore[no-untyped-def]
    policy = _events(nlp, "The port has long had a practice of turning back fishing boats at the quay.")
    assert [e.modality for e in policy if e.trigger.text == "turning"] == ["ongoing"]
    once = _events(nlp, "The navy turned away two boats on Monday.")
    assert [e.modality for e in once if e.trigger.text == "turned"] == ["happened"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the tagger reads a sentence-opening common noun as a name, or an event noun as an adverb
    ("Repairs are ongoing at the pumping station.", "Repairs", [("HAPPENING", "ongoing")]),
    # going on at the story's time, as the hand readings read "was underway" (it was happened before the fourteenth
    # session)
    ("Renovation was underway at the old fort on Monday.", "Renovation", [("HAPPENING", "ongoing")]),
    ("Valletta is a busy port.", "Valletta", []),                                          # a name stays a name
    ("The probe was lost when it exploded 50 seconds after liftoff.", "liftoff", [("LAUNCH", "happened")]),
    ("Protests erupted in the capital on Monday.", "Protests", [("PROTEST", "happened")]),  # one event, its noun
    ("The volcano erupted on Monday.", "erupted", [("DISASTER", "happened")]),               # the plain sense
    ("We are in contact with the families, the mayor said.", "contact", [("CONSULT", "ongoing")]),
    ("Close contacts of the patient were tested.", "contacts", []),                         # people, not talks
])
def test_nouns_the_tagger_misreads_and_what_a_frame_says(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                         expected: list[tuple[str, str]]) -> None:
    assert [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger] == expected, body


def test_a_craft_that_exploded_is_an_accident(nlp) -> None:  # type: ignore[no-untyped-def]
    craft = _events(nlp, "The capsule was lost when it exploded shortly after launch.")
    assert "ACCIDENT" in [e.category for e in craft]
    named = _events(nlp, "Space Shuttle Meridian was lost over the ocean in 1994.")
    assert [e.category for e in named if e.trigger.text == "lost"] == ["ACCIDENT"]
    bomb = _events(nlp, "A rocket exploded in the market on Monday.")               # a weapon: an attack
    assert [e.category for e in bomb if e.trigger.text == "exploded"] == ["ASSAULT"]


def test_a_participle_describing_its_noun_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The report released on Monday will shape the debate": released on the past Monday, and released;
    "the match planned for Friday" still lies ahead."""
    released = next(e for e in _events(nlp, "The report released on Monday will shape the debate.")
                    if e.trigger.text == "released")
    assert released.modality == "happened" and released.date is not None and released.date.value == "2025-06-16"
    planned = _events(nlp, "The match planned for Friday will be played in Rabat.")
    assert [e.date.value for e in planned if e.date is not None] == ["2025-06-20"]
