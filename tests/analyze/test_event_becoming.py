"""What a happening turns into, what people fear, and states entered with a preposition: "the march turned into a
riot" (the riot happened), "hopes the march becomes a dialogue" (hoped for), "fearing an attack, residents fled"
(the attack feared), "teachers went on strike" (the strike is the event, not the going). Sentences written for
these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_events as _events
from .harbour_news import harbour_readings as _readings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a happening becomes is as real as the becoming
    ("The march turned into a riot on Monday.", "riot", [("PROTEST", "happened")]),
    ("If the march turns into a riot, police will close the quay.", "riot", [("PROTEST", "hypothetical")]),
    ("We hope that the vigil turns into a national conversation, she said.", "conversation",
     [("CONSULT", "hypothetical")]),
    ("The pay dispute escalated into a strike last week.", "strike", [("PROTEST", "happened")]),
    # hoped for at the head of a sentence, in a participle
    ("Hoping that the talks produce a lasting agreement, the mayor flew to Oslo.", "agreement",
     [("AGREE", "hypothetical")]),
    # feared, not told as done (hard negative: the attack that feared people fled after)
    ("Fearing an attack, residents fled the harbour district on Monday.", "attack", [("ASSAULT", "hypothetical")]),
    ("Residents fear an attack on the harbour.", "attack", [("ASSAULT", "hypothetical")]),
    ("Residents feared the worst after the attack on Monday.", "attack", [("ASSAULT", "happened")]),
])
def test_what_it_becomes_and_what_is_feared(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the doer of a noun told with "by": a strike by workers is a labour strike, by an air force an air raid
    ("A strike by dock workers closed the port on Monday.", "strike", [("PROTEST", "happened")]),
    ("Nurses have been on strike since Monday.", "strike", [("PROTEST", "ongoing")]),
    # a state entered: the noun is the happening
    ("Teachers went on strike on Monday.", "strike", [("PROTEST", "happened")]),
    ("The two countries went to war in 1999.", "war", [("FIGHT", "happened")]),
])
def test_a_state_entered_is_the_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_going_is_not_listed_beside_what_is_entered(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Went on strike" is one happening; "went to Oslo on Monday" is a journey (hard negative)."""
    assert [e.trigger.text for e in _events(nlp, "Teachers went on strike on Monday.")] == ["strike"]
    assert [e.trigger.text for e in _events(nlp, "The mayor went to Oslo on Monday.")] == ["went"]


@pytest.mark.parametrize("body", [
    "The ministers fought a war of words on Monday.",
    "The two chains went to war over prices in 1999.",
    "The ministry declared war on drugs on Monday.",
])
def test_a_war_of_words_or_prices_is_no_war(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.category == "FIGHT" for e in _events(nlp, body))


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a sense fixed by who acts reads the subject; one fixed by what is acted on reads the object
    ("Dock workers struck on Monday.", "struck", [("PROTEST", "happened")]),
    ("Protesters confronted police outside the port office.", "confronted", [("PROTEST", "happened")]),
    ("Police confronted protesters outside the port office.", "confronted", [("DISAPPROVE", "happened")]),
    # verbs told both ways read either: the museum opened, the mayor opened the museum
    ("The museum opened on Friday.", "opened", [("LAUNCH", "happened")]),
    ("The mayor opened the museum on Friday.", "opened", [("LAUNCH", "happened")]),
])
def test_who_acts_and_what_is_acted_on(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_struck_worker_is_no_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    """Workers as the object of "struck" were hit, not on strike (the row for strikes reads the subject)."""
    assert not any(e.category == "PROTEST" for e in _events(nlp, "A falling crane struck two workers on Monday."))
