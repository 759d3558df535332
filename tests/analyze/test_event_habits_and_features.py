"""What a product does for its users, and habits told in the present passive, are no occasions; each class
beside a hard negative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis


def _triggers(nlp, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-14\n\nHARBOURTON — " + body + "\n"
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return [e.trigger.text for e in result.events]


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a product's feature, told in the present or future, is what it does, not something that happened
    ("The Nimbus SDK will allow outside developers to create programs for the handset.", "allow", False),
    ("The Corvo Touch also carries a wireless chip, enabling buyers to browse the web and stream songs.",
     "enabling", False),
    ("The tablet also has a built-in camera, enabling users to record video calls.", "enabling", False),
    ("The new handset will provide internet access at twice the speed of the old one.", "provide", False),
    ("The new service lets subscribers download films to watch offline.", "lets", False),
    # hard negatives: a past permission, a person's, a state's, and a dated plan stay
    ("The board allowed shareholders to vote by post.", "allowed", True),
    ("The ministry will allow users to sue the platforms.", "allow", True),
    ("The regulator allowed the airline to resume flights on Monday.", "allowed", True),
    ("Kestrel Labs will provide aid to the flood victims.", "provide", True),
    # a carrier or a railway is a company, whatever else the word names
    ("The airline will buy twelve new planes.", "buy", True),
])
def test_a_products_features_are_no_happening(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a habit told in the present passive, and what the habit is for
    ("Former soldiers are often hired by contractors to lobby for contracts.", "lobby", False),
    ("Former soldiers are often hired by contractors to lobby for contracts.", "hired", False),
    ("In Ruritania, tractors are chosen and bought by the farm ministry.", "bought", False),
    # hard negatives: one occasion, in the past
    ("Two former soldiers were hired by the contractor on Monday to lobby for the deal.", "lobby", True),
    ("Tractors were chosen and bought by the farm ministry last year.", "bought", True),
])
def test_a_habit_in_the_present_passive_is_no_happening(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # what a thing is made or fit for is a kind of act, not an occasion
    ("The new rockets are designed for space launches.", "launches", False),
    ("The drones are capable of night raids.", "raids", False),
    # hard negative: acts carried out
    ("The army carried out air strikes on Monday.", "strikes", True),
    # what a pact bars, in a relative clause too, is its term, and what it bars is no happening
    ("The firms signed a 1991 accord, which barred the brewer from selling cider.", "barred", False),
    ("The firms signed a 1991 accord, which barred the brewer from selling cider.", "selling", False),
    # hard negatives: a regulator barring is an act; what a deal requires stays (demanded)
    ("The regulator, which barred the brewer from selling cider, met on Monday.", "barred", True),
    ("The deal requires the brewer to sell two plants.", "sell", True),
])
def test_what_a_thing_is_for_and_what_a_pact_bars(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a thing waning is no one missing; a count rising is a trend
    ("Print advertising disappears as readers move online.", "disappears", False),
    ("Arrivals at the border crossing spiked this year.", "spiked", False),
    # hard negatives: a person or a craft gone missing
    ("A fisherman disappeared off the coast on Sunday.", "disappeared", True),
    ("The plane vanished from radar on Sunday.", "vanished", True),
    # what a standing text says, and a record kept so far, are no occasions
    ("Federal guidelines recommend that detained children get flu shots.", "recommend", False),
    ("The agency has never administered vaccines to detainees.", "administered", False),
    # hard negatives: a body recommending, and one past refusal
    ("The ministry recommends that detained children get flu shots.", "recommends", True),
    ("The agency did not administer vaccines to detainees on Monday.", "administer", True),
])
def test_things_waning_and_standing_texts(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # the reporter's call for comment is routine, no contact a timeline holds
    ("\"We are helping the inquiry,\" a spokeswoman for the firm said when contacted by the Harbour Gazette.",
     "contacted", False),
    ("The mayor declined to comment when reached by phone.", "reached", False),
    # hard negative: a contact made as part of the story
    ("Police contacted the family of the missing sailor on Monday.", "contacted", True),
])
def test_a_reporters_call_is_no_contact(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # "we should", "we must" exhort; free speech is a right, no speech given
    ("\"We should be backing our allies against the invasion,\" the senator said.", "backing", False),
    ("\"Free speech does not shield a threat to kill,\" the judge said.", "speech", False),
    # hard negatives: a country that must act is told a demand, and a speech given is an occasion
    ("Delegates said the US must fund the clean-water scheme.", "fund", True),
    ("The president gave a speech at the harbour on Monday.", "speech", True),
])
def test_exhortations_and_rights(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a thing endangering an abstract good is a danger, no threat made
    ("The new dams threaten the viability of the river's fisheries.", "threaten", False),
    # hard negative: people threatening people
    ("Gunmen threatened the villagers on Monday.", "threatened", True),
])
def test_dangers_are_no_threats_made(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


def test_what_a_programme_enables_is_leave_to_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "date 2025-03-14\n\nHARBOURTON — The harbour programme enables the port to buy two tugs.\n"
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    assert [(e.trigger.text, e.modality) for e in result.events] == [("buy", "hypothetical")]


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a participle between an article and its noun, read by the parser as a verb, is an adjective
    ("About a dozen owners were gathered in a Harbour County shared workspace late on Monday for a trade fair.",
     "shared", False),
    # and how things relate is no act
    ("Police said the two fires were related, a source said on Monday.", "related", False),
    # hard negative: someone who shared something acted
    ("A deckhand shared the video on Tuesday.", "shared", True),
])
def test_adjectives_and_relations_are_no_acts(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # demand a firm has or sees is its market; managing a rollout is no act beside the rollout
    ("\"We have never had such demand before,\" the chief executive said.", "demand", False),
    ("She managed the design and the rollout of the ferry app.", "managed", False),
    # hard negative: a demand made
    ("The union made a demand for higher pay on Monday.", "demand", True),
])
def test_market_demand_and_managing(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(nlp, body)) is found


def test_a_day_named_by_an_occasion_governs_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "date 2025-03-14\n\nHARBOURTON — Riders who wanted help on launch day waited for hours.\n"
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    assert [(e.trigger.text, e.modality) for e in result.events if e.trigger.text == "launch"] == [
        ("launch", "happened")]
