"""Sports rosters, injuries, software and deaths found: what a club signing a player, a player hurt in a game,
an update pushed out, a term served or a body found are for a timeline. Sentences written for these tests, each
class beside a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2011-01-06\n\n" + body)


def _categories(nlp, body: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.category for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a club signing a named player, or a player joining a club in a role, is a hire
    ("The Pelicans signed running back John Okafor on Wednesday.", "signed", ["APPOINT"]),
    ("Okafor joined the Pelicans as an undrafted rookie in 2010.", "joined", ["APPOINT"]),
    # hard negatives: a contract or a bill signed is an agreement; a state joining talks is no hire
    ("The club signed a contract with John Okafor on Wednesday.", "signed", ["AGREE"]),
    ("The governor signed the budget bill on Wednesday.", "signed", ["AGREE"]),
    # a player nabbed, landed, traded, dealt, waived or cut is a roster move; the same verbs on other things are not
    ("The Pelicans nabbed veteran guard Tim Rua on Tuesday.", "nabbed", ["APPOINT"]),
    ("Police nabbed the robbery suspect on Tuesday.", "nabbed", ["COERCE"]),
    ("The Hawks traded their backup quarterback to Denver on Monday.", "traded", ["APPOINT"]),
    ("The two rivals traded insults on Monday.", "traded", ["DISAPPROVE"]),
    ("The Jets waived the rookie kicker on Tuesday.", "waived", ["APPOINT"]),
    ("The council waived the parking fee on Tuesday.", "waived", ["CONCEDE"]),
    # an injury in a game or at practice is no attack
    ("John Okafor was hurt in the loss to the Hawks on Sunday.", "hurt", ["HAPPENING"]),
    ("The striker injured his knee in training on Tuesday.", "injured", ["HAPPENING"]),
    ("Two guards were hurt in the attack on Tuesday.", "hurt", ["ASSAULT"]),  # hard negative: an attack
    # software pushed out is a product's release; an official pushed out loses his post
    ("The company will push out a security update next week.", "push", ["LAUNCH"]),
    ("The board pushed out the chief executive on Monday.", "pushed", ["APPOINT"]),
    # a term in prison served is the sentence; terms in office are not
    ("He served four months in a federal prison for bribery.", "served", ["LEGAL"]),
    ("She served two terms as mayor of the port.", "served", []),
    # a body found is the death as the text dates it; found guilty is a verdict
    ("The former aide was found dead in his flat on Tuesday.", "found", ["DEATH"]),
    ("The clerk was found guilty of fraud on Tuesday.", "found", ["LEGAL"]),
    # attacks told with hackers or malware are crimes; attacks by gunmen stay assaults
    ("Hackers exploited the flaw in attacks on three banks last month.", "attacks", ["CRIME"]),
    ("Gunmen carried out attacks on three banks last month.", "attacks", ["ASSAULT"]),
])
def test_rosters_injuries_updates_terms_and_bodies(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   category: list[str]) -> None:
    assert _categories(nlp, body, trigger) == category, body


def test_a_sports_calendars_own_time_keeps_the_storys_day_away(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Pelicans placed John Okafor on injured reserve on Wednesday. He was first hurt in the "
                          "Week 3 loss to the Hawks.")
    hurt = next(e for e in events if e.trigger.text == "hurt")
    assert hurt.date is None  # set in its own game week, not on the day of the roster move
    # hard negative: a sentence with no time of its own goes on with the story's day
    events = _events(nlp, "The Pelicans placed John Okafor on injured reserve on Wednesday. They released a "
                          "backup guard.")
    released = next(e for e in events if e.trigger.text == "released")
    assert released.date is not None and released.date.value == "2011-01-05"


LEAD = ("The Pelicans, the league's wealthiest club, are in the race for free agent quarterback John Okafor, the "
        "best rookie of the season, as free agency nears its end. ")


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a club's offer for a player, or an act on one, is business in a sports story (not a pact or a penalty)
    ("The Hawks withdrew their contract offer to Okafor on Sunday.", "withdrew", ["BUSINESS"]),
    ("No club has offered him a contract longer than four years.", "offered", ["BUSINESS"]),
    ("The Pelicans sweetened the deal on Monday.", "deal", ["BUSINESS"]),
    # hard negatives: a contract signed is the signing's reading; a player who visits a club calls on it
    ("The Hawks signed a contract with Okafor on Wednesday.", "signed", ["AGREE"]),
    ("Okafor will visit the Hawks on Friday.", "visit", ["CONSULT"]),
    # a side that loses players to injuries loses no game; a side that loses to a rival does
    ("The Hawks lost two starters to injuries in the preseason.", "lost", []),
    ("The Hawks lost to the Pelicans on Sunday.", "lost", ["CONTEST"]),
])
def test_a_players_contract_in_a_sports_story(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              category: list[str]) -> None:
    assert _categories(nlp, LEAD + body, trigger) == category, body


def test_a_players_position_is_no_act_a_day_belongs_to(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Signed running back Joe Smith on Tuesday": the parse reads "running" as a verb; the day is the signing's."""
    events = _events(nlp, "The Harbour Hawks signed running back Tom Vale on Tuesday.")
    signed = next(e for e in events if e.trigger.text == "signed")
    assert signed.category == "APPOINT" and signed.date is not None and signed.date.value == "2011-01-04"
