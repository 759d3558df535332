"""Readings a clause gives its event beyond the verb's own tense: what someone "should have done" was not
done; what someone "called a sham" is labelled, not called for. Sentences written for these tests, each with
a hard negative."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _event(nlp, body: str, trigger: str) -> Event:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nLYON, France — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return next(e for e in result.events if e.trigger.text == trigger)


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The officers should have searched the lorries every hour.", "searched", "blocked"),
    ("The guards should have been checking the lorries.", "checking", "blocked"),
    ("The senator called the vote a sham.", "vote", "happened"),
    ("The senator called his arrest a disgrace.", "arrest", "happened"),
    ("The senator called for a vote.", "vote", "demanded"),            # a call for it
    ("The senator urged the board to hold a vote.", "vote", "demanded"),
    ("Vets warned that an outbreak could spread through the farms.", "outbreak", "hypothetical"),
    ("The outbreak spread through the farms in May.", "outbreak", "happened"),
])
def test_counterfactuals_and_labels(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, body, trigger).modality == modality, body


def test_what_is_asked_about_an_event_does_not_change_it(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The mayor repeatedly called for an explanation of the crash."
    assert _event(nlp, body, "crash").modality == "happened"
    assert _event(nlp, "The union demanded the release of the prisoners.", "release").modality == "demanded"


def test_a_compound_lends_no_reading_to_a_mention_of_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The flood on Saturday shocked the town. Weeks earlier it had been put on flood alert after a flood "
            "warning.")
    assert _event(nlp, body, "flood").modality == "happened"


@pytest.mark.parametrize(("body", "modality"), [
    ('"We did not attack the convoy," the army said.', "denied"),        # the doer speaks: a denial
    ('"At no time did we attack the convoy," the army said.', "denied"),
    ("The army did not attack the convoy.", "blocked"),                  # the article's own account
    ('"The army did not attack the convoy," the monitor said.', "blocked"),
])
def test_a_doer_saying_it_did_not_act_denies(nlp, body: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, body, "attack").modality == modality, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The auditor is likely to face questions when she testifies on Wednesday.", "testifies", "planned"),
    ("The minister will resign once the vote is held.", "vote", "planned"),
    ("The minister resigned when the vote was held.", "vote", "happened"),        # told in the past
    ("The auditor faced questions about the June 3 call.", "call", "happened"),   # what is asked about stands
])
def test_time_clauses_under_a_look_ahead(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, body, trigger).modality == modality, body
