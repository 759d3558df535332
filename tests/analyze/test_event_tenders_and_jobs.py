"""Company news read by what is acted on: jobs cut, shed or lost by a firm are its job cuts (people who lost their
own jobs are no firm's act); a programme or an order cancelled is business; a protest lodged with a government is
an official complaint, one a tribunal upholds is the case it rules on; in a tender story the award fought over and
the competition are the contract's; a purchase negotiated is made, one being negotiated is only talked of; "agreed
to a deal" is one happening. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2024-06-05\n\nTOULOUSE, France — " + body)


def _readings(nlp, body: str, trigger: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Harbourline Bank will shed 1,200 jobs over the next two years.", "shed", [("BUSINESS", "planned")]),
    ("Kestrel Motors will lose 2,100 jobs in its home market.", "lose", [("BUSINESS", "planned")]),
    ("About 800 jobs will go at the Dunmore plant.", "go", [("BUSINESS", "planned")]),
    ("Up to 450 jobs will be lost when the line shuts.", "lost", [("BUSINESS", "planned")]),
    ("The brewer axed 300 jobs on Monday.", "axed", [("BUSINESS", "happened")]),
    ("The closure means a loss of 600 jobs in the valley.", "loss", [("BUSINESS", "happened")]),
    ("The insurer announced 900 job cuts.", "cuts", [("BUSINESS", "happened")]),
    ("In March the maker said it would cancel the programme once its last orders were built.", "cancel",
     [("BUSINESS", "planned")]),
])
def test_job_cuts_and_cancelled_programmes_are_business(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("Many of the clinic's patients lost their jobs during the downturn.", "lost"),  # people out of work
    ("The side lost two players to injury before the final.", "lost"),
    ("Engineers found a cut in the undersea cable near the coast.", "cut"),
])
def test_no_firm_cut_in_other_losses(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _ in _readings(nlp, body, trigger)] in ([], ["HAPPENING"]), body


def test_a_cancelled_meeting_stays_a_meeting_called_off(nlp) -> None:  # type: ignore[no-untyped-def]
    readings = _readings(nlp, "The council cancelled the meeting.", "meeting")
    assert readings == [("CONSULT", "blocked")]


def test_a_protest_lodged_is_an_official_complaint(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "Seoul filed a protest with Tokyo over the new textbooks.", "protest") \
        == [("DISAPPROVE", "happened")]
    # hard negative: a protest people join is a protest
    assert _readings(nlp, "Thousands joined a protest in the capital on Monday.", "protest") \
        == [("PROTEST", "happened")]


def test_a_protest_upheld_is_the_ruling_only(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The tribunal upheld the protest on Tuesday.")
    assert [(e.trigger.text, e.category) for e in events] == [("upheld", "LEGAL")]


def test_a_tender_award_and_competition_are_business(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The navy picked the Corvane consortium for the $9 billion frigate contract in February. The losing "
            "bidder, Alder Marine, challenged the award in a letter to the minister. The ministry will hold a new "
            "competition for the work in May.")
    categories = {e.trigger.text: e.category for e in _events(nlp, body)}
    assert categories.get("award", "BUSINESS") == "BUSINESS"
    assert categories.get("competition") == "BUSINESS"
    # hard negative: in a story of prizes, a disputed award is a prize
    prize = _events(nlp, "The jury's decision was questioned. Rival studios challenged the award of the prize.")
    assert all(e.category != "BUSINESS" for e in prize if e.trigger.text == "award")


@pytest.mark.parametrize(("body", "modality"), [
    ("Skyline Air has negotiated the purchase of nine freighters.", "happened"),
    ("Skyline Air negotiated a sale of its cargo unit last year.", "happened"),
    ("Skyline Air was negotiating the purchase of nine freighters.", "hypothetical"),   # under talks
    ("Skyline Air will negotiate a merger with a rival.", "hypothetical"),
])
def test_a_deal_negotiated_is_made(nlp, body: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    deal = next(e for e in _events(nlp, body) if e.trigger.text in ("purchase", "sale", "merger"))
    assert deal.modality == modality, body


def test_agreed_to_a_deal_is_one_happening_on_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The two unions agreed on a pay deal on Monday.")
    assert [(e.trigger.text, e.date.value if e.date else None) for e in events] == [("agreed", "2024-06-03")]
    deal = _events(nlp, "Lumen Studios and the network have agreed to a deal to sell episodes online.")
    assert [e.trigger.text for e in deal if e.trigger.text in ("agreed", "deal")] == ["agreed"]
    assert next(e for e in deal if e.trigger.text == "agreed").category == "BUSINESS"
    # hard negative: a merger agreed is still to come, an event of its own
    merger = _events(nlp, "The two banks agreed to a merger on Monday.")
    assert [(e.trigger.text, e.modality) for e in merger if e.trigger.text == "merger"] == [("merger", "planned")]


def test_the_deal_named_again_is_the_trade_told(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Skyline Air has bought 12 new jets from Corvo Aerospace. The deal was announced at a business forum in "
            "Lisbon on Friday.")
    events = _events(nlp, body)
    assert [(e.trigger.text, e.category) for e in events if e.category in ("BUSINESS", "AGREE")] \
        == [("bought", "BUSINESS")]
    # hard negatives: a deal with its own content, or its own year, is another one
    other = _events(nlp, "Skyline Air has bought 12 new jets from Corvo Aerospace. The peace deal was signed on "
                         "Friday.")
    assert len([e for e in other if e.category in ("BUSINESS", "AGREE")]) == 2
    older = _events(nlp, "Skyline Air has bought 12 new jets from Corvo Aerospace. The 2019 agreement between the "
                         "firms was signed in Lisbon.")
    assert [e.trigger.text for e in older] == ["bought", "signed"]


def test_goods_bought_take_no_part_in_the_trade(nlp) -> None:  # type: ignore[no-untyped-def]
    # a plane's maker's name may be read as a place; bought goods are goods all the same
    events = _events(nlp, "Skyline Air will buy more Airbuses next spring.")
    assert [e.category for e in events if e.trigger.text == "buy"] == ["BUSINESS"]
    # hard negative: a state buying stays CAMEO's reading
    state = _events(nlp, "The government bought two frigates from France.")
    assert [e.category for e in state if e.trigger.text == "bought"] != ["BUSINESS"]


def test_beating_a_rival_for_a_contract_is_the_contract_won(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Corvane and its partner have defeated Alder Marine for a $9 billion contract to build "
                          "frigates.")
    assert [e.category for e in events if e.trigger.text == "defeated"] == ["BUSINESS"]
    tender = _events(nlp, "The frigate contract was fought for by two bidders, Corvane finally winning the contest.")
    assert [e.category for e in tender if e.trigger.text == "contest"] == ["BUSINESS"]
    # hard negative: a contest in a story of matches stays a contest
    game = _events(nlp, "The two teams met in the final, and the home side won the contest 3-1.")
    assert all(e.category != "BUSINESS" for e in game)


@pytest.mark.parametrize("body", [
    "The chairman said that if he could no longer meet his duties, he would tell the board.",
    "The bakery struggled to meet its costs last winter.",
])
def test_duties_and_costs_met_are_no_meeting(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in _events(nlp, body) if e.trigger.text == "meet"] == [], body


def test_talks_underway_while_a_past_act_was_done_are_over(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The scandal broke when it emerged that a manager hired the official's son while negotiations were still " \
           "underway."
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == "negotiations"] == ["happened"]
    # hard negative: talks underway now go on
    now = _events(nlp, "Talks between the two carriers are still underway.")
    assert [e.modality for e in now if e.trigger.text == "Talks"] == ["ongoing"]


def test_an_appearance_made_to_unveil_a_product_is_the_launch(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The founder made a brief appearance in March to unveil the Slate 3 tablet.")
    launch = [e for e in events if e.trigger.text == "unveil"]
    assert [(e.category, e.modality, e.date.value if e.date else None) for e in launch] \
        == [("LAUNCH", "happened", "2024-03")]
    # hard negative: a purpose alone is no happening
    assert [e for e in _events(nlp, "The council sent out surveys to measure traffic noise.")
            if e.trigger.text == "measure"] == []


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a maker's name before a product's is part of the product's name: software released is a launch
    ("The company said that Mac OS X Cedar would be released in 2026.", "released", [("LAUNCH", "planned")]),
    ("The founder demoed the new weather widget on stage.", "demoed", [("LAUNCH", "happened")]),
    ("It also said that its music player would soon be available for other systems.", "available",
     [("LAUNCH", "planned")]),
    ("Skyline Air received its first Corvo 900 jet in Toulouse on Monday.", "received", [("BUSINESS", "happened")]),
    # hard negatives: people released, a property, a prize or a letter received
    ("The rebels released the Corvo engineers on Sunday.", "released", [("RETREAT", "happened")]),
    ("The phone will be available in blue.", "available", []),
    ("The writer received an award on Monday.", "received", [("CONTEST", "happened")]),
    ("The mayor received a letter from the minister.", "received", []),
])
def test_products_shown_and_goods_received(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_product_shown_again_is_the_launch_told(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Corvo today has introduced the much-awaited Slate phone at its conference in Lisbon. The phone runs a "
            "small version of its system. Chief executive Ann Holt unveiled the device during a keynote speech.")
    assert [e.trigger.text for e in _events(nlp, body) if e.category == "LAUNCH"] == ["introduced"]
    # hard negative: another product shown is another launch
    other = _events(nlp, "Corvo today introduced the Slate phone. Chief executive Ann Holt also unveiled a new laptop.")
    assert [e.trigger.text for e in other if e.category == "LAUNCH"] == ["introduced", "unveiled"]
