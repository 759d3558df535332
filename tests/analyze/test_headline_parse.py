"""A terse headline parsed on its own gets its verb back (the small model reads it into the lead as one noun
phrase); a headline that is a noun phrase, or one already read with a verb, keeps the article's parse.
Headlines and leads written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Analysis

from ..conftest import analysis_of


def _analysis(nlp, headline: str, lead: str) -> Analysis:  # type: ignore[no-untyped-def]
    return analysis_of(nlp, f"date 2024-03-04\n\n{headline}\n\n{lead}\n")  # type: ignore[no-any-return]


_LEAD = "The story continues with details from the scene, officials said on Monday."


@pytest.mark.parametrize(("headline", "trigger", "category"), [
    ("Police arrest suspect in bank robbery", "arrest", "COERCE"),
    ("Villagers block mining road", "block", "PROTEST"),
    # a plural-looking verb after a common noun: read with an article, the noun is its subject
    ("Singer checks into clinic in the hills", "checks", "HAPPENING"),
])
def test_a_headline_verb_read_as_a_noun_is_read_again_alone(nlp, headline: str, trigger: str,  # type: ignore[no-untyped-def]
                                                            category: str) -> None:
    events = _analysis(nlp, headline, _LEAD).events
    assert [(e.trigger.text, e.category) for e in events if e.trigger.text == trigger] == [(trigger, category)]


def test_the_reparsed_headline_keeps_its_offsets_and_the_lead_its_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Police arrest suspect in bank robbery",
                         "Officers detained a man on Sunday after a chase through the old market.")
    text = analysis.article.text
    for event in analysis.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
    assert "detained" in [e.trigger.text for e in analysis.events]


@pytest.mark.parametrize(("headline", "expected"), [
    ("Budget talks in the capital", ["talks"]),  # hard negative: a noun phrase stays one, its noun the event
    ("Rebels seize border town", ["seize"]),  # already read with a verb
])
def test_a_headline_without_a_lost_verb_is_left_alone(nlp, headline: str,  # type: ignore[no-untyped-def]
                                                      expected: list[str]) -> None:
    analysis = _analysis(nlp, headline, _LEAD)
    end = analysis.article.text.index(headline) + len(headline)
    assert [e.trigger.text for e in analysis.events if e.trigger.end <= end] == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # a title-case headline is read in sentence case: its verb and its happenings come back, not one long name
    ("Riot Breaks Out at Vigil for Crash Victims", [("Riot", "PROTEST"), ("Vigil", "PROTEST")]),
    ("Police Arrest Suspect in Bank Robbery", [("Arrest", "COERCE")]),
    ("Senate Passes Budget Bill", [("Passes", "ELECTION")]),
])
def test_a_title_case_headline_is_read_in_sentence_case(nlp, headline: str,  # type: ignore[no-untyped-def]
                                                        expected: list[tuple[str, str]]) -> None:
    analysis = _analysis(nlp, headline, "Officials in the Senate gave more details on Monday.")
    end = analysis.article.text.index(headline) + len(headline)
    assert [(e.trigger.text, e.category) for e in analysis.events if e.trigger.end <= end] == expected


def test_a_name_the_body_writes_capitalised_stays_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Ann Lee Wins Harbour Regatta", "Ann Lee, 24, sailed the course in record time.")
    people = [e.name for e in analysis.entities if e.type == "person"]
    assert people == ["Ann Lee"]
    # hard negative: a sentence-case headline's names are the model's own reading
    analysis = _analysis(nlp, "Police arrest suspect in bank robbery", _LEAD)
    assert not [e for e in analysis.entities if e.type == "organisation" and "arrest" in e.name.lower()]
